from vf_common import *

NOTE = ("Korean phase Ib/II of paclitaxel + pembrolizumab + olaparib. The title describes a SECOND-LINE, "
        "immune-checkpoint-inhibitor-EXPERIENCED population, but neither requirement appears in the eligibility text; "
        "only the listed criteria were judged, so treatment-naive cases (VF-01, VF-07) come out possibly_eligible on "
        "the text although a screening oncologist would expect the trial to refuse them (prior ICI: VF-02, VF-06 fit). "
        "'Failed first-line trastuzumab treatment for HER2 positive patients' applies only to HER2-positive patients "
        "(does not apply to HER2-low/0); for a ctDNA-only ERBB2 amplification HER2 status is unknown. Pneumonitis that "
        "stopped T-DXd at grade 2 is taken as 'required steroids' (label management of grade 2 ILD is systemic "
        "steroids). HIV is an immunodeficiency (exclusion 6) as well as exclusion 13. Investigational-agent and "
        "systemic-therapy washouts are computed from the treatment list; radiotherapy dates exist only in comments, so "
        "that item is unknown. 'Adequate organ function as defined by the following criteria:' lists no criteria in "
        "the record and is unknown (C3).")

CRIT = [
 C("inclusion", "Provided written informed consent for treatment.", C1),
 C("inclusion", "Age ≥ 19 years old", (M, "adult aged >=19")),
 C("inclusion", "measurable or evaluable disease based on RECIST 1.1. Lesions",
   (M, "measurable disease recorded"), c03=(M, "non-measurable but evaluable recurrent disease")),
 C("inclusion", "Eastern Cooperative Oncology Group (ECOG) performance status 0 or 1 on time of patient's allocation.",
   (M, "ECOG 0-1"), c03=(N, "ECOG 2"), c08=(N, "ECOG 3")),
 C("inclusion", "Adequate organ function as defined by the following criteria:", LAB),
 C("inclusion", "A life expectancy of at least 3 months", LIFE),
 C("inclusion", "Is able to swallow and retain orally administered medications",
   (U, "ability to swallow / GI integrity not recorded (C4)")),
 C("inclusion", "Failed first-line trastuzumab treatment for HER2 positive patients",
   None,
   c01=(M, "does not apply — HER2-low (IHC 2+/ISH-), not HER2-positive"),
   c02=(M, "HER2-positive; progressed on first-line trastuzumab-containing therapy"),
   c03=(N, "HER2-positive (IHC 3+/ISH+) and has never received trastuzumab"),
   c04=(M, "does not apply — HER2-low (IHC 1+)"),
   c05=(M, "HER2-positive at diagnosis; progressed on first-line trastuzumab + SOX"),
   c06=(M, "does not apply — HER2 0"),
   c07=(U, "HER2 status unknown on tissue (ctDNA ERBB2 amplification only); no trastuzumab given — not met if confirmed HER2-positive"),
   c08=(M, "HER2-positive; progressed on first-line trastuzumab + CAPOX")),
 C("inclusion", "Highly effective contraception for both male and female subjects if the risk of conception exists.", C1),
 C("inclusion", "Left ventricular ejection fraction (LVEF) ≥50%",
   None,
   c01=(M, "LVEF 62%"), c02=(M, "LVEF 58%"), c03=(M, "LVEF 60%"), c04=(M, "LVEF 64%"),
   c05=(N, "LVEF 48%"), c06=(M, "LVEF 57%"), c07=(U, "LVEF not recorded"), c08=(M, "LVEF 55%")),
 C("exclusion", "A WOCBP who has a positive urine pregnancy test within 72 hours prior to allocation", None, **preg()),
 C("exclusion", "Has received prior systemic anti-cancer therapy including investigational agents within 2 weeks prior to allocation.",
   None,
   c01=(M, "no prior systemic therapy"), c02=(M, "last dose 2026-10-20 (42 days)"),
   c03=(M, "last systemic therapy 2024-06-10"), c04=(M, "last systemic therapy 2026-05-20"),
   c05=(M, "last dose 2026-10-28 (34 days)"), c06=(M, "last dose 2026-09-30 (62 days)"),
   c07=(M, "no prior systemic therapy"), c08=(N, "apatinib until 2026-11-20 — 11 days before 2026-12-01")),
 C("exclusion", "Has received prior radiotherapy within 2 weeks of start of study treatment.",
   (U, "no radiotherapy field in the case; radiotherapy dates unknown")),
 C("exclusion", "Has received a live vaccine within 30 days prior to the first dose of study drug.",
   (U, "vaccination history not recorded")),
 C("exclusion", "Is currently participating in or has participated in a study of an investigational agent including trastuzumab or has used an investigational device within 4 weeks prior to the first dose of study treatment.",
   (M, "no investigational agent in the treatment history and no trastuzumab within 4 weeks"),
   c02=(M, "trastuzumab (standard care) last given 2026-10-20, >4 weeks ago; no investigational agent")),
 C("exclusion", "Has a diagnosis of immunodeficiency or is receiving chronic systemic steroid therapy (in dosing exceeding 10 mg daily of prednisone equivalent) or any other form of immunosuppressive therapy within 7 days prior to the first dose of study drug.",
   (U, "no immunodeficiency recorded; current steroid / immunosuppressant use not recorded"),
   c04=(N, "HIV infection = immunodeficiency")),
 C("exclusion", "Has a known additional malignancy that is progressing or has required active treatment within the past 5 years.",
   (U, "other malignancies not recorded (C4)")),
 C("exclusion", "Has known active CNS metastases and/or carcinomatous meningitis.",
   (M, "no brain / CNS metastases recorded"),
   c04=(U, "brain metastases present; activity not in the case fields"),
   c08=(U, "brain metastases present; activity not in the case fields")),
 C("exclusion", "Has severe hypersensitivity (≥Grade 3) to pembrolizumab and/or any of its excipients, PARP inhibitor and paclitaxel.",
   (U, "allergy history not recorded")),
 C("exclusion", "Has active autoimmune disease that has required systemic treatment in the past 2 years",
   (M, "no autoimmune disease recorded"),
   c06=(U, "autoimmune disease recorded; activity and systemic treatment in the past 2 years not recorded")),
 C("exclusion", "Has a history of (non-infectious) pneumonitis that required steroids or has current pneumonitis.",
   (M, "no pneumonitis or ILD recorded"),
   c05=(N, "grade 2 pneumonitis on T-DXd (grade 2 ILD is managed with systemic steroids)")),
 C("exclusion", "Has an active infection requiring systemic therapy.", (U, "current infections not recorded"),
   c04=(U, "HIV recorded; whether it is an active infection needing therapy is not in the fields"),
   c08=(U, "hepatitis B recorded; antiviral therapy / activity not recorded")),
 C("exclusion", "Has a known history of Human Immunodeficiency Virus (HIV).",
   (M, "no HIV recorded"), c04=(N, "HIV infection")),
 C("exclusion", r"Has an active of Hepatitis B (defined as Hepatitis B surface antigen \[HBsAg\] reactive and HBV titer \>2000 IU/ml) or known active Hepatitis C virus (defined as HCV RNA is detected) infection.",
   (M, "no hepatitis B or C recorded"),
   c03=(U, "hepatitis C recorded; HCV RNA status not recorded"),
   c08=(U, "hepatitis B recorded; HBsAg / HBV DNA level not recorded")),
 C("exclusion", "Has an active TB (Bacillus Tuberculosis) with treatment.", (U, "tuberculosis status not recorded")),
 C("exclusion", "Participant has received previous allogenic bone-marrow, tissue/solid organ transplant or double umbilical cord transplantation (dUCBT).",
   (M, "no organ / tissue transplant recorded")),
]
