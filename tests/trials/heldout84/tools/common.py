"""Shared helpers for writing the WI judgement files (my own tooling; judgements are hand-written)."""
import json, os, re, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [f"WI-{i:02d}" for i in range(1, 9)]

def crit_text(nct):
    return json.load(open(os.path.join(ROOT, "records", f"{nct}.json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]

def lines(nct):
    return crit_text(nct).split("\n")

PREFIX = re.compile(r"^\s*(?:\d+\.|[a-z]\.|\*)\s+")
def L(ls, *idx):
    """Text of one or more record lines joined by a space, list prefix stripped from each."""
    return " ".join(PREFIX.sub("", ls[i]).strip() for i in idx)

def J(default, reason, **over):
    """default status/reason for all cases; overrides c1..c8 = (status, reason)."""
    j, r = {}, {}
    for n, c in enumerate(CASES, 1):
        s, why = over.get(f"c{n}", (default, reason))
        j[c], r[c] = s, why
    return j, r

def write(nct, note, items):
    crit, verd = [], {}
    for kind, text, (j, r) in items:
        crit.append({"kind": kind, "text": text, "judgements": j, "reasons": r})
    for c in CASES:
        st = [x["judgements"][c] for x in crit]
        verd[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    out = {"nct_id": nct, "reviewer_note": note, "verdicts": verd, "criteria": crit}
    with open(os.path.join(ROOT, "WI", f"{nct}.yaml"), "w") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=110)
    return verd, crit
