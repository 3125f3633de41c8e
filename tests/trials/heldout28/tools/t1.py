from rules import *
r = Rec("NCT03740256")
HER2_P = {1: ("not_met", "HER2 IHC 3+ but treatment-naive: not 'refractory'"),
          2: ("not_met", "latest tissue HER2 IHC 1+ on re-biopsy 2026-10-28 (HER2 loss) — below ≥2+"),
          3: ("met", "IHC 2+ qualifies (trial uses ≥2+ regardless of ISH); advanced, refractory after 2 lines"),
          4: ("not_met", "HER2 IHC 0; resectable, not advanced/refractory"),
          5: ("not_met", "HER2 IHC 0"),
          6: ("not_met", "tissue HER2 IHC 1+; ctDNA ERBB2 amplification is not the IHC definition used"),
          7: ("met", "IHC 3+ on re-biopsy 2025-05-28 (2+/ISH-amplified at diagnosis); refractory after 3 lines (clone not stated)"),
          8: ("not_met", "HER2 IHC 0; untreated")}
HER2_T = dict(HER2_P)
HER2_T.update({1: ("not_met", "treatment-naive: not refractory"),
               2: ("unknown", "refractory; HER2 now IHC 1+ so only DL1/DL2 (HER2 waived) possible — dose-level availability unknown"),
               5: ("unknown", "refractory but HER2 IHC 0: only DL1/DL2 (HER2 waived) possible — availability unknown"),
               6: ("unknown", "refractory but tissue IHC 1+: only DL1/DL2 (HER2 waived) possible — availability unknown"),
               8: ("not_met", "untreated: not refractory")})
CUR = J("met", "metastatic/recurrent disease, not curable",
        c4=("not_met", "resectable: curative surgery/perioperative therapy available"),
        c8=("met", "locally advanced unresectable, ECOG 3: not curable"))
PROG = {1: ("not_met", "no prior therapy; standard first line available"),
        2: ("met", "progressed after 1st and 2nd line"), 3: ("met", "progressed after 1st and 2nd line"),
        4: ("not_met", "untreated resectable disease"),
        5: ("met", "1st line stopped for toxicity, progressed on 2nd line"),
        6: ("met", "recurrence 145 days after perioperative FLOT counts as a failed line (C6)"),
        7: ("met", "progressed after 3 lines"), 8: ("not_met", "untreated; standard therapy not yet given")}
INJ = ALL("unknown", "no information on a lesion suitable for intratumoral injection")
MI = ALL("unknown", "myocardial infarction history not in case")
HEM = J("unknown", "injection site not defined; bleeding risk is an investigator assessment",
        c7=("unknown", "brain metastases present, but the injected site would be non-CNS; risk not assessable"))
# procurement inclusion
r.add("inclusion", "The patient has a histologically confirmed advanced refractory HER2", HER2_P)
r.add("inclusion", "The disease must be deemed unsuitable for curative", CUR)
r.add("inclusion", "Disease must have progressed after standard first line therapy", PROG)
r.add("inclusion", "The patient must have at least one tumor site appropriate for intratumoral injection", INJ)
r.add("inclusion", "The patient must have radiographically measurable disease", MEAS())
r.add("inclusion", "Life expectancy more than 12 weeks", LIFE)
r.add("inclusion", "The patient is ≥ 18 years of age, able to understand", ADULT)
# procurement exclusion
PX = "Procurement Exclusion Criteria"
r.add("exclusion", "History or evidence of active autoimmune disease requiring continuous systemic corticosteroids (with", AUTOIMMUNE_REQ())
r.add("exclusion", "Evidence of significant immunosuppressive conditions", NO_IMMUNODEF(), extra=2, after=PX)
r.add("exclusion", "Diagnosis of other malignancies within 5 years", OTHER_MALIG(), after=PX)
r.add("exclusion", "Patients with known active hepatitis B or C infection", KNOWN_HEP_ACTIVE())
r.add("exclusion", "prior to consent for procurement", MI)
r.add("exclusion", "Injectable tumor site is considered to incur a significant risk of major hemorrhage (e.g. located in the CNS (brain), and", HEM)
r.add("exclusion", "Uncontrolled intercurrent illness", INTERCURRENT(), after=PX)
# treatment inclusion
TI = "Treatment Inclusion Criteria"
r.add("inclusion", "Histologically confirmed advanced refractory HER2 positive solid tumors", HER2_T)
r.add("inclusion", "The disease must be deemed unsuitable for curative", CUR, after=TI)
r.add("inclusion", "Disease must have progressed after standard first line therapy", PROG, after=TI)
r.add("inclusion", "The patient must have at least one tumor site appropriate", INJ, after=TI)
r.add("inclusion", "The patient must have radiographically measurable disease", MEAS(), after=TI)
r.add("inclusion", "The patient must have adequate organ function within 7 days", LAB("organ-function laboratory values"), extra=3)
r.add("inclusion", "Prior HER2 targeted therapy is allowed", J("met", "no prior HER2-targeted therapy",
      c2=("met", "trastuzumab ended 2025-12-15, >4 weeks"),
      c3=("met", "disitamab vedotin ended 2026-10-20 (42 days), >4 weeks"),
      c7=("met", "T-DXd ended 2026-01-20, trastuzumab 2025-05-15, >4 weeks")))
r.add("inclusion", "Eastern Cooperative Oncology Group (ECOG) performance status 2 or less", ECOG(2))
r.add("inclusion", "Females of childbearing potential must have a negative pregnancy test", PREG())
r.add("inclusion", "Male subjects with pregnant partner", CONTRA)
r.add("inclusion", "The patient is ≥ 18 years of age, and able to understand", ADULT)
# treatment exclusion
TX = "Treatment Exclusion Criteria"
r.add("exclusion", "Patients with any concurrent treatment that would compromise the study", STEROID())
r.add("exclusion", "Patients at significant risk of airway compromise", ALL("unknown", "obstruction risk (airway/bowel/ureter) not in case (C4)"))
r.add("exclusion", "History or evidence of active autoimmune disease requiring continuous systemic corticosteroids, immunosuppressants", AUTOIMMUNE_REQ())
r.add("exclusion", "Evidence of significant immunosuppressive conditions", NO_IMMUNODEF(), extra=2, after=TX)
r.add("exclusion", "Diagnosis of other malignancies within 5 years", OTHER_MALIG(), after=TX)
r.add("exclusion", "Patients with known active infectious disease", KNOWN_HEP_ACTIVE())
r.add("exclusion", "prior to enrollment for treatment", MI)
r.add("exclusion", "Patients with abnormal left ventricular function", LVEF_MIN(55))
r.add("exclusion", "pulmonary parenchyma, and proximal", HEM)
r.add("exclusion", "Pregnant or breastfeeding females", PREG())
r.add("exclusion", "Uncontrolled intercurrent illness", INTERCURRENT(), after=TX)
print(r.write(
 "Basket phase I (HER2 CAR-T + intratumoral CAdVEC). Procurement and treatment criteria are both listed (the "
 "duplicated texts are judged identically except where the wording differs). The introductory sentence ('This study "
 "will look at ...') is descriptive and not listed as a separate criterion. HER2 positivity read as the latest tissue "
 "IHC ≥2+ (the trial accepts IHC 2+ regardless of ISH; antibody clone not recorded in any case and not held against "
 "the patient). ctDNA ERBB2 amplification does not satisfy the IHC definition. The treatment-stage HER2 requirement is "
 "waived in DL1/DL2, so refractory HER2-low/0 patients are 'unknown' there but still fail the procurement HER2 item. "
 "'Refractory'/progression after first line is not met by treatment-naive patients. Active hepatitis B read as "
 "unknown when hepatitis_b is recorded without activity. Steroid-requiring conditions (autoimmune, brain metastases, "
 "pneumonitis/ILD) make concurrent-steroid items unknown. LVEF <55% excludes."))
