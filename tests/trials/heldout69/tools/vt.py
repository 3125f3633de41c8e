import yaml, json
C = [f"VT-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def allc(st, why, **over):
    d = {c: (st, why) for c in C}
    for k, v in over.items():
        d[k.replace("_", "-")] = v
    return d

def by(**kw):
    d = {}
    for k, v in kw.items():
        d[k.replace("_", "-")] = v
    assert set(d) == set(C), set(C) - set(d)
    return d

CONSENT = allc(M, "consent / procedural item (C1)")
LAB = lambda: allc(U, "laboratory value not in case (C3)")
SURV = lambda: allc(U, "life expectancy not assessable from the case (C2)")
age = {"VT-01": 63, "VT-02": 38, "VT-03": 71, "VT-04": 84, "VT-05": 67, "VT-06": 45, "VT-07": 58, "VT-08": 56}
ecog = {"VT-01": 1, "VT-02": 1, "VT-03": 0, "VT-04": 2, "VT-05": 1, "VT-06": 0, "VT-07": 1, "VT-08": 3}

def agerange(lo, hi, lo_incl=True, hi_incl=True):
    d = {}
    for c, a in age.items():
        ok = (a >= lo if lo_incl else a > lo) and (a <= hi if hi_incl else a < hi)
        d[c] = (M if ok else N, f"age {a}" + ("" if ok else f", outside {lo}-{hi}"))
    return d

def ecogset(allowed):
    return {c: (M if e in allowed else N, f"ECOG {e}") for c, e in ecog.items()}

def sexpreg():
    return by(VT_01=(M, "male"), VT_02=(U, "woman aged 38; pregnancy status not recorded (C2)"),
              VT_03=(M, "male"), VT_04=(M, "male"), VT_05=(M, "woman aged 67 (C2)"),
              VT_06=(M, "male"), VT_07=(M, "woman aged 58 (C2)"), VT_08=(M, "male"))

MEAS = allc(M, "measurable_disease: true")

records = {}

# ---------------- NCT02356276 HIPEC-01 ----------------
crit = []
I = lambda t, j: crit.append(("inclusion", t, j))
E = lambda t, j: crit.append(("exclusion", t, j))
I("18 < age ≤ 70 years old", agerange(18, 70, lo_incl=False))
I("Male or Non pregnant female", sexpreg())
I("The Eastern Cooperative Oncology Group (ECOG) status 0-1", ecogset({0, 1}))
I("T3 or T4 gastric adenocarcinoma (visual determination according to AJCC 2010 7th edition)", by(
    VT_01=(N, "oesophageal, not gastric, adenocarcinoma"),
    VT_02=(U, "gastric adenocarcinoma; T stage not recorded in case fields"),
    VT_03=(U, "GEJ adenocarcinoma; T stage not recorded"),
    VT_04=(U, "gastric adenocarcinoma; T stage not recorded"),
    VT_05=(U, "gastric adenocarcinoma; T stage not recorded"),
    VT_06=(U, "resectable gastric adenocarcinoma; cT stage only in comments (C4)"),
    VT_07=(U, "GEJ adenocarcinoma; T stage not recorded"),
    VT_08=(U, "gastric adenocarcinoma; T stage not recorded")))
I("No distance metastasis, eligible for D2 lymphadenectomy", by(
    VT_01=(N, "metastatic disease"), VT_02=(N, "recurrence after prior gastrectomy; not a D2 candidate"),
    VT_03=(N, "recurrence after oesophagectomy; not a D2 candidate"), VT_04=(N, "metastatic disease"),
    VT_05=(N, "metastatic disease incl. brain metastases"), VT_06=(M, "setting resectable (M0, surgical candidate)"),
    VT_07=(N, "metastatic disease"), VT_08=(N, "metastatic disease incl. brain metastases")))
I("Have not received cytotoxic chemotherapy, radiotherapy or immunotherapy", by(
    VT_01=(N, "prior FOLFOX + trastuzumab and T-DXd"), VT_02=(N, "prior perioperative SOX"),
    VT_03=(N, "prior FLOT and nivolumab + CAPOX"),
    VT_04=(U, "no systemic therapy recorded; radiotherapy history not in case (C4)"),
    VT_05=(N, "prior nivolumab, chemotherapy"),
    VT_06=(U, "no systemic therapy recorded; radiotherapy history not in case (C4)"),
    VT_07=(U, "no systemic therapy recorded; radiotherapy history not in case (C4)"),
    VT_08=(N, "prior pembrolizumab + chemotherapy")))
for t in ["White blood cells > 4,000/mm3", "neutrophils ≥ 1,500/mm3", "platelets ≥ 100,000/mm3", "hemoglobin>9g/l",
          "Alanine transaminase (ALT) and aspartate aminotransferase (AST) < or = 2.5 times upper limit of nominal (ULN)",
          "total bilirubin (TBIL) < 1.5 times ULN", "serum creatinine < 1 times ULN"]:
    I(t, LAB())
I("Having given written informed consent prior to any procedure related to the study", CONSENT)
E("Have other cancer within 5 years", allc(U, "other malignancies not recorded (C4)"))
E("Existence of distance metastasis during surgey (M1)", by(
    VT_01=(N, "known distant metastases"), VT_02=(U, "recurrent; distant sites not in case fields"),
    VT_03=(U, "recurrent; distant sites not in case fields"), VT_04=(N, "known distant metastases"),
    VT_05=(N, "known distant metastases (brain)"), VT_06=(U, "intra-operative finding not yet available"),
    VT_07=(N, "known distant metastases"), VT_08=(N, "known distant metastases (brain)")))
E("Prior malignant tumors with detectable signs of recurrence or distant metastasis", allc(U, "other prior malignancies not recorded (C4)"))
E("Poorly controlled disease e.g. atrial fibrillation, stenocardia, cardiac insufficiency, persistent hypertension despite medicinal treatment, ejection fraction<50%",
  allc(U, "LVEF ≥50% or unknown, but arrhythmia/angina/hypertension control not recorded (C4)",
       VT_04=(N, "heart failure (cardiac insufficiency) recorded"),
       VT_07=(N, "LVEF 48% (<50%)")))
E("Epileptic seizures patients need medicine control", allc(U, "seizure history not recorded (C4)"))
E("Uncontroled mental disease or mental disorder", allc(U, "psychiatric history not recorded (C4)"))
E("Drug abuse or psychological or social factors affect the judgment of results", allc(U, "substance use / psychosocial factors not recorded"))
E("Contraindication to any therapy contained in this regimen specific to the study", allc(U, "regimen-specific contraindications (HIPEC paclitaxel, XELOX/SOX) not assessable from the case"))
E("Receiving other chemotherapy, radiotherapy or immunotherapy", allc(U, "no ongoing systemic therapy recorded; current radiotherapy not in case fields (C4)"))
E("Without given written informed consent", CONSENT)
records["NCT02356276"] = dict(crit=crit, note=(
    "HIPEC-01: resectable T3/T4 gastric cancer planned for D2 gastrectomy + HIPEC; complete text. Reading choices: "
    "'18 < age ≤ 70' read literally (71 and 84 excluded). 'No distance metastasis, eligible for D2' met only for setting "
    "resectable; recurrent disease after gastrectomy/oesophagectomy is not a D2 candidate. T stage is unknown for every case "
    "because cT stage is only given in YAML comments (C4). Radiotherapy history is not a case field, so the 'no prior "
    "chemo/RT/immunotherapy' item stays unknown even for untreated cases. 'Cardiac insufficiency' read as excluding a "
    "recorded heart-failure history (VT-04); LVEF 48% excludes VT-07."))

# ---------------- NCT02773524 INTEGRATE IIa ----------------
crit = []
I = lambda t, j: crit.append(("inclusion", t, j))
I("Adults (18 years or over) with metastatic or locally recurrent gastro-oesophageal cancer which:",
  allc(M, "adult with metastatic/recurrent disease", VT_06=(N, "setting resectable, not metastatic or recurrent")))
I("has arisen in any primary gastro-oesophageal site (oesophago-gastric junction (GOJ) or stomach); and",
  allc(M, "primary in stomach or GEJ", VT_01=(N, "primary site esophagus; the record names GOJ or stomach only (Siewert I is only in comments)")))
I("is of adenocarcinoma or undifferentiated carcinoma histology; and", allc(M, "adenocarcinoma"))
I("is evaluable according to Response Evaluation Criteria in Solid Tumours (RECIST Version 1.1) by computed tomography (CT) scan performed within 21 days prior to randomisation. A lesion in a previously irradiated area is eligible to be considered as measurable disease as long as there is objective evidence of progression of the lesion prior to study enrolment; and",
  allc(M, "measurable_disease: true; scan timing is a study procedure (C1)"))
I("has failed or been intolerant to a minimum of 2 lines of prior anti-cancer therapy for recurrent/metastatic disease which must have included at least one platinum agent and one fluoropyrimidine analogue;", by(
    VT_01=(M, "2 lines (FOLFOX + trastuzumab; T-DXd), platinum + fluoropyrimidine included"),
    VT_02=(M, "perioperative SOX counts as line 1 (recurrence 100 days after, C6) + paclitaxel/ramucirumab; S-1 + oxaliplatin"),
    VT_03=(N, "1 palliative line only; FLOT ended 26 months before recurrence, so not counted (C6)"),
    VT_04=(N, "no prior therapy"),
    VT_05=(M, "3 lines incl. capecitabine + oxaliplatin"),
    VT_06=(N, "no prior therapy"),
    VT_07=(N, "no prior therapy"),
    VT_08=(M, "2 lines incl. capecitabine + oxaliplatin")))
I("Note: Neoadjuvant or adjuvant chemotherapy or chemoradiotherapy will be considered as first line treatment where people have relapsed or progressed within 6 months of completing treatment;",
  allc(M, "does not apply: no (neo)adjuvant therapy",
       VT_02=(M, "applies: relapse 100 days after perioperative SOX, counted as first line"),
       VT_03=(M, "applies: relapse ~26 months after FLOT, so FLOT is not a line")))
records["NCT02773524"] = dict(crit=crit, note=(
    "INTEGRATE IIa (regorafenib vs placebo, refractory AGOC). The mirror text is truncated after the first inclusion block, "
    "so verdicts rest only on the visible items (no ECOG, organ-function or exclusion items were available: VT-08 with ECOG 3 "
    "and untreated brain metastases is 'eligible' only on the visible text). Reading choices: the lead-in 'Adults ... which:' "
    "is judged as its own item (age + metastatic/recurrent setting); an oesophageal primary (VT-01) is read as outside "
    "'GOJ or stomach'; the (neo)adjuvant note is applied with the 6-month rule (C6). Evaluability by CT within 21 days is "
    "taken as met when disease is measurable (timing is procedural)."))

# ---------------- NCT04510064 camrelizumab + mFLOT ----------------
crit = []
I = lambda t, j: crit.append(("inclusion", t, j))
I("Written informed consent obtained.", CONSENT)
I("Age ≥ 18 years at time of study entry, no gender limit.", allc(M, "adult"))
I("Participants must have histologically or cytologically confirmed adenocarcinoma of the stomach (including adenocarcinoma of the gastroesophageal junction).",
  allc(M, "gastric or GEJ adenocarcinoma", VT_01=(N, "oesophageal primary (site esophagus)")))
I("At least one measurable site of disease as defined by RECIST criteria with spiral CT scan or MRI.", MEAS)
I("CT or MRI showed unresectable locally advanced gastric cancer (imaging stage T4b and / or second station lymph node > 3cm or fusion mass) or limited metastatic gastric cancer with any of the following single site metastasis:", by(
    VT_01=(U, "metastatic; metastatic sites not in case fields"),
    VT_02=(U, "recurrent; sites and extent not in case fields"),
    VT_03=(U, "recurrent; sites and extent not in case fields"),
    VT_04=(U, "metastatic; number/sites of metastases not in case fields"),
    VT_05=(N, "brain metastases are not one of the permitted single sites"),
    VT_06=(N, "setting resectable, not unresectable/limited metastatic"),
    VT_07=(U, "metastatic; single-site (para-aortic) extent only in comments (C4)"),
    VT_08=(N, "brain metastases are not one of the permitted single sites")))
opt = allc(M, "does not apply as a stand-alone requirement: alternative in the any-of list, judged at the lead-in item")
for t in ["1. Retro-peritoneal lymph node metastasis (RPLM) (e.g. para-aortic, intra-aorto-caval, para-pancreatic or mesenteric lymph nodes).",
          "2. Single or bilateral Krukenberg tumors.",
          "3. No more than 5 liver metastases, and the maximum diameter of the lesions was less than 5 cm.",
          "4. Adrenal metastasis.",
          "5. Localized potentially operable peritoneal carcinomatosis: stage P1 according to classification of the\"Japanese Research Society for Gastric Cancer (JRSCGC)\"."]:
    I(t, dict(opt))
I("No clinically visible peritoneal metastasis (such as CT imaging confirmation or ascites).",
  allc(U, "peritoneal status not in case fields (C4)", VT_06=(M, "setting resectable (no visible peritoneal disease)")))
I("No prior anti-tumor therapy.", by(
    VT_01=(N, "two prior palliative lines"), VT_02=(N, "prior SOX and paclitaxel/ramucirumab"),
    VT_03=(N, "prior FLOT and nivolumab + CAPOX"), VT_04=(U, "no systemic therapy recorded; local therapy (surgery/RT) not in case (C4)"),
    VT_05=(N, "three prior lines"), VT_06=(U, "no systemic therapy recorded; local therapy not in case (C4)"),
    VT_07=(U, "no systemic therapy recorded; local therapy not in case (C4)"), VT_08=(N, "two prior lines")))
I("Performance status (PS) < 2 (ECOG scale).", ecogset({0, 1}))
records["NCT04510064"] = dict(crit=crit, note=(
    "Camrelizumab + mFLOT conversion therapy for unresectable locally advanced or single-site limited metastatic gastric/GEJ "
    "adenocarcinoma. Text truncated after the ECOG item (life expectancy and all exclusions missing). Reading choices: the "
    "'any of the following single site metastasis' lead-in is judged as the requirement; the five numbered sites are "
    "alternatives and are marked 'met — does not apply as a stand-alone requirement'. Metastatic sites are not case fields, "
    "so single-site status is unknown except where brain_metastases (not a listed site) decides it. 'No prior anti-tumor "
    "therapy' stays unknown for untreated cases because prior local therapy is not recorded."))

# ---------------- NCT04367025 periop camrelizumab ----------------
crit = []
I = lambda t, j: crit.append(("inclusion", t, j))
E = lambda t, j: crit.append(("exclusion", t, j))
I("Written (signed) informed consent.", CONSENT)
I("Age ≥ 18 years and ≤70 years.", agerange(18, 70))
I("ECOG Performance status 0-1.", ecogset({0, 1}))
I("Has previously untreated localized gastric or gastroesophageal junction adenocarcinoma as defined by T3 or greater primary lesion or the presence of any positive nodes - N+ (clinical nodes) without evidence of metastatic disease.", by(
    VT_01=(N, "metastatic oesophageal adenocarcinoma, pretreated"), VT_02=(N, "recurrent, pretreated"),
    VT_03=(N, "recurrent, pretreated"), VT_04=(N, "metastatic"), VT_05=(N, "metastatic, pretreated"),
    VT_06=(U, "untreated resectable gastric cancer; cT/cN stage only in comments (C4)"),
    VT_07=(N, "metastatic"), VT_08=(N, "metastatic, pretreated")))
I("Patients who plan surgery after neoadjuvant chemotherapy based on clinical staging criteria.",
  allc(N, "advanced (metastatic/recurrent) disease; no curative surgery planned",
       VT_06=(M, "resectable disease; neoadjuvant therapy then surgery is the planned pathway")))
I("Consent to send tumor tissue from biopsy or resection for PD-L1 detection and PD-L1 CPS≥1;", by(
    VT_01=(M, "CPS 2"), VT_02=(M, "CPS 8"), VT_03=(M, "CPS 12"), VT_04=(M, "CPS 5"),
    VT_05=(M, "CPS 25"), VT_06=(M, "CPS 3"), VT_07=(M, "CPS 5"), VT_08=(M, "CPS 6")))
I("Expected survival ≥6 months;", SURV())
I("Females of child bearing age must have a negative pregnancy test", sexpreg())
for t in ["1)Platelet (PLT) ≥100×109/L;", "2) Neutrophil count (ANC)≥1.5×l09/L;", "3) Hemoglobin (Hb) level ≥9.0 g/dl;",
          "4)WBC≥3.5×l09/L;", "5) International normalized ratio (INR) ≤1.5;",
          "5) Prothrombin time (PT) ,International Normalized Ratio(INR)and activated partial thromboplastin time (APTT) ≤1.5×ULN;",
          "6)Total bilirubin (TBIL) level ≤1.5×ULN(patients with gilbert syndrome≤3×ULN);",
          "7) Alanine aminotransferase (ALT) and aspartate aminotransferase (AST) level ≤2.5×ULN ;",
          "10) Serum creatinine (Cr) level ≤1.5×ULN and creatinine clearance ≥60 ml/min;"]:
    I(t, LAB())
E("Patients with pathologically confirmed gastric squamous cell carcinoma, adenosquamous carcinoma, small cell carcinoma, and undifferentiated gastric cancer.", allc(M, "adenocarcinoma"))
E("patients who have HER2 positive confiemed with IHC3+ or IHC2+ and FISH positive.", by(
    VT_01=(M, "latest tissue HER2 IHC 1+/ISH not amplified (2026 re-biopsy; HER2 loss after earlier 2+/ISH+)"),
    VT_02=(M, "HER2 IHC 1+"), VT_03=(M, "tissue HER2 IHC 0 (ctDNA ERBB2 amplification is not IHC/FISH)"),
    VT_04=(N, "HER2 IHC 3+"), VT_05=(M, "IHC 2+ / ISH not amplified"), VT_06=(M, "HER2 IHC 0"),
    VT_07=(M, "HER2 IHC 1+"), VT_08=(N, "HER2 IHC 2+ / ISH amplified")))
E("Patients with a history of t Anticancer or Experimental Therapy(Including chemotherapy, radiotherapy, hormone therapy and molecular targeted therapy)", by(
    VT_01=(N, "prior chemotherapy and anti-HER2 therapy"), VT_02=(N, "prior chemotherapy"), VT_03=(N, "prior chemotherapy/immunotherapy"),
    VT_04=(U, "no systemic therapy recorded; radiotherapy history not in case (C4)"), VT_05=(N, "prior chemotherapy/immunotherapy"),
    VT_06=(U, "no systemic therapy recorded; radiotherapy history not in case (C4)"),
    VT_07=(U, "no systemic therapy recorded; radiotherapy history not in case (C4)"), VT_08=(N, "prior chemotherapy and HER2 ADC")))
E("The patient's cardia or pylorus is nearly obstructed, affecting eating and gastric emptying", allc(U, "GI obstruction status not recorded (C4)"))
records["NCT04367025"] = dict(crit=crit, note=(
    "Perioperative chemotherapy + camrelizumab for localized (T3+ or N+) PD-L1 CPS≥1 gastric/GEJ adenocarcinoma. Exclusion "
    "list truncated after four items. Reading choices: the inline numbered laboratory run is split into its numbered parts "
    "(all unknown, C3). 'Plan surgery after neoadjuvant chemotherapy' is met for a resectable case and not met for "
    "metastatic/recurrent disease. The HER2 exclusion is judged on the most recent tissue result (VT-01 lost HER2 on "
    "re-biopsy; a colleague reading 'ever HER2-positive' would mark VT-01 not_met — the verdict is ineligible either way). "
    "Plasma ctDNA ERBB2 amplification (VT-03) is not read as IHC/FISH HER2 positivity."))

# ---------------- NCT04781686 apatinib + camrelizumab + DS ----------------
crit = []
I = lambda t, j: crit.append(("inclusion", t, j))
I("1. Aged between 18 and 75 years;", agerange(18, 75))
I("2. Has histologically or cytologically diagnosed with unresectable locally advanced or metastatic gastric adenocarcinoma (GC) including gastroesophageal junction adenocarcinoma;",
  allc(M, "advanced (metastatic/recurrent) gastric or GEJ adenocarcinoma",
       VT_01=(N, "oesophageal primary (site esophagus)"), VT_06=(N, "setting resectable")))
I("3. Human epidermal growth factor receptor 2 (HER2) negative: immunohistochemical (IHC) - or +; IHC ++ and fluorescence in situ hybridization (FISH) -;", by(
    VT_01=(M, "latest tissue HER2 IHC 1+/ISH not amplified (HER2 loss on 2026 re-biopsy)"),
    VT_02=(M, "IHC 1+"), VT_03=(M, "tissue IHC 0 (ctDNA-only ERBB2 amplification not counted)"),
    VT_04=(N, "IHC 3+"), VT_05=(M, "IHC 2+ / ISH not amplified"), VT_06=(M, "IHC 0"),
    VT_07=(M, "IHC 1+"), VT_08=(N, "IHC 2+ / ISH amplified")))
I("4. No previous systemic therapy (chemotherapy, targeted therapy, immunotherapy, biological therapy, etc.) for GC/GEJ. Subjects with previous adjuvant/neo-adjuvant therapy completed more than 6 months can be enrolled. Anti-tumor traditional Chinese medicine is forbidden within 2 weeks before the first cycle chemotherapy. Patients are allowed to receive palliative radiotherapy (primary tumor or metastasis), but lesions in radiation field cannot be defined as target lesions for assessing objective response, and radiotherapy-related adverse reactions must be restored to at least grade 1;", by(
    VT_01=(N, "two prior palliative lines"), VT_02=(N, "prior palliative paclitaxel/ramucirumab; SOX ended <6 months before recurrence"),
    VT_03=(N, "prior palliative nivolumab + CAPOX (FLOT >6 months earlier would have been allowed)"),
    VT_04=(U, "no systemic therapy recorded; recent traditional Chinese medicine use not recorded"),
    VT_05=(N, "three prior palliative lines"),
    VT_06=(U, "no systemic therapy recorded; recent traditional Chinese medicine use not recorded"),
    VT_07=(U, "no systemic therapy recorded; recent traditional Chinese medicine use not recorded"),
    VT_08=(N, "two prior palliative lines")))
I("5. Expected survival time ≥ 3 months;", SURV())
I("6. Eastern Cooperative Group (ECOG) performance status score 0 or 1;", ecogset({0, 1}))
I("7. Weight ≥40kg, or BMI>18;", allc(U, "weight/BMI not in case"))
I("8. 1 measurable lesions at least should be detected by CT/MRI examination in accordance with the RECIST(Response Evaluation Criteria In Solid Tumors)1.1;", MEAS)
records["NCT04781686"] = dict(crit=crit, note=(
    "First-line apatinib + camrelizumab + docetaxel + S-1 for HER2-negative advanced gastric/GEJ adenocarcinoma (Hubei). "
    "Text truncated at item 9 (no exclusions). Reading choices: HER2 status judged on the most recent tissue result "
    "(VT-01 HER2 loss → negative; a colleague using the original 2+/ISH+ would mark not_met; verdict unchanged). ctDNA "
    "ERBB2 amplification without tissue positivity (VT-03) is read as HER2-negative. Item 4 is a composite (systemic "
    "therapy, 6-month adjuvant window, TCM within 2 weeks, RT recovery): untreated cases stay unknown because recent "
    "anti-tumour TCM use is not recorded (C4). 'Recurrent' disease is read as advanced (item 2)."))

# ---------------- NCT03154983 apatinib + DS ----------------
crit = []
I = lambda t, j: crit.append(("inclusion", t, j))
I("1. Age: 18-70 years of age;", agerange(18, 70))
I("2. recurrent or metastatic adenocarcinoma of the stomach or gastroesophageal junction diagnosed by pathology (including histology or cytology);",
  allc(M, "recurrent/metastatic gastric or GEJ adenocarcinoma",
       VT_01=(N, "oesophageal primary (site esophagus)"), VT_06=(N, "setting resectable, not recurrent/metastatic")))
I("3. 1 measurable lesions at least should be detected by CT/MRI examination in accordance with the RECIST(Response Evaluation Criteria In Solid Tumors)1.1;", MEAS)
I("4. had not received other anti VEGFR targeted therapy;", allc(M, "no anti-VEGF(R) agent in treatment history",
    VT_02=(N, "prior ramucirumab (anti-VEGFR2)"), VT_05=(N, "prior ramucirumab (anti-VEGFR2)")))
I("5. ECOG(Eastern Cooperative Oncology Group)PS(Performance Status):0-2 scores;", ecogset({0, 1, 2}))
I("6. the expected survival time is more than 3 months;", SURV())
I("7. if patient had accepted the chemotherapy, the time from the last chemotherapy should be more than 6 months;", by(
    VT_01=(N, "last systemic therapy (T-DXd) ended 2026-09-30, ~2 months before 2026-12-01"),
    VT_02=(N, "last chemotherapy ended 2026-08-25, ~3 months"),
    VT_03=(N, "last chemotherapy ended 2026-10-05, <2 months"),
    VT_04=(M, "does not apply: no prior chemotherapy"),
    VT_05=(N, "last chemotherapy (irinotecan) ended 2026-10-28, ~1 month"),
    VT_06=(M, "does not apply: no prior chemotherapy"),
    VT_07=(M, "does not apply: no prior chemotherapy"),
    VT_08=(N, "last systemic therapy (disitamab vedotin) ended 2026-10-30, ~1 month")))
I("8. the damage caused by other treatments has been restored, and the subjects received radiotherapy or surgery over 4 weeks ago, and the wound has healed completely;",
  allc(U, "toxicity recovery and dates of surgery/radiotherapy not in case fields (C4)"))
records["NCT03154983"] = dict(crit=crit, note=(
    "First-line apatinib + docetaxel + S-1 for recurrent/metastatic gastric/GEJ adenocarcinoma (Hubei). Text truncated "
    "inside item 9 (organ function), no exclusions. Reading choices: no HER2 item is visible, so HER2-positive cases are "
    "not excluded on this text. Item 7 is read as 'any prior chemotherapy must have ended >6 months ago' (a colleague "
    "might read it as applying only to (neo)adjuvant chemotherapy; the C5 window is computed at 2026-12-01); T-DXd and "
    "disitamab vedotin are counted as chemotherapy (cytotoxic payload). Ramucirumab is anti-VEGFR2 targeted therapy. "
    "Recent surgery/RT (VT-02 cholecystectomy, VT-01 palliative RT) are only in comments, so item 8 is unknown for all."))

# ---------------- write ----------------
for nct, r in records.items():
    out = {"nct_id": nct, "reviewer_note": r["note"], "verdicts": {}, "criteria": []}
    for kind, text, j in r["crit"]:
        assert set(j) == set(C), (nct, text)
        out["criteria"].append({"kind": kind, "text": text,
                                "judgements": {c: j[c][0] for c in C},
                                "reasons": {c: j[c][1] for c in C}})
    for c in C:
        st = [cr["judgements"][c] for cr in out["criteria"]]
        out["verdicts"][c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    # put verdicts before criteria
    yaml.safe_dump(out, open(f"/work/tVT/VT/{nct}.yaml", "w"), allow_unicode=True, sort_keys=False, width=200)
    print(nct, out["verdicts"])
