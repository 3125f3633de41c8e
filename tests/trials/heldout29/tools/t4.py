import sys; sys.path.insert(0, "/work/tUF/gen")
from common import Trial
LAB = "u|laboratory value not in the case (C3)"
C1 = "m|consent/compliance/contraception/procedure item (C1)"
PREG = {3: "u|woman aged 45; pregnancy status not recorded (C2)", 6: "u|woman aged 38; pregnancy status not recorded (C2)"}
PREG_D = "m|man, or woman aged >=55 (C2)"
T = Trial("NCT06732856",
  "Neoadjuvant zolbetuximab + DOS for locally advanced (potentially resectable) gastric cancer, Korea. Only a newly "
  "diagnosed, potentially resectable case can enter; 'locally advanced unresectable' (UF-08) is not 'potentially "
  "resectable'. CLDN18.2: the case percent (moderate-to-strong staining) is taken as equivalent to the VENTANA 43-14A "
  "readout. Clinical T/N stage is not a case field, so it stays unknown even for UF-06 (C4); the 'resectable' setting is "
  "read as deciding M0 and no confirmed peritoneal seeding. Treatment histories list all systemic therapy, so no "
  "investigational product and no ongoing therapy are taken as known.")
NOTRES = "nm|not newly diagnosed potentially resectable disease"
T.c("inclusion", "Patients with newly diagnosed, pathologically confirmed, potentially resectable", NOTRES,
    {6: "m|newly diagnosed (2026-10) resectable gastric adenocarcinoma", 8: "nm|locally advanced unresectable, not potentially resectable",
     3: "nm|metastatic disease", 4: "nm|recurrent disease after prior surgery"})
T.c("inclusion", "Subjects who are CLDN18.2 positive (VENTANA 43-14A", "m|CLDN18.2 >=75%",
    {1: "nm|CLDN18.2 20%", 2: "nm|CLDN18.2 40%", 3: "m|CLDN18.2 85%", 4: "nm|CLDN18.2 10%", 5: "u|CLDN18.2 not tested",
     6: "m|CLDN18.2 80%", 7: "u|CLDN18.2 not tested", 8: "nm|CLDN18.2 60%"})
T.c("inclusion", "Patients with clinical stage T3-4/N0 or T2-4/N+", "u|clinical T/N stage not a case field (C4)")
T.c("inclusion", "If suspected by CT, patient who has not been confirmed to have peritoneal seeding", "u|metastatic sites not recorded (C4)",
    {6: "m|resectable setting: no confirmed peritoneal seeding", 8: "m|locally advanced non-metastatic setting: no confirmed peritoneal seeding"})
T.c("inclusion", "Subject able to provide signed informed consent form", C1)
T.c("inclusion", "Patients aged 19 years or older", "m|aged >=19")
T.c("inclusion", "Patient with Eastern Cooperative Oncology Group (ECOG) performance status of 0 to 1", "m|ECOG 0-1", {5: "nm|ECOG 2", 7: "nm|ECOG 3"})
T.c("inclusion", "Patient with expected survival", "u|life expectancy not recorded (C2)")
T.c("inclusion", "Weight \\>30 kg", "u|body weight not recorded")
T.c("inclusion", "Patient without neuropathy", "u|neuropathy grade not recorded")
T.c("inclusion", "Individual with confirmed adequate normal organ and bone marrow function", LAB, until="12. Evidence of menopause")
T.c("inclusion", "Evidence of menopause, or negative urine/blood pregnancy test", PREG_D, PREG, until="13. Patient who is willing")
T.c("inclusion", "Patient who is willing and able to comply", C1)
T.c("exclusion", "Patient who received investigational product in another clinical study", "m|no investigational product in the treatment history")
T.c("exclusion", "Patient currently enrolled in another clinical study", "u|participation in other studies not recorded")
T.c("exclusion", "Concomitant chemotherapy, immunotherapy, biologic or hormonal therapy", "m|no ongoing anti-cancer therapy in the treatment list")
T.c("exclusion", "Major surgical procedure within 28 days", "u|surgery dates not recorded (C4)")
T.c("exclusion", "Distant metastasis including M1 lymph node", "nm|metastatic disease",
    {4: "u|recurrent disease; sites of recurrence (distant vs locoregional) not recorded", 6: "m|resectable setting: no distant metastasis",
     8: "m|locally advanced unresectable: no distant metastasis"})
T.c("exclusion", "Patient unable to take oral medication", "u|oral intake not recorded (C4)")
T.c("exclusion", "Gastric outlet obstruction and/or severe gastrointestinal hemorrhage", "u|GI integrity not recorded (C4)")
T.c("exclusion", "Impaired intestinal absorption, including", "u|GI absorption/bowel resection history not recorded (C4)", until="9. Patient with a history of organ")
T.c("exclusion", "Patient with a history of organ transplant", "m|no organ transplant recorded")
T.c("exclusion", "Uncontrolled intercurrent disease including, but not limited to", "u|no uncontrolled illness recorded, but infection, hypertension, arrhythmia and psychiatric history not recorded",
    {7: "nm|interstitial lung disease recorded (named in this exclusion)"}, until="11. History of other primary")
T.c("exclusion", "History of other primary malignancy", "u|other malignancies not recorded (C4)", until="12. Patient with a history of active congenital")
T.c("exclusion", "Patient with a history of active congenital immunodeficiency", "u|congenital immunodeficiency not recorded")
T.c("exclusion", "Active infection, such as tuberculosis", "u|no HIV recorded; tuberculosis/active infection not recorded",
    {2: "u|hepatitis B recorded (allowed if treated; treatment not recorded); tuberculosis not recorded"}, until="14. Pregnant or lactating")
T.c("exclusion", "Pregnant or lactating woman and man or woman of childbearing potential", PREG_D, PREG)
T.c("exclusion", "Individual with known allergy and hypersensitivity to the investigational product", "u|allergy history not recorded")
T.write()
