import json, yaml, sys
sys.path.insert(0, "/work/th/heldout6/build")
from split import items, elig
CASES = [f"TH-0{i}" for i in range(1, 9)]
JM = {"M": "met", "N": "not_met", "U": "unknown"}
TRIALS = {}

def crit(text, kind, codes, reasons):
    assert len(codes) == 8, (text, codes)
    rs = {}
    for i, c in enumerate(CASES):
        r = reasons.get(c, reasons.get("*"))
        assert r, (text, c)
        rs[c] = r
    return {"text": text, "kind": kind, "judgements": {c: JM[codes[i]] for i, c in enumerate(CASES)}, "reasons": rs}

# common reasons
CONSENT = {"*": "consent/compliance not yet documented in the case record"}
LIFE = {"*": "life expectancy is a clinician judgement not recorded in the case"}
LABS = {"*": "no laboratory values in the case record"}
OTHERCA = {"*": "history of other cancers is not captured in the case record"}
GIBLEED = {"*": "GI bleeding status not recorded"}
ALLAGE = {"*": "age within range"}

def add(nct, note, crits):
    TRIALS[nct] = (note, crits)

# ---------------- NCT01260194 ----------------
it = items("NCT01260194")
add("NCT01260194",
 "Roche phase 4 single-arm study of first-line trastuzumab with standard chemotherapy for HER2-positive metastatic gastric/GEJ adenocarcinoma, TERMINATED (end 2015). The copy ends after five exclusion bullets; no lab, cardiac (LVEF) or CNS criteria were shown. Unusual wording: the prior-chemotherapy exclusion only excludes chemotherapy for advanced disease given LESS than 6 months before study start, so on its face a patient treated longer ago is not excluded; the HER2 bullet has an unclosed bracket and accepts 'primary tumor or metastasis', which lets the originally 3+ primary of TH-02 count despite the 1+ re-biopsy. Perioperative FLOT (TH-06) is not chemotherapy for advanced disease. Only TH-05 (untreated HER2 IHC2+/ISH-amplified GEJ) survives, pending life expectancy, GI integrity/bleeding and other-malignancy history.",
 [crit(it[0][1], "inclusion", "MMMMMMMM", {"*": "adult (age 34-74)"}),
  crit(it[1][1], "inclusion", "MMMNMMNM", {"*": "advanced/metastatic gastric or GEJ adenocarcinoma", "TH-04": "oesophageal adenocarcinoma is not stomach or GEJ", "TH-06": "recurrent gastric adenocarcinoma after gastrectomy, not curable", "TH-07": "resectable disease - curative therapy possible", "TH-08": "recurrent gastric adenocarcinoma"}),
  crit(it[2][1], "inclusion", "MMNMMMMM", {"*": "measurable disease recorded", "TH-03": "peritoneal-only disease recorded as non-measurable"}),
  crit(it[3][1], "inclusion", "MMNNMNMN", {"TH-01": "IHC 3+ biopsy", "TH-02": "primary IHC 3+ (2025); 1+ on 2025 re-biopsy but criterion accepts primary tumour", "TH-03": "IHC 0", "TH-04": "IHC 2+ / ISH not amplified", "TH-05": "IHC 2+ / ISH amplified (ratio 2.6)", "TH-06": "IHC 1+", "TH-07": "IHC 3+", "TH-08": "IHC 0"}),
  crit(it[4][1], "inclusion", "MMMMMMMM", {"*": "ECOG 0-1", "TH-08": "ECOG 2 allowed"}),
  crit(it[5][1], "inclusion", "UUUUUUUU", LIFE),
  crit(it[6][1], "exclusion", "NNMNMMMN", {"TH-01": "irinotecan for metastatic disease ended 2026-10-25, <6 months ago", "TH-02": "paclitaxel/ramucirumab ended 2026-10-30, <6 months ago", "TH-03": "no prior chemotherapy", "TH-04": "nivolumab+FOLFOX ended 2026-11-10, <6 months ago", "TH-05": "no prior chemotherapy", "TH-06": "only perioperative FLOT (not for advanced disease), ended 2026-05-05", "TH-07": "no prior chemotherapy", "TH-08": "paclitaxel for recurrent disease ended 2026-10-20, <6 months ago"}),
  crit(it[7][1], "exclusion", "UUUUUUUU", {"*": "GI tract integrity / feeding tube / malabsorption not recorded", "TH-06": "prior gastrectomy is allowed; jejunostomy or malabsorption not recorded"}),
  crit(it[8][1], "exclusion", "UUUUUUUU", GIBLEED),
  crit(it[9][1], "exclusion", "UUMUMMMU", {"TH-01": "grade 2 diarrhoea on irinotecan ended 37 days ago; resolution not recorded", "TH-02": "grade 2 neuropathy on paclitaxel ended 32 days ago; resolution not recorded", "TH-03": "no previous chemotherapy", "TH-04": "grade 2 colitis on nivolumab-FOLFOX; current status not recorded", "TH-05": "no previous chemotherapy", "TH-06": "no toxicity recorded from perioperative FLOT ended 7 months ago", "TH-07": "no previous chemotherapy", "TH-08": "recent paclitaxel; residual toxicity not recorded (grade 3 pneumonitis was immune-related)"}),
  crit(it[10][1], "exclusion", "UUUUUUUU", OTHERCA)])

# ---------------- NCT06123338 ----------------
it = items("NCT06123338")
LAB8 = {"*": "no laboratory values in the case record"}
add("NCT06123338",
 "MSKCC phase 2 of perioperative pembrolizumab + trastuzumab with standard chemotherapy (FLOT/oxaliplatin-fluoropyrimidine) for RESECTABLE HER2-positive oesophageal/GEJ/gastric adenocarcinoma, recruiting (CenterWatch). This is a curative-setting trial that must not match advanced disease: 'complete surgical resection of the primary tumor must be achievable' rules out every metastatic or recurrent case. Only TH-07 (untreated resectable HER2 3+ gastric) remains, pending Table 1 labs and male contraception. The text is cut mid-word in the male-contraception item ('5 terminal hal') and no exclusion criteria were shown. 'Table 1 - Organ Function Requirements' is a heading, not a criterion. The HER2 item requires FISH>2.0; TH-05's ISH ratio 2.6 is accepted as equivalent.",
 [crit(it[0][1], "inclusion", "MMMMMMMM", {"*": "age >=18"}),
  crit(it[1][1], "inclusion", "MMMMMMMN", {"*": "ECOG 0-1", "TH-08": "ECOG 2"}),
  crit(it[2][1], "inclusion", "MMNNMNMN", {"TH-01": "IHC 3+", "TH-02": "biopsy IHC 3+ in 2025 (re-biopsy later 1+)", "TH-03": "IHC 0", "TH-04": "IHC 2+ with ISH not amplified", "TH-05": "IHC 2+ with ISH ratio 2.6 (>2.0)", "TH-06": "IHC 1+", "TH-07": "IHC 3+", "TH-08": "IHC 0"}),
  crit("Complete surgical resection of the primary tumor must be achievable", "inclusion", "NNNNNNMN", {"*": "metastatic disease - resection with curative intent not achievable", "TH-06": "recurrent disease after gastrectomy - not a resectable primary", "TH-07": "setting recorded as resectable", "TH-08": "recurrent disease after gastrectomy"}),
  crit("Demonstrate adequate organ function as defined in Table 1.", "inclusion", "UUUUUUUU", LAB8),
  crit(it[5][1], "inclusion", "UUUUUUUU", LAB8),
  crit(it[6][1], "inclusion", "UUUUUUUU", LAB8),
  crit(it[7][1], "inclusion", "UUUUUUUU", LAB8),
  crit(it[8][1], "inclusion", "UUUUUUUU", LAB8),
  crit(it[9][1], "inclusion", "UUUUUUUU", LAB8),
  crit(it[10][1], "inclusion", "UUUUUUUU", LAB8),
  crit(it[11][1], "inclusion", "UUUUUUUU", LAB8),
  crit(it[12][1], "inclusion", "UUUUUUUU", {"*": "coagulation tests / anticoagulant use not recorded"}),
  crit(it[13][1], "inclusion", "UUMMUUUU", {"*": "male: agreement to contraception not recorded (item cut on page)", "TH-03": "does not apply: clause is for male participants", "TH-04": "does not apply: clause is for male participants"})])

# ---------------- NCT05149807 ----------------
it = items("NCT05149807")
add("NCT05149807",
 "Suzhou Suncadia (Hengrui) phase 2/3 of SHR-1701 (anti-PD-L1/TGF-beta trap) plus SOX as PERIOPERATIVE treatment of resectable gastric/GEJ adenocarcinoma; TERMINATED per CenterWatch. A curative-setting trial: all advanced, recurrent or previously treated patients fail inclusion 1/3/4. TH-07 (untreated resectable gastric) is the only candidate; clinical T/N stage is not in the case, so 'locally advanced' and the investigator's suitability/plan for neoadjuvant therapy stay unknown. Eligibility is cut mid-word in item 9 ('take a m') and no exclusions were shown; run-together words are the page's. TH-04 is also excluded because oesophageal adenocarcinoma is neither GC nor GEJC.",
 [crit(it[0][1], "inclusion", "NNMNMNMN", {"TH-01": "three prior palliative lines", "TH-02": "two prior palliative lines", "TH-03": "untreated gastric adenocarcinoma", "TH-04": "oesophageal primary and prior nivolumab-FOLFOX", "TH-05": "untreated GEJ adenocarcinoma", "TH-06": "prior perioperative FLOT", "TH-07": "untreated gastric adenocarcinoma", "TH-08": "prior adjuvant S-1 and two palliative lines"}),
  crit(it[1][1], "inclusion", "MMMMMMMM", {"*": "age >=18"}),
  crit(it[2][1], "inclusion", "NNNNNNUN", {"*": "metastatic disease - not a candidate for neoadjuvant therapy + radical surgery", "TH-06": "recurrent disease after surgery", "TH-07": "resectable; investigator's suitability and treatment plan not recorded", "TH-08": "recurrent disease after surgery"}),
  crit(it[3][1], "inclusion", "NNNNNNUN", {"*": "metastatic, not locally advanced", "TH-06": "recurrent disease", "TH-07": "resectable but clinical T/N stage not recorded", "TH-08": "recurrent disease"}),
  crit(it[4][1], "inclusion", "UUUUUUUU", {"*": "availability of tissue blocks not recorded"}),
  crit(it[5][1], "inclusion", "MMMMMMMN", {"*": "ECOG 0-1", "TH-08": "ECOG 2"}),
  crit(it[6][1], "inclusion", "UUUUUUUU", LIFE),
  crit(it[7][1], "inclusion", "UUUUUUUU", LABS),
  crit(it[8][1], "inclusion", "UUUMUUUU", {"*": "male: agreement to contraception not recorded (item cut on page)", "TH-03": "woman aged 34, presumed of childbearing potential; contraception agreement/pregnancy status not recorded", "TH-04": "does not apply: post-menopausal woman aged 67"})])

# ---------------- NCT00970138 ----------------
it = items("NCT00970138")
add("NCT00970138",
 "Fudan University phase 2/3 of apatinib vs placebo as THIRD-LINE treatment after failure of two chemotherapy lines; COMPLETED (2010). Text leaves open whether 'failed for 2 lines' means exactly or at least two, whether toxicity counts as failure (TH-08 stopped tislelizumab-CAPOX for grade 3 pneumonitis) and whether GEJ tumours count as 'adenocarcinoma of the stomach' (Siewert type not recorded for TH-02/TH-05). Age cap 70 excludes TH-02 and TH-08; CNS metastasis excludes TH-04. Surgery/radiotherapy dates are not captured in the case format, so the 4-week operation/radiotherapy washout is unknown for everyone. The 'other malignancies' exclusion appears twice on the page and the copy is cut mid-word ('uter').",
 [crit(it[0][1], "inclusion", "MNMMMMMN", {"*": "age within 18-70", "TH-02": "age 71 > 70", "TH-08": "age 74 > 70"}),
  crit(it[1][1], "inclusion", "MUMNUMNM", {"*": "metastatic/recurrent gastric adenocarcinoma", "TH-02": "GEJ primary; Siewert type not recorded, text says stomach", "TH-04": "oesophageal adenocarcinoma", "TH-05": "GEJ primary; Siewert type not recorded, text says stomach", "TH-07": "resectable, not advanced"}),
  crit(it[2][1], "inclusion", "MMNNNNNU", {"TH-01": "failed three palliative lines (>=2)", "TH-02": "failed two palliative lines (trastuzumab-cisplatin-capecitabine; ramucirumab-paclitaxel)", "TH-03": "untreated", "TH-04": "one prior line", "TH-05": "untreated", "TH-06": "only one line (perioperative FLOT with recurrence within 6 months)", "TH-07": "untreated", "TH-08": "two palliative lines but line 1 stopped for toxicity, not progression; 'failure' not defined (adjuvant S-1 >6 months before recurrence does not count)"}),
  crit(it[3][1], "inclusion", "UUUUUUUU", LIFE),
  crit(it[4][1], "inclusion", "MMMMMMMM", {"*": "ECOG <=2"}),
  crit(it[5][1], "inclusion", "MMNMMMMM", {"*": "measurable disease recorded (RECIST measurable >=10 mm)", "TH-03": "non-measurable disease"}),
  crit(it[6][1], "inclusion", "MMMMMMMM", {"*": "does not apply: no nitrosourea or mitomycin given"}),
  crit(it[7][1], "inclusion", "UUUUUUUU", {"*": "surgery/radiotherapy dates are not captured in the case record", "TH-04": "brain metastases - date of any radiotherapy not recorded"}),
  crit(it[8][1], "inclusion", "MMMNMMMM", {"TH-01": "last cytotoxic 2026-10-25 (37 days)", "TH-02": "last cytotoxic 2026-10-30 (32 days)", "TH-03": "no prior therapy", "TH-04": "FOLFOX-nivolumab ended 2026-11-10 (21 days < 4 weeks)", "TH-05": "no prior therapy", "TH-06": "last chemotherapy 2026-05-05", "TH-07": "no prior therapy", "TH-08": "last paclitaxel 2026-10-20 (42 days)"}),
  crit(it[9][1], "inclusion", "UUUUUUUN", {"*": "no laboratory values in the case record", "TH-02": "heart failure recorded with LVEF 55%; labs not recorded", "TH-08": "heart failure with LVEF 40% - heart function not adequate"}),
  crit(it[10][1], "exclusion", "MMUMMMMM", {"*": "does not apply: male", "TH-03": "woman aged 34; pregnancy/lactation status not recorded", "TH-04": "does not apply: post-menopausal woman aged 67"}),
  crit(it[11][1], "exclusion", "UUUUUUUU", OTHERCA),
  crit(it[12][1], "exclusion", "UUUNUUUU", {"*": "no CNS metastasis recorded; ability to take oral drugs not recorded", "TH-04": "brain metastases recorded"}),
  crit(it[13][1], "exclusion", "UUUUUUUU", OTHERCA)])

# ---------------- NCT06341335 ----------------
it = items("NCT06341335")
add("NCT06341335",
 "Akeso phase 3 of cadonilimab (AK104, PD-1/CTLA-4) + pulocimab (AK109, VEGFR-2) + paclitaxel vs paclitaxel in gastric/GEJ adenocarcinoma that FAILED FIRST-LINE PD-(L)1 + chemotherapy; recruiting. Every case is ineligible: most never had a PD-(L)1 antibody; TH-04, the natural candidate after nivolumab-FOLFOX, has an oesophageal primary and last treatment 21 days ago; TH-08 has ECOG 2, recent paclitaxel and grade 3 immune pneumonitis. Left open by the text: whether 'failed' includes stopping for toxicity (TH-08), whether HER2 status is taken from the latest (TH-02 1+) or original (3+) sample, and the randomisation date (as_of used). 'Mixed' in the exclusion means non-adenocarcinoma components, not Lauren mixed type. Cut mid-word in the irAE exclusion ('within 14 days p').",
 [crit(it[0][1], "inclusion", "UUUUUUUU", CONSENT),
  crit(it[1][1], "inclusion", "MMMMMMMM", {"*": "age 34-74, within 18-75"}),
  crit(it[2][1], "inclusion", "MMMNMMNM", {"*": "advanced/metastatic gastric or GEJ adenocarcinoma", "TH-04": "oesophageal adenocarcinoma", "TH-06": "recurrent gastric adenocarcinoma", "TH-07": "resectable, not advanced", "TH-08": "recurrent gastric adenocarcinoma"}),
  crit(it[3][1], "inclusion", "NNNMNNNU", {"*": "no prior PD-(L)1 antibody", "TH-03": "untreated", "TH-04": "progressed on first-line nivolumab + FOLFOX", "TH-05": "untreated", "TH-06": "only perioperative FLOT, no PD-(L)1 antibody", "TH-07": "untreated", "TH-08": "first-line tislelizumab + CAPOX stopped for grade 3 pneumonitis, not progression - 'failed' undefined"}),
  crit(it[4][1], "inclusion", "MMNMMMMM", {"*": "measurable disease recorded", "TH-03": "non-measurable disease"}),
  crit(it[5][1], "inclusion", "MMMMMMMN", {"*": "ECOG 0-1", "TH-08": "ECOG 2"}),
  crit(it[6][1], "inclusion", "UUUUUUUU", LIFE),
  crit(it[7][1], "inclusion", "UUUUUUUU", LABS),
  crit(it[8][1], "inclusion", "UUUMUUUU", {"*": "male: partner status / contraception agreement not recorded", "TH-03": "woman of childbearing potential: contraception agreement not recorded", "TH-04": "does not apply: post-menopausal woman aged 67"}),
  crit(it[9][1], "exclusion", "MMMMMMMM", {"*": "pure adenocarcinoma recorded", "TH-06": "Lauren mixed type is still pure adenocarcinoma", "TH-08": "Lauren mixed type is still pure adenocarcinoma"}),
  crit(it[10][1], "exclusion", "NUMMNMNM", {"TH-01": "HER2 IHC 3+", "TH-02": "IHC 3+ in 2025 but 1+/ISH-negative on 2025-12 re-biopsy - which sample counts is not stated", "TH-03": "HER2 IHC 0", "TH-04": "IHC 2+ with ISH not amplified = HER2-negative", "TH-05": "IHC 2+ with ISH amplified = HER2-positive", "TH-06": "IHC 1+", "TH-07": "IHC 3+", "TH-08": "IHC 0"}),
  crit(it[11][1], "exclusion", "UUUUUUUU", OTHERCA),
  crit(it[12][1], "exclusion", "UUUUUUUU", {"*": "participation in other studies not recorded"}),
  crit(it[13][1], "exclusion", "MMMNMMMM", {"TH-01": "last therapy 2026-10-25 (37 days)", "TH-02": "last therapy 2026-10-30 (32 days)", "TH-03": "no prior therapy", "TH-04": "last therapy 2026-11-10 (21 days < 4 weeks)", "TH-05": "no prior therapy", "TH-06": "last therapy 2026-05-05", "TH-07": "no prior therapy", "TH-08": "last therapy 2026-10-20 (42 days)"}),
  crit(it[14][1], "exclusion", "MNMMMMMN", {"TH-01": "paclitaxel ended 2026-04-20 (>6 months)", "TH-02": "paclitaxel ended 2026-10-30 (<6 months)", "TH-03": "no taxane", "TH-04": "no taxane", "TH-05": "no taxane", "TH-06": "docetaxel (perioperative) ended 2026-05-05, just over 6 months", "TH-07": "no taxane", "TH-08": "paclitaxel ended 2026-10-20 (<6 months)"}),
  crit(it[15][1], "exclusion", "NNMMMMMM", {"*": "no anti-VEGF/VEGFR therapy", "TH-01": "prior ramucirumab", "TH-02": "prior ramucirumab"}),
  crit(it[16][1], "exclusion", "MMMMMMMM", {"*": "no immune therapy other than an anti-PD-1 antibody", "TH-04": "only nivolumab (anti-PD-1), which is allowed", "TH-08": "only tislelizumab (anti-PD-1), which is allowed"}),
  crit(it[17][1], "exclusion", "MMMUMUMN", {"*": "no prior immunotherapy and no immune-mediated condition recorded", "TH-04": "grade 2 immune colitis on nivolumab and autoimmune disease; recommendation on re-challenge / steroid need not recorded", "TH-06": "interstitial lung disease - need for systemic steroids not recorded", "TH-08": "grade 3 immune pneumonitis on tislelizumab led to stopping - re-introduction not recommended"})])

# ---------------- NCT05008783 ----------------
it = items("NCT05008783")
add("NCT05008783",
 "Akeso phase 3 (COMPASSION-15 design) of cadonilimab (AK104) + XELOX vs placebo + XELOX FIRST-LINE for unresectable/metastatic gastric/GEJ adenocarcinoma; copies disagree on status (Recruiting / Active, not recruiting / COMPLETED - newest copy used). Only inclusion 1-6 were shown; the exclusion list is cut at its lead-in, so HER2, CNS and autoimmune exclusions are not visible and are NOT applied. The lead-in sentences are not criteria. The 6-month rule for (neo)adjuvant therapy decides TH-06 (recurrence 146 days after perioperative FLOT) as not eligible, and TH-08's adjuvant S-1 (>6 months) would be acceptable but he has palliative lines. TH-05 (untreated HER2-positive GEJ) meets every visible criterion except consent.",
 [crit(it[1][1], "inclusion", "UUUUUUUU", CONSENT),
  crit(it[2][1], "inclusion", "MMMMMMMM", {"*": "age within 18-75"}),
  crit(it[3][1], "inclusion", "MMMNMMMM", {"*": "gastric or GEJ adenocarcinoma", "TH-04": "oesophageal adenocarcinoma"}),
  crit(it[4][1], "inclusion", "MMMNMMNM", {"*": "metastatic/recurrent, unresectable", "TH-04": "oesophageal primary", "TH-07": "resectable disease"}),
  crit(it[5][1], "inclusion", "NNMNMNMN", {"TH-01": "three prior palliative lines", "TH-02": "two prior palliative lines", "TH-03": "no prior systemic therapy", "TH-04": "prior nivolumab-FOLFOX", "TH-05": "no prior systemic therapy", "TH-06": "perioperative FLOT ended 2026-05-05, recurrence 2026-09-28 (146 days < 6 months)", "TH-07": "no prior systemic therapy", "TH-08": "prior tislelizumab-CAPOX and paclitaxel for recurrent disease"}),
  crit(it[6][1], "inclusion", "MMNMMMMM", {"*": "measurable disease recorded", "TH-03": "non-measurable disease"})])

# ---------------- NCT06177041 ----------------
it = items("NCT06177041")
add("NCT06177041",
 "FutureGen (Beijing) phase 3 of M108 (FG-M108, anti-CLDN18.2) + CAPOX vs placebo + CAPOX FIRST-LINE for CLDN18.2-positive, HER2-negative, PD-L1 CPS<5 gastric/GEJ adenocarcinoma; recruiting (Beijing Cancer Hospital). The text does not define the CLDN18.2 positivity cut-off (TH-05 has 40%, below the 75% zolbetuximab threshold) and writes 'CDLN 18.2'. TH-03 is the biomarker match (HER2 0, CPS 1, CLDN18.2 85%, untreated) but has only non-measurable peritoneal disease. The (neo)adjuvant 6-month rule excludes TH-06. Cut mid-word in item 10 ('shou'); no exclusions shown.",
 [crit(it[0][1], "inclusion", "UUUUUUUU", CONSENT),
  crit(it[1][1], "inclusion", "NNMNMNNN", {"TH-01": "previously treated (three lines)", "TH-02": "previously treated (two lines)", "TH-03": "untreated metastatic gastric adenocarcinoma", "TH-04": "oesophageal primary, previously treated", "TH-05": "untreated metastatic GEJ adenocarcinoma", "TH-06": "perioperative therapy ended 2026-05-05, recurrence 2026-09-28 (<6 months)", "TH-07": "resectable, not advanced", "TH-08": "previously treated for recurrent disease"}),
  crit(it[2][1], "inclusion", "MMNMMMMM", {"*": "measurable disease recorded", "TH-03": "non-measurable disease"}),
  crit(it[3][1], "inclusion", "UUMUUMUU", {"*": "CLDN18.2 not tested", "TH-03": "CLDN18.2 85% (2+/3+)", "TH-05": "CLDN18.2 40%; trial cut-off not stated", "TH-06": "CLDN18.2 80% (2+/3+)"}),
  crit(it[4][1], "inclusion", "NUMNNNNN", {"TH-01": "HER2 IHC 3+", "TH-02": "CPS 2 but HER2 3+ originally / 1+ on re-biopsy", "TH-03": "HER2 0 and CPS 1", "TH-04": "CPS 12 (>=5)", "TH-05": "HER2-positive and CPS 8", "TH-06": "CPS 15 (>=5)", "TH-07": "HER2 IHC 3+", "TH-08": "CPS 25 (>=5)"}),
  crit(it[5][1], "inclusion", "MMMMMMMN", {"*": "ECOG 0-1", "TH-08": "ECOG 2"}),
  crit(it[6][1], "inclusion", "UUUUUUUU", LIFE),
  crit(it[7][1], "inclusion", "MMMMMMMM", {"*": "age within 18-75"}),
  crit(it[8][1], "inclusion", "UUUUUUUU", LABS),
  crit(it[9][1], "inclusion", "UUUMUUUU", {"*": "contraception agreement not recorded (item cut on page)", "TH-04": "does not apply: post-menopausal woman aged 67"})])

# ---------------- NCT06822998 ----------------
it = items("NCT06822998")
add("NCT06822998",
 "HighField Biopharmaceuticals early phase 1 single-centre dose escalation of HF50 in HER2-positive or HER2-LOW advanced solid tumours (basket); not yet recruiting. No site/country shown. The key inclusion is ambiguous: it reads as 'unresectable, metastatic, or relapsed after standard therapies, intolerant to standard therapies, or lacking effective options', so it is unclear whether untreated metastatic disease qualifies (TH-05 judged unknown). HER2-low (IHC 1+ or 2+/ISH-negative) counts, so TH-04, TH-06 and TH-02 (re-biopsy 1+) qualify on HER2; IHC 0 does not. Cut inside the organ-function bullet ('mL/m'); exclusions not shown, so brain metastases (TH-04) are not assessed.",
 [crit(it[0][1], "inclusion", "UUUUUUUU", CONSENT),
  crit(it[1][1], "inclusion", "MMMMMMMM", {"*": "age within 18-75"}),
  crit(it[2][1], "inclusion", "MMNMUMNN", {"TH-01": "HER2 3+ metastatic, progressed on three lines", "TH-02": "HER2-positive originally, HER2-low on re-biopsy; metastatic after two lines", "TH-03": "HER2 IHC 0 - neither positive nor low", "TH-04": "HER2-low (2+/ISH-), metastatic, progressed on first-line standard", "TH-05": "HER2-positive metastatic but untreated; unclear whether prior standard therapy is required", "TH-06": "HER2-low (1+), relapsed after standard perioperative therapy", "TH-07": "resectable, not advanced", "TH-08": "HER2 IHC 0"}),
  crit(it[3][1], "inclusion", "MMMMMMMN", {"*": "ECOG 0-1", "TH-08": "ECOG 2"}),
  crit(it[4][1], "inclusion", "UUUUUUUU", LIFE),
  crit(it[5][1], "inclusion", "MMNMMMMM", {"*": "measurable disease recorded", "TH-03": "non-measurable disease"}),
  crit(it[6][1], "inclusion", "UUUUUUUU", LABS)])

# ---------------- NCT03916094 ----------------
t = elig("NCT03916094")
HER2BLOCK = "HER2-positive tumours that are confirmed by immunohistochemistry (IHC) and:\n\n1. HER2 mutation of at least 3+ (+++) or\n\n2. HER2 mutation of at least 2+ (++) and fluorescence in situ hybridization (FISH) test\npositive."
WASH = t.split("\n\n")[2]
add("NCT03916094",
 "Shanghai Henlius single-centre phase 1 dose escalation of HLX22 (anti-HER2 mAb) in HER2-overexpressing advanced solid tumours after failure of standard care (basket); 'Active, not recruiting' with end date 2021-12-01, so probably closed in practice. The criteria are unbulleted paragraphs; one paragraph holds both the ECOG item and the disease item and was split. The HER2 definition says 'HER2 mutation of at least 3+' (means IHC score) and 'FISH'; TH-05's ISH ratio 2.6 is taken as FISH-positive. The washout item also covers surgery and radiotherapy, which the case format does not record, so it is unknown unless a recorded drug breaks it (TH-04: chemotherapy 21 days and nivolumab <42 days). TH-02's HER2 status at entry (3+ then 1+) is undecided. Text cut at 'Life expectancy >' (not scored); exclusions not shown.",
 [crit(t.split("\n\n")[1], "inclusion", "MMUMMMMM", {"*": "does not apply: male (clause for patients of child-bearing potential)", "TH-03": "woman aged 34 of child-bearing potential; agreement not recorded", "TH-04": "does not apply: post-menopausal woman aged 67"}),
  crit(WASH, "inclusion", "UUUNUUUU", {"TH-01": "cytotoxic 37 days ago (>=28) but surgery/radiotherapy dates not recorded", "TH-02": "cytotoxic 32 days ago (>=28) but surgery/radiotherapy dates not recorded", "TH-03": "no prior systemic therapy; surgery/radiotherapy not recorded", "TH-04": "FOLFOX 21 days and nivolumab 21 days before as_of (<28 and <42 days)", "TH-05": "no prior systemic therapy; surgery/radiotherapy not recorded", "TH-06": "chemotherapy 2026-05-05; surgery date not recorded", "TH-07": "no prior therapy; surgery/radiotherapy not recorded", "TH-08": "paclitaxel 42 days, tislelizumab >1 year ago; surgery/radiotherapy not recorded"}),
  crit("At least one bi-dimensionally measurable lesion to be used as the basis for evaluation.", "inclusion", "MMNMMMMM", {"*": "measurable disease recorded", "TH-03": "non-measurable disease"}),
  crit("ECOG performance status of ≤ 1 at study entry.", "inclusion", "MMMMMMMN", {"*": "ECOG 0-1", "TH-08": "ECOG 2"}),
  crit("Patients with histologically-proven\nHER2-positive advanced or metastatic solid tumours who are either non-responsive or\nintolerant to standard therapies.", "inclusion", "MUNNNNNN", {"TH-01": "HER2 3+ metastatic, refractory to three lines", "TH-02": "refractory to two lines but HER2 3+ originally / 1+ on re-biopsy", "TH-03": "HER2 0", "TH-04": "HER2-low, not HER2-positive", "TH-05": "HER2-positive but untreated - not yet non-responsive/intolerant to standard therapy", "TH-06": "HER2 1+", "TH-07": "resectable, untreated", "TH-08": "HER2 0"}),
  crit(HER2BLOCK, "inclusion", "MUNNMNMN", {"TH-01": "IHC 3+", "TH-02": "IHC 3+ in 2025 but 1+ on re-biopsy", "TH-03": "IHC 0", "TH-04": "IHC 2+ but ISH not amplified", "TH-05": "IHC 2+ and ISH amplified (ratio 2.6)", "TH-06": "IHC 1+", "TH-07": "IHC 3+", "TH-08": "IHC 0"}),
  crit("Adequate haematologic functions Adequate hepatic functions Adequate renal functions\nAdequate cardiac functions", "inclusion", "UUUUUUUN", {"*": "no laboratory values in the case record", "TH-02": "heart failure with LVEF 55%; labs not recorded", "TH-08": "heart failure with LVEF 40% - cardiac function not adequate"}),
  crit("For patients with hepatocellular carcinoma, Child-Pugh score has\nto be A.", "inclusion", "MMMMMMMM", {"*": "does not apply: not hepatocellular carcinoma", "TH-01": "does not apply: gastric cancer (hepatitis B carrier, no HCC)"}),
  crit("Able to receive treatment and examinations as required by the study protocol.", "inclusion", "UUUUUUUU", CONSENT)])

# ---------------- NCT06203600 ----------------
it = items("NCT06203600")
BRAIN = "Participants with treated brain metastases must have no evidence of progression on the follow-up brain imaging after CNS-directed therapy. All treatment for brain metastases must have been completed at least 28 days prior to registration."
add("NCT06203600",
 "SWOG S2303 / PARAMUNE (NCI), randomised phase 2/3 of second-line nivolumab + paclitaxel + ramucirumab vs paclitaxel + ramucirumab in PD-L1 CPS>=1, MSS, HER2-negative gastric, GEJ or OESOPHAGEAL adenocarcinoma; recruiting. Eligibility is from SWOG's page (CT.gov copies were cut after 2-3 bullets) and stops inside 5.2.a ('(SOC) c'), so the remainder of the prior-therapy rule (presumably chemotherapy plus anti-PD-1) is not visible and only the shown words are applied. pMMR by IHC is accepted as MSS. Imaging dates are not in the case format, so item d is unknown for all advanced cases. Headings 5.1/5.2 are not criteria. TH-04 (oesophageal, HER2-low, CPS 12, MSS, after nivolumab-FOLFOX, treated-status of brain metastases unknown) is the intended match.",
 [crit(it[1][1], "inclusion", "MMMMMMNM", {"*": "advanced/metastatic adenocarcinoma of stomach, GEJ or oesophagus", "TH-06": "recurrent gastric adenocarcinoma", "TH-07": "resectable disease", "TH-08": "recurrent gastric adenocarcinoma"}),
  crit(it[2][1], "inclusion", "MMMMMMMM", {"TH-01": "CPS 3 (2025-01-22)", "TH-02": "CPS 2 (2025-03-10)", "TH-03": "CPS 1 (2026-09-25)", "TH-04": "CPS 12 (2025-06-18)", "TH-05": "CPS 8 (2026-10-12)", "TH-06": "CPS 15 (2026-10-08)", "TH-07": "CPS 6 (2026-11-14)", "TH-08": "CPS 25 (2025-04-28)"}),
  crit(it[3][1], "inclusion", "NUMMNMNN", {"TH-01": "HER2 IHC 3+", "TH-02": "pMMR, but HER2 3+ originally and 1+/ISH- on re-biopsy", "TH-03": "HER2 0, pMMR (MSS surrogate)", "TH-04": "MSS, HER2 2+/ISH not amplified", "TH-05": "HER2 IHC 2+/ISH amplified", "TH-06": "MSS, HER2 1+", "TH-07": "HER2 IHC 3+", "TH-08": "MSI-high / dMMR"}),
  crit(it[4][1], "inclusion", "UUUUUUNU", {"*": "metastatic disease, but imaging dates relative to registration not recorded", "TH-07": "resectable - no unresectable/metastatic disease"}),
  crit(BRAIN, "inclusion", "MMMUMMMM", {"*": "does not apply: no brain metastases recorded", "TH-04": "brain metastases recorded; treatment and follow-up imaging dates not recorded"}),
  crit(it[6][1], "inclusion", "MMNMNMNM", {"TH-01": "progressed on first-line trastuzumab-XELOX", "TH-02": "progressed on first-line trastuzumab-cisplatin-capecitabine", "TH-03": "untreated", "TH-04": "progressed on first-line nivolumab + FOLFOX", "TH-05": "untreated", "TH-06": "recurred within 6 months of perioperative FLOT (counts as first-line failure)", "TH-07": "untreated, resectable", "TH-08": "intolerance (grade 3 pneumonitis) to first-line tislelizumab + CAPOX"})])

# ---------------- NCT01364493 ----------------
t = elig("NCT01364493")
add("NCT01364493",
 "Record known only from Ignite's eligibility module: a first-line HER2-positive gastric/GEJ trial (trastuzumab not allowed beforehand) with central IHC + Dual SISH testing and ECOG 0-2; title, sponsor, status and intervention were not shown. Oddities: exclusion 2 is written as a double negative ('No prior use of EGFR-targeting drugs' as an exclusion) and is judged by its evident intent (prior trastuzumab/lapatinib excludes); exclusion 1 bars (neo)adjuvant oxaliplatin outright, which excludes TH-06 even apart from timing; trastuzumab is called an EGFR-targeting drug. Central HER2 confirmation is pending for every locally positive case, so TH-05 stays possibly eligible. Cut mid-word in exclusion 4 ('gastrointestinal b').",
 [crit(t[t.index("Histologically"):t.index(" 2. Measurable")], "inclusion", "MMMNMMNM", {"*": "advanced/metastatic gastric or GEJ adenocarcinoma", "TH-04": "oesophageal adenocarcinoma", "TH-06": "recurrent gastric adenocarcinoma", "TH-07": "resectable - curative therapy possible", "TH-08": "recurrent gastric adenocarcinoma"}),
  crit(t[t.index("Measurable disease"):t.index(" 3. HER2")], "inclusion", "MMNMMMMM", {"*": "measurable disease recorded", "TH-03": "non-measurable disease"}),
  crit(t[t.index("HER2 positive tumour"):t.index(" 4. ECOG")], "inclusion", "UUNNUNUN", {"TH-01": "local IHC 3+; central IHC/SISH not done", "TH-02": "local 3+ originally, 1+ on re-biopsy; central not done", "TH-03": "local IHC 0", "TH-04": "local IHC 2+, ISH not amplified", "TH-05": "local IHC 2+/ISH amplified; central not done", "TH-06": "local IHC 1+", "TH-07": "local IHC 3+; central not done", "TH-08": "local IHC 0"}),
  crit("ECOG Performance status 0, 1 or 2.", "inclusion", "MMMMMMMM", {"*": "ECOG 0-2"}),
  crit("Life expectancy of at least 3 months.", "inclusion", "UUUUUUUU", LIFE),
  crit("Male or female. Age ≥ 18 years.", "inclusion", "MMMMMMMM", {"*": "adult"}),
  crit("Signed informed consent.", "inclusion", "UUUUUUUU", CONSENT),
  crit(t[t.index("Previous chemotherapy"):t.index(" 2. No prior")], "exclusion", "NNMNMNMN", {"TH-01": "prior chemotherapy for metastatic disease", "TH-02": "prior chemotherapy for metastatic disease", "TH-03": "no prior chemotherapy", "TH-04": "prior chemotherapy for metastatic disease", "TH-05": "no prior chemotherapy", "TH-06": "perioperative FLOT contained oxaliplatin (not allowed) and recurrence came within 6 months", "TH-07": "no prior chemotherapy", "TH-08": "prior chemotherapy for recurrent disease"}),
  crit("No prior use of EGFR-targeting drugs,such as Trastuzumab,lapatinib or other TKIs.", "exclusion", "NNMMMMMM", {"*": "no prior trastuzumab, lapatinib or other HER/EGFR-targeted drug (wording is a double negative; judged by intent)", "TH-01": "prior trastuzumab", "TH-02": "prior trastuzumab"}),
  crit(t[t.index("Lack of physical"):t.index(" 4. Patients")], "exclusion", "UUUUUUUU", {"*": "GI tract integrity / jejunostomy / malabsorption not recorded"}),
  crit("Patients with active (significant or uncontrolled) gastrointestinal b", "exclusion", "UUUUUUUU", GIBLEED)])

# ---------------- NCT04089657 ----------------
it = items("NCT04089657")
add("NCT04089657",
 "Record known only from Ignite's eligibility module: a third-line-or-later study in anti-PD-1-naive gastric/GEJ adenocarcinoma that requires swallowing apatinib (presumably an anti-PD-1 antibody + apatinib; title, sponsor, phase and status not shown). Failure explicitly includes significant toxicity, and at least one prior regimen must be irinotecan- or CISPLATIN-based - so TH-01 (irinotecan) and TH-02 (cisplatin) qualify while oxaliplatin-only histories do not. Surgery dates and swallowing are not captured by the case format. Cut in exclusion 2 ('within the last 5').",
 [crit(it[0][1], "inclusion", "MMMMMMMM", {"*": "age within 20-75"}),
  crit(it[1][1], "inclusion", "MMMNMMNM", {"*": "advanced/metastatic gastric or GEJ adenocarcinoma", "TH-04": "oesophageal adenocarcinoma", "TH-06": "recurrent gastric adenocarcinoma", "TH-07": "resectable", "TH-08": "recurrent gastric adenocarcinoma"}),
  crit(it[2][1], "inclusion", "UUUUUUUU", LIFE),
  crit(it[3][1], "inclusion", "MMMMMMMN", {"*": "ECOG 0-1", "TH-08": "ECOG 2"}),
  crit(it[4][1], "inclusion", "MMNNNNNM", {"TH-01": "three lines failed", "TH-02": "two lines failed", "TH-03": "untreated", "TH-04": "one line", "TH-05": "untreated", "TH-06": "one line (perioperative with early recurrence)", "TH-07": "untreated", "TH-08": "two lines failed (toxicity then progression; toxicity counts per the failure definition)"}),
  crit(it[5][1], "inclusion", "MMMMMMMM", {"TH-01": "37 days since chemotherapy", "TH-02": "32 days", "TH-03": "no prior chemotherapy", "TH-04": "21 days = 3 weeks as of 2026-12-01", "TH-05": "no prior chemotherapy", "TH-06": "7 months", "TH-07": "no prior chemotherapy", "TH-08": "42 days"}),
  crit(it[6][1], "inclusion", "UUMUMMMU", {"TH-01": "grade 2 diarrhoea at end of irinotecan; resolution not recorded", "TH-02": "grade 2 neuropathy at end of paclitaxel; resolution not recorded", "TH-03": "no prior therapy", "TH-04": "grade 2 colitis; resolution not recorded", "TH-05": "no prior therapy", "TH-06": "no toxicity recorded for perioperative FLOT", "TH-07": "no prior therapy", "TH-08": "grade 3 pneumonitis recorded as ongoing condition"}),
  crit(it[7][1], "inclusion", "MMNNNNNN", {"TH-01": "progressed on irinotecan", "TH-02": "progressed on cisplatin-capecitabine-trastuzumab", "TH-03": "no prior chemotherapy", "TH-04": "oxaliplatin-based only", "TH-05": "no prior chemotherapy", "TH-06": "perioperative docetaxel-oxaliplatin-fluorouracil only, not palliative and not irinotecan/cisplatin", "TH-07": "no prior chemotherapy", "TH-08": "oxaliplatin-based and paclitaxel only"}),
  crit(it[8][1], "inclusion", "MMNMMMMM", {"*": "measurable disease recorded", "TH-03": "non-measurable disease"}),
  crit(it[9][1], "inclusion", "UUUUUUUU", LABS),
  crit(it[10][1], "inclusion", "UUUUUUUU", {"*": "surgical history/dates not captured in the case record"}),
  crit(it[11][1], "inclusion", "UUUUUUUU", {"*": "ability to swallow tablets not recorded"}),
  crit(it[12][1], "exclusion", "MMMNMMMN", {"*": "no prior PD-1/PD-L1/CTLA-4 therapy", "TH-04": "prior nivolumab", "TH-08": "prior tislelizumab"}),
  crit("Other co-existing malignancies or malignancies diagnosed within the last 5", "exclusion", "UUUUUUUU", OTHERCA)])

# ---------------- NCT04139135 ----------------
it = items("NCT04139135")
add("NCT04139135",
 "Record known only from Ignite's eligibility module: a neoadjuvant/perioperative study in UNTREATED resectable gastric cancer (IRRC-confirmed >=T3, N+, M0) selected for PD-L1 CPS>=5, age 18-70 (drug, title, sponsor, status not shown). It must not match advanced disease: every metastatic, recurrent or pretreated case fails. TH-07 (CPS 6, resectable, untreated, age 66) is possibly eligible; clinical T/N stage is not in the case. Unusual text: 'Expected survival 12 weeks;' has no comparator; 'gastric cancers, mainly adenocarcinoma' leaves GEJ undecided (TH-05). Cut in exclusion 3 ('arrhythmias o').",
 [crit(it[0][1], "inclusion", "UUUUUUUU", CONSENT),
  crit(it[1][1], "inclusion", "MNMMMMMN", {"*": "age within 18-70", "TH-02": "age 71", "TH-08": "age 74"}),
  crit(it[2][1], "inclusion", "NNMNUNMN", {"*": "previously treated", "TH-03": "untreated gastric adenocarcinoma", "TH-04": "oesophageal primary, previously treated", "TH-05": "untreated GEJ adenocarcinoma - whether GEJ counts as gastric not stated", "TH-07": "untreated gastric adenocarcinoma"}),
  crit(it[3][1], "inclusion", "NNNNNNUN", {"*": "distant metastases present", "TH-06": "recurrent disease after gastrectomy", "TH-07": "resectable; T/N stage and IRRC review not recorded", "TH-08": "recurrent disease"}),
  crit(it[4][1], "inclusion", "NNNNNNMN", {"*": "metastatic/recurrent - not R0-resectable", "TH-07": "setting recorded as resectable"}),
  crit(it[5][1], "inclusion", "NNNNNNMN", {"*": "metastatic/recurrent - radical resection not possible", "TH-02": "metastatic, and heart failure", "TH-07": "resectable, LVEF 64%", "TH-08": "recurrent, heart failure with LVEF 40%"}),
  crit(it[6][1], "inclusion", "NNNMMMMM", {"TH-01": "CPS 3", "TH-02": "CPS 2", "TH-03": "CPS 1", "TH-04": "CPS 12", "TH-05": "CPS 8", "TH-06": "CPS 15", "TH-07": "CPS 6", "TH-08": "CPS 25"}),
  crit(it[7][1], "inclusion", "MMMMMMMN", {"*": "ECOG 0-1", "TH-08": "ECOG 2"}),
  crit(it[8][1], "inclusion", "UUUUUUUU", LIFE),
  crit(it[9][1], "inclusion", "UUUUUUUN", {"*": "no laboratory values in the case record", "TH-08": "heart failure with LVEF 40%"}),
  crit(it[10][1], "exclusion", "UUUUUUUU", OTHERCA),
  crit(it[11][1], "exclusion", "MMMMMMMM", {"*": "no organ_transplant recorded in conditions"}),
  crit(it[12][1], "exclusion", "UUUUUUUU", {"*": "myocardial infarction / arrhythmia history not recorded", "TH-02": "heart failure recorded; MI/arrhythmia not recorded", "TH-08": "heart failure recorded; MI/arrhythmia not recorded"})])

# ---------------- write ----------------
def verdict(crits, c):
    js = [k["judgements"][c] for k in crits]
    if "not_met" in js: return "ineligible"
    if all(j == "met" for j in js): return "eligible"
    return "possibly_eligible"

class D(yaml.SafeDumper): pass
def sp(dumper, s):
    style = '|' if "\n" in s else None
    return dumper.represent_scalar('tag:yaml.org,2002:str', s, style=style)
D.add_representer(str, sp)

total = 0
matrix = {}
for nct, (note, crits) in TRIALS.items():
    v = {c: verdict(crits, c) for c in CASES}
    matrix[nct] = v
    doc = {"nct_id": nct, "reviewer_note": note, "verdicts": v, "criteria": crits}
    with open(f"/work/th/heldout6/TH/{nct}.yaml", "w") as f:
        yaml.dump(doc, f, Dumper=D, sort_keys=False, allow_unicode=True, width=10000)
    total += len(crits) * 8
json.dump(matrix, open("/work/th/heldout6/build/matrix.json", "w"), indent=1)
print("criteria judgements:", total)
for n, v in matrix.items(): print(n, " ".join(x[:4] for x in v.values()))
