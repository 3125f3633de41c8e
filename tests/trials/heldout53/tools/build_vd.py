#!/usr/bin/env python3
"""Build cases/VD-*.case.yaml, VD/<NCT>.yaml and README.md from cases_vd.py and judgements_vd.py."""
import json, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cases_vd import CASES, COMMENTS, AS_OF  # noqa: E402
from judgements_vd import CRITERIA, NOTES  # noqa: E402

REC_DIR = "/work/shared/data/trials/her2-gastric"
IDS = [f"VD-{i:02d}" for i in range(1, 9)]
PREFIX = re.compile(r"^\s*(?:\d+\.|\*|[A-Z]\.)\s+")


def dump(obj):
    return yaml.safe_dump(obj, sort_keys=False, allow_unicode=True, width=100000, default_flow_style=False)


# ---- cases
os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
for cid in IDS:
    c = CASES[cid]
    head = "".join("# " + l + "\n" for l in COMMENTS[cid].splitlines())
    head += "# Comments above are context only; judgements use the fields below.\n"
    with open(os.path.join(ROOT, "cases", f"{cid}.case.yaml"), "w") as f:
        f.write(head + dump(c))


def fmt(reason, cid):
    p = CASES[cid]["patient"]
    cps = next((b["value"] for b in CASES[cid]["biomarkers"] if b["kind"] == "pdl1_cps"), None)
    return reason.format(e=p.get("ecog"), lvef=p.get("lvef_percent"), age=p.get("age"), cps=cps)


# ---- trial files
os.makedirs(os.path.join(ROOT, "VD"), exist_ok=True)
summary = {}
titles = {}
totals = {"criteria": 0, "judgements": 0, "met": 0, "not_met": 0, "unknown": 0}
for nct, crit in CRITERIA.items():
    ps = json.load(open(os.path.join(REC_DIR, nct + ".json")))["protocolSection"]
    titles[nct] = ps["identificationModule"]["briefTitle"]
    lines = ps["eligibilityModule"]["eligibilityCriteria"].split("\n")
    out = []
    for kind, idx, (dcode, dreason), ov in crit:
        parts = [lines[idx[0]]] + [lines[i] for i in idx[1:]]
        text = PREFIX.sub("", parts[0], count=1)
        if len(parts) > 1:
            text = text + "\n" + "\n".join(p.strip() for p in parts[1:])
        text = text.strip()
        j, r = {}, {}
        for n, cid in enumerate(IDS, 1):
            code, reason = ov.get(n, (dcode, dreason))
            assert reason != "x", (nct, idx, cid)
            j[cid] = code
            r[cid] = fmt(reason, cid)
            totals[code] += 1
            totals["judgements"] += 1
        totals["criteria"] += 1
        out.append({"kind": kind, "text": text, "judgements": j, "reasons": r})
    verdicts = {}
    for cid in IDS:
        st = [c["judgements"][cid] for c in out]
        verdicts[cid] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    summary[nct] = (verdicts, out)
    doc = {"nct_id": nct, "reviewer_note": NOTES[nct], "verdicts": verdicts, "criteria": out}
    with open(os.path.join(ROOT, "VD", nct + ".yaml"), "w") as f:
        f.write(dump(doc))

# ---- README
def line_of(cid):
    c = CASES[cid]; p = c["patient"]; d = c["diagnosis"]
    bm = []
    for b in c["biomarkers"]:
        k = b["kind"]
        if k == "her2_ihc": bm.append(f"IHC {b['score']} ({b['tested_on'][:7]})")
        elif k == "her2_ish": bm.append(f"ISH {b['result']}")
        elif k == "her2_ctdna": bm.append(f"ctDNA ERBB2 {b['result']}")
        elif k == "pdl1_cps": bm.append(f"CPS {b['value']}")
        elif k == "cldn18_2": bm.append(f"CLDN18.2 {b['percent_positive']}%")
        elif k == "mmr": bm.append("dMMR" if b["result"] == "deficient" else "pMMR")
        elif k == "msi": bm.append(b["result"].upper().replace("_", "-"))
    tx = []
    for t in c["treatments"]:
        lab = f"L{t['line']}" if t.get("line") else t["setting"]
        tox = "".join(f", {x['event']} G{x['grade']}" for x in t.get("toxicities") or [])
        tx.append(f"{lab}: {'+'.join(t['agents'])} ({t['started_on']}..{t['ended_on']}, {t['stop_reason']}{tox})")
    return (f"| {cid} | {p['age']} {p['sex'][0].upper()}, {p['city']} ({p['region']}) | ECOG {p['ecog']}, LVEF "
            f"{p['lvef_percent'] if p['lvef_percent'] is not None else 'unknown'} | {', '.join(p['conditions']) or '-'} | "
            f"{d['site']} {d['lauren']}, {d['setting']}"
            f"{' (recurred ' + d['recurred_on'] + ')' if d.get('recurred_on') else ''} | {'; '.join(bm)} | "
            f"{'; '.join(tx) or 'none'} |")


vc = {"eligible": 0, "possibly_eligible": 0, "ineligible": 0}
rec_rows = []
for nct, (v, out) in summary.items():
    for x in v.values(): vc[x] += 1
    rec_rows.append(f"| {nct} | {titles[nct][:90]} | {len(out)} | " + " | ".join(
        {"eligible": "E", "possibly_eligible": "P", "ineligible": "I"}[v[c]] for c in IDS) + " |")
    # decisive not_met per case
decisive = []
for nct, (v, out) in summary.items():
    for cid in IDS:
        nm = [c for c in out if c["judgements"][cid] == "not_met"]
        if nm:
            decisive.append(f"- {nct} {cid}: " + "; ".join(c["reasons"][cid] for c in nm[:2]) + ("" if len(nm) <= 2 else f" (+{len(nm)-2} more)"))

readme = f"""# Set VD — blind reference judgements on 4 HER2/gastric registry records

**Who/what.** Written blind by an outside reviewer acting as a medical oncologist who screens patients with
advanced gastric / GEJ / oesophageal adenocarcinoma for trials. Inputs read: the 4 ClinicalTrials.gov API v2
records named in the brief, `/work/shared/CONTRACT.md`, `/work/shared/clinical/fact-sheet.md` and the one
example case file allowed. Nothing under `/work/main` or other `/work/t*` folders was opened and the product
was not run. Review date (`as_of`) for every case: {AS_OF}.

Files: `cases/VD-01..08.case.yaml` (CONTRACT §1 cases; facts in the fields, context in leading YAML comments),
`VD/<NCT>.yaml` (one per record: reviewer_note, verdicts, every criterion verbatim with a judgement and reason
per case), `tools/cases_vd.py` + `tools/judgements_vd.py` (the source data), `tools/build_vd.py` (writes the
YAML and this README; criterion texts are cut from the record lines so they stay verbatim),
`tools/validate.py` (given).

## Shortfalls
- One reviewer, no second reader; judgements were not adjudicated.
- The registry texts are summaries of protocols (e.g. PAN-206 'history of trauma or major surgery' has no time
  window; ARTEMIDE has no perioperative rule, 'adequate washout' is undefined). I judged the text as written
  and noted the choices below; the full protocols may differ.
- The case format has no fields for surgery/radiotherapy dates, brain-metastasis treatment, toxicity
  resolution, infection control (HBV/HCV/HIV), NYHA class, weight or T/N stage, so many items are `unknown` by
  convention C4 even where the comment at the top of the case would settle them. No case can be `eligible`
  for any of these records because every record has laboratory/organ-function items (C3).
- Drug facts used from memory and not re-verified from a label in this session: ramucirumab half-life about
  14 days; EU oxaliplatin SmPC contraindication for peripheral sensory neuropathy with functional impairment;
  grade >=2 T-DXd ILD/pneumonitis requires corticosteroids (fact sheet §4.3).

## Cases

| case | patient | ECOG / LVEF | conditions | disease | biomarkers | treatments |
|---|---|---|---|---|---|---|
""" + "\n".join(line_of(c) for c in IDS) + f"""

Coverage: HER2-positive before trastuzumab (VD-01) and after (VD-04, VD-05), HER2 loss on re-biopsy (VD-03);
HER2-low IHC 1+ (VD-03 re-biopsy) and IHC 2+/ISH not amplified (VD-06); IHC 2+ with ISH not done (VD-02);
HER2 0 (VD-07); ctDNA-only ERBB2 (VD-08); CLDN18.2 high (VD-02, VD-06, VD-07) and low (VD-01, VD-04, VD-05);
CPS 0 to 30; dMMR/MSI-H (VD-08); lines 1 (VD-01, VD-02, VD-08), 2 (VD-06, periop counts), 3 (VD-03, VD-04),
6 (VD-05); prior T-DXd (VD-04, VD-05) and disitamab vedotin (VD-05); prior anti-PD-1 (VD-04, VD-05); early
recurrence after perioperative FLOT (VD-06, 102 days) and late recurrence after adjuvant CAPOX (VD-08, 3.5
years); resectable (VD-07) and locally advanced unresectable (VD-02); women of child-bearing age (VD-02 45,
VD-06 34) and older women (VD-04 67, VD-07 59); a man of 83 (VD-03); ECOG 0, 1, 2 and 3 (VD-08); LVEF low
(VD-04 45%, VD-08 52%) and unknown (VD-03, VD-07); brain metastases untreated (VD-04) and treated by SRT
(VD-05; treatment status only in comments); hepatitis B (VD-01), hepatitis C and HIV (VD-08); heart failure and
ILD (VD-03); pneumonitis (VD-04); autoimmune disease (VD-06); recent operation (VD-01 cholecystectomy
2026-11-12) and radiotherapy (VD-05 SRT completed 2026-11-13, VD-08 8 Gy on 2026-11-20), gastrectomy dates
(VD-06 2026-05-18, VD-08 2022-07-05); ramucirumab+paclitaxel as one of two lines (VD-03); grade 2 oxaliplatin
neuropathy (VD-06); 45-year-old woman whose negative pregnancy test is only in a comment (VD-02); Hong Kong
resident with region CN (VD-01). Regions: GB (VD-02, VD-08), CN (VD-01, VD-05, VD-06), US (VD-04), EU (VD-07),
JP (VD-03).

## Records and verdicts

E eligible, P possibly eligible, I ineligible.

| record | title | criteria | {' | '.join(IDS)} |
|---|---|---|{'---|' * len(IDS)}
""" + "\n".join(rec_rows) + """

Plausible candidate per record: PAN-206 VD-05 (6th line after T-DXd, IHC 3+ re-biopsy); DESTINY-Gastric05
VD-01, VD-02 and VD-08; zolbetuximab neoadjuvant VD-07; ARTEMIDE-Gastric01 VD-01 and VD-02.

Decisive not_met reasons (first two per case and record):

""" + "\n".join(decisive) + f"""

## Conventions applied (from the brief)
C1 consent, compliance, contraception, study procedures: met. C2 pregnancy/breast-feeding: met for men and
women >=55, unknown for women <55 (VD-02's negative test is only a comment); life expectancy unknown. C3
laboratory, organ and pulmonary function unknown; LVEF only from `lvef_percent` (its date is not known, so
'within 28 days' is not judged). C4 composite items met only when every part is known absent; a vocabulary
condition not listed is known absent; comments are not facts. C5 windows computed on {AS_OF}. C6
perioperative/adjuvant therapy counts as a line when recurrence is <=183 days after it (VD-06 yes, VD-08 no).
C7 other cohorts/tumours: met with "does not apply". For exclusions, met = not excluded.

## Reading choices where a colleague might differ
- **Ongoing/persistent toxicity**: a grade >=2 toxicity recorded on a line that ended <=183 days before
  {AS_OF} is taken as still present (VD-04 pneumonitis 77 days, VD-06 neuropathy 134 days); an empty
  `toxicities` list means none recorded (met).
- **Central HER2 tests**: unknown while only local results exist; not_met only when local tissue is decisively
  negative for the definition (IHC 0, or IHC 2+/ISH not amplified for 'HER2-positive'). PAN-206 IHC 3+ with only
  a local 2+ is unknown (2+/3+ interobserver variation). ARTEMIDE names no central test: local IHC 3+ on biopsy
  is met; VD-03 (HER2 lost on the latest biopsy) is not_met there, but unknown for DESTINY-Gastric05 which
  accepts tissue from the diagnosis of advanced disease (his 2025 biopsy was 3+).
- **PAN-206 'no available treatment options that have confirmed benefit'**: not_met while standard
  later-line options remain (ramucirumab+paclitaxel, trifluridine/tipiracil); met for VD-05 after 5 lines.
- **PAN-206 'history of trauma or major surgery'**: read literally (no window): gastrectomy implied by
  perioperative/adjuvant therapy gives not_met for VD-06 and VD-08.
- **PAN-206 washout**: ramucirumab 5 half-lives (~70 days) exceed 4 weeks, so VD-03 (34 days) is not_met on
  {AS_OF}; ARTEMIDE's undefined 'adequate washout' is unknown for the same patient.
- **LVEF 45% and heart failure** count as significant cardiovascular/cardiac disease (PAN-206, ARTEMIDE).
- **Label contraindications**: DESTINY-Gastric05 lists each drug with 'or', so VD-06's grade 2 oxaliplatin
  neuropathy is not_met; ARTEMIDE says 'platinum (cisplatin and oxaliplatin)', read as the class, so unknown.
- **Zolbetuximab trial**: recurrent disease after gastrectomy fails the T/N staging item (no primary tumour);
  `setting` resectable/locally advanced rules out distant metastasis and known peritoneal seeding; absence of
  `autoimmune_disease` rules out chronic inflammatory bowel disease; menopause-definition sub-items are judged
  as their own items; the creatinine formulas are kept with their bullet.
- **DESTINY-Gastric05** has no ECOG item in the registry text, so VD-08 (ECOG 3) stays possibly eligible there.
- **Myocardial infarction, spinal cord compression, SARS-CoV-2, TB, weight** are not case fields: unknown.

## Totals
- Cases: 8. Records: 4. Criteria: {totals['criteria']}. Judgements: {totals['judgements']}
  (met {totals['met']}, not_met {totals['not_met']}, unknown {totals['unknown']}).
- Verdicts (32): eligible {vc['eligible']}, possibly_eligible {vc['possibly_eligible']}, ineligible {vc['ineligible']}.
"""
with open(os.path.join(ROOT, "README.md"), "w") as f:
    f.write(readme)
print(totals, vc)
