from common import *
NCT="NCT06628310"
note=("Telisotuzumab adizutecan + 5-FU/LV + budigalimab, first line, HER2-negative. HER2-negative read on the latest tissue result "
"(IHC 0/1+ or ISH/FISH not amplified; so IHC 2+/ISH- counts as negative). Plasma ERBB2 amplification without a tissue result is not "
"HER2-negative. No neoadjuvant/adjuvant allowance in the record, so the generic 6-month rule (C6) applies: UJ-03's perioperative FLOT "
"(recurrence at 168 days) counts as prior therapy for advanced disease; UJ-08's (462 days) does not, but he had palliative line 1. "
"The lung-illness item is met when the case states no lung disease; steroid-treated drug pneumonitis excludes.")
j=[
 J(M,"inoperable advanced/metastatic adenocarcinoma of stomach/GEJ/oesophagus",c6=(M,"cT4bN2M0, unresectable by MDT"),c3=(M,"recurrent oesophageal adenocarcinoma")),
 J(M,"measurable disease"),
 J(M,"ECOG 0-1",c2=(N,"ECOG 2"),c7=(N,"ECOG 3")),
 J(M,"HER2-negative",c1=(N,"IHC 3+"),c2=(M,"latest re-biopsy IHC 1+ / ISH not amplified"),c3=(M,"IHC 2+ with ISH not amplified"),
   c4=(M,"IHC 1+"),c5=(N,"IHC 2+ / ISH amplified"),c6=(M,"IHC 0"),c7=(N,"ERBB2 amplified in plasma; no tissue result showing HER2-negative"),
   c8=(N,"IHC 3+")),
 J(M,"PD-L1 CPS known",c7=(U,"no PD-L1 result and the block is exhausted; fresh biopsy would be needed")),
 J(N,"prior palliative systemic therapy for advanced disease",c1=(M,"untreated"),c6=(M,"untreated"),
   c3=(N,"perioperative FLOT ended 2026-05-04, recurrence 168 days later: counts as therapy for advanced disease (C6)")),
 J(M,"no lung-specific illness",c5=(N,"drug-induced pneumonitis grade 2 treated with steroids"),c3=(M,"RA without lung involvement; HRCT no ILD"),
   c6=(M,"no lung disease; spirometry normal")),
]
emit(NCT,note,j)
