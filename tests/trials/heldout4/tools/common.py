P = ['TF-01', 'TF-02', 'TF-03', 'TF-04', 'TF-05', 'TF-06']
MEN = ['TF-01', 'TF-03', 'TF-04', 'TF-06']

def M(r): return ('met', r)
def N(r): return ('not_met', r)
def U(r): return ('unknown', r)
def D(r): return ('met', 'does not apply: ' + r)

def allp(s, **ov):
    """same judgement for all patients, with per-patient overrides given as TF_0x=..."""
    d = {p: s for p in P}
    for k, v in ov.items():
        d[k.replace('_', '-')] = v
    return d

# ---- patient-derived helpers -------------------------------------------------
ECOG = {'TF-01': 1, 'TF-02': 0, 'TF-03': 1, 'TF-04': 1, 'TF-05': 2, 'TF-06': 0}
LVEF = {'TF-01': 64, 'TF-02': 66, 'TF-03': 58, 'TF-04': 60, 'TF-05': 45, 'TF-06': 55}
AGE = {'TF-01': 58, 'TF-02': 38, 'TF-03': 67, 'TF-04': 52, 'TF-05': 79, 'TF-06': 63}
LAST = {'TF-03': ('2026-11-17', 14, 'T-DXd'), 'TF-04': ('2026-11-12', 19, 'ramucirumab + paclitaxel'),
        'TF-05': ('2026-09-30', 62, 'nivolumab + CAPOX'), 'TF-06': ('2026-10-20', 42, 'pembrolizumab + trastuzumab + CAPOX')}
TUMOUR = {'TF-01': 'gastric adenocarcinoma', 'TF-02': 'gastric adenocarcinoma', 'TF-03': 'gastric adenocarcinoma',
          'TF-04': 'GEJ adenocarcinoma', 'TF-05': 'gastric adenocarcinoma', 'TF-06': 'oesophageal adenocarcinoma'}

def age18():
    return {p: M(f'age {AGE[p]} ≥ 18') for p in P}

def ecog(maxv):
    return {p: (M(f'ECOG {ECOG[p]}') if ECOG[p] <= maxv else N(f'ECOG {ECOG[p]} > {maxv}')) for p in P}

def lvef50():
    return {p: (M(f'LVEF {LVEF[p]}% ≥ 50%') if LVEF[p] >= 50 else N(f'LVEF {LVEF[p]}% < 50%')) for p in P}

def measurable():
    d = {p: M('measurable disease recorded (measurable_disease: true)') for p in P}
    d['TF-02'] = N('measurable_disease: false (non-measurable disease only)')
    return d

def tumour_not(what):
    return {p: N(f'patient has {TUMOUR[p]}, not {what}') for p in P}

def ild_excl():
    d = {p: M('no interstitial_lung_disease / pneumonitis recorded') for p in P}
    d['TF-03'] = N('interstitial_lung_disease recorded (grade 1 pneumonitis on T-DXd)')
    return d

def cns_active():
    d = {p: M('no brain_metastases recorded') for p in P}
    d['TF-04'] = U('brain_metastases recorded; whether active/treated/stable is not recorded')
    return d

def naive_palliative():
    d = {p: N('prior palliative systemic therapy recorded') for p in P}
    d['TF-01'] = M('no prior systemic therapy')
    d['TF-02'] = M('no prior systemic therapy')
    d['TF-04'] = N('palliative ramucirumab + paclitaxel after early relapse (perioperative FLOT also counts as a line)')
    return d

def preg_female():
    """pregnancy / female-contraception item"""
    d = {p: D('pregnancy/contraception item; patient is male') for p in MEN}
    d['TF-02'] = U('woman of child-bearing potential (38); pregnancy/contraception status not recorded')
    d['TF-05'] = D('pregnancy/contraception item; woman aged 79, past child-bearing age')
    return d

def male_contra():
    """contraception item addressed to men explicitly"""
    d = {p: U('male-contraception requirement applies; agreement/sexual activity not recorded') for p in MEN}
    d['TF-02'] = D('male-contraception item; patient is female')
    d['TF-05'] = D('male-contraception item; patient is female')
    return d

def washout(days, label):
    d = {}
    for p in P:
        if p in ('TF-01', 'TF-02'):
            d[p] = M('no prior systemic therapy')
            continue
        end, ago, what = LAST[p]
        if ago >= days:
            d[p] = M(f'last systemic therapy ({what}) ended {end}, {ago} days before as_of ≥ {label}')
        else:
            from datetime import date, timedelta
            done = date.fromisoformat(end) + timedelta(days=days)
            d[p] = U(f'last dose ({what}) {end}, only {ago} days before as_of; {label} wash-out not complete until {done} (time-limited, will lapse)')
    return d

def tox_resolved():
    d = {'TF-01': M('no prior therapy, no toxicities'), 'TF-02': M('no prior therapy, no toxicities'),
         'TF-03': M('only recorded toxicity is grade 1 pneumonitis (≤ grade 1)'),
         'TF-04': U('grade 2 peripheral neuropathy recorded on paclitaxel ended 2026-11-12; current grade not recorded'),
         'TF-05': U('grade 3 colitis on nivolumab (stopped 2026-09-30); resolution not recorded'),
         'TF-06': M('toxicity list for prior therapy is empty')}
    return d

def consent(): return allp(U('consent/willingness is not recorded'))
def labs(): return allp(U('laboratory values are not recorded'))
def inv(): return allp(U('investigator judgement; not decidable from the record'))
