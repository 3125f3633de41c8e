from common import *
NOTE = ("First-line intraperitoneal paclitaxel + XELOX for gastric cancer with peritoneal metastasis; HER2-positive excluded. "
        "Peritoneal metastasis is not a case field, so it is unknown for every advanced case and not_met where the setting "
        "(resectable / locally advanced unresectable) rules out distant metastasis. 'Primary gastric adenocarcinoma' is judged "
        "unknown for GEJ primaries (Siewert type not in the case). HER2 exclusion uses the most recent tissue result (UO-03 lost "
        "HER2 on re-biopsy -> not excluded by this item). The 6-month prior-therapy window decides most pretreated cases; "
        "radiotherapy is not a case field so the item is unknown for untreated cases. Peripheral neuropathy judged from the "
        "worst recorded grade: grade 1 only -> met; grade 2 recorded -> unknown (current grade not recorded).")
GEJ = (U, 'GEJ primary; whether it counts as "primary gastric" depends on Siewert type, not in case')
ROWS = {
 0: J(ov=ecog({0, 1})),
 1: J((M, 'gastric adenocarcinoma (site stomach, histology adenocarcinoma)'), {2: GEJ, 8: GEJ}),
 2: J((U, 'metastatic sites are not a case field'), {
      4: (N, 'locally advanced unresectable setting = no distant (peritoneal) metastasis'),
      5: (N, 'resectable setting = no peritoneal metastasis'),
      6: (N, 'resectable setting, no advanced disease recorded')}),
 3: J(C1),
 4: J(LAB),
 5: J(LAB),
 6: J((U, 'C4: other malignancies not recorded')),
 7: J(None, {
      1: (M, 'HER2 IHC 1+ (negative)'),
      2: (N, 'HER2 IHC 3+ (2025-11-10)'),
      3: (M, 'most recent HER2 IHC 1+ / ISH not amplified (2026-05); original 3+ lost'),
      4: (M, 'HER2 IHC 0'),
      5: (M, 'HER2 IHC 2+ / ISH not amplified = negative'),
      6: (N, 'HER2 IHC 3+ on resection'),
      7: (N, 'HER2 IHC 3+'),
      8: (U, 'no tissue IHC/ISH; plasma ERBB2 amplification suggests HER2-positive')}),
 8: J((M, 'no investigational agent among recorded treatments')),
 9: J((U, 'C4 composite: acute coronary syndrome / severity of heart or lung disease not in case'), {
      4: (U, 'heart failure listed but severity not recorded; ACS not recorded'),
      7: (U, 'history of pneumonitis; severity/current pulmonary status not recorded')}),
 10: J((U, 'control of chronic disease not recorded')),
 11: J((U, 'infection/inflammation status not recorded')),
 12: J((U, 'C4: psychiatric/neurological history not recorded'), {
      7: (U, 'brain metastases listed; whether controlled not recorded'),
      8: (U, 'brain metastases listed; whether controlled not recorded')}),
 13: J((U, 'C4: surgery history not a case field')),
 14: J(None, {
      1: (U, 'no systemic therapy; radiotherapy not a case field'),
      2: (N, 'trastuzumab/pembrolizumab/CAPOX until 2026-10-20 (42 days)'),
      3: (N, 'ramucirumab + paclitaxel until 2026-10-28 (34 days)'),
      4: (N, 'nivolumab + SOX until 2026-09-14 (78 days)'),
      5: (U, 'no systemic therapy; radiotherapy not a case field'),
      6: (N, 'perioperative FLOT ended 2026-07-06 (148 days)'),
      7: (N, 'disitamab vedotin until 2026-10-25 (37 days)'),
      8: (U, 'perioperative FLOT ended 2024-12-10 (>6 months); radiotherapy not a case field')}),
 15: J((U, 'C4: GI integrity / oral intake not recorded')),
 16: J(C1),
 17: J(ov=preg()),
 18: J((M, 'no interstitial_lung_disease or pneumonitis listed'), {
      7: (N, 'history of drug-induced (T-DXd) pneumonitis = interstitial pneumonia')}),
 19: J((U, 'neuropathy status not recorded'), {
      2: (M, 'only grade 1 neuropathy recorded (no functional impairment)'),
      3: (U, 'grade 2 paclitaxel neuropathy recorded; current grade not recorded')}),
 20: J((U, 'allergy history not a case field')),
 21: J((U, 'concomitant medication not recorded')),
 22: J((U, 'concomitant medication not recorded')),
 23: J((U, 'DPD status not recorded')),
 24: J((M, 'no S-1 within 7 days (recorded treatments)'), {
      4: (M, 'S-1 last given 2026-09-14, >7 days'),
      7: (M, 'S-1 last given 2024-09-30')}),
}
