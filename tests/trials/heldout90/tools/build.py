#!/usr/bin/env python3
"""Builds WO/<NCT>.yaml from the judgements below (reviewer's own helper)."""
import json, os, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = [f"WO-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def items(nct):
    t = json.load(open(f"{ROOT}/records/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out = []
    for l in t.split("\n"):
        l = l.strip()
        if not l: continue
        out.append(l[2:] if l.startswith("* ") else l)
    return out

def allc(st, reason, **over):
    d = {c: (st, reason) for c in C}
    for k, v in over.items():
        d[k.replace("_", "-")] = v
    return d

def build(nct, kinds, judg, note):
    its = items(nct)
    assert len(its) == len(judg) == len(kinds), (len(its), len(judg), len(kinds))
    crit = []
    for t, k, j in zip(its, kinds, judg):
        crit.append({"kind": k, "text": t,
                     "judgements": {c: j[c][0] for c in C},
                     "reasons": {c: j[c][1] for c in C}})
    verdicts = {}
    for c in C:
        st = [cr["judgements"][c] for cr in crit]
        verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    doc = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts, "criteria": crit}
    with open(f"{ROOT}/WO/{nct}.yaml", "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=120)
    return verdicts, crit

HEAD = lambda: allc(M, "section heading; no requirement of its own")
ADV = {"WO-07": (N, "setting resectable (cT3N1M0, curative intent): not advanced/metastatic")}

# ---------------- NCT05638295 (ComboMATCH EAY191-E5, sotorasib +/- panitumumab) -----------------
j1 = []
j1.append(HEAD())                                                         # 0 heading
j1.append(allc(M, "procedural: registration/assignment on EAY191 is a study step (C1); the KRAS G12C requirement is judged separately"))  # 1
j1.append(allc(M, "procedural: enrolment on the EAY191 registration protocol is a study step (C1)"))  # 2
j1.append({c: (M, f"age {a} ≥ 18") for c, a in zip(C, [44, 81, 67, 58, 36, 63, 74, 54])})  # 3
j1.append(allc(U, "no KRAS result in the case (no KRAS field; NGS not recorded)"))  # 4
j1.append({
    "WO-01": (M, "tissue biopsy 2026-07-28, within 12 months"),
    "WO-02": (M, "tissue biopsy 2026-11-10, within 12 months"),
    "WO-03": (U, "last tissue 2023-09-20 (>12 months); biopsy feasibility not recorded"),
    "WO-04": (M, "peritoneal biopsy tested 2026-11-17, within 12 months"),
    "WO-05": (M, "liver re-biopsy 2026-10-05, within 12 months"),
    "WO-06": (U, "last tissue 2024-05-22 (>12 months), ctDNA is not tissue; biopsy feasibility not recorded"),
    "WO-07": (M, "tissue biopsy 2026-10-12, within 12 months"),
    "WO-08": (U, "last tissue 2024-05-20 (>12 months); biopsy feasibility not recorded"),
})  # 5
j1.append(allc(M, "informational note (aMOI list location); no requirement"))  # 6
j1.append(allc(M, "informational note (novel aMOI review process); no requirement"))  # 7
j1.append(allc(M, "histologically confirmed adenocarcinoma, advanced setting", **ADV))  # 8
j1.append({
    "WO-01": (N, "first line still ongoing, no progression on any advanced-setting line"),
    "WO-02": (N, "untreated; no prior line for advanced disease"),
    "WO-03": (M, "progressed on 5 palliative lines (last 2026-10-30)"),
    "WO-04": (M, "recurred 153 days after adjuvant S-1 ended (≤183 d): counts as a prior line (C6)"),
    "WO-05": (M, "progressed on 1st-line pembrolizumab+trastuzumab+CAPOX 2026-09-20"),
    "WO-06": (M, "progressed on line 2 (ramucirumab+paclitaxel) 2026-10-25 after line 1"),
    "WO-07": (N, "resectable, untreated; no advanced-setting line"),
    "WO-08": (M, "progressed on lines 1 and 2; line 3 T-DXd stopped for toxicity"),
})  # 9
j1.append(allc(M, "informational note; no prior EGFR inhibitor, adds no requirement"))  # 10
j1.append({c: ((M, f"ECOG {e} ≤ 2") if e <= 2 else (N, f"ECOG {e} > 2")) for c, e in zip(C, [1, 2, 1, 1, 0, 1, 0, 3])})  # 11
j1.append(allc(M, "measurable disease recorded; baseline imaging timing is a screening step",
               WO_04=(N, "measurable_disease false (peritoneal-only recurrence)")))  # 12
j1.append(allc(U, "infection status / antibiotic use not recorded"))  # 13
j1.append(allc(U, "GI absorption / ability to swallow not recorded (C4)"))  # 14
j1.append(allc(M, "no interstitial_lung_disease or pneumonitis condition recorded",
               WO_06=(N, "pneumonitis (grade 2 immune pneumonitis on nivolumab) in history"),
               WO_08=(N, "interstitial lung disease (grade 2, T-DXd) in history")))  # 15
j1.append(allc(U, "allergy history not recorded (no sotorasib/anti-EGFR exposure)"))  # 16
j1.append({
    "WO-01": (N, "trastuzumab+CAPOX ongoing: 21-day interval after prior chemotherapy not completed"),
    "WO-02": (U, "no systemic therapy; prior radiotherapy not recorded (C4)"),
    "WO-03": (U, "last therapy ended 2026-10-30 (>21 d) but recovery to grade ≤1 (neuropathy, diarrhoea) not recorded"),
    "WO-04": (U, "S-1 ended 2026-06-12 (>21 d); radiotherapy and AE recovery not recorded"),
    "WO-05": (U, "line 1 ended 2026-09-20 (>21 d); radiotherapy and AE recovery not recorded"),
    "WO-06": (U, "line 2 ended 2026-10-25 (>21 d); recovery from grade 2 neuropathy not recorded"),
    "WO-07": (U, "no systemic therapy; prior radiotherapy not recorded (C4)"),
    "WO-08": (U, "T-DXd ended 2026-07-22 (>21 d); recovery from grade 2 ILD and radiotherapy not recorded"),
})  # 17
preg = {"WO-01": (U, "woman aged 44; pregnancy status not recorded (C2)"),
        "WO-02": (M, "does not apply: male"), "WO-03": (M, "woman aged 67 (≥55), C2"),
        "WO-04": (M, "does not apply: male"), "WO-05": (U, "woman aged 36; pregnancy status not recorded (C2)"),
        "WO-06": (M, "does not apply: male"), "WO-07": (M, "woman aged 74 (≥55), C2"),
        "WO-08": (M, "does not apply: male")}
j1.append(dict(preg))  # 18
j1.append(allc(M, "contraception / breast-feeding commitment (C1)"))  # 19
j1.append(allc(U, "current neuropathy grade not recorded"))  # 20
j1.append(allc(M, "does not apply: no brain metastases recorded",
               WO_05=(U, "brain metastases recorded; CNS-directed therapy and follow-up imaging not in case fields"),
               WO_08=(U, "brain metastases recorded; CNS-directed therapy and follow-up imaging not in case fields")))  # 21
j1.append(allc(M, "does not apply: HIV not recorded",
               WO_08=(U, "HIV recorded; antiretroviral therapy and viral load not in case fields")))  # 22
j1.append(allc(U, "other prior/concurrent malignancy not recorded (C4)"))  # 23
j1.append(allc(M, "no heart failure recorded; NYHA class I",
               WO_02=(U, "heart failure, LVEF 38%; NYHA class not in case fields")))  # 24
j1.append(allc(U, "laboratory value (C3)"))  # 25
j1.append(allc(U, "laboratory value (C3)"))  # 26
j1.append(allc(U, "laboratory value (C3)"))  # 27
j1.append(allc(M, "gastric/GEJ/oesophageal adenocarcinoma, not colorectal or NSCLC"))  # 28
j1.append(allc(M, "no KRAS G12C inhibitor among prior treatments"))  # 29
j1.append(allc(M, "does not apply: Cohort II (post-KRAS G12C inhibitor) is another cohort; patient would enter Cohort I"))  # 30
j1.append(allc(M, "does not apply: Cohort II migration note"))  # 31
j1.append(allc(M, "does not apply: Cohort II migration note"))  # 32
j1.append(allc(M, "does not apply: Cohort II; and no KRAS G12C inhibitor/EGFR inhibitor given"))  # 33
k1 = ["inclusion"] * 34

note1 = ("ComboMATCH EAY191-E5: sotorasib +/- panitumumab for KRAS G12C-altered solid tumours. The record has a single "
         "'Inclusion Criteria' list, so every item (including the permissive brain-metastasis, HIV, second-malignancy "
         "and cardiac items, and the Cohort I/II items) is coded kind: inclusion. Gastric/GEJ/oesophageal "
         "adenocarcinoma fits Cohort I (not CRC/NSCLC, no prior KRAS G12C inhibitor); Cohort II items and NOTEs are "
         "'does not apply'. KRAS G12C status cannot be expressed in the case format, so it is unknown for everyone; "
         "EAY191 registration/assignment is treated as a study procedure (C1). Tissue 'available from within 12 "
         "months' is met from a tissue biomarker test dated after 2025-12-01. Progression on ≥1 advanced line counts "
         "early-recurrence adjuvant therapy (C6). NYHA: absence of heart failure read as NYHA I (met). Allergy and "
         "infection history are not case fields (unknown). Headings and NOTE sub-bullets are their own items.")
v1, c1 = build("NCT05638295", k1, j1, note1)

# ---------------- NCT05786924 (BDTX-4933 / S241656) -----------------
j2 = []
j2.append(HEAD())  # 0
j2.append(allc(U, "life expectancy (C2)"))  # 1
j2.append(allc(U, "advanced/recurrent adenocarcinoma confirmed, but no RAS/RAF mutation result in the case",
               WO_07=(N, "setting resectable: not recurrent unresectable or metastatic")))  # 2
j2.append(allc(U, "organ/marrow function (C3)"))  # 3
j2.append({
    "WO-01": (U, "on ongoing therapy; toxicity status not recorded"),
    "WO-02": (U, "no systemic therapy (newly diagnosed 2026-11-05); prior radiotherapy not recorded (C4)"),
    "WO-03": (U, "recovery from neuropathy/diarrhoea of prior lines not recorded"),
    "WO-04": (U, "recovery from adjuvant S-1 toxicity not recorded"),
    "WO-05": (U, "recovery from prior-line toxicity not recorded"),
    "WO-06": (U, "resolution of grade 2 neuropathy / pneumonitis not in case fields"),
    "WO-07": (U, "no systemic therapy (newly diagnosed 2026-10-06); prior radiotherapy not recorded (C4)"),
    "WO-08": (U, "recovery from grade 2 ILD after T-DXd not recorded"),
})  # 4
j2.append(HEAD())  # 5 Part 1 heading
j2.append(allc(M, "does not apply: NSCLC cohort"))  # 6 1A
j2.append(allc(U, "gastric/GEJ/oesophageal adenocarcinoma is a GI tumour (Part 1B); RAS/RAF mutation not recorded",
               WO_07=(N, "resectable: not advanced/metastatic")))  # 7 1B
j2.append(allc(M, "does not apply: PDAC cohort"))  # 8 1C
j2.append(allc(M, "does not apply: colorectal cohort"))  # 9 1D
j2.append(allc(M, "does not apply: non-GI tumour cohort (patient has a GI tumour, Part 1B)"))  # 10 1E
j2.append(HEAD())  # 11 Part 2 heading
for _ in range(5):
    j2.append(allc(M, "does not apply: NSCLC cohort"))  # 12-16
j2.append(allc(M, "does not apply: PDAC cohort"))  # 17
j2.append(allc(M, "does not apply: CRC cohort"))  # 18
j2.append(allc(M, "does not apply: biliary tract cancer cohort"))  # 19
j2.append(HEAD())  # 20 exclusion heading
j2.append(allc(U, "no MEK1/2 (NGS) result in the case"))  # 21
j2.append(allc(U, "allergy history not recorded"))  # 22
j2.append(allc(U, "partner regimen for a gastric patient not specified; contraindications not assessable from fields"))  # 23
j2.append(allc(U, "surgery dates / planned surgery not in case fields (C4)"))  # 24
j2.append(allc(M, "no ongoing systemic therapy (last line ended or none)",
               WO_01=(N, "first-line trastuzumab + capecitabine + oxaliplatin ongoing")))  # 25
j2.append(allc(U, "radiotherapy not in case fields (C4)"))  # 26
j2.append(allc(U, "infection status not recorded",
               WO_03=(U, "hepatitis B recorded; activity/treatment not in case fields"),
               WO_07=(U, "hepatitis C recorded; activity/treatment not in case fields"),
               WO_08=(U, "HIV recorded; control on ART not in case fields")))  # 27
j2.append(allc(U, "no heart failure recorded, but other cardiovascular disease not assessable from fields",
               WO_02=(N, "heart failure with LVEF 38%: clinically significant cardiovascular disease")))  # 28
j2.append(allc(U, "metastatic sites not recorded (C4)",
               WO_07=(M, "cT3N1M0 resectable: no metastatic disease to cause cord compression")))  # 29
j2.append(allc(U, "other malignancies not recorded (C4)"))  # 30
j2.append(allc(U, "retinal history / RVO risk factors not recorded"))  # 31
j2.append(dict(preg))  # 32
j2.append(allc(M, "no systemic therapy ongoing, so not receiving treatment on another study",
               WO_01=(U, "on ongoing trastuzumab+CAPOX; whether within a clinical study is not recorded")))  # 33
j2.append(allc(M, "no KRAS/BRAF/MEK/ERK-directed agent among prior treatments"))  # 34
k2 = ["inclusion"] * 20 + ["exclusion"] * 15

note2 = ("BDTX-4933 (S241656) phase 1/2 in RAS/RAF-altered tumours. Only 'key' criteria are posted. For a "
         "gastric/GEJ/oesophageal adenocarcinoma the only fitting cohort is Part 1B (advanced GI tumours, 'e.g. PDAC, "
         "CRC, BTC' read as examples, not a closed list); all Part 2 expansion cohorts are NSCLC/PDAC/CRC/BTC and are "
         "'does not apply'. RAS/RAF and MEK1/2 status cannot be expressed in the case format, so they are unknown for "
         "everyone. Cohort headings are their own items (met). 'Ongoing anticancer therapy' decided from the "
         "treatments list (an 'ongoing' line = excluded). Heart failure with LVEF 38% read as clinically significant "
         "cardiovascular disease; absence of heart failure alone does not settle other cardiovascular disease "
         "(unknown). The combination-partner contraindication item is unknown because the record does not say which "
         "partner a GI-other patient would receive. ECOG is not among the posted key criteria.")
v2, c2 = build("NCT05786924", k2, j2, note2)

for n, v, cr in (("NCT05638295", v1, c1), ("NCT05786924", v2, c2)):
    print(n, v)
    for c in C:
        st = [x["judgements"][c] for x in cr]
        print("  ", c, {s: st.count(s) for s in (M, N, U)})
