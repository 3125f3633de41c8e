import sys; sys.path.insert(0, "/work/tUF/gen")
from common import Trial
C1 = "m|consent/compliance/contraception/procedure item (C1)"
T = Trial("NCT04379596",
  "DESTINY-Gastric03 (T-DXd alone or with chemotherapy/immunotherapy). Parts are alternatives: Part 1 = HER2-positive "
  "after trastuzumab; Parts 2/3A/4A = untreated HER2-positive; Parts 3B/4B/5 = untreated HER2-low. The HER2-positive "
  "and HER2-low items are met as 'does not apply' when the patient fits the other HER2 route. The most recent tissue "
  "HER2 governs (UF-02 now IHC 1+, pretreated -> fits no Part). 'Adequate cardiac function' is read as LVEF >=50% "
  "(T-DXd), so UF-05 (45%) fails it. Parts 1-4 exclude any past hepatitis B, Part 5 only active uncontrolled HBV; "
  "UF-02 fits no Part anyway. Primary immunodeficiency and cord compression are not case fields and stay unknown.")
T.c("inclusion", "Male and female participants must be at least 18 years of age", "m|adult")
T.c("inclusion", "Locally advanced, unresectable, or metastatic disease based on most recent imaging", "m|advanced/unresectable disease",
    {6: "nm|resectable disease"})
T.c("inclusion", "For Part 1, 2, 3a, 4a pathologically documented adenocarcinoma", "m|HER2-positive adenocarcinoma",
    {1: "m|IHC 3+ (confirmed on 2026 re-biopsy)", 2: "m|does not apply: latest tissue IHC 1+ routes her to the HER2-low parts",
     3: "m|does not apply: HER2-low (IHC 2+/ISH-) routes to Parts 3B/4B/5", 4: "nm|IHC 0: neither HER2-positive nor HER2-low",
     5: "u|no tissue HER2 result (plasma ctDNA only)", 6: "m|does not apply: HER2-low (IHC 1+) routes to Parts 3B/4B/5",
     7: "m|IHC 2+/ISH amplified", 8: "m|IHC 3+"})
T.c("inclusion", "For Part 3b,4b and Part 5, pathologically documented adenocarcinoma", "m|HER2-low adenocarcinoma",
    {1: "m|does not apply: HER2-positive routes to Parts 1/2/3A/4A", 2: "m|latest re-biopsy IHC 1+ (HER2-low)", 3: "m|IHC 2+/ISH not amplified",
     4: "nm|IHC 0: not HER2-low", 5: "u|no tissue HER2 result (plasma ctDNA only)", 6: "m|IHC 1+",
     7: "m|does not apply: HER2-positive routes to Parts 1/2/3A/4A", 8: "m|does not apply: HER2-positive routes to Parts 2/3A/4A"})
T.c("inclusion", "For Part 1, progression on or after at least one prior trastuzumab", "m|untreated for advanced disease (Parts 2-5)",
    {1: "m|Part 1: progressed on trastuzumab-containing first line", 2: "nm|HER2-low parts need untreated disease; she has had three lines (and is no longer HER2-positive for Part 1)",
     4: "nm|perioperative FLOT with recurrence within 183 days counts as prior treatment (C6); no trastuzumab for Part 1",
     5: "nm|two prior lines without trastuzumab: fits neither Part 1 nor the untreated parts",
     6: "m|previously untreated", 7: "m|Part 1: progressed on trastuzumab-containing first line", 8: "m|untreated HER2-positive (Parts 2/3A/4A)"})
T.c("inclusion", "Has measurable target disease assessed by the Investigator", "m|measurable disease recorded", {6: "u|measurable disease not recorded"})
T.c("inclusion", "Has protocol defined adequate bone marrow and organ function", "u|laboratory/organ function not recorded (C3)",
    {5: "nm|LVEF 45%, below the >=50% T-DXd protocols require"})
T.c("inclusion", "If of reproductive potential, agrees to use a highly effective form of contraception", C1)
T.c("exclusion", "Part 1 to 4: History of active primary immunodeficiency", "u|no HIV or hepatitis recorded; primary immunodeficiency not recorded",
    {2: "nm|hepatitis B recorded: Parts 1-4 exclude any past/chronic HBV, and she fits no Part 5 slot"})
T.c("exclusion", "Uncontrolled intercurrent illness.", "u|not recorded")
T.c("exclusion", "History of non-infectious pneumonitis/ILD, current ILD", "m|no ILD/pneumonitis recorded",
    {7: "nm|ILD and grade 2 T-DXd pneumonitis recorded"})
T.c("exclusion", "Lung-specific intercurrent clinically significant severe illnesses", "u|no ILD recorded; other lung illness not recorded",
    {7: "nm|interstitial lung disease recorded"})
T.c("exclusion", "Uncontrolled infection requiring intravenous (IV) antibiotics", "u|current infection status not recorded")
T.c("exclusion", "Pleural effusion, ascites or pericardial effusion that requires drainage", "u|effusions/ascites not recorded (C4)")
T.c("exclusion", "Has spinal cord compression or clinically active central nervous system metastases", "u|no brain metastases recorded; spinal cord compression not recorded",
    {5: "u|brain metastases recorded; activity not recorded", 6: "m|non-metastatic (resectable) disease", 8: "m|locally advanced, non-metastatic disease"})
T.write()
