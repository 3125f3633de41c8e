from common import *
NOTE = ("Multi-cohort phase 1 (ASP2138, CLDN18.2 x CD3). Each case is judged for its best-fitting gastric cohort and the "
        "other cohorts' clauses are met with 'does not apply': UO-01 and UO-08 -> first-line pembrolizumab + mFOLFOX6 "
        "combination (treatment-naive for advanced disease); UO-02 and UO-04 -> second-line ramucirumab + paclitaxel "
        "combination (one prior platinum + fluoropyrimidine line); UO-03 and UO-07 -> monotherapy (UO-07 only for dose "
        "escalation, 4 prior lines); UO-05 and UO-06 (resectable) fit no cohort and are judged against the monotherapy "
        "gastric items. Pancreatic clauses, Japan/Korea-only CAPOX cohort and region-specific (EU/Korea/China) clauses do "
        "not apply (geography never decides). CLDN18.2 must be positive by CENTRAL IHC: local results only -> unknown. "
        "T-DXd pneumonitis (UO-07) is read as drug-induced ILD -> excluded by 'history or complication of ILD'. HIV: "
        "monotherapy clause has a CD4 exception (CD4 not a field -> unknown) but combination cohorts exclude any HIV "
        "(UO-08 not_met), and HIV counts as an immunodeficiency diagnosis. The 21-day washout is read as systemic therapy "
        "(radiotherapy has its own item).")
COH = {1: '1L', 2: '2L', 3: 'mono', 4: '2L', 5: 'none', 6: 'none', 7: 'mono', 8: '1L'}
CNAME = {'1L': 'first-line pembrolizumab + mFOLFOX6 cohort', '2L': 'second-line ramucirumab + paclitaxel cohort',
         'mono': 'monotherapy cohort', 'none': 'monotherapy gastric items (no cohort fits)'}
CT = {1, 2, 4, 8}

def na(i, what):
    return (M, f'does not apply: {what}; patient assessed for the {CNAME[COH[i]]}')

def cohort(which, spec, what):
    """spec: {case: (s,r)} for cases in cohort `which` (set of cohort keys); others does-not-apply"""
    out = {}
    for i in range(1, 9):
        out[i] = spec[i] if COH[i] in which else na(i, what)
    return J(None, out)

PANC = J((M, 'does not apply: pancreatic cancer cohort'))
KR = J((M, 'does not apply: South Korea-specific clause (geography never decides)'))
EU = J((M, 'does not apply: EU-specific clause (geography never decides)'))
JPKR = J((M, 'does not apply: Japan/Korea-only pembrolizumab + CAPOX cohort'))
ADV = {i: (M, 'advanced gastric/GEJ adenocarcinoma') for i in (1, 2, 3, 4, 7, 8)}
ADV.update({5: (N, 'resectable: not metastatic/unresectable'), 6: (N, 'resectable setting: no advanced disease')})

women = {}
for i in range(1, 9):
    if SEX[i] == 'M':
        women[i] = (M, 'does not apply: male')
    elif AGE[i] >= 55:
        women[i] = (M, f'C2: woman aged {AGE[i]}')
    else:
        women[i] = (U, f'C2: woman aged {AGE[i]}; pregnancy test not in case')
notwocbp = {i: (women[i] if SEX[i] == 'M' or AGE[i] >= 55 else
                (M, 'alternative branch: WOCBP may enter under the contraception branch (C1)')) for i in range(1, 9)}

ROWS = {
 0: J((M, 'adult')),
 1: J(None, women),
 2: J(None, notwocbp),
 3: J(C1), 4: J(C1), 5: J(C1), 6: J(C1), 7: J(C1), 8: J(C1),
 9: J(None, {
      1: (U, 'local CLDN18.2 85%; central IHC pending'), 2: (U, 'local CLDN18.2 15%; central IHC not done'),
      3: (U, 'local CLDN18.2 90%; central IHC pending'), 4: (U, 'local CLDN18.2 40%; central IHC not done'),
      5: (U, 'local CLDN18.2 60%; central IHC not done'), 6: (U, 'CLDN18.2 not tested'),
      7: (U, 'CLDN18.2 not tested'), 8: (U, 'CLDN18.2 not tested')}),
 10: J(None, {**ADV, 5: (N, 'resectable: not locally advanced unresectable or metastatic'),
              6: (N, 'resectable setting: no advanced disease')}),
 11: J((M, 'measurable disease recorded'), {5: (U, 'measurable disease not recorded'),
                                           6: (U, 'measurable disease not recorded')}),
 12: J(LAB),
 13: J(C1),
 14: J(ov=ecog({0, 1})),
 15: J(LIFE),
 16: J(LAB),
 17: J(HEAD),
 18: J(None, ADV),
 19: J(None, {
      1: na(1, 'monotherapy escalation clause'), 2: na(2, 'monotherapy escalation clause'),
      3: (M, 'progressed on standard lines (2 prior)'), 4: na(4, 'monotherapy escalation clause'),
      5: (N, 'no progression on / intolerance of standard therapy; curative treatment available'),
      6: (N, 'no advanced disease; has not progressed on standard therapy'),
      7: (M, 'progressed on multiple standard lines'), 8: na(8, 'monotherapy escalation clause')}),
 20: KR,
 21: J(None, {
      1: na(1, 'monotherapy expansion clause'), 2: na(2, 'monotherapy expansion clause'),
      3: (M, '2 prior lines (<=3)'), 4: na(4, 'monotherapy expansion clause'),
      5: (M, 'no prior lines'), 6: (M, 'no prior lines for advanced disease'),
      7: (M, 'does not apply to dose escalation (no line limit); 4 prior lines would bar expansion'),
      8: na(8, 'monotherapy expansion clause')}),
 22: EU,
 23: PANC, 24: PANC, 25: PANC, 26: PANC, 27: PANC, 28: PANC, 29: PANC,
 30: J(HEAD),
 31: J(C1),
 32: J(HEAD),
 33: cohort({'1L'}, {1: (M, 'gastric adenocarcinoma'), 8: (M, 'GEJ adenocarcinoma')}, 'first-line combination clause'),
 34: cohort({'1L'}, {1: (M, 'metastatic'), 8: (M, 'recurrent metastatic')}, 'first-line combination clause'),
 35: cohort({'1L'}, {1: (M, 'no prior therapy for metastatic disease'),
                     8: (M, 'only perioperative FLOT (ended 660 days before recurrence); nothing for metastatic disease')},
            'first-line combination clause'),
 36: cohort({'1L'}, {1: (M, 'HER2 IHC 1+ = negative'),
                     8: (U, 'no tissue HER2 test; plasma ERBB2 amplification argues against HER2-negative')},
            'first-line combination clause'),
 37: J(C1),
 38: KR,
 39: J((M, 'heading of an EU-only clause')),
 40: EU,
 41: J(HEAD),
 42: cohort({'2L'}, {2: (M, 'GEJ adenocarcinoma'), 4: (M, 'gastric adenocarcinoma')}, 'second-line combination clause'),
 43: cohort({'2L'}, {2: (M, 'metastatic'), 4: (M, 'locally advanced unresectable')}, 'second-line combination clause'),
 44: cohort({'2L'}, {2: (M, 'progressed after 1 line: trastuzumab + pembrolizumab + capecitabine + oxaliplatin'),
                     4: (M, 'progressed after 1 line: nivolumab + S-1 + oxaliplatin')}, 'second-line combination clause'),
 45: PANC, 46: PANC, 47: PANC, 48: PANC, 49: PANC, 50: PANC,
 51: J((M, 'heading of Japan/Korea-specific clauses')),
 52: J(HEAD),
 53: J(C1),
 54: J(HEAD),
 55: JPKR, 56: JPKR, 57: JPKR, 58: JPKR, 59: J(C1),
 60: J(None, {
      1: (M, 'no prior therapy'), 2: (M, 'last systemic dose 2026-10-20 (42 days)'),
      3: (M, 'last dose 2026-10-28 (34 days)'), 4: (M, 'last dose 2026-09-14'), 5: (M, 'no prior therapy'),
      6: (M, 'last dose 2026-07-06'), 7: (M, 'last dose 2026-10-25 (37 days)'), 8: (M, 'last dose 2024-12-10')}),
 61: J((U, 'investigator judgement; not decidable from the case')),
 62: J((U, 'allergy history not a case field')),
 63: J((U, 'antibody hypersensitivity history not a case field')),
 64: J((U, 'body weight not a case field')),
 65: J((U, 'corticosteroid/immunosuppressant use not recorded')),
 66: J((U, 'gastric outlet obstruction not recorded')),
 67: J((U, 'gastric bleeding/ulcer status not recorded')),
 68: J((M, 'no brain metastases listed'), {
      7: (U, 'brain metastases; treatment, stability and steroid use not recorded'),
      8: (U, 'brain metastases; treatment, stability and steroid use not recorded')}),
 69: J((M, 'no HIV listed'), {8: (U, 'HIV listed; CD4 count and AIDS history not recorded (monotherapy exception)')}),
 70: J((M, 'no hepatitis B or C listed'), {
      2: (U, 'hepatitis B history; HBsAg status not recorded'),
      5: (U, 'hepatitis C history; HCV RNA not recorded')}),
 71: J((M, 'no hepatitis B listed'), {2: (U, 'hepatitis B history; serology/HBV DNA not recorded')}),
 72: J((M, 'permissive clarification; HCV judged under the main hepatitis item')),
 73: J((M, 'permissive clarification; HCV judged under the main hepatitis item')),
 74: J((U, 'C4 composite: recent cardiac events not recorded'), {
      4: (U, 'heart failure listed; hospitalisation in last 6 months not recorded')}),
 75: J((U, 'active infection not recorded')),
 76: J((M, 'no autoimmune disease listed'), {
      3: (U, 'autoimmune disease listed; activity and recent systemic treatment not recorded')}),
 77: J((U, 'investigator judgement; not decidable from the case')),
 78: J((U, 'C4: psychiatric/social history not recorded')),
 79: J((U, 'C4: surgery not a case field')),
 80: J((U, 'C4: radiotherapy not a case field')),
 81: J((U, 'C4: other malignancies not recorded')),
 82: J((M, 'no CLDN18.2-targeted therapy among recorded treatments')),
 83: J((M, 'no interstitial lung disease or pneumonitis listed'), {
      7: (N, 'T-DXd grade 2 pneumonitis = drug-induced interstitial lung disease')}),
 84: J((M, 'heading of a China-specific clause')),
 85: J((M, 'does not apply: China-specific clause (geography never decides)')),
 86: J(HEAD),
}
def ct(spec_ct, what='combination-therapy clause'):
    return J(None, {i: (spec_ct(i) if i in CT else na(i, what)) for i in range(1, 9)})
ROWS.update({
 87: ct(lambda i: (U, 'allergy/intolerance history not a case field')),
 88: ct(lambda i: (U, 'DPD status not recorded')),
 89: ct(lambda i: (U, 'corticosteroid/immunosuppressant use not recorded')),
 90: ct(lambda i: (N, 'HIV infection') if i == 8 else (M, 'no HIV listed')),
 91: ct(lambda i: (N, 'HIV: CD4 exception does not apply in combination cohorts') if i == 8 else (M, 'no HIV listed')),
 92: J((M, 'screening note, not a requirement on the patient')),
 93: ct(lambda i: (U, 'blood pressure history not recorded')),
 94: ct(lambda i: (U, 'C4: ascites not recorded')),
 95: J(HEAD),
 96: cohort({'1L'}, {1: (M, 'no pneumonitis or ILD listed'), 8: (M, 'no pneumonitis or ILD listed')},
            'first-line combination exclusion'),
 97: cohort({'1L'}, {1: (U, 'vaccination history not recorded'), 8: (U, 'vaccination history not recorded')},
            'first-line combination exclusion'),
 98: cohort({'1L'}, {1: (U, 'no immunodeficiency or autoimmune disease listed; steroid use not recorded'),
                     8: (N, 'HIV infection = diagnosis of immunodeficiency')}, 'first-line combination exclusion'),
 99: J(HEAD),
 100: cohort({'2L'}, {2: (U, 'cerebrovascular events not recorded'), 4: (U, 'cerebrovascular events not recorded')},
             'second-line combination exclusion'),
 101: cohort({'2L'}, {2: (U, 'vascular disease not recorded'), 4: (U, 'vascular disease not recorded')},
             'second-line combination exclusion'),
 102: cohort({'2L'}, {2: (U, 'coagulation status not recorded'), 4: (U, 'coagulation status not recorded')},
             'second-line combination exclusion'),
 103: cohort({'2L'}, {2: (U, 'anticoagulant use not recorded'), 4: (U, 'anticoagulant use not recorded')},
             'second-line combination exclusion'),
 104: cohort({'2L'}, {2: (U, 'anticoagulant use not recorded'), 4: (U, 'anticoagulant use not recorded')},
             'second-line combination exclusion'),
 105: J((M, 'heading of Japan/Korea-specific clauses')),
 106: J(HEAD),
})
for k in range(107, 115):
    ROWS[k] = JPKR
ROWS[115] = J(HEAD)
ROWS[116] = J(HEAD)
for k in range(117, 120):
    ROWS[k] = JPKR
