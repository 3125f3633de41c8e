import re,sys
def split(text):
    items=[]; kind=None
    for line in text.split('\n'):
        s=line.strip()
        if not s: continue
        if re.match(r'^(Inclusion|Exclusion) Criteria:?$',s):
            kind='inclusion' if s.startswith('Inclusion') else 'exclusion'; continue
        s=re.sub(r'^(\*|\\-|\d+\.)\s+','',s)
        items.append((kind,s))
    return items
if __name__=='__main__':
    for i,(k,s) in enumerate(split(open(sys.argv[1]).read())):
        print(i,k[:3],s[:150])
