#!/usr/bin/env python3
"""Build VJ/<NCT>.yaml from the judgement spec below (texts are pulled verbatim from the records)."""
import json, os, re, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "trials", "her2-gastric")
C = [f"VJ-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def items_of(nct):
    txt = json.load(open(os.path.join(DATA, nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out = []
    for line in txt.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s.startswith("* ") or re.match(r"^\d+\. ", s) or not out or s.endswith(":"):
            out.append(re.sub(r"^(\* |\d+\. )", "", s))
        else:  # wrapped continuation of the previous item
            out[-1] += " " + s
    return out

def crit(kind, prefix, default, overrides=None):
    """default: (status, reason) for every case; overrides: {case: (status, reason)}"""
    return (kind, prefix, default, overrides or {})

SPEC = {}
UNK_LAB = (U, "laboratory value not in the case")

# ---------------------------------------------------------------- NCT05111626 bemarituzumab 1L FGFR2b
SPEC["NCT05111626"] = dict(
 note=("Phase 1b/3 first-line bemarituzumab + chemo + nivolumab, FGFR2b >=10% 2+/3+ by central IHC. "
       "No case has an FGFR2b result, so the best possible verdict is possibly_eligible. Lab bullets are "
       "unknown (C3). 'Adequate organ function as follows:' and 'Additional Inclusion Criteria Part 2:' are "
       "judged as their own items; the Part 2 heading only introduces the two Part 2 requirements and is met "
       "for all. Part 1 (safety run-in) is assumed closed, so Part 2 rules apply; the Part 1/Part 2 CrCl "
       "bullets are both unknown (labs). Oesophageal adenocarcinoma (VJ-07) is read as outside 'gastric or "
       "gastroesophageal junction'. A documented HER2-positive result counts as 'known positive HER2 status' "
       "even when a later re-biopsy is HER2 0 (VJ-02). The adjuvant CAPOX of VJ-01 ended 162 days before "
       "the as-of date, so it fails the >6 months rule. Brain-metastasis treatment status is only in "
       "comments, so the CNS item is unknown for VJ-02 and VJ-05."),
 items=[
  crit("inclusion", "Adult with unresectable", (M, "advanced (metastatic) gastric/GEJ adenocarcinoma, adult"), {
    "VJ-01": (M, "recurrent gastric adenocarcinoma after gastrectomy (recurrence 2026-10-20), adult"),
    "VJ-02": (M, "recurrent GEJ adenocarcinoma treated palliatively, adult"),
    "VJ-03": (M, "locally advanced unresectable gastric adenocarcinoma, adult"),
    "VJ-07": (N, "primary is oesophageal adenocarcinoma, not gastric or GEJ"),
    "VJ-08": (N, "resected disease, no unresectable or metastatic disease")}),
  crit("inclusion", "Eastern Cooperative Oncology Group (ECOG) performance status of 0 to 1", (M, "ECOG 0-1"), {
    "VJ-03": (N, "ECOG 2"), "VJ-05": (N, "ECOG 3"), "VJ-04": (M, "ECOG 0"), "VJ-08": (M, "ECOG 0")}),
  crit("inclusion", "Measurable disease or non-measurable", (M, "measurable disease recorded"), {
    "VJ-08": (N, "measurable_disease false after R0 resection; no evaluable disease")}),
  crit("inclusion", "Participant has no contraindications to nivolumab", (U, "contraindications depend on labs/organ function not in the case"), {
    "VJ-01": (U, "autoimmune disease on record; labs not in the case"),
    "VJ-05": (U, "prior grade 2 pneumonitis (relative contraindication to nivolumab); labs not in the case"),
    "VJ-03": (U, "heart failure, age 83; labs not in the case")}),
  crit("inclusion", "Adequate organ function as follows:", (U, "organ function not in the case")),
  crit("inclusion", "Absolute neutrophil count", UNK_LAB),
  crit("inclusion", "Platelet count", UNK_LAB),
  crit("inclusion", "Hemoglobin ≥ 9 g/dL", (U, "haemoglobin and transfusion history not in the case")),
  crit("inclusion", "Aspartate aminotransaminase", UNK_LAB),
  crit("inclusion", "Total bilirubin", UNK_LAB),
  crit("inclusion", "Part 1 only:", (U, "creatinine clearance not in the case")),
  crit("inclusion", "Part 2 only:", (U, "creatinine clearance not in the case")),
  crit("inclusion", "INR or prothrombin time", (U, "INR/PT and anticoagulation not in the case")),
  crit("inclusion", "Additional Inclusion Criteria Part 2:", (M, "heading only; its two Part 2 requirements are judged in the next items")),
  crit("inclusion", "No prior treatment for metastatic or unresectable disease", (M, "no systemic therapy for advanced disease"), {
    "VJ-01": (N, "adjuvant CAPOX ended 2026-06-22, <6 months (162 days) before 2026-12-01; recurrence 120 days after it counts as a prior line (C6)"),
    "VJ-02": (N, "prior 1st-line pembrolizumab + trastuzumab + CAPOX for recurrent disease"),
    "VJ-05": (N, "three prior palliative lines"),
    "VJ-06": (N, "prior 1st-line trastuzumab + CAPOX"),
    "VJ-07": (N, "two prior palliative lines (FOLFOX + nivolumab; ramucirumab + paclitaxel)"),
    "VJ-08": (M, "no therapy for advanced disease; perioperative FLOT ended 2026-04-20, >6 months (225 days) ago")}),
  crit("inclusion", "Fibroblast growth factor receptor 2b (FGFR2b)", (U, "FGFR2b IHC not done; central testing needed")),
  crit("exclusion", "Prior treatment with any selective inhibitor", (M, "no FGF/FGFR inhibitor in the treatment history")),
  crit("exclusion", "Known positive human epidermal growth factor receptor 2", (M, "HER2-negative"), {
    "VJ-01": (M, "HER2 IHC 1+ (not positive)"),
    "VJ-02": (N, "HER2 IHC 3+/ISH amplified on 2024 recurrence biopsy (later IHC 0 re-biopsy does not remove a known positive status)"),
    "VJ-03": (U, "HER2 IHC 2+, ISH result not available"),
    "VJ-04": (M, "HER2 IHC 2+ with ISH not amplified = HER2-negative"),
    "VJ-05": (N, "HER2 IHC 3+"),
    "VJ-06": (N, "HER2 IHC 3+/ISH amplified"),
    "VJ-07": (U, "tissue HER2 never tested; ERBB2 amplification on ctDNA only"),
    "VJ-08": (N, "HER2 IHC 3+/ISH amplified")}),
  crit("exclusion", "Untreated or symptomatic central nervous system", (M, "no brain/CNS metastases recorded"), {
    "VJ-02": (U, "brain metastases recorded; treated/symptomatic status not in the case fields"),
    "VJ-05": (U, "brain metastases recorded; treated/symptomatic status not in the case fields")}),
  crit("exclusion", "Peripheral sensory neuropathy grade 2 or higher", (U, "neuropathy grade not recorded"), {
    "VJ-07": (N, "grade 2 sensory neuropathy on paclitaxel, stopped 2026-11-09")}),
  crit("exclusion", "Clinically significant cardiac disease", (U, "no heart failure; other cardiac disease not recorded"), {
    "VJ-03": (N, "heart failure with LVEF 45%"),
    "VJ-05": (U, "LVEF 52%; other cardiac disease not recorded")}),
  crit("exclusion", "Other malignancy within the last 2 years", (U, "other malignancy history not recorded")),
  crit("exclusion", "Chronic or systemic ophthalmologic disorders", (U, "eye history not recorded")),
  crit("exclusion", "Major surgery or other investigational study within 28 days", (U, "surgery/trial participation dates not in the case fields")),
  crit("exclusion", "Palliative radiotherapy within 14 days", (U, "radiotherapy not in the case fields")),
  crit("exclusion", "Abnormalities of the cornea", (U, "corneal examination not recorded")),
  crit("exclusion", "Active autoimmune disease that has required systemic treatment", (M, "no autoimmune disease, transplant or ILD/pneumonitis"), {
    "VJ-01": (U, "autoimmune disease on record; whether systemic non-replacement treatment was needed is not in the case"),
    "VJ-05": (U, "prior pneumonitis; need for ongoing immunosuppression not in the case")}),
 ])

# ---------------------------------------------------------------- NCT05640830 TREAZURE 2L HER2+
SPEC["NCT05640830"] = dict(
 note=("Phase 1b/2 trastuzumab + bevacizumab + paclitaxel, second line for HER2-positive advanced gastric cancer. "
       "Item 1 and its two definition bullets are judged separately: the heading needs HER2-positive "
       "advanced gastric cancer; bullet 1 is the IHC 3+/ISH route; bullet 2 the proteomic (MRM) route, met "
       "when HER2 positivity is already shown by IHC/ISH, otherwise unknown (not done). IHC 1+ or 2+/ISH- is "
       "judged not HER2-positive. For VJ-02 (IHC 3+ in 2024, IHC 0 on 2026 re-biopsy) the record does not say "
       "which specimen counts: unknown. 'Progressed in response to one systemic anticancer therapy' is read "
       "as exactly one prior line (second-line trial); early recurrence after adjuvant therapy counts as that "
       "line (C6). LVEF in the case does not state the method: 52% (VJ-05) is unknown (below 55% echo, above "
       "50% MUGA). Exclusion 1 also covers radiotherapy, which is not a case field, so it is unknown for all. "
       "Item 4 is a composite ending in 'any other serious medical disorder', so it is unknown for all. "
       "Oesophageal adenocarcinoma (VJ-07) is read as not 'gastric cancer'."),
 items=[
  crit("inclusion", "HER2-positive advanced gastric cancer", (M, "HER2-positive advanced gastric/GEJ cancer"), {
    "VJ-01": (N, "HER2 IHC 1+ (HER2-low), not HER2-positive"),
    "VJ-02": (U, "HER2 IHC 3+/ISH amplified in 2024 but IHC 0/ISH not amplified on 2026-10 re-biopsy (HER2 loss)"),
    "VJ-03": (U, "HER2 IHC 2+, ISH result not available"),
    "VJ-04": (N, "HER2 IHC 2+ with ISH not amplified: HER2-negative"),
    "VJ-05": (M, "HER2 IHC 3+, metastatic GEJ cancer"),
    "VJ-06": (M, "HER2 IHC 3+/ISH amplified, metastatic gastric cancer"),
    "VJ-07": (N, "oesophageal primary, not gastric; HER2 only from ctDNA"),
    "VJ-08": (N, "HER2-positive but resected, no advanced disease")}),
  crit("inclusion", "Defined as IHC 2+, which is IHC 3+ or SISH", (M, "IHC 3+ / ISH amplified"), {
    "VJ-01": (N, "IHC 1+"),
    "VJ-02": (U, "IHC 3+/ISH ratio 3.1 (2024) vs IHC 0/ISH 1.2 (2026); which specimen counts is not stated"),
    "VJ-03": (U, "IHC 2+, ISH pending"),
    "VJ-04": (N, "IHC 2+, ISH ratio 1.4 (not amplified)"),
    "VJ-05": (M, "IHC 3+"),
    "VJ-07": (U, "no tissue IHC/ISH; ctDNA only")}),
  crit("inclusion", "or significant overexpression of HER2 protein", (U, "no proteomic (MRM) HER2 result"), {
    "VJ-05": (M, "alternative route not needed: HER2-positive by IHC"),
    "VJ-06": (M, "alternative route not needed: HER2-positive by IHC/ISH"),
    "VJ-08": (M, "alternative route not needed: HER2-positive by IHC/ISH")}),
  crit("inclusion", "Patients who have progressed in response to one systemic", (N, "no prior systemic therapy for advanced disease"), {
    "VJ-01": (M, "recurrence 120 days after adjuvant CAPOX counts as one prior line (C6)"),
    "VJ-02": (M, "progressed on one line (pembrolizumab + trastuzumab + CAPOX)"),
    "VJ-05": (N, "three prior palliative lines; this is a second-line trial"),
    "VJ-06": (M, "progressed on one line (trastuzumab + CAPOX) 2026-10-19"),
    "VJ-07": (N, "two prior palliative lines; this is a second-line trial"),
    "VJ-08": (N, "no advanced disease; perioperative FLOT only, no recurrence")}),
  crit("inclusion", "Patients who are willing and able to write", (M, "consent item (C1)")),
  crit("inclusion", "Patients aged 19 years or older", (M, "adult (age >= 19)")),
  crit("inclusion", "Patients with measurable or evaluable lesions", (M, "measurable disease recorded"), {
    "VJ-08": (N, "no measurable or evaluable disease after R0 resection")}),
  crit("inclusion", "ECOG activity status 0, 1 or 2", (M, "ECOG within 0-2"), {
    "VJ-03": (M, "ECOG 2"), "VJ-05": (N, "ECOG 3")}),
  crit("inclusion", "as patients with adequate organ function", (U, "organ function not in the case")),
  crit("inclusion", "Absolute neutrophil (ANC)", UNK_LAB),
  crit("inclusion", "Echocardiogram EF ≥55% or MUGA scan ≥50%", (U, "LVEF not recorded"), {
    "VJ-02": (M, "LVEF 58%"), "VJ-03": (N, "LVEF 45%, below both thresholds"),
    "VJ-05": (U, "LVEF 52%: method not recorded (fails echo >=55%, meets MUGA >=50%)"),
    "VJ-06": (M, "LVEF 62%"), "VJ-07": (M, "LVEF 55%"), "VJ-08": (M, "LVEF 64%")}),
  crit("exclusion", "Patients who have received chemotherapy, radiation therapy", (U, "no systemic therapy in the last 2 weeks; radiotherapy not in the case fields"), {
    "VJ-03": (U, "no systemic therapy given; radiotherapy not in the case fields"),
    "VJ-04": (U, "no systemic therapy given; radiotherapy not in the case fields")}),
  crit("exclusion", "Patients who have experienced Grade 3-4 gastrointestinal bleeding", (U, "bleeding history not recorded")),
  crit("exclusion", "Patients who have experienced an arteriovascular embolism", (U, "thromboembolic history not recorded")),
  crit("exclusion", "Ongoing or active infection, symptomatic congestive heart failure", (U, "composite; infections, arrhythmia and 'other serious disorders' not recorded"), {
    "VJ-03": (U, "heart failure on record but symptom status not in the fields; hepatitis C history"),
    "VJ-06": (U, "hepatitis B on record; activity not in the case fields"),
    "VJ-07": (U, "HIV on record; control not in the case fields")}),
  crit("exclusion", "Patients with a history of gastrointestinal perforation", (U, "perforation/fistula history not recorded")),
  crit("exclusion", "Concomitant diagnosis of cancer in another site", (U, "other malignancy history not recorded")),
  crit("exclusion", "Excluding fully cured basal cell carcinoma", (U, "exception clause to the other-malignancy exclusion; no other-cancer history recorded")),
 ])

# ---------------------------------------------------------------- NCT05702229 AZ multi-drug platform 1L HER2-neg
SPEC["NCT05702229"] = dict(
 note=("Phase 2 platform of novel first-line combinations (HER2-negative, IO-naive). Body weight is not a case "
       "field (unknown). Central CLDN18.2 confirmation is a screening step not yet done: unknown even when a "
       "local CLDN18.2 result exists. 'Previously untreated' fails when adjuvant therapy ended <=183 days "
       "before recurrence (C6, VJ-01) and for resected patients without unresectable/metastatic disease "
       "(VJ-08). A documented HER2-positive result excludes (VJ-02, despite IHC 0 on re-biopsy); IHC 2+ with "
       "ISH pending (VJ-03) and ctDNA-only ERBB2 (VJ-07) are unknown. Active infections: HIV is explicitly "
       "named, so VJ-07 is excluded; hepatitis B/C history without activity data is unknown; for others the "
       "item stays unknown because active TB/other infections are not recorded. Grade 2 drug pneumonitis "
       "(VJ-05) is read as a prior inflammatory disorder requiring systemic steroids. Brain metastases with "
       "treatment status only in comments are unknown."),
 items=[
  crit("inclusion", "18 years or older at the time of signing the ICF.", (M, "adult")),
  crit("inclusion", "Body weight", (U, "body weight not in the case")),
  crit("inclusion", "Previously untreated for unresectable or metastatic", (M, "no prior systemic therapy for advanced disease"), {
    "VJ-01": (N, "recurrence 120 days after adjuvant CAPOX: counts as a prior line (C6)"),
    "VJ-02": (N, "prior pembrolizumab + trastuzumab + CAPOX for recurrent disease"),
    "VJ-03": (M, "untreated locally advanced unresectable gastric adenocarcinoma"),
    "VJ-04": (M, "untreated metastatic gastric adenocarcinoma"),
    "VJ-05": (N, "three prior palliative lines"),
    "VJ-06": (N, "prior trastuzumab + CAPOX"),
    "VJ-07": (N, "two prior palliative lines; oesophageal primary"),
    "VJ-08": (N, "resected, no unresectable or metastatic disease")}),
  crit("inclusion", "Has measurable target disease", (M, "measurable disease recorded"), {
    "VJ-08": (N, "measurable_disease false after R0 resection")}),
  crit("inclusion", "ECOG PS zero or one.", (M, "ECOG 0-1"), {
    "VJ-03": (N, "ECOG 2"), "VJ-05": (N, "ECOG 3")}),
  crit("inclusion", "Life expectancy of at least 12 weeks.", (U, "life expectancy not assessable (C2)")),
  crit("inclusion", "Adequate organ and bone marrow function.", (U, "laboratory values not in the case")),
  crit("inclusion", "Has central lab confirmed Claudin18.2 status", (U, "central CLDN18.2 confirmation not yet done"), {
    "VJ-07": (U, "no CLDN18.2 testing; no tissue left (would need fresh biopsy)")}),
  crit("exclusion", "Participants with HER2-positive (3+ by IHC", (M, "HER2-negative"), {
    "VJ-01": (M, "HER2 IHC 1+"),
    "VJ-02": (N, "HER2 IHC 3+/ISH amplified (2024); IHC 0 re-biopsy does not remove a documented positive"),
    "VJ-03": (U, "IHC 2+ with ISH pending: positive vs negative not yet determined"),
    "VJ-04": (M, "IHC 2+ with ISH not amplified: HER2-negative"),
    "VJ-05": (N, "HER2 IHC 3+"),
    "VJ-06": (N, "HER2 IHC 3+/ISH amplified"),
    "VJ-07": (U, "tissue HER2 never tested; ctDNA ERBB2 amplified"),
    "VJ-08": (N, "HER2 IHC 3+/ISH amplified")}),
  crit("exclusion", "Untreated or progressive CNS metastatic disease", (M, "no brain/CNS metastases recorded"), {
    "VJ-02": (U, "brain metastases recorded; treatment status not in the case fields"),
    "VJ-05": (U, "brain metastases recorded; treatment/progression status not in the case fields")}),
  crit("exclusion", "Participants with ascites", (U, "ascites not recorded")),
  crit("exclusion", "Active infectious diseases, including tuberculosis", (U, "no HIV/hepatitis B/C; active TB or other infection not recorded"), {
    "VJ-03": (U, "hepatitis C on record; activity not in the case fields"),
    "VJ-06": (U, "hepatitis B on record; activity not in the case fields"),
    "VJ-07": (N, "HIV infection (named in the exclusion)")}),
  crit("exclusion", "Uncontrolled intercurrent illness.", (U, "control of intercurrent illness not recorded")),
  crit("exclusion", "Active or prior documented autoimmune or inflammatory", (M, "no autoimmune or inflammatory disorder recorded"), {
    "VJ-01": (U, "autoimmune disease on record; whether steroids/immunosuppression were needed is not in the case"),
    "VJ-05": (N, "grade 2 drug-induced pneumonitis (inflammatory disorder; grade 2 requires systemic steroids)")}),
  crit("exclusion", "History of another primary malignancy.", (U, "other malignancy history not recorded")),
  crit("exclusion", "Previous treatment with an immune-oncology agent.", (M, "no prior checkpoint inhibitor"), {
    "VJ-02": (N, "prior pembrolizumab"), "VJ-07": (N, "prior nivolumab")}),
  crit("exclusion", "Previous treatment with any modalities of Claudin18.2", (M, "no prior zolbetuximab/CLDN18.2 therapy or MMAE ADC"), {
    "VJ-05": (M, "prior T-DXd (deruxtecan payload, not MMAE); no CLDN18.2 therapy")}),
 ])

# ---------------------------------------------------------------- NCT05771584 AST-301 vaccine post-adjuvant
SPEC["NCT05771584"] = dict(
 note=("Phase 2 HER2 vaccine for patients who had R0 resection of stage II-III gastric cancer and completed "
       "adjuvant therapy (disease-free). 'Key Inclusion/Exclusion Criteria:' labels are section labels, not "
       "requirements, and are not listed. R0 status, lymph-node dissection and pathological stage are not "
       "case fields (unknown for VJ-08 and for the recurrent patients' surgery item). Patients with "
       "recurrent or metastatic disease are read as failing 'stages II or III' (current stage IV/recurrent; "
       "the trial measures disease-free survival); locally advanced unresectable (VJ-03) stage is unknown. "
       "HER2 low (IHC 1+, 2+) and overexpression both qualify, so IHC 2+ with ISH pending is met; VJ-02's "
       "re-biopsy IHC 0 makes it unknown. Perioperative FLOT is taken as 'standard adjuvant treatment'. "
       "Grade 2 drug pneumonitis counts as a history of inflammatory disease. Immunosuppressant use is "
       "met when no autoimmune/transplant/ILD/pneumonitis condition or CNS metastases are recorded."),
 items=[
  crit("inclusion", "Underwent a curative surgery with standard lymph node dissection", (N, "no curative resection or adjuvant therapy; treated palliatively"), {
    "VJ-01": (U, "adjuvant CAPOX completed after gastrectomy; lymph-node dissection/R0 status not in the case fields"),
    "VJ-02": (U, "perioperative FLOT completed around resection; R0 status not in the case fields"),
    "VJ-03": (N, "unresectable, never operated"),
    "VJ-04": (N, "metastatic at diagnosis, no resection"),
    "VJ-08": (U, "perioperative FLOT completed 2026-04-20; lymph-node dissection and R0 status not in the case fields")}),
  crit("inclusion", "Has stages II or III according to the 8th edition", (N, "metastatic (stage IV) disease"), {
    "VJ-01": (N, "recurrent disease (2026-10-20); no longer disease-free stage II-III"),
    "VJ-02": (N, "recurrent disease (2024-12-09); no longer disease-free stage II-III"),
    "VJ-03": (U, "locally advanced unresectable; AJCC stage (III vs IVA) not in the case"),
    "VJ-08": (U, "resected; pathological stage not in the case fields")}),
  crit("inclusion", "HER2 low expression and HER2 overexpression", (M, "HER2-expressing tumour"), {
    "VJ-01": (M, "HER2 IHC 1+ (HER2-low), gastric criteria"),
    "VJ-02": (U, "IHC 3+ in 2024 but IHC 0 on 2026 re-biopsy"),
    "VJ-03": (M, "IHC 2+: HER2-low or positive whatever the pending ISH"),
    "VJ-04": (M, "IHC 2+/ISH not amplified (HER2-low)"),
    "VJ-05": (M, "IHC 3+"), "VJ-06": (M, "IHC 3+/ISH amplified"),
    "VJ-07": (U, "no tissue HER2 IHC; ctDNA only"),
    "VJ-08": (M, "IHC 3+/ISH amplified, gastric criteria")}),
  crit("inclusion", "Eastern Cooperative Oncology Group (ECOG) performance status of 0 to 1", (M, "ECOG 0-1"), {
    "VJ-03": (N, "ECOG 2"), "VJ-05": (N, "ECOG 3")}),
  crit("inclusion", "Demonstrates adequate organ function.", (U, "laboratory values not in the case")),
  crit("exclusion", "Has a history of hypersensitivity or other contraindications to rhuGM-CSF", (U, "GM-CSF hypersensitivity/contraindications not recorded")),
  crit("exclusion", "Has a history of other malignancies", (U, "other malignancy history not recorded")),
  crit("exclusion", "Has received systemic immunosuppressants", (M, "no condition needing immunosuppressants recorded"), {
    "VJ-01": (U, "autoimmune disease on record; current treatment not in the case"),
    "VJ-02": (U, "untreated brain metastases may need steroids; medication not in the case"),
    "VJ-05": (U, "pneumonitis treated with steroids; timing not in the case fields")}),
  crit("exclusion", "Has a history of autoimmune disease or inflammatory disease", (M, "no autoimmune or inflammatory disease recorded"), {
    "VJ-01": (N, "history of autoimmune disease"),
    "VJ-05": (N, "history of drug-induced pneumonitis (inflammatory lung disease)")}),
  crit("exclusion", "Has active infection including tuberculosis", (U, "no HIV/hepatitis B/C; active TB or other infection not recorded"), {
    "VJ-03": (U, "hepatitis C on record; activity not in the case fields"),
    "VJ-06": (U, "hepatitis B on record; activity not in the case fields"),
    "VJ-07": (N, "HIV infection")}),
  crit("exclusion", "Is pregnant or breastfeeding", (M, "does not apply: male (C2)"), {
    "VJ-01": (U, "woman aged 46; pregnancy status not recorded (C2)"),
    "VJ-04": (U, "woman aged 34; pregnancy status not recorded (C2)"),
    "VJ-05": (M, "woman aged 67 (C2)"), "VJ-08": (M, "woman aged 71 (C2)")}),
 ])

def main():
    os.makedirs(os.path.join(ROOT, "VJ"), exist_ok=True)
    for nct, spec in SPEC.items():
        texts = items_of(nct)
        crits = []
        for kind, prefix, default, ov in spec["items"]:
            hits = [t for t in texts if t.startswith(prefix)]
            assert len(hits) >= 1, (nct, prefix)
            text = hits[0]
            j = {c: ov.get(c, default)[0] for c in C}
            r = {c: ov.get(c, default)[1] for c in C}
            crits.append({"kind": kind, "text": text, "judgements": j, "reasons": r})
        used = {c["text"] for c in crits}
        skipped = [t for t in texts if t not in used]
        verdicts = {}
        for c in C:
            st = [x["judgements"][c] for x in crits]
            verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
        out = {"nct_id": nct, "reviewer_note": spec["note"], "verdicts": verdicts, "criteria": crits}
        with open(os.path.join(ROOT, "VJ", nct + ".yaml"), "w") as f:
            yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=110)
        print(nct, len(crits), "criteria; not listed:", skipped)
        print("  ", verdicts)

if __name__ == "__main__":
    main()
