from build_common import *
NCT = 'NCT06695845'
J = {}
J[0] = allc(M, 'adult (age >= 18 recorded)')
J[1] = mk(UP01=(U, 'GEA cohort 3: progressed on 1L trastuzumab-based therapy and 2L T-DXd (required prior T-DXd present); whether remaining standard options (e.g. ramucirumab+paclitaxel) count as "options with confirmed benefit" is investigator judgement'),
          UP02=(N, 'no prior systemic treatment for advanced disease; no prior T-DXd (required for GEA cohort 3)'),
          UP03=(N, 'GEA cohort 3 requires prior T-DXd; only trastuzumab+CAPOX received'),
          UP04=(N, 'no prior systemic treatment for advanced disease (perioperative FLOT >183 days before recurrence, C6); no prior T-DXd'),
          UP05=(N, 'resectable, untreated disease; not advanced and no prior T-DXd'),
          UP06=(N, 'GEA cohort 3 requires prior T-DXd; received trastuzumab and disitamab vedotin but not T-DXd'),
          UP07=(N, 'no prior T-DXd (required for GEA cohort 3); only perioperative FLOT'),
          UP08=(N, 'no prior T-DXd (required for GEA cohort 3)'))
J[2] = mk(UP01=(U, 'local IHC 3+ on post-T-DXd re-biopsy 2026-10-22; central confirmation pending'),
          UP02=(N, 'local IHC 2+ (ISH amplified): trial requires IHC 3+; 2+/ISH+ does not qualify'),
          UP03=(U, 'local IHC 3+ on re-biopsy 2026-10-28; central confirmation pending'),
          UP04=(N, 'IHC 1+ on resection and recurrence biopsy'),
          UP05=(U, 'local IHC 3+; central confirmation pending'),
          UP06=(N, 'most recent tissue IHC 1+ (HER2 loss after trastuzumab/RC48)'),
          UP07=(N, 'IHC 2+/ISH not amplified'),
          UP08=(N, 'tissue IHC 0; ctDNA ERBB2 amplification does not establish IHC 3+'))
J[3] = c1('study procedure (C1): tissue available for central testing')
J[4] = mk((M, 'measurable disease recorded (ICR confirmation is a study procedure)'),
          UP05=(U, 'measurable disease not recorded (resectable primary)'))
J[5] = mk((M, 'ECOG 0-1 recorded'), UP02=(N, 'ECOG 2'), UP08=(N, 'ECOG 3'))
J[6] = allc(U, 'life expectancy not recorded (C2)')
J[7] = mk((M, 'does not apply: no CNS metastases recorded'),
          UP06=(U, 'brain metastases recorded; whether treated and stable not recorded'),
          UP08=(U, 'brain metastases recorded; whether treated and stable not recorded'))
J[8] = mk((M, 'does not apply: no CNS metastases recorded'),
          UP06=(N, 'has brain metastases; extra-CNS disease no longer IHC 3+ (latest re-biopsy IHC 1+)'),
          UP08=(N, 'has brain metastases; extra-CNS tissue HER2 IHC 0'))
J[9] = mk((M, 'does not apply: no CNS metastases recorded'),
          UP06=(U, 'brain metastases recorded; treatment and recovery from its toxicity not recorded'),
          UP08=(U, 'brain metastases recorded; treatment and recovery from its toxicity not recorded'))
J[10] = mk((M, 'does not apply: no CNS metastases recorded'),
           UP06=(U, 'brain metastases recorded; SRS/SRT dates not recorded'),
           UP08=(U, 'brain metastases recorded; SRS/SRT dates not recorded'))
J[11] = allc(U, 'organ function not recorded (C3)')
J[12] = preg('pregnancy test')
J[13] = c1('contraception item (C1)')
J[14] = mk((M, 'no brain metastases recorded (CNS metastatic disease incl. leptomeningeal read as absent)'),
           UP06=(U, 'brain metastases recorded; treated or untreated not recorded'),
           UP08=(U, 'brain metastases recorded; treated or untreated not recorded'))
J[15] = mk((U, 'no heart failure recorded; other cardiovascular disease not recorded (C4)'),
           UP02=(N, 'heart failure recorded = significant cardiovascular disease'),
           UP06=(N, 'LVEF 46% after trastuzumab: significant LV dysfunction for a HER2-directed agent'))
J[16] = mk(UP01=(M, 'no toxicities recorded on either prior line'),
           UP02=(M, 'no prior cancer therapy'),
           UP03=(U, 'grade 1 neuropathy recorded on 1L; whether still ongoing not recorded'),
           UP04=(M, 'no toxicities recorded'),
           UP05=(M, 'no prior cancer therapy'),
           UP06=(U, 'grade 2 neuropathy on disitamab vedotin; whether resolved not recorded'),
           UP07=(U, 'grade 2 neuropathy on FLOT; whether resolved not recorded'),
           UP08=(U, 'grade 2 pneumonitis on nivolumab; whether resolved not recorded'))
J[17] = allc(U, 'current infections/anti-infective therapy not recorded')
J[18] = mk((M, 'no HIV recorded (known absent)'), UP08=(N, 'HIV infection recorded'))
J[19] = mk((M, 'no hepatitis B or C recorded'),
           UP02=(U, 'hepatitis C history recorded; whether active not recorded'),
           UP06=(U, 'hepatitis B history recorded; whether active not recorded'))
J[20] = allc(U, 'SARS-CoV-2 status not recorded')
J[21] = allc(U, 'hypersensitivity history not recorded')
J[22] = allc(U, 'investigator judgement; not decidable from the case')
J[23] = allc(U, 'investigator judgement; not decidable from the case')
J[24] = allc(M, 'does not apply: cohort 1 (non-breast, non-GEA) clause; GEA cohort 3 permits prior HER2 therapy')
J[25] = mk((U, 'surgery/trauma history not recorded (C4)'),
           UP04=(U, 'gastrectomy implied by perioperative therapy; timing and any recent major surgery not recorded'),
           UP07=(U, 'resection implied by perioperative therapy; timing and any recent major surgery not recorded'))
J[26] = mk(UP01=(M, 'last therapy T-DXd ended 2026-10-06 (56 days; T-DXd 5 half-lives ~5 weeks); trastuzumab/pembrolizumab ended 2026-03-18'),
           UP02=(M, 'no prior therapy'),
           UP03=(N, 'trastuzumab ended 2026-10-12 (50 days); 5 half-lives of trastuzumab (~4 weeks each) is longer than 4 weeks'),
           UP04=(M, 'last systemic therapy 2025-03-05'),
           UP05=(M, 'no prior therapy'),
           UP06=(M, 'apatinib (short half-life) ended 2026-11-02, 29 days before 2026-12-01'),
           UP07=(M, 'last systemic therapy 2026-04-10'),
           UP08=(N, 'ramucirumab+paclitaxel ended 2026-11-05, 26 days (<4 weeks)'))
J[27] = allc(M, 'no prior zanidatamab')
J[28] = allc(M, 'does not apply: colorectal cancer clause')
J[29] = allc(M, 'does not apply: NSCLC clause')
J[30] = preg('pregnancy/breast-feeding/pregnancy plans')
J[31] = allc(U, 'other malignancy history not recorded (C4)')
NOTE = ('Zanidatamab basket (DiscovHER PAN-206); GEA patients fall in cohort 3, which REQUIRES prior T-DXd and central '
        'IHC 3+ (IHC 2+/ISH+ does not qualify). "No available treatment options that have confirmed benefit" left unknown '
        'for the post-T-DXd case because standard later-line options remain and the sponsor/investigator reading decides. '
        'Washout read literally as 4 weeks or 5 half-lives whichever longer (trastuzumab ~4-week half-life). HER2 '
        'read from the most recent tissue. "History of trauma or major surgery" read as a recent-surgery item '
        '(unknown). Heart failure and LVEF 46% read as significant cardiovascular disease.')
if __name__ == '__main__':
    v, _ = write(NCT, NOTE, J); print(NCT, v)
