import yaml, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from split import items
CASES = [f"UP-{i:02d}" for i in range(1, 9)]
M, N, U = 'met', 'not_met', 'unknown'

def allc(st, why):
    return {c: (st, why) for c in CASES}

def mk(default=None, **kw):
    """default: (st, why) for all; kw: UP01=(st, why) overrides."""
    d = {}
    for c in CASES:
        key = c.replace('-', '')
        if key in kw: d[c] = kw[key]
        elif default is not None: d[c] = default
        else: raise ValueError('missing ' + c)
    return d

# sex/age helpers for C2
FEMALE_U55 = {'UP-01', 'UP-07'}
FEMALE_O55 = {'UP-04', 'UP-06'}
def preg(item_desc='pregnancy/breast-feeding'):
    d = {}
    for c in CASES:
        if c in FEMALE_U55: d[c] = (U, f'woman aged <55, {item_desc} status not recorded (C2)')
        elif c in FEMALE_O55: d[c] = (M, 'woman aged >=55, not of child-bearing potential for this purpose (C2)')
        else: d[c] = (M, 'does not apply: male patient (C2)')
    return d

def c1(why='consent/contraception/study-procedure item (C1)'):
    return allc(M, why)

def write(nct, note, judg):
    its = items(nct)
    assert set(judg) == set(range(len(its))), (nct, sorted(set(range(len(its))) - set(judg)), sorted(set(judg) - set(range(len(its)))))
    crit = []
    for i, (k, t) in enumerate(its):
        j = judg[i]
        crit.append({'kind': k, 'text': t,
                     'judgements': {c: j[c][0] for c in CASES},
                     'reasons': {c: j[c][1] for c in CASES}})
    verd = {}
    for c in CASES:
        st = [cr['judgements'][c] for cr in crit]
        verd[c] = 'ineligible' if N in st else ('eligible' if all(s == M for s in st) else 'possibly_eligible')
    out = {'nct_id': nct, 'reviewer_note': note, 'verdicts': verd, 'criteria': crit}
    p = os.path.join(os.path.dirname(os.path.dirname(__file__)), 'UP', nct + '.yaml')
    with open(p, 'w') as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=110)
    return verd, crit
