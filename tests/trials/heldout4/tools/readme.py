import json, yaml, collections
from split import IDS
from common import P
OUT='/work/main/tests/trials/heldout4'
rows=[]; per_p={p:collections.Counter() for p in P}; tot=collections.Counter(); kinds=collections.Counter(); vc=collections.Counter()
for n in IDS:
    d=yaml.safe_load(open(f'{OUT}/TF/{n}.yaml'))
    t=json.load(open(f'/work/shared/data/trials/hk-sample/{n}.json'))['protocolSection']['identificationModule']['briefTitle']
    rows.append((n,t,len(d['criteria']),d['verdicts']))
    for c in d['criteria']:
        kinds[c['kind']]+=1
        for p in P: per_p[p][c['judgements'][p]]+=1; tot[c['judgements'][p]]+=1
    for p in P: vc[d['verdicts'][p]]+=1
ab={'ineligible':'I','possibly_eligible':'P','eligible':'E'}
tt='\n'.join(f"| {n} | {t[:70]}{'…' if len(t)>70 else ''} | {k} | "+' | '.join(ab[v[p]] for p in P)+' |' for n,t,k,v in rows)
pp='\n'.join(f"| {p} | {per_p[p]['met']} | {per_p[p]['not_met']} | {per_p[p]['unknown']} |" for p in P)
ncrit=sum(r[2] for r in rows)
text=open(f'{OUT}/tools/README.template.md').read()
text=text.replace('@@TRIALS@@',tt).replace('@@PERP@@',pp).replace('@@NCRIT@@',str(ncrit)) \
 .replace('@@INC@@',str(kinds['inclusion'])).replace('@@EXC@@',str(kinds['exclusion'])) \
 .replace('@@MET@@',str(tot['met'])).replace('@@NOT@@',str(tot['not_met'])).replace('@@UNK@@',str(tot['unknown'])) \
 .replace('@@JTOT@@',str(sum(tot.values()))).replace('@@VI@@',str(vc['ineligible'])).replace('@@VP@@',str(vc['possibly_eligible'])).replace('@@VE@@',str(vc['eligible']))
open(f'{OUT}/README.md','w').write(text)
print(text[-1500:])
