#!/usr/bin/env python3
"""Build WD/<NCT>.yaml from the judgements below (criterion text is taken verbatim from the record)."""
import json, os, re, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = [f"WD-{i:02d}" for i in range(1, 9)]

def items(nct):
    t = json.load(open(f"{ROOT}/records/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out = []
    for line in t.split("\n"):
        s = line.strip()
        if s:
            out.append(re.sub(r"^(\*|\d+\.)\s+", "", s))
    return out

def J(st, why, **ov):
    d = {c: (st, why) for c in C}
    for k, v in ov.items():
        d["WD-" + k[1:]] = v
    return d

M, N, U = "met", "not_met", "unknown"
# shared judgement blocks -------------------------------------------------
REFRACT = J(N, "standard options remain", 
    c01=(N, "after 1L trastuzumab+pembrolizumab+CAPOX and 2L T-DXd, standard ramucirumab+paclitaxel (and later FTD/TPI, irinotecan) not yet given"),
    c02=(N, "only 1L CAPOX given; standard 2L paclitaxel ± ramucirumab not yet given"),
    c03=(N, "recurrence within 6 months of perioperative FLOT (counts as 1 line); standard therapy for recurrence (e.g. ramucirumab+paclitaxel, or zolbetuximab-based therapy) not yet given"),
    c04=(N, "currently on 2L ramucirumab+paclitaxel (ongoing) — not refractory to standard therapy"),
    c05=(M, "progressed on nivolumab+FOLFOX, ramucirumab+paclitaxel and trifluridine/tipiracil; no standard option of proven benefit left"),
    c06=(N, "untreated HER2-positive disease; standard 1L trastuzumab-based therapy available"),
    c07=(M, "4 prior lines (trastuzumab/pembrolizumab/FOLFOX, ramucirumab+paclitaxel, FTD/TPI, irinotecan); HER2 lost on re-biopsy so T-DXd not indicated"),
    c08=(M, "progressed through guideline sequence (nivolumab+CAPOX, ramucirumab+paclitaxel, FTD/TPI); ctDNA-only ERBB2 has no approved HER2 therapy"))
MEAS = J(M, "measurable_disease: true", c03=(N, "measurable_disease: false (no measurable lesion)"))
ECOG02 = J(M, "ECOG 0-2", c06=(N, "ECOG 3"))
ECOG01 = J(M, "ECOG 0-1", c02=(N, "ECOG 2"), c06=(N, "ECOG 3"))
LAB = J(U, "laboratory values not in case (C3)")
CONSENT = J(M, "consent/compliance/contraception item (C1)")
PREG = J(M, "does not apply: male", c03=(U, "woman aged 34; pregnancy/lactation status not recorded"),
         c04=(M, "woman aged 62 (C2)"), c05=(U, "woman aged 48; pregnancy/lactation status not recorded"),
         c06=(U, "woman aged 29; pregnancy/lactation status not recorded"), c08=(M, "woman aged 71 (C2)"))
LIFE = J(U, "life expectancy not recorded (C2)")
ADULT = J(M, "age ≥18")
RT = J(U, "radiotherapy history/dates not in case fields (C4)")
SURG = J(U, "surgery dates not in case fields (C4)")
OTHERMAL = J(U, "other malignancies not recorded (C4)")
STEROID = J(U, "corticosteroid/immunosuppressant use not recorded")
ADVANCED = J(M, "metastatic disease", c02=(M, "locally advanced unresectable"),
             c03=(M, "recurrent (peritoneal) disease after gastrectomy"), c08=(M, "recurrent disease after gastrectomy"))
NOINV = J(M, "treatment history lists only licensed standard agents; no investigational study recorded")
BMNONE = J(M, "does not apply: no brain metastases (condition not listed)")

def brain(default_reason_for_bm):
    return dict(c05=(U, default_reason_for_bm), c06=(U, default_reason_for_bm))

R = {}
# ---------------------------------------------------------------- TAPUR
R["NCT02693535"] = dict(
 note=("TAPUR basket registry (US, FDA-approved targeted drugs off-label). Section headings 'Inclusion Criteria:' / "
       "'Exclusion Criteria:' are not items; the organ-function heading is its own item. 'No longer benefiting from "
       "standard anti-cancer treatment' read as: standard options of proven benefit exhausted (judged from the treatment "
       "history). CLIA/CAP accreditation of the test lab and the protocol's drug-specific matching rules are not in any "
       "case, so those two items are unknown for all. The two 'Note' lines are kept as items: the first repeats measurability, "
       "the second (unspecified further exclusions) is unknown for all. Absence of the brain_metastases condition is read as "
       "no CNS (incl. leptomeningeal) metastases."),
 items={
  1: ("inclusion", J(M, "age ≥12")),
  2: ("inclusion", REFRACT),
  3: ("inclusion", ECOG02),
  4: ("inclusion", LAB), 5: ("inclusion", LAB), 6: ("inclusion", LAB), 7: ("inclusion", LAB),
  8: ("inclusion", LAB), 9: ("inclusion", LAB), 10: ("inclusion", LAB),
  11: ("inclusion", MEAS),
  12: ("inclusion", J(U, "HER2 IHC (and for some ctDNA) results exist, but the lab's CLIA/CAP/NYS accreditation is not recorded",
        c01=(U, "tissue IHC and plasma ERBB2 result exist; lab accreditation not recorded"),
        c08=(U, "plasma NGS (ERBB2 amplification) exists; lab accreditation not recorded"))),
  13: ("inclusion", CONSENT),
  14: ("inclusion", J(U, "no genomic alteration matched to a TAPUR drug arm recorded; protocol matching rules not in record",
        c01=(U, "ERBB2 amplification (ctDNA) — whether an open TAPUR arm fits per protocol is not in the record"),
        c05=(U, "dMMR/MSI-H — whether an open TAPUR arm fits per protocol is not in the record"),
        c08=(U, "ERBB2 amplification (ctDNA) — whether an open TAPUR arm fits per protocol is not in the record"))),
  15: ("inclusion", J(U, "swallowing/malabsorption (GI integrity) not recorded (C4)")),
  16: ("inclusion", CONSENT),
  17: ("inclusion", MEAS),
  19: ("exclusion", J(M, "measurable disease recorded", c03=(N, "measurable_disease: false — disease not measurable"))),
  20: ("exclusion", J(M, "no primary brain tumour; no CNS metastases recorded (brain_metastases absent)",
        **brain("brain metastases recorded; leptomeningeal involvement not stated"))),
  21: ("exclusion", J(M, "does not apply: no brain metastases",
        **brain("brain metastases recorded; treatment, seizure/neurological and steroid status not in case fields"))),
  22: ("exclusion", J(M, "does not apply: no brain metastases",
        **brain("brain metastases recorded; whether progressive and the extra criteria not known"))),
  23: ("exclusion", J(U, "additional exclusion criteria not specified in the record")),
 })
# ---------------------------------------------------------------- BTX-A51
R["NCT04872166"] = dict(
 note=("BTX-A51 phase 1 (advanced solid tumours; 1b/1c ER+/HER2- breast). Gastric/GEJ/oesophageal patients could only "
       "enter the all-comer escalation part, so the breast-cohort item 'does not apply'. 'Refractory to or intolerant of "
       "all standard therapy' judged from the treatment history. The 3-week antineoplastic-therapy window includes "
       "radiation, which no case field records, so it stays unknown unless systemic therapy is ongoing. 'Clinically "
       "significant cardiac disease' is met only when known absent: heart failure is in the vocabulary, other cardiac "
       "disease is not, so it is unknown except for the heart-failure case (not_met). A hepatitis_b/hepatitis_c condition "
       "is history only: whether active is unknown. Empty toxicities lists are read as no recorded toxicity. 'Participation "
       "in another interventional study' is judged met from a treatment history of licensed agents only."),
 items={
  1: ("inclusion", CONSENT),
  2: ("inclusion", ADULT),
  3: ("inclusion", REFRACT),
  4: ("inclusion", J(M, "does not apply: breast-cancer cohorts; gastro-oesophageal patient would enter phase 1a")),
  5: ("inclusion", MEAS),
  6: ("inclusion", J(U, "organ function (labs) not recorded (C3)")),
  7: ("inclusion", PREG | {"WD-04": (M, "woman aged 62 (C2)"), "WD-08": (M, "woman aged 71 (C2)")} | {c: (M, "does not apply: male") for c in ("WD-01","WD-02","WD-07")}),
  8: ("inclusion", CONSENT),
  10: ("exclusion", LIFE),
  11: ("exclusion", J(U, "no systemic therapy within 3 weeks, but radiation history not in case fields",
        c01=(U, "last T-DXd 2026-10-20 (42 days); radiation not recorded"),
        c02=(U, "last CAPOX 2026-09-30 (62 days); radiation not recorded"),
        c03=(U, "last FLOT 2026-03-15; radiation not recorded"),
        c04=(N, "ramucirumab+paclitaxel ongoing"),
        c05=(U, "last FTD/TPI 2026-10-25 (37 days); radiation not recorded"),
        c06=(U, "no systemic therapy; radiation not recorded"),
        c07=(U, "last irinotecan 2026-10-10 (52 days); radiation not recorded"),
        c08=(U, "last FTD/TPI 2026-10-05 (57 days); radiation not recorded"))),
  12: ("exclusion", STEROID),
  13: ("exclusion", J(U, "major surgery/trauma dates not in case fields (C4)")),
  14: ("exclusion", J(M, "no toxicity recorded from prior therapy",
        c01=(M, "only recorded toxicity pneumonitis grade 1 (≤1)"),
        c04=(U, "colitis grade 2 on nivolumab; current grade not recorded"),
        c06=(M, "does not apply: no prior anti-cancer therapy"))),
  15: ("exclusion", J(M, "no brain metastases and no CNS toxicity recorded",
        c05=(N, "brain metastases (CNS involvement)"), c06=(N, "brain metastases (CNS involvement)"))),
  16: ("exclusion", J(U, "no heart failure and LVEF normal, but other cardiac disease not recorded",
        c02=(N, "heart failure with LVEF 38%"),
        c06=(U, "no heart failure listed; LVEF and other cardiac disease not recorded"))),
  17: ("exclusion", J(U, "current infections not recorded",
        c03=(U, "hepatitis B history; control/activity not recorded"),
        c07=(U, "HIV; control not recorded"),
        c08=(U, "hepatitis C history; current status not recorded"))),
  18: ("exclusion", J(M, "HIV not listed", c07=(N, "HIV listed in conditions"))),
  19: ("exclusion", J(M, "no hepatitis B or C listed",
        c03=(U, "hepatitis B listed; whether active not recorded"),
        c08=(U, "hepatitis C listed; whether active (viraemic) not recorded"))),
  20: ("exclusion", OTHERMAL),
  21: ("exclusion", J(U, "other serious medical/psychiatric conditions not fully recorded",
        c02=(U, "heart failure recorded; whether judged serious enough to exclude is investigator's call"))),
  22: ("exclusion", PREG),
  23: ("exclusion", NOINV),
 })
# ---------------------------------------------------------------- MDNA11
R["NCT05086692"] = dict(
 note=("MDNA11 (IL-2 superkine) ± checkpoint inhibitor, phase 1/2; gastric, GEJ and oesophageal cancer are among the "
       "listed tumour types, no line-of-therapy requirement. The heading 'Last administration of prior antitumor therapy:' "
       "is its own item, judged as the combination of its four sub-items. Radiotherapy items are unknown for all (no case "
       "field records radiotherapy). Prior anti-PD-1 is not an exclusion. The autoimmune item is not_met for a listed "
       "autoimmune_disease; prior drug-induced pneumonitis is judged unknown under 'diseases that can be exacerbated with "
       "immunotherapy'. A listed hepatitis B/C condition is history only, so 'known infection' is unknown (cure not "
       "recorded in fields). HIV on treatment vs 'active infection requiring systemic therapy' is left unknown. Heart failure "
       "with LVEF 38% counted as severe cardiac disease."),
 items={
  1: ("inclusion", ADULT),
  2: ("inclusion", ECOG01),
  3: ("inclusion", CONSENT),
  4: ("inclusion", J(M, "metastatic gastric/GEJ/oesophageal adenocarcinoma (listed tumour type)",
        c02=(M, "locally advanced unresectable GEJ adenocarcinoma (listed tumour type)"),
        c03=(M, "recurrent (peritoneal) gastric adenocarcinoma — advanced, listed tumour type"),
        c07=(M, "metastatic oesophageal adenocarcinoma (oesophageal cancer listed)"),
        c08=(M, "recurrent gastric adenocarcinoma — advanced, listed tumour type"))),
  5: ("inclusion", J(U, "organ function (labs) not recorded (C3)")),
  6: ("inclusion", MEAS),
  7: ("inclusion", LIFE),
  8: ("inclusion", PREG),
  9: ("inclusion", CONSENT),
  11: ("exclusion", J(U, "systemic and investigational sub-items met, radiotherapy sub-items unknown",
        c04=(N, "ramucirumab+paclitaxel ongoing (systemic therapy within 4 weeks)"))),
  12: ("exclusion", J(M, "no systemic therapy within 4 weeks",
        c01=(M, "last T-DXd 2026-10-20 (42 days)"), c02=(M, "last CAPOX 2026-09-30 (62 days)"),
        c03=(M, "last FLOT 2026-03-15"), c04=(N, "ramucirumab+paclitaxel ongoing"),
        c05=(M, "last FTD/TPI 2026-10-25 (37 days)"), c06=(M, "no prior systemic therapy"),
        c07=(M, "last irinotecan 2026-10-10 (52 days)"), c08=(M, "last FTD/TPI 2026-10-05 (57 days)"))),
  13: ("exclusion", J(U, "radiotherapy history (and radiation pneumonitis) not in case fields (C4)",
        c01=(U, "pneumonitis recorded was T-DXd-related; radiotherapy history not in case fields"))),
  14: ("exclusion", RT),
  15: ("exclusion", NOINV),
  16: ("exclusion", J(M, "no CNS metastases recorded",
        **brain("brain metastases recorded; treatment and radiological/steroid stability not in case fields"))),
  17: ("exclusion", OTHERMAL),
  18: ("exclusion", STEROID),
  19: ("exclusion", J(M, "no autoimmune disease, ILD/pneumonitis or transplant listed",
        c01=(U, "prior T-DXd pneumonitis (grade 1) — may count as a disease exacerbated by immunotherapy"),
        c04=(N, "autoimmune disease listed"))),
  20: ("exclusion", J(U, "severity of other systemic disease not recorded",
        c02=(N, "heart failure with LVEF 38%"),
        c01=(U, "prior pneumonitis grade 1; current pulmonary status not recorded"))),
  21: ("exclusion", J(M, "hepatitis B/C not listed",
        c03=(U, "hepatitis B in history; current infection status not recorded"),
        c08=(U, "hepatitis C in history; current infection (viraemia) not recorded"))),
  22: ("exclusion", PREG),
  23: ("exclusion", J(M, "organ_transplant not listed")),
  24: ("exclusion", J(U, "current infections not recorded",
        c07=(U, "HIV listed — whether counted as active infection requiring systemic therapy is unclear"),
        c03=(U, "hepatitis B listed; need for antiviral therapy not recorded"),
        c08=(U, "hepatitis C listed; current status not recorded"))),
  25: ("exclusion", J(U, "psychiatric/emotional conditions not recorded (C4)")),
  26: ("exclusion", J(U, "investigator's overall safety judgement not available")),
  27: ("exclusion", J(U, "allergy/hypersensitivity history not recorded")),
  28: ("exclusion", CONSENT),
 })
# ---------------------------------------------------------------- ATX-559
R["NCT06625515"] = dict(
 note=("ATX-559 (oral DHX9 inhibitor) phase 1/2. Non-dMMR gastro-oesophageal patients could only enter dose escalation, "
       "so the expansion-cohort items are met as 'does not apply' for them; the dMMR/MSI-H case qualifies for that cohort. "
       "'Locally recurrent or metastatic' read literally: a locally advanced unresectable primary (never resected) is "
       "neither, so not_met. 'Measurable or evaluable' is met for non-measurable peritoneal recurrence (evaluable disease). "
       "Refractoriness judged from the treatment history; the 'unless' exceptions are not invoked because no case records "
       "refusal or unsuitability. Heart failure with LVEF 38% counted as clinically significant cardiovascular disease; "
       "other cardiovascular disease unknown. Brain metastasis stability is not in case fields (unknown)."),
 items={
  1: ("inclusion", J(M, "histologically confirmed adenocarcinoma, metastatic",
        c02=(N, "locally advanced unresectable primary — neither locally recurrent nor metastatic"),
        c03=(M, "recurrent disease (peritoneal) after resection"),
        c08=(M, "recurrent disease after resection"))),
  2: ("inclusion", REFRACT),
  3: ("inclusion", J(M, "does not apply: not dMMR/MSI-H — dose-escalation part only",
        c05=(M, "dMMR/MSI-H metastatic GEJ adenocarcinoma fits a specified expansion tumour type"))),
  4: ("inclusion", J(M, "does not apply: breast-cancer expansion cohort")),
  5: ("inclusion", J(M, "does not apply: proficient MMR — dose-escalation part only",
        c05=(M, "MMR deficient and MSI-high, metastatic"))),
  6: ("inclusion", J(M, "no limit on prior lines")),
  7: ("inclusion", J(M, "measurable disease recorded",
        c03=(M, "not measurable, but recurrent peritoneal disease is evaluable"))),
  8: ("inclusion", ECOG01),
  10: ("exclusion", J(M, "no brain metastases recorded",
        **brain("brain metastases recorded; clinical stability not in case fields"))),
  11: ("exclusion", J(M, "no ongoing anti-cancer treatment", c04=(N, "ramucirumab+paclitaxel ongoing"),
        c06=(M, "no anti-cancer treatment"))),
  12: ("exclusion", SURG),
  13: ("exclusion", J(U, "oral intake/GI absorption not recorded (C4)")),
  14: ("exclusion", J(U, "no heart failure; other cardiovascular disease not recorded",
        c02=(N, "heart failure with LVEF 38%"))),
  15: ("exclusion", J(U, "concomitant medications (CYP2C8 inhibitors/inducers) not recorded")),
  16: ("exclusion", PREG),
  17: ("exclusion", J(U, "further protocol criteria not given in the record")),
 })

def verdict(js):
    return "ineligible" if N in js else ("eligible" if all(j == M for j in js) else "possibly_eligible")

for nct, spec in R.items():
    its = items(nct)
    crit = []
    for idx, (kind, jd) in sorted(spec["items"].items()):
        crit.append({"kind": kind, "text": its[idx],
                     "judgements": {c: jd[c][0] for c in C},
                     "reasons": {c: jd[c][1] for c in C}})
    judged = set(spec["items"])
    skipped = [its[i] for i in range(len(its)) if i not in judged]
    assert all(s.rstrip(":").endswith("Criteria") for s in skipped), (nct, skipped)
    v = {c: verdict([cr["judgements"][c] for cr in crit]) for c in C}
    out = {"nct_id": nct, "reviewer_note": spec["note"], "verdicts": v, "criteria": crit}
    with open(f"{ROOT}/WD/{nct}.yaml", "w") as f:
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=1000)
    cnt = {s: sum(cr["judgements"][c] == s for cr in crit for c in C) for s in (M, N, U)}
    print(nct, len(crit), v, cnt)
