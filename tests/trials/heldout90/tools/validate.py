#!/usr/bin/env python3
"""Validate the WO blind test set (stdlib + PyYAML only)."""
import glob, json, os, re, sys
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [f"WO-{i:02d}" for i in range(1, 9)]
STATUSES = {"met", "not_met", "unknown"}
VERDICTS = {"eligible", "possibly_eligible", "ineligible"}
errors = []
def err(m): errors.append(m)

existing = set(re.findall(r"NCT\d{8}", open(os.path.join(ROOT, "existing_ncts.txt")).read()))
norm = lambda s: " ".join(s.split())

# cases
for c in CASES:
    p = os.path.join(ROOT, "cases", f"{c}.case.yaml")
    try:
        d = yaml.safe_load(open(p))
        if d.get("case_id") != c: err(f"{p}: case_id {d.get('case_id')!r} != {c}")
        for k in ("diagnosis",):
            if k not in d: err(f"{p}: missing {k}")
    except Exception as e:
        err(f"{p}: {e}")

records = {}
for p in sorted(glob.glob(os.path.join(ROOT, "records", "*.json"))):
    nct = os.path.basename(p)[:-5]
    try:
        r = json.load(open(p))
        ps = r["protocolSection"]
        if ps["identificationModule"]["nctId"] != nct: err(f"{p}: nctId mismatch")
        if not ps["identificationModule"].get("briefTitle"): err(f"{p}: no briefTitle")
        if not ps["eligibilityModule"].get("eligibilityCriteria"): err(f"{p}: no eligibilityCriteria")
        if not r.get("source", {}).get("url"): err(f"{p}: no source.url")
        records[nct] = ps["eligibilityModule"]["eligibilityCriteria"]
    except Exception as e:
        err(f"{p}: {e}")
    if nct in existing: err(f"{nct} is listed in existing_ncts.txt")

n_crit = n_judg = 0
tk_files = sorted(glob.glob(os.path.join(ROOT, "WO", "*.yaml")))
for p in tk_files:
    nct = os.path.basename(p)[:-5]
    try:
        d = yaml.safe_load(open(p))
    except Exception as e:
        err(f"{p}: {e}"); continue
    if d.get("nct_id") != nct: err(f"{p}: nct_id mismatch")
    if nct in existing: err(f"{p}: {nct} in existing_ncts.txt")
    if nct not in records: err(f"{p}: no record file")
    if not d.get("reviewer_note"): err(f"{p}: empty reviewer_note")
    v = d.get("verdicts") or {}
    if set(v) != set(CASES): err(f"{p}: verdicts must cover exactly {CASES}")
    for c, x in v.items():
        if x not in VERDICTS: err(f"{p}: verdict {c}={x!r}")
    crit = d.get("criteria") or []
    if not crit: err(f"{p}: no criteria")
    for i, cr in enumerate(crit):
        n_crit += 1
        if cr.get("kind") not in ("inclusion", "exclusion"): err(f"{p}: criteria[{i}].kind")
        if not cr.get("text"): err(f"{p}: criteria[{i}].text empty")
        elif nct in records and norm(cr["text"]) not in norm(records[nct]):
            err(f"{p}: criteria[{i}].text not found verbatim in record")
        j, r = cr.get("judgements") or {}, cr.get("reasons") or {}
        if set(j) != set(CASES): err(f"{p}: criteria[{i}] judgements must cover every case")
        if set(r) != set(CASES): err(f"{p}: criteria[{i}] reasons must cover every case")
        for c in CASES:
            if j.get(c) not in STATUSES: err(f"{p}: criteria[{i}].judgements.{c}={j.get(c)!r}")
            if not isinstance(r.get(c), str) or not r.get(c).strip(): err(f"{p}: criteria[{i}].reasons.{c} empty")
            n_judg += 1
    for c in CASES:
        st = [cr.get("judgements", {}).get(c) for cr in crit]
        exp = "ineligible" if "not_met" in st else ("eligible" if st and all(s == "met" for s in st) else "possibly_eligible")
        if v.get(c) != exp: err(f"{p}: verdict {c}={v.get(c)} but judgements imply {exp}")

if set(records) != {os.path.basename(p)[:-5] for p in tk_files}:
    err("records/ and WO/ do not hold the same NCT set")

print(f"records={len(records)} WO files={len(tk_files)} criteria={n_crit} judgements={n_judg}")
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
