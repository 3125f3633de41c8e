import json,re,sys
def items(nct):
    t=json.load(open(f'/work/shared/data/trials/her2-gastric/{nct}.json'))['protocolSection']['eligibilityModule']['eligibilityCriteria']
    out=[];kind='inclusion'
    for line in t.split('\n'):
        s=line.strip()
        if not s: continue
        if s.startswith('Exclusion Criteria'): kind='exclusion'
        s2=re.sub(r'^(\*|\\-|•|\d+\.)\s*','',s)
        s2=re.sub(r'^(•)\s*','',s2)
        if not s2: continue
        out.append((kind,s2))
    return out
if __name__=='__main__':
    for i,(k,s) in enumerate(items(sys.argv[1])): print(i,k[:3],s[:150])
