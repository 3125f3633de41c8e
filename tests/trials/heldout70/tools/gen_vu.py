import yaml, json
C=[f"VU-{i:02d}" for i in range(1,9)]
def crit(kind,text,spec):
    # spec: dict case -> (status, reason) ; may contain '*' default
    j={};r={}
    for c in C:
        s,why = spec.get(c, spec.get('*'))
        j[c]=s; r[c]=why
    return {"kind":kind,"text":text,"judgements":j,"reasons":r}
def verdicts(cr):
    v={}
    for c in C:
        st=[x["judgements"][c] for x in cr]
        v[c]="ineligible" if "not_met" in st else ("eligible" if all(s=="met" for s in st) else "possibly_eligible")
    return v
M=lambda w:("met",w); N=lambda w:("not_met",w); U=lambda w:("unknown",w)
men="does not apply: male patient"

# ---------------- PHOX NCT06078709 ----------------
ph=[]
ph.append(crit("inclusion","Age ≥ 18 years",{'*':M("adult (38-83 years)")}))
ph.append(crit("inclusion","Histological confirmation of esophageal or gastroesophageal junction adenocarcinoma, American Joint Committee on Cancer (AJCC) 8th edition stage T1-4N0-3M0",{
 'VU-01':N("gastric (stomach) primary and metastatic"),
 'VU-02':N("gastric primary; recurrent after gastrectomy, not a primary T1-4N0-3M0 tumour"),
 'VU-03':M("GEJ adenocarcinoma, setting resectable (M0); T1-4/N0-3 spans every T and N category"),
 'VU-04':N("gastric primary, metastatic"),
 'VU-05':M("oesophageal adenocarcinoma, locally advanced unresectable (no distant metastasis, M0)"),
 'VU-06':N("recurrent GEJ cancer after prior resection; not a primary M0 tumour (brain metastases recorded)"),
 'VU-07':N("gastric primary, metastatic"),
 'VU-08':N("gastric primary, metastatic")}))
ph.append(crit("inclusion","Candidate for trimodality therapy: neoadjuvant chemotherapy, chemoradiation, and esophagectomy",{
 '*':N("metastatic disease: not a candidate for curative trimodality therapy"),
 'VU-02':N("recurrent after gastrectomy: no curative trimodality option"),
 'VU-03':U("resectable GEJ, ECOG 0, untreated; MDT decision on trimodality therapy not recorded"),
 'VU-05':N("locally advanced unresectable and already treated with definitive chemoradiotherapy"),
 'VU-06':N("recurrent disease after prior resection; no esophagectomy planned")}))
ph.append(crit("inclusion","Surgical consultation has confirmed that patient is an appropriate candidate for esophagectomy",{
 '*':N("metastatic gastric/GEJ disease: not an esophagectomy candidate"),
 'VU-02':N("recurrent after gastrectomy: not an esophagectomy candidate"),
 'VU-03':U("resectable on staging but no surgical consultation recorded"),
 'VU-05':N("setting locally advanced unresectable: surgery not possible"),
 'VU-06':N("recurrent metastatic disease: not an esophagectomy candidate")}))
ph.append(crit("inclusion","Eastern Cooperative Oncology Group (ECOG) performance status (PS) 0 or 1",{
 '*':M("ECOG 0-1"),'VU-05':N("ECOG 2"),'VU-08':N("ECOG 3")}))
ph.append(crit("inclusion","Negative pregnancy test done ≤ 7 days prior to registration, for women of childbearing potential only",{
 '*':M(men),'VU-01':U("woman aged 38: childbearing potential and pregnancy status not recorded"),
 'VU-04':M("woman aged 72: not of childbearing potential"),
 'VU-06':U("woman aged 47: childbearing potential and pregnancy status not recorded")}))
ph.append(crit("inclusion","Ability to provide written informed consent and complete questionnaire(s) by themselves or with assistance",{'*':M("consent/questionnaire item: assumed met (convention C1)")}))
ph.append(crit("inclusion","Willing to return to enrolling institution for follow-up (during the active monitoring phase of the study)",{'*':M("compliance item: assumed met (C1)")}))
ph.append(crit("inclusion","Willing to provide blood samples for correlative research purposes",{'*':M("study-procedure item: assumed met (C1)")}))
ph.append(crit("exclusion","Clinical or biopsy-proven distant metastatic disease (AJCC 8th edition stage TanyNanyM1)",{
 '*':N("setting metastatic: distant metastatic disease present"),
 'VU-02':U("recurrent disease; whether the relapse is distant is not recorded in the case fields"),
 'VU-03':M("setting resectable: no distant metastasis"),
 'VU-05':M("locally advanced unresectable: no distant metastasis"),
 'VU-06':N("brain metastases recorded: distant (M1) disease"),
 'VU-07':N("setting metastatic, brain metastases recorded")}))
ph.append(crit("exclusion","Cervical or upper esophageal tumor",{
 '*':M("gastric primary, not a cervical/upper oesophageal tumour"),
 'VU-03':M("GEJ primary, not cervical/upper oesophagus"),
 'VU-06':M("GEJ primary, not cervical/upper oesophagus"),
 'VU-05':U("oesophageal primary; level within the oesophagus not recorded in the case fields")}))
ph.append(crit("exclusion","Prior chemotherapy or radiotherapy for esophageal cancer or history of radiotherapy to the thorax",{
 'VU-01':U("no chemotherapy; thoracic radiotherapy history not recorded"),
 'VU-03':U("no chemotherapy; thoracic radiotherapy history not recorded"),
 'VU-02':U("prior chemotherapy was adjuvant S-1 for gastric, not oesophageal, cancer; thoracic radiotherapy not recorded"),
 'VU-04':U("prior chemotherapy was for gastric cancer; thoracic radiotherapy not recorded"),
 'VU-07':U("prior chemotherapy was for gastric cancer; thoracic radiotherapy not recorded"),
 'VU-08':U("prior chemotherapy was for gastric cancer; thoracic radiotherapy not recorded"),
 'VU-05':N("prior fluorouracil + cisplatin (line 1, 2026-03/04) for oesophageal adenocarcinoma"),
 'VU-06':N("prior perioperative FLOT and first-line nivolumab + CAPOX for GEJ (oesophagogastric) adenocarcinoma")}))
ph.append(crit("exclusion","Co-morbid systemic illnesses or other severe concurrent disease which, in the judgement of the investigator, would make the patient inappropriate for entry into this study or interfere significantly with proper assessment of adverse events",{
 '*':U("investigator judgement; no vocabulary condition listed, other comorbidities not recorded"),
 'VU-02':U("hepatitis B recorded; whether it is controlled/relevant is investigator judgement"),
 'VU-03':U("HIV recorded; control on therapy is not a case fact, investigator judgement"),
 'VU-04':U("interstitial lung disease/pneumonitis recorded; investigator judgement"),
 'VU-05':U("heart failure recorded at age 83; investigator judgement"),
 'VU-06':U("autoimmune disease and brain metastases recorded; investigator judgement"),
 'VU-07':U("hepatitis C and brain metastases recorded; investigator judgement")}))
ph.append(crit("exclusion","Receiving any investigational agent which would be considered as a treatment for the primary neoplasm",{
 '*':M("no investigational agent recorded"),
 'VU-08':M("currently on trifluridine/tipiracil, an approved agent, not investigational")}))
phox={"nct_id":"NCT06078709",
 "reviewer_note":("PHOX: single-arm phase II of preoperative hypofractionated RT + FOLFOX before esophagectomy for stage I-III "
  "oesophageal/GEJ adenocarcinoma. Text is the trials.co flattened paragraph; I split it into one item per requirement at the "
  "capitalised sentence starts (the mirror has no bullet markers) and stopped at the last complete exclusion item. Reading choices: "
  "'stage T1-4N0-3M0' is taken as decided by the setting field (resectable or locally_advanced_unresectable imply M0, and T1-4/N0-3 "
  "spans all T and N categories), although T/N stage itself is not a case field; gastric primaries fail the histology/site item; "
  "recurrent disease after prior resection (VU-02, VU-06) is not a primary tumour for trimodality therapy; GEJ cancer counts as "
  "'esophageal cancer' for the prior-chemotherapy exclusion, gastric cancer does not (so thoracic RT stays unknown for gastric cases); "
  "the comorbidity item is investigator judgement and is unknown for every case. Only VU-03 (resectable GEJ, ECOG 0, untreated) "
  "is a candidate; VU-05 is excluded by prior chemotherapy and ECOG 2."),
 "verdicts":verdicts(ph),"criteria":ph}
yaml.safe_dump(phox,open("VU/NCT06078709.yaml","w"),allow_unicode=True,sort_keys=False,width=1000)

# ---------------- IP paclitaxel NCT04220827 ----------------
ip=[]
ip.append(crit("inclusion","Eastern Cooperative Oncology Group (ECOG) performance status =< 2",{'*':M("ECOG 0-1"),'VU-05':M("ECOG 2"),'VU-08':N("ECOG 3")}))
ip.append(crit("inclusion","Cytologic or histologic proof of adenocarcinoma of the stomach or gastroesophageal junction",{
 '*':M("gastric adenocarcinoma"),'VU-03':M("GEJ adenocarcinoma"),'VU-06':M("GEJ adenocarcinoma"),
 'VU-05':N("oesophageal (not gastric/GEJ) adenocarcinoma")}))
lab=lambda n:crit("inclusion",n,{'*':U("laboratory value not recorded (C3)")})
ip.append(lab("Leukocytes >= 3,000/uL"))
ip.append(lab("Absolute neutrophil count >= 1,500/uL"))
ip.append(lab("Platelets >= 60,000/Ul"))
ip.append(lab("Serum creatinine =< 1.5 mg/dL"))
ip.append(crit("inclusion","Distant metastatic disease of peritoneum:",{
 '*':U("metastatic/recurrent disease, but peritoneal involvement is not a case field"),
 'VU-03':N("setting resectable: no distant (peritoneal) metastasis"),
 'VU-05':N("locally advanced unresectable: no distant (peritoneal) metastasis")}))
ip.append(crit("inclusion","Positive peritoneal cytology",{
 '*':U("peritoneal cytology not recorded (alternative to carcinomatosis)"),
 'VU-03':N("resectable M0 disease: no positive peritoneal cytology (alternative to carcinomatosis, also absent)"),
 'VU-05':N("locally advanced M0 disease: no positive peritoneal cytology (alternative to carcinomatosis, also absent)")}))
ip.append(crit("inclusion","Carcinomatosis on diagnostic laparoscopy or laparotomy",{
 '*':U("laparoscopy/laparotomy findings not recorded (alternative to positive cytology)"),
 'VU-03':N("resectable M0 disease: no carcinomatosis"),
 'VU-05':N("locally advanced M0 disease: no carcinomatosis")}))
ip.append(crit("inclusion","Completion of preoperative systemic chemotherapy",{
 'VU-01':N("no systemic chemotherapy given yet"),
 'VU-02':U("only adjuvant (postoperative) S-1; whether that counts as the protocol's preoperative systemic chemotherapy is unclear"),
 'VU-03':N("no systemic chemotherapy given yet"),
 'VU-04':M("has completed systemic chemotherapy (three palliative lines, last ended 2026-10-27)"),
 'VU-05':U("chemotherapy was given with definitive radiotherapy, not as preoperative systemic chemotherapy"),
 'VU-06':M("completed perioperative FLOT (2022) and first-line nivolumab + CAPOX (ended 2026-09-15)"),
 'VU-07':M("completed first-line trastuzumab + pembrolizumab + CAPOX and second-line disitamab vedotin"),
 'VU-08':M("completed first- and second-line systemic chemotherapy (third line ongoing)")}))
ip.append(crit("exclusion","Infections such as pneumonia or wound infections that would preclude protocol therapy",{
 '*':U("current acute infection status not recorded"),
 'VU-02':U("chronic hepatitis B recorded (not the acute infection type listed); acute infection status not recorded"),
 'VU-03':U("HIV recorded (not the acute infection type listed); acute infection status not recorded"),
 'VU-07':U("hepatitis C recorded (not the acute infection type listed); acute infection status not recorded")}))
ipd={"nct_id":"NCT04220827",
 "reviewer_note":("MD Anderson phase I of intraperitoneal paclitaxel for gastric/GEJ adenocarcinoma with positive peritoneal cytology "
  "or carcinomatosis. The mirror flattens the CT.gov nesting; following the medifind layout I treat 'Distant metastatic disease of "
  "peritoneum:' as a heading item (judged as the requirement for peritoneal disease) with 'Positive peritoneal cytology' and "
  "'Carcinomatosis on diagnostic laparoscopy or laparotomy' as alternatives (judged unknown unless the setting rules out distant "
  "disease) and 'Completion of preoperative systemic chemotherapy' as a separate requirement. Reading choice: I read the latter as "
  "'has completed a course of systemic chemotherapy before IP therapy', so completed palliative lines count (met), no chemotherapy is "
  "not_met, and adjuvant-only S-1 or chemotherapy given with definitive radiotherapy is unknown. The oesophageal primary (VU-05) fails "
  "the stomach/GEJ item. Only one exclusion item survives the mirror cut; chronic viral infections are not read as the acute "
  "'pneumonia or wound infections' listed. Candidates: VU-02, VU-04, VU-06, VU-07 (peritoneal status unknown); clear exclusions: "
  "VU-08 (ECOG 3), VU-03 and VU-05 (no distant disease), VU-01 (no prior chemotherapy)."),
 "verdicts":verdicts(ip),"criteria":ip}
yaml.safe_dump(ipd,open("VU/NCT04220827.yaml","w"),allow_unicode=True,sort_keys=False,width=1000)
for d in (phox,ipd): print(d["nct_id"], d["verdicts"])
