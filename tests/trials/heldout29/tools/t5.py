import sys; sys.path.insert(0, "/work/tUF/gen")
from common import Trial
C1 = "m|consent/compliance/contraception/procedure item (C1)"
PREG = {3: "u|woman aged 45; pregnancy/breast-feeding status not recorded (C2)", 6: "u|woman aged 38; pregnancy/breast-feeding status not recorded (C2)"}
PREG_D = "m|man, or woman aged >=55 (C2)"
T = Trial("NCT06901531",
  "Phase 3 zolbetuximab vs placebo + pembrolizumab + mFOLFOX6/CAPOX, first line, HER2-negative, CLDN18.2 >=75%, CPS >=1. "
  "Local CLDN18.2 and CPS values are taken as meeting the 'central' thresholds (central confirmation is a screening "
  "procedure). HER2: most recent tissue result governs (UF-02 1+ = HER2-negative now). The prior-therapy exclusion has "
  "its own (neo)adjuvant rule - completed >=6 months before randomisation - which the text decides, so UF-04 "
  "(perioperative FLOT ended 2026-02-15, 9.5 months before 2026-12-01) passes it even though C6 would count it as a "
  "line. 'Candidate to receive mFOLFOX6/CAPOX and pembrolizumab' is judged not met for patients who progressed on "
  "oxaliplatin-fluoropyrimidine (+/- anti-PD-1) or have ECOG >=2/pneumonitis. Any history of CNS metastases excludes "
  "(UF-05). Oesophageal primary is outside 'gastric or GEJ'.")
T.c("inclusion", "Participant has histologically confirmed gastric or Gastroesophageal Junction", "m|gastric/GEJ adenocarcinoma",
    {5: "nm|oesophageal adenocarcinoma, not gastric or GEJ"})
T.c("inclusion", "Participant has radiographically confirmed, locally advanced, unresectable or metastatic disease", "m|locally advanced unresectable/metastatic/recurrent disease",
    {6: "nm|resectable disease"})
T.c("inclusion", "Participant has radiologically evaluable disease", "m|measurable disease recorded", {6: "u|measurable/evaluable disease not recorded"})
T.c("inclusion", "Participant has Eastern Cooperative Oncology Group Performance Status", "m|ECOG 0-1", {5: "nm|ECOG 2", 7: "nm|ECOG 3"})
T.c("inclusion", "Participant has predicted life expectancy", "u|life expectancy not recorded (C2)")
T.c("inclusion", "Participant must be a candidate to receive mFOLFOX6 or CAPOX and pembrolizumab", "m|fit, untreated, no recorded contraindication",
    {1: "nm|progressed on CAPOX + pembrolizumab (refractory)", 2: "nm|progressed on oxaliplatin-capecitabine; fourth-line patient",
     4: "u|autoimmune disease of unrecorded activity (pembrolizumab) and recurrence within 6 months of oxaliplatin-based FLOT",
     5: "nm|progressed on FOLFOX + nivolumab; ECOG 2", 7: "nm|ECOG 3 and ILD/pneumonitis history"})
T.c("inclusion", "Female participant is not pregnant and at least 1 of the following", PREG_D, PREG, until="* Female participant must not be breastfeeding")
T.c("inclusion", "Female participant must not be breastfeeding", PREG_D, PREG)
T.c("inclusion", "Female participant must not donate ova", C1)
T.c("inclusion", "Male participant must agree to use contraception", C1)
T.c("inclusion", "Male participant must agree to remain abstinent", C1)
T.c("inclusion", "Male participant must not donate sperm", C1)
T.c("inclusion", "Participant has a Human Epidermal Growth Factor Receptor 2 (HER2) -negative tumor", "m|HER2-negative",
    {1: "nm|HER2 IHC 3+", 2: "m|latest re-biopsy IHC 1+ (HER2-negative after loss)", 3: "m|IHC 2+/ISH not amplified", 4: "m|IHC 0",
     5: "u|no tissue HER2; plasma ERBB2 amplification", 6: "m|IHC 1+", 7: "nm|IHC 2+/ISH amplified", 8: "nm|HER2 IHC 3+"})
T.c("inclusion", "Participant's tumor expresses Claudin18.2", "m|CLDN18.2 >=75%",
    {1: "nm|CLDN18.2 20%", 2: "nm|CLDN18.2 40%", 3: "m|CLDN18.2 85% (central confirmation pending)", 4: "nm|CLDN18.2 10%",
     5: "u|CLDN18.2 not tested", 6: "m|CLDN18.2 80%", 7: "u|CLDN18.2 not tested", 8: "nm|CLDN18.2 60%"})
T.c("inclusion", "Participant's tumor expresses Programmed death ligand (PD-L1)", "m|PD-L1 CPS >=1",
    {1: "m|CPS 5", 2: "m|CPS 3", 3: "m|CPS 12", 4: "m|CPS 25", 5: "m|CPS 8", 6: "m|CPS 2", 7: "m|CPS 1", 8: "m|CPS 15"})
T.c("inclusion", "Participants with known microsatellite instability-high", "m|does not apply: pMMR",
    {3: "m|does not apply: pMMR/MSS", 4: "m|dMMR/MSI-high with CPS 25 >=1: may enrol"})
T.c("inclusion", "Participant must meet all of the criteria based on the centrally or locally analyzed laboratory", "u|laboratory values not recorded (C3)")
T.c("inclusion", "Participant agrees not to participate in another interventional study", C1)
T.c("exclusion", "Participant has prior severe allergic reaction or intolerance", "u|allergy/intolerance history not recorded")
T.c("exclusion", "Participant has a complete gastric outlet syndrome", "u|gastric outlet status not recorded (C4)")
T.c("exclusion", "Participant has significant gastric bleeding", "u|bleeding/ulcer status not recorded (C4)")
T.c("exclusion", "Participant has unresolved pneumonitis or history of non-infectious pneumonitis", "m|no pneumonitis recorded",
    {7: "nm|history of T-DXd-induced (non-infectious) pneumonitis"})
T.c("exclusion", "Participant has history of central nervous system metastases", "m|no brain metastases recorded",
    {5: "nm|history of brain metastases"})
T.c("exclusion", "Participant has a known history of a positive test for Human Immunodeficiency Virus", "m|no HIV, hepatitis B or C recorded",
    {2: "u|hepatitis B recorded; whether HBsAg is currently positive is not recorded"})
T.c("exclusion", "For participants who are negative for HBsAg, but hepatitis B core antibody", "m|does not apply: no hepatitis B",
    {2: "u|hepatitis B recorded; HBsAg/HBcAb/HBV DNA not recorded"})
T.c("exclusion", "Participants with positive Hepatitis C virus (HCV) serology", "m|does not apply: no hepatitis C")
T.c("exclusion", "Participants treated for HCV with undetectable viral load", "m|does not apply: no hepatitis C")
T.c("exclusion", "Participant has active infection requiring systemic therapy", "u|current infection status not recorded")
T.c("exclusion", "Participant has active autoimmune disease that has required systemic treatment within the past 3 months", "m|no autoimmune disease recorded",
    {4: "u|autoimmune disease recorded; treatment in the past 3 months not recorded"})
T.c("exclusion", "Participant has a clinically significant disease or comorbidity", "u|investigator judgement; no decisive comorbidity recorded",
    {7: "nm|ILD/pneumonitis with ECOG 3 makes chemo-immunotherapy unsafe"})
T.c("exclusion", "Participant has another malignancy for which treatment is required", "u|other malignancies not recorded (C4)")
T.c("exclusion", "Participant has known Dihydropyrimidine Dehydrogenase (DPD) deficiency", "u|DPD status not recorded")
T.c("exclusion", "Participant has known peripheral neuropathy", "u|neuropathy grade not recorded")
T.c("exclusion", "Participant has sinusoidal obstruction syndrome", "u|not recorded")
T.c("exclusion", "Participant has significant cardiovascular disease, including any of the following", "u|no heart failure recorded; MI, coronary events, arrhythmia and QTc not recorded",
    until="* Participant has ongoing or previous interstitial lung disease")
T.c("exclusion", "Participant has ongoing or previous interstitial lung disease", "u|no ILD or transplant recorded; diverticulitis/peptic ulcer disease not recorded",
    {7: "nm|interstitial lung disease recorded"})
T.c("exclusion", "Participant has type 1 diabetes mellitus", "u|diabetes/endocrinopathy status not recorded")
T.c("exclusion", "Participant has received prior systemic chemotherapy and/or immunotherapy for locally advanced", "m|no prior systemic therapy",
    {1: "nm|full first-line course of trastuzumab + pembrolizumab + CAPOX", 2: "nm|three prior palliative lines", 5: "nm|two prior palliative lines",
     7: "nm|four prior palliative lines", 4: "m|perioperative FLOT completed 2026-02-15, >=6 months before 2026-12-01 (text's own (neo)adjuvant rule)"})
T.c("exclusion", "Participant has received systemic immunosuppressive therapy", "u|steroid/immunosuppressant use not recorded")
T.c("exclusion", "Participant has had major surgical procedure ≤ 28 days", "u|surgery dates not recorded (C4)")
T.c("exclusion", "Participant has received radiotherapy for locally advanced unresectable", "u|radiotherapy history not recorded (C4)",
    {6: "m|does not apply: no locally advanced unresectable/metastatic disease to have irradiated"})
T.c("exclusion", "Participant has received prior CLDN18.2 agents", "m|no CLDN18.2 agent in the treatment history")
T.c("exclusion", "Participant received a live or live-attenuated vaccine", "u|vaccination history not recorded")
T.c("exclusion", "Participant has received other investigational agents or devices", "m|no investigational agent in the treatment history")
T.c("exclusion", "Participant has any condition which makes the participant unsuitable", "u|investigator judgement")
T.c("exclusion", "Participant has any concurrent disease, infection, or co-morbid condition", "u|investigator judgement")
T.c("exclusion", "Treatment with brivudine, sorivudine", "u|concomitant medications not recorded")
T.c("exclusion", "Pernicious anemia or other anemias due to vitamin B12 deficiency", "u|not recorded")
T.c("exclusion", "Participant has a known history of a positive test for tuberculosis", "u|tuberculosis history not recorded")
T.write()
