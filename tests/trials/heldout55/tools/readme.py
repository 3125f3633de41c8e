#!/usr/bin/env python3
"""Write README.md (tables and totals computed from cases/ and VF/)."""
import os, glob, json, collections, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [f"VF-{i:02d}" for i in range(1, 9)]
NCTS = ["NCT04309578", "NCT04379596", "NCT04592211", "NCT04704661"]
SHORT = {"eligible": "E", "possibly_eligible": "P", "ineligible": "I"}

SUMMARY = {
 "VF-01": "HER2-low IHC 2+/ISH−, CLDN18.2 85%, CPS 3, pMMR; de novo metastatic diffuse gastric; treatment-naive (line 1); woman of child-bearing age",
 "VF-02": "HER2 IHC 3+ confirmed on post-progression liver re-biopsy; CPS 12, CLDN18.2 10%; after 1L pembrolizumab + trastuzumab + CAPOX (prior anti-PD-1, line 2)",
 "VF-03": "OESOPHAGEAL adenocarcinoma; LATE recurrence ~26 months after perioperative FLOT; resection IHC 1+ → recurrence IHC 3+/ISH+; CPS 0; non-measurable; hepatitis C; ECOG 2; line 1",
 "VF-04": "EARLY recurrence 153 days after perioperative FLOT (line 2); HER2-low IHC 1+, CPS 6, CLDN18.2 20%; HIV; untreated asymptomatic brain metastases (comment)",
 "VF-05": "HER2 3+ → LOSS (IHC 1+) on re-biopsy; T-DXd stopped for grade 2 pneumonitis; LVEF 48%; after trastuzumab+SOX, T-DXd, ramucirumab+paclitaxel (line 4)",
 "VF-06": "HER2 0 (ctDNA ERBB2 not detected); dMMR/MSI-H, CPS 25, CLDN18.2 40%; after nivolumab + CAPOX (prior anti-PD-1, line 2); autoimmune disease (psoriasis, comment)",
 "VF-07": "Locally advanced unresectable GEJ; ERBB2 amplification on ctDNA ONLY (no tissue HER2); heart failure, LVEF unknown; treatment-naive (line 1)",
 "VF-08": "HER2 IHC 2+/ISH amplified; CPS 4; after trastuzumab+CAPOX, irinotecan, disitamab vedotin (prior ADC), apatinib to 2026-11-20 (line 5); ECOG 3; hepatitis B; treated brain metastases (SRS 2026-11-10, comment)",
}


def main():
    cases = {c: yaml.safe_load(open(os.path.join(ROOT, "cases", f"{c}.case.yaml"))) for c in CASES}
    vf = {n: yaml.safe_load(open(os.path.join(ROOT, "VF", f"{n}.yaml"))) for n in NCTS}
    titles = {n: json.load(open(os.path.join(ROOT, "..", "shared", "data", "trials", "her2-gastric", f"{n}.json")))
              ["protocolSection"]["identificationModule"]["briefTitle"] for n in NCTS}
    L = []
    L.append("| case | age/sex | ECOG | LVEF | region, city | site / setting | conditions | summary |")
    L.append("|---|---|---|---|---|---|---|---|")
    for c, d in cases.items():
        p, dg = d["patient"], d["diagnosis"]
        L.append(f"| {c} | {p['age']} {p['sex'][0].upper()} | {p['ecog']} | {p.get('lvef_percent') or 'unknown'} | "
                 f"{p['region']}, {p.get('city')} | {dg['site']} / {dg['setting']} | {', '.join(p.get('conditions') or []) or '—'} | {SUMMARY[c]} |")
    case_table = "\n".join(L)
    L = ["| record | title | criteria | " + " | ".join(c[-2:] for c in CASES) + " |",
         "|---|---|---|" + "---|" * len(CASES)]
    tot_v = collections.Counter(); tot_j = collections.Counter(); ncrit = 0
    for n in NCTS:
        d = vf[n]; ncrit += len(d["criteria"])
        for cr in d["criteria"]:
            tot_j.update(cr["judgements"].values())
        tot_v.update(d["verdicts"].values())
        L.append(f"| {n} | {titles[n]} | {len(d['criteria'])} | " + " | ".join(SHORT[d["verdicts"][c]] for c in CASES) + " |")
    rec_table = "\n".join(L)
    # decisive not_met per record/case
    D = []
    for n in NCTS:
        d = vf[n]
        D.append(f"\n**{n}**\n")
        for c in CASES:
            nm = [cr["reasons"][c] for cr in d["criteria"] if cr["judgements"][c] == "not_met"]
            nu = sum(cr["judgements"][c] == "unknown" for cr in d["criteria"])
            D.append(f"- {c} {d['verdicts'][c]}: " + ("; ".join(nm) if nm else f"no criterion failed; {nu} unknown") )
    decisive = "\n".join(D)
    notes = "\n".join(f"- **{n}** — {vf[n]['reviewer_note']}" for n in NCTS)
    txt = TEMPLATE.format(case_table=case_table, rec_table=rec_table, decisive=decisive, notes=notes,
                          ncrit=ncrit, nj=sum(tot_j.values()), met=tot_j["met"], not_met=tot_j["not_met"],
                          unknown=tot_j["unknown"], el=tot_v["eligible"], pe=tot_v["possibly_eligible"], ie=tot_v["ineligible"])
    open(os.path.join(ROOT, "README.md"), "w").write(txt)
    print("README written")


TEMPLATE = """# Set VF — blind reference judgements on 4 registry records

## Who / what
Written by an outside reviewer acting as a medical oncologist who screens patients with advanced gastric /
GEJ / oesophageal adenocarcinoma for trials. Blind: nothing under /work/main or other /work/t* folders was read, and
the product was not run. Sources read: BRIEF.md, /work/shared/CONTRACT.md, the clinical fact sheet, one example
case (e04) for shape, and only the four assigned registry records (eligibility text, title, status, design).

Contents:
- `cases/VF-01.case.yaml` … `VF-08.case.yaml` — 8 patient cases (CONTRACT §1), `as_of` 2026-12-01. Extra facts are
  YAML comments at the top of each file and are **not** case facts (judgements ignore them).
- `VF/<NCT>.yaml` — one file per record: `nct_id`, `reviewer_note`, `verdicts`, and every criterion copied verbatim
  with a judgement and a short reason for every case.
- `tools/` — `vf_common.py` (helpers), `t_<NCT>.py` (the judgements, by hand), `build.py` (writes `VF/`, checks each
  text is verbatim in the record), `readme.py` (writes this file's tables), `validate.py` (given).
  Rebuild: `python3 tools/build.py && python3 tools/readme.py && python3 tools/validate.py`.

## Cases
{case_table}

Coverage asked for by the brief: HER2-positive before (VF-03, VF-08 at diagnosis) and after trastuzumab (VF-02,
VF-05, VF-08), HER2 loss on re-biopsy (VF-05), HER2-low IHC 1+ (VF-04) and 2+/ISH− (VF-01), HER2 0 (VF-06), ctDNA-only
ERBB2 (VF-07), CLDN18.2 high (VF-01 85%) and low (VF-02 10%, VF-04 20%), PD-L1 CPS 0–25, dMMR/MSI-H (VF-06), lines
1 (VF-01, VF-03, VF-07), 2 (VF-02, VF-04, VF-06), 4 (VF-05) and 5 (VF-08), prior T-DXd (VF-05) and another ADC
(disitamab vedotin, VF-08), prior anti-PD-1 (VF-02, VF-06), early (VF-04, 153 d) and late (VF-03, ~26 months)
recurrence after perioperative FLOT, locally advanced unresectable (VF-07), women of child-bearing age (VF-01 38,
VF-04 44) and older women (VF-05 67, VF-08 71), a man of 82 with ECOG 1 (VF-07), ECOG 0–3, LVEF 48% (VF-05) and
unknown (VF-07), brain metastases untreated-asymptomatic (VF-04) and treated (VF-08), hepatitis B (VF-08) and C
(VF-03), HIV (VF-04), heart failure (VF-07), pneumonitis after T-DXd (VF-05), autoimmune disease (VF-06), recent
operations/radiotherapy with dates (comments in VF-01, VF-02, VF-03, VF-08), oesophageal adenocarcinoma (VF-03),
regions GB, CN, US, EU, JP with cities.

## Records and verdicts
E = eligible, P = possibly_eligible, I = ineligible.

{rec_table}

Why (every `not_met`, or the count of unknowns when nothing failed):
{decisive}

## Conventions applied (from the brief)
- C1 consent, compliance, contraception, study-procedure items → met.
- C2 pregnancy/breast-feeding → met for men and women ≥55, unknown for the two women <55 (VF-01, VF-04). Life
  expectancy → unknown.
- C3 laboratory values and organ function → unknown; LVEF only from `lvef_percent` (null → unknown).
- C4 composite items are met only when every part is known absent. Vocabulary conditions not listed are known
  absent; anything outside the vocabulary (primary immunodeficiency, spinal cord compression, vaping, TB, DPD,
  effusions, other cancers, GI integrity, psychiatric history, medications, allergy) is unknown. Comments are ignored.
- C5 windows computed against 2026-12-01 (e.g. VF-08 apatinib to 2026-11-20 = 11 days).
- C6 perioperative therapy counts as a line only if recurrence ≤183 days after it (VF-04 yes, VF-03 no).
- C7 geography never decides (CLIA certification, local approvals); clauses for another cohort or tumour are met
  with a reason starting "does not apply".
- Headings inside the criteria text are their own items; pure labels ("General inclusion criteria", "Disease
  Characteristics:") are met as headings, headings that carry a requirement (the DASH HER2 bullet, the NCT04592211
  organ-function stem) are judged.

## Reading choices where a colleague might differ
{notes}

Cross-record choices:
- Radiotherapy and surgery have no case field (CONTRACT §1), so the recent operations / radiotherapy given in
  comments (VF-01 laparoscopy, VF-02 liver biopsy, VF-03 radiotherapy + jejunostomy, VF-08 SRS) leave every
  surgery/radiotherapy washout item unknown; likewise treated-vs-untreated brain metastases (VF-04 vs VF-08) cannot be
  told apart from the fields, so "active CNS metastases" items are unknown for both, while "history of brain
  metastasis" (NCT04309578) is not met for both.
- A hepatitis B / C or HIV condition with no viral-load field: "known HIV" and "history of / past" hepatitis items
  are not met; "active" hepatitis items are unknown.
- Grade 2 pneumonitis on T-DXd is taken as pneumonitis that required steroids.
- Where a treatment list shows no investigational agent, "investigational product within N weeks" items are met.

## Shortfalls
- No `eligible` verdicts: under C3/C4 every record has laboratory, life-expectancy or unrecorded-history items that
  stay unknown, so the best achievable verdict is `possibly_eligible`.
- NCT04592211's title restricts it to second-line, checkpoint-inhibitor-experienced patients, and NCT04309578's title
  requires serum HER2 positivity; neither is in the eligibility text, so neither was judged. Treatment-naive VF-01
  and VF-07 are therefore `possibly_eligible` for NCT04592211 on the text alone.
- The case format cannot carry radiotherapy, surgery, brain-metastasis activity, viral loads, NYHA class or
  menopausal status, which is why several requested features live only in comments and do not change judgements.
- Judgements are one reviewer's; no second reader.

## Totals
- 8 cases, 4 records, {ncrit} criteria, {nj} judgements (met {met}, not_met {not_met}, unknown {unknown}).
- Verdicts (32): eligible {el}, possibly_eligible {pe}, ineligible {ie}.
- `python3 tools/validate.py` ends with `OK`.
"""

if __name__ == "__main__":
    main()
