#!/usr/bin/env python3
"""Build VB/<NCT>.yaml from the judgements below. Criterion texts are cut verbatim from the records."""
import json, os, re, yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "trials", "her2-gastric")
CASES = [f"VB-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"
WOMEN_U55 = {"VB-01", "VB-03", "VB-07"}          # C2: pregnancy unknown for women < 55
HEADINGS = {"Inclusion Criteria:", "Exclusion Criteria:", "Key Inclusion Criteria:", "Key Exclusion Criteria:"}


def lines(nct):
    t = json.load(open(os.path.join(DATA, nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out, kind = [], None
    for l in t.split("\n"):
        s = l.strip()
        if not s:
            continue
        if s.startswith("Inclusion Criteria"):
            kind = "inclusion"
        elif s.startswith("Exclusion Criteria"):
            kind = "exclusion"
        if s in HEADINGS:
            continue
        s = re.sub(r"^(\*|\d+\.)\s+", "", s)
        out.append((kind, s))
    return out


def J(default, reason, **over):
    """default status/reason for all cases; over: VB_01=(status, reason)."""
    j = {c: default for c in CASES}
    r = {c: reason for c in CASES}
    for k, (s, why) in over.items():
        c = k.replace("_", "-")
        j[c], r[c] = s, why
    return j, r


def preg(reason_u="woman under 55; pregnancy/breast-feeding status not recorded"):
    over = {c.replace("-", "_"): (U, reason_u) for c in WOMEN_U55}
    over.update({"VB_05": (M, "does not apply: woman aged 72"), "VB_08": (M, "does not apply: woman aged 78")})
    return J(M, "does not apply: male patient", **over)


UNK = lambda why: J(U, why)
ALLMET = lambda why: J(M, why)
ECOG = J(M, "ECOG 0-1 recorded",
         VB_06=(N, "ECOG 3"), VB_08=(N, "ECOG 2"),
         VB_03=(M, "ECOG 0"), VB_07=(M, "ECOG 0"))
MEASURABLE = J(M, "measurable_disease: true", VB_07=(N, "measurable_disease: false (disease-free after resection)"))

# ----------------------------------------------------------------------------------------------------------
SPEC = {}

SPEC["NCT05771584"] = dict(
    note=("AST-301 HER2 vaccine in the ADJUVANT setting (disease-free after R0 resection and completed adjuvant "
          "therapy; primary endpoint DFS). Read as a trial for resected stage II/III patients without recurrence: "
          "metastatic or recurrent cases fail the surgery/adjuvant and stage II/III items. 'HER2 low expression and "
          "HER2 overexpression' read as any of IHC 1+, 2+/ISH-, 2+/ISH+ or 3+ on tissue (IHC 0 fails; ctDNA alone "
          "is unknown). Surgery, R0 and pT/pN are not case fields, so they stay unknown even for the resected case. "
          "'Inflammatory disease' read as immune-mediated disease: absent when autoimmune_disease, ILD and "
          "pneumonitis are all absent; drug pneumonitis / ILD left unknown. Any HIV infection counts as the "
          "excluding infection; treated hepatitis C without a viral-load result is unknown."),
    j=[
        J(N, "de novo metastatic disease: no curative resection or adjuvant therapy",
          VB_04=(N, "recurred 2026-10-23 after perioperative FLOT: no longer disease-free after R0 resection"),
          VB_05=(N, "recurred 2026-05-18 after adjuvant S-1: no longer disease-free after R0 resection"),
          VB_07=(U, "adjuvant CAPOX completed 2026-10-02; surgery, lymph node dissection and R0 not case fields")),
        J(N, "metastatic disease (stage IV), not stage II/III",
          VB_04=(N, "recurrent advanced disease; study is for resected stage II/III without recurrence"),
          VB_05=(N, "recurrent advanced disease; study is for resected stage II/III without recurrence"),
          VB_07=(U, "resected, but pT/pN stage not a case field")),
        J(M, "HER2 expressed on tissue",
          VB_01=(M, "HER2 IHC 3+ (2025-01-20, 2025-12-22): overexpression"),
          VB_02=(M, "IHC 3+ at diagnosis, 1+ on re-biopsy 2026-11-12: HER2 expressed either way"),
          VB_03=(N, "HER2 IHC 0 (2025-09-20): neither low nor overexpressed"),
          VB_04=(M, "IHC 2+/ISH not amplified: HER2-low"),
          VB_05=(N, "HER2 IHC 0 on resection and recurrence biopsy"),
          VB_06=(U, "no tissue HER2 result; ctDNA ERBB2 amplification only"),
          VB_07=(M, "IHC 2+/ISH not amplified (ratio 1.5): HER2-low"),
          VB_08=(M, "IHC 1+: HER2-low")),
        ECOG,
        UNK("organ function (laboratory values) not in case"),
        UNK("hypersensitivity/contraindication to GM-CSF not recorded"),
        UNK("other malignancies not recorded"),
        UNK("systemic immunosuppressant use not recorded"),
        J(M, "autoimmune_disease, ILD and pneumonitis not listed",
          VB_01=(U, "pneumonitis (grade 1 on T-DXd) listed: may count as inflammatory disease"),
          VB_04=(N, "autoimmune_disease listed"),
          VB_08=(U, "interstitial lung disease listed: may count as inflammatory disease")),
        J(U, "no HBV/HCV/HIV listed; tuberculosis/other active infection not recorded",
          VB_02=(N, "HIV infection listed"),
          VB_05=(U, "hepatitis C listed; whether active (HCV RNA) not recorded")),
        preg(),
    ])

SPEC["NCT05927857"] = dict(
    note=("COOL phase Ib/II (ramucirumab + nal-IRI + TAS-102) as SECOND line for metastatic gastric "
          "adenocarcinoma. 'Gastric' read strictly: stomach met, oesophagus not met, GEJ unknown (not stated). "
          "Recurrent disease after resection that has received palliative therapy counted as metastatic. 'Only "
          "first line' counted with C6 (perioperative/adjuvant counts as a line only with recurrence <=183 days); "
          "a patient who has already started a second line counts as having received more than one line. Recent "
          "oral fluoropyrimidine/TAS-102 use taken as proof the patient can take oral drugs. Conventional "
          "irinotecan is not nal-IRI. HER2-positive by ctDNA only (no tissue) left unknown for the Herceptin rule. "
          "Laboratory, allergy, surgery, thrombosis, bleeding, cirrhosis and malignancy items are unknown for all "
          "(no case fields)."),
    j=[
        J(M, "stomach adenocarcinoma, metastatic",
          VB_01=(U, "GEJ adenocarcinoma: record says gastric; GEJ inclusion not stated"),
          VB_04=(U, "GEJ adenocarcinoma (recurrent): record says gastric; GEJ inclusion not stated"),
          VB_05=(M, "stomach adenocarcinoma, recurrent after gastrectomy and treated palliatively = advanced/metastatic"),
          VB_06=(N, "oesophageal adenocarcinoma, not gastric"),
          VB_07=(N, "resected, no metastatic disease")),
        J(M, "exactly one prior palliative line",
          VB_01=(N, "two prior palliative lines (pembrolizumab-trastuzumab-CAPOX, then T-DXd)"),
          VB_02=(M, "one prior line (trastuzumab-CAPOX), progressed 2026-10-28"),
          VB_03=(M, "one prior line (zolbetuximab-CAPOX), progressed 2026-10-15"),
          VB_04=(N, "perioperative FLOT counts as line 1 (recurrence 164 days after) and second line RAM+paclitaxel already started 2026-11-21"),
          VB_05=(M, "adjuvant S-1 ended >6 months before recurrence (not a line); one palliative line (nivolumab-SOX)"),
          VB_06=(N, "no prior systemic therapy"),
          VB_07=(N, "adjuvant therapy only; no advanced disease or palliative line"),
          VB_08=(N, "three prior palliative lines")),
        ECOG,
        J(M, "does not apply: tumour not HER2-positive",
          VB_01=(M, "HER2-positive, trastuzumab given in first line"),
          VB_02=(M, "HER2-positive at diagnosis, trastuzumab given in first line"),
          VB_06=(U, "ERBB2 amplified in ctDNA only (tissue HER2 unknown); never received trastuzumab")),
        MEASURABLE,
        J(M, "age within 20-80", VB_06=(N, "aged 83 (>80)")),
        UNK("life expectancy not estimable from case (C2)"),
        UNK("renal function not in case"),
        UNK("hepatic function not in case"),
        UNK("blood counts not in case"),
        UNK("coagulation values not in case"),
        UNK("urinary protein not in case"),
        ALLMET("contraception item (C1)"),
        preg("woman under 55; pregnancy test not in case"),
        ALLMET("consent item (C1)"),
        J(U, "ability to take oral drugs not recorded",
          VB_02=(M, "took capecitabine until 2026-10-28"),
          VB_03=(M, "took capecitabine until 2026-10-15"),
          VB_05=(M, "took S-1 until 2026-10-20"),
          VB_07=(M, "took capecitabine until 2026-10-02"),
          VB_08=(M, "took trifluridine/tipiracil until 2026-10-19")),
        UNK("drug hypersensitivity history not recorded"),
        UNK("no case field on surgery"),
        UNK("diarrhoea and ascites status not recorded"),
        UNK("infection/antibiotic status not recorded"),
        UNK("arterial thromboembolic history not recorded"),
        UNK("GI perforation/fistula history and risk factors not recorded"),
        UNK("cirrhosis not recorded"),
        UNK("cirrhosis / Child-Pugh class not recorded"),
        UNK("cirrhosis, encephalopathy and ascites not recorded"),
        UNK("wounds, ulcers and fractures not recorded"),
        UNK("no case field on surgery or venous access device"),
        UNK("blood pressure not recorded"),
        UNK("GI bleeding history not recorded"),
        UNK("venous thromboembolism history not recorded"),
        UNK("concomitant antiplatelet medication not recorded"),
        J(M, "no nal-IRI, trifluridine/tipiracil or ramucirumab in treatments",
          VB_04=(N, "ramucirumab (with paclitaxel) since 2026-11-21"),
          VB_08=(N, "prior ramucirumab (2025-09 to 2026-04) and trifluridine/tipiracil (2026-05 to 2026-10)")),
        UNK("other malignancies not recorded"),
        preg(),
    ])

SPEC["NCT06005493"] = dict(
    note=("AZD5863 (CLDN18.2 x CD3 T-cell engager) phase I/II, >=1 prior advanced line. The record gives no "
          "CLDN18.2 cut-off and requires central IHC: local >=75% moderate-to-strong staining taken as positive "
          "under any plausible cut-off (met); 1-74% or untested = unknown. Autoimmune disease listed counted as "
          "within 3 years (chronic condition); drug pneumonitis / ILD left unknown as 'inflammatory disorders'. "
          "CNS item: brain metastases in a patient whose whole illness began <3 months ago = not met; brain "
          "metastases of unknown timing = unknown; absent brain metastases still unknown because 'CNS pathology as "
          "defined by the protocol' is not recorded. 'Active HIV' and 'active hepatitis' need viral loads, which "
          "the case format lacks, so unknown. Cardiac item: heart failure with LVEF 45% taken as excluded under any "
          "protocol definition; otherwise unknown. Prior T-cell engager/CAR-T: none can be in the treatment list, "
          "so met."),
    j=[
        ALLMET("adult (age >= 18)"),
        J(M, "adenocarcinoma of stomach", VB_01=(M, "GEJ adenocarcinoma"), VB_04=(M, "GEJ adenocarcinoma"),
          VB_06=(M, "oesophageal adenocarcinoma")),
        MEASURABLE,
        J(U, "CLDN18.2 below 75%; protocol cut-off not stated in record",
          VB_01=(U, "CLDN18.2 30% (local); protocol cut-off not stated"),
          VB_02=(U, "CLDN18.2 never tested"),
          VB_03=(M, "CLDN18.2 85% moderate-to-strong: positive under any cut-off (central confirmation pending)"),
          VB_04=(U, "CLDN18.2 60% (local); protocol cut-off not stated"),
          VB_05=(U, "CLDN18.2 20% (local); protocol cut-off not stated"),
          VB_06=(U, "CLDN18.2 never tested"),
          VB_07=(U, "CLDN18.2 45% (local); protocol cut-off not stated"),
          VB_08=(U, "CLDN18.2 5% (local); protocol cut-off not stated")),
        ECOG,
        UNK("life expectancy not estimable from case (C2)"),
        UNK("organ and marrow function not in case"),
        ALLMET("contraception item (C1)"),
        J(M, "at least one prior palliative line",
          VB_01=(M, "two prior palliative lines"),
          VB_04=(M, "perioperative FLOT with recurrence after 164 days counts as a line; second line ongoing"),
          VB_05=(M, "one palliative line (nivolumab-SOX)"),
          VB_06=(N, "treatment-naive"),
          VB_07=(N, "adjuvant therapy only, no advanced disease"),
          VB_08=(M, "three prior palliative lines")),
        J(U, "resolution of prior-therapy toxicities not recorded",
          VB_06=(M, "no prior anticancer therapy")),
        ALLMET("no prior T-cell engager or CAR-T in treatment history"),
        UNK("HLH/MAS history not recorded"),
        J(M, "no autoimmune disease, ILD or pneumonitis listed",
          VB_01=(U, "pneumonitis 2026 (T-DXd, grade 1): may count as inflammatory disorder"),
          VB_04=(N, "autoimmune_disease listed (chronic, so within 3 years)"),
          VB_08=(U, "interstitial lung disease listed: may count as inflammatory disorder")),
        J(U, "no brain metastases listed, but other CNS pathology not recorded",
          VB_01=(U, "brain metastases listed; date of diagnosis/treatment not a case field"),
          VB_06=(N, "brain metastases listed and disease diagnosed 2026-10-28, i.e. within 3 months")),
        J(U, "no HIV/HBV/HCV listed; EBV and other infections not recorded",
          VB_02=(U, "HIV listed; whether active (viral load) not recorded"),
          VB_05=(U, "hepatitis C listed; whether active not recorded")),
        J(U, "protocol cardiac definition not given; no heart failure listed",
          VB_06=(N, "heart failure listed with LVEF 45%")),
        UNK("thromboembolic history not recorded"),
        UNK("immunosuppressive therapy not recorded"),
        UNK("anticoagulant use not recorded"),
    ])


def routes(own):
    """sub-items 1-4 of the TRK-950 treatment-history list; own = {case: (route_no, reason)}."""
    items = []
    for k in range(1, 5):
        j, r = {}, {}
        for c in CASES:
            rn, why = own.get(c, (None, None))
            if rn == k:
                j[c], r[c] = M, why
            elif rn:
                j[c], r[c] = M, f"does not apply: alternative route; patient fits route {rn}"
            else:
                j[c], r[c] = M, "does not apply: alternative route; no route fits (see the heading item, not met)"
        items.append((j, r))
    return items


SPEC["NCT06038578"] = dict(
    split={2: ["Documented objective radiographic or clinical disease progression (e.g., any new or worsening "
               "malignant effusion documented by ultrasound examination) which may be confirmed by pathologic "
               "criteria (histology and/or cytology) if appropriate, during or after treatment.",
               "The prior treatment must meet one of the following criteria with the following treatment history:"]},
    note=("TRK-950 + ramucirumab/paclitaxel vs ramucirumab/paclitaxel, i.e. a SECOND-line study in HER2-negative "
          "gastric/GEJ adenocarcinoma. The treatment-history list is one-of: the heading item carries the decision "
          "and each numbered route is met (the patient's route) or met with 'does not apply' (an alternative route); "
          "histories with two or more progressed palliative lines fit no route. The patient who has just started "
          "ramucirumab/paclitaxel is judged on the history that led to it (route 3) and is excluded by the prior "
          "ramucirumab/paclitaxel and 4-week washout items. Progression date = ended_on when stop_reason is "
          "progression. HER2-positive judged on the latest tissue result (HER2 loss on re-biopsy -> not "
          "HER2-positive); ctDNA-only ERBB2 = unknown. Any HIV = excluded (the undetectable-viral-load exception is "
          "for hepatitis only); hepatitis C history without an RNA result = unknown. Grade >=2 pneumonitis would "
          "imply steroids; grade 1 does not decide it. Radiotherapy is not a case field, so the washout item is "
          "unknown unless systemic therapy within 4 weeks decides it. CAPRIN-1 is never tested -> unknown for all."),
    j=None)

trk = [
    J(M, "metastatic gastric adenocarcinoma",
      VB_01=(M, "metastatic GEJ adenocarcinoma"),
      VB_04=(M, "recurrent (advanced) GEJ adenocarcinoma"),
      VB_05=(M, "recurrent (advanced) gastric adenocarcinoma"),
      VB_06=(N, "oesophageal adenocarcinoma, not gastric/GEJ"),
      VB_07=(N, "resected, no advanced disease")),
    J(U, "standard 2L candidate, but organ function/bleeding/thrombosis risk not recorded",
      VB_01=(U, "RAM+PTX-naive; organ function/bleeding/thrombosis risk not recorded"),
      VB_04=(M, "already receiving RAM+PTX since 2026-11-21 (prior-exposure exclusion handled separately)"),
      VB_06=(N, "treatment-naive, ECOG 3: RAM+PTX is a post-chemotherapy option"),
      VB_07=(N, "no advanced disease"),
      VB_08=(N, "already progressed on RAM+PTX (2025-09 to 2026-04)")),
    J(M, "documented progression (stop_reason progression)",
      VB_01=(M, "progression on T-DXd 2026-10-27"),
      VB_02=(M, "progression on trastuzumab-CAPOX 2026-10-28"),
      VB_03=(M, "progression on zolbetuximab-CAPOX 2026-10-15"),
      VB_04=(M, "recurrence 2026-10-23 after perioperative FLOT"),
      VB_05=(M, "progression on nivolumab-SOX 2026-10-20"),
      VB_06=(N, "no prior treatment, so no progression during or after treatment"),
      VB_07=(N, "no recurrence after adjuvant therapy"),
      VB_08=(M, "progression on trifluridine/tipiracil 2026-10-19")),
    J(M, "-",
      VB_01=(N, "two progressed palliative lines (pembrolizumab-trastuzumab-CAPOX, T-DXd): fits no route"),
      VB_02=(M, "route 1: first-line trastuzumab-CAPOX, progressed during treatment"),
      VB_03=(M, "route 1: first-line zolbetuximab-CAPOX, progressed during treatment"),
      VB_04=(M, "route 3: perioperative FLOT, recurrence 164 days after last dose"),
      VB_05=(M, "route 2: adjuvant S-1, recurrence >2 years later; first line progressed during treatment"),
      VB_06=(N, "no prior treatment: fits no route"),
      VB_07=(N, "adjuvant therapy without progression: fits no route"),
      VB_08=(N, "three progressed palliative lines: fits no route")),
] + routes({"VB-02": (1, "first-line trastuzumab-CAPOX without prior adjuvant, progressed during treatment"),
            "VB-03": (1, "first-line zolbetuximab-CAPOX without prior adjuvant, progressed during treatment"),
            "VB-05": (2, "adjuvant S-1 ended 2024-04-10, recurrence 2026-05-18 (>6 months); first line progressed during treatment"),
            "VB-04": (3, "perioperative FLOT ended 2026-05-12, recurrence 2026-10-23 (164 days)")}) + [
    MEASURABLE,
    ECOG,
    UNK("life expectancy not estimable from case (C2)"),
    ALLMET("adult (age >= 19); geography does not decide (C7)"),
    ALLMET("consent item (C1)"),
    UNK("organ function not in case"),
    ALLMET("contraception item (C1)"),
    UNK("CAPRIN-1 expression not tested"),
    # exclusions
    J(M, "no ramucirumab or paclitaxel in treatments",
      VB_04=(N, "ramucirumab + paclitaxel since 2026-11-21"),
      VB_08=(N, "ramucirumab + paclitaxel 2025-09-29 to 2026-04-13")),
    J(M, "HER2-negative on tissue",
      VB_01=(N, "HER2 IHC 3+, confirmed on re-biopsy 2025-12-22"),
      VB_02=(M, "IHC 3+ at diagnosis but IHC 1+ on re-biopsy 2026-11-12 (HER2 loss): currently not HER2-positive"),
      VB_03=(M, "HER2 IHC 0"), VB_04=(M, "IHC 2+/ISH not amplified"), VB_05=(M, "HER2 IHC 0"),
      VB_06=(U, "no tissue HER2; ERBB2 amplified in ctDNA only"),
      VB_07=(M, "IHC 2+/ISH not amplified"), VB_08=(M, "HER2 IHC 1+")),
    UNK("no case field on surgery"),
    UNK("QTc not recorded"),
    J(U, "no heart failure listed; arrhythmia not recorded",
      VB_06=(U, "heart failure listed (LVEF 45%) but NYHA class not recorded")),
    UNK("arterial thrombotic history not recorded"),
    J(M, "no pneumonitis or ILD listed",
      VB_01=(U, "grade 1 pneumonitis on T-DXd: steroid use and current status not recorded"),
      VB_08=(U, "interstitial lung disease listed; steroid-requiring pneumonitis not recorded")),
    UNK("venous thromboembolism and anticoagulant use not recorded"),
    UNK("blood pressure not recorded"),
    UNK("infection status not recorded"),
    preg(),
    J(U, "systemic therapy ended >4 weeks ago; radiotherapy not a case field",
      VB_01=(U, "last T-DXd 2026-10-27 (35 days); radiotherapy not a case field"),
      VB_02=(U, "last trastuzumab/capecitabine 2026-10-28 (34 days); radiotherapy not a case field"),
      VB_03=(U, "last zolbetuximab/CAPOX 2026-10-15 (47 days); radiotherapy not a case field"),
      VB_05=(U, "last nivolumab-SOX 2026-10-20 (42 days); radiotherapy not a case field"),
      VB_07=(U, "last adjuvant CAPOX 2026-10-02 (60 days); radiotherapy not a case field"),
      VB_08=(U, "last trifluridine/tipiracil 2026-10-19 (43 days); radiotherapy not a case field"),
      VB_04=(N, "ramucirumab + paclitaxel ongoing since 2026-11-21 (within 4 weeks)"),
      VB_06=(U, "no systemic therapy; radiotherapy not a case field")),
    UNK("bleeding disorders/vasculitis/GI bleeding not recorded"),
    UNK("ascites/paracentesis not recorded"),
    UNK("GI perforation/fistula history not recorded"),
    UNK("wounds, peptic ulcer and fractures not recorded"),
    UNK("bowel obstruction, enteropathy and resection history not recorded"),
    J(M, "no HIV, hepatitis B or C listed",
      VB_02=(N, "HIV listed (exception covers hepatitis B/C only)"),
      VB_05=(U, "hepatitis C listed; HCV RNA not recorded")),
    UNK("participation in other trials not recorded"),
]
SPEC["NCT06038578"]["j"] = trk


def build(nct):
    spec = SPEC[nct]
    items = []
    for idx, (kind, text) in enumerate(lines(nct)):
        for t in spec.get("split", {}).get(idx, [text]):
            items.append((kind, t))
    js = spec["j"]
    assert len(items) == len(js), (nct, len(items), len(js))
    crit = []
    for (kind, text), (j, r) in zip(items, js):
        crit.append({"kind": kind, "text": text, "judgements": j, "reasons": r})
    verdicts = {}
    for c in CASES:
        st = [x["judgements"][c] for x in crit]
        verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    doc = {"nct_id": nct, "reviewer_note": spec["note"], "verdicts": verdicts, "criteria": crit}
    os.makedirs(os.path.join(ROOT, "VB"), exist_ok=True)
    with open(os.path.join(ROOT, "VB", nct + ".yaml"), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=110)
    return doc


if __name__ == "__main__":
    for nct in SPEC:
        d = build(nct)
        cnt = {}
        for x in d["criteria"]:
            for c in CASES:
                cnt[x["judgements"][c]] = cnt.get(x["judgements"][c], 0) + 1
        print(nct, len(d["criteria"]), d["verdicts"], cnt)
