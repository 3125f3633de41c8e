import json, yaml, os
C=[f"UD-{i:02d}" for i in range(1,9)]
os.chdir('/work/tUD')
# ---------- records ----------
A_elig = """Inclusion Criteria:

* adult patients 18-75 years of age;
* metastatic or advanced gastric cancer;
* disease progression under or after 1 prior platinum-based or 5-fluoropyrimidine-based chemotherapy for metastatic disease;
* >=4 weeks from last platinum-based or fluoropyrimidine-based chemotherapy;
* >=1 measurable lesion;
* HER2 overexpression (IHC [2+] or [3+]).

Exclusion Criteria:

* concurrent chemotherapy or immunotherapy;
* brain or meningeal metastases;
* clinically significant cardiac disease, advanced pulmonary disease or severe dyspnoea;
* co-existing malignancies or malignancies diagnosed within last 5 years, except basal cell cancer or cervical cancer in situ;
* women who are pregnant or breastfeeding."""
A = {"protocolSection":{
 "identificationModule":{"nctId":"NCT02005484","briefTitle":"A Study of Herceptin (Trastuzumab) in Patients With Metastatic or Advanced Gastric Cancer With Disease Progression"},
 "statusModule":{"overallStatus":"TERMINATED"},
 "conditionsModule":{"conditions":["Gastric Cancer"]},
 "designModule":{"phases":["PHASE2"]},
 "eligibilityModule":{"eligibilityCriteria":A_elig,"sex":"ALL"}},
 "source":{"url":"https://trial.medpath.com/clinical-trial/6c2bc87b27df68f5/herceptin-monotherapy-gastric-cancer",
  "notes":"Copied from the MedPath mirror of the ClinicalTrials.gov record (lead sponsor Hoffmann-La Roche, target recruitment 6). The eligibility list appears complete on the mirror (it is followed by the 'Study & Design' section); bullets rendered as '* '. The mirror gives no age fields, official title or locations, so they are left out. Age 18-75 appears only inside the criterion text.",
  "other_urls":[]}}
B_elig = """Inclusion Criteria:

- ECOG 0-2
- Histologically proven gastric cancer T2-3 N+, T4a with any N (0,+) with free cancer cells in the abdominal cavity and no macroscopic canceromathosis and no other distant metastases (TNM classification 7th edition)
- Histological forms: gastric adenocarcinoma and signet ring cancer
- Blood characteristics (creatinine <150 mg/l, total bilirubin < 50 mkmol/l, neutrophils < 1500/mkl, hemoglobin >90 g/l, thrombocytes > 100000/mkl)

Exclusion Criteria:

- Clinically apparent distant metastasis (besides free cancer cells)
- Synchronic or metachronic malignant tumors
- Previous systemic or surgical or combined therapy for gastric cancer
- Complications of gastric cancer (obstruction 0-1 GOOSS scale and/or gastric bleeding)
- Adhesions in abdominal cavity
- Gastrooesophageal junction cancer or gastric cancer with spreading on oesophagus."""
B = {"protocolSection":{
 "identificationModule":{"nctId":"NCT02976142","briefTitle":"The Efficacy of Surgical Treatment After Neoadjuvant Chemotherapy Plus Intraperitoneal Immunotherapy Versus Chemotherapy Alone for Patients With Positive Wash Cytology Gastric Cancer"},
 "conditionsModule":{"conditions":["Gastric Cancer, Metastatic"]},
 "eligibilityModule":{"eligibilityCriteria":B_elig}},
 "source":{"url":"https://trials.co/clinical-trials-details/the-efficacy-of-surgical-treatment-after-neoadjuvant-chemotherapy-plus-intraperitoneal-immunotherapy-versus-chemotherapy-alone-for-patients-with-positive-wash-cytology-gastric-cancer/NCT02976142",
  "notes":"Copied from the trials.co mirror. Criteria appear complete (followed by 'Sites / Locations' and arms: 1 course intraperitoneal interleukin-2 + 3 courses cisplatin/5-FU vs 3 courses cisplatin/5-FU, surgery on downstaging M1->M0). The mirror shows no status, phase, ages, sex or site names, so those fields are left out. Odd wording ('neutrophils < 1500/mkl', 'canceromathosis', 'mkmol/l') is reproduced as found.",
  "other_urls":[]}}
for r in (A,B):
    n=r["protocolSection"]["identificationModule"]["nctId"]
    json.dump(r,open(f"records/{n}.json","w"),indent=2,ensure_ascii=False)

def crit(kind,text,j):
    # j: dict case -> (status, reason)
    return {"kind":kind,"text":text,"judgements":{c:j[c][0] for c in C},"reasons":{c:j[c][1] for c in C}}
def allsame(st,reason): return {c:(st,reason) for c in C}
def verdicts(cr):
    v={}
    for c in C:
        s=[x["judgements"][c] for x in cr]
        v[c]="ineligible" if "not_met" in s else ("eligible" if all(t=="met" for t in s) else "possibly_eligible")
    return v
M,N,U="met","not_met","unknown"
# ---------- NCT02005484 ----------
a=[]
a.append(crit("inclusion","adult patients 18-75 years of age;",{
 "UD-01":(M,"64 years"),"UD-02":(M,"38 years"),"UD-03":(M,"71 years"),"UD-04":(M,"52 years"),
 "UD-05":(M,"45 years"),"UD-06":(M,"67 years"),"UD-07":(M,"58 years"),"UD-08":(N,"76 years, above the 75-year limit")}))
a.append(crit("inclusion","metastatic or advanced gastric cancer;",{
 "UD-01":(U,"metastatic GEJ adenocarcinoma; record says 'gastric cancer' only and does not say whether GEJ tumours are admitted"),
 "UD-02":(M,"metastatic gastric adenocarcinoma"),
 "UD-03":(N,"oesophageal adenocarcinoma, not gastric"),
 "UD-04":(M,"metastatic gastric adenocarcinoma"),
 "UD-05":(N,"resectable (not advanced) GEJ tumour"),
 "UD-06":(M,"metastatic gastric adenocarcinoma"),
 "UD-07":(M,"metastatic gastric adenocarcinoma"),
 "UD-08":(U,"recurrent GEJ adenocarcinoma; record does not say whether GEJ counts as gastric")}))
a.append(crit("inclusion","disease progression under or after 1 prior platinum-based or 5-fluoropyrimidine-based chemotherapy for metastatic disease;",{
 "UD-01":(M,"progressed after one line of capecitabine + oxaliplatin (+ trastuzumab), ended 2026-09-20"),
 "UD-02":(N,"no prior chemotherapy for metastatic disease"),
 "UD-03":(N,"two prior lines: perioperative FLOT counts (recurrence 115 days after it) plus nivolumab-FOLFOX"),
 "UD-04":(N,"four prior palliative lines, not one"),
 "UD-05":(N,"untreated, non-metastatic"),
 "UD-06":(N,"two prior palliative lines, not one"),
 "UD-07":(N,"two prior palliative lines, not one"),
 "UD-08":(N,"no chemotherapy for metastatic disease; perioperative FLOT ended 318 days before recurrence so does not count as a line")}))
a.append(crit("inclusion",">=4 weeks from last platinum-based or fluoropyrimidine-based chemotherapy;",{
 "UD-01":(M,"last CAPOX 2026-09-20, 72 days before 2026-12-01"),
 "UD-02":(M,"does not apply: no prior platinum or fluoropyrimidine"),
 "UD-03":(M,"last FOLFOX 2026-11-01, 30 days before 2026-12-01"),
 "UD-04":(M,"last S-1/oxaliplatin 2025-08-10, >1 year ago"),
 "UD-05":(M,"does not apply: no prior platinum or fluoropyrimidine"),
 "UD-06":(M,"last CAPOX 2026-01-15, >10 months ago"),
 "UD-07":(M,"last CAPOX 2026-02-20, >9 months ago"),
 "UD-08":(M,"last FLOT 2025-05-01, >18 months ago")}))
a.append(crit("inclusion",">=1 measurable lesion;",{
 **{c:(M,"measurable_disease true") for c in C},"UD-08":(N,"measurable_disease false (non-measurable peritoneal disease)")}))
a.append(crit("inclusion","HER2 overexpression (IHC [2+] or [3+]).",{
 "UD-01":(U,"IHC 3+ in 2025 but IHC 1+ on post-trastuzumab re-biopsy 2026-10-08; record does not say which specimen counts"),
 "UD-02":(N,"IHC 0"),
 "UD-03":(M,"IHC 2+ (ISH not amplified; the criterion asks IHC only)"),
 "UD-04":(M,"IHC 3+"),
 "UD-05":(N,"IHC 1+"),
 "UD-06":(N,"tissue IHC 1+; ctDNA ERBB2 amplification is not IHC overexpression"),
 "UD-07":(M,"IHC 2+ (ISH amplified)"),
 "UD-08":(N,"IHC 0")}))
a.append(crit("exclusion","concurrent chemotherapy or immunotherapy;",{c:(M,"no ongoing treatment recorded") for c in C}))
a.append(crit("exclusion","brain or meningeal metastases;",{
 **{c:(M,"brain_metastases not among conditions (vocabulary condition known absent)") for c in C},
 "UD-06":(N,"treated brain metastases (brain_metastases condition)")}))
a.append(crit("exclusion","clinically significant cardiac disease, advanced pulmonary disease or severe dyspnoea;",{
 "UD-01":(U,"no heart failure; other cardiac disease and pulmonary status not recorded"),
 "UD-02":(U,"no heart failure; other cardiac disease and pulmonary status not recorded"),
 "UD-03":(U,"prior grade 2 pneumonitis (resolved); other cardiac disease and pulmonary status not recorded"),
 "UD-04":(U,"T-DXd-related ILD grade 2; whether it is 'advanced pulmonary disease' not recorded"),
 "UD-05":(U,"no heart failure; other cardiac disease and pulmonary status not recorded"),
 "UD-06":(U,"no heart failure; other cardiac disease and pulmonary status not recorded"),
 "UD-07":(N,"heart failure with LVEF 45% is clinically significant cardiac disease"),
 "UD-08":(U,"no heart failure; other cardiac disease and pulmonary status not recorded")}))
a.append(crit("exclusion","co-existing malignancies or malignancies diagnosed within last 5 years, except basal cell cancer or cervical cancer in situ;",
 allsame(U,"other malignancies not recorded in the case")))
a.append(crit("exclusion","women who are pregnant or breastfeeding.",{
 "UD-01":(M,"does not apply: male"),"UD-02":(U,"woman aged 38; pregnancy/breast-feeding not recorded"),
 "UD-03":(M,"does not apply: male"),"UD-04":(U,"woman aged 52; pregnancy/breast-feeding not recorded"),
 "UD-05":(M,"does not apply: male"),"UD-06":(M,"woman aged 67 (>=55)"),
 "UD-07":(M,"does not apply: male"),"UD-08":(M,"woman aged 76 (>=55)")}))
ya={"nct_id":"NCT02005484",
 "reviewer_note":"Roche phase 2 trastuzumab monotherapy after one prior platinum/fluoropyrimidine line (terminated, 6 enrolled). Reading choices: '1 prior ... chemotherapy for metastatic disease' read as exactly one prior line, with perioperative therapy counted as a line when recurrence was within 183 days (C6); 'gastric cancer' does not mention GEJ, so GEJ primaries are unknown rather than met; HER2 IHC 2+ qualifies without ISH as written; for UD-01 (IHC 3+ then 1+ after trastuzumab) the record names no specimen, so unknown; the brain_metastases vocabulary condition is taken to cover meningeal/CNS disease; heart failure with LVEF 45% read as clinically significant cardiac disease.",
 "verdicts":verdicts(a),"criteria":a}
# ---------- NCT02976142 ----------
b=[]
b.append(crit("inclusion","ECOG 0-2",{
 **{c:(M,"") for c in C},
 "UD-01":(M,"ECOG 1"),"UD-02":(M,"ECOG 1"),"UD-03":(M,"ECOG 1"),"UD-04":(M,"ECOG 2"),"UD-05":(M,"ECOG 0"),
 "UD-06":(M,"ECOG 1"),"UD-07":(N,"ECOG 3"),"UD-08":(M,"ECOG 1")}))
b.append(crit("inclusion","Histologically proven gastric cancer T2-3 N+, T4a with any N (0,+) with free cancer cells in the abdominal cavity and no macroscopic canceromathosis and no other distant metastases (TNM classification 7th edition)",{
 "UD-01":(U,"GEJ primary, metastatic; T/N stage, peritoneal cytology and metastatic sites not recorded"),
 "UD-02":(U,"metastatic gastric cancer; whether M1 is cytology-only, and T/N stage, not recorded"),
 "UD-03":(N,"oesophageal adenocarcinoma, not gastric cancer"),
 "UD-04":(U,"metastatic gastric cancer; metastatic sites, cytology and T/N stage not recorded"),
 "UD-05":(U,"resectable GEJ tumour; peritoneal cytology and T/N stage not case fields"),
 "UD-06":(N,"brain metastases are other distant metastases"),
 "UD-07":(U,"metastatic gastric cancer; metastatic sites, cytology and T/N stage not recorded"),
 "UD-08":(U,"recurrent GEJ tumour; sites beyond peritoneum and cytology not recorded")}))
b.append(crit("inclusion","Histological forms: gastric adenocarcinoma and signet ring cancer",
 {c:(M,"adenocarcinoma histology (primary site judged under other items)") for c in C}))
b.append(crit("inclusion","Blood characteristics (creatinine <150 mg/l, total bilirubin < 50 mkmol/l, neutrophils < 1500/mkl, hemoglobin >90 g/l, thrombocytes > 100000/mkl)",
 allsame(U,"laboratory values not in the case (C3)")))
b.append(crit("exclusion","Clinically apparent distant metastasis (besides free cancer cells)",{
 "UD-01":(U,"metastatic; sites not recorded"),"UD-02":(U,"metastatic; sites not recorded"),
 "UD-03":(U,"recurrent; sites not recorded"),"UD-04":(U,"metastatic; sites not recorded"),
 "UD-05":(M,"resectable setting: no distant metastasis"),"UD-06":(N,"brain metastases"),
 "UD-07":(U,"metastatic; sites not recorded"),"UD-08":(U,"recurrent (peritoneal per note); other sites not recorded")}))
b.append(crit("exclusion","Synchronic or metachronic malignant tumors",allsame(U,"other malignancies not recorded in the case")))
b.append(crit("exclusion","Previous systemic or surgical or combined therapy for gastric cancer",{
 "UD-01":(N,"prior trastuzumab + CAPOX"),"UD-02":(M,"no prior treatment"),
 "UD-03":(N,"prior perioperative FLOT, surgery and nivolumab-FOLFOX"),"UD-04":(N,"four prior systemic lines"),
 "UD-05":(M,"no prior treatment"),"UD-06":(N,"two prior systemic lines"),
 "UD-07":(N,"two prior systemic lines"),"UD-08":(N,"prior perioperative FLOT and resection")}))
b.append(crit("exclusion","Complications of gastric cancer (obstruction 0-1 GOOSS scale and/or gastric bleeding)",
 allsame(U,"obstruction/bleeding not recorded (GI integrity unknown, C4)")))
b.append(crit("exclusion","Adhesions in abdominal cavity",allsame(U,"abdominal adhesions not recorded")))
b.append(crit("exclusion","Gastrooesophageal junction cancer or gastric cancer with spreading on oesophagus.",{
 "UD-01":(N,"GEJ cancer"),"UD-02":(U,"gastric primary; oesophageal extension not recorded"),
 "UD-03":(N,"oesophageal primary, i.e. tumour involving the oesophagus"),
 "UD-04":(U,"gastric primary; oesophageal extension not recorded"),
 "UD-05":(N,"GEJ cancer"),"UD-06":(U,"gastric primary; oesophageal extension not recorded"),
 "UD-07":(U,"gastric primary; oesophageal extension not recorded"),"UD-08":(N,"GEJ cancer")}))
yb={"nct_id":"NCT02976142",
 "reviewer_note":"Russian-style surgical trial for gastric cancer with positive peritoneal wash cytology (CY1) only: neoadjuvant IP interleukin-2 + cisplatin/5-FU vs chemotherapy, surgery on conversion. Reading choices: a 'metastatic' setting does not tell whether M1 is cytology-only, so inclusion item 2 and the distant-metastasis exclusion stay unknown unless a coded site (brain) decides; the histology item is judged on histology alone; 'gastric cancer with spreading on oesophagus' is taken to exclude an oesophageal primary as well as GEJ tumours; 'neutrophils < 1500/mkl' is an evident typo but labs are unknown anyway.",
 "verdicts":verdicts(b),"criteria":b}
for y in (ya,yb):
    yaml.safe_dump(y,open(f"UD/{y['nct_id']}.yaml","w"),sort_keys=False,allow_unicode=True,width=1000)
    print(y["nct_id"],y["verdicts"])
