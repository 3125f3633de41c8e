import json,re
def items(nct):
    t=json.load(open(f"/work/shared/data/trials/her2-gastric/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out=[];kind="inclusion"
    lines=t.split("\n")
    for ln in lines:
        s=ln.strip()
        if not s: continue
        if re.match(r"^(Inclusion Criteria|Exclusion Criteria):?$",s):
            kind="inclusion" if s.startswith("Incl") else "exclusion"; continue
        s2=re.sub(r"^(\*|•|\d+\.)\s+","",s)
        # continuation line (starts lowercase-digit w/o bullet after a line ending without punctuation)
        if out and not re.match(r"^(\*|•|\d+\.)\s",s) and out[-1][1].endswith("maximum of"):
            out[-1]=(out[-1][0],out[-1][1]+" "+s); continue
        out.append((kind,s2))
    return out
if __name__=="__main__":
    import sys
    for i,(k,s) in enumerate(items(sys.argv[1])): print(i,k[:3],s[:110])
