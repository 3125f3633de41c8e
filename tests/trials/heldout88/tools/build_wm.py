#!/usr/bin/env python3
"""Builds WM/<NCT>.yaml from the judgement tables below (criterion texts are cut verbatim from records/)."""
import json, os, re, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [f"WM-{i:02d}" for i in range(1, 9)]

def items(nct):
    t = json.load(open(f"{ROOT}/records/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out, kind, top, sub = [], None, 0, 0
    for line in t.split("\n"):
        s = line.strip()
        if not s: continue
        if re.match(r"^(Key )?Inclusion Criteria:$", s): kind = "inclusion"; top = 0; continue
        if re.match(r"^(Key )?Exclusion Criteria:$", s): kind = "exclusion"; top = 0; continue
        m = re.match(r"^(\d+)\.\s+(.*)$", s)
        if s.startswith("* "):
            top += 1; out.append((f"{kind[0].upper()}{top}", kind, s[2:].strip())); continue
        if m and not line.startswith(" "):
            top = int(m.group(1)); out.append((f"{kind[0].upper()}{top}", kind, m.group(2))); continue
        if m:  # numbered sub-item
            out.append((f"{kind[0].upper()}{top}.{m.group(1)}", kind, m.group(2))); continue
        # lettered sub-items, possibly several on one line
        for lm in re.finditer(r"([a-e])\.\s+(.*?)(?=\s+[a-e]\.\s+[A-Z]|$)", s):
            out.append((f"{kind[0].upper()}{top}{lm.group(1)}", kind, lm.group(2).strip()))
    return out

def A(st, why):  # same judgement for every case
    return {c: (st, why) for c in CASES}

def P(base, **over):  # override: WM_01=("not_met","...")
    d = dict(base)
    for k, v in over.items(): d[k.replace("_", "-")] = v
    return d

MET, NM, UNK = "met", "not_met", "unknown"
F_YOUNG = ("WM-01", "WM-04", "WM-06")      # women < 55
F_OLD = ("WM-02", "WM-08")                 # women >= 55
MEN = ("WM-03", "WM-05", "WM-07")

def sexsplit(women_young, women_old, men):
    d = {}
    for c in F_YOUNG: d[c] = women_young
    for c in F_OLD: d[c] = women_old
    for c in MEN: d[c] = men
    return d

# ---------------------------------------------------------------- NCT05378425 (NTX-1088 +/- pembrolizumab)
ntx = {}
ntx["I1"] = P(A(MET, "gastric/GEJ/oesophageal adenocarcinoma is a listed PVR tumour type; disease is advanced (metastatic)"),
    WM_04=(NM, "setting is resectable (curative-intent, post-gastrectomy); not locally advanced or metastatic"),
    WM_06=(MET, "recurrent gastric adenocarcinoma after resection = advanced disease; listed tumour type"),
    WM_08=(MET, "recurrent oesophageal adenocarcinoma after resection = advanced disease; listed tumour type"))
rem = "dose-escalation clause; standard options remain ({}) and expansion-part rules are not in the text, refusal not recorded"
ntx["I2"] = {
    "WM-01": (UNK, rem.format("ramucirumab + paclitaxel, irinotecan, trifluridine/tipiracil not yet given")),
    "WM-02": (UNK, rem.format("2nd-line ramucirumab + paclitaxel not yet given")),
    "WM-03": (UNK, rem.format("e.g. nivolumab or apatinib 3rd-line+ in China, irinotecan")),
    "WM-04": (UNK, rem.format("adjuvant FLOT still planned; disease not relapsed")),
    "WM-05": (UNK, rem.format("untreated: trastuzumab + fluoropyrimidine/platinum")),
    "WM-06": (UNK, rem.format("2nd-line ramucirumab + paclitaxel not yet given")),
    "WM-07": (MET, "progressed after 4 lines incl. FP/platinum/trastuzumab/pembrolizumab, ramucirumab+paclitaxel, trifluridine/tipiracil, irinotecan; HER2 lost so no T-DXd: standard therapy exhausted"),
    "WM-08": (UNK, rem.format("irinotecan or taxane-free options remain after nivolumab+CAPOX and ramucirumab+paclitaxel")),
}
ntx["I3"] = {
    "WM-01": (MET, "2 prior palliative lines"), "WM-02": (MET, "1 prior line"), "WM-03": (MET, "3 prior lines"),
    "WM-04": (MET, "only neoadjuvant FLOT (1 systemic therapy)"), "WM-05": (MET, "no prior systemic therapy"),
    "WM-06": (MET, "perioperative FLOT only (counts as 1 line: recurrence 153 days after last dose)"),
    "WM-07": (MET, "exactly 4 prior palliative lines (≤4)"),
    "WM-08": (MET, "2 palliative lines (+ perioperative FLOT >183 days before recurrence; 3 even if counted)")}
ntx["I4"] = A(MET, "study-procedure item (fresh biopsy if low risk) — C1")
ntx["I4.1"] = A(MET, "study-procedure item (on-treatment biopsy) — C1")
ntx["I4.2"] = A(MET, "study-procedure item (on-treatment biopsy) — C1")
ntx["I5"] = P(A(MET, "measurable_disease: true (RECIST 1.1 already excludes unprogressed irradiated lesions)"),
    WM_04=(NM, "measurable_disease: false (R0 gastrectomy, no residual disease)"),
    WM_06=(NM, "measurable_disease: false (non-measurable recurrence)"))
ntx["I6"] = A(MET, "adult (age ≥18)")
ntx["I7"] = P(A(MET, "ECOG ≤1"), WM_03=(MET, "ECOG 0"),
    WM_05=(NM, "ECOG 2"), WM_06=(NM, "ECOG 3"))
ntx["I8"] = A(UNK, "life expectancy — C2")
for k in ("I9", "I9a", "I9b", "I9c", "I9d", "I9e", "I10", "I11", "I11.1", "I11.2", "I11.3"):
    ntx[k] = A(UNK, "laboratory/organ function not in case — C3")
ntx["I12"] = {
    "WM-01": (MET, "LVEF 57%"), "WM-02": (MET, "LVEF 60%"), "WM-03": (MET, "LVEF 64%"),
    "WM-04": (UNK, "lvef_percent not recorded"), "WM-05": (NM, "LVEF 40% < 45%"),
    "WM-06": (MET, "LVEF 61%"), "WM-07": (MET, "LVEF 55%"), "WM-08": (UNK, "lvef_percent not recorded")}
ntx["I13"] = sexsplit((UNK, "woman <55: pregnancy/breast-feeding status not in case — C2 (contraception part met, C1)"),
                      (MET, "woman ≥55: not pregnant/breast-feeding — C2; postmenopausal route"),
                      (MET, "does not apply: male patient"))
ntx["I13.1"] = sexsplit((MET, "one of three alternative routes; the OR-group is satisfiable by contraception — C1"),
                        (MET, "woman ≥55, postmenopausal route — C2"),
                        (MET, "does not apply: male patient"))
ntx["I13.2"] = sexsplit((MET, "alternative route (abstinence + pregnancy test) — contraception/procedure item, C1"),
                        (MET, "alternative route; contraception/procedure item — C1"),
                        (MET, "does not apply: male patient"))
ntx["I13.3"] = sexsplit((MET, "alternative route (contraception + pregnancy test) — C1"),
                        (MET, "alternative route; contraception/procedure item — C1"),
                        (MET, "does not apply: male patient"))
for k in ("I14", "I14.1", "I14.2", "I14.3"):
    ntx[k] = sexsplit((MET, "does not apply: female patient"), (MET, "does not apply: female patient"),
                      (MET, "male contraception item — C1"))
ntx["I15"] = A(MET, "consent — C1")
ntx["I16"] = A(MET, "compliance — C1")
ntx["I17"] = A(MET, "venous access for study sampling — study-procedure item, C1")

ntx["E1"] = P(A(MET, "no prior immuno-oncology therapy"),
    WM_01=(MET, "prior pembrolizumab stopped for progression, not an irAE (pneumonitis was from T-DXd, single episode)"),
    WM_02=(MET, "prior pembrolizumab stopped for progression; grade 2 hypothyroidism is a replaceable endocrine irAE"),
    WM_07=(MET, "prior pembrolizumab stopped for progression, no irAE recorded"),
    WM_08=(MET, "prior nivolumab stopped for progression, no irAE recorded"))
ntx["E2"] = A(UNK, "radiotherapy history not in case fields — C4")
ntx["E3"] = A(UNK, "radiotherapy history not in case fields — C4")
ntx["E4"] = {
    "WM-01": (MET, "last therapy (T-DXd) ended 2026-08-20, >14 days"), "WM-02": (MET, "last therapy ended 2026-09-15, >14 days"),
    "WM-03": (MET, "disitamab vedotin ended 2026-11-10: 21 days before 2026-12-01, >14 days"),
    "WM-04": (MET, "FLOT ended 2026-09-10, >14 days"), "WM-05": (MET, "no prior anticancer therapy"),
    "WM-06": (MET, "FLOT ended 2026-05-28, >14 days"), "WM-07": (MET, "irinotecan ended 2026-10-30: 32 days, >14 days"),
    "WM-08": (MET, "last therapy ended 2026-10-15: 47 days, >14 days")}
ntx["E5"] = A(MET, "organ_transplant not listed — known absent (C4)")
ntx["E6"] = A(UNK, "vaccination history not in case")
ntx["E7"] = A(MET, "recorded systemic history contains no PVR-targeting agent")
ntx["E8"] = A(UNK, "surgery/recovery not in case fields — C4")
ntx["E9"] = P(A(MET, "recorded systemic history lists only licensed agents; nothing in the last 4 weeks"),
    WM_03=(MET, "last agent (disitamab vedotin, licensed in CN) ended 21 days ago; no investigational agent recorded"),
    WM_05=(MET, "no prior systemic therapy"))
ntx["E10"] = P(A(UNK, "pretreated; current grade of residual AEs not in case"),
    WM_05=(MET, "does not apply: no previous therapy"),
    WM_01=(UNK, "grade 2 pneumonitis from T-DXd; resolution to grade ≤1 not recorded"))
ntx["E11"] = P(A(MET, "autoimmune_disease not listed — known absent (C4)"),
    WM_06=(UNK, "autoimmune_disease listed; whether active/needing systemic treatment not in case"))
ntx["E12"] = A(UNK, "endocrine status not in case fields — C4")
ntx["E13"] = P(A(UNK, "composite (angina, MI, stroke, hypertension, arrhythmia) — not all parts known absent (C4)"),
    WM_05=(UNK, "heart_failure listed, LVEF 40%; NYHA class/control not in case"))
ntx["E14"] = P(A(MET, "pneumonitis/ILD not listed — known absent (C4)"),
    WM_01=(NM, "non-infectious (T-DXd) pneumonitis grade 2 — per T-DXd label grade ≥2 ILD is treated with systemic corticosteroids; history of steroid-requiring pneumonitis"))
ntx["E15"] = A(UNK, "other pulmonary disease (COPD, pulmonary hypertension) not in case fields")
ntx["E16"] = P(A(MET, "no pembrolizumab exposure — no hypersensitivity possible"),
    WM_01=(MET, "pembrolizumab given, stopped for progression, no hypersensitivity recorded"),
    WM_02=(MET, "pembrolizumab given, stopped for progression, no hypersensitivity recorded"),
    WM_07=(MET, "pembrolizumab given, stopped for progression, no hypersensitivity recorded"))
ntx["E17"] = P(A(UNK, "composite: steroid/immunosuppressive medication not in case (C4)"),
    WM_07=(UNK, "HIV listed (decided under the HIV item); steroid/immunosuppressive medication not in case"))
ntx["E18"] = A(UNK, "composite (infection, DIC, psychiatric illness, drug abuse, social) — not known absent (C4)")
ntx["E19"] = A(MET, "investigator catch-all; nothing in the case beyond what the specific items judge")
ntx["E20"] = P(A(MET, "hiv not listed — known absent (C4)"), WM_07=(NM, "HIV listed"))
ntx["E21"] = P(A(MET, "hepatitis_b and hepatitis_c not listed — known absent (C4)"),
    WM_03=(NM, "hepatitis_b listed (chronic HBV) — known history of hepatitis B excludes regardless of antiviral control"),
    WM_05=(UNK, "hepatitis_c listed; whether HCV RNA is detected (active) not in case"))
ntx["E22"] = A(UNK, "oxygen dependence not in case")
ntx["E23"] = A(MET, "investigator catch-all; nothing in the case beyond what the specific items judge")
ntx["E24"] = A(UNK, "other malignancies not in case fields — C4")
ntx["E25"] = P(A(MET, "brain_metastases not listed — known absent (C4)"),
    WM_07=(UNK, "brain_metastases listed; whether active/treated/stable not in case fields"),
    WM_08=(UNK, "brain_metastases listed; whether active/treated/stable not in case fields"))
ntx["E26"] = sexsplit((UNK, "woman <55: pregnancy/breast-feeding not in case — C2"),
                      (MET, "woman ≥55 — C2"), (MET, "does not apply: male patient"))

# ---------------------------------------------------------------- NCT06804824 (VVD-159642)
vvd = {}
her2_no = "not PDAC/CRC/NSCLC; HER2 not overexpressed ({}); RAS/EGFR alteration status not recorded"
vvd["I1"] = {
    "WM-01": (MET, "HER2 IHC 3+ (2025) — HER2 overexpression per local testing"),
    "WM-02": (UNK, her2_no.format("IHC 1+")),
    "WM-03": (UNK, her2_no.format("IHC 2+/ISH not amplified")),
    "WM-04": (UNK, her2_no.format("IHC 0")),
    "WM-05": (MET, "HER2 IHC 3+ (2026) — HER2 overexpression per local testing"),
    "WM-06": (UNK, her2_no.format("IHC 0")),
    "WM-07": (MET, "historical IHC 3+/ISH amplified (2024) qualifies 'as per local/historical testing', despite IHC 1+ on 2025 re-biopsy"),
    "WM-08": (UNK, her2_no.format("tissue IHC 0; ctDNA ERBB2 amplification is not IHC 3+ or IHC 2+/FISH+")),
}
vvd["I2"] = P(A(MET, "metastatic adenocarcinoma"),
    WM_04=(NM, "resectable, post-gastrectomy; not metastatic or unresectable"),
    WM_06=(MET, "recurrent (peritoneal-type) disease after resection = advanced/unresectable setting"),
    WM_08=(MET, "recurrent disease after oesophagectomy treated palliatively = metastatic/unresectable"))
vvd["I3"] = P(A(MET, "measurable_disease: true"),
    WM_04=(NM, "measurable_disease: false"), WM_06=(NM, "measurable_disease: false"))
vvd["I4"] = P(A(MET, "ECOG ≤1"), WM_03=(MET, "ECOG 0"), WM_05=(NM, "ECOG 2"), WM_06=(NM, "ECOG 3"))
vvd["I5"] = A(UNK, "bone marrow/kidney/liver function not in case — C3")
oral = "took oral {} within the past 12 months (stopped for progression) — able to take oral medication"
vvd["I6"] = {
    "WM-01": (MET, oral.format("capecitabine (to 2026-02-10)")),
    "WM-02": (MET, oral.format("capecitabine (to 2026-09-15)")),
    "WM-03": (MET, oral.format("capecitabine (to 2026-03-20)")),
    "WM-04": (UNK, "only intravenous therapy recorded; ability to take oral drugs not in case"),
    "WM-05": (UNK, "no prior therapy; ability to take oral drugs not in case"),
    "WM-06": (UNK, "only intravenous therapy recorded; ability to take oral drugs not in case"),
    "WM-07": (MET, oral.format("trifluridine/tipiracil (to 2026-07-10)")),
    "WM-08": (MET, oral.format("capecitabine (to 2026-04-13)")),
}
vvd["E1"] = P(A(MET, "brain_metastases not listed — known absent (C4)"),
    WM_07=(UNK, "brain_metastases listed; activity not in case fields"),
    WM_08=(UNK, "brain_metastases listed; activity not in case fields"))
vvd["E2"] = P(A(UNK, "protocol definition of cardiac disease not in text; cardiac history beyond heart failure not in case"),
    WM_05=(NM, "heart_failure listed with LVEF 40% — a history of cardiac disease"))
vvd["E3"] = A(UNK, "blood pressure control not in case fields — C4")
vvd["E4"] = A(UNK, "composite (IBD, malabsorption, conditions affecting enteral absorption) — not in case fields (C4)")
vvd["E5"] = P(A(MET, "hepatitis_b not listed — known absent (C4)"),
    WM_03=(UNK, "hepatitis_b listed; HBV DNA status (active per this definition) not in case"))
vvd["E6"] = P(A(MET, "hepatitis_c not listed — known absent (C4)"),
    WM_05=(UNK, "hepatitis_c listed; HCV RNA status not in case"))

NOTES = {
 "NCT05378425": ("Phase 1 NTX-1088 (anti-PVR) +/- pembrolizumab, any PVR-expressing solid tumour incl. gastric/GEJ/oesophageal. "
   "Items split per number and sub-number; item 9 split at a-e; section headings not items. "
   "Item 2 (refractory to standard therapy) is read as a dose-escalation-only clause: met when standard therapy is exhausted, "
   "otherwise unknown because expansion-part entry rules are not in the text. Item 4 biopsy items are study procedures (C1). "
   "Female-route sub-items 13.1-13.3 are alternatives, judged met via C1. Exclusion 14: grade 2 T-DXd pneumonitis counts as "
   "steroid-requiring (label: grade >=2 -> systemic corticosteroids). Exclusion 21 excludes any known history of HBV (HBsAg) even "
   "if suppressed on entecavir. Investigator catch-alls (19, 23) met when nothing beyond specific items; E9/E7 met from the "
   "recorded systemic history."),
 "NCT06804824": ("Phase 1/1b VVD-159642 (RAS-PI3Kalpha inhibitor) in advanced solid tumours. The tumour-type bullet is read as "
   "applying (only tumour criterion given): HER2 IHC 3+ qualifies, historical testing explicitly allowed so the HER2-loss case "
   "qualifies; ctDNA ERBB2 amplification does not (not IHC/FISH); other gastric cases unknown (RAS/EGFR not recorded). "
   "'Able to take oral medications' met when an oral anticancer drug was taken in the past 12 months. Cardiac-disease item "
   "not_met only for a listed heart_failure; otherwise unknown (protocol definition not given). Hepatitis items need DNA/RNA "
   "positivity, so listed hepatitis without viral-load data is unknown."),
}

def build(nct, table):
    its = items(nct)
    keys = [k for k, _, _ in its]
    assert set(keys) == set(table), (nct, set(keys) ^ set(table))
    crit, verdict = [], {}
    for k, kind, text in its:
        j = table[k]
        crit.append({"kind": kind, "text": text, "judgements": {c: j[c][0] for c in CASES},
                     "reasons": {c: j[c][1] for c in CASES}})
    for c in CASES:
        st = [cr["judgements"][c] for cr in crit]
        verdict[c] = "ineligible" if NM in st else ("eligible" if all(s == MET for s in st) else "possibly_eligible")
    doc = {"nct_id": nct, "reviewer_note": NOTES[nct], "verdicts": verdict, "criteria": crit}
    with open(f"{ROOT}/WM/{nct}.yaml", "w") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)
    return keys, verdict, crit

if __name__ == "__main__":
    os.makedirs(f"{ROOT}/WM", exist_ok=True)
    for nct, tb in (("NCT05378425", ntx), ("NCT06804824", vvd)):
        keys, v, crit = build(nct, tb)
        print(nct, len(keys), v)
        for c in CASES:
            print("  ", c, {s: sum(cr["judgements"][c] == s for cr in crit) for s in (MET, NM, UNK)},
                  [k for k, cr in zip(keys, crit) if cr["judgements"][c] == NM])
