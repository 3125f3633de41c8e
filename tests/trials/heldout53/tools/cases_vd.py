"""The 8 VD patient cases (CONTRACT section 1 format). Comments are context only, not case facts."""

AS_OF = "2026-12-01"

CASES = {}
COMMENTS = {}

COMMENTS["VD-01"] = """\
VD-01  Hong Kong resident (region CN), untreated metastatic HER2-positive gastric cancer, first line.
Context only (NOT case facts): chronic hepatitis B, HBsAg positive, HBV DNA undetectable on entecavir
since 2019. Liver metastases (segments VI and VII, largest 34 mm). Laparoscopic cholecystectomy for acute
cholecystitis on 2026-11-12 (recent operation). Referred to the Prince of Wales Hospital trial clinic."""
CASES["VD-01"] = {
    "case_id": "VD-01",
    "as_of": AS_OF,
    "patient": {"age": 62, "sex": "male", "ecog": 1, "lvef_percent": 62,
                "conditions": ["hepatitis_b"], "region": "CN", "city": "Hong Kong",
                "treatment_regions": ["CN"]},
    "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "lauren": "intestinal",
                  "setting": "metastatic", "diagnosed_on": "2026-10-20", "measurable_disease": True},
    "biomarkers": [
        {"kind": "her2_ihc", "score": "3+", "specimen": "biopsy", "criteria": "gastric", "tested_on": "2026-10-26"},
        {"kind": "pdl1_cps", "value": 5, "assay": "22C3", "tested_on": "2026-10-26"},
        {"kind": "cldn18_2", "percent_positive": 30, "tested_on": "2026-10-26"},
        {"kind": "mmr", "result": "proficient", "tested_on": "2026-10-26"},
    ],
    "treatments": [],
}

COMMENTS["VD-02"] = """\
VD-02  45-year-old woman in Leeds, locally advanced unresectable diffuse-type gastric cancer (cT4b, invading
the pancreas body, coeliac-axis encasement on CT 2026-10-27), no distant disease on CT/PET.
Context only (NOT case facts): serum beta-hCG negative on 2026-11-20 (negative pregnancy test). Staging
laparoscopy 2026-11-10: no peritoneal disease, negative washings. HER2 IHC 2+ on the diagnostic biopsy;
reflex ISH requested 2026-11-06, result not yet available (ISH not done). Uses a copper IUD."""
CASES["VD-02"] = {
    "case_id": "VD-02",
    "as_of": AS_OF,
    "patient": {"age": 45, "sex": "female", "ecog": 0, "lvef_percent": 64, "conditions": [],
                "region": "GB", "city": "Leeds", "treatment_regions": ["GB"]},
    "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "lauren": "diffuse",
                  "setting": "locally_advanced_unresectable", "diagnosed_on": "2026-10-29",
                  "measurable_disease": True},
    "biomarkers": [
        {"kind": "her2_ihc", "score": "2+", "specimen": "biopsy", "criteria": "gastric", "tested_on": "2026-11-04"},
        {"kind": "pdl1_cps", "value": 3, "assay": "22C3", "tested_on": "2026-11-04"},
        {"kind": "cldn18_2", "percent_positive": 85, "tested_on": "2026-11-04"},
        {"kind": "mmr", "result": "proficient", "tested_on": "2026-11-04"},
    ],
    "treatments": [],
}

COMMENTS["VD-03"] = """\
VD-03  83-year-old man in Osaka; HER2 IHC 3+ at diagnosis, HER2 loss on re-biopsy after first-line
trastuzumab + SOX; second line ramucirumab + weekly paclitaxel; now choosing third line.
Context only (NOT case facts): heart failure with NYHA class II symptoms (ischaemic cardiomyopathy), last
echocardiogram 2025-11 not repeated, so LVEF currently unknown. Idiopathic fibrotic ILD (probable UIP pattern)
on CT since 2023, never treated with steroids. Lives with his daughter; ECOG 2 since 2026-09."""
CASES["VD-03"] = {
    "case_id": "VD-03",
    "as_of": AS_OF,
    "patient": {"age": 83, "sex": "male", "ecog": 2, "lvef_percent": None,
                "conditions": ["heart_failure", "interstitial_lung_disease"],
                "region": "JP", "city": "Osaka", "treatment_regions": ["JP"]},
    "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "lauren": "intestinal",
                  "setting": "metastatic", "diagnosed_on": "2025-03-18", "measurable_disease": True},
    "biomarkers": [
        {"kind": "her2_ihc", "score": "3+", "specimen": "biopsy", "criteria": "gastric", "tested_on": "2025-03-25"},
        {"kind": "pdl1_cps", "value": 1, "assay": "22C3", "tested_on": "2025-03-25"},
        {"kind": "mmr", "result": "proficient", "tested_on": "2025-03-25"},
        {"kind": "her2_ihc", "score": "1+", "specimen": "biopsy", "criteria": "gastric", "tested_on": "2026-01-06"},
        {"kind": "her2_ish", "ratio": 1.2, "result": "not_amplified", "tested_on": "2026-01-09"},
    ],
    "treatments": [
        {"line": 1, "setting": "palliative", "agents": ["trastuzumab", "s1", "oxaliplatin"],
         "started_on": "2025-04-10", "ended_on": "2025-12-15", "stop_reason": "progression", "toxicities": []},
        {"line": 2, "setting": "palliative", "agents": ["ramucirumab", "paclitaxel"],
         "started_on": "2026-01-15", "ended_on": "2026-10-28", "stop_reason": "progression", "toxicities": []},
    ],
}

COMMENTS["VD-04"] = """\
VD-04  67-year-old woman in Houston; HER2-positive GEJ adenocarcinoma, first line pembrolizumab + trastuzumab
+ CAPOX, second line T-DXd stopped for grade 2 pneumonitis; now choosing third line.
Context only (NOT case facts): pneumonitis treated with prednisone 1 mg/kg from 2026-09-15, tapering.
Brain MRI 2026-11-16: three new asymptomatic brain metastases (max 9 mm), UNTREATED; SRS planned for
2026-12-08. Echo 2026-11-20: LVEF 45% (58% in 2025-08). Post-menopausal since age 51."""
CASES["VD-04"] = {
    "case_id": "VD-04",
    "as_of": AS_OF,
    "patient": {"age": 67, "sex": "female", "ecog": 1, "lvef_percent": 45,
                "conditions": ["pneumonitis", "brain_metastases"],
                "region": "US", "city": "Houston", "treatment_regions": ["US"]},
    "diagnosis": {"site": "gej", "histology": "adenocarcinoma", "lauren": "intestinal",
                  "setting": "metastatic", "diagnosed_on": "2025-08-12", "measurable_disease": True},
    "biomarkers": [
        {"kind": "her2_ihc", "score": "3+", "specimen": "biopsy", "criteria": "gastric", "tested_on": "2025-08-18"},
        {"kind": "pdl1_cps", "value": 12, "assay": "22C3", "tested_on": "2025-08-18"},
        {"kind": "cldn18_2", "percent_positive": 10, "tested_on": "2025-08-18"},
        {"kind": "mmr", "result": "proficient", "tested_on": "2025-08-18"},
        {"kind": "her2_ihc", "score": "3+", "specimen": "biopsy", "criteria": "gastric", "tested_on": "2026-05-05"},
    ],
    "treatments": [
        {"line": 1, "setting": "palliative",
         "agents": ["pembrolizumab", "trastuzumab", "capecitabine", "oxaliplatin"],
         "started_on": "2025-09-01", "ended_on": "2026-04-20", "stop_reason": "progression", "toxicities": []},
        {"line": 2, "setting": "palliative", "agents": ["trastuzumab_deruxtecan"],
         "started_on": "2026-05-12", "ended_on": "2026-09-15", "stop_reason": "toxicity",
         "toxicities": [{"event": "pneumonitis", "grade": 2}]},
    ],
}

COMMENTS["VD-05"] = """\
VD-05  58-year-old man in Hangzhou; HER2-positive GEJ adenocarcinoma after five palliative lines
(pembrolizumab + trastuzumab + CAPOX; T-DXd via the Boao Lecheng early-access zone; ramucirumab + paclitaxel;
disitamab vedotin; trifluridine/tipiracil). Liver re-biopsy after T-DXd and disitamab vedotin: HER2 IHC 3+.
Context only (NOT case facts): single 8 mm right frontal brain metastasis found 2026-10-30, TREATED with
stereotactic radiotherapy 24 Gy/3 fractions completed 2026-11-13; asymptomatic, no steroids; MRI 2026-11-27
stable. Willing to travel to Hong Kong or Shanghai for a trial."""
CASES["VD-05"] = {
    "case_id": "VD-05",
    "as_of": AS_OF,
    "patient": {"age": 58, "sex": "male", "ecog": 1, "lvef_percent": 60,
                "conditions": ["brain_metastases"], "region": "CN", "city": "Hangzhou",
                "treatment_regions": ["CN"]},
    "diagnosis": {"site": "gej", "histology": "adenocarcinoma", "lauren": "intestinal",
                  "setting": "metastatic", "diagnosed_on": "2024-10-28", "measurable_disease": True},
    "biomarkers": [
        {"kind": "her2_ihc", "score": "3+", "specimen": "biopsy", "criteria": "gastric", "tested_on": "2024-11-04"},
        {"kind": "pdl1_cps", "value": 8, "assay": "22C3", "tested_on": "2024-11-04"},
        {"kind": "cldn18_2", "percent_positive": 20, "tested_on": "2024-11-04"},
        {"kind": "mmr", "result": "proficient", "tested_on": "2024-11-04"},
        {"kind": "her2_ihc", "score": "3+", "specimen": "biopsy", "criteria": "gastric", "tested_on": "2026-11-03"},
    ],
    "treatments": [
        {"line": 1, "setting": "palliative",
         "agents": ["pembrolizumab", "trastuzumab", "capecitabine", "oxaliplatin"],
         "started_on": "2024-11-20", "ended_on": "2025-06-10", "stop_reason": "progression", "toxicities": []},
        {"line": 2, "setting": "palliative", "agents": ["trastuzumab_deruxtecan"],
         "started_on": "2025-06-30", "ended_on": "2025-12-02", "stop_reason": "progression", "toxicities": []},
        {"line": 3, "setting": "palliative", "agents": ["ramucirumab", "paclitaxel"],
         "started_on": "2025-12-23", "ended_on": "2026-04-14", "stop_reason": "progression", "toxicities": []},
        {"line": 4, "setting": "palliative", "agents": ["disitamab_vedotin"],
         "started_on": "2026-05-05", "ended_on": "2026-08-04", "stop_reason": "progression", "toxicities": []},
        {"line": 5, "setting": "palliative", "agents": ["trifluridine_tipiracil"],
         "started_on": "2026-08-18", "ended_on": "2026-10-27", "stop_reason": "progression", "toxicities": []},
    ],
}

COMMENTS["VD-06"] = """\
VD-06  34-year-old woman in Shanghai; diffuse-type gastric cancer, perioperative FLOT (4 + 4 cycles;
leucovorin not listed as an agent id), D2 total gastrectomy on 2026-05-18 (ypT3N2), early peritoneal
recurrence 2026-10-30 (102 days after the last perioperative dose), small-volume ascites, no RECIST-measurable
lesion. HER2 IHC 2+ / ISH not amplified (HER2-low).
Context only (NOT case facts): systemic lupus erythematosus on hydroxychloroquine and prednisolone 5 mg daily;
grade 2 oxaliplatin sensory neuropathy persisting at review on 2026-11-25. Uses condoms; no pregnancy test
recorded."""
CASES["VD-06"] = {
    "case_id": "VD-06",
    "as_of": AS_OF,
    "patient": {"age": 34, "sex": "female", "ecog": 1, "lvef_percent": 66,
                "conditions": ["autoimmune_disease"], "region": "CN", "city": "Shanghai",
                "treatment_regions": ["CN"]},
    "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "lauren": "diffuse",
                  "setting": "recurrent", "diagnosed_on": "2026-02-10", "recurred_on": "2026-10-30",
                  "measurable_disease": False},
    "biomarkers": [
        {"kind": "her2_ihc", "score": "2+", "specimen": "biopsy", "criteria": "gastric", "tested_on": "2026-02-16"},
        {"kind": "her2_ish", "ratio": 1.4, "result": "not_amplified", "tested_on": "2026-02-20"},
        {"kind": "pdl1_cps", "value": 0, "assay": "22C3", "tested_on": "2026-02-16"},
        {"kind": "cldn18_2", "percent_positive": 90, "tested_on": "2026-02-16"},
        {"kind": "mmr", "result": "proficient", "tested_on": "2026-02-16"},
    ],
    "treatments": [
        {"setting": "perioperative", "agents": ["docetaxel", "oxaliplatin", "fluorouracil"],
         "started_on": "2026-03-02", "ended_on": "2026-07-20", "stop_reason": "completed",
         "toxicities": [{"event": "peripheral_sensory_neuropathy", "grade": 2}]},
    ],
}

COMMENTS["VD-07"] = """\
VD-07  59-year-old woman in Rotterdam; newly diagnosed, potentially resectable antral adenocarcinoma,
HER2 IHC 0, CLDN18.2 80%: the neoadjuvant candidate of this set.
Context only (NOT case facts): CT 2026-11-12 cT3 cN1 cM0; staging laparoscopy booked for 2026-12-04.
Weight 64 kg. Post-menopausal since age 52. LVEF not measured (no echo needed so far)."""
CASES["VD-07"] = {
    "case_id": "VD-07",
    "as_of": AS_OF,
    "patient": {"age": 59, "sex": "female", "ecog": 0, "lvef_percent": None, "conditions": [],
                "region": "EU", "city": "Rotterdam", "treatment_regions": ["EU"]},
    "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "lauren": "intestinal",
                  "setting": "resectable", "diagnosed_on": "2026-11-09", "measurable_disease": None},
    "biomarkers": [
        {"kind": "her2_ihc", "score": "0", "specimen": "biopsy", "criteria": "gastric", "tested_on": "2026-11-13"},
        {"kind": "cldn18_2", "percent_positive": 80, "tested_on": "2026-11-13"},
        {"kind": "pdl1_cps", "value": 2, "assay": "22C3", "tested_on": "2026-11-13"},
        {"kind": "mmr", "result": "proficient", "tested_on": "2026-11-13"},
    ],
    "treatments": [],
}

COMMENTS["VD-08"] = """\
VD-08  74-year-old man in Birmingham; late recurrence (2026-08-20, liver and para-aortic nodes) 3.5 years
after D2 gastrectomy (2022-07-05, pT3N1, dMMR/MSI-H) and adjuvant CAPOX. ERBB2 amplification found only in
plasma ctDNA (Guardant360, 2026-09-10); the liver core biopsy of 2026-09-02 held too little tumour for
IHC, and the 2022 resection block could not be retrieved, so there is no tissue HER2 result.
Context only (NOT case facts): HIV on ART (CD4 420/uL, viral load undetectable); hepatitis C treated
with sustained virological response in 2019. Palliative radiotherapy 8 Gy single fraction to a painful
T10 vertebral metastasis on 2026-11-20 (recent radiotherapy). ECOG 3 because of pain."""
CASES["VD-08"] = {
    "case_id": "VD-08",
    "as_of": AS_OF,
    "patient": {"age": 74, "sex": "male", "ecog": 3, "lvef_percent": 52,
                "conditions": ["hiv", "hepatitis_c"], "region": "GB", "city": "Birmingham",
                "treatment_regions": ["GB"]},
    "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "lauren": "intestinal",
                  "setting": "recurrent", "diagnosed_on": "2022-06-20", "recurred_on": "2026-08-20",
                  "measurable_disease": True},
    "biomarkers": [
        {"kind": "mmr", "result": "deficient", "tested_on": "2022-07-15"},
        {"kind": "msi", "result": "msi_high", "tested_on": "2022-07-20"},
        {"kind": "pdl1_cps", "value": 30, "assay": "22C3", "tested_on": "2022-07-15"},
        {"kind": "her2_ctdna", "result": "amplified", "tested_on": "2026-09-10"},
    ],
    "treatments": [
        {"setting": "adjuvant", "agents": ["capecitabine", "oxaliplatin"],
         "started_on": "2022-08-22", "ended_on": "2023-01-25", "stop_reason": "completed", "toxicities": []},
    ],
}
