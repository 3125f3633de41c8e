import json,re,sys
D='/work/shared/data/trials/her2-gastric/'
SKIP=re.compile(r'^(\d+\.\s*)?(Key )?(Inclusion|Exclusion) Criteria:?\s*$',re.I)
def items(nct):
    t=json.load(open(D+nct+'.json'))['protocolSection']['eligibilityModule']['eligibilityCriteria']
    kind='inclusion'; out=[]
    for ln in t.split('\n'):
        s=ln.strip()
        if not s: continue
        if SKIP.match(s):
            if 'xclusion' in s: kind='exclusion'
            continue
        s=re.sub(r'^(\*|\\-|\d+\.)\s+','',s)
        # sub-items like "(a) ..." keep
        out.append((kind,s))
    return out
if __name__=='__main__':
    for n in sys.argv[1:]:
        for i,(k,s) in enumerate(items(n)):
            print(n,i,k[:3],s)
