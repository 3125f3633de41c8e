import json, yaml, collections
from split import split, IDS
from common import P
import specs1, specs2, specs3, specs4
SPECS = {}
for m in (specs1, specs2, specs3, specs4):
    SPECS.update(m.S)
OUT = '/work/main/tests/trials/heldout4/TF'
summary = {}
tot = collections.Counter()
for nct in IDS:
    sp = SPECS[nct]
    rows = split(nct)
    raw = json.load(open(f'/work/shared/data/trials/hk-sample/{nct}.json'))['protocolSection']['eligibilityModule']['eligibilityCriteria']
    idx = set(range(len(rows)))
    skip = set(sp['skip']); items = sp['items']
    missing = idx - skip - set(items)
    extra = set(items) & skip
    assert not missing, (nct, 'uncovered', sorted(missing), [rows[i][2][:60] for i in sorted(missing)])
    assert not extra, (nct, 'both', extra)
    crit = []
    for i in sorted(items):
        kind, _, text = rows[i]
        assert text in raw, (nct, i)
        j = items[i]
        assert set(j) == set(P), (nct, i, set(j))
        for p in P:
            assert j[p][0] in ('met', 'not_met', 'unknown'), (nct, i, p)
            if j[p][1].startswith('does not apply'):
                assert j[p][0] == 'met'
        crit.append({'text': text, 'kind': kind,
                     'judgements': {p: j[p][0] for p in P},
                     'reasons': {p: j[p][1] for p in P}})
    verdicts = {}
    for p in P:
        st = [c['judgements'][p] for c in crit]
        verdicts[p] = 'ineligible' if 'not_met' in st else ('eligible' if all(s == 'met' for s in st) else 'possibly_eligible')
        for s in st: tot[s] += 1
    doc = {'nct_id': nct, 'reviewer_note': sp['note'], 'verdicts': verdicts, 'criteria': crit}
    with open(f'{OUT}/{nct}.yaml', 'w') as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=10000)
    back = yaml.safe_load(open(f'{OUT}/{nct}.yaml'))
    assert [c['text'] for c in back['criteria']] == [c['text'] for c in crit]
    summary[nct] = (len(crit), verdicts)
for nct, (n, v) in summary.items():
    print(nct, n, ' '.join(f'{p}:{v[p][:4]}' for p in P))
print('criteria', sum(n for n, _ in summary.values()), dict(tot))
vc = collections.Counter(v for _, vs in summary.values() for v in vs.values())
print('verdicts', dict(vc))
json.dump({k: {'n': n, 'verdicts': v} for k, (n, v) in summary.items()} | {'_totals': dict(tot), '_verdicts': dict(vc)},
          open('/work/main/tests/trials/heldout4/tools/summary.json', 'w'), indent=1)
