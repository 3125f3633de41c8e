import yaml, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from split import items
CASES=[f"UJ-{i:02d}" for i in range(1,9)]
M,N,U="met","not_met","unknown"
def J(default, reason, **ov):
    """default status/reason for all cases; overrides c1..c8=(status, reason)"""
    j={};r={}
    for i,c in enumerate(CASES,1):
        s,x=ov.get(f"c{i}",(default,reason))
        j[c]=s;r[c]=x
    return (j,r)
def DNA(reason):  # does not apply for all
    return J(M,"does not apply: "+reason)
def emit(nct, note, judg):
    its=items(nct)
    assert len(its)==len(judg),(nct,len(its),len(judg))
    crit=[];verd={}
    for (k,t),(j,r) in zip(its,judg):
        crit.append({"kind":k,"text":t,"judgements":j,"reasons":r})
    for c in CASES:
        st=[cr["judgements"][c] for cr in crit]
        verd[c]="ineligible" if N in st else ("eligible" if all(s==M for s in st) else "possibly_eligible")
    out={"nct_id":nct,"reviewer_note":note,"verdicts":verd,"criteria":crit}
    p=os.path.join(os.path.dirname(__file__),"..","UJ",nct+".yaml")
    yaml.safe_dump(out,open(p,"w"),sort_keys=False,allow_unicode=True,width=1000)
    print(nct,verd)
    return verd
LAB="laboratory value not given (C3)"
C1="consent/compliance/contraception/study-procedure item (C1)"
def PREG(extra=""):
    return J(M,"man or woman >=55: pregnancy not an issue (C2)",
             c1=(U,"woman of 36; pregnancy/breast-feeding status not documented (C2)"),
             c3=(U,"woman of 47; pregnancy/breast-feeding status not documented (C2)"))
