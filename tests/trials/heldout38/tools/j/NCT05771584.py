from common import *
NOTE = ("AST-301 HER2 vaccine after curative (R0) gastrectomy and completed adjuvant therapy, stage II/III, HER2-low or "
        "HER2-overexpressing. The case format has no field for surgery, resection margin or pathological stage, so for the "
        "post-perioperative case (UO-06) these are unknown; completed perioperative therapy is accepted as the 'adjuvant' "
        "part. Advanced (stage IV) disease fails the stage item; cases with no (neo)adjuvant therapy fail item 1. "
        "HIV infection (UO-08) is taken as an infection in the exclusion list regardless of control; a listed hepatitis B/C "
        "history is unknown for 'active'. 'Inflammatory disease' is wider than the vocabulary, so unknown where no "
        "autoimmune disease is listed.")
ROWS = {
 0: J(None, {
      1: (N, 'de novo metastatic; no surgery/adjuvant therapy recorded'), 2: (N, 'metastatic; palliative therapy only'),
      3: (N, 'metastatic; palliative therapy only'), 4: (N, 'unresectable; no curative surgery'),
      5: (N, 'resectable but untreated; no adjuvant therapy completed'),
      6: (U, 'perioperative FLOT completed 2026-07-06; surgery/R0 status not a case field'),
      7: (U, 'perioperative SOX completed; surgery not a case field (now recurrent, see stage item)'),
      8: (U, 'perioperative FLOT completed; surgery not a case field (now recurrent, see stage item)')}),
 1: J(None, {
      1: (N, 'metastatic = stage IV'), 2: (N, 'metastatic = stage IV'), 3: (N, 'metastatic = stage IV'),
      4: (U, 'locally advanced unresectable; stage (III vs IVA) not a case field'),
      5: (U, 'stage not a case field'), 6: (U, 'pathological stage not a case field'),
      7: (N, 'distant recurrence (brain) = stage IV'), 8: (N, 'distant recurrence (brain) = stage IV')}),
 2: J(None, {
      1: (M, 'HER2 IHC 1+ = HER2-low'), 2: (M, 'HER2 IHC 3+ = overexpression'),
      3: (M, 'HER2 3+ originally, 1+ on re-biopsy: low or over-expression either way'), 4: (N, 'HER2 IHC 0'),
      5: (M, 'HER2 IHC 2+/ISH- = HER2-low'), 6: (M, 'HER2 IHC 3+ = overexpression'), 7: (M, 'HER2 IHC 3+'),
      8: (U, 'no tissue IHC/ISH; ctDNA ERBB2 amplification only')}),
 3: J(ov=ecog({0, 1})),
 4: J(LAB),
 5: J((U, 'allergy history not a case field')),
 6: J((U, 'C4: other malignancies not recorded')),
 7: J((U, 'immunosuppressant use not recorded')),
 8: J((U, 'no autoimmune disease listed; other inflammatory disease not recorded'), {
      3: (N, 'autoimmune disease listed'),
      7: (U, 'history of drug-induced pneumonitis; whether counted as inflammatory disease unclear')}),
 9: J((U, 'C4 composite: tuberculosis/other active infection not recorded'), {
      2: (U, 'hepatitis B history; activity (HBsAg/HBV DNA) not recorded'),
      5: (U, 'hepatitis C history; activity (HCV RNA) not recorded'),
      8: (N, 'HIV infection listed')}),
 10: J(ov=preg()),
}
