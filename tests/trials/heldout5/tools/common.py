"""Shared helpers for the heldout5 judgement generator (reviewer's own tooling).

Statuses follow CONTRACT section 3.  For an exclusion, `met` means the patient
passes (does not have the excluded thing).
"""
P = ["TG-01", "TG-02", "TG-03", "TG-04", "TG-05", "TG-06", "TG-07", "TG-08"]

M, N, U = "met", "not_met", "unknown"

AGE = {"TG-01": 63, "TG-02": 34, "TG-03": 71, "TG-04": 68, "TG-05": 57, "TG-06": 74, "TG-07": 49, "TG-08": 45}
SEX = {"TG-01": "male", "TG-02": "female", "TG-03": "male", "TG-04": "female", "TG-05": "male",
       "TG-06": "male", "TG-07": "male", "TG-08": "male"}
ECOG = {"TG-01": 1, "TG-02": 1, "TG-03": 1, "TG-04": 0, "TG-05": 1, "TG-06": 2, "TG-07": 0, "TG-08": 1}
LVEF = {"TG-01": 62, "TG-02": 64, "TG-03": 48, "TG-04": 58, "TG-05": 55, "TG-06": 60, "TG-07": 57, "TG-08": 52}
SITE = {"TG-01": "stomach", "TG-02": "stomach", "TG-03": "GEJ", "TG-04": "oesophagus", "TG-05": "stomach",
        "TG-06": "stomach", "TG-07": "GEJ", "TG-08": "GEJ"}

HER2 = {
    "TG-01": "IHC 3+ (2026-10-28)",
    "TG-02": "IHC 1+ (2025-05-26)",
    "TG-03": "IHC 2+ / ISH not amplified, ratio 1.4 (2025-09)",
    "TG-04": "IHC 2+ with ISH pending (2026-09-20)",
    "TG-05": "IHC 3+ at diagnosis (2024-11-18) but IHC 1+ on re-biopsy after trastuzumab (2026-10-15)",
    "TG-06": "IHC 0 (2026-10-12)",
    "TG-07": "IHC 2+ / ISH amplified, ratio 2.4 (2025-12-03)",
    "TG-08": "IHC 3+ (2026-02-08)",
}
# HER2-positive = IHC 3+ or IHC 2+/ISH amplified (fact sheet 1.1); latest result governs,
# discordant history (TG-05) and IHC 2+ awaiting ISH (TG-04) are left unknown.
HER2_POS = {"TG-01": M, "TG-02": N, "TG-03": N, "TG-04": U, "TG-05": U, "TG-06": N, "TG-07": M, "TG-08": M}

LINES = {
    "TG-01": "untreated (no prior systemic therapy)",
    "TG-02": "2 prior palliative lines: capecitabine+oxaliplatin+nivolumab (PD 2026-01-10), ramucirumab+paclitaxel (PD, last dose 2026-10-20)",
    "TG-03": "1 prior line: perioperative docetaxel+oxaliplatin+fluorouracil ended 2026-03-15, recurrence 2026-07-20 (127 days, <6 months, so counts as a line); no palliative therapy",
    "TG-04": "untreated (no prior systemic therapy)",
    "TG-05": "3 prior palliative lines: trastuzumab+CAPOX (PD), trastuzumab deruxtecan (stopped for grade 2 pneumonitis), ramucirumab+paclitaxel (PD, last dose 2026-10-25)",
    "TG-06": "untreated (no prior systemic therapy)",
    "TG-07": "1 prior palliative line: trastuzumab+pembrolizumab+oxaliplatin+capecitabine (PD, last dose 2026-11-05); perioperative FLOT-type therapy ended 2025-02-10 with recurrence 283 days later (not a line)",
    "TG-08": "1 prior palliative line: trastuzumab+S-1+oxaliplatin (PD, last dose 2026-11-12)",
}
NPRIOR = {"TG-01": 0, "TG-02": 2, "TG-03": 1, "TG-04": 0, "TG-05": 3, "TG-06": 0, "TG-07": 1, "TG-08": 1}

CLDN = {"TG-01": 30, "TG-02": 85, "TG-03": None, "TG-04": None, "TG-05": 50, "TG-06": 80, "TG-07": 20, "TG-08": None}


def J(default=None, **over):
    """Build {pid: (status, reason)}.  Overrides use keys t1..t8."""
    out = {}
    for i, p in enumerate(P, 1):
        key = f"t{i}"
        if key in over:
            out[p] = over[key]
        elif default is not None:
            out[p] = default(p) if callable(default) else default
        else:
            raise ValueError(f"no judgement for {p}")
    return out


def each(fn):
    return {p: fn(p) for p in P}


# ---- common judgement patterns -------------------------------------------------
CONSENT = (U, "consent / willingness to comply is not recorded in the case")
LIFE = (U, "life expectancy is not recorded in the case")
LABS = (U, "laboratory values are not recorded in the case")
ORGAN = (U, "organ-function results are not recorded in the case")
TISSUE = (U, "availability of tumour tissue is not recorded in the case")
OTHER_CA = (U, "other malignancies are not recorded in the case")
OTHER_STUDY = (U, "participation in other interventional studies is not recorded in the case")


def age_between(lo=18, hi=None):
    def f(p):
        a = AGE[p]
        ok = a >= lo and (hi is None or a <= hi)
        if hi is None:
            return (M if ok else N, f"age {a} (>= {lo})" if ok else f"age {a} (< {lo})")
        return (M if ok else N, f"age {a} ({'within' if ok else 'outside'} {lo}-{hi})")
    return each(f)


def ecog_max(mx=1):
    def f(p):
        e = ECOG[p]
        return (M if e <= mx else N, f"ECOG {e}" + ("" if e <= mx else f" (> {mx})"))
    return each(f)


def measurable(allow_evaluable=False, why_eval="non-measurable but evaluable disease is accepted here"):
    def f(p):
        if p == "TG-03":
            return (M, f"measurable_disease false; {why_eval}") if allow_evaluable else \
                   (N, "measurable_disease false (peritoneal recurrence, no RECIST-measurable lesion)")
        return (M, "measurable disease recorded")
    return each(f)


def contraception_both():
    """Item asks both women of child-bearing potential and men to agree to contraception."""
    def f(p):
        if p == "TG-04":
            return (M, "does not apply: 68-year-old woman, post-menopausal by the reviewer's age convention")
        if p == "TG-02":
            return (U, "woman of child-bearing potential (34): contraception agreement / pregnancy test not recorded")
        return (U, "man: agreement to male contraception is not recorded")
    return each(f)


def site_gastric_gej(label="gastric or GEJ"):
    def f(p):
        if p == "TG-04":
            return (N, f"oesophageal adenocarcinoma; the item requires {label} primary")
        return (M, f"{SITE[p]} adenocarcinoma")
    return each(f)


def site_gastric_only(label="gastric cancer"):
    """Item names gastric cancer only; GEJ accepted by the reviewer's convention."""
    def f(p):
        if p == "TG-04":
            return (N, f"oesophageal adenocarcinoma, not {label}")
        if SITE[p] == "GEJ":
            return (M, f"GEJ adenocarcinoma, counted as {label} (reviewer convention: GEJ is treated as gastric unless excluded)")
        return (M, "gastric adenocarcinoma")
    return each(f)


def her2_positive_required():
    def f(p):
        s = HER2_POS[p]
        if s == M:
            return (M, f"HER2-positive: {HER2[p]}")
        if s == N:
            return (N, f"HER2-negative: {HER2[p]}")
        if p == "TG-04":
            return (U, "IHC 2+ with ISH pending: HER2 status not yet determined")
        return (U, "discordant HER2: " + HER2[p])
    return each(f)


def her2_negative_required(exclusion=False):
    """For 'HER2-negative' inclusions and 'HER2-positive' exclusions (met = passes)."""
    def f(p):
        s = HER2_POS[p]
        if s == M:
            return (N, f"HER2-positive: {HER2[p]}")
        if s == N:
            return (M, f"HER2-negative: {HER2[p]}")
        if p == "TG-04":
            return (U, "IHC 2+ with ISH pending: HER2 status not yet determined")
        return (U, "discordant HER2: " + HER2[p])
    return each(f)


def cldn_positive(cut_note="trial cut-off not stated in the text"):
    def f(p):
        v = CLDN[p]
        if v is None:
            return (U, "CLDN18.2 not tested")
        if v >= 75:
            return (M, f"CLDN18.2 {v}% moderate-to-strong staining (>= 75%, positive under any usual cut-off)")
        return (U, f"CLDN18.2 {v}%: positivity depends on the assay cut-off ({cut_note})")
    return each(f)


def verdict(judgements):
    sts = set(judgements)
    if N in sts:
        return "ineligible"
    if sts == {M}:
        return "eligible"
    return "possibly_eligible"
