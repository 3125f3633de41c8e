#!/usr/bin/env python3
"""Build VQ/<NCT>.yaml from the verbatim criteria (tools/extract.py) and the judgement specs below.
Judgements are written by hand from the case FIELDS only (YAML comments in the cases are ignored)."""
import os, sys, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import items
from spec_common import expand, CASES, LAB, C1, HEAD

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- NCT04309578
# Phase II trastuzumab + XP in tissue-HER2-negative / serum-HER2-positive AGC (first line).
S1 = [
 ("1. Patients with inoperable", {"*": "M|unresectable/metastatic or recurrent gastric or GEJ adenocarcinoma, not for curative therapy",
    "05": "N|oesophageal adenocarcinoma (site: esophagus); the record admits gastric or GEJ adenocarcinoma only",
    "07": "M|locally advanced, unresectable gastric adenocarcinoma (not a curative candidate)"}),
 ("2. Diseases measurable", {"*": "M|measurable disease recorded"}),
 ("3. Tissue HER2-negative", {
    "01": "N|IHC 2+ with ISH amplified (ratio 2.4) = tissue HER2-positive",
    "02": "M|tissue HER2 IHC 0",
    "03": "M|IHC 2+ with ISH not amplified (ratio 1.4)",
    "04": "M|IHC 1+ on the resection specimen",
    "05": "N|IHC 3+ = tissue HER2-positive",
    "06": "U|diagnostic biopsy IHC 3+ but post-trastuzumab re-biopsy IHC 1+; the record does not say which specimen governs",
    "07": "N|IHC 3+ = tissue HER2-positive",
    "08": "M|tissue IHC 0 on the resection; plasma ERBB2 amplification is not a tissue result"}),
 ("4. ECOG Performance status", {"*": "M|ECOG within 0-2", "05": "N|ECOG 3"}),
 ("5. Survival for at least 3 months", {"*": "U|life expectancy is not judged from the case (convention C2)"}),
 ("6. Appropriate bone marrow", {"*": "U|marrow/renal/hepatic function not recorded"}),
 ("General inclusion criteria", {"*": HEAD}),
 ("7. Males or females aged 19", {"*": "M|age 19 or over (read as 'at least 19 years')"}),
 ("8. Patients should sign", {"*": C1}),
 ("1. Patients who previously received chemotherapy", {
    "02,03,07": "M|no prior systemic therapy",
    "01": "N|first-line trastuzumab + capecitabine + oxaliplatin for metastatic disease",
    "04": "N|adjuvant docetaxel + S-1 completed 2026-08-10, under 6 months before 2026-12-01 (and recurrence 56 days after it)",
    "05": "N|two palliative lines (pembrolizumab + trastuzumab + CAPOX; T-DXd)",
    "06": "N|three palliative lines for metastatic disease",
    "08": "N|first-line nivolumab + FOLFOX for recurrent disease (perioperative FLOT was also platinum-based)"}),
 ("2. Patients with a lack of physical integration", {"*": "U|GI tract integrity / feeding tube / malabsorption not recorded"}),
 ("3. Patients with active (serious or uncontrolled) gastrointestinal bleeding", {"*": "U|GI bleeding not recorded"}),
 ("4. Patients with relevant toxicities remaining following previous curative", {
    "*": "M|does not apply - no previous curative-intent therapy",
    "04": "U|adjuvant docetaxel + S-1 given; residual toxicity (e.g. neuropathy) not recorded",
    "08": "U|perioperative FLOT given; residual toxicity (e.g. oxaliplatin neuropathy) not recorded"}),
 ("5. Patients with a history of other malignant", {"*": "U|other malignancies not recorded (convention C4)"}),
 ("Hematologic, blood chemistry, and organ functions", {"*": HEAD}),
 ("6. Neutrophil count", {"*": LAB}),
 ("7. Serum bilirubin", {"*": LAB}),
 ("8. Creatinine clearance", {"*": LAB}),
 ("Other investigational product-associated exclusion criteria", {"*": HEAD}),
 ("9. History of proven congestive heart failure", {
    "*": "U|heart failure absent, but angina, infarction, hypertension, valve disease and arrhythmia not recorded",
    "05": "N|heart failure on record"}),
 ("10. Baseline left ventricular ejection fraction", {
    "01": "M|LVEF 58%", "03": "M|LVEF 64%", "04": "M|LVEF 63%", "06": "M|LVEF 61%", "08": "M|LVEF 60%",
    "02,07": "U|LVEF not recorded", "05": "N|LVEF 44%"}),
 ("11. Patients with dyspnoea at rest", {"*": "U|dyspnoea at rest / oxygen need not recorded"}),
 ("12. Patients who are treated with long-term", {"*": "U|corticosteroid use not recorded"}),
 ("13. Patients with Clinically significant hypoacusis", {"*": "U|hearing not recorded"}),
 ("14. Patients known to show dihydropyrimidine", {"*": "U|DPD status not recorded"}),
 ("General exclusion criteria", {"*": HEAD}),
 ("15. Patients with a history of brain metastasis", {"*": "M|no brain metastases on record",
    "01,06": "N|brain metastases on record"}),
 ("16. Uncontrolled serious systemic intercurrent", {"*": "U|intercurrent disease control not recorded"}),
 ("17. Females who are pregnant", {"01,04,06,07,08": "M|does not apply - male",
    "05": "M|woman aged 68 (convention C2)", "02,03": "U|woman under 55; pregnancy/breast-feeding status not a case fact"}),
 ("18. Fertile males and females who are unwilling", {"*": C1}),
 ("19. Patients who are treated with another investigational product", {
    "*": "M|no investigational agent in the systemic-therapy history",
    "02,03,07": "M|no prior systemic therapy"}),
 ("20. Patients receiving radiation therapy", {"*": "U|radiotherapy dates are not case fields"}),
 ("21. Patients who underwent major surgery", {"*": "U|surgery dates are not case fields"}),
 ("22. Patients known to have HIV infectivity", {"*": "M|no HIV, hepatitis B or hepatitis C on record",
    "06": "N|HIV on record",
    "03": "U|hepatitis B on record; whether the infection is active is not recorded",
    "08": "U|hepatitis C on record; whether the infection is active (or cured) is not recorded"}),
 ("23. Patients with hypersensitivity to the study drug", {
    "*": "M|no hypersensitivity recorded to trastuzumab, capecitabine or cisplatin",
    "01,05,06": "M|tolerated trastuzumab and capecitabine without recorded hypersensitivity"}),
]

# ---------------------------------------------------------------- NCT04379596 (DESTINY-Gastric03)
S2 = [
 ("1. Male and female participants must be at least 18", {"*": "M|adult (18 or over)"}),
 ("2. Disease Characteristics:", {"*": HEAD}),
 ("1. Locally advanced, unresectable, or metastatic disease", {"*": "M|metastatic or recurrent disease",
    "07": "M|locally advanced, unresectable disease"}),
 ("2. For Part 1, 2, 3a, 4a", {
    "01": "M|IHC 2+/ISH amplified on local tissue (Part 1)",
    "02": "N|IHC 0 - neither HER2-positive nor HER2-low, so no Part fits",
    "03,04": "M|does not apply - HER2-low, judged for the HER2-low Parts (3b/4b/5)",
    "05": "M|IHC 3+ on local tissue (Part 1)",
    "06": "M|IHC 3+ on the local diagnostic biopsy (Part 1); the record does not demand a post-progression specimen (re-biopsy 1+ noted)",
    "07": "M|IHC 3+ on local tissue (Parts 2/3a/4a)",
    "08": "N|tissue IHC 0; plasma ERBB2 amplification is not a local tissue result, so no HER2-positive Part fits"}),
 ("3. For Part 3b,4b and Part 5", {
    "01,05,06,07": "M|does not apply - HER2-positive, judged for a HER2-positive Part",
    "02": "N|IHC 0 is not HER2-low",
    "03": "M|IHC 2+ with ISH not amplified = HER2-low",
    "04": "M|IHC 1+ = HER2-low",
    "08": "N|tissue IHC 0 is not HER2-low"}),
 ("3. For Part 1, progression on or after", {
    "01": "M|progressed on first-line trastuzumab + CAPOX (Part 1)",
    "02,03,07": "M|previously untreated for advanced disease (Parts 2-5)",
    "04": "N|HER2-low Parts need untreated disease; adjuvant docetaxel + S-1 ended 56 days before recurrence and counts as a prior line (C6); no trastuzumab for Part 1",
    "05": "M|progressed on first-line pembrolizumab + trastuzumab + CAPOX (Part 1)",
    "06": "M|progressed on first-line trastuzumab + XELOX (Part 1)",
    "08": "N|already treated for recurrent disease (nivolumab + FOLFOX) and never received trastuzumab"}),
 ("4. Has measurable target disease", {"*": "M|measurable disease recorded"}),
 ("5. Has protocol defined adequate bone marrow", {"*": "U|marrow, renal, hepatic and cardiac function not recorded",
    "01,03,04,06,08": "U|LVEF adequate, but marrow, renal and hepatic values not recorded",
    "05": "N|LVEF 44% with heart failure - cardiac function below any T-DXd protocol threshold (LVEF >=50%)"}),
 ("6. If of reproductive potential", {"*": C1}),
 ("1. Part 1 to 4: History of active primary immunodeficiency", {
    "*": "M|no HIV, hepatitis B or hepatitis C on record",
    "03": "U|hepatitis B on record: would exclude from Parts 3b/4b; Part 5 excludes only active uncontrolled HBV, and activity is not recorded",
    "06": "N|known HIV (he can only fit Part 1)",
    "08": "N|hepatitis C history excludes from Parts 1-4; Part 5 (untreated HER2-low) is not open to him"}),
 ("2. Uncontrolled intercurrent illness.", {"*": "U|control of intercurrent illness not recorded"}),
 ("3. History of non-infectious pneumonitis/ILD", {"*": "M|no ILD or pneumonitis on record",
    "07": "N|interstitial lung disease on record"}),
 ("4. Lung-specific intercurrent", {"*": "U|other lung illness not recorded"}),
 ("5. Uncontrolled infection requiring", {"*": "U|current infection not recorded"}),
 ("6. Pleural effusion, ascites or pericardial", {"*": "U|effusions/ascites not recorded (convention C4)"}),
 ("7. Has spinal cord compression", {"*": "U|no brain metastases on record, but spinal cord compression not recorded",
    "01,06": "U|brain metastases on record; whether clinically active is not recorded"}),
]

# ---------------------------------------------------------------- NCT04592211
S3 = [
 ("1. Provided written informed consent", {"*": C1}),
 ("2. Age ≥ 19 years old", {"*": "M|age 19 or over"}),
 ("3. measurable or evaluable disease", {"*": "M|measurable disease recorded"}),
 ("4. Eastern Cooperative Oncology Group", {"*": "M|ECOG 0-1", "05": "N|ECOG 3", "07": "N|ECOG 2"}),
 ("5. Adequate organ function", {"*": "U|organ function values not recorded (the record lists no thresholds)"}),
 ("6. A life expectancy", {"*": "U|life expectancy is not judged from the case (convention C2)"}),
 ("7. Is able to swallow", {"*": "U|ability to swallow/retain tablets not recorded"}),
 ("8. Failed first-line trastuzumab", {
    "01": "M|progressed on first-line trastuzumab + CAPOX",
    "02": "M|does not apply - HER2 IHC 0",
    "03,04": "M|does not apply - HER2-low, not HER2-positive",
    "05": "M|progressed on first-line pembrolizumab + trastuzumab + CAPOX",
    "06": "M|progressed on first-line trastuzumab + XELOX",
    "07": "N|HER2-positive (IHC 3+) but untreated - has not failed first-line trastuzumab",
    "08": "M|does not apply - tissue HER2 0; plasma ERBB2 amplification alone does not make him a HER2-positive patient"}),
 ("9. Highly effective contraception", {"*": C1}),
 ("10. Left ventricular ejection fraction", {
    "01": "M|LVEF 58%", "03": "M|LVEF 64%", "04": "M|LVEF 63%", "06": "M|LVEF 61%", "08": "M|LVEF 60%",
    "02,07": "U|LVEF not recorded", "05": "N|LVEF 44%"}),
 ("1. A WOCBP who has a positive urine", {"01,04,06,07,08": "M|does not apply - male",
    "05": "M|woman aged 68 (convention C2)", "02,03": "U|woman under 55; pregnancy status not a case fact"}),
 ("2. Has received prior systemic anti-cancer therapy", {
    "02,03,07": "M|no prior systemic therapy",
    "01": "M|last dose 2026-10-19, over 2 weeks ago",
    "04": "M|last dose 2026-08-10, over 2 weeks ago",
    "05": "M|last dose 2026-05-18, over 2 weeks ago",
    "06": "M|last dose 2026-09-21, over 2 weeks ago",
    "08": "M|last dose 2026-09-28, over 2 weeks ago"}),
 ("3. Has received prior radiotherapy", {"*": "U|radiotherapy dates are not case fields"}),
 ("4. Has received a live vaccine", {"*": "U|vaccination history not recorded"}),
 ("5. Is currently participating", {"*": "U|no investigational agent in the treatment history, but investigational-device use not recorded"}),
 ("6. Has a diagnosis of immunodeficiency", {"*": "U|steroid and immunosuppressant use not recorded",
    "04": "U|autoimmune disease on record; immunosuppressive therapy not recorded",
    "06": "U|HIV on record (decided under item 13); steroid/immunosuppressant use not recorded"}),
 ("7. Has a known additional malignancy", {"*": "U|other malignancies not recorded (convention C4)"}),
 ("8. Has known active CNS metastases", {"*": "M|no brain/CNS metastases on record",
    "01,06": "U|brain metastases on record; whether active is not recorded"}),
 ("9. Has severe hypersensitivity", {"*": "M|no exposure to or recorded hypersensitivity to pembrolizumab, PARP inhibitors or paclitaxel",
    "05": "M|received pembrolizumab without recorded hypersensitivity",
    "06": "M|received paclitaxel without recorded hypersensitivity"}),
 ("10. Has active autoimmune disease", {"*": "M|no autoimmune disease on record",
    "04": "U|autoimmune disease on record; systemic treatment in the past 2 years not recorded"}),
 ("11. Has a history of (non-infectious) pneumonitis", {"*": "M|no pneumonitis on record",
    "07": "U|interstitial lung disease on record; whether it is a pneumonitis that needed steroids is not recorded"}),
 ("12. Has an active infection requiring", {"*": "U|current infections not recorded"}),
 ("13. Has a known history of Human Immunodeficiency", {"*": "M|no HIV on record", "06": "N|HIV on record"}),
 ("14. Has an active of Hepatitis B", {"*": "M|no hepatitis B or C on record",
    "03": "U|hepatitis B on record; HBsAg/HBV DNA not recorded",
    "08": "U|hepatitis C on record; HCV RNA status not recorded"}),
 ("15. Has an active TB", {"*": "U|tuberculosis status not recorded"}),
 ("16. Participant has received previous allogenic", {"*": "U|no organ transplant on record, but allogeneic marrow/cord-blood transplant history not recorded"}),
]

# ---------------------------------------------------------------- NCT04704661 (DASH)
NO_HIV = "M|does not apply - no HIV on record"
HIV_U = "U|HIV on record; ART stability, CD4 and viral load are not case fields"
NO_BM = "M|does not apply - no brain metastases on record"
BM_U = "U|brain metastases on record; treatment, symptoms and steroid need are not case fields"
S4 = [
 ("DOSE-ESCALATION PHASE: Must have histologically confirmed", {"*": "M|histologically confirmed advanced gastro-oesophageal adenocarcinoma"}),
 ("DOSE-EXPANSION PHASE: Must have histologically confirmed", {"*": "M|advanced gastro-oesophageal adenocarcinoma (cohort A)"}),
 ("DOSE-EXPANSION PHASE: Patients must have a biopsiable", {"*": "U|consent counts as met, but whether a lesion is safely biopsiable is not recorded"}),
 ("Age \\>= 18 years", {"*": "M|adult"}),
 ("Patients must have HER2-positive or HER2-expressing", {
    "01": "M|IHC 2+/ISH amplified (HER2-positive, gastric criteria)",
    "02": "N|IHC 0 and no amplification - neither HER2-positive nor HER2-expressing",
    "03": "M|IHC 2+ (HER2-expressing)", "04": "M|IHC 1+ (HER2-expressing)", "05": "M|IHC 3+",
    "06": "M|IHC 3+ at diagnosis, 1+ on re-biopsy - HER2-expressing either way",
    "07": "M|IHC 3+",
    "08": "M|ERBB2 amplification by plasma NGS accepted under the amplification route (tissue IHC 0)"}),
 ("HER2 expression (1-3+) by IHC locally and confirmed centrally", {
    "*": "M|local IHC 1+ to 3+; central confirmation is a study procedure",
    "02": "N|IHC 0; no alternative HER2 route met",
    "08": "M|alternative route met (amplification by NGS); this IHC route itself fails (IHC 0)"}),
 ("HER2 expression (1-3+) by IHC tested centrally", {
    "*": "M|IHC 1+ to 3+ on record; central testing is a study procedure",
    "02": "N|IHC 0; no alternative HER2 route met",
    "08": "M|alternative route met (amplification by NGS); IHC 0 would not meet this route"}),
 ("HER2 amplification based on fluorescence", {
    "01": "M|ISH amplified (ratio 2.4)",
    "02": "N|no amplification and IHC 0; no alternative HER2 route met",
    "03": "M|alternative route met (IHC 2+); ISH not amplified",
    "04,05,06,07": "M|alternative route met (IHC 1+ to 3+); amplification not tested",
    "08": "M|ERBB2 amplification by next-generation sequencing (plasma, 2026-10-12)"}),
 ("Must have received at least one line of systemic chemotherapy", {
    "01": "M|progressed on trastuzumab + CAPOX",
    "02,03,07": "N|no prior systemic therapy",
    "04": "M|recurred 56 days after adjuvant docetaxel + S-1, which counts as a line (convention C6)",
    "05": "M|two lines, last stopped for toxicity after progression on the first",
    "06": "M|three lines, progressed on each",
    "08": "M|progressed on nivolumab + FOLFOX"}),
 ("For tumors where anti-HER2 therapy is standard of care", {
    "01": "M|progressed on trastuzumab; no prior T-DXd",
    "02": "M|does not apply - HER2 0, anti-HER2 therapy not standard",
    "03,04": "M|does not apply - HER2-low gastric cancer, anti-HER2 therapy not standard",
    "05": "N|prior T-DXd, which is approved standard of care for HER2-positive gastro-oesophageal adenocarcinoma after trastuzumab",
    "06": "M|progressed on trastuzumab; disitamab vedotin is not DS-8201a; no prior T-DXd",
    "07": "N|HER2-positive, where anti-HER2 therapy is standard, but has not progressed on any anti-HER2 line",
    "08": "M|does not apply - tissue HER2 0; no anti-HER2 standard for plasma-only ERBB2 amplification"}),
 ("Must have unresectable, advanced/metastatic disease", {"*": "M|unresectable advanced/metastatic disease"}),
 ("Must have at least 1 measurable lesion", {"*": "M|measurable disease recorded"}),
 ("Must be willing and able to provide an adequate archival", {"*": "M|willingness is C1; a diagnostic tissue specimen exists (HER2 was tested on it)"}),
 ("Must have Eastern Cooperative Oncology Group", {"*": "M|ECOG 0-1", "05": "N|ECOG 3", "07": "N|ECOG 2"}),
 ("Must have life expectancy", {"*": "U|life expectancy is not judged from the case (convention C2)"}),
 ("Must have left ventricular ejection fraction", {
    "01": "M|LVEF 58%", "03": "M|LVEF 64%", "04": "M|LVEF 63%", "06": "M|LVEF 61%", "08": "M|LVEF 60%",
    "02,07": "U|LVEF not recorded", "05": "N|LVEF 44%"}),
 ("Must have a negative pregnancy test", {"01,04,06,07,08": "M|does not apply - male",
    "05": "M|woman aged 68 (convention C2)", "02,03": "U|woman under 55; pregnancy status not a case fact"}),
 ("Platelets \\>= 100,000", {"*": LAB}),
 ("No transfusions with red blood cells", {"*": "U|transfusion history not recorded"}),
 ("Hemoglobin \\>= 9.0", {"*": LAB}),
 ("Absolute neutrophil count", {"*": LAB}),
 ("No administration of granulocyte", {"*": "U|G-CSF use not recorded"}),
 ("Creatinine clearance \\> 45", {"*": LAB}),
 ("Aspartate aminotransferase", {"*": LAB}),
 ("Total bilirubin", {"*": LAB}),
 ("Leukocytes", {"*": LAB}),
 ("Albumin \\> 2.5 g/dL (GEJ patients only)", {"*": "M|does not apply - not a GEJ primary", "01": "U|GEJ primary; albumin not recorded"}),
 ("International normalized ratio", {"*": LAB}),
 ("Must have adequate treatment washout", {
    "*": "U|no systemic therapy given; surgery and radiotherapy dates are not case fields",
    "01": "U|systemic washout met (last dose 2026-10-19); surgery/radiotherapy dates are not case fields",
    "04": "U|systemic washout met (last dose 2026-08-10); surgery/radiotherapy dates are not case fields",
    "05": "U|systemic washout met (last dose 2026-05-18); surgery/radiotherapy dates are not case fields",
    "06": "U|systemic washout met (last dose 2026-09-21); surgery/radiotherapy dates are not case fields",
    "08": "U|systemic washout met (last dose 2026-09-28); surgery/radiotherapy dates are not case fields"}),
 ("Patients who are human immunodeficiency virus (HIV) positive may", {"*": NO_HIV, "06": HIV_U}),
 ("They must be stable on their anti-retroviral", {"*": NO_HIV, "06": HIV_U}),
 ("They must have a CD4 count of greater than 250", {"*": NO_HIV, "06": HIV_U}),
 ("For patients who have received chemotherapy in the past 6 months", {"*": NO_HIV, "06": HIV_U}),
 ("They must have an undetectable viral load", {"*": NO_HIV, "06": HIV_U}),
 ("They must not be currently receiving prophylactic", {"*": NO_HIV, "06": HIV_U}),
 ("For patients with evidence of chronic hepatitis B", {"*": "M|does not apply - no hepatitis B on record",
    "03": "U|hepatitis B on record; viral load and suppressive therapy not recorded"}),
 ("Patients with a history of hepatitis C", {"*": "M|does not apply - no hepatitis C on record",
    "08": "U|hepatitis C on record; treatment and cure are not case fields"}),
 ("Subjects with clinically inactive brain metastases", {"*": NO_BM, "01,06": BM_U}),
 ("Patients with new or progressive brain metastases", {"*": NO_BM, "01,06": BM_U}),
 ("Patients with a prior or concurrent malignancy", {"*": "U|other malignancies not recorded (convention C4)"}),
 ("HER2 antibody conjugated to a topoisomerase", {"*": C1}),
 ("Women of non-child-bearing potential", {"*": "M|definitional/permissive clause, imposes no bar (C1)",
    "01,04,06,07,08": "M|does not apply - male"}),
 ("Male subjects must not freeze", {"*": C1, "02,03,05": "M|does not apply - female"}),
 ("Female subjects must not donate", {"*": C1, "01,04,06,07,08": "M|does not apply - male"}),
 ("Ability to understand and the willingness", {"*": C1}),
 ("Patients with a history of (non-infectious) interstitial", {
    "*": "U|no ILD/pneumonitis on record, but e-cigarette/vaping use not recorded",
    "07": "N|interstitial lung disease on record (a chronic diagnosis with no resolution recorded = current ILD)"}),
 ("Patients with a medical history of myocardial infarction", {
    "*": "U|no heart failure on record; recent infarction and QTc not recorded",
    "05": "U|heart failure on record, but NYHA class/symptoms are not case fields; infarction and QTc not recorded"}),
 ("Patients with spinal cord compression or clinically active", {
    "*": "U|no brain metastases on record, but spinal cord compression not recorded",
    "01,06": "U|brain metastases on record; activity and steroid/anticonvulsant need not recorded"}),
 ("Patients with multiple primary malignancies", {"*": "U|other malignancies not recorded (convention C4)"}),
 ("Patients with a history of severe hypersensitivity", {"*": "M|no exposure to, or recorded hypersensitivity to, T-DXd or ceralasertib",
    "05": "M|received T-DXd with no recorded hypersensitivity"}),
 ("Patients with an uncontrolled infection requiring IV", {"*": "U|current infection not recorded"}),
 ("Patients with substance abuse", {"*": "U|substance use and investigator opinion not recorded"}),
 ("Patients with a concomitant medical condition", {"*": "U|investigator opinion not recorded"}),
 ("Patients who have not recovered from adverse events", {
    "*": "U|residual toxicity grade after prior therapy not recorded",
    "02,03,07": "M|no prior anti-cancer therapy",
    "05": "U|LVEF 44% = persisting grade 2 ejection-fraction decrease from T-DXd; chronic grade 2 is allowed only at PI discretion"}),
 ("Any previous treatment with an ATR inhibitor", {"*": "M|no ATR inhibitor in the treatment history"}),
 ("Patients with any clinically apparent pulmonary compromise", {
    "*": "U|no ILD on record, but other lung disease, pleural effusion and emboli not recorded",
    "04": "U|autoimmune disease on record; type and pulmonary involvement not recorded",
    "07": "N|interstitial lung disease = underlying (restrictive) pulmonary disorder"}),
 ("Patients with myelodysplastic syndrome", {"*": "U|MDS/AML features not recorded"}),
 ("Patients unable to swallow orally", {"*": "U|swallowing/absorption not recorded"}),
 ("Concomitant use of known strong CYP3A", {"*": "U|concomitant medication not recorded"}),
 ("Patients with a pleural effusion, ascites", {"*": "U|effusions/ascites not recorded (convention C4)"}),
 ("Patients with previous allogeneic bone marrow", {"*": "U|allogeneic marrow/cord-blood transplant history not recorded"}),
 ("Whole blood transfusions", {"*": "U|transfusion history not recorded"}),
 ("Patients at risk of brain perfusion", {"*": "U|carotid/syncope/TIA history not recorded"}),
 ("Uncontrolled hypertension", {"*": "U|blood pressure not recorded"}),
 ("Patients with relative hypotension", {"*": "U|blood pressure not recorded"}),
 ("Patients who have received corticosteroids", {"*": "U|corticosteroid use not recorded"}),
 ("Patients with uncontrolled intercurrent illness", {"*": "U|control of intercurrent illness not recorded"}),
 ("Patients with psychiatric illness", {"*": "U|psychiatric/social history not recorded (convention C4)"}),
 ("Pregnant women are excluded", {"01,04,06,07,08": "M|does not apply - male",
    "05": "M|woman aged 68 (convention C2)", "02,03": "U|woman under 55; pregnancy/breast-feeding status not a case fact"}),
 ("Patients cannot be receiving chloroquine", {"*": "U|concomitant medication not recorded"}),
]

NOTES = {
"NCT04309578": (
 "First-line phase II of trastuzumab + capecitabine/cisplatin for TISSUE HER2-negative gastric/GEJ adenocarcinoma "
 "(the title adds serum HER2-positive, but no criterion says so, so serum HER2 is not judged and no case has it). "
 "Exclusion 1 allows non-platinum adjuvant chemo only if it ended at least 6 months before enrolment: VQ-04 (docetaxel + S-1 ended "
 "2026-08-10) fails it. VQ-06 has IHC 3+ at diagnosis and 1+ after trastuzumab; the record says HER2 testing may be on "
 "primary or metastatic tumour, so the tissue-HER2 item is left unknown for him (he is excluded on other items anyway). "
 "Oesophageal adenocarcinoma (VQ-05) is outside 'gastric or GEJ adenocarcinoma'. 'Males or females aged 19 years' is read as "
 "at least 19. Stray headings ('General inclusion criteria' etc.) are separate items, judged met as having no requirement. "
 "Hypersensitivity to the study drugs is met when there was no exposure or no recorded reaction; DPD status is unknown for all."),
"NCT04379596": (
 "DESTINY-Gastric03: each case is judged for the Part it could fit (HER2-positive after trastuzumab = Part 1; HER2-positive "
 "untreated = Parts 2/3a/4a; HER2-low untreated = Parts 3b/4b/5). Another Part's clauses are met as 'does not apply'; a case "
 "that fits no Part (HER2 0, or tissue HER2 0 with plasma-only ERBB2) is not_met on the HER2 items. HER2 status is taken from "
 "any local tissue result: VQ-06's diagnostic IHC 3+ counts for Part 1 although his re-biopsy is 1+ (the record does not "
 "require a post-progression specimen). Adjuvant therapy with recurrence within 6 months counts as prior treatment "
 "(C6), so VQ-04 is not 'previously untreated'. Exclusion 1 is judged Part by Part: hepatitis B history (VQ-03) excludes from "
 "Parts 1-4 but only active uncontrolled HBV excludes from Part 5, so VQ-03 stays possible via Part 5. 'Protocol defined "
 "adequate cardiac function' is judged not_met for LVEF 44% with heart failure (VQ-05) even though the threshold is not in "
 "the record; other organ function is unknown. The record has no ECOG item."),
"NCT04592211": (
 "Paclitaxel + pembrolizumab + olaparib. The title says second line in immune-checkpoint-inhibitor-experienced patients, but "
 "no eligibility item requires prior anti-PD-1 or a given line; only the listed items are judged, so untreated cases "
 "(VQ-02, VQ-03) come out possibly_eligible on the text although a screener would not refer them. 'Failed first-line "
 "trastuzumab' applies only to HER2-positive patients (plasma-only ERBB2 in VQ-08 is not HER2-positive). Item 5 'Adequate "
 "organ function as defined by the following criteria:' has no criteria under it and is unknown. Investigational-device "
 "use, live vaccines, TB and allogeneic marrow transplant are not recorded and stay unknown. HIV (VQ-06) is decided "
 "under item 13, not under 'immunodeficiency'. ILD in VQ-07 is not assumed to be a steroid-treated pneumonitis."),
"NCT04704661": (
 "DASH (T-DXd + ceralasertib). Gastro-oesophageal cases are judged against both the escalation and expansion cohort A clauses; "
 "the expansion biopsiable-lesion item is unknown for all. The three HER2 routes are OR-alternatives: each is met when any "
 "route is met, and all are not_met when none is. Plasma NGS ERBB2 amplification (VQ-08, tissue IHC 0) is accepted under "
 "'amplification by next generation sequencing' - a colleague may insist on tissue. Central confirmation is treated as a "
 "study procedure. Adjuvant therapy with recurrence within 6 months counts as the required prior line (VQ-04). 'Prior "
 "DS8201a not allowed where it is standard of care' excludes VQ-05 (prior T-DXd, HER2-positive oesophageal adenocarcinoma). "
 "HIV/HBV/HCV and brain-metastasis permissive clauses are 'does not apply' when the condition is absent and unknown when "
 "present. ILD on record is read as current ILD. LVEF is taken from lvef_percent without a measurement date."),
}

def build(nct, spec):
    its = items(nct)
    assert len(its) == len(spec), (nct, len(its), len(spec))
    crit = []
    for (kind, text), (prefix, s) in zip(its, spec):
        assert text.startswith(prefix), (nct, prefix, text[:80])
        j, r = expand(s)
        crit.append({"kind": kind, "text": text, "judgements": j, "reasons": r})
    verdicts = {}
    for c in CASES:
        st = [x["judgements"][c] for x in crit]
        verdicts[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    out = {"nct_id": nct, "reviewer_note": NOTES[nct], "verdicts": verdicts, "criteria": crit}
    os.makedirs(os.path.join(ROOT, "VQ"), exist_ok=True)
    with open(os.path.join(ROOT, "VQ", nct + ".yaml"), "w") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=120)
    return verdicts, crit

if __name__ == "__main__":
    for nct, spec in [("NCT04309578", S1), ("NCT04379596", S2), ("NCT04592211", S3), ("NCT04704661", S4)]:
        v, crit = build(nct, spec)
        cnt = {s: sum(1 for x in crit for c in CASES if x["judgements"][c] == s) for s in ("met", "not_met", "unknown")}
        print(nct, len(crit), cnt, " ".join(f"{c[-2:]}:{v[c][:4]}" for c in CASES))
