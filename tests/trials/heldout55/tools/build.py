#!/usr/bin/env python3
"""Write VF/<NCT>.yaml from the judgement modules and print tallies. Run from anywhere."""
import os, sys, json, importlib, collections
import yaml
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from vf_common import CASES, verdict

NCTS = ["NCT04309578", "NCT04379596", "NCT04592211", "NCT04704661"]
REC = os.path.join(ROOT, "..", "shared", "data", "trials", "her2-gastric")
norm = lambda s: " ".join(s.split())


def main():
    os.makedirs(os.path.join(ROOT, "VF"), exist_ok=True)
    out = {}
    for n in NCTS:
        m = importlib.import_module("t_" + n)
        text = norm(json.load(open(os.path.join(REC, n + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"])
        for i, c in enumerate(m.CRIT):
            assert norm(c["text"]) in text, (n, i, c["text"][:60])
        v = {c: verdict(m.CRIT, c) for c in CASES}
        doc = {"nct_id": n, "reviewer_note": m.NOTE, "verdicts": v, "criteria": m.CRIT}
        with open(os.path.join(ROOT, "VF", n + ".yaml"), "w") as f:
            yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=120)
        out[n] = (m.CRIT, v)
    nc = sum(len(c) for c, _ in out.values())
    print(f"criteria={nc} judgements={nc * len(CASES)}")
    vt = collections.Counter(x for _, v in out.values() for x in v.values())
    print("verdicts", dict(vt))
    for n, (crit, v) in out.items():
        st = collections.Counter(j for c in crit for j in c["judgements"].values())
        print(n, len(crit), dict(st), " ".join(f"{c[-2:]}:{v[c][:4]}" for c in CASES))
        for c in CASES:
            nm = [i for i, x in enumerate(crit) if x["judgements"][c] == "not_met"]
            print("   ", c, v[c], "not_met:", [crit[i]["text"][:55] for i in nm][:4])
    return out


if __name__ == "__main__":
    main()
