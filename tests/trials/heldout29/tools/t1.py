import sys; sys.path.insert(0, "/work/tUF/gen")
from common import Trial
LAB = "u|laboratory value not in the case (C3)"
C1 = "m|consent/compliance/contraception/procedure item (C1)"
ADV = {6: "nm|setting resectable: not advanced/unresectable disease"}
PREG = {3: "u|woman aged 45; pregnancy status not recorded (C2)", 6: "u|woman aged 38; pregnancy status not recorded (C2)"}
PREG_D = "m|man, or woman aged >=55 (C2)"
T = Trial("NCT04704661",
  "DASH (T-DXd + ceralasertib), US NCI phase 1/1b. Both the dose-escalation and the dose-expansion (cohort A "
  "gastroesophageal) criteria were judged because a gastroesophageal patient could enter either. HER2 'expressing' "
  "= IHC 1-3+ or FISH/NGS amplification; the most recent tissue result is used (UF-02 re-biopsy IHC 1+). Plasma-only "
  "ctDNA ERBB2 amplification (UF-05) is judged unknown: the text asks for a HER2-expressing tumour with archival "
  "tissue for central confirmation. T-DXd is FDA-approved SOC for HER2+ gastric, so prior T-DXd (UF-07) is not "
  "allowed. Perioperative FLOT with recurrence within 183 days (UF-04) counts as a prior line (C6). Washout items "
  "combine surgery/radiotherapy with systemic therapy and stay unknown (C4). Vaping, cord compression, allergy and "
  "concomitant-medication items are not in the case and stay unknown.")
T.c("inclusion", "DOSE-ESCALATION PHASE: Must have histologically", "m|advanced adenocarcinoma (solid tumour)", ADV)
T.c("inclusion", "DOSE-EXPANSION PHASE: Must have histologically", "m|advanced gastric/GEJ/oesophageal adenocarcinoma = gastroesophageal cohort A", ADV)
T.c("inclusion", "DOSE-EXPANSION PHASE: Patients must have a biopsiable", "u|consent is C1 but whether a lesion is safely biopsiable is not recorded")
T.c("inclusion", "Age \\>= 18 years", "m|adult")
T.c("inclusion", "Patients must have HER2-positive or HER2-expressing tumors", "m|HER2 IHC 1-3+ on tissue",
    {1: "m|IHC 3+ (re-biopsy 2026-10)", 2: "m|latest re-biopsy IHC 1+ (HER2-expressing)", 3: "m|IHC 2+", 4: "nm|IHC 0, no amplification: not HER2-expressing",
     5: "u|no tissue HER2 result; plasma ctDNA ERBB2 amplification only - NGS route unclear for plasma, tissue needed for central confirmation",
     6: "m|IHC 1+", 7: "m|IHC 2+/ISH amplified", 8: "m|IHC 3+"},
    until="* Must have received at least one line")
T.c("inclusion", "Must have received at least one line of systemic chemotherapy", "m|progressed on prior palliative chemotherapy",
    {3: "nm|untreated", 6: "nm|untreated, non-metastatic", 8: "nm|untreated first-line candidate",
     4: "m|perioperative FLOT with recurrence 125 days after last dose counts as a line (C6)", 7: "m|progressed on four prior lines"})
T.c("inclusion", "For tumors where anti-HER2 therapy is standard of care", "m|does not apply: HER2-low/0 tumour, anti-HER2 not SOC; no prior T-DXd",
    {1: "m|progressed on first-line trastuzumab; no prior T-DXd", 2: "m|progressed on trastuzumab; prior ADC was disitamab vedotin, not DS-8201a",
     5: "u|tissue HER2 status unknown; if HER2-positive he has had no anti-HER2 therapy",
     7: "nm|prior T-DXd (DS-8201a), which is approved SOC for HER2+ gastric cancer", 8: "nm|HER2-positive but has not progressed on any anti-HER2 therapy"})
T.c("inclusion", "Must have unresectable, advanced/metastatic disease", "m|advanced/unresectable setting", ADV)
T.c("inclusion", "Must have at least 1 measurable lesion on CT scan", "m|measurable disease recorded", {6: "u|measurable disease not recorded"})
T.c("inclusion", "Must be willing and able to provide an adequate archival tumor sample", C1)
T.c("inclusion", "Must have Eastern Cooperative Oncology Group (ECOG) performance status (PS) 0-1", "m|ECOG 0-1",
    {5: "nm|ECOG 2", 7: "nm|ECOG 3"})
T.c("inclusion", "Must have life expectancy of at least 3 months", "u|life expectancy not recorded (C2)")
T.c("inclusion", "Must have left ventricular ejection fraction (LVEF)", "m|LVEF >=50%",
    {3: "u|LVEF not recorded", 5: "nm|LVEF 45% < 50%", 7: "m|LVEF 52% >= 50%"})
T.c("inclusion", "Must have a negative pregnancy test (if female)", PREG_D, PREG)
T.c("inclusion", "Platelets \\>= 100,000/mcL", LAB, until="* Hemoglobin")
T.c("inclusion", "Hemoglobin \\>= 9.0 g/dL", LAB)
T.c("inclusion", "Absolute neutrophil count \\>= 1,500/mcL", LAB, until="* Creatinine clearance")
T.c("inclusion", "Creatinine clearance \\> 45/mL/min", LAB)
T.c("inclusion", "Aspartate aminotransferase (AST)", LAB)
T.c("inclusion", "Total bilirubin =\\< 1.5 x ULN", LAB)
T.c("inclusion", "Leukocytes \\>= 3,000/mcL", LAB)
T.c("inclusion", "Albumin \\> 2.5 g/dL (GEJ patients only)", "m|does not apply: primary is not GEJ",
    {1: "u|GEJ primary; albumin not in the case (C3)", 4: "u|GEJ primary; albumin not in the case (C3)", 7: "u|GEJ primary; albumin not in the case (C3)"})
T.c("inclusion", "International normalized ratio (INR)", LAB)
T.c("inclusion", "Must have adequate treatment washout period", "u|systemic washout satisfied or not applicable, but surgery/radiotherapy dates not recorded (C4)")
T.c("inclusion", "Patients who are human immunodeficiency virus (HIV) positive may participate", "m|does not apply: HIV not recorded (known absent)",
    until="* For patients with evidence of chronic hepatitis B")
T.c("inclusion", "For patients with evidence of chronic hepatitis B virus (HBV) infection", "m|does not apply: no hepatitis B",
    {2: "u|hepatitis B recorded; HBV viral load/suppressive therapy not in the case"})
T.c("inclusion", "Patients with a history of hepatitis C virus (HCV) infection", "m|does not apply: no hepatitis C")
T.c("inclusion", "Subjects with clinically inactive brain metastases may be included", "m|does not apply: no brain metastases",
    {5: "u|brain metastases recorded; whether treated, asymptomatic and off steroids is not recorded"})
T.c("inclusion", "Patients with new or progressive brain metastases", "m|does not apply: no brain metastases",
    {5: "u|brain metastases recorded; activity and need for CNS-directed treatment not recorded"})
T.c("inclusion", "Patients with a prior or concurrent malignancy whose natural history", "u|other malignancies not recorded (C4)")
T.c("inclusion", "HER2 antibody conjugated to a topoisomerase 1 inhibitor agents as well as AZD6738 are known to be teratogenic", C1)
T.c("inclusion", "Women of non-child-bearing potential defined as", "m|definition of non-child-bearing potential; contraception handled as C1")
T.c("inclusion", "Male subjects must not freeze or donate sperm", C1)
T.c("inclusion", "Female subjects must not donate, or retrieve", C1)
T.c("inclusion", "Ability to understand and the willingness to sign", C1)
T.c("exclusion", "Patients with a history of (non-infectious) interstitial lung disease", "u|no ILD/pneumonitis recorded, but e-cigarette/vaping use not recorded",
    {7: "nm|ILD and grade 2 T-DXd pneumonitis recorded (steroid-treated grade 2 pneumonitis)"})
T.c("exclusion", "Patients with a medical history of myocardial infarction within 6 months", "u|no heart failure recorded; MI history and QTc not in the case")
T.c("exclusion", "Patients with spinal cord compression or clinically active central nervous system", "u|no brain metastases recorded; spinal cord compression not recorded",
    {5: "u|brain metastases recorded; whether untreated/symptomatic or needing steroids not recorded",
     6: "m|non-metastatic (resectable) disease: no CNS metastases or cord compression", 8: "m|locally advanced, non-metastatic: no CNS metastases or cord compression"})
T.c("exclusion", "Patients with multiple primary malignancies within 2 years", "u|other malignancies not recorded (C4)")
T.c("exclusion", "Patients with a history of severe hypersensitivity reactions", "u|allergy history not recorded")
T.c("exclusion", "Patients with an uncontrolled infection requiring IV antibiotics", "u|current infection status not recorded")
T.c("exclusion", "Patients with substance abuse or any other medical conditions", "u|investigator judgement; substance use not recorded")
T.c("exclusion", "Patients with a concomitant medical condition that would increase the risk of toxicity", "u|investigator judgement; no decisive comorbidity recorded",
    {7: "nm|ILD/prior T-DXd pneumonitis markedly increases the toxicity risk of a T-DXd regimen"})
T.c("exclusion", "Patients who have not recovered from adverse events due to prior anti-cancer therapy", "u|current residual toxicity grades not recorded",
    {3: "m|no prior anti-cancer therapy", 6: "m|no prior anti-cancer therapy", 8: "m|no prior anti-cancer therapy"})
T.c("exclusion", "Any previous treatment with an ATR inhibitor", "m|no ATR inhibitor in the treatment history")
T.c("exclusion", "Patients with any clinically apparent pulmonary compromise", "u|no ILD recorded, but other pulmonary disorders/effusions not recorded",
    {4: "u|autoimmune disease recorded; type and pulmonary involvement not recorded", 7: "nm|ILD/pneumonitis is an underlying pulmonary disorder"})
T.c("exclusion", "Patients with myelodysplastic syndrome/acute myeloid leukemia", "u|other malignancies (MDS/AML) not recorded (C4)")
T.c("exclusion", "Patients unable to swallow orally administered medication", "u|swallowing/GI absorption not recorded (C4)")
T.c("exclusion", "Concomitant use of known strong CYP3A inhibitors", "u|concomitant medications not recorded")
T.c("exclusion", "Patients with a pleural effusion, ascites, or pericardial effusion that requires drainage", "u|effusions/ascites not recorded (C4)")
T.c("exclusion", "Patients with previous allogeneic bone marrow transplant", "m|no transplant recorded")
T.c("exclusion", "Whole blood transfusions in the last 120 days", "u|transfusion history not recorded")
T.c("exclusion", "Patients at risk of brain perfusion problems", "u|carotid/syncope/TIA history not recorded")
T.c("exclusion", "Uncontrolled hypertension (grade 2 or above)", "u|blood pressure not recorded")
T.c("exclusion", "Patients with relative hypotension", "u|blood pressure not recorded")
T.c("exclusion", "Patients who have received corticosteroids (at a dose \\> 10 mg prednisone/day", "u|steroid use not recorded")
T.c("exclusion", "Patients with uncontrolled intercurrent illness", "u|not recorded")
T.c("exclusion", "Patients with psychiatric illness/social situations", "u|psychiatric/social history not recorded (C4)")
T.c("exclusion", "Pregnant women are excluded from this study", PREG_D, PREG)
T.c("exclusion", "Patients cannot be receiving chloroquine or hydroxychloroquine", "u|concomitant medications not recorded")
T.write()
