#!/usr/bin/env python3
"""Builds WP/<NCT>.yaml from the judgements below (criterion text taken verbatim from the record)."""
import json, os, re, yaml
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
CASES = [f"WP-{i:02d}" for i in range(1, 9)]

def items(nct):
    t = json.load(open(f"{ROOT}/records/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out, kind = [], None
    for l in t.split("\n"):
        s = l.strip()
        if not s or s in ("\\-", "-"): continue
        if s.startswith("Inclusion Criteria"): kind = "inclusion"; continue
        if s.startswith("Exclusion Criteria"): kind = "exclusion"; continue
        if s == "Cancer Related": continue          # sub-heading with no requirement of its own
        s = re.sub(r"^(\*|\d+\.)\s+", "", s)
        out.append((kind, s))
    return out

def J(default, reason, **over):
    """default status+reason for all cases, overrides as WP_0x=(status, reason)."""
    d = {c: (default, reason) for c in CASES}
    for k, v in over.items(): d[k.replace("_", "-")] = v
    return d

def build(nct, note, judg):
    its = items(nct)
    assert len(its) == len(judg), (nct, len(its), len(judg))
    crit = []
    for (kind, text), j in zip(its, judg):
        crit.append({"kind": kind, "text": text,
                     "judgements": {c: j[c][0] for c in CASES},
                     "reasons": {c: j[c][1] for c in CASES}})
    verdicts = {}
    for c in CASES:
        st = [cr["judgements"][c] for cr in crit]
        verdicts[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    doc = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts, "criteria": crit}
    with open(f"{ROOT}/WP/{nct}.yaml", "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=110)
    return verdicts

M, N, U = "met", "not_met", "unknown"
exec(open(f"{HERE}/judgements.py").read())
