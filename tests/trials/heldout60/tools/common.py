"""Shared helpers for building the VK judgement files (stdlib + PyYAML)."""
import datetime as dt, json, os, yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
CASES = [f"VK-{i:02d}" for i in range(1, 9)]
AS_OF = dt.date(2026, 12, 1)
M, N, U = "met", "not_met", "unknown"


def load_cases():
    return {c: yaml.safe_load(open(os.path.join(ROOT, "cases", f"{c}.case.yaml"))) for c in CASES}


def record_text(nct):
    p = os.path.join(SHARED, "data", "trials", "her2-gastric", f"{nct}.json")
    return json.load(open(p))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]


def J(default, over=None):
    """default=(status, reason); over={case_number: (status, reason)}."""
    d = {c: default for c in CASES}
    for k, v in (over or {}).items():
        d[f"VK-{int(k):02d}"] = v
    return d


def per(fn, cases):
    return {c: fn(cases[c]) for c in CASES}


def ecog(maxv):
    def f(c):
        e = c["patient"].get("ecog")
        if e is None:
            return (U, "ECOG not recorded")
        return (M, f"ECOG {e}") if e <= maxv else (N, f"ECOG {e} exceeds {maxv}")
    return f


def pregnancy(c):
    p = c["patient"]
    if p.get("sex") == "male":
        return (M, "does not apply: male patient")
    if (p.get("age") or 0) >= 55:
        return (M, f"woman aged {p['age']}: not of child-bearing potential by convention")
    return (U, f"woman aged {p['age']}: pregnancy/child-bearing status not recorded")


def measurable(c):
    m = c["diagnosis"].get("measurable_disease")
    if m is True:
        return (M, "measurable disease recorded")
    if m is False:
        return (N, "no measurable disease (measurable_disease: false)")
    return (U, "measurability not recorded")


def days_since(d):
    return (AS_OF - dt.date.fromisoformat(str(d))).days


def last_end(c):
    ends = [t.get("ended_on") for t in c.get("treatments") or [] if t.get("ended_on")]
    return max(ends, key=str) if ends else None


def washout(min_days, what):
    def f(c):
        e = last_end(c)
        if not e:
            return (M, "no prior systemic anticancer therapy")
        n = days_since(e)
        return (M, f"last systemic therapy ended {e} ({n} days before 2026-12-01)") if n >= min_days else \
            (N, f"last systemic therapy ended {e}, only {n} days before 2026-12-01 (< {what})")
    return f


def write(nct, note, items, cases):
    text = record_text(nct)
    norm = lambda s: " ".join(s.split())
    crit = []
    for kind, t, j in items:
        assert norm(t) in norm(text), (nct, t)
        assert set(j) == set(CASES), (nct, t)
        crit.append({"kind": kind, "text": t,
                     "judgements": {c: j[c][0] for c in CASES},
                     "reasons": {c: j[c][1] for c in CASES}})
    verdicts = {}
    for c in CASES:
        st = [x["judgements"][c] for x in crit]
        verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    out = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts, "criteria": crit}
    with open(os.path.join(ROOT, "VK", f"{nct}.yaml"), "w") as fh:
        yaml.safe_dump(out, fh, sort_keys=False, allow_unicode=True, width=110)
    return verdicts, crit
