import json, re, os, yaml
ROOT = "/work/tUF"
CASES = [f"UF-{i:02d}" for i in range(1, 9)]
ST = {"m": "met", "nm": "not_met", "u": "unknown"}

def raw(nct):
    return json.load(open(f"/work/shared/data/trials/her2-gastric/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]

class Trial:
    def __init__(self, nct, note):
        self.nct, self.note, self.raw, self.items, self.pos = nct, note, raw(nct), [], 0
    def grab(self, start, until=None):
        i = self.raw.find(start, self.pos if self.pos else 0)
        if i < 0:
            i = self.raw.find(start)
        assert i >= 0, (self.nct, start)
        assert self.raw.count(start) >= 1
        if until is None:
            j = self.raw.find("\n", i)
            j = len(self.raw) if j < 0 else j
        elif until == "$END":
            j = len(self.raw)
        else:
            j = self.raw.find(until, i + len(start))
            assert j > 0, (self.nct, until)
        t = self.raw[i:j].rstrip()
        t = re.sub(r"\n\s*(\*|\d+\.)\s*$", "", t).rstrip()
        self.pos = i
        return t
    def c(self, kind, start, default, over=None, until=None):
        """default: 'm|reason'; over: {case_no: 'nm|reason'}"""
        text = self.grab(start, until)
        over = over or {}
        j, r = {}, {}
        for n, cid in enumerate(CASES, 1):
            spec = over.get(n, default)
            s, reason = spec.split("|", 1)
            j[cid] = ST[s]; r[cid] = reason.strip()
        self.items.append({"kind": kind, "text": text, "judgements": j, "reasons": r})
    def write(self):
        verdicts = {}
        for cid in CASES:
            st = [it["judgements"][cid] for it in self.items]
            verdicts[cid] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
        d = {"nct_id": self.nct, "reviewer_note": self.note, "verdicts": verdicts, "criteria": self.items}
        with open(os.path.join(ROOT, "UF", self.nct + ".yaml"), "w") as f:
            yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=110)
        print(self.nct, len(self.items), verdicts)
        return verdicts
