#!/usr/bin/env python3
"""Light check of cases/*.case.yaml against CONTRACT §1/§4 keys and vocabularies (no product code used)."""
import glob, os, yaml, datetime
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = {"case_id","as_of","patient","diagnosis","biomarkers","treatments"}
PAT = {"age","sex","ecog","lvef_percent","conditions","region","city","treatment_regions"}
DIA = {"site","histology","lauren","setting","diagnosed_on","recurred_on","measurable_disease"}
BIO = {"her2_ihc":{"score","specimen","criteria","tested_on"},"her2_ish":{"ratio","mean_copies","result","tested_on"},
       "pdl1_cps":{"value","assay","tested_on"},"cldn18_2":{"percent_positive","tested_on"},"mmr":{"result","tested_on"},
       "msi":{"result","tested_on"},"her2_ctdna":{"result","tested_on"}}
TRT = {"line","setting","agents","started_on","ended_on","stop_reason","toxicities"}
AGENTS = set("trastuzumab trastuzumab_deruxtecan trastuzumab_emtansine pertuzumab lapatinib zanidatamab disitamab_vedotin "
  "pembrolizumab nivolumab tislelizumab zolbetuximab ramucirumab paclitaxel docetaxel irinotecan fluorouracil capecitabine "
  "s1 oxaliplatin cisplatin trifluridine_tipiracil apatinib".split())
COND = set("interstitial_lung_disease pneumonitis autoimmune_disease organ_transplant heart_failure hepatitis_b hepatitis_c hiv brain_metastases".split())
AS_OF = datetime.date(2026,12,1)
bad = 0
def d(x): return datetime.date.fromisoformat(str(x))
for p in sorted(glob.glob(os.path.join(ROOT,"cases","*.case.yaml"))):
    c = yaml.safe_load(open(p)); e = []
    e += [f"top {k}" for k in set(c)-TOP]; e += [f"patient {k}" for k in set(c["patient"])-PAT]
    e += [f"diagnosis {k}" for k in set(c["diagnosis"])-DIA]
    if str(c["as_of"]) != "2026-12-01": e.append("as_of")
    e += [f"cond {x}" for x in c["patient"]["conditions"] if x not in COND]
    if c["patient"]["region"] not in {"US","EU","GB","CN","JP"}: e.append("region")
    for b in c["biomarkers"]:
        e += [f"bio {b['kind']} {k}" for k in set(b)-{"kind"}-BIO[b["kind"]]]
        if d(b["tested_on"]) > AS_OF: e.append("future test")
    for t in c["treatments"]:
        e += [f"trt {k}" for k in set(t)-TRT]; e += [f"agent {a}" for a in t["agents"] if a not in AGENTS]
        for k in ("started_on","ended_on"):
            if t.get(k) and d(t[k]) > AS_OF: e.append("future date")
    print(os.path.basename(p), "ok" if not e else e); bad += bool(e)
raise SystemExit(bad)
