import json, os
R = {}
R["NCT02356276"] = dict(
 title="Efficacy of HIPEC in the Treatment of Locally Advanced Gastric Cancer After radIcal Gastrectomy With D2",
 status="RECRUITING", phases=["PHASE3"], conditions=["Gastric Cancer"], sex="ALL",
 url="https://trials.co/clinical-trials-details/-/NCT02356276",
 other=["https://www.clinicaltrialexchange.com/clinical-trials/Efficacy-of-HIPEC-in-the-Treatment-of-Locally-Advanced-Gastric-Cancer-After-radIcal-Gastrectomy-With-D2/NCT02356276",
        "http://gdszyyir.jhjulian.com.cn/Web/Doc/NCT02356276"],
 notes="HIPEC-01 (Affiliated Cancer Hospital & Institute of Guangzhou Medical University). Criteria copied verbatim from trials.co; the text appears complete (it ends with the last exclusion item and is followed by the site list). Status RECRUITING and phase 3 as shown on clinicaltrialexchange.com (a stale copy; the registry's current status may differ). Sites are listed without cities, so no locations are recorded. Dash-list layout.",
 text="""Inclusion Criteria:
- 18 < age ≤ 70 years old
- Male or Non pregnant female
- The Eastern Cooperative Oncology Group (ECOG) status 0-1
- T3 or T4 gastric adenocarcinoma (visual determination according to AJCC 2010 7th edition)
- No distance metastasis, eligible for D2 lymphadenectomy
- Have not received cytotoxic chemotherapy, radiotherapy or immunotherapy
- White blood cells > 4,000/mm3
- neutrophils ≥ 1,500/mm3
- platelets ≥ 100,000/mm3
- hemoglobin>9g/l
- Alanine transaminase (ALT) and aspartate aminotransferase (AST) < or = 2.5 times upper limit of nominal (ULN)
- total bilirubin (TBIL) < 1.5 times ULN
- serum creatinine < 1 times ULN
- Having given written informed consent prior to any procedure related to the study
Exclusion Criteria:
- Have other cancer within 5 years
- Existence of distance metastasis during surgey (M1)
- Prior malignant tumors with detectable signs of recurrence or distant metastasis
- Poorly controlled disease e.g. atrial fibrillation, stenocardia, cardiac insufficiency, persistent hypertension despite medicinal treatment, ejection fraction<50%
- Epileptic seizures patients need medicine control
- Uncontroled mental disease or mental disorder
- Drug abuse or psychological or social factors affect the judgment of results
- Contraindication to any therapy contained in this regimen specific to the study
- Receiving other chemotherapy, radiotherapy or immunotherapy
- Without given written informed consent""")
R["NCT02773524"] = dict(
 title="A Study of Regorafenib in Refractory Advanced Gastro-Oesophageal Cancer",
 status="ACTIVE_NOT_RECRUITING", phases=["PHASE3"], conditions=["Gastro-Oesophageal Cancer"], sex=None,
 url="https://test.www.mayo.edu/research/clinical-trials/cls-20493013",
 other=["https://www.clinicaltrials.gov/show/NCT02773524", "https://meddatax.com/clinical-trials/NCT02773524",
        "https://agitg.org.au/clinical-trials/open/integrate-ii/"],
 notes="INTEGRATE IIa (AGITG; regorafenib vs placebo). Criteria copied verbatim from the Mayo Clinic trial page, nested bullet layout. TRUNCATED: the mirror returned only the start of the inclusion criteria; the text is cut inside the note on (neo)adjuvant therapy ('... within 6 months of completing treatment; Radiosensitisi...'), so the record ends at the last complete clause. No exclusion criteria and no ECOG/organ-function items were available. Status ACTIVE_NOT_RECRUITING from the clinicaltrials.gov copy (last update Jan 2022); meddatax.com shows UNKNOWN.",
 text="""Inclusion Criteria:
  • Adults (18 years or over) with metastatic or locally recurrent gastro-oesophageal cancer which:
    • has arisen in any primary gastro-oesophageal site (oesophago-gastric junction (GOJ) or stomach); and
    • is of adenocarcinoma or undifferentiated carcinoma histology; and
    • is evaluable according to Response Evaluation Criteria in Solid Tumours (RECIST Version 1.1) by computed tomography (CT) scan performed within 21 days prior to randomisation. A lesion in a previously irradiated area is eligible to be considered as measurable disease as long as there is objective evidence of progression of the lesion prior to study enrolment; and
    • has failed or been intolerant to a minimum of 2 lines of prior anti-cancer therapy for recurrent/metastatic disease which must have included at least one platinum agent and one fluoropyrimidine analogue;
      • Note: Neoadjuvant or adjuvant chemotherapy or chemoradiotherapy will be considered as first line treatment where people have relapsed or progressed within 6 months of completing treatment;""")
R["NCT04510064"] = dict(
 title="PD-1 Antibody Combined With Modified FLOT Regimen in the Treatment of Unresectable Locally Advanced or Limited Metastatic Gastric Cancer",
 status="RECRUITING", phases=["PHASE2"], conditions=None, sex="ALL",
 url="https://www.clinicaltrialexchange.com/clinical-trials/PD-1-Antibody-Combined-With-Modified-FLOT-Regimen-in-the-Treatment-of-Unresectable-Locally-Advanced-or-Limited-Metastatic-Gastric-Cancer/NCT04510064",
 other=[],
 notes="Fudan University; camrelizumab + mFLOT (nab-paclitaxel) conversion study. Criteria copied verbatim from clinicaltrialexchange.com (headed list with a numbered any-of sub-list). TRUNCATED: the copy is cut at '- Life expectancy of at le...', so the record ends at the last complete item ('Performance status (PS) < 2 (ECOG scale).'); no exclusion criteria were available. Status RECRUITING as shown on the mirror (trial end date 2022-08-01 there, so likely stale). Conditions were not shown and are left out.",
 text="""Inclusion Criteria:

- Written informed consent obtained.

- Age ≥ 18 years at time of study entry, no gender limit.

- Participants must have histologically or cytologically confirmed adenocarcinoma of the
stomach (including adenocarcinoma of the gastroesophageal junction).

- At least one measurable site of disease as defined by RECIST criteria with spiral CT
scan or MRI.

- CT or MRI showed unresectable locally advanced gastric cancer (imaging stage T4b and /
or second station lymph node > 3cm or fusion mass) or limited metastatic gastric
cancer with any of the following single site metastasis:

1. Retro-peritoneal lymph node metastasis (RPLM) (e.g. para-aortic,
intra-aorto-caval, para-pancreatic or mesenteric lymph nodes).

2. Single or bilateral Krukenberg tumors.

3. No more than 5 liver metastases, and the maximum diameter of the lesions was less
than 5 cm.

4. Adrenal metastasis.

5. Localized potentially operable peritoneal carcinomatosis: stage P1 according to
classification of the"Japanese Research Society for Gastric Cancer (JRSCGC)".

- No clinically visible peritoneal metastasis (such as CT imaging confirmation or
ascites).

- No prior anti-tumor therapy.

- Performance status (PS) < 2 (ECOG scale).""")
R["NCT04367025"] = dict(
 title="Efficacy and Safety of Perioperative Chemotherapy Plus PD-1 Antibody in Gastric Cancer",
 status=None, phases=None, conditions=["Gastric Cancer"], sex=None,
 url="https://trials.co/clinical-trials-details/-/NCT04367025", other=[],
 notes="Perioperative chemotherapy + camrelizumab (keywords on the mirror: camrelizumab, neoadjuvant). Criteria copied verbatim from trials.co (dash list; the laboratory item is one inline numbered run, split here into its numbered parts). TRUNCATED: the exclusion list is cut at '- Immun...', so the record ends at the last complete item (cardia/pylorus obstruction). Status, phase, sponsor and sites were not shown and are left out.",
 text="""Inclusion Criteria:
- Written (signed) informed consent.
- Age ≥ 18 years and ≤70 years.
- ECOG Performance status 0-1.
- Has previously untreated localized gastric or gastroesophageal junction adenocarcinoma as defined by T3 or greater primary lesion or the presence of any positive nodes - N+ (clinical nodes) without evidence of metastatic disease.
- Patients who plan surgery after neoadjuvant chemotherapy based on clinical staging criteria.
- Consent to send tumor tissue from biopsy or resection for PD-L1 detection and PD-L1 CPS≥1;
- Expected survival ≥6 months;
- Females of child bearing age must have a negative pregnancy test
- 1)Platelet (PLT) ≥100×109/L; 2) Neutrophil count (ANC)≥1.5×l09/L; 3) Hemoglobin (Hb) level ≥9.0 g/dl; 4)WBC≥3.5×l09/L; 5) International normalized ratio (INR) ≤1.5; 5) Prothrombin time (PT) ,International Normalized Ratio(INR)and activated partial thromboplastin time (APTT) ≤1.5×ULN; 6)Total bilirubin (TBIL) level ≤1.5×ULN(patients with gilbert syndrome≤3×ULN); 7) Alanine aminotransferase (ALT) and aspartate aminotransferase (AST) level ≤2.5×ULN ; 10) Serum creatinine (Cr) level ≤1.5×ULN and creatinine clearance ≥60 ml/min;
Exclusion Criteria:
- Patients with pathologically confirmed gastric squamous cell carcinoma, adenosquamous carcinoma, small cell carcinoma, and undifferentiated gastric cancer.
- patients who have HER2 positive confiemed with IHC3+ or IHC2+ and FISH positive.
- Patients with a history of t Anticancer or Experimental Therapy(Including chemotherapy, radiotherapy, hormone therapy and molecular targeted therapy)
- The patient's cardia or pylorus is nearly obstructed, affecting eating and gastric emptying""")
R["NCT04781686"] = dict(
 title="Apatinib Plus Camrelizumab Combined With Docetaxel and S1 in First-line Treatment for Metastatic Gastric Cancer",
 status="RECRUITING", phases=["PHASE2"], conditions=None, sex="ALL",
 url="https://www.clinicaltrialexchange.com/clinical-trials/Apatinib-Plus-Camrelizumab-Combined-With-Docetaxel-and-S1-in-First-line-Treatment-for-Metastatic-Gastric-Cancer/NCT04781686",
 other=[],
 notes="Lead sponsor Zhou Fuxiang (Hubei; collaborators Henan Provincial People's Hospital, Huangshi Central Hospital, Hubei Cancer Hospital). Criteria copied verbatim from clinicaltrialexchange.com (numbered list). TRUNCATED: cut inside item 9 ('All acute toxic events...'), so the record ends at item 8; no exclusion criteria were available. Status RECRUITING as shown on the mirror. Conditions not shown.",
 text="""Inclusion Criteria:

1. Aged between 18 and 75 years;

2. Has histologically or cytologically diagnosed with unresectable locally advanced or
metastatic gastric adenocarcinoma (GC) including gastroesophageal junction
adenocarcinoma;

3. Human epidermal growth factor receptor 2 (HER2) negative: immunohistochemical (IHC) -
or +; IHC ++ and fluorescence in situ hybridization (FISH) -;

4. No previous systemic therapy (chemotherapy, targeted therapy, immunotherapy,
biological therapy, etc.) for GC/GEJ. Subjects with previous adjuvant/neo-adjuvant
therapy completed more than 6 months can be enrolled. Anti-tumor traditional Chinese
medicine is forbidden within 2 weeks before the first cycle chemotherapy. Patients are
allowed to receive palliative radiotherapy (primary tumor or metastasis), but lesions
in radiation field cannot be defined as target lesions for assessing objective
response, and radiotherapy-related adverse reactions must be restored to at least
grade 1;

5. Expected survival time ≥ 3 months;

6. Eastern Cooperative Group (ECOG) performance status score 0 or 1;

7. Weight ≥40kg, or BMI>18;

8. 1 measurable lesions at least should be detected by CT/MRI examination in accordance
with the RECIST(Response Evaluation Criteria In Solid Tumors)1.1;""")
R["NCT03154983"] = dict(
 title="The Clinical Research of Mesylate Apatinib Combined With Docetaxel and S-1 as the First-line Treatment of Metastatic Gastric Cancer",
 status="RECRUITING", phases=["PHASE2"], conditions=None, sex="ALL",
 url="https://www.clinicaltrialexchange.com/clinical-trials/The-Clinical-Research-of-Mesylate-Apatinib-Combined-With-Docetaxel-and-S-1-as-the-First-line-Treatment-of-Metastatic-Gastric-Cancer/NCT03154983",
 other=["http://cdek.wustl.edu/trial/NCT03154983/", "https://pubmed.ncbi.nlm.nih.gov/41656943/"],
 notes="Lead sponsor Zhou Fuxiang (Hubei multicentre). Criteria copied verbatim from clinicaltrialexchange.com (numbered list; cdek.wustl.edu shows the same items flattened). TRUNCATED: cut inside item 9 (organ function '... BIL(bilir...'), so the record ends at item 8; no exclusion criteria were available. Status RECRUITING on clinicaltrialexchange.com; cdek.wustl.edu shows 'Unknown status' (last update Dec 2020); results published 2026 (PubMed 41656943).",
 text="""Inclusion Criteria:

1. Age: 18-70 years of age;

2. recurrent or metastatic adenocarcinoma of the stomach or gastroesophageal junction
diagnosed by pathology (including histology or cytology);

3. 1 measurable lesions at least should be detected by CT/MRI examination in accordance
with the RECIST(Response Evaluation Criteria In Solid Tumors)1.1;

4. had not received other anti VEGFR targeted therapy;

5. ECOG(Eastern Cooperative Oncology Group)PS(Performance Status):0-2 scores;

6. the expected survival time is more than 3 months;

7. if patient had accepted the chemotherapy, the time from the last chemotherapy should
be more than 6 months;

8. the damage caused by other treatments has been restored, and the subjects received
radiotherapy or surgery over 4 weeks ago, and the wound has healed completely;""")

os.makedirs("/work/tVT/records", exist_ok=True)
for nct, r in R.items():
    ps = {"identificationModule": {"nctId": nct, "briefTitle": r["title"]}}
    if r["status"]: ps["statusModule"] = {"overallStatus": r["status"]}
    if r["conditions"]: ps["conditionsModule"] = {"conditions": r["conditions"]}
    if r["phases"]: ps["designModule"] = {"phases": r["phases"]}
    em = {"eligibilityCriteria": r["text"]}
    if r["sex"]: em["sex"] = r["sex"]
    ps["eligibilityModule"] = em
    out = {"protocolSection": ps, "source": {"url": r["url"], "notes": r["notes"], "other_urls": r["other"]}}
    json.dump(out, open(f"/work/tVT/records/{nct}.json", "w"), ensure_ascii=False, indent=2)
print("ok", list(R))
