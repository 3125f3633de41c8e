from studies_d import *

MG_TEXT = """Inclusion Criteria:

  1. Signed written informed consent.
  2. Age ≥ 18 years old (or minimum age based upon local regulations)
  3. Unresectable locally advanced or metastatic histologically proven HER2+ gastroesophageal junction (GEJ) or gastric cancer. Gastric Cancer Expansion Phase will include only gastric cancer patients with 3+ HER2 positivity.
  4. HER2+ as 3+ (as defined in AJCC staging manual 8th edition) by IHC or in-situ hybridation (ISH) amplified.
  5. Have received prior treatment with trastuzumab.
  6. Have received treatment with at least one or more lines of cytotoxic chemotherapy in the metastatic setting.
  7. Resolution of chemotherapy, immunotherapy or radiation-related toxicities.
  8. Eastern Cooperative Oncology Group (ECOG) performance status of 0 or 1.
  9. Life expectancy ≥ 12 weeks.
  10. Measurable disease as per RECIST 1.1 criteria.

Exclusion Criteria:

  1. Patients with symptomatic central nervous system (CNS) metastases.
  2. Patients with any history of known or suspected autoimmune disease with the specific exceptions of vitiligo, atopic dermatitis, or psoriasis not requiring systemic treatment.
  3. History of prior allogeneic bone marrow, stem-cell or solid organ transplantation.
  4. Treatment with any systemic anti-neoplastic therapy, or investigational therapy within the 3 weeks prior to the initiation o"""
HER2POS = {'c01': (M, 'GEJ, HER2 IHC 3+ (confirmed 2026)'), 'c03': (M, 'gastric, IHC 3+'), 'c07': (M, 'gastric, IHC 2+ ISH amplified'), 'c10': (M, 'gastric, IHC 2+ ISH amplified'),
           'c08': (U, 'IHC 3+ at diagnosis but 1+ on 2026 post-trastuzumab re-biopsy'),
           'c02': (N, 'IHC 1+ (HER2-low)'), 'c04': (N, 'oesophageal, HER2 0'), 'c05': (N, 'resectable, HER2 0'), 'c06': (N, 'IHC 2+ ISH not amplified'), 'c09': (N, 'HER2 0')}
TRAST = {('c'+k): (M, 'received trastuzumab') for k in ['01','03','07','08','10']}
STUDIES.append(dict(
    nct='NCT02689284',
    title='Combination Margetuximab and Pembrolizumab for Advanced, Metastatic HER2(+) Gastric or Gastroesophageal Junction Cancer',
    status='COMPLETED', phases=['PHASE1', 'PHASE2'], conditions=['Gastric Cancer', 'Stomach Cancer', 'Esophageal Cancer'],
    sponsor='MacroGenics', min_age='18 Years', sex='ALL', locations=[],
    urls=['https://trials.co/clinical-trials-details/-/NCT02689284', 'https://classic.clinicaltrials.gov/ct2/show/NCT02689284', 'https://meddatax.com/clinical-trials/NCT02689284'],
    notes="Eligibility, status 'Completed', sponsor MacroGenics and '18 Years - undefined, All Sexes' from trials.co (which labels it Phase 1); classic ClinicalTrials.gov shows Completed, Phase 1 Phase 2, collaborator Merck Sharp & Dohme; meddatax COMPLETED PHASE1/PHASE2. Excerpt cut inside exclusion item 4 ('...prior to the initiation o'). Anti-PD-1 pre-treatment exclusions, if any, are not visible.",
    kind='2L+ HER2-positive after trastuzumab: margetuximab + pembrolizumab; global (US/Asia sites not shown); closed (completed)',
    text=MG_TEXT,
    criteria=[
        c('inclusion', 'Signed written informed consent.', (U, 'consent not recorded')),
        c('inclusion', 'Age ≥ 18 years old (or minimum age based upon local regulations)', (M, 'adult')),
        c('inclusion', 'Unresectable locally advanced or metastatic histologically proven HER2+ gastroesophageal junction (GEJ) or gastric cancer. Gastric Cancer Expansion Phase will include only gastric cancer patients with 3+ HER2 positivity.',
          (N, 'not HER2-positive'), **HER2POS),
        c('inclusion', 'HER2+ as 3+ (as defined in AJCC staging manual 8th edition) by IHC or in-situ hybridation (ISH) amplified.', (N, 'not HER2-positive'), **HER2POS),
        c('inclusion', 'Have received prior treatment with trastuzumab.', (N, 'no prior trastuzumab'), **TRAST),
        c('inclusion', 'Have received treatment with at least one or more lines of cytotoxic chemotherapy in the metastatic setting.',
          (M, 'at least one palliative chemotherapy line'), c02=(N, 'untreated'), c05=(N, 'untreated, non-metastatic'), c09=(N, 'untreated')),
        c('inclusion', 'Resolution of chemotherapy, immunotherapy or radiation-related toxicities.', (U, 'resolution of prior-treatment toxicities not recorded'),
          c02=(M, 'does not apply - no prior therapy'), c05=(M, 'does not apply - no prior therapy'), c09=(M, 'does not apply - no prior therapy'),
          c10=(U, 'grade 2 pneumonitis on T-DXd (2026); resolution not recorded')),
        c('inclusion', 'Eastern Cooperative Oncology Group (ECOG) performance status of 0 or 1.', (M, 'ECOG 0-1'), c08=(N, 'ECOG 2')),
        c('inclusion', 'Life expectancy ≥ 12 weeks.', (U, 'life expectancy not recorded')),
        c('inclusion', 'Measurable disease as per RECIST 1.1 criteria.', (M, 'measurable disease recorded'), **{'c05': MEAS['05']}),
        c('exclusion', 'Patients with symptomatic central nervous system (CNS) metastases.', (M, 'no brain metastases recorded')),
        c('exclusion', 'Patients with any history of known or suspected autoimmune disease with the specific exceptions of vitiligo, atopic dermatitis, or psoriasis not requiring systemic treatment.',
          (M, 'no autoimmune disease recorded'), c09=(N, 'history of autoimmune disease (not one of the listed exceptions)')),
        c('exclusion', 'History of prior allogeneic bone marrow, stem-cell or solid organ transplantation.', (M, 'no transplant recorded')),
        c('exclusion', 'Treatment with any systemic anti-neoplastic therapy, or investigational therapy within the 3 weeks prior to the initiation o',
          (M, 'last systemic therapy ended more than 3 weeks before 2026-12-01 (or none)'),
          c06=(U, 'ramucirumab+paclitaxel ended 2026-11-10, exactly 3 weeks before as-of date; depends on start date')),
    ]))

AF_TEXT = """Inclusion Criteria:

- Pathologically or cytologically confirmed esophagogastric cancer.

- HER2 overexpression and/or amplification as determined by immunohistochemistry (3+) or
FISH (≥2.0)

- Previously received trastuzumab as part of a regimen in the perioperative or
metastatic setting with evidence of progression 9Zr-trastuzumab use as imaging agent
for 89Zr-trastuzumab PET permitted..

- May have previously received lapatinib as part of a regimen in the perioperative or
metastatic setting with evidence of progression of disease. Washout period for
lapatinib of 14 days.

- Completion of previous chemotherapy regimen ≥2 weeks prior to the start of study
treatment. Other chemotherapy regimens may have been administered between the time of
progression on prior trastuzumab containing regimen and protocol therapy. No
restriction on prior chemotherapy regimens for advanced stage disease.

- At least one measurable metastatic"""
HER2AMP = {'c01': (M, 'IHC 3+'), 'c03': (M, 'IHC 3+'), 'c07': (M, 'ISH ratio 2.4'), 'c10': (M, 'ISH ratio 3.1'),
           'c08': (U, 'IHC 3+ in 2025 but 1+ on 2026 post-trastuzumab re-biopsy'),
           'c02': (N, 'IHC 1+'), 'c04': (N, 'IHC 0'), 'c05': (N, 'IHC 0'), 'c06': (N, 'IHC 2+, ISH ratio 1.3'), 'c09': (N, 'IHC 0')}
STUDIES.append(dict(
    nct='NCT01522768',
    title='Afatinib and Paclitaxel in Patients With Advanced HER2-Positive Trastuzumab-Refractory Advanced Esophagogastric Cancer',
    status='COMPLETED', phases=['PHASE2'], conditions=['Esophageal Cancer', 'Gastric Cancer'],
    sponsor=None, min_age='18 Years', sex=None, locations=[],
    urls=['https://www.clinicaltrialsgps.com/search-clinical-trials/trial-29373/?Location=155413', 'https://meddatax.com/clinical-trials/NCT01522768',
          'https://www.mskcc.org/cancer-care/clinical-trials/11-166'],
    notes="Eligibility text from clinicaltrialsgps (page shows Status 'Recruiting', updated 3/21/2019, age 18 - Any, contact Yelena Janjigian MD - a stale copy). Current status COMPLETED, PHASE2, 42 participants, conditions from meddatax; recorded as COMPLETED. MSKCC protocol 11-166 page describes the afatinib programme (monotherapy version). Excerpt cut inside the measurable-disease item ('At least one measurable metastatic'); no exclusion criteria visible; the '9Zr-trastuzumab' typo is as shown.",
    kind='2L+ HER2-positive trastuzumab-refractory oesophagogastric: afatinib + paclitaxel; US; closed (completed)',
    text=AF_TEXT,
    criteria=[
        c('inclusion', 'Pathologically or cytologically confirmed esophagogastric cancer.', (M, 'gastric/GEJ/oesophageal adenocarcinoma')),
        c('inclusion', """HER2 overexpression and/or amplification as determined by immunohistochemistry (3+) or
FISH (≥2.0)""", (N, 'not HER2-positive'), **HER2AMP),
        c('inclusion', """Previously received trastuzumab as part of a regimen in the perioperative or
metastatic setting with evidence of progression 9Zr-trastuzumab use as imaging agent
for 89Zr-trastuzumab PET permitted..""", (N, 'no prior trastuzumab'),
          c01=(M, 'progressed on 1L trastuzumab regimen'), c03=(M, 'progressed on 1L trastuzumab regimen'), c07=(M, 'progressed on 1L trastuzumab regimen'),
          c08=(M, 'progressed on 1L trastuzumab regimen'), c10=(M, 'progressed on 1L trastuzumab+FOLFOX')),
        c('inclusion', """May have previously received lapatinib as part of a regimen in the perioperative or
metastatic setting with evidence of progression of disease. Washout period for
lapatinib of 14 days.""", (M, 'does not apply - permissive clause (no lapatinib)')),
        c('inclusion', """Completion of previous chemotherapy regimen ≥2 weeks prior to the start of study
treatment. Other chemotherapy regimens may have been administered between the time of
progression on prior trastuzumab containing regimen and protocol therapy. No
restriction on prior chemotherapy regimens for advanced stage disease.""", (M, 'last chemotherapy ended >2 weeks before 2026-12-01'),
          c02=(M, 'does not apply - no prior chemotherapy'), c05=(M, 'does not apply - no prior chemotherapy'), c09=(M, 'does not apply - no prior chemotherapy')),
        c('inclusion', 'At least one measurable metastatic', (M, 'measurable metastatic disease'),
          c07=(U, 'measurable recurrent disease; distant vs locoregional not recorded'),
          c05=(U, 'clause cut; non-metastatic disease'), c09=(U, 'clause cut; locally advanced, non-metastatic disease')),
    ]))
