# Judgements per criterion, in record order. Executed by build.py (M/N/U, J, build, CASES defined there).
MEN_OLD = {"WP-01": "male", "WP-03": "male", "WP-04": "male", "WP-07": "male", "WP-05": "woman aged 71", "WP-06": "woman aged 58"}
def preg(kind_text):
    d = {}
    for c in CASES:
        if c in MEN_OLD:
            d[c] = (M, f"does not apply: {MEN_OLD[c]} (C2)")
        else:
            age = {"WP-02": 34, "WP-08": 45}[c]
            d[c] = (U, f"woman aged {age}; {kind_text} not recorded (C2)")
    return d
C1 = lambda what: J(M, f"{what} item, met by convention (C1)")
LAB = lambda what: J(U, f"{what} not in case (C3)")
UNK = lambda why: J(U, why)

# ------------------------------------------------------------------ NCT04511039
lab = "laboratory value"
v1 = build("NCT04511039",
 "FTD/TPI + talazoparib phase 1; cases judged against Cohort A (CRC or EGC adenocarcinoma); Cohort B clauses do not "
 "apply. 'EGC' read as oesophagogastric cancer, so gastric, GEJ and oesophageal adenocarcinoma all qualify. Time "
 "windows use 2026-12-01 as the earliest day -14 / C1D1 and each treatment's ended_on as last dose. Current residual "
 "toxicity grade is a present-state item like labs (unknown unless no prior therapy). brain_metastases in the case "
 "cannot show whether they were treated/stable, so the CNS item is unknown for those cases. Section headings "
 "('Inclusion Criteria:', 'Exclusion Criteria:') are not requirements and are not listed.",
 [
  # I1 histology/setting
  {"WP-01": (M, "GEJ adenocarcinoma, metastatic (Cohort A EGC); Cohort B does not apply"),
   "WP-02": (M, "gastric adenocarcinoma, metastatic (Cohort A EGC)"),
   "WP-03": (M, "GEJ adenocarcinoma, recurrent/metastatic (Cohort A EGC)"),
   "WP-04": (M, "GEJ adenocarcinoma, locally advanced unresectable (Cohort A EGC)"),
   "WP-05": (M, "gastric adenocarcinoma, recurrent (Cohort A EGC)"),
   "WP-06": (M, "gastric adenocarcinoma, metastatic (Cohort A EGC)"),
   "WP-07": (M, "gastric adenocarcinoma, metastatic (Cohort A EGC)"),
   "WP-08": (M, "oesophageal adenocarcinoma (oesophagogastric), metastatic (Cohort A EGC)")},
  # I2 >=1 prior line with progression/intolerance
  {"WP-01": (M, "PD on 1L trastuzumab+CAPOX and on 2L paclitaxel"),
   "WP-02": (N, "only 1L zolbetuximab+CAPOX, ongoing, without progression or intolerance"),
   "WP-03": (M, "perioperative FLOT ended 2026-05-04, recurrence 2026-10-20 (169 d <=183 d) = prior line with progression (C6)"),
   "WP-04": (N, "treatment-naive"),
   "WP-05": (M, "three palliative lines; PD on irinotecan 2026-10-26"),
   "WP-06": (M, "PD on 1L FOLFOX 2026-10-19"),
   "WP-07": (M, "four palliative lines; PD on trifluridine/tipiracil"),
   "WP-08": (M, "three palliative lines; PD on ramucirumab+paclitaxel")},
  # I3 measurable
  J(M, "measurable_disease: true", WP_02=(N, "measurable_disease: false (peritoneal disease only)")),
  # I4 ECOG 0-1
  J(M, "ECOG 1", WP_03=(M, "ECOG 0"), WP_04=(N, "ECOG 3"), WP_08=(N, "ECOG 2")),
  J(U, "life expectancy not assessable from case (C2)"),
  LAB(lab), LAB(lab), LAB(lab), LAB("renal function"), LAB(lab), LAB("liver enzymes"), LAB(lab),
  UNK("ability to swallow / GI integrity not recorded (C4)"),
  C1("contraception"),
  C1("consent"),
  # E1 systemic therapy window
  {"WP-01": (M, "last paclitaxel 2026-10-30, 32 d before 2026-12-01"),
   "WP-02": (N, "zolbetuximab+CAPOX ongoing"),
   "WP-03": (M, "last FLOT 2026-05-04; no therapy since"),
   "WP-04": (M, "no prior systemic therapy"),
   "WP-05": (M, "last irinotecan 2026-10-26, 36 d before"),
   "WP-06": (M, "last FOLFOX 2026-10-19, 43 d before"),
   "WP-07": (M, "last trifluridine/tipiracil 2026-10-05, 57 d before"),
   "WP-08": (N, "ramucirumab+paclitaxel last dose 2026-11-20, 11 d before 2026-12-01 (within 2 weeks)")},
  UNK("radiotherapy is not a case field (C4)"),
  J(M, "no PARP inhibitor, FUDR or FTD/TPI in treatment history", WP_04=(M, "no prior therapy"),
    WP_07=(N, "trifluridine/tipiracil given as 4L (2026-02-23 to 2026-10-05)")),
  UNK("GI absorption/integrity not recorded (C4); investigator judgement"),
  UNK("GI obstruction/perforation not recorded (C4)"),
  UNK("ascites not recorded (C4)"),
  # E7 CNS
  J(M, "no brain_metastases recorded (vocabulary condition absent)",
    WP_01=(U, "brain metastases recorded; whether treated and stable >=4 weeks is not a case field"),
    WP_08=(U, "brain metastases recorded; treatment/stability is not a case field")),
  # E8 cardiac
  J(U, "no heart failure recorded, but recent coronary, cerebrovascular, thromboembolic events or arrhythmia not recorded (C4)",
    WP_04=(U, "heart failure with LVEF 38%; NYHA class not recorded; other events not recorded")),
  UNK("other malignancies not recorded (C4)"),
  # E10 residual toxicity
  J(U, "current grade of residual toxicity from prior therapy not recorded", WP_04=(M, "no prior therapy"),
    WP_06=(U, "only grade 1 neuropathy recorded on FOLFOX; current residual toxicity not assessed in case"),
    WP_07=(U, "grade 2 neuropathy on disitamab vedotin; current grade not recorded"),
    WP_08=(U, "grade 2 pneumonitis on T-DXd; current grade not recorded"),
    WP_02=(U, "grade 2 nausea/vomiting on current therapy; grade at screening not recorded")),
  UNK("active infection not recorded"),
  # E12 HIV/HBV/HCV
  J(M, "no HIV, hepatitis B or C recorded", WP_02=(N, "hepatitis B recorded"), WP_06=(N, "HIV recorded"),
    WP_04=(U, "hepatitis C recorded; whether treated with undetectable viral load is not a case field")),
  UNK("MDS/acute leukaemia history not recorded (other malignancy, C4); no transplant recorded"),
  preg("pregnancy/nursing status"),
  C1("compliance"),
  UNK("investigator's overall judgement; not decidable from case"),
 ])

# ------------------------------------------------------------------ NCT05746897
v2 = build("NCT05746897",
 "NM1F (anti-PVRIG) +/- pembrolizumab phase 1 in solid tumours. Inclusion 2 read strictly: 'progressed despite all "
 "standard therapy' is met only when the guideline-standard lines for gastro-oesophageal adenocarcinoma have been used "
 "(incl. trifluridine/tipiracil 3L+); a case with a standard line still open is not_met. Items 8 and 10 are headings "
 "with sub-items; each heading is judged on its own (10 = worst of its sub-items). 'Cancer Related' is a sub-heading "
 "without a requirement and the stray '\\-' lines are not items. 'Evaluable lesion' accepts measurable_disease: true. "
 "Washout uses ended_on as last dose and 2026-12-01 as first dose; ramucirumab's 5 half-lives exceed 28 d so 28 d applies.",
 [
  J(M, "adult (age 18+)"),
  # I2 progressed on all standard therapy
  {"WP-01": (N, "3L now: trifluridine/tipiracil (standard, NICE-funded 3L+) not yet given; standard therapy not exhausted"),
   "WP-02": (N, "on 1L therapy without progression; standard therapy not exhausted"),
   "WP-03": (N, "recurrence after perioperative FLOT; 2L paclitaxel+/-ramucirumab and later standard lines still open"),
   "WP-04": (N, "treatment-naive; standard trastuzumab-based first-line therapy exists"),
   "WP-05": (N, "after 3 lines; trifluridine/tipiracil (standard 3L+ in Japan) not yet given"),
   "WP-06": (N, "after 1L FOLFOX only; standard 2L (paclitaxel+/-ramucirumab) still open"),
   "WP-07": (M, "PD after FP/platinum+trastuzumab+pembrolizumab, paclitaxel+ramucirumab, disitamab vedotin and trifluridine/tipiracil"),
   "WP-08": (N, "after 3 lines; trifluridine/tipiracil (standard 3L+) not yet given")},
  J(M, "measurable_disease: true, so at least one evaluable lesion",
    WP_02=(U, "no measurable disease; whether a non-measurable evaluable lesion exists is not recorded")),
  J(M, "ECOG 1", WP_03=(M, "ECOG 0"), WP_08=(M, "ECOG 2"), WP_04=(N, "ECOG 3")),
  J(U, "life expectancy not assessable from case (C2)"),
  LAB("organ function and laboratory data"),
  preg("pregnancy test"),
  C1("contraception"),
  # E1 active CNS
  J(M, "no brain_metastases recorded (vocabulary condition absent)",
    WP_01=(U, "brain metastases recorded; whether active is not a case field"),
    WP_08=(U, "brain metastases recorded; whether active/treated is not a case field")),
  # E2 infections
  J(U, "severe chronic or active infections other than HIV/HBV/HCV are not recorded",
    WP_02=(U, "chronic hepatitis B recorded; activity/severity not recorded"),
    WP_04=(U, "chronic hepatitis C recorded; treatment/viral load not recorded"),
    WP_06=(U, "HIV (chronic infection) recorded; control/severity not recorded")),
  # E3 autoimmune / steroids
  J(U, "no autoimmune disease recorded, but steroid/immunosuppressive use within 14 days is not a case field",
    WP_03=(U, "autoimmune disease recorded; whether active, and steroid/immunosuppressant use, not recorded")),
  J(M, "no ILD or pneumonitis recorded", WP_08=(N, "pneumonitis recorded (grade 2, i.e. symptomatic, on T-DXd)")),
  # E5 cardiac
  J(U, "no heart failure, LVEF normal; other clinically significant cardiovascular disease not recorded",
    WP_02=(U, "no heart failure recorded but LVEF unknown; other cardiovascular disease not recorded"),
    WP_04=(N, "heart failure with LVEF 38% = impaired cardiac function")),
  J(M, "no organ transplant recorded (vocabulary condition absent)"),
  UNK("other malignancies not recorded (C4)"),
  # E8 heading + sub-items
  J(U, "immunosuppression status (primary immunodeficiency, opportunistic infection) not recorded",
    WP_06=(U, "HIV recorded; degree of immunosuppression (CD4, opportunistic infection) not a case field")),
  UNK("primary immunodeficiency is not a vocabulary condition; not recorded"),
  J(U, "current infections not recorded", WP_06=(U, "HIV recorded; concurrent opportunistic infection not recorded")),
  UNK("effusions/ascites not recorded (C4)"),
  # E10 heading = worst sub-item
  J(U, "sub-items 1, 2 and 4 met, but radiotherapy (sub-item 3) cannot be judged",
    WP_02=(N, "sub-item 2 not met: anticancer therapy ongoing"),
    WP_08=(N, "sub-item 2 not met: ramucirumab+paclitaxel 11 d before")),
  J(M, "no anti-PVRIG/TIGIT/CD96 therapy in treatment history", WP_04=(M, "no prior therapy")),
  {"WP-01": (M, "last paclitaxel 2026-10-30, 32 d before"),
   "WP-02": (N, "zolbetuximab+CAPOX ongoing"),
   "WP-03": (M, "last FLOT 2026-05-04"),
   "WP-04": (M, "no prior therapy"),
   "WP-05": (M, "last irinotecan 2026-10-26, 36 d before"),
   "WP-06": (M, "last FOLFOX 2026-10-19, 43 d before"),
   "WP-07": (M, "last trifluridine/tipiracil 2026-10-05, 57 d before"),
   "WP-08": (N, "ramucirumab+paclitaxel last dose 2026-11-20, 11 d before (<28 d)")},
  UNK("radiotherapy is not a case field (C4)"),
  J(M, "no investigational product in treatment history; last therapy >4 weeks ago", WP_04=(M, "no prior therapy"),
    WP_02=(M, "current therapy (zolbetuximab+CAPOX) is approved, not investigational"),
    WP_08=(M, "recent ramucirumab+paclitaxel is approved, not investigational")),
  UNK("non-anticancer immunomodulatory drugs (thymosin, IL-2, IFN) not recorded"),
  UNK("vaccinations not recorded"),
  UNK("surgery is not a case field (C4)"),
  # E14 residual toxicity
  J(U, "current grade of residual toxicity from prior therapy not recorded", WP_04=(M, "no prior therapy"),
    WP_06=(U, "only grade 1 neuropathy recorded on FOLFOX; current residual toxicity not assessed in case"),
    WP_07=(U, "grade 2 neuropathy on disitamab vedotin; current grade not recorded"),
    WP_08=(U, "grade 2 pneumonitis on T-DXd; resolution not recorded"),
    WP_02=(U, "grade 2 nausea/vomiting on current therapy; grade at screening not recorded")),
  # E15 irAE
  J(M, "no prior immunotherapy",
    WP_05=(N, "nivolumab stopped for immune-mediated colitis grade 3"),
    WP_07=(M, "pembrolizumab stopped for progression; no toxicity recorded"),
    WP_08=(M, "pembrolizumab stopped for progression; no toxicity recorded")),
  UNK("psychiatric/substance history not recorded (C4)"),
  preg("pregnancy/lactation status"),
  UNK("drug hypersensitivity is not recorded"),
  UNK("investigator's overall judgement; not decidable from case"),
  C1("compliance"),
  # E21 PD-1 contraindication
  J(M, "no recorded contraindication to PD-1 antibody (no autoimmune disease, transplant, pneumonitis or severe irAE)",
    WP_03=(U, "autoimmune disease recorded: possible contraindication to PD-1 antibody (phase 1b only); activity not recorded"),
    WP_05=(U, "prior grade 3 immune colitis on nivolumab: relative contraindication to PD-1 rechallenge (phase 1b only)"),
    WP_08=(U, "prior symptomatic pneumonitis: possible contraindication to PD-1 antibody (phase 1b only)"),
    WP_07=(M, "no contraindication recorded; pembrolizumab previously given without toxicity")),
 ])
for n, v in (("NCT04511039", v1), ("NCT05746897", v2)): print(n, v)
