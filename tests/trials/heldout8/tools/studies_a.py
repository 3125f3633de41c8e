# Study data part A. Each criterion: (kind, text, default(status, reason), overrides {case_no: (status, reason)})
U = 'unknown'; M = 'met'; N = 'not_met'
ALL = ['01','02','03','04','05','06','07','08','09','10']
MEN = ['01','03','04','06','08','10']
WOCBP = ['02','07','09']
MEAS = {'05': (U, 'resectable primary; measurable disease not recorded')}

def c(kind, text, default, **ov):
    return {'kind': kind, 'text': text, 'default': default, 'ov': {k.lstrip('c'): v for k, v in ov.items()}}

STUDIES = []

# ---------------------------------------------------------------- DESTINY-Gastric01
DG01_TEXT = """Inclusion Criteria:

  1. Has a pathologically documented locally advanced or metastatic adenocarcinoma of gastric or gastroesophageal junction
  2. Progression on and after at least 2 prior regimens
  3. Has an adequate tumor sample
  4. Has measurable disease based on Response Evaluation Criteria In Solid Tumors (RECIST) version 1.1

Exclusion Criteria:

  1. Has a medical history of myocardial infarction, symptomatic congestive heart failure (CHF) (NYHA classes II-IV), unstable angina or serious cardiac arrhythmia
  2. Has a QTc prolongation to > 450 millisecond (ms) in males and > 470 ms in females
  3. Has a medical history of clinically significant lung disease
  4. Is suspected to have certain other protocol-defined diseases based on imaging at screening period
  5. Has history of any disease, metastatic condition, drug/medication use or other condition that might, per protocol or in the opinion of the investigator, compromise:

    1. safety or well-being of the participant or offspring
    2. safety of study staff
    3. analysis of results"""
STUDIES.append(dict(
    nct='NCT03329690',
    title="DS-8201a in Human Epidermal Growth Factor Receptor 2 (HER2)-Expressing Gastric Cancer [DESTINY-Gastric01]",
    status='COMPLETED', phases=['PHASE2'], conditions=['Neoplasm, Gastrointestinal'],
    sponsor='Daiichi Sankyo Co., Ltd.', min_age='20 Years', sex='ALL',
    locations=[{'facility': 'Aichi Cancer Center Hospital', 'country': 'Japan'},
               {'facility': 'Hirosaki University Hospital', 'country': 'Japan'},
               {'facility': 'National Cancer Center Hospital East', 'country': 'Japan'}],
    urls=['https://trials.co/clinical-trials-details/ds-8201a-in-human-epidermal-growth-factor-receptor-2-her2-expressing-gastric-cancer-destiny-gastric01/NCT03329690',
          'https://classic.clinicaltrials.gov/ct2/show/results/NCT03329690',
          'https://www.clincosm.com/trial/tumor-gastrointestinal-japan-korea-republic-of-ds-8201a-physicians'],
    notes="Eligibility text and sites from trials.co (the page shows this short registry version of the criteria in full; site list cut after the third site). Status COMPLETED shown on trials.co, classic ClinicalTrials.gov results page and clincosm (sponsor, phase 2). Classic CT.gov page says participants were enrolled in South Korea and Japan; facility country 'Japan' inferred from the facility names. Age '20 Years - undefined' as shown on trials.co.",
    kind='HER2 ADC (trastuzumab deruxtecan), >=3rd line, randomised vs physician choice; Japan/Korea',
    text=DG01_TEXT,
    criteria=[
        c('inclusion', 'Has a pathologically documented locally advanced or metastatic adenocarcinoma of gastric or gastroesophageal junction',
          (M, 'advanced gastric/GEJ adenocarcinoma'),
          c04=(N, 'oesophageal (not gastric/GEJ) adenocarcinoma'),
          c05=(N, 'resectable, not locally advanced/metastatic'),
          c07=(M, 'recurrent gastric adenocarcinoma after gastrectomy (advanced)'),
          c09=(M, 'locally advanced unresectable gastric adenocarcinoma')),
        c('inclusion', 'Progression on and after at least 2 prior regimens',
          (N, 'fewer than 2 prior regimens'),
          c03=(M, 'progressed on trastuzumab/S-1/oxaliplatin then ramucirumab+paclitaxel'),
          c06=(M, 'progressed on tislelizumab/CAPOX then ramucirumab+paclitaxel'),
          c10=(M, 'three prior palliative lines'),
          c07=(M, 'adjuvant S-1 with recurrence within 6 months counts as a regimen, then progressed on 1L trastuzumab+CAPOX'),
          c01=(N, 'only 1 prior palliative regimen'), c04=(N, 'only 1 prior palliative regimen'), c08=(N, 'only 1 prior palliative regimen'),
          c02=(N, 'untreated'), c05=(N, 'untreated'), c09=(N, 'untreated')),
        c('inclusion', 'Has an adequate tumor sample', (U, 'tissue availability not recorded')),
        c('inclusion', 'Has measurable disease based on Response Evaluation Criteria In Solid Tumors (RECIST) version 1.1',
          (M, 'measurable disease recorded'), **{'c05': MEAS['05']}),
        c('exclusion', 'Has a medical history of myocardial infarction, symptomatic congestive heart failure (CHF) (NYHA classes II-IV), unstable angina or serious cardiac arrhythmia',
          (U, 'no heart failure recorded, but MI/angina/arrhythmia history not captured'),
          c08=(U, 'LVEF 48% without recorded heart failure; MI/angina/arrhythmia history not captured')),
        c('exclusion', 'Has a QTc prolongation to > 450 millisecond (ms) in males and > 470 ms in females', (U, 'QTc not recorded')),
        c('exclusion', 'Has a medical history of clinically significant lung disease',
          (M, 'no ILD/pneumonitis or other lung disease recorded'),
          c03=(N, 'history of interstitial lung disease'),
          c10=(N, 'grade 2 pneumonitis on prior trastuzumab deruxtecan')),
        c('exclusion', 'Is suspected to have certain other protocol-defined diseases based on imaging at screening period', (U, 'protocol-defined diseases not specified; screening imaging not available')),
        c('exclusion', """Has history of any disease, metastatic condition, drug/medication use or other condition that might, per protocol or in the opinion of the investigator, compromise:

    1. safety or well-being of the participant or offspring
    2. safety of study staff
    3. analysis of results""", (U, 'investigator judgement; not decidable from record')),
    ]))

# ---------------------------------------------------------------- KSWOG trastuzumab beyond progression
KS_TEXT = """Inclusion Criteria:

1. Over 19 years old

2. Histologically confirmed HER2 overexpressing gastric cancer (HER2 overexpression is
defined as IHC 3+ or FISH +)

3. Metastatic gastric cancer

4. Progressive disease has been confirmed after first line treatment including
trastuzumab (If the recurrence occurred within 6 months after the completion of
postoperative adjuvant therapy, it can be considered as first line treatment.)

5. At least one measurable or evaluable lesion according to RECIST ver 1.1

6. ECOG performance status 0 or 1

7. Appropriate major organ function as defined below, A. Absolute neutrophil count (ANC)
≥ 1,500/mm3 B. Platelet ≥ 100,000/mm3 C. Hemoglobin > 8.0 g/dL D. Total bilirubin ≤
1.5 x ULN E. AST and ALT < 3 x ULN (if there is a live metastasis, AST and ALT ≤ 5 x
ULN) F. Serum creatinine ≤ 1.5x ULN or CCr > 50 mL/min

8. Life expectancy is more than 12 weeks

9. Echocardiography at the time of enrollment showed an ejection fraction ≥ 50%

10. Previous adverse events of chemotherapy or radiotherapy has been resolved to less than
grade 1 toxicity (exception: Alopecia, stable peripheral neuropathy, and manageable
electrolyte imbalance by replacement therapy are acceptable if they are resolved to
less than grade 2)

11. If the urine pregnan"""
STUDIES.append(dict(
    nct='NCT03766607',
    title='Trastuzumab Beyond Progression in HER2 Positive Metastatic Gastric Cancer',
    status='WITHDRAWN', phases=['PHASE2'], conditions=None,
    sponsor='Korean South West Oncology Group', min_age=None, sex='ALL', locations=[],
    urls=['https://www.clinicaltrialexchange.com/clinical-trials/Trastuzumab-Beyond-Progression-in-HER2-Positive-Metastatic-Gastric-Cancer/NCT03766607'],
    notes="Single page (clinicaltrialexchange). Status 'Withdrawn', Phase 2, sponsor Korean South West Oncology Group, participant gender All. Eligibility excerpt cut inside inclusion item 11 ('If the urine pregnan...'); no exclusion criteria visible. Interventions per page: ramucirumab, paclitaxel, trastuzumab (biosimilar) as second line.",
    kind='2L after trastuzumab: ramucirumab + paclitaxel + trastuzumab biosimilar; Korea; closed (withdrawn)',
    text=KS_TEXT,
    criteria=[
        c('inclusion', '1. Over 19 years old'.split('. ',1)[1], (M, 'adult over 19')),
        c('inclusion', """Histologically confirmed HER2 overexpressing gastric cancer (HER2 overexpression is
defined as IHC 3+ or FISH +)""", (N, 'not HER2 overexpressing (IHC 3+ or FISH+)'),
          c01=(U, 'HER2 IHC 3+ but GEJ primary; study names gastric cancer only'),
          c03=(M, 'gastric, HER2 IHC 3+'),
          c07=(M, 'gastric, IHC 2+ with ISH amplification'),
          c10=(M, 'gastric, IHC 2+ with ISH amplification'),
          c08=(U, 'GEJ primary; IHC 3+ at diagnosis but 1+ on 2026 re-biopsy'),
          c02=(N, 'HER2 IHC 1+'), c04=(N, 'oesophageal, HER2 0'), c05=(N, 'HER2 0'), c06=(N, 'IHC 2+ ISH not amplified'), c09=(N, 'HER2 0')),
        c('inclusion', 'Metastatic gastric cancer', (M, 'metastatic gastric cancer'),
          c01=(U, 'metastatic GEJ (not stated as gastric)'), c08=(U, 'metastatic GEJ (not stated as gastric)'),
          c04=(N, 'oesophageal primary'), c05=(N, 'resectable, non-metastatic'), c09=(N, 'locally advanced, not metastatic'),
          c07=(U, 'recurrent after gastrectomy; distant vs locoregional recurrence not recorded')),
        c('inclusion', """Progressive disease has been confirmed after first line treatment including
trastuzumab (If the recurrence occurred within 6 months after the completion of
postoperative adjuvant therapy, it can be considered as first line treatment.)""",
          (N, 'no trastuzumab-containing first line'),
          c01=(M, 'progressed on 1L pembrolizumab+trastuzumab+CAPOX'),
          c03=(M, 'progressed on 1L trastuzumab+SOX (has since also had ramucirumab+paclitaxel; exclusions not visible)'),
          c07=(M, 'progressed on 1L trastuzumab+CAPOX'),
          c08=(M, 'progressed on 1L trastuzumab+CAPOX'),
          c10=(M, 'progressed on 1L trastuzumab+FOLFOX (later lines since; exclusions not visible)'),
          c02=(N, 'untreated'), c05=(N, 'untreated'), c09=(N, 'untreated'),
          c04=(N, '1L contained no trastuzumab'), c06=(N, '1L contained no trastuzumab')),
        c('inclusion', 'At least one measurable or evaluable lesion according to RECIST ver 1.1', (M, 'measurable disease recorded'), **{'c05': MEAS['05']}),
        c('inclusion', 'ECOG performance status 0 or 1', (M, 'ECOG 0-1'), c08=(N, 'ECOG 2')),
        c('inclusion', """Appropriate major organ function as defined below, A. Absolute neutrophil count (ANC)
≥ 1,500/mm3 B. Platelet ≥ 100,000/mm3 C. Hemoglobin > 8.0 g/dL D. Total bilirubin ≤
1.5 x ULN E. AST and ALT < 3 x ULN (if there is a live metastasis, AST and ALT ≤ 5 x
ULN) F. Serum creatinine ≤ 1.5x ULN or CCr > 50 mL/min""", (U, 'laboratory values not recorded')),
        c('inclusion', 'Life expectancy is more than 12 weeks', (U, 'life expectancy not recorded')),
        c('inclusion', 'Echocardiography at the time of enrollment showed an ejection fraction ≥ 50%', (M, 'LVEF >= 50%'), c08=(N, 'LVEF 48%')),
        c('inclusion', """Previous adverse events of chemotherapy or radiotherapy has been resolved to less than
grade 1 toxicity (exception: Alopecia, stable peripheral neuropathy, and manageable
electrolyte imbalance by replacement therapy are acceptable if they are resolved to
less than grade 2)""", (U, 'residual toxicity grade after prior chemotherapy not recorded'),
          c02=(M, 'does not apply - no prior chemotherapy'), c05=(M, 'does not apply - no prior chemotherapy'), c09=(M, 'does not apply - no prior chemotherapy'),
          c10=(U, 'grade 2 pneumonitis on T-DXd in 2026; resolution not recorded')),
        c('inclusion', 'If the urine pregnan', (M, 'does not apply - pregnancy clause, man'),
          c05=(M, 'does not apply - 79-year-old woman, not of child-bearing potential'),
          c02=(U, 'woman of child-bearing potential; clause cut, pregnancy test not recorded'),
          c07=(U, 'woman of child-bearing potential; clause cut, pregnancy test not recorded'),
          c09=(U, 'woman of child-bearing potential; clause cut, pregnancy test not recorded')),
    ]))

# ---------------------------------------------------------------- ARX788 phase 1
ARX_TEXT = """Inclusion Criteria:

1. Life expectancy >12 weeks.

2. BMI is between 18 to 32 kg/m2

3. Subjects whose advanced cancer has failed treatment or whose cancer has progressed
following available standard therapy or for whom such therapy is not acceptable to the
subject. Subjects whose tumor tissue local laboratory results are HER2 ISH positive or
IHC3+ must have been previously treated with a HER2 targeting therapy (e.g.
trastuzumab, in the country or region where such therapies are available and part of
standard of care), or have failed SOC therapy. Subjects who have been previously
treated with a HER2 targeting therapy such as trastuzumab or ado-trastuzumab emtansine
are eligible.

4. Disease measurability: Phase 1a: measureable or non-measureable disease; Phase 1b:
disease must be measureable (per RECIST v1.1) (subjects with non-measureable disease
are not eligible for Phase 1b).

5. Histopathologic evidence of breast cancer based upon patho"""
STUDIES.append(dict(
    nct='NCT02512237',
    title='A Dose-escalation Study of ARX788, IV Administered in Subjects With Advanced Cancers With HER2 Expression',
    status='TERMINATED', phases=['PHASE1'], conditions=None,
    sponsor='Zhejiang Medicine Co., Ltd.', min_age=None, sex='ALL', locations=[],
    urls=['https://www.clinicaltrialexchange.com/clinical-trials/A-Dose-escalation-Study-of-ARX788-IV-Administered-in-Subjects-With-Advanced-Cancers-With-HER2-Expression/NCT02512237',
          'http://trials.cancervic.org.au/details.aspx?ID=vctl_nct02512237'],
    notes="clinicaltrialexchange shows Status 'Terminated', Phase 1, lead sponsor Zhejiang Medicine Co., Ltd. (collaborator Ambrx), summary naming an advanced gastric cancer expansion cohort (HER2 ISH+ or IHC3+). Cancer Council Victoria page shows the same inclusion items (it labels the trial 'Completed'; we record the clinicaltrialexchange status). Excerpt cut inside inclusion item 5 ('...based upon patho'); no exclusion criteria visible.",
    kind='HER2 ADC (ARX788) phase 1 basket incl. gastric cohort; China sponsor; closed (terminated)',
    text=ARX_TEXT,
    criteria=[
        c('inclusion', 'Life expectancy >12 weeks.', (U, 'life expectancy not recorded')),
        c('inclusion', 'BMI is between 18 to 32 kg/m2', (U, 'BMI not recorded')),
        c('inclusion', """Subjects whose advanced cancer has failed treatment or whose cancer has progressed
following available standard therapy or for whom such therapy is not acceptable to the
subject. Subjects whose tumor tissue local laboratory results are HER2 ISH positive or
IHC3+ must have been previously treated with a HER2 targeting therapy (e.g.
trastuzumab, in the country or region where such therapies are available and part of
standard of care), or have failed SOC therapy. Subjects who have been previously
treated with a HER2 targeting therapy such as trastuzumab or ado-trastuzumab emtansine
are eligible.""", (M, 'advanced cancer progressed after standard therapy; HER2-positive cases have had trastuzumab'),
          c02=(N, 'untreated advanced disease; standard first-line therapy available and not refused'),
          c09=(N, 'untreated; standard first-line therapy available and not refused'),
          c05=(N, 'resectable, not advanced; untreated'),
          c04=(M, 'progressed on 1L nivolumab+FOLFOX; HER2 0 so no prior anti-HER2 needed'),
          c06=(M, 'progressed after two standard lines; HER2 not ISH+/IHC3+')),
        c('inclusion', """Disease measurability: Phase 1a: measureable or non-measureable disease; Phase 1b:
disease must be measureable (per RECIST v1.1) (subjects with non-measureable disease
are not eligible for Phase 1b).""", (M, 'measurable disease recorded'), **{'c05': MEAS['05']}),
        c('inclusion', 'Histopathologic evidence of breast cancer based upon patho',
          (M, 'does not apply - breast-cancer cohort clause; summary lists a gastric expansion cohort (text cut)'),
          c04=(U, 'oesophageal adenocarcinoma; text cut before tumour types other than breast, gastric cohort scope unknown')),
    ]))
