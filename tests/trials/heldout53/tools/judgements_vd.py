"""Reference judgements for the 4 VD records. Each criterion: (kind, record line numbers, default, overrides).

Line numbers index eligibilityCriteria.split('\\n'); the text is taken verbatim from the record by build_vd.py.
Status codes: M met, N not_met, U unknown. Overrides map case number (1..8) -> (code, reason).
"""

M, N, U = "met", "not_met", "unknown"

# short shared reasons
DNA_MEN = "does not apply: male"
PREG55 = "woman aged {a} (>=55): treated as not of child-bearing potential (C2)"
CONSENT = "consent/compliance item (C1)"
LIFE = "life expectancy not in the case (C2)"
LAB = "laboratory/organ function values not in the case (C3)"


def preg_item(men=DNA_MEN):
    """Pregnancy / breast-feeding style item: men and women >=55 met, women <55 unknown."""
    return (M, men, {
        2: (U, "woman aged 45: pregnancy status is not a case field (test result only in a comment) (C2)"),
        4: (M, PREG55.format(a=67)),
        6: (U, "woman aged 34: pregnancy/breast-feeding status not recorded (C2)"),
        7: (M, PREG55.format(a=59)),
    })


NOTES = {}
CRITERIA = {}

# --------------------------------------------------------------------------------------------
NOTES["NCT06695845"] = (
    "DiscovHER PAN-206 (zanidatamab, HER2 IHC 3+ solid tumours). All VD cases are gastro-oesophageal "
    "adenocarcinoma, so Cohort 3 (GEA) applies: prior T-DXd is REQUIRED and Cohort-1-only clauses do not apply. "
    "Reading choices: (1) 'have no available treatment options that have confirmed benefit' is judged against "
    "standard later-line options (ramucirumab+paclitaxel, taxane, trifluridine/tipiracil); a patient who has not "
    "yet had them is not_met; (2) central IHC 3+ is unknown while only a local 3+ (or 2+) exists, and not_met when "
    "every tissue result is IHC 0/1+ with no earlier 3+; (3) 'history of trauma or major surgery' carries no time "
    "window in the registry text and is read literally: perioperative/adjuvant therapy implies a gastrectomy, so "
    "VD-06 and VD-08 are not_met; (4) 'within 4 weeks or 5 half-lives (whichever is longer)' is computed on "
    "2026-12-01 from ended_on (taken as the last dose); ramucirumab t1/2 about 14 days gives about 70 days; "
    "(5) a toxicity of grade >=2 recorded on a line that ended <=183 days before as_of is taken as ongoing; "
    "an empty toxicities list means none recorded; (6) reduced LVEF (45%) and heart failure count as significant "
    "cardiovascular disease; (7) brain_metastases without a field saying treated/stable leaves the CNS items unknown."
)
CRITERIA["NCT06695845"] = [
    ("inclusion", [2], (M, "adult"), {}),
    ("inclusion", [3], (N, "x"), {
        1: (N, "untreated metastatic disease: no prior systemic treatment for advanced disease; no prior T-DXd (required for GEA, Cohort 3)"),
        2: (N, "untreated locally advanced disease; no prior T-DXd (required for GEA, Cohort 3)"),
        3: (N, "no prior T-DXd (required for GEA, Cohort 3); standard third-line options still available"),
        4: (N, "prior T-DXd present, but standard options with confirmed benefit (ramucirumab+paclitaxel, trifluridine/tipiracil) not yet used"),
        5: (M, "metastatic GEJ; progressed after 5 lines incl. trastuzumab, T-DXd, ramucirumab+paclitaxel, trifluridine/tipiracil; standard options exhausted"),
        6: (N, "perioperative therapy counts as line 1 (recurrence 102 days after it, C6) but second-line options with benefit remain; no prior T-DXd"),
        7: (N, "resectable, untreated: not advanced disease progressing after systemic therapy"),
        8: (N, "adjuvant CAPOX ended >6 months before recurrence so does not count (C6): no prior treatment for advanced disease; no prior T-DXd"),
    }),
    ("inclusion", [4], (U, "x"), {
        1: (U, "local IHC 3+ (biopsy 2026-10-26); central confirmation not done"),
        2: (U, "local IHC 2+ only; central IHC 3+ required, not done"),
        3: (U, "IHC 3+ at diagnosis (2025) but IHC 1+/ISH not amplified on re-biopsy 2026-01; central result unknown"),
        4: (U, "local IHC 3+ (2025-08, 2026-05); central confirmation not done"),
        5: (U, "local IHC 3+ on liver re-biopsy 2026-11-03; central confirmation not done"),
        6: (U, "local IHC 2+ / ISH not amplified; central IHC 3+ required, not done"),
        7: (N, "HER2 IHC 0 on the only tissue test: IHC 3+ overexpression absent"),
        8: (U, "no tissue HER2 result (ERBB2 amplification in ctDNA only)"),
    }),
    ("inclusion", [5], (U, "adequacy of tumour tissue for central testing not in the case"), {}),
    ("inclusion", [6], (M, "measurable_disease: true"), {
        6: (N, "measurable_disease: false"),
        7: (U, "measurable disease not recorded"),
    }),
    ("inclusion", [7], (M, "ECOG {e}"), {
        3: (N, "ECOG 2"), 8: (N, "ECOG 3"),
    }),
    ("inclusion", [8], (U, LIFE), {}),
    ("inclusion", [9], (M, "does not apply: no brain metastases recorded"), {
        4: (U, "brain metastases recorded; whether treated and stable is not a case field"),
        5: (U, "brain metastases recorded; whether treated and stable is not a case field"),
    }),
    ("inclusion", [11], (M, "does not apply: no brain metastases recorded"), {
        4: (M, "measurable extracranial disease with local IHC 3+ (biopsy 2026-05-05)"),
        5: (M, "measurable extracranial disease with IHC 3+ on liver re-biopsy 2026-11-03"),
    }),
    ("inclusion", [12], (M, "does not apply: no brain metastases recorded"), {
        4: (U, "brain metastases recorded; treatment, symptoms and recovery not in the case"),
        5: (U, "brain metastases recorded; treatment, symptoms and recovery not in the case"),
    }),
    ("inclusion", [13], (M, "does not apply: no brain metastases recorded"), {
        4: (U, "brain metastases recorded; radiosurgery dates not in the case fields"),
        5: (U, "brain metastases recorded; radiosurgery dates not in the case fields"),
    }),
    ("inclusion", [14], (U, LAB), {}),
    ("inclusion", [15], preg_item()[0:2], preg_item()[2]),
    ("inclusion", [16], (M, "contraception item (C1)"), {}),
    ("exclusion", [20], (M, "no brain metastases recorded (vocabulary condition absent)"), {
        4: (U, "brain metastases recorded; treated or untreated is not a case field"),
        5: (U, "brain metastases recorded; treated or untreated is not a case field"),
    }),
    ("exclusion", [21], (U, "no heart failure recorded; other cardiovascular disease not in the case"), {
        3: (N, "heart failure recorded: significant cardiovascular disease"),
        4: (N, "LVEF 45% (reduced ejection fraction after HER2 therapy): significant cardiovascular disease"),
    }),
    ("exclusion", [22], (M, "x"), {
        1: (M, "no prior cancer therapy"), 2: (M, "no prior cancer therapy"), 7: (M, "no prior cancer therapy"),
        3: (M, "no toxicity recorded on either prior line"),
        4: (N, "grade 2 pneumonitis on T-DXd, stopped for toxicity 2026-09-15 (77 days ago), no resolution recorded"),
        5: (M, "no toxicity recorded on any prior line"),
        6: (N, "grade 2 peripheral sensory neuropathy from perioperative oxaliplatin ending 2026-07-20 (134 days ago)"),
        8: (M, "no toxicity recorded on adjuvant CAPOX (ended 2023-01-25)"),
    }),
    ("exclusion", [23], (U, "infection status and anti-infective treatment not in the case"), {}),
    ("exclusion", [24], (M, "HIV not recorded (vocabulary condition absent)"), {
        8: (N, "HIV infection recorded"),
    }),
    ("exclusion", [25], (M, "no hepatitis B or C recorded"), {
        1: (U, "hepatitis B recorded; activity (HBV DNA) not a case field"),
        8: (U, "hepatitis C recorded; activity (HCV RNA) not a case field"),
    }),
    ("exclusion", [26], (U, "SARS-CoV-2 status not in the case"), {}),
    ("exclusion", [27], (U, "hypersensitivity history not in the case"), {}),
    ("exclusion", [28], (U, "investigator judgement; no such condition decidable from the fields"), {
        3: (U, "ECOG 2, heart failure and ILD at 83: investigator judgement"),
        8: (U, "ECOG 3 with HIV: investigator judgement"),
    }),
    ("exclusion", [29], (U, "investigator opinion"), {}),
    ("exclusion", [30], (M, "does not apply: Cohort 1 only; gastro-oesophageal adenocarcinoma is Cohort 3"), {}),
    ("exclusion", [31], (U, "surgery/trauma history not in the case fields"), {
        6: (N, "perioperative chemotherapy implies a gastrectomy in 2026 (major surgery); no time window in the text"),
        8: (N, "adjuvant chemotherapy implies a gastrectomy in 2022 (major surgery); no time window in the text"),
    }),
    ("exclusion", [32], (M, "x"), {
        1: (M, "no prior systemic therapy"), 2: (M, "no prior systemic therapy"), 7: (M, "no prior systemic therapy"),
        3: (N, "ramucirumab ended 2026-10-28 (34 days); 5 half-lives (t1/2 about 14 days) about 70 days is longer than 4 weeks"),
        4: (M, "last therapy T-DXd ended 2026-09-15 (77 days): beyond 4 weeks and 5 half-lives"),
        5: (M, "last therapy trifluridine/tipiracil ended 2026-10-27 (35 days): beyond 4 weeks; short half-life"),
        6: (M, "last therapy ended 2026-07-20 (134 days)"),
        8: (M, "last therapy ended 2023-01-25"),
    }),
    ("exclusion", [33], (M, "no zanidatamab in treatments"), {}),
    ("exclusion", [34], (M, "does not apply: colorectal cancer only"), {}),
    ("exclusion", [35], (M, "does not apply: NSCLC only"), {}),
    ("exclusion", [36], preg_item("male: pregnancy/breast-feeding does not apply; planning/contraception part treated as willingness (C1)")[0:2], preg_item()[2]),
    ("exclusion", [37], (U, "other malignancy history not in the case"), {}),
]

# --------------------------------------------------------------------------------------------
NOTES["NCT06731478"] = (
    "DESTINY-Gastric05 (T-DXd + FP +/- pembrolizumab vs trastuzumab + chemo +/- pembrolizumab, first line "
    "HER2-positive). The main (CPS >=1) and exploratory (CPS <1) cohorts together admit any CPS, so CPS does not "
    "decide eligibility. No ECOG item appears in the registry text, so ECOG is not judged here. Reading choices: "
    "(1) central HER2 positivity is unknown while only local results exist; IHC 0 or IHC 2+/ISH not amplified is "
    "HER2-negative by ASCO-CAP and is not_met; (2) the 'Note' paragraphs are judged as their own items; "
    "(3) perioperative/adjuvant therapy with recurrence >6 months later (VD-08) meets 'previously untreated'; "
    "recurrence 102 days after perioperative FLOT (VD-06) does not; (4) the label-contraindication item lists each "
    "drug with 'or', so a grade 2 oxaliplatin neuropathy (EU SmPC: contraindicated with peripheral sensory "
    "neuropathy with functional impairment) is not_met; (5) MI is not a vocabulary condition, so the MI/CHF item "
    "is unknown even when heart failure is absent; (6) LVEF from lvef_percent only, without its date; "
    "(7) grade 2 drug pneumonitis is taken to have required steroids (label requires them from grade 2)."
)
CRITERIA["NCT06731478"] = [
    ("inclusion", [3], (M, CONSENT), {}),
    ("inclusion", [4], (M, "adult"), {}),
    ("inclusion", [5], (N, "x"), {
        1: (M, "untreated metastatic gastric adenocarcinoma"),
        2: (M, "untreated locally advanced unresectable gastric adenocarcinoma"),
        3: (N, "two prior palliative lines"),
        4: (N, "two prior palliative lines"),
        5: (N, "five prior palliative lines"),
        6: (N, "recurrence 2026-10-30 only 102 days after perioperative therapy ended 2026-07-20 (needs >6 months)"),
        7: (N, "resectable disease: not unresectable, locally advanced or metastatic"),
        8: (M, "adjuvant CAPOX ended 2023-01-25, recurrence 2026-08-20 (>6 months); untreated since"),
    }),
    ("inclusion", [6], (M, "does not apply: no (neo)adjuvant anti-PD-1/PD-L1 therapy"), {}),
    ("inclusion", [7], (U, "x"), {
        1: (U, "local IHC 3+ on biopsy 2026-10-26; central test pending"),
        2: (U, "local IHC 2+, ISH not done; central HER2 unknown"),
        3: (U, "IHC 3+ on the diagnostic biopsy (2025); IHC 1+/ISH not amplified after trastuzumab; central test not done"),
        4: (U, "local IHC 3+; central test not done"),
        5: (U, "local IHC 3+; central test not done"),
        6: (N, "IHC 2+ with ISH not amplified (ratio 1.4): HER2-negative by ASCO-CAP"),
        7: (N, "IHC 0: HER2-negative"),
        8: (U, "no tissue HER2 result; ctDNA ERBB2 amplification does not satisfy a tissue test"),
    }),
    ("inclusion", [8], (M, "permissive note: archival tissue accepted"), {}),
    ("inclusion", [9], (U, "availability/adequacy of an FFPE sample not in the case"), {}),
    ("inclusion", [10], (M, "measurable_disease: true"), {
        6: (N, "measurable_disease: false"),
        7: (U, "measurable disease not recorded"),
    }),
    ("inclusion", [11], (M, "LVEF {lvef}%"), {
        3: (U, "LVEF not recorded"), 4: (N, "LVEF 45%"), 7: (U, "LVEF not recorded"),
    }),
    ("exclusion", [13], (M, "no prior HER2-targeting therapy"), {
        3: (N, "prior trastuzumab"),
        4: (N, "prior trastuzumab and T-DXd"),
        5: (N, "prior trastuzumab, T-DXd and disitamab vedotin"),
    }),
    ("exclusion", [14], (U, "GI integrity/malabsorption not in the case (C4)"), {}),
    ("exclusion", [15], (U, "DPD status not in the case"), {}),
    ("exclusion", [16], (U, "label contraindications (renal function, hypersensitivity, DPD etc.) not in the case"), {
        6: (N, "grade 2 oxaliplatin sensory neuropathy (134 days after last dose): oxaliplatin contraindicated with neuropathy with functional impairment"),
    }),
    ("exclusion", [17], (U, "no heart failure recorded, but myocardial infarction history is not a case field"), {
        3: (U, "heart failure recorded; NYHA class not in the case"),
    }),
    ("exclusion", [18], (U, "QTcF not in the case (C3)"), {}),
    ("exclusion", [19], (M, "no ILD/pneumonitis recorded (vocabulary conditions absent)"), {
        3: (N, "interstitial lung disease recorded (chronic, i.e. current)"),
        4: (N, "grade 2 T-DXd pneumonitis 2026-09 (steroid-requiring grade)"),
    }),
    ("exclusion", [20], (U, "other lung illnesses (emboli, asthma, COPD, effusion) not in the case"), {
        3: (N, "interstitial lung disease: underlying pulmonary disorder"),
        4: (N, "recent grade 2 drug pneumonitis: underlying pulmonary disorder"),
    }),
]

# --------------------------------------------------------------------------------------------
NOTES["NCT06732856"] = (
    "Neoadjuvant zolbetuximab + DOS for potentially resectable CLDN18.2-positive gastric/GEJ cancer (phase Ib/II). "
    "Reading choices: (1) cldn18_2.percent_positive is the % of tumour cells with moderate-to-strong staining and is "
    "compared with the 75% cut-off without an assay field; (2) setting resectable or locally_advanced_unresectable "
    "decides 'no distant metastasis / no peritoneal seeding'; metastatic decides distant metastasis; recurrent "
    "leaves the site unknown; (3) clinical T/N stage is not a case field (unknown), except after gastrectomy "
    "(perioperative/adjuvant therapy) where there is no primary tumour to stage (not_met); (4) neuropathy of any "
    "cause is not a case field: unknown unless a grade >=2 neuropathy is recorded on a line that ended <=183 days "
    "ago (VD-06, not_met); (5) the menopause definition sub-items are judged as their own items: they do not apply "
    "to men or to women of the other age band; women >=55 are treated as post-menopausal (C2); (6) no current "
    "systemic therapy in treatments is read as no current study participation or concomitant therapy; "
    "(7) absence of autoimmune_disease is read as absence of chronic inflammatory bowel disease; "
    "(8) the creatinine-clearance formulas are kept with their bullet; headings (items 11, 12-age-50, 8, 10, 11, "
    "13-HIV) are their own items."
)
CRITERIA["NCT06732856"] = [
    ("inclusion", [2], (N, "x"), {
        1: (N, "metastatic disease"),
        2: (N, "locally advanced unresectable"),
        3: (N, "metastatic, previously treated"),
        4: (N, "metastatic, previously treated"),
        5: (N, "metastatic, previously treated"),
        6: (N, "recurrent after gastrectomy: not newly diagnosed"),
        7: (M, "newly diagnosed (2026-11-09), resectable gastric adenocarcinoma"),
        8: (N, "recurrent after gastrectomy: not newly diagnosed"),
    }),
    ("inclusion", [3], (N, "x"), {
        1: (N, "CLDN18.2 30%"),
        2: (M, "CLDN18.2 85%"),
        3: (U, "CLDN18.2 not tested"),
        4: (N, "CLDN18.2 10%"),
        5: (N, "CLDN18.2 20%"),
        6: (M, "CLDN18.2 90%"),
        7: (M, "CLDN18.2 80%"),
        8: (U, "CLDN18.2 not tested"),
    }),
    ("inclusion", [4], (U, "clinical T/N stage not a case field"), {
        6: (N, "after gastrectomy (perioperative therapy): no primary tumour to stage"),
        8: (N, "after gastrectomy (adjuvant therapy): no primary tumour to stage"),
    }),
    ("inclusion", [5], (U, "metastatic/recurrent: peritoneal status not in the case"), {
        2: (M, "locally advanced without distant disease: no peritoneal seeding known"),
        7: (M, "resectable: no peritoneal seeding known"),
    }),
    ("inclusion", [6], (M, CONSENT), {}),
    ("inclusion", [7], (M, "aged {age}"), {}),
    ("inclusion", [8], (M, "ECOG {e}"), {3: (N, "ECOG 2"), 8: (N, "ECOG 3")}),
    ("inclusion", [9], (U, LIFE), {}),
    ("inclusion", [10], (U, "body weight not in the case"), {}),
    ("inclusion", [11], (U, "neuropathy is not a case field; none recorded as a toxicity"), {
        6: (N, "grade 2 oxaliplatin neuropathy recorded (perioperative therapy ended 2026-07-20)"),
    }),
    ("inclusion", [12], (U, LAB), {}),
    ("inclusion", [13], (U, LAB), {}),
    ("inclusion", [14], (U, LAB), {}),
    ("inclusion", [15], (U, LAB), {}),
    ("inclusion", [16], (U, LAB), {}),
    ("inclusion", [17], (U, LAB), {}),
    ("inclusion", [18, 19, 20], (U, LAB), {}),
    ("inclusion", [21], preg_item()[0:2], preg_item()[2]),
    ("inclusion", [22], (M, DNA_MEN), {
        2: (U, "woman aged 45: menopausal status not recorded"),
        4: (M, "does not apply: woman aged 67 (>=50)"),
        6: (U, "woman aged 34: menopausal status not recorded"),
        7: (M, "does not apply: woman aged 59 (>=50)"),
    }),
    ("inclusion", [23], (M, DNA_MEN), {
        2: (M, "does not apply: woman aged 45 (<50)"),
        4: (M, PREG55.format(a=67)),
        6: (M, "does not apply: woman aged 34 (<50)"),
        7: (M, PREG55.format(a=59)),
    }),
    ("inclusion", [24], (M, DNA_MEN), {
        2: (M, "does not apply: woman aged 45 (<50)"),
        4: (M, PREG55.format(a=67)),
        6: (M, "does not apply: woman aged 34 (<50)"),
        7: (M, PREG55.format(a=59)),
    }),
    ("inclusion", [25], (M, DNA_MEN), {
        2: (M, "does not apply: woman aged 45 (<50)"),
        4: (M, "alternative definition; " + PREG55.format(a=67)),
        6: (M, "does not apply: woman aged 34 (<50)"),
        7: (M, "alternative definition; " + PREG55.format(a=59)),
    }),
    ("inclusion", [26], (M, DNA_MEN), {
        2: (M, "does not apply: woman aged 45 (<50)"),
        4: (M, "alternative definition; " + PREG55.format(a=67)),
        6: (M, "does not apply: woman aged 34 (<50)"),
        7: (M, "alternative definition; " + PREG55.format(a=59)),
    }),
    ("inclusion", [27], (M, CONSENT), {}),
    ("exclusion", [31], (M, "no systemic therapy in the last 2 weeks"), {}),
    ("exclusion", [32], (M, "no current study treatment recorded"), {}),
    ("exclusion", [33], (M, "no ongoing anticancer therapy"), {}),
    ("exclusion", [34], (U, "surgery dates not in the case fields"), {}),
    ("exclusion", [35], (N, "metastatic disease"), {
        2: (M, "locally advanced, no distant metastasis"),
        6: (U, "recurrent: site of recurrence not a case field"),
        7: (M, "resectable, no distant metastasis"),
        8: (U, "recurrent: site of recurrence not a case field"),
    }),
    ("exclusion", [36], (U, "ability to swallow not in the case (C4)"), {}),
    ("exclusion", [37], (U, "obstruction/bleeding not in the case (C4)"), {}),
    ("exclusion", [38], (U, "malabsorption not in the case (C4)"), {}),
    ("exclusion", [39], (U, "obstruction not in the case (C4)"), {}),
    ("exclusion", [40], (M, "no autoimmune/inflammatory disease recorded"), {
        6: (U, "autoimmune disease recorded; type not a case field"),
    }),
    ("exclusion", [41], (U, "operation history not in the case fields"), {}),
    ("exclusion", [42], (U, "dumping syndrome not in the case"), {}),
    ("exclusion", [43], (M, "no organ transplant recorded (vocabulary condition absent)"), {}),
    ("exclusion", [44], (U, "intercurrent disease control (infection, hypertension, angina, arrhythmia) not in the case"), {
        3: (N, "interstitial lung disease recorded (named in the list); heart failure recorded"),
    }),
    ("exclusion", [45], (U, "infection, hypertension, angina, arrhythmia not in the case"), {
        3: (N, "interstitial lung disease recorded"),
    }),
    ("exclusion", [46], (U, "other malignancy history not in the case"), {}),
    ("exclusion", [47], (U, "other malignancy history not in the case"), {}),
    ("exclusion", [48], (U, "other malignancy history not in the case"), {}),
    ("exclusion", [49], (U, "other malignancy history not in the case"), {}),
    ("exclusion", [50], (U, "congenital immunodeficiency is not a case field"), {}),
    ("exclusion", [51], (U, "active infection/TB not in the case"), {
        8: (N, "HIV infection recorded"),
    }),
    ("exclusion", [52], (U, "TB history not in the case"), {}),
    ("exclusion", [53], (M, "does not apply: no hepatitis B recorded"), {
        1: (U, "hepatitis B recorded; antiviral treatment not a case field"),
    }),
    ("exclusion", [54], (M, "no HIV recorded"), {8: (N, "HIV infection recorded")}),
    ("exclusion", [55], (M, "no HIV recorded"), {8: (N, "HIV infection recorded (reactive)")}),
    ("exclusion", [56], (M, "no HIV recorded (non-reactive)"), {8: (N, "HIV infection recorded: not non-reactive")}),
    ("exclusion", [57], preg_item("male: pregnancy/breast-feeding does not apply; planning/contraception part treated as willingness (C1)")[0:2], preg_item()[2]),
    ("exclusion", [58], (U, "allergy history not in the case"), {}),
]

# --------------------------------------------------------------------------------------------
NOTES["NCT06764875"] = (
    "ARTEMIDE-Gastric01 (rilvegostomig + FP + T-DXd vs trastuzumab + chemo + pembrolizumab, first line HER2-positive, "
    "CPS >=1). The registry text says 'previously untreated' without an explicit perioperative rule; convention C6 "
    "is applied (adjuvant therapy >183 days before recurrence does not count). Reading choices: (1) 'HER2 positive "
    "on a tumor biopsy' is met by a local IHC 3+ biopsy (no central test is named); after documented HER2 loss "
    "(VD-03, IHC 1+/ISH not amplified on the latest biopsy) it is not_met; ctDNA alone is unknown; (2) 'adequate "
    "washout' is undefined: met when the last therapy ended >=5 weeks ago with short half-life, unknown for "
    "ramucirumab 34 days ago; (3) contraindication to 'platinum (cisplatin and oxaliplatin)' is read as a "
    "contraindication to platinum as a class, so an oxaliplatin-only neuropathy leaves cisplatin and is unknown; "
    "(4) spinal cord compression is not a case field: unknown for metastatic/recurrent cases, met when the setting "
    "rules out distant disease; (5) reduced LVEF 45% and heart failure are clinically significant cardiac "
    "conditions; (6) absence of autoimmune_disease is read as absence of autoimmune/inflammatory disorders; "
    "(7) a resectable patient (VD-07) has an anticipated need for major surgery."
)
CRITERIA["NCT06764875"] = [
    ("inclusion", [2], (M, "x"), {
        1: (M, "IHC 3+ on biopsy (2026-10-26, gastric criteria)"),
        2: (U, "IHC 2+ with ISH not done"),
        3: (N, "latest biopsy 2026-01-06 IHC 1+, ISH not amplified: HER2 lost after trastuzumab"),
        4: (M, "IHC 3+ on biopsy (2026-05-05)"),
        5: (M, "IHC 3+ on biopsy (2026-11-03)"),
        6: (N, "IHC 2+ / ISH not amplified: HER2-negative"),
        7: (N, "IHC 0: HER2-negative"),
        8: (U, "no tissue HER2; ERBB2 amplification in ctDNA only"),
    }),
    ("inclusion", [3], (M, "CPS {cps}"), {6: (N, "CPS 0")}),
    ("inclusion", [4], (U, "adequacy/recency of tumour tissue for central testing not in the case"), {}),
    ("inclusion", [5], (N, "x"), {
        1: (M, "untreated metastatic gastric adenocarcinoma"),
        2: (M, "untreated locally advanced unresectable gastric adenocarcinoma"),
        3: (N, "two prior palliative lines"),
        4: (N, "two prior palliative lines"),
        5: (N, "five prior palliative lines"),
        6: (N, "perioperative therapy counts as a prior line: recurrence 102 days after it (C6)"),
        7: (N, "resectable disease"),
        8: (M, "recurrent, untreated for advanced disease; adjuvant CAPOX ended >183 days before recurrence (C6)"),
    }),
    ("inclusion", [6], (M, "ECOG {e}"), {3: (N, "ECOG 2"), 8: (N, "ECOG 3")}),
    ("inclusion", [7], (M, "measurable_disease: true"), {
        6: (N, "measurable_disease: false"),
        7: (U, "measurable disease not recorded"),
    }),
    ("inclusion", [8], (U, LAB), {}),
    ("inclusion", [9], (M, "LVEF {lvef}%"), {
        3: (U, "LVEF not recorded"), 4: (N, "LVEF 45% (<55%)"), 7: (U, "LVEF not recorded"),
        8: (N, "LVEF 52% (<55%)"),
    }),
    ("inclusion", [10], (M, "x"), {
        1: (M, "no prior therapy"), 2: (M, "no prior therapy"), 7: (M, "no prior therapy"),
        3: (U, "ramucirumab ended 2026-10-28 (34 days); washout length not defined in the text"),
        4: (M, "last therapy ended 2026-09-15 (77 days)"),
        5: (M, "last therapy (trifluridine/tipiracil) ended 2026-10-27 (35 days)"),
        6: (M, "last therapy ended 2026-07-20"),
        8: (M, "last therapy ended 2023-01-25"),
    }),
    ("exclusion", [14], (U, "GI integrity not in the case (C4)"), {}),
    ("exclusion", [15], (U, "DPD status not in the case"), {}),
    ("exclusion", [16], (U, "label contraindications not in the case"), {
        6: (U, "grade 2 oxaliplatin neuropathy contraindicates oxaliplatin; cisplatin contraindications not in the case"),
    }),
    ("exclusion", [17], (U, "other malignancy history not in the case"), {}),
    ("exclusion", [18], (M, "x"), {
        1: (M, "no prior therapy"), 2: (M, "no prior therapy"), 7: (M, "no prior therapy"),
        3: (M, "no toxicity recorded on prior lines"),
        4: (N, "grade 2 pneumonitis on T-DXd, stopped 2026-09-15 (77 days ago)"),
        5: (M, "no toxicity recorded on prior lines"),
        6: (N, "grade 2 oxaliplatin neuropathy, therapy ended 2026-07-20 (134 days ago)"),
        8: (M, "no toxicity recorded on adjuvant CAPOX"),
    }),
    ("exclusion", [19], (U, "metastatic/recurrent disease: spinal cord compression not a case field"), {
        2: (M, "locally advanced, no distant disease; no brain metastases recorded"),
        4: (U, "brain metastases recorded; treated/stable status not a case field"),
        5: (U, "brain metastases recorded; treated/stable status not a case field"),
        7: (M, "resectable, no distant disease; no brain metastases recorded"),
    }),
    ("exclusion", [20], (U, "infection status not in the case"), {}),
    ("exclusion", [21], (U, "infection status not in the case"), {}),
    ("exclusion", [22], (U, "vaccination history not in the case"), {}),
    ("exclusion", [23], (M, "no hepatitis B or C recorded"), {
        1: (U, "hepatitis B recorded; control not a case field"),
        8: (U, "hepatitis C recorded; control not a case field"),
    }),
    ("exclusion", [24], (U, "cardiac/psychological history beyond heart failure not in the case"), {
        3: (N, "heart failure recorded"),
        4: (N, "LVEF 45%: reduced ejection fraction"),
    }),
    ("exclusion", [25], (M, "no autoimmune disease recorded"), {
        6: (U, "autoimmune disease recorded; need for chronic steroids/immunosuppression not a case field"),
    }),
    ("exclusion", [26], (M, "no ILD/pneumonitis recorded"), {
        3: (N, "interstitial lung disease recorded"),
        4: (N, "pneumonitis recorded (grade 2 on T-DXd)"),
    }),
    ("exclusion", [27], (U, "other lung illness not in the case"), {
        3: (N, "interstitial lung disease"),
        4: (N, "recent grade 2 drug pneumonitis"),
    }),
    ("exclusion", [28], (U, "skin disease not in the case"), {}),
    ("exclusion", [29], (U, "effusions/ascites not in the case (C4)"), {}),
    ("exclusion", [30], (U, "cutaneous drug reaction history not in the case"), {}),
    ("exclusion", [31], (M, "no ongoing anticancer treatment"), {}),
    ("exclusion", [32], (U, "surgery/trauma history not in the case fields"), {
        7: (N, "resectable disease: gastrectomy anticipated"),
    }),
    ("exclusion", [33], (U, "medication list not in the case"), {}),
]
