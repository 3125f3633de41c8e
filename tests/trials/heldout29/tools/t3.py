import sys; sys.path.insert(0, "/work/tUF/gen")
from common import Trial
C1 = "m|consent/compliance/contraception/procedure item (C1)"
PRE = {1: "nm|prior palliative trastuzumab + pembrolizumab + CAPOX", 2: "nm|three prior palliative lines", 5: "nm|two prior palliative lines",
       7: "nm|four prior palliative lines", 4: "nm|perioperative FLOT with recurrence 125 days after last dose counts as first-line therapy for advanced disease (C6)"}
T = Trial("NCT06469944",
  "KEYMAKER-U06 substudy 06C: sacituzumab tirumotecan + pembrolizumab + fluoropyrimidine, first-line HER2-negative "
  "gastroesophageal adenocarcinoma. The record lists only 'main' criteria; each listed item was judged. The text has no "
  "carve-out for (neo)adjuvant therapy, so C6 is applied: UF-04 (recurrence 125 days after perioperative FLOT) is "
  "treated as previously treated for advanced disease - a colleague reading 'recurrent or metastatic setting' "
  "literally could call her untreated. HER2: the most recent tissue result governs (UF-02 1+ after loss is not "
  "'known HER2-positive'); plasma-only ERBB2 amplification (UF-05) is unknown. 'Concurrent active hepatitis B and "
  "hepatitis C' is read as co-infection, so HBV alone (UF-02) passes it (the HBsAg inclusion item is then unknown). "
  "Resectable UF-06 is expected to need resection.")
T.c("inclusion", "Has histologically and/or cytologically confirmed diagnosis of previously untreated", "m|untreated advanced gastroesophageal adenocarcinoma",
    {**PRE, 6: "nm|resectable disease, not locally advanced unresectable/metastatic"})
T.c("inclusion", "Has gastroesophageal adenocarcinoma that is known to be human epidermal growth factor receptor 2", "m|not HER2-positive",
    {1: "nm|HER2 IHC 3+", 2: "m|latest re-biopsy IHC 1+ (HER2 lost); not currently HER2-positive", 3: "m|IHC 2+/ISH not amplified: HER2-negative",
     4: "m|IHC 0", 5: "u|no tissue HER2; plasma ERBB2 amplification suggests HER2-positive", 6: "m|IHC 1+",
     7: "nm|IHC 2+/ISH amplified (HER2-positive)", 8: "nm|HER2 IHC 3+"})
T.c("inclusion", "Is not expected to require tumor resection", "m|advanced/unresectable disease", {6: "nm|resectable disease; resection is planned"})
T.c("inclusion", "Has not had prior systemic therapy administered in the recurrent or metastatic setting", "m|no prior systemic therapy", PRE)
T.c("inclusion", "Has provided an archival tumor tissue sample", C1)
T.c("inclusion", "Participants who have adverse events (AEs) due to previous anticancer therapies", "u|current AE grades after prior therapy not recorded",
    {3: "m|no prior anti-cancer therapy", 6: "m|no prior anti-cancer therapy", 8: "m|no prior anti-cancer therapy"})
T.c("inclusion", "Has adequate organ function", "u|organ function not recorded (C3)")
T.c("inclusion", "Has measurable disease per Response Evaluation Criteria", "m|measurable disease recorded", {6: "u|measurable disease not recorded"})
T.c("inclusion", "Has Eastern Cooperative Oncology Group (ECOG) performance status of 0 or 1", "m|ECOG 0-1", {5: "nm|ECOG 2", 7: "nm|ECOG 3"})
T.c("inclusion", "Has a life expectancy of at least 6 months", "u|life expectancy not recorded (C2)")
T.c("inclusion", "Who are Hepatitis B surface antigen (HBsAg) positive are eligible", "m|does not apply: no hepatitis B",
    {2: "u|hepatitis B recorded; antiviral therapy duration and HBV DNA not recorded"})
T.c("inclusion", "Who has history of hepatitis C virus (HCV) infection", "m|does not apply: no hepatitis C")
T.c("inclusion", "Human immunodeficiency virus (HIV)-infected participants must have", "m|does not apply: no HIV")
T.c("exclusion", "Has squamous cell or undifferentiated gastroesophageal cancer", "m|adenocarcinoma")
T.c("exclusion", "Has had previous therapy for locally advanced unresectable or metastatic", "m|no previous therapy for advanced disease", PRE)
T.c("exclusion", "Has experienced weight loss", "u|weight history not recorded")
T.c("exclusion", "Has a history of documented severe dry eye syndrome", "u|ocular history not recorded")
T.c("exclusion", "Has Grade \\>2 peripheral neuropathy", "u|neuropathy grade not recorded")
T.c("exclusion", "Has active inflammatory bowel disease requiring immunosuppressive", "m|no autoimmune/inflammatory disease recorded",
    {4: "u|autoimmune disease recorded; whether it is inflammatory bowel disease is not recorded"})
T.c("exclusion", "Has uncontrolled, significant cardiovascular disease", "u|no heart failure recorded; other cardiovascular/cerebrovascular events not recorded")
T.c("exclusion", "Has accumulation of pleural, ascitic, or pericardial fluid", "u|effusions/ascites not recorded (C4)")
T.c("exclusion", "HIV-infected participants with a history of Kaposi", "m|does not apply: no HIV")
T.c("exclusion", "Has received prior treatment with a trophoblast antigen 2", "m|no TROP2 ADC in the treatment history")
T.c("exclusion", "Has received prior treatment with a topoisomerase I inhibitor-based ADC", "m|no topo-I ADC or irinotecan in the treatment history",
    {2: "nm|prior irinotecan (topoisomerase I inhibitor chemotherapy)", 7: "nm|prior trastuzumab deruxtecan (topo-I inhibitor ADC)"})
T.c("exclusion", "Has received prior systemic anticancer therapy including investigational agents within 4 weeks", "m|no systemic therapy, or last dose more than 4 weeks before 2026-12-01")
T.c("exclusion", "Has received prior therapy with an anti-Programmed Cell Death Protein 1", "m|no prior checkpoint inhibitor",
    {1: "nm|prior pembrolizumab (anti-PD-1)", 5: "nm|prior nivolumab (anti-PD-1)"})
T.c("exclusion", "Has received prior radiotherapy within 2 weeks", "u|radiotherapy history not recorded (C4)")
T.c("exclusion", "Has received a live or live-attenuated vaccine", "u|vaccination history not recorded")
T.c("exclusion", "Has received a strong inducer/inhibitor of CYP3A4", "u|concomitant medications not recorded")
T.c("exclusion", "Has received an investigational agent or has used an investigational device", "m|no investigational agent in the treatment history")
T.c("exclusion", "Has diagnosis of immunodeficiency or is receiving chronic systemic steroid", "u|no HIV recorded; steroid/immunosuppressant use not recorded")
T.c("exclusion", "Has known additional malignancy that is progressing", "u|other malignancies not recorded (C4)")
T.c("exclusion", "Has known active central nervous system (CNS) metastases", "m|no brain metastases recorded",
    {5: "u|brain metastases recorded; whether active is not recorded"})
T.c("exclusion", "Has Severe hypersensitivity", "u|allergy history not recorded")
T.c("exclusion", "Has active autoimmune disease that has required systemic treatment in the past 2 years", "m|no autoimmune disease recorded",
    {4: "u|autoimmune disease recorded; whether it needed systemic treatment in the past 2 years is not recorded"})
T.c("exclusion", "Has history of (noninfectious) pneumonitis/interstitial lung disease", "m|no ILD/pneumonitis recorded",
    {7: "nm|ILD and grade 2 T-DXd pneumonitis recorded"})
T.c("exclusion", "Has an active infection requiring systemic therapy", "u|current infection status not recorded")
T.c("exclusion", "Has concurrent active hepatitis B", "m|no hepatitis B/C co-infection recorded",
    {2: "m|hepatitis B without hepatitis C: no concurrent HBV+HCV infection (read as co-infection)"})
T.c("exclusion", "Has GI obstruction, poor oral intake", "u|GI obstruction/oral intake not recorded (C4)")
T.c("exclusion", "Has poorly controlled diarrhea", "u|not recorded")
T.c("exclusion", "Has had a major surgery or significant traumatic injury within 4 weeks", "u|surgery dates not recorded (C4)")
T.c("exclusion", "Has history of allogeneic tissue/solid organ transplant", "m|no transplant recorded")
T.c("exclusion", "Have not adequately recovered from major surgery", "u|surgery history not recorded (C4)")
T.write()
