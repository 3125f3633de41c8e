"""Hand-written per-case judgements for NCT04130516 (LNS8801 +/- pembrolizumab)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

N = "NCT04130516"
ls = lines(N)
M, NM, U = "met", "not_met", "unknown"
MEN = ["c1", "c4", "c5", "c6"]; OLDF = ["c3", "c8"]; YOUNGF = ["c2", "c7"]

def preg(reason_young):
    o = {}
    for c in MEN: o[c] = (M, "does not apply: male patient")
    for c in OLDF: o[c] = (M, "woman aged 55 or over (61/67): pregnancy/lactation not expected (convention C2)")
    for c in YOUNGF: o[c] = (U, reason_young)
    return o

def estrogen(reason_f):
    o = {}
    for c in MEN: o[c] = (M, "male; no estrogen therapy in the treatment history (estrogen contraception/HRT does not apply)")
    for c in OLDF + YOUNGF: o[c] = (U, reason_f)
    return o

DNA = "does not apply: cohort for another tumour type (gastric/GEJ/oesophageal adenocarcinoma)"
ADV = dict(c6=(NM, "resectable cT3N1M0 GEJ cancer: not locally advanced (unresectable) or metastatic disease"))
GAS = (M, "gastric adenocarcinoma: fits this cohort's tumour list")
GEJ = (M, "GEJ adenocarcinoma, counted with gastric cancer: fits this cohort's tumour list")
OES = (M, "does not apply: oesophageal adenocarcinoma is not listed; only the any-solid-tumour routes could apply")
cohort_gastric = dict(c1=GAS, c2=GAS, c3=GAS, c4=OES, c5=GAS, c6=GEJ, c7=GAS, c8=GEJ)
NOPD1 = "does not apply: no prior anti-PD-1/L1 therapy"
def pd1_cohort(c3, c4, c5, c8):
    return dict(c1=(M, NOPD1), c2=(M, NOPD1), c6=(M, NOPD1), c7=(M, NOPD1), c3=c3, c4=c4, c5=c5, c8=c8)

items = [
 # ---------- prescreening ----------
 ("inclusion", L(ls, 2), J(M, "adenocarcinoma with recurrent/metastatic (advanced) disease", **ADV)),
 ("inclusion", L(ls, 3), J(M, "consent/compliance item (convention C1)")),
 ("inclusion", L(ls, 4), J(U, "no treatment-stage exclusion found, but labs/medications/life expectancy not yet known",
     c2=(NM, "non-measurable (peritoneal-only) disease fails treatment inclusion 3"),
     c4=(NM, "ECOG 3 fails treatment inclusion 5 (ECOG 0-1)"),
     c6=(NM, "resectable, non-advanced disease fails treatment inclusion 1"),
     c8=(NM, "ECOG 2 and interstitial lung disease fail treatment inclusion 5 and exclusion 13"))),
 # ---------- treatment inclusion ----------
 ("inclusion", L(ls, 8), J(M, "histologically confirmed adenocarcinoma, advanced (metastatic/recurrent)", **ADV)),
 ("inclusion", L(ls, 10, 12), J(M, DNA)),
 ("inclusion", L(ls, 13, 15), J(M, "", **cohort_gastric)),
 ("inclusion", L(ls, 16, 18), J(M, DNA)),
 ("inclusion", L(ls, 19, 21), J(M, "", **pd1_cohort(
     c3=(M, "does not apply: nivolumab stopped for progression, not an immune-related adverse event"),
     c4=(M, "does not apply: nivolumab stopped for progression, not an immune-related adverse event"),
     c5=(M, "pembrolizumab stopped for grade 3 pneumonitis (permanent-discontinuation toxicity); no cancer therapy since"),
     c8=(M, "does not apply: pembrolizumab stopped for progression; later lines given")))),
 ("inclusion", L(ls, 22, 24), J(M, "does not apply: uveal melanoma cohort")),
 ("inclusion", " ".join([L(ls, 25)] + [ls[27].strip().split(" Patients should not")[0]]), J(M, "", **pd1_cohort(
     c3=(M, "14 months on nivolumab+CAPOX before progression = clinical benefit (>=16 weeks without progression), then progression on nivolumab"),
     c4=(M, "does not apply: three non-PD-1 lines since nivolumab close this cohort; any-solid-tumour Phase 1 route only"),
     c5=(M, "does not apply: pembrolizumab stopped for toxicity, not progression; patient fits monotherapy cohort M4/M2"),
     c8=(M, "does not apply: later non-PD-1 lines (T-DXd, ramucirumab+paclitaxel); gastric/GEJ cohorts M2/C2 apply")))),
 ("inclusion", "Patients should not" + ls[27].split("Patients should not")[1].rstrip(), J(M, "", **pd1_cohort(
     c3=(M, "no therapy since nivolumab ended 2026-10-20"),
     c4=(M, "does not apply: patient not in the PD-1-refractory expansion cohort (lines 2-4 without PD-1 therapy)"),
     c5=(M, "does not apply: not in this cohort (no intervening therapy anyway)"),
     c8=(M, "does not apply: not in this cohort (GEJ cohorts M2/C2)")))),
 ("inclusion", L(ls, 29), J(M, "", **pd1_cohort(
     c3=(M, "both parts met (see next two items)"),
     c4=(M, "does not apply: not in this cohort"), c5=(M, "does not apply: pembrolizumab stopped for toxicity"),
     c8=(M, "does not apply: not in this cohort")))),
 ("inclusion", L(ls, 30), J(M, "", **pd1_cohort(
     c3=(M, "nivolumab from 2025-08-11 to 2026-10-20: far more than 3 (q3w) or 4 (q2w) doses"),
     c4=(M, "does not apply: not in this cohort"), c5=(M, "does not apply: not in this cohort"),
     c8=(M, "does not apply: not in this cohort")))),
 ("inclusion", L(ls, 31), J(M, "", **pd1_cohort(
     c3=(M, "line 1 nivolumab regimen stopped for progression (2026-10-20) while on nivolumab"),
     c4=(M, "does not apply: not in this cohort"), c5=(M, "does not apply: stopped for toxicity, cohort not used"),
     c8=(M, "does not apply: not in this cohort")))),
 ("inclusion", L(ls, 32, 34), J(M, "", **cohort_gastric)),
 ("inclusion", L(ls, 35, 37), J(M, "does not apply: NSCLC cohort")),
 ("inclusion", L(ls, 38, 40), J(M, "does not apply: uveal melanoma cohort")),
 ("inclusion", L(ls, 41, 43), J(M, "does not apply: cutaneous melanoma cohort")),
 ("inclusion", L(ls, 44), J(U, "standard options remain for this line; whether the patient declines them is not recorded",
     c1=(U, "second line (early recurrence after adjuvant CAPOX), HER2 3+ trastuzumab-naive: standard options exist; declining not recorded"),
     c2=(U, "first line: standard chemotherapy +/- zolbetuximab exists; declining not recorded"),
     c3=(U, "second line: ramucirumab+paclitaxel is standard; declining not recorded"),
     c4=(M, "after 4 lines (FP/platinum+nivolumab, ramucirumab+paclitaxel, FTD/TPI, irinotecan) no standard option remains; HER2 only by ctDNA"),
     c5=(U, "second line: ramucirumab+paclitaxel is standard; declining not recorded"),
     c6=(U, "resectable: curative perioperative therapy and surgery are standard; declining not recorded"),
     c7=(U, "third line: trifluridine/tipiracil (or irinotecan) still available; declining not recorded"),
     c8=(U, "fourth line: trifluridine/tipiracil (and irinotecan) still available; declining not recorded"))),
 ("inclusion", L(ls, 46), J(M, "does not apply: NSCLC exception")),
]
s47 = ls[47].strip()[3:]
a, b = s47.split(" Lesions must be measurable")
b, c = ("Lesions must be measurable" + b).split(" For lymphoma patients only")
c = "For lymphoma patients only" + c
items += [
 ("inclusion", a, J(M, "measurable_disease: true",
     c2=(NM, "measurable_disease: false (peritoneal-only disease)"))),
 ("inclusion", b, J(M, "measurable disease on CT recorded; a measurable CT lesion can be measured in 2 dimensions",
     c2=(NM, "no measurable lesion (measurable_disease: false)"))),
 ("inclusion", c, J(M, "does not apply: lymphoma only")),
 ("inclusion", L(ls, 49), J(M, "study procedure (convention C1)")),
 ("inclusion", L(ls, 50), J(M, "age 18 or over")),
 ("inclusion", L(ls, 51), J(M, "ECOG 0 or 1 recorded",
     c4=(NM, "ECOG 3"), c8=(NM, "ECOG 2"))),
 ("inclusion", L(ls, 52), J(U, "life expectancy not assessable from the case (convention C2)")),
 ("inclusion", L(ls, 53), J(M, "study procedure/biopsy agreement (convention C1)")),
 ("inclusion", L(ls, 54), J(U, "ability to swallow tablets not recorded (GI integrity, convention C4)")),
 ("inclusion", L(ls, 55), J(U, "organ and marrow function not recorded (convention C3)")),
]
for i in range(57, 64):
    items.append(("inclusion", L(ls, i), J(U, "laboratory value not recorded (convention C3)")))
items += [
 ("inclusion", L(ls, 64), J(M, "", **preg("woman under 55: pregnancy test status not recorded (convention C2)"))),
 ("inclusion", L(ls, 65), J(M, "", **preg("woman under 55: breastfeeding status not recorded (convention C2)"))),
 ("inclusion", L(ls, 66), J(M, "contraception willingness (convention C1)",
     **{c: (M, "does not apply: male patient") for c in MEN})),
 ("inclusion", L(ls, 68), J(M, "", **{**preg("woman under 55: use of estrogen-based contraception not recorded"),
     **{c: (M, "woman aged 55 or over: not of contraceptive age, estrogen-based contraception not expected (C2)") for c in OLDF}})),
 ("inclusion", L(ls, 70), J(M, "definition of childbearing potential; sets no requirement by itself")),
 ("inclusion", L(ls, 72), J(M, "does not apply: female patient",
     **{c: (M, "male contraception/sperm donation willingness (convention C1)") for c in MEN})),
 ("inclusion", L(ls, 73), J(M, "definition of highly effective contraception (convention C1)")),
 ("inclusion", L(ls, 75), J(M, "contraception definition (convention C1)")),
 ("inclusion", L(ls, 76), J(M, "consent/compliance item (convention C1)")),
]
# ---------- exclusions ----------
E3 = {"c1": "last systemic therapy (adjuvant CAPOX) ended 2026-04-10, >4 weeks",
      "c2": "treatment-naive", "c3": "nivolumab+CAPOX ended 2026-10-20: 42 days, >4 weeks",
      "c4": "irinotecan ended 2026-11-02: 29 days, >4 weeks", "c5": "pembrolizumab+CAPOX ended 2026-02-15",
      "c6": "treatment-naive", "c7": "ramucirumab+paclitaxel ended 2026-10-26: 36 days, >4 weeks",
      "c8": "ramucirumab+paclitaxel ended 2026-10-28: 34 days, >4 weeks"}
NOINV = "treatment history holds only licensed agents; no investigational agent or device recorded"
items += [
 ("exclusion", L(ls, 80), J(M, "gastric/GEJ/oesophageal adenocarcinoma, not thyroid or gallbladder")),
 ("exclusion", L(ls, 81), J(M, "no estrogen-receptor-positive cancer known (gastro-oesophageal adenocarcinoma)")),
 ("exclusion", L(ls, 82), J(M, "", **{c: (M, r) for c, r in E3.items()})),
 ("exclusion", L(ls, 83), J(M, "",
     c1=(M, "only grade 1 neuropathy recorded (allowed)"), c2=(M, "treatment-naive"),
     c3=(M, "no toxicity recorded on prior therapy"),
     c4=(M, "grade 2 neuropathy is allowed; grade 3 neutropenia (line 3) resolved enough for line 4 irinotecan"),
     c5=(U, "grade 3 pneumonitis 2026-02: resolution to grade <=1 not recorded"), c6=(M, "treatment-naive"),
     c7=(M, "grade 2 vomiting on line 1 had settled enough for line 2; no toxicity recorded on line 2"),
     c8=(U, "grade 2 ILD after T-DXd still listed as a condition; resolution to grade <=1 not recorded (neuropathy grade 2 allowed)"))),
 ("exclusion", L(ls, 85), J(M, "no transplant recorded (organ_transplant not listed)")),
 ("exclusion", L(ls, 86), J(M, NOINV)),
 ("exclusion", L(ls, 88), J(M, "permissive note; no prior investigational study recorded")),
 ("exclusion", L(ls, 89), J(M, "no CNS metastases (brain_metastases not listed) and no CNS primary; nothing suggests cord compression",
     c4=(U, "brain metastases listed; symptom and treatment status not recorded in the fields"),
     c8=(U, "brain metastases listed; symptom status/stability not recorded in the fields"))),
 ("exclusion", L(ls, 91), J(M, "does not apply: no CNS metastases",
     c4=(U, "brain metastases: stability, steroid dose and timing of CNS radiotherapy not recorded"),
     c8=(U, "brain metastases: stability, steroid dose and timing of CNS radiotherapy not recorded"))),
 ("exclusion", L(ls, 93), J(M, "no CNS metastases or carcinomatous meningitis",
     c4=(U, "brain metastases listed; whether active is not recorded (clause limits only the combination cohorts)"),
     c8=(U, "brain metastases listed; whether active is not recorded (clause limits only the combination cohorts)"))),
 ("exclusion", L(ls, 94), J(M, "no autoimmune/inflammatory disease listed, so no indication for anti-TNF therapy",
     c1=(U, "autoimmune disease listed; its treatment (anti-TNF or not) not recorded"))),
 ("exclusion", L(ls, 95), J(M, "autoimmune_disease not listed",
     c1=(U, "autoimmune disease listed; activity and systemic treatment in past 2 years not recorded"))),
 ("exclusion", L(ls, 97), J(M, "permissive note (replacement therapy allowed); sets no exclusion")),
 ("exclusion", L(ls, 98), J(U, "no immunodeficiency condition listed, but chronic steroid/immunosuppressive use is not recorded",
     c6=(NM, "HIV infection: a diagnosis of (acquired) immunodeficiency"),
     c5=(U, "steroids for grade 3 pneumonitis 2026; current dose not recorded"),
     c1=(U, "autoimmune disease listed; immunosuppressive therapy not recorded"))),
 ("exclusion", L(ls, 100), J(M, "permissive note (low-dose/topical steroids allowed); sets no exclusion")),
 ("exclusion", L(ls, 101), J(M, NOINV)),
 ("exclusion", L(ls, 102), J(U, "no surgery dates in the case fields (convention C4)")),
]
rt1, rt2 = ls[103].strip()[4:].split(" Participants must have recovered")
rt2 = "Participants must have recovered" + rt2
items += [
 ("exclusion", rt1, J(U, "radiotherapy history not in the case fields (convention C4)")),
 ("exclusion", rt2, J(U, "radiotherapy history/toxicity not in the case fields (convention C4)")),
 ("exclusion", L(ls, 104), J(M, "neither pneumonitis nor interstitial lung disease listed",
     c5=(U, "history of grade 3 immune pneumonitis (2026-02); current evidence not recorded"),
     c8=(NM, "interstitial lung disease listed (T-DXd ILD grade 2)"))),
 ("exclusion", L(ls, 106), J(M, "no pneumonitis history",
     c5=(M, "does not apply: grade 3 pneumonitis (steroid-treated) bars only the combination cohorts; monotherapy cohorts M4/M2 remain open"),
     c8=(M, "does not apply: steroid-treated T-DXd ILD bars only the combination cohorts; GEJ monotherapy cohort M2 remains open (she is excluded by item 13)"))),
 ("exclusion", L(ls, 107), J(U, "no HIV/HBV/HCV; other active infections (item 14.2) not recorded",
     c5=(U, "hepatitis B listed (antigen status not recorded); other infections not recorded"),
     c6=(NM, "HIV infection listed"),
     c7=(U, "hepatitis C listed (RNA status not recorded); other infections not recorded"))),
 ("exclusion", L(ls, 109), J(M, "HIV, hepatitis B and hepatitis C not listed",
     c5=(U, "hepatitis B listed; HBsAg status not recorded"), c6=(NM, "HIV infection listed"),
     c7=(U, "hepatitis C listed; HCV RNA status not recorded"))),
 ("exclusion", L(ls, 111), J(M, "does not apply: no hepatitis B or C",
     c5=(U, "whether HBV treated and HBsAg-negative is not recorded"),
     c6=(M, "does not apply: note covers HBV/HCV only"),
     c7=(U, "whether HCV treated with undetectable RNA is not recorded"))),
 ("exclusion", L(ls, 112), J(U, "current infections and anti-infective therapy not recorded",
     c6=(U, "HIV on treatment is handled by 14.1; other active infections not recorded"))),
 ("exclusion", L(ls, 113), J(U, "GI absorption/malabsorption not recorded (convention C4)")),
 ("exclusion", L(ls, 114), J(U, "vaccination history not recorded")),
 ("exclusion", L(ls, 115), J(U, "ECG/QTc and QT-prolonging medication not recorded (convention C3)")),
 ("exclusion", L(ls, 117), J(M, "permissive note on ECG findings; sets no exclusion")),
 ("exclusion", L(ls, 118), J(M, "treatment history has no tamoxifen, raloxifene or estrogen for this cancer")),
 ("exclusion", L(ls, 119), J(U, "concomitant medications not recorded")),
 ("exclusion", L(ls, 120), J(U, "need for proton pump inhibitor not recorded")),
 ("exclusion", L(ls, 121), J(M, "", **estrogen("woman: estrogen exposure since diagnosis (contraception/HRT) not recorded"))),
 ("exclusion", L(ls, 122), J(M, "treatment history has no estrogen hormone therapy for this cancer")),
 ("exclusion", L(ls, 123), J(M, "", **estrogen("woman: estrogen HRT use not recorded"))),
 ("exclusion", L(ls, 124), J(M, "",
     **{**preg("woman under 55: pregnancy/lactation/recent pregnancy not recorded (convention C2)"),
        **{c: (M, "male; plan to father a child is a contraception/willingness item (convention C1)") for c in MEN}})),
 ("exclusion", L(ls, 125), J(U, "other malignancies not recorded (convention C4)")),
 ("exclusion", L(ls, 126), J(U, "intercurrent illnesses (hypertension, angina, arrhythmia, psychiatric) not all known absent (convention C4)",
     c1=(U, "heart failure listed (LVEF 45%); whether symptomatic/uncontrolled not recorded"))),
 ("exclusion", L(ls, 127), J(U, "investigator's overall judgement; not decidable from the case")),
 ("exclusion", L(ls, 128), J(U, "psychiatric/substance history not recorded (convention C4)")),
 ("exclusion", L(ls, 129), J(M, "does not apply: NSCLC only")),
 ("exclusion", L(ls, 130), J(M, "no prior anti-PD-1/PD-L1/CTLA-4 therapy",
     c3=(M, "nivolumab stopped for progression, not for an immune-related adverse event"),
     c4=(M, "nivolumab stopped for progression, not for an immune-related adverse event"),
     c5=(M, "does not apply: pembrolizumab stopped for grade 3 pneumonitis bars only the combination cohorts; patient fits monotherapy cohort M4"),
     c8=(M, "pembrolizumab stopped for progression, not for an immune-related adverse event"))),
 ("exclusion", L(ls, 131), J(M, "organ_transplant not listed")),
]

note = ("Read as a phase 1-2A basket: a patient needs to fit one cohort. Gastric and GEJ adenocarcinoma fit M2/C2 "
        "(GEJ counted as gastric); oesophageal adenocarcinoma fits only the any-solid-tumour routes. Cohort lines for "
        "other tumours or cohorts the patient is not routed to are 'met' with 'does not apply'; clauses that bar only "
        "the pembrolizumab combination cohorts are 'met/does not apply' when a monotherapy cohort (M2 or M4) stays open. "
        "Section headings are not items; cohort labels are kept with their definitions; notes and sub-items are separate "
        "items. 'Locally advanced' read as not amenable to curative treatment, so a resectable case fails item 1. "
        "Medication use (steroids, CYP drugs, PPIs, vaccines, estrogen in women), surgery, radiotherapy, infections, "
        "labs, QTc and GI absorption are not in the case fields and are unknown. HIV read as a diagnosis of "
        "immunodeficiency (exclusion 9) as well as exclusion 14.1. Windows counted to 2026-12-01.")
if __name__ == "__main__":
    v, crit = write(N, note, items)
    print(N, len(crit), v)
