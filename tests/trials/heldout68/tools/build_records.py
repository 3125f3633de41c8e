#!/usr/bin/env python3
"""Write records/<NCT>.json from eligibility text copied verbatim from public registry mirrors."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

R = {}

R["NCT01761461"] = dict(
 ident={"nctId": "NCT01761461",
        "briefTitle": "Phase III Randomized Trial of Adjuvant Chemotherapy With S-1 vs S-1/Oxaliplatin ± Radiotherapy for Completely Resected Gastric Adenocarcinoma : The ARTIST II Trial",
        "acronym": "ARTIST-II"},
 status={"overallStatus": "UNKNOWN"},
 conditions=["Gastric Cancer"],
 phases=["PHASE3"],
 elig_extra={"sex": "ALL", "minimumAge": "20 Years"},
 locations=[{"facility": "Samsung Medical Center", "city": "Seoul", "country": "Korea, Republic of"}],
 text="""Inclusion Criteria:
- Histologically proven gastric or gastroesophageal adenocarcinoma
- ≥ D2 lymph node dissection, curative gastrectomy
- Stage II, III (AJCC 2010) with any N (any stage with N0 will be excluded)
- Age > 19
- ECOG 0-2
- No distant metastasis
- Adequate bone marrow functions (ANC ≥ 1,500/ul, blood platelet ≥ 100,000/ul, haemoglobin ≥ 10g/dl, transfusion allowed)
- Adequate renal functions(serum creatinine ≤ 1.5mg/dl)
- liver functions (serum bilirubin ≤ 1.5mg/dl, AST/ALT ≤ 3 times(normal value)
- Written informed consent
- Possible oral intake (food, drug)
Exclusion Criteria:
Subjects presenting with any of the following will not be included in the study
- Active infection requiring antibiotics
- Pregnant, lactating women
- Concurrent systemic illness not appropriate for chemotherapy
- Resection margin (+) at permanent pathology
- Pathologic stage I or IV (Ia or Ib according to AJCC 2010)
- Inadequate surgery including D0, D1 resection, dissected LNs less than 12
- Paraaortic lymph node (+), pathologically proven
- women of potential childbearing not employing adequate contraception""",
 source={"url": "https://trials.co/clinical-trials-details/-/NCT01761461",
         "notes": "Eligibility text copied verbatim from the trials.co mirror; the list ends before 'Sites / Locations', so the text is complete. Status 'Unknown status', phase 3, country and facility from trials.co. Minimum age '20 Years and Older' and the city Seoul come from the clincosm.com copy (other_urls; city from its page address); clincosm shows the same criteria as a numbered list. An older clinicaltrials.gov page copy shows 547 enrolled and 'Active, not recruiting'.",
         "other_urls": ["https://www.clincosm.com/trial/gastric-cancer-seoul-ts-1-oxaliplatin",
                        "https://www.clinicaltrials.gov/ct2/show/NCT01761461"]})

R["NCT03013010"] = dict(
 ident={"nctId": "NCT03013010",
        "briefTitle": "PREACT Study: Locally Advanced Gastric Cancer, Chemoradiotherapy vs. Chemotherapy Followed by D2 Surgery and Adjuvant Chemotherapy",
        "acronym": "PREACT"},
 status={"overallStatus": "COMPLETED"},
 conditions=["Stomach Neoplasm", "GastroEsophageal Cancer", "Adenocarcinoma"],
 phases=["PHASE3"],
 elig_extra={},
 locations=None,
 text="""Inclusion Criteria:
- Age >=18 years
- Female and male
- Eastern Cooperative Oncology Group (ECOG) performance status 0-1
- Life expectancy >=6 months
- Histologically proven adenocarcinoma of the stomach or gastroesophageal junction (GEJ) (excluding Siewert I) that is: Stage IIB (T3N1 only), IIIA (T2N3 not eligible), IIIB, and IIIC, i.e. T3 - T4a and node positive, or T4b and/ or node positive, according to American Joint Committee on Cancer (AJCC) 7th edition
- Considered operable following initial staging investigations or after pre-operative therapy Disease which can be radically treated with radiotherapy to 45 Gy with standard fractionation
- Adequate organ function defined as follows:
- Bone marrow: Haemoglobin >=90 g/L, Absolute neutrophil count (ANC) >=1.5 x 109 /L, Platelet count >=100 x 109 /L; Hepatic: Serum bilirubin <=1.5 x upper limit of normal, aspartate aminotransferase (AST) and/or alanine transaminase (ALT) <=2.5 x upper limit of normal; Renal: Serum creatinine <=1.0 x upper limit of normal
- Patients are willing to obey the treatment and provide blood and tissue specimens
- Written informed consent obtained before randomization
Exclusion Criteria:
- Pregnant or lactating females or female patients of childbearing potential who have not been surgically sterilized or are without adequate contraceptive measures
- Sexually active males or females refuse to practice contraception during the study until 30 days after end of study
- Evidence of metastatic disease
- Prior chemotherapy or radiotherapy""",
 source={"url": "https://trials.co/clinical-trials-details/preact-study-locally-advanced-gastric-cancer-chemoradiotherapy-vs-chemotherapy-followed-by-d2-surgery-and-adjuvant-chemotherapy/NCT03013010",
         "notes": "Text copied verbatim from trials.co. TRUNCATED: the mirror copy stops inside the fifth exclusion item ('Patients with a past history of cancer in the 5 years before randomization except for the squamous or bas...'); the text here ends at the last complete item ('Prior chemotherapy or radiotherapy'). Any later exclusion items are missing. Status COMPLETED and PHASE3 come from the meddatax.com copy (other_urls).",
         "other_urls": ["https://meddatax.com/clinical-trials/NCT03013010"]})

R["NCT03223740"] = dict(
 ident={"nctId": "NCT03223740",
        "briefTitle": "Preoperative Stomach Cancer Induction Chemotherapy and Radiation Therapy"},
 status={"overallStatus": "UNKNOWN"},
 conditions=["Locally Advanced Gastric Carcinoma"],
 phases=["PHASE3"],
 elig_extra={"sex": "ALL"},
 locations=None,
 text="""Inclusion Criteria
- Patients with potentially resectable adenocarcinoma of the stomach with histologic proof.
- EUS or MRI stage T3-4, any N, M0.
- Adequate bone marrow (defined as peripheral absolute granulocyte count of > 2,000/μL, and platelet count of>100,000/μL), liver (bilirubin < 1.5 mg/dl), and renal functions (creatinine < 1.5 mg/dl).
- Absence of peritoneal disease by laparoscopic staging; no positive cytology of pleural, or pericardial effusion.
- No prior major surgery or radiotherapy to the stomach, or immunotherapy or chemotherapy for any reason.
- Patients must have a life expectancy of at least 16 weeks.
- Performance status of < 2 (Zubrod scale).
- No biopsy proof of lymph node metastases outside the study field.
- No evidence of metastatic disease to distant organs.
- No presence of concurrent or previous malignancies < 5 years, other than noninvasive skin cancer.
- No uncontrolled or severe cardiac disease, diabetes or hypertension.
- Signed study-specific consent form prior to study entry.
Exclusion Criteria
- Evidence of metastatic disease
- Prior chemotherapy or radiotherapy
- Patients with a past history of cancer
- Patients with other significant underlying medical conditions that may be aggravated by the study treatment or are not controlled""",
 source={"url": "https://trial.medpath.com/clinical-trial/6140dd9f7e7dbc7b/phase-iii-trial-chemoradiation-stomach-cancer",
         "notes": "Text copied verbatim from trial.medpath.com (headings have no colon there). Lead sponsor Sichuan Provincial People's Hospital, status UNKNOWN, sex All, target 450. TRUNCATED: the copy stops inside the fifth exclusion item ('Pregnant or lactating females or female patients of childbearing potential who have not been surgically steril...'); the text ends at the last complete item. Later exclusion items are missing.",
         "other_urls": []})

R["NCT02301481"] = dict(
 ident={"nctId": "NCT02301481",
        "briefTitle": "A Randomized Phase II Trial of Neoadjuvant Chemotherapy Compared With Chemoradiotherapy in Gastric Adenocarcinoma"},
 status={"overallStatus": "RECRUITING"},
 conditions=["Stomach Neoplasms", "Neoadjuvant Therapy", "Chemoradiotherapy", "Chemotherapy"],
 phases=["PHASE2"],
 elig_extra={"sex": "ALL", "minimumAge": "18 Years", "maximumAge": "75 Years"},
 locations=None,
 text="""Inclusion Criteria:

- Histologically or cytologically proven locally advanced gastric adenocarcinoma in patients staged as cT3-4N0M0 or anyTN+M0

- No distant metastasis in liver,lung,bone,central nervous system(CNS),no peritoneal transplantation

- No prior abdominal or pelvic radiotherapy

- Karnofsky performance status(KPS)≥ 70, predictive life span no less than 6 months

- Patients must have normal organ and marrow function as defined below: Leukocytes: greater than or equal to 3,000 G/L; Platelets: greater than or equal to 100,000/mm3 .Hemoglobin:greater than or equal to 10g/L .Total bilirubin: within normal institutional limits; AST/ALT: less than or equal to 1.5 times the upper limit; Creatinine within normal upper limits

- Informed consent

Exclusion Criteria:

- Any prior chemotherapy or other cancer treatment prior to this protocol

- Patients with other cancer history except cervical carcinoma in situ and non-malignant melanoma skin cancer""",
 source={"url": "https://www.careacross.com/clinical-trials/trial/NCT02301481",
         "notes": "Text copied verbatim from careacross.com. Age 18–75 and gender 'Both' from the same page. The status 'Recruiting' is as that (possibly old) copy shows it. TRUNCATED: the copy stops inside the third exclusion item ('With any distant metastasis i...'); the text ends at the last complete item. Later exclusion items are missing.",
         "other_urls": []})

R["NCT02931890"] = dict(
 ident={"nctId": "NCT02931890",
        "briefTitle": "Multicentric Randomised Trial for Resectable Gastric Cancer",
        "acronym": "CRITICS-II"},
 status={"overallStatus": "ACTIVE_NOT_RECRUITING"},
 conditions=["Gastric Cancer"],
 phases=["PHASE2"],
 elig_extra={"sex": "ALL", "minimumAge": "18 Years"},
 locations=None,
 text="""Inclusion Criteria:
- TNM 8th ed stage IB-IIIC gastric cancer (histologically proven); tumour bulk has to be in the stomach but may involve gastro-oesophageal junction
- WHO < 2
- Age ≥ 18 yrs
- Resectable adenocarcinoma of the stomach or gastro-oesophageal junction
- No prior abdominal radiotherapy
- Haematology: Hb ≥5.0 mmol/l; leukocytes≥3.0x109/l, neutrophils ≥1.5x109/l, thrombocytes ≥100x109/l
- Renal function: serum creatinine ≤1.25x ULN, creatinine clearance ≥ 50 ml/min (calculated by Cockcroft and Gault formula) Liver function: total bilirubin ≤1.5x ULN, alkaline phosphatase and ASAT/ALAT ≤ 3x ULN
- At staging laparoscopy (mandatory) obtained biopsies of suspected peritoneal lesions and/or substantial free peritoneal fluid if any should be pathologically proven tumor
- Written informed consent
- Expected adequacy of follow-up
- Caloric intake≥1500 kcal/day, verified by a dietician before registration.""",
 source={"url": "https://clinicaltrialexchange.com/clinical-trials/Multicentric-Randomised-Trial-for-Resectable-Gastric-Cancer/NCT02931890",
         "notes": "Text copied verbatim from clinicaltrialexchange.com. Status 'Active, not recruiting', phase 2, sex All, ages 18+, sponsor Netherlands Cancer Institute and EudraCT 2015-004627-31 come from the ctv.veeva.com copy (other_urls). SEVERELY TRUNCATED: both copies stop inside the inclusion list. The clinicaltrialexchange copy breaks off in a sub-item under the caloric-intake item ('if caloric intake is < 1500 kcal/day or if bodyweight has decreased > 10% ... enteral ...'). The text ends at the last complete item. The whole exclusion list is missing, so every verdict here rests on inclusion criteria only.",
         "other_urls": ["https://ctv.veeva.com/study/multicentric-randomised-trial-for-resectable-gastric-cancer"]})

R["NCT00003172"] = dict(
 ident={"nctId": "NCT00003172",
        "briefTitle": "Comparison of Combination Chemotherapy Regimens in Treating Patients With Advanced Stomach Cancer"},
 status={"overallStatus": "COMPLETED"},
 conditions=None,
 phases=["PHASE2"],
 elig_extra={},
 locations=None,
 text="""DISEASE CHARACTERISTICS: Histologically confirmed adenocarcinoma of the stomach or
gastroesophageal junction beyond the scope of surgical resection Must have measurable
disease in either one or two dimensions either radiographically or by physical examination
Measurable disease must be documented outside of a prior radiation portal Evaluable disease
only not allowed

PATIENT CHARACTERISTICS: Age: 18 and over Performance status: ECOG 0-1 Life expectancy: Not
specified Hematopoietic: WBC greater than 4,000/mm3 Absolute neutrophil count greater than
1,500/mm3 Platelet count greater than 100,000/mm3 Hepatic: Bilirubin no greater than upper
limit of normal (ULN) SGOT no greater than 1.5 times ULN Alkaline phosphatase no greater
than 5 times ULN Renal: Creatinine less than 2.0 mg/dL Cardiovascular: No New York Heart
Association class III or IV heart disease No chronic or unstable angina No uncontrolled
congestive heart failure No arrhythmia No chronic angina No myocardial infarction in the
past 1 year""",
 source={"url": "https://www.clinicaltrialexchange.com/clinical-trials/Comparison-of-Combination-Chemotherapy-Regimens-in-Treating-Patients-With-Advanced-Stomach-Cancer/NCT00003172",
         "notes": "Old PDQ-style record (ECOG, with NCI; randomised phase 2), flattened into run-on paragraphs on clinicaltrialexchange.com, copied verbatim with its line breaks. Status Completed, trial end 2004-09. No condition list was shown, so conditionsModule is left out. TRUNCATED: the copy stops inside the Cardiovascular part ('If history of atherosclerotic heart disease, prior cardiac catheterization or thallium stress test must ...'). The text ends at the last complete requirement. The rest of PATIENT CHARACTERISTICS and the whole PRIOR CONCURRENT THERAPY section (prior-treatment limits) are missing.",
         "other_urls": []})

os.makedirs(os.path.join(ROOT, "records"), exist_ok=True)
for nct, d in R.items():
    ps = {"identificationModule": d["ident"], "statusModule": d["status"]}
    if d["conditions"]:
        ps["conditionsModule"] = {"conditions": d["conditions"]}
    if d["phases"]:
        ps["designModule"] = {"phases": d["phases"]}
    ps["eligibilityModule"] = {"eligibilityCriteria": d["text"], **d["elig_extra"]}
    if d["locations"]:
        ps["contactsLocationsModule"] = {"locations": d["locations"]}
    out = {"protocolSection": ps, "source": d["source"]}
    with open(os.path.join(ROOT, "records", nct + ".json"), "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
print("wrote", len(R))
