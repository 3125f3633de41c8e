from common import *
ASSIGN = {"UZ-01": "2L", "UZ-02": "mono", "UZ-03": "1L", "UZ-04": "mono", "UZ-05": "2L", "UZ-06": "mono", "UZ-07": "2L", "UZ-08": "1L"}
NAME = {"mono": "monotherapy gastric/GEJ cohort", "1L": "first-line pembrolizumab + mFOLFOX6 cohort",
        "2L": "second-line ramucirumab + paclitaxel cohort"}

def coh(cohorts, fn):
    cohorts = cohorts.split(",")
    def g(cid, f):
        a = ASSIGN[cid]
        if a not in cohorts:
            return M, f"does not apply — patient is assessed for the {NAME[a]}"
        return fn(cid, f)
    return g
def jpkr(cid, f):
    return M, f"does not apply — Japan & Korea pembrolizumab + CAPOX first-line cohort; patient is assessed for the {NAME[ASSIGN[cid]]}"
def combo_fn(fn): return coh("1L,2L", fn)

def not_wocbp(cid, f):
    if f["sex"] == "male": return M, "does not apply (male patient)"
    if f["age"] >= 55: return M, f"woman aged {f['age']} (≥55): not of child-bearing potential (C2)"
    return M, f"woman aged {f['age']}: alternative to the next item — if of child-bearing potential, the contraception agreement (C1) satisfies the heading"
def wocbp(cid, f):
    if f["sex"] == "male": return M, "does not apply (male patient)"
    if f["age"] >= 55: return M, "does not apply — not of child-bearing potential (C2, age ≥55)"
    return M, "C1: contraception agreement"
def cldn(cid, f):
    v = f["cldn"]
    if v is None: return U, "CLDN18.2 not tested"
    if v >= 75: return M, f"CLDN18.2 {v}% of tumour cells 2+/3+ locally — positive at any cut-off; central confirmation is a study procedure"
    if v < 10: return U, f"CLDN18.2 {v}% locally — below cut-offs used for other CLDN18.2 agents, but the record states no cut-off; central test needed"
    return U, f"CLDN18.2 {v}% locally — positivity cut-off not stated in the record; central test needed"
def adv(cid, f): return M, f"setting {f['setting']}"
def gastric_hist(cid, f):
    if f["site"] == "esophagus": return N, "oesophageal adenocarcinoma, not gastric/GEJ"
    return M, f"{'GEJ' if f['site']=='gej' else 'gastric'} adenocarcinoma, setting {f['setting']}"
def expansion(cid, f):
    r = {"UZ-02": "2 prior chemotherapy lines (nivolumab + SOX; ramucirumab + paclitaxel)",
         "UZ-04": "2 prior chemotherapy-containing lines (trastuzumab + CAPOX; T-DXd)",
         "UZ-06": "3 prior chemotherapy-containing lines (SOX, paclitaxel, disitamab vedotin; apatinib is not chemotherapy)"}[cid]
    return M, r + " — no more than 3"
def her2neg(cid, f):
    if cid == "UZ-03": return U, "HER2 IHC 2+ with ISH not done — HER2 status unresolved"
    return N, "HER2 IHC 3+ with ISH amplified — HER2-positive"
def oneline(cid, f):
    return M, {"UZ-01": "progressed after first-line trastuzumab + CAPOX (platinum + fluoropyrimidine)",
               "UZ-05": "recurrence 2026-10-20, 112 days (<4 months) after last perioperative FLOT dose 2026-06-30",
               "UZ-07": "progressed after first-line trastuzumab + pembrolizumab + CAPOX"}[cid]
def recent_tx(cid, f):
    if f["last_end"] is None: return M, "no prior anticancer therapy"
    return M, f"last anticancer therapy ended {f['last_end']} ({days_since(f['last_end'])} days before 2026-12-01, >21 days)"
def drug_hyp(cid, f):
    return M, "no hypersensitivity or contraindication to the study drugs recorded in the treatment history"
def ab_intol(cid, f):
    if cid == "UZ-04": return U, "T-DXd (antibody–drug conjugate) stopped for ILD; whether this counts as intolerance to an antibody is unclear"
    if cid == "UZ-07": return U, "grade 2 pneumonitis on a pembrolizumab-containing line; may count as intolerance to an antibody"
    return M, "no allergic reaction or intolerance to antibodies recorded"
def cns(cid, f):
    if "brain_metastases" in f["cond"]: return U, "brain metastases listed; symptoms, treatment and stability not recorded"
    return M, "no brain metastases recorded"
def hiv_mono(cid, f):
    if "hiv" in f["cond"]: return U, "HIV listed; CD4 count and AIDS-defining infections not recorded"
    return M, "no HIV recorded"
def hep(cid, f):
    if "hepatitis_b" in f["cond"]: return U, "hepatitis B listed; HBsAg/HBV DNA status not recorded"
    if "hepatitis_c" in f["cond"]: return U, "hepatitis C listed; HCV RNA status not recorded"
    return M, "no hepatitis B or C recorded"
def hbc(cid, f):
    if "hepatitis_b" in f["cond"]: return U, "hepatitis B listed; HBV DNA not recorded"
    return M, "no hepatitis B recorded"
def hcv_perm(cid, f):
    if "hepatitis_c" in f["cond"]: return M, "permissive clause (cannot exclude); applies if HCV RNA is negative — see the active-hepatitis item"
    return M, "permissive clause (cannot exclude); no hepatitis C recorded"
def card6(cid, f):
    if "heart_failure" in f["cond"]: return U, "heart failure listed; hospitalisation in the past 6 months not recorded"
    return U, "no heart failure listed; angina, MI and ventricular arrhythmia history not recorded"
def autoimm(cid, f):
    if "autoimmune_disease" in f["cond"]: return U, "autoimmune disease listed; systemic immunosuppression in the past month not recorded"
    return M, "no autoimmune disease recorded"
def comorb(cid, f):
    if cid == "UZ-08": return N, "heart failure with LVEF 35% and ECOG 3 — unsafe for a T-cell engager"
    return U, "investigator judgement; not decidable from the case"
def ild(cid, f):
    if "interstitial_lung_disease" in f["cond"]: return N, "ILD listed (grade 1 ILD on T-DXd)"
    if "pneumonitis" in f["cond"]: return U, "immune-related pneumonitis listed; whether counted as ILD is unclear"
    return M, "no ILD recorded"
def cn_head(cid, f):
    if f["region"] == "CN": return M, "heading only (China-specific); the requirement is the item under it"
    return M, "does not apply — China-specific clause; patient not in China (C7)"
def herbal(cid, f):
    if f["region"] == "CN": return U, "herbal medicines not recorded"
    return M, "does not apply — China-specific clause; patient not in China (C7)"
def dpd(cid, f):
    if ASSIGN[cid] == "2L": return M, "does not apply — ramucirumab + paclitaxel contain no fluorouracil"
    return U, "DPD status not recorded (C3)"
def hiv_ct(cid, f):
    if "hiv" in f["cond"]: return N, "HIV listed — excluded from combination cohorts regardless of CD4 count"
    return M, "no HIV recorded"

R = {
 0: allc(M, "adult"),
 1: lambda cid, f: preg(cid, f, "pregnancy status"),
 2: not_wocbp, 3: wocbp,
 4: female_c1("agreement not to breast-feed"), 5: female_c1("ova donation"),
 6: male_only("contraception"), 7: male_only("sperm donation"), 8: male_only("abstinence/condom"),
 9: cldn, 10: adv, 11: allc(M, "measurable disease recorded"),
 12: unk("QTcF not recorded (C3)"), 13: c1("no other interventional study"),
 14: ecog_le1, 15: unk("life expectancy not recorded (C2)"), 16: unk("laboratory values not recorded (C3)"),
 17: coh("mono", heading("monotherapy gastric/GEJ")),
 18: coh("mono", gastric_hist),
 19: coh("mono", allc(M, "does not apply — patient fits the expansion criterion (≤3 prior lines); escalation route not needed")),
 20: na("South Korea-specific clause (C7)"),
 21: coh("mono", expansion),
 22: coh("mono", allc(M, "does not apply — EU-specific clause; patient not treated in the EU (C7)")),
 **{i: na("pancreatic cancer cohort") for i in range(23, 30)},
 30: combo_fn(heading("combination therapy")),
 31: combo_fn(c1("timing of laboratory tests after transfusion")),
 32: coh("1L", heading("first-line pembrolizumab + mFOLFOX6")),
 33: coh("1L", gastric_hist), 34: coh("1L", gastric_hist),
 35: coh("1L", allc(M, "no prior chemotherapy or checkpoint inhibitor for advanced disease")),
 36: coh("1L", her2neg),
 37: coh("1L", c1("contraception")),
 38: na("South Korea-specific clause (C7)"),
 39: na("EU-specific heading; patient is not in the EU (C7)"),
 40: na("EU-specific clause for the first-line cohort; patient is not in the EU (C7)"),
 41: coh("2L", heading("second-line ramucirumab + paclitaxel")),
 42: coh("2L", gastric_hist), 43: coh("2L", gastric_hist),
 44: coh("2L", oneline),
 **{i: na("pancreatic cancer cohort") for i in range(45, 51)},
 **{i: jpkr for i in range(51, 60)},
 60: recent_tx,
 61: comorb,
 62: drug_hyp,
 63: ab_intol,
 64: unk("body weight not recorded"),
 65: unk("systemic corticosteroid/immunosuppressant use not recorded"),
 66: unk("gastric outlet status not recorded (C4)"),
 67: unk("gastric bleeding/ulcer status not recorded (C4)"),
 68: cns, 69: hiv_mono, 70: hep, 71: hbc, 72: hcv_perm, 73: hcv_perm,
 74: card6,
 75: unk("current infection not recorded"),
 76: autoimm, 77: comorb,
 78: unk("psychiatric/social history not recorded (C4)"),
 79: unk("surgery dates are not case fields (C4)"),
 80: unk("radiotherapy dates are not case fields (C4)"),
 81: unk("other malignancies not recorded (C4)"),
 82: allc(M, "no zolbetuximab or CLDN18.2 CAR-T recorded"),
 83: ild,
 84: cn_head, 85: herbal,
 86: combo_fn(heading("combination therapy exclusions")),
 87: combo_fn(drug_hyp),
 88: combo_fn(dpd),
 89: combo_fn(unk("systemic corticosteroid/immunosuppressant use not recorded")),
 90: combo_fn(hiv_ct), 91: combo_fn(hiv_ct),
 92: combo_fn(c1("HIV screening per local rules")),
 93: combo_fn(unk("blood-pressure history not recorded")),
 94: combo_fn(unk("ascites drainage not recorded (C4)")),
 95: coh("1L", heading("first-line pembrolizumab + mFOLFOX6 exclusions")),
 96: coh("1L", allc(M, "no pneumonitis or ILD recorded")),
 97: coh("1L", unk("vaccinations not recorded")),
 98: coh("1L", unk("no immunodeficiency or autoimmune disease recorded; systemic steroid use within 7 days not recorded")),
 99: coh("2L", heading("second-line ramucirumab + paclitaxel exclusions")),
 100: coh("2L", unk("cerebrovascular history not recorded")),
 101: coh("2L", unk("vascular disease history not recorded")),
 102: coh("2L", unk("bleeding diathesis/coagulopathy not recorded")),
 103: coh("2L", unk("anticoagulant use not recorded")),
 104: coh("2L", unk("restates the 28-day anticoagulant rule; anticoagulant use not recorded")),
 **{i: jpkr for i in range(105, 120)},
}
CHECK = {9: "Participant's tumor sample", 17: "Monotherapy Disease specific Criteria: Gastric", 36: "Participant has a human epidermal",
         44: "Participant with gastric/GEJ adenocarcinoma must have previously", 60: "Participant has received other",
         83: "Participant has a history or complication of interstitial", 85: "Participant who has received treatment with herbal",
         90: "Participant is known to have HIV infection.", 104: "Note: If the participant", 119: "Participant has a diagnosis of immunodeficiency"}
NOTE = ("Phase 1/1b ASP2138 (CLDN18.2 x CD3 bispecific). Each case is judged against the one cohort it could enter — "
        "UZ-02/04/06 monotherapy expansion, UZ-01/05/07 second-line ramucirumab + paclitaxel, UZ-03/08 first-line "
        "pembrolizumab + mFOLFOX6 — and the other cohorts' items are 'does not apply'. Monotherapy expansion ('no more "
        "than 3 prior lines') read as meant for pretreated patients (the EU wording says so), so untreated patients go to "
        "the first-line cohort. Antibody–drug conjugates counted as chemotherapy lines; apatinib not. The record gives "
        "no CLDN18.2 cut-off: ≥75% local staining judged met (central confirmation is a procedure), lower values unknown. "
        "Country-specific clauses (South Korea, EU, China, Japan & Korea) do not decide (C7): 'does not apply' outside "
        "that country; the China herbal-medicine item is unknown for the two Chinese patients. HIV excludes from "
        "combination cohorts regardless of CD4 (UZ-07). Oesophageal adenocarcinoma (UZ-07) is not gastric/GEJ → not met. "
        "Sub-bullets of the 'at least 1 of the following' pregnancy heading are alternatives: 'Not a WOCBP' is met for a "
        "younger woman because the contraception alternative (C1) covers her.")
