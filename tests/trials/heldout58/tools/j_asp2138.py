from common import *
NCT = 'NCT05365581'
mono = 'assessed for the monotherapy gastric/GEJ cohort'
rp = 'VI-01 is assessed for the 2L ramucirumab + paclitaxel combination cohort'
CT1L = DNA('first-line pembrolizumab + chemotherapy cohort; this case is assessed for another cohort (VI-01: 2L ramucirumab + paclitaxel; others: monotherapy)')
PANC = DNA('pancreatic cohort; patient has gastro-oesophageal adenocarcinoma')
dna_rp = DNA('2L ramucirumab + paclitaxel cohort clause; ' + mono)
dna_ct_mono = DNA('combination-therapy clause; ' + mono)
S = {}
S[1] = A(M, 'adult (age >= 18 in the case)')
S[2] = P(DNA('male'), **{'05_08': (M, 'woman aged >= 55: pregnancy not expected (C2)'),
                         '01_03': (U, 'woman < 55; no pregnancy test in the case (C2)')})
S[3] = P(DNA('male'), **{'05_08': (M, 'woman aged >= 55, treated as not of childbearing potential (C2)'),
                         '01_03': (M, 'alternative to the next bullet; as a possible WOCBP she can meet the contraception route (C1)')})
S[4] = P(DNA('male'), **{'01_03_05_08': (M, 'contraception agreement (C1)')})
S[5] = P(DNA('male'), **{'01_03_05_08': (M, 'agreement not to breastfeed (C1)')})
S[6] = P(DNA('male'), **{'01_03_05_08': (M, 'agreement not to donate ova (C1)')})
S[7] = P((M, 'contraception agreement (C1)'), **{'01_03_05_08': DNA('female')})
S[8] = P((M, 'agreement not to donate sperm (C1)'), **{'01_03_05_08': DNA('female')})
S[9] = P((M, 'abstinence/condom agreement (C1)'), **{'01_03_05_08': DNA('female')})
S[10] = P((U, 'CLDN18.2 not tested; central IHC needed'),
          **{'01': (U, 'local CLDN18.2 85% (high); central IHC confirmation pending'),
             '03': (U, 'local CLDN18.2 40% on 2026-11-02 re-biopsy; positivity cut-off not stated, central IHC needed'),
             '04': (U, 'local CLDN18.2 10% (low); cut-off not stated, central IHC needed'),
             '05': (U, 'local CLDN18.2 80% (high); central IHC confirmation pending')})
S[11] = P((M, 'metastatic/recurrent disease recorded; imaging within 28 days is a screening procedure'),
          **{'08': (M, 'locally advanced unresectable disease recorded; imaging window is a screening procedure')})
S[12] = A(M, 'measurable_disease: true')
S[13] = A(U, 'QTcF not recorded (C3)')
S[14] = A(M, 'agreement not to join another study (C1)')
S[15] = P((M, 'ECOG 0-1 in the case'), **{'05': (N, 'ECOG 2'), '08': (N, 'ECOG 3')})
S[16] = A(U, 'life expectancy not stated')
S[17] = A(U, 'laboratory values not in the case (C3)')
S[18] = H
S[19] = P((M, 'metastatic/recurrent gastric adenocarcinoma'),
          **{'02': (M, 'metastatic GEJ adenocarcinoma'), '08': (M, 'locally advanced unresectable GEJ adenocarcinoma'),
             '04': (N, 'oesophageal adenocarcinoma - not gastric/GEJ')})
S[20] = P((M, 'has progressed on prior therapy (' + mono + ')'),
          **{'01': (M, 'progressed on first-line FOLFOX'),
             '08': (N, 'treatment-naive with standard first-line therapy available; no progression, intolerance or refusal')})
S[21] = A(M, 'regional clause (geography never decides, C7); no refusal of standard therapy recorded')
S[22] = P((M, 'no more than 3 prior lines'),
          **{'01': (M, '1 prior line'), '02': (M, '2 prior lines'), '03': (M, '3 prior lines (limit is 3)'),
             '04': (M, '3 prior lines (limit is 3)'), '05': (M, '2 prior lines'),
             '06': (M, '1 prior line (perioperative SOX counted, recurrence 166 days after last dose, C6)'),
             '07': (M, '1 prior palliative line; perioperative FLOT not counted (recurrence > 183 days)'),
             '08': (M, 'no prior lines')})
S[23] = A(M, 'EU-only clause: geography never decides (C7)')
S[24] = H
for i in range(25, 31): S[i] = PANC
S[31] = H
S[32] = A(M, 'laboratory timing after transfusion is a study procedure (C1)')
S[33] = H
for i in range(34, 40): S[i] = CT1L
S[40] = H
S[41] = CT1L
S[42] = H
S[43] = P(dna_rp, **{'01': (M, 'histologically confirmed gastric adenocarcinoma')})
S[44] = P(dna_rp, **{'01': (M, 'metastatic gastric adenocarcinoma')})
S[45] = P(dna_rp, **{'01': (M, 'one prior line: progression on first-line FOLFOX (platinum + fluoropyrimidine) 2026-09-28')})
S[46] = H
for i in range(47, 52): S[i] = PANC
S[52] = H; S[53] = H
S[54] = A(M, 'laboratory timing after transfusion is a study procedure (C1)')
S[55] = H
for i in range(56, 61): S[i] = CT1L
# exclusions
S[62] = P((M, 'last systemic anticancer dose > 21 days before 2026-12-01'),
          **{'08': (M, 'no prior systemic anticancer therapy'),
             '04': (M, 'last dose (FOLFIRI) 2026-11-03, 28 days before'),
             '07': (M, 'last dose 2026-10-27, 35 days before'),
             '05': (M, 'last dose 2026-10-26, 36 days before')})
S[63] = P((M, 'no unsuitability beyond the specific criteria identified'),
          **{'04_05_08': (U, 'investigator judgement; comorbidities recorded (see conditions)')})
S[64] = A(U, 'allergies/contraindications to study drugs not recorded')
S[65] = A(U, 'antibody allergy/intolerance history not recorded')
S[66] = A(U, 'body weight not recorded')
S[67] = A(U, 'corticosteroid/immunosuppressant use not recorded')
S[68] = A(U, 'gastric outlet status not recorded (GI integrity, C4)')
S[69] = A(U, 'gastric bleeding/ulcer status not recorded (C4)')
S[70] = P((M, 'no brain metastases (condition absent)'),
          **{'04': (U, 'brain metastases present; symptoms/stability not recorded in case fields'),
             '07': (U, 'brain metastases present; treatment date and 4-week stability not in case fields')})
S[71] = P((M, 'no HIV'), **{'06': (U, 'HIV: eligible for monotherapy only if CD4 >= 350 and no recent AIDS-defining infection; CD4 not in case fields')})
S[72] = P((M, 'no hepatitis B or C'),
          **{'03': (U, 'hepatitis B history; HBsAg/activity not recorded'),
             '08': (U, 'hepatitis C history; current HCV RNA not recorded')})
S[73] = P(DNA('no hepatitis B history'), **{'03': (U, 'hepatitis B history; serology/HBV DNA not recorded')})
S[74] = P(DNA('no hepatitis C history'), **{'08': (U, 'hepatitis C history; HCV RNA result not recorded')})
S[75] = P(DNA('no hepatitis C history'), **{'08': (U, 'hepatitis C history; treatment/viral load not in case fields')})
S[76] = P((U, 'recent MI/angina/arrhythmia history not recorded'),
          **{'04': (U, 'heart failure present; date of any hospitalisation not recorded')})
S[77] = A(U, 'active infection status not recorded')
S[78] = P((M, 'no autoimmune disease'), **{'05': (U, 'autoimmune disease present; current immunosuppression not in case fields')})
S[79] = P((M, 'no significant comorbidity recorded'),
          **{'02': (U, 'prior pneumonitis; investigator judgement'), '03': (U, 'hepatitis B; investigator judgement'),
             '04': (U, 'heart failure with LVEF 42%; investigator judgement'), '05': (U, 'autoimmune disease; investigator judgement'),
             '06': (U, 'HIV; investigator judgement'), '07': (U, 'brain metastases; investigator judgement'),
             '08': (U, 'ILD and hepatitis C; investigator judgement')})
S[80] = A(U, 'psychiatric/social history not recorded (C4)')
S[81] = A(U, 'recent surgery not recorded in case fields (C4)')
S[82] = A(U, 'radiotherapy not recorded in case fields (C4)')
S[83] = A(U, 'other malignancy not recorded (C4)')
S[84] = P((M, 'no prior CLDN18.2-targeted therapy'),
          **{'05': (U, 'prior zolbetuximab (last dose 2026-06-22, 162 days): dose escalation excluded, expansion only if > 5 half-lives and no grade >= 3 GI toxicity (vomiting grade 2 recorded); half-life check needed')})
S[85] = P((M, 'no ILD'), **{'08': (N, 'interstitial lung disease'),
                           '02': (N, 'T-DXd-induced pneumonitis (drug-induced ILD) grade 2 in 2026')})
S[86] = H
S[87] = A(U, 'herbal medication use not recorded (geography never decides, C7)')
S[88] = H
S[89] = P(dna_ct_mono, **{'01': (U, 'allergy/intolerance to ramucirumab/paclitaxel not recorded')})
S[90] = P(dna_ct_mono, **{'01': DNA('ramucirumab + paclitaxel cohort has no 5-FU')})
S[91] = P(dna_ct_mono, **{'01': (U, 'corticosteroid/immunosuppressant use not recorded')})
S[92] = P(dna_ct_mono, **{'01': (M, 'no HIV')})
S[93] = P(dna_ct_mono, **{'01': (M, 'no HIV; note only')})
S[94] = A(M, 'screening note; study procedure (C1)')
S[95] = P(dna_ct_mono, **{'01': (U, 'blood pressure not recorded')})
S[96] = P(dna_ct_mono, **{'01': (U, 'ascites/drainage not recorded (C4)')})
S[97] = H
for i in (98, 99, 100): S[i] = CT1L
S[101] = H
S[102] = P(dna_rp, **{'01': (U, 'cerebrovascular history not recorded')})
S[103] = P(dna_rp, **{'01': (U, 'vascular disease not recorded')})
S[104] = P(dna_rp, **{'01': (U, 'coagulation status not recorded (C3)')})
S[105] = P(dna_rp, **{'01': (U, 'anticoagulant use not recorded')})
S[106] = A(M, 'explanatory note, no additional requirement')
S[107] = H; S[108] = H
for i in range(109, 117): S[i] = DNA('pembrolizumab + CAPOX (Japan/Korea) first-line cohort; this case is assessed for another cohort')
S[117] = H; S[118] = H
for i in (119, 120, 121): S[i] = DNA('pembrolizumab + CAPOX first-line cohort; this case is assessed for another cohort')
NOTE = ('ASP2138 (CLDN18.2 x CD3) phase 1/1b. Multi-cohort record: each case is judged for the one gastric/GEJ cohort '
        'it fits best (VI-01: second-line ramucirumab + paclitaxel combination; all others: monotherapy escalation/expansion); '
        'clauses of the other cohorts and the pancreatic cohorts are met as "does not apply". Central CLDN18.2 IHC positivity '
        'has no stated cut-off, so local results (85%, 80%, 40%, 10%) leave it unknown. Oesophageal adenocarcinoma is '
        'not gastric/GEJ (VI-04 not_met). T-DXd-induced pneumonitis is read as a history of drug-induced ILD (VI-02 not_met). '
        'Region-specific clauses are met (geography never decides). A treatment-naive patient does not meet the monotherapy '
        'escalation requirement of progression/intolerance/refusal/no standard (VI-08).')
if __name__ == '__main__':
    v, c = build(NCT, S, NOTE, f'/work/tVI/VI/{NCT}.yaml'); print(NCT, v)
