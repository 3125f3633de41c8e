"""Split a record's eligibility text into items (one per requirement; headings separate)."""
import json, re, sys

BULLET = re.compile(r'^\s*(?:\*|-|\d+\.|[a-z]\)|[ivx]+\.)\s+')
# inline roman / letter sub-items inside a paragraph (NCT05709574 exclusion 4, 5.3)
INLINE = re.compile(r'\s+(?=(?:[a-z]\) |(?:i|ii|iii|iv|v|vi|vii)\. ))')

def items(nct):
    txt = json.load(open(f'records/{nct}.json'))['protocolSection']['eligibilityModule']['eligibilityCriteria']
    kind = None
    out = []
    for line in txt.split('\n'):
        s = line.strip()
        if not s:
            continue
        low = s.lower()
        if low.startswith('inclusion criteria'):
            kind = 'inclusion'; continue
        if low.startswith('exclusion criteria'):
            kind = 'exclusion'; continue
        s = BULLET.sub('', s, count=1)
        parts = INLINE.split(s)
        for p in parts:
            p = BULLET.sub('', p.strip(), count=1).strip()
            # split "X: i. Y" style
            m = re.match(r'^(.*?:)\s+(?:i|ii|iii)\.\s+(.*)$', p)
            if m and len(m.group(1)) < 130:
                out.append((kind, m.group(1))); out.append((kind, m.group(2)))
            elif p:
                out.append((kind, p))
    return out, txt

if __name__ == '__main__':
    its, _ = items(sys.argv[1])
    for i, (k, t) in enumerate(its):
        print(i, k[:3], t[:150])
