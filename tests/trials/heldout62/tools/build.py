#!/usr/bin/env python3
"""Write VM/<NCT>.yaml from the judgement tables below (criterion texts are cut verbatim from the records)."""
import os, sys, yaml
sys.path.insert(0, os.path.dirname(__file__))
from split import items
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
from common import CASES, M, N, U, J
from tables import TABLES, NOTES

def crit_items(nct):
    out = []
    for kind, s in items(nct):
        if nct == "NCT06346392" and s.startswith("Participants with known HER2 positive status"):
            a, b = s.split(" Participants must undergo", 1)
            out += [(kind, a), (kind, "Participants must undergo" + b)]
        else:
            out.append((kind, s))
    return out

def build(nct):
    its = crit_items(nct)
    tab = TABLES[nct]
    assert len(its) == len(tab), (nct, len(its), len(tab))
    crit, verdicts = [], {}
    for (kind, text), (check, jd) in zip(its, tab):
        assert text.startswith(check), (nct, text[:60], check)
        crit.append({"kind": kind, "text": text,
                     "judgements": {c: jd[c][0] for c in CASES},
                     "reasons": {c: jd[c][1] for c in CASES}})
    for c in CASES:
        st = [cr["judgements"][c] for cr in crit]
        verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    doc = {"nct_id": nct, "reviewer_note": NOTES[nct], "verdicts": verdicts, "criteria": crit}
    os.makedirs(os.path.join(ROOT, "VM"), exist_ok=True)
    with open(os.path.join(ROOT, "VM", nct + ".yaml"), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=120)
    return verdicts, crit

if __name__ == "__main__":
    allv = {}
    for nct in TABLES:
        v, crit = build(nct)
        allv[nct] = v
        cnt = {s: sum(cr["judgements"][c] == s for cr in crit for c in CASES) for s in (M, N, U)}
        print(nct, len(crit), cnt, " ".join(f"{c[-2:]}:{v[c][:4]}" for c in CASES))
