#!/usr/bin/env python3
"""Build /work/tj/records and /work/tj/TJ from the study tables in studies_*.py."""
import json, os, sys
import yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from studies_e import STUDIES, ALL

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = ['TJ-' + k for k in ALL]
norm = lambda s: ' '.join(s.split())

def verdict(sts):
    if 'not_met' in sts: return 'ineligible'
    if all(s == 'met' for s in sts): return 'eligible'
    return 'possibly_eligible'

summary = {}
for s in STUDIES:
    nct = s['nct']
    # record
    ps = {
        'identificationModule': {'nctId': nct, 'briefTitle': s['title']},
        'statusModule': {'overallStatus': s['status']},
        'designModule': {'phases': s['phases']},
        'eligibilityModule': {'eligibilityCriteria': s['text']},
    }
    if s.get('conditions'): ps['conditionsModule'] = {'conditions': s['conditions']}
    if s.get('sex'): ps['eligibilityModule']['sex'] = s['sex']
    if s.get('min_age'): ps['eligibilityModule']['minimumAge'] = s['min_age']
    if s.get('sponsor'): ps['sponsorCollaboratorsModule'] = {'leadSponsor': {'name': s['sponsor']}}
    if s.get('locations'): ps['contactsLocationsModule'] = {'locations': s['locations']}
    rec = {'protocolSection': ps, 'source': {'url': s['urls'], 'retrieved': '2026-12-05', 'notes': s['notes']}}
    with open(os.path.join(ROOT, 'records', nct + '.json'), 'w') as f:
        json.dump(rec, f, indent=2, ensure_ascii=False)
    # judgements
    crits = []
    for cr in s['criteria']:
        assert norm(cr['text']) in norm(s['text']), (nct, cr['text'][:60])
        j, r = {}, {}
        for k in ALL:
            st, rs = cr['ov'].get(k, cr['default'])
            assert st in ('met', 'not_met', 'unknown'), (nct, k, st)
            j['TJ-' + k] = st; r['TJ-' + k] = rs
        crits.append({'text': cr['text'], 'kind': cr['kind'], 'judgements': j, 'reasons': r})
    verdicts = {c: verdict([cr['judgements'][c] for cr in crits]) for c in CASES}
    summary[nct] = (s, verdicts, crits)
    note = s.get('reviewer_note') or ''
    doc = {'nct_id': nct, 'reviewer_note': None, 'verdicts': verdicts, 'criteria': crits}
    # reviewer note assembled: what, status, cut, key verdict reasoning
    keyr = []
    for c in CASES:
        nm = [cr for cr in crits if cr['judgements'][c] == 'not_met']
        if nm:
            keyr.append(f"{c} ineligible ({nm[0]['reasons'][c]})")
        else:
            un = [cr['reasons'][c] for cr in crits if cr['judgements'][c] == 'unknown']
            keyr.append(f"{c} {verdicts[c]}" + (f" (open: {'; '.join(un[:3])})" if un else ''))
    doc['reviewer_note'] = (f"{s['title']} - {s['kind']}. Status as shown: {s['status']}. Source/cut: {s['notes']} "
                            f"Judged on the visible text only. Key reasoning: " + ' | '.join(keyr))
    with open(os.path.join(ROOT, 'TJ', nct + '.yaml'), 'w') as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)

# print table
hdr = 'NCT'.ljust(13) + ' '.join(c[-2:].rjust(3) for c in CASES)
print(hdr)
ab = {'eligible': 'E', 'possibly_eligible': 'P', 'ineligible': 'I'}
for nct, (s, v, crits) in summary.items():
    print(nct.ljust(13) + ' '.join(ab[v[c]].rjust(3) for c in CASES), len(crits))
