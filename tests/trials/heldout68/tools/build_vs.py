#!/usr/bin/env python3
"""Write VS/<NCT>.yaml: item-by-item reference judgements for cases VS-01..VS-08."""
import json, os, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = [f"VS-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def J(default, **ov):
    """default=(status, reason); overrides keyed c1..c8 -> (status, reason)."""
    j, r = {}, {}
    for i, c in enumerate(C, 1):
        st, rs = ov.get(f"c{i}", default)
        j[c], r[c] = st, rs
    return j, r

HEAD = (M, "heading, not a requirement")
CONSENT = (M, "consent/compliance item: met by convention C1")
CONTRA = (M, "contraception item: met by convention C1")
LAB = (U, "laboratory value not in the case (convention C3)")
LIFE = (U, "life expectancy not judged (convention C2)")
def preg():
    return dict(c2=(M, "woman aged 71 (≥55): pregnancy/lactation treated as absent (C2)"),
                c4=(U, "woman aged 29: pregnancy/lactation status not in the case fields (C2)"),
                c7=(U, "woman aged 44: pregnancy/lactation status not in the case fields (C2)"))
PREG_DEFAULT = (M, "man: pregnancy item does not apply (C2)")
META = {"c3": "metastatic (GEJ) disease", "c4": "metastatic disease", "c5": "metastatic disease",
        "c7": "metastatic (GEJ) disease"}
PRIORCT = dict(
    c3=(N, "prior trastuzumab/pembrolizumab/CAPOX, T-DXd and ramucirumab-paclitaxel"),
    c5=(N, "prior zolbetuximab + CAPOX"),
    c6=(N, "prior perioperative FLOT, FOLFOX-nivolumab and ongoing ramucirumab-paclitaxel"),
    c7=(N, "prior trastuzumab/pembrolizumab/CAPOX and ramucirumab-paclitaxel"),
    c8=(N, "prior perioperative SOX (S-1 + oxaliplatin)"))

def item(kind, text, default, **ov):
    j, r = J(default, **ov)
    return {"kind": kind, "text": text, "judgements": j, "reasons": r}

RECS = {}

# ---------------------------------------------------------------- ARTIST-II
RECS["NCT01761461"] = dict(note=(
 "ARTIST-II: adjuvant S-1 vs SOX vs SOX-chemoradiotherapy after D2 gastrectomy for node-positive stage II-III gastric "
 "cancer (Samsung Medical Center). Full text available. Reading choices: 'Subjects presenting with any of the "
 "following...' is its own (introductory) item. Metastatic cases and VS-08 (brain metastases) fail 'No distant metastasis' and "
 "'Pathologic stage I or IV' (stage IV). Surgery extent, pathological stage, margins and para-aortic nodes are "
 "not case fields, so they stay unknown even for VS-02. VS-02's fields show a resection only through her "
 "resection-specimen HER2 test, and her pT3N2 D2 gastrectomy of 2026-10-27 is in a comment. 'Gastric or gastroesophageal "
 "adenocarcinoma' is read as gastric/GEJ: an oesophageal primary (VS-06) fails. A colleague might count distal "
 "oesophageal adenocarcinoma as 'gastroesophageal'; VS-06 would then be possibly_eligible (his recurrence sites are not fields)."),
 items=[
 item("inclusion", "Inclusion Criteria:", HEAD),
 item("inclusion", "Histologically proven gastric or gastroesophageal adenocarcinoma", (M, "gastric/GEJ adenocarcinoma"),
      c6=(N, "primary is oesophageal adenocarcinoma, not gastric/GEJ (reading choice)")),
 item("inclusion", "≥ D2 lymph node dissection, curative gastrectomy",
      (U, "surgery is not a case field (C4)"),
      c2=(U, "resection specimen shows a resection, but D2 extent / curative intent only in comment"),
      c4=(U, "surgery not a case field; de novo metastatic disease makes it implausible but not recorded")),
 item("inclusion", "Stage II, III (AJCC 2010) with any N (any stage with N0 will be excluded)",
      (N, "stage IV (metastatic) disease"),
      c1=(U, "pathological stage/N status not a case field"),
      c2=(U, "pathological stage/N status not a case field (pT3N2 only in comment)"),
      c6=(U, "recurrent disease; original pathological stage not a case field"),
      c8=(N, "recurrent disease with brain metastases (stage IV)")),
 item("inclusion", "Age > 19", (M, "adult over 19")),
 item("inclusion", "ECOG 0-2", (M, "ECOG within 0-2"), c8=(N, "ECOG 3")),
 item("inclusion", "No distant metastasis", (N, "metastatic disease"),
      c1=(M, "resectable setting (M0)"), c2=(M, "resectable setting (M0)"),
      c6=(U, "recurrent; sites of recurrence not case fields"),
      c8=(N, "brain metastases")),
 item("inclusion", "Adequate bone marrow functions (ANC ≥ 1,500/ul, blood platelet ≥ 100,000/ul, haemoglobin ≥ 10g/dl, transfusion allowed)", LAB),
 item("inclusion", "Adequate renal functions(serum creatinine ≤ 1.5mg/dl)", LAB),
 item("inclusion", "liver functions (serum bilirubin ≤ 1.5mg/dl, AST/ALT ≤ 3 times(normal value)", LAB),
 item("inclusion", "Written informed consent", CONSENT),
 item("inclusion", "Possible oral intake (food, drug)", (U, "oral intake / GI integrity not a case field (C4)")),
 item("exclusion", "Exclusion Criteria:", HEAD),
 item("exclusion", "Subjects presenting with any of the following will not be included in the study", (M, "introductory sentence, not a requirement")),
 item("exclusion", "Active infection requiring antibiotics", (U, "acute infections not recorded in the case"),
      c1=(U, "chronic hepatitis B is not an antibiotic-requiring infection; other infections not recorded"),
      c5=(U, "HIV is not an antibiotic-requiring infection; other infections not recorded"),
      c8=(U, "hepatitis C is not an antibiotic-requiring infection; other infections not recorded")),
 item("exclusion", "Pregnant, lactating women", PREG_DEFAULT, **preg()),
 item("exclusion", "Concurrent systemic illness not appropriate for chemotherapy", (U, "investigator judgement; no decisive comorbidity in the fields"),
      c6=(U, "heart failure with LVEF 38%; fitness for chemotherapy is a judgement call"),
      c8=(U, "ECOG 3 with hepatitis C; fitness is a judgement call")),
 item("exclusion", "Resection margin (+) at permanent pathology", (U, "resection margin not a case field")),
 item("exclusion", "Pathologic stage I or IV (Ia or Ib according to AJCC 2010)", (N, "metastatic disease = stage IV"),
      c1=(U, "pathological stage not a case field"), c2=(U, "pathological stage not a case field"),
      c6=(U, "recurrent; stage not a case field"), c8=(N, "brain metastases = stage IV")),
 item("exclusion", "Inadequate surgery including D0, D1 resection, dissected LNs less than 12", (U, "surgical extent not a case field")),
 item("exclusion", "Paraaortic lymph node (+), pathologically proven", (U, "nodal sites not case fields")),
 item("exclusion", "women of potential childbearing not employing adequate contraception", CONTRA),
 ])

# ---------------------------------------------------------------- PREACT
RECS["NCT03013010"] = dict(note=(
 "PREACT (China): preoperative SOX-chemoradiation vs SOX for stage IIB-IIIC gastric/GEJ (not Siewert I) "
 "adenocarcinoma. Text truncated after the 4th exclusion item. Reading choices: the stage/site item and the "
 "'considered operable' item are composites and fail on any decided part. A primary already resected (VS-02, shown "
 "by her HER2 test on a resection specimen) is read as no longer a candidate for a preoperative trial. The 'Adequate organ "
 "function defined as follows:' heading is its own item. Radiotherapy history is not a case field, so 'Prior "
 "chemotherapy or radiotherapy' stays unknown for untreated cases. VS-01 (Shanghai, HER2 3+, resectable) is the "
 "plausible candidate."),
 items=[
 item("inclusion", "Inclusion Criteria:", HEAD),
 item("inclusion", "Age >=18 years", (M, "adult")),
 item("inclusion", "Female and male", (M, "either sex allowed")),
 item("inclusion", "Eastern Cooperative Oncology Group (ECOG) performance status 0-1", (M, "ECOG 0-1"),
      c4=(N, "ECOG 2"), c6=(N, "ECOG 2"), c8=(N, "ECOG 3")),
 item("inclusion", "Life expectancy >=6 months", LIFE),
 item("inclusion", "Histologically proven adenocarcinoma of the stomach or gastroesophageal junction (GEJ) (excluding Siewert I) that is: Stage IIB (T3N1 only), IIIA (T2N3 not eligible), IIIB, and IIIC, i.e. T3 - T4a and node positive, or T4b and/ or node positive, according to American Joint Committee on Cancer (AJCC) 7th edition",
      (N, "stage IV (metastatic) disease"),
      c1=(U, "gastric adenocarcinoma, but clinical T/N stage not a case field"),
      c2=(U, "gastric adenocarcinoma, but stage not a case field"),
      c6=(N, "oesophageal primary, and recurrent disease"),
      c8=(N, "recurrent disease with brain metastases (stage IV)")),
 item("inclusion", "Considered operable following initial staging investigations or after pre-operative therapy Disease which can be radically treated with radiotherapy to 45 Gy with standard fractionation",
      (N, "metastatic disease is not operable with curative intent"),
      c1=(U, "resectable setting, but suitability for 45 Gy radical radiotherapy is not recorded"),
      c2=(N, "primary already resected (HER2 tested on resection specimen 2026-11-03); no preoperative window"),
      c6=(N, "recurrent disease on second-line palliative therapy"),
      c8=(N, "recurrent disease with brain metastases")),
 item("inclusion", "Adequate organ function defined as follows:", HEAD),
 item("inclusion", "Bone marrow: Haemoglobin >=90 g/L, Absolute neutrophil count (ANC) >=1.5 x 109 /L, Platelet count >=100 x 109 /L; Hepatic: Serum bilirubin <=1.5 x upper limit of normal, aspartate aminotransferase (AST) and/or alanine transaminase (ALT) <=2.5 x upper limit of normal; Renal: Serum creatinine <=1.0 x upper limit of normal", LAB),
 item("inclusion", "Patients are willing to obey the treatment and provide blood and tissue specimens", CONSENT),
 item("inclusion", "Written informed consent obtained before randomization", CONSENT),
 item("exclusion", "Exclusion Criteria:", HEAD),
 item("exclusion", "Pregnant or lactating females or female patients of childbearing potential who have not been surgically sterilized or are without adequate contraceptive measures", PREG_DEFAULT, **preg()),
 item("exclusion", "Sexually active males or females refuse to practice contraception during the study until 30 days after end of study", CONTRA),
 item("exclusion", "Evidence of metastatic disease", (N, "metastatic disease"),
      c1=(M, "resectable setting"), c2=(M, "resectable setting"),
      c6=(U, "recurrent; whether distant is not a case field"), c8=(N, "brain metastases")),
 item("exclusion", "Prior chemotherapy or radiotherapy", (U, "no prior systemic therapy; radiotherapy history not a case field (C4)"), **PRIORCT),
 ])

# ---------------------------------------------------------------- NCT03223740
RECS["NCT03223740"] = dict(note=(
 "Sichuan phase 3 (after RTOG 9904): preoperative induction chemotherapy + chemoradiation vs postoperative "
 "chemoradiation for T3-4 M0 gastric adenocarcinoma. Text truncated after the 4th exclusion item. Reading choices: "
 "'potentially resectable' and 'No prior major surgery ... to the stomach' fail for VS-02, whose HER2 test on a "
 "resection specimen shows the stomach was already resected. 'Metastatic disease to distant organs' is "
 "decided only where an organ site is a field (brain metastases). The generic 'metastatic' setting decides "
 "'Evidence of metastatic disease'. Heart failure with LVEF 38% (VS-06) is read as severe cardiac disease. VS-01 is the "
 "plausible candidate."),
 items=[
 item("inclusion", "Inclusion Criteria", HEAD),
 item("inclusion", "Patients with potentially resectable adenocarcinoma of the stomach with histologic proof.",
      (N, "metastatic, not resectable"),
      c1=(M, "resectable gastric adenocarcinoma"),
      c2=(N, "already resected (resection specimen 2026-11-03); nothing left to resect"),
      c3=(N, "GEJ primary with metastatic disease"),
      c6=(N, "oesophageal primary, recurrent"),
      c7=(N, "GEJ primary with metastatic disease"),
      c8=(N, "recurrent with brain metastases")),
 item("inclusion", "EUS or MRI stage T3-4, any N, M0.", (N, "M1 (metastatic)"),
      c1=(U, "M0, but T stage not a case field"), c2=(U, "T stage not a case field"),
      c6=(U, "recurrent; staging not a case field"), c8=(N, "brain metastases (M1)")),
 item("inclusion", "Adequate bone marrow (defined as peripheral absolute granulocyte count of > 2,000/μL, and platelet count of>100,000/μL), liver (bilirubin < 1.5 mg/dl), and renal functions (creatinine < 1.5 mg/dl).", LAB),
 item("inclusion", "Absence of peritoneal disease by laparoscopic staging; no positive cytology of pleural, or pericardial effusion.",
      (U, "laparoscopy, peritoneal disease and effusions not case fields (C4)")),
 item("inclusion", "No prior major surgery or radiotherapy to the stomach, or immunotherapy or chemotherapy for any reason.",
      (U, "no systemic therapy; surgery/radiotherapy history not a case field (C4)"),
      c2=(N, "prior gastric resection (HER2 tested on resection specimen)"),
      **PRIORCT),
 item("inclusion", "Patients must have a life expectancy of at least 16 weeks.", LIFE),
 item("inclusion", "Performance status of < 2 (Zubrod scale).", (M, "ECOG/Zubrod 0-1"),
      c4=(N, "ECOG 2"), c6=(N, "ECOG 2"), c8=(N, "ECOG 3")),
 item("inclusion", "No biopsy proof of lymph node metastases outside the study field.", (U, "nodal sites not case fields")),
 item("inclusion", "No evidence of metastatic disease to distant organs.", (U, "metastatic, but organ sites not case fields"),
      c1=(M, "resectable (M0)"), c2=(M, "resectable (M0)"),
      c3=(N, "brain metastases"), c8=(N, "brain metastases")),
 item("inclusion", "No presence of concurrent or previous malignancies < 5 years, other than noninvasive skin cancer.",
      (U, "other malignancies not a case field (C4)")),
 item("inclusion", "No uncontrolled or severe cardiac disease, diabetes or hypertension.",
      (U, "no heart failure listed, but diabetes/hypertension/other cardiac disease not recorded (C4 composite)"),
      c6=(N, "heart failure with LVEF 38%")),
 item("inclusion", "Signed study-specific consent form prior to study entry.", CONSENT),
 item("exclusion", "Exclusion Criteria", HEAD),
 item("exclusion", "Evidence of metastatic disease", (N, "metastatic disease"),
      c1=(M, "resectable setting"), c2=(M, "resectable setting"),
      c6=(U, "recurrent; whether distant is not a case field"), c8=(N, "brain metastases")),
 item("exclusion", "Prior chemotherapy or radiotherapy", (U, "no prior systemic therapy; radiotherapy history not a case field (C4)"), **PRIORCT),
 item("exclusion", "Patients with a past history of cancer", (U, "other (previous) cancers not a case field (C4)")),
 item("exclusion", "Patients with other significant underlying medical conditions that may be aggravated by the study treatment or are not controlled",
      (U, "no decisive comorbidity in the fields; investigator judgement"),
      c1=(U, "hepatitis B (reactivation risk) — controlled status not in fields"),
      c5=(U, "HIV — control status not in fields"),
      c6=(N, "heart failure with LVEF 38% would be aggravated by chemoradiation"),
      c7=(U, "autoimmune disease with ILD — judgement call"),
      c8=(U, "hepatitis C — judgement call")),
 ])

# ---------------------------------------------------------------- NCT02301481
RECS["NCT02301481"] = dict(note=(
 "Randomised phase 2 (China, S-1-based): neoadjuvant chemoradiotherapy vs neoadjuvant chemotherapy for cT3-4N0M0 / "
 "anyTN+M0 gastric adenocarcinoma. Text truncated after the 2nd exclusion item. Reading choices: the age limit "
 "18-75 is in the record's maximumAge field, not the criteria text, so it is not judged as an item. It would also "
 "exclude VS-06 (82). KPS >=70 is read as met by ECOG 0-1, unclear for ECOG 2 and failed by ECOG 3; the item "
 "also needs life span, so it is at best unknown. Surgery counts as 'other cancer treatment', so VS-02's prior "
 "resection (resection specimen) excludes her. The GEJ cases (VS-03, VS-07) fail on metastatic stage, not on site."),
 items=[
 item("inclusion", "Inclusion Criteria:", HEAD),
 item("inclusion", "Histologically or cytologically proven locally advanced gastric adenocarcinoma in patients staged as cT3-4N0M0 or anyTN+M0",
      (N, "metastatic (M1) disease"),
      c1=(U, "gastric, M0, but cT/cN not case fields"),
      c2=(U, "gastric, M0, but cT/cN not case fields"),
      c6=(N, "oesophageal primary, recurrent"),
      c8=(N, "recurrent with brain metastases (M1)")),
 item("inclusion", "No distant metastasis in liver,lung,bone,central nervous system(CNS),no peritoneal transplantation",
      (U, "metastatic, but sites not case fields"),
      c1=(M, "resectable (M0)"), c2=(M, "resectable (M0)"),
      c3=(N, "brain (CNS) metastases"), c8=(N, "brain (CNS) metastases")),
 item("inclusion", "No prior abdominal or pelvic radiotherapy", (U, "radiotherapy history not a case field (C4)")),
 item("inclusion", "Karnofsky performance status(KPS)≥ 70, predictive life span no less than 6 months",
      (U, "ECOG 0-1 ≈ KPS ≥70, but life span not judged (C2)"),
      c4=(U, "ECOG 2 ≈ KPS 60-70; life span not judged"),
      c6=(U, "ECOG 2 ≈ KPS 60-70; life span not judged"),
      c8=(N, "ECOG 3 ≈ KPS 30-40")),
 item("inclusion", "Patients must have normal organ and marrow function as defined below: Leukocytes: greater than or equal to 3,000 G/L; Platelets: greater than or equal to 100,000/mm3 .Hemoglobin:greater than or equal to 10g/L .Total bilirubin: within normal institutional limits; AST/ALT: less than or equal to 1.5 times the upper limit; Creatinine within normal upper limits", LAB),
 item("inclusion", "Informed consent", CONSENT),
 item("exclusion", "Exclusion Criteria:", HEAD),
 item("exclusion", "Any prior chemotherapy or other cancer treatment prior to this protocol",
      (U, "no systemic therapy listed; surgery/radiotherapy history not a case field"),
      c2=(N, "prior gastric resection (HER2 tested on resection specimen) is prior cancer treatment"),
      **PRIORCT),
 item("exclusion", "Patients with other cancer history except cervical carcinoma in situ and non-malignant melanoma skin cancer",
      (U, "other cancers not a case field (C4)")),
 ])

# ---------------------------------------------------------------- CRITICS-II
RECS["NCT02931890"] = dict(note=(
 "CRITICS-II (Netherlands Cancer Institute): preoperative DOC chemotherapy vs DOC + chemoradiotherapy vs "
 "chemoradiotherapy for resectable stage IB-IIIC gastric adenocarcinoma. Only the inclusion list survived in the "
 "mirrors (no exclusions), so verdicts are provisional. Reading choices: 'WHO < 2' is read as ECOG 0-1. An already "
 "resected primary (VS-02) is not 'resectable' for a preoperative trial. The laparoscopy item reads as broken "
 "('... should be pathologically proven tumor'); we read it as requiring a mandatory staging laparoscopy. "
 "Laparoscopy is not a case field, so it stays unknown for all. The GEJ metastatic cases fail on stage. The GEJ site itself "
 "would be allowed when the bulk is gastric, which is not a case field."),
 items=[
 item("inclusion", "Inclusion Criteria:", HEAD),
 item("inclusion", "TNM 8th ed stage IB-IIIC gastric cancer (histologically proven); tumour bulk has to be in the stomach but may involve gastro-oesophageal junction",
      (N, "stage IV (metastatic)"),
      c1=(U, "gastric, M0, but TNM stage not a case field"),
      c2=(U, "gastric, M0, but TNM stage not a case field"),
      c6=(N, "oesophageal primary, recurrent"),
      c8=(N, "recurrent with brain metastases (stage IV)")),
 item("inclusion", "WHO < 2", (M, "performance status 0-1"),
      c4=(N, "ECOG 2"), c6=(N, "ECOG 2"), c8=(N, "ECOG 3")),
 item("inclusion", "Age ≥ 18 yrs", (M, "adult")),
 item("inclusion", "Resectable adenocarcinoma of the stomach or gastro-oesophageal junction",
      (N, "metastatic, not resectable"),
      c1=(M, "resectable gastric adenocarcinoma"),
      c2=(N, "primary already resected (resection specimen 2026-11-03)"),
      c6=(N, "oesophageal primary, recurrent on palliative therapy"),
      c8=(N, "recurrent with brain metastases")),
 item("inclusion", "No prior abdominal radiotherapy", (U, "radiotherapy history not a case field (C4)")),
 item("inclusion", "Haematology: Hb ≥5.0 mmol/l; leukocytes≥3.0x109/l, neutrophils ≥1.5x109/l, thrombocytes ≥100x109/l", LAB),
 item("inclusion", "Renal function: serum creatinine ≤1.25x ULN, creatinine clearance ≥ 50 ml/min (calculated by Cockcroft and Gault formula) Liver function: total bilirubin ≤1.5x ULN, alkaline phosphatase and ASAT/ALAT ≤ 3x ULN", LAB),
 item("inclusion", "At staging laparoscopy (mandatory) obtained biopsies of suspected peritoneal lesions and/or substantial free peritoneal fluid if any should be pathologically proven tumor",
      (U, "staging laparoscopy / peritoneal findings not case fields (C4)")),
 item("inclusion", "Written informed consent", CONSENT),
 item("inclusion", "Expected adequacy of follow-up", (M, "follow-up/compliance item: met by convention C1")),
 item("inclusion", "Caloric intake≥1500 kcal/day, verified by a dietician before registration.", (U, "nutritional intake not a case field")),
 ])

# ---------------------------------------------------------------- NCT00003172
RECS["NCT00003172"] = dict(note=(
 "ECOG randomised phase 2 (1998-2004) of combination chemotherapy regimens for advanced gastric/GEJ "
 "adenocarcinoma; old PDQ record flattened into run-on paragraphs. The text breaks off in the Cardiovascular section, "
 "so PRIOR CONCURRENT THERAPY (limits on earlier lines) is missing. Verdicts therefore do not test prior treatment, "
 "and the later-line cases may in fact be excluded. Reading choices: the flattened text is split into one "
 "requirement per item. A sub-heading with several requirements (Hematopoietic:, Hepatic:, Cardiovascular:) is its own "
 "item. A label with one requirement (Age:, Performance status:, Renal:) stays with it. 'Life expectancy: Not specified' "
 "sets no requirement (met). PDQ 'No ...' statements are inclusion requirements. With heart_failure not listed, NYHA III-IV "
 "heart disease and uncontrolled CHF are read as absent. For VS-06 the NYHA class and control are not fields. "
 "Non-measurable disease (VS-04, VS-02) fails the measurable and not-evaluable-only items."),
 items=[
 item("inclusion", "DISEASE CHARACTERISTICS:", HEAD),
 item("inclusion", "Histologically confirmed adenocarcinoma of the stomach or gastroesophageal junction beyond the scope of surgical resection",
      (M, "gastric/GEJ adenocarcinoma, metastatic/unresectable"),
      c1=(N, "resectable disease"),
      c2=(N, "resectable (already resected) disease"),
      c6=(N, "oesophageal primary, not stomach/GEJ"),
      c8=(M, "recurrent gastric adenocarcinoma with brain metastases, not resectable")),
 item("inclusion", "Must have measurable disease in either one or two dimensions either radiographically or by physical examination",
      (M, "measurable disease recorded"),
      c2=(N, "no measurable disease"), c4=(N, "no measurable disease")),
 item("inclusion", "Measurable disease must be documented outside of a prior radiation portal",
      (U, "measurable disease, but radiotherapy fields not case fields (C4)"),
      c2=(N, "no measurable disease"), c4=(N, "no measurable disease")),
 item("inclusion", "Evaluable disease only not allowed", (M, "has measurable disease"),
      c2=(N, "no measurable disease"), c4=(N, "non-measurable (evaluable-only at best) disease")),
 item("inclusion", "PATIENT CHARACTERISTICS:", HEAD),
 item("inclusion", "Age: 18 and over", (M, "adult")),
 item("inclusion", "Performance status: ECOG 0-1", (M, "ECOG 0-1"),
      c4=(N, "ECOG 2"), c6=(N, "ECOG 2"), c8=(N, "ECOG 3")),
 item("inclusion", "Life expectancy: Not specified", (M, "no requirement stated")),
 item("inclusion", "Hematopoietic:", HEAD),
 item("inclusion", "WBC greater than 4,000/mm3", LAB),
 item("inclusion", "Absolute neutrophil count greater than 1,500/mm3", LAB),
 item("inclusion", "Platelet count greater than 100,000/mm3", LAB),
 item("inclusion", "Hepatic:", HEAD),
 item("inclusion", "Bilirubin no greater than upper limit of normal (ULN)", LAB),
 item("inclusion", "SGOT no greater than 1.5 times ULN", LAB),
 item("inclusion", "Alkaline phosphatase no greater than 5 times ULN", LAB),
 item("inclusion", "Renal: Creatinine less than 2.0 mg/dL", LAB),
 item("inclusion", "Cardiovascular:", HEAD),
 item("inclusion", "No New York Heart Association class III or IV heart disease",
      (M, "heart_failure not listed: no NYHA III-IV heart disease"),
      c6=(U, "heart failure with LVEF 38%; NYHA class not a case field")),
 item("inclusion", "No chronic or unstable angina", (U, "angina not a case field")),
 item("inclusion", "No uncontrolled congestive heart failure", (M, "heart_failure not listed"),
      c6=(U, "heart failure present; whether controlled is not a case field")),
 item("inclusion", "No arrhythmia", (U, "arrhythmia not a case field")),
 item("inclusion", "No chronic angina", (U, "angina not a case field")),
 item("inclusion", "No myocardial infarction in the past 1 year", (U, "myocardial infarction history not a case field")),
 ])

def verdict(items, c):
    st = [i["judgements"][c] for i in items]
    return "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")

os.makedirs(os.path.join(ROOT, "VS"), exist_ok=True)
for nct, d in RECS.items():
    rec = json.load(open(os.path.join(ROOT, "records", nct + ".json")))
    crit_text = " ".join(rec["protocolSection"]["eligibilityModule"]["eligibilityCriteria"].split())
    for it in d["items"]:
        assert " ".join(it["text"].split()) in crit_text, (nct, it["text"][:60])
    out = {"nct_id": nct, "reviewer_note": d["note"],
           "verdicts": {c: verdict(d["items"], c) for c in C},
           "criteria": d["items"]}
    with open(os.path.join(ROOT, "VS", nct + ".yaml"), "w") as f:
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=120)
    print(nct, out["verdicts"])
