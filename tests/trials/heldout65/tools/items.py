"""Split a record's eligibilityCriteria into verbatim items (headings of sections dropped)."""
import json, re, os
DATA = "/work/shared/data/trials/her2-gastric"
SECTION = re.compile(r"^(Key )?(Procurement |Treatment )?(Inclusion|Exclusion) Criteria:?$")
def items(nct):
    txt = json.load(open(os.path.join(DATA, nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out, kind = [], "inclusion"
    for line in txt.splitlines():
        s = line.strip()
        if not s: continue
        m = SECTION.match(s)
        if m:
            kind = m.group(3).lower(); continue
        s = re.sub(r"^(\* |\d+\. )", "", s)
        out.append((kind, s))
    return out
if __name__ == "__main__":
    import sys
    for i, (k, s) in enumerate(items(sys.argv[1])):
        print(i, k, s[:110])
