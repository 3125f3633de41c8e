import json,re
NCTS="NCT03740256 NCT04995003 NCT05005403 NCT05514717 NCT06445972".split()
HEAD=re.compile(r'^(Inclusion Criteria:?|Exclusion Criteria:?|Procurement (Inclusion|Exclusion) Criteria:?|Treatment (Inclusion|Exclusion) Criteria:?|The main (inclusion|exclusion) criteria include but are not limited to the following:)$',re.I)
def items(nct):
    t=json.load(open(f'/work/shared/data/trials/her2-gastric/{nct}.json'))['protocolSection']['eligibilityModule']['eligibilityCriteria']
    kind='inclusion'; out=[]
    for line in t.split('\n'):
        s=line.strip()
        if not s: continue
        if HEAD.match(s):
            kind='exclusion' if 'xclusion' in s else 'inclusion'; continue
        s=re.sub(r'^(\d+\.|\*)\s+','',s)
        s=re.sub(r'^•\s*','',s)
        out.append((kind,s))
    return out
if __name__=='__main__':
    for n in NCTS:
        print('=====',n)
        for i,(k,s) in enumerate(items(n)): print(i,k[:3],s[:110])
