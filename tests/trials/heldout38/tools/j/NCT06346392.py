from common import *
NOTE = ("AZD0901 (CLDN18.2 ADC, MMAE payload) vs investigator's choice, second line or later after a fluoropyrimidine + "
        "platinum line; HER2-positive excluded on the MOST RECENT HER2 result (so UO-03's HER2 loss makes her eligible on this "
        "point). The record does not give the CLDN18.2 cut-off: >=75% moderate-to-strong staining is taken as positive under "
        "any definition (met); 15-60% is unknown; untested is unknown. Perioperative therapy counts as a line only with "
        "recurrence <=183 days (UO-07 yes, UO-08 no). Prior disitamab vedotin (MMAE) excludes UO-07. Persistent toxicity: "
        "met when no prior therapy or only grade 1 recorded; unknown when grade >=2 was recorded without resolution or when "
        "toxicities were not recorded.")
ROWS = {
 0: J(C1),
 1: J((M, 'adult')),
 2: J((M, 'advanced (unresectable/metastatic/recurrent) gastric or GEJ adenocarcinoma'), {
      5: (N, 'resectable disease'), 6: (N, 'resectable setting, no advanced disease')}),
 3: J(None, {
      1: (M, 'CLDN18.2 85% (2026-10-16)'), 2: (U, 'CLDN18.2 15%: positivity cut-off not stated'),
      3: (M, 'CLDN18.2 90% on 2026-05-06 re-biopsy (within 24 months)'),
      4: (U, 'CLDN18.2 40%: positivity cut-off not stated'), 5: (U, 'CLDN18.2 60%: cut-off not stated'),
      6: (U, 'CLDN18.2 not tested'), 7: (U, 'CLDN18.2 not tested'), 8: (U, 'CLDN18.2 not tested')}),
 4: J(None, {
      1: (N, 'no prior line'), 2: (M, 'progressed after trastuzumab + pembrolizumab + CAPOX'),
      3: (M, 'progressed after trastuzumab + CAPOX (and ramucirumab + paclitaxel)'),
      4: (M, 'progressed after nivolumab + SOX (S-1 + oxaliplatin)'), 5: (N, 'no prior line'),
      6: (N, 'perioperative therapy only, no advanced disease'),
      7: (M, 'perioperative SOX with recurrence at 138 days counts as a line; progressed on later lines'),
      8: (N, 'perioperative FLOT ended 660 days before recurrence: not a line; no therapy for advanced disease')}),
 5: J((M, 'measurable disease recorded'), {
      5: (U, 'measurable disease not recorded'), 6: (U, 'measurable disease not recorded')}),
 6: J(ov=ecog({0, 1})),
 7: J(LIFE),
 8: J(LAB),
 9: J((U, 'body weight not a case field')),
 10: J(C1),
 11: J(None, {
      1: (M, 'HER2 IHC 1+'), 2: (N, 'HER2 IHC 3+'),
      3: (M, 'most recent HER2: IHC 1+ / ISH ratio 1.2 (2026-05) — HER2 loss'),
      4: (M, 'HER2 IHC 0'), 5: (M, 'HER2 IHC 2+/ISH not amplified'), 6: (N, 'HER2 IHC 3+'), 7: (N, 'HER2 IHC 3+'),
      8: (U, 'no tissue IHC/ISH yet (required); plasma ERBB2 amplified')}),
 12: J((U, 'gastric bleeding/ulcer status not recorded')),
 13: J((U, 'no brain metastases listed; other CNS pathology (epilepsy, stroke, dementia...) not recorded'), {
      3: (U, 'no brain metastases; CNS involvement of autoimmune disease/other CNS pathology not recorded'),
      7: (N, 'brain metastases'), 8: (N, 'brain metastases')}),
 14: J((U, 'corneal disease not recorded')),
 15: J(None, {
      1: (M, 'no previous anticancer therapy'), 2: (M, 'only grade 1 neuropathy recorded'),
      3: (U, 'grade 2 paclitaxel neuropathy recorded; resolution not recorded (MMAE may worsen it)'),
      4: (U, 'toxicities not recorded'), 5: (M, 'no previous anticancer therapy'),
      6: (U, 'toxicities not recorded'), 7: (U, 'grade 2 pneumonitis recorded; resolution not recorded'),
      8: (U, 'toxicities not recorded')}),
 16: J((M, 'no MMAE ADC or non-naked CLDN18.2 therapy among recorded treatments'), {
      7: (N, 'prior disitamab vedotin (MMAE payload ADC)')}),
}
