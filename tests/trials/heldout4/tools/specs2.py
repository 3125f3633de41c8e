from common import *
S = {}
# ---------------------------------------------------------------- NCT06018337
S['NCT06018337'] = dict(
note=("DYNASTY-Breast02: DB-1303 (HER2 ADC) vs chemotherapy in HR+, HER2-low metastatic breast cancer after endocrine therapy. "
      "Breast-only population, so the breast items are not_met. Numbered sub-items (2.1–2.4, 5.1–5.2) are listed separately and "
      "the lead-ins judged as their aggregate. The trial defines HER2-low itself (IHC 1+ or 2+/ISH-), applied to the recorded scores; "
      "the un-numbered WOCBP definition line is a definition, not a requirement, and is skipped."),
skip=[0, 19, 23, 36],
items={
1: age18(),
2: tumour_not('breast cancer') ,
3: allp(M('disease is metastatic/recurrent (tumour type judged under the lead-in)')),
4: {'TF-01': N('HER2 IHC 3+ (HER2-positive), not HER2-low'),
    'TF-02': U('IHC 2+ with ISH pending: HER2-low only if ISH not amplified'),
    'TF-03': N('latest HER2 IHC 2+/ISH amplified (ratio 2.4) = HER2-positive, not HER2-low'),
    'TF-04': M('HER2 IHC 1+ (biopsy and resection) = HER2-low by the trial definition (central confirmation still required)'),
    'TF-05': N('HER2 IHC 0, not HER2-low'),
    'TF-06': N('HER2 IHC 2+/ISH amplified = HER2-positive, not HER2-low')},
5: {'TF-01': N('IHC 3+ reported'), 'TF-02': M('only IHC 2+ so far (ISH pending); never reported positive to date'),
    'TF-03': N('IHC 3+ (2024) and ISH amplified (2026) reported'), 'TF-04': M('IHC 1+ only'),
    'TF-05': M('IHC 0 only'), 'TF-06': N('ISH amplified (ratio 3.1) reported')},
6: allp(U('hormone-receptor status is not recordable')),
7: allp(U('tissue availability not recorded')),
8: ecog(1),
9: allp(N('no endocrine therapy or CDK4/6 inhibitor in the complete treatment list (neither 5.1 nor 5.2 met)')),
10: allp(N('no endocrine therapy / CDK4/6 inhibitor recorded')),
11: allp(N('no endocrine therapy recorded')),
12: {'TF-01': M('no prior chemotherapy'), 'TF-02': M('no prior chemotherapy'),
     'TF-03': N('palliative chemotherapy (CAPOX, paclitaxel) for advanced disease'),
     'TF-04': N('palliative paclitaxel for advanced disease; perioperative chemotherapy ended only ~4 months before relapse'),
     'TF-05': N('palliative CAPOX for advanced disease'), 'TF-06': N('palliative CAPOX for advanced disease')},
13: allp(U('life expectancy not recorded')),
14: measurable(),
15: lvef50(),
16: labs(),
17: {'TF-01': M('no prior therapy'), 'TF-02': M('no prior therapy'),
     'TF-03': U('T-DXd last dose 2026-11-17 (14 days); protocol wash-out length not stated'),
     'TF-04': U('ramucirumab + paclitaxel last dose 2026-11-12 (19 days); protocol wash-out length not stated'),
     'TF-05': M('last therapy ended 2026-09-30 (62 days)'), 'TF-06': M('last therapy ended 2026-10-20 (42 days)')},
18: preg_female(),
20: preg_female(),
21: male_contra(),
22: consent(),
24: inv(),
25: allp(U('uncontrolled intercurrent illness / infection / psychiatric state not recordable')),
26: allp(U('effusions/ascites not recorded')),
27: allp(U('cardiovascular disease other than heart failure is not recordable; no heart_failure recorded'),
          TF_05=N('heart_failure recorded with LVEF 45%: significant cardiovascular disease')),
28: ild_excl(),
29: tox_resolved(),
30: allp(M('no anti-HER2 agent recorded'), TF_03=N('trastuzumab and T-DXd received'), TF_06=N('trastuzumab received')),
31: allp(M('no exatecan-derivative ADC recorded'), TF_03=N('T-DXd (deruxtecan = exatecan derivative) received')),
32: allp(U('DB-1303 never given, but randomisation to a comparator arm of a DB-1303 study is not recordable'),
         TF_01=M('no prior systemic therapy or study treatment'), TF_02=M('no prior systemic therapy or study treatment')),
33: inv(),
34: allp(U('employment/dependency not recorded')),
35: allp(U('legal status not recorded')),
})

# ---------------------------------------------------------------- NCT06333951
S['NCT06333951'] = dict(
note=("AMG 193 (MTA-cooperative PRMT5 inhibitor) master protocol in MTAP-deleted thoracic tumours; all three subprotocols are NSCLC, "
      "so each subprotocol's NSCLC line is not_met. Arm-assignment lines inside Subprotocol A (squamous / non-squamous / PD-L1) are "
      "alternatives: the one that cannot apply is 'does not apply', the others are judged on the record. The Subprotocol C "
      "brain-lesion item does not apply to patients without brain metastases. The trailing apostrophe in the last exclusion is kept verbatim."),
skip=[0, 1, 8, 10, 12, 15, 18, 19, 26],
items={
2: age18(),
3: allp(U('tissue availability not recorded')),
4: allp(U('MTAP deletion status is not recordable')),
5: allp(U('ability to swallow/retain oral medication not recorded')),
6: measurable(),
7: tumour_not('NSCLC'),
9: allp(D('Arm A is for predominantly squamous NSCLC; patient histology is adenocarcinoma, so Arm A would not be used')),
11: allp(M('non-squamous histology (adenocarcinoma)')),
13: {'TF-01': M('PD-L1 CPS 5'), 'TF-02': M('PD-L1 CPS 3'), 'TF-03': M('PD-L1 CPS 12'), 'TF-04': M('PD-L1 CPS 15'),
     'TF-05': M('PD-L1 CPS 20'), 'TF-06': M('PD-L1 CPS 8')},
14: tumour_not('NSCLC with MTAP deletion and KRAS G12C'),
16: tumour_not('NSCLC with brain metastases'),
17: allp(D('Subprotocol C brain-lesion requirement; no brain_metastases recorded'),
         TF_04=U('brain_metastases recorded; RANO-BM measurability not recorded')),
20: allp(U('protocol-defined cardiovascular/pulmonary criteria not available'),
         TF_03=U('interstitial_lung_disease recorded; protocol-defined pulmonary exclusions not available'),
         TF_05=U('heart_failure with LVEF 45% recorded; protocol-defined cardiovascular exclusions not available')),
21: allp(U('oral intake / malabsorption / tube feeding not recorded')),
22: allp(M('no organ_transplant recorded')),
23: allp(U('surgery is not recordable')),
24: allp(M('no MAT2A or PRMT5 inhibitor in the complete treatment list')),
25: allp(U('radiotherapy is not recordable')),
27: allp(M('no autoimmune_disease or immunodeficiency recorded'), TF_06=U('hiv recorded; whether it counts as immunodeficiency disease per protocol not stated')),
})

# ---------------------------------------------------------------- NCT05775159
S['NCT05775159'] = dict(
note=("GEMINI-Hepatobiliary: volrustomig / rilvegostomig platform for advanced HCC and biliary tract cancer. The tumour-type item "
      "('solid tumor specified in substudy') is not_met for all patients. Brain metastases are a flat exclusion here (TF-04 not_met). "
      "'Not previously irradiated' cannot be decided because radiotherapy is not recordable."),
skip=[0, 8],
items={
1: age18(),
2: consent(),
3: tumour_not('hepatocellular carcinoma or biliary tract cancer (the substudy tumours)'),
4: labs(),
5: allp(U('measurable disease recorded, but prior irradiation of lesions is not recordable'),
        TF_02=N('measurable_disease: false')),
6: allp(U('life expectancy not recorded')),
7: allp(U('tissue availability/willingness not recorded')),
9: allp(M('no organ_transplant recorded')),
10: allp(M('no autoimmune_disease recorded'),
         TF_05=U('grade 3 immune-related colitis on nivolumab documented; whether counted as a prior inflammatory disorder is unclear'),
         TF_03=U('drug-induced ILD/pneumonitis recorded; whether counted as an inflammatory disorder is unclear')),
11: allp(U('uncontrolled intercurrent illness not recordable')),
12: allp(U('other primary malignancy / leptomeningeal disease / primary immunodeficiency not recordable')),
13: allp(U('no brain_metastases; active infection and cord compression not recordable'),
         TF_01=U('no brain_metastases; hepatitis_b recorded, whether active infection not recorded'),
         TF_06=U('no brain_metastases; hiv recorded, whether active infection not recorded'),
         TF_04=N('brain_metastases recorded')),
14: allp(M('no hepatitis_b recorded'), TF_01=U('hepatitis_b recorded; HDV status not recorded')),
15: allp(M('no volrustomig/rilvegostomig or other study drug in the complete treatment list')),
16: allp(D('substudy 1 (HCC) item; patient does not have HCC')),
})

# ---------------------------------------------------------------- NCT05727176
def wo3():
    d = washout(21, '3-week')
    d['TF-05'] = U('last therapy 2026-09-30 (62 days, > 3 weeks) but recovery from grade 3 colitis not recorded')
    d['TF-04'] = U(d['TF-04'][1] + '; grade 2 neuropathy recovery also not recorded')
    return d
S['NCT05727176'] = dict(
note=("Futibatinib phase 2 in previously treated FGFR2-fusion cholangiocarcinoma; tumour type and prior gemcitabine-platinum "
      "for CCA are not_met for all. Lead-ins 3 and 4 of the exclusions are judged as the aggregate of their sub-items. "
      "Item 3.4 ('within 3 weeks or within 5 half lives') is ambiguous for antibodies with long half-lives (nivolumab, pembrolizumab, "
      "trastuzumab: 5 half-lives ≈ 3–5 months), so it is unknown for TF-05/TF-06. Incomplete wash-outs (TF-03 14 d, TF-04 19 d) are unknown (time-limited)."),
skip=[0, 8],
items={
1: tumour_not('cholangiocarcinoma'),
2: allp(U('FGFR2 fusion/rearrangement status is not recordable')),
3: allp(N('no gemcitabine-platinum regimen (gemcitabine never given; not cholangiocarcinoma)')),
4: {'TF-01': N('no prior therapy'), 'TF-02': N('no prior therapy'),
    'TF-03': M('most recent therapy (T-DXd) stopped for progression'),
    'TF-04': M('most recent therapy (ramucirumab + paclitaxel) stopped for progression'),
    'TF-05': U('most recent therapy stopped for toxicity; later progression not recorded'),
    'TF-06': M('most recent therapy stopped for progression')},
5: measurable(),
6: ecog(1),
7: allp(U('organ function not recorded')),
9: allp(U('calcium/phosphate disorders not recordable')),
10: allp(U('retinal disorders not recordable')),
11: allp(U('surgery/radiotherapy/locoregional therapy in the window not recordable (see sub-items)')),
12: allp(U('surgery and radiotherapy are not recordable')),
13: allp(U('locoregional therapy is not recordable')),
14: wo3(),
15: {'TF-01': M('no prior therapy'), 'TF-02': M('no prior therapy'),
     'TF-03': U('T-DXd (targeted ADC) last dose 2026-11-17, 14 days before as_of: within 3 weeks (time-limited)'),
     'TF-04': U('ramucirumab last dose 2026-11-12, 19 days before as_of: within 3 weeks (time-limited)'),
     'TF-05': U('nivolumab ended 62 days ago: > 3 weeks but < 5 half-lives (~4 months); which limit applies is ambiguous'),
     'TF-06': U('pembrolizumab/trastuzumab ended 42 days ago: > 3 weeks but < 5 half-lives; which limit applies is ambiguous')},
16: allp(M('no FGFR-directed therapy in the complete treatment list')),
17: allp(U('see sub-items (infection, cardiac events, GI absorption, investigator judgement not recordable)'),
         TF_05=N('heart_failure with LVEF 45%: cardiac function not within normal limits (sub-item 4.3)')),
18: cns_active() | {'TF-04': U('brain_metastases recorded; clinical stability ≥1 month not recorded')},
19: allp(U('acute infection not recordable')),
20: allp(U('MI/angina not recordable; no heart_failure recorded and LVEF normal'),
         TF_05=N('heart_failure recorded with LVEF 45%: either recent CHF or, if >2 months, cardiac function not within normal limits')),
21: allp(U('GI absorption problems not recorded')),
22: inv(),
23: allp(U('other cancers are not recordable')),
24: preg_female(),
25: allp(U('futibatinib never given; hypersensitivity cannot be assessed')),
})
