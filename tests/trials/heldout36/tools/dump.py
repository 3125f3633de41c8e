import json,sys
for n in sys.argv[1:]:
    t=json.load(open(f'/work/shared/data/trials/her2-gastric/{n}.json'))['protocolSection']['eligibilityModule']['eligibilityCriteria']
    print('=====',n)
    for i,l in enumerate(t.split('\n')):
        if l.strip(): print(i, repr(l))
