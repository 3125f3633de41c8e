import os, sys, glob, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from studies_e import STUDIES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASIA = {'NCT03329690': 'Sponsor Daiichi Sankyo (JP); sites Japan + South Korea',
        'NCT03766607': 'Sponsor Korean South West Oncology Group (KR)',
        'NCT02512237': 'Sponsor Zhejiang Medicine (CN)',
        'NCT01396707': 'Sponsor Asan Medical Center (KR)',
        'NCT05141747': 'Sponsor Shanghai Miracogen (CN)',
        'NCT03653507': 'Global incl. Asian sites (not shown on the excerpt)'}
TYPE = {'NCT03329690': 'HER2 ADC (T-DXd), >=3L', 'NCT03766607': '2L after trastuzumab (ram+pac+trastuzumab)',
        'NCT02512237': 'HER2 ADC phase 1 basket (gastric cohort)', 'NCT01396707': '1L HER2+ trastuzumab+XELOX',
        'NCT05141747': 'HER2 ADC, HER2-positive and HER2-low, >=2L', 'NCT06059495': 'dMMR/MSI-H localized (resectable), dostarlimab',
        'NCT06333314': 'dMMR/MSI-H tumour-agnostic basket incl. gastric/OGJ, 1L', 'NCT03081143': '2L after platinum/FP (ramucirumab combos)',
        'NCT03653507': 'CLDN18.2 zolbetuximab 1L', 'NCT01196390': 'HER2+ oesophageal adenocarcinoma, localized trimodality',
        'NCT02689284': '2L+ HER2+ after trastuzumab: margetuximab + pembrolizumab', 'NCT01522768': '2L+ HER2+ trastuzumab-refractory oesophagogastric: afatinib + paclitaxel'}
out = []
out.append("""# TJ - blind trial-matching test set

**Reviewer.** Outside clinical reviewer (medical oncologist screening advanced gastric, GEJ and oesophageal
adenocarcinoma for trials), working alone and blind. Cases judged as of **2026-12-01**; pages retrieved 2026-12-05.

**What I read.** Only `/work/shared/CONTRACT.md` (sections 1, 3, 4), `/work/shared/clinical/fact-sheet.md`,
`/work/shared/examples/*.case.yaml`, this folder, and public pages returned by the `search` tool (corpus "pages").
I did not open `/work/main`, `/work/ci`, `/work/shared/data`, any other test set, or run any her2nav program.
No NCT id listed in `existing_ncts.txt` is used.

**Layout.** `records/<NCT>.json` (ClinicalTrials.gov API v2 shaped, only fields a page showed, plus `source`),
`cases/TJ-01..TJ-10.case.yaml` (CONTRACT section 1), `TJ/<NCT>.yaml` (verdicts, every visible criterion verbatim with
per-case judgement and reason), `src/` (the tables and build script that generate `records/` and `TJ/`:
`python3 src/build.py`; this README: `python3 src/readme.py`). Validate with `python3 tools/validate.py`.

**Judging convention** (CONTRACT section 3). Exclusion `met` = the patient passes. A clause that does not apply
(pregnancy items for men or a 79-year-old woman, another cohort's clause, permissive clauses) is `met` with a reason
starting "does not apply". Composite clauses are `met` only when every part is known. Only the **visible** text was
judged; where a page cut the text, criteria that would obviously matter (e.g. HER2 or CLDN18.2 thresholds, dMMR)
but are not visible were not invented. `conditions: []` is read as "none of the vocabulary conditions in history",
so e.g. "clinically significant lung disease" is met when no ILD/pneumonitis is recorded, but composite cardiac
items (MI, arrhythmia, QTc - not representable in the case format) stay `unknown`. Consent, life expectancy,
laboratory values and tissue availability are never recorded and are `unknown`.
""")
out.append("## Sources\n")
out.append("| NCT | Title | Type | Status (as shown) | Phase | Asian sponsor/site | URLs |\n|---|---|---|---|---|---|---|")
for s in STUDIES:
    out.append(f"| {s['nct']} | {s['title']} | {TYPE[s['nct']]} | {s['status']} | {', '.join(s['phases'])} | {ASIA.get(s['nct'], '-')} | " + '<br>'.join(s['urls']) + " |")
out.append("\n## Per-study source notes (where the text was cut)\n")
for s in STUDIES:
    out.append(f"- **{s['nct']}** ({s['kind']}). {s['notes']}")
out.append("\n## Patients\n")
out.append("| Case | Region / city | Age, sex | ECOG | LVEF | Site, setting | HER2 | PD-L1 CPS | CLDN18.2 | MMR/MSI | Conditions | Prior therapy (line: agents, dates, stop) |\n|---|---|---|---|---|---|---|---|---|---|---|---|")
for f in sorted(glob.glob(os.path.join(ROOT, 'cases', '*.case.yaml'))):
    d = yaml.safe_load(open(f)); p = d['patient']; dx = d['diagnosis']
    her2 = []; cps = cl = mmr = '-'
    for b in d['biomarkers']:
        if b['kind'] == 'her2_ihc': her2.append(f"IHC {b['score']} ({b['tested_on']})")
        if b['kind'] == 'her2_ish': her2.append(f"ISH {b.get('result')} ratio {b.get('ratio')}")
        if b['kind'] == 'pdl1_cps': cps = str(b['value'])
        if b['kind'] == 'cldn18_2': cl = f"{b['percent_positive']}%"
        if b['kind'] == 'mmr': mmr = b['result']
        if b['kind'] == 'msi': mmr += '/' + b['result']
    tx = []
    for t in d['treatments']:
        tx.append(f"{t.get('line', t['setting'])}: {'+'.join(t['agents'])} {t['started_on']}->{t['ended_on']} ({t['stop_reason']})")
    out.append(f"| {d['case_id']} | {p['region']} / {p['city']} | {p['age']} {p['sex']} | {p['ecog']} | {p['lvef_percent']} | {dx['site']}, {dx['setting']}"
               + (f" (recurred {dx['recurred_on']})" if dx.get('recurred_on') else '') + f" | {'; '.join(her2)} | {cps} | {cl} | {mmr} | {', '.join(p['conditions']) or '-'} | {'; '.join(tx) or 'untreated'} |")
out.append("""
Design notes: TJ-01 2L after 1L pembrolizumab+trastuzumab+CAPOX with HER2 3+ confirmed on post-progression biopsy;
TJ-02 untreated HER2-low (1+), CLDN18.2 80%, dMMR/MSI-H, woman of child-bearing age; TJ-03 3L HER2+ with ILD (Japan);
TJ-04 oesophageal adenocarcinoma, dMMR/MSI-H, CPS 12, hepatitis B, after 1L nivolumab+FOLFOX; TJ-05 79-year-old woman,
resectable dMMR gastric cancer; TJ-06 3L HER2-low (2+/ISH-), hepatitis B (China); TJ-07 44-year-old woman,
IHC 2+/ISH+ recurrence 70 days after adjuvant S-1 (adjuvant counts as a line) then 1L trastuzumab+CAPOX;
TJ-08 ECOG 2, LVEF 48%, HER2 loss (3+ -> 1+) after trastuzumab; TJ-09 33-year-old woman, locally advanced
unresectable diffuse cancer, HER2 0, CLDN18.2 90%, autoimmune disease; TJ-10 4L after T-DXd stopped for grade 2
pneumonitis.
""")
out.append("## Verdict matrix (E eligible, P possibly eligible, I ineligible)\n")
out.append("| NCT | " + ' | '.join(f'TJ-{i:02d}' for i in range(1, 11)) + " |\n|---|" + '---|' * 10)
ab = {'eligible': 'E', 'possibly_eligible': 'P', 'ineligible': 'I'}
for s in STUDIES:
    d = yaml.safe_load(open(os.path.join(ROOT, 'TJ', s['nct'] + '.yaml')))
    out.append(f"| {s['nct']} | " + ' | '.join(ab[d['verdicts'][f'TJ-{i:02d}']] for i in range(1, 11)) + ' |')
out.append("""
## Limitations

- 12 studies. The search tool returns page openings only, so many trial pages stopped before their eligibility
  section; I kept studies whose criteria were at least partly visible and left out ones where nothing usable was
  shown (e.g. NCT04404595 CT041 CAR-T, HERIZON-GEA-01, SPOTLIGHT). No FGFR2b or CLDN18.2 ADC/CAR-T study with
  visible criteria and an NCT id outside existing_ncts.txt was found; CLDN18.2 is covered only by GLOW, whose
  disease criteria are not visible.
- Almost every excerpt is cut (see per-study notes); only DESTINY-Gastric01 (short registry version) is complete.
  Visible-text verdicts can therefore be 'eligible' where the hidden text would exclude: e.g. TJ-03 (ILD) and TJ-10
  (prior T-DXd pneumonitis) are 'eligible' for the afatinib+paclitaxel study NCT01522768 on its visible inclusion items.
  Verdicts are on the visible text only, so e.g. **GLOW (NCT03653507) shows only reproductive items and TJ-05
  comes out "eligible" on visible text although she is clearly outside GLOW's population (resectable, HER2 0,
  CLDN18.2 untested)**; GERCOR shows no dMMR requirement, so pMMR TJ-09 is "possibly eligible" there.
- Statuses are as shown by the mirror pages and several are stale (NCT01522768: clinicaltrialsgps says Recruiting,
  meddatax says COMPLETED - recorded COMPLETED): GLOW shows "Recruiting" (closed in practice),
  RTOG 1010 shows "Open to Enrollment" (reported 2022), MRG002 shows "Not yet recruiting" with a 2023 end date.
  RAMIRIS page says "Active" - recorded as RECRUITING (interpretation). ARX788: clinicaltrialexchange says
  Terminated, Cancer Council Victoria says Completed.
- NCT01196390 (RTOG 1010) id is from reviewer knowledge - not printed in the excerpts seen.
- Judgement calls: GEJ primary vs criteria naming "gastric cancer" only -> unknown; patients already past the line a
  study targets are judged on the literal text where the exclusions are cut (noted in reasons); "Patients in
  reproductive age must ... use contraception" applies to men too -> unknown.
- Site lists are rarely visible; locations are included only where a page showed them.
""")
open(os.path.join(ROOT, 'README.md'), 'w').write('\n'.join(out) + '\n')
print('README written')
