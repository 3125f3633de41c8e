#!/usr/bin/env python3
"""Build WN/<NCT>.yaml from hand-written judgement rules (reviewer's own helper)."""
import json, os, datetime as dt, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASOF = dt.date(2026, 12, 1)
CASES = [f"WN-{i:02d}" for i in range(1, 9)]
norm = lambda s: " ".join(s.split())
D = lambda s: dt.date.fromisoformat(str(s))

def facts(c):
    d = yaml.safe_load(open(os.path.join(ROOT, "cases", f"{c}.case.yaml")))
    p, dx, tr = d["patient"], d["diagnosis"], d.get("treatments") or []
    pall = [t for t in tr if t.get("setting") == "palliative" and t.get("ended_on")]
    prior = len(pall)
    peri_counts = False
    for t in tr:
        if t.get("setting") in ("perioperative", "adjuvant", "neoadjuvant") and dx.get("recurred_on"):
            if (D(dx["recurred_on"]) - D(t["ended_on"])).days <= 183:
                peri_counts = True
    if peri_counts: prior += 1
    ends = [D(t["ended_on"]) for t in tr if t.get("ended_on")]
    last_end = max(ends) if ends else None
    tox = [x for t in tr for x in (t.get("toxicities") or [])]
    gastrectomy = dx["site"] == "stomach" and any(b.get("specimen") == "resection" for b in d["biomarkers"] if b["kind"] == "her2_ihc")
    esophagectomy = dx["site"] != "stomach" and any(b.get("specimen") == "resection" for b in d["biomarkers"] if b["kind"] == "her2_ihc")
    return dict(age=p["age"], sex=p["sex"], ecog=p.get("ecog"), lvef=p.get("lvef_percent"),
                cond=set(p.get("conditions") or []), setting=dx["setting"], site=dx["site"],
                prior=prior, peri_counts=peri_counts, last_end=last_end, treated=bool(tr),
                tox=tox, measurable=dx.get("measurable_disease"), gastrectomy=gastrectomy,
                esophagectomy=esophagectomy)

F = {c: facts(c) for c in CASES}

# ---------- shared rule functions: return (status, reason) ----------
def all_(status, reason):
    return lambda f: (status, reason)

def met_c1(f): return ("met", "C1: consent/compliance/contraception item")

def age18(f): return ("met", f"age {f['age']} ≥ 18")

def ecog01(f):
    if f["ecog"] is None: return ("unknown", "ECOG not recorded")
    return ("met", f"ECOG {f['ecog']}") if f["ecog"] <= 1 else ("not_met", f"ECOG {f['ecog']} > 1")

def refractory(f):
    if f["setting"] == "resectable":
        return ("not_met", "resectable disease; curative-intent standard treatment (perioperative chemotherapy + surgery) available")
    n = f["prior"]
    extra = " (incl. perioperative therapy with recurrence ≤183 days, C6)" if f["peri_counts"] else ""
    if n >= 3: return ("met", f"{n} prior lines for advanced disease{extra}; beyond third line, standard therapy regarded as exhausted")
    if n == 2: return ("unknown", "2 prior lines; third-line standards (e.g. trifluridine/tipiracil) still exist — investigator judgement whether standard therapy is 'no longer effective'")
    if n == 1: return ("not_met", "1 prior line; standard second-line therapy (ramucirumab + paclitaxel) still available")
    return ("not_met", "treatment-naive advanced disease; standard first-line therapy available")

def pregnancy(f):
    if f["sex"] == "male": return ("met", "does not apply: male (C2)")
    if f["age"] >= 55: return ("met", f"woman aged {f['age']} ≥ 55 (C2)")
    return ("unknown", f"woman aged {f['age']} < 55; pregnancy status not a case field (C2)")

def breastfeeding(f):
    if f["sex"] == "male": return ("met", "does not apply: male (C2)")
    if f["age"] >= 55: return ("met", f"woman aged {f['age']} ≥ 55 (C2)")
    return ("unknown", f"woman aged {f['age']} < 55; breast-feeding status is not a case field (C2; comments are not facts)")

def sex_preg_bf(f):
    if f["sex"] == "male": return ("met", f"male, age {f['age']} ≥ 18")
    if f["age"] >= 55: return ("met", f"woman aged {f['age']} ≥ 55, not pregnant/breast-feeding (C2)")
    return ("unknown", f"woman aged {f['age']} < 55; pregnancy/breast-feeding status not a case field (C2)")

def measurable_any(f):  # evaluable or measurable for escalation
    if f["measurable"] is True: return ("met", "measurable disease (escalation cohort accepts evaluable or measurable)")
    if f["measurable"] is False: return ("unknown", "non-measurable disease; whether it is RECIST-evaluable is not recorded")
    return ("unknown", "measurability not recorded")

def measurable(f):
    if f["measurable"] is True: return ("met", "measurable disease recorded")
    if f["measurable"] is False: return ("not_met", "disease recorded as non-measurable")
    return ("unknown", "measurability not recorded")

def washout_rt(f):
    if f["last_end"] is None:
        return ("unknown", "no prior systemic therapy; prior radiotherapy is not a case field (C4)")
    days = (ASOF - f["last_end"]).days
    if days < 14:
        return ("not_met", f"last systemic therapy ended {f['last_end']} ({days} days before 2026-12-01) < 2 weeks")
    return ("unknown", f"last systemic therapy ended {f['last_end']} ({days} days, ≥2 weeks); radiotherapy dates not a case field (C4)")

def residual_tox(f):
    if not f["treated"]: return ("met", "no prior anti-cancer therapy")
    for x in f["tox"]:
        if x["event"] == "ejection_fraction_decreased" and x["grade"] >= 2 and f["lvef"] is not None and f["lvef"] < 50:
            return ("not_met", f"trastuzumab-related LVEF decrease grade 2 persists (latest LVEF {f['lvef']}% = CTCAE grade 2)")
    hi = [x for x in f["tox"] if x["grade"] >= 2]
    if hi:
        return ("unknown", "prior grade ≥2 toxicity (" + ", ".join(f"{x['event']} G{x['grade']}" for x in hi) + "); current grade not recorded")
    return ("met", "no prior toxicity > grade 1 recorded")

def gi_absorb_06130254(f):
    if f["gastrectomy"]:
        return ("not_met", "gastric resection specimen (HER2 IHC on resection) = gastrectomy: major gastric surgery")
    if f["esophagectomy"]:
        return ("unknown", "oesophageal resection specimen: oesophagectomy done; extent of gastric surgery/conduit and absorption not recorded")
    return ("unknown", "GI history/absorption/swallowing not recorded (C4); intact gastric primary")

def chf(f):
    if "heart_failure" in f["cond"]: return ("unknown", "heart failure on record; NYHA class/timing not recorded")
    return ("met", "no heart failure (vocabulary condition absent)")

def lvef50(f):
    if f["lvef"] is None: return ("unknown", "LVEF not recorded")
    return ("met", f"LVEF {f['lvef']}% ≥ 50") if f["lvef"] >= 50 else ("not_met", f"LVEF {f['lvef']}% < 50")

def brain_active(f):
    if "brain_metastases" in f["cond"]:
        return ("unknown", "brain metastases on record; treatment status, neurological stability and steroid dose are not case fields")
    return ("met", "no brain metastases (vocabulary condition absent)")

def hiv_hep_06130254(f):
    c = f["cond"]
    if "hepatitis_b" in c: return ("not_met", "history of hepatitis B infection; no exception for HBV")
    parts = []
    if "hiv" in c: parts.append("HIV: permitted only if undetectable viral load ≥1 month on a non-CYP3A4-inhibitor regimen — not recorded")
    if "hepatitis_c" in c: parts.append("hepatitis C: permitted only if treated with undetectable viral load — not recorded")
    if parts: return ("unknown", "; ".join(parts))
    return ("met", "no HIV, hepatitis B or C (vocabulary conditions absent)")

def hcv_exc(f):
    if "hepatitis_c" in f["cond"]: return ("unknown", "hepatitis C on record; treatment/viral load not recorded")
    return ("met", "does not apply: no hepatitis C")

def hiv_exc(f):
    if "hiv" in f["cond"]: return ("unknown", "HIV on record; viral load and antiretroviral regimen not recorded")
    return ("met", "does not apply: no HIV")

def hiv_hep_06403436(f):
    c = f["cond"]
    if "hiv" in c: return ("not_met", "known HIV infection")
    parts = []
    if "hepatitis_b" in c: parts.append("hepatitis B on record; activity and antiviral therapy not recorded")
    if "hepatitis_c" in c: parts.append("hepatitis C on record; activity/cure not recorded")
    if parts: return ("unknown", "; ".join(parts))
    return ("met", "no HIV, hepatitis B or C (vocabulary conditions absent)")

def brain_stable(f):
    if "brain_metastases" in f["cond"]:
        return ("unknown", "brain metastases on record; clinical stability not a case field")
    return ("met", "no brain metastases (vocabulary condition absent)")

def gi_06403436(f):
    if f["gastrectomy"]:
        return ("unknown", "prior gastrectomy (resection specimen); not a listed exclusion by name — absorption impact is investigator judgement; other parts not recorded")
    return ("unknown", "GI bleeding/nausea/diarrhoea/malabsorption/feeding tube not recorded (C4)")

def agg(children):
    def f_(f):
        res = [ch(f) for ch in children]
        st = [r[0] for r in res]
        if "not_met" in st:
            return ("not_met", "sub-item not met: " + "; ".join(r[1] for r in res if r[0] == "not_met"))
        if all(s == "met" for s in st): return ("met", "all sub-items met")
        return ("unknown", "heading: at least one sub-item unknown, none failed")
    return f_

U = lambda why: all_("unknown", why)
LAB = U("laboratory value not a case field (C3)")
DNA = lambda what: all_("met", f"does not apply: {what} cohort; gastro-oesophageal adenocarcinoma can only enter dose escalation (C7)")

# ---------- NCT06130254 ----------
R1 = []
def add(R, kind, text, fn): R.append((kind, text, fn))

cardiac = [U("unstable angina/MI history not a case field"), chf, lvef50, U("QTc/congenital long QT not recorded"),
           U("arrhythmia history not recorded"), U("ventricular arrhythmia/recent MI not recorded")]
meds = [U("concomitant medications not recorded")] * 5
hivkids = [hcv_exc, hiv_exc]

add(R1, "inclusion", "Participants must be ≥ 18 years old and must fulfil all the following inclusion criteria to be eligible for enrollment into the study.", age18)
add(R1, "inclusion", "Dose escalation cohort: Histologically confirmed diagnosis of a solid tumor malignancy with a KRAS G12C mutation. Participants are eligible based on detection of these mutations in tumor tissue or plasma circulating tumor DNA (ctDNA) with a minimum VAF of 1%.",
    U("KRAS G12C status not a case field (not tested/recorded)"))
add(R1, "inclusion", "Dose expansion cohort 1: Histologically confirmed diagnosis advanced pancreatic cancer with KRAS G12C mutation. Participants must have progressed on at least 1 prior line of standard systemic therapy and must be eligible based on detection of KRAS G12C mutation in tumor tissue or ctDNA with a minimum VAF of 1%.", DNA("pancreatic"))
add(R1, "inclusion", "Dose expansion cohort 2: Histologically confirmed diagnosis of advanced breast cancer with KRAS G12C mutation. Participants must have progressed on at least 1 prior line of standard systemic therapy and must be eligible based on detection of KRAS G12C mutation in tumor tissue or ctDNA with a minimum VAF of 1%.", DNA("breast"))
add(R1, "inclusion", "Dose expansion cohort 3: Histologically confirmed diagnosis of advanced uterine or epithelial ovarian cancer with KRAS G12C mutation. Participants must have progressed on at least 1 prior line of standard systemic therapy and must be eligible based on detection of KRAS G12C mutation in tumor tissue or ctDNA with a minimum VAF of 1%.", DNA("uterine/ovarian"))
add(R1, "inclusion", "Dose expansion cohort 4: Histologically confirmed diagnosis of NSCLC with KRAS G12C and KEAP1 co-mutations. Participants must have progressed on at least 1 prior line of standard systemic therapy and must be eligible based on detection of KRAS G12C and KEAP1 co-mutations in tumor tissue or plasma circulating tumor DNA (ctDNA) with a minimum VAF of 1%.", DNA("NSCLC"))
add(R1, "inclusion", "Unresectable or metastatic disease and for which standard curative or palliative measures do not exist or are no longer effective.", refractory)
add(R1, "inclusion", "Participants must have evaluable or measurable disease per RECIST v1.1 for the dose escalation cohort and must have measurable disease per RECIST v1.1 for dose expansion cohorts 1-4.", measurable_any)
add(R1, "inclusion", "Participants with a prior or concurrent malignancy whose natural history or treatment does not have the potential to interfere with the safety or efficacy assessment of the investigational regimen are eligible for this trial.",
    all_("met", "permissive statement; imposes no requirement"))
add(R1, "inclusion", "Life expectancy of at least 3 months.", U("life expectancy not a case field (C2)"))
add(R1, "inclusion", "Most recent prior systemic therapy (e.g., chemotherapy, immunotherapy or, investigational agent) and radiation therapy discontinued at least 2 weeks before first dose date.", washout_rt)
add(R1, "inclusion", "Eastern Cooperative Oncology Group (ECOG) performance status in 0 or 1 (see Appendix 1).", ecog01)
add(R1, "inclusion", "Laboratory values within the screening period:", LAB)
add(R1, "inclusion", "Absolute neutrophil count ≥ 1.5 x 109/L", LAB)
add(R1, "inclusion", "Platelet count ≥ 100,000/mm3 (≥ 100 x 109/L)", LAB)
add(R1, "inclusion", "Hemoglobin ≥ 10 g/dL, in the absence of transfusions for at least 28 days", LAB)
add(R1, "inclusion", "Total bilirubin ≤ 1.5 x Upper Limit of Normal (ULN) (if associated with liver metastases or Gilbert's disease, ≤ 3 x ULN)", LAB)
add(R1, "inclusion", "Aspartate transaminase (AST) and alanine transaminase (ALT) ≤ 2.5 x ULN (if associated with liver metastases, ≤ 5 x ULN)", LAB)
add(R1, "inclusion", "Creatinine clearance ≥51mL/min calculated using a validated prediction equation: Estimated GFR= (140-age(years)∙ Weight (Kg)∙F)/(serum creatine (mgdL)∙72), where F=0.85 for females and F=1 for males.", LAB)
add(R1, "inclusion", None, met_c1)  # item 13 filled below from record
add(R1, "inclusion", "Men treated or enrolled on this protocol must also agree to use adequate contraception and avoid donating sperm prior to the study, for the duration of study participation, and 6 months after completion of the trial.", met_c1)
add(R1, "inclusion", "Prior treatment with a therapy targeting PARP or KRAS G12C mutation is permitted.", all_("met", "permissive statement; imposes no requirement"))
add(R1, "inclusion", "Ability to understand and the willingness to sign a written informed consent document.", met_c1)
add(R1, "inclusion", "Willing to comply with clinical trial instructions and requirements.", met_c1)

add(R1, "exclusion", "Participants presenting with any of the following will not be included in the study:", all_("met", "introductory sentence; no requirement of its own (items judged below)"))
add(R1, "exclusion", "Active brain metastases. Patients are eligible if brain metastases are adequately treated and patients are neurologically stable (which is assessed in a case-by-case by the treating physician based on the likelihood of central nervous system (CNS) activity - except for residual signs or symptoms related to the CNS treatment- and by the lack of corticosteroid dosing or by having a stable or decreasing dose of ≤ 10 mg daily prednisone, or equivalent) for at least 2 weeks prior to enrollment.", brain_active)
add(R1, "exclusion", "Participants with carcinomatous meningitis.", U("leptomeningeal disease not a case field (C4 metastatic sites)"))
add(R1, "exclusion", "Participants with myelodysplastic syndrome/acute myeloid leukemia or with features suggestive of MDS/AML.", U("other malignancy/haematological history not a case field (C4)"))
add(R1, "exclusion", "Participants who have not recovered from adverse events due to prior anti-cancer therapy (i.e., have residual toxicities \\> Grade 1), excluding alopecia.", residual_tox)
add(R1, "exclusion", "History of significant hemoptysis or hemorrhage within 4 weeks of the first dose date.", U("bleeding history not a case field"))
add(R1, "exclusion", "Undergone major surgery within 4 weeks of first dose date, or not recovered from any major surgery that occurred \\>2 weeks before starting study treatment.", U("surgery dates/recovery not case fields (C4)"))
add(R1, "exclusion", "Undergone allogenic bone marrow transplant or double umbilical cord blood transplantation (dUCBT).", U("haematopoietic transplant not a vocabulary condition; not recorded"))
add(R1, "exclusion", "History of intestinal disease, inflammatory bowel disease, major gastric surgery, or other gastrointestinal conditions (e.g., uncontrolled nausea, vomiting, malabsorption syndrome) likely to alter absorption of study treatment or result in inability to swallow oral medications.", gi_absorb_06130254)
add(R1, "exclusion", "Any of the following cardiac abnormalities:", agg(cardiac))
add(R1, "exclusion", "Unstable angina pectoris or myocardial infarction within 6 months prior to enrollment", cardiac[0])
add(R1, "exclusion", "Congestive heart failure NYHA ≥ Class 3 within 6 months prior to enrollment", cardiac[1])
add(R1, "exclusion", "Left ventricular ejection fraction (LVEF) \\< 50%", cardiac[2])
add(R1, "exclusion", "QTc \\> 480 milliseconds or medical or immediate family history of congenital Long QT Syndrome", cardiac[3])
add(R1, "exclusion", "Symptomatic or uncontrolled atrial fibrillation or other arrhythmia within 6 prior to enrollment", cardiac[4])
add(R1, "exclusion", "History of uncontrolled ventricular arrhythmia, recent (within 6 months) myocardial infarction", cardiac[5])
add(R1, "exclusion", "History of stroke or transient ischemic attack within 6 months prior to enrollment.", U("cerebrovascular history not a case field"))
add(R1, "exclusion", "Concomitant use of known strong CYP3A inhibitors or moderate CYP3A inhibitors listed in Section 5.5 and Appendix 4, Table 23. The required washout period prior to starting study treatment is 2 weeks.", U("concomitant medications not recorded"))
add(R1, "exclusion", "Concomitant use of known strong or moderate CYP3A inducers listed in Section 5.5 and Appendix 4, Table 23. The required washout period prior to starting study treatment is 5 weeks.", U("concomitant medications not recorded"))
add(R1, "exclusion", "Use of a medication with any of the following characteristics, which cannot be switched to an alternative treatment prior to study entry:", agg(meds))
add(R1, "exclusion", "Substrate of P-gp with narrow therapeutic index", meds[0])
add(R1, "exclusion", "Strong inhibitor of BCRP", meds[1])
add(R1, "exclusion", "Proton pump inhibitor", meds[2])
add(R1, "exclusion", "Known risk of QT prolongation or Torsades de Pointes", meds[3])
add(R1, "exclusion", "Any substances listed in Section 6.3", meds[4])
add(R1, "exclusion", "Known or suspected presence of another malignancy, unless curatively treated, with no evidence of disease for ≥5 years with the exception of adequately treated non-melanoma skin cancer, curatively treated in situ cancer of the cervix, ductal carcinoma in situ (DCIS), Stage 1-grade 1 endometrial carcinoma.", U("other malignancies not a case field (C4)"))
add(R1, "exclusion", "Known history of human immunodeficiency virus (HIV) infection or acute or chronic Hepatitis B or C infection. Note that the following are permitted:", hiv_hep_06130254)
add(R1, "exclusion", "Participants treated for hepatitis C with no detectable viral load;", hcv_exc)
add(R1, "exclusion", "Patients treated for HIV with no detectable viral load for at least 1 month prior to enrollment while on a stable regimen of agents that are not strong inhibitors of CYP3A4", hiv_exc)
add(R1, "exclusion", "Pregnancy. WOCBP must have a negative serum or urine pregnancy test documented within the 28-day screening period prior start of study drug.", pregnancy)
add(R1, "exclusion", "Breast-feeding or planning to breast feed during the study or within 6 months after study treatment.", breastfeeding)
add(R1, "exclusion", "Any serious illness, uncontrolled inter-current illness, psychiatric illness, active or uncontrolled infection, or other medical history, including laboratory results, which, in the Investigator's opinion, would be likely to interfere with the participant's participation in the study, or with the interpretation of the results.", U("intercurrent illness/psychiatric history and investigator opinion not case fields (C4)"))
add(R1, "exclusion", "History of uncontrolled ventricular arrhythmia, recent (within 6 months) myocardial infarction, uncontrolled major seizure disorder, unstable spinal cord compression, superior vena cava syndrome, extensive interstitial bilateral lung disease on High Resolution Computed Tomography (HRCT) scan", None)
add(R1, "exclusion", "Participants with a known hypersensitivity to olaparib or any of the excipients of the product", U("drug/excipient allergy history not a case field"))
add(R1, "exclusion", "Patients that received live virus and live bacterial vaccines within 3 days of trial enrollment.", U("vaccination history not a case field"))

def composite19(f):
    if "interstitial_lung_disease" in f["cond"] or "pneumonitis" in f["cond"]:
        return ("unknown", "ILD/pneumonitis on record but extent on HRCT not recorded; arrhythmia, MI, seizure, cord compression, SVC syndrome not recorded (C4)")
    return ("unknown", "no ILD recorded, but arrhythmia, MI, seizure disorder, cord compression, SVC syndrome not recorded (C4 composite)")
R1[[i for i, r in enumerate(R1) if r[1] and r[1].startswith("History of uncontrolled ventricular arrhythmia, recent (within 6 months) myocardial infarction, uncontrolled")][0]] = \
    ("exclusion", R1[[i for i, r in enumerate(R1) if r[1] and r[1].startswith("History of uncontrolled ventricular arrhythmia, recent (within 6 months) myocardial infarction, uncontrolled")][0]][1], composite19)

# ---------- NCT06403436 ----------
R2 = []
add(R2, "inclusion", "Males and nonpregnant and non-breastfeeding females, aged ≥ 18 years of age at the time of signing the informed consent.", sex_preg_bf)
add(R2, "inclusion", "Subjects with advanced solid tumors resistant or refractory to standard treatment.", refractory)
add(R2, "inclusion", "Eastern Cooperative Oncology Group (ECOG) performance status 0 or 1.", ecog01)
add(R2, "inclusion", "Measurable disease per RECIST 1.1 criteria.", measurable)
add(R2, "inclusion", "Adequate hematological function defined by absolute neutrophil count, ≥ 1.5 × 10\\^9/L, platelet count ≥ 100 × 10\\^9/L, and hemoglobin ≥ 9 g/dL, and without growth factor treatment or blood transfusion within 2 weeks before the study intervention start.", LAB)
add(R2, "inclusion", "Adequate hepatic function defined by total bilirubin level ≤ 1.5 × upper limit of normal (ULN), aspartate aminotransferase (AST) level ≤ 3 × ULN, and an alanine aminotransferase (ALT) level ≤ 3 × ULN.", LAB)
add(R2, "inclusion", "Adequate renal function defined by creatinine clearance \\> 60 mL/min according to the Cockcroft-Gault equation or creatinine levels \\<1.5 mg/dl.", LAB)
add(R2, "inclusion", "Adequate coagulation laboratory assessments, as follows: Prothrombin time (PT) or partial thromboplastin time (PTT) \\< 1.5 x upper limit of normal (ULN), or international normalized ratio (INR) \\< 1.5 or within target range if on prophylactic anticoagulation therapy.", LAB)
add(R2, "inclusion", "Life expectancy of \\> 3 months, in the opinion of the Investigator.", U("life expectancy not a case field (C2)"))
add(R2, "inclusion", "Willing to adhere to contraception, egg and sperm donation, the fasting requirement, and other criteria as described in lifestyle restrictions", met_c1)
add(R2, "inclusion", "Capable of giving signed informed consent.", met_c1)
add(R2, "exclusion", "Clinically significant (i.e., active) uncontrolled intercurrent illness.", None)
add(R2, "exclusion", "Presence of brain metastases unless clinically stable.", brain_stable)
add(R2, "exclusion", "History or presence of malignancies unless curatively treated with no evidence of disease ≥ 2 years.", U("other malignancies not a case field (C4); index gastro-oesophageal cancer is the study tumour"))
add(R2, "exclusion", "Subjects with known human immunodeficiency virus and/or active viral hepatitis (B and/or C), and subjects on viral hepatitis B therapy are excluded.", hiv_hep_06403436)
add(R2, "exclusion", "However, subjects with hepatitis C treated with curative therapy are not considered actively infected.", hcv_exc)
add(R2, "exclusion", "Subject received a live vaccine within 30 days prior to the first dose of the study treatment administration.", U("vaccination history not a case field"))
add(R2, "exclusion", "Serious gastrointestinal bleeding within 3 months, refractory nausea and vomiting, uncontrolled diarrhea, known malabsorption, significant small bowel resection or gastric bypass surgery, use of feeding tubes, other chronic gastrointestinal disease, and/or other situation that may preclude adequate absorption of oral medications.", gi_06403436)
add(R2, "exclusion", "Subjects that have received a strong CYP3A4 inhibitor within 7 days prior to the first dose of TT125-802 or a strong CYP3A4 inducer within 14 days prior to the first dose of TT125-802.", U("concomitant medications not recorded"))
add(R2, "exclusion", "Hypersensitivity to the active substance or to any of the excipients of TT125-802.", U("first-in-human agent never given; excipient allergy history not a case field"))

def intercurrent(f):
    c = f["cond"] & {"heart_failure", "autoimmune_disease", "hepatitis_b", "hepatitis_c", "hiv", "interstitial_lung_disease", "pneumonitis"}
    if c: return ("unknown", f"{', '.join(sorted(c))} on record; whether clinically significant/uncontrolled is not recorded")
    return ("unknown", "no listed comorbidity, but other intercurrent illness is not a case field (C4)")
R2[[i for i, r in enumerate(R2) if r[1] == "Clinically significant (i.e., active) uncontrolled intercurrent illness."][0]] = \
    ("exclusion", "Clinically significant (i.e., active) uncontrolled intercurrent illness.", intercurrent)

NOTES = {
 "NCT06130254": (
  "Phase Ib adagrasib + olaparib basket trial (KRAS G12C solid tumours). A gastro-oesophageal adenocarcinoma can only enter the "
  "dose-escalation cohort (any KRAS G12C solid tumour); expansion cohorts 1-4 (pancreas, breast, uterine/ovarian, NSCLC) are judged "
  "'does not apply' (C7). KRAS G12C is not a case field, so inclusion 1 is unknown for every case: no case can be 'eligible'. "
  "'Standard measures no longer effective': ≥3 prior lines for advanced disease (perioperative therapy counted under C6) = met; "
  "2 prior lines = unknown (third-line standards such as trifluridine/tipiracil still exist); ≤1 line or resectable = not_met. "
  "The 2-week washout covers radiotherapy, which is never a case field, so it is at best unknown; <14 days since systemic therapy = not_met. "
  "A HER2 IHC on a gastric resection specimen is taken as proof of gastrectomy = 'major gastric surgery' (exclusion 8 not_met); "
  "an oesophageal resection is left unknown. Sub-list headings (laboratory values, cardiac abnormalities, medications, HIV/hepatitis) "
  "are separate items judged as the aggregate of their sub-items; the two top-level intro sentences are judged on their own content. "
  "The HIV/hepatitis 'permitted' notes are separate exclusion items ('does not apply' when the infection is absent). Hepatitis B history "
  "is excluded outright (no exception). Breast-feeding and radiotherapy dates written only in YAML comments were not used (C4)."),
 "NCT06403436": (
  "Phase 1 first-in-human TT125-802 (oral) in advanced solid tumours, no tumour-type or biomarker restriction. 'Resistant or refractory "
  "to standard treatment' judged as for NCT06130254 (≥3 prior lines met, 2 unknown, ≤1 or resectable not_met). Known HIV is excluded "
  "regardless of viral control; hepatitis B/C on record is unknown because activity/antiviral therapy is not a case field; the HCV "
  "'not considered actively infected' sentence is its own item. The GI-absorption composite is unknown for everyone (C4), including the "
  "post-gastrectomy case, because gastrectomy is not named (only small-bowel resection/gastric bypass). Laboratory, coagulation, life "
  "expectancy, vaccines, CYP3A4 and hypersensitivity items are unknown (not case fields), so no case can be 'eligible'."),
}

def build(nct, R):
    text = json.load(open(os.path.join(ROOT, "records", f"{nct}.json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    if nct == "NCT06130254":
        i = [k for k, r in enumerate(R) if r[1] is None][0]
        s = text.index("The effects of adagrasib")
        e = text.index("\n", text.index("inform her treating physician immediately."))
        R[i] = ("inclusion", text[s:e].strip(), met_c1)
    crits = []
    for kind, t, fn in R:
        assert norm(t) in norm(text), (nct, t[:60])
        j, r = {}, {}
        for c in CASES:
            s, why = fn(F[c]); j[c] = s; r[c] = why
        crits.append({"kind": kind, "text": t, "judgements": j, "reasons": r})
    verdicts = {}
    for c in CASES:
        st = [cr["judgements"][c] for cr in crits]
        verdicts[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    out = {"nct_id": nct, "reviewer_note": NOTES[nct], "verdicts": verdicts, "criteria": crits}
    with open(os.path.join(ROOT, "WN", f"{nct}.yaml"), "w") as fh:
        yaml.safe_dump(out, fh, allow_unicode=True, sort_keys=False, width=120)
    return crits, verdicts

if __name__ == "__main__":
    for nct, R in (("NCT06130254", R1), ("NCT06403436", R2)):
        crits, v = build(nct, R)
        print(nct, len(crits), v)
        for c in CASES:
            nm = [cr["text"][:50] for cr in crits if cr["judgements"][c] == "not_met"]
            cnt = {s: sum(cr["judgements"][c] == s for cr in crits) for s in ("met", "not_met", "unknown")}
            print("  ", c, cnt, nm)
