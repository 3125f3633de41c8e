#!/usr/bin/env python3
"""Build VE/<NCT>.yaml from the record texts plus the reviewer's judgements below.

Each criterion is addressed by its line index in the record's eligibilityCriteria (non-empty lines, stripped);
the text written out is that line minus its bullet/number marker, so it is verbatim. Pure section labels
("Inclusion Criteria:", "Key Exclusion Criteria:", "Procurement Inclusion Criteria", ...) are not criteria.
J(default, overrides) gives (status, reason) per case; overrides are keyed by case number 1..8.
"""
import json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REC = os.path.join(ROOT, "..", "shared", "data", "trials", "her2-gastric")
CASES = [f"VE-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"


def J(default, **ov):
    out = {}
    for i, c in enumerate(CASES, 1):
        out[c] = ov.get(f"c{i}", default)
    return out


def lines(nct):
    t = json.load(open(os.path.join(REC, nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    return [l.strip() for l in t.split("\n") if l.strip()]


def strip_marker(l):
    return re.sub(r"^(\*|\d+\.)\s+", "", l)


# shared reasons
C1 = (M, "C1: consent/compliance/contraception/study-procedure item")
LAB = (U, "C3: laboratory/organ-function values not in case")
LIFE = (U, "C2: life expectancy not assessable from case")
MEN = (M, "does not apply: male patient")
OLDW = (M, "C2: woman aged 71 (>=55), not of child-bearing potential")
YW = lambda a: (U, f"C2: woman aged {a} (<55); pregnancy/child-bearing status not in case")
WOMEN_NA = (M, "does not apply: female patient (item is for male participants)")
ALLM = lambda r: (M, r)

def sex_item(men=MEN, old=OLDW, young=None):
    young = young or (lambda a: YW(a))
    return J(men, c1=old, c2=young(44), c6=young(47), c7=young(38))

def male_item(reason="C1: male contraception/sperm-donation item"):
    return J((M, reason), c1=WOMEN_NA, c2=WOMEN_NA, c6=WOMEN_NA, c7=WOMEN_NA)

# ---------------------------------------------------------------- NCT06901531 (zolbetuximab + pembrolizumab + chemo, 1L)
A = {
 1: ("inclusion", J((M, "stomach adenocarcinoma, histology recorded"), c2=(M, "stomach (cardia) adenocarcinoma"),
      c5=(N, "oesophageal adenocarcinoma (site: esophagus), not gastric or GEJ"),
      c6=(M, "GEJ adenocarcinoma"), c8=(M, "GEJ adenocarcinoma"))),
 2: ("inclusion", J((M, "setting metastatic; scan within 28 days is a study procedure (C1)"),
      c4=(M, "recurrent measurable disease after gastrectomy = advanced; scan timing is a procedure (C1)"),
      c8=(M, "recurrent measurable disease after oesophagectomy = advanced; scan timing is a procedure (C1)"),
      c7=(N, "setting resectable: not locally advanced unresectable or metastatic"))),
 3: ("inclusion", J((M, "measurable disease recorded; no radiotherapy recorded that would trigger the sub-clause"),
      c7=(M, "primary tumour in situ is evaluable (nonmeasurable) disease"))),
 4: ("inclusion", J((M, "ECOG 1"), c2=(M, "ECOG 0"), c7=(M, "ECOG 0"), c4=(N, "ECOG 2"), c5=(N, "ECOG 3"))),
 5: ("inclusion", J(LIFE)),
 6: ("inclusion", J((M, "ECOG 0-1, no recorded contraindication to FOLFOX/CAPOX or pembrolizumab"),
      c1=(U, "progressed on CAPOX + anti-PD-1 (nivolumab); candidacy for rechallenge is the investigator's call"),
      c2=(M, "currently receiving CAPOX + pembrolizumab"),
      c4=(U, "ECOG 2 with grade 2 taxane neuropathy; fitness for oxaliplatin is a clinical judgement"),
      c5=(N, "ECOG 3, age 83, heart failure with LVEF 38%: not a candidate for combination chemo-immunotherapy"),
      c6=(U, "prior ILD/pneumonitis and progression on CAPOX + pembrolizumab; candidacy doubtful"),
      c8=(U, "relapse 161 days after oxaliplatin-containing FLOT; oxaliplatin rechallenge is a clinical judgement"))),
 7: ("inclusion", sex_item()),
 8: ("inclusion", sex_item()),
 9: ("inclusion", J(MEN, c1=(M, "does not apply: 71-year-old woman is not a WOCBP (C2)"), c2=YW(44), c6=YW(47), c7=YW(38))),
 10: ("inclusion", sex_item()),
 11: ("inclusion", J(MEN,
      c1=(M, "C1: ova-donation commitment"), c2=(M, "C1: ova-donation commitment"), c6=(M, "C1: ova-donation commitment"), c7=(M, "C1: ova-donation commitment"))),
 12: ("inclusion", male_item()),
 13: ("inclusion", male_item()),
 14: ("inclusion", male_item()),
 15: ("inclusion", J((M, "HER2 IHC 1+ (gastric criteria) = HER2-negative"),
      c2=(N, "HER2 IHC 2+ with ISH amplified (ratio 3.1) = HER2-positive"),
      c4=(U, "discordant: IHC 3+ (2025-03-12) then IHC 2+/ISH not amplified (2025-12-03); record does not say which specimen governs"),
      c5=(U, "no tissue HER2 result; plasma ERBB2 amplification makes HER2-negative status unlikely but undecided"),
      c6=(N, "HER2 IHC 3+ twice = HER2-positive"),
      c7=(M, "HER2 IHC 0 = HER2-negative"), c8=(M, "HER2 IHC 0 on biopsy and resection = HER2-negative"))),
 16: ("inclusion", J((N, "CLDN18.2 below 75%"),
      c1=(N, "CLDN18.2 40% (<75%)"), c2=(N, "CLDN18.2 10% (<75%)"),
      c3=(M, "CLDN18.2 75% moderate-to-strong (local) meets >=75%; central confirmation is a study procedure"),
      c4=(N, "CLDN18.2 55% (<75%)"), c5=(U, "CLDN18.2 not tested"), c6=(U, "CLDN18.2 not tested"),
      c7=(M, "CLDN18.2 80% (local) meets >=75%"), c8=(N, "CLDN18.2 20% (<75%)"))),
 17: ("inclusion", J((M, "PD-L1 CPS >=1"), c1=(M, "CPS 25"), c2=(M, "CPS 8"), c3=(M, "CPS 5"), c4=(M, "CPS 3"),
      c5=(M, "CPS 1"), c6=(M, "CPS 6"), c7=(M, "CPS 2"), c8=(M, "CPS 12"))),
 18: ("inclusion", J((M, "does not apply: MMR proficient (permissive clause)"),
      c1=(M, "dMMR/MSI-H with CPS 25: meets the PD-L1 condition of this permissive clause"),
      c8=(M, "does not apply: pMMR/MSS (permissive clause)"))),
 19: ("inclusion", J(LAB)),
 20: ("inclusion", J(C1)),
 22: ("exclusion", J((U, "allergy/intolerance history to monoclonal antibodies or these regimens not in case"),
      c6=(U, "T-DXd (antibody-drug conjugate) stopped for grade 2 ILD; whether that is 'intolerance to a monoclonal antibody' is a judgement"))),
 23: ("exclusion", J((U, "C4: gastric outlet status not recorded"))),
 24: ("exclusion", J((U, "C4: gastric bleeding/ulcer status not recorded"))),
 25: ("exclusion", J((M, "no pneumonitis or ILD in conditions (vocabulary, known absent)"),
      c6=(N, "history of non-infectious (T-DXd-induced) ILD/pneumonitis"))),
 26: ("exclusion", J((M, "brain_metastases not listed (known absent)"),
      c5=(N, "brain metastases"), c6=(N, "history of brain metastasis"))),
 27: ("exclusion", J((M, "HIV, hepatitis B and hepatitis C not listed (known absent)"),
      c4=(U, "hepatitis B history; whether HBsAg is currently positive/active not in case"),
      c8=(N, "known HIV infection"))),
 28: ("exclusion", J((M, "does not apply: no hepatitis B history"),
      c4=(U, "hepatitis B history; HBsAg/HBcAb/HBV DNA results not in case"))),
 29: ("exclusion", J((M, "permissive clause: excludes no one"),
      c8=(M, "permissive clause (HCV RNA-negative eligible); excludes no one"))),
 30: ("exclusion", J((M, "permissive clause: excludes no one"),
      c8=(M, "permissive clause (treated HCV eligible); excludes no one"))),
 31: ("exclusion", J((U, "current infections not recorded"))),
 32: ("exclusion", J((M, "autoimmune_disease not listed (known absent)"),
      c1=(U, "autoimmune disease present; systemic treatment in the past 3 months not recorded"))),
 33: ("exclusion", J((U, "investigator judgement; comorbidity not fully recorded"),
      c5=(N, "heart failure with LVEF 38% and ECOG 3 adversely affect safe delivery of FOLFOX/CAPOX + pembrolizumab"))),
 34: ("exclusion", J((U, "C4: other malignancies not recorded"))),
 35: ("exclusion", J((U, "DPD status not recorded; no fluoropyrimidine exposure to infer from"),
      c1=(M, "tolerated capecitabine for 14 months without fluoropyrimidine toxicity: no known DPD deficiency"),
      c2=(M, "on capecitabine since 2026-06-24 with no toxicity recorded: no known DPD deficiency"),
      c4=(M, "tolerated S-1 and capecitabine for months: no known DPD deficiency"),
      c6=(M, "tolerated capecitabine for 10 months: no known DPD deficiency"),
      c8=(U, "grade 3 febrile neutropenia on FLOT (5-FU); DPD status not recorded"))),
 36: ("exclusion", J((U, "neuropathy grade not recorded"),
      c1=(M, "recorded neuropathy grade 1 only"),
      c2=(M, "toxicities recorded as none on ongoing CAPOX: no known neuropathy"),
      c4=(U, "grade 2 neuropathy recorded on paclitaxel (ended 2026-10-20); current grade not recorded"),
      c6=(M, "recorded neuropathy grade 1 only"), c8=(M, "recorded neuropathy grade 1 only"))),
 37: ("exclusion", J((U, "sinusoidal obstruction syndrome status not recorded"))),
 38: ("exclusion", J((U, "C4: heart_failure absent but other cardiovascular disease not recorded"),
      c5=(N, "heart failure with LVEF 38% is significant cardiovascular disease"))),
 39: ("exclusion", J((U, "C4: heart_failure absent; MI, angina, revascularisation, stroke not recorded"),
      c5=(U, "heart failure present but NYHA class and other events not recorded"))),
 40: ("exclusion", J((U, "arrhythmia history not recorded"))),
 41: ("exclusion", J((U, "C3: QTc not in case"))),
 42: ("exclusion", J((U, "long QT history not recorded"))),
 43: ("exclusion", J((U, "anti-arrhythmic use not recorded"))),
 44: ("exclusion", J((U, "C4: ILD and transplant absent; diverticulitis/peptic ulcer/other disorders not recorded"),
      c6=(N, "previous interstitial lung disease"))),
 45: ("exclusion", J((M, "permissive clause: excludes no one"))),
 46: ("exclusion", J((M, "no prior systemic therapy for advanced disease"),
      c1=(N, "14 months of nivolumab + CAPOX for metastatic disease"),
      c2=(N, "ongoing trastuzumab + pembrolizumab + CAPOX since 2026-06-24 (more than one course)"),
      c4=(N, "two palliative lines (trastuzumab + CAPOX; paclitaxel)"),
      c6=(N, "three palliative lines"),
      c7=(M, "no prior systemic therapy"),
      c8=(N, "C6: perioperative FLOT ended 2026-04-20, recurrence 161 days later -> counts as a prior line for advanced disease"))),
 47: ("exclusion", J((U, "corticosteroid/immunosuppressant use not recorded"))),
 48: ("exclusion", J((U, "C4: surgery dates not recorded"),
      c3=(M, "resection specimen dated 2026-10-30: gastrectomy >=32 days before as_of, so not within 28 days of randomisation"),
      c8=(M, "resection specimen dated 2026-02-20: surgery ~9 months ago"))),
 49: ("exclusion", J((U, "C4: radiotherapy not recorded"))),
 50: ("exclusion", J((M, "no CLDN18.2 agent among recorded therapies"))),
 51: ("exclusion", J((U, "vaccination history not recorded"))),
 52: ("exclusion", J((U, "no investigational agent recorded; investigational device use not recorded"))),
 53: ("exclusion", J((U, "investigator judgement"),
      c5=(N, "ECOG 3 with heart failure (LVEF 38%) makes him unsuitable"))),
 54: ("exclusion", J((U, "investigator judgement; comorbidities not fully recorded"),
      c5=(N, "heart failure with LVEF 38% places him at undue risk"))),
 55: ("exclusion", J((U, "antiviral (brivudine/sorivudine) use not recorded"))),
 56: ("exclusion", J((U, "B12 status/pernicious anaemia not recorded"),
      c3=(U, "distal gastrectomy 5 weeks ago; B12 status not recorded"))),
 57: ("exclusion", J((U, "tuberculosis history not recorded"))),
}

# ---------------------------------------------------------------- NCT06921837 (BDC-4182, CLDN18.2, phase 1/2)
B = {
 2: ("inclusion", J((M, "measurable disease recorded"), c7=(N, "measurable_disease false (resectable primary only)"))),
 3: ("inclusion", J((M, "metastatic gastric/GEJ adenocarcinoma"),
      c4=(M, "recurrent measurable gastric cancer after gastrectomy and two palliative lines = advanced, not curable"),
      c8=(M, "recurrent measurable GEJ cancer after oesophagectomy = advanced"),
      c5=(U, "metastatic oesophageal adenocarcinoma: whether 'gastroesophageal cancer' includes oesophageal primaries is not stated"),
      c7=(N, "setting resectable: not metastatic or unresectable"))),
 4: ("inclusion", J((M, "at least one prior standard line"),
      c1=(M, "one prior line (nivolumab + CAPOX) with progression"),
      c2=(N, "first line ongoing, no progression or intolerance"),
      c3=(N, "no prior systemic therapy"), c4=(M, "two prior lines"), c5=(N, "no prior systemic therapy"),
      c6=(M, "three prior lines"), c7=(N, "no prior systemic therapy"),
      c8=(M, "C6: perioperative FLOT with recurrence after 161 days counts as one prior line"))),
 5: ("inclusion", J((M, "CLDN18.2 known and >=1% of cells IHC >=2+"),
      c5=(M, "CLDN18.2 not known, so the condition does not bite"), c6=(M, "CLDN18.2 not known, so the condition does not bite"))),
 6: ("inclusion", J(LAB)),
 7: ("inclusion", J(C1)),
 10: ("exclusion", J((M, "brain_metastases not listed (known absent)"),
      c5=(U, "brain metastases; whether asymptomatic, stable and steroid-free for 14 days is not in case fields"),
      c6=(U, "brain metastasis; whether asymptomatic, stable and steroid-free for 14 days is not in case fields"))),
 11: ("exclusion", J((U, "C4: heart failure/ILD absent but other cardiac, pulmonary, hepatic disease not recorded"),
      c4=(U, "chronic hepatitis B: hepatic disease activity not recorded; LVEF 52%"),
      c5=(N, "heart failure (cardiac disease), LVEF 38%"),
      c6=(N, "interstitial lung disease (pulmonary disease)"))),
 12: ("exclusion", J((U, "current infections not recorded"),
      c4=(U, "hepatitis B history; activity not recorded"),
      c8=(U, "HIV and past hepatitis C; whether any infection is active is not recorded"))),
 13: ("exclusion", J((U, "eye history not recorded"))),
 14: ("exclusion", J((U, "residual toxicity after prior treatment not recorded"),
      c1=(U, "grade 2 hypothyroidism and grade 1 neuropathy recorded; current status not recorded"),
      c2=(U, "on current therapy; residual toxicity at screening not recorded"),
      c3=(U, "gastrectomy ~5 weeks ago; recovery not in case fields"),
      c4=(U, "grade 2 neuropathy recorded on paclitaxel; current grade not recorded"),
      c5=(U, "no systemic therapy recorded; C4: surgery/radiotherapy not recorded"),
      c6=(U, "grade 2 ILD on T-DXd and grade 1 neuropathy recorded; current status not recorded"),
      c7=(U, "no systemic therapy recorded; C4: surgery/radiotherapy not recorded"),
      c8=(U, "grade 1 neuropathy and febrile neutropenia on FLOT; current status not recorded"))),
 15: ("exclusion", J((U, "no systemic therapy within 28 days; C4: radiotherapy not recorded"),
      c1=(U, "last systemic therapy 2026-10-14 (48 days); C4: radiotherapy not recorded"),
      c2=(N, "on trastuzumab + pembrolizumab + CAPOX (ongoing)"),
      c4=(U, "last systemic therapy 2026-10-20 (42 days); C4: radiotherapy not recorded"),
      c6=(U, "last systemic therapy 2026-10-28 (34 days); C4: radiotherapy not recorded"),
      c8=(U, "last systemic therapy 2026-04-20; C4: radiotherapy not recorded"))),
}

# ---------------------------------------------------------------- NCT07069712 (GEMINI-PeriOp, resectable)
C = {
 1: ("inclusion", J((N, "setting metastatic: not resectable disease"),
      c4=(N, "recurrent disease after two palliative lines: not resectable"),
      c8=(N, "recurrent disease after resection: not a resectable primary"),
      c7=(M, "gastric adenocarcinoma, setting resectable"))),
 2: ("inclusion", J((M, "Sub-study 3 has no biomarker requirement"),
      c2=(M, "HER2-positive (IHC 2+/ISH+): fits Sub-study 2 (and 3)"),
      c3=(M, "CLDN18.2 75% with HER2 IHC 1+: fits Sub-study 1 (and 3)"),
      c6=(M, "HER2-positive (IHC 3+): fits Sub-study 2 (and 3)"),
      c7=(M, "CLDN18.2 80% and HER2 IHC 0: fits Sub-study 1 (and Sub-study 3)"))),
 3: ("inclusion", J((M, "ECOG 1"), c2=(M, "ECOG 0"), c7=(M, "ECOG 0"), c4=(N, "ECOG 2"), c5=(N, "ECOG 3"))),
 4: ("inclusion", J(LAB)),
 5: ("inclusion", J((U, "body weight not in case"))),
 7: ("exclusion", J((N, "prior systemic anticancer therapy for this cancer"),
      c3=(N, "gastrectomy for this cancer (resection specimen 2026-10-30)"),
      c4=(N, "prior gastrectomy (2022), adjuvant SOX and two palliative lines"),
      c5=(U, "no systemic therapy recorded; C4: surgery/radiotherapy not recorded"),
      c7=(U, "no systemic therapy and primary still in situ (resectable); C4: radiotherapy not recorded"),
      c8=(N, "perioperative FLOT and oesophagectomy for this cancer"))),
 8: ("exclusion", J((U, "C4: autoimmune_disease absent but other inflammatory disorders and steroid use not recorded"),
      c1=(U, "autoimmune disease present; systemic steroid/immunosuppressive treatment not recorded"))),
 9: ("exclusion", J((U, "C4: no brain metastases, but other CNS pathology not recorded"),
      c5=(N, "brain metastases"), c6=(N, "brain metastasis"))),
 10: ("exclusion", J((U, "infection status not recorded"),
      c8=(U, "HIV on record; whether controlled is not in case fields"))),
 11: ("exclusion", J((M, "no ILD or pneumonitis in conditions (known absent)"),
      c6=(N, "history of non-infectious ILD/pneumonitis"))),
 12: ("exclusion", J((U, "C4: other malignancies not recorded"))),
 13: ("exclusion", J((N, "setting metastatic: known distant metastasis"),
      c4=(U, "setting recurrent; site of recurrence not in case fields"),
      c8=(U, "setting recurrent; site of recurrence not in case fields"),
      c7=(M, "setting resectable: no known distant metastasis"))),
 14: ("exclusion", J((M, "hepatitis_b not listed (known absent)"),
      c4=(N, "chronic hepatitis B"))),
 15: ("exclusion", J((U, "medication history not recorded"))),
}

# ---------------------------------------------------------------- NCT03740256 (HER2 CAR-T + CAdVEC)
her2 = J((N, "HER2 IHC below 2+"),
         c1=(N, "HER2 IHC 1+"), c2=(M, "HER2 IHC 2+ (ISH amplified)"), c3=(N, "HER2 IHC 1+"),
         c4=(M, "latest IHC 2+ (earlier 3+): meets the record's IHC >=2+ definition"),
         c5=(U, "no tissue IHC; plasma ERBB2 amplification is not an IHC result"),
         c6=(M, "HER2 IHC 3+ on post-trastuzumab biopsy"), c7=(N, "HER2 IHC 0"), c8=(N, "HER2 IHC 0 (biopsy and resection)"))
refr = J((N, "HER2 IHC below 2+"),
         c1=(N, "HER2 IHC 1+ (not HER2-positive by the record's definition)"),
         c2=(N, "HER2 IHC 2+/ISH+ but not refractory: first line ongoing without progression"),
         c3=(N, "HER2 IHC 1+; untreated"),
         c4=(M, "latest IHC 2+ (IHC >=2+ per record) and progressed after two lines"),
         c5=(N, "untreated disease is not refractory; tissue HER2 IHC not done"),
         c6=(M, "IHC 3+ on post-trastuzumab biopsy, progressed after three lines"),
         c7=(N, "HER2 IHC 0; resectable, untreated"), c8=(N, "HER2 IHC 0"))
cure = J((M, "metastatic disease: no curative option"),
         c4=(M, "recurrent disease progressing after two palliative lines: no curative option"),
         c7=(N, "resectable: suitable for curative surgery"),
         c8=(U, "recurrent disease; extent and curability not in case fields"))
prog = J((M, "progressed after first-line therapy"),
         c2=(N, "first line ongoing, no progression"), c3=(N, "untreated; standard first line available"),
         c5=(U, "untreated; whether an effective option exists at ECOG 3 is a clinical judgement"),
         c7=(N, "untreated, curative treatment available"),
         c8=(M, "C6: perioperative FLOT is the first line; recurrence within 6 months"))
inj = J((U, "C4: site suitable for intratumoral injection not in case fields"))
meas = J((M, "measurable disease recorded"), c7=(N, "measurable_disease false"))
auto = J((M, "autoimmune_disease not listed (known absent)"),
         c1=(U, "autoimmune disease present; systemic steroid/immunosuppressive use not recorded"))
immh = J((U, "C4: transplant and HIV absent; other immunodeficiency not recorded"), c8=(N, "HIV infection"))
trans = J((M, "organ_transplant not listed (known absent)"))
hivi = J((U, "HIV absent; other immunodeficiency disorders not recorded"), c8=(N, "diagnosis of HIV"))
malig = J((U, "C4: other malignancies not recorded"))
ami = J((U, "myocardial infarction history not recorded"))
hem = J((U, "injection site and bleeding risk not in case fields"))
uncont = J((U, "investigator judgement; intercurrent illness not fully recorded"))
D = {
 1: ("inclusion", her2),
 3: ("inclusion", refr), 4: ("inclusion", cure), 5: ("inclusion", prog), 6: ("inclusion", inj), 7: ("inclusion", meas),
 8: ("inclusion", J(LIFE)), 9: ("inclusion", J((M, "adult; C1 consent"))),
 11: ("exclusion", auto), 12: ("exclusion", immh), 13: ("exclusion", trans), 14: ("exclusion", hivi), 15: ("exclusion", malig),
 16: ("exclusion", J((M, "hepatitis B and C not listed (known absent)"),
      c4=(U, "hepatitis B history; activity not recorded"), c8=(U, "hepatitis C history; activity not recorded"))),
 17: ("exclusion", ami), 18: ("exclusion", hem), 19: ("exclusion", uncont),
 21: ("inclusion", refr), 22: ("inclusion", cure), 23: ("inclusion", prog), 24: ("inclusion", inj), 25: ("inclusion", meas),
 26: ("inclusion", J(LAB)), 27: ("inclusion", J(LAB)), 28: ("inclusion", J(LAB)), 29: ("inclusion", J(LAB)),
 30: ("inclusion", J((M, "no prior HER2-targeted therapy"),
      c2=(N, "trastuzumab ongoing (not stopped >=4 weeks before)"),
      c4=(M, "last trastuzumab 2025-11-20 (>4 weeks)"),
      c6=(M, "last HER2-targeted therapy (T-DXd) 2026-02-10 (>4 weeks)"))),
 31: ("inclusion", J((M, "ECOG <=2"), c5=(N, "ECOG 3"))),
 32: ("inclusion", sex_item()),
 33: ("inclusion", male_item("C1: male barrier-contraception item")),
 34: ("inclusion", J((M, "adult; C1 consent"))),
 36: ("exclusion", J((U, "no concurrent anticancer therapy recorded; steroid use not recorded"),
      c2=(N, "concurrent trastuzumab, pembrolizumab and chemotherapy"),
      c5=(U, "brain metastases; steroid use and treatment status not in case fields"),
      c6=(U, "brain metastasis; steroid use and treatment status not in case fields"))),
 37: ("exclusion", J((U, "obstruction risk not assessable from case"))),
 38: ("exclusion", auto), 39: ("exclusion", immh), 40: ("exclusion", trans), 41: ("exclusion", hivi), 42: ("exclusion", malig),
 43: ("exclusion", J((U, "active infections not recorded"),
      c4=(U, "hepatitis B history; activity not recorded"), c8=(U, "HIV and past hepatitis C; activity not recorded"))),
 44: ("exclusion", ami),
 45: ("exclusion", J((U, "LVEF not recorded"), c2=(M, "LVEF 64%"), c4=(N, "LVEF 52% (<55%)"),
      c5=(N, "LVEF 38% (<55%)"), c6=(M, "LVEF 57%"), c7=(M, "LVEF 66%"))),
 46: ("exclusion", hem),
 47: ("exclusion", sex_item()),
 48: ("exclusion", uncont),
}

NOTES = {
 "NCT06901531": (
  "Phase 3 first-line zolbetuximab + pembrolizumab + CAPOX/mFOLFOX6 for HER2-negative, CLDN18.2 >=75%, PD-L1 CPS >=1 "
  "gastric/GEJ adenocarcinoma. Reading choices: local CLDN18.2/CPS values are used as a proxy for the central test "
  "(a value at or above the cut-off is met; central confirmation is a study procedure); oesophageal primaries fail the "
  "gastric/GEJ item; the permissive sub-bullets (MSI-H may enrol, HCV RNA-negative or treated HCV eligible, type 1 "
  "diabetes/endocrinopathies allowed) exclude no one and are met; the WOCBP alternatives are judged per C2. For "
  "VE-08 the record allows (neo)adjuvant therapy completed >=6 months before randomisation, which FLOT was (225 days), "
  "but convention C6 makes FLOT with recurrence at 161 days a prior line for advanced disease, so the prior-therapy "
  "item is not_met; he is excluded by HIV regardless. VE-04's HER2 status is treated as undecided (3+ then 2+/ISH-)."),
 "NCT06921837": (
  "Phase 1/2 BDC-4182 (CLDN18.2-directed) monotherapy after standard therapy. Only 'Key' criteria are registered. "
  "Reading choices: 'at least 1-2 prior lines' is met by one completed line (a colleague might require two); "
  "perioperative therapy with relapse <=183 days counts (C6); the escalation CLDN18 clause is met when CLDN18.2 is "
  "untested ('if ... known'); 'gastroesophageal cancer' is not assumed to include oesophageal primaries (unknown for "
  "VE-05); heart failure and ILD count as cardiac/pulmonary disease (not_met), while chronic HBV is left unknown "
  "for 'hepatic disease'; the 28-day washout is unknown rather than met where systemic therapy stopped >28 days ago "
  "because radiotherapy is not a case field (C4)."),
 "NCT07069712": (
  "Phase 2 perioperative platform (GEMINI-PeriOp GC) for resectable, untreated gastric/GEJ/oesophageal "
  "adenocarcinoma. Reading choices: the biomarker item is met for everyone because Sub-study 3 has no biomarker "
  "requirement (sub-study assignment noted in the reason); 'chronic or active hepatitis B' is not_met for a known "
  "chronic HBV carrier even when suppressed; 'CNS pathology' and 'autoimmune or inflammatory disorders' are broader "
  "than the case vocabulary, so they stay unknown unless brain metastases are present; for VE-07 'no prior "
  "treatment or surgery' is unknown only because radiotherapy cannot be recorded (C4), although nothing suggests it."),
 "NCT03740256": (
  "Phase 1 HER2 CAR-T cells + intratumoral CAdVEC basket trial (Baylor, Houston). Procurement and treatment "
  "criteria are both judged (the patient must pass both). Reading choices: HER2 positivity is the record's own "
  "definition, IHC >=2+ with no ISH requirement, so VE-04's post-trastuzumab IHC 2+/ISH-negative tumour meets it "
  "(a colleague might insist on gastric HER2-positivity or fresh tissue); 'advanced refractory' needs progression on "
  "prior therapy, so untreated or responding patients fail it; the DL1/DL2 waiver of HER2 positivity is a clause for "
  "closed early dose levels and is not used to rescue HER2-negative patients (the basket statement requires HER2 "
  "positivity); plasma ERBB2 amplification is not IHC (unknown); LVEF is taken only from lvef_percent."),
}

RECS = [("NCT06901531", A), ("NCT06921837", B), ("NCT07069712", C), ("NCT03740256", D)]
LABELS = re.compile(r"^(Inclusion Criteria:|Exclusion Criteria:|Key Inclusion Criteria:|Key Exclusion Criteria:|"
                    r"Procurement Inclusion Criteria|Procurement Exclusion Criteria|Treatment Inclusion Criteria:|"
                    r"Treatment Exclusion Criteria:)$")


def main():
    os.makedirs(os.path.join(ROOT, "VE"), exist_ok=True)
    summary = {}
    for nct, spec in RECS:
        ls = lines(nct)
        idx_all = [i for i, l in enumerate(ls) if not LABELS.match(l)]
        missing = sorted(set(idx_all) - set(spec)); extra = sorted(set(spec) - set(idx_all))
        if missing or extra:
            sys.exit(f"{nct}: missing {missing} extra {extra}")
        crit = []
        for i in idx_all:
            kind, jr = spec[i]
            crit.append({"kind": kind, "text": strip_marker(ls[i]),
                         "judgements": {c: jr[c][0] for c in CASES},
                         "reasons": {c: jr[c][1] for c in CASES}})
        verdicts = {}
        for c in CASES:
            st = [x["judgements"][c] for x in crit]
            verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
        doc = {"nct_id": nct, "reviewer_note": NOTES[nct], "verdicts": verdicts, "criteria": crit}
        with open(os.path.join(ROOT, "VE", nct + ".yaml"), "w") as f:
            yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=120)
        summary[nct] = (len(crit), verdicts, {s: sum(x["judgements"][c] == s for x in crit for c in CASES) for s in (M, N, U)})
    for nct, (n, v, cnt) in summary.items():
        print(nct, n, cnt, v)


if __name__ == "__main__":
    main()
