#!/usr/bin/env python3
"""Build VO/<NCT>.yaml from hand-written judgements (reviewer VO). Texts are checked verbatim against the record."""
import json, os, yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "data", "trials", "her2-gastric")
C = [f"VO-{i:02d}" for i in range(1, 9)]
norm = lambda s: " ".join(s.split())

AGE = {1: 64, 2: 38, 3: 57, 4: 67, 5: 52, 6: 71, 7: 82, 8: 47}
SEX = {1: "m", 2: "f", 3: "m", 4: "f", 5: "m", 6: "f", 7: "m", 8: "f"}
ECOG = {1: 1, 2: 0, 3: 1, 4: 1, 5: 1, 6: 1, 7: 2, 8: 3}
LVEF = {1: 60, 2: None, 3: 56, 4: 48, 5: 64, 6: None, 7: 40, 8: 58}
MEAS = {1: True, 2: True, 3: True, 4: True, 5: False, 6: True, 7: True, 8: True}


def J(default, reason, **ov):
    """default status+reason for every case; overrides as c1=('met','...')"""
    out = {}
    for i in range(1, 9):
        out[i] = ov.get(f"c{i}", (default, reason))
    return out


def allc(status, fn):
    return {i: (status, fn(i)) for i in range(1, 9)}


def per(fn):
    return {i: fn(i) for i in range(1, 9)}


MET_C1 = lambda what="consent/procedural item": J("met", f"{what} (convention C1)")


def age_ge(n):
    return per(lambda i: ("met", f"age {AGE[i]} (≥{n})"))


def ecog01():
    return per(lambda i: ("met", f"ECOG {ECOG[i]}") if ECOG[i] <= 1 else ("not_met", f"ECOG {ECOG[i]} (>1)"))


def measurable(extra=""):
    return per(lambda i: ("met", "measurable_disease: true" + extra) if MEAS[i]
               else ("not_met", "measurable_disease: false (peritoneal relapse without a RECIST target)"))


def lvef_ge(n):
    def f(i):
        v = LVEF[i]
        if v is None:
            return ("unknown", "lvef_percent not recorded — echo/MUGA needed")
        return ("met", f"LVEF {v}% (≥{n}%)") if v >= n else ("not_met", f"LVEF {v}% (<{n}%)")
    return per(f)


def preg():
    def f(i):
        if SEX[i] == "m":
            return ("met", "does not apply: male (convention C2)")
        if AGE[i] >= 55:
            return ("met", f"woman aged {AGE[i]} (≥55; convention C2)")
        return ("unknown", f"woman aged {AGE[i]}; pregnancy/childbearing status not recorded (C2)")
    return per(f)


def unk(reason):
    return J("unknown", reason)


def dna(reason="does not apply"):
    return J("met", reason)


# ---------------------------------------------------------------------------------------------------------------
BM_NONE = "does not apply: brain_metastases not listed"
BM_UNK = "brain_metastases listed; treated/stable status, symptoms and radiotherapy dates are not case fields"
DPD = dict(
    c1=("unknown", "fluoropyrimidine-naive; DPD status not recorded"),
    c2=("unknown", "fluoropyrimidine-naive; DPD status not recorded"),
    c3=("met", "tolerated 7 months of capecitabine (line 1) without recorded toxicity; no known DPD deficiency"),
    c4=("met", "tolerated 8.5 months of fluorouracil (line 1) without fluoropyrimidine toxicity recorded"),
    c5=("unknown", "only prior fluoropyrimidine was S-1, which contains a DPD inhibitor (gimeracil) — tolerance does not inform DPD status; not recorded"),
    c6=("met", "completed perioperative fluorouracil-based FLOT without recorded toxicity"),
    c7=("met", "7 months of capecitabine (line 1) without recorded toxicity"),
    c8=("met", "7.5 months of capecitabine (line 1) without recorded toxicity"),
)
TOX = dict(
    c1=("met", "no prior anticancer therapy"),
    c2=("met", "no prior anticancer therapy"),
    c3=("unknown", "grade 2 pneumonitis on T-DXd (stopped 2026-02-18); pneumonitis still listed, resolution not recorded"),
    c4=("not_met", "trastuzumab-related ejection fraction decrease grade 2 recorded and LVEF still 48% — persisting"),
    c5=("met", "adjuvant SOX completed, toxicities: [] (none recorded)"),
    c6=("met", "perioperative FLOT completed 2024, toxicities: [] (none recorded)"),
    c7=("met", "line 1 nivolumab+CAPOX, toxicities: [] (none recorded)"),
    c8=("unknown", "grade 2 sensory neuropathy on disitamab vedotin ended 2026-11-12 (19 days ago); resolution not recorded"),
)
UNTREATED_ADV = dict(
    c1=("met", "locally advanced unresectable GEJ adenocarcinoma, no prior therapy"),
    c2=("not_met", "setting resectable (not unresectable/advanced)"),
    c3=("not_met", "four prior palliative lines (current line 5)"),
    c4=("not_met", "two prior palliative lines (current line 3)"),
    c5=("not_met", "adjuvant SOX ended 2026-08-14, relapse 2026-11-12 (90 days ≤183) counts as a prior line (C6); current line 2"),
    c6=("met", "recurrent gastric adenocarcinoma, no palliative therapy; perioperative FLOT ended 855 days before relapse so not a prior line (C6)"),
    c7=("not_met", "oesophageal (not gastric/GEJ) primary and one prior palliative line (nivolumab+CAPOX)"),
    c8=("not_met", "three prior palliative lines (current line 4)"),
)
INF_UNK = "active/uncontrolled infection and anti-infective treatment are not case fields"
SURG_UNK = "surgery/trauma dates are not case fields (C4)"
SURG = dict(
    c5=("unknown", "adjuvant therapy implies a prior gastrectomy (date not a case field); recent major surgery not recorded (C4)"),
    c6=("unknown", "perioperative therapy implies a gastrectomy in 2024 (date not a case field); recent major surgery not recorded (C4)"),
)
MALIG = "other malignancies are not case fields (C4)"

T = {}

# ---------------------------------------------------------------------------------------------------------------
T["NCT06695845"] = dict(
    note=(
        "DiscovHER PAN-206, zanidatamab monotherapy in previously treated HER2 IHC 3+ solid tumours; all 8 cases are "
        "GEA, so they belong to Cohort 3, where prior T-DXd is REQUIRED and the Cohort-1 bar on prior HER2 therapy "
        "does not apply. Inclusion 2 is split into its three requirements; inclusion 8 is a heading with three "
        "sub-items, each judged. 'Central IHC 3+' is judged on the most recent local tissue result (central testing is "
        "a study procedure; the text names no specimen), so HER2 loss on re-biopsy (VO-04) and ctDNA-only ERBB2 "
        "(VO-08) fail. 'No available treatment options that have confirmed benefit' is met only when every standard "
        "line with randomised survival benefit has been used (VO-03 after pembrolizumab/trastuzumab/CAPOX, T-DXd, "
        "ramucirumab+paclitaxel and trifluridine/tipiracil). Exclusion 12 ('history of trauma or major surgery') is "
        "read as recent surgery/trauma (the registry text gives no window) and is unknown for everyone. Exclusion 13 "
        "washout uses 5 half-lives where longer than 4 weeks (ramucirumab ~10-14 d, nivolumab ~25 d). Treated vs "
        "untreated brain metastases and radiosurgery dates are only in comments, so the CNS items are unknown for "
        "VO-03 and VO-08."),
    crit=[
        ("inclusion", "Is at least 18 years of age inclusive at the time of signing the informed consent", age_ge(18)),
        ("inclusion", "Participants with locally advanced, unresectable, or metastatic solid tumors (except Biliary Tract Cancer (BTC), defined as gallbladder cancer or cholangiocarcinoma) who have progressed following at least 1 prior systemic treatment for metastatic or advanced disease and have no available treatment options that have confirmed benefit.",
         J("not_met", "",
           c1=("not_met", "no prior systemic treatment (untreated locally advanced disease)"),
           c2=("not_met", "resectable, untreated disease"),
           c3=("met", "progressed after 4 palliative lines incl. trastuzumab/pembrolizumab/CAPOX, T-DXd, ramucirumab+paclitaxel, trifluridine/tipiracil — no remaining standard with proven survival benefit"),
           c4=("not_met", "progressed after 2 lines, but trifluridine/tipiracil (TAGS, 3rd line) with confirmed OS benefit remains available"),
           c5=("not_met", "1 prior line (adjuvant SOX, relapse ≤183 d, C6); 2nd-line ramucirumab+paclitaxel remains available"),
           c6=("not_met", "no prior therapy for advanced disease (perioperative FLOT ended >6 months before relapse)"),
           c7=("not_met", "1 prior line; 2nd-line options with confirmed benefit (ramucirumab+paclitaxel) remain"),
           c8=("not_met", "3 prior lines; 3rd-line+ options with confirmed benefit (trifluridine/tipiracil, apatinib in CN) not yet used"))),
        ("inclusion", "Prior treatment with HER2-targeted therapy is not permitted (Cohort 1 only).",
         dna("does not apply: GEA patient → Cohort 3")),
        ("inclusion", "For participants with breast cancer (Cohort 2) or GEA (Cohort 3), prior HER2-targeted therapy is permitted and prior therapy with trastuzumab deruxtecan (T-DXd) is required.",
         J("not_met", "GEA without prior T-DXd",
           c3=("met", "GEA; T-DXd given as line 2 (2025-10-08 to 2026-02-18)"),
           c8=("not_met", "GEA; prior HER2 ADC was disitamab vedotin, not T-DXd"))),
        ("inclusion", "HER2 overexpression (IHC 3+) must be determined by a sponsor designated central laboratory.",
         J("not_met", "",
           c1=("met", "IHC 3+ on biopsy 2026-10-27 (gastric criteria); central confirmation is a study procedure"),
           c2=("not_met", "HER2 IHC 0"),
           c3=("met", "latest tissue IHC 3+ (re-biopsy 2025-09-25 after trastuzumab); not retested after T-DXd — central retest decides"),
           c4=("not_met", "latest tissue IHC 1+ on re-biopsy 2026-04-02 (HER2 loss after trastuzumab)"),
           c5=("not_met", "IHC 2+ / ISH not amplified"),
           c6=("not_met", "IHC 2+ / ISH amplified — positive, but not IHC 3+ overexpression as required"),
           c7=("not_met", "HER2 IHC 0"),
           c8=("not_met", "tissue IHC 1+; ctDNA ERBB2 amplification is not IHC 3+"))),
        ("inclusion", "All participants must have adequate tumor sample for submission to allow central HER2 testing.", MET_C1("tissue submission is a study procedure")),
        ("inclusion", "Presence of at least 1 measurable lesion as assessed by Independent Central Review (ICR) based on Response Evaluation Criteria in Solid Tumors Version 1.1 (RECIST 1.1)", measurable()),
        ("inclusion", "Has Eastern Cooperative Oncology Group (ECOG) performance status of 0 or 1.", ecog01()),
        ("inclusion", "Has a life expectancy of at least 3 months, in the opinion of the investigator.", unk("life expectancy → unknown (C2)")),
        ("inclusion", "Participants with history of treated and stable CNS metastases are eligible, provided the following criteria are met:",
         J("met", BM_NONE, c3=("unknown", BM_UNK), c8=("unknown", BM_UNK))),
        ("inclusion", "Participants also have measurable metastatic disease with HER2 overexpression (IHC 3+) outside the CNS.",
         J("met", BM_NONE, c3=("met", "measurable extracranial disease; latest tissue IHC 3+"),
           c8=("not_met", "brain metastases listed; extracranial tumour HER2 IHC 1+, not IHC 3+"))),
        ("inclusion", r"Participants with treated CNS metastases that are no longer symptomatic may be included in the study if they recovered to \< Grade 1 (CTCAE Version 5.0 or higher) or baseline from the acute toxic effect associated with the treatment \> 7 days prior to Cycle 1 Day 1.",
         J("met", BM_NONE, c3=("unknown", BM_UNK), c8=("unknown", BM_UNK))),
        ("inclusion", "Prior stereotactic radiosurgery or stereotactic radiotherapy should be completed at least 7 days (≥ 7 days) before the first dose of study intervention.",
         J("met", BM_NONE, c3=("unknown", "radiosurgery date is not a case field"), c8=("unknown", "radiotherapy history is not a case field"))),
        ("inclusion", "Adequate organ functions.", unk("laboratory/organ function → unknown (C3)")),
        ("inclusion", "Females of childbearing potential must have a negative pregnancy test result.", preg()),
        ("inclusion", "Females of childbearing potential and males with a partner of childbearing potential must be willing to use 2 methods of birth control.", MET_C1("contraception")),
        ("exclusion", "Has known or suspected leptomeningeal disease and/or untreated brain metastasis.",
         J("met", "brain_metastases not listed (known absent)", c3=("unknown", BM_UNK), c8=("unknown", BM_UNK))),
        ("exclusion", "Has uncontrolled or significant cardiovascular disease",
         J("unknown", "heart_failure not listed, but other cardiovascular disease (MI, arrhythmia, valve) is not a case field (C4)",
           c4=("unknown", "LVEF 48% after trastuzumab, heart_failure not listed; significance for the investigator"),
           c7=("not_met", "heart_failure listed with LVEF 40% — significant cardiovascular disease"))),
        ("exclusion", "Has ongoing toxicity related to prior cancer therapy", TOX),
        ("exclusion", "Has uncontrolled infection or requiring IV antibiotics, antivirals, or antifungals.", unk(INF_UNK)),
        ("exclusion", "Has known Human Immunodeficiency Virus (HIV) infection.",
         J("met", "hiv not listed", c8=("not_met", "hiv listed"))),
        ("exclusion", "Has active hepatitis B or C infection.",
         J("met", "hepatitis_b/hepatitis_c not listed",
           c5=("unknown", "hepatitis_b listed; activity/viral load not a case field"),
           c7=("unknown", "hepatitis_c listed; active vs cured not a case field"))),
        ("exclusion", "Has an active SARS-CoV-2 infection.", unk(INF_UNK)),
        ("exclusion", "Has a history of life-threatening hypersensitivity to monoclonal antibody (mAbs) or to recombinant proteins or excipients in the drug formulation of zanidatamab.", unk("hypersensitivity history is not a case field")),
        ("exclusion", "Has any serious underlying medical or psychiatric condition that would impair the ability of the participant to receive or tolerate the planned treatment at the investigational site.", unk("investigator judgement; psychiatric and most medical history not case fields")),
        ("exclusion", "Has any issue or condition that, in the opinion of the investigator, would contraindicate the participant's participation in the study or confound the results of the study.", unk("investigator judgement")),
        ("exclusion", "Prior treatment with HER2-targeted therapy (Cohort 1 only).", dna("does not apply: GEA patient → Cohort 3")),
        ("exclusion", "Has a history of trauma or major surgery", J("unknown", SURG_UNK, **SURG)),
        ("exclusion", "Was treated with systemic antineoplastic therapy, including hormonal therapies for breast cancer, or any investigational therapy within 4 weeks or 5 half-lives (whichever is longer) prior to Cycle 1 Day 1.",
         J("met", "",
           c1=("met", "no prior systemic therapy"), c2=("met", "no prior systemic therapy"),
           c3=("met", "last dose trifluridine/tipiracil 2026-09-18 (74 days); ramucirumab ended 2026-06-24 (160 days)"),
           c4=("not_met", "ramucirumab ended 2026-10-30 — 32 days, less than 5 half-lives (~50-70 days)"),
           c5=("met", "adjuvant SOX ended 2026-08-14 (109 days)"),
           c6=("met", "last therapy 2024-05-20"),
           c7=("not_met", "nivolumab ended 2026-10-25 — 37 days, less than 5 half-lives (~4 months)"),
           c8=("not_met", "disitamab vedotin ended 2026-11-12 — 19 days (<4 weeks)"))),
        ("exclusion", "Received zanidatamab at any time prior to the current study.", J("met", "zanidatamab not among prior agents")),
        ("exclusion", "Colorectal Cancer (CRC) participants with known KRAS/NRAS and BRAF mutations.", dna("does not apply: not colorectal cancer")),
        ("exclusion", "Non-Small Cell Lung Cancer (NSCLC) participants with known ALK, EGFR mutations and ROS1 fusion.", dna("does not apply: not NSCLC")),
        ("exclusion", "Female participants who are breastfeeding or pregnant, and female and male participants planning a pregnancy.", preg()),
        ("exclusion", "Prior or concurrent invasive malignancy other than the disease under study, whose natural history or treatment has, in the opinion of the investigator or medical monitor, the potential to interfere with the safety or efficacy assessment of the investigational regimen.", unk(MALIG)),
    ])

# ---------------------------------------------------------------------------------------------------------------
HER2POS_DG05 = dict(
    c1=("met", "IHC 3+ on biopsy at diagnosis of locally advanced disease (gastric criteria); central test is prescreening"),
    c2=("not_met", "HER2 IHC 0"),
    c3=("met", "IHC 3+ on biopsy (2025-01-22, retained 2025-09-25)"),
    c4=("met", "IHC 3+ on the biopsy taken at diagnosis of metastatic disease (2025-06-10) — the sample the text names; later re-biopsy IHC 1+ (HER2 loss) noted"),
    c5=("not_met", "IHC 2+ / ISH not amplified (ratio 1.3)"),
    c6=("met", "IHC 2+ / ISH amplified (ratio 2.4) on biopsy of the recurrence 2026-09-29"),
    c7=("not_met", "HER2 IHC 0 (and oesophageal primary)"),
    c8=("not_met", "tissue IHC 1+; ctDNA ERBB2 amplification is not a tissue IHC/ISH result"),
)
T["NCT06731478"] = dict(
    note=(
        "DESTINY-Gastric05, first-line HER2-positive G/GEJ adenocarcinoma (T-DXd + chemo ± pembrolizumab vs "
        "trastuzumab + chemo ± pembrolizumab). The section headers ('Inclusion', 'exclusion criteria') are not "
        "criteria. Inclusion 3 is split into the main requirement, the perioperative proviso and the IO note; the "
        "archival-sample note of inclusion 4 is its own (procedural) item. A 'recurrent' setting is read as advanced "
        "disease. Central HER2 is judged on the local result on the sample the text names (tissue at diagnosis of "
        "advanced disease) — so VO-04 meets it on the 2025 biopsy despite later HER2 loss (she fails elsewhere). "
        "Exclusion 1 ('other HER2-targeting therapies') is read as any prior HER2-directed agent. 'Known DPD "
        "deficiency' is met when a non-S-1 fluoropyrimidine was given without recorded toxicity (S-1 contains a DPD "
        "inhibitor, so it does not count). Grade 2 pneumonitis is taken to have required steroids (CTCAE grade 2 = "
        "medical intervention; T-DXd label mandates steroids). Symptomatic CHF needs NYHA class, which no field gives."),
    crit=[
        ("inclusion", "Sign and date the Tissue Prescreening ICF, prior to HER2 and PD-L1 CPS central testing. Sign and date the Main Screening ICF, prior to the start of any trial-specific qualification procedures. Sign and date the Optional PGx ICF (included in the Main Screening ICF) prior to any PGx procedure.", MET_C1("consent")),
        ("inclusion", r"Adults ≥18 years of age on the day of signing the ICF. Follow local regulatory requirements if the legal age of consent for trial participation is \>18 years old.", age_ge(18)),
        ("inclusion", "Previously untreated, unresectable, locally advanced or metastatic gastric or GEJ adenocarcinoma histologically confirmed by pathology report.", UNTREATED_ADV),
        ("inclusion", r"Prior treatment in the perioperative and/or adjuvant setting is permissible, provided there is \>6 months between the end of perioperative or neoadjuvant treatment and the diagnosis of recurrent disease.",
         J("met", "does not apply: no perioperative/adjuvant therapy",
           c5=("not_met", "adjuvant SOX ended 2026-08-14, recurrence 2026-11-12 — 90 days (≤6 months)"),
           c6=("met", "perioperative FLOT ended 2024-05-20, recurrence 2026-09-22 — 855 days (>6 months)"))),
        ("inclusion", r"Note: Prior use of IO (ie, anti-PD-1/PD-L1) therapy in the (neo)adjuvant setting is allowed as long as there is \>6 months between the end of IO therapy and the diagnosis of recurrent disease.",
         J("met", "does not apply: no (neo)adjuvant IO",
           c3=("met", "does not apply: pembrolizumab was palliative, not (neo)adjuvant (judged under 'Previously untreated')"),
           c7=("met", "does not apply: nivolumab was palliative, not (neo)adjuvant"),
           c8=("met", "does not apply: tislelizumab was palliative, not (neo)adjuvant"))),
        ("inclusion", "Centrally determined HER2-positive (IHC 3+ or IHC 2+/ISH-positive) gastric or GEJ cancer as classified by the American Society of Clinical Oncology-College of American Pathologists for GC on a tumor biopsy as detected by prospective central test on new (core, incisional, excisional biopsy) or existing tumor tissue taken at the time of diagnosis of locally advanced or metastatic disease.", HER2POS_DG05),
        ("inclusion", "Note: Archival samples taken from a previous diagnostic or surgical biopsy not previously irradiated can be accepted. Details pertaining to tumor tissue submission can be found in the Study Laboratory Manual.", MET_C1("tissue-submission note, study procedure")),
        ("inclusion", "All participants must provide a tumor sample for tissue-based IHC staining to centrally determine HER2 expression, PD-L1 CPS, and other correlatives. The mandatory FFPE tumor sample can be from either the primary tumor or metastatic biopsy. Specimens with limited tumor content (as centrally determined) and cytology samples are inadequate for defining tumor HER2 and PD-L1 status.", MET_C1("tissue provision, study procedure")),
        ("inclusion", "At least 1 target measurable lesion on CT or MRI, assessed by the investigator based on RECIST v1.1. Lesions situated in a previously irradiated area are considered measurable if progression has been shown in such lesions.", measurable()),
        ("inclusion", "LVEF ≥50% within 28 days before randomization.", lvef_ge(50)),
        ("exclusion", "Prior exposure to other HER2-targeting therapies (including ADCs).",
         J("met", "no prior HER2-directed agent",
           c3=("not_met", "prior trastuzumab and T-DXd"), c4=("not_met", "prior trastuzumab"),
           c8=("not_met", "prior disitamab vedotin (HER2 ADC)"))),
        ("exclusion", "Lack of physiological integrity of the upper gastrointestinal tract (ie, severe Crohn disease that results in malabsorption) or malabsorption syndrome that would preclude feasibility of oral chemotherapy (ie, capecitabine).",
         unk("GI integrity/malabsorption not a case field (C4)")),
        ("exclusion", "Known DPD enzyme deficiency. Note: Screening for DPD enzyme deficiency is required only in regions/countries where DPD testing is SoC and with unknown DPD status. For regions/countries where DPD testing is not SoC, local practice should be followed.", J("unknown", "", **DPD)),
        ("exclusion", "Contraindications to trastuzumab, 5-FU, capecitabine, cisplatin, or oxaliplatin treatment as per local label.",
         J("unknown", "label contraindications (hypersensitivity, DPD, organ function) not fully recorded",
           c4=("unknown", "LVEF 48% after trastuzumab — a label precaution, not a listed contraindication; other items not recorded"),
           c7=("unknown", "heart failure with LVEF 40% is a trastuzumab precaution; label contraindications otherwise not recorded"))),
        ("exclusion", "Medical history of myocardial infarction within 6 months before randomization or symptomatic CHF (New York Heart Association Class II to IV). Participants with troponin levels above ULN at Screening (as defined by the manufacturer) and without any myocardial infarction -related symptoms should have a cardiologic consultation during the Screening Period to rule out myocardial infarction.",
         J("unknown", "heart_failure not listed, but myocardial infarction history is not a case field",
           c7=("unknown", "heart_failure listed; NYHA class/symptoms not a case field"))),
        ("exclusion", r"Has a corrected QT interval (QTcF) prolongation to \>470 ms (females) or \>450 ms (males) based on the average of the screening triplicate 12-lead ECG.", unk("ECG/QTcF not a case field (C3)")),
        ("exclusion", "Has a history of (non-infectious) ILD/pneumonitis that required steroids, has current ILD/pneumonitis, or where suspected ILD/pneumonitis cannot be ruled out by imaging at Screening",
         J("met", "interstitial_lung_disease and pneumonitis not listed",
           c3=("not_met", "grade 2 pneumonitis on T-DXd (grade 2 = medical intervention; steroids per T-DXd label)"))),
        ("exclusion", "Lung-specific intercurrent clinically significant illnesses including, but not limited to, any underlying pulmonary disorder (eg, pulmonary emboli within 3 months of the trial randomization, severe asthma, severe chronic obstructive pulmonary disease, restrictive lung disease, pleural effusion, etc).",
         J("unknown", "pulmonary emboli, asthma, COPD, pleural effusion not case fields (C4)",
           c3=("unknown", "past pneumonitis listed (judged above); current pulmonary disorders not recorded"))),
    ])

# ---------------------------------------------------------------------------------------------------------------
def women_lt50():
    return per(lambda i: ("met", "does not apply: male") if SEX[i] == "m" else
               (("unknown", f"woman aged {AGE[i]} (<50); menstrual/hormone status not recorded (C2)") if AGE[i] < 50
                else ("met", f"does not apply: woman aged {AGE[i]} (≥50)")))


def women_ge50(route):
    def f(i):
        if SEX[i] == "m":
            return ("met", "does not apply: male")
        if AGE[i] < 50:
            return ("met", f"does not apply: woman aged {AGE[i]} (<50)")
        return ("met", f"woman aged {AGE[i]} (≥55): postmenopausal by convention C2" + route)
    return per(f)


def crcl(sex):
    return per(lambda i: ("unknown", "creatinine clearance not recorded (C3)") if SEX[i] == sex
               else ("met", f"does not apply: formula for the other sex"))


LAB = unk("laboratory value not recorded (C3)")
METS_ZOLBE = dict(
    c1=("met", "setting locally_advanced_unresectable — no distant metastasis"),
    c2=("met", "setting resectable — no distant metastasis"),
    c3=("not_met", "setting metastatic"), c4=("not_met", "setting metastatic"),
    c5=("unknown", "setting recurrent; site of recurrence (local vs distant) not a case field"),
    c6=("unknown", "setting recurrent; site of recurrence not a case field"),
    c7=("not_met", "setting metastatic"), c8=("not_met", "setting metastatic"),
)
T["NCT06732856"] = dict(
    note=(
        "Phase Ib/II neoadjuvant zolbetuximab + DOS in newly diagnosed, potentially resectable CLDN18.2-positive "
        "gastric/GEJ adenocarcinoma. Every numbered item, heading and bullet is a separate criterion (organ-function "
        "heading + six bullets + the two creatinine-clearance formulas; the menopause heading + two age bullets + "
        "three routes; the impaired-absorption heading + four bullets; the other-malignancy heading + three "
        "exceptions; the infection heading + TB/HBV/HIV bullets and the two HIV Ag/Ab lines). Formula and age-band "
        "items that concern the other sex or another age band are 'does not apply'. CLDN18.2 is judged on "
        "percent_positive (by CONTRACT definition the % of cells with 2+/3+ membranous staining) although the assay "
        "clone is not a field. Setting decides distant metastasis: resectable and locally-advanced cases have none, "
        "metastatic cases fail, recurrent cases are unknown. 'Chronic inflammatory bowel disease' is taken as known "
        "absent when autoimmune_disease is not listed. 'Currently enrolled in another clinical study' is unknown "
        "(not a field); no case has ongoing therapy, so concomitant therapy is met for all."),
    crit=[
        ("inclusion", "Patients with newly diagnosed, pathologically confirmed, potentially resectable gastric or gastroesophageal junction adenocarcinoma",
         J("not_met", "",
           c1=("not_met", "setting locally_advanced_unresectable (not potentially resectable)"),
           c2=("met", "gastric adenocarcinoma diagnosed 2026-11-05, setting resectable"),
           c3=("not_met", "metastatic, previously treated"), c4=("not_met", "metastatic, previously treated"),
           c5=("not_met", "recurrent after gastrectomy, not newly diagnosed"),
           c6=("not_met", "recurrent after gastrectomy, not newly diagnosed"),
           c7=("not_met", "oesophageal primary, metastatic"), c8=("not_met", "metastatic, previously treated"))),
        ("inclusion", "Subjects who are CLDN18.2 positive (VENTANA 43-14A ≥75%)",
         per(lambda i: {2: ("met", "CLDN18.2 85% (≥75%)"), 5: ("met", "CLDN18.2 80% (≥75%)")}.get(i) or
             ("not_met", "CLDN18.2 %s%% (<75%%)" % {1: 20, 3: 10, 4: 60, 6: 40, 7: 5, 8: 30}[i]))),
        ("inclusion", "Patients with clinical stage T3-4/N0 or T2-4/N+ on CT according to the American Joint Committee on Cancer (AJCC) 8th edition",
         unk("clinical T/N stage is not a case field (C4)")),
        ("inclusion", "If suspected by CT, patient who has not been confirmed to have peritoneal seeding by laparoscopy",
         J("unknown", "peritoneal status not a case field",
           c1=("met", "locally advanced without distant disease by setting — no peritoneal seeding"),
           c2=("met", "setting resectable — no peritoneal seeding established"))),
        ("inclusion", "Subject able to provide signed informed consent form, including compliance with the requirements and contraindications specified in the informed consent form (ICF) and in this protocol", MET_C1("consent/compliance")),
        ("inclusion", "Patients aged 19 years or older at study entry", age_ge(19)),
        ("inclusion", "Patient with Eastern Cooperative Oncology Group (ECOG) performance status of 0 to 1", ecog01()),
        ("inclusion", r"Patient with expected survival \>12 months", unk("life expectancy → unknown (C2)")),
        ("inclusion", r"Weight \>30 kg", unk("body weight is not a case field")),
        ("inclusion", "Patient without neuropathy A. Grade 1 is allowed based on NCI CTCAE v5.0. B. Grade 2 or higher is excluded based on NCI CTCAE v5.0",
         J("unknown", "neuropathy grade not a case field",
           c8=("unknown", "grade 2 sensory neuropathy on disitamab vedotin (ended 19 days ago); current grade not recorded"))),
        ("inclusion", "Individual with confirmed adequate normal organ and bone marrow function, as defined in the applicable items below:", LAB),
        ("inclusion", "Hemoglobin ≥9.0 g/dL", LAB),
        ("inclusion", r"Absolute neutrophil count (ANC) \>1.5 x 103/mcL (\>1,500 per mm3)", LAB),
        ("inclusion", "Platelet count ≥100 x 109/L", LAB),
        ("inclusion", "Serum bilirubin ≤1.5 x institutional upper limit of normal (ULN)", LAB),
        ("inclusion", "AST (SGOT)/ALT (SGPT) ≤2.5 x institutional ULN", LAB),
        ("inclusion", r"Measured creatinine clearance (CL) \>40 mL/min or creatinine CL \>40 mL/min as calculated by Cockcroft-Gault formula (Cockcroft and Gault 1976) or based on a 24-hour urine sample for determination of creatinine clearance", LAB),
        ("inclusion", "Male creatinine CL (mL/min) = Weight (kg) x (140 - Age) / 72 x Serum creatinine (mg/dL)", crcl("m")),
        ("inclusion", "Female creatinine CL (mL/min) = Weight (kg) x (140 - Age) / 72 x Serum creatinine (mg/dL) x 0.85", crcl("f")),
        ("inclusion", "Evidence of menopause, or negative urine/blood pregnancy test in premenopausal women; women with amenorrhea for at least 12 months without any other medical cause are considered menopausal. The following age requirements apply:", preg()),
        ("inclusion", "A woman under age 50 is considered menopausal if 1) she has had amenorrhea for at least 12 months without hormone therapy, and 2) her LH and FSH blood levels are at menopausal levels or she has undergone bilateral oophorectomy, hysterectomy, etc.", women_lt50()),
        ("inclusion", "A woman aged 50 years or older is considered menopausal if", women_ge50("")),
        ("inclusion", "she has had amenorrhea for at least 12 months without hormone therapy, or", women_ge50(" (this route)")),
        ("inclusion", "she became menopause after 1 year of amenorrhea following radiation or anticancer treatment, or", women_ge50(" (alternative route not needed)")),
        ("inclusion", "she has undergone bilateral oophorectomy, bilateral salpingectomy, hysterectomy, etc.", women_ge50(" (alternative route not needed)")),
        ("inclusion", "Patient who is willing and able to comply with the protocol during the study, including treatments and tests such as scheduled visits, follow-up, etc.", MET_C1("compliance")),
        ("exclusion", "Patient who received investigational product in another clinical study 2 weeks prior to participation in this clinical study",
         J("met", "", c1=("met", "no prior therapy"), c2=("met", "no prior therapy"),
           c3=("met", "last therapy 2026-09-18 (74 days)"), c4=("met", "last therapy 2026-10-30 (32 days)"),
           c5=("met", "last therapy 2026-08-14"), c6=("met", "last therapy 2024-05-20"),
           c7=("met", "last therapy 2026-10-25 (37 days)"), c8=("met", "last therapy 2026-11-12 (19 days > 14)"))),
        ("exclusion", "Patient currently enrolled in another clinical study, other than the observational (non-interventional) study or follow-up period of an interventional clinical study.",
         unk("current study enrolment is not a case field")),
        ("exclusion", "Concomitant chemotherapy, immunotherapy, biologic or hormonal therapy. Hormonal therapies not related to treatment for cancer (e.g., hormone replacement therapy) are allowed.",
         J("met", "no ongoing systemic therapy recorded")),
        ("exclusion", "Major surgical procedure within 28 days prior to zolbetuximab administration", J("unknown", SURG_UNK, **SURG)),
        ("exclusion", "Distant metastasis including M1 lymph node", METS_ZOLBE),
        ("exclusion", "Patient unable to take oral medication", unk("ability to swallow is not a case field (C4)")),
        ("exclusion", "Gastric outlet obstruction and/or severe gastrointestinal hemorrhage that restricts diet without treatment", unk("obstruction/bleeding not a case field (C4)")),
        ("exclusion", "Impaired intestinal absorption, including:", unk("composite — intestinal absorption items not all known absent (C4)")),
        ("exclusion", "Intestinal obstruction", unk("not a case field (C4)")),
        ("exclusion", "Chronic inflammatory bowel disease",
         J("met", "autoimmune_disease not listed (IBD would fall under it)",
           c6=("unknown", "autoimmune_disease listed; type not a case field"))),
        ("exclusion", "Operation history of extended bowel resection", unk("surgical history not a case field (C4)")),
        ("exclusion", "Gastric dumping syndrome",
         J("unknown", "not a case field (C4)",
           c5=("unknown", "gastrectomy implied by adjuvant therapy; dumping not recorded"),
           c6=("unknown", "gastrectomy implied by perioperative therapy; dumping not recorded"))),
        ("exclusion", "Patient with a history of organ transplant", J("met", "organ_transplant not listed")),
        ("exclusion", "Uncontrolled intercurrent disease including, but not limited to:",
         unk("composite heading — intercurrent disease control not fully recorded (C4)")),
        ("exclusion", "Ongoing or active infection, congestive heart failure with symptoms, uncontrolled hypertension, unstable angina, arrhythmia, interstitial lung disease, serious chronic gastrointestinal conditions accompanied with diarrhea, mental illness or social conditions that prevent compliance with study requirements, significantly increase the risk of adverse reactions, or interfere with written consent",
         J("unknown", "infection, hypertension, angina, arrhythmia, psychiatric/social items not case fields (C4)",
           c3=("unknown", "past pneumonitis listed; current ILD and other items not recorded"),
           c7=("unknown", "heart_failure listed; whether symptomatic/controlled is not a case field"))),
        ("exclusion", "History of other primary malignancy, with the exception of:", unk(MALIG)),
        ("exclusion", "Patient who is at low risk of recurrence with disease-free status for at least 5 years prior to starting chemotherapy due to curative treatment", unk(MALIG + " — exception cannot be assessed")),
        ("exclusion", "Patient who is currently disease-free with cured skin cancer (except melanoma) or lentigo maligna", unk(MALIG + " — exception cannot be assessed")),
        ("exclusion", "Patient who is currently disease-free with cured in situ carcinoma", unk(MALIG + " — exception cannot be assessed")),
        ("exclusion", "Patient with a history of active congenital immunodeficiency",
         unk("congenital immunodeficiency is not a case field")),
        ("exclusion", "Active infection, such as tuberculosis, confirmed by history, physical examination, radiographic findings, and TB testing per local standards, or HIV.",
         J("unknown", "HIV not listed, but active infection/TB not a case field", c8=("not_met", "hiv listed"))),
        ("exclusion", "Tuberculosis: History, physical examination, or radiological findings suggestive of active tuberculosis, or tuberculosis confirmed by tuberculosis testing per local standards (active TB is excluded and old TB is allowed)",
         unk("tuberculosis status not a case field")),
        ("exclusion", "For HBV infection, the patient may be enrolled if appropriately treated with antiviral agents, etc.",
         J("met", "does not apply: hepatitis_b not listed",
           c5=("unknown", "hepatitis_b listed; antiviral treatment not a case field"))),
        ("exclusion", "HIV", J("met", "hiv not listed", c8=("not_met", "hiv listed"))),
        ("exclusion", "HIV Ag/Ab: If reactive, exclude", J("met", "hiv not listed (known absent)", c8=("not_met", "known HIV infection — Ag/Ab reactive"))),
        ("exclusion", "HIV Ag/Ab: If non-reactive, enroll", J("met", "hiv not listed (non-reactive expected)", c8=("met", "does not apply: HIV-positive (excluded by the preceding item)"))),
        ("exclusion", "Pregnant or lactating woman and man or woman of childbearing potential who is unwilling to use effective contraception (from the screening period to 90 days after the last dose of zolbetuximab)", preg()),
        ("exclusion", "Individual with known allergy and hypersensitivity to the investigational product or its components", unk("allergy history not a case field")),
    ])

# ---------------------------------------------------------------------------------------------------------------
T["NCT06764875"] = dict(
    note=(
        "ARTEMIDE-Gastric01, first-line HER2-positive PD-L1 CPS ≥1 gastric/GEJ adenocarcinoma (rilvegostomig + "
        "fluoropyrimidine + T-DXd vs trastuzumab + chemo + pembrolizumab). 'HER2 positive on a tumor biopsy' names no "
        "time point, so the most recent tissue result is used (VO-04's post-trastuzumab IHC 1+ fails). A 'recurrent' "
        "setting counts as advanced disease; perioperative therapy ending >6 months before relapse is not a prior "
        "line (C6). 'Adequate washout' has no number in the registry: met when the last dose is well beyond any usual "
        "washout (>2 months), unknown when recent. Brain-metastasis/spinal-cord item: met for the resectable and "
        "locally advanced cases (no distant disease by setting), unknown otherwise because cord compression is not a "
        "field. 'Autoimmune or inflammatory disorders' is taken as known absent when autoimmune_disease is not listed. "
        "Same DPD and persistent-toxicity reading as the other files."),
    crit=[
        ("inclusion", "HER2 positive for gastric cancer on a tumor biopsy.",
         J("not_met", "",
           c1=("met", "IHC 3+ on biopsy (gastric criteria)"), c2=("not_met", "HER2 IHC 0"),
           c3=("met", "IHC 3+ on biopsy, retained after trastuzumab"),
           c4=("not_met", "most recent biopsy (2026-04-02) IHC 1+ — HER2 loss after trastuzumab"),
           c5=("not_met", "IHC 2+ / ISH not amplified"),
           c6=("met", "IHC 2+ / ISH amplified on biopsy 2026-09-29"),
           c7=("not_met", "HER2 IHC 0"),
           c8=("not_met", "tissue IHC 1+; ctDNA-only ERBB2 amplification is not a tumour biopsy result"))),
        ("inclusion", "PD-L1 combined positive score (CPS) ≥ 1.",
         per(lambda i: ("not_met", "CPS 0") if i == 4 else
             ("met", "CPS %s" % {1: 8, 2: 3, 3: 15, 5: 12, 6: 5, 7: 30, 8: 2}[i]))),
        ("inclusion", "Provision of tumor tissue sample from recent biopsy adequate for HER2 and PD-L1 testing.", MET_C1("tissue provision, study procedure")),
        ("inclusion", "Previously untreated, unresectable, locally advanced or metastatic gastric or GEJ adenocarcinoma.", UNTREATED_ADV),
        ("inclusion", "WHO or Eastern Cooperative Oncology Group performance status of 0 or 1.", ecog01()),
        ("inclusion", "Have measurable target disease assessed by the Investigator based on RECIST v1.1.", measurable()),
        ("inclusion", "Have adequate organ and bone marrow function within 14 days before randomization.", unk("laboratory/organ function → unknown (C3)")),
        ("inclusion", "LVEF ≥ 55% within 28 days before randomization.", lvef_ge(55)),
        ("inclusion", "Adequate treatment washout period before randomization.",
         J("met", "",
           c1=("met", "no prior therapy"), c2=("met", "no prior therapy"),
           c3=("met", "last dose 2026-09-18 (74 days)"),
           c4=("unknown", "ramucirumab ended 2026-10-30 (32 days); washout length not stated"),
           c5=("met", "last dose 2026-08-14 (109 days)"), c6=("met", "last dose 2024-05-20"),
           c7=("unknown", "nivolumab ended 2026-10-25 (37 days); washout length not stated"),
           c8=("unknown", "disitamab vedotin ended 2026-11-12 (19 days); washout length not stated"))),
        ("exclusion", "Lack of physiological integrity of the upper gastrointestinal tract.", unk("GI integrity not a case field (C4)")),
        ("exclusion", "Known dihydropyrimidine dehydrogenase enzyme deficiency.", J("unknown", "", **DPD)),
        ("exclusion", "Contraindication to pembrolizumab or trastuzumab, contraindications to fluoropyrimidine (5-FU and capecitabine) or platinum (cisplatin and oxaliplatin) treatment as per local label.",
         J("unknown", "label contraindications (hypersensitivity, DPD, organ function) not fully recorded",
           c4=("unknown", "LVEF 48% after trastuzumab — precaution, not a listed contraindication; other items not recorded"),
           c6=("unknown", "autoimmune_disease listed — a pembrolizumab precaution; label contraindications otherwise not recorded"),
           c7=("unknown", "heart failure/LVEF 40% — trastuzumab precaution; other items not recorded"))),
        ("exclusion", "History of another primary malignancy except for malignancy treated with curative intent with no known active disease within 3 years before the first dose of study intervention and of low potential risk for recurrence.", unk(MALIG)),
        ("exclusion", "Persistent toxicities caused by previous anti-cancer therapy.", TOX),
        ("exclusion", "Spinal cord compression or brain metastases unless asymptomatic, treated and stable and not requiring corticosteroid or anticonvulsant may be included in the study if they have recovered from the acute toxic effect of radiotherapy.",
         J("unknown", "brain_metastases not listed, but spinal cord compression is not a case field",
           c1=("met", "no distant disease (locally advanced setting); brain_metastases not listed"),
           c2=("met", "no distant disease (resectable setting); brain_metastases not listed"),
           c3=("unknown", BM_UNK), c8=("unknown", BM_UNK))),
        ("exclusion", "Uncontrolled infection including tuberculosis and active hepatitis A infection.", unk(INF_UNK)),
        ("exclusion", "Uncontrolled infection requiring intravenous (IV) antibiotics, anti-virals, or antifungals.", unk(INF_UNK)),
        ("exclusion", "Recent receipt of live, attenuated vaccine.", unk("vaccination history not a case field")),
        ("exclusion", "Chronic/active HBV or HCV infection unless controlled.",
         J("met", "hepatitis_b/hepatitis_c not listed",
           c5=("unknown", "hepatitis_b listed; control (antiviral, HBV DNA) not a case field"),
           c7=("unknown", "hepatitis_c listed; cured/controlled status not a case field"))),
        ("exclusion", "Clinically significant cardiac or psychological conditions.",
         J("unknown", "heart_failure not listed, but other cardiac and psychological conditions are not case fields (C4)",
           c4=("unknown", "LVEF 48% after trastuzumab, no heart failure listed; significance for the investigator"),
           c7=("not_met", "heart_failure listed with LVEF 40%"))),
        ("exclusion", "Active or prior documented autoimmune or inflammatory disorders requiring chronic treatment with steroids or other immunosuppressive treatment.",
         J("met", "autoimmune_disease not listed",
           c6=("unknown", "autoimmune_disease listed; need for chronic steroids/immunosuppression not a case field"))),
        ("exclusion", "History of (non-infectious) ILD/pneumonitis, has current ILD/pneumonitis, or where suspected ILD/pneumonitis cannot be ruled out by imaging at screening.",
         J("met", "interstitial_lung_disease and pneumonitis not listed",
           c3=("not_met", "history of (drug-induced, non-infectious) grade 2 pneumonitis on T-DXd"))),
        ("exclusion", "Lung-specific intercurrent clinically significant illnesses.",
         J("unknown", "other lung disease not a case field (C4)",
           c3=("unknown", "past pneumonitis listed (judged separately); current lung illness not recorded"))),
        ("exclusion", "Any active non-infectious skin disease requiring systemic treatment.", unk("skin disease not a case field")),
        ("exclusion", "A pleural effusion, ascites or pericardial effusion that requires drainage, peritoneal shunt, or cell-free and concentrated ascites reinfusion therapy (CART).", unk("effusions/ascites not case fields (C4)")),
        ("exclusion", "History of any of the following: drug-induced severe cutaneous adverse reaction.", unk("drug-reaction history (any drug) not a case field")),
        ("exclusion", "Any concurrent antic-ancer treatment with the exception of receptor activator of nuclear factor kappa-B ligand inhibitors.", J("met", "no ongoing anticancer therapy recorded")),
        ("exclusion", "Have had major surgical procedure recently (excluding placement of vascular access) or recent significant traumatic injury or an anticipated need for major surgery during the study.",
         J("unknown", SURG_UNK, **SURG,
           c2=("unknown", "resectable disease — gastrectomy is planned but outside this first-line trial's scope; recent surgery not a case field"))),
        ("exclusion", "Current or prior use of immunosuppressive medication within 14 days before study intervention.",
         J("unknown", "concomitant medication is not a case field",
           c6=("unknown", "autoimmune_disease listed; immunosuppressant use not a case field"))),
    ])


def main():
    os.makedirs(os.path.join(ROOT, "VO"), exist_ok=True)
    for nct, spec in T.items():
        rec = json.load(open(os.path.join(SHARED, nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
        crits = []
        for kind, text, js in spec["crit"]:
            if all(isinstance(k, str) for k in js):
                assert set(js) == {f"c{i}" for i in range(1, 9)}, (nct, text[:40])
                js = {int(k[1:]): v for k, v in js.items()}
            assert norm(text) in norm(rec), (nct, text[:70])
            for i, (s, r) in js.items():
                assert s in ("met", "not_met", "unknown") and r, (nct, text[:40], i)
            crits.append({"kind": kind, "text": text,
                          "judgements": {C[i - 1]: js[i][0] for i in range(1, 9)},
                          "reasons": {C[i - 1]: js[i][1] for i in range(1, 9)}})
        verdicts = {}
        for c in C:
            st = [cr["judgements"][c] for cr in crits]
            verdicts[c] = "ineligible" if "not_met" in st else ("eligible" if all(x == "met" for x in st) else "possibly_eligible")
        out = {"nct_id": nct, "reviewer_note": spec["note"], "verdicts": verdicts, "criteria": crits}
        with open(os.path.join(ROOT, "VO", nct + ".yaml"), "w") as f:
            yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=120)
        cnt = {c: {k: sum(cr["judgements"][c] == k for cr in crits) for k in ("met", "not_met", "unknown")} for c in C}
        print(nct, len(crits), verdicts)
        for c in C:
            print("   ", c, cnt[c])


if __name__ == "__main__":
    main()
