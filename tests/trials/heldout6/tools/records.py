import json, os
OUT = "/work/th/heldout6/records"
RET = "2026-12-05"
R = {}

R["NCT01260194"] = dict(
 ps={"identificationModule": {"nctId": "NCT01260194",
     "briefTitle": "A Study of Herceptin (Trastuzumab) in Combination With Standard Chemotherapy in Patients With HER Positive Metastatic Gastric Cancer"},
   "statusModule": {"overallStatus": "TERMINATED", "completionDateStruct": {"date": "2015-01-01"}},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Hoffmann-La Roche"}},
   "designModule": {"phases": ["PHASE4"]},
   "armsInterventionsModule": {"interventions": [{"name": "Trastuzumab"}]},
   "eligibilityModule": {"eligibilityCriteria": """Inclusion Criteria:- Adult patients, >/=18 years of age
- Histologically confirmed adenocarcinoma of the stomach or gastro-esophageal junction
with advanced or metastatic disease, not amenable to curative therapy
- Measurable disease, according to the Response Evaluation Criteria in Solid Tumors
(RECIST)
- HER2 positive tumor (primary tumor or metastasis
- ECOG Performance status 0, 1 or 2
- Life expectancy of at least 3 months
Exclusion Criteria:
- Previous chemotherapy for advanced or metastatic disease less than 6 month before
study start
- Lack of physical integrity of the upper gastrointestinal tract or malabsorption
syndrome (patients with partial or total gastrectomy are allowed to participate in the
study)
- Patients with active (significant or uncontrolled) gastrointestinal bleeding
- Residual relevant toxicity resulting from previous chemotherapy
- Other malignancy within the last 5 years (except carcinoma in situ of the cervix, or
basal cell carcinoma)""", "sex": "ALL"}},
 src={"url": "https://clinicaltrialexchange.com/clinical-trials/A-Study-of-Herceptin-Trastuzumab-in-Combination-With-Standard-Chemotherapy-in-Patients-With-HER-Positive-Metastatic-Gastric-Cancer/NCT01260194",
      "note": "All fields from the clinicaltrialexchange copy (Status: Terminated; Trial end date 2015-01-01; Phase 4; Lead Sponsor Hoffmann-La Roche; Treatments: Trastuzumab; Participant gender All). The page prints several fields twice ('Terminated Terminated'). Eligibility copied verbatim incl. the page's missing line break after 'Inclusion Criteria:' and the unclosed bracket '(primary tumor or metastasis'. The excerpt ends after the 5th exclusion bullet; further exclusion criteria, if any, were not shown. Study type not stated on the page."})

R["NCT06123338"] = dict(
 ps={"identificationModule": {"nctId": "NCT06123338", "orgStudyIdInfo": {"id": "23-124"},
     "briefTitle": "A Study of Pembrolizumab With Trastuzumab and Chemotherapy in People With Esophagogastric Cancer"},
   "statusModule": {"overallStatus": "RECRUITING"},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Memorial Sloan Kettering Cancer Center"}},
   "conditionsModule": {"conditions": ["Esophageal Cancer", "Gastric Cancer", "Digestive System Neoplasms"]},
   "designModule": {"phases": ["PHASE2"]},
   "armsInterventionsModule": {"interventions": [{"name": "Oxaliplatin"}, {"name": "Docetaxel"}, {"name": "5-Fluorouracil"}]},
   "eligibilityModule": {"eligibilityCriteria": """Inclusion Criteria:

  • Age 18 years or older at time of signing informed consent.

  • ECOG performance status 0-1.

  • HER2+ esophageal, GEJ, or gastric adenocarcinoma biopsy or resection specimen asdefined by local HER2 IHC3+ or IHC 2+/FISH>2.0 expression.

  • Complete surgical resection of the primary tumor must be achievable

  • Demonstrate adequate organ function as defined in Table 1.

Table 1 - Organ Function Requirements for Eligibility Hematological

  • Absolute neutrophil count (ANC): ≥1,500 /mcL

  • Platelets: ≥100,000 / mcL

  • Hemoglobin: ≥8 g/dL Renal

  • Creatinine clearance: ≥ 50 mL/minute Hepatic

  • Serum total bilirubin: ≤ 1.5 X ULN OR Direct bilirubin ≤ ULN for subjects with totalbilirubin levels > 1.5 ULN. Except patients with Gilbert's disease (≤3x ULN)

  • AST and ALT: ≤ 2.5 X ULN

  • Albumin: >3 mg/dL Coagulation

  • International normalized ratio (INR) OR prothrombin time (PT) Activated partialthromboplastin time (aPTT): <1.5 x ULN unless participant is receiving anticoagulanttherapy as long as PT or aPTT is within therapeutic range of intended use ofanticoagulants

  • Male participants: A male participant must agree to use contraception as detailed inSection 15.3 of this protocol during the treatment period and for at least 230 days (5 terminal hal""",
     "sex": "ALL"}},
 src={"url": "https://www.centerwatch.com/clinical-trials/listings/NCT06123338/a-study-of-pembrolizumab-with-trastuzumab-and-chemotherapy-in-people-with-esophagogastric-cancer",
      "also": ["https://clinconnect.io/trials/NCT06123338"],
      "note": "Title, sponsor, 'Overall Status: Active - Recruiting' (mapped to RECRUITING), phase 2, conditions, treatments, study id 23-124, 'Ages > 18', 'All Genders' and eligibility from CenterWatch (last updated April 16, 2025). ClinConnect (current as of August 22, 2025) also shows Recruiting, launched by MSKCC Nov 3, 2023, Gender ALL; it lists pembrolizumab and trastuzumab only in its summary. Eligibility copied verbatim from CenterWatch incl. run-together words ('asdefined', 'totalbilirubin', 'ofanticoagulants'). CUT: the page text stops mid-word in the male-contraception item ('(5 terminal hal'); exclusion criteria were not reached."})

R["NCT05149807"] = dict(
 ps={"identificationModule": {"nctId": "NCT05149807", "orgStudyIdInfo": {"id": "SHR-1701-III-308"},
     "briefTitle": "Clinical Study of SHR-1701 Plus Chemotherapy as Perioperative Treatment in Subjects With Gastric Cancer"},
   "statusModule": {"overallStatus": "TERMINATED"},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Suzhou Suncadia Biopharmaceuticals Co., Ltd."}},
   "conditionsModule": {"conditions": ["Stomach Cancer", "Digestive System Neoplasms", "Gastric Cancer"]},
   "designModule": {"phases": ["PHASE2", "PHASE3"]},
   "armsInterventionsModule": {"interventions": [{"name": "SHR-1701 injection"}, {"name": "Placebo"}]},
   "eligibilityModule": {"eligibilityCriteria": """Inclusion Criteria:

  1. Pathologically diagnosed with GC or GEJC, histologically confirmed to beadenocarcinoma, and have no previous anti-tumor treatments for GC or GEJC.

  2. Aged 18 or above, male or female.

  3. Be suitable for (investigator's assessment) and planning to undergo neoadjuvanttherapy + radical surgery with curative intent before entering into the study.

  4. locally advanced Gastric Cancer or Gastroesophageal Junction Cancer confirmed byinvestigator.

  5. Be able to provide tumor tissue blocks.

  6. Eastern Cooperative Oncology Group (ECOG) performance status score of 0-1.

  7. Life expectancy of ≥ 6 months.

  8. Have adequate organ and bone marrow functions.

  9. Women without childbearing potential refer to post-menopausal women, or women whounderwent bilateral oophorectomy with medical records. Male subjects and femalesubjects of childbearing potential must agree to take a m""",
     "sex": "ALL"}},
 src={"url": "https://www.centerwatch.com/clinical-trials/listings/NCT05149807/clinical-study-of-shr-1701-plus-chemotherapy-as-perioperative-treatment-in-subjects-with-gastric-cancer",
      "note": "All fields from CenterWatch (last updated August 19, 2025): Overall Status: Terminated; Phase 2/3; sponsor Suzhou Suncadia Biopharmaceuticals; 'Ages > 18', 'All Genders'. The summary says stage II is a randomized phase III of SHR-1701 + S-1 + oxaliplatin (SOX) vs placebo + SOX as perioperative treatment for resectable GC/GEJC. CUT: eligibility stops mid-word in inclusion item 9 ('must agree to take a m'); exclusion criteria not shown. Run-together words ('beadenocarcinoma', 'neoadjuvanttherapy', 'byinvestigator') are as on the page."})

R["NCT00970138"] = dict(
 ps={"identificationModule": {"nctId": "NCT00970138",
     "briefTitle": "Apatinib Versus Placebo as a Third Line Treatment in Patients With Advanced or Metastatic Gastric Cancer"},
   "statusModule": {"overallStatus": "COMPLETED", "completionDateStruct": {"date": "2010-12-01"}},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Fudan University"}},
   "designModule": {"phases": ["PHASE2", "PHASE3"]},
   "armsInterventionsModule": {"interventions": [{"name": "Apatinib"}]},
   "eligibilityModule": {"eligibilityCriteria": """Inclusion Criteria:

- ≥ 18 and ≤ 70 years of age

- Histologically confirmed advanced or metastatic adenocarcinoma of the stomach

- Have failed for 2 lines of chemotherapy

- Life expectancy of more than 3 months

- ECOG performance scale ≤ 2

- At least one measurable lesion (larger than 10 mm in diameter by spiral CT scan)

- Duration from the last therapy is more than 6 weeks for nitroso or mitomycin

- More than 4 weeks for operation or radiotherapy

- More than 4 weeks for cytotoxic agents or growth inhibitors

- Adequate hepatic, renal, heart, and hematologic functions (platelets > 80 × 109/L,
neutrophil > 2.0 × 109/L, serum creatinine ≤ 1.5mg/dl, total bilirubin within upper
limit of normal(ULN), and serum transaminase≤2.5×the ULN).

Exclusion Criteria:

- Pregnant or lactating women

- History of other malignancies except cured basal cell carcinoma of skin and carcinoma
in-situ of uterine cervix

- Any factors that influence the usage of oral administration; Evidence of CNS
metastasis

- History of another malignancy within the last five years except cured basal cell
carcinoma of skin and carcinoma in-situ of uter""",
     "sex": "ALL"}},
 src={"url": "https://www.clinicaltrialexchange.com/clinical-trials/Apatinib-Versus-Placebo-as-a-Third-Line-Treatment-in-Patients-With-Advanced-or-Metastatic-Gastric-Cancer/NCT00970138",
      "note": "All fields from clinicaltrialexchange: Status Completed; Trial end date 2010-12-01; Phase 2/Phase 3; Lead Sponsor Fudan University; Treatments Apatinib; Participant gender All. Summary: apatinib vs placebo in metastatic gastric carcinoma after failure of two lines of chemotherapy. CUT: the excerpt stops mid-word in the 4th exclusion bullet ('in-situ of uter'). The page duplicates the 'other malignancies' exclusion (2nd and 4th bullets); kept as given."})

R["NCT06341335"] = dict(
 ps={"identificationModule": {"nctId": "NCT06341335",
     "briefTitle": "A Study of AK104/Placebo Plus AK109/Placebo And Paclitaxel in Gastric or Gastroesophageal Junction Adenocarcinoma"},
   "statusModule": {"overallStatus": "RECRUITING"},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Akeso"}},
   "conditionsModule": {"conditions": ["Gastric and Gastroesophageal Junction Adenocarcinoma"]},
   "designModule": {"phases": ["PHASE3"], "enrollmentInfo": {"count": 506}},
   "descriptionModule": {"briefSummary": "This randomized, multicenter, double-blind, phase 3 study will evaluate the efficacy and safety of the combination of cadonilimab (AK104) and pulocimab (AK109) and paclitaxel compared with paclitaxel in patients with advanced gastric or gastroesophageal junction adenocarcinoma who failed first-line immunochemotherapy."},
   "eligibilityModule": {"eligibilityCriteria": """Inclusion Criteria:
- Signed informed consent
- Age ≥ 18 years and ≤ 75 years
- Histologically or cytologically documented advanced unresectable or metastatic gastric adenocarcinoma or gastroesophageal Junction (GEJ) adenocarcinoma.
- Failed first-line treatment with PD-(L)1 monoclonal antibody and standard chemotherapy
- At least one measurable disease based on RECIST v1.1
- ECOG status of 0 or 1
- Estimated survival ≥ 3 months
- Adequate organ function per protocol-defined criteria
- Women of childbearing potential and men with female partners of childbearing potential must agree to use effective contraception during treatment and for at least 120 days following the last dose of study treatment
Exclusion Criteria:
- Mixed gastric or gastroesophageal Junction cancer containing other pathological components than adenocarcinoma
- HER2-positive
- Known other invasive malignancies within 3 years
- Subjects who are currently participating in other interventional study
- Received prior systemic anti-tumour therapy within 4 weeks before randomization
- Previous systemic treatment with taxane within 6 months before randomization
- Previous systemic treatment targeting VEGF or anti-VEGFR signaling pathways
- In addition to anti-PD-(L)1 monoclonal antibody, prior exposure to other immune checkpoint inhibitors, immune checkpoint agonists, immune cell therapy or other therapy that targets anti-tumor immune mechanisms
- History of immune-related adverse effects leading to recommendation against reintroduction of immunotherapy or any condition dependency on systemic therapy with glucocorticoids or immunosuppressive agents within 14 days p""",
     "sex": "ALL"}},
 src={"url": "https://www.trialx.com/clinical-trials/listings/303045/a-study-of-ak104placebo-plus-ak109placebo-and-paclitaxel-in-gastric-or-gastroesophageal-junction-adenocarcinoma/?radius=50",
      "also": ["https://trial.medpath.com/clinical-trial/a94d65d9ad72ab7d/cadonilimab-pulocimab-paclitaxel-gastric-cancer"],
      "note": "Eligibility copied verbatim from the TrialX copy (its text runs further than MedPath's). NCT id, title, Phase 3, status RECRUITING, condition, lead sponsor Akeso, sex All and target recruitment 506 from MedPath (same criteria, numbered). CUT: the text stops mid-word in the 9th exclusion bullet ('within 14 days p'). Interventions were not listed on either page beyond the title/summary."})

R["NCT05008783"] = dict(
 ps={"identificationModule": {"nctId": "NCT05008783",
     "briefTitle": "A Study of AK104 in the First-line Treatment of Locally Advanced Unresectable or Metastatic G/GEJ Adenocarcinoma"},
   "statusModule": {"overallStatus": "COMPLETED", "startDateStruct": {"date": "2021-09-17"}, "completionDateStruct": {"date": "2025-08-01"}},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Akeso"}},
   "conditionsModule": {"conditions": ["Gastric Adenocarcinoma", "Gastroesophageal Junction Adenocarcinoma"]},
   "designModule": {"studyType": "INTERVENTIONAL", "phases": ["PHASE3"], "enrollmentInfo": {"count": 610}},
   "armsInterventionsModule": {"interventions": [{"name": "Capecitabine"}, {"name": "Oxaliplatin"}, {"type": "DRUG", "name": "Placebo"}]},
   "eligibilityModule": {"eligibilityCriteria": """Inclusion Criteria:

- Subjects must meet all of the following inclusion criteria to be enrolled in the
study:

1. Ability to understand and voluntarily sign a written informed consent form (ICF),
which must be signed before the specified study procedures required for the study
are performed.

2. Males or females aged ≥ 18 to ≤ 75 years at the time of signing informed consent.

3. Histopathologically confirmed gastric adenocarcinoma or gastroesophageal junction
(GEJ) adenocarcinoma.

4. Unresectable locally advanced or metastatic gastric adenocarcinoma or GEJ
adenocarcinoma.

5. Subjects have not received prior systemic therapy for locally advanced or
metastatic gastric adenocarcinoma or adenocarcinoma of the gastroesophageal
junction. For subjects who have received prior neoadjuvant/adjuvant chemotherapy
or chemoradiotherapy for curative intent, the time between disease progression
and last treatment should be at least 6 months.

6. Subjects have at least one measurable tumor lesion per RECIST v1.1; lesions that
received radiotherapy are not selected as target lesions, unless the lesion is
the only measurable lesion and has unequivocal progression as judged by imaging,
it can be considered as a target lesion.

Exclusion Criteria:

- Subjects who meet any of the following criteria are not eligible to participate""",
     "sex": "ALL"},
   "contactsLocationsModule": {"locations": [
      {"facility": "Peking University Cancer Hospital", "city": "Beijing", "country": "China"},
      {"facility": "Fujian Provincial Cancer Hospital", "city": "Fuzhou", "country": "China"},
      {"facility": "Fudan University Cancer Hospital", "city": "Shanghai", "country": "China"},
      {"facility": "Zhongshan Hospital, Fudan University", "city": "Shanghai", "country": "China"}]}},
 src={"url": "https://www.clinicaltrialexchange.com/clinical-trials/A-Study-of-AK104-in-the-First-line-Treatment-of-Locally-Advanced-Unresectable-or-Metastatic-G-GEJ-Adenocarcinoma/NCT05008783",
      "also": ["https://meddatax.com/clinical-trials/NCT05008783", "https://trial.medpath.com/clinical-trial/366f1d07c91f042f/randomized-double-blind-multicenter-ak104-oxaliplatin-capecitabine-placebo-xelox-g", "https://crick.ai/trials/NCT05008783"],
      "note": "Eligibility verbatim from clinicaltrialexchange (older copy: Status Recruiting, end 2025-04-14, Phase 3, Lead Sponsor Akeso, Treatments Capecitabine/Oxaliplatin). Status COMPLETED, dates, INTERVENTIONAL, PHASE3, 610 participants and conditions from MedDataX (last updated 2025-11-19); MedPath shows ACTIVE_NOT_RECRUITING and 'Drug: Placebo' - the copies disagree on status, the newest (MedDataX) is used. Four Chinese sites from crick.ai (no per-site status). CUT: the excerpt ends at the exclusion lead-in sentence; no exclusion criteria were shown."})

R["NCT06177041"] = dict(
 ps={"identificationModule": {"nctId": "NCT06177041", "orgStudyIdInfo": {"id": "FG-M108-04"},
     "briefTitle": "M108 Plus CAPOX Versus Placebo Plus CAPOX as First-line Treatment for Claudin (CLDN) 18.2-Positive, HER2-Negative, PD-L1 CPS<5, Locally Advanced Unresectable or Metastatic Gastric or Gastroesophageal Junction (GEJ) Adenocarcinoma."},
   "statusModule": {"overallStatus": "RECRUITING"},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "FutureGen Biopharmaceutical (Beijing) Co., Ltd"}},
   "conditionsModule": {"conditions": ["Adenocarcinoma"]},
   "designModule": {"studyType": "INTERVENTIONAL", "phases": ["PHASE3"], "enrollmentInfo": {"count": 486}},
   "armsInterventionsModule": {"interventions": [{"name": "Capecitabine"}, {"name": "Placebo"}, {"name": "Oxaliplatin"}]},
   "eligibilityModule": {"eligibilityCriteria": """Inclusion Criteria:

  1. Written informed consent
  2. Histologically confirmed diagnosis of locally advanced unresectable or metastaticgastric/GEJ adenocarcinoma with no treatment previously. For patients withneoadjuvant/adjuant chemotherapy in the past, duration of last therapy to recurrenceshould be more than 6 months
  3. At least 1 measurable site of the disease according to RECIST 1.1 criteria.
  4. Positive CDLN 18.2 expression
  5. Negative HER2 expression, PD-L1 CPS<5
  6. ECOG performance status (PS) 0-1
  7. Life expectancy > 3 months
  8. Age ≥ 18 years and ≤75 years
  9. Adequate haematological/ coagulation/ hepatic/ renal function
  10. Men and women of childbearing age shou""",
     "sex": "ALL", "minimumAge": "18 Years", "maximumAge": "75 Years"},
   "contactsLocationsModule": {"locations": [{"facility": "Beijing Cancer Hospital", "city": "Beijing", "country": "China", "status": "RECRUITING"}]}},
 src={"url": "https://www.centerwatch.com/clinical-trials/listings/NCT06177041/m108-plus-capox-versus-placebo-plus-capox-as-first-line-treatment-for-claudin-cldn-182-positive-her2-negative-pd-l1-cps5-locally-advanced-unresectable-or-metastatic-gastric-or-gastroesophageal-junction-gej-adenocarcinoma",
      "also": ["https://crick.ai/trials/NCT06177041"],
      "note": "Title, sponsor, 'Overall Status: Active - Recruiting' (mapped to RECRUITING), Phase 3, condition, treatments, study id, 'Ages 18-75', 'All Genders' and eligibility from CenterWatch (last updated February 25, 2024). Study type, enrollment 486 and the Beijing Cancer Hospital site (RECRUITING) from crick.ai. Typos 'CDLN 18.2', 'adjuant', 'metastaticgastric' are the page's. CUT: eligibility stops mid-word in inclusion item 10 ('childbearing age shou'); exclusion criteria not shown."})

R["NCT06822998"] = dict(
 ps={"identificationModule": {"nctId": "NCT06822998",
     "briefTitle": "HF50 in HER-2 Positive and Low-expression Advanced Solid Tumors"},
   "statusModule": {"overallStatus": "NOT_YET_RECRUITING"},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "HighField Biopharmaceuticals Corporation"}},
   "conditionsModule": {"conditions": ["Advanced Solid Tumors"]},
   "designModule": {"phases": ["EARLY_PHASE1"], "enrollmentInfo": {"count": 10}},
   "descriptionModule": {"briefSummary": "This is an open-label, single-arm, non-randomized, single-center, dose-escalation study designed to evaluate the safety and tolerability of HF50 in patients with HER-2 positive and HER-2 low-expression advanced solid tumors. The primary objectives are to assess the safety, tolerability, and determine the maximum tolerated dose (MTD) and/or recommended Phase II dose (RP2D) of HF50. Secondary objectives include evaluating the pharmacokinetic (PK) profile and preliminary antitumor activity of HF50."},
   "eligibilityModule": {"eligibilityCriteria": """Inclusion Criteria:
- Participants must voluntarily provide written informed consent (ICF) prior to any study-related procedures, and be capable of complying with all protocol requirements.
- Adult participants aged between 18 and 75 years (inclusive) at the time of ICF signing.
- Histologically or cytologically confirmed advanced HER-2 positive or HER-2 low-expression solid tumors that are unresectable, metastatic, or have relapsed after standard therapies, are intolerant to standard therapies (e.g., chemotherapy, targeted therapy), or lack effective treatment options.
- Eastern Cooperative Oncology Group (ECOG) performance status of 0 or 1.
- Life expectancy of at least 3 months.
- At least one measurable lesion as defined by RECIST version 1.1.
- Adequate organ and bone marrow function as demonstrated by the following laboratory parameters:Hematologic Function:Absolute neutrophil count (ANC) ≥1.5×10⁹/L、Lymphocyte count ≥1.0×10⁹/L、Platelet count ≥90×10⁹/L、Hemoglobin ≥9.0 g/dL (without transfusion or erythropoietin-stimulating agents within 14 days); Coagulation Parameters:Activated partial thromboplastin time (aPTT) ≤1.5×ULN、 International normalized ratio (INR) ≤1.5. Hepatic Function:Total bilirubin (TBIL) ≤1.5×ULN、Alanine aminotransferase (ALT) and aspartate aminotransferase (AST) ≤2.5×ULN (≤5×ULN for participants with liver metastases, and TBIL ≤3×ULN); Renal Function:Creatinine clearance (CrCl) ≥50 mL/m""",
     "sex": "ALL"}},
 src={"url": "https://www.trialx.com/clinical-trials/listings/319801/hf50-in-her-2-positive-and-low-expression-advanced-solid-tumors/?radius=50",
      "also": ["https://trial.medpath.com/clinical-trial/c5a40f404e745898/nct06822998-hf50-her2-advanced-solid-tumors"],
      "note": "Eligibility verbatim from TrialX (runs further than MedPath). NCT id, title, Early Phase 1, NOT_YET_RECRUITING, condition 'Advanced Solid Tumors', lead sponsor, sex All, target 10 from MedPath. Basket (any HER2-positive or HER2-low solid tumour). No site or country was shown on either page. CUT: text stops mid-unit in the organ-function bullet ('≥50 mL/m'); exclusion criteria not shown. Full-width '、' separators are the page's."})

R["NCT03916094"] = dict(
 ps={"identificationModule": {"nctId": "NCT03916094",
     "briefTitle": "Evaluate Safety, Tolerability and Pharmacokinetics of HLX22 in Patients With Advanced Solid Tumors Overexpressing HER2"},
   "statusModule": {"overallStatus": "ACTIVE_NOT_RECRUITING", "completionDateStruct": {"date": "2021-12-01"}},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Shanghai Henlius Biotech"}},
   "designModule": {"phases": ["PHASE1"]},
   "armsInterventionsModule": {"interventions": [{"name": "Antibodies"}, {"name": "Antibodies, Monoclonal"}, {"name": "Antineoplastic Agents, Immunological"}, {"name": "Immunoglobulins"}, {"name": "Trastuzumab"}]},
   "eligibilityModule": {"eligibilityCriteria": """Inclusion Criteria:

Patients with child-bearing potential must agree to and be able to use effective
contraceptive measures.

At least 28 days from prior major surgery, prior cytotoxic chemotherapy, prior hormonal
therapy (except for androgen-deprivation therapy in patients with prostate cancer), prior
therapy with investigational products (or medical device) or local radiotherapy, at least
42 days from prior chemotherapy with nitrosoureas or mitomycin C, and at least 42 days from
prior immunotherapy before the first dose of HLX22.

At least one bi-dimensionally measurable lesion to be used as the basis for evaluation.

ECOG performance status of ≤ 1 at study entry. Patients with histologically-proven
HER2-positive advanced or metastatic solid tumours who are either non-responsive or
intolerant to standard therapies.

HER2-positive tumours that are confirmed by immunohistochemistry (IHC) and:

1. HER2 mutation of at least 3+ (+++) or

2. HER2 mutation of at least 2+ (++) and fluorescence in situ hybridization (FISH) test
positive.

Adequate haematologic functions Adequate hepatic functions Adequate renal functions
Adequate cardiac functions For patients with hepatocellular carcinoma, Child-Pugh score has
to be A. Able to receive treatment and examinations as required by the study protocol. Life
expectancy >""",
     "sex": "ALL"}},
 src={"url": "https://www.clinicaltrialexchange.com/clinical-trials/Evaluate-Safety-Tolerability-and-Pharmacokinetics-of-HLX22-in-Patients-With-Advanced-Solid-Tumors-Overexpressing-HER2/NCT03916094",
      "note": "All fields from clinicaltrialexchange: Status 'Active, not recruiting'; Trial end date 2021-12-01; Phase 1; Lead Sponsor Shanghai Henlius Biotech; Treatments are MeSH-style terms (Antibodies ... Trastuzumab) as printed; Participant gender All. Summary: single-center, open-label dose-escalation phase I of HLX22 in advanced solid tumours overexpressing HER2 after failure of standard of care (basket). The criteria are unbulleted paragraphs; 'HER2 mutation of at least 3+' is the page's wording (means IHC score). CUT: text stops at 'Life expectancy >'; exclusion criteria not shown."})

R["NCT06203600"] = dict(
 ps={"identificationModule": {"nctId": "NCT06203600",
     "briefTitle": "Adding Nivolumab to Usual Treatment for People With Advanced Stomach or Esophageal Cancer, PARAMUNE Trial",
     "officialTitle": "Randomized Phase II/III Trial of 2nd Line Nivolumab + Paclitaxel + Ramucirumab versus Paclitaxel + Ramucirumab in Patients with PD-L1 CPS ≥ 1 Advanced Gastric and Esophageal Adenocarcinoma (PARAMUNE)"},
   "statusModule": {"overallStatus": "RECRUITING"},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "National Cancer Institute (NCI)"}},
   "conditionsModule": {"conditions": ["Advanced Esophageal Adenocarcinoma", "Advanced Gastric Adenocarcinoma", "Advanced Gastroesophageal Junction Adenocarcinoma", "Clinical Stage II Esophageal Adenocarcinoma AJCC v8", "Clinical Stage III Esophageal Adenocarcinoma AJCC v8", "Clinical Stage III Gastric Cancer AJCC v8", "Clinical Stage III Gastroesophageal Junction Adenocarcinoma AJCC v8", "Clinical Stage IV Esophageal Adenocarcinoma AJCC v8", "Clinical Stage IV Gastric Cancer AJCC v8", "Clinical Stage IV Gastroesophageal Junction Adenocarcinoma AJCC v8", "Metastatic Esophageal Adenocarcinoma", "Metastatic Gastric Adenocarcinoma", "Metastatic Gastroesophageal Junction Adenocarcinoma", "Unresectable Esophageal Adenocarcinoma", "Unresectable Gastric Adenocarcinoma", "Unresectable Gastroesophageal Junction Adenocarcinoma"]},
   "designModule": {"phases": ["PHASE2", "PHASE3"]},
   "armsInterventionsModule": {"interventions": [{"name": "Ramucirumab"}, {"name": "Nivolumab"}, {"name": "Paclitaxel"}]},
   "eligibilityModule": {"eligibilityCriteria": """5.1. Disease Related Criteria
a. Participants must have advanced or locally unresectable gastric, gastroesophageal junction or esophageal adenocarcinoma.
b. Participants must have PD-L1 CPS (Combined Positive Score) ≥ 1. This test would have been performed as part of SOC pathology testing, using tissue obtained within two years prior to registration and collected prior to or after a frontline regimen.
c. Participants must have a histologically confirmed diagnosis of MSS and HER2 negative gastric, gastroesophageal junction, or esophageal adenocarcinoma.
d. Participants must have documented unresectable and/or metastatic disease on CT or MRI imaging completed prior to registration. Imaging must have been completed within 28 days prior to registration for participants with measurable disease. CT scans or MRIs used to assess non-measurable disease must have been completed within 42 days prior to registration. All disease must be assessed and documented on the Baseline Tumor Assessment Form.
e. Participants with treated brain metastases must have no evidence of progression on the follow-up brain imaging after CNS-directed therapy. All treatment for brain metastases must have been completed at least 28 days prior to registration.
5.2. Prior/Concurrent Therapy Criteria
a. Participants must have disease progression or intolerance to frontline standard of care (SOC) c""",
     "sex": "ALL"}},
 src={"url": "https://swog.org/clinical-trials/S2303",
      "also": ["https://clinconnect.io/trials/NCT06203600", "https://kumc.trialstoday.org/list/print/NCT06203600", "https://trialify.org/trials/NCT06203600"],
      "note": "ELIGIBILITY SOURCE IS THE SPONSOR'S PAGE, NOT A CT.gov COPY: every CT.gov copy found (ClinConnect, trialstoday, Trialify) was cut after 2-3 bullets, so the protocol-section text on SWOG's S2303 page (status 'Open', activated 05/06/2024; treatment Ramucirumab, Nivolumab, Paclitaxel; official title) is used verbatim. ClinConnect (current as of July 27, 2025) gives brief title, 'Launched by NATIONAL CANCER INSTITUTE (NCI)', Recruiting, Gender ALL, and CT.gov-worded bullets that match a-c in substance ('...collected prior to or after a front[line regimen]'). Conditions list from the KUMC trialstoday print page. CUT: SWOG text stops in 5.2.a ('frontline standard of care (SOC) c'); remaining prior-therapy, exclusion and lab criteria not shown."})

R["NCT01364493"] = dict(
 ps={"identificationModule": {"nctId": "NCT01364493"},
   "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria: 1. Histologically confirmed adenocarcinoma of the stomach or gastro-oesophageal junction with inoperable locally advanced or recurrent and/or metastatic disease, not amenable to curative therapy. 2. Measurable disease, according to the Response Evaluation Criteria in Solid Tumors (RECIST 1.0), assessed using imaging techniques (CT or MRI). 3. HER2 positive tumour (primary tumour or metastasis) as assessed by the central laboratory. (Both IHC and Dual SISH will be performed on all patients in the central laboratory.) 4. ECOG Performance status 0, 1 or 2. 5. Life expectancy of at least 3 months. 6. Male or female. Age ≥ 18 years. 7. Signed informed consent. Exclusion Criteria: 1. Previous chemotherapy for advanced/metastatic disease (prior adjuvant/neoadjuvant therapy is allowed if at least 6 months has elapsed between completion of adjuvant/neoadjuvant therapy and enrolment into the study; the total dose of cisplatin should be less than 300mg/m2, adjuvant/neoadjuvant therapy with oxaplatin is not allowed). 2. No prior use of EGFR-targeting drugs,such as Trastuzumab,lapatinib or other TKIs. 3. Lack of physical integrity of the upper gastrointestinal tract or malabsorption syndrome (e.g. patients with partial or total gastrectomy can enter the study, but not those with a jejunostomy probe). 4. Patients with active (significant or uncontrolled) gastrointestinal b"}},
 src={"url": "https://ignite-sd.com/clinical/show/eligibilitymodule/100942",
      "note": "Only the Ignite 'Eligibility Module' copy of the CT.gov record was found (Ignite creation date 2025-12-25). It gives the NCT id and the eligibility text, which Ignite flattens onto one line (CT.gov line breaks lost) - kept as given. No title, status, phase, sponsor, intervention or site was shown, so none is recorded. CUT: the excerpt stops mid-word in exclusion 4 ('gastrointestinal b'); sex/age fields that Ignite prints after the criteria were not reached."})

R["NCT04089657"] = dict(
 ps={"identificationModule": {"nctId": "NCT04089657"},
   "eligibilityModule": {"eligibilityCriteria": r"Inclusion Criteria: * Age between 20-75 years old * Has histologically confirmed diagnosis of unresectable locally advanced,recurrent or metastatic gastric or GEJ adenocarcinoma * Life expectancy of more than 3 months * Eastern Cooperative Oncology Group (ECOG) performance status was 0 - 1 * Have failed for at least 2 lines of chemotherapy * At least 3 weeks from previous chemotherapy at first dose of trial drug * Resolution of all acute toxic side effects of prior therapy or surgical procedures to grade ≤ 1 National Cancer Institute-Common Toxicity Criteria (NCI-CTC) (except for the laboratory values) * Failure of prior palliative chemotherapy/chemotherapies (at least one irinotecan- or cisplatin-based). Failure is defined either by progression of disease or by significant toxicity that precludes further treatment. * At least one measurable lesion defined by RECIST 1.1 as determined by investigator assessment. * Has adequate organ function * At least 4 weeks from any major surgery (at first dose of trial drug) * Patients must be able to swallow apatinib Exclusion Criteria: * In the past, participants have received anti PD-1, anti PD-L1 or anti PD-L2 drugs or drugs targeting another stimulation or synergistic inhibition of T cell receptors (such as Cytotoxic T-Lymphocyte Antigen 4 \[CTLA-4\] and CD137) * Other co-existing malignancies or malignancies diagnosed within the last 5 "}},
 src={"url": "https://ignite-sd.com/clinical/show/eligibilitymodule/40758",
      "note": "Only the Ignite 'Eligibility Module' copy (Ignite creation date 2025-12-24) was found: NCT id plus eligibility text, flattened onto one line with '*' bullets and CT.gov markdown escapes '\\[CTLA-4\\]' kept as given. No title, status, phase, sponsor, intervention or site shown; the criteria imply an anti-PD-1-naive third-line study that includes apatinib. CUT: stops in exclusion 2 ('within the last 5 ')."})

R["NCT04139135"] = dict(
 ps={"identificationModule": {"nctId": "NCT04139135"},
   "eligibilityModule": {"eligibilityCriteria": r"Inclusion Criteria: 1. Voluntary participation in the clinical study; fully understands and is informed of the study and has signed the Informed Consent Form (ICF); willing to comply with and able to complete all trial procedures. 2. The gender is not limited. When ICF is signed, the age is ≥ 18 years and ≤ 70 years old. 3. Histologically confirmed untreated gastric cancers, mainly adenocarcinoma. 4. Within 4 weeks prior to first dose, determined by the Independent Radiology Review Committee (IRRC) as: ≥ T3 and number of lymph node metastases ≥ 1 and no distant metastasis. 5. Prior to enrollment, the attending physician will evaluate to determine the eligibility for a R0 resection for the purpose of radical treatment. 6. Have good cardiac function and can be treated with radical resection. 7. tumor specimen testing results are PD-L1 positive (CPS ≥5). Subjects must provide the tumor tissues at screening or in the investigated surgery (if any), for PD-L1 expression level assessment. 8. Within 7 days before the first use of the study drug, ECOG: 0 \~ 1; 9. Expected survival 12 weeks; 10. The functions of the vital organs meet requirements. Exclusion Criteria: 1. Existence of other active malignant tumors within 5 years or at the same time. 2. Plan to perform or have undergone an organ or bone marrow transplant. 3. Myocardial infarction and poorly controlled arrhythmias o"}},
 src={"url": "https://ignite-sd.com/clinical/show/eligibilitymodule/63132",
      "note": "Only the Ignite 'Eligibility Module' copy (Ignite creation date 2025-12-24) was found: NCT id plus flattened eligibility text ('0 \\~ 1' escape kept). No title, status, phase, sponsor, intervention or site shown; the criteria describe a neoadjuvant/perioperative study in untreated, resectable >=T3 N+ M0 gastric cancer with PD-L1 CPS >=5 (drug not named in the excerpt). 'Expected survival 12 weeks' lacks a comparator on the page. CUT: stops in exclusion 3 ('arrhythmias o')."})

for nct, d in R.items():
    rec = {"protocolSection": d["ps"], "source": {"url": d["src"]["url"], "retrieved": RET, "note": d["src"]["note"]}}
    if "also" in d["src"]: rec["source"]["also"] = d["src"]["also"]
    with open(os.path.join(OUT, nct + ".json"), "w") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
print(len(R), "records")
