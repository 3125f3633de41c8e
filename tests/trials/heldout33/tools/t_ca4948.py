from common import *
NCT="NCT05187182"
note=("CA-4948 + FOLFOX/PD-1 +/- trastuzumab, first line. HER2-positive patients are read into the dose-expansion HER2-positive cohort, so the "
"escalation 'HER2-negative' sub-item is 'does not apply' for them. 'Expansion Cohort B' is read as the trastuzumab (HER2-positive) cohort, "
"the only one needing an LVEF, so the LVEF item does not apply to HER2-negative patients. The record's own rule on neoadjuvant/adjuvant "
"therapy (>3 months before C1D1) is applied here instead of the generic 6-month rule (C6), so UJ-03's early-recurrence FLOT does not by "
"itself fail 'no prior systemic treatment' (she is excluded by RA/methotrexate anyway). Sub-bullets of 'no prior systemic treatment' are "
"allowances: met when they do not apply; UJ-04's 7 months of zolbetuximab-FOLFOX exceeds the 2-cycle allowance. QTc and TdP risk "
"factors (electrolytes, ECG) are unknown without an ECG, except UJ-07 whose heart failure is itself a TdP risk factor. Case-comment facts "
"(medications incl. herbal remedies, vaccines, allergies, RT dates) are used as case facts.")
notfirst=lambda: J(N,"prior palliative systemic therapy for advanced disease")
j=[
 J(M,"advanced/metastatic adenocarcinoma of stomach/GEJ/oesophagus",c3=(M,"recurrent oesophageal adenocarcinoma"),c6=(M,"locally advanced unresectable gastric adenocarcinoma")),
 J(M,"measurable disease"),
 J(M,"study procedure, waivable by PI (C1)"),
 J(M,"HER2 status known",c7=(U,"HER2 known only from plasma NGS; no tissue IHC/ISH")),
 J(M,"HER2-negative",c1=(M,"does not apply: HER2-positive - dose-expansion HER2-positive cohort"),c5=(M,"does not apply: HER2-positive - dose-expansion HER2-positive cohort"),
   c8=(M,"does not apply: HER2-positive - dose-expansion HER2-positive cohort"),c2=(M,"latest re-biopsy IHC 1+/ISH not amplified"),
   c3=(M,"IHC 2+/ISH not amplified"),c4=(M,"IHC 1+"),c6=(M,"IHC 0"),c7=(U,"HER2 status unclear (ctDNA ERBB2 amplified, no tissue)")),
 J(M,"enrolment to HER2-positive or -negative cohort (informational)"),
 J(N,"prior palliative systemic therapy for advanced disease",c1=(M,"untreated"),c6=(M,"untreated"),
   c3=(M,"only perioperative FLOT, allowed by the record's sub-rule (adjuvant ended >3 months ago)"),
   c8=(N,"pembrolizumab+trastuzumab+CAPOX as line 1 for recurrent disease")),
 J(M,"does not apply: no neoadjuvant/adjuvant therapy",c3=(M,"oesophagectomy 2026-02-23 and last adjuvant 2026-05-04: both >3 months before"),
   c8=(M,"gastrectomy and adjuvant FLOT in 2024: >3 months before")),
 J(M,"does not apply: no prior FOLFOX",c4=(N,"about 7 months of zolbetuximab + FOLFOX, far more than 2 cycles")),
 J(M,"does not apply: no definitive chemoradiation"),
 J(M,"does not apply: no palliative radiotherapy",c2=(M,"palliative RT 2026-11-20: 11 days > 10 days"),c5=(M,"brain SRS 2026-02-02, >10 days")),
 J(M,"adult"),
 J(M,"ECOG 0-1",c2=(N,"ECOG 2"),c7=(N,"ECOG 3")),
 J(U,LAB),J(U,LAB),J(U,LAB),J(U,LAB),J(U,LAB),J(U,LAB),J(U,LAB),J(U,LAB),
 J(M,"does not apply: not on a statin",c7=(M,"atorvastatin at an unchanged dose for years")),
 J(M,"does not apply: HER2-negative, not expansion cohort B",c1=(M,"LVEF 64% (above LLN)"),c5=(M,"LVEF 60% (above LLN)"),c8=(M,"LVEF 57% (above LLN)"),
   c7=(N,"HER2 (ctDNA) amplified -> trastuzumab cohort; LVEF 38% below LLN")),
 J(M,C1), J(M,C1),
 # exclusions
 J(M,"no alternative/herbal cancer remedies",c7=(N,"currently takes a traditional Chinese herbal decoction for the cancer")),
 J(M,"no other malignancy",c6=(M,"prostate cancer treated 2014, >2 years, no evidence of disease")),
 J(M,"no allogeneic transplant"),
 J(M,"no investigational agents"),
 J(M,"no CNS metastases",c5=(M,"treated, asymptomatic cerebellar metastasis; SRS >10 days ago"),c7=(N,"untreated symptomatic brain metastases")),
 J(M,"no known drug allergy"),
 J(U,"no QT-prolonging drugs listed, but TdP risk factors (ECG, electrolytes) not documented",c7=(N,"NYHA III heart failure with LVEF 38% is a TdP risk factor")),
 J(M,"no current ILD/pneumonitis",c5=(M,"T-DXd pneumonitis resolved radiologically by 2026-08; not present")),
 J(M,"no live vaccine"),
 J(U,"screening ECG not available"),
 J(M,"swallows tablets; no malabsorptive GI condition",c4=(U,"gastrojejunostomy bypass 2026-10-27; absorption of oral CA-4948 uncertain")),
 J(M,"no uncontrolled intercurrent illness",c7=(N,"symptomatic congestive heart failure NYHA III")),
 J(M,"man or woman >=55 (C2)",c1=(U,"woman of 36; pregnancy/breast-feeding not documented (C2)"),c3=(U,"woman of 47; pregnancy/breast-feeding not documented (C2)")),
 J(M,"does not apply: not HIV positive",c8=(M,"HIV with CD4 540, no AIDS-defining infection; unboosted regimen")),
 J(M,"no autoimmune disease",c3=(N,"rheumatoid arthritis on methotrexate and hydroxychloroquine")),
 J(M,"no systemic corticosteroids/immunosuppressants",c3=(N,"methotrexate 15 mg weekly (immunosuppressive)"),
   c7=(N,"dexamethasone 4 mg daily (>10 mg prednisone equivalent)"),c5=(M,"prednisolone stopped 2026-08-10")),
 J(M,C1),
]
emit(NCT,note,j)
