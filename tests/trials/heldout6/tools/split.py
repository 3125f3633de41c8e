import json, re
def elig(n): return json.load(open(f"/work/th/heldout6/records/{n}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
def items(n):
    t = elig(n)
    out = []
    # split into inclusion/exclusion sections
    m = re.search(r"Exclusion Criteria:?", t)
    parts = [("inclusion", t[:m.start()] if m else t), ("exclusion", t[m.end():] if m else "")]
    for kind, s in parts:
        s = re.sub(r"^\s*Inclusion Criteria:?", "", s)
        if n in ("NCT01364493", "NCT04139135"):
            segs = re.split(r"(?:^|\s)\d+\.\s", s)
        elif n == "NCT04089657":
            segs = re.split(r"\s\*\s", " " + s)
        elif n in ("NCT06123338",):
            segs = re.split(r"\n\s*•\s", "\n" + s)
        elif n in ("NCT05149807", "NCT06177041"):
            segs = re.split(r"\n\s*\d+\.\s", "\n" + s)
        elif n == "NCT05008783":
            segs = re.split(r"\n\d+\.\s|\n- ", "\n" + s)
        elif n == "NCT06203600":
            segs = re.split(r"\n[a-e]\.\s", "\n" + s)
        elif n == "NCT03916094":
            segs = re.split(r"\n\n", s)
        else:
            segs = re.split(r"\n-\s|^-\s|:-\s", "\n" + s)
        for g in segs:
            g = g.strip()
            if g: out.append((kind, g))
    return out
if __name__ == "__main__":
    import sys
    for n in sys.argv[1:]:
        print("=====", n)
        for i, (k, g) in enumerate(items(n)):
            print(i, k, repr(g)[:160])
