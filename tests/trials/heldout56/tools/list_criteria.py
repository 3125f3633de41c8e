#!/usr/bin/env python3
"""Print the criterion items (verbatim) of the four assigned records, with index and kind."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "trials", "her2-gastric")
ASSIGNED = ['NCT04704934', 'NCT04943653', 'NCT04995003', 'NCT05005403']
SECTION = re.compile(r"^(\d+\.\s*)?([A-Za-z ]*)(Inclusion|Exclusion) Criteria:\s*$")

def items(nct):
    txt = json.load(open(os.path.join(DATA, nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    kind, out = None, []
    for line in txt.splitlines():
        s = line.strip()
        if not s:
            continue
        m = SECTION.match(s.lstrip("* ").strip())
        if m:   # pure section label ("Inclusion Criteria:"), not a requirement
            kind = m.group(3).lower(); continue
        s = re.sub(r"^\*\s*", "", s)
        if s.startswith("Absolute neutrophil count"):   # NCT04943653 lab list under its heading: one item per threshold
            for part in [p.strip() for p in s.split(", ") if p.strip().rstrip(",")]:
                out.append((kind, part.rstrip(",")))
            continue
        out.append((kind, s))
    return out

if __name__ == "__main__":
    for n in (sys.argv[1:] or ASSIGNED):
        for i, (k, t) in enumerate(items(n)):
            print(n, i, k, t[:110])
