#!/usr/bin/env python3
"""Write VA/<NCT>.yaml from the hand-made judgement tables below (reviewer's own judgements).

Each criterion: (kind, verbatim text, default (status, reason), {case: (status, reason)} overrides).
The script checks that every text occurs verbatim (white space normalised) in the record and
derives each verdict from the judgements.
"""
import json, os, sys
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "trials", "her2-gastric")
CASES = [f"VA-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"
norm = lambda s: " ".join(s.split())


def crit(kind, text, default, **over):
    j, r = {}, {}
    for c in CASES:
        key = c.replace("-", "_")
        st, rs = over.get(key, default)
        j[c], r[c] = st, rs
    return {"kind": kind, "text": text, "judgements": j, "reasons": r}


LABS = (U, "laboratory value not recorded in the case (C3)")
CONSENT = (M, "consent/compliance item (C1)")

TRIALS = {}

# ---------------------------------------------------------------- NCT05264896 perioperative FLOT vs adjuvant XELOX
TRIALS["NCT05264896"] = dict(
    note=("Randomised phase 3 of perioperative FLOT versus adjuvant XELOX for locally advanced, resectable gastric/"
          "Siewert II-III GEJ adenocarcinoma. Only a newly diagnosed, untreated, resectable case can fit. "
          "cT/cN stage is not a case field, so item 1 is unknown even for the resectable case (VA-01). "
          "I read 'No previous gastrectomy' as decided by setting=resectable with no treatment (primary in situ). "
          "Recurrent disease after resection is not 'locally advanced ... by clinical stage' nor 'surgically "
          "resectable' (the case vocabulary separates recurrent from resectable: not_met); whether the recurrence "
          "includes distant metastases is not a case field (exclusion 1 unknown). VA-01's breast-feeding is only in a YAML "
          "comment, so the lactation exclusion is unknown (C2), not not_met. Peripheral neuropathy is decided only "
          "where a toxicity records it (VA-07, grade 2 -> excluded)."),
    criteria=[
        crit("inclusion", "Locally advanced adenocarcinoma of stomach or esophagogastric junction (Siewert type II and III), defined by clinical stage ≥T3 and/or ≥N1, in the absence of distant metastasis",
             (N, "metastatic disease"),
             VA_01=(U, "resectable gastric adenocarcinoma without distant metastasis, but cT/cN stage is not a case field"),
             VA_06=(N, "recurrent disease after resection, not a primary tumour staged ≥T3/≥N1"),
             VA_07=(N, "recurrent disease after gastrectomy, not a primary tumour staged ≥T3/≥N1"),
             VA_08=(N, "oesophageal (not gastric/GEJ) primary and metastatic")),
        crit("inclusion", "Surgically resectable disease based on clinical staging",
             (N, "metastatic disease, not resectable"),
             VA_01=(M, "setting: resectable"),
             VA_06=(N, "setting: recurrent (advanced) after prior resection, not resectable primary disease"),
             VA_07=(N, "setting: recurrent (advanced) after prior gastrectomy, not resectable primary disease")),
        crit("inclusion", "No previous gastrectomy or chemotherapy",
             (N, "prior chemotherapy recorded"),
             VA_01=(M, "no treatment recorded; newly diagnosed resectable primary in situ"),
             VA_05=(N, "S-1 + oxaliplatin ongoing since 2026-09-10"),
             VA_06=(N, "perioperative fluorouracil/oxaliplatin/docetaxel 2022-10-10 to 2023-03-20"),
             VA_07=(N, "perioperative docetaxel/oxaliplatin/fluorouracil 2026-01-05 to 2026-06-01")),
        crit("inclusion", "Age 18 or above but less than 80",
             (M, "age within 18 to <80"),
             VA_02=(N, "age 84 (≥80)")),
        crit("inclusion", "ECOG ≤2",
             (M, "ECOG ≤2"),
             VA_08=(N, "ECOG 3")),
        crit("inclusion", r"Hemoglobin \>/= 8.0 g/dL", LABS),
        crit("inclusion", "Neutrophils \\>/= 1.500/µl", LABS),
        crit("inclusion", "Platelets ≥ 100.000/µl", LABS),
        crit("inclusion", "Creatinine clearance ≥ 50 ml/min", LABS),
        crit("inclusion", r"Serum albumin \>25 g/L", LABS),
        crit("exclusion", "Distant metastases, direct tumor invasion to organs not resectable by surgery",
             (N, "metastatic disease (distant metastases)"),
             VA_01=(M, "setting: resectable, no distant metastasis"),
             VA_06=(U, "recurrent; sites of recurrence not a case field"),
             VA_07=(U, "recurrent; sites of recurrence not a case field")),
        crit("exclusion", "Hypersensitivity or contraindication against Capacitabine, 5-FU, Leucovorin, Oxaliplatin, Docetaxel",
             (U, "drug hypersensitivity/contraindications not recorded (C4)")),
        crit("exclusion", "Active CHD, Cardiomyopathy or cardiac insufficiency stage III-IV according to NYHA",
             (U, "no heart failure recorded, but coronary disease/cardiomyopathy not recorded (C4 composite)"),
             VA_03=(U, "history of heart failure with LVEF 45%, but NYHA class and activity not recorded")),
        crit("exclusion", "Peripheral polyneuropathy ≥ NCI grade II",
             (U, "neuropathy grade not recorded"),
             VA_07=(N, "grade 2 peripheral sensory neuropathy after FLOT")),
        crit("exclusion", r"Severe liver dysfunction (i) ALT \>3 x upper limit of normal, and/ or (ii) total bilirubin \>1.5 x upper limit of normal (subjects with Gilbert Syndrome with total bilirubin level of \>/= 3.0 x upper limit of normal)",
             LABS),
        crit("exclusion", "Pregnancy or lactation",
             (M, "male (C2)"),
             VA_01=(U, "woman aged 29; pregnancy/lactation status not a case field (C2)"),
             VA_03=(M, "woman aged 67 (≥55, C2)"),
             VA_06=(M, "woman aged 62 (≥55, C2)"),
             VA_08=(U, "woman aged 41; pregnancy/lactation status not a case field (C2)")),
        crit("exclusion", "Malignant secondary disease, dated back \\<5 years (except in-situ carcinoma of cervix uteri, adequately treated skin basal cell carcinoma)",
             (U, "other malignancies not recorded (C4)")),
        crit("exclusion", "Serious uncontrolled infection or cocomitant severe medical conditions",
             (U, "uncontrolled infection/severe comorbidity not recorded (C4)"),
             VA_08=(U, "HIV infection listed; whether controlled is not recorded")),
    ])

# ---------------------------------------------------------------- NCT05514717 XMT-2056 phase 1
TRIALS["NCT05514717"] = dict(
    note=("Phase 1 HER2-directed immunosynthen (XMT-2056, STING agonist payload) in recurrent/metastatic "
          "HER2-positive solid tumours. I split the first inclusion bullet into its three requirements (disease/"
          "progression; HER2 positivity on the MOST RECENT tissue; ERBB2 amplification/mutation without HER2 "
          "positivity = ineligible). I read 'progression after, intolerant to, or contraindicated with available "
          "anti-cancer therapies known to confer benefit' as phase-1 language meaning standard options are "
          "exhausted or unsuitable, an investigator's judgement: unknown where licensed options remain "
          "(VA-02, VA-03, VA-04). The fresh-biopsy item is a study procedure (C1, met). Steroid dosing is not a "
          "case field (unknown for all); other malignancies unknown (C4); brain metastasis treatment status is "
          "not a case field, so the CNS items are unknown for VA-03 (treated, comment only) and VA-08 "
          "(untreated, comment only). The two numbered sub-items under the CNS exclusion are separate items."),
    criteria=[
        crit("inclusion", "Participant has recurrent or metastatic solid tumors with HER2 expression and has disease progression after treatment, is intolerant to treatment, or is contraindicated with available anti-cancer therapies known to confer benefit, based on investigator's judgement.",
             (U, "x"),
             VA_01=(N, "resectable, untreated disease; not recurrent/metastatic after therapy"),
             VA_02=(U, "metastatic HER2 3+, progressed on first-line trastuzumab-XELOX; second-line options remain (investigator's judgement)"),
             VA_03=(U, "metastatic HER2 3+, progressed after two lines; T-DXd not yet given (LVEF 45%) — investigator's judgement"),
             VA_04=(U, "metastatic, progressed after trastuzumab and T-DXd (stopped for ILD); ramucirumab-paclitaxel still available — investigator's judgement"),
             VA_05=(N, "first-line S-1 + oxaliplatin ongoing; no progression or intolerance"),
             VA_06=(N, "untreated recurrence; first-line standard therapy available"),
             VA_07=(N, "tissue HER2 IHC 0: no HER2 expression"),
             VA_08=(N, "tissue HER2 IHC 0: no HER2 expression (ERBB2 amplification on ctDNA only)")),
        crit("inclusion", "Note: Participants must have HER2 positivity per the results of their most recent tumor tissue testing, defined as IHC 3+ or IHC 2+ in combination with in situ hybridization (ISH)+.",
             (M, "most recent tissue HER2 IHC 3+"),
             VA_04=(N, "most recent tissue (re-biopsy 2026-10-22) HER2 IHC 1+ — HER2 loss"),
             VA_05=(N, "tissue HER2 IHC 1+"),
             VA_06=(N, "HER2 IHC 2+ with ISH not amplified (ratio 1.3)"),
             VA_07=(N, "tissue HER2 IHC 0"),
             VA_08=(N, "most recent tissue HER2 IHC 0 (2024)")),
        crit("inclusion", "Participants with ERBB2-activating mutations or ERBB2 gene amplification in the absence of HER2 positivity are considered ineligible.",
             (M, "does not apply — tumour is HER2-positive on tissue"),
             VA_04=(U, "HER2 now IHC 1+; ERBB2 mutation/amplification testing not recorded"),
             VA_05=(U, "HER2 IHC 1+; ERBB2 mutation/amplification testing not recorded"),
             VA_06=(U, "HER2 2+/ISH-; ERBB2 mutation testing not recorded"),
             VA_07=(U, "HER2 IHC 0; ERBB2 mutation/amplification testing not recorded"),
             VA_08=(N, "ERBB2 amplification on ctDNA with tissue HER2 IHC 0 — explicitly ineligible")),
        crit("inclusion", "Eastern Cooperative Oncology Group (ECOG) performance status 0 or 1.",
             (M, "ECOG 0-1"),
             VA_02=(N, "ECOG 2"),
             VA_08=(N, "ECOG 3")),
        crit("inclusion", "Participant must have measurable disease as defined by RECIST version 1.1.",
             (M, "measurable_disease: true"),
             VA_07=(N, "measurable_disease: false")),
        crit("inclusion", "Participant has fresh tumor biopsy tissue available for submission to central laboratory. If obtaining fresh tumor tissue is medically contraindicated, archival tumor tissue can be submitted following written approval of the request by the study Medical Monitor. Samples must be obtained after the participant's most recent HER2-targeting therapy unless determined to be medically contraindicated after discussion with the medical monitor.",
             (M, "study procedure (fresh biopsy at screening) (C1)")),
        crit("exclusion", r"Participant is receiving immunosuppressive doses of systemic medications, (doses \>10 mg/day prednisone or equivalent) that cannot be discontinued for at least 2 weeks before the first dose and during study drug treatment administration. Note: physiologic hormone replacement therapy is an exception.",
             (U, "concomitant steroid/immunosuppressant use not recorded"),
             VA_07=(U, "autoimmune disease listed; immunosuppressant doses not recorded")),
        crit("exclusion", "Participant has received prior treatment targeting STING pathway.",
             (M, "no STING-pathway agent in the systemic treatment history"),
             VA_01=(M, "no prior systemic therapy")),
        crit("exclusion", "Diagnosis of additional malignancy that required active treatment (including surgery, systemic therapy, and radiation) within the last 2 years, expect for adequately treated basal cell or squamous cell skin cancer or carcinoma in situ of the breast or the cervix. Participants with an additional malignancy that has a low risk for recurrence may be eligible after discussion with the study Medical Monitor.",
             (U, "other malignancies not recorded (C4)")),
        crit("exclusion", "Participants have untreated CNS metastases (including new and progressive brain metastases), history of leptomeningeal metastasis, or carcinomatous meningitis.",
             (M, "no brain metastases recorded (vocabulary condition absent)"),
             VA_03=(U, "brain metastases listed; whether treated/stable is not a case field"),
             VA_08=(U, "brain metastases listed; whether treated is not a case field")),
        crit("exclusion", "Participants are eligible if CNS metastases are adequately treated and participants are neurologically stable for at least 2 weeks prior to enrollment.",
             (M, "does not apply — no brain metastases"),
             VA_03=(U, "brain metastases listed; treatment and neurological stability not case fields"),
             VA_08=(U, "brain metastases listed; treatment and neurological stability not case fields")),
        crit("exclusion", "In addition, participants must be either off corticosteroids, or on a stable/decreasing dose of ≤ 10 mg prednisone daily (or equivalent).",
             (M, "does not apply — no brain metastases"),
             VA_03=(U, "brain metastases listed; corticosteroid dose not recorded"),
             VA_08=(U, "brain metastases listed; corticosteroid dose not recorded")),
    ])

# ---------------------------------------------------------------- NCT05640830 TREAZURE trastuzumab+bevacizumab+paclitaxel 2L
TRIALS["NCT05640830"] = dict(
    note=("Phase 1b/2 (Korea) trastuzumab + bevacizumab + paclitaxel as second-line therapy for HER2-positive "
          "advanced gastric cancer. The garbled HER2 definition ('IHC 2+, which is IHC 3+ or SISH+') I read as "
          "IHC 3+ or IHC 2+/ISH ratio ≥2.0. The heading item and its two alternative bullets are judged "
          "separately: for a tissue-positive tumour the proteomic (MRM) alternative is met (not needed); for a "
          "tissue-negative tumour it is not_met (no MRM result; a colleague could say unknown, verdicts do not "
          "change). HER2 loss on re-biopsy (VA-04) leaves HER2 status unknown because the record does not say "
          "which specimen counts. GEJ counted as gastric; oesophageal primary (VA-08) is not. 'Progressed on one "
          "systemic therapy' = exactly one prior line; perioperative therapy with recurrence ≤183 days counts "
          "(C6, VA-07); late recurrence does not (VA-06). Radiotherapy within 2 weeks is not a case field, so "
          "exclusion 1 is unknown unless systemic therapy is ongoing (VA-05 -> not_met). LVEF from lvef_percent; "
          "55% meets '≥55%' (VA-08). The 'Excluding ...' sub-bullet is an exception clause and cannot exclude."),
    criteria=[
        crit("inclusion", "HER2-positive advanced gastric cancer",
             (M, "x"),
             VA_01=(N, "HER2 IHC 3+ but disease is resectable, not advanced"),
             VA_02=(M, "metastatic GEJ adenocarcinoma, HER2 IHC 3+"),
             VA_03=(M, "metastatic gastric adenocarcinoma, HER2 IHC 3+"),
             VA_04=(U, "IHC 3+ at diagnosis but IHC 1+ on re-biopsy 2026-10-22; record does not say which specimen counts"),
             VA_05=(N, "HER2 IHC 1+ — HER2-negative"),
             VA_06=(N, "HER2 IHC 2+ / ISH not amplified — HER2-negative"),
             VA_07=(N, "HER2 IHC 0 — HER2-negative"),
             VA_08=(N, "oesophageal primary with tissue HER2 IHC 0")),
        crit("inclusion", "Defined as IHC 2+, which is IHC 3+ or SISH + (or FISH) evaluated by laboratory tests. (SISH positivity is defined as the ratio of the HER2 gene copy number to the CEP17 signal ≥ 2.0)",
             (M, "HER2 IHC 3+"),
             VA_04=(U, "IHC 3+ (2025) then IHC 1+ (2026 re-biopsy)"),
             VA_05=(N, "IHC 1+"),
             VA_06=(N, "IHC 2+ with ISH ratio 1.3 (<2.0)"),
             VA_07=(N, "IHC 0"),
             VA_08=(N, "tissue IHC 0; ctDNA amplification is not an accepted definition")),
        crit("inclusion", "or significant overexpression of HER2 protein on target proteomic analysis (multiple reaction monitoring)",
             (M, "alternative definition; not needed — HER2-positive by IHC"),
             VA_04=(U, "HER2 discordant; no proteomic (MRM) result recorded"),
             VA_05=(N, "no proteomic HER2 result; IHC 1+ (HER2-negative by standard testing)"),
             VA_06=(N, "no proteomic HER2 result; IHC 2+/ISH- (HER2-negative by standard testing)"),
             VA_07=(N, "no proteomic HER2 result; IHC 0"),
             VA_08=(N, "no proteomic HER2 result; tissue IHC 0")),
        crit("inclusion", "Patients who have progressed in response to one systemic anticancer therapy for advanced gastric cancer",
             (N, "x"),
             VA_01=(N, "no prior systemic therapy"),
             VA_02=(M, "progressed on one line (trastuzumab-XELOX, ended 2026-09-28)"),
             VA_03=(N, "two prior palliative lines (now third line)"),
             VA_04=(N, "two prior palliative lines (trastuzumab-XELOX, T-DXd)"),
             VA_05=(N, "first-line S-1 + oxaliplatin ongoing, no progression"),
             VA_06=(N, "no palliative therapy; perioperative therapy ended 2023-03-20, recurrence >183 days later (C6)"),
             VA_07=(M, "recurrence 2026-11-05, 157 days after perioperative FLOT ended — counts as one line (C6)"),
             VA_08=(N, "three prior palliative lines")),
        crit("inclusion", "Patients who are willing and able to write a written consent form for this trial.", CONSENT),
        crit("inclusion", "Patients aged 19 years or older at the time of signing the subject consent form.",
             (M, "age ≥19")),
        crit("inclusion", "Patients with measurable or evaluable lesions according to RECIST 1.1.",
             (M, "measurable disease"),
             VA_07=(M, "non-measurable but evaluable recurrent disease")),
        crit("inclusion", "ECOG activity status 0, 1 or 2",
             (M, "ECOG 0-2"),
             VA_08=(N, "ECOG 3")),
        crit("inclusion", "as patients with adequate organ function",
             (U, "organ function laboratory values not recorded (C3)"),
             VA_03=(N, "LVEF 45% fails the cardiac part (EF ≥55%)")),
        crit("inclusion", "Absolute neutrophil (ANC) ≥1.0 x 109/L, platelet ≥100 x 109/L, hemoglobin ≥9 g/dL, serum creatinine ≤1.5 x ULN, total bilirubin ≤3.0 mg on laboratory tests within 2 weeks before starting treatment /dL, AST/ALT ≤5 x ULN",
             LABS),
        crit("inclusion", "Echocardiogram EF ≥55% or MUGA scan ≥50%",
             (M, "x"),
             VA_01=(M, "LVEF 64%"), VA_02=(U, "LVEF not recorded"), VA_03=(N, "LVEF 45%"),
             VA_04=(M, "LVEF 58%"), VA_05=(M, "LVEF 62%"), VA_06=(M, "LVEF 60%"),
             VA_07=(M, "LVEF 63%"), VA_08=(M, "LVEF 55% (meets ≥55%)")),
        crit("exclusion", "Patients who have received chemotherapy, radiation therapy, immunotherapy or targeted therapy for gastric cancer within the past 2 weeks.",
             (U, "x"),
             VA_01=(U, "no systemic therapy; radiotherapy not a case field"),
             VA_02=(U, "last systemic therapy 2026-09-28 (>2 weeks); radiotherapy not a case field"),
             VA_03=(U, "last systemic therapy 2026-11-02 (>2 weeks); radiotherapy not a case field"),
             VA_04=(U, "last systemic therapy 2026-08-28 (>2 weeks); radiotherapy not a case field"),
             VA_05=(N, "S-1 + oxaliplatin ongoing"),
             VA_06=(U, "last systemic therapy 2023-03-20; radiotherapy not a case field"),
             VA_07=(U, "last systemic therapy 2026-06-01 (>2 weeks); radiotherapy not a case field"),
             VA_08=(U, "last systemic therapy 2026-10-20 (>2 weeks); radiotherapy not a case field")),
        crit("exclusion", "Patients who have experienced Grade 3-4 gastrointestinal bleeding within 3 months",
             (U, "GI bleeding history not recorded (C4)")),
        crit("exclusion", "Patients who have experienced an arteriovascular embolism event, including but not limited to myocardial infarction, transient ischemic attack, cerebrovascular disorder, or unstable angina within 6 months",
             (U, "arterial thromboembolic events not recorded (C4)")),
        crit("exclusion", "Ongoing or active infection, symptomatic congestive heart failure, unstable angina, symptomatic or poorly controlled cardiac arrhythmias, uncontrolled thrombotic or hemorrhagic disorders, or any other serious medical disorder not controlled in the investigator's judgment patient with",
             (U, "composite; infection, arrhythmia, thrombotic disorders not recorded (C4)"),
             VA_03=(U, "heart failure listed; whether symptomatic not recorded"),
             VA_04=(U, "hepatitis B listed; activity not recorded"),
             VA_05=(U, "hepatitis C listed; activity not recorded"),
             VA_08=(U, "HIV listed; control status not recorded")),
        crit("exclusion", "Patients with a history of gastrointestinal perforation or fistula within 6 months.",
             (U, "GI perforation/fistula history not recorded (C4)")),
        crit("exclusion", "Concomitant diagnosis of cancer in another site or history of active malignant tumor within the past 3 years",
             (U, "other malignancies not recorded (C4)")),
        crit("exclusion", "Excluding fully cured basal cell carcinoma and thyroid cancer, in situ cervical cancer",
             (M, "exception clause; cannot exclude (other cancers judged in the item above)")),
    ])

# ---------------------------------------------------------------- NCT05702229 AstraZeneca multi-substudy 1L HER2-negative
TRIALS["NCT05702229"] = dict(
    note=("Phase 2 platform of novel first-line combinations (volrustomig, rilvegostomig, AZD0901 [CLDN18.2 ADC], "
          "AZD7789) with chemotherapy for HER2-negative unresectable/metastatic G/GEJ adenocarcinoma. Resectable "
          "disease and oesophageal primaries do not fit 'unresectable or metastatic gastric or GEJ'. Perioperative "
          "therapy counts as prior treatment only with recurrence ≤183 days (C6): VA-07 not_met, VA-06 met. "
          "HER2: IHC 3+ at any time (VA-04, now 1+) I read as HER2-positive/indeterminate -> excluded; tissue "
          "IHC 0 with ctDNA-only ERBB2 amplification (VA-08) is HER2-negative by the record's definition. The "
          "central CLDN18.2 test is a screening procedure (C1). The infection item lists TB and hepatitis A, "
          "which are not case fields, so it is unknown unless HIV (listed explicitly as 'HIV infection') decides "
          "it. I read 'autoimmune or inflammatory disorders' as covered by the autoimmune_disease / ILD / "
          "pneumonitis conditions; where listed, steroid requirement is not a case field (unknown). Body weight, "
          "life expectancy, ascites, uncontrolled illness and other primaries are unknown for all."),
    criteria=[
        crit("inclusion", "18 years or older at the time of signing the ICF.", (M, "age ≥18")),
        crit("inclusion", r"Body weight \> 35 kg.", (U, "body weight not a case field")),
        crit("inclusion", "Previously untreated for unresectable or metastatic gastric or gastroesophageal junction adenocarcinoma.",
             (N, "prior palliative therapy for advanced disease"),
             VA_01=(N, "resectable disease, not unresectable/metastatic"),
             VA_05=(N, "first-line S-1 + oxaliplatin ongoing since 2026-09-10"),
             VA_06=(M, "setting recurrent (advanced) GEJ adenocarcinoma, untreated; perioperative therapy ended 2023-03-20, >183 days before recurrence (C6)"),
             VA_07=(N, "recurrence 157 days after perioperative FLOT — counts as prior line (C6)"),
             VA_08=(N, "oesophageal primary; three prior lines")),
        crit("inclusion", "Has measurable target disease assessed by the Investigator based on RECIST 1.1.",
             (M, "measurable_disease: true"),
             VA_07=(N, "measurable_disease: false")),
        crit("inclusion", "ECOG PS zero or one.",
             (M, "ECOG 0-1"),
             VA_02=(N, "ECOG 2"), VA_08=(N, "ECOG 3")),
        crit("inclusion", "Life expectancy of at least 12 weeks.", (U, "life expectancy (C2)")),
        crit("inclusion", "Adequate organ and bone marrow function.", LABS),
        crit("inclusion", "Has central lab confirmed Claudin18.2 status at screening from archival tumour collected within past 24 months or from a fresh biopsy when Substudy 3, Substudy 4 or Substudy 6 is open for recruitment.",
             (M, "screening procedure (C1)")),
        crit("exclusion", "Participants with HER2-positive (3+ by IHC, or 2+ by IHC and positive by in situhybridisation) or indeterminate gastric or GEJ carcinoma.",
             (N, "HER2 IHC 3+"),
             VA_04=(N, "HER2 IHC 3+ at diagnosis, 1+ on re-biopsy — HER2-positive history, at best indeterminate"),
             VA_05=(M, "HER2 IHC 1+"),
             VA_06=(M, "HER2 IHC 2+ with ISH not amplified"),
             VA_07=(M, "HER2 IHC 0"),
             VA_08=(M, "tissue HER2 IHC 0; ctDNA amplification is outside the record's definition")),
        crit("exclusion", "Untreated or progressive CNS metastatic disease, any leptomeningeal disease, or cord compression.",
             (M, "no brain metastases recorded"),
             VA_03=(U, "brain metastases listed; treated/progressive status not a case field"),
             VA_08=(U, "brain metastases listed; treated/progressive status not a case field")),
        crit("exclusion", "Participants with ascites which cannot be controlled with appropriate interventions.",
             (U, "ascites not a case field (C4)")),
        crit("exclusion", "Active infectious diseases, including tuberculosis, HIV infection, or hepatitis A/B/C.",
             (U, "HIV/hepatitis B/C absent, but tuberculosis, hepatitis A and other active infection not recorded (C4)"),
             VA_04=(U, "hepatitis B listed; activity not recorded"),
             VA_05=(U, "hepatitis C listed; activity not recorded"),
             VA_08=(N, "HIV infection")),
        crit("exclusion", "Uncontrolled intercurrent illness.", (U, "not recorded (C4)")),
        crit("exclusion", "Active or prior documented autoimmune or inflammatory disorders requiring systemic treatment with steroids or other immunosuppressive treatment.",
             (M, "no autoimmune disease, ILD or pneumonitis recorded"),
             VA_04=(U, "ILD/pneumonitis grade 2 after T-DXd; steroid treatment not a case field"),
             VA_07=(U, "autoimmune disease listed; systemic immunosuppression not a case field")),
        crit("exclusion", "History of another primary malignancy.", (U, "other malignancies not recorded (C4)")),
        crit("exclusion", "Previous treatment with an immune-oncology agent.",
             (M, "no immune-oncology agent in treatment history"),
             VA_03=(N, "prior pembrolizumab"),
             VA_08=(N, "prior nivolumab")),
        crit("exclusion", "Previous treatment with any modalities of Claudin18.2 target therapy or MMAE exposure (when Substudy 3, Substudy 4, or Substudy 6 is open for recruitment).",
             (M, "no zolbetuximab/CLDN18.2 therapy or MMAE conjugate in treatment history"),
             VA_04=(M, "prior T-DXd (deruxtecan payload, not MMAE); no CLDN18.2 therapy")),
    ])


def main():
    os.makedirs(os.path.join(ROOT, "VA"), exist_ok=True)
    bad = 0
    for nct, t in TRIALS.items():
        rec = json.load(open(os.path.join(DATA, nct + ".json")))
        elig = norm(rec["protocolSection"]["eligibilityModule"]["eligibilityCriteria"])
        for c in t["criteria"]:
            if norm(c["text"]) not in elig:
                print("NOT VERBATIM", nct, c["text"][:70]); bad += 1
            for k, v in c["reasons"].items():
                if v == "x":
                    print("PLACEHOLDER", nct, k, c["text"][:50]); bad += 1
        verdicts = {}
        for case in CASES:
            st = [c["judgements"][case] for c in t["criteria"]]
            verdicts[case] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
        out = {"nct_id": nct, "reviewer_note": t["note"], "verdicts": verdicts, "criteria": t["criteria"]}
        with open(os.path.join(ROOT, "VA", nct + ".yaml"), "w") as f:
            yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=110)
        print(nct, len(t["criteria"]), verdicts)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
