from common import *
NOT_SARC = "gastro-oesophageal adenocarcinoma, not a sarcoma"

def age(cid, f): return N, f"age {f['age']} (trial: 1–25 years)"
def tw(cid, f):
    if f["prior_lines"] == 0: return M, "no prior systemic therapy"
    d = days_since(f["last_end"])
    st, r = tox_resolved(cid, f, lung_g1_counts=True)
    return st, f"last systemic therapy ended {f['last_end']} ({d} days ago, ≥4 weeks); {r}"
def lvef_norm(cid, f):
    if f["lvef"] is None: return U, "LVEF not recorded"
    return (M if f["lvef"] >= 55 else N), f"LVEF {f['lvef']}% ({'normal' if f['lvef']>=55 else 'below normal'})"
def hiv(cid, f):
    return (N, "HIV listed in conditions") if "hiv" in f["cond"] else (M, "no HIV recorded")
def pd1_hyp(cid, f):
    if f["pd1"] in ("nivolumab", "pembrolizumab"):
        return M, f"received {f['pd1']}; no hypersensitivity recorded among its toxicities"
    return M, "never received pembrolizumab or nivolumab; no hypersensitivity recorded"
def cardiac(cid, f):
    if f["lvef"] is not None and f["lvef"] < 55:
        return N, f"LVEF {f['lvef']}% below institutional normal" + (" and heart failure listed" if "heart_failure" in f["cond"] else "")
    if f["lvef"] is None: return U, "LVEF not recorded; arrhythmia history not recorded"
    return U, f"LVEF {f['lvef']}% normal, no heart failure; clinically significant arrhythmia not recorded"
def autoimm(cid, f):
    if "autoimmune_disease" in f["cond"]: return U, "autoimmune disease listed; activity and systemic treatment in the past 2 years not recorded"
    return M, "no autoimmune disease recorded"
def pneum(cid, f):
    if "pneumonitis" in f["cond"]:
        return N, "grade 2 immune-related pneumonitis on pembrolizumab (grade 2 is managed with corticosteroids)"
    if "interstitial_lung_disease" in f["cond"]:
        return U, "ILD grade 1 on T-DXd; steroid use and whether it is current are not recorded"
    return M, "no pneumonitis/ILD recorded"
def immdef(cid, f):
    if "hiv" in f["cond"]: return N, "HIV infection is a diagnosis of (acquired) immunodeficiency"
    return U, "no immunodeficiency recorded; current immunosuppressive therapy not recorded"
def immdef2(cid, f):
    return immdef(cid, f)

R = {
 0: heading("procurement inclusion"),
 1: allc(N, NOT_SARC),
 2: age,
 3: kps,
 4: c1("informed consent"),
 5: heading("treatment inclusion"),
 6: allc(N, NOT_SARC + "; the trial treats HER2-positive sarcoma only"),
 7: tw,
 8: lvef_norm,
 9: kps,
 **{i: unk("laboratory value not recorded (C3)") for i in range(10, 17)},
 17: unk("pulse oximetry not recorded (C3)"),
 18: c1("contraception"),
 19: unk("depends on manufacture of the CAR T-cell product after procurement"),
 20: c1("informed consent"),
 21: heading("procurement exclusion"),
 22: hiv,
 23: allc(M, "never received cyclophosphamide"),
 24: allc(M, "never received fludarabine"),
 25: pd1_hyp,
 26: unk("allergy to murine proteins/DMSO/dextran 40 not recorded"),
 27: cardiac,
 28: autoimm,
 29: pneum,
 30: unk("tuberculosis history not recorded"),
 31: allc(M, "no organ transplant recorded"),
 32: immdef,
 33: unk("tumour bulk not recorded"),
 34: unk("investigator judgement; not decidable from the case"),
 35: heading("treatment exclusion"),
 36: hiv,
 37: unk("current infection not recorded"),
 38: lambda cid, f: preg(cid, f),
 39: unk("allergy to murine proteins/DMSO/dextran 40 not recorded"),
 40: allc(M, "never received cyclophosphamide"),
 41: allc(M, "never received fludarabine"),
 42: pd1_hyp,
 43: cardiac,
 44: autoimm,
 45: pneum,
 46: unk("tuberculosis history not recorded"),
 47: unk("vaccinations not recorded"),
 48: allc(M, "no organ transplant recorded"),
 49: immdef2,
 50: unk("tumour bulk not recorded"),
 51: unk("radiotherapy dates are not case fields (C4)"),
 52: unk("investigator judgement; not decidable from the case"),
}
CHECK = {1: "Diagnosis of a HER2-positive sarcoma", 22: "Known HIV", 51: "Has received radiotherapy", 52: "Has a history or current"}
NOTE = ("HER2 CAR T cells plus PD-1 blockade for HER2-positive sarcoma in patients aged 1–25. None of the eight "
        "gastro-oesophageal adenocarcinoma cases can qualify: the diagnosis (sarcoma) and age (1–25) criteria are not "
        "met for every case, so every verdict is ineligible; the remaining criteria are still judged on their own terms. "
        "Headings ('Procurement/Treatment Inclusion/Exclusion Criteria:') are kept as their own items and marked met. "
        "Karnofsky ≥60 read from ECOG (0–1 met, 2 unknown, 3 not met); 'normal' LVEF taken as ≥55%. "
        "Cardiac-disorder items stay unknown even with normal LVEF because arrhythmia history is not a case field. "
        "HIV counted as a diagnosis of immunodeficiency. Grade 2 immune pneumonitis read as steroid-requiring.")
