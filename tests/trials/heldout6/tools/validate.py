import yaml, json, glob, os
CASES = [f"TH-0{i}" for i in range(1, 9)]
existing = set(open("/work/th/existing_ncts.txt").read().split())
bad = 0; n = 0
for f in sorted(glob.glob("TH/*.yaml")):
    d = yaml.safe_load(open(f))
    nct = d["nct_id"]
    assert os.path.basename(f) == nct + ".yaml"
    if nct in existing: print("EXISTING", nct); bad += 1
    rec = json.load(open(f"records/{nct}.json"))
    el = rec["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    assert rec["protocolSection"]["identificationModule"]["nctId"] == nct
    assert set(d["verdicts"]) == set(CASES)
    for c in d["criteria"]:
        n += 8
        if c["text"] not in el: print("NOT VERBATIM", nct, repr(c["text"][:60])); bad += 1
        assert c["kind"] in ("inclusion", "exclusion")
        assert set(c["judgements"]) == set(CASES) and set(c["reasons"]) == set(CASES)
        assert all(v in ("met", "not_met", "unknown") for v in c["judgements"].values())
        assert all(isinstance(r, str) and r.strip() for r in c["reasons"].values())
    for cs in CASES:
        js = [c["judgements"][cs] for c in d["criteria"]]
        exp = "ineligible" if "not_met" in js else ("eligible" if all(j == "met" for j in js) else "possibly_eligible")
        if d["verdicts"][cs] != exp: print("VERDICT", nct, cs); bad += 1
    # duplicate criterion texts
    texts = [c["text"] for c in d["criteria"]]
    if len(set(texts)) != len(texts): print("DUP", nct)
for f in glob.glob("records/*.json"):
    if os.path.basename(f)[:-5] not in [os.path.basename(x)[:-5] for x in glob.glob("TH/*.yaml")]: print("record without TH", f)
# cases vs contract vocab
for f in sorted(glob.glob("cases/*.yaml")):
    d = yaml.safe_load(open(f))
    allowed = {"case_id","as_of","patient","diagnosis","biomarkers","treatments"}
    assert set(d) <= allowed, f
    assert str(d["as_of"]) == "2026-12-01"
    assert set(d["patient"]) <= {"age","sex","ecog","lvef_percent","conditions","region","city","treatment_regions"}
    assert set(d["diagnosis"]) <= {"site","histology","lauren","setting","diagnosed_on","recurred_on","measurable_disease"}
    for c in d["patient"]["conditions"]:
        assert c in "interstitial_lung_disease pneumonitis autoimmune_disease organ_transplant heart_failure hepatitis_b hepatitis_c hiv brain_metastases".split()
    for b in d["biomarkers"]:
        assert b["kind"] in "her2_ihc her2_ish pdl1_cps cldn18_2 mmr msi her2_ctdna".split()
    for t in d["treatments"]:
        for a in t["agents"]:
            assert a in "trastuzumab trastuzumab_deruxtecan trastuzumab_emtansine pertuzumab lapatinib zanidatamab disitamab_vedotin pembrolizumab nivolumab tislelizumab zolbetuximab ramucirumab paclitaxel docetaxel irinotecan fluorouracil capecitabine s1 oxaliplatin cisplatin trifluridine_tipiracil apatinib".split(), a
        assert t["setting"] in ("palliative","perioperative","adjuvant","neoadjuvant")
        assert t["stop_reason"] in "progression toxicity completed patient_choice ongoing".split()
print("judgements", n, "problems", bad)
