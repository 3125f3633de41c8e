#!/usr/bin/env python3
"""Build VL/<NCT>.yaml from the hand-made judgement tables below (reviewer's own script)."""
import json, os, re, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRIALS = "/work/shared/data/trials/her2-gastric"
CASES = [f"VL-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def lines(nct):
    t = json.load(open(f"{TRIALS}/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    return t.split("\n")

def L(ls, i, start=None, end=None):
    s = re.sub(r"^\s*(\*|•|\d+\.)\s*", "", ls[i]).strip()
    if start:
        s = s[s.index(start):]
    if end:
        s = s[: s.index(end) + len(end)]
    return s

def C(kind, text, default, **ov):
    """default=(status, reason); ov keys '01'..'08' -> (status, reason)."""
    j, r = {}, {}
    for c in CASES:
        st, rs = ov.get(c[3:], default)
        j[c], r[c] = st, rs
    return {"kind": kind, "text": text, "judgements": j, "reasons": r}

def ALL(status, reason):
    return (status, reason)

# ---- shared per-case reasons -------------------------------------------------
PREG = dict(
    **{k: (M, "does not apply - male patient") for k in ("01", "03", "05", "06")},
    **{"04": (M, "woman aged 72 (C2: not of child-bearing potential)"),
       "08": (M, "woman aged 79 (C2: not of child-bearing potential)"),
       "02": (U, "woman aged 38; pregnancy/breast-feeding status not recorded"),
       "07": (U, "woman aged 44; pregnancy/breast-feeding status not recorded")})
ECOG01 = dict(**{k: (M, "ECOG 1") for k in ("01", "02", "04", "06", "07")},
              **{"05": (M, "ECOG 0"), "03": (N, "ECOG 2"), "08": (N, "ECOG 3")})
CONSENT = ALL(M, "consent/compliance/procedure item (C1)")
LIFE = ALL(U, "life expectancy not assessable from case (C2)")
LAB = ALL(U, "laboratory/organ function not in case (C3)")
MEAS = ALL(M, "measurable_disease: true")

def build(nct, note, crit):
    verdicts = {}
    for c in CASES:
        st = [x["judgements"][c] for x in crit]
        verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    d = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts, "criteria": crit}
    with open(os.path.join(ROOT, "VL", f"{nct}.yaml"), "w") as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)
    return verdicts
