"""Split a record's eligibilityCriteria into items (one per bullet/numbered line)."""
import json, re, os
SHARED = "/work/shared/data/trials/her2-gastric"
def items(nct):
    t = json.load(open(os.path.join(SHARED, nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out, kind = [], None
    for line in t.split("\n"):
        s = line.strip()
        if not s: continue
        if s.lower().startswith("inclusion criteria"): kind = "inclusion"; continue
        if s.lower().startswith("exclusion criteria"): kind = "exclusion"; continue
        s = re.sub(r"^(\* |\d+\. )", "", s).strip()
        out.append((kind, s))
    return out
if __name__ == "__main__":
    import sys
    for n in sys.argv[1:]:
        print("==", n)
        for i, (k, s) in enumerate(items(n)): print(i, k[:3], s[:110])
