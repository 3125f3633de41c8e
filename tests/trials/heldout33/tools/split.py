import json,re,sys
D="/work/shared/data/trials/her2-gastric/"
NCTS="NCT04704661 NCT05187182 NCT05274048 NCT06219941 NCT06628310".split()
def items(nct):
    t=json.load(open(D+nct+".json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out=[];kind=None
    for line in t.split("\n"):
        s=line.strip()
        if not s: continue
        low=s.lower()
        if re.match(r'^(master )?(sub study \d )?(specific )?inclusion criteria',low) or low.startswith("inclusion criteria"):
            kind="inclusion";continue
        if re.match(r'^(master )?(sub study \d )?(specific )?exclusion criteria',low) or low.startswith("exclusion criteria"):
            kind="exclusion";continue
        if low.startswith("the list below is"): continue
        m=re.match(r'^(\*|•|\d+\.)\s+(.*)$',s)
        if m:
            out.append([kind,m.group(2)])
        else:
            # continuation
            out[-1][1]+=" "+s
    return out
if __name__=="__main__":
    for n in sys.argv[1:] or NCTS:
        print("=====",n)
        for i,(k,x) in enumerate(items(n)):
            print(i,k[:3],x[:110])
