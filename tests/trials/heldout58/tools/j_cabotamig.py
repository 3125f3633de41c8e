from common import *
NCT = 'NCT05411133'
S = {}
S[1] = {'VI-01': (N, 'gastric adenocarcinoma after one line: standard second-line therapy (ramucirumab + paclitaxel) still available'),
        'VI-02': (M, 'metastatic GEJ (gastric) adenocarcinoma after trastuzumab-chemo and T-DXd; standard options of proven benefit largely used'),
        'VI-03': (M, 'metastatic gastric adenocarcinoma after 3 lines; standard measures no longer effective'),
        'VI-04': (U, 'oesophageal adenocarcinoma is not in the inclusion list (though the registry conditions include it); 3 prior lines'),
        'VI-05': (M, 'metastatic gastric adenocarcinoma after 2 lines (incl. ramucirumab + paclitaxel)'),
        'VI-06': (N, 'HER2-positive recurrence after perioperative SOX; trastuzumab-based therapy (standard) never given'),
        'VI-07': (N, 'HER2-positive after one palliative line; standard second-line T-DXd still available'),
        'VI-08': (N, 'treatment-naive locally advanced GEJ cancer; standard first-line therapy exists')}
S[2] = A(U, 'CDH17 IHC not tested/recorded')
S[3] = P((M, 'ECOG <= 2'), **{'08': (N, 'ECOG 3')})
S[4] = A(U, 'life expectancy not stated')
S[5] = A(M, 'measurable_disease: true')
S[6] = H
S[7] = A(U, 'INR not recorded (C3)'); S[8] = A(U, 'PTT not recorded (C3)')
S[9] = A(M, 'venous access for apheresis is a study procedure (C1)')
S[10] = H
for i in range(11, 18): S[i] = A(U, 'laboratory value not recorded (C3)')
S[19] = P((M, 'no gene therapy or murine/chimeric antibody recorded (humanised or human antibodies only)'),
          **{'05': (N, 'prior zolbetuximab, a chimeric (mouse-human) IgG1 - a murine-containing product'),
             '08': (M, 'no prior systemic therapy')})
S[20] = {'VI-01': (U, 'systemic washout complete (last dose 2026-09-28); radiotherapy not recorded in case fields'),
         'VI-02': (U, 'systemic washout complete (T-DXd last 2026-09-30); radiotherapy not recorded in case fields'),
         'VI-03': (U, 'last dose 2026-10-20 = 6 weeks; radiotherapy not recorded in case fields'),
         'VI-04': (U, 'FOLFIRI last 2026-11-03; 5 half-lives of irinotecan/5-FU < 28 days, so washout complete; radiotherapy not recorded'),
         'VI-05': (N, 'ramucirumab + paclitaxel last 2026-10-26 (36 days); 6 weeks is shorter than 5 ramucirumab half-lives, not yet reached'),
         'VI-06': (U, 'systemic therapy ended 2026-05-15; radiotherapy not recorded in case fields'),
         'VI-07': (N, 'pembrolizumab + trastuzumab + CAPOX last 2026-10-27 (35 days); 6 weeks (shorter than 5 antibody half-lives) not reached'),
         'VI-08': (U, 'no prior systemic therapy; radiotherapy not recorded in case fields')}
S[21] = A(U, 'allergy history not recorded')
S[22] = P(DNA('male'), **{'05_08': (M, 'woman aged >= 55 (C2)'), '01_03': (U, 'woman < 55; pregnancy status not recorded (C2)')})
S[23] = P((M, 'no HIV, hepatitis B or C'),
          **{'06': (N, 'diagnosis of HIV'), '03': (U, 'hepatitis B history; whether chronic active not recorded'),
             '08': (U, 'hepatitis C history; whether active not recorded')})
S[24] = A(U, 'active infection status not recorded')
S[25] = A(U, 'paraspinal/leptomeningeal sites not recorded (C4)')
for c in ('VI-04', 'VI-07'): pass
S[25] = P((U, 'no brain metastases; paraspinal/leptomeningeal sites not recorded (C4)'),
          **{'04_07': (U, 'brain metastases present; symptoms/steroid status not in case fields')})
S[26] = P((M, 'no heart failure, LVEF >= 50%'),
          **{'04': (N, 'heart failure with LVEF 42%'), '01_08': (U, 'no heart failure recorded but LVEF unknown')})
S[27] = P((M, 'no grade >= 3 toxicity recorded'), **{'08': DNA('no prior therapy')})
S[28] = A(U, 'corticosteroid use not recorded')
S[29] = A(U, 'complementary/herbal medicine use not recorded')
S[30] = P((M, 'no autoimmune/inflammatory disease recorded'), **{'05': (U, 'autoimmune disease present; type not in case fields')})
S[31] = A(U, 'bowel function not recorded (GI integrity, C4)')
S[32] = A(U, 'recent trauma/surgery not recorded in case fields (C4)')
NOTE = ('Cabotamig (ARB202, CDH17 x CD3) first-in-human. CDH17 >= 10% is never tested, so no case can be eligible. '
        '"Standard curative or palliative measures do not exist or are no longer effective" is read as: a standard '
        'line of proven benefit has been used up - a second-line candidate with ramucirumab + paclitaxel or T-DXd still '
        'open, a trastuzumab-naive HER2-positive patient and a treatment-naive patient do not meet it. Oesophageal '
        'adenocarcinoma is not in the inclusion list although the registry conditions name it (unknown). Zolbetuximab is '
        'chimeric, i.e. murine-containing (VI-05 not_met); humanised antibodies (trastuzumab, pembrolizumab, disitamab '
        'vedotin) are not counted. The washout (5 half-lives or 6 weeks, whichever shorter) is computed to 2026-12-01.')
if __name__ == '__main__':
    v, c = build(NCT, S, NOTE, f'/work/tVI/VI/{NCT}.yaml'); print(NCT, v)
