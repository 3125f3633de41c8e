from common import *
NCT = 'NCT05417594'
def dmod(m): return DNA(f'{m}; the only module open to gastric/GEJ cancer is Module 4 Part A (AZD9574 + T-DXd)')
M1 = dmod('Module 1 (PARPi monotherapy in HRR-mutated ovarian/breast/prostate/pancreatic cancer)')
M2 = dmod('Module 2 (IDH-mutant glioma with temozolomide)')
M3 = dmod('Module 3 (PET panels: HRR-mutated tumours / glioma / breast)')
M4B = dmod('Module 4 Part B (breast cancer expansion)')
M5 = dmod('Module 5 (Dato-DXd in TNBC, endometrial, ovarian, CRPC)')
MOD123 = dmod('Modules 1-3 clause')
S = {}
S[1] = A(U, 'ECOG trend over the previous 2 weeks not recorded')
S[2] = P((M, 'progression/recurrence recorded'), **{'08': (U, 'newly diagnosed, untreated locally advanced disease; progression not documented')})
S[3] = A(U, 'organ/marrow function not recorded (C3)')
S[4] = H; S[5] = H
for i in (6, 7, 8, 9, 10): S[i] = M1
S[11] = H
for i in (12, 13, 14, 15): S[i] = M1
S[16] = H
for i in range(17, 22): S[i] = M2
S[22] = H; S[23] = H
for i in range(24, 36): S[i] = M3
S[25] = H; S[32] = H
S[36] = H
for i in range(37, 42): S[i] = M3
S[42] = H
for i in range(43, 47): S[i] = M3
S[47] = H; S[48] = H; S[49] = H
S[50] = DNA('breast cancer clause')
S[51] = {'VI-01': (N, 'HER2 IHC 0'), 'VI-02': (M, 'IHC 3+ (2025 biopsy, most recent tissue test)'),
         'VI-03': (N, 'most recent tissue (2026-11-02) IHC 1+ after trastuzumab: HER2 loss'),
         'VI-04': DNA('oesophageal adenocarcinoma, judged under the non-gastric clause'),
         'VI-05': (N, 'tissue IHC 1+; plasma ERBB2 amplification is not local tissue testing'),
         'VI-06': (M, 'IHC 2+ / ISH amplified (ratio 2.4)'), 'VI-07': (M, 'IHC 3+ on 2026-11-04 re-biopsy'),
         'VI-08': (M, 'IHC 3+ (GEJ counted as gastric)')}
S[52] = P(DNA('gastric/GEJ cancer (previous clause)'), **{'04': (M, 'oesophageal: IHC 2+ meets the IHC 3+/2+ overexpression definition')})
S[53] = DNA('NSCLC clause')
S[54] = {'VI-01': (U, '1 prior cytotoxic line with progression; whether a satisfactory alternative (ramucirumab + paclitaxel) exists is investigator judgement'),
         'VI-02': (U, 'progressed after trastuzumab-SOX, then T-DXd; <= 2 cytotoxic lines; alternatives are investigator judgement'),
         'VI-03': (U, '2 chemotherapy lines plus disitamab vedotin (ADC) - count of cytotoxic lines depends on whether the ADC counts'),
         'VI-04': (N, '3 prior cytotoxic lines (FOLFOX, paclitaxel, FOLFIRI) - more than 2'),
         'VI-05': (U, '2 cytotoxic lines with progression; satisfactory alternatives are investigator judgement'),
         'VI-06': (N, 'trastuzumab-naive HER2-positive: trastuzumab-based therapy is a satisfactory alternative'),
         'VI-07': (U, '1 cytotoxic palliative line; standard alternative is T-DXd itself (part of this regimen) - investigator judgement'),
         'VI-08': (N, 'no prior systemic treatment')}
S[55] = P((M, 'metastatic/recurrent gastric or GEJ cancer (listed)'),
          **{'04': (N, 'oesophageal adenocarcinoma is not among the listed tumour types'),
             '08': (M, 'unresectable locally advanced GEJ cancer (gastric listed)')})
S[56] = A(U, 'organ/marrow function not recorded (C3)')
S[57] = P((M, 'LVEF >= 50%'), **{'01_08': (U, 'LVEF not recorded'), '04': (N, 'LVEF 42%'),
                                 '02': (M, 'LVEF 55%'), '03': (M, 'LVEF 58%'), '05': (M, 'LVEF 61%'),
                                 '06': (M, 'LVEF 64%'), '07': (M, 'LVEF 57%')})
S[58] = A(U, 'radiotherapy history not in case fields (C4)')
S[59] = P((M, 'contraception (C1)'), **{'01_03_05_08': DNA('female')})
S[60] = P((M, 'no fathering/sperm donation (C1)'), **{'01_03_05_08': DNA('female')})
S[61] = H
for i in (62, 63, 64): S[i] = M4B
S[65] = H
for i in (66, 67, 68): S[i] = M4B
S[69] = H; S[70] = M4B
S[71] = H
for i in range(72, 78): S[i] = M5
S[78] = H
for i in range(79, 86): S[i] = MOD123
S[79] = H
S[86] = H; S[87] = H
S[88] = P(DNA('male'), **{'05_08': (M, 'woman aged >= 55 (C2)'), '01_03': (U, 'woman < 55; pregnancy test not recorded (C2)')})
S[89] = P(DNA('male'), **{'01_03_05_08': (M, 'contraception (C1)')})
S[90] = P(DNA('male'), **{'05_08': (M, 'woman aged >= 55 (C2)'), '01_03': (U, 'woman < 55; breastfeeding status not recorded (C2)')})
S[91] = A(M, 'tissue provision is a study procedure (C1)')
S[92] = P((M, 'ECOG 0-1'), **{'05': (N, 'ECOG 2'), '08': (N, 'ECOG 3')})
S[93] = A(M, 'optional PD biopsy consent (C1)')
# exclusions
S[95] = A(U, 'recent surgery not in case fields (C4)')
S[96] = A(U, 'radiotherapy not in case fields (C4)')
tox = P((M, 'no toxicity > grade 1 recorded'),
        **{'02': (U, 'grade 2 pneumonitis on T-DXd; resolution not in case fields'),
           '05': (U, 'grade 2 vomiting on zolbetuximab; resolution not in case fields'),
           '08': DNA('no prior therapy')})
S[97] = tox
S[98] = A(U, 'blood counts not recorded (C3)')
S[99] = A(U, 'spinal metastases not recorded (C4)')
S[100] = A(U, 'seizure history not recorded (C4)')
S[101] = A(U, 'brain injury/stroke history not recorded')
S[102] = P((U, 'bleeding diathesis/infection status not recorded'),
           **{'06': (U, 'HIV; control status not in case fields'), '03': (U, 'hepatitis B; activity not recorded'),
              '08': (U, 'hepatitis C; activity not recorded')})
S[103] = A(U, 'intercurrent illness control not recorded')
S[104] = A(U, 'bleeding predisposition not recorded')
S[105] = A(U, 'haematological malignancy not recorded (C4)')
S[106] = A(U, 'GI function/swallowing not recorded (C4)')
S[107] = A(U, 'allergy history not recorded')
S[108] = A(U, 'MRI contraindication/steroid use not recorded')
S[109] = A(U, 'no ongoing anticancer therapy, but concomitant medications not recorded')
for i in range(110, 147): S[i] = MOD123 if i not in (110, 111, 117, 120, 127, 128, 135, 138, 144) else H
S[147] = H; S[148] = H
S[149] = A(U, 'immunosuppressant/steroid use not recorded')
S[150] = P((M, 'no more than 2 prior cytotoxic lines'),
           **{'04': (N, '3 prior cytotoxic lines'),
              '03': (U, '2 chemotherapy lines plus disitamab vedotin; 3 if the ADC counts as cytotoxic'),
              '08': (M, 'no prior therapy'), '06': (M, 'perioperative SOX only (1 line)'),
              '07': (M, 'perioperative FLOT + 1 palliative line = 2')})
S[151] = P((M, 'no prior HER2-directed topoisomerase-I ADC or AZD9574'),
           **{'02': (N, 'prior trastuzumab deruxtecan (HER2-directed TOPO1i ADC)'),
              '03': (M, 'prior disitamab vedotin is an MMAE (tubulin) ADC, not TOPO1i'),
              '04': (M, 'prior irinotecan is TOPO1i chemotherapy, not an ADC')})
S[152] = A(U, 'hydroxychloroquine use not recorded')
S[153] = tox
S[154] = A(U, 'transfusion/febrile neutropenia history not recorded')
S[155] = A(U, 'myocardial infarction history/troponin not recorded')
S[156] = P((M, 'no ILD/pneumonitis'),
           **{'02': (N, 'T-DXd pneumonitis grade 2 (steroid-treated grade per label)'), '08': (N, 'interstitial lung disease')})
S[157] = P((U, 'no autoimmune disease; other lung illness/pneumonectomy not recorded'),
           **{'05': (N, 'autoimmune disease'), '08': (N, 'interstitial lung disease - clinically significant lung illness'),
              '02': (U, 'prior pneumonitis; current lung status not in case fields')})
S[158] = A(U, 'effusions/ascites not recorded (C4)')
S[159] = A(U, 'hypersensitivity history not recorded')
S[160] = A(U, 'other primary malignancy not recorded (C4)')
S[161] = A(U, 'infection status not recorded')
S[162] = P((U, 'no HIV/HBV/HCV; primary immunodeficiency not recorded'),
           **{'06': (U, 'HIV; control status not in case fields'), '03': (U, 'hepatitis B; activity not recorded'),
              '08': (U, 'hepatitis C; activity not recorded')})
S[163] = H
S[164] = P((M, 'no brain metastases'), **{'04_07': (U, 'brain metastases; treatment/symptoms/steroids not in case fields')})
S[165] = H
S[166] = DNA('Module 4 Part B (breast expansion) clause')
S[167] = H
S[168] = DNA('Module 4 Part B clause'); S[169] = DNA('Module 4 Part B clause')
S[170] = H
for i in range(171, 186): S[i] = M5
S[173] = H
NOTE = ('CERTIS1 (AZD9574 PARP1 inhibitor), modular. For gastric/GEJ cancer only Module 4 Part A (AZD9574 + T-DXd) '
        'applies; every Module 1, 2, 3, 5 and Module 4 Part B clause is met as "does not apply". HER2 is judged on the '
        'most recent local tissue result (VI-03 loses HER2 after trastuzumab - not_met; VI-05 plasma ERBB2 does not count). '
        'Oesophageal adenocarcinoma is treated as a non-gastric tumour, and it is not in the listed tumour types (VI-04 not_met). '
        'GEJ is counted as gastric. "No satisfactory alternative" is decided only when an untried standard clearly exists '
        '(trastuzumab-naive HER2-positive VI-06, treatment-naive VI-08); otherwise unknown. Disitamab vedotin (MMAE payload) '
        'is not a TOPO1i ADC; whether an ADC counts as a cytotoxic line is left unknown.')
if __name__ == '__main__':
    v, c = build(NCT, S, NOTE, f'/work/tVI/VI/{NCT}.yaml'); print(NCT, v)
