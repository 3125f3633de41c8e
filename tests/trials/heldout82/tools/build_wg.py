#!/usr/bin/env python3
"""Writes WG/<NCT>.yaml from the judgements below (reviewer's own working script)."""
import json, os, re, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = [f"WG-{i:02d}" for i in range(1, 9)]

def lines(nct):
    t = json.load(open(os.path.join(ROOT, "records", nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out = []
    for l in t.split("\n"):
        if not l.strip(): continue
        s = l.strip()
        s = re.sub(r"^(\*|\d+\.)\s+", "", s)
        out.append(s)
    return out

def sub(s, start, end=None):
    i = s.index(start)
    if end is None: return s[i:]
    j = s.index(end, i) + len(end)
    return s[i:j]

def J(status, reason, **ov):
    """default status/reason for all cases, overridden per case: WG_01=("met","...")"""
    j, r = {}, {}
    for c in C:
        k = c.replace("-", "_")
        st, rs = ov.get(k, (status, reason))
        j[c], r[c] = st, rs
    return j, r

def item(kind, text, jr):
    return {"kind": kind, "text": text, "judgements": jr[0], "reasons": jr[1]}

def write(nct, note, crit):
    verd = {}
    for c in C:
        st = [x["judgements"][c] for x in crit]
        verd[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    d = {"nct_id": nct, "reviewer_note": note, "verdicts": verd, "criteria": crit}
    with open(os.path.join(ROOT, "WG", nct + ".yaml"), "w") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=110)
    print(nct, verd)

NOBM = "no brain_metastases condition recorded (known absent)"
DNA = "does not apply"
import importlib.util, glob
for p in sorted(glob.glob(os.path.join(ROOT, "tools", "wg_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
    m = importlib.util.module_from_spec(spec)
    m.__dict__.update(dict(C=C, lines=lines, sub=sub, J=J, item=item, write=write, NOBM=NOBM, DNA=DNA))
    spec.loader.exec_module(m)
