from common import *
NOTE = ("Second-line trastuzumab + bevacizumab + paclitaxel for HER2-positive advanced gastric cancer after exactly one "
        "systemic therapy; ECOG 0-2; EF >=55% (echo) or >=50% (MUGA). HER2 judged on the most recent tissue result "
        "(UO-03 lost HER2 on re-biopsy -> not HER2-positive); ctDNA ERBB2 alone is not IHC/ISH -> unknown. "
        "'Gastric cancer' only: GEJ primaries unknown (Siewert type not in case). The MRM proteomic route is an alternative "
        "definition, marked met/does not apply where no MRM result exists and IHC/ISH decides. UO-07 LVEF 52% fails the echo "
        "threshold but passes MUGA, modality not recorded -> unknown. The 2-week window includes radiotherapy, which is not a "
        "case field -> unknown for everyone.")
GEJ = 'GEJ primary: HER2 3+ but record says "gastric cancer" only; Siewert type not in case'
ROWS = {
 0: J(None, {
      1: (N, 'HER2 IHC 1+ (not positive)'), 2: (U, GEJ),
      3: (N, 'most recent HER2 IHC 1+/ISH not amplified after trastuzumab (HER2 loss)'),
      4: (N, 'HER2 IHC 0'), 5: (N, 'HER2 IHC 2+/ISH not amplified; and not advanced'),
      6: (N, 'HER2 3+ but no advanced disease (resectable setting)'),
      7: (M, 'HER2 IHC 3+ recurrent (advanced) gastric cancer'),
      8: (U, 'no tissue HER2; plasma ERBB2 amplification only; GEJ primary')}),
 1: J(None, {
      1: (N, 'IHC 1+'), 2: (M, 'IHC 3+'), 3: (N, 'latest IHC 1+, ISH ratio 1.2'), 4: (N, 'IHC 0'),
      5: (N, 'IHC 2+ with ISH ratio 1.4 (not amplified)'), 6: (M, 'IHC 3+'), 7: (M, 'IHC 3+'),
      8: (U, 'no IHC/ISH performed')}),
 2: J((M, 'does not apply: alternative MRM route; no MRM result, HER2 decided by IHC/ISH'), {
      8: (U, 'no MRM or tissue HER2 result; could be a route to eligibility')}),
 3: J(None, {
      1: (N, 'no prior systemic therapy'), 2: (M, 'progressed on one line (trastuzumab + pembrolizumab + CAPOX)'),
      3: (N, 'two prior lines'), 4: (M, 'progressed on one line (nivolumab + SOX)'),
      5: (N, 'no prior systemic therapy'), 6: (N, 'perioperative therapy only; no advanced disease'),
      7: (N, 'four prior lines (early recurrence after perioperative SOX counts as one)'),
      8: (N, 'no therapy for advanced disease (perioperative FLOT ended 660 days before recurrence)')}),
 4: J(C1),
 5: J((M, 'age >=19')),
 6: J((M, 'measurable disease recorded'), {
      5: (U, 'measurable disease not recorded (resectable)'), 6: (U, 'measurable disease not recorded')}),
 7: J(ov=ecog({0, 1, 2})),
 8: J(LAB), 9: J(LAB),
 10: J(None, {
      1: (U, 'LVEF not recorded'), 2: (M, 'LVEF 58%'), 3: (M, 'LVEF 55%'), 4: (N, 'LVEF 45%'),
      5: (M, 'LVEF 64%'), 6: (M, 'LVEF 62%'),
      7: (U, 'LVEF 52%: below echo 55% but above MUGA 50%; modality not recorded'),
      8: (U, 'LVEF not recorded')}),
 11: J((U, 'radiotherapy not a case field'), {
      2: (U, 'last systemic dose 2026-10-20 (>2 weeks); radiotherapy not a case field'),
      3: (U, 'last systemic dose 2026-10-28 (>2 weeks); radiotherapy not a case field'),
      4: (U, 'last systemic dose 2026-09-14; radiotherapy not a case field'),
      7: (U, 'last systemic dose 2026-10-25 (>2 weeks); radiotherapy not a case field')}),
 12: J((U, 'GI bleeding history not recorded')),
 13: J((U, 'thromboembolic/cardiovascular events not recorded')),
 14: J((U, 'C4 composite: infection, arrhythmia, thrombotic disorders not recorded'), {
      4: (U, 'heart failure listed; whether symptomatic not recorded')}),
 15: J((U, 'GI perforation/fistula history not recorded')),
 16: J((U, 'C4: other malignancies not recorded')),
 17: J((M, 'qualifier of the preceding exclusion (exceptions), not a separate requirement')),
}
