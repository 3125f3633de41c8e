import sys, os, importlib, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, 'j')]
from split import items
from common import CASES
NCTS = ['NCT04943653', 'NCT05264896', 'NCT05365581', 'NCT05640830', 'NCT05771584', 'NCT06346392', 'NCT06921837']
summary = {}
for nct in NCTS:
    mod = importlib.import_module(nct)
    its = items(nct)
    assert set(mod.ROWS) == set(range(len(its))), (nct, set(range(len(its))) ^ set(mod.ROWS))
    crit = []
    for i, (kind, text) in enumerate(its):
        row = mod.ROWS[i]
        crit.append({'kind': kind, 'text': text,
                     'judgements': {CASES[c-1]: row[c][0] for c in range(1, 9)},
                     'reasons': {CASES[c-1]: row[c][1] for c in range(1, 9)}})
    verdicts = {}
    for c in CASES:
        st = [cr['judgements'][c] for cr in crit]
        verdicts[c] = 'ineligible' if 'not_met' in st else ('eligible' if all(s == 'met' for s in st) else 'possibly_eligible')
    doc = {'nct_id': nct, 'reviewer_note': mod.NOTE, 'verdicts': verdicts, 'criteria': crit}
    with open(os.path.join(HERE, '..', 'UO', nct + '.yaml'), 'w') as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000)
    summary[nct] = (len(crit), verdicts, {c: [i for i, cr in enumerate(crit) if cr['judgements'][c] == 'not_met'] for c in CASES})
for nct, (n, v, nm) in summary.items():
    print(nct, n, ' '.join(f"{c[-2:]}:{v[c][:4]}{nm[c][:4] if nm[c] else ''}" for c in CASES))
