#!/usr/bin/env python3
"""Build VN/<NCT>.yaml from the judgements below. Criterion texts are taken verbatim from the record
(one item per bullet/heading line; section labels and 'main criteria include but are not limited to'
preambles are skipped because they state no requirement)."""
import json, os, yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRIALS = os.path.join(ROOT, "..", "shared", "data", "trials", "her2-gastric")
C = [f"VN-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"


def lines(nct):
    t = json.load(open(os.path.join(TRIALS, nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    return [l.strip() for l in t.split("\n") if l.strip()]


def J(default, reason, **over):
    """default status+reason for every case; override with VN_01=(status, reason)."""
    d = {c: (default, reason) for c in C}
    for k, v in over.items():
        d[k.replace("_", "-")] = v
    return d


def per(**kw):
    return {k.replace("_", "-"): v for k, v in kw.items()}


# ---- shared reasons ----
UNK_LAB = "not in the case (laboratory/organ-function data) - C3"
DNA = "does not apply: "
TX_UNKNOWN = "residual toxicity grade after prior therapy is not recorded"
NO_TX = "does not apply: no prior anticancer therapy recorded"

TRIAL = {}

# ======================= NCT06445972 (KEYMAKER-U06 06D, 2L HER2-negative) =======================
TRIAL["NCT06445972"] = dict(note=(
    "2L HER2-negative GEA substudy (sac-TMT / HER3-DXd vs ramucirumab+paclitaxel). Only the 'main' criteria are "
    "listed; the preamble lines are not judged. Reading choices: (1) HER2 status = most recent tissue result "
    "scored with gastric (ASCO/CAP/ASCP GEA) criteria; plasma ctDNA ERBB2 amplification does not override a "
    "negative tissue result (VN-06), and HER2 loss on a post-trastuzumab re-biopsy counts as HER2-negative "
    "(VN-02). (2) Adjuvant SOX with recurrence 148 days after the last dose counts as the first line (C6), so "
    "VN-06 is a 2L candidate; recurrent disease is read as advanced. (3) An ongoing second line (VN-03) still "
    "satisfies the 2L wording but is excluded by prior VEGFR-2 therapy and the 4-week washout. (4) 'Concurrent "
    "active Hepatitis B ... and Hepatitis C' is read as dual infection, so HBV-only or HCV-only cases pass it. "
    "(5) IBD is read as covered by the autoimmune_disease vocabulary item (absent => IBD absent). (6) Absence "
    "of brain_metastases is read as absence of CNS metastases incl. carcinomatous meningitis; when present, "
    "'active' cannot be decided from the fields (treated/untreated status is only in comments). (7) The "
    "treatments list is taken as the complete systemic history (decides prior TROP2/HER3/topo-I/VEGF and "
    "4-week washout), but investigational devices, radiotherapy and surgery are not recorded (unknown). "
    "Grade 2 T-DXd pneumonitis is taken to have required steroids (label management)."),
    crit=[
    (2, "inclusion", J(M, "adenocarcinoma with a completed or running first line; current line 2",
        VN_01=(N, "treatment-naive; first line not yet given"),
        VN_03=(M, "adenocarcinoma, 1L SOX+nivolumab received; current (ongoing) line is 2"),
        VN_05=(N, "treatment-naive; first line not yet given"),
        VN_06=(M, "adjuvant SOX counts as 1L: recurrence 148 days after last dose (C6); current line 2"),
        VN_07=(N, "four prior palliative lines; current line 5, not 2L"),
        VN_08=(N, "two prior palliative lines; current line 3, not 2L"))),
    (3, "inclusion", J(M, "metastatic disease",
        VN_04=(M, "recurrent disease after gastrectomy = advanced/unresectable"),
        VN_05=(M, "locally advanced unresectable"),
        VN_06=(M, "recurrent disease after gastrectomy = advanced/unresectable"))),
    (4, "inclusion", per(
        VN_01=(N, "no first-line therapy given"),
        VN_02=(M, "progressed 2026-10-10 on 1L trastuzumab+pembrolizumab+capecitabine+oxaliplatin (platinum/FP doublet)"),
        VN_03=(M, "progressed 2026-08-18 on 1L S-1+oxaliplatin+nivolumab"),
        VN_04=(M, "progressed 2026-09-30 on 1L pembrolizumab+capecitabine+oxaliplatin"),
        VN_05=(N, "no first-line therapy given"),
        VN_06=(M, "recurred 2026-10-15, 148 days after adjuvant S-1+oxaliplatin (counts as 1L, C6)"),
        VN_07=(M, "progressed 2025-02-14 on 1L trastuzumab+capecitabine+oxaliplatin"),
        VN_08=(M, "progressed 2026-05-20 on 1L zolbetuximab+oxaliplatin+fluorouracil"))),
    (5, "inclusion", per(
        VN_01=(M, "HER2 IHC 0 (biopsy, gastric criteria)"),
        VN_02=(M, "post-trastuzumab re-biopsy 2026-10-22 HER2 IHC 1+ (HER2 loss; IHC 3+ at diagnosis)"),
        VN_03=(M, "HER2 IHC 2+ with ISH not amplified (ratio 1.3)"),
        VN_04=(M, "HER2 IHC 0 on resection specimen"),
        VN_05=(N, "HER2 IHC 3+ = HER2-positive"),
        VN_06=(M, "tissue HER2 IHC 1+ (resection); ctDNA ERBB2 amplification is not tissue"),
        VN_07=(N, "HER2 IHC 3+, retained on 2025-03-01 re-biopsy"),
        VN_08=(M, "HER2 IHC 0 (biopsy)"))),
    (6, "inclusion", J(U, "fresh post-therapy biopsy feasibility and irradiation of the lesion are not recorded",
        VN_02=(U, "re-biopsy 2026-10-22 after last regimen exists; whether lesion was irradiated / tissue suffices not recorded"))),
    (7, "inclusion", J(U, TX_UNKNOWN, VN_01=(M, NO_TX), VN_05=(M, NO_TX),
        VN_03=(U, "on ramucirumab+paclitaxel now; current AE grades not recorded"),
        VN_07=(U, "grade 2 pneumonitis on T-DXd; current grade of residual toxicity not recorded"))),
    (8, "inclusion", J(M, "ECOG 1", VN_04=(M, "ECOG 0"), VN_05=(N, "ECOG 2"), VN_08=(N, "ECOG 3"))),
    (9, "inclusion", J(U, "life expectancy not estimable from the case (C2)")),
    (10, "inclusion", J(M, DNA + "no hepatitis B", VN_02=(U, "hepatitis B: antiviral duration and HBV viral load not in the case fields"))),
    (11, "inclusion", J(M, DNA + "no hepatitis C", VN_03=(U, "hepatitis C history: current HCV viral load not in the case fields"))),
    (12, "inclusion", J(M, DNA + "not HIV-infected", VN_04=(U, "HIV: ART and viral control not in the case fields"))),
    (15, "exclusion", J(M, "adenocarcinoma (diffuse/signet-ring is not 'undifferentiated')")),
    (16, "exclusion", J(U, "weight history not recorded")),
    (17, "exclusion", J(U, "ocular history not recorded")),
    (18, "exclusion", J(U, "neuropathy grade not recorded")),
    (19, "exclusion", J(M, "no autoimmune/inflammatory disease listed (IBD read under autoimmune_disease)",
        VN_01=(U, "autoimmune_disease listed; type (IBD or not) not specified"))),
    (20, "exclusion", J(U, "wounds/ulcer/fracture not recorded")),
    (21, "exclusion", J(U, "bowel obstruction/enteropathy/intestinal resection not recorded (C4)")),
    (22, "exclusion", J(U, "cardiovascular/cerebrovascular history beyond the vocabulary not recorded",
        VN_05=(U, "heart failure with LVEF 45%: significant, but control status not recorded"))),
    (23, "exclusion", J(U, "arterial thrombotic events not recorded")),
    (24, "exclusion", J(U, "blood pressure not recorded")),
    (25, "exclusion", J(U, "effusions/ascites not recorded (C4)")),
    (26, "exclusion", J(U, "surgery and venous-access dates not in case fields (C4)")),
    (27, "exclusion", J(U, "concomitant anticoagulation not recorded")),
    (28, "exclusion", J(U, "concomitant NSAID/antiplatelet use not recorded")),
    (29, "exclusion", J(U, "venous thromboembolism history not recorded")),
    (30, "exclusion", J(U, "bleeding history not recorded")),
    (31, "exclusion", J(U, "GI perforation/fistula history not recorded (C4)")),
    (32, "exclusion", J(M, DNA + "not HIV-infected", VN_04=(U, "HIV: Kaposi sarcoma / Castleman history not in case fields"))),
    (33, "exclusion", J(M, "no TROP2/HER3/topo-I ADC, topo-I chemotherapy or VEGF/VEGFR agent in the treatment history",
        VN_01=(M, "no prior systemic therapy"), VN_05=(M, "no prior systemic therapy"),
        VN_03=(N, "ramucirumab (VEGFR-2) since 2026-09-03"),
        VN_07=(N, "prior T-DXd (topoisomerase-I ADC) and ramucirumab (VEGFR-2)"),
        VN_08=(N, "prior ramucirumab (VEGFR-2) 2026-06-10 to 2026-10-15"))),
    (34, "exclusion", per(
        VN_01=(M, "no prior systemic therapy"),
        VN_02=(M, "last systemic therapy 2026-10-10, 52 days before 2026-12-01"),
        VN_03=(N, "ramucirumab+paclitaxel ongoing"),
        VN_04=(M, "last systemic therapy 2026-09-30, 62 days before 2026-12-01"),
        VN_05=(M, "no prior systemic therapy"),
        VN_06=(M, "last systemic therapy 2026-05-20"),
        VN_07=(N, "trifluridine/tipiracil until 2026-11-12, 19 days before 2026-12-01"),
        VN_08=(M, "last systemic therapy 2026-10-15, 47 days before 2026-12-01"))),
    (35, "exclusion", J(U, "radiotherapy not recorded in case fields (C4)")),
    (36, "exclusion", J(U, "vaccination history not recorded")),
    (37, "exclusion", J(U, "no investigational agent in the treatments list, but investigational devices are not recorded")),
    (38, "exclusion", J(U, "other malignancies not recorded (C4)")),
    (39, "exclusion", J(M, "brain_metastases not listed (no CNS metastases)",
        VN_02=(U, "brain_metastases listed; whether active/stable is not in the case fields"),
        VN_08=(U, "brain_metastases listed; whether active/stable is not in the case fields"))),
    (40, "exclusion", J(U, "acute infections not recorded")),
    (41, "exclusion", J(M, "no hepatitis B/C co-infection",
        VN_02=(M, "hepatitis B only (no hepatitis C): not a concurrent HBV+HCV infection"),
        VN_03=(M, "hepatitis C only (no hepatitis B): not a concurrent HBV+HCV infection"))),
    (42, "exclusion", J(M, "no ILD/pneumonitis listed",
        VN_07=(N, "grade 2 T-DXd pneumonitis (grade 2 is managed with systemic steroids)"))),
    (43, "exclusion", J(U, "allergy/hypersensitivity history not recorded")),
    (44, "exclusion", J(U, "surgical history/complications not in case fields (C4)")),
    ])

# ======================= NCT06469944 (KEYMAKER-U06 06C, 1L) =======================
TRIAL["NCT06469944"] = dict(note=(
    "1L GEA substudy (sac-TMT + pembrolizumab + FP). Reading choices: (1) 'known to be HER2-positive are "
    "excluded' is judged on the most recent tissue result (gastric criteria); ctDNA ERBB2 amplification alone "
    "(VN-06) does not make a case HER2-positive; IHC 3+ cases are excluded. (2) Adjuvant therapy with recurrence "
    "<=183 days (VN-06) counts as prior therapy for advanced disease (C6) although the text says 'administered in "
    "the recurrent or metastatic setting'. (3) Measurable disease per the case field is taken as met; BICR "
    "verification is a study procedure. (4) The tissue sample already tested for biomarkers is taken as providable "
    "(C1). (5) 'Concurrent active hepatitis B and hepatitis C' read as dual infection. (6) organ_transplant absent "
    "=> no allogeneic transplant; autoimmune_disease absent => no IBD. (7) 'Diagnosis of immunodeficiency' is "
    "not applied to HIV because the inclusion explicitly admits controlled HIV; steroid/immunosuppressant use "
    "is not recorded, so it stays unknown. Only the 'main' criteria are listed; preambles not judged."),
    crit=[
    (2, "inclusion", J(N, "has had palliative systemic therapy (not 1L)",
        VN_01=(M, "untreated metastatic gastric adenocarcinoma"),
        VN_05=(M, "untreated locally advanced unresectable oesophageal adenocarcinoma"),
        VN_06=(N, "adjuvant S-1+oxaliplatin with recurrence after 148 days counts as 1L (C6)"))),
    (3, "inclusion", per(
        VN_01=(M, "HER2 IHC 0"),
        VN_02=(M, "latest tissue (re-biopsy 2026-10-22) IHC 1+; was IHC 3+ at diagnosis (discordant)"),
        VN_03=(M, "HER2 IHC 2+/ISH not amplified"),
        VN_04=(M, "HER2 IHC 0"),
        VN_05=(N, "HER2 IHC 3+ = known HER2-positive"),
        VN_06=(M, "tissue IHC 1+; ctDNA ERBB2 amplification alone does not define HER2-positive"),
        VN_07=(N, "HER2 IHC 3+ = known HER2-positive"),
        VN_08=(M, "HER2 IHC 0"))),
    (4, "inclusion", J(M, "metastatic disease; resection not expected",
        VN_05=(M, "locally advanced, judged unresectable"),
        VN_04=(M, "recurrent disease after gastrectomy; resection not expected"),
        VN_06=(M, "recurrent disease after gastrectomy; resection not expected"))),
    (5, "inclusion", J(N, "prior palliative systemic therapy recorded",
        VN_01=(M, "no prior systemic therapy"), VN_05=(M, "no prior systemic therapy"),
        VN_06=(N, "adjuvant therapy with recurrence within 183 days counts as prior therapy for advanced disease (C6)"))),
    (6, "inclusion", J(M, "tumour tissue exists (biomarker-tested specimen); provision is a study procedure (C1)")),
    (7, "inclusion", J(U, TX_UNKNOWN, VN_01=(M, NO_TX), VN_05=(M, NO_TX),
        VN_03=(U, "on ramucirumab+paclitaxel now; current AE grades not recorded"))),
    (8, "inclusion", J(U, UNK_LAB)),
    (9, "inclusion", J(M, "measurable disease recorded", VN_06=(N, "disease recorded as not measurable"))),
    (10, "inclusion", J(M, "ECOG 1", VN_04=(M, "ECOG 0"), VN_05=(N, "ECOG 2"), VN_08=(N, "ECOG 3"))),
    (11, "inclusion", J(U, "life expectancy not estimable from the case (C2)")),
    (12, "inclusion", J(M, DNA + "no hepatitis B", VN_02=(U, "hepatitis B: antiviral duration and HBV viral load not in the case fields"))),
    (13, "inclusion", J(M, DNA + "no hepatitis C", VN_03=(U, "hepatitis C history: current HCV viral load not in the case fields"))),
    (14, "inclusion", J(M, DNA + "not HIV-infected", VN_04=(U, "HIV: ART and viral control not in the case fields"))),
    (17, "exclusion", J(M, "adenocarcinoma")),
    (18, "exclusion", J(N, "prior palliative systemic therapy recorded",
        VN_01=(M, "no prior therapy"), VN_05=(M, "no prior therapy"),
        VN_06=(N, "adjuvant therapy with recurrence within 183 days counts as therapy for advanced disease (C6)"))),
    (19, "exclusion", J(U, "weight history not recorded")),
    (20, "exclusion", J(U, "ocular history not recorded")),
    (21, "exclusion", J(U, "neuropathy grade not recorded")),
    (22, "exclusion", J(M, "no autoimmune/inflammatory disease listed (IBD read under autoimmune_disease)",
        VN_01=(U, "autoimmune_disease listed; type (IBD or not) not specified"))),
    (23, "exclusion", J(U, "cardiovascular/cerebrovascular history beyond the vocabulary not recorded",
        VN_05=(U, "heart failure with LVEF 45%: control status not recorded"))),
    (24, "exclusion", J(U, "effusions/ascites not recorded (C4)")),
    (25, "exclusion", J(M, DNA + "not HIV-infected", VN_04=(U, "HIV: Kaposi sarcoma / Castleman history not in case fields"))),
    (26, "exclusion", J(M, "no TROP2 ADC in the treatment history")),
    (27, "exclusion", J(M, "no topoisomerase-I ADC or irinotecan-type chemotherapy in the treatment history",
        VN_07=(N, "prior trastuzumab deruxtecan (topoisomerase-I ADC)"))),
    (28, "exclusion", per(
        VN_01=(M, "no prior systemic therapy"),
        VN_02=(M, "last systemic therapy 2026-10-10 (52 days)"),
        VN_03=(N, "ramucirumab+paclitaxel ongoing"),
        VN_04=(M, "last systemic therapy 2026-09-30 (62 days)"),
        VN_05=(M, "no prior systemic therapy"),
        VN_06=(M, "last systemic therapy 2026-05-20"),
        VN_07=(N, "trifluridine/tipiracil until 2026-11-12 (19 days)"),
        VN_08=(M, "last systemic therapy 2026-10-15 (47 days)"))),
    (29, "exclusion", J(M, "no checkpoint inhibitor in the treatment history",
        VN_02=(N, "prior pembrolizumab (anti-PD-1)"),
        VN_03=(N, "prior nivolumab (anti-PD-1)"),
        VN_04=(N, "prior pembrolizumab (anti-PD-1)"))),
    (30, "exclusion", J(U, "radiotherapy not recorded in case fields (C4)")),
    (31, "exclusion", J(U, "vaccination history not recorded")),
    (32, "exclusion", J(U, "concomitant medications not recorded")),
    (33, "exclusion", J(U, "no investigational agent in the treatments list, but investigational devices are not recorded")),
    (34, "exclusion", J(U, "systemic steroid/immunosuppressant use not recorded",
        VN_04=(U, "HIV (admitted by the HIV inclusion if controlled); steroid/immunosuppressant use not recorded"))),
    (35, "exclusion", J(U, "other malignancies not recorded (C4)")),
    (36, "exclusion", J(M, "brain_metastases not listed (no CNS metastases)",
        VN_02=(U, "brain_metastases listed; whether active/stable is not in the case fields"),
        VN_08=(U, "brain_metastases listed; whether active/stable is not in the case fields"))),
    (37, "exclusion", J(U, "allergy/hypersensitivity history not recorded")),
    (38, "exclusion", J(M, "no autoimmune disease listed", VN_01=(U, "autoimmune_disease listed; activity and systemic treatment in past 2 years not in fields"))),
    (39, "exclusion", J(M, "no ILD/pneumonitis listed", VN_07=(N, "grade 2 T-DXd pneumonitis (grade 2 is managed with systemic steroids)"))),
    (40, "exclusion", J(U, "acute infections not recorded")),
    (41, "exclusion", J(M, "no hepatitis B/C co-infection",
        VN_02=(M, "hepatitis B only: not a concurrent HBV+HCV infection"),
        VN_03=(M, "hepatitis C only: not a concurrent HBV+HCV infection"))),
    (42, "exclusion", J(U, "oral intake / GI obstruction not recorded (C4)")),
    (43, "exclusion", J(U, "bowel habit not recorded")),
    (44, "exclusion", J(U, "surgery/trauma dates not in case fields (C4)")),
    (45, "exclusion", J(M, "organ_transplant not listed")),
    (46, "exclusion", J(U, "surgical history/complications not in case fields (C4)")),
    ])

# ======================= NCT06596694 (HER3-DXd GI basket) =======================
TRIAL["NCT06596694"] = dict(note=(
    "Patritumab deruxtecan basket across GI cancers; only 'main' criteria listed (no ECOG, HER3 or organ-function "
    "items in the registry text, so VN-08 with ECOG 3 is not excluded by the text). Reading choices: (1) the "
    "heading 'Has one of the following cancers:' is its own item; the colorectal/BTC/HCC bullets are alternatives "
    "for other tumours and are 'does not apply' (met). (2) Recurrent disease after gastrectomy is read as "
    "advanced/unresectable. (3) 'Prior therapy for the cancer' includes adjuvant therapy (VN-06) and ongoing "
    "therapy (VN-03). (4) Absence of brain_metastases is read as no leptomeningeal disease; when present it cannot "
    "be excluded from the fields. (5) Grade 2 pneumonitis on T-DXd is taken as having required steroids (VN-07). "
    "Respiratory compromise, corneal, cardiovascular and infection items are not decidable from the fields."),
    crit=[
    (2, "inclusion", J(M, "gastroesophageal adenocarcinoma, advanced (one of the listed cancers)")),
    (3, "inclusion", J(M, DNA + "colorectal cohort; patient has gastroesophageal cancer")),
    (4, "inclusion", J(M, DNA + "biliary tract cohort; patient has gastroesophageal cancer")),
    (5, "inclusion", J(M, DNA + "HCC cohort; patient has gastroesophageal cancer")),
    (6, "inclusion", J(M, "metastatic gastroesophageal adenocarcinoma",
        VN_04=(M, "recurrent gastric adenocarcinoma after gastrectomy (advanced)"),
        VN_05=(M, "locally advanced unresectable oesophageal adenocarcinoma"),
        VN_06=(M, "recurrent gastric adenocarcinoma after gastrectomy (advanced)"))),
    (7, "inclusion", J(M, "prior systemic therapy recorded",
        VN_01=(N, "no prior therapy (treatment-naive)"),
        VN_05=(N, "no prior therapy (treatment-naive)"),
        VN_03=(M, "1L SOX+nivolumab; 2L ramucirumab+paclitaxel ongoing"),
        VN_06=(M, "adjuvant S-1+oxaliplatin"))),
    (8, "inclusion", J(U, TX_UNKNOWN, VN_01=(M, NO_TX), VN_05=(M, NO_TX),
        VN_03=(U, "on ramucirumab+paclitaxel now; current AE grades not recorded"),
        VN_07=(U, "grade 2 T-DXd pneumonitis; whether fully recovered not in the fields"))),
    (11, "exclusion", J(M, "no ILD/pneumonitis listed", VN_07=(N, "grade 2 T-DXd pneumonitis (grade 2 is managed with systemic steroids)"))),
    (12, "exclusion", J(U, "pulmonary function / intercurrent lung illness not recorded (C3)")),
    (13, "exclusion", J(M, "brain_metastases not listed (no CNS/leptomeningeal disease)",
        VN_02=(U, "brain_metastases listed; leptomeningeal spread not excluded by the fields"),
        VN_08=(U, "brain_metastases listed; leptomeningeal spread not excluded by the fields"))),
    (14, "exclusion", J(U, "ocular history not recorded")),
    (15, "exclusion", J(U, "cardiovascular/cerebrovascular history beyond the vocabulary not recorded",
        VN_05=(U, "heart failure with LVEF 45%: control status not recorded"))),
    (16, "exclusion", J(U, "acute infections not recorded",
        VN_02=(U, "hepatitis B: control not in the fields"),
        VN_03=(U, "hepatitis C history: viral status not in the fields"),
        VN_04=(U, "HIV: control not in the fields"))),
    ])

# ======================= NCT06628310 (Teliso-V / ABBV-400 + budigalimab 1L) =======================
TRIAL["NCT06628310"] = dict(note=(
    "1L HER2-negative GEA (telisotuzumab adizutecan + FOLFOX/5-FU + budigalimab). Short criteria list; no "
    "preambles. Reading choices: (1) HER2-negative 'IHC (0, or 1+) or FISH negative' is read to include IHC 2+ with "
    "a non-amplified ISH of any method (VN-03); HER2 status = most recent tissue; ctDNA ignored (VN-06). (2) "
    "Adjuvant therapy with recurrence <=183 days counts as prior therapy in the advanced setting (C6, VN-06). (3) "
    "PD-L1: a recorded CPS, or an existing tumour specimen, satisfies the item. (4) The lung-illness item is "
    "open-ended ('including, but not limited to'), so absence of ILD/pneumonitis in the vocabulary leaves it "
    "unknown; a history of grade 2 pneumonitis (VN-07) is a clinically significant lung illness."),
    crit=[
    (1, "inclusion", J(M, "metastatic adenocarcinoma",
        VN_04=(M, "recurrent adenocarcinoma after gastrectomy (advanced, inoperable)"),
        VN_05=(M, "locally advanced unresectable oesophageal adenocarcinoma"),
        VN_06=(M, "recurrent adenocarcinoma after gastrectomy (advanced, inoperable)"))),
    (2, "inclusion", J(M, "measurable disease recorded", VN_06=(N, "disease recorded as not measurable"))),
    (3, "inclusion", J(M, "ECOG 1", VN_04=(M, "ECOG 0"), VN_05=(N, "ECOG 2"), VN_08=(N, "ECOG 3"))),
    (4, "inclusion", per(
        VN_01=(M, "HER2 IHC 0"),
        VN_02=(M, "latest tissue IHC 1+ (re-biopsy 2026-10-22); IHC 3+ at diagnosis"),
        VN_03=(M, "IHC 2+ with ISH not amplified (ISH negative)"),
        VN_04=(M, "HER2 IHC 0"),
        VN_05=(N, "HER2 IHC 3+"),
        VN_06=(M, "tissue IHC 1+ (ctDNA ERBB2 amplification not part of the definition)"),
        VN_07=(N, "HER2 IHC 3+"),
        VN_08=(M, "HER2 IHC 0"))),
    (5, "inclusion", J(M, "PD-L1 CPS recorded", VN_06=(M, "CPS not tested, but resection tissue is available for central testing"))),
    (7, "exclusion", J(N, "prior palliative systemic therapy recorded",
        VN_01=(M, "no prior therapy"), VN_05=(M, "no prior therapy"),
        VN_06=(N, "adjuvant S-1+oxaliplatin with recurrence after 148 days counts as advanced-setting therapy (C6)"))),
    (8, "exclusion", J(U, "ILD/pneumonitis not listed, but other lung illnesses (open list) not recorded",
        VN_07=(N, "history of grade 2 T-DXd pneumonitis"))),
    ])


def main():
    os.makedirs(os.path.join(ROOT, "VN"), exist_ok=True)
    summary = {}
    for nct, spec in TRIAL.items():
        L = lines(nct)
        crit = []
        for idx, kind, jd in spec["crit"]:
            assert set(jd) == set(C), (nct, idx, set(C) - set(jd))
            text = L[idx][2:] if L[idx].startswith("* ") else L[idx]
            crit.append({"kind": kind, "text": text,
                         "judgements": {c: jd[c][0] for c in C},
                         "reasons": {c: jd[c][1] for c in C}})
        verdicts = {}
        for c in C:
            st = [cr["judgements"][c] for cr in crit]
            verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
        out = {"nct_id": nct, "reviewer_note": spec["note"], "verdicts": verdicts, "criteria": crit}
        with open(os.path.join(ROOT, "VN", nct + ".yaml"), "w") as f:
            yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=110)
        summary[nct] = (len(crit), verdicts,
                        {c: {s: sum(cr["judgements"][c] == s for cr in crit) for s in (M, N, U)} for c in C})
    for nct, (n, v, cnt) in summary.items():
        print(nct, n, {c: v[c][:4] for c in C})
        print("   ", {c: f"{cnt[c][M]}/{cnt[c][N]}/{cnt[c][U]}" for c in C})


if __name__ == "__main__":
    main()
