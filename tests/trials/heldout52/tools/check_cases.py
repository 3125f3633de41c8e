#!/usr/bin/env python3
"""Strict check of cases/*.case.yaml against CONTRACT section 1 (keys, enums, ids, dates)."""
import datetime, glob, os, re, sys, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AGENTS = set("trastuzumab trastuzumab_deruxtecan trastuzumab_emtansine pertuzumab lapatinib zanidatamab disitamab_vedotin "
             "pembrolizumab nivolumab tislelizumab zolbetuximab ramucirumab paclitaxel docetaxel irinotecan fluorouracil "
             "capecitabine s1 oxaliplatin cisplatin trifluridine_tipiracil apatinib".split())
CONDS = set("interstitial_lung_disease pneumonitis autoimmune_disease organ_transplant heart_failure hepatitis_b hepatitis_c hiv brain_metastases".split())
REG = {"US", "EU", "GB", "CN", "JP"}
TOP = {"case_id", "as_of", "patient", "diagnosis", "biomarkers", "treatments"}
PAT = {"age", "sex", "ecog", "lvef_percent", "conditions", "region", "city", "treatment_regions"}
DX = {"site", "histology", "lauren", "setting", "diagnosed_on", "recurred_on", "measurable_disease"}
BM = {"her2_ihc": {"score", "specimen", "criteria"}, "her2_ish": {"ratio", "mean_copies", "result"}, "pdl1_cps": {"value", "assay"},
      "cldn18_2": {"percent_positive"}, "mmr": {"result"}, "msi": {"result"}, "her2_ctdna": {"result"}}
TX = {"line", "setting", "agents", "started_on", "ended_on", "stop_reason", "toxicities"}
AS_OF = datetime.date(2026, 12, 1)
errs = []
def date(v, where):
    if v is None: return None
    try: d = datetime.date.fromisoformat(str(v))
    except Exception: errs.append(f"{where}: bad date {v!r}"); return None
    if d > AS_OF: errs.append(f"{where}: {d} after as_of")
    return d
for p in sorted(glob.glob(os.path.join(ROOT, "cases", "*.case.yaml"))):
    n = os.path.basename(p); c = yaml.safe_load(open(p))
    for k in set(c) - TOP: errs.append(f"{n}: unknown key {k}")
    if str(c.get("as_of")) != "2026-12-01": errs.append(f"{n}: as_of")
    pt = c.get("patient") or {}
    for k in set(pt) - PAT: errs.append(f"{n}: patient.{k} unknown")
    if not (18 <= pt.get("age", 0) <= 120): errs.append(f"{n}: age")
    if pt.get("sex") not in ("female", "male", "other"): errs.append(f"{n}: sex")
    if pt.get("ecog") not in (0, 1, 2, 3, 4): errs.append(f"{n}: ecog")
    for cond in pt.get("conditions") or []:
        if cond not in CONDS: errs.append(f"{n}: condition {cond}")
    if pt.get("region") not in REG: errs.append(f"{n}: region")
    dx = c["diagnosis"]
    for k in set(dx) - DX: errs.append(f"{n}: diagnosis.{k} unknown")
    if dx.get("site") not in ("stomach", "gej", "esophagus"): errs.append(f"{n}: site")
    if dx.get("histology") not in ("adenocarcinoma", "squamous_cell_carcinoma", "other"): errs.append(f"{n}: histology")
    if dx.get("lauren") not in (None, "intestinal", "diffuse", "mixed"): errs.append(f"{n}: lauren")
    if dx.get("setting") not in ("resectable", "locally_advanced_unresectable", "metastatic", "recurrent"): errs.append(f"{n}: setting")
    date(dx.get("diagnosed_on"), n); date(dx.get("recurred_on"), n)
    for i, b in enumerate(c.get("biomarkers") or []):
        kd = b.get("kind")
        if kd not in BM: errs.append(f"{n}: biomarker kind {kd}"); continue
        for k in set(b) - BM[kd] - {"kind", "tested_on"}: errs.append(f"{n}: biomarkers[{i}].{k}")
        date(b.get("tested_on"), f"{n} biomarkers[{i}]")
        if kd == "her2_ihc" and (b.get("score") not in ("0", "1+", "2+", "3+") or b.get("specimen") not in (None, "biopsy", "resection", "cytology") or b.get("criteria") not in (None, "gastric", "breast", "unknown")): errs.append(f"{n}: her2_ihc fields")
        if kd == "her2_ish" and b.get("result") not in (None, "amplified", "not_amplified", "equivocal"): errs.append(f"{n}: ish")
        if kd == "mmr" and b.get("result") not in ("proficient", "deficient"): errs.append(f"{n}: mmr")
        if kd == "msi" and b.get("result") not in ("mss", "msi_low", "msi_high"): errs.append(f"{n}: msi")
        if kd == "her2_ctdna" and b.get("result") not in ("amplified", "not_detected"): errs.append(f"{n}: ctdna")
    for i, t in enumerate(c.get("treatments") or []):
        for k in set(t) - TX: errs.append(f"{n}: treatments[{i}].{k}")
        for a in t.get("agents") or []:
            if a not in AGENTS: errs.append(f"{n}: agent {a}")
        if t.get("setting") not in ("palliative", "perioperative", "adjuvant", "neoadjuvant"): errs.append(f"{n}: tx setting")
        if t.get("stop_reason") not in ("progression", "toxicity", "completed", "patient_choice", "ongoing"): errs.append(f"{n}: stop_reason")
        s, e = date(t.get("started_on"), n), date(t.get("ended_on"), n)
        if s and e and e < s: errs.append(f"{n}: treatment ends before start")
print("\n".join(errs) or "cases OK")
sys.exit(1 if errs else 0)
