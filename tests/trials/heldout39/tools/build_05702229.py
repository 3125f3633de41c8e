from build_common import *
NCT = 'NCT05702229'
J = {}
J[0] = allc(M, 'adult (age >= 18 recorded)')
J[1] = allc(U, 'body weight not recorded')
J[2] = mk(UP01=(N, 'already treated for metastatic disease: 1L trastuzumab+pembrolizumab+CAPOX, 2L T-DXd'),
          UP02=(M, 'newly diagnosed metastatic, no systemic therapy yet'),
          UP03=(N, 'already received 1L trastuzumab+CAPOX for metastatic disease'),
          UP04=(M, 'recurrent (advanced) disease untreated; perioperative FLOT ended 2025-03-05, recurrence 2026-10-15 (>183 days) so not a prior line (C6)'),
          UP05=(N, 'disease is resectable, not unresectable/metastatic: outside the study population'),
          UP06=(N, 'four prior palliative lines'),
          UP07=(N, 'recurrence 132 days after last perioperative FLOT dose: counts as a prior line for advanced disease (C6)'),
          UP08=(N, 'two prior palliative lines (nivolumab+FOLFOX, ramucirumab+paclitaxel); oesophageal primary also outside gastric/GEJ'))
J[3] = mk((M, 'measurable disease recorded'), UP05=(U, 'measurable disease not recorded (resectable primary)'))
J[4] = mk((M, 'ECOG 0-1 recorded'), UP02=(N, 'ECOG 2'), UP08=(N, 'ECOG 3'))
J[5] = allc(U, 'life expectancy not recorded (C2)')
J[6] = allc(U, 'laboratory values not recorded (C3)')
J[7] = mk((M, 'study procedure (C1): central CLDN18.2 testing on archival tissue <24 months old or fresh biopsy'))
J[8] = mk(UP01=(N, 'HER2 IHC 3+ (diagnosis and post-T-DXd re-biopsy)'),
          UP02=(N, 'HER2 IHC 2+ with ISH amplified (ratio 2.8) = HER2-positive'),
          UP03=(N, 'HER2 IHC 3+'),
          UP04=(M, 'HER2 IHC 1+ on resection and recurrence biopsy = HER2-negative'),
          UP05=(N, 'HER2 IHC 3+'),
          UP06=(M, 'latest tissue (2026-04-20 re-biopsy) IHC 1+ after HER2 loss; read by most recent tissue result'),
          UP07=(M, 'HER2 IHC 2+ with ISH not amplified = HER2-negative (not indeterminate)'),
          UP08=(M, 'tissue HER2 IHC 0 = HER2-negative by the stated IHC/ISH definition; ctDNA ERBB2 not part of it'))
J[9] = mk((U, 'no brain metastases recorded; cord compression/spinal disease not recorded (C4)'),
          UP06=(U, 'brain metastases recorded; whether treated and stable not recorded'),
          UP08=(U, 'brain metastases recorded; whether treated and stable not recorded'))
J[10] = allc(U, 'ascites not recorded (C4)')
J[11] = mk((U, 'HIV and hepatitis B/C absent; tuberculosis and hepatitis A not recorded (C4 composite)'),
           UP02=(U, 'hepatitis C history recorded; whether active not recorded'),
           UP06=(U, 'hepatitis B history recorded; whether active not recorded'),
           UP08=(N, 'HIV infection recorded'))
J[12] = allc(U, 'intercurrent illness control not recorded')
J[13] = mk((M, 'no autoimmune disease recorded (known absent)'),
           UP07=(U, 'autoimmune disease recorded; whether it requires systemic steroids/immunosuppression not recorded'))
J[14] = allc(U, 'other malignancy history not recorded (C4)')
J[15] = mk((M, 'no immune-oncology agent in treatment history'),
           UP01=(N, 'prior pembrolizumab (1L)'), UP08=(N, 'prior nivolumab (1L)'))
J[16] = mk((M, 'no CLDN18.2-directed therapy or MMAE-containing ADC in history'),
           UP01=(M, 'prior T-DXd (deruxtecan payload, not MMAE); no CLDN18.2 therapy'),
           UP06=(N, 'prior disitamab vedotin (MMAE payload)'))
NOTE = ('First-line HER2-negative G/GEJ adenocarcinoma platform (CLDN18.2/PD-1/TIGIT/CTLA-4 combinations). '
        'Recurrent disease is read as advanced disease; perioperative therapy counts as a prior line only when recurrence '
        'was <=183 days after it (C6). HER2 read from the most recent tissue result (HER2 loss -> HER2-negative); ctDNA '
        'ERBB2 does not enter the tissue definition. Central CLDN18.2 confirmation treated as a study procedure. '
        'Composite infection/CNS items stay unknown because TB, hepatitis A and cord compression are not recorded.')
if __name__ == '__main__':
    v, _ = write(NCT, NOTE, J); print(NCT, v)
