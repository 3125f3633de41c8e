#!/usr/bin/env python3
"""Write VP/<NCT>.yaml from the verbatim criterion items (tools/items.py) and the judgements below.
Each judgement row: J(default_status, default_reason, c01=(status, reason), ...). Statuses: M met, N not_met, U unknown."""
import os, sys, yaml
sys.path.insert(0, os.path.dirname(__file__))
from items import items

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [f"VP-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def J(st, why, **ov):
    out = {c: (st, why) for c in CASES}
    for k, v in ov.items():
        out["VP-" + k[1:]] = v
    return out

def each(**kw):  # every case given explicitly
    assert len(kw) == 8, kw.keys()
    return J(U, "", **kw)

# shared readings -------------------------------------------------------------------------------------------
MEN = ("c02", "c03", "c05")
def preg(women_lt55_reason="woman under 55; pregnancy/breast-feeding status not recorded (C2)"):
    return J(M, "man or woman >=55: does not apply / met (C2)",
             c02=(M, "does not apply: male"), c03=(M, "does not apply: male"), c05=(M, "does not apply: male"),
             c04=(M, "woman aged 68 (>=55): met (C2)"), c07=(M, "woman aged 66 (>=55): met (C2)"),
             c01=(U, women_lt55_reason), c06=(U, women_lt55_reason), c08=(U, women_lt55_reason))
def female_only_c1(why):
    return J(M, why + " (C1)", c02=(M, "does not apply: male"), c03=(M, "does not apply: male"), c05=(M, "does not apply: male"))
def male_only_c1(why):
    return J(M, "does not apply: female", c02=(M, why + " (C1)"), c03=(M, why + " (C1)"), c05=(M, why + " (C1)"))
LAB = J(U, "laboratory values not recorded (C3)")
C1 = lambda why: J(M, why + " (C1)")
def unk(why): return J(U, why)

# ===========================================================================================================
NCT06901531 = [
 # 0 histology
 J(M, "gastric/GEJ adenocarcinoma", c03=(N, "oesophageal (non-GEJ) adenocarcinoma; the trial takes gastric or GEJ only")),
 # 1 advanced disease radiographically confirmed within 28 days
 J(M, "advanced (metastatic/recurrent) disease recorded; repeat imaging within 28 days is a screening step",
   c06=(N, "resectable disease, not locally advanced unresectable or metastatic")),
 # 2 evaluable disease
 J(M, "measurable disease recorded; no field shows a single previously irradiated lesion",
   c01=(M, "metastatic disease recorded as non-measurable; the trial accepts non-measurable evaluable disease")),
 # 3 ECOG 0-1
 J(M, "ECOG 0-1", c05=(N, "ECOG 2"), c08=(N, "ECOG 3")),
 # 4 life expectancy
 unk("life expectancy not assessable from the case (C2)"),
 # 5 candidate for mFOLFOX6/CAPOX + pembrolizumab
 each(c01=(M, "untreated, ECOG 1, no recorded contraindication"),
      c02=(U, "grade 3 immune-mediated colitis on nivolumab; whether anti-PD-1 rechallenge is acceptable is a clinical decision not recorded"),
      c03=(N, "already progressed on CAPOX + pembrolizumab (+ trastuzumab)"),
      c04=(M, "tolerated 6 months of CAPOX, ECOG 1; no recorded contraindication"),
      c05=(N, "progressed on oxaliplatin/fluoropyrimidine + anti-PD-1 (nivolumab + SOX); ECOG 2"),
      c06=(M, "ECOG 0, no recorded contraindication to oxaliplatin, fluoropyrimidine or pembrolizumab"),
      c07=(N, "already progressed on CAPOX + pembrolizumab (+ trastuzumab)"),
      c08=(N, "ECOG 3: not a candidate for combination chemo-immunotherapy")),
 # 6 female not pregnant heading
 preg(),
 # 7 not WOCBP
 J(M, "does not apply: male", c04=(M, "woman aged 68: not of child-bearing potential (C2)"),
   c07=(M, "woman aged 66: not of child-bearing potential (C2)"),
   c01=(U, "woman under 55; child-bearing potential not recorded (alternative route judged on the next item)"),
   c06=(U, "woman under 55; child-bearing potential not recorded (alternative route judged on the next item)"),
   c08=(U, "woman under 55; child-bearing potential not recorded (alternative route judged on the next item)")),
 # 8 WOCBP negative test + contraception
 J(M, "does not apply: male", c04=(M, "does not apply: not of child-bearing potential (aged 68)"),
   c07=(M, "does not apply: not of child-bearing potential (aged 66)"),
   c01=(U, "screening pregnancy test not recorded (C2); contraception agreement assumed (C1)"),
   c06=(U, "screening pregnancy test not recorded (C2); contraception agreement assumed (C1)"),
   c08=(U, "screening pregnancy test not recorded (C2); contraception agreement assumed (C1)")),
 # 9 breastfeeding
 preg("woman under 55; breast-feeding status not recorded (C2)"),
 # 10 ova donation
 female_only_c1("agreement not to donate ova"),
 # 11-13 male contraception / sperm
 male_only_c1("contraception agreement"), male_only_c1("abstinence/condom agreement"), male_only_c1("agreement not to donate sperm"),
 # 14 HER2-negative
 each(c01=(M, "HER2 IHC 0"), c02=(M, "HER2 IHC 2+, ISH not amplified: HER2-negative"),
      c03=(N, "HER2 IHC 3+ (HER2-positive)"),
      c04=(M, "tissue HER2 IHC 1+ = HER2-negative; plasma ctDNA ERBB2 amplification is not a tissue HER2 definition"),
      c05=(M, "HER2 IHC 0"), c06=(N, "HER2 IHC 3+ (HER2-positive)"),
      c07=(M, "latest tissue (2026-01-08) IHC 1+, ISH not amplified: HER2-negative after HER2 loss"),
      c08=(N, "latest tissue (2026-08) IHC 2+ with ISH amplified: HER2-positive")),
 # 15 CLDN18.2 >=75%
 each(c01=(M, "CLDN18.2 90% (local; central confirmation is a screening step)"), c02=(N, "CLDN18.2 40% (<75%)"),
      c03=(N, "CLDN18.2 15% (<75%)"), c04=(N, "CLDN18.2 20% (<75%)"), c05=(N, "CLDN18.2 10% (<75%)"),
      c06=(N, "CLDN18.2 60% (<75%)"), c07=(N, "CLDN18.2 55% (<75%)"),
      c08=(M, "CLDN18.2 80% (local; central confirmation is a screening step)")),
 # 16 CPS >=1
 each(c01=(M, "CPS 3"), c02=(M, "CPS 10"), c03=(M, "CPS 6"), c04=(N, "CPS 0 (<1)"), c05=(M, "CPS 25"),
      c06=(M, "CPS 4"), c07=(M, "CPS 2"), c08=(M, "CPS 12")),
 # 17 MSI-H allowed if PD-L1 positive
 J(M, "does not apply: mismatch-repair proficient", c05=(M, "dMMR/MSI-high with CPS 25: allowed")),
 # 18 labs
 LAB,
 # 19 no other interventional study
 C1("agreement not to join another interventional study"),
 # 20 allergy / intolerance to mAbs, pembrolizumab, FOLFOX/CAPOX
 J(U, "drug allergy/intolerance history not recorded beyond the treatment list",
   c02=(N, "grade 3 immune-mediated colitis led to stopping nivolumab: severe intolerance to a monoclonal antibody (anti-PD-1)")),
 # 21 gastric outlet
 unk("gastric outlet obstruction not a case field (C4)"),
 # 22 bleeding / ulcers
 unk("gastric bleeding / ulcer status not a case field (C4)"),
 # 23 pneumonitis
 J(M, "no pneumonitis or ILD recorded (vocabulary condition absent)",
   c07=(N, "ILD/pneumonitis recorded (grade 2 drug-related ILD on trastuzumab deruxtecan)")),
 # 24 CNS metastases history
 J(M, "no brain metastases recorded", c07=(N, "brain metastases recorded"), c08=(N, "brain metastases recorded")),
 # 25 HIV / HBsAg / HCV
 J(M, "no HIV, hepatitis B or hepatitis C recorded",
   c04=(U, "hepatitis B history recorded; HBsAg/activity not recorded"),
   c08=(N, "HIV recorded (known positive HIV test)")),
 # 26 HBcAb+ HBV DNA
 J(M, "no hepatitis B recorded", c04=(U, "hepatitis B history recorded; HBV serology/DNA not recorded")),
 # 27 HCV serology+ RNA- eligible
 J(M, "permissive clarification; cannot exclude (no hepatitis C recorded)",
   c08=(M, "permissive clarification; cannot exclude by itself (hepatitis C activity is judged under the HIV/HBV/HCV item)")),
 # 28 treated HCV eligible
 J(M, "permissive clarification; cannot exclude (no hepatitis C recorded)",
   c08=(M, "permissive clarification; cannot exclude by itself (hepatitis C activity is judged under the HIV/HBV/HCV item)")),
 # 29 active infection
 J(U, "current infections not a case field", c08=(U, "HIV recorded; whether there is an active infection needing therapy is not recorded")),
 # 30 active autoimmune disease with systemic treatment in 3 months
 J(M, "no autoimmune disease recorded",
   c02=(M, "no autoimmune disease recorded; immune colitis was a drug toxicity in April 2026 (>3 months ago)"),
   c03=(U, "autoimmune disease recorded; activity and systemic treatment not recorded")),
 # 31 clinically significant comorbidity
 J(U, "investigator judgement; comorbidity not fully described by case fields",
   c05=(U, "heart failure with LVEF 45%, age 82: significance for treatment delivery is an investigator judgement")),
 # 32 other malignancy requiring treatment
 unk("other malignancies are not a case field (C4)"),
 # 33 DPD deficiency
 J(M, "no known DPD deficiency: received fluoropyrimidine without recorded toxicity",
   c01=(U, "fluoropyrimidine-naive; DPD status not recorded"), c06=(U, "fluoropyrimidine-naive; DPD status not recorded")),
 # 34 neuropathy > grade 1
 unk("current neuropathy grade not recorded"),
 # 35 SOS / VOD
 unk("sinusoidal obstruction syndrome not a case field"),
 # 36 significant CV disease heading
 J(U, "composite: MI, arrhythmia, QTc not case fields (C4); no heart failure recorded",
   c05=(U, "heart failure recorded (LVEF 45%); NYHA class not recorded")),
 # 37 CHF NYHA III/IV, MI etc within 6 months
 J(U, "composite: MI, angina, coronary procedures, stroke not case fields (C4)",
   c05=(U, "heart failure recorded but NYHA class not recorded; other events not case fields")),
 # 38 ventricular arrhythmias
 unk("arrhythmia history not a case field"),
 # 39 QTc
 unk("QTc not recorded (C3)"),
 # 40 congenital long QT
 unk("long QT history not a case field"),
 # 41 arrhythmias requiring meds
 unk("arrhythmia treatment not a case field"),
 # 42 ILD, diverticulitis, ulcer, transplant, other
 J(U, "composite: no ILD or transplant recorded but diverticulitis, peptic ulcer and other disorders not case fields (C4)",
   c07=(N, "interstitial lung disease recorded")),
 # 43 T1DM etc allowed
 J(M, "permissive clause listing conditions that are allowed; cannot exclude"),
 # 44 prior systemic therapy for advanced disease
 each(c01=(M, "no prior systemic therapy"),
      c02=(N, "two palliative lines (FOLFOX + nivolumab, ramucirumab + paclitaxel)"),
      c03=(N, "palliative first line pembrolizumab + trastuzumab + CAPOX"),
      c04=(N, "6 months of CAPOX then ongoing capecitabine: more than one course"),
      c05=(N, "palliative first line nivolumab + SOX"),
      c06=(M, "no prior systemic therapy"),
      c07=(N, "four palliative lines"),
      c08=(N, "perioperative FLOT with recurrence 141 days after last dose counts as a prior line for advanced disease (C6)")),
 # 45 immunosuppressive therapy 14 days
 unk("current steroids/immunosuppressants not a case field"),
 # 46 major surgery 28 days
 unk("surgery dates not a case field (C4)"),
 # 47 radiotherapy 14 days
 unk("radiotherapy dates not a case field (C4)"),
 # 48 prior CLDN18.2 agents
 J(M, "no CLDN18.2-directed agent in treatment history"),
 # 49 live vaccine
 unk("vaccination history not a case field"),
 # 50 investigational agents
 J(M, "treatment history lists only standard agents; no investigational agent"),
 # 51 unsuitable
 unk("investigator judgement"),
 # 52 concurrent disease interfering
 J(U, "investigator judgement; comorbidity not fully described by case fields"),
 # 53 brivudine
 unk("antiviral (brivudine/sorivudine) use not a case field"),
 # 54 pernicious anaemia / B12
 unk("anaemia cause / B12 status not a case field"),
 # 55 tuberculosis
 unk("tuberculosis history not a case field"),
]

# ===========================================================================================================
NCT06921837 = [
 # 0 measurable
 J(M, "measurable disease recorded", c01=(N, "disease recorded as non-measurable")),
 # 1 metastatic or unresectable gastric / GE cancer
 J(M, "metastatic or recurrent gastric/GEJ cancer",
   c03=(U, "recurrent oesophageal (non-GEJ) adenocarcinoma; whether 'gastroesophageal cancer' includes oesophageal primaries is not stated"),
   c06=(N, "resectable disease: neither metastatic nor unresectable")),
 # 2 >=1-2 prior lines
 each(c01=(N, "no prior therapy"), c02=(M, "two prior palliative lines"), c03=(M, "one prior palliative line"),
      c04=(N, "first line still ongoing (maintenance capecitabine); no completed prior line"),
      c05=(M, "one prior palliative line"), c06=(N, "no prior therapy; resectable"), c07=(M, "four prior palliative lines"),
      c08=(M, "perioperative FLOT with recurrence within 183 days counts as one prior line (C6)")),
 # 3 CLDN18 expression if known
 each(c01=(M, "CLDN18.2 90% positive"), c02=(M, "CLDN18.2 40% positive (>=1%)"), c03=(M, "CLDN18.2 15% positive (>=1%)"),
      c04=(M, "CLDN18.2 20% positive (>=1%)"), c05=(M, "CLDN18.2 10% positive (>=1%)"), c06=(M, "CLDN18.2 60% positive"),
      c07=(M, "CLDN18.2 55% positive"), c08=(M, "CLDN18.2 80% positive")),
 # 4 organ function
 LAB,
 # 5 biopsy agreement
 C1("agreement to biopsy / archival tissue"),
 # 6 CNS mets exception
 J(M, "no brain metastases recorded",
   c07=(U, "brain metastases recorded; symptoms, stability and steroid use not recorded"),
   c08=(U, "brain metastases recorded; symptoms, stability and steroid use not recorded")),
 # 7 cardiac, pulmonary, hepatic disease
 J(U, "composite: no heart failure, ILD or hepatitis recorded, but other cardiac/pulmonary/hepatic disease not case fields (C4)",
   c04=(U, "hepatitis B history recorded; current liver disease not recorded"),
   c05=(N, "heart failure recorded (cardiac disease)"),
   c07=(N, "interstitial lung disease recorded (pulmonary disease)"),
   c08=(U, "hepatitis C history recorded; current liver disease not recorded")),
 # 8 active infection
 J(U, "current infections not a case field",
   c04=(U, "hepatitis B history recorded; activity not recorded"),
   c08=(U, "HIV and hepatitis C history recorded; activity/viral control not recorded")),
 # 9 inflammatory eye disease
 unk("eye disease not a case field"),
 # 10 residual toxicity
 J(U, "prior treatment given; residual toxicity (e.g. neuropathy) not recorded",
   c01=(M, "no prior treatment"), c06=(M, "no prior treatment"),
   c02=(U, "grade 3 immune colitis recorded; resolution not recorded"),
   c07=(U, "grade 2 ILD recorded; residual status not recorded")),
 # 11 anti-cancer therapy within 28 days / 5 half-lives
 each(c01=(M, "no prior therapy"), c02=(M, "last dose 2026-10-26, 36 days before 2026-12-01"),
      c03=(M, "last dose 2026-10-19, 43 days before 2026-12-01"),
      c04=(N, "capecitabine maintenance ongoing"), c05=(M, "last dose 2026-10-05, 57 days before 2026-12-01"),
      c06=(M, "no prior therapy"),
      c07=(M, "trifluridine/tipiracil ended 2026-11-16 (15 days); 5 half-lives (hours) is shorter than 28 days and has passed"),
      c08=(M, "last dose 2026-03-30, 246 days before 2026-12-01")),
]

# ===========================================================================================================
NCT07069712 = [
 # 0 resectable adenocarcinoma
 J(N, "advanced (metastatic/recurrent) disease, not resectable", c06=(M, "GEJ adenocarcinoma, resectable")),
 # 1 biomarker per sub-study
 J(M, "Sub-study 3 has no biomarker requirement", c06=(M, "HER2 IHC 3+: HER2-positive (Sub-study 2)")),
 # 2 ECOG 0-1
 J(M, "ECOG 0-1", c05=(N, "ECOG 2"), c08=(N, "ECOG 3")),
 # 3 organ function
 LAB,
 # 4 weight
 unk("body weight not a case field"),
 # 5 prior treatment or surgery
 each(c01=(U, "no systemic treatment recorded; surgical history not a case field"),
      c02=(N, "prior systemic therapy"), c03=(N, "prior neoadjuvant and palliative therapy"),
      c04=(N, "prior and current systemic therapy"), c05=(N, "prior systemic therapy"),
      c06=(M, "untreated; setting resectable (primary not yet resected)"),
      c07=(N, "prior systemic therapy"), c08=(N, "prior perioperative therapy")),
 # 6 autoimmune/inflammatory needing steroids/immunosuppression
 J(M, "no autoimmune disease recorded",
   c02=(N, "grade 3 immune-mediated colitis (an inflammatory disorder whose standard management is systemic corticosteroids)"),
   c03=(U, "autoimmune disease recorded; whether it needed systemic steroids/immunosuppression not recorded")),
 # 7 CNS pathology
 J(U, "no brain metastases recorded; other CNS pathology not a case field (C4)",
   c07=(N, "brain metastases recorded"), c08=(N, "brain metastases recorded")),
 # 8 uncontrolled infections
 J(U, "current infections not a case field",
   c08=(U, "HIV and hepatitis C history recorded; control not recorded")),
 # 9 ILD / pneumonitis
 J(M, "no ILD or pneumonitis recorded", c07=(N, "interstitial lung disease recorded")),
 # 10 another primary malignancy
 unk("other malignancies are not a case field (C4)"),
 # 11 distant metastasis
 J(N, "metastatic disease", c03=(U, "recurrent disease; site (local vs distant) not a case field"),
   c06=(M, "resectable disease (no distant metastasis)"), c08=(N, "brain metastases recorded")),
 # 12 hepatitis B
 J(M, "no hepatitis B recorded", c04=(U, "hepatitis B history recorded; whether chronic/active not recorded")),
 # 13 immunosuppressive medication within 14 days
 unk("current immunosuppressive medication not a case field"),
]

# ===========================================================================================================
HER2_IHC = each(c01=(N, "HER2 IHC 0"), c02=(M, "HER2 IHC 2+ (trial defines positive as >=2+)"),
                c03=(M, "HER2 IHC 3+"), c04=(N, "tissue HER2 IHC 1+; ctDNA ERBB2 amplification is not IHC"),
                c05=(N, "HER2 IHC 0"), c06=(M, "HER2 IHC 3+"),
                c07=(N, "latest tissue (2026-01-08) HER2 IHC 1+ after HER2 loss"),
                c08=(M, "latest tissue HER2 IHC 2+ (ISH amplified)"))
PROC_HER2 = each(c01=(N, "HER2 IHC 0 (and untreated, not refractory)"),
                 c02=(M, "HER2 IHC 2+ (>=2+), advanced, progressed after two lines"),
                 c03=(M, "HER2 IHC 3+, advanced, progressed on first line"),
                 c04=(N, "tissue HER2 IHC 1+ (<2+); not refractory"),
                 c05=(N, "HER2 IHC 0"),
                 c06=(N, "resectable, untreated: not advanced refractory disease"),
                 c07=(N, "latest tissue HER2 IHC 1+ after HER2 loss (<2+)"),
                 c08=(M, "latest HER2 IHC 2+, advanced, recurred within 183 days of perioperative chemotherapy"))
TREAT_HER2 = each(c01=(N, "untreated: not refractory"),
                  c02=(M, "HER2 IHC 2+ (>=2+), advanced refractory"),
                  c03=(M, "HER2 IHC 3+, advanced refractory"),
                  c04=(N, "not refractory (responding on first line)"),
                  c05=(U, "HER2 IHC 0; HER2 requirement waived only in DL1/DL2, dose-level assignment unknown"),
                  c06=(N, "resectable, untreated: not advanced refractory disease"),
                  c07=(U, "latest HER2 IHC 1+; HER2 requirement waived only in DL1/DL2, dose-level assignment unknown"),
                  c08=(M, "HER2 IHC 2+, advanced refractory (recurrence within 183 days of perioperative chemotherapy)"))
UNSUIT = J(M, "advanced disease after palliative-intent treatment or metastatic: not curable",
           c01=(M, "metastatic (peritoneal) disease: not curable"),
           c06=(N, "resectable disease: a curative approach is planned"),
           c08=(M, "recurrent disease with brain metastases: not curable"))
PROG = each(c01=(N, "no prior therapy; standard first line available"), c02=(M, "progressed on first and second line"),
            c03=(M, "progressed on first-line pembrolizumab + trastuzumab + CAPOX"),
            c04=(N, "no progression; on first-line maintenance"), c05=(M, "progressed on first-line nivolumab + SOX"),
            c06=(N, "untreated, resectable"), c07=(M, "progressed on four lines"),
            c08=(M, "recurrence within 183 days of perioperative FLOT counts as progression on a first line (C6)"))
INJ = unk("tumour sites suitable for injection not a case field (C4)")
MEAS = J(M, "measurable disease recorded", c01=(N, "disease recorded as non-measurable"))
AUTO = J(M, "no autoimmune disease recorded",
         c02=(M, "no autoimmune disease recorded; immune colitis was a past drug toxicity, not active autoimmune disease"),
         c03=(U, "autoimmune disease recorded; activity and treatment not recorded"))
IMMUNO = J(M, "no HIV or organ transplant recorded", c08=(N, "HIV recorded"))
TRANSPLANT = J(M, "no organ transplant recorded")
HIV = J(M, "no HIV recorded", c08=(N, "HIV recorded"))
OTHER_CA = unk("other malignancies are not a case field (C4)")
MI = unk("myocardial infarction history not a case field")
HAEM = unk("injection site not chosen; haemorrhage risk is an investigator judgement")
ILLNESS = unk("investigator judgement; comorbidity not fully described by case fields")

NCT03740256 = [
 HER2_IHC,                                    # 0 basket statement
 PROC_HER2,                                   # 1
 UNSUIT,                                      # 2
 PROG,                                        # 3
 INJ,                                         # 4
 MEAS,                                        # 5
 unk("life expectancy not assessable from the case (C2)"),   # 6
 C1("adult (>=18) able to consent"),         # 7
 AUTO,                                        # 8 procurement autoimmune
 IMMUNO, TRANSPLANT, HIV,                     # 9-11
 OTHER_CA,                                    # 12
 J(M, "no hepatitis B or C recorded", c04=(U, "hepatitis B history recorded; activity not recorded"),
   c08=(U, "hepatitis C history recorded; activity not recorded")),   # 13
 MI,                                          # 14
 HAEM,                                        # 15
 ILLNESS,                                     # 16
 TREAT_HER2,                                  # 17
 UNSUIT, PROG, INJ, MEAS,                     # 18-21
 LAB, LAB, LAB, LAB,                          # 22-25
 J(M, "does not apply: no prior HER2-targeted therapy",
   c03=(M, "trastuzumab last given 2026-10-19, 43 days (>4 weeks) before 2026-12-01"),
   c07=(M, "trastuzumab deruxtecan last given 2025-10-27, >4 weeks before 2026-12-01")),   # 26
 J(M, "ECOG 0-2", c08=(N, "ECOG 3")),         # 27
 J(M, "does not apply: male", c04=(M, "woman aged 68: not of child-bearing potential (C2)"),
   c07=(M, "woman aged 66: not of child-bearing potential (C2)"),
   c01=(U, "woman under 55; pregnancy test not recorded (C2)"), c06=(U, "woman under 55; pregnancy test not recorded (C2)"),
   c08=(U, "woman under 55; pregnancy test not recorded (C2)")),                          # 28
 male_only_c1("barrier contraception agreement"),                                          # 29
 C1("adult (>=18) able to consent"),                                                       # 30
 J(U, "no ongoing anticancer therapy recorded; steroid use not a case field (C4)",
   c04=(N, "currently on capecitabine maintenance (a cytotoxic agent)"),
   c07=(U, "brain metastases recorded; whether treated/stable or on high-dose steroids not recorded"),
   c08=(U, "brain metastases recorded; whether treated/stable or on high-dose steroids not recorded")),  # 31
 unk("risk of airway/bowel/ureteric obstruction not a case field"),                        # 32
 J(M, "no autoimmune disease recorded",
   c02=(M, "no autoimmune disease recorded; immune colitis was a past drug toxicity, not active autoimmune disease"),
   c03=(U, "autoimmune disease recorded; activity and treatment not recorded")),           # 33
 IMMUNO, TRANSPLANT, HIV,                                                                   # 34-36
 OTHER_CA,                                                                                  # 37
 J(U, "current infections not a case field (no hepatitis recorded)",
   c04=(U, "hepatitis B history recorded; activity not recorded"),
   c08=(U, "HIV and hepatitis C history recorded; activity not recorded")),               # 38
 MI,                                                                                        # 39
 each(c01=(U, "LVEF not recorded"), c02=(M, "LVEF 58%"), c03=(N, "LVEF 52% (<55%)"), c04=(M, "LVEF 63%"),
      c05=(N, "LVEF 45% (<55%)"), c06=(M, "LVEF 64%"), c07=(M, "LVEF 57%"), c08=(U, "LVEF not recorded")),   # 40
 HAEM,                                                                                      # 41
 preg(),                                                                                    # 42
 ILLNESS,                                                                                   # 43
]

NOTES = {
 "NCT06901531": "First-line zolbetuximab + pembrolizumab + chemotherapy (HER2-negative, CLDN18.2 >=75%, CPS >=1). "
   "Readings: the 28-day radiographic confirmation and central CLDN18.2/PD-L1 testing are screening steps, so a "
   "local result decides; latest tissue HER2 decides (VP-07 HER2 loss = HER2-negative; VP-04 ctDNA ERBB2 does not "
   "override tissue IHC 1+); grade 3 immune colitis on nivolumab = severe intolerance to a monoclonal antibody (VP-02); "
   "perioperative FLOT with recurrence <=183 days counts as a prior line (C6) even though the text's adjuvant "
   "exception (completed >=6 months before randomisation) would otherwise let VP-08 pass; permissive notes "
   "(HCV RNA-negative, MSI-H, T1DM/endocrinopathies) are met for all. VP-01 is the plausible candidate.",
 "NCT06921837": "Phase 1 BDC-4182 (CLDN18.2) in previously treated advanced gastric/GE cancer; only 'key' criteria are "
   "posted. Readings: 'cardiac, pulmonary or hepatic disease' is not_met only for a recorded heart failure or ILD "
   "and unknown otherwise (hepatitis history alone does not show liver disease); an ongoing first line (VP-04) is not a "
   "prior line; the washout is 28 days or 5 half-lives, whichever is shorter, so VP-07's trifluridine/tipiracil 15 days "
   "ago passes; oesophageal (non-GEJ) primary is unknown against 'gastroesophageal cancer'. VP-02 is the best candidate.",
 "NCT07069712": "Perioperative platform for resectable gastric/GEJ/oesophageal adenocarcinoma; Sub-study 3 has no "
   "biomarker rule so the biomarker item is met for all. Readings: resectable untreated setting shows no prior surgery "
   "(VP-06); grade 3 immune colitis counts as a prior inflammatory disorder requiring steroids (VP-02); 'CNS "
   "pathology' is unknown unless brain metastases are recorded. VP-06 (HER2 3+) is the candidate for Sub-study 2.",
 "NCT03740256": "HER2-specific CAR T cells + binary oncolytic adenovirus (basket). Procurement and treatment criteria "
   "both judged. Readings: HER2 'positive' = IHC >=2+ as the record defines it (IHC 2+/ISH-negative VP-02 qualifies; "
   "antibody clone not recorded and taken as acceptable); the latest tissue decides (VP-07 HER2 loss fails); ctDNA does "
   "not count; DL1/DL2 waiver of HER2 makes the treatment-phase HER2 item unknown for refractory HER2-negative "
   "cases, but the procurement item has no waiver; recurrence <=183 days after perioperative chemotherapy counts as "
   "progression after first-line therapy (C6, VP-08); LVEF <55% excludes VP-03 and VP-05. VP-02 is the candidate.",
}

def build():
    for nct, rows in [("NCT06901531", NCT06901531), ("NCT06921837", NCT06921837),
                      ("NCT07069712", NCT07069712), ("NCT03740256", NCT03740256)]:
        its = items(nct)
        assert len(its) == len(rows), (nct, len(its), len(rows))
        crit = []
        for (kind, text), row in zip(its, rows):
            crit.append({"kind": kind, "text": text,
                         "judgements": {c: row[c][0] for c in CASES},
                         "reasons": {c: row[c][1] for c in CASES}})
        verdicts = {}
        for c in CASES:
            st = [cr["judgements"][c] for cr in crit]
            verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
        doc = {"nct_id": nct, "reviewer_note": NOTES[nct], "verdicts": verdicts, "criteria": crit}
        os.makedirs(os.path.join(ROOT, "VP"), exist_ok=True)
        with open(os.path.join(ROOT, "VP", nct + ".yaml"), "w") as f:
            yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=120)
        print(nct, len(crit), verdicts)

if __name__ == "__main__":
    build()
