import json, re, sys
BASE='/work/shared/data/trials/her2-gastric/'
def items(nct):
    t=json.load(open(BASE+nct+'.json'))['protocolSection']['eligibilityModule']['eligibilityCriteria']
    kind=None; out=[]
    for raw in t.split('\n'):
        s=raw.strip()
        if not s: continue
        if s.startswith('Inclusion Criteria'): kind='inclusion'; continue
        if s.startswith('Exclusion Criteria'): kind='exclusion'; continue
        s=re.sub(r'^(\*|\\-)\s*','',s)
        s=re.sub(r'^\d+\.\s+','',s)
        out.append((kind,s))
    return out
if __name__=='__main__':
    for i,(k,s) in enumerate(items(sys.argv[1])): print(i,k[:3],s[:150])
