from studies_c import *

RT_TEXT = """Eligibility Notes
  • Pathologically confirmed primary adenocarcinoma of the esophagus meeting the following criteria:
    • Involvement of mid (up to 25 cm), distal, or esophagogastric junction
      • Involvement of the stomach up to 5 cm allowed
      • Patients with tumors at the level of the carina or above must undergo bronchoscopy to exclude fistula
    • Stage T1, N1-2 or T2-3, N0-2 disease by chest, abdominal, or pelvic CT scan or whole-body PET/CT scan
      • No T1,N0 or T4 disease
      • No metastatic disease
    • Regional adenopathy including para-esophageal, gastric, gastrohepatic, and celiac (≤ 2 cm) nodes allowed
    • No cervical esophageal or proximal esophageal (15-24 cm) carcinoma
  • HER2-overexpressing adenocarcinoma of the esophagus
  • No evidence of """
GASTRIC = ['02','03','05','06','07','09','10']
METAST = ['01','02','03','04','06','08','10']
STUDIES.append(dict(
    nct='NCT01196390',
    title='CTSU R1010: A Phase III Trial Evaluating the Addition of Trastuzumab to Trimodality Treatment Of HER2-Overexpressing Esophageal Adenocarcinoma',
    status='RECRUITING', phases=['PHASE3'], conditions=None,
    sponsor='Radiation Therapy Oncology Group', min_age='18 Years', sex=None,
    locations=[{'facility': 'Swedish Cancer Institute', 'country': 'United States', 'status': 'Open to Enrollment'}],
    urls=['http://www.swedish.org/classes-and-resources/research-studies/ctsu-r1010-esophageal?TypeOfStudyName=none%253Anone&Title=&Investigator=',
          'http://www.mskcc.org/cancer-care/trial/12-094',
          'https://www.henryford.com/clinical-trials/cancer-gastro-esophageal/rtog-1010-a-phase-iii-trial-evaluating-the-addition-of-trastuzumab-to-trimodality'],
    notes="RTOG 1010 (NRG Oncology). Eligibility text from the Swedish Cancer Institute study page ('Eligibility Notes', nested bullets kept), which shows 'Status Open to Enrollment' - recorded as RECRUITING as shown, although the trial has since reported (Lancet Oncol 2022) and is closed in practice. Cut after '• No evidence of'. The NCT number is not printed in the excerpts seen; NCT01196390 is the ClinicalTrials.gov id of RTOG 1010 (reviewer knowledge - check). Sponsor as described on the MSKCC page ('Radiation Therapy Oncology Group study'); age >=18 from the MSKCC/Henry Ford pages. Henry Ford shows a shorter numbered version of the first items.",
    kind='HER2-positive oesophageal/GEJ adenocarcinoma, localized: chemoradiation + surgery +/- trastuzumab; US',
    text=RT_TEXT,
    criteria=[
        c('inclusion', 'Pathologically confirmed primary adenocarcinoma of the esophagus meeting the following criteria:',
          (N, 'gastric (not oesophageal) primary'), c04=(M, 'oesophageal adenocarcinoma'),
          c01=(M, 'GEJ adenocarcinoma (junction involvement accepted by sub-criterion)'), c08=(M, 'GEJ adenocarcinoma (junction involvement accepted by sub-criterion)')),
        c('inclusion', 'Involvement of mid (up to 25 cm), distal, or esophagogastric junction',
          (N, 'gastric primary'), c01=(M, 'GEJ'), c08=(M, 'GEJ'), c04=(U, 'level within the oesophagus not recorded')),
        c('inclusion', 'Involvement of the stomach up to 5 cm allowed', (M, 'does not apply - permissive clause')),
        c('inclusion', 'Patients with tumors at the level of the carina or above must undergo bronchoscopy to exclude fistula',
          (M, 'does not apply - tumour not at/above carina (gastric or GEJ)'), c04=(U, 'oesophageal tumour level not recorded')),
        c('inclusion', 'Stage T1, N1-2 or T2-3, N0-2 disease by chest, abdominal, or pelvic CT scan or whole-body PET/CT scan',
          (N, 'metastatic disease (stage IV)'), c05=(U, 'T/N stage not recorded'), c09=(U, 'T/N stage not recorded (unresectable, possibly T4)'),
          c07=(U, 'recurrent after gastrectomy; staging per criterion not applicable/recorded')),
        c('inclusion', 'No T1,N0 or T4 disease', (U, 'T/N category not recorded')),
        c('inclusion', 'No metastatic disease', (N, 'metastatic disease'), c05=(M, 'non-metastatic'), c09=(M, 'locally advanced, non-metastatic'),
          c07=(U, 'recurrent after gastrectomy; distant vs locoregional not recorded')),
        c('inclusion', 'Regional adenopathy including para-esophageal, gastric, gastrohepatic, and celiac (≤ 2 cm) nodes allowed', (M, 'does not apply - permissive clause')),
        c('inclusion', 'No cervical esophageal or proximal esophageal (15-24 cm) carcinoma',
          (M, 'not a cervical/proximal oesophageal tumour'), c04=(U, 'oesophageal tumour level not recorded')),
        c('inclusion', 'HER2-overexpressing adenocarcinoma of the esophagus', (N, 'not a HER2-overexpressing oesophageal adenocarcinoma'),
          c01=(M, 'GEJ adenocarcinoma, HER2 IHC 3+'), c08=(M, 'GEJ adenocarcinoma, HER2 IHC 3+ at diagnosis (1+ on 2026 re-biopsy)'),
          c04=(N, 'oesophageal adenocarcinoma but HER2 IHC 0')),
        c('inclusion', 'No evidence of', (U, 'clause cut - content unknown')),
    ]))
