import sys; sys.path.insert(0, "/work/tUF/gen")
from common import Trial
GAS = "nm|gastric adenocarcinoma is excluded from every cohort"
GEJ = "nm|GEJ adenocarcinoma (gastric cancer) is excluded from every cohort"
TUM = {1: GEJ, 2: GAS, 3: GAS, 4: GEJ, 6: GAS, 7: GEJ, 8: GAS}
T = Trial("NCT04482309",
  "DESTINY-PanTumor02 (T-DXd in selected HER2-expressing tumours). Gastric and GEJ adenocarcinomas are excluded from "
  "both Part 1 and Part 2, so every stomach/GEJ case is ineligible. Oesophageal adenocarcinoma (UF-05) is not among the "
  "excluded types and could fit Part 1 Cohort 7 (rare tumours, IHC 3+/2+) or Part 2 Cohort A/B, but he has no tissue "
  "HER2 IHC (plasma ctDNA only) -> unknown; his LVEF 45% is judged not 'adequate cardiac function' for a T-DXd protocol "
  "(which require LVEF >=50%), so he is ineligible too. Cohort-list items are judged as 'fits a cohort of this Part'.")
T.c("inclusion", "Locally advanced, unresectable, or metastatic disease based on most recent imaging", "m|advanced/unresectable disease",
    {6: "nm|resectable disease"})
T.c("inclusion", "Part 1:The respective cohorts for patient inclusion are:", "nm|excluded tumour type", dict(TUM, **{}) if False else
    {**TUM, 5: "u|oesophageal adenocarcinoma could fit Cohort 7 (rare tumours) but tissue HER2 expression is untested"}, until="* Part 2:The respective")
T.c("inclusion", "Part 2:The respective cohorts for patient inclusion are:", "nm|excluded tumour type",
    {**TUM, 5: "u|oesophageal adenocarcinoma could fit Cohort A (IHC 3+) or B (IHC 2+/ISH+) but tissue HER2 is untested"}, until="* Progressed following prior treatment")
T.c("inclusion", "Progressed following prior treatment or who have no satisfactory alternative", "m|progressed on prior therapy",
    {3: "nm|untreated; standard first-line therapy available", 6: "nm|untreated resectable disease; curative surgery available",
     8: "nm|untreated; standard first-line trastuzumab-based therapy available", 4: "m|recurrence within 183 days of perioperative FLOT (C6)"})
T.c("inclusion", "Prior HER2 targeting therapy is permitted", "m|permissive clause")
T.c("inclusion", "HER2 expression scored using current ASCO/CAP guidelines", "m|IHC 3+ or 2+ on tissue",
    {1: "m|IHC 3+", 2: "nm|latest re-biopsy IHC 1+ (below 2+)", 3: "m|IHC 2+", 4: "nm|IHC 0", 5: "u|no tissue IHC; plasma ctDNA only",
     6: "nm|IHC 1+", 7: "m|IHC 2+ (ISH amplified)", 8: "m|IHC 3+"}, until="* Has measurable target disease")
T.c("inclusion", "Has measurable target disease assessed by the Investigator", "m|measurable disease recorded", {6: "u|measurable disease not recorded"})
T.c("inclusion", "Has protocol- defined adequate organ function including cardiac", "u|organ function not recorded (C3)",
    {5: "nm|LVEF 45%, below the >=50% a T-DXd protocol requires"})
T.c("exclusion", "History of non-infectious pneumonitis/ILD that required steroids", "m|no ILD/pneumonitis recorded",
    {7: "nm|ILD and grade 2 T-DXd pneumonitis recorded"})
T.c("exclusion", "Lung-specific intercurrent clinically significant severe illnesses", "u|no ILD recorded; other lung illness not recorded",
    {7: "nm|interstitial lung disease recorded"})
T.c("exclusion", "Uncontrolled infection requiring intravenous (IV) antibiotics", "u|current infection status not recorded")
T.c("exclusion", "Pleural effusion, ascites or pericardial effusion that requires drainage", "u|effusions/ascites not recorded (C4)")
T.c("exclusion", "Known Somatic DNA mutation of HER2 (ERBB2) without tumoral HER2 protein expression", "m|no ERBB2 mutation recorded",
    {5: "m|plasma shows ERBB2 amplification, not a somatic mutation"})
T.c("exclusion", "Primary diagnosis of adenocarcinoma of the breast, adenocarcinoma of the colon or rectum", "nm|gastric adenocarcinoma primary",
    {1: "nm|GEJ adenocarcinoma primary", 4: "nm|GEJ adenocarcinoma primary", 7: "nm|GEJ adenocarcinoma primary",
     5: "m|oesophageal adenocarcinoma is not among the excluded primaries"})
T.c("exclusion", "Medical conditions that may interfere with the subject's participation", "u|investigator judgement")
T.write()
