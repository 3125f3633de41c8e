import yaml, os
from parse import items
M, N, U = 'met', 'not_met', 'unknown'
CASES = [f"VI-{i:02d}" for i in range(1, 9)]
H = (M, 'heading only; the requirements are judged in the items under it')
def DNA(why): return (M, 'does not apply - ' + why)
def A(s, r): return (s, r)
def P(default, **ov):
    d = {c: default for c in CASES}
    for k, v in ov.items():
        for kk in k.split('_'):
            d['VI-' + kk] = v
    return d
def build(nct, spec, note, out):
    its = items(nct)
    crit = []
    for i, (kind, text) in enumerate(its):
        if text in ('Inclusion Criteria:', 'Exclusion Criteria:'):
            continue
        if i not in spec:
            raise SystemExit(f'{nct}: item {i} not judged: {text[:80]}')
        s = spec[i]
        d = s if isinstance(s, dict) else {c: s for c in CASES}
        crit.append({'kind': kind, 'text': text,
                     'judgements': {c: d[c][0] for c in CASES},
                     'reasons': {c: d[c][1] for c in CASES}})
    extra = set(spec) - set(range(len(its)))
    if extra: raise SystemExit(f'{nct}: spec for missing items {extra}')
    verd = {}
    for c in CASES:
        st = [x['judgements'][c] for x in crit]
        verd[c] = 'ineligible' if N in st else ('eligible' if all(x == M for x in st) else 'possibly_eligible')
    doc = {'nct_id': nct, 'reviewer_note': note, 'verdicts': verd, 'criteria': crit}
    with open(out, 'w') as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=110)
    return verd, crit
