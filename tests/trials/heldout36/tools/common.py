import json, re, yaml, os
C = [f"UM-{i:02d}" for i in range(1, 9)]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def M(r): return ("met", r)
def N(r): return ("not_met", r)
def U(r): return ("unknown", r)
def J(default=None, **ov):
    out = {}
    for i, c in enumerate(C, 1):
        v = ov.get(f"u{i}", default)
        assert v is not None, (i, ov)
        out[c] = v
    return out
def crit_text(nct):
    return json.load(open(f"/work/shared/data/trials/her2-gastric/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
def line(nct, idx):
    l = crit_text(nct).split("\n")[idx].strip()
    l = re.sub(r"^(\*\s+|\d+\\?\.\s+)", "", l)
    return l
def span(nct, start, end):
    t = crit_text(nct)
    i = t.index(start); j = t.index(end, i) + len(end)
    assert t.count(start) == 1, start
    return t[i:j]
# shared judgements
LAB = J(U("laboratory value not in the case (C3)"))
CONSENT = J(M("consent/compliance/contraception item (C1)"))
SURG = J(U("no surgery dates in the case fields (C4)"))
RT = J(U("no radiotherapy dates in the case fields (C4)"))
LIFE = J(U("life expectancy not recorded (C2)"))
OTHER_MAL = J(U("other malignancies not recorded in the case (C4)"))
def preg():
    return J(M("does not apply: male"),
             u2=U("woman aged 47; pregnancy/childbearing status not recorded (C2)"),
             u4=M("woman aged 68 (>=55): not of childbearing potential (C2)"),
             u5=U("woman aged 36; pregnancy/childbearing status not recorded (C2)"),
             u8=M("woman aged 59 (>=55): not of childbearing potential (C2)"))
ECOG = {1: 2, 2: 1, 3: 1, 4: 0, 5: 1, 6: 3, 7: 0, 8: 1}
def ecog_max(mx):
    d = {}
    for i, e in ECOG.items():
        d[f"u{i}"] = M(f"ECOG {e}") if e <= mx else N(f"ECOG {e} > {mx}")
    return J(**d)
def write(nct, note, items):
    crit = []
    for kind, text, jd in items:
        crit.append({"kind": kind, "text": text,
                     "judgements": {c: jd[c][0] for c in C},
                     "reasons": {c: jd[c][1] for c in C}})
    verdicts = {}
    for c in C:
        st = [x["judgements"][c] for x in crit]
        verdicts[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    doc = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts, "criteria": crit}
    with open(os.path.join(ROOT, "UM", f"{nct}.yaml"), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000)
    return verdicts, crit
