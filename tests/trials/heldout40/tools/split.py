import json, re, sys
SRC="/work/shared/data/trials/her2-gastric/%s.json"
HEAD=re.compile(r'^(inclusion criteria:?|exclusion criteria:?|inclusion|exclusion)$', re.I)
def items(nct):
    t=json.load(open(SRC%nct))['protocolSection']['eligibilityModule']['eligibilityCriteria']
    kind=None; out=[]
    for line in t.split('\n'):
        s=line.strip()
        if not s: continue
        if HEAD.match(s):
            kind='exclusion' if s.lower().startswith('excl') else 'inclusion'; continue
        out.append([kind,s])
    return out
if __name__=='__main__':
    for i,(k,s) in enumerate(items(sys.argv[1])):
        print(i,k[:3],s[:150].replace('\\',''))
