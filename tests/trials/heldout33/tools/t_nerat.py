from common import *
NCT="NCT05274048"
note=("Neratinib + T-DXd, phase 1, refractory GI cancers. HER2 gate read on the most recent tissue result: UJ-02 (IHC 3+ at diagnosis, "
"IHC 1+/ISH not amplified on the 2026-11-10 re-biopsy after trastuzumab) is not_met - a colleague accepting archival 3+ tissue would "
"call it met, but UJ-02 is excluded by palliative RT 11 days before C1D1 anyway. Plasma-only ERBB2 amplification (UJ-07) is unknown. "
"Disitamab vedotin counts as prior HER2-directed therapy. The organ-function heading and its sub-items are labs -> unknown. "
"'Other GI cancers' clauses do not apply. QTcF needs a screening ECG -> unknown.")
her2=J(N,"HER2 not overexpressing",c1=(M,"IHC 3+"),c2=(N,"HER2 loss: latest re-biopsy IHC 1+, ISH not amplified (3+ only before trastuzumab)"),
   c3=(N,"IHC 2+ with ISH not amplified"),c4=(N,"IHC 1+"),c5=(M,"IHC 2+ / ISH amplified"),c6=(N,"IHC 0"),
   c7=(U,"no tissue IHC/ISH; plasma ERBB2 amplification only"),c8=(M,"IHC 3+ retained on re-biopsy 2026-10-06"))
j=[
 J(M,"unresectable/metastatic GI cancer",c6=(M,"locally advanced, judged unresectable")),
 J(M,"measurable disease"),
 her2, her2,
 J(M,"does not apply: gastro-oesophageal primary (other-GI clause)"),
 J(N,"no prior HER2-directed therapy",c2=(M,"trastuzumab line 1, ended 2026-05-20"),c5=(M,"trastuzumab and T-DXd, last 2026-06-25"),
   c7=(M,"disitamab vedotin (HER2 ADC), last dose 2026-11-16: 15 days >= 2 weeks"),c8=(M,"trastuzumab line 1, ended 2026-09-22"),
   c1=(N,"untreated; no prior HER2-directed therapy")),
 J(M,"does not apply: no other malignancy",c6=(M,"prostate cancer 2014, NED - no interference")),
 J(M,"adult"),
 J(M,"ECOG 0-2",c2=(M,"ECOG 2"),c7=(N,"ECOG 3")),
 J(U,LAB),J(U,LAB),J(U,LAB),J(U,LAB),J(U,LAB),J(U,LAB),J(U,LAB),J(U,LAB),J(U,LAB),
 J(M,"LVEF >=45%",c1=(M,"LVEF 64%"),c2=(M,"LVEF 55%"),c3=(M,"LVEF 62%"),c4=(U,"LVEF never measured"),c5=(M,"LVEF 60%"),
   c6=(U,"LVEF never measured"),c7=(N,"LVEF 38%"),c8=(M,"LVEF 57%")),
 J(M,C1),
 J(M,"swallows tablets",c4=(M,"swallows tablets after gastrojejunostomy")),
 J(M,C1),
 # exclusions
 J(M,"no chemo/RT within 2 weeks; residual toxicity grade <=1",c2=(N,"palliative RT to L2 on 2026-11-20: 11 days before"),
   c7=(M,"last systemic 2026-11-16 (15 days); no RT"),c5=(M,"last systemic 2026-11-05 (26 days); pneumonitis resolved")),
 J(M,"no investigational agents; no prior T-DXd",c5=(N,"prior T-DXd (line 2)")),
 J(M,"no immunotherapy within 21 days",c5=(M,"pembrolizumab ended 2026-01-15"),c7=(M,"tislelizumab ended 2026-08-28"),c8=(M,"pembrolizumab ended 2026-09-22 (70 days)")),
 J(M,"no brain metastases",c5=(M,"treated by SRS, stable on MRI >4 weeks later, no steroids"),c7=(N,"untreated brain metastases"),
   c8=(M,"brain MRI 2026-10-10 negative")),
 J(M,"no diarrhoea"),
 J(M,"no ILD/pneumonitis or lung disease",c5=(N,"T-DXd pneumonitis grade 2 treated with glucocorticoids")),
 J(M,"no known drug allergy"),
 J(M,"no strong CYP3A inhibitors/inducers",c8=(M,"Biktarvy unboosted"),c7=(M,"dexamethasone not a strong inducer")),
 J(M,"no uncontrolled intercurrent illness",c7=(N,"symptomatic congestive heart failure NYHA III")),
 J(U,"screening triplicate ECG not available"),
 J(M,"no immune deficiency",c1=(M,"HBV on entecavir with undetectable DNA - eligible"),c4=(M,"HCV treated with SVR - eligible"),
   c8=(M,"HIV on ART, undetectable viral load, CD4 540 - eligible")),
 J(M,"man or woman >=55 (C2)",c1=(U,"woman of 36; pregnancy/breast-feeding not documented (C2)"),c3=(U,"woman of 47; pregnancy/breast-feeding not documented (C2)")),
]
emit(NCT,note,j)
