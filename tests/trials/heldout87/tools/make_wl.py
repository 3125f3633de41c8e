#!/usr/bin/env python3
"""Writes WL/<NCT>.yaml from the hand-made judgements below (reviewer's own work file)."""
import json, os, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = [f"WL-{i:02d}" for i in range(1, 9)]

def lines(nct):
    t = json.load(open(f"{ROOT}/records/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    return [l.strip() for l in t.split("\n") if l.strip()]

def M(r): return ("met", r)
def U(r): return ("unknown", r)
def N(r): return ("not_met", r)
def allc(st): return {c: st for c in C}

# ---------------------------------------------------------------- NCT05503797 (FORTE, plixorafenib)
L = lines("NCT05503797")
NA_B = M("does not apply — Subprotocol B is for primary CNS tumours; this patient has a gastric/GEJ/oesophageal adenocarcinoma")
def nab(): return allc(NA_B)
NA_D3 = M("does not apply — Subprotocol D is the residual V600E cohort; a V600E gastric adenocarcinoma in this patient would enter Subprotocol C, which no case fact closes")
NA_D8 = M("does not apply — Subprotocol D is the residual V600E cohort; Subprotocol C (which this patient would enter if V600E) is not closed by any case fact (ECOG 3 makes further standard therapy inappropriate)")
HEAD = lambda what: allc(M(f"heading only — no requirement of its own; {what}"))
agents = {
 "WL-01": "nivolumab + capecitabine + oxaliplatin",
 "WL-02": "pembrolizumab + trastuzumab + CAPOX, T-DXd, ramucirumab + paclitaxel, trifluridine/tipiracil",
 "WL-03": "zolbetuximab + CAPOX, ramucirumab + paclitaxel, trifluridine/tipiracil",
 "WL-04": "perioperative docetaxel + oxaliplatin + fluorouracil (FLOT)",
 "WL-05": "none (untreated)",
 "WL-06": "none (untreated)",
 "WL-07": "trastuzumab + CAPOX, ramucirumab + paclitaxel",
 "WL-08": "adjuvant S-1, pembrolizumab + trastuzumab + CAPOX, T-DXd, ramucirumab + paclitaxel",
}
def weight(c, age): return U(f"age {age} meets ≥10 years; body weight is not recorded in the case")
ages = {"WL-01": 41, "WL-02": 58, "WL-03": 62, "WL-04": 55, "WL-05": 71, "WL-06": 83, "WL-07": 36, "WL-08": 64}
site = {"WL-01": "gastric", "WL-02": "GEJ", "WL-03": "gastric", "WL-04": "gastric", "WL-05": "GEJ",
        "WL-06": "oesophageal", "WL-07": "gastric", "WL-08": "gastric"}

def soc(sub):
    other = {"A": "C", "C": "A"}[sub]
    return {
     "WL-01": U(f"not met for Subprotocol {sub}: only first line given (nivolumab + CAPOX) and standard second-line options (taxane ± ramucirumab, irinotecan) remain for this ECOG 1 patient; but not decisive — if the tumour is V600E, Subprotocol D (age 18–65, no prior-therapy requirement) stays open; BRAF status unknown"),
     "WL-02": M("has received every standard palliative line for HER2-positive GEJ cancer: pembrolizumab + trastuzumab + CAPOX, T-DXd, ramucirumab + paclitaxel and trifluridine/tipiracil (progressed 2026-11-10)"),
     "WL-03": M("has received the standard lines for HER2-0 CLDN18.2-high gastric cancer in the EU: zolbetuximab + CAPOX, ramucirumab + paclitaxel, trifluridine/tipiracil (progressed 2026-11-05); ECOG 2"),
     "WL-04": U(f"not met for Subprotocol {sub}: only perioperative FLOT so far (recurred 121 days after it, counted as first line); standard second-line therapy (taxane ± ramucirumab, FOLFIRI) remains, ECOG 1; but not decisive — if V600E, Subprotocol D (age 55, no prior-therapy requirement) stays open"),
     "WL-05": N("resectable GEJ cancer, untreated: standard curative-intent therapy (surgery ± perioperative therapy) is available and appropriate (ECOG 0); every subprotocol is closed for this patient (A/C by this, C by stage, D by age 71)"),
     "WL-06": N("untreated metastatic oesophageal adenocarcinoma: first-line fluoropyrimidine + oxaliplatin (reduced-dose, as for frail/older patients) is standard and nothing recorded shows intolerance; Subprotocol D is closed by age 83, so no route remains"),
     "WL-07": N("third line now; standard options remain for an ECOG 1 patient in China (nivolumab, apatinib, trifluridine/tipiracil); Subprotocols C and D are also closed by brain metastases"),
     "WL-08": M("three palliative lines (pembrolizumab + trastuzumab + CAPOX, T-DXd, ramucirumab + paclitaxel) and now ECOG 3: further standard chemotherapy is not appropriate at ECOG 3"),
    }
def ae(route):
    d = {}
    for c in C:
        if c in ("WL-05", "WL-06"):
            d[c] = U("no prior systemic therapy recorded; prior surgery/radiotherapy and any residual effects are not recorded in case fields")
        else:
            tox = {"WL-01": "grade 2 peripheral neuropathy recorded on line 1; current grade not recorded",
                   "WL-03": "grade 2 nausea recorded on line 1; current grade not recorded",
                   "WL-08": "grade 3 immune-related hepatitis and grade 2 pneumonitis recorded; current grades not recorded"}.get(
                       c, f"prior therapy ({agents[c]}); whether all adverse events are now ≤ grade 1 is not recorded")
            d[c] = U(tox)
    return d
def dsub(fn):
    """Subprotocol D item: does not apply for WL-03/WL-08 (route C open), else judged by fn."""
    d = {}
    for c in C:
        d[c] = NA_D3 if c == "WL-03" else NA_D8 if c == "WL-08" else fn(c)
    return d
def archival(): return {c: M("diagnostic tumour tissue exists (tissue biomarkers recorded); providing/qualifying it is a study procedure (C1)") for c in C}
def consent(): return allc(M("consent / study-procedure item (C1)"))
def nobraf(): return {c: M(f"no BRAF, ERK or MEK inhibitor among recorded systemic therapy ({agents[c]})") for c in C}
def nf1ras(extra=""):
    return {c: U("no RAS/NF1 result (no NGS) in the case" + extra) for c in C}
def interc(): return {c: U({"WL-03": "autoimmune disease listed; whether any intercurrent illness is uncontrolled is not recorded",
                            "WL-04": "hepatitis B listed; control status not recorded",
                            "WL-05": "hepatitis C listed; control status not recorded",
                            "WL-06": "heart failure (LVEF 40%) listed; whether controlled is not recorded",
                            "WL-08": "HIV and pneumonitis listed, ECOG 3; whether controlled is not recorded"}.get(
                                c, "intercurrent illness not fully recorded in case fields (C4)")) for c in C}
def infection(): return {c: U({"WL-04": "hepatitis B listed; whether it is active and needs systemic (antiviral) therapy is not recorded",
                               "WL-05": "hepatitis C listed; whether active/needing treatment is not recorded",
                               "WL-08": "HIV listed (handled by the HIV item); other active infection not recorded"}.get(
                                   c, "active infections are not recorded in case fields")) for c in C}
def hiv():
    return {c: (U("HIV listed; the item allows exceptions after discussion with the treating physician — control status not recorded")
                if c == "WL-08" else M("HIV not listed among conditions (known absent)")) for c in C}
def gi(): return {c: U("GI function/absorption and prior bowel resection are not decided by case fields (C4); "
                       + ("post-gastrectomy status appears only in a comment" if c in ("WL-04", "WL-08") else "patient has an upper-GI primary")) for c in C}

crit1 = []
def add(kind, text, j):
    assert text in "\n".join(L) or True
    crit1.append((kind, text, j))

add("inclusion", L[0], HEAD("the subprotocol items below are judged separately"))
add("inclusion", L[1], HEAD("Subprotocol A (BRAF fusion, any solid tumour) is a possible route for this adenocarcinoma"))
add("inclusion", L[2], {c: weight(c, ages[c]) for c in C})
add("inclusion", L[3], {c: M(f"histologically confirmed {site[c]} adenocarcinoma — a solid tumour") for c in C})
add("inclusion", L[4], allc(U("no BRAF fusion testing (DNA/RNA sequencing) recorded in the case")))
add("inclusion", L[5], archival())
add("inclusion", L[6], consent())
add("inclusion", L[7], soc("A"))
add("inclusion", L[8], ae("A"))
add("inclusion", L[9], allc(M("does not apply — heading of Subprotocol B (primary CNS tumours)")))
for i in range(10, 17): add("inclusion", L[i], nab())
ii, iii = L[17].split(" OR iii.")
add("inclusion", ii + " OR", nab())
add("inclusion", "iii." + iii, nab())
for i in range(18, 24): add("inclusion", L[i], nab())
add("inclusion", L[24], HEAD("Subprotocol C (rare BRAF V600E solid tumours) is a possible route for this adenocarcinoma"))
add("inclusion", L[25], {c: weight(c, ages[c]) for c in C})
c2 = {c: U(f"{site[c]} adenocarcinoma, {('recurrent, metastatic' if c in ('WL-04','WL-08') else 'metastatic')} — the stage part is met and a V600E gastro-oesophageal adenocarcinoma would be a rare tumour, but BRAF V600E status is unknown") for c in C}
c2["WL-05"] = N("disease is resectable (setting: resectable), not unresectable/locally advanced/metastatic; no other subprotocol is open (A: standard therapy not received; D: age 71)")
add("inclusion", L[26], c2)
meas = {c: M("measurable disease recorded (measurable_disease: true)") for c in C}
meas["WL-05"] = U("measurable disease not recorded (null)")
add("inclusion", L[27], meas)
add("inclusion", L[28], allc(U("no BRAF V600E result (tissue or liquid biopsy) in the case")))
add("inclusion", L[29], archival())
add("inclusion", L[30], consent())
add("inclusion", L[31], soc("C"))
dh = dsub(lambda c: M("heading only — Subprotocol D is a possible fallback here because a decided fact closes Subprotocol C for this patient"))
add("inclusion", L[32], dh)
def d1(c):
    a = ages[c]
    if 18 <= a <= 65: return M(f"age {a} is within 18–65")
    return N(f"age {a} is above 65; Subprotocols A and C are also closed for this patient")
add("inclusion", L[33], dsub(d1))
why_c_closed = {"WL-01": "standard second-line therapy not yet given", "WL-02": "brain metastases (C exclusion 3)",
                "WL-04": "standard second-line therapy not yet given", "WL-05": "resectable disease",
                "WL-06": "untreated, standard first-line therapy available", "WL-07": "brain metastases and standard third-line therapy available"}
add("inclusion", L[34], dsub(lambda c: U(f"solid tumour, and not eligible for Subprotocol C ({why_c_closed[c]}); but BRAF V600E status is unknown")))
add("inclusion", L[35], dsub(lambda c: meas[c]))
add("inclusion", L[36], dsub(lambda c: U("no BRAF V600E genomic result in the case")))
add("inclusion", L[37], dsub(lambda c: M("consent item (C1)")))
add("inclusion", L[38], dsub(lambda c: M("willingness/study-procedure item (C1)")))
aeD = ae("D")
add("inclusion", L[39], dsub(lambda c: aeD[c]))
# exclusions
add("exclusion", L[40], HEAD("the subprotocol items below are judged separately"))
add("exclusion", L[41], HEAD("Subprotocol A exclusions apply to the BRAF-fusion route"))
add("exclusion", L[42], nobraf())
add("exclusion", L[43], {c: M(f"no MEK inhibitor among recorded systemic therapy ({agents[c]})") for c in C})
ea3 = {c: M(f"prior targeted agents were given only within standard guideline lines ({agents[c]})") for c in C}
for c in ("WL-01", "WL-04", "WL-05", "WL-06"):
    ea3[c] = M("no prior tyrosine-kinase inhibitor or targeted therapy beyond chemotherapy/immunotherapy" if c != "WL-05" and c != "WL-06" else "no prior systemic therapy")
add("exclusion", L[44], ea3)
add("exclusion", L[45], nf1ras())
add("exclusion", L[46], interc())
add("exclusion", L[47], hiv())
add("exclusion", L[48], gi())
ea8 = {c: M("no prior immune checkpoint inhibitor") for c in C}
ea8["WL-01"] = M("prior nivolumab; the only recorded toxicity is grade 2 neuropathy — no liver toxicity")
ea8["WL-02"] = M("prior pembrolizumab; no toxicities recorded on that line (toxicities: [])")
ea8["WL-08"] = U("grade 3 immune-related hepatitis on pembrolizumab (line 1) excludes from Subprotocol A even though resolved; not decisive overall — Subprotocol C (V600E route) has no such exclusion and stays open; BRAF status unknown")
add("exclusion", L[49], ea8)
add("exclusion", L[50], allc(M("does not apply — heading of Subprotocol B (primary CNS tumours)")))
for i in range(51, 58): add("exclusion", L[i], nab())
add("exclusion", L[58], HEAD("Subprotocol C exclusions apply to the V600E route"))
add("exclusion", L[59], {c: M(f"{site[c]} adenocarcinoma, not colorectal or pancreatic") for c in C})
add("exclusion", L[60], {c: M(f"{site[c]} adenocarcinoma, not melanoma, papillary thyroid cancer or NSCLC") for c in C})
ec3 = {c: M("brain_metastases not listed (known absent)") for c in C}
ec3["WL-02"] = U("brain metastases listed — excludes from Subprotocol C (and D), but not decisive: Subprotocol A (BRAF fusion) has no CNS-metastasis exclusion and standard therapy is exhausted; BRAF status unknown")
ec3["WL-07"] = N("brain metastases listed; Subprotocol A is also closed (standard third-line therapy available), so no route remains")
add("exclusion", L[61], ec3)
add("exclusion", L[62], nobraf())
add("exclusion", L[63], nf1ras())
add("exclusion", L[64], {c: M(f"does not apply — the study tumour is a {site[c]} adenocarcinoma, not a prostate, breast or gynaecological cancer") for c in C})
add("exclusion", L[65], interc())
add("exclusion", L[66], infection())
add("exclusion", L[67], hiv())
add("exclusion", L[68], dsub(lambda c: M("heading only — Subprotocol D exclusions judged below")))
add("exclusion", L[69], dsub(lambda c: U("no NF-1/RAS/co-driver sequencing in the case"
    + ({"WL-02": "; HER2 IHC 3+ (likely ERBB2 amplification) is a co-driver only if amplification counts as a 'driver mutation' — not decided",
        "WL-06": "; ERBB2 amplification (ISH ratio 2.8) is a co-driver only if amplification counts as a 'driver mutation' — not decided",
        "WL-05": "; plasma ERBB2 amplification is a co-driver only if amplification counts as a 'driver mutation' — not decided"}.get(c, "")))))
def ed2(c):
    if c == "WL-02": return U("non-CNS tumour with brain metastases — excludes from Subprotocol D, but not decisive: Subprotocol A (BRAF fusion) stays open")
    if c == "WL-07": return N("non-CNS tumour with brain metastases; Subprotocols A and C are also closed, so no route remains")
    return M("brain_metastases not listed (known absent)")
add("exclusion", L[70], dsub(ed2))
add("exclusion", L[71], dsub(lambda c: interc()[c]))
add("exclusion", L[72], dsub(lambda c: infection()[c]))
add("exclusion", L[73], dsub(lambda c: hiv()[c]))
add("exclusion", L[74], dsub(lambda c: U("concomitant medications are not recorded in the case")))
def ed7(c):
    if c == "WL-06": return N("heart failure listed (LVEF 40%) — chronic cardiovascular disease; Subprotocol D is also closed by age, and A/C by untreated status")
    return U("heart failure not listed, but hypertension, blood pressure, QTc and ECG are not recorded (C4)")
add("exclusion", L[75], dsub(ed7))

# ---------------------------------------------------------------- NCT05538130 (PF-07799544 master study)
K = [l.lstrip("* ").strip() for l in lines("NCT05538130")]
crit2 = []
def add2(kind, text, j): crit2.append((kind, text, j))
add2("inclusion", K[0], HEAD("the items below are judged separately"))
i1 = {c: M(f"{'recurrent ' if c in ('WL-04','WL-08') else ''}metastatic {site[c]} adenocarcinoma — advanced/metastatic solid tumour") for c in C}
i1["WL-05"] = N("resectable disease, not advanced/metastatic; Substudy C also requires unresectable/advanced disease, so no route remains")
add2("inclusion", K[1], i1)
i2 = {
 "WL-01": U("progressed after first-line nivolumab + CAPOX, but satisfactory second-line options exist (taxane, irinotecan) — fails the phase 1a route; not decisive because Substudy C (BRAF class II/III, progressed on SOC) stays open; BRAF status unknown"),
 "WL-02": M("progressed on the fourth line (trifluridine/tipiracil, 2026-11-10) after every standard line; no satisfactory alternative remains"),
 "WL-03": M("progressed on third-line trifluridine/tipiracil (2026-11-05) after zolbetuximab-CAPOX and ramucirumab-paclitaxel, ECOG 2; no satisfactory alternative"),
 "WL-04": U("recurred 121 days after perioperative FLOT (progressed following last treatment), but satisfactory second-line options exist — fails the phase 1a route; not decisive because Substudy C stays open; BRAF status unknown"),
 "WL-05": N("no prior treatment and curative-intent therapy available; Substudy C is also closed (resectable, no SOC failure)"),
 "WL-06": N("no prior treatment, so no progression on prior therapy; standard first-line therapy is available; Substudy C is also closed (no progression/intolerance on SOC)"),
 "WL-07": U("progressed after ramucirumab + paclitaxel (2026-10-28), but third-line options exist (nivolumab, apatinib, trifluridine/tipiracil) — fails the phase 1a route; not decisive because Substudy C stays open; BRAF status unknown"),
 "WL-08": M("progressed on third-line ramucirumab + paclitaxel (2026-11-15); at ECOG 3 no further standard therapy is a satisfactory option"),
}
add2("inclusion", K[2], i2)
add2("inclusion", K[3], allc(M("does not apply — Substudy B is for melanoma")))
i4 = {c: M(f"advanced {site[c]} adenocarcinoma (not melanoma) that progressed on standard therapy ({agents[c]})") for c in C}
i4["WL-04"] = M("recurrent metastatic gastric adenocarcinoma (not melanoma) that recurred 121 days after standard perioperative FLOT — progression on SOC (counts as a prior line, C6)")
i4["WL-05"] = N("resectable and untreated — neither unresectable/advanced nor progressed on or intolerant to SOC")
i4["WL-06"] = N("metastatic, but untreated — has not progressed on, or shown intolerance to, standard therapy; phase 1a route also closed")
add2("inclusion", K[4], i4)
i5 = {c: (M("measurable disease recorded; Substudy B does not apply") if c != "WL-05" else U("measurable disease not recorded (null)")) for c in C}
add2("inclusion", K[5], i5)
add2("inclusion", K[6], allc(M("does not apply — Substudy B is for melanoma")))
add2("inclusion", K[7], allc(U("no BRAF testing recorded; a non-V600 class II/III BRAF alteration is unknown")))
add2("exclusion", K[8], HEAD("the items below are judged separately"))
e1 = {c: M("brain_metastases not listed (known absent)") for c in C}
e1["WL-02"] = U("brain metastases listed; their size is not a case field")
e1["WL-07"] = U("brain metastases listed; their size is not a case field")
add2("exclusion", K[9], e1)
add2("exclusion", K[10], allc(U("retinal vein occlusion and neuromuscular disorders are not recorded in case fields (C4)")))

def verdict(crit, c):
    st = [j[c][0] for _, _, j in crit]
    return "ineligible" if "not_met" in st else "eligible" if all(s == "met" for s in st) else "possibly_eligible"

NOTES = {
"NCT05503797": (
 "FORTE master protocol (plixorafenib). No case has a BRAF result, so the subprotocol cannot be assigned. "
 "A gastric/GEJ/oesophageal adenocarcinoma can enter Subprotocol A (BRAF fusion) or C (rare BRAF V600E solid "
 "tumour); D is the residual V600E cohort ('not eligible for other subprotocols'); B (primary CNS) never "
 "applies. Route rule: a failure that closes only one subprotocol while another stays open is 'unknown' "
 "(conditional on the BRAF alteration); it is 'not_met' only when every route is closed by case facts. "
 "D items are 'does not apply' when no case fact closes Subprotocol C. Weight is never recorded, so the "
 "age/weight items are unknown. 'Received all available standard therapy' is met after the guideline "
 "palliative lines (incl. trifluridine/tipiracil) or at ECOG 3; not met when standard lines remain for a fit "
 "patient. Archival tissue availability treated as a study procedure (met)."),
"NCT05538130": (
 "PF-07799544 master study. A gastric adenocarcinoma can enter the monotherapy phase 1a escalation (text "
 "requires no BRAF alteration) or Substudy C (non-V600 class II/III BRAF); Substudy B (melanoma) never "
 "applies. A failure of only the phase 1a route ('no satisfactory alternative') is unknown when Substudy C "
 "stays open (progressed on SOC, measurable). Recurrence ≤183 days after perioperative therapy counts as "
 "progression on SOC. Brain-metastasis size and RVO/neuromuscular disease are not case fields, so unknown."),
}

for nct, crit in (("NCT05503797", crit1), ("NCT05538130", crit2)):
    out = {"nct_id": nct, "reviewer_note": NOTES[nct],
           "verdicts": {c: verdict(crit, c) for c in C}, "criteria": []}
    for kind, text, j in crit:
        out["criteria"].append({"kind": kind, "text": text,
                                "judgements": {c: j[c][0] for c in C},
                                "reasons": {c: j[c][1] for c in C}})
    with open(f"{ROOT}/WL/{nct}.yaml", "w") as f:
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=120)
    print(nct, len(crit), out["verdicts"])
