#!/usr/bin/env python3
"""Generate UB/<NCT>.yaml reference judgements (hand-written judgements, texts pulled verbatim)."""
import json, os, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [f"UB-{i:02d}" for i in range(1, 9)]
def rec(nct):
    return json.load(open(f"/work/shared/data/trials/her2-gastric/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
def grab(raw, start, end):
    i = raw.index(start); j = raw.index(end, i) + len(end)
    return raw[i:j]

def J(default, **ov):
    """default (status, reason); overrides by case number n1..n8."""
    out = {}
    for k, c in enumerate(CASES, 1):
        out[c] = ov.get(f"n{k}", default)
    return out
M, N, U = "met", "not_met", "unknown"
def allc(st, r): return J((st, r))

# ---- shared judgement patterns ----
CONSENT = allc(M, "C1: consent/compliance item")
CONTRA = allc(M, "C1: contraception item")
LABS = allc(U, "C3: laboratory/organ function not in case")
LIFE = allc(U, "C2: life expectancy not assessable from case")
def preg():
    return J((M, "male"), n2=(U, "woman aged 44; pregnancy status not recorded (C2)"),
             n4=(M, "woman aged 71 (C2)"), n5=(M, "woman aged 58 (C2)"),
             n6=(U, "woman aged 33; pregnancy status not recorded (C2)"))
ECOG = {"UB-01": 1, "UB-02": 0, "UB-03": 1, "UB-04": 2, "UB-05": 1, "UB-06": 0, "UB-07": 1, "UB-08": 3}
def ecog(maxv):
    return {c: ((M if e <= maxv else N), f"ECOG {e} ({'within' if e <= maxv else 'above'} limit {maxv})") for c, e in ECOG.items()}
def measurable():
    return J((M, "measurable_disease true"), n5=(N, "measurable_disease false (non-measurable recurrence)"))
LVEF = {"UB-01": 60, "UB-02": 55, "UB-03": 48, "UB-04": None, "UB-05": 62, "UB-06": None, "UB-07": 58, "UB-08": None}
def lvef_ge50():
    return {c: ((U, "lvef_percent not recorded") if v is None else ((M if v >= 50 else N), f"LVEF {v}%")) for c, v in LVEF.items()}
def unk(r): return allc(U, r)
NO_BRAIN = (M, "no brain_metastases condition (CNS incl. leptomeningeal read as covered)")
RT = "radiotherapy history not a case field (C4)"
SURG = "surgery history not a case field (C4)"
MALIG = "other malignancies not a case field (C4)"
HYPER = "allergy history not recorded; not every named drug previously received without reaction"
# DPD: fluoropyrimidine-exposed without recorded toxicity suggesting deficiency -> met; naive -> unknown
DPD = J((M, "tolerated prior fluoropyrimidine for months; no known DPD deficiency"),
        n1=(U, "fluoropyrimidine-naive; DPD status not reported"),
        n4=(U, "fluoropyrimidine-naive; DPD status not reported"),
        n6=(U, "fluoropyrimidine-naive; DPD status not reported"))
# neuropathy (toxicity convention: toxicity on a line ended <=90 days ago = still present)
def neuropathy(r_bad):
    return J((M, "prior neurotoxic therapy recorded with no neuropathy toxicity"),
             n1=(U, "chemo-naive; neuropathy status not recorded"),
             n4=(U, "chemo-naive; neuropathy status not recorded"),
             n6=(U, "chemo-naive; neuropathy status not recorded"),
             n3=(N, r_bad))

TRIALS = {}

# ======================= NCT04309578 =======================
nct = "NCT04309578"; raw = rec(nct)
g = lambda s, e: grab(raw, s, e)
TRIALS[nct] = dict(note=(
    "Phase II, first-line trastuzumab + capecitabine/cisplatin for tissue HER2-negative (serum HER2+) advanced gastric/GEJ "
    "adenocarcinoma. Serum HER2 is in the title only, not in the eligibility text, so it is not judged. 'Tissue HER2-negative' "
    "is read as the tumour never having been HER2-positive: UB-03 (3+ at diagnosis, 1+ after trastuzumab = acquired loss) is "
    "not_met. Exclusion 1 is read as 'any prior palliative chemotherapy, or platinum/recent (<6 months) (neo)adjuvant chemotherapy'. "
    "Exclusion 4 ('toxicities remaining following previous curative therapy') is read as residual toxicity from any prior therapy. "
    "Cardiac composite (9) is unknown for all: only heart_failure is a vocabulary condition. DPD: met when months of "
    "fluoropyrimidine were tolerated, unknown when naive. Oesophageal primary (UB-08) is outside 'gastric or GEJ'."),
 crit=[
  ("inclusion", g("Patients with inoperable, locally-advanced", "histologically diagnosed."),
   J((M, "advanced (metastatic/recurrent) gastric or GEJ adenocarcinoma, not curable"),
     n6=(N, "resectable disease - eligible for curative therapy"),
     n8=(N, "oesophageal adenocarcinoma, not gastric/GEJ"))),
  ("inclusion", g("Diseases measurable according", "(CT or MRI)."), measurable()),
  ("inclusion", g("Tissue HER2-negative tumors", "(see Annex 12.5)."),
   J((M, "tissue HER2-negative by gastric criteria"),
     n1=(N, "HER2 IHC 3+"), n2=(N, "HER2 IHC 3+ (diagnosis and re-biopsy)"),
     n3=(N, "HER2 IHC 3+ at diagnosis; later IHC 1+/ISH- is acquired loss after trastuzumab"),
     n4=(M, "IHC 1+ (gastric criteria)"), n5=(M, "IHC 2+ / ISH not amplified"), n6=(M, "IHC 0"),
     n7=(N, "IHC 2+ / ISH amplified (ratio 3.1)"),
     n8=(U, "no tissue HER2 result (ctDNA ERBB2 amplified only)"))),
  ("inclusion", g("ECOG Performance status 0, 1 or 2", "(see Annex 12.1)."), ecog(2)),
  ("inclusion", g("Survival for at least 3 months", "possible."), LIFE),
  ("inclusion", g("Appropriate bone marrow, renal", "hepatic functions."), LABS),
  ("inclusion", g("Males or females aged 19", "years."), allc(M, "age 33-71 (>=19)")),
  ("inclusion", g("Patients should sign the informed consent", "(ICF)."), CONSENT),
  ("exclusion", g("Patients who previously received chemotherapy for advanced", "is not permitted)."),
   J((N, "prior palliative chemotherapy for advanced disease"),
     n1=(M, "no prior systemic therapy"), n4=(M, "no prior systemic therapy"), n6=(M, "no prior systemic therapy"),
     n5=(N, "perioperative FLOT is platinum-based (oxaliplatin); platinum (neo)adjuvant not permitted"))),
  ("exclusion", g("Patients with a lack of physical integration", "cannot participate)."), unk("GI integrity/feeding tube not a case field (C4)")),
  ("exclusion", g("Patients with active (serious or uncontrolled) gastrointestinal bleeding.", "bleeding."), unk("GI bleeding not recorded")),
  ("exclusion", g("Patients with relevant toxicities remaining", "NCI-CTCAE version 5.0."),
   J((M, "prior therapy recorded without residual toxicity"),
     n1=(M, "no prior therapy"), n4=(M, "no prior therapy"), n6=(M, "no prior therapy"),
     n3=(N, "grade 2 sensory neuropathy on paclitaxel ended 2026-10-25 (recent, taken as persisting)"),
     n5=(M, "grade 3 neutropenia during FLOT ended 2026-05-10; >90 days, taken as resolved"),
     n7=(N, "T-DXd interstitial lung disease, still listed as a condition"),
     n8=(N, "grade 2 pneumonitis on nivolumab ended 2026-10-28 (recent, taken as persisting)"))),
  ("exclusion", g("Patients with a history of other malignant diseases", "basal cell carcinoma)."), unk(MALIG)),
  ("exclusion", g("Neutrophil count \\< 1.5", "100 × 109/L."), LABS),
  ("exclusion", g("Serum bilirubin\\> 1.5", "albumin \\< 2.5 g/dL."), LABS),
  ("exclusion", g("Creatinine clearance \\< 60 mL/min.", "≥ 60mL/min."), LABS),
  ("exclusion", g("History of proven congestive heart failure", "high-risk uncontrolled arrhythmia."),
   unk("no heart_failure, but angina/MI/hypertension/valve/arrhythmia not recorded (C4 composite)")),
  ("exclusion", g("Baseline left ventricular ejection fraction (LVEF) \\< 50%", "MUGA)."), lvef_ge50()),
  ("exclusion", g("Patients with dyspnoea at rest", "oxygen therapy."), unk("dyspnoea/oxygen need not recorded")),
  ("exclusion", g("Patients who are treated with long-term or high-dose corticosteroids", "is permitted)."), unk("corticosteroid use not recorded")),
  ("exclusion", g("Patients with Clinically significant hypoacusis", "hypoacusis"), unk("hearing not recorded")),
  ("exclusion", g("Patients known to show dihydropyrimidine dehydrogenase", "deficiency."), DPD),
  ("exclusion", g("Patients with a history of brain metastasis", "clinical evidence."),
   J(NO_BRAIN, n8=(N, "brain_metastases condition"))),
  ("exclusion", g("Uncontrolled serious systemic intercurrent diseases", "uncontrolled diabetes)."), unk("intercurrent disease control not recorded")),
  ("exclusion", g("Females who are pregnant or are breast-feeding.", "breast-feeding."), preg()),
  ("exclusion", g("Fertile males and females who are unwilling", "contraceptive methods."), CONTRA),
  ("exclusion", g("Patients who are treated with another investigational product", "clinical study."),
   allc(M, "treatment history lists only approved agents; none investigational")),
  ("exclusion", g("Patients receiving radiation therapy within 4 weeks", "acute toxicities.)."), unk(RT)),
  ("exclusion", g("Patients who underwent major surgery within 4 weeks", "completely recovered."), unk(SURG)),
  ("exclusion", g("Patients known to have HIV infectivity", "HBV or HCV."),
   J((M, "no hiv/hepatitis_b/hepatitis_c condition"), n1=(U, "hepatitis_b condition; activity (viral load) not recorded"))),
  ("exclusion", g("Patients with hypersensitivity to the study drug.", "study drug."), unk(HYPER)),
 ])

# ======================= NCT04592211 =======================
nct = "NCT04592211"; raw = rec(nct)
g = lambda s, e: grab(raw, s, e)
TRIALS[nct] = dict(note=(
    "Phase Ib/II paclitaxel + pembrolizumab + olaparib, second line in immune-checkpoint-inhibitor-experienced recurrent/advanced "
    "gastric/GEJ cancer. The title/official title restrict to 2nd line, ICI-experienced, advanced disease, but the eligibility text "
    "contains no disease, setting or prior-ICI criterion; only the text is judged, so UB-05 (ICI-naive) and UB-06 (resectable, "
    "untreated) reach possibly_eligible - a colleague applying the title would call UB-05/UB-06 ineligible. Criterion 8 applies "
    "only to HER2-positive patients (met 'does not apply' for HER2-low/0). Grade 2 pneumonitis/ILD is taken as having required "
    "steroids (standard management). Swallowing is met only where oral anticancer therapy was taken in the last ~3 months. "
    "'Measurable or evaluable': a documented non-measurable recurrence counts as evaluable."),
 crit=[
  ("inclusion", g("Provided written informed consent", "for treatment."), CONSENT),
  ("inclusion", g("Age ≥ 19 years old", "years old"), allc(M, "age 33-71 (>=19)")),
  ("inclusion", g("measurable or evaluable disease based on RECIST 1.1.", "RECIST 1.1."),
   J((M, "measurable disease"), n5=(M, "non-measurable but evaluable recurrence (recurred_on 2026-10-05)"))),
  ("inclusion", g("Eastern Cooperative Oncology Group (ECOG) performance status 0 or 1 on time", "allocation."), ecog(1)),
  ("inclusion", g("Adequate organ function as defined", "criteria:"), LABS),
  ("inclusion", g("A life expectancy of at least 3 months", "3 months"), LIFE),
  ("inclusion", g("Is able to swallow and retain", "medications"),
   J((U, "swallowing/GI absorption not recorded (C4)"),
     n2=(M, "took oral capecitabine until 2026-09-15"), n7=(M, "took oral apatinib until 2026-10-20"))),
  ("inclusion", g("Failed first-line trastuzumab treatment", "HER2 positive patients"),
   J((M, "does not apply - HER2-negative (low/0)"),
     n1=(N, "HER2-positive, no trastuzumab given yet"),
     n2=(M, "progressed on first-line trastuzumab-based therapy"),
     n3=(M, "progressed on first-line trastuzumab-based therapy"),
     n7=(M, "progressed on first-line trastuzumab-based therapy"),
     n8=(U, "tissue HER2 status unknown (ctDNA ERBB2 amplified); no trastuzumab given"))),
  ("inclusion", g("Highly effective contraception for both", "conception exists."), CONTRA),
  ("inclusion", g("Left ventricular ejection fraction (LVEF) ≥50%", "≥50%"), lvef_ge50()),
  ("exclusion", g("A WOCBP who has a positive urine pregnancy test", "allocation"), preg()),
  ("exclusion", g("Has received prior systemic anti-cancer therapy including investigational agents within 2 weeks", "allocation."),
   J((M, "last systemic therapy ended >2 weeks ago"), n1=(M, "no prior therapy"), n4=(M, "no prior therapy"), n6=(M, "no prior therapy"))),
  ("exclusion", g("Has received prior radiotherapy within 2 weeks", "study treatment."), unk(RT)),
  ("exclusion", g("Has received a live vaccine", "study drug."), unk("vaccination history not recorded")),
  ("exclusion", g("Is currently participating in or has participated in a study of an investigational agent", "study treatment."),
   allc(M, "no investigational agent in treatment history; no trastuzumab within 4 weeks")),
  ("exclusion", g("Has a diagnosis of immunodeficiency", "study drug."),
   unk("no hiv/transplant, but steroid/immunosuppressant use not recorded")),
  ("exclusion", g("Has a known additional malignancy that is progressing", "past 5 years."), unk(MALIG)),
  ("exclusion", g("Has known active CNS metastases", "carcinomatous meningitis."),
   J(NO_BRAIN, n8=(U, "brain_metastases present; whether active/treated not recorded"))),
  ("exclusion", g("Has severe hypersensitivity (≥Grade 3) to pembrolizumab", "paclitaxel."), unk(HYPER)),
  ("exclusion", g("Has active autoimmune disease that has required systemic treatment", "past 2 years"),
   J((M, "no autoimmune_disease condition"), n4=(U, "autoimmune_disease present; systemic treatment in past 2 years not recorded"))),
  ("exclusion", g("Has a history of (non-infectious) pneumonitis", "current pneumonitis."),
   J((M, "no pneumonitis/ILD condition"),
     n7=(N, "T-DXd-related ILD/pneumonitis grade 2 (steroid-treated grade)"),
     n8=(N, "nivolumab pneumonitis grade 2 (steroid-treated grade), recent"))),
  ("exclusion", g("Has an active infection requiring systemic therapy.", "systemic therapy."), unk("active infection not recorded")),
  ("exclusion", g("Has a known history of Human Immunodeficiency Virus (HIV).", "(HIV)."), allc(M, "no hiv condition")),
  ("exclusion", g("Has an active of Hepatitis B", "infection."),
   J((M, "no hepatitis_b/hepatitis_c condition"), n1=(U, "hepatitis_b present; HBV DNA titre not recorded"))),
  ("exclusion", g("Has an active TB", "with treatment."), unk("tuberculosis status not recorded")),
  ("exclusion", g("Participant has received previous allogenic bone-marrow", "(dUCBT)."), allc(M, "no organ_transplant condition")),
 ])

# ======================= NCT04943653 =======================
nct = "NCT04943653"; raw = rec(nct)
g = lambda s, e: grab(raw, s, e)
TRIALS[nct] = dict(note=(
    "Phase I/II first-line intraperitoneal paclitaxel + XELOX for gastric cancer with peritoneal metastasis. Peritoneal spread is "
    "a metastatic site, not a case field (C4): unknown for metastatic/recurrent cases, not_met for the resectable case. 'Primary "
    "gastric adenocarcinoma': GEJ primaries are unknown (Siewert type not recorded), oesophageal not_met. HER2-positive exclusion "
    "uses the tumour's documented positivity (UB-03's acquired loss does not clear it). The double-negative 'no investigational "
    "anticancer therapy within 30 days' is read as excluding investigational therapy within 30 days. 'Prior anticancer therapy "
    "within 6 months' includes radiation, so it is unknown unless systemic therapy already falls within 6 months (not_met). "
    "Checkpoint-inhibitor pneumonitis counts as interstitial pneumonia. Hypersensitivity: met only if every named drug was "
    "received without reaction."),
 crit=[
  ("inclusion", g("ECOG(Eastern Cooperative Oncology Group) performance status 0 or 1", "0 or 1"), ecog(1)),
  ("inclusion", g("pathologically proven primary gastric adenocarcinoma", "adenocarcinoma"),
   J((M, "gastric adenocarcinoma"),
     n1=(U, "GEJ primary; Siewert type (gastric vs oesophageal staging) not recorded"),
     n3=(U, "GEJ primary; Siewert type not recorded"), n7=(U, "GEJ primary; Siewert type not recorded"),
     n8=(N, "oesophageal adenocarcinoma"))),
  ("inclusion", g("peritoneal metastasis confirmed by laparoscopy", "diagnostic imaging"),
   J((U, "metastatic sites not a case field (C4)"),
     n6=(N, "resectable disease - no peritoneal metastasis"))),
  ("inclusion", g("written informed consent", "consent"), CONSENT),
  ("inclusion", g("adequate function of important organs", "(milliliter/minute),"), LABS),
  ("exclusion", g("other active concomitant malignancies", "malignancies"), unk(MALIG)),
  ("exclusion", g("HER2(human epidermal growth factor receptor 2) positive", "hybridization positive)"),
   J((M, "HER2-negative"),
     n1=(N, "IHC 3+"), n2=(N, "IHC 3+"), n3=(N, "IHC 3+ at diagnosis (later loss after trastuzumab)"),
     n4=(M, "IHC 1+"), n5=(M, "IHC 2+ / ISH not amplified"), n6=(M, "IHC 0"),
     n7=(N, "IHC 2+ / ISH amplified"),
     n8=(U, "no tissue IHC/ISH; ctDNA ERBB2 amplification is not the stated definition"))),
  ("exclusion", g("no investigational anticancer therapy within 30 days", "study treatment"),
   allc(M, "no investigational therapy in history (read as an exclusion of investigational therapy within 30 days)")),
  ("exclusion", g("recent (within 6 months) acute coronary syndrome", "severe pulmonary disease"),
   unk("no heart_failure, but acute coronary syndrome/pulmonary disease severity not recorded (C4 composite)")),
  ("exclusion", g("uncontrolled acute or chronic disease", "chronic disease"), unk("disease control not recorded")),
  ("exclusion", g("uncontrolled infection or inflammation", "inflammation"), unk("infection/inflammation not recorded")),
  ("exclusion", g("uncontrolled psychiatric disorder or central neurologic disease", "neurologic disease"),
   J((U, "psychiatric/neurologic history not recorded (C4)"), n8=(U, "brain metastases; control not recorded"))),
  ("exclusion", g("not fully recovered from previous surgery", "previous surgery"), unk(SURG)),
  ("exclusion", g("prior anticancer therapy (chemotherapy, immunotherapy, radiation) within 6 months", "within 6 months"),
   J((U, "no systemic therapy within 6 months; radiotherapy not recorded (C4)"),
     n2=(N, "systemic therapy until 2026-09-15"), n3=(N, "systemic therapy until 2026-10-25"),
     n7=(N, "systemic therapy until 2026-10-20"), n8=(N, "systemic therapy until 2026-10-28"),
     n5=(U, "perioperative FLOT ended 2026-05-10 (>6 months); radiotherapy not recorded"))),
  ("exclusion", g("intolerable to oral administration or a lack of physical integration", "malabsorption syndrome"),
   unk("oral tolerance/GI integrity not a case field (C4)")),
  ("exclusion", g("fertile males and females who are unwilling to use effective contraceptive methods.", "methods."), CONTRA),
  ("exclusion", g("pregnancy, breast feeding or intention to become pregnant", "become pregnant"), preg()),
  ("exclusion", g("interstitial pneumonia or pulmonary fibrosis", "pulmonary fibrosis"),
   J((M, "no interstitial_lung_disease/pneumonitis condition"),
     n7=(N, "interstitial_lung_disease condition"), n8=(N, "immune-related pneumonitis (interstitial pneumonia)"))),
  ("exclusion", g("peripheral neuropathy with functional impairment", "functional impairment"),
   neuropathy("grade 2 sensory neuropathy (limits instrumental ADL), recent")),
  ("exclusion", g("hypersensitivity to paclitaxel, oxaliplatin, capecitabine", "Cremophor EL."),
   J((U, HYPER), n3=(M, "received paclitaxel, oxaliplatin and capecitabine without hypersensitivity"))),
  ("exclusion", g("concomitant therapy with any substrate or inhibitor of Cytochrome P450", "2C8 or 3A4"), unk("concomitant medication not recorded")),
  ("exclusion", g("concomitant therapy with sorivudine or brivudine", "brivudine"), unk("concomitant medication not recorded")),
  ("exclusion", g("Dihydropyrimidine dehydrogenase (DPD) deficiency.", "deficiency."), DPD),
  ("exclusion", g("current or recent (within the 7 days prior to enrollment) treatment of tegafur", "potassium"),
   J((M, "no S-1 within 7 days"), n7=(M, "S-1 ended 2024-11-20"))),
 ])

# ======================= NCT05176665 =======================
nct = "NCT05176665"; raw = rec(nct)
g = lambda s, e: grab(raw, s, e)
REFR = J((N, "standard therapies with proven benefit remain"),
         n1=(N, "untreated; first-line standard therapy available"),
         n4=(N, "untreated; first-line standard therapy available"),
         n6=(N, "resectable; curative standard therapy available"),
         n2=(N, "one prior line; T-DXd and ramucirumab-paclitaxel remain"),
         n3=(N, "two prior lines; third-line standards (e.g. trifluridine/tipiracil) remain"),
         n5=(N, "only perioperative FLOT; palliative chemo(immuno)therapy remains"),
         n8=(N, "one prior line; second-line standards remain"),
         n7=(M, "five lines incl. all HER2-directed options, ramucirumab-paclitaxel, two ADCs, apatinib - taken as exhausted"))
TRIALS[nct] = dict(note=(
    "Phase Ib/II EMB-01 (EGFR x cMET bispecific) in advanced GI cancers. None of the cases has cMET/EGFR testing, so the "
    "molecular pre-screen is unknown. HER2 positivity (IHC 3+ or ISH/ctDNA amplification) is read as a 'documented gene alteration "
    "including HER2' (pre-screening exclusion 3); HER2-low without amplification is not. GEJ adenocarcinoma is counted as gastric "
    "cancer; oesophageal adenocarcinoma is not in the list. 'Failed all standard of care': only UB-07 (5 prior lines) is taken as "
    "exhausted - a colleague could call this unknown because nivolumab/irinotecan were never given. Tissue sample: a new biopsy at "
    "pre-screening is a study procedure (C1). 'Primary CNS malignancy' makes the CNS item depend on other-malignancy history (C4) "
    "-> unknown. The CRC-only paragraph 'does not apply'."),
 crit=[
  ("inclusion", g("cMET amplification in tumor sample; OR", "(circulating tumor DNA, ctDNA)."),
   unk("cMET/EGFR status not tested")),
  ("inclusion", g("In Phase II, CRC patients must provide blood sample", "gene aberration."),
   allc(M, "does not apply - not colorectal cancer")),
  ("inclusion", g("Able to understand and willing to sign the Informed Consent Form (ICF).", "(ICF)."), CONSENT),
  ("inclusion", g("Histologically/cytologically confirmed advanced/metastatic gastric cancer", "(RECIST V1.1)."),
   J((M, "advanced gastric/GEJ adenocarcinoma, measurable"),
     n5=(N, "recurrent gastric cancer but non-measurable"),
     n6=(N, "resectable, not advanced/metastatic"),
     n8=(N, "oesophageal adenocarcinoma - not gastric, HCC, BTC or CRC"))),
  ("inclusion", g("Have failed all standard of care therapies", "are eligible."), REFR),
  ("inclusion", g("Have measurable disease as defined by RESIST", "v 1.1."), measurable()),
  ("inclusion", g("Archival tumor tissue (formalin-fixed", "pre-screening visit."),
   allc(M, "new biopsy at pre-screening allowed - study procedure (C1)")),
  ("inclusion", g("Must have adequate organ function.", "function."), LABS),
  ("inclusion", g("Patients who have received any anticancer drugs approved or investigational", "first dose of EMB-01."),
   J((M, "last anticancer drug ended >4 weeks before 2026-12-01"),
     n1=(M, "no prior therapy"), n4=(M, "no prior therapy"), n6=(M, "no prior therapy"))),
  ("inclusion", g("Local radiotherapy or radiation therapy for bone metastases", "first dose of EMB-01."), unk(RT)),
  ("inclusion", g("Patients who have received prior targeted therapies must have stopped", "first dose of EMB-01."),
   J((M, "last targeted therapy ended >4 weeks ago"),
     n1=(M, "no prior therapy"), n4=(M, "no prior therapy"), n5=(M, "no prior targeted therapy"), n6=(M, "no prior therapy"))),
  ("inclusion", g("Female patient with fertility or male patient whose partner", "for 3 months."), CONTRA),
  ("inclusion", g("ECOG score ≤1.", "≤1."), ecog(1)),
  ("exclusion", g("Patients who are unwilling to sign the molecular pre-screening ICF.", "ICF."), CONSENT),
  ("exclusion", g("Patients for whom the results of central laboratory testing", "inclusion criteria."),
   unk("central cMET/EGFR results not available")),
  ("exclusion", g("Patients with a documented gene alteration including but not limited to HER2", "cMET inhibitors."),
   J((M, "no documented HER2 or other resistance alteration (HER2-low/0 is not a gene alteration)"),
     n1=(N, "HER2-positive (IHC 3+)"), n2=(N, "HER2-positive (IHC 3+)"),
     n3=(N, "HER2-positive (IHC 3+) documented at diagnosis"), n7=(N, "ERBB2 amplified by ISH"),
     n8=(N, "ERBB2 amplification on ctDNA"))),
  ("exclusion", g("Life expectancy \\< 3 months.", "3 months."), LIFE),
  ("exclusion", g("Patients with primary central nervous system (CNS) malignancy", "are eligible."),
   J((U, "no brain_metastases, but primary CNS malignancy falls under other malignancies (C4)"),
     n8=(U, "brain_metastases present; symptom status not recorded"))),
  ("exclusion", g("Pregnant or nursing females.", "females."), preg()),
  ("exclusion", g("Patients who have had major surgery within the 28 days", "completely healed."), unk(SURG)),
  ("exclusion", g("Any other serious underlying medical", "treatment-related complications."),
   unk("investigator judgement on comorbidities; not decidable from case")),
 ])

# ======================= NCT05264896 =======================
nct = "NCT05264896"; raw = rec(nct)
g = lambda s, e: grab(raw, s, e)
MET_ADV = (N, "metastatic disease")
TRIALS[nct] = dict(note=(
    "Phase III perioperative FLOT vs adjuvant XELOX for resectable locally advanced gastric/Siewert II-III GEJ cancer. Only the "
    "resectable case (UB-06) can qualify; its clinical T/N stage is not a case field (C4) so the >=T3/>=N1 requirement is "
    "unknown. 'No previous gastrectomy': for a newly diagnosed, untreated primary the setting decides it (met). Recurrent disease "
    "after gastrectomy (UB-05) fails 'locally advanced ... resectable' and 'no previous gastrectomy or chemotherapy'. Cardiac "
    "composite unknown (coronary disease not a vocabulary condition)."),
 crit=[
  ("inclusion", g("Locally advanced adenocarcinoma of stomach", "absence of distant metastasis"),
   J(MET_ADV, n5=(N, "recurrent disease after gastrectomy, not a primary locally advanced tumour"),
     n6=(U, "resectable gastric adenocarcinoma without distant metastasis; clinical T/N stage not recorded (C4)"),
     n8=(N, "metastatic oesophageal adenocarcinoma"))),
  ("inclusion", g("Surgically resectable disease based on clinical staging", "clinical staging"),
   J(MET_ADV, n5=(N, "recurrent disease"), n6=(M, "setting resectable"))),
  ("inclusion", g("No previous gastrectomy or chemotherapy", "chemotherapy"),
   J((N, "prior chemotherapy"),
     n1=(M, "newly diagnosed, untreated, primary in place"), n4=(M, "newly diagnosed, untreated, primary in place"),
     n6=(M, "newly diagnosed, untreated, primary in place"),
     n5=(N, "perioperative FLOT and gastrectomy"))),
  ("inclusion", g("Age 18 or above but less than 80", "less than 80"), allc(M, "age 33-71")),
  ("inclusion", g("ECOG ≤2", "≤2"), ecog(2)),
  ("inclusion", g("Hemoglobin \\>/= 8.0 g/dL", "g/dL"), LABS),
  ("inclusion", g("Neutrophils \\>/= 1.500/µl", "/µl"), LABS),
  ("inclusion", g("Platelets ≥ 100.000/µl", "/µl"), LABS),
  ("inclusion", g("Creatinine clearance ≥ 50 ml/min", "ml/min"), LABS),
  ("inclusion", g("Serum albumin \\>25 g/L", "g/L"), LABS),
  ("exclusion", g("Distant metastases, direct tumor invasion", "resectable by surgery"),
   J(MET_ADV, n5=(U, "recurrent; site/extent of recurrence not a case field (C4)"),
     n6=(M, "resectable - no distant metastasis or unresectable invasion"))),
  ("exclusion", g("Hypersensitivity or contraindication against Capacitabine", "Docetaxel"), unk(HYPER)),
  ("exclusion", g("Active CHD, Cardiomyopathy or cardiac insufficiency", "NYHA"),
   J((U, "no heart_failure, but coronary disease/cardiomyopathy not recorded (C4 composite)"),
     n3=(U, "LVEF 48% (possible cardiomyopathy), NYHA class not recorded"))),
  ("exclusion", g("Peripheral polyneuropathy ≥ NCI grade II", "grade II"),
   neuropathy("grade 2 sensory neuropathy, recent")),
  ("exclusion", g("Severe liver dysfunction (i) ALT", "upper limit of normal)"), LABS),
  ("exclusion", g("Pregnancy or lactation", "lactation"), preg()),
  ("exclusion", g("Malignant secondary disease, dated back", "basal cell carcinoma)"), unk(MALIG)),
  ("exclusion", g("Serious uncontrolled infection or cocomitant severe medical conditions", "medical conditions"),
   unk("infection/comorbidity control not recorded")),
 ])

# ======================= NCT05411133 =======================
nct = "NCT05411133"; raw = rec(nct)
g = lambda s, e: grab(raw, s, e)
TRIALS[nct] = dict(note=(
    "Phase 1 cabotamig (CDH17 x CD3) in advanced GI cancers. Inclusion 1 requires that standard curative/palliative measures no "
    "longer exist/work: only UB-07 (5 prior lines) is taken as exhausted (same reading as NCT05176665); GEJ counted as gastric "
    "(conditions list includes GEJ). CDH17 never tested -> unknown. 'Murine-containing product' read as murine or chimeric "
    "antibodies; humanized/human antibodies (trastuzumab, pembrolizumab, nivolumab, ramucirumab, disitamab) do not count. Washout: "
    "'5 half-lives or 6 weeks, whichever shorter' -> antibody-containing regimens need 6 weeks (UB-03 ramucirumab ended 37 days "
    "ago, UB-08 nivolumab 34 days: not_met); the item also covers concurrent radiotherapy, so it is otherwise unknown (C4). "
    "Paraspinal metastases are a metastatic site (C4) -> CNS item unknown. IBD is treated as an autoimmune disease (vocabulary)."),
 crit=[
  ("inclusion", g("Histologically confirmed colorectal, pancreatic, gastric adenocarcinoma", "no longer effective."), dict(REFR, **{
      "UB-07": (M, "metastatic GEJ (gastric-type) adenocarcinoma after five lines - standard measures exhausted"),
      "UB-08": (N, "oesophageal adenocarcinoma with second-line standards remaining")})),
  ("inclusion", g("Malignancies should possess with ≥10% expression of CDH17", "except for CRC patients."), unk("CDH17 not tested")),
  ("inclusion", g("Eastern Cooperative Oncology Group (ECOG) performance status of ≤2.", "≤2."), ecog(2)),
  ("inclusion", g("Life expectancy \\> 3 months.", "3 months."), LIFE),
  ("inclusion", g("Measurable disease as defined by RECIST 1.1 criteria", "criteria"), measurable()),
  ("inclusion", g("Blood coagulation parameters:", "PTT INR ≤1.2X ULN"), LABS),
  ("inclusion", g("Patients must have adequate venous peripheral access for apheresis.", "apheresis."), unk("venous access not recorded")),
  ("inclusion", g("Satisfactory organ and bone marrow function as defined by:", "Stable amylase for 2 weeks"), LABS),
  ("exclusion", g("Prior gene therapy or therapy with any murine monoclonal antibodies", "murine containing product."),
   J((M, "no gene therapy; prior antibodies humanized/human only"),
     n1=(M, "no prior therapy"), n4=(M, "no prior therapy"), n6=(M, "no prior therapy"),
     n5=(M, "chemotherapy only"))),
  ("exclusion", g("Concurrent treatment with any anticancer agent including chemotherapy", "previous cancer therapies."),
   J((U, "systemic washout satisfied; concurrent radiotherapy not recorded (C4)"),
     n3=(N, "ramucirumab + paclitaxel ended 2026-10-25 (37 days; 6 weeks required for antibody)"),
     n8=(N, "nivolumab + FOLFOX ended 2026-10-28 (34 days; 6 weeks required for antibody)"))),
  ("exclusion", g("History of allergy or hypersensitivity to murine proteins", "excipients"), unk(HYPER)),
  ("exclusion", g("Females who are pregnant, trying to become pregnant, or breastfeeding.", "breastfeeding."), preg()),
  ("exclusion", g("Diagnosis of HIV or chronic active viral hepatitis", "(HBV, HCV, HIV)."),
   J((M, "no hiv/hepatitis_b/hepatitis_c condition"), n1=(U, "hepatitis_b present; whether chronic active not recorded"))),
  ("exclusion", g("Active infection requiring systemic treatment.", "treatment."), unk("active infection not recorded")),
  ("exclusion", g("Active brain, leptomeningeal, or paraspinal metastases", "start of study interventions."),
   J((U, "no brain_metastases, but paraspinal metastases are a metastatic site (C4)"),
     n8=(U, "brain_metastases present; symptoms/steroid dose not recorded"))),
  ("exclusion", g("Impaired cardiac function (AHA NY Heart Association Grade II-IV)", "clinically significant cardiac disease."),
   J((U, "no heart_failure, but other cardiac disease not recorded (C4 composite)"),
     n3=(U, "LVEF 48%; NYHA class/clinical significance not recorded"))),
  ("exclusion", g("Lack of recovery of prior CTCAE Grade 3 or above", "earlier therapies."),
   J((M, "no grade >=3 adverse event recorded"),
     n1=(M, "no prior therapy"), n4=(M, "no prior therapy"), n6=(M, "no prior therapy"),
     n5=(M, "grade 3 neutropenia on FLOT ended 2026-05-10, >90 days, taken as resolved"))),
  ("exclusion", g("Chronic use of corticosteroids in excess of", "prior to alopecia."), unk("corticosteroid use not recorded")),
  ("exclusion", g("Concomitant use of complementary or alternative medication", "Chinese herbal medicine."), unk("complementary medicine use not recorded")),
  ("exclusion", g("History of Crohn's disease, inflammatory bowel disease", "past 5 years"),
   J((M, "no autoimmune_disease condition (IBD is autoimmune)"), n4=(U, "autoimmune_disease present; type not recorded"))),
  ("exclusion", g("Abnormal bowel function which would make", "difficult to access"), unk("bowel function not recorded")),
  ("exclusion", g("Major trauma or major surgery within 4 weeks", "study drug"), unk(SURG)),
 ])

# ======================= NCT05514717 =======================
nct = "NCT05514717"; raw = rec(nct)
g = lambda s, e: grab(raw, s, e)
TRIALS[nct] = dict(note=(
    "Phase 1 XMT-2056 (HER2-directed STING-agonist ADC). HER2 positivity is taken from the most recent tumour tissue test: UB-03 "
    "(re-biopsy 1+/ISH-) fails; UB-07 qualifies on its 2024 IHC 2+/ISH-amplified specimen (the most recent); UB-08 has ctDNA "
    "amplification only and no tissue result -> unknown. Progression/intolerance 'with available anti-cancer therapies known to "
    "confer benefit, based on investigator's judgement': untreated patients fail; UB-02 (progressed on first-line trastuzumab, "
    "T-DXd not yet given) is left unknown because the text defers to the investigator - a colleague might call it met or not_met. "
    "A fresh biopsy at screening is a study procedure (C1). The CNS exclusion and its two exception sub-items are judged as one item."),
 crit=[
  ("inclusion", g("Participant has recurrent or metastatic solid tumors with HER2 expression", "are considered ineligible."),
   J((N, "most recent tissue HER2 not positive"),
     n1=(N, "HER2 IHC 3+ but untreated - no progression on, intolerance of or contraindication to available therapy"),
     n2=(U, "HER2 3+ on post-trastuzumab re-biopsy; progressed on first line, T-DXd still available - investigator's judgement"),
     n3=(N, "most recent tissue (2025-12 re-biopsy) IHC 1+/ISH not amplified - HER2 loss"),
     n4=(N, "IHC 1+ - HER2-low, not positive"), n5=(N, "IHC 2+/ISH not amplified - not positive"),
     n6=(N, "IHC 0; resectable, not recurrent/metastatic"),
     n7=(M, "most recent tissue IHC 2+/ISH amplified; progressed after five lines incl. all standard options"),
     n8=(U, "no tissue HER2 result; ctDNA ERBB2 amplification alone does not qualify"))),
  ("inclusion", g("Eastern Cooperative Oncology Group (ECOG) performance status 0 or 1.", "0 or 1."), ecog(1)),
  ("inclusion", g("Participant must have measurable disease as defined by RECIST version 1.1.", "1.1."), measurable()),
  ("inclusion", g("Participant has fresh tumor biopsy tissue available", "discussion with the medical monitor."),
   allc(M, "fresh biopsy at screening is a study procedure (C1)")),
  ("exclusion", g("Participant is receiving immunosuppressive doses of systemic medications", "is an exception."),
   unk("corticosteroid/immunosuppressant use not recorded")),
  ("exclusion", g("Participant has received prior treatment targeting STING pathway.", "pathway."),
   allc(M, "no STING-targeting agent in treatment history")),
  ("exclusion", g("Diagnosis of additional malignancy that required active treatment", "study Medical Monitor."), unk(MALIG)),
  ("exclusion", g("Participants have untreated CNS metastases", "prednisone daily (or equivalent)."),
   J(NO_BRAIN, n8=(U, "brain_metastases present; whether treated and neurologically stable not recorded"))),
 ])

for nct, t in TRIALS.items():
    crit = []
    for kind, text, jr in t["crit"]:
        crit.append({"kind": kind, "text": " ".join(text.split()),
                     "judgements": {c: jr[c][0] for c in CASES},
                     "reasons": {c: jr[c][1] for c in CASES}})
    verd = {}
    for c in CASES:
        st = [x["judgements"][c] for x in crit]
        verd[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    out = {"nct_id": nct, "reviewer_note": t["note"], "verdicts": verd, "criteria": crit}
    with open(os.path.join(ROOT, "UB", f"{nct}.yaml"), "w") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=120)
    cnt = {s: sum(x["judgements"][c] == s for x in crit for c in CASES) for s in (M, N, U)}
    print(nct, len(crit), verd, cnt)
