import yaml, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from items import items, NCTS
CASES = [f"UN-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def J(default, reason, **ov):
    """default status/reason for all cases, overrides u1..u8=(status, reason)."""
    j, r = {}, {}
    for i, c in enumerate(CASES, 1):
        s, rr = ov.get(f"u{i}", (default, reason))
        j[c], r[c] = s, rr
    return (j, r)

# ---------- shared helpers ----------
ECOG = {1: 1, 2: 1, 3: 3, 4: 1, 5: 2, 6: 0, 7: 1, 8: 0}
def ecog01():
    ov = {}
    for i, e in ECOG.items():
        ov[f"u{i}"] = (M, f"ECOG {e}") if e <= 1 else (N, f"ECOG {e} (needs 0-1)")
    return J(M, "", **ov)
def consent(what="consent/compliance/procedural item (C1)"): return J(M, what)
def labs(): return J(U, "laboratory/organ function not in case (C3)")
def lifeexp(): return J(U, "life expectancy not recorded (C2)")
def age18(): return J(M, "adult (age >= 18)")
def measurable(): return J(M, "measurable_disease: true")
def unk(reason): return J(U, reason)
def adeno_all(): return J(M, "adenocarcinoma of stomach/GEJ/oesophagus")

PNEU = dict(u3=(N, "pneumonitis listed; grade 2 nivolumab pneumonitis (1L toxicity) is steroid-treated by standard"),
            u5=(N, "interstitial lung disease listed; grade 2 T-DXd ILD requires steroids by standard"))
def pneumonitis(): return J(M, "no ILD/pneumonitis in conditions (known absent)", **PNEU)

TOX_UNK = dict(u2=(U, "grade 2 peripheral neuropathy recorded in 1L; recovery not recorded"),
               u3=(U, "grade 2 pneumonitis recorded in 1L; recovery/residual not recorded"),
               u5=(U, "grade 2 ILD on T-DXd 2026-09; recovery not recorded"))
def tox_recovered(): return J(M, "no toxicity recorded for prior therapy", u1=(M, "no prior anticancer therapy"), **TOX_UNK)

CNS_ACTIVE = dict(u4=(U, "brain_metastases listed; whether active/treated is not a case field"),
                  u5=(U, "brain_metastases listed; whether active/stable is not a case field"))
def cns_active(): return J(M, "no brain_metastases in conditions (known absent)", **CNS_ACTIVE)

def hiv_inc(): return J(M, "does not apply: no HIV", u8=(U, "HIV listed; control on ART/viral load not a case field"))
def hbv_inc(): return J(M, "does not apply: no hepatitis B", u6=(U, "hepatitis B listed; antiviral therapy/HBV DNA not a case field"))
def hcv_inc(): return J(M, "does not apply: no hepatitis C", u1=(U, "hepatitis C history listed; HCV RNA not a case field"))
def kaposi(): return J(M, "does not apply: no HIV", u8=(U, "HIV listed; Kaposi/Castleman history not a case field"))
def hbv_and_hcv(): return J(M, "no concurrent HBV and HCV co-infection (at most one listed)")
def inv_agent(): return J(M, "treatment history lists only approved agents; no investigational product")

# ---------- NCT06005493 AZD5863 (CLDN18.2 x CD3) ----------
A = [
 age18(),
 J(M, "adenocarcinoma of stomach/GEJ/oesophagus", u3=(M, "oesophageal adenocarcinoma")),
 measurable(),
 J(U, "CLDN18.2 not tested",
   u1=(U, "local CLDN18.2 20% (low); positivity cut-off not stated in record"),
   u2=(M, "local CLDN18.2 85% moderate-strong (positive by any cut-off); central confirmation at screening"),
   u4=(U, "local CLDN18.2 10% (low); positivity cut-off not stated"),
   u5=(U, "local CLDN18.2 60%; positivity cut-off not stated"),
   u6=(U, "local CLDN18.2 40%; positivity cut-off not stated"),
   u7=(M, "local CLDN18.2 90% moderate-strong (positive by any cut-off); central confirmation at screening")),
 ecog01(),
 lifeexp(),
 labs(),
 consent("contraception item (C1)"),
 J(M, "", u1=(N, "untreated; no prior line for advanced disease"),
   u2=(M, "1 prior palliative line"), u3=(M, "2 prior palliative lines"), u4=(M, "3 prior palliative lines"),
   u5=(M, "2 prior palliative lines"),
   u6=(M, "perioperative SOX ended 2026-05-15, recurrence 2026-10-28 (166 d <=183) counts as a line (C6)"),
   u7=(N, "adjuvant CAPOX ended 2022, recurrence >6 months later; no line for advanced disease (C6)"),
   u8=(N, "resectable; only neoadjuvant FLOT (ongoing), no advanced-setting therapy")),
 # exclusions
 tox_recovered(),
 J(M, "no prior T-cell engager or CAR-T in treatment history"),
 unk("HLH/MAS history not a case field (C4)"),
 J(U, "autoimmune_disease absent but 'inflammatory disorders' not fully covered by case fields (C4)",
   u7=(N, "autoimmune_disease listed (chronic; documented)")),
 J(U, "no brain_metastases, but other 'CNS pathology' within 3 months not a case field (C4)",
   u4=(U, "brain_metastases listed; date/status vs 3-month window not a case field"),
   u5=(U, "brain_metastases listed; date/status vs 3-month window not a case field")),
 J(U, "HIV/hepatitis absent, but other infections (EBV, systemic) not case fields (C4)",
   u1=(U, "hepatitis C history; activity (HCV RNA) not a case field"),
   u6=(U, "hepatitis B listed; activity (HBV DNA) not a case field"),
   u8=(N, "HIV infection listed (persistent infection; no exception for controlled HIV in this item)")),
 J(U, "cardiac conditions 'as defined by protocol' not specified; cardiac history beyond heart failure/LVEF not in case",
   u4=(N, "heart failure listed with LVEF 45% (<50%): an excluding cardiac condition under any protocol definition")),
 unk("thromboembolic history not a case field"),
 unk("immunosuppressive medication not a case field"),
 unk("anticoagulant use not a case field"),
]

# ---------- NCT06038578 TRK-950 + RAM + PTX ----------
NOTFIT = "history fits none of the permitted routes"
def route(k):
    ov = {}
    fit = {2: 1, 6: 3}  # case -> route number
    for i in range(1, 9):
        if fit.get(i) == k: ov[f"u{i}"] = (M, {1: "1L zolbetuximab+CAPOX, no adjuvant, progressed on treatment",
                                             3: "perioperative SOX; recurrence 166 d after last dose (<6 months)"}[k])
        elif i in fit: ov[f"u{i}"] = (M, f"does not apply: patient's history fits route {fit[i]}")
        else: ov[f"u{i}"] = (N, NOTFIT + {1: ": no prior treatment", 3: ": two prior palliative lines", 4: ": three prior palliative lines",
                                            5: ": two prior palliative lines", 7: ": late recurrence after adjuvant, no first-line treatment yet",
                                            8: ": resectable, neoadjuvant ongoing, no progression"}[i])
    return J(M, "", **ov)
B = [
 J(M, "metastatic gastric/GEJ adenocarcinoma",
   u3=(N, "oesophageal (not gastric/GEJ) adenocarcinoma"),
   u6=(M, "recurrent (advanced) gastric adenocarcinoma"), u7=(M, "recurrent (advanced) gastric adenocarcinoma"),
   u8=(N, "resectable disease")),
 J(U, "indicated after FP/platinum; medical fitness (labs, bleeding risk) not in case",
   u1=(N, "untreated: RAM+PTX is not indicated before fluoropyrimidine/platinum"),
   u3=(N, "already received ramucirumab + paclitaxel"), u4=(N, "already received ramucirumab + paclitaxel"),
   u7=(U, "recurrence 4 years after adjuvant CAPOX is normally treated as first line; label wording could still include her"),
   u8=(N, "resectable, on neoadjuvant therapy; RAM+PTX not indicated")),
 J(M, "documented progression after prior therapy",
   u1=(N, "no prior treatment"), u5=(M, "progression on 1L trastuzumab+FOLFOX documented"),
   u6=(M, "recurrence after perioperative therapy 2026-10-28"), u7=(M, "recurrence after adjuvant therapy 2026-10-20"),
   u8=(N, "neoadjuvant therapy ongoing; no progression")),
 J(M, "", u2=(M, "fits route 1"), u6=(M, "fits route 3"),
   u1=(N, NOTFIT + ": no prior treatment"), u3=(N, NOTFIT + ": two prior palliative lines (second-line trial)"),
   u4=(N, NOTFIT + ": three prior palliative lines"), u5=(N, NOTFIT + ": two prior palliative lines (second-line trial)"),
   u7=(N, NOTFIT + ": late recurrence (>6 months) after adjuvant and no first-line treatment yet"),
   u8=(N, NOTFIT + ": resectable, neoadjuvant ongoing")),
 route(1), route(2), route(3), route(4),
 measurable(),
 ecog01(),
 lifeexp(),
 age18(),
 consent(),
 labs(),
 consent("contraception item (C1)"),
 unk("CAPRIN-1 not tested"),
 # exclusions
 J(M, "no prior ramucirumab or paclitaxel", u3=(N, "prior ramucirumab + paclitaxel (2L)"), u4=(N, "prior ramucirumab + paclitaxel (2L)"),
   u8=(M, "docetaxel (FLOT), not paclitaxel")),
 J(M, "HER2-negative", u1=(N, "HER2 IHC 3+"), u5=(N, "HER2 IHC 3+, ISH amplified"), u8=(N, "HER2 IHC 2+/ISH amplified"),
   u2=(M, "HER2 IHC 1+ (negative)"), u6=(M, "HER2 IHC 2+/ISH not amplified (negative)"), u7=(M, "HER2 IHC 0"),
   u3=(M, "tissue HER2 IHC 0; plasma ERBB2 amplification is not a HER2-positivity definition"),
   u4=(U, "HER2 IHC 3+ at diagnosis, IHC 1+/ISH- on 2025 re-biopsy (HER2 loss): whether sponsor counts her as HER2-positive is open")),
 unk("surgery dates not a case field (C4)"),
 unk("QTc not in case"),
 J(U, "no heart failure, but arrhythmia history not a case field (C4)",
   u4=(U, "heart failure listed (LVEF 45%); NYHA class not a case field")),
 unk("arterial thrombotic history not a case field"),
 pneumonitis(),
 unk("VTE/anticoagulant use not a case field"),
 unk("blood pressure not in case"),
 unk("active infection status not a case field"),
 J(M, "man (C2)", u2=(U, "woman aged 38: pregnancy/nursing not recorded (C2)"), u4=(M, "woman aged 62 (C2)"),
   u5=(U, "woman aged 45: pregnancy/nursing not recorded (C2)"), u7=(M, "woman aged 71 (C2)")),
 J(U, "systemic therapy ended >4 weeks ago; radiotherapy dates not a case field",
   u1=(U, "no prior systemic therapy; radiotherapy not a case field"),
   u8=(N, "neoadjuvant FLOT ongoing (chemotherapy within 4 weeks)")),
 unk("bleeding history/vasculitis not a case field"),
 unk("ascites/paracentesis not a case field (C4)"),
 unk("GI perforation/fistula history not a case field (C4)"),
 unk("wound/ulcer/fracture not a case field"),
 unk("bowel obstruction/enteropathy/resection history not a case field (C4)"),
 J(M, "no HIV, hepatitis B or C listed", u1=(U, "hepatitis C history; HCV RNA not a case field"),
   u6=(U, "hepatitis B listed; HBV DNA not a case field"),
   u8=(N, "known HIV infection (allowance is only for hepatitis B/C with undetectable load)")),
 inv_agent(),
]

# ---------- NCT06356311 MK-2870-015 (sac-TMT vs TPC, 3L+) ----------
C_ = [
 J(M, "advanced/metastatic gastro-oesophageal adenocarcinoma", u6=(M, "recurrent (advanced) gastric adenocarcinoma"),
   u7=(M, "recurrent (advanced) gastric adenocarcinoma"), u8=(N, "resectable disease")),
 measurable(),
 J(M, "", u1=(N, "no prior regimen"), u2=(N, "one prior regimen"),
   u3=(U, "two regimens; progression on 2nd, but 1st (nivolumab+FOLFOX) stopped for toxicity, not progression"),
   u4=(M, "three regimens, each to progression"),
   u5=(U, "two regimens; progression on 1st, T-DXd stopped for toxicity (progression on it not recorded)"),
   u6=(N, "perioperative SOX counts as one line (C6); no palliative regimen yet"),
   u7=(N, "no regimen for advanced disease (adjuvant >6 months before recurrence)"),
   u8=(N, "resectable; neoadjuvant only")),
 J(M, "does not apply: HER2-negative", u1=(N, "HER2 IHC 3+ and no prior trastuzumab (available in JP)"),
   u3=(M, "does not apply: tissue HER2 IHC 0 (plasma ERBB2 amplification is not HER2-positivity)"),
   u4=(M, "HER2-positive at diagnosis; prior trastuzumab"), u5=(M, "HER2-positive; prior trastuzumab"),
   u8=(N, "HER2 IHC 2+/ISH amplified, no prior trastuzumab")),
 labs(),
 consent("tissue provision is a study procedure (C1)"),
 J(M, "", u1=(M, "no prior anticancer therapy"), u4=(M, "no toxicity recorded"), u6=(M, "no toxicity recorded"),
   u7=(M, "no toxicity recorded"), u8=(M, "no toxicity recorded for ongoing FLOT"), **TOX_UNK),
 measurable(),
 ecog01(),
 J(U, "ability to swallow not a case field",
   u2=(M, "took capecitabine until 2026-10-23"), u4=(M, "took oral trifluridine/tipiracil until 2026-10-30")),
 hiv_inc(), hbv_inc(), hcv_inc(),
 # exclusions
 unk("eye/corneal history not a case field"),
 J(M, "no neuropathy recorded", u1=(M, "no neurotoxic therapy; no neuropathy recorded"),
   u2=(U, "grade 2 peripheral neuropathy recorded in 1L; current grade not recorded")),
 unk("IBD/chronic diarrhoea history not a case field"),
 J(U, "no heart failure listed, but other cardiovascular/cerebrovascular disease not a case field (C4)",
   u4=(U, "heart failure listed (LVEF 45%); NYHA class/control not a case field")),
 unk("effusions/drainage not a case field (C4)"),
 J(M, "no TROP2 ADC, topoisomerase-1 ADC or topoisomerase-1 chemotherapy",
   u5=(N, "prior trastuzumab deruxtecan (topoisomerase-1 inhibitor ADC)"),
   u4=(M, "trifluridine/tipiracil is not a topoisomerase-1 inhibitor")),
 J(M, "last systemic therapy >2 weeks ago", u1=(M, "no prior systemic therapy"),
   u8=(N, "neoadjuvant FLOT ongoing")),
 unk("radiotherapy dates/toxicity not a case field"),
 unk("vaccination not a case field"),
 unk("concomitant medication not a case field"),
 inv_agent(),
 unk("other malignancy not a case field (C4)"),
 cns_active(),
 unk("active infection status not a case field"),
 kaposi(),
 hbv_and_hcv(),
 J(U, "surgery/injury dates not a case field",
   u8=(N, "resectable disease with surgery planned after neoadjuvant therapy (anticipated major surgery)")),
 unk("hypersensitivity/allergy history not a case field"),
 pneumonitis(),
]

# ---------- NCT06469944 KEYMAKER-U06 06C (1L HER2-negative) ----------
PRIOR_ADV = dict(u1=(M, "untreated"), u2=(N, "1L zolbetuximab+CAPOX given"), u3=(N, "two prior palliative lines"),
                 u4=(N, "three prior palliative lines"), u5=(N, "two prior palliative lines"),
                 u6=(N, "perioperative SOX with recurrence 166 d after last dose counts as prior line (C6)"),
                 u7=(M, "adjuvant CAPOX ended 2022, recurrence >6 months later: not a prior line (C6)"),
                 u8=(M, "neoadjuvant therapy only; no therapy in recurrent/metastatic setting"))
D_ = [
 J(M, "", **{**PRIOR_ADV, "u8": (N, "resectable, not locally advanced unresectable/metastatic")}),
 J(M, "HER2-negative", u1=(N, "HER2 IHC 3+"), u5=(N, "HER2 IHC 3+/ISH amplified"), u8=(N, "HER2 IHC 2+/ISH amplified"),
   u3=(M, "tissue HER2 IHC 0 (plasma ERBB2 amplification is not HER2-positivity)"),
   u4=(U, "HER2 3+ at diagnosis, 1+/ISH- on re-biopsy (HER2 loss); 'known HER2-positive' open"),
   u2=(M, "HER2 IHC 1+"), u6=(M, "HER2 IHC 2+/ISH not amplified"), u7=(M, "HER2 IHC 0")),
 J(M, "metastatic/recurrent; resection not expected", u8=(N, "resectable; surgery planned after neoadjuvant therapy")),
 J(M, "", **PRIOR_ADV),
 consent("tissue provision is a study procedure (C1)"),
 tox_recovered(),
 labs(),
 measurable(),
 ecog01(),
 lifeexp(),
 hbv_inc(), hcv_inc(), hiv_inc(),
 # exclusions
 J(M, "adenocarcinoma"),
 J(M, "", **PRIOR_ADV),
 unk("weight history not a case field"),
 unk("eye/corneal history not a case field"),
 J(M, "no grade >2 neuropathy recorded", u2=(M, "neuropathy recorded at grade 2 (not >2)")),
 unk("IBD history not a case field"),
 J(U, "no heart failure listed, but other cardiovascular/cerebrovascular disease not a case field (C4)",
   u4=(U, "heart failure listed (LVEF 45%); control not a case field")),
 unk("effusions/drainage not a case field (C4)"),
 kaposi(),
 J(M, "no prior TROP2 ADC"),
 J(M, "no topoisomerase-1 ADC or chemotherapy", u5=(N, "prior trastuzumab deruxtecan (topoisomerase-1 ADC)")),
 J(M, "last systemic therapy >4 weeks ago", u1=(M, "no prior systemic therapy"),
   u2=(M, "last dose 2026-10-23 (39 days)"), u3=(M, "last dose 2026-10-28 (34 days)"), u4=(M, "last dose 2026-10-30 (32 days)"),
   u8=(N, "neoadjuvant FLOT ongoing")),
 J(M, "no prior anti-PD-1/PD-L1 or T-cell checkpoint agent", u3=(N, "prior nivolumab (anti-PD-1)")),
 unk("radiotherapy dates/toxicity not a case field"),
 unk("vaccination not a case field"),
 unk("concomitant medication not a case field"),
 inv_agent(),
 J(U, "immunosuppressive/steroid medication not a case field", u8=(U, "HIV listed (allowed if controlled); steroid/immunosuppressant use not a case field")),
 unk("other malignancy not a case field (C4)"),
 cns_active(),
 unk("hypersensitivity/allergy history not a case field"),
 J(M, "no autoimmune_disease listed (known absent)", u7=(U, "autoimmune_disease listed; systemic treatment in past 2 years not a case field")),
 pneumonitis(),
 unk("active infection status not a case field"),
 hbv_and_hcv(),
 unk("obstruction/oral intake not a case field (C4)"),
 unk("diarrhoea not a case field"),
 unk("surgery/injury dates not a case field"),
 J(M, "no organ_transplant listed (known absent)"),
 unk("surgical recovery not a case field"),
]

# ---------- NCT06596694 HERTHENA-PanTumor02 (HER3-DXd, GI cancers) ----------
E_ = [
 J(M, "advanced gastro-oesophageal cancer", u6=(M, "recurrent (advanced) gastric cancer"), u7=(M, "recurrent (advanced) gastric cancer"),
   u8=(N, "resectable GEJ cancer: none of the listed cancers")),
 J(M, "does not apply: colorectal cohort"),
 J(M, "does not apply: biliary tract cohort"),
 J(M, "does not apply: HCC cohort"),
 J(M, "metastatic gastro-oesophageal adenocarcinoma", u6=(M, "recurrent (advanced) gastric adenocarcinoma"),
   u7=(M, "recurrent (advanced) gastric adenocarcinoma"), u8=(N, "resectable, not locally advanced unresectable/metastatic")),
 J(M, "prior therapy received", u1=(N, "no prior therapy"),
   u6=(M, "perioperative SOX"), u7=(M, "adjuvant CAPOX 2022 (literal reading: prior therapy for the cancer)"),
   u8=(M, "neoadjuvant FLOT (ongoing)")),
 tox_recovered(),
 # exclusions
 pneumonitis(),
 unk("pulmonary function not in case (C3)"),
 J(M, "no brain_metastases listed (CNS metastasis known absent)",
   u4=(U, "brain_metastases listed; leptomeningeal involvement not a case field"),
   u5=(U, "brain_metastases listed; leptomeningeal involvement not a case field")),
 unk("corneal history not a case field"),
 J(U, "cardiovascular/cerebrovascular history beyond heart failure not a case field (C4)",
   u4=(U, "heart failure listed (LVEF 45%); control not a case field")),
 unk("infection status not a case field"),
]

# ---------- NCT06764875 rilvegostomig + FP + T-DXd (1L HER2+) ----------
F_ = [
 J(N, "", u1=(M, "HER2 IHC 3+ on biopsy"), u2=(N, "HER2 IHC 1+"), u3=(N, "tissue HER2 IHC 0 (ctDNA ERBB2 does not satisfy 'on a tumor biopsy')"),
   u4=(N, "latest biopsy HER2 IHC 1+/ISH not amplified (HER2 loss)"), u5=(M, "HER2 IHC 3+/ISH amplified, retained on 2026 re-biopsy"),
   u6=(N, "HER2 IHC 2+/ISH not amplified"), u7=(N, "HER2 IHC 0"), u8=(M, "HER2 IHC 2+/ISH amplified on biopsy")),
 J(M, "", u1=(M, "CPS 5"), u2=(M, "CPS 3"), u3=(M, "CPS 12"), u4=(M, "CPS 2"), u5=(N, "CPS 0"), u6=(M, "CPS 1"),
   u7=(M, "CPS 15"), u8=(M, "CPS 8")),
 consent("tissue provision is a study procedure (C1)"),
 J(M, "", u1=(M, "untreated metastatic GEJ adenocarcinoma"), u2=(N, "prior 1L therapy"), u3=(N, "oesophageal site and two prior lines"),
   u4=(N, "three prior lines"), u5=(N, "two prior lines"), u6=(N, "perioperative SOX with recurrence <=183 d counts as prior line (C6)"),
   u7=(M, "recurrent gastric; adjuvant >6 months before recurrence does not count (C6)"), u8=(N, "resectable disease")),
 ecog01(),
 measurable(),
 labs(),
 J(M, "", u1=(M, "LVEF 60%"), u2=(U, "LVEF not recorded"), u3=(N, "LVEF 52%"), u4=(N, "LVEF 45%"), u5=(M, "LVEF 58%"),
   u6=(M, "LVEF 65%"), u7=(U, "LVEF not recorded"), u8=(M, "LVEF 62%")),
 J(M, "last anticancer therapy >4 weeks ago", u1=(M, "no prior therapy"), u8=(N, "neoadjuvant FLOT ongoing")),
 # exclusions
 unk("GI tract integrity not a case field (C4)"),
 J(M, "tolerated prior fluoropyrimidine without recorded severe toxicity", u1=(U, "fluoropyrimidine-naive; DPD status not recorded")),
 unk("label contraindications depend on labs/history not in case"),
 unk("other malignancy not a case field (C4)"),
 tox_recovered(),
 J(U, "no brain_metastases, but spinal cord compression not a case field (C4)",
   u4=(U, "brain_metastases listed; treated/stable status not a case field"),
   u5=(U, "brain_metastases listed; treated/stable status not a case field")),
 unk("infection status not a case field"),
 unk("infection status not a case field"),
 unk("vaccination not a case field"),
 J(M, "no hepatitis B or C listed", u1=(U, "hepatitis C history; control not a case field"),
   u6=(U, "hepatitis B listed; control not a case field")),
 J(U, "cardiac/psychological history beyond heart failure not a case field (C4)",
   u4=(N, "heart failure with LVEF 45%: clinically significant cardiac condition")),
 J(U, "autoimmune_disease absent, but inflammatory disorders/immunosuppression not case fields (C4)",
   u7=(U, "autoimmune_disease listed; chronic steroid/immunosuppressive need not a case field")),
 pneumonitis(),
 unk("other lung illness/pulmonary status not a case field (C3/C4)"),
 unk("skin disease not a case field"),
 unk("effusions/ascites not a case field (C4)"),
 unk("drug-reaction history not a case field"),
 J(M, "no concurrent anticancer treatment", u8=(N, "neoadjuvant FLOT ongoing")),
 J(U, "surgery/injury dates not a case field", u8=(N, "resectable disease with surgery planned (anticipated major surgery)")),
 unk("immunosuppressive medication not a case field"),
]

NOTES = {
"NCT06005493": "AZD5863 (CLDN18.2xCD3) phase 1, >=1 prior line. CLDN18.2 'positive' has no stated cut-off: local >=75% moderate-strong judged met (positive under any cut-off; central confirmation is a screening step), lower or absent values unknown. Perioperative therapy counts as a line only with recurrence <=183 d (C6). 'Active HIV' read as any known HIV infection. Heart failure with LVEF 45% judged an excluding cardiac condition; brain metastases left unknown because the 3-month window cannot be dated from case fields. Section headings ('Key Inclusion Criteria:') are not criteria.",
"NCT06038578": "TRK-950 + ramucirumab/paclitaxel, second-line design. The progression bullet is split into the progression requirement and the 'prior treatment must meet one of the following' heading; the heading carries the decision, numbered routes are met when they fit, 'does not apply' when another route fits, not_met when no route fits. Two or more prior palliative lines fit no route. Oesophageal (non-GEJ) primary does not meet the gastric/GEJ requirement. HER2 loss after trastuzumab (UN-03 ctDNA-only excepted, judged HER2-negative) left unknown for the HER2-positive exclusion. Known HIV excluded (allowance only for hepatitis).",
"NCT06356311": "Sacituzumab tirumotecan vs TPC, >=3rd line. 'Received, and progressed on, at least 2 regimens': a regimen stopped for toxicity without recorded progression leaves it unknown. Prior T-DXd is a topoisomerase-1 ADC (excluded); trifluridine/tipiracil is not. Planned surgery in the resectable case counts as anticipated major surgery. Concurrent HBV 'and' HCV read as co-infection. Toxicity-list absence decides neuropathy/recovery items.",
"NCT06469944": "KEYMAKER-U06 substudy 06C, first-line HER2-negative. Preamble lines are not criteria. Early recurrence after perioperative therapy (<=183 d) counts as prior advanced-disease therapy (C6); late recurrence after adjuvant does not. Prior nivolumab excludes. HER2 loss leaves 'known HER2-positive' unknown. Grade 2 neuropathy passes the 'grade >2' exclusion.",
"NCT06596694": "Patritumab deruxtecan GI basket. 'Has one of the following cancers:' is its own item; other tumour cohorts are met as 'does not apply'. 'Prior therapy for the cancer' read literally (adjuvant/perioperative/neoadjuvant counts). brain_metastases absent taken as no CNS/leptomeningeal disease; listed brain metastases leave leptomeningeal disease unknown.",
"NCT06764875": "Rilvegostomig + FP + T-DXd, first-line HER2-positive, CPS>=1, LVEF>=55%. HER2 judged on the latest biopsy (HER2 loss = not_met); ctDNA ERBB2 does not satisfy 'on a tumor biopsy'. LVEF only from lvef_percent. Resectable case: ongoing neoadjuvant therapy and planned surgery exclude. DPD deficiency judged absent when fluoropyrimidine was tolerated, unknown if FP-naive.",
}

ALL = {"NCT06005493": A, "NCT06038578": B, "NCT06356311": C_, "NCT06469944": D_, "NCT06596694": E_, "NCT06764875": F_}

class LitStr(str): pass
def out():
    os.makedirs("/work/tUN/UN", exist_ok=True)
    summary = {}
    for nct in NCTS:
        its, js = items(nct), ALL[nct]
        assert len(its) == len(js), (nct, len(its), len(js))
        crit = []
        for (k, t), (j, r) in zip(its, js):
            for c in CASES:
                assert j[c] in (M, N, U) and r[c], (nct, t[:40], c)
            crit.append({"kind": k, "text": t, "judgements": j, "reasons": r})
        verd = {}
        for c in CASES:
            st = [cr["judgements"][c] for cr in crit]
            verd[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
        summary[nct] = verd
        doc = {"nct_id": nct, "reviewer_note": NOTES[nct], "verdicts": verd, "criteria": crit}
        with open(f"/work/tUN/UN/{nct}.yaml", "w") as f:
            yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=120)
    return summary
if __name__ == "__main__":
    s = out()
    for n, v in s.items(): print(n, " ".join(f"{c[-2:]}:{x[:4]}" for c, x in v.items()))
