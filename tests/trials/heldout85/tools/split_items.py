#!/usr/bin/env python3
"""Split an eligibilityCriteria text into bullet items (one per line / inline 'o' sub-bullet).
Only a helper for listing items; the judgements are written by hand in tools/judge_*.py."""
import json, re, sys
def items(nct):
    t = json.load(open(f"records/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    kind, out = None, []
    for line in t.splitlines():
        s = line.strip()
        if not s: continue
        if re.match(r"(Key )?Inclusion Criteria:", s): kind = "inclusion"; continue
        if re.match(r"(Key )?Exclusion Criteria:", s): kind = "exclusion"; continue
        s = re.sub(r"^(\*|o|\d+\.)\s+", "", s)
        for part in re.split(r"\s+o\s+(?=[A-Z])", s):
            out.append((kind, part.strip()))
    return out
if __name__ == "__main__":
    for i, (k, s) in enumerate(items(sys.argv[1])):
        print(i, k[:3], s[:150])
