from common import *
NCT="NCT06219941"
note=("AZD0901 (CLDN18.2 MMAE ADC), summarised criteria. Gastro-oesophageal patients are read into sub-study 1; sub-study 2 (PDAC) and "
"sub-study 3 (biliary) items 'do not apply'. 'CLDN18.2 positive' has no cut-off in the record: >=75% is met under any cut-off used, "
"0% is not_met, 20-40% is unknown (protocol-defined threshold); untested is unknown. A true oesophageal (non-junctional) primary "
"(UJ-03) fails 'stomach or GEJ'. Perioperative therapy with recurrence <=183 days counts as a line (C6). 'CNS metastases or CNS "
"pathology' excludes treated metastases too. 'History of another primary malignancy' is read literally (UJ-06's 2014 prostate cancer "
"excludes). Disitamab vedotin is an MMAE ADC; zolbetuximab is the permitted anti-CLDN18.2 monoclonal antibody. QTc risk factors need "
"an ECG/electrolytes -> unknown, except heart failure (UJ-07).")
SS2=DNA("sub-study 2 (PDAC) item"); SS3=DNA("sub-study 3 (biliary) item")
j=[
 J(M,"adult"),
 J(U,"CLDN18.2 not tested",c1=(U,"CLDN18.2 40%: positivity cut-off not stated in the record"),c3=(M,"CLDN18.2 85% - positive by any cut-off"),
   c4=(M,"CLDN18.2 90% - positive by any cut-off"),c5=(U,"CLDN18.2 20%: positivity cut-off not stated in the record"),c6=(N,"CLDN18.2 0% - negative"),
   c8=(M,"CLDN18.2 80% - positive by any cut-off")),
 J(M,"measurable disease"),
 J(M,"ECOG 0-1, no deterioration recorded",c2=(N,"ECOG 2"),c7=(N,"ECOG 3")),
 J(U,"life expectancy not assessable (C2)"),
 J(U,LAB),
 J(M,"weight >35 kg",c7=(M,"weight 41 kg")),
 J(M,C1),
 J(M,"adenocarcinoma of stomach or GEJ",c3=(N,"oesophageal adenocarcinoma 6 cm above the GEJ - not stomach/GEJ")),
 J(M,"advanced/metastatic GC/GEJC",c3=(N,"recurrent oesophageal (non-junctional) cancer, not GC/GEJC"),c6=(M,"locally advanced unresectable gastric cancer")),
 J(M,"<=2 prior lines",c1=(M,"no prior line"),c2=(M,"2 prior lines"),c3=(M,"1 prior line (perioperative FLOT, recurrence at 168 days, C6)"),
   c4=(M,"2 prior lines"),c5=(N,"3 prior palliative lines"),c6=(M,"no prior line"),c7=(M,"2 prior lines"),c8=(M,"1 prior line (late recurrence: periop not counted)")),
 SS2,SS2,SS2,SS3,SS3,
 # exclusions
 J(M,"no peptic ulcer or GI bleeding"),
 J(M,"no ascites needing drainage",c4=(M,"small-volume ascites, not drained"),c7=(N,"ascites drained 2026-11-15 and 2026-11-26")),
 J(M,"no drug-induced ILD/pneumonitis",c5=(N,"grade 2 T-DXd pneumonitis")),
 J(M,"no CNS metastases or CNS pathology",c5=(N,"cerebellar metastasis (treated)"),c7=(N,"untreated brain metastases"),c8=(M,"brain MRI 2026-10-10 negative")),
 J(M,"neuropathy grade <=1",c1=(M,"untreated, no neuropathy"),c6=(M,"untreated, no neuropathy"),c7=(M,"no neuropathy recorded")),
 J(M,"no other primary malignancy",c6=(N,"prostate adenocarcinoma 2014 (history of another primary)")),
 J(M,"no prior MMAE ADC",c5=(M,"T-DXd carries a topoisomerase-I payload, not MMAE"),c7=(N,"disitamab vedotin is an MMAE-based ADC")),
 J(M,"no prior CLDN18.2-targeted agent",c4=(M,"zolbetuximab is an anti-CLDN18.2 monoclonal antibody - permitted exception")),
 J(M,"not HER2-positive",c1=(N,"HER2 IHC 3+, untreated - has not failed standard anti-HER2 therapy"),
   c2=(M,"HER2-positive at diagnosis but failed trastuzumab (now IHC 1+)"),c5=(M,"HER2-positive, failed trastuzumab and T-DXd"),
   c7=(M,"ctDNA ERBB2 amplified (indeterminate) but failed disitamab vedotin"),c8=(M,"HER2-positive, failed trastuzumab"),
   c3=(M,"IHC 2+/ISH not amplified: HER2-negative"),c4=(M,"IHC 1+: HER2-negative"),c6=(M,"IHC 0: HER2-negative")),
 J(U,"QTc and electrolytes not documented",c7=(N,"heart failure NYHA III, LVEF 38% - arrhythmic risk factor")),
 J(M,"no QT-prolonging medication listed"),
 SS2,SS2,SS2,SS2,SS3,
]
emit(NCT,note,j)
