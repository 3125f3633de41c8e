import yaml, json, os
CASES = [f"WK-{i:02d}" for i in range(1, 9)]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def J(default=None, **over):
    """default: (status, reason) for all; over: WK_01=(status, reason)"""
    out = {}
    for c in CASES:
        k = c.replace('-', '_')
        v = over.get(k, default)
        assert v is not None, c
        out[c] = v
    return out

def verdict(crit, c):
    st = [cr['j'][c][0] for cr in crit]
    return 'ineligible' if 'not_met' in st else ('eligible' if all(s == 'met' for s in st) else 'possibly_eligible')

def write(nct, note, crit):
    text = json.load(open(os.path.join(ROOT, 'records', nct + '.json')))['protocolSection']['eligibilityModule']['eligibilityCriteria']
    norm = lambda s: ' '.join(s.split())
    out = {'nct_id': nct, 'reviewer_note': note,
           'verdicts': {c: verdict(crit, c) for c in CASES}, 'criteria': []}
    for cr in crit:
        assert norm(cr['text']) in norm(text), cr['text']
        out['criteria'].append({'kind': cr['kind'], 'text': cr['text'],
                                'judgements': {c: cr['j'][c][0] for c in CASES},
                                'reasons': {c: cr['j'][c][1] for c in CASES}})
    with open(os.path.join(ROOT, 'WK', nct + '.yaml'), 'w') as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=120)
    return out
