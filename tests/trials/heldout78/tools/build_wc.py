#!/usr/bin/env python3
"""Build WC/<NCT>.yaml reference judgements (hand-made judgements, stored as data here)."""
import json, os, re, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [f"WC-{i:02d}" for i in range(1, 9)]
MEN = {"WC-01", "WC-04", "WC-06"}
OLDW = {"WC-02", "WC-08"}          # women >= 55
YOUNGW = {"WC-03", "WC-05", "WC-07"}  # women < 55

def lines(nct):
    t = json.load(open(os.path.join(ROOT, "records", nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    return t.split("\n")

def clean(l):
    l = l.strip()
    l = re.sub(r"^\* ", "", l)
    l = re.sub(r"^\d+\. ", "", l)
    return l.strip()

def J(default, **over):
    """default: (status, reason); over: W1=(status, reason) ..."""
    out = {c: default for c in CASES}
    for k, v in over.items():
        out[f"WC-0{k[1:]}"] = v
    return out

def ALL(s, r): return J((s, r))

def C1(r="C1: consent/compliance/contraception/study-procedure item"):
    return ALL("met", r)

def C2(r="pregnancy / breast-feeding"):
    d = {}
    for c in CASES:
        if c in MEN: d[c] = ("met", f"does not apply: male patient ({r})")
        elif c in OLDW: d[c] = ("met", f"C2: woman aged >=55 ({r})")
        else: d[c] = ("unknown", f"C2: woman aged <55; pregnancy/breast-feeding status not a case field ({r})")
    return d

def MALE_ONLY(r):
    return {c: ("met", r if c in MEN else "does not apply: female patient") for c in CASES}

def FEMALE_C1(r):
    return {c: ("met", "does not apply: male patient" if c in MEN else r) for c in CASES}

LAB = ALL("unknown", "C3: laboratory/organ-function value not in the case")
DNA = lambda why: ALL("met", "does not apply: " + why)

def brain(unk_reason):
    return J(("met", "brain_metastases not in conditions, so known absent"),
             W6=("unknown", unk_reason), W7=("unknown", unk_reason))

# ---------------------------------------------------------------- NCT05041153
def nct05041153():
    L = lines("NCT05041153")
    inc, exc = [], []
    t = lambda i: clean(L[i])
    inc += [
     (t(2), C1()),
     (t(3), J(("met", "adenocarcinoma of stomach/GEJ, age >=18"),
              W7=("unknown", "oesophageal (not GEJ) adenocarcinoma: the text says 'gastric or gastroesophageal'; whether the oesophageal body counts is not stated"))),
     (t(4), J(("met", "advanced disease that progressed on prior standard palliative therapy"),
              W1=("met", "metastatic; progressed on 1L trastuzumab+S-1+oxaliplatin and 2L T-DXd"),
              W2=("met", "metastatic; progressed on 1L trastuzumab+CAPOX and 2L ramucirumab+paclitaxel"),
              W3=("not_met", "resectable disease, never treated: not previously treated advanced disease"),
              W4=("met", "metastatic; progressed on 1L CAPOX"),
              W5=("met", "recurred 140 days after perioperative FLOT (<12 months) and progressed on FOLFIRI"),
              W6=("met", "metastatic; progressed on three palliative lines"),
              W7=("met", "metastatic; progressed on 1L pembrolizumab+FOLFOX"),
              W8=("met", "recurred 280 days after completing perioperative FLOT: <12 months, so counts as failed SOC under this record's own rule (no palliative line yet)"))),
     (t(5), C1("C1: tissue submission is a study procedure (archival tissue allowed by agreement)")),
     (t(6), J(("met", "measurable_disease: true"), W3=("not_met", "measurable_disease: false"))),
     (t(7), J(("met", "ECOG 0-1 recorded"), W4=("not_met", "ECOG 2"), W6=("not_met", "ECOG 3"))),
     (t(8), ALL("unknown", "C2: life expectancy not judged from the case")),
     (t(9), ALL("unknown", "blood pressure not a case field")),
    ]
    for i in (10, 11, 12, 13, 15, 16, 17, 18, 19):
        inc.append((t(i), LAB))
    inc += [
     (t(20), MALE_ONLY("C1: male contraception/abstinence agreement")),
     (t(22), MALE_ONLY("C1: male contraception/abstinence agreement")),
     (t(23), MALE_ONLY("C1: male contraception agreement")),
     (t(25), MALE_ONLY("C1: male contraception agreement")),
     (t(26), MALE_ONLY("C1: contraception note")),
     (t(27), C2("female heading: not pregnant or breast-feeding")),
     (t(29), {c: (("met", "does not apply: male patient") if c in MEN else
                  ("met", "C2: woman aged >=55, taken as not of childbearing potential") if c in OLDW else
                  ("met", "alternative limb; the requirement is satisfied through the next limb (highly effective contraception, C1)"))
              for c in CASES}),
     (t(30), FEMALE_C1("C1: contraception for a WOCBP")),
     (t(31), C2("pregnancy test")),
     (t(32), C2("pregnancy test")),
     (t(33), C1("C1: investigator procedure")),
    ]
    exc += [
     (t(37), ALL("met", "treatment history lists no investigational agent or device")),
     (t(39), DNA("no prior investigational trial in the treatment history")),
     (t(40), J(("unknown", "no immunodeficiency condition recorded; steroid/immunosuppressant use in the last 7 days is not a case field"),
               W7=("not_met", "HIV infection recorded: an acquired immunodeficiency diagnosis"))),
     (t(41), ALL("unknown", "C4: surgery dates are not case fields")),
     (t(43), ALL("unknown", "C4: surgery and wound healing are not case fields")),
     (t(44), ALL("unknown", "C4: GI integrity/fistula not a case field")),
     (t(45), LAB),
     (t(47), LAB),
     (t(48), J(("unknown", "C4: GI integrity/absorption not a case field; no resection in the case fields"),
               W5=("not_met", "completed perioperative FLOT and recurred, so she has had a gastrectomy: a gastrointestinal anastomosis, which the item lists"),
               W8=("not_met", "completed perioperative FLOT and recurred, so she has had a resection: a gastrointestinal anastomosis, which the item lists"))),
     (t(49), ALL("unknown", "imaging detail (vessel encasement, cavitation) not a case field")),
     (t(51), ALL("unknown", "imaging detail (vessel proximity) not a case field")),
     (t(52), ALL("unknown", "bleeding/haemoptysis not a case field")),
     (t(53), J(("unknown", "C4 composite: MI, angina, stroke, arrhythmia not case fields (heart_failure known absent)"),
               W2=("unknown", "heart_failure recorded, NYHA class and timing not in the case"))),
     (t(54), ALL("unknown", "QTc not a case field")),
     (t(55), J(("met", "LVEF recorded within the normal range"),
               W1=("met", "LVEF 60%"), W2=("not_met", "LVEF 48%, below the normal range"),
               W3=("unknown", "LVEF not recorded"), W4=("met", "LVEF 55%, at or above the usual lower limit"),
               W5=("met", "LVEF 62%"), W6=("unknown", "LVEF not recorded"), W7=("met", "LVEF 65%"), W8=("met", "LVEF 64%"))),
     (t(56), J(("met", "never received pembrolizumab or lenvatinib; no known intolerance possible from history"),
               W7=("unknown", "had pembrolizumab with grade 2 pneumonitis; whether this counts as 'known intolerance' is not stated"))),
     (t(57), J(("met", "no lenvatinib, anti-PD-(L)1, VEGFR2 or other checkpoint agent in the treatment history"),
               W2=("not_met", "prior ramucirumab (VEGFR2 antibody) in line 2"),
               W6=("not_met", "prior tislelizumab (anti-PD-1) and apatinib (VEGFR2 inhibitor)"),
               W7=("not_met", "prior pembrolizumab (anti-PD-1)"))),
     (t(58), J(("met", "last systemic therapy >4 weeks before 2026-12-01"),
               W3=("met", "no prior systemic therapy"),
               W1=("met", "T-DXd last dose 2026-10-06 (56 days)"),
               W2=("met", "ramucirumab+paclitaxel ended 2026-10-20 (42 days)"),
               W4=("met", "CAPOX ended 2026-09-25 (67 days)"),
               W5=("met", "FOLFIRI ended 2026-10-28 (34 days)"),
               W6=("met", "apatinib ended 2026-11-10 (21 days); 5 half-lives of apatinib (~9 h) is the shorter window and has passed"),
               W7=("met", "pembrolizumab+FOLFOX ended 2026-09-15 (77 days)"),
               W8=("met", "perioperative FLOT ended 2026-01-19"))),
     (t(60), J(("unknown", "current grade of prior-therapy adverse events not recorded"),
               W3=("met", "does not apply: no prior therapy"))),
     (t(61), ALL("unknown", "C4: radiotherapy is not a case field")),
     (t(63), ALL("unknown", "C4: radiotherapy is not a case field")),
     (t(64), ALL("unknown", "C4: other malignancies not a case field")),
     (t(66), ALL("unknown", "C4: other malignancies not a case field")),
     (t(67), brain("brain_metastases recorded; activity, stability and steroid use not in the case fields")),
     (t(68), J(("met", "autoimmune_disease not in conditions, so known absent"),
               W5=("unknown", "autoimmune_disease recorded; whether it needed systemic treatment in the past 2 years is not a case field"))),
     (t(69), ALL("unknown", "C4: ascites/effusions not case fields")),
     (t(70), J(("met", "pneumonitis not in conditions, so known absent"),
               W7=("not_met", "pneumonitis recorded, grade 2 on pembrolizumab (steroid-treated grade)"),
               W8=("unknown", "interstitial_lung_disease recorded but not pneumonitis; steroid treatment not recorded"))),
     (t(71), ALL("unknown", "active infections and anti-infective treatment are not case fields")),
     (t(72), ALL("unknown", "investigator's opinion: cannot be decided from the case")),
     (t(73), ALL("unknown", "C4: psychiatric/substance history not a case field")),
     (t(74), C2("pregnancy / conception plans")),
     (t(75), J(("met", "hiv not in conditions, so known absent"), W7=("not_met", "HIV recorded"))),
     (t(76), ALL("met", "organ_transplant not in conditions, so known absent")),
     (t(77), J(("met", "hepatitis_b and hepatitis_c not in conditions, so known absent"),
               W3=("not_met", "hepatitis_b recorded (HBsAg-reactive history)"),
               W4=("unknown", "hepatitis_c recorded; whether HCV RNA is currently detected is not a case field"))),
     (t(78), ALL("unknown", "vaccination history not a case field")),
    ]
    note = ("Pembrolizumab + lenvatinib pilot for previously treated gastric/GEJ adenocarcinoma. Reading choices: "
            "(1) each bullet, sub-bullet and 'Note' is its own item; the male and female headings are separate from their sub-bullets. "
            "(2) The record's own 12-month rule for neoadjuvant/adjuvant therapy is applied to the 'previously treated' item, not the 6-month (C6) line count, so WC-08 (recurrence 280 days after FLOT) counts as previously treated. "
            "(3) 'gastrointestinal anastomosis' is read literally: a completed perioperative course with later recurrence implies a resection with anastomosis, so WC-05 and WC-08 are not_met. A colleague might read it as 'only if absorption is affected' and make it unknown, which would make both possibly_eligible. "
            "(4) VEGFR2 agents include ramucirumab and apatinib. (5) HIV is read as an immunodeficiency diagnosis. "
            "(6) Oesophageal (non-GEJ) adenocarcinoma is left unknown for 'gastroesophageal adenocarcinoma'. "
            "(7) The 4-week/5-half-life washout uses the shorter window as written. (8) The investigator-opinion catch-all is unknown for every case. "
            "Only WC-01 stays a plausible candidate; no case can be 'eligible' because laboratory values are unknown (C3).")
    return note, inc, exc

# ---------------------------------------------------------------- NCT06726148
def nct06726148():
    L = lines("NCT06726148")
    t = lambda i: clean(L[i])
    ccne = "Histologically and/or cytologically confirmed diagnosis of locally advanced or metastatic cancer with a CCNE1 amplification."
    exp = "For dose expansion only: no more than 3 prior lines of therapy for advanced or metastatic disease."
    assert ccne in L[10] and exp in L[10]
    adv_unk = ("unknown", "advanced gastro-oesophageal adenocarcinoma; CCNE1 amplification status is not a case field")
    res_no = ("not_met", "resectable disease for curative-intent treatment: not locally advanced (inoperable) or metastatic disease")
    inc = [
     (t(2), ALL("met", "age >= 18")),
     (t(4), J(("unknown", "only the CCNE1-amplified solid-tumour indication can apply; CCNE1 status not recorded"), W3=res_no)),
     (t(6), J(("unknown", "phase I CCNE1 cohort is the only route for a gastric patient; CCNE1 status not recorded"), W3=res_no)),
     (t(8), DNA("breast-cancer (HR+/HER2-) indication")),
     (ccne, J(adv_unk, W3=res_no)),
     (exp, J(("met", "no more than 3 prior lines"),
             W1=("met", "2 prior palliative lines"), W2=("met", "2 prior palliative lines"),
             W3=("met", "no prior therapy"), W4=("met", "1 prior line"),
             W5=("met", "2 prior lines (early-relapse perioperative FLOT counted, plus FOLFIRI)"),
             W6=("met", "3 prior lines: at the limit"), W7=("met", "1 prior line"),
             W8=("met", "no prior line for advanced disease (FLOT ended 280 days before recurrence)"))),
     (t(12), DNA("phase II is the breast-cancer cohort only")),
     (t(14), DNA("breast-cancer (HR+/HER2-) indication")),
     (t(16), J(("met", "measurable_disease: true"), W3=("not_met", "measurable_disease: false"))),
     (t(18), DNA("breast-cancer-only alternative (lytic bone lesion)")),
    ]
    exc = [
     (t(22), ALL("met", "no CDK2 inhibitor in the treatment history")),
     (t(24), LAB),
     (t(26), J(("unknown", "C4 composite: MI, CABG, QT and TdP risk factors not case fields"),
               W2=("unknown", "heart_failure recorded; whether uncontrolled is not stated"))),
     (t(28), brain("brain_metastases recorded; symptoms and need for local therapy/steroids are not case fields")),
     (t(30), DNA("combination (ribociclib + endocrine therapy) is for breast cancer")),
     (t(32), DNA("combination (endocrine-based) arm is for breast cancer")),
     (t(34), DNA("combination arm is for breast cancer; no prior ribociclib")),
     (t(36), DNA("breast-cancer-only item")),
     (t(38), C2("WOCBP contraception / pregnancy / nursing")),
     (t(40), ALL("unknown", "unstated protocol criteria cannot be judged")),
    ]
    note = ("ECI830 (CDK2 inhibitor) phase I/II: HR+/HER2- breast cancer and CCNE1-amplified solid tumours. Reading choices: "
            "(1) headings ('Patients with one of the following indications:', 'Phase I:', 'Phase II:', 'For the combination treatment:') are separate items; 'Phase I:' carries the gastric route, 'Phase II:' and the combination items are breast-only and met as 'does not apply'. "
            "(2) The CCNE1 paragraph is split into its two requirements (the diagnosis and the dose-expansion line limit). "
            "(3) CCNE1 amplification is not a case field, so every advanced case is unknown, at best possibly_eligible. "
            "(4) 'locally advanced' is read as not curable by resection; the resectable case WC-03 is not_met (it also has no measurable disease). "
            "(5) 'Other protocol-defined criteria may apply' is unknown for all. "
            "(6) No ECOG item exists in this text, so WC-06 (ECOG 3) is not excluded by it. maximumAge 100 is not an item.")
    return note, inc, exc

# ---------------------------------------------------------------- NCT04114136
def nct04114136():
    L = lines("NCT04114136")
    t = lambda i: clean(L[i])
    labs = ["absolute neutrophil count ≥1,500/mcL", "platelets ≥100,000/mcL",
            "total bilirubin ≤ institutional upper limit of normal (ULN)",
            "AST(SGOT)/ALT(SGPT) ≤2.5 × institutional ULN", "Creatinine clearance ≥40 mL/min/1.73 m2"]
    for s in labs: assert s in L[9], s
    third = ("unknown", "3rd line or later, pMMR, no prior anti-PD-1: nivolumab monotherapy is a standard 3L+ option only in some guidelines (ATTRACTION-2); whether it is 'current standard of care' is the investigator's call")
    inc = [
     (t(2), J(third,
              W3=("not_met", "resectable: standard care is perioperative chemotherapy and surgery, not anti-PD-1 monotherapy"),
              W4=("met", "MSI-high/dMMR gastric adenocarcinoma after 1L chemotherapy: pembrolizumab monotherapy is standard"),
              W6=("not_met", "progressed on prior anti-PD-1 (tislelizumab): anti-PD-1 monotherapy is not standard care now"),
              W7=("not_met", "oesophageal adenocarcinoma, pMMR, 2nd line after pembrolizumab: standard care is not anti-PD-1 monotherapy"),
              W8=("not_met", "HER2-positive, first line: standard care is trastuzumab + chemotherapy (± pembrolizumab), not monotherapy"))),
     (t(3), ALL("unknown", "C4: tumour sites and biopsy accessibility are not case fields")),
     (t(4), ALL("met", "age >= 18")),
     (t(5), J(("met", "measurable_disease: true"), W3=("not_met", "measurable_disease: false"))),
     (t(6), J(("met", "ECOG 0-2 recorded"), W6=("not_met", "ECOG 3"))),
     (t(7), ALL("unknown", "C3: organ and marrow function not in the case")),
    ]
    for s in labs: inc.append((s, LAB))
    inc += [
     (t(10), C2("pregnancy test")),
     (t(11), FEMALE_C1("C1: contraception for a woman of childbearing potential")),
     (t(12), MALE_ONLY("C1: male contraception")),
     (t(13), C1("C1: consent")),
     (t(14), brain("brain_metastases recorded; whether active (enlarging/symptomatic) is not a case field")),
     (t(15), ALL("met", "permissive clause: it admits some diabetic patients and excludes no one (diabetes judged under exclusion 2)")),
    ]
    exc = [
     (t(19), J(("met", "no anti-PD-1/PD-L1 antibody in the treatment history"),
               W6=("not_met", "prior tislelizumab (anti-PD-1)"), W7=("not_met", "prior pembrolizumab (anti-PD-1)"))),
     (t(20), ALL("unknown", "diabetes type and metformin/insulin/sulfonylurea/TZD use are not case fields")),
     (t(21), C2("pregnancy / breast-feeding; contraception part is C1")),
     (t(22), C2("pregnancy test")),
     (t(23), J(("met", "autoimmune_disease not in conditions, so known absent"),
               W5=("unknown", "autoimmune_disease recorded; type, severity and systemic treatment are not case fields"))),
     (t(24), ALL("unknown", "C4 composite: hypertension, angina, MI not case fields")),
     (t(25), J(("met", "heart_failure not in conditions, so known absent"),
               W2=("unknown", "heart_failure recorded; symptoms and NYHA class are not case fields"))),
     (t(26), ALL("unknown", "C4: psychiatric/social history not a case field")),
     (t(27), J(("met", "pneumonitis and interstitial_lung_disease not in conditions, so known absent"),
               W7=("not_met", "pneumonitis recorded, grade 2 on pembrolizumab (steroid-treated grade)"),
               W8=("not_met", "interstitial_lung_disease recorded: evidence of ILD"))),
     (t(28), ALL("met", "treatment history lists no investigational drug")),
     (t(29), ALL("unknown", "C4: other malignancies not a case field")),
     (t(30), ALL("unknown", "investigator's opinion: cannot be decided from the case")),
     (t(31), J(("met", "hiv not in conditions, so known absent"), W7=("not_met", "HIV recorded"))),
     (t(32), ALL("unknown", "drug allergies and prior metformin/rosiglitazone exposure are not case fields")),
     (t(33), ALL("unknown", "C4: ability to swallow / feeding route not a case field")),
     (t(34), ALL("unknown", "acidosis and alcohol intake not case fields")),
     (t(35), ALL("unknown", "concomitant medication not a case field")),
    ]
    note = ("Anti-PD-1 monotherapy ± metformin/rosiglitazone (phase II, several tumour types). Reading choices: "
            "(1) inclusion 1 is met only where anti-PD-1 monotherapy is standard care for this patient now: dMMR/MSI-high after prior therapy (WC-04). For pMMR disease in 3rd line or later without prior anti-PD-1 (WC-01, WC-02, WC-05) nivolumab monotherapy is standard only in some guidelines, so unknown (geography does not decide). A colleague might call these met. "
            "For 1st/2nd line pMMR, resectable disease or after anti-PD-1 failure it is not_met. "
            "(2) The heading of inclusion 6 and each of its five laboratory limits are separate items, all unknown (C3). "
            "(3) Inclusion 12 (type 2 diabetes not on drugs may enrol) is permissive and met for all; diabetes and drug history make exclusion 2 unknown for all. "
            "(4) Pregnancy-test items follow C2. (5) A recorded ILD is 'evidence of interstitial lung disease' (WC-08 not_met). Grade 2 immune pneumonitis counts as steroid-requiring (WC-07 not_met). "
            "(6) The treatment list is taken as the complete systemic history (no investigational drug). (7) The investigator-opinion catch-all is unknown for all.")
    return note, inc, exc

def build(nct, fn):
    note, inc, exc = fn()
    crit = []
    for kind, items in (("inclusion", inc), ("exclusion", exc)):
        for text, jd in items:
            assert set(jd) == set(CASES), text
            crit.append({"kind": kind, "text": text,
                         "judgements": {c: jd[c][0] for c in CASES},
                         "reasons": {c: jd[c][1] for c in CASES}})
    verdicts = {}
    for c in CASES:
        st = [cr["judgements"][c] for cr in crit]
        verdicts[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    doc = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts, "criteria": crit}
    with open(os.path.join(ROOT, "WC", nct + ".yaml"), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)
    return verdicts, crit

if __name__ == "__main__":
    for nct, fn in (("NCT05041153", nct05041153), ("NCT06726148", nct06726148), ("NCT04114136", nct04114136)):
        v, crit = build(nct, fn)
        from collections import Counter
        cnt = Counter(s for cr in crit for s in cr["judgements"].values())
        print(nct, len(crit), dict(cnt), v)
