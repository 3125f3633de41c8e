#!/usr/bin/env python3
"""Write WJ/NCT05970497.yaml; judgements written by hand per case."""
import sys, os, yaml
sys.path.insert(0, os.path.dirname(__file__))
from split_items import items
NCT = "NCT05970497"
C = [f"WJ-{i:02d}" for i in range(1, 9)]
MEN = {"WJ-03", "WJ-04", "WJ-06"}
def A(st, why, **over):
    d = {c: (st, why) for c in C}
    for key, v in over.items():
        d[key.replace("_", "-")] = v
    return d
MEL = "does not apply: melanoma cohorts 5-6; gastric/GEJ adenocarcinoma goes to cohorts 1-4"
J = {
 "Life expectancy": A("unknown", "life expectancy not assessable from the case (C2)"),
 "ECOG performance status of 0 or 1": A("met", "ECOG 0-1", WJ_04=("not_met", "ECOG 2"), WJ_05=("not_met", "ECOG 3")),
 "Have measurable disease per RECIST": A("met", "measurable disease recorded", WJ_07=("not_met", "measurable_disease: false")),
 "Cohorts 1-4 only: Histologically confirmed": A("met", "see per-case reasons",
    WJ_01=("met", "recurrent gastric adenocarcinoma, progressed on pembrolizumab+CAPOX and ramucirumab+paclitaxel"),
    WJ_02=("not_met", "metastatic but treatment-naive; standard first-line therapy exists and no refusal is recorded"),
    WJ_03=("met", "metastatic gastric adenocarcinoma, progressed on trastuzumab+CAPOX"),
    WJ_04=("met", "metastatic gastric adenocarcinoma, progressed on S-1+oxaliplatin+nivolumab"),
    WJ_05=("met", "metastatic gastric adenocarcinoma, progressed on or intolerant of five lines"),
    WJ_06=("met", "recurrent GEJ adenocarcinoma, recurred 126 days after perioperative FLOT (progressed on standard therapy)"),
    WJ_07=("not_met", "resectable, not locally advanced/metastatic; on neoadjuvant therapy, not progressed"),
    WJ_08=("met", "metastatic GEJ adenocarcinoma, progressed on three palliative lines")),
 "Cohorts 5 and 6 only: Histologically confirmed stage III": A("met", MEL),
 "Subject has previously failed one prior anti-PD-1": A("met", MEL),
 "If proto-oncogene B-Raf": A("met", MEL),
 "Cohort 5 only": A("met", MEL),
 "Cohort 6 only": A("met", MEL),
 "Prior surgery or radiation therapy must be fully recovered": A("unknown", "surgery/radiotherapy and recovery, and systemic corticosteroid need, not in the case fields (C4)",
    WJ_06=("unknown", "oesophagogastrectomy implied by perioperative therapy; recovery and steroid use not recorded"),
    WJ_07=("unknown", "on neoadjuvant FLOT; recent procedures and corticosteroid use not in the case fields")),
 "The subject is pregnant, nursing": None,
 "Have known history of positive human immunodeficiency": A("met", "no HIV recorded", WJ_02=("not_met", "known HIV infection")),
 "Cohorts 5 and 6 only:": A("met", MEL),
 "Subject has a known additional malignancy": A("met", MEL),
 "Subject has uveal/ocular melanoma.": A("met", MEL),
 "The subject has active brain metastases": A("met", MEL,
    WJ_06=("met", "does not apply: melanoma-cohort exclusion (brain metastases are not a key exclusion for cohorts 1-4)"),
    WJ_08=("met", "does not apply: melanoma-cohort exclusion (brain metastases are not a key exclusion for cohorts 1-4)")),
 "Subject has received more than 2 lines": A("met", MEL),
 "Prior anti-LAG-3 and/or anti-PD-1 therapy was intolerable": A("met", MEL),
}
preg = {c: ("met", "man") for c in MEN}
preg.update({"WJ-01": ("met", "woman aged 62 (C2)"), "WJ-08": ("met", "woman aged 74 (C2)"),
             "WJ-02": ("unknown", "woman aged 44 (C2)"), "WJ-05": ("unknown", "woman aged 51 (C2)"),
             "WJ-07": ("unknown", "woman aged 36 (C2)")})
J["The subject is pregnant, nursing"] = preg
crit, used = [], set()
for k, t in items(NCT):
    keys = [p for p in J if t.startswith(p)]
    if len(keys) > 1:
        keys = [p for p in keys if p == t] or [max(keys, key=len)]
    if len(keys) != 1: sys.exit(f"ambiguous {t[:60]} {keys}")
    used.add(keys[0]); d = J[keys[0]]
    crit.append({"kind": k, "text": t, "judgements": {c: d[c][0] for c in C}, "reasons": {c: d[c][1] for c in C}})
assert used == set(J), set(J) - used
verd = {}
for c in C:
    st = [x["judgements"][c] for x in crit]
    verd[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
note = open(os.path.join(os.path.dirname(__file__), "note_NCT05970497.txt")).read().strip()
yaml.safe_dump({"nct_id": NCT, "reviewer_note": note, "verdicts": verd, "criteria": crit},
               open(f"WJ/{NCT}.yaml", "w"), sort_keys=False, allow_unicode=True, width=200)
print(NCT, len(crit), verd)
