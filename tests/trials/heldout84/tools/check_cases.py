"""Minimal CONTRACT §1/§4 key and vocabulary check for the WI cases (my own helper)."""
import yaml, glob, datetime
TOP={"case_id","as_of","patient","diagnosis","biomarkers","treatments"}
PAT={"age","sex","ecog","lvef_percent","conditions","region","city","treatment_regions"}
DX={"site","histology","lauren","setting","diagnosed_on","recurred_on","measurable_disease"}
BM={"her2_ihc":{"score","specimen","criteria","tested_on"},"her2_ish":{"ratio","mean_copies","result","tested_on"},
    "pdl1_cps":{"value","assay","tested_on"},"cldn18_2":{"percent_positive","tested_on"},"mmr":{"result","tested_on"},
    "msi":{"result","tested_on"},"her2_ctdna":{"result","tested_on"}}
TR={"line","setting","agents","started_on","ended_on","stop_reason","toxicities"}
AG=set("trastuzumab trastuzumab_deruxtecan trastuzumab_emtansine pertuzumab lapatinib zanidatamab disitamab_vedotin pembrolizumab nivolumab tislelizumab zolbetuximab ramucirumab paclitaxel docetaxel irinotecan fluorouracil capecitabine s1 oxaliplatin cisplatin trifluridine_tipiracil apatinib".split())
CO=set("interstitial_lung_disease pneumonitis autoimmune_disease organ_transplant heart_failure hepatitis_b hepatitis_c hiv brain_metastases".split())
ok=True
def bad(*a):
    global ok; ok=False; print(*a)
for f in sorted(glob.glob("cases/*.yaml")):
    d=yaml.safe_load(open(f)); asof=str(d["as_of"])
    for k in set(d)-TOP: bad(f,"top key",k)
    for k in set(d["patient"])-PAT: bad(f,"patient key",k)
    for k in set(d["diagnosis"])-DX: bad(f,"dx key",k)
    for c in d["patient"].get("conditions") or []:
        if c not in CO: bad(f,"condition",c)
    for b in d.get("biomarkers") or []:
        kk=b["kind"]; 
        if kk not in BM: bad(f,"kind",kk); continue
        for k in set(b)-BM[kk]-{"kind"}: bad(f,"biomarker key",kk,k)
        if str(b.get("tested_on"))>asof: bad(f,"future date",b)
    for t in d.get("treatments") or []:
        for k in set(t)-TR: bad(f,"treatment key",k)
        for a in t["agents"]:
            if a not in AG: bad(f,"agent",a)
        for k in ("started_on","ended_on"):
            if t.get(k) and str(t[k])>asof: bad(f,"future",t)
print("cases OK" if ok else "cases FAIL")
