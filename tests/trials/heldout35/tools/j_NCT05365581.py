from common import *
MONO = {"UL-05", "UL-08"}; CT1 = {"UL-02", "UL-06"}; CT2 = {"UL-01", "UL-03", "UL-04", "UL-07"}
CTALL = CT1 | CT2
NAME = {}
for c in MONO: NAME[c] = "monotherapy gastric/GEJ cohort (pretreated, >=2 lines)"
for c in CT1: NAME[c] = "1L pembrolizumab+mFOLFOX6 combination cohort (treatment-naive)"
for c in CT2: NAME[c] = "2L ramucirumab+paclitaxel combination cohort (one prior line)"

def coh(members, default=None, **over):
    out = {}
    for c in CASES:
        k = "c" + c[-2:]
        if c in members:
            out[c] = over.get(k, default)
            assert out[c] is not None, (c, members)
        else:
            out[c] = (M, "does not apply: judged against the " + NAME[c])
    return out

def region(label):
    return ALL(M, f"does not apply: {label} clause; geography never decides (C7)")
def capox():
    return ALL(M, "does not apply: Japan/Korea-only 1L pembrolizumab+CAPOX cohort (C7); its content mirrors the mFOLFOX6 cohort")
PANC = ALL(M, "does not apply: pancreatic cancer cohort")
NOALLERGY = "no allergy/hypersensitivity/intolerance history in the case fields"
lastdose = dict(c01="last dose 2026-10-20 (42 days)", c02="no prior systemic therapy", c03="last dose 2026-07-01",
                c04="last dose 2026-02-15", c05="last dose 2026-09-15 (77 days)", c06="no prior systemic therapy",
                c07="last dose 2026-10-28 (34 days)", c08="last dose 2026-11-05 (26 days)")
cld = dict(
  c01=(U, "CLDN18.2 20%: positivity cut-off not stated in the record; central test pending"),
  c02=(M, "CLDN18.2 85% moderate-strong staining: positive at any cut-off used for CLDN18.2 agents"),
  c03=(U, "CLDN18.2 55%: positivity cut-off not stated in the record; central test pending"),
  c04=(U, "CLDN18.2 10%: positivity cut-off not stated in the record; central test pending"),
  c05=(M, "CLDN18.2 80%: positive at any cut-off used for CLDN18.2 agents"),
  c06=(U, "CLDN18.2 40%: positivity cut-off not stated in the record; central test pending"),
  c07=(U, "CLDN18.2 30%: positivity cut-off not stated in the record; central test pending"),
  c08=(M, "CLDN18.2 75%: positive at any cut-off used for CLDN18.2 agents"))
YOUNGF = dict(c02=(U, "woman aged 34; pregnancy status not in fields (C2)"),
              c04=(U, "woman aged 47; pregnancy status not in fields (C2)"))
MALE = dict(c01=(M, "does not apply: male"), c06=(M, "does not apply: male"), c07=(M, "does not apply: male"))
FEMALE = dict(c02=(M, "does not apply: female"), c03=(M, "does not apply: female"), c04=(M, "does not apply: female"),
              c05=(M, "does not apply: female"), c08=(M, "does not apply: female"))
j = [
# 0 adult
ALL(M, "adult"),
# 1 female not pregnant
J((M, "woman aged 55 or over: not of child-bearing potential (C2)"), **MALE, **YOUNGF),
# 2 not WOCBP (alternative)
J((M, "alternative to the next bullet; either applies (contraception accepted, C1)"), **MALE),
# 3 WOCBP contraception
J((M, "contraception (C1)"), **MALE),
# 4 breastfeeding
J((M, "agreement not to breastfeed (C1)"), **MALE),
# 5 ova donation
J((M, "agreement (C1)"), **MALE),
# 6 male contraception
J((M, "contraception (C1)"), **FEMALE),
# 7 sperm donation
J((M, "agreement (C1)"), **FEMALE),
# 8 abstinence / condom
J((M, "agreement (C1)"), **FEMALE),
# 9 CLDN18.2 positive
J(None, **cld),
# 10 radiographically confirmed LA unresectable/metastatic
J((M, "metastatic/recurrent disease; imaging within 28 days is a study procedure"),
  c06=(N, "resectable disease")),
# 11 measurable
J((M, "measurable disease recorded"), c06=(U, "measurable disease not recorded")),
# 12 QTcF
ALL(U, "QTcF not in the case (C3)"),
# 13 no other study
ALL(M, "agreement (C1)"),
# 14 ECOG 0-1
J((M, "ECOG 0-1"), c03=(N, "ECOG 2"), c08=(N, "ECOG 3")),
# 15 life expectancy
ALL(U, "life expectancy not assessable from the case (C2)"),
# 16 labs within 7 days
ALL(U, "laboratory values not in the case (C3)"),
# 17 heading mono gastric
coh(MONO, (M, "heading; bullets below judged separately")),
# 18 metastatic/LA unresectable gastric/GEJ adenocarcinoma
coh(MONO, c05=(M, "metastatic GEJ adenocarcinoma"), c08=(M, "recurrent (metastatic) gastric adenocarcinoma")),
# 19 escalation
coh(MONO, c05=(M, "progressed on trastuzumab-based 1L and on T-DXd"),
          c08=(M, "progressed on three lines (zolbetuximab-CAPOX, ramucirumab-paclitaxel, disitamab vedotin)")),
# 20 Korea refused
coh(MONO, (M, "has not refused standard therapy; Korea-only clause (C7)")),
# 21 expansion <=3 prior lines
coh(MONO, c05=(M, "2 prior palliative lines"),
          c08=(M, "3 prior palliative lines (adjuvant SOX not counted: recurrence 685 days later)")),
# 22 EU expansion
region("EU-only"),
# 23-29 pancreatic monotherapy
PANC, PANC, PANC, PANC, PANC, PANC, PANC,
# 30 heading for all CT
coh(CTALL, (M, "heading; bullets below judged separately")),
# 31 transfusion/lab timing
coh(CTALL, (M, "laboratory timing is a study procedure (C1)")),
# 32 heading 1L mFOLFOX6
coh(CT1, (M, "heading; bullets below judged separately")),
# 33 histology
coh(CT1, (M, "gastric adenocarcinoma")),
# 34 metastatic/LA unresectable
coh(CT1, c02=(M, "metastatic gastric adenocarcinoma"), c06=(N, "resectable disease")),
# 35 no prior chemo/CPI for metastatic disease
coh(CT1, c02=(M, "treatment-naive"), c06=(M, "no prior chemotherapy or checkpoint inhibitor (stage judged above)")),
# 36 HER2-negative
coh(CT1, c02=(M, "HER2 IHC 0"), c06=(N, "HER2 IHC 3+ (HER2-positive)")),
# 37 contraception oxaliplatin
ALL(M, "contraception (C1)"),
# 38 Korea contraception
ALL(M, "contraception (C1); Korea-only clause"),
# 39 Unique to EU heading
region("EU-only heading"),
# 40 PD-L1 CPS >=1 (EU)
coh(CT1, c02=(M, "PD-L1 CPS 3 (EU-only clause, met anyway)"), c06=(M, "PD-L1 CPS 8 (EU-only clause, met anyway)")),
# 41 heading 2L ram+pac
coh(CT2, (M, "heading; bullets below judged separately")),
# 42 histology
coh(CT2, c01=(M, "GEJ adenocarcinoma"), c03=(M, "gastric adenocarcinoma"), c04=(M, "gastric adenocarcinoma"),
         c07=(M, "GEJ adenocarcinoma")),
# 43 metastatic/LA unresectable
coh(CT2, c01=(M, "metastatic"), c03=(M, "recurrent (metastatic) disease"), c04=(M, "metastatic"), c07=(M, "metastatic")),
# 44 one prior line
coh(CT2, c01=(M, "progressed after 1L trastuzumab + capecitabine + oxaliplatin"),
         c03=(M, "recurred 2026-10-10, 101 days (< 4 months) after last peri-operative FLOT dose"),
         c04=(M, "progressed after 1L nivolumab + capecitabine + oxaliplatin"),
         c07=(M, "progressed after 1L trastuzumab + pembrolizumab + capecitabine + oxaliplatin")),
# 45-50 pancreatic CT
PANC, PANC, PANC, PANC, PANC, PANC,
# 51-59 Japan & Korea CAPOX cohort
capox(), capox(), capox(), capox(), capox(), capox(), capox(), capox(), capox(),
# ---- exclusions
# 60 antineoplastic/investigational within 21 days
J(None, **{k: (M, v + "; nothing within 21 days; only licensed agents recorded") for k, v in lastdose.items()}),
# 61 any condition unsuitable
ALL(U, "investigator judgement; not decidable from the case"),
# 62 hypersensitivity to study intervention
ALL(U, NOALLERGY),
# 63 severe allergy to ASP2138 / antibodies
ALL(U, NOALLERGY),
# 64 weight <40 kg
ALL(U, "body weight not in the case"),
# 65 immunosuppressive therapy 14 days
J((U, "current steroid/immunosuppressive medication not in the case"),
  c03=(U, "autoimmune disease on record; medication not in fields")),
# 66 gastric outlet syndrome
ALL(U, "gastric outlet obstruction not in the case (C4)"),
# 67 gastric bleeding / ulcers
ALL(U, "gastric bleeding/ulcers not in the case (C4)"),
# 68 CNS mets
J((M, "no brain/CNS metastases on record"),
  c05=(U, "brain metastases on record; symptom/stability/steroid status not in fields"),
  c08=(U, "brain metastases on record; symptom/stability/steroid status not in fields")),
# 69 HIV (monotherapy rule with CD4 exception)
J((M, "no HIV on record"), c06=(U, "HIV on record; CD4 count and AIDS history not in fields")),
# 70 active HBV (HBsAg+) or HCV
J((M, "no hepatitis B or C on record"),
  c02=(U, "hepatitis B on record; HBsAg status not in fields"),
  c05=(U, "hepatitis C on record; HCV RNA/treatment status not in fields")),
# 71 HBcAb+ -> HBV DNA
J((M, "no hepatitis B on record"), c02=(U, "hepatitis B on record; serology/HBV DNA not in fields")),
# 72 HCV serology+/RNA- eligible
ALL(M, "permissive clause; cannot exclude"),
# 73 treated HCV eligible
ALL(M, "permissive clause; cannot exclude"),
# 74 cardiac events within 6 months
J((U, "no heart failure on record; angina/MI/arrhythmia history not in fields (C4)"),
  c01=(U, "heart failure on record; date of any hospitalisation not in fields")),
# 75 active infection
ALL(U, "current infection status not in the case"),
# 76 active autoimmune disease needing immunosuppression in past month
J((M, "no autoimmune disease on record"),
  c03=(U, "autoimmune disease on record; recent immunosuppressive treatment not in fields")),
# 77 clinically significant comorbidity
ALL(U, "investigator judgement; not decidable from the case"),
# 78 psychiatric / social
ALL(U, "psychiatric/social history not in the case (C4)"),
# 79 major surgery 28 days
ALL(U, "surgery dates not in the case fields (C4)"),
# 80 radiotherapy 14 days
ALL(U, "radiotherapy history not in the case fields (C4)"),
# 81 other malignancy
ALL(U, "other malignancies not in the case (C4)"),
# 82 prior CLDN18.2 therapy
J((M, "no prior CLDN18.2-targeted therapy"),
  c08=(N, "prior zolbetuximab with grade 3 vomiting (GI toxicity): excluded from escalation and expansion")),
# 83 ILD
J((M, "no interstitial lung disease on record"),
  c04=(M, "ILD not on record (immune pneumonitis is recorded separately; pneumonitis is not named in this item)"),
  c08=(N, "interstitial lung disease on record")),
# 84 China heading
region("China-only heading"),
# 85 herbal medicines
region("China-only"),
# 86 CT heading
coh(CTALL, (M, "heading; bullets below judged separately")),
# 87 allergy/intolerance to CT components
coh(CTALL, (U, NOALLERGY)),
# 88 DPD deficiency (5-FU)
coh(CTALL, (U, "DPD status not in the case (C3)"),
  c01=(M, "does not apply: no fluorouracil in the ramucirumab+paclitaxel cohort"),
  c03=(M, "does not apply: no fluorouracil in the ramucirumab+paclitaxel cohort"),
  c04=(M, "does not apply: no fluorouracil in the ramucirumab+paclitaxel cohort"),
  c07=(M, "does not apply: no fluorouracil in the ramucirumab+paclitaxel cohort")),
# 89 immunosuppression CT
coh(CTALL, (U, "current steroid/immunosuppressive medication not in the case")),
# 90 HIV CT
coh(CTALL, (M, "no HIV on record"), c06=(N, "HIV on record (excluded from combination cohorts)")),
# 91 note CD4 still ineligible
coh(CTALL, (M, "no HIV on record"), c06=(N, "HIV on record; excluded regardless of CD4 count")),
# 92 note screening
ALL(M, "procedural note (C1)"),
# 93 uncontrolled BP
coh(CTALL, (U, "blood pressure history not in the case")),
# 94 ascites drainage
coh(CTALL, (U, "ascites not in the case (C4)")),
# 95 heading CT1L exclusions
coh(CT1, (M, "heading; bullets below judged separately")),
# 96 pneumonitis / ILD
coh(CT1, (M, "no pneumonitis or ILD on record")),
# 97 live vaccine
coh(CT1, (U, "vaccination history not in the case")),
# 98 immunodeficiency / steroids / autoimmune
coh(CT1, c02=(U, "no autoimmune disease; current steroid/immunosuppressive medication not in fields"),
         c06=(U, "HIV on record (immunodeficiency status not in fields); medication not in fields")),
# 99 heading CT2L exclusions
coh(CT2, (M, "heading; bullets below judged separately")),
# 100 CVA/TIA
coh(CT2, (U, "cerebrovascular history not in the case")),
# 101 vascular disease
coh(CT2, (U, "vascular disease not in the case")),
# 102 bleeding diathesis
coh(CT2, (U, "coagulation status not in the case (C3)")),
# 103 new anticoagulants
coh(CT2, (U, "anticoagulant use not in the case")),
# 104 note anticoagulants
coh(CT2, (M, "permissive note; cannot exclude")),
# 105-119 Japan & Korea CAPOX exclusions
] + [capox() for _ in range(105, 120)]
note = ("Phase I of ASP2138 (CLDN18.2xCD3) with monotherapy and combination cohorts. A patient needs to fit one cohort, "
        "so each case is judged against the cohort that fits it best and other cohorts' clauses are 'does not apply': "
        "UL-05/UL-08 (>=2 prior lines) monotherapy; UL-02/UL-06 (treatment-naive) 1L pembrolizumab+mFOLFOX6; UL-01/03/04/07 "
        "(one prior line) 2L ramucirumab+paclitaxel. Pancreatic clauses do not apply; region-only clauses (Unique to EU/"
        "South Korea, China Specific, Japan & Korea CAPOX cohort) are met per C7 (UL-05 would fail the EU expansion rule "
        "at an EU site: no ramucirumab). CLDN18.2: the record gives no cut-off, so >=75% is met, 1-74% unknown. "
        "Grade 3 GI toxicity on zolbetuximab excludes UL-08 from both parts. Immune pneumonitis is not counted as ILD "
        "for the ILD-only item.")
emit("NCT05365581", note, j)
