"""Helpers for writing the UT reference files (hand-made judgements; no product code)."""
import yaml, os
CASES = [f"UT-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def C(kind, text, default, **over):
    """default: (status, reason) for every case; over: c1..c8 -> (status, reason)."""
    j, r = {}, {}
    for i, c in enumerate(CASES, 1):
        s, why = over.get(f"c{i}", default)
        j[c], r[c] = s, why
    return {"kind": kind, "text": text, "judgements": j, "reasons": r}

def verdicts(crit):
    v = {}
    for c in CASES:
        st = [cr["judgements"][c] for cr in crit]
        v[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    return v

class Lit(str): pass
def _lit(d, s): return d.represent_scalar("tag:yaml.org,2002:str", s, style="|")
yaml.add_representer(Lit, _lit)

def write(nct, note, crit):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = {"nct_id": nct, "reviewer_note": Lit(note.strip() + "\n"), "verdicts": verdicts(crit), "criteria": crit}
    with open(os.path.join(root, "UT", f"{nct}.yaml"), "w") as f:
        yaml.dump(out, f, sort_keys=False, allow_unicode=True, width=110)
    return out["verdicts"]

# reusable reasons
C1 = (M, "consent/compliance/contraception/study-procedure item (convention C1)")
LAB = (U, "laboratory value not in case (convention C3)")
def preg():  # C2 per case
    return dict(c1=(U, "woman aged 38 (<55): pregnancy/breast-feeding status not in case fields (C2)"),
                c5=(U, "woman aged 44 (<55): pregnancy/breast-feeding status not in case fields (C2)"),
                c3=(M, "woman aged 67 (>=55) (C2)"), c8=(M, "woman aged 71 (>=55) (C2)"),
                c2=(M, "male (C2)"), c4=(M, "male (C2)"), c6=(M, "male (C2)"), c7=(M, "male (C2)"))
