import sys; sys.path.insert(0, "/work/tUF/gen")
from common import Trial
LAB = "u|laboratory value not in the case (C3)"
C1 = "m|consent/compliance/contraception/procedure item (C1)"
PREG = {3: "u|woman aged 45; pregnancy/breast-feeding status not recorded (C2)", 6: "u|woman aged 38; pregnancy/breast-feeding status not recorded (C2)"}
PREG_D = "m|man, or woman aged >=55 (C2)"
UNT = {3: "m|no prior anti-cancer therapy", 6: "m|no prior anti-cancer therapy", 8: "m|no prior anti-cancer therapy"}
T = Trial("NCT06085755",
  "T-DXd + afatinib in HER2-low advanced gastric/GEJ cancer (single-centre phase 1/2, Korea). HER2-low = IHC 1+ or "
  "IHC 2+/ISH-negative; the most recent tissue result governs (UF-02: 3+ at diagnosis, 1+ on 2026 re-biopsy -> HER2-low). "
  "Oesophageal primary (UF-05) is outside 'gastric or gastroesophageal junction'. The summary mentions 2L/3L but the "
  "criteria do not require prior therapy, so untreated UF-03 is not excluded on line. Exclusion 8 (exatecan-derivative "
  "topo-I ADC) excludes prior T-DXd but not disitamab vedotin (MMAE). 'Known reduced LVEF <55%' excludes UF-05 (45%) and "
  "UF-07 (52%). Autoimmune disease of unrecorded type (UF-04) is unknown because the exclusion lists exceptions. Items "
  "naming TB, primary immunodeficiency, corneal disease, GI absorption, QTc etc. stay unknown (not in the case).")
T.c("inclusion", "Provision of fully informed consent", C1)
T.c("inclusion", "Patients must be ≥ 19 years of age", "m|aged >=19")
T.c("inclusion", "Has a pathologically documented advanced or metastatic adenocarcinoma of gastric", "m|advanced gastric/GEJ adenocarcinoma with measurable disease",
    {5: "nm|oesophageal primary, not gastric or GEJ", 6: "nm|resectable, not advanced; measurable disease not recorded",
     8: "m|locally advanced unresectable gastric adenocarcinoma, measurable"})
T.c("inclusion", "HER2-low (HER2 1+, HER2 2+ (SISH negative))", "m|HER2-low",
    {1: "nm|IHC 3+ (HER2-positive)", 2: "m|latest re-biopsy IHC 1+ (HER2-low after loss)", 3: "m|IHC 2+ / ISH not amplified",
     4: "nm|IHC 0 (HER2-zero)", 5: "u|no tissue IHC; plasma ERBB2 amplification suggests HER2-positive", 6: "m|IHC 1+",
     7: "nm|IHC 2+/ISH amplified (HER2-positive)", 8: "nm|IHC 3+ (HER2-positive)"})
T.c("inclusion", "Patients are willing and able to comply", C1)
T.c("inclusion", "ECOG performance status 0-1 with no deterioration", "m|ECOG 0-1", {5: "nm|ECOG 2", 7: "nm|ECOG 3"})
T.c("inclusion", "Patients must have a life expectancy ≥ 3 months", "u|life expectancy not recorded (C2)")
T.c("inclusion", "Patients must have had a washout period of 2 weeks", "u|systemic therapy ended >4 weeks ago or none, but surgery/radiotherapy/drainage dates not recorded (C4)",
    until="9. Patients must have acceptable")
T.c("inclusion", "Patients must have acceptable bone marrow, liver and renal function", LAB, until="10. Female patients")
T.c("inclusion", "Female patients must be using a highly effective method of contraception", PREG_D, PREG, until="11. Non-sterilized")
T.c("inclusion", "Non-sterilized male patients who are sexually active", C1)
T.c("inclusion", "Mandatory biopsy during the screening window", C1)
T.c("exclusion", "Medical history of myocardial infarction within 6 months before registration", "u|no heart failure recorded; MI, troponin, angina, arrhythmia not recorded")
T.c("exclusion", "History of (non-infectious) ILD / pneumonitis that required steroids", "m|no ILD/pneumonitis recorded",
    {7: "nm|ILD and grade 2 T-DXd pneumonitis recorded"})
T.c("exclusion", "Has a pleural effusion, ascites or pericardial effusion that requires drainage", "u|effusions/ascites not recorded (C4)")
T.c("exclusion", "Has uncontrolled infection requiring IV injection", "u|current infection status not recorded")
T.c("exclusion", "Active hepatitis B or C infection", "m|no hepatitis B or C recorded",
    {2: "u|hepatitis B recorded; HBsAg/viral activity not in the case"})
T.c("exclusion", "Has clinically active brain metastases, defined as untreated and symptomatic", "m|no brain metastases recorded",
    {5: "u|brain metastases recorded; whether treated, asymptomatic and off steroids not recorded"})
T.c("exclusion", "Has clinically significant corneal disease", "u|corneal disease not recorded")
T.c("exclusion", "Prior treatment with an ADC which consists of an exatecan derivative", "m|no exatecan-derivative ADC in the treatment history",
    {2: "m|prior ADC disitamab vedotin carries MMAE, not an exatecan derivative", 7: "nm|prior trastuzumab deruxtecan (exatecan-derivative topo-I ADC)"})
T.c("exclusion", "Has unresolved toxicities from previous anticancer therapy, defined as toxicities", "u|current toxicity grades not recorded", UNT,
    until="9. Any gastrointestinal condition")
T.c("exclusion", "Any gastrointestinal condition that would preclude adequate absorption of afatinib", "u|swallowing/GI absorption/bowel resection not recorded (C4)")
T.c("exclusion", "Active or prior documented autoimmune or inflammatory disorders", "u|no autoimmune disease or transplant recorded, but TB, diverticulitis and renal disorders in the list are not recorded",
    {4: "u|autoimmune disease recorded; type not recorded and listed exceptions (vitiligo, Hashimoto, psoriasis) may apply"},
    until="11. Known to have tested positive")
T.c("exclusion", "Known to have tested positive for human immunodeficiency virus (HIV)", "u|no HIV recorded; tuberculosis and primary immunodeficiency not recorded")
T.c("exclusion", "Untreated central nervous system (CNS) metastatic disease", "u|no brain metastases recorded; leptomeningeal disease/cord compression not recorded",
    {5: "u|brain metastases recorded; treatment and stability not recorded", 6: "m|non-metastatic (resectable) disease", 8: "m|locally advanced, non-metastatic disease"})
T.c("exclusion", "Patients with second primary cancer", "u|other malignancies not recorded (C4)")
T.c("exclusion", "Patient was in receipt of any live attenuated vaccination", "u|vaccination history not recorded")
T.c("exclusion", "Patients currently receiving (or unable to stop use at least 2 weeks)", "u|concomitant medications not recorded")
T.c("exclusion", "Patient with any of the following cardiac criteria", "u|LVEF >=55% or unrecorded; QTc, ECG, valvular and other cardiac items not recorded",
    {5: "nm|known reduced LVEF 45% < 55%", 7: "nm|known reduced LVEF 52% < 55%"}, until="17. Any evidence of severe")
T.c("exclusion", "Any evidence of severe or uncontrolled systemic disease", "u|diabetes, infection, seizures etc. not recorded")
T.c("exclusion", "Any unresolved toxicity NCI CTCAE Grade ≥2 from previous anticancer therapy", "u|toxicity grades and recent major surgery not recorded (C4)",
    {3: "u|no prior therapy, but recent major surgery not recorded (C4)", 6: "u|no prior therapy, but recent major surgery not recorded (C4)", 8: "u|no prior therapy, but recent major surgery not recorded (C4)"},
    until="19. Uncontrolled intercurrent illness")
T.c("exclusion", "Uncontrolled intercurrent illness, including but not limited to", "u|no uncontrolled illness recorded, but infection, hypertension, psychiatric history not recorded",
    {7: "nm|interstitial lung disease recorded (named in this exclusion)"})
T.c("exclusion", "History of active primary immunodeficiency", "u|primary immunodeficiency not recorded")
T.c("exclusion", "Female patients who are pregnant or breastfeeding", PREG_D, PREG)
T.c("exclusion", "Known allergy or hypersensitivity to any of the study drugs", "u|allergy history not recorded")
T.c("exclusion", "History of allogenic organ transplantation", "m|no organ transplant recorded")
T.c("exclusion", "Lung criteria:", "u|no ILD recorded; other pulmonary disorders, effusions and pneumonectomy not recorded",
    {4: "u|autoimmune disease recorded; pulmonary involvement not recorded", 7: "nm|ILD/pneumonitis is an underlying pulmonary disorder"}, until="$END")
T.write()
