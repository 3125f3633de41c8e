from common import *
j = [
# 0 inoperable LA/recurrent/metastatic
J((M, "metastatic gastric/GEJ adenocarcinoma, not curable"),
  c03=(M, "recurrent gastric adenocarcinoma after gastrectomy"),
  c08=(M, "recurrent gastric adenocarcinoma"),
  c06=(N, "resectable disease, eligible for curative therapy")),
# 1 measurable
J((M, "measurable disease recorded"), c06=(U, "measurable disease not recorded")),
# 2 tissue HER2-negative
J(None,
  c01=(N, "diagnostic biopsy IHC 3+ (HER2-positive); post-trastuzumab 1+/ISH- is acquired loss, not a tissue-HER2-negative tumour"),
  c02=(M, "IHC 0, gastric criteria"),
  c03=(M, "IHC 0 on biopsy and resection, gastric criteria (ctDNA is not tissue)"),
  c04=(M, "IHC 1+, gastric criteria"),
  c05=(N, "IHC 3+ (HER2-positive)"),
  c06=(N, "IHC 3+ (HER2-positive)"),
  c07=(N, "IHC 2+/ISH amplified and IHC 3+ (HER2-positive)"),
  c08=(M, "IHC 2+ with ISH not amplified, gastric criteria")),
# 3 ECOG 0-2
J((M, "ECOG 0-1"), c03=(M, "ECOG 2"), c08=(N, "ECOG 3")),
# 4 survival >=3 months
ALL(U, "life expectancy not assessable from the case (C2)"),
# 5 bone marrow/renal/hepatic function
ALL(U, "laboratory values not in the case (C3)"),
# 6 aged 19
ALL(M, "adult aged 19 or older"),
# 7 consent
ALL(M, "consent (C1)"),
# E 8 prior chemotherapy for advanced disease / platinum adjuvant
J(None,
  c01=(N, "received 1L trastuzumab+CAPOX for metastatic disease"),
  c02=(M, "no prior chemotherapy"),
  c03=(N, "peri-operative FLOT is platinum-based (and ended 2026-07-01, < 6 months ago)"),
  c04=(N, "received 1L nivolumab+CAPOX for metastatic disease"),
  c05=(N, "two prior palliative lines"),
  c06=(M, "no prior chemotherapy"),
  c07=(N, "received 1L trastuzumab+pembrolizumab+CAPOX"),
  c08=(N, "platinum-based adjuvant SOX and three palliative lines")),
# 9 GI integrity / malabsorption
ALL(U, "GI integrity / malabsorption not in the case (C4)"),
# 10 active GI bleeding
ALL(U, "GI bleeding not in the case (C4)"),
# 11 residual toxicity after curative therapy
J((M, "no previous curative-intent therapy"),
  c03=(M, "worst recorded toxicity of peri-operative FLOT was grade 1 neuropathy (below grade 2)"),
  c06=(M, "no previous therapy"),
  c08=(M, "adjuvant SOX ended 2023 with no toxicity recorded")),
# 12 other malignancies within 5 years
ALL(U, "other malignancies not in the case (C4)"),
# 13 heading
ALL(M, "heading; items below judged separately"),
# 14 neutrophils/platelets
ALL(U, "laboratory values not in the case (C3)"),
# 15 bilirubin etc
ALL(U, "laboratory values not in the case (C3)"),
# 16 creatinine clearance
ALL(U, "laboratory values not in the case (C3)"),
# 17 heading
ALL(M, "heading; items below judged separately"),
# 18 CHF, angina, MI, HTN, valve, arrhythmia
J((U, "no heart failure on record; angina/MI/hypertension/valve/arrhythmia not in fields (C4)"),
  c01=(N, "heart failure on record")),
# 19 LVEF <50
J(None, c01=(N, "LVEF 48%"), c02=(U, "LVEF not measured"), c03=(M, "LVEF 60%"), c04=(M, "LVEF 62%"),
  c05=(M, "LVEF 55%"), c06=(M, "LVEF 64%"), c07=(M, "LVEF 58%"), c08=(U, "LVEF not measured")),
# 20 dyspnoea at rest / oxygen
J((U, "dyspnoea/oxygen need not in the case"),
  c08=(U, "ILD on record; dyspnoea at rest/oxygen need not in fields")),
# 21 long-term / high-dose steroids
J((U, "steroid use not in the case"),
  c03=(U, "autoimmune disease on record; steroid use not in fields")),
# 22 hypoacusis
ALL(U, "hearing not in the case"),
# 23 DPD deficiency
ALL(U, "DPD status not in the case (C3)"),
# 24 brain metastasis history
J((M, "no brain metastases on record"),
  c05=(N, "brain metastases on record"), c08=(N, "brain metastases on record")),
# 25 uncontrolled intercurrent disease
J((U, "intercurrent disease control not in the case"),
  c02=(U, "hepatitis B on record; control not in fields"),
  c05=(U, "hepatitis C on record; control not in fields"),
  c06=(U, "HIV on record; control not in fields")),
# 26 pregnant / breast-feeding
J((M, "does not apply: not a woman of child-bearing potential (C2)"),
  c01=(M, "does not apply: male"), c06=(M, "does not apply: male"), c07=(M, "does not apply: male"),
  c02=(U, "woman aged 34; pregnancy status not in fields (C2)"),
  c04=(U, "woman aged 47; pregnancy status not in fields (C2)")),
# 27 contraception
ALL(M, "contraception (C1)"),
# 28 investigational product within 4 weeks
J((M, "only licensed agents recorded; none within 4 weeks"),
  c02=(M, "no prior systemic therapy"), c06=(M, "no prior systemic therapy"),
  c08=(M, "last agent disitamab vedotin (licensed, not investigational) ended 2026-11-05")),
# 29 radiotherapy within 4 weeks
ALL(U, "radiotherapy history not in the case fields (C4)"),
# 30 major surgery within 4 weeks
ALL(U, "surgery dates not in the case fields (C4)"),
# 31 HIV / active HBV / HCV
J((M, "no HIV, hepatitis B or C on record"),
  c06=(N, "HIV on record"),
  c02=(U, "hepatitis B on record; activity (HBsAg/HBV DNA) not in fields"),
  c05=(U, "hepatitis C on record; activity (HCV RNA) not in fields")),
# 32 hypersensitivity to study drug
ALL(U, "no allergy/hypersensitivity history in the case fields"),
]
note = ("Korean phase II of trastuzumab + capecitabine + cisplatin for tissue HER2-negative, serum HER2-positive advanced "
        "gastric cancer. Serum HER2 is in the title but not in the eligibility text, so it is not judged. 'Tissue HER2-"
        "negative' is read as the patient's tumour being HER2-negative by gastric criteria; an originally IHC 3+ tumour "
        "that lost HER2 after trastuzumab (UL-01) is not_met (a colleague might accept the re-biopsy). ctDNA-only ERBB2 "
        "(UL-03) does not change tissue HER2-negativity. Exclusion 1 excludes any palliative chemotherapy and any "
        "platinum-based peri-operative/adjuvant therapy regardless of timing. 'History of brain metastasis' excludes "
        "treated and untreated metastases alike. The two un-numbered sub-headings are judged as headings (met).")
emit("NCT04309578", note, j)
