"""Self-checks for heldout5: parse everything, 8 judgements + reasons per criterion,
verdicts consistent with judgements, criterion texts contained in the record text,
cases use only contract fields/vocabulary, NCTs not in the known list."""
import glob, json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = ["TG-%02d" % i for i in range(1, 9)]
ok = True


def bad(msg):
    global ok
    ok = False
    print("FAIL:", msg)


known = set(open("/work/tg/existing_ncts.txt").read().split())
# cases
TOP = {"case_id", "as_of", "patient", "diagnosis", "biomarkers", "treatments"}
PAT = {"age", "sex", "ecog", "lvef_percent", "conditions", "region", "city", "treatment_regions"}
DIA = {"site", "histology", "lauren", "setting", "diagnosed_on", "recurred_on", "measurable_disease"}
TRT = {"line", "setting", "agents", "started_on", "ended_on", "stop_reason", "toxicities"}
CONDS = {"interstitial_lung_disease", "pneumonitis", "autoimmune_disease", "organ_transplant", "heart_failure",
         "hepatitis_b", "hepatitis_c", "hiv", "brain_metastases"}
AGENTS = set("trastuzumab trastuzumab_deruxtecan trastuzumab_emtansine pertuzumab lapatinib zanidatamab disitamab_vedotin "
             "pembrolizumab nivolumab tislelizumab zolbetuximab ramucirumab paclitaxel docetaxel irinotecan fluorouracil "
             "capecitabine s1 oxaliplatin cisplatin trifluridine_tipiracil apatinib".split())
BIOK = {"her2_ihc": {"kind", "score", "specimen", "criteria", "tested_on"},
        "her2_ish": {"kind", "ratio", "mean_copies", "result", "tested_on"},
        "pdl1_cps": {"kind", "value", "assay", "tested_on"},
        "cldn18_2": {"kind", "percent_positive", "tested_on"},
        "mmr": {"kind", "result", "tested_on"}, "msi": {"kind", "result", "tested_on"},
        "her2_ctdna": {"kind", "result", "tested_on"}}
cases = sorted(glob.glob(os.path.join(ROOT, "cases", "*.case.yaml")))
if [os.path.basename(c) for c in cases] != [p + ".case.yaml" for p in P]:
    bad("case files")
for c in cases:
    d = yaml.safe_load(open(c))
    if set(d) - TOP: bad(f"{c}: keys {set(d)-TOP}")
    if d["as_of"] != "2026-12-01": bad(f"{c}: as_of")
    if set(d["patient"]) - PAT: bad(f"{c}: patient keys")
    if set(d["diagnosis"]) - DIA: bad(f"{c}: diagnosis keys")
    if set(d["patient"]["conditions"]) - CONDS: bad(f"{c}: conditions")
    if d["patient"]["region"] not in {"US", "EU", "GB", "CN", "JP"}: bad(f"{c}: region")
    for b in d["biomarkers"]:
        if b["kind"] not in BIOK or set(b) - BIOK[b["kind"]]: bad(f"{c}: biomarker {b}")
        if b["kind"] == "her2_ihc" and b["score"] not in {"0", "1+", "2+", "3+"}: bad(f"{c}: score")
    for t in d["treatments"]:
        if set(t) - TRT: bad(f"{c}: treatment keys")
        if set(t["agents"]) - AGENTS: bad(f"{c}: agents {t['agents']}")

tgs = sorted(glob.glob(os.path.join(ROOT, "TG", "*.yaml")))
recs = sorted(glob.glob(os.path.join(ROOT, "records", "*.json")))
if [os.path.basename(x)[:-5] for x in tgs] != [os.path.basename(x)[:-5] for x in recs]:
    bad("TG and records do not pair up")
if not 12 <= len(tgs) <= 15: bad(f"{len(tgs)} trials")
n = 0
for f in tgs:
    d = yaml.safe_load(open(f, encoding="utf-8"))
    nct = d["nct_id"]
    if nct in known: bad(f"{nct} is already known to the product")
    r = json.load(open(os.path.join(ROOT, "records", nct + ".json"), encoding="utf-8"))
    ps = r["protocolSection"]
    if ps["identificationModule"]["nctId"] != nct: bad(f"{nct}: nctId")
    st = ps.get("statusModule", {}).get("overallStatus")
    if st in {"COMPLETED", "TERMINATED", "WITHDRAWN"}: bad(f"{nct}: status {st}")
    text = ps["eligibilityModule"]["eligibilityCriteria"]
    if not r["source"]["url"].startswith("http"): bad(f"{nct}: url")
    per = {p: [] for p in P}
    for c in d["criteria"]:
        if c["text"] not in text: bad(f"{nct}: text not in record: {c['text'][:60]}")
        if c["kind"] not in ("inclusion", "exclusion"): bad(f"{nct}: kind")
        if set(c["judgements"]) != set(P) or set(c["reasons"]) != set(P): bad(f"{nct}: patients")
        for p in P:
            s = c["judgements"][p]
            if s not in ("met", "not_met", "unknown"): bad(f"{nct}: status {s}")
            if not str(c["reasons"][p]).strip(): bad(f"{nct}: empty reason")
            per[p].append(s)
            n += 1
    for p in P:
        v = "ineligible" if "not_met" in per[p] else ("eligible" if set(per[p]) == {"met"} else "possibly_eligible")
        if d["verdicts"].get(p) != v: bad(f"{nct} {p}: verdict {d['verdicts'].get(p)} != {v}")
print("judgements:", n)
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
