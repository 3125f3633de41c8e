import yaml, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from split import split
CASES = [f"UL-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def J(default=None, **over):
    """default: (status, reason) or None; over: c01=(status, reason) ..."""
    out = {}
    for c in CASES:
        key = "c" + c[-2:]
        if key in over:
            out[c] = over[key]
        else:
            assert default is not None, (over, c)
            out[c] = default
    return out

def ALL(st, r): return J((st, r))

def emit(nct, note, judg):
    text = open(os.path.join(os.path.dirname(__file__), nct + ".txt")).read()
    items = split(text)
    assert len(items) == len(judg), (nct, len(items), len(judg))
    crit = []
    for (kind, t), j in zip(items, judg):
        crit.append({"kind": kind, "text": t,
                     "judgements": {c: j[c][0] for c in CASES},
                     "reasons": {c: j[c][1] for c in CASES}})
    verdicts = {}
    for c in CASES:
        st = [x["judgements"][c] for x in crit]
        verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    out = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts, "criteria": crit}
    p = os.path.join(os.path.dirname(__file__), "..", "UL", nct + ".yaml")
    with open(p, "w") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=120)
    counts = {c: {s: sum(1 for x in crit if x["judgements"][c] == s) for s in (M, N, U)} for c in CASES}
    print(nct, len(crit), verdicts)
    return out, counts
