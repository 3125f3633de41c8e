import re
SKIP = {"Inclusion Criteria:", "Exclusion Criteria:"}
def items(text):
    kind = "inclusion"; out = []
    for raw in text.split("\n"):
        s = raw.strip()
        if not s: continue
        if s in SKIP:
            kind = "inclusion" if s.startswith("Inclusion") else "exclusion"; continue
        if re.match(r"^(Procurement|Treatment) (Inclusion|Exclusion) Criteria:$", s):
            kind = "inclusion" if "Inclusion" in s else "exclusion"
        t = re.sub(r"^(\*|\\-|-)\s+", "", s)
        out.append((kind, t))
    return out
if __name__ == "__main__":
    import sys
    for n in sys.argv[1:]:
        for i,(k,t) in enumerate(items(open(f"/tmp/uz/{n}.txt").read())):
            print(n, i, k[:3], t[:110])
