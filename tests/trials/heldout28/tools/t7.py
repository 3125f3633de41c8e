from rules import *
r = Rec("NCT06356311")
ADV = J("met", "advanced/metastatic adenocarcinoma of stomach/GEJ/oesophagus",
        c4=("not_met", "resectable disease"), c8=("met", "locally advanced unresectable gastric adenocarcinoma"),
        c6=("met", "recurrent (advanced) oesophageal adenocarcinoma"))
TWO = J("met", "", c1=("not_met", "no prior regimen"),
        c2=("met", "progressed on trastuzumab+CAPOX and on paclitaxel"),
        c3=("met", "progressed on zolbetuximab+CAPOX and on disitamab vedotin (ADC counted as a chemotherapy regimen)"),
        c4=("not_met", "no prior regimen; not advanced"),
        c5=("met", "nivolumab+SOX (stopped for toxicity, progression before 2nd line implied) and progression on ramucirumab+paclitaxel"),
        c6=("not_met", "only perioperative FLOT (counts as one line, C6); needs ≥2"),
        c7=("met", "progressed on 3 regimens"), c8=("not_met", "no prior regimen"))
HER2 = J("met", "does not apply: HER2-negative (tissue)",
         c1=("not_met", "HER2-positive (IHC 3+) and trastuzumab not yet given"),
         c2=("met", "HER2-positive at diagnosis; trastuzumab received"),
         c3=("met", "does not apply: IHC 2+/ISH not amplified = HER2-negative"),
         c6=("met", "does not apply: tissue HER2 IHC 1+ (ctDNA-only ERBB2 amplification is not HER2-positive)"),
         c7=("met", "HER2-positive; trastuzumab received"))
RECOV = J("met", "no unresolved toxicity recorded",
          c1=("met", "no prior therapy"), c4=("met", "no prior therapy"), c8=("met", "no prior therapy"),
          c5=("unknown", "grade 2 pneumonitis Feb 2026: recovery to ≤G1 not stated"),
          c7=("unknown", "grade 2 ILD Jan 2026: recovery to ≤G1 not stated"))
TOPO = J("met", "no prior TROP2 ADC, topoisomerase-I ADC or irinotecan",
         c3=("met", "disitamab vedotin has an MMAE (tubulin) payload, not topo-I"),
         c7=("not_met", "prior trastuzumab deruxtecan (topoisomerase-I inhibitor payload ADC)"))
WASH2 = J("met", "no therapy within 2 weeks", c5=("met", "last therapy 2026-11-02 (29 days)"),
          c7=("met", "last therapy 2026-10-25 (37 days)"))
CNS = J("met", "no brain metastases recorded", c7=("unknown", "brain metastases recorded; whether active is not stated"))
MAJSURG = J("unknown", "recent major surgery not recorded (C4)",
            c4=("not_met", "resectable disease: major surgery (resection) is anticipated"),
            c6=("met", "oesophagectomy during the perioperative course (ended 2026-06-10); none recent recorded"))
IBD = J("met", "no autoimmune/inflammatory bowel disease recorded",
        c6=("unknown", "autoimmune disease recorded, type not stated (could be IBD)"))
r.add("inclusion", "Has a histologically-or cytologically-confirmed diagnosis", ADV)
r.add("inclusion", "Lesions situated in a previously-irradiated area", MEAS())
r.add("inclusion", "Has received, and progressed on, at least 2 prior", TWO)
r.add("inclusion", "Participants are eligible regardless of human epidermal growth factor", HER2)
r.add("inclusion", "Has adequate organ function", LAB("organ-function values"))
r.add("inclusion", "Has provided tumor tissue sample", ALL("met", "tissue submission is a study procedure (C1); archival tissue exists"))
r.add("inclusion", "Participants who have AEs due to previous anticancer therapies", RECOV)
r.add("inclusion", "Has measurable disease per Response Evaluation Criteria In Solid Tumors (RECIST) 1.1 as assessed", MEAS())
r.add("inclusion", "Has Eastern Cooperative Oncology Group (ECOG) performance status of 0 or 1", ECOG(1))
r.add("inclusion", "Has ability to swallow oral medication", ALL("unknown", "ability to swallow not in case (C4)"))
r.add("inclusion", "Human immunodeficiency virus (HIV) infected participants", ALL("met", "does not apply: no HIV recorded"))
r.add("inclusion", "Hepatitis B surface antigen (HBsAg) positive participants", J("met", "does not apply: no hepatitis B recorded",
      c3=("unknown", "hepatitis B recorded; antiviral therapy and HBV viral load not stated")))
r.add("inclusion", "Participants with a history of hepatitis C", ALL("met", "does not apply: no hepatitis C recorded"))
r.add("exclusion", "Has a history of documented severe dry eye", ALL("unknown", "ocular history not in case"))
r.add("exclusion", "Has Grade ≥2 peripheral neuropathy", ALL("unknown", "neuropathy grade not in case"))
r.add("exclusion", "Has active inflammatory bowel disease", IBD)
r.add("exclusion", "Has uncontrolled, significant cardiovascular disease", J("unknown", "QTc and cardiovascular/cerebrovascular history not in case (C4)",
      c8=("unknown", "heart failure recorded; NYHA class not stated")))
r.add("exclusion", "Has accumulation of pleural, ascitic, or pericardial fluid", ALL("unknown", "effusions/ascites not in case (C4)"))
r.add("exclusion", "Has received prior treatment with a trophoblast antigen 2", TOPO)
r.add("exclusion", "Has received prior systemic anticancer therapy within 2 weeks", WASH2)
r.add("exclusion", "Has received prior radiotherapy within 2 weeks", RT())
r.add("exclusion", "Has received a live or live-attenuated vaccine", VACCINE())
r.add("exclusion", "Is currently receiving a strong and/or moderate inducer", ALL("unknown", "concomitant medications not in case"))
r.add("exclusion", "Has received an investigational agent", ALL("met", "no investigational agent in treatment history"))
r.add("exclusion", "Has a known additional malignancy", OTHER_MALIG())
r.add("exclusion", "Has known active central nervous system (CNS) metastases", CNS)
r.add("exclusion", "Has an active infection requiring systemic therapy", ACTIVE_INF())
r.add("exclusion", "HIV infected participants with a history of Kaposi", ALL("met", "does not apply: no HIV recorded"))
r.add("exclusion", "Has concurrent active hepatitis B", J("met", "no hepatitis B/C co-infection recorded",
      c3=("met", "hepatitis B recorded but no hepatitis C: the item excludes concurrent HBV + HCV")))
r.add("exclusion", "Has had major surgery or significant traumatic injury", MAJSURG)
r.add("exclusion", "Has severe hypersensitivity (Grades", ALL("met", "no severe hypersensitivity to sacituzumab tirumotecan or prior biologics recorded"))
r.add("exclusion", "Has a history of (noninfectious) pneumonitis/ interstitial lung disease", ILD_STEROID())
print(r.write(
 "Phase III sacituzumab tirumotecan vs TPC, third line or later. ≥2 prior regimens counted per C6 (perioperative "
 "therapy with early recurrence = one line); an ADC line (disitamab vedotin) counts as a regimen; a first line stopped "
 "for toxicity and followed by a second line counts as 'progressed on' (progression implied by starting the next "
 "line). Prior T-DXd excludes (topoisomerase-I payload). HER2-positive = tissue IHC 3+ or 2+/ISH-amplified; ctDNA alone "
 "does not make the trastuzumab requirement apply. The HBV/HCV exclusion is read as co-infection (Merck wording); "
 "HBsAg-positive patients fall under the inclusion item, unknown without antiviral/viral-load data. Resectable "
 "disease fails the 'anticipated major surgery' exclusion. Grade-2 pneumonitis/ILD read as steroid-requiring."))
