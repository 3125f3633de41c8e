from common import *
NOTE = ("Perioperative FLOT vs adjuvant XELOX for resectable locally advanced gastric/EGJ (Siewert II/III) cancer; "
        "age 18 to <80; no previous gastrectomy or chemotherapy. Clinical T/N stage is not a case field, so ≥T3/≥N1 is unknown "
        "for the resectable cases (UO-04's locally advanced unresectable setting counts as locally advanced). 'Resectable' "
        "setting is taken to mean no distant metastasis and resectable disease. Previous gastrectomy is not a case field, so "
        "item 3 is unknown for the treatment-naive resectable case (UO-05). Neuropathy judged from the worst recorded grade.")
ROWS = {
 0: J(None, {
      1: (N, 'metastatic disease'), 2: (N, 'metastatic disease'), 3: (N, 'metastatic disease'),
      4: (M, 'locally advanced gastric cancer without distant metastasis (setting locally_advanced_unresectable)'),
      5: (U, 'resectable, no distant metastasis; clinical T/N stage not a case field'),
      6: (U, 'resectable setting; clinical T/N stage not a case field'),
      7: (N, 'recurrent disease with brain metastases'),
      8: (N, 'recurrent disease with brain metastases')}),
 1: J(None, {
      1: (N, 'metastatic'), 2: (N, 'metastatic'), 3: (N, 'metastatic'),
      4: (N, 'locally advanced unresectable'), 5: (M, 'setting resectable'), 6: (M, 'setting resectable'),
      7: (N, 'recurrent with brain metastases'), 8: (N, 'recurrent with brain metastases')}),
 2: J(None, {
      1: (U, 'no chemotherapy; previous gastrectomy not a case field'),
      2: (N, 'prior palliative chemotherapy'), 3: (N, 'prior chemotherapy (2 lines)'),
      4: (N, 'prior nivolumab + SOX'), 5: (U, 'no chemotherapy recorded; previous gastrectomy not a case field'),
      6: (N, 'perioperative FLOT already given (ended 2026-07-06)'),
      7: (N, 'prior perioperative and palliative chemotherapy'), 8: (N, 'prior perioperative FLOT')}),
 3: J((M, 'age within 18 to <80'), {4: (N, 'age 84 (>=80)')}),
 4: J(ov=ecog({0, 1, 2})),
 5: J(LAB), 6: J(LAB), 7: J(LAB), 8: J(LAB), 9: J(LAB),
 10: J(None, {
      1: (N, 'metastatic'), 2: (N, 'metastatic'), 3: (N, 'metastatic'),
      4: (N, 'locally advanced unresectable (invasion not resectable)'),
      5: (M, 'resectable setting: no distant metastasis or unresectable invasion'),
      6: (M, 'resectable setting: no distant metastasis recorded'),
      7: (N, 'brain metastases'), 8: (N, 'brain metastases')}),
 11: J((U, 'allergy/contraindication history not a case field')),
 12: J((U, 'C4 composite: coronary disease / cardiomyopathy / NYHA class not recorded'), {
      4: (U, 'heart failure with LVEF 45%; NYHA class and aetiology not recorded')}),
 13: J((U, 'neuropathy status not recorded'), {
      2: (M, 'only grade 1 neuropathy recorded'),
      3: (U, 'grade 2 neuropathy recorded during paclitaxel; current grade not recorded')}),
 14: J(LAB),
 15: J(ov=preg()),
 16: J((U, 'C4: other malignancies not recorded')),
 17: J((U, 'infection control / severe comorbidity not fully recorded')),
}
