import importlib, json, sys, os
import yaml
sys.path.insert(0, os.path.dirname(__file__))
from parse import items
from facts import C, CASES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REC = "/work/shared/data/trials/her2-gastric/{}.json"

class D(yaml.SafeDumper): pass
def str_rep(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)
D.add_representer(str, str_rep)

summary = {}
for nct in ["NCT04995003", "NCT05005403", "NCT05365581", "NCT05417594"]:
    mod = importlib.import_module("t_" + nct[3:])
    text = json.load(open(REC.format(nct)))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    its = items(text)
    assert set(mod.R) == set(range(len(its))), (nct, set(range(len(its))) ^ set(mod.R))
    for i, pre in mod.CHECK.items():
        assert its[i][1].startswith(pre), (nct, i, its[i][1][:60], pre)
    crit = []
    for i, (kind, t) in enumerate(its):
        j, r = {}, {}
        for cid in CASES:
            st, why = mod.R[i](cid, C[cid])
            assert st in ("met", "not_met", "unknown"), (nct, i, cid, st)
            j[cid], r[cid] = st, why
        crit.append({"kind": kind, "text": t, "judgements": j, "reasons": r})
    verd = {}
    for cid in CASES:
        sts = [c["judgements"][cid] for c in crit]
        verd[cid] = "ineligible" if "not_met" in sts else ("eligible" if all(s == "met" for s in sts) else "possibly_eligible")
    doc = {"nct_id": nct, "reviewer_note": mod.NOTE, "verdicts": verd, "criteria": crit}
    with open(os.path.join(ROOT, "UZ", nct + ".yaml"), "w") as fh:
        yaml.dump(doc, fh, Dumper=D, sort_keys=False, allow_unicode=True, width=4096)
    summary[nct] = {"n": len(crit), "verdicts": verd,
                    "counts": {cid: {s: sum(c["judgements"][cid] == s for c in crit) for s in ("met", "not_met", "unknown")} for cid in CASES},
                    "decisive": {cid: [c["text"][:70] + " — " + c["reasons"][cid] for c in crit if c["judgements"][cid] == "not_met"] for cid in CASES}}
json.dump(summary, open(os.path.join(os.path.dirname(__file__), "summary.json"), "w"), indent=1, ensure_ascii=False)
for n, s in summary.items():
    print(n, s["n"], s["verdicts"])
