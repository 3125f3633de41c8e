import json, re
D="/work/shared/data/trials/her2-gastric/"
NCTS="NCT06005493 NCT06038578 NCT06356311 NCT06469944 NCT06596694 NCT06764875".split()
HEAD=re.compile(r'^(inclusion criteria|exclusion criteria|key inclusion criteria|key exclusion criteria|the main (inclusion|exclusion) criteria include)',re.I)
def items(nct):
    t=json.load(open(D+nct+".json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    kind=None; out=[]
    for line in t.split("\n"):
        s=line.strip()
        if not s: continue
        if s.lower().startswith("inclusion criteria"): kind="inclusion"; continue
        if s.lower().startswith("exclusion criteria"): kind="exclusion"; continue
        if HEAD.match(s): continue
        s=re.sub(r'^(\* |\d+\. )','',s).strip()
        if nct=="NCT06038578" and s.startswith("Documented objective"):
            a,b=s.split(" The prior treatment must")
            out.append((kind,a)); out.append((kind,"The prior treatment must"+b)); continue
        out.append((kind,s))
    return out
if __name__=="__main__":
    for n in NCTS:
        print("=====",n)
        for i,(k,s) in enumerate(items(n)): print(i,k[:3],s[:110])
