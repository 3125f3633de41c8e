#!/usr/bin/env python3
"""Build UW/<NCT>.yaml from the judgement tables below (criterion texts are taken verbatim from the record)."""
import json, os, re, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = "/work/shared/data/trials/her2-gastric"
CASES = [f"UW-{i:02d}" for i in range(1, 9)]

def items(nct):
    t = json.load(open(f"{DATA}/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out = []
    for l in t.split("\n"):
        l = l.strip()
        if not l: continue
        l = re.sub(r"^(\*|•)\s*", "", l)
        out.append(l)
    return out

M = lambda r: ("met", r); N = lambda r: ("not_met", r); U = lambda r: ("unknown", r)

def row(default, **over):
    d = {c: default for c in CASES}
    for k, v in over.items():
        d["UW-" + k[1:]] = v
    return d

def allc(st):  # same judgement for all
    return row(st)

class Str(str): pass
def str_rep(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=">" if len(data) > 100 else None)

def build(nct, note, spec):
    its = items(nct)
    assert len(spec) == len(its), (nct, len(spec), len(its))
    crit = []
    for i, (kind, jr) in enumerate(spec):
        crit.append({"kind": kind, "text": its[i],
                     "judgements": {c: jr[c][0] for c in CASES},
                     "reasons": {c: jr[c][1] for c in CASES}})
    verdicts = {}
    for c in CASES:
        st = [cr["judgements"][c] for cr in crit]
        verdicts[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    doc = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts, "criteria": crit}
    with open(os.path.join(ROOT, "UW", f"{nct}.yaml"), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=110)
    return verdicts

HEAD = allc(M("heading; the requirements under it are judged item by item"))
C1 = allc(M("C1: consent/compliance/contraception/study-procedure item"))
LABS = allc(U("C3: laboratory/organ function not in the case"))
LIFE = allc(U("C2: life expectancy not assessable from the case"))

# Frequently used per-case facts
ECOG01 = row(M("ECOG 1 recorded"), _02=N("ECOG 2"), _04=M("ECOG 0 recorded"), _05=M("ECOG 0 recorded"), _08=N("ECOG 3"))
MEAS = row(M("measurable disease recorded as true"), _05=U("measurable disease not recorded (resectable primary)"))

# ---------------------------------------------------------------- NCT06219941 AZD0901 (CLARITY-PanTumour01)
DNA2 = allc(M("does not apply: sub-study 2 is the pancreatic (PDAC) cohort"))
DNA3 = allc(M("does not apply: sub-study 3 is the biliary tract cohort"))
az = [
 ("inclusion", allc(M("preamble stating the list is summarised; not a requirement"))),
 ("inclusion", HEAD),
 ("inclusion", row(M("adult (age recorded >= 18)"))),
 ("inclusion", row(U("CLDN18.2 status not tested"),
     _01=M("CLDN18.2 85% (2+/3+): positive at any cut-off in use"),
     _02=N("CLDN18.2 10% (2+/3+): negative at the >=40%/>=75% cut-offs used for CLDN18.2 agents"),
     _03=U("CLDN18.2 40%: positive at a >=40% cut-off, negative at >=75%; record gives no cut-off"),
     _04=M("CLDN18.2 80% (2+/3+): positive at any cut-off in use"),
     _05=N("CLDN18.2 5% (2+/3+): negative at the >=40%/>=75% cut-offs used for CLDN18.2 agents"),
     _08=U("CLDN18.2 60%: positive at >=40%, negative at >=75%; record gives no cut-off"))),
 ("inclusion", MEAS),
 ("inclusion", row(M("ECOG 1 recorded; no deterioration recorded"), _02=N("ECOG 2"), _04=M("ECOG 0 recorded; no deterioration recorded"),
     _05=M("ECOG 0 recorded; no deterioration recorded"), _08=N("ECOG 3"))),
 ("inclusion", LIFE),
 ("inclusion", LABS),
 ("inclusion", allc(U("body weight not in the case"))),
 ("inclusion", C1),
 ("inclusion", row(M("heading of the gastric/GEJ sub-study, the one that applies"))),
 ("inclusion", row(M("adenocarcinoma of the stomach"), _02=M("adenocarcinoma of the GEJ"), _08=M("adenocarcinoma of the GEJ"),
     _07=N("oesophageal adenocarcinoma, not stomach or GEJ"))),
 ("inclusion", row(M("metastatic gastric/GEJ cancer"), _04=M("recurrent (advanced) gastric cancer"),
     _05=N("resectable, not advanced or metastatic"), _07=N("oesophageal primary, not GC/GEJC"))),
 ("inclusion", row(M("no prior line for advanced disease"), _02=M("2 prior palliative lines"), _03=N("3 prior palliative lines (max 2)"),
     _04=M("1 prior line (adjuvant docetaxel+S-1, recurrence 72 days later, counted per C6)"),
     _06=N("3 prior palliative lines (max 2)"), _07=M("1 prior palliative line; perioperative FLOT not counted (recurrence ~605 days later)"))),
 ("inclusion", allc(M("does not apply: heading of the pancreatic (PDAC) sub-study"))),
 ("inclusion", DNA2), ("inclusion", DNA2), ("inclusion", DNA2),
 ("inclusion", allc(M("does not apply: heading of the biliary tract sub-study"))),
 ("inclusion", DNA3), ("inclusion", DNA3),
 ("exclusion", HEAD),
 ("exclusion", allc(U("C4: peptic ulcer / GI bleeding status not in the case"))),
 ("exclusion", allc(U("C4: ascites not recorded in case fields"))),
 ("exclusion", row(M("no ILD/pneumonitis recorded"), _03=N("pneumonitis (grade 2) on trastuzumab deruxtecan: drug-induced"))),
 ("exclusion", row(U("no brain metastases recorded; other CNS pathology not recorded"),
     _06=N("brain metastases recorded"), _08=N("brain metastases recorded"))),
 ("exclusion", row(U("neuropathy grade at screening not recorded"),
     _02=U("grade 2 neuropathy recorded on CAPOX; current grade not recorded"))),
 ("exclusion", allc(U("C4: other primary malignancy not recorded"))),
 ("exclusion", row(M("no MMAE-based ADC among prior treatments"), _01=M("no prior systemic therapy"), _05=M("no prior systemic therapy"),
     _08=M("no prior systemic therapy"), _06=N("prior disitamab vedotin (MMAE-based ADC)"))),
 ("exclusion", row(M("no CLDN18.2-targeted agent among prior treatments"), _01=M("no prior systemic therapy"),
     _05=M("no prior systemic therapy"), _08=M("no prior systemic therapy"))),
 ("exclusion", row(M("heading of the gastric/GEJ sub-study exclusions"))),
 ("exclusion", row(M("HER2-negative"),
     _01=M("HER2 IHC 0"), _04=M("HER2 IHC 2+/ISH not amplified: HER2-negative"), _05=M("HER2 IHC 1+: HER2-negative"),
     _02=M("HER2 IHC 3+ but not eligible for anti-HER2 therapy (heart failure, LVEF 38%)"),
     _03=M("HER2-positive at diagnosis; has failed trastuzumab and stopped T-DXd for toxicity"),
     _06=M("HER2-positive (2+/ISH amplified); has failed trastuzumab and disitamab vedotin"),
     _07=U("HER2 indeterminate: no tissue result, plasma ERBB2 amplified, no anti-HER2 therapy received"),
     _08=N("HER2-positive (IHC 3+, ISH 5.1), untreated: standard anti-HER2 therapy not yet failed"))),
 ("exclusion", row(U("QTc risk factors (ECG, electrolytes) not recorded"),
     _02=N("heart failure with LVEF 38%: raised arrhythmic risk"))),
 ("exclusion", allc(U("concomitant medications not in the case"))),
 ("exclusion", allc(M("does not apply: heading of the pancreatic (PDAC) sub-study exclusions"))),
 ("exclusion", DNA2), ("exclusion", DNA2), ("exclusion", DNA2), ("exclusion", DNA2),
 ("exclusion", allc(M("does not apply: heading of the biliary tract sub-study exclusions"))),
 ("exclusion", DNA3),
]
az_note = ("AZD0901 (sonesitatug vedotin, CLDN18.2-MMAE ADC) basket study; only sub-study 1 (gastric/GEJ) can apply to "
  "these cases, sub-study 2 (PDAC) and 3 (biliary) items are met as 'does not apply'. The summarising preamble and "
  "each heading are listed as their own items and met. The record gives no CLDN18.2 cut-off: >=75% (2+/3+) judged "
  "positive, <=10% judged negative, 40-60% unknown. ECOG items judged from the ecog field (no deterioration "
  "recorded counts as none). 'CNS metastases or CNS pathology' is unknown without brain metastases because other CNS "
  "pathology is not a case field. HER2-positive patients who failed anti-HER2 therapy or are unfit for it (LVEF 38% "
  "with heart failure) pass the HER2 exclusion; plasma-only ERBB2 amplification is 'indeterminate' (unknown). "
  "Disitamab vedotin counts as an MMAE-based ADC. Oesophageal adenocarcinoma is outside sub-study 1.")

# ---------------------------------------------------------------- NCT06253871 IAM1363
iam = [
 ("inclusion", HEAD),
 ("inclusion", row(M("adult (age recorded >= 18)"))),
 ("inclusion", row(U("?"),
     _01=N("untreated first-line disease (not relapsed/refractory); HER2 IHC 0"),
     _02=M("HER2 IHC 3+; progressed after two lines"),
     _03=U("HER2 3+ at diagnosis but IHC 1+/ISH not amplified on the 2026 re-biopsy (HER2 loss); refractory"),
     _04=U("relapsed, but HER2 IHC 2+/ISH not amplified (HER2-low) is not clearly a HER2 alteration; no NGS"),
     _05=N("untreated resectable disease, not relapsed/refractory"),
     _06=M("HER2 2+/ISH amplified, plasma ERBB2 amplified; refractory after three lines"),
     _07=M("plasma ctDNA ERBB2 amplification; refractory to nivolumab + FOLFOX"),
     _08=N("HER2-positive but untreated (first line), not relapsed/refractory"))),
 ("inclusion", row(M("progression on last systemic therapy"), _01=N("no prior systemic therapy"), _05=N("no prior systemic therapy"),
     _08=N("no prior systemic therapy"), _03=M("stopped last therapy (T-DXd) for toxicity: intolerant"),
     _04=M("recurred 72 days after adjuvant docetaxel + S-1"))),
 ("inclusion", MEAS),
 ("inclusion", ECOG01),
 ("inclusion", LABS),
 ("inclusion", row(M("?"), _01=U("LVEF not recorded"), _05=U("LVEF not recorded"), _02=N("LVEF 38%"), _03=M("LVEF 58%"),
     _04=M("LVEF 64%"), _06=M("LVEF 55%"), _07=M("LVEF 60%"), _08=M("LVEF 62%"))),
 ("exclusion", HEAD),
 ("exclusion", row(U("no heart failure recorded; other cardiac disease not recorded"), _02=N("heart failure with LVEF 38%"))),
 ("exclusion", row(M("no HIV recorded"), _07=U("HIV recorded; CD4 count and viral load not in the case"))),
 ("exclusion", row(U("no hepatitis B/C recorded; hepatitis A / other active liver disease not recorded"),
     _01=U("hepatitis B recorded; whether currently active not recorded"),
     _04=U("hepatitis C recorded; whether currently active not recorded"))),
 ("exclusion", allc(U("C4: GI absorption / biliary shunt / bowel resection not recorded"))),
 ("exclusion", allc(U("diabetes status not in the case"))),
 ("exclusion", allc(M("no organ transplant recorded"))),
 ("exclusion", allc(U("CNS haemorrhage history not in the case"))),
 ("exclusion", row(M("does not apply: no brain metastases recorded"),
     _06=U("brain metastases recorded; need for immediate local therapy not recorded"),
     _08=U("brain metastases recorded; need for immediate local therapy not recorded"))),
]
iam_note = ("IAM1363 (HER2 TKI) phase 1 basket. 'HER2-altered' is undefined in the record: IHC 3+, ISH amplification or "
  "plasma ERBB2 amplification judged met; IHC 2+/ISH-negative and HER2 loss on re-biopsy judged unknown; untreated "
  "patients fail 'relapsed/refractory' and 'progression after last therapy'. Stopping the last therapy for toxicity "
  "counts as intolerance; early relapse after adjuvant therapy counts as relapse. Cardiac disease is decided only by "
  "heart_failure; liver disease, diabetes, CNS haemorrhage and absorption items are unknown (not case fields). Brain "
  "metastases without a record of needing local therapy are unknown.")

# ---------------------------------------------------------------- NCT06356311 sacituzumab tirumotecan (MK-2870-015)
ADV = row(M("advanced adenocarcinoma (metastatic)"), _04=M("recurrent (advanced) gastric adenocarcinoma"),
          _07=M("recurrent oesophageal adenocarcinoma"), _05=N("resectable, not advanced/unresectable"))
sac = [
 ("inclusion", HEAD),
 ("inclusion", ADV),
 ("inclusion", MEAS),
 ("inclusion", row(M("?"), _01=N("no prior regimen for advanced disease"), _02=M("2 prior regimens, progression on both"),
     _03=M("3 prior regimens with progression on lines 1-2"), _04=N("only 1 prior line (early relapse after adjuvant, C6)"),
     _05=N("no prior regimen; not advanced"), _06=M("3 prior regimens, progression on each"),
     _07=N("only 1 prior palliative regimen (FLOT not counted)"), _08=N("no prior regimen for advanced disease"))),
 ("inclusion", row(M("?"), _01=M("HER2 IHC 0: trastuzumab clause does not apply"),
     _02=M("HER2-positive; trastuzumab not appropriate (heart failure, LVEF 38%)"),
     _03=M("HER2-positive; received trastuzumab"), _04=M("HER2-negative (2+/ISH not amplified)"),
     _05=M("HER2 IHC 1+: trastuzumab clause does not apply"), _06=M("HER2-positive; received trastuzumab"),
     _07=U("plasma ERBB2 amplified without tissue confirmation; no trastuzumab received"),
     _08=N("HER2-positive and has not received trastuzumab"))),
 ("inclusion", LABS),
 ("inclusion", C1),
 ("inclusion", row(M("?"), _01=M("does not apply: no prior anticancer therapy"), _05=M("does not apply: no prior anticancer therapy"),
     _08=M("does not apply: no prior anticancer therapy"),
     _02=U("grade 2 neuropathy recorded; recovery not recorded"), _03=U("grade 2 pneumonitis on T-DXd (2026-11); recovery not recorded"),
     _04=M("no toxicities recorded for prior therapy"), _06=M("no toxicities recorded for prior therapy"),
     _07=M("no toxicities recorded for prior therapy"))),
 ("inclusion", MEAS),
 ("inclusion", ECOG01),
 ("inclusion", allc(U("C4: swallowing / GI integrity not recorded"))),
 ("inclusion", row(M("does not apply: no HIV recorded"), _07=U("HIV recorded; control on ART not in the case"))),
 ("inclusion", row(M("does not apply: no hepatitis B recorded"), _01=U("hepatitis B recorded; antiviral therapy and HBV DNA not in the case"))),
 ("inclusion", row(M("does not apply: no hepatitis C recorded"), _04=U("hepatitis C recorded; HCV viral load not in the case"))),
 ("exclusion", HEAD),
 ("exclusion", allc(U("ocular history not in the case"))),
 ("exclusion", row(U("current neuropathy grade not recorded"), _02=U("grade 2 neuropathy recorded on CAPOX; current grade not recorded"))),
 ("exclusion", row(M("no autoimmune disease (incl. IBD) recorded"), _05=U("autoimmune disease recorded, type not specified (IBD possible)"))),
 ("exclusion", row(U("C4: no heart failure recorded; other cardiovascular/cerebrovascular disease not recorded"),
     _02=U("heart failure (LVEF 38%) recorded; NYHA class / control not recorded"))),
 ("exclusion", allc(U("C4: effusions not recorded"))),
 ("exclusion", row(M("no TROP2 ADC, topo-I ADC or irinotecan among prior treatments"), _01=M("no prior systemic therapy"),
     _05=M("no prior systemic therapy"), _08=M("no prior systemic therapy"),
     _03=N("prior trastuzumab deruxtecan: topoisomerase-I inhibitor-based ADC"))),
 ("exclusion", row(M("?"), _01=M("no prior systemic therapy"), _05=M("no prior systemic therapy"), _08=M("no prior systemic therapy"),
     _02=M("last dose 2026-10-30, 32 days before 2026-12-01"), _03=M("last dose 2026-11-06, 25 days before 2026-12-01"),
     _04=M("last dose 2026-06-30"), _06=M("last dose 2026-11-05, 26 days before 2026-12-01"),
     _07=M("last dose 2026-10-20, 42 days before 2026-12-01"))),
 ("exclusion", allc(U("C4: radiotherapy not recorded in case fields"))),
 ("exclusion", allc(U("vaccination history not in the case"))),
 ("exclusion", allc(U("concomitant medications not in the case"))),
 ("exclusion", allc(U("investigational agent/device use not recorded"))),
 ("exclusion", allc(U("C4: other malignancy not recorded"))),
 ("exclusion", row(M("no brain metastases recorded"), _06=U("brain metastases recorded; whether active not recorded"),
     _08=U("brain metastases recorded; whether active not recorded"))),
 ("exclusion", allc(U("active infection not recorded"))),
 ("exclusion", row(M("does not apply: no HIV recorded"), _07=U("HIV recorded; Kaposi sarcoma / Castleman history not recorded"))),
 ("exclusion", row(M("neither hepatitis B nor C recorded"), _01=M("hepatitis B only; no hepatitis C, so no HBV+HCV co-infection"),
     _04=M("hepatitis C only; no hepatitis B, so no HBV+HCV co-infection"))),
 ("exclusion", allc(U("C4: surgery not recorded in case fields"))),
 ("exclusion", allc(U("hypersensitivity history not recorded"))),
 ("exclusion", row(M("no ILD/pneumonitis recorded"), _03=N("grade 2 pneumonitis on T-DXd in Nov 2026 (steroid-requiring grade; recent)"))),
]
sac_note = ("Sacituzumab tirumotecan (TROP2 ADC, topo-I payload) vs TPC, 3L+. Counted palliative regimens with C6 "
  "(early relapse after adjuvant therapy = 1 line; late relapse after perioperative FLOT = 0). Trastuzumab deruxtecan "
  "is a topo-I inhibitor-based ADC and excludes; disitamab vedotin (MMAE) does not. For HER2-positive patients, "
  "trastuzumab judged not 'appropriate' with heart failure and LVEF 38%. The hepatitis exclusion is read as HBV+HCV "
  "co-infection (single infections are handled by the inclusion items). Grade 2 pneumonitis one month ago judged "
  "steroid-requiring/current. An explicitly empty toxicity list counts as no residual AE. Tissue provision is a study "
  "procedure (C1). The duplicated measurable-disease item is listed twice.")

# ---------------------------------------------------------------- NCT06628310 telisotuzumab adizutecan (AndroMETa-GEA-977)
tel = [
 ("inclusion", HEAD),
 ("inclusion", row(M("metastatic adenocarcinoma"), _04=M("recurrent (inoperable) gastric adenocarcinoma"),
     _07=M("recurrent oesophageal adenocarcinoma"), _05=N("resectable: not inoperable/advanced"))),
 ("inclusion", MEAS),
 ("inclusion", ECOG01),
 ("inclusion", row(M("?"), _01=M("HER2 IHC 0"), _02=N("HER2 IHC 3+"),
     _03=U("IHC 3+ at diagnosis, IHC 1+/ISH not amplified on re-biopsy: discordant"),
     _04=M("IHC 2+ with ISH not amplified (ISH-negative)"), _05=M("HER2 IHC 1+"), _06=N("HER2 IHC 2+/ISH amplified"),
     _07=U("no tissue IHC/ISH; plasma ERBB2 amplified"), _08=N("HER2 IHC 3+, ISH amplified"))),
 ("inclusion", row(M("PD-L1 CPS recorded"), _06=M("PD-L1 not tested; diagnostic biopsy tissue exists for central testing (C1)"))),
 ("exclusion", HEAD),
 ("exclusion", row(M("?"), _01=M("no prior systemic therapy"), _05=M("no prior systemic therapy"), _08=M("no prior systemic therapy"),
     _02=N("2 prior palliative lines"), _03=N("3 prior palliative lines"),
     _04=N("adjuvant therapy with recurrence 72 days later counts as a prior line (C6)"),
     _06=N("3 prior palliative lines"), _07=N("prior nivolumab + FOLFOX for recurrent disease"))),
 ("exclusion", row(U("no ILD/pneumonitis recorded; other lung illnesses in the protocol list not recorded"),
     _03=N("pneumonitis recorded (grade 2, Nov 2026)"))),
]
tel_note = ("Telisotuzumab adizutecan (c-Met ADC) + 5-FU/LV + budigalimab, first line, HER2-negative. IHC 2+/ISH "
  "not amplified accepted as 'FISH negative'. Early relapse (<=183 days) after adjuvant therapy counts as prior "
  "therapy for advanced disease (C6). HER2 loss after trastuzumab and plasma-only ERBB2 amplification judged unknown "
  "for HER2-negative disease. The lung-illness exclusion refers to a protocol list not in the record: not_met only "
  "with ILD/pneumonitis, otherwise unknown.")

out = {}
for nct, note, spec in [("NCT06219941", az_note, az), ("NCT06253871", iam_note, iam),
                        ("NCT06356311", sac_note, sac), ("NCT06628310", tel_note, tel)]:
    for kind, jr in spec:
        for c in CASES:
            assert jr[c][1] != "?", (nct, c)
    out[nct] = build(nct, note, spec)
for k, v in out.items(): print(k, v)
