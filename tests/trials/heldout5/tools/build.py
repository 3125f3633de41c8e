"""Build records/*.json and TG/*.yaml from trials_a/trials_b (reviewer tooling)."""
import json, os, sys
import yaml
sys.path.insert(0, os.path.dirname(__file__))
from common import P, verdict
from trials_a import TRIALS as A
from trials_b import TRIALS as B

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRIALS = A + B


def elig_text(items):
    out = []
    for kind, head in (("inclusion", "Inclusion Criteria:"), ("exclusion", "Exclusion Criteria:")):
        its = [i for i in items if i["kind"] == kind]
        if not its:
            continue
        blocks, run = [], []
        for it in its:
            if it["type"] == "para":
                if run:
                    blocks.append("\n".join(run)); run = []
                blocks.append(it["text"])
            else:
                run.append(("  * " if it.get("level") else "* ") + it["text"])
        if run:
            blocks.append("\n".join(run))
        out.append(head + "\n\n" + "\n\n".join(blocks))
    return "\n\n".join(out)


def record(t):
    ps = {"identificationModule": {"nctId": t["nct"], **t["ident"]}}
    if t["status"]:
        ps["statusModule"] = {"overallStatus": t["status"]}
    if t["conditions"]:
        ps["conditionsModule"] = {"conditions": t["conditions"]}
    dm = {"studyType": "INTERVENTIONAL"}
    if t["phases"]:
        dm["phases"] = t["phases"]
    ps["designModule"] = dm
    if t["interventions"]:
        ps["armsInterventionsModule"] = {"interventions": t["interventions"]}
    em = {"eligibilityCriteria": elig_text(t["items"])}
    em.update(t["eligibility_extra"])
    ps["eligibilityModule"] = em
    if t["locations"]:
        ps["contactsLocationsModule"] = {"locations": t["locations"]}
    return {"protocolSection": ps,
            "source": {"url": t["source"]["url"], "retrieved": "2026-12-04", "note": t["source"]["note"]}}


def tg(t):
    crits = []
    per = {p: [] for p in P}
    for it in t["items"]:
        if it["type"] != "crit":
            continue
        j = it["j"]
        assert set(j) == set(P), (t["nct"], it["text"][:40])
        crits.append({"text": it["text"], "kind": it["kind"],
                      "judgements": {p: j[p][0] for p in P},
                      "reasons": {p: j[p][1] for p in P}})
        for p in P:
            per[p].append(j[p][0])
    return {"nct_id": t["nct"], "reviewer_note": t["note"],
            "verdicts": {p: verdict(per[p]) for p in P}, "criteria": crits}


class D(yaml.SafeDumper):
    pass


def str_rep(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


D.add_representer(str, str_rep)

if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "records"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "TG"), exist_ok=True)
    seen = set()
    for t in TRIALS:
        assert t["nct"] not in seen
        seen.add(t["nct"])
        with open(os.path.join(ROOT, "records", t["nct"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(record(t), f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(ROOT, "TG", t["nct"] + ".yaml"), "w", encoding="utf-8") as f:
            yaml.dump(tg(t), f, Dumper=D, sort_keys=False, allow_unicode=True, width=4096)
    print(len(TRIALS), "trials written")
