#!/usr/bin/env python3
"""Split a record's eligibilityCriteria into verbatim items (one per line/bullet)."""
import json, os, re, sys
SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
SPLITS = {  # stray headings glued onto the end of an item -> separate items
    " General inclusion criteria": "General inclusion criteria",
    " General exclusion criteria": "General exclusion criteria",
}
def items(nct):
    t = json.load(open(os.path.join(SHARED, "data/trials/her2-gastric", nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    kind, out = None, []
    for line in t.split("\n"):
        s = line.strip()
        if not s: continue
        if re.match(r"(?i)^inclusion criteria:?$", s): kind = "inclusion"; continue
        if re.match(r"(?i)^exclusion criteria:?$", s): kind = "exclusion"; continue
        s = re.sub(r"^\*\s+", "", s)
        parts = [s]
        for k, v in SPLITS.items():
            if s.endswith(k):
                parts = [s[: -len(k)], v]
        for p in parts:
            out.append((kind, p))
    return out
if __name__ == "__main__":
    for i, (k, s) in enumerate(items(sys.argv[1])):
        print(i, k, "|", s[:150])
