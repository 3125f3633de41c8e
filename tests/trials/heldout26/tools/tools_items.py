import json, re
NCTS = "NCT05702229 NCT05771584 NCT05927857 NCT06005493 NCT06253871 NCT06596694 NCT06921837".split()
def items(nct):
    t = json.load(open(f"/work/shared/data/trials/her2-gastric/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    kind = None; out = []
    for line in t.split("\n"):
        s = line.strip()
        if not s: continue
        low = s.lower()
        if low.startswith("inclusion criteria") or "inclusion criteria" in low and s.endswith(":") and not s.startswith("*"):
            kind = "inclusion"; continue
        if low.startswith("exclusion criteria") or "exclusion criteria" in low and s.endswith(":") and not s.startswith("*"):
            kind = "exclusion"; continue
        if low.startswith("the main"): continue
        m = re.match(r"^(\*|\d+\.)\s*(.*)$", s)
        body = m.group(2) if m else s
        if body.endswith(":") and body.lower().startswith("has one of"): continue
        out.append([kind, body])
    return out
if __name__ == "__main__":
    for n in NCTS:
        print("=====", n)
        for i, (k, b) in enumerate(items(n)): print(i, k[:3], b[:110])
