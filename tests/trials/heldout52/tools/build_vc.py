#!/usr/bin/env python3
"""Build VC/<NCT>.yaml from the judgements written below (criterion text is pulled verbatim from the record)."""
import json, os, re, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRIALS = os.path.join(ROOT, "..", "shared", "data", "trials", "her2-gastric")
CASES = [f"VC-{i:02d}" for i in range(1, 9)]
ST = {"M": "met", "N": "not_met", "U": "unknown"}
MEN = {"02", "04", "06", "08"}; YOUNG_F = {"01", "03", "05"}

def lines_of(nct):
    t = json.load(open(os.path.join(TRIALS, nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    return t, t.split("\n")

def text_for(lines, key):
    hits = [l for l in lines if key in l]
    assert len(hits) == 1, (key, len(hits))
    s = hits[0].strip()
    s = re.sub(r"^(\*|\d+\.|\([a-z]\))\s+", "", s)
    return s

def J(default, **over):
    """default and overrides are 'S|reason' strings; override keys are c01..c08."""
    out = {}
    for c in CASES:
        v = over.get("c" + c[-2:], default)
        s, r = v.split("|", 1)
        out[c] = (ST[s], r.strip())
    return out

def preg(extra=""):
    d = {f"c{m}": "M|does not apply (male); C2" for m in MEN}
    d.update({f"c{f}": f"U|woman under 55; pregnancy/breast-feeding status not documented (C2){extra}" for f in YOUNG_F})
    d["c07"] = "M|woman aged 68 (C2)"
    return d

C1 = "M|C1: consent/compliance/procedure item"
LAB = "U|C3: laboratory/organ-function value not in the case"
LIFE = "U|C2: life expectancy not assessable from the case"

def build(nct, note, items):
    raw, lines = lines_of(nct)
    crit = []
    for kind, key, judg in items:
        crit.append({"kind": kind, "text": text_for(lines, key),
                     "judgements": {c: judg[c][0] for c in CASES},
                     "reasons": {c: judg[c][1] for c in CASES}})
    verd = {}
    for c in CASES:
        st = [x["judgements"][c] for x in crit]
        verd[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    doc = {"nct_id": nct, "reviewer_note": note, "verdicts": verd, "criteria": crit}
    with open(os.path.join(ROOT, "VC", nct + ".yaml"), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=120)
    return verd, crit

# ---------------------------------------------------------------- NCT06085755 VIKTORY-2 (T-DXd + afatinib, HER2-low)
I, E = "inclusion", "exclusion"
A = [
 (I, "Provision of fully informed consent", J(C1)),
 (I, "Patients must be ≥ 19 years of age", J("M|age 34-84, all ≥19")),
 (I, "Has a pathologically documented advanced or metastatic", J("M|advanced gastric/GEJ adenocarcinoma, measurable disease recorded",
     c01="N|resectable disease on perioperative therapy, not advanced/metastatic",
     c07="M|recurrent (advanced) gastric adenocarcinoma, measurable disease recorded",
     c08="N|site is oesophagus, not gastric or GEJ")),
 (I, "4. HER2-low (HER2 1+, HER2 2+ (SISH negative))", J("U|-",
     c01="N|HER2 IHC 0, not HER2-low",
     c02="N|IHC 2+ with ISH amplified = HER2-positive, not HER2-low",
     c03="M|IHC 2+ with ISH not amplified (ratio 1.4)",
     c04="M|most recent re-biopsy (2026-09-08) IHC 1+, ISH not amplified, after trastuzumab (HER2 loss)",
     c05="N|liver metastasis IHC 3+ (2026-01-20) = HER2-positive despite primary IHC 1+",
     c06="N|IHC 3+ = HER2-positive",
     c07="M|IHC 1+ (resection, gastric criteria)",
     c08="U|no tissue IHC/ISH; ctDNA ERBB2 amplification only (suggests HER2-positive, not HER2-low)")),
 (I, "Patients are willing and able to comply with the protocol", J(C1)),
 (I, "ECOG performance status 0-1 with no deterioration", J("M|ECOG 1", c01="M|ECOG 0", c08="M|ECOG 0",
     c02="N|ECOG 2", c06="N|ECOG 3")),
 (I, "life expectancy ≥ 3 months", J(LIFE)),
 (I, "Patients must have had a washout period of 2 weeks", J("U|systemic washout satisfied, but surgery/radiotherapy intervals in the list are not in the case (C4)",
     c01="N|perioperative FLOT ongoing on 2026-12-01 (no washout)",
     c02="U|no prior systemic therapy; surgery/radiotherapy intervals in the list are not in the case (C4)",
     c05="N|T-DXd (antibody-based) last dose 2026-11-09, 22 days before 2026-12-01 (<4 weeks)")),
 (I, "Major surgery ≥ 4 weeks", J("U|C4: surgery dates not in the case")),
 (I, "Radiation Therapy including palliative stereotactic radiation therapy to chest", J("U|C4: radiotherapy not in the case")),
 (I, "Palliative stereotactic radiation therapy to other anatomic areas", J("U|C4: radiotherapy not in the case")),
 (I, "Anti-Cancer chemotherapy", J("M|-",
     c01="N|FLOT chemotherapy ongoing on 2026-12-01",
     c02="M|no prior anticancer therapy",
     c03="M|last chemotherapy (capecitabine) 2026-09-28, 64 days",
     c04="M|last chemotherapy 2026-08-20, 103 days",
     c05="M|last chemotherapy (CAPOX) 2026-06-22, >3 weeks",
     c06="M|last chemotherapy (paclitaxel) 2025-08-25, >3 weeks",
     c07="M|last chemotherapy 2026-10-19, 43 days",
     c08="M|last chemotherapy 2026-04-27, >3 weeks")),
 (I, "Antibody based anti-cancer therapy ≥ 4 weeks", J("M|no antibody therapy received",
     c03="M|zolbetuximab last 2026-09-28, 64 days",
     c04="M|trastuzumab last 2026-08-20, 103 days",
     c05="N|T-DXd last 2026-11-09, 22 days before 2026-12-01 (<4 weeks)",
     c06="M|disitamab vedotin last 2026-10-12, 50 days")),
 (I, "Targeted agents and small molecules", J("M|no targeted small-molecule agent in treatment history")),
 (I, "Nitrosoureas or mitomycin C", J("M|no nitrosourea or mitomycin C in treatment history")),
 (I, "TKIs approved for treatment of NSCLC", J("M|no NSCLC TKI in treatment history")),
 (I, "Chloroquine/Hydroxychloroquine ≥ 14 days", J("U|concomitant (non-cancer) medication not recorded")),
 (I, "Cell-free and CART, peritoneal shunt or drainage", J("U|C4: effusion/ascites drainage not in the case")),
 (I, "Patients must have acceptable bone marrow, liver and renal function", J(LAB)),
 (I, "Hemoglobin ≥8.0 g/dL", J(LAB)),
 (I, "Absolute neutrophil count (ANC)", J(LAB)),
 (I, "Platelet count ≥100 x 109/L", J(LAB)),
 (I, "Total bilirubin ≤ 1.5 x institutional", J(LAB)),
 (I, "AST (SGOT)/ALT (SGPT)", J(LAB)),
 (I, "Serum creatinine ≤1.5", J(LAB)),
 (I, "CrCl 30≥mL/min", J(LAB)),
 (I, "Serum albumin ≥ 2.5 g/dL", J(LAB)),
 (I, "International normalised ratio or Prothrombin time", J(LAB)),
 (I, "10. Female patients must be using a highly effective method", J("M|-", **preg())),
 (I, "Post-menopausal women defined as aged more than 50 years", J("M|-", **preg("; alternative route to non-childbearing status"))),
 (I, "Documentation of irreversible surgical sterilisation", J("M|-", **dict(preg("; alternative route to non-childbearing status"), c07="M|woman aged 68, non-childbearing by age (C2); alternative route not needed"))),
 (I, "Amenorrhoeic for 12 months and serum follicle-stimulating", J("M|-", **dict(preg("; alternative route to non-childbearing status"), c07="M|woman aged 68, non-childbearing by age (C2); alternative route not needed"))),
 (I, "Non-sterilized male patients who are sexually active", J(C1)),
 (I, "Mandatory biopsy during the screening window", J(C1)),
 (E, "Medical history of myocardial infarction within 6 months", J("U|C4: heart failure absent, but MI/angina/arrhythmia history not in the case",
     c02="U|heart_failure listed; NYHA class (symptomatic II-IV?) not in the case")),
 (E, "2. History of (non-infectious) ILD / pneumonitis that required steroids", J("M|no ILD or pneumonitis recorded",
     c07="N|interstitial lung disease recorded (chronic ILD = current ILD)")),
 (E, "3. Has a pleural effusion, ascites or pericardial effusion", J("U|C4: effusions/ascites not in the case")),
 (E, "Has uncontrolled infection requiring IV injection", J("U|current infection status not in the case")),
 (E, "Active hepatitis B or C infection", J("M|no hepatitis B or C recorded",
     c02="U|hepatitis_c listed; HCV RNA status not in the case",
     c03="U|hepatitis_b listed; HBsAg/HBV DNA and antiviral status not in the case fields")),
 (E, "Has clinically active brain metastases", J("M|no brain metastases recorded",
     c06="U|brain_metastases listed; treatment, symptoms and steroid use not in the case fields",
     c08="U|brain_metastases listed; treatment, symptoms and steroid use not in the case fields")),
 (E, "7. Has clinically significant corneal disease", J("U|corneal history not in the case")),
 (E, "Prior treatment with an ADC which consists of an exatecan", J("M|no exatecan-derivative ADC received",
     c05="N|prior trastuzumab deruxtecan (exatecan-derivative payload)",
     c06="M|prior disitamab vedotin has an MMAE payload, not an exatecan derivative")),
 (E, "Has unresolved toxicities from previous anticancer therapy", J("M|no toxicities recorded",
     c02="M|no prior anticancer therapy",
     c05="U|grade 2 hypothyroidism (IO endocrinopathy) recorded; stability over 3 months not documented",
     c06="U|grade 2 sensory neuropathy recorded; whether chronic and stable not documented")),
 (E, "Chemotherapy-induced neuropathy", J("M|exception clause (permitted chronic stable grade 2 toxicity); cannot exclude")),
 (E, "* Fatigue", J("M|exception clause (permitted chronic stable grade 2 toxicity); cannot exclude")),
 (E, "Residual toxicities from prior IO treatment", J("M|exception clause (permitted IO endocrinopathy); cannot exclude")),
 (E, "1. Hypothyroidism/hyperthyroidism", J("M|exception clause (permitted IO endocrinopathy); cannot exclude",
     c05="M|exception clause; covers her grade 2 immune hypothyroidism")),
 (E, "2. Type 1 diabetes", J("M|exception clause (permitted IO endocrinopathy); cannot exclude")),
 (E, "3. Hyperglycaemia", J("M|exception clause (permitted IO endocrinopathy); cannot exclude")),
 (E, "4. Adrenal insufficiency", J("M|exception clause (permitted IO endocrinopathy); cannot exclude")),
 (E, "5. Adrenalitis", J("M|exception clause (permitted IO endocrinopathy); cannot exclude")),
 (E, "6. Skin hypopigmentation (vitiligo)", J("M|exception clause (permitted IO endocrinopathy); cannot exclude")),
 (E, "9. Any gastrointestinal condition that would preclude adequate absorption", J("U|C4: GI integrity/swallowing/bowel resection not in the case")),
 (E, "10. Active or prior documented autoimmune or inflammatory disorders", J("U|no autoimmune disease or transplant; tuberculosis, diverticulitis and renal conditions (glomerulonephritis, Fanconi, RTA) not in the case",
     c07="N|documented autoimmune disease; none of the listed exceptions is shown")),
 (E, "Subjects with vitiligo or alopecia", J("M|exception clause; cannot exclude")),
 (E, "HbsAg carrier without active viral infection", J("M|exception clause; cannot exclude",
     c03="M|exception clause; cannot exclude (carrier/entecavir status not in case fields)")),
 (E, "Known to have tested positive for human immunodeficiency virus", J("U|no HIV recorded; active tuberculosis / primary immunodeficiency not in the case",
     c08="N|HIV infection recorded")),
 (E, "12. Untreated central nervous system (CNS) metastatic disease", J("M|no brain/CNS metastases recorded",
     c06="U|brain_metastases listed; whether treated and stable not in the case fields",
     c08="U|brain_metastases listed; whether treated and stable not in the case fields")),
 (E, "13. Patients with second primary cancer", J("U|C4: other malignancies not in the case")),
 (E, "live attenuated vaccination", J("U|vaccination history not in the case")),
 (E, "potent inhibitors of CYP1A2", J("U|concomitant medication not recorded")),
 (E, "16. Patient with any of the following cardiac criteria:", J("U|ECG/cardiac history items not in the case",
     c02="N|LVEF 45% (<55%) with heart failure")),
 (E, "Mean QT interval corrected", J("U|ECG not in the case")),
 (E, "Any clinicallly important abnormalities in rhythm", J("U|ECG not in the case")),
 (E, "Any factors that increase the risk of QTc prolongation", J("U|heart failure absent; electrolytes, family history and QT-prolonging drugs not in the case",
     c02="N|heart failure recorded (listed risk factor)")),
 (E, "Uncontrolled hypotension", J("U|blood pressure not in the case")),
 (E, "Atrial fibrillation with a ventricular rate", J("U|rhythm not in the case")),
 (E, "* Symptomatic heart failure (NYHA grade II-IV)", J("M|no heart failure recorded",
     c02="U|heart_failure listed; NYHA class not in the case")),
 (E, "Known reduced LVEF", J("M|-", c01="U|LVEF not recorded", c07="U|LVEF not recorded",
     c02="N|LVEF 45%", c03="M|LVEF 60%", c04="M|LVEF 57%", c05="M|LVEF 56%", c06="M|LVEF 60%", c08="M|LVEF 62%")),
 (E, "Prior or current cardiomyopathy", J("U|cardiomyopathy history not in the case",
     c02="N|heart failure with LVEF 45% (LV systolic dysfunction)")),
 (E, "Prior or current acute myocardial infarction", J("U|cardiac history not in the case")),
 (E, "Severe valvular heart disease", J("U|cardiac history not in the case")),
 (E, "Uncontrolled angina", J("U|cardiac history not in the case")),
 (E, "Stroke or transient ischaemic attack", J("U|cerebrovascular history not in the case")),
 (E, "Acute coronary syndrome within 6 months", J("U|cardiac history not in the case")),
 (E, "17. Any evidence of severe or uncontrolled systemic disease", J("U|C4: diabetes, seizures, bleeding, COPD, Parkinson's and infection status not in the case")),
 (E, "18. Any unresolved toxicity NCI CTCAE Grade ≥2", J("U|no grade ≥2 toxicity recorded, but major surgery within 28 days not in the case (C4)",
     c05="U|grade 2 hypothyroidism recorded; surgery dates not in the case",
     c06="U|grade 2 neuropathy recorded; surgery dates not in the case")),
 (E, "For unresolved toxicity, A.Patients with Grade ≥2 neuropathy", J("M|no grade ≥2 neuropathy recorded",
     c06="U|grade 2 neuropathy recorded; case-by-case PI decision")),
 (E, "B.Patients with irreversible toxicity not reasonably expected", J("M|permissive clause; cannot exclude")),
 (E, "19. Uncontrolled intercurrent illness", J("U|C4: infection, hypertension, angina, arrhythmia, GI and psychiatric status not in the case",
     c07="N|interstitial lung disease recorded (listed intercurrent illness)",
     c02="U|heart_failure listed; whether symptomatic/uncontrolled not in the case")),
 (E, "20. History of active primary immunodeficiency", J("U|primary immunodeficiency not in the case")),
 (E, "21. Female patients who are pregnant or breastfeeding", J("M|-", **preg())),
 (E, "22. Known allergy or hypersensitivity", J("U|drug allergy history not in the case")),
 (E, "23. History of allogenic organ transplantation.", J("M|no organ transplant recorded")),
 (E, "24. Lung criteria:", J("U|C3/C4: pulmonary history not in the case",
     c07="N|interstitial lung disease with autoimmune disease")),
 (E, "Lung-specific intercurrent clinically significant illnesses", J("U|C3: pulmonary history/function not in the case",
     c07="N|interstitial lung disease recorded (underlying pulmonary disorder)")),
 (E, "Any autoimmune, connective tissue or inflammatory disorders (e.g. Rheumatoid", J("M|no autoimmune disease recorded",
     c07="N|autoimmune disease with documented interstitial lung disease (pulmonary involvement)")),
 (E, "Prior pneumonectomy (complete)", J("U|C4: surgical history not in the case")),
]
NOTE_A = ("VIKTORY-2 (phase 1/2, T-DXd + afatinib, HER2-low G/GEJ, Hong Kong). Reading choices: HER2-low judged on the most "
  "recent tissue result (post-trastuzumab IHC 1+ counts), but any IHC 3+ or ISH-amplified specimen makes the tumour HER2-positive; "
  "oesophageal (site esophagus) is not gastric/GEJ. Headings with bullets are judged as the combination of their bullets; "
  "exception/permissive sub-clauses cannot exclude and are met. Washout windows counted from ended_on to 2026-12-01 (C5). "
  "Recorded ILD is taken as current ILD; autoimmune disease without a listed exception excludes. Labs, ECG, surgery, radiotherapy, "
  "infections and concomitant drugs are unknown (C3/C4); YAML comments were ignored.")

# ---------------------------------------------------------------- NCT06241456 FT825 CAR-T
B = [
 (I, "Histopathological or cytologically confirmed locally advanced", J("U|advanced gastric/oesophageal adenocarcinoma; HER2-negative/unknown tumour-type criteria are protocol-defined, not in record",
     c01="N|resectable disease, not locally advanced unresectable/metastatic",
     c02="M|metastatic HER2-positive (IHC 2+/ISH amplified) GEJ adenocarcinoma, target population of the title",
     c05="M|metastatic HER2-positive (IHC 3+ metastasis) gastric adenocarcinoma",
     c06="M|metastatic HER2-positive (IHC 3+) gastric adenocarcinoma",
     c08="U|HER2 known only from ctDNA; protocol-defined tumour criteria not in record")),
 (I, "Disease that is not amenable to curative therapy", J("U|incurable advanced disease after one prior line; protocol-defined prior-therapy requirement not in record",
     c01="N|resectable, on curative-intent perioperative therapy",
     c02="U|incurable but untreated; protocol-defined prior-therapy requirement not in record",
     c05="M|incurable; pretreated with trastuzumab-based 1L and T-DXd",
     c06="M|incurable; three prior lines incl. trastuzumab and disitamab vedotin")),
 (I, "Contraceptive use by women and men", J(C1)),
 (I, "Eastern Cooperative Oncology Group (ECOG) Performance Status 0 or 1", J("M|ECOG 1", c01="M|ECOG 0", c08="M|ECOG 0",
     c02="N|ECOG 2", c06="N|ECOG 3")),
 (I, "Presence of measurable disease by RECIST", J("M|measurable disease recorded", c01="U|measurable disease not recorded")),
 (I, "Anticipated life expectancy of at least 3 months", J(LIFE)),
 (E, "Females who are pregnant or breastfeeding", J("M|-", **preg())),
 (E, "Evidence of inadequate organ function", J(LAB)),
 (E, "Clinically significant cardiovascular disease", J("U|C4: heart failure absent, other cardiovascular history not in the case",
     c02="N|heart failure with LVEF 45%")),
 (E, "Known active central nervous system (CNS) involvement", J("M|no brain/CNS metastases recorded",
     c06="U|brain_metastases listed; activity not in the case fields",
     c08="U|brain_metastases listed; activity not in the case fields")),
 (E, "Non-malignant CNS disease such as stroke", J("U|C4: neurological history and medications not in the case")),
 (E, "Active bacterial, fungal, or viral infections", J("U|current infection status not in the case",
     c02="U|hepatitis_c listed; viraemia not in the case",
     c03="U|hepatitis_b listed; activity not in the case fields",
     c08="U|HIV listed; viral control not in the case fields")),
 (E, "Prior receipt of chimeric antigen receptor", J("M|no CAR-T or other cellular therapy in treatment history")),
 (E, "History of (non-infectious) interstitial lung disease (ILD)/pneumonitis that required steroids, current", J("M|no ILD or pneumonitis recorded",
     c07="N|interstitial lung disease recorded")),
 (E, "Any history of Grade ≥3 immune-related AE", J("M|no prior cancer immunotherapy",
     c05="M|prior pembrolizumab; only grade 2 hypothyroidism (endocrinopathy), no grade ≥3 irAE recorded")),
 (E, "Active or history of autoimmune disease or immune deficiency", J("U|no autoimmune disease or HIV; other immune deficiency not in the case",
     c07="N|autoimmune disease recorded",
     c08="N|HIV infection (acquired immune deficiency)")),
 (E, "Receipt of an allograft organ transplant", J("M|no organ transplant recorded")),
]
NOTE_B = ("FT825/ONO-8250 phase 1 (HER2-directed off-the-shelf CAR-T, US sites). Reading choices: the tumour-type and prior-therapy "
  "requirements are 'protocol-defined' and not in the record, so only tissue HER2-positive advanced cases are judged to meet the "
  "disease item (title population) and only patients pretreated with HER2-directed therapy and a later line meet the prior-therapy "
  "item; other advanced cases are unknown. HIV is read as an immune deficiency (excluded). Brain metastases without recorded activity "
  "are unknown. Geography not used (C7).")

# ---------------------------------------------------------------- NCT06346392 CLARITY Gastric 01 (AZD0901, CLDN18.2 MMAE ADC)
C = [
 (I, "Capable of giving signed informed consent", J(C1)),
 (I, "Participant must be at least 18 years", J("M|adult (34-84 years)")),
 (I, "Histologically confirmed unresectable, locally advanced or metastatic adenocarcinoma", J("M|-",
     c01="N|resectable disease",
     c02="U|metastatic GEJ adenocarcinoma; CLDN18.2 30% - positivity cut-off not given",
     c03="M|metastatic gastric adenocarcinoma, CLDN18.2 85% within 24 months",
     c04="M|metastatic GEJ adenocarcinoma, CLDN18.2 80% on fresh re-biopsy",
     c05="U|metastatic gastric adenocarcinoma; CLDN18.2 40% - positivity cut-off not given",
     c06="N|CLDN18.2 0% (no expression)",
     c07="U|recurrent gastric adenocarcinoma; CLDN18.2 20% - positivity cut-off not given",
     c08="U|oesophageal adenocarcinoma, distal-third location not in the case fields; CLDN18.2 not tested")),
 (I, "Participants with positive CLDN18.2 expression", J("U|-",
     c01="M|CLDN18.2 90% (2026-09-15)",
     c02="U|CLDN18.2 30%; record gives no positivity cut-off",
     c03="M|CLDN18.2 85% on 2025-06-24, within 24 months",
     c04="M|CLDN18.2 80% on 2026-09-08 re-biopsy",
     c05="U|CLDN18.2 40%; record gives no positivity cut-off",
     c06="N|CLDN18.2 0% (sample also >24 months old)",
     c07="U|CLDN18.2 20%; record gives no positivity cut-off",
     c08="U|CLDN18.2 not tested")),
 (I, "Disease progression on or after at least one prior line", J("M|-",
     c01="N|no therapy for advanced disease (perioperative FLOT for resectable disease, ongoing)",
     c02="N|no prior therapy",
     c03="M|progressed on 1L zolbetuximab + capecitabine + oxaliplatin",
     c04="M|progressed on 1L trastuzumab + capecitabine + oxaliplatin",
     c05="M|progressed after 1L pembrolizumab + trastuzumab + CAPOX",
     c06="M|progressed after 1L trastuzumab + CAPOX and later lines",
     c07="M|progressed on palliative 1L capecitabine + oxaliplatin (adjuvant XELOX ended 426 days before relapse, not counted)",
     c08="M|perioperative FLOT (fluorouracil + oxaliplatin) with relapse 154 days after last dose counts as a prior line (C6)")),
 (I, "Must have at least one measurable or evaluable lesion", J("M|measurable disease recorded", c01="U|measurable disease not recorded")),
 (I, "ECOG performance status of 0 or 1 with no deterioration", J("M|ECOG 1", c01="M|ECOG 0", c08="M|ECOG 0",
     c02="N|ECOG 2", c06="N|ECOG 3")),
 (I, "Predicted life expectancy of ≥ 12 weeks", J(LIFE)),
 (I, "Adequate organ and bone marrow function", J(LAB)),
 (I, "Body weight of ≥ 35 kg", J("U|body weight not in the case")),
 (I, "Sex and Contraceptive Requirements", J(C1)),
 (E, "Participants with known HER2 positive status", J("M|-",
     c01="M|HER2 IHC 0",
     c02="N|IHC 2+ with ISH amplified (ratio 3.4)",
     c03="M|IHC 2+ with ISH not amplified",
     c04="M|most recent result (2026-09-08) IHC 1+, ISH not amplified",
     c05="N|most recent result (2026-01-20, liver) IHC 3+",
     c06="N|IHC 3+",
     c07="M|IHC 1+",
     c08="U|no tissue IHC/ISH (ctDNA ERBB2 amplified only); tissue HER2 testing required")),
 (E, "significant or unstable gastric bleeding", J("U|C4: bleeding/ulcer status not in the case")),
 (E, "CNS metastases or CNS pathology including", J("U|no brain metastases; seizure, stroke, dementia and psychiatric history not in the case (C4)",
     c06="N|brain metastases recorded", c08="N|brain metastases recorded")),
 (E, "known clinically significant corneal disease", J("U|corneal history not in the case")),
 (E, "Persistent toxicities (CTCAE Grade ≥ 2)", J("M|no persistent grade ≥2 toxicity recorded",
     c02="M|no prior anticancer therapy",
     c05="U|grade 2 hypothyroidism recorded; persistence/irreversibility clause not documented",
     c06="U|grade 2 sensory neuropathy recorded; persistence not documented")),
 (E, "Prior exposure to any ADC with MMAE payload", J("M|no MMAE ADC or CLDN18.2-directed therapy",
     c03="M|prior zolbetuximab is a naked anti-CLDN18.2 monoclonal antibody (allowed)",
     c05="M|prior T-DXd has a deruxtecan payload, not MMAE",
     c06="N|prior disitamab vedotin (MMAE payload)")),
]
NOTE_C = ("CLARITY Gastric 01 (phase 3, AZD0901/sonesitatug vedotin, CLDN18.2-directed MMAE ADC, 2L+). Reading choices: the record "
  "gives no CLDN18.2 positivity cut-off, so 80-90% is met, 0% is not met and 20-40% is unknown; tested_on is used as the "
  "collection date for the 24-month window. HER2 exclusion uses the most recent tissue result, as the text says (HER2 loss on "
  "re-biopsy passes; IHC 3+ on a metastasis after an IHC 1+ primary fails). Perioperative therapy with relapse <=183 days counts "
  "as a prior line (C6); adjuvant therapy with a 14-month interval does not, but a later palliative CAPOX does. Zolbetuximab is "
  "an allowed naked antibody; disitamab vedotin is an MMAE ADC. Item 3 heading is judged together with its sub-item (a).")

# ---------------------------------------------------------------- NCT06596694 HERTHENA-PanTumor02 (patritumab deruxtecan)
D = [
 (I, "Has one of the following cancers:", J("M|advanced gastro-oesophageal adenocarcinoma (one listed cancer)",
     c01="N|resectable gastric cancer; none of the listed advanced cancers")),
 (I, "Unresectable or metastatic colorectal cancer.", J("M|does not apply (colorectal cohort)")),
 (I, "Advanced and/or unresectable biliary tract cancer", J("M|does not apply (biliary tract cohort)")),
 (I, "Hepatocellular carcinoma (HCC) not amenable", J("M|does not apply (HCC cohort)")),
 (I, "Locally advanced unresectable or metastatic gastroesophageal cancer", J("M|metastatic/recurrent gastro-oesophageal adenocarcinoma",
     c01="N|resectable, not unresectable or metastatic")),
 (I, "Has received prior therapy for the cancer.", J("M|prior systemic therapy recorded",
     c01="M|perioperative FLOT (ongoing)",
     c02="N|no prior therapy")),
 (I, "Has recovered from any side effects due to previous cancer treatment", J("M|no toxicities recorded",
     c02="M|no previous cancer treatment",
     c05="U|grade 2 hypothyroidism recorded; recovery not documented",
     c06="U|grade 2 sensory neuropathy recorded; recovery not documented")),
 (E, "Has a history of (noninfectious) interstitial lung disease (ILD) or pneumonitis", J("M|no ILD or pneumonitis recorded",
     c07="N|interstitial lung disease recorded")),
 (E, "clinically severe respiratory compromise", J("U|C3: pulmonary function not in the case",
     c07="U|ILD recorded; severity of respiratory compromise not in the case")),
 (E, "Has evidence of any leptomeningeal disease", J("M|no brain/CNS metastases recorded",
     c06="U|brain_metastases listed; leptomeningeal involvement not excluded",
     c08="U|brain_metastases listed; leptomeningeal involvement not excluded")),
 (E, "* Has clinically significant corneal disease", J("U|corneal history not in the case")),
 (E, "Has uncontrolled, significant cardiovascular disease", J("U|C4: cardiovascular/cerebrovascular history not in the case",
     c02="U|heart_failure listed (LVEF 45%); whether uncontrolled not in the case")),
 (E, "ongoing uncontrolled systemic bacterial, fungal, or viral infection", J("U|current infection status not in the case",
     c02="U|hepatitis_c listed; control not in the case",
     c03="U|hepatitis_b listed; control/antiviral therapy not in the case fields",
     c08="U|HIV listed; viral control not in the case fields")),
]
NOTE_D = ("HERTHENA-PanTumor02 / MK-1022-011 (phase 1/2, patritumab deruxtecan, GI cancers, Hong Kong). The record lists only the "
  "'main' criteria; the two introductory sentences ('include but are not limited to') are not requirements and are not items, "
  "but they mean no case can be called fully eligible from the record anyway. The cancer heading is met when one bullet is met; "
  "other-tumour bullets are 'does not apply'. Oesophageal adenocarcinoma counts as gastro-oesophageal cancer. The text has no "
  "ECOG item and no prior-ADC exclusion, so ECOG 3 and prior T-DXd are not judged against it. Recorded toxicities without a "
  "documented recovery are unknown.")

if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "VC"), exist_ok=True)
    for nct, note, items in (("NCT06085755", NOTE_A, A), ("NCT06241456", NOTE_B, B), ("NCT06346392", NOTE_C, C), ("NCT06596694", NOTE_D, D)):
        v, crit = build(nct, note, items)
        print(nct, len(crit), v)
