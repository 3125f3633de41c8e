from common import *

S = {}

# ---------------------------------------------------------------- NCT03899155
untreated_parent = N('no systemic therapy ever recorded, so the patient cannot be on (or on hold from) a BMS parent-study treatment')
S['NCT03899155'] = dict(
note=("BMS pan-tumour rollover study: only patients already treated in a BMS parent study (nivolumab-based or other BMS "
      "therapies) can roll over. Trial participation is not a field of the case record, so for previously treated patients the "
      "parent-study items are unknown; for the two treatment-naive patients (TF-01, TF-02) the parent-study treatment items are "
      "decided not_met. The 'WOCBP and male participants' contraception item explicitly addresses men, so it is unknown for men "
      "rather than 'does not apply'."),
skip=[0, 5],
items={
1: consent(),
2: allp(U('participation in a BMS parent study is not recordable in the case'), TF_01=untreated_parent, TF_02=untreated_parent),
3: allp(U('participation / treatment-hold status in a BMS parent study is not recordable'), TF_01=untreated_parent, TF_02=untreated_parent),
4: {'TF-01': U('item explicitly covers sexually active men; agreement not recorded'),
    'TF-02': U('woman of child-bearing potential (38); agreement to contraception not recorded'),
    'TF-03': U('item explicitly covers sexually active men; agreement not recorded'),
    'TF-04': U('item explicitly covers sexually active men; agreement not recorded'),
    'TF-05': D('WOCBP/male contraception item; woman aged 79, not of child-bearing potential'),
    'TF-06': U('item explicitly covers sexually active men; agreement not recorded')},
6: allp(U('parent-study eligibility criteria are not available / not recordable')),
7: allp(U('clinical benefit is an investigator assessment within a parent study; not recorded')),
8: inv(),
9: allp(U('unspecified other protocol criteria; cannot be evaluated')),
})

# ---------------------------------------------------------------- NCT03486873
NOPEM = D('Second Course Phase is pembrolizumab re-treatment after a First Course; the patient has never received pembrolizumab')
LENV = D('lenvatinib module: the patient has never received lenvatinib (not in the complete treatment list), so would not enter lenvatinib dosing')
def sc(d3, d6):
    """Second-course item: judge TF-03/TF-06 on content, others does-not-apply"""
    x = allp(NOPEM); x['TF-03'] = d3; x['TF-06'] = d6; return x
untreated_kn = N('no systemic therapy ever recorded, so the patient cannot have been treated in / be followed up in a pembrolizumab parent study')
S['NCT03486873'] = dict(
note=("KEYNOTE-587 pembrolizumab extension (rollover) study for participants from Merck parent studies. Parent-study participation is "
      "not recordable, so the core inclusion items are unknown for treated patients and not_met for the treatment-naive TF-01/TF-02. "
      "The Second Course Phase items (inclusion and exclusion) are judged on content only for patients who have received pembrolizumab "
      "(TF-03, TF-06); for the others they do not apply. The lenvatinib-dosing items do not apply to anyone (no lenvatinib exposure). "
      "The bare line '-There are no exclusion criteria to participate in MK-3475-587.' is kept as an item and judged met."),
skip=[0, 3, 9, 13, 15, 34],
items={
1: allp(U('participation in a Merck parent study is not recordable in the case'), TF_01=untreated_kn, TF_02=untreated_kn),
2: {'TF-01': untreated_kn, 'TF-02': untreated_kn,
    'TF-03': U('pembrolizumab (line 1) ended 2025-08-20, not currently receiving it; follow-up phase of a parent study not recordable'),
    'TF-04': U('never received pembrolizumab or lenvatinib; follow-up phase of a parent study (e.g. control arm) not recordable'),
    'TF-05': U('never received pembrolizumab or lenvatinib; follow-up phase of a parent study not recordable'),
    'TF-06': U('pembrolizumab (line 1) ended 2026-10-20, not currently receiving it; follow-up phase of a parent study not recordable')},
4: sc(N('received ramucirumab + paclitaxel (line 2) and T-DXd (line 3) after the last pembrolizumab dose'),
      M('no systemic therapy recorded after pembrolizumab ended 2026-10-20')),
5: sc(M('ECOG 1'), M('ECOG 0')),
6: sc(U('organ function/labs not recorded'), U('organ function/labs not recorded')),
7: sc(M('no toxicity recorded for the pembrolizumab-containing line (complete toxicity list); surgery/RT clause is conditional'),
      M('no toxicity recorded for the pembrolizumab-containing line (complete toxicity list); surgery/RT clause is conditional')),
8: sc(D('female-participant pregnancy item; patient is male'), D('female-participant pregnancy item; patient is male')),
10: allp(LENV), 11: allp(LENV), 12: allp(LENV),
14: allp(M('statement only: no exclusion criteria for entry to MK-3475-587 itself')),
16: sc(M('received pembrolizumab with no hypersensitivity in the complete toxicity list'),
       M('received pembrolizumab with no hypersensitivity in the complete toxicity list')),
17: sc(U('vaccination history not recorded'), U('vaccination history not recorded')),
18: sc(U('steroid/immunosuppressant use not recorded; no immunodeficiency condition recorded'),
       U('HIV recorded (possible immunodeficiency); steroid use not recorded')),
19: sc(U('other cancers are not recordable'), U('other cancers are not recordable')),
20: sc(M('no brain_metastases recorded'), M('no brain_metastases recorded')),
21: sc(M('no autoimmune_disease recorded'), M('no autoimmune_disease recorded')),
22: sc(U('interstitial_lung_disease recorded with grade 1 pneumonitis on T-DXd (not First Course); steroid use and current activity not recorded'),
       M('no pneumonitis / interstitial_lung_disease recorded')),
23: allp(D('NSCLC participants only; patient does not have NSCLC')),
24: sc(U('active infections are not recordable'), U('HIV recorded (chronic, on therapy?); active infection requiring systemic therapy not recorded')),
25: sc(M('no hiv recorded'), N('hiv recorded')),
26: sc(M('no hepatitis_b / hepatitis_c recorded'), M('no hepatitis_b / hepatitis_c recorded')),
27: sc(U('item covers fathering children; intention not recorded'), U('item covers fathering children; intention not recorded')),
28: sc(U('no heart_failure recorded; arrhythmia / ischaemic heart disease not recordable'),
       U('no heart_failure recorded; arrhythmia / ischaemic heart disease not recordable')),
29: sc(U('Child-Pugh score not recorded'), U('Child-Pugh score not recorded')),
30: sc(U('thyroid function not recorded'), U('thyroid function not recorded')),
31: sc(U('diabetes not recordable'), U('diabetes not recordable')),
32: sc(M('no organ_transplant recorded'), M('no organ_transplant recorded')),
33: sc(U('tuberculosis history not recordable'), U('tuberculosis history not recordable')),
35: allp(LENV), 36: allp(LENV), 37: allp(LENV), 38: allp(LENV), 39: allp(LENV), 40: allp(LENV),
41: allp(LENV), 42: allp(LENV), 43: allp(LENV), 44: allp(LENV),
})

# ---------------------------------------------------------------- NCT05048797
S['NCT05048797'] = dict(
note=("DESTINY-Lung04: phase 3 T-DXd vs platinum/pemetrexed/pembrolizumab, first line, HER2 exon 19/20-mutant non-squamous NSCLC. "
      "Single NSCLC population, so the NSCLC items are not_met for every gastric/GEJ/oesophageal patient; the remaining generic "
      "items (treatment-naive, LVEF, ECOG, ILD, brain metastases) are still judged on the record."),
skip=[0, 10],
items={
1: age18(),
2: tumour_not('NSCLC'),
3: tumour_not('non-squamous NSCLC with HER2 exon 19/20 mutation'),
4: naive_palliative(),
5: lvef50(),
6: measurable(),
7: allp(U('organ function (labs, cardiac function per protocol) not recorded')),
8: ecog(1),
9: allp(U('tissue availability not recorded')),
11: allp(U('EGFR/ALK or other NSCLC driver alterations are not recordable')),
12: cns_active() | {'TF-04': U('brain_metastases recorded; whether treated is not recorded')},
13: allp(M('no autoimmune_disease recorded'), TF_05=U('grade 3 immune-related colitis on nivolumab (2026); whether any inflammatory disorder is still active is not recorded')),
14: allp(U('myocardial infarction history is not recordable')),
15: ild_excl(),
16: allp(U('lung-specific intercurrent illness (e.g. COPD, PE) not recordable'), TF_03=U('interstitial_lung_disease recorded (grade 1); whether a clinically significant severe lung illness is not recorded')),
17: allp(U('contraindication to platinum/pembrolizumab is an investigator judgement'),
         TF_05=U('grade 3 colitis on prior nivolumab may contraindicate pembrolizumab; investigator judgement')),
})
