from studies_a import *

# ---------------------------------------------------------------- Her+XELOX (Asan)
HX_TEXT = """Inclusion Criteria:

1. Histologically confirmed adenocarcinoma of the stomach or gastro-oesophageal junction
with inoperable locally advanced or recurrent and/or metastatic disease, not amenable
to curative therapy.

2. Measurable disease, according to the Response Evaluation Criteria in Solid Tumors
(RECIST), assessed using imaging techniques (CT or MRI).

3. HER2 positive tumour (primary tumour or metastasis) defined as either IHC2+ and FISH+
or IHC3+ according to the gastric cancer scoring system for HER2

4. ECOG Performance status 0, 1 or 2

5. Life expectancy of at least 3 months.

6. Male or female. Age over 20 year.

7. Signed informed consent.

Exclusion Criteria:

1. Previous chemotherapy for advanced/metastatic disease (prior adjuvant/neoadjuvant
therapy is allowed if at least 6 months has elapsed between completion of
adjuvant/neoadjuvant therapy and enrolment into the study; adjuvant/neoadjuvant
therapy with platinum is not allowed).

2. Lack of physical integrity of the upper gastrointestinal tract or malabsorption
syndrome (e.g. patients with partial or total gastrectomy can enter the study, but not
those with a jejunostomy tube).

3. Patients with active (significant or uncontrolled) gastrointestinal bleeding.

4. Residual relevant toxi"""
PRIOR_PALL = {k: (N, 'has received palliative chemotherapy for advanced disease') for k in ['01','03','04','06','07','08','10']}
STUDIES.append(dict(
    nct='NCT01396707',
    title='Trastuzumab in Combination With Capecitabine and Oxaliplatin(XELOX) in Patients With Advanced Gastric Cancer(AGC): Her+XELOX',
    status='COMPLETED', phases=['PHASE2'], conditions=None,
    sponsor='Asan Medical Center', min_age=None, sex='ALL', locations=[],
    urls=['https://www.clinicaltrialexchange.com/clinical-trials/Trastuzumab-in-Combination-With-Capecitabine-and-Oxaliplatin-XELOX-in-Patients-With-Advanced-Gastric-Cancer-AGC-Her-XELOX/NCT01396707'],
    notes="clinicaltrialexchange: Status 'Completed', Phase 2, lead sponsor Asan Medical Center (Korea), collaborator Hoffmann-La Roche. First-line HER2-positive trial. Excerpt cut inside exclusion item 4 ('Residual relevant toxi...').",
    kind='1L HER2-positive trastuzumab + XELOX; Korea; closed (completed)',
    text=HX_TEXT,
    criteria=[
        c('inclusion', """Histologically confirmed adenocarcinoma of the stomach or gastro-oesophageal junction
with inoperable locally advanced or recurrent and/or metastatic disease, not amenable
to curative therapy.""", (M, 'advanced gastric/GEJ adenocarcinoma'),
          c04=(N, 'oesophageal (not gastric/GEJ) primary'), c05=(N, 'resectable disease amenable to curative therapy')),
        c('inclusion', """Measurable disease, according to the Response Evaluation Criteria in Solid Tumors
(RECIST), assessed using imaging techniques (CT or MRI).""", (M, 'measurable disease recorded'), **{'c05': MEAS['05']}),
        c('inclusion', """HER2 positive tumour (primary tumour or metastasis) defined as either IHC2+ and FISH+
or IHC3+ according to the gastric cancer scoring system for HER2""", (N, 'HER2-negative'),
          c01=(M, 'IHC 3+ (gastric criteria)'), c03=(M, 'IHC 3+'), c07=(M, 'IHC 2+ ISH amplified'), c10=(M, 'IHC 2+ ISH amplified'),
          c08=(M, 'primary IHC 3+ in 2025 (2026 re-biopsy 1+)'),
          c02=(N, 'IHC 1+'), c04=(N, 'IHC 0'), c05=(N, 'IHC 0'), c06=(N, 'IHC 2+ ISH not amplified'), c09=(N, 'IHC 0')),
        c('inclusion', '4. ECOG Performance status 0, 1 or 2'[3:], (M, 'ECOG 0-2')),
        c('inclusion', 'Life expectancy of at least 3 months.', (U, 'life expectancy not recorded')),
        c('inclusion', 'Male or female. Age over 20 year.', (M, 'adult over 20')),
        c('inclusion', 'Signed informed consent.', (U, 'consent not recorded')),
        c('exclusion', """Previous chemotherapy for advanced/metastatic disease (prior adjuvant/neoadjuvant
therapy is allowed if at least 6 months has elapsed between completion of
adjuvant/neoadjuvant therapy and enrolment into the study; adjuvant/neoadjuvant
therapy with platinum is not allowed).""", (M, 'no prior chemotherapy'), **{('c'+k): v for k, v in PRIOR_PALL.items()}),
        c('exclusion', """Lack of physical integrity of the upper gastrointestinal tract or malabsorption
syndrome (e.g. patients with partial or total gastrectomy can enter the study, but not
those with a jejunostomy tube).""", (U, 'GI tract integrity / malabsorption / feeding tube not recorded')),
        c('exclusion', 'Patients with active (significant or uncontrolled) gastrointestinal bleeding.', (U, 'bleeding status not recorded')),
        c('exclusion', 'Residual relevant toxi', (U, 'clause cut; residual toxicity of prior therapy not recorded'),
          c02=(M, 'does not apply - no prior therapy'), c05=(M, 'does not apply - no prior therapy'), c09=(M, 'does not apply - no prior therapy')),
    ]))

# ---------------------------------------------------------------- MRG002
MRG_TEXT = """Inclusion Criteria:

1. Willing to sign the ICF and follow the requirements specified in the protocol.

2. Aged ≥18.

3. Life expectancy ≥ 3 months.

4. Patients with histologically or cytologically confirmed gastric/ gastroesophageal
junction cancer.

5. In Cohort 1, a positive HER2 test result defined as follows: IHC 3+ or IHC 2+ and ISH
positive. In Cohort 2, low HER2 expression defined as follows: IHC 1+, or IHC 2+ and
ISH negative.

6. Documented tumor progression or intolerance during or after at least one prior line of
platinum- and/or fluoropyrimidine-based chemotherapy ± anti-HER2 (trastuzumab or
equivalent) therapy.

7. Willing and able to provide adequate archival tumor tissue samples for HER2 status
confirmation by central laboratory.

8. Cohort 1 patients, who have received prior anti-HER2 therapy, are willing to undergo
fresh tissue biopsy to confirm HER2 status as assessed by the investigator to be
feasible and safe.

9. Patients must have at least one measurable tumor lesion according to Response
Evaluation Criteria in Solid Tumors (RECIST v1.1).

10. The score of ECOG for performance status is 0 or 1 with no deterioration within 2
weeks prior to the first dose of the study drug.

11. Organ function must meet the basic requirements.

Exclusion Criteria:

1. Patients with the following pathological diagnosis: squamous cell carcinoma, carcinoid
tumor, neuroendocrin"""
STUDIES.append(dict(
    nct='NCT05141747',
    title='A Study of MRG002 in the Treatment of HER2-positive/HER2-low Locally Advanced or Metastatic Gastric/Gastroesophageal Junction Cancer.',
    status='NOT_YET_RECRUITING', phases=['PHASE2'], conditions=None,
    sponsor='Shanghai Miracogen Inc.', min_age=None, sex='ALL', locations=[],
    urls=['https://www.clinicaltrialexchange.com/clinical-trials/A-Study-of-MRG002-in-the-Treatment-of-HER2-positive-HER2-low-Locally-Advanced-or-Metastatic-Gastric-Gastroesophageal-Junction-Cancer/NCT05141747'],
    notes="clinicaltrialexchange: Status 'Not yet recruiting' (page also shows an old trial end date 2023-12-01, so the status is probably stale), Phase 2, lead sponsor Shanghai Miracogen Inc. Excerpt cut inside exclusion item 1 ('...neuroendocrin').",
    kind='HER2 ADC (MRG002) in HER2-positive and HER2-low gastric/GEJ after >=1 line; China',
    text=MRG_TEXT,
    criteria=[
        c('inclusion', 'Willing to sign the ICF and follow the requirements specified in the protocol.', (U, 'consent/willingness not recorded')),
        c('inclusion', 'Aged ≥18.', (M, 'adult')),
        c('inclusion', 'Life expectancy ≥ 3 months.', (U, 'life expectancy not recorded')),
        c('inclusion', """Patients with histologically or cytologically confirmed gastric/ gastroesophageal
junction cancer.""", (M, 'gastric/GEJ adenocarcinoma'), c04=(N, 'oesophageal primary')),
        c('inclusion', """In Cohort 1, a positive HER2 test result defined as follows: IHC 3+ or IHC 2+ and ISH
positive. In Cohort 2, low HER2 expression defined as follows: IHC 1+, or IHC 2+ and
ISH negative.""", (N, 'HER2 IHC 0 - neither HER2-positive nor HER2-low'),
          c01=(M, 'IHC 3+ (re-biopsy 2026) - cohort 1'), c03=(M, 'IHC 3+ - cohort 1'), c07=(M, 'IHC 2+ ISH+ - cohort 1'), c10=(M, 'IHC 2+ ISH+ - cohort 1'),
          c02=(M, 'IHC 1+ - cohort 2 (HER2-low)'), c06=(M, 'IHC 2+ ISH- - cohort 2 (HER2-low)'),
          c08=(M, 'IHC 1+ on 2026 re-biopsy - cohort 2 (was 3+ at diagnosis)')),
        c('inclusion', """Documented tumor progression or intolerance during or after at least one prior line of
platinum- and/or fluoropyrimidine-based chemotherapy ± anti-HER2 (trastuzumab or
equivalent) therapy.""", (M, 'progressed after platinum/fluoropyrimidine-based line'),
          c02=(N, 'untreated'), c05=(N, 'untreated'), c09=(N, 'untreated')),
        c('inclusion', """Willing and able to provide adequate archival tumor tissue samples for HER2 status
confirmation by central laboratory.""", (U, 'tissue availability/willingness not recorded')),
        c('inclusion', """Cohort 1 patients, who have received prior anti-HER2 therapy, are willing to undergo
fresh tissue biopsy to confirm HER2 status as assessed by the investigator to be
feasible and safe.""", (M, 'does not apply - not a cohort 1 patient with prior anti-HER2 therapy'),
          c01=(U, 'cohort 1 after trastuzumab; willingness for fresh biopsy not recorded (re-biopsied 2026-10-05)'),
          c03=(U, 'cohort 1 after trastuzumab; willingness/feasibility of fresh biopsy not recorded'),
          c07=(U, 'cohort 1 after trastuzumab; willingness/feasibility of fresh biopsy not recorded'),
          c10=(U, 'cohort 1 after trastuzumab; willingness/feasibility of fresh biopsy not recorded')),
        c('inclusion', """Patients must have at least one measurable tumor lesion according to Response
Evaluation Criteria in Solid Tumors (RECIST v1.1).""", (M, 'measurable disease recorded'), **{'c05': MEAS['05']}),
        c('inclusion', """The score of ECOG for performance status is 0 or 1 with no deterioration within 2
weeks prior to the first dose of the study drug.""", (M, 'ECOG 0-1'), c08=(N, 'ECOG 2')),
        c('inclusion', 'Organ function must meet the basic requirements.', (U, 'laboratory values not recorded')),
        c('exclusion', """Patients with the following pathological diagnosis: squamous cell carcinoma, carcinoid
tumor, neuroendocrin""", (M, 'adenocarcinoma')),
    ]))

# ---------------------------------------------------------------- GERCOR dostarlimab localized dMMR
GE_TEXT = """Inclusion Criteria:

1. Capable of giving signed and dated informed consent,

2. An ECOG PS of 0-1,

3. ≥18 and ≤75 years old,

The patient over 75 years of age is eligible only if all the following conditions are
met:

- The patient's G8 questionnaire score is above 14 AND

- The patient is eligible for surgery and has no contraindications to repeated UGI
endoscopy with biopsies,

4. Histologically proven non-metastatic gastric or OGJ adenocarcinoma cT2 to T4, Nx, M0
after computed tomography thorax-abdomen-pelvis (TAP-CT) and echo-endoscopy (EUS)
according to the 7th Edition of the International Union Against Cancer; NB:
Echo-endoscopy will be performed only if the tumor is not obstructive at UGI endoscopy
± a new UGI endoscopy with 10 biopsies, photos (if not done at the first UGI endoscopy
done for diagnosis) and if possible (not mandatory) tumor tattooing/inking. If
obstructive, the tumor will be classified as cT3 or cT4 (in the situation when the
tumor was obstructive and prevented EUS, it was classified T3N+, if it did not invade
the adjacent organs on CT scan, because obstructing tumours represented lo"""
METAS = {k: (N, 'metastatic/recurrent disease') for k in ['01','02','03','06','08','10']}
STUDIES.append(dict(
    nct='NCT06059495',
    title='Watch-and-Wait Approach With Dostarlimab in Localized dMMR/MSI-H Gastric Cancer: GERCOR Phase II Study',
    status='RECRUITING', phases=['PHASE2'], conditions=['Adenocarcinoma - GEJ', 'Gastric Adenocarcinoma'],
    sponsor='GERCOR - Multidisciplinary Oncology Cooperative Group', min_age='18 Years', sex='ALL', locations=[],
    urls=['https://clinicaltrialexchange.com/clinical-trials/Watch-and-Wait-Approach-With-Dostarlimab-in-Localized-dMMR-MSI-H-Gastric-Cancer-GERCOR-Phase-II-Study/NCT06059495',
          'https://www.centerwatch.com/clinical-trials/listings/NCT06059495/watch-and-wait-approach-with-dostarlimab-in-localized-dmmr-msi-h-gastric-cancer-gercor-phase-ii-study',
          'https://www.trialfinderdata.org/trial/NCT06059495', 'https://meddatax.com/clinical-trials/NCT06059495'],
    notes="Eligibility text from clinicaltrialexchange (status Recruiting, Phase 2, sponsor GERCOR). Centerwatch shows the same items (ages 18-75, Active - Recruiting); trialfinderdata and meddatax show RECRUITING, Phase 2, 59 participants, conditions 'Adenocarcinoma - GEJ' and 'Gastric Adenocarcinoma'. Excerpt cut inside inclusion item 4 ('...obstructing tumours represented lo'); the dMMR/MSI-H requirement itself and all exclusion criteria are not visible.",
    kind='Localized (resectable) dMMR/MSI-H gastric/OGJ: neoadjuvant dostarlimab, watch-and-wait; France',
    text=GE_TEXT,
    criteria=[
        c('inclusion', 'Capable of giving signed and dated informed consent,', (U, 'consent capacity not recorded')),
        c('inclusion', 'An ECOG PS of 0-1,', (M, 'ECOG 0-1'), c08=(N, 'ECOG 2')),
        c('inclusion', """≥18 and ≤75 years old,

The patient over 75 years of age is eligible only if all the following conditions are
met:

- The patient's G8 questionnaire score is above 14 AND

- The patient is eligible for surgery and has no contraindications to repeated UGI
endoscopy with biopsies,""", (M, 'aged 18-75'), c05=(U, 'aged 79: G8 score and fitness for surgery/repeated endoscopy not recorded')),
        c('inclusion', """Histologically proven non-metastatic gastric or OGJ adenocarcinoma cT2 to T4, Nx, M0
after computed tomography thorax-abdomen-pelvis (TAP-CT) and echo-endoscopy (EUS)
according to the 7th Edition of the International Union Against Cancer; NB:
Echo-endoscopy will be performed only if the tumor is not obstructive at UGI endoscopy
± a new UGI endoscopy with 10 biopsies, photos (if not done at the first UGI endoscopy
done for diagnosis) and if possible (not mandatory) tumor tattooing/inking. If
obstructive, the tumor will be classified as cT3 or cT4 (in the situation when the
tumor was obstructive and prevented EUS, it was classified T3N+, if it did not invade
the adjacent organs on CT scan, because obstructing tumours represented lo""",
          (N, 'metastatic disease'), **{('c'+k): v for k, v in METAS.items()},
          c04=(N, 'metastatic oesophageal adenocarcinoma'),
          c07=(N, 'recurrent disease after gastrectomy'),
          c05=(U, 'non-metastatic resectable gastric adenocarcinoma; cT category (T2-T4) not recorded'),
          c09=(U, 'non-metastatic but unresectable; cT category not recorded (and tumour is pMMR - dMMR requirement not visible in cut text)')),
    ]))
