import json, re, yaml, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [f"UE-{i:02d}" for i in range(1, 9)]
DATA = "/work/shared/data/trials/her2-gastric/"
C = {i: yaml.safe_load(open(f"{ROOT}/cases/UE-{i:02d}.case.yaml")) for i in range(1, 9)}

def rec(nct):
    return json.load(open(DATA + nct + ".json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]

def strip_prefix(s):
    s = s.strip()
    s = re.sub(r"^(\*|\d+\.)\s+", "", s)
    return s

class Rec:
    def __init__(self, nct):
        self.nct = nct; self.text = rec(nct); self.lines = self.text.split("\n"); self.pos = 0
        self.items = []
    def find(self, snippet, extra=0, after=None):
        start = 0
        if after:
            start = next(i for i, l in enumerate(self.lines) if after in l)
        idx = [i for i, l in enumerate(self.lines) if i >= start and snippet in l]
        assert idx, (self.nct, snippet)
        i = idx[0]
        parts = [strip_prefix(self.lines[i])]
        j = i + 1; got = 0
        while got < extra:
            if self.lines[j].strip():
                parts.append(self.lines[j].strip()); got += 1
            j += 1
        return " ".join(parts)
    def add(self, kind, snippet, j, extra=0, after=None):
        text = self.find(snippet, extra, after)
        self.items.append({"kind": kind, "text": text,
                           "judgements": {CASES[i-1]: j[i][0] for i in range(1, 9)},
                           "reasons": {CASES[i-1]: j[i][1] for i in range(1, 9)}})
    def write(self, note):
        verdicts = {}
        for c in CASES:
            st = [it["judgements"][c] for it in self.items]
            verdicts[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
        out = {"nct_id": self.nct, "reviewer_note": note, "verdicts": verdicts, "criteria": self.items}
        with open(f"{ROOT}/UE/{self.nct}.yaml", "w") as f:
            yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=120)
        return verdicts

def J(default, reason="", **ov):
    """default: status or (status, reason); overrides c1..c8=(status, reason)"""
    d = {}
    for i in range(1, 9):
        k = f"c{i}"
        if k in ov:
            d[i] = ov[k]
        else:
            d[i] = (default, reason)
    return d

def ALL(status, reason):
    return J(status, reason)

LAB = lambda what="laboratory values": ALL("unknown", f"{what} not in case (C3)")
CONSENT = ALL("met", "consent/compliance item (C1)")
CONTRA = ALL("met", "contraception item (C1)")

def sexage(i):
    p = C[i]["patient"]
    return p["sex"], p["age"]

def PREG():
    d = {}
    for i in range(1, 9):
        s, a = sexage(i)
        if s == "male": d[i] = ("met", "male patient (C2)")
        elif a >= 55: d[i] = ("met", f"woman aged {a} (≥55, C2)")
        else: d[i] = ("unknown", f"woman aged {a}; pregnancy/breast-feeding not stated (C2)")
    return d

def ECOG(maxv, fail_status="not_met"):
    d = {}
    for i in range(1, 9):
        e = C[i]["patient"]["ecog"]
        d[i] = ("met", f"ECOG {e}") if e <= maxv else (fail_status, f"ECOG {e} > {maxv}")
    return d

def MEAS():
    return {i: ("met", "measurable disease recorded") for i in range(1, 9)}

ADULT = ALL("met", "adult; consent item (C1)")
