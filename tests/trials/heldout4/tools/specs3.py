from common import *
S = {}
# ---------------------------------------------------------------- NCT06252649
S['NCT06252649'] = dict(
note=("CodeBreaK 301: sotorasib + panitumumab + FOLFIRI vs FOLFIRI ± bevacizumab, first-line KRAS G12C metastatic colorectal cancer. "
      "Colorectal-only population (not_met for all). The title says treatment-naive but no criterion line states it, so prior "
      "therapy is not judged here. Leptomeningeal disease is not covered by the brain_metastases vocabulary, so it stays unknown."),
skip=[0, 6],
items={
1: tumour_not('colorectal adenocarcinoma with KRAS G12C'),
2: allp(U('KRAS status is not recordable')),
3: measurable(),
4: ecog(1),
5: allp(U('organ function not recorded')),
7: cns_active() | {'TF-04': U('brain_metastases recorded; whether treated/active is not recorded')},
8: allp(U('leptomeningeal disease is not in the conditions vocabulary; not recorded')),
9: allp(M('no KRAS G12C inhibitor in the complete treatment list')),
10: ild_excl(),
})

# ---------------------------------------------------------------- NCT06074588
S['NCT06074588'] = dict(
note=("MK-2870-004 / TroFuse: sacituzumab tirumotecan vs docetaxel/pemetrexed in previously treated EGFR-mutant (or other driver) "
      "non-squamous NSCLC. NSCLC-only (not_met for all). NSCLC-driver conditional items (EGFR TKI history, T790M) do not apply. "
      "Prior topoisomerase-I ADC (T-DXd) excludes TF-03. 4-week/5-half-life wash-out: 'whichever is shorter' makes 4 weeks the "
      "ceiling; TF-03 and TF-04 have not completed it (unknown, time-limited)."),
skip=[0, 1, 11],
items={
2: tumour_not('non-squamous NSCLC with driver mutation'),
3: {'TF-01': N('no prior treatment, so no progression on/after a last treatment'),
    'TF-02': N('no prior treatment, so no progression on/after a last treatment'),
    'TF-03': M('last line (T-DXd) stopped for progression'), 'TF-04': M('last line stopped for progression'),
    'TF-05': U('last line stopped for toxicity; subsequent progression not recorded'), 'TF-06': M('last line stopped for progression')},
4: allp(D('NSCLC EGFR/driver-mutation requirement (EGFR TKI history); patient does not have NSCLC with such mutations')),
5: measurable(),
6: allp(U('tissue availability not recorded')),
7: tox_resolved(),
8: allp(D('HBsAg-positive permission clause; no hepatitis_b recorded'),
        TF_01=U('hepatitis_b recorded; antiviral therapy ≥4 weeks and undetectable HBV DNA not recorded')),
9: allp(D('HIV clause; no hiv recorded'), TF_06=U('hiv recorded; ART and viral control not recorded')),
10: ecog(1),
12: allp(M('histology adenocarcinoma, not squamous NSCLC')),
13: allp(M('histology adenocarcinoma; no small-cell component recorded')),
14: allp(M('no autoimmune_disease / inflammatory bowel disease recorded'),
         TF_05=M('immune-related colitis on nivolumab is a drug toxicity, not inflammatory bowel disease; no autoimmune_disease recorded')),
15: allp(M('no peripheral neuropathy in the complete toxicity list'),
         TF_04=U('grade 2 peripheral neuropathy recorded on paclitaxel ended 2026-11-12; current grade not recorded')),
16: allp(U('ocular surface disease not recordable')),
17: allp(U('cardio/cerebrovascular disease beyond heart_failure not recordable'),
         TF_05=U('heart_failure with LVEF 45% recorded; whether uncontrolled not recorded')),
18: allp(D('EGFR T790M (NSCLC) item; patient does not have EGFR-mutant NSCLC')),
19: washout(28, '4-week'),
20: allp(U('vaccination history not recorded')),
21: allp(U('radiotherapy is not recordable')),
22: allp(U('radiotherapy is not recordable')),
23: allp(M('no TROP2-directed ADC in the complete treatment list')),
24: allp(M('no topoisomerase-I ADC in the complete treatment list'), TF_03=N('T-DXd (topoisomerase-I inhibitor payload ADC) received')),
25: allp(U('no investigational agent in the treatment list; investigational device use not recordable')),
26: allp(U('other cancers are not recordable')),
27: allp(U('active infection not recordable'),
         TF_01=U('hepatitis_b recorded; whether active and on systemic therapy not recorded'),
         TF_06=U('hiv recorded; whether counted as active infection requiring systemic therapy not stated')),
28: ild_excl(),
29: cns_active() | {'TF-04': U('brain_metastases recorded; whether active, treated and stable off steroids not recorded')},
30: allp(M('no hiv recorded'), TF_06=U('hiv recorded; Kaposi sarcoma / Castleman disease history not recorded')),
31: allp(M('no hepatitis B + C co-infection recorded'), TF_01=M('hepatitis_b recorded but no hepatitis_c, so not a B+C co-infection')),
})

# ---------------------------------------------------------------- NCT05633667
NOT01 = D('Substudy 01 is for untreated metastatic NSCLC; this previously treated patient would be routed to Substudy 02')
NOT02 = D('Substudy 02 is for previously treated metastatic NSCLC; this untreated patient would be routed to Substudy 01')
NOT03 = D('Substudy 03 is for resectable stage II–III NSCLC; patient has advanced disease')
def s01(untreated):
    d = allp(NOT01); d['TF-01'] = untreated; d['TF-02'] = untreated; return d
def s02(treated):
    d = allp(treated); d['TF-01'] = NOT02; d['TF-02'] = NOT02; return d
S['NCT05633667'] = dict(
note=("VELOCITY-Lung platform (zimberelimab, domvanalimab, etrumadenant, sacituzumab govitecan) in NSCLC. NSCLC-only (not_met). "
      "Substudy items are routed: untreated metastatic patients (TF-01, TF-02) to Substudy 01, treated ones to Substudy 02, nobody "
      "to Substudy 03 (resectable); the other substudies' items 'do not apply'. 'No known actionable genomic alterations' is judged "
      "not_met for the ERBB2-amplified patients (TF-03, TF-06: HER2-targeted therapy available) - arguably NSCLC-context, flagged as ambiguous."),
skip=[0, 1, 8, 13, 16, 21, 22, 28, 31, 34],
items={
2: tumour_not('NSCLC'),
3: allp(U('genomic profiling not recorded'),
        TF_03=N('ERBB2 amplification (ISH ratio 2.4) is a known actionable alteration with targeted therapy available'),
        TF_06=N('ERBB2 amplification (ISH ratio 3.1; ctDNA amplified) is a known actionable alteration with targeted therapy available'),
        TF_01=U('HER2 IHC 3+ (protein overexpression); ERBB2 amplification not tested by ISH/NGS')),
4: ecog(1),
5: measurable(),
6: labs(),
7: preg_female(),
9: s01(N('patient has gastric adenocarcinoma, not stage IV NSCLC')),
10: allp(D('NSCLC EGFR/ALK requirement for non-squamous NSCLC; patient does not have NSCLC')),
11: s01(U('central PD-L1 confirmation not recorded')),
12: s01(M('no prior systemic therapy')),
14: s02(N('patient does not have NSCLC')),
15: allp(D('conditional NSCLC targeted-therapy requirement for NSCLC driver alterations; patient does not have NSCLC')),
17: allp(NOT03), 18: allp(NOT03), 19: allp(NOT03), 20: allp(NOT03),
23: allp(M('histology adenocarcinoma; no small-cell component')),
24: allp(U('other cancers are not recordable')),
25: allp(M('no autoimmune_disease recorded')),
26: ild_excl(),
27: allp(U('active infection not recordable')),
29: cns_active(),
30: washout(28, '4-week'),
32: allp(NOT03), 33: allp(NOT03),
})

# ---------------------------------------------------------------- NCT06054477
S['NCT06054477'] = dict(
note=("ALE.C04 (anti-claudin-1) ± pembrolizumab in recurrent/metastatic HNSCC, phase 1/2. HNSCC-only (not_met). Part-restricted "
      "exclusions: prior anti-PD-1 (Phase II randomized part) and severe irAE (Phase I / Phase II monotherapy). TF-05 (grade 3 "
      "nivolumab colitis leading to discontinuation) is shut out of every part by the two together, so both are not_met for her; "
      "for TF-03/TF-06 prior pembrolizumab only closes the Phase II randomized part (unknown). TF-04's early relapse after "
      "curative-intent perioperative therapy only matters in the Phase II randomized part (unknown)."),
skip=[0, 8],
items={
1: consent(),
2: age18(),
3: tumour_not('recurrent/metastatic head and neck squamous cell carcinoma'),
4: allp(U('central tissue submission not recorded')),
5: measurable(),
6: ecog(1),
7: allp(D('HPV testing applies to oropharyngeal cancer only')),
9: allp(M('no curative-intent systemic treatment followed by early progression'),
        TF_04=U('relapsed 117 days after perioperative curative-intent therapy; excludes from the Phase II randomized part only')),
10: allp(U('radiotherapy is not recordable'),
         TF_04=U('radiotherapy not recordable; grade 2 neuropathy recovery not recorded'),
         TF_05=U('radiotherapy not recordable; grade 3 colitis recovery not recorded')),
11: allp(M('no prior immune-oncology agent'),
         TF_03=M('prior pembrolizumab without recorded immune-related adverse event'),
         TF_06=M('prior pembrolizumab without recorded immune-related adverse event'),
         TF_05=N('grade 3 immune-related colitis led to nivolumab discontinuation (Phase I and Phase II monotherapy parts); Phase II combination part closed by prior anti-PD-1')),
12: cns_active(),
13: allp(U('dermatological conditions not recordable; no autoimmune_disease recorded')),
14: inv(),
15: allp(M('no prior anti-PD-1/PD-L1/PD-L2 therapy'),
         TF_03=U('prior pembrolizumab: excluded from the Phase II randomized part only; Phase I parts may remain'),
         TF_06=U('prior pembrolizumab: excluded from the Phase II randomized part only; Phase I parts may remain'),
         TF_05=N('prior nivolumab excludes the Phase II randomized part; the other parts are closed by the severe irAE exclusion')),
})

# ---------------------------------------------------------------- NCT06486441
S['NCT06486441'] = dict(
note=("ASCENT-GYN-01: sacituzumab govitecan vs TPC in endometrial cancer after platinum and anti-PD-(L)1; female-only. "
      "Endometrial-only (not_met). The line-count item is judged on its generic content (≤3 prior lines including platinum and "
      "anti-PD-(L)1); TF-04's perioperative FLOT counts as a line (relapse within 6 months)."),
skip=[0, 7, 16],
items={
1: tumour_not('endometrial cancer'),
2: {'TF-01': N('no prior systemic therapy'), 'TF-02': N('no prior systemic therapy'),
    'TF-03': M('3 prior lines including oxaliplatin and pembrolizumab (tumour type judged separately)'),
    'TF-04': N('2 prior lines (perioperative FLOT + ramucirumab/paclitaxel) but no anti-PD-1/PD-L1 therapy'),
    'TF-05': M('1 prior line including oxaliplatin and nivolumab (tumour type judged separately)'),
    'TF-06': M('1 prior line including oxaliplatin and pembrolizumab (tumour type judged separately)')},
3: inv(),
4: allp(M('advanced disease present (measurable or non-measurable accepted)'),
        TF_02=M('metastatic disease recorded as non-measurable; criterion accepts non-measurable disease')),
5: ecog(1),
6: labs(),
8: allp(M('histology adenocarcinoma, not leiomyosarcoma/stromal sarcoma')),
9: allp(M('metastatic/recurrent advanced disease; not a candidate for curative-intent therapy')),
10: allp(U('investigator judgement on platinum (re)challenge')),
11: allp(M('no Trop-2 ADC in the complete treatment list')),
12: allp(U('other cancers are not recordable')),
13: allp(U('active infection not recordable')),
14: allp(U('GI perforation / IBD not recordable')),
15: preg_female(),
})

# ---------------------------------------------------------------- NCT06495645
S['NCT06495645'] = dict(
note=("Non-drug randomized study of AI-assisted vs HD endoscopy for missed gastric neoplasms (Hong Kong). Not a treatment trial; "
      "eligibility is age ≥40 and a scheduled elective endoscopy, so the record mostly cannot decide. Only TF-02 (age 38) is "
      "decided ineligible. Prior gastrectomy cannot be recorded; TF-04's resection specimen implies surgery of the GEJ primary "
      "but the type of operation is unknown."),
skip=[0, 3],
items={
1: {p: (M(f'age {AGE[p]} ≥ 40') if AGE[p] >= 40 else N(f'age {AGE[p]} < 40')) for p in P},
2: allp(U('scheduled endoscopy is not recordable')),
4: preg_female(),
5: consent(),
6: allp(U('surgery is not recordable'),
        TF_04=U('HER2 tested on a resection specimen (2026-03-10), so the GEJ primary was resected; whether a gastrectomy is not recorded')),
7: allp(U('endoscopy risk is a clinical judgement'),
        TF_05=U('ECOG 2, heart_failure, LVEF 45%: endoscopy risk is a clinical judgement')),
})
