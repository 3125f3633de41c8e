#!/usr/bin/env python3
"""Assemble UQ/<NCT>.yaml from the verbatim criteria (split.py) and the reviewer's judgements (specs below).
Every judgement below is a manual clinical reading; this script only lays them out."""
import os, sys, yaml
sys.path.insert(0, os.path.dirname(__file__))
from split import items

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = [f"UQ-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"
SEX = {1: "F", 2: "M", 3: "M", 4: "F", 5: "M", 6: "M", 7: "F", 8: "F"}
AGE = {1: 38, 2: 83, 3: 59, 4: 67, 5: 54, 6: 62, 7: 78, 8: 44}

def J(default, reason, **ov):
    """default status/reason for all cases; overrides as c1=(status, reason) etc."""
    d = {c: (default, reason) for c in C}
    for k, v in ov.items():
        d[f"UQ-{int(k[1:]):02d}"] = v
    return d

def PREG(what="pregnancy/breast-feeding status"):
    d = {}
    for i in range(1, 9):
        c = f"UQ-{i:02d}"
        if SEX[i] == "M": d[c] = (M, "does not apply: male (male contraception items are willingness, C1)")
        elif AGE[i] >= 55: d[c] = (M, f"woman aged {AGE[i]} (≥55): not of child-bearing potential (C2)")
        else: d[c] = (U, f"woman aged {AGE[i]} (<55): {what} not documented (C2)")
    return d

def MALEONLY(reason_m):
    return {f"UQ-{i:02d}": ((M, reason_m) if SEX[i] == "M" else (M, "does not apply: female")) for i in range(1, 9)}

def FEMALE_ONLY(reason_f="willingness/contraception item (C1)"):
    return {f"UQ-{i:02d}": ((M, reason_f) if SEX[i] == "F" else (M, "does not apply: male")) for i in range(1, 9)}

def UNDER50_RULE():
    d = {}
    for i in range(1, 9):
        c = f"UQ-{i:02d}"
        if SEX[i] == "M": d[c] = (M, "does not apply: male")
        elif AGE[i] >= 50: d[c] = (M, f"does not apply: woman aged {AGE[i]} (≥50 rule applies)")
        else: d[c] = (U, f"woman aged {AGE[i]}: menopausal status / pregnancy test not documented (C2)")
    return d

def OVER50_RULE():
    d = {}
    for i in range(1, 9):
        c = f"UQ-{i:02d}"
        if SEX[i] == "M": d[c] = (M, "does not apply: male")
        elif AGE[i] >= 50: d[c] = (M, f"woman aged {AGE[i]} (≥55): treated as post-menopausal (C2)")
        else: d[c] = (M, f"does not apply: woman aged {AGE[i]} (<50 rule applies)")
    return d

LAB = lambda: J(U, "laboratory value not in case (C3)")
CONSENT = lambda: J(M, "consent/compliance/study-procedure item (C1)")

def build(nct, specs, note):
    its = items(nct)
    assert len(its) == len(specs), (nct, len(its), len(specs))
    crit = []
    for (kind, text), (key, spec) in zip(its, specs):
        assert key.lower() in text.lower()[:80], (nct, key, text[:80])
        crit.append({"kind": kind, "text": text,
                     "judgements": {c: spec[c][0] for c in C},
                     "reasons": {c: spec[c][1] for c in C}})
    verdicts = {}
    for c in C:
        st = [cr["judgements"][c] for cr in crit]
        verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    out = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts, "criteria": crit}
    os.makedirs(os.path.join(ROOT, "UQ"), exist_ok=True)
    with open(os.path.join(ROOT, "UQ", f"{nct}.yaml"), "w") as f:
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=10000)
    return verdicts, crit

if __name__ == "__main__":
    import specs
    for nct, (sp, note) in specs.ALL.items():
        v, crit = build(nct, sp, note)
        cnt = {s: sum(cr["judgements"][c] == s for cr in crit for c in C) for s in (M, N, U)}
        print(nct, len(crit), cnt, v)
