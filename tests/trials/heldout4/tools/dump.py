import json,sys
IDS="NCT03899155 NCT03486873 NCT05048797 NCT06018337 NCT06333951 NCT05775159 NCT05727176 NCT06252649 NCT06074588 NCT05633667 NCT06054477 NCT06486441 NCT06495645 NCT06029270".split()
for i in (sys.argv[1:] or IDS):
    d=json.load(open(f'/work/shared/data/trials/hk-sample/{i}.json'))['protocolSection']
    idm=d['identificationModule']; st=d.get('statusModule',{})
    print('='*20,i, idm.get('briefTitle'))
    print('TITLE:',idm.get('officialTitle'))
    print('PHASE:',d['designModule'].get('phases'),'STATUS:',st.get('overallStatus'))
    print('COND:',d['conditionsModule'].get('conditions'))
    print('SUMMARY:',d['descriptionModule'].get('briefSummary','')[:1500])
    for a in d.get('armsInterventionsModule',{}).get('armGroups',[])[:12]:
        print('  ARM:',a.get('label'),'|',a.get('description','')[:200].replace('\n',' '))
    em=d['eligibilityModule']
    print('SEX',em.get('sex'),'AGE',em.get('minimumAge'),em.get('maximumAge'))
    print('ELIG:\n'+em['eligibilityCriteria'])
