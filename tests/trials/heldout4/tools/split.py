import json,re,sys
IDS="NCT03899155 NCT03486873 NCT05048797 NCT06018337 NCT06333951 NCT05775159 NCT05727176 NCT06252649 NCT06074588 NCT05633667 NCT06054477 NCT06486441 NCT06495645 NCT06029270".split()
MARK=re.compile(r'^\s*(?:[*\-]\s*|\d+\.\s+)')
def split(i):
    d=json.load(open(f'/work/shared/data/trials/hk-sample/{i}.json'))['protocolSection']
    txt=d['eligibilityModule']['eligibilityCriteria']
    out=[];kind='inclusion'
    for raw in txt.split('\n'):
        s=raw.strip()
        if not s: continue
        low=s.lower()
        if re.match(r'^(key\s+)?exclusion criteria',low) or 'are excluded from entering' in low: kind='exclusion'
        if re.match(r'^(key\s+)?inclusion criteria',low): kind='inclusion'
        m=MARK.match(raw)
        body=raw[m.end():].strip() if m else s
        out.append((kind, bool(m), body))
    return out
if __name__=='__main__':
    for i in sys.argv[1:] or IDS:
        print('=====',i)
        for n,(k,b,t) in enumerate(split(i)): print(n,k[:3],'B' if b else '-',t[:110])
