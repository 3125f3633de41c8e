#!/usr/bin/env python3
"""Check the VE case files against CONTRACT §1/§4 (keys, enumerations, ids, dates <= as_of)."""
import datetime as dt, glob, os, sys
import yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = {"case_id", "as_of", "patient", "diagnosis", "biomarkers", "treatments"}
PAT = {"age", "sex", "ecog", "lvef_percent", "conditions", "region", "city", "treatment_regions"}
DX = {"site", "histology", "lauren", "setting", "diagnosed_on", "recurred_on", "measurable_disease"}
BM = {"her2_ihc": {"score", "specimen", "criteria", "tested_on"}, "her2_ish": {"ratio", "mean_copies", "result", "tested_on"},
      "pdl1_cps": {"value", "assay", "tested_on"}, "cldn18_2": {"percent_positive", "tested_on"},
      "mmr": {"result", "tested_on"}, "msi": {"result", "tested_on"}, "her2_ctdna": {"result", "tested_on"}}
TX = {"line", "setting", "agents", "started_on", "ended_on", "stop_reason", "toxicities"}
AGENTS = set("trastuzumab trastuzumab_deruxtecan trastuzumab_emtansine pertuzumab lapatinib zanidatamab disitamab_vedotin "
             "pembrolizumab nivolumab tislelizumab zolbetuximab ramucirumab paclitaxel docetaxel irinotecan fluorouracil "
             "capecitabine s1 oxaliplatin cisplatin trifluridine_tipiracil apatinib".split()) | {"t-dxd"}
COND = set("interstitial_lung_disease pneumonitis autoimmune_disease organ_transplant heart_failure hepatitis_b hepatitis_c hiv brain_metastases".split())
errs = []
def d(x): return dt.date.fromisoformat(str(x))
for p in sorted(glob.glob(os.path.join(ROOT, "cases", "*.case.yaml"))):
    c = yaml.safe_load(open(p)); n = os.path.basename(p); asof = d(c["as_of"])
    def chk(ok, m):
        if not ok: errs.append(f"{n}: {m}")
    chk(set(c) <= TOP, f"top keys {set(c) - TOP}")
    pt = c["patient"]; chk(set(pt) <= PAT, f"patient keys {set(pt) - PAT}")
    chk(18 <= pt["age"] <= 120 and pt["sex"] in ("female", "male", "other") and 0 <= pt["ecog"] <= 4, "patient values")
    chk(pt.get("lvef_percent") is None or 1 <= pt["lvef_percent"] <= 100, "lvef")
    chk(set(pt.get("conditions") or []) <= COND, "conditions")
    chk(pt["region"] in ("US", "EU", "GB", "CN", "JP"), "region")
    x = c["diagnosis"]; chk(set(x) <= DX, f"diagnosis keys {set(x) - DX}")
    chk(x["site"] in ("stomach", "gej", "esophagus") and x["histology"] in ("adenocarcinoma", "squamous_cell_carcinoma", "other"), "site/histology")
    chk(x["setting"] in ("resectable", "locally_advanced_unresectable", "metastatic", "recurrent"), "setting")
    chk(x.get("lauren") in (None, "intestinal", "diffuse", "mixed"), "lauren")
    for k in ("diagnosed_on", "recurred_on"):
        if x.get(k): chk(d(x[k]) <= asof, f"{k} after as_of")
    for b in c.get("biomarkers") or []:
        chk(b["kind"] in BM and set(b) - {"kind"} <= BM[b["kind"]], f"biomarker {b}")
        chk(d(b["tested_on"]) <= asof, f"biomarker date {b}")
        if b["kind"] == "her2_ihc":
            chk(b["score"] in ("0", "1+", "2+", "3+") and b["specimen"] in ("biopsy", "resection", "cytology") and b["criteria"] in ("gastric", "breast", "unknown"), f"ihc {b}")
    for t in c.get("treatments") or []:
        chk(set(t) <= TX, f"treatment keys {set(t) - TX}")
        chk(t["setting"] in ("palliative", "perioperative", "adjuvant", "neoadjuvant"), "tx setting")
        chk(all(a.lower() in AGENTS for a in t["agents"]), f"agents {t['agents']}")
        chk(t["stop_reason"] in ("progression", "toxicity", "completed", "patient_choice", "ongoing"), "stop_reason")
        chk(d(t["started_on"]) <= asof and (t.get("ended_on") is None or d(t["started_on"]) <= d(t["ended_on"]) <= asof), "tx dates")
print("\n".join(errs) or "cases OK")
sys.exit(1 if errs else 0)
