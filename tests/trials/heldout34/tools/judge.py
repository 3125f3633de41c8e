import yaml, sys
from split import items, NCTS
M,N,U='met','not_met','unknown'
CASES=[f"UK-{i:02d}" for i in range(1,9)]
def J(st, why, **ov):
    """default status/reason for all 8 cases; overrides c1..c8=(status, reason)"""
    j={c:st for c in CASES}; r={c:why for c in CASES}
    for k,(s,w) in ov.items():
        c=f"UK-{int(k[1:]):02d}"; j[c]=s; r[c]=w
    return j,r
DNA='does not apply'
# ---- reusable per-case snippets
PREG = dict(c1=(M,'does not apply: male'),c4=(M,'does not apply: male'),c6=(M,'does not apply: male'),c8=(M,'does not apply: male'),
            c3=(M,'woman aged 68, postmenopausal (C2)'),c7=(M,'woman aged 76, postmenopausal (C2)'),
            c5=(M,'case note: negative serum pregnancy test 2026-11-20, not breast-feeding'),
            c2=(U,'woman aged 34; pregnancy/breast-feeding status not documented (C2)'))
ECOG01 = dict(c1=(N,'ECOG 2'),c8=(N,'ECOG 3'),c5=(M,'ECOG 0'))
MEAS = dict(c7=(N,'measurable_disease false (small peritoneal nodules and bone only)'))
HIVX = dict(c5=(N,'HIV infection (hiv condition), on antiretroviral therapy'))
T = {}
# ======================================================================= NCT03740256
HERp = dict(
 c1=(N,'most recent tissue (liver re-biopsy 2026-10-28) HER2 IHC 1+ after trastuzumab: HER2 no longer >=2+'),
 c2=(N,'HER2 IHC 0'), c3=(M,'HER2 IHC 2+ (resection 2026-02-20); this protocol defines positivity as IHC >=2+ irrespective of ISH'),
 c4=(M,'HER2 IHC 3+ (diagnosis and re-biopsy 2025-04-20)'), c5=(N,'HER2 IHC 1+'),
 c6=(N,'tissue HER2 IHC 1+; plasma ERBB2 amplification is not an IHC result'),
 c7=(M,'HER2 IHC 3+ (peritoneal biopsy 2026-10-28)'), c8=(M,'HER2 IHC 2+/ISH amplified, IHC 3+ on re-biopsy 2026-10-25'))
ADVREF = dict(
 c1=(N,'advanced and refractory (progressed on trastuzumab-CAPOX) but latest tissue HER2 IHC 1+ (<2+)'),
 c2=(N,'advanced refractory gastric cancer but HER2 IHC 0'),
 c3=(M,'recurrent gastric adenocarcinoma refractory to FLOT (recurrence 163 days after last dose, C6); HER2 IHC 2+'),
 c4=(M,'metastatic GEJ adenocarcinoma refractory to 3 lines; HER2 IHC 3+'),
 c5=(N,'resectable, untreated disease: not advanced or refractory; HER2 IHC 1+'),
 c6=(N,'advanced refractory but tissue HER2 IHC 1+ (ctDNA ERBB2 amplification is not IHC)'),
 c7=(N,'HER2 IHC 3+ but recurrent disease untreated (periop FLOT >183 days before recurrence is not a line, C6): not refractory'),
 c8=(M,'locally advanced unresectable, progressed on first line; HER2 IHC 2+/ISH+ and 3+ on re-biopsy'))
CUR = dict(c5=(N,'resectable cT3N1M0; tumour board plans curative oesophagectomy'),
 c8=(M,'case note: MDT 2025-12-18 judged unsuitable for surgery or definitive chemoradiotherapy (cT4b)'))
PROG = dict(c5=(N,'untreated; curative treatment available'),
 c7=(N,'no treatment yet for recurrent disease; standard trastuzumab-chemotherapy available (periop FLOT ended >183 days before recurrence, not a line, C6)'),
 c3=(M,'recurred 163 days after perioperative FLOT: counts as first-line failure (C6)'),
 c1=(M,'progressed on first-line trastuzumab-CAPOX'),c2=(M,'progressed on first-line zolbetuximab-CAPOX'),
 c4=(M,'progressed after 3 lines'),c6=(M,'progressed after 2 lines'),c8=(M,'progressed on first-line pembrolizumab-trastuzumab-FOLFOX'))
INJ = J(U,'no lesion documented as suitable for intratumoral injection (metastatic sites not recorded in detail, C4)')
MEASJ = J(M,'measurable_disease true',**MEAS)
AUTO = J(M,'no autoimmune disease listed',
 c3=(N,'active rheumatoid arthritis on methotrexate (immunosuppressant/DMARD) and prednisone 5 mg (case note)'),
 c8=(M,'immune-related hypothyroidism on levothyroxine replacement only; no autoimmune disease needing immunosuppression'))
IMMLEAD = J(M,'no organ transplant, HIV or immunodeficiency disorder recorded', **HIVX,
 c3=(M,'no transplant/HIV/immunodeficiency disorder; methotrexate handled under the autoimmune item'))
TX = J(M,'organ_transplant not listed')
HIVJ = J(M,'hiv not listed', **HIVX)
OTHM = J(U,'other malignancies not recorded (C4)')
HEPBC = J(M,'no hepatitis B or C listed',
 c2=(U,'HBsAg-positive chronic hepatitis B suppressed on entecavir (DNA undetectable); protocol does not define "active"'),
 c6=(M,'hepatitis C cured (SVR after sofosbuvir/velpatasvir; RNA undetectable 2026-09-10): not active'))
MI = J(U,'myocardial infarction history not recorded', c1=(M,'case note: no myocardial infarction in the last 5 years'))
HAEM = J(U,'injection site not yet chosen; haemorrhage risk is an investigator judgement on imaging')
UNC = J(U,'intercurrent illness/psychiatric/social history not recorded (C4)',
 c1=(U,'heart failure NYHA II on treatment; psychiatric/social history not recorded (C4)'))
t=[]
t.append(J(M,'',**HERp))            # 0 basket statement
t.append(J(M,'',**ADVREF))          # 1
t.append(J(M,'metastatic/recurrent gastro-oesophageal adenocarcinoma is incurable',**CUR))  # 2
t.append(J(M,'',**PROG))            # 3
t.append(INJ); t.append(MEASJ)      # 4,5
t.append(J(U,'life expectancy not stated (C2)'))  # 6
t.append(J(M,'adult; consent item (C1)'))         # 7
t.append(AUTO); t.append(IMMLEAD); t.append(TX); t.append(HIVJ); t.append(OTHM); t.append(HEPBC); t.append(MI); t.append(HAEM); t.append(UNC)  # 8-16
# treatment inclusion
HERT = dict(ADVREF)
for c in ('c1','c2','c6'):
    HERT[c]=(U,'advanced refractory but HER2 <2+; HER2 requirement waived only for DL1/DL2, whose availability is unknown')
t.append(J(M,'',**HERT))           # 17
t.append(J(M,'metastatic/recurrent gastro-oesophageal adenocarcinoma is incurable',**CUR))  # 18
t.append(J(M,'',**PROG))           # 19
t.append(INJ); t.append(MEASJ)     # 20,21
t.append(J(U,'laboratory values not given (C3)'))  # 22
for _ in range(3): t.append(J(U,'laboratory values not given (C3)'))  # 23-25
t.append(J(M,'does not apply: no prior HER2-targeted therapy',
 c1=(M,'last trastuzumab 2026-09-30, 62 days ago (>4 weeks)'),c4=(M,'last HER2-targeted therapy (T-DXd) 2025-11-05, >4 weeks'),
 c8=(M,'last trastuzumab 2026-09-28, 64 days ago (>4 weeks)')))  # 26
t.append(J(M,'ECOG 0-1',c1=(M,'ECOG 2'),c8=(N,'ECOG 3'),c5=(M,'ECOG 0')))  # 27
PREGTEST = dict(PREG); PREGTEST['c5']=(M,'case note: negative serum pregnancy test 2026-11-20; contraception (IUD) (C1)')
PREGTEST['c2']=(U,'woman aged 34: pregnancy test not documented (C2); contraception item met by C1')
t.append(J(M,'',**PREGTEST))   # 28
t.append(J(M,'contraception item (C1)',c2=(M,'does not apply: female'),c3=(M,'does not apply: female'),c5=(M,'does not apply: female'),c7=(M,'does not apply: female')))  # 29
t.append(J(M,'adult; consent item (C1)'))  # 30
t.append(J(M,'no ongoing anticancer therapy, steroids or immunosuppressants recorded',
 c3=(N,'case note: ongoing methotrexate and prednisone for rheumatoid arthritis would compromise a CAR-T study'),
 c4=(M,'brain metastasis treated (SRS 2026-09-15), stable, off dexamethasone since 2026-10-01: allowed as stable previously-treated'),
 c6=(N,'case note: untreated brain metastases for which radiotherapy is being planned (CNS metastasis requiring active therapeutic intervention)'),
 c5=(M,'no anticancer therapy; antiretroviral therapy is not a listed compromising treatment (HIV judged separately)'),
 c8=(M,'only levothyroxine replacement; no ongoing anticancer therapy')))  # 31
t.append(J(U,'obstruction risk after injection is a team judgement; tumour sites not detailed (C4)',
 c8=(U,'obstructing oesophageal primary (dysphagia, feeding jejunostomy); risk depends on the injected site')))  # 32
t.append(AUTO); t.append(IMMLEAD); t.append(TX); t.append(HIVJ); t.append(OTHM)  # 33-37
t.append(J(M,'no active infection recorded; no hepatitis B/C or HIV listed',
 c2=(U,'HBsAg-positive chronic hepatitis B suppressed on entecavir; whether this is "active" is not defined'),
 c6=(M,'hepatitis C cured (SVR), RNA undetectable'),
 c5=(U,'HIV suppressed on ART (excluded under the HIV item); whether chronic HIV counts as "active infectious disease" is not defined')))  # 38
t.append(MI)  # 39
t.append(J(M,'',c1=(N,'LVEF 48% (<55%)'),c2=(U,'LVEF not recorded'),c3=(M,'LVEF 60%'),c4=(M,'LVEF 55% (not <55%)'),
 c5=(M,'LVEF 63%'),c6=(M,'LVEF 58%'),c7=(M,'LVEF 64%'),c8=(U,'LVEF not recorded since trastuzumab')))  # 40
t.append(HAEM)  # 41
t.append(J(M,'',**PREG))  # 42
t.append(UNC)  # 43
T['NCT03740256']=t
# ======================================================================= NCT04995003
NOTSARC = J(N,'gastro-oesophageal adenocarcinoma, not sarcoma')
AGE = J(N,'',**{f'c{i}':(N,f'aged {a} (>25 years)') for i,a in enumerate([83,34,68,57,41,49,76,62],1)})
KPS = J(M,'ECOG 1 corresponds to Karnofsky 70-80',c5=(M,'ECOG 0 corresponds to Karnofsky 90-100'),
 c1=(U,'ECOG 2 corresponds to Karnofsky 50-60; exact score not given'),c8=(N,'ECOG 3 corresponds to Karnofsky 30-40'))
LVNORM = J(M,'',c1=(N,'LVEF 48%, below institutional normal'),c2=(U,'LVEF not recorded'),c3=(M,'LVEF 60%'),c4=(M,'LVEF 55%, within normal limits'),
 c5=(M,'LVEF 63%'),c6=(M,'LVEF 58%'),c7=(M,'LVEF 64%'),c8=(U,'LVEF not recorded'))
CARD = J(U,'LVEF normal and no heart failure listed, but arrhythmia history not recorded (C4)',
 c1=(N,'LVEF 48%, below institutional normal'),c2=(U,'LVEF not recorded'),c8=(U,'LVEF not recorded'))
LAB = J(U,'laboratory values not given (C3)')
CYC = J(M,'no prior cyclophosphamide'); FLU = J(M,'no prior fludarabine')
PD1 = J(M,'never received pembrolizumab or nivolumab',c4=(M,'received pembrolizumab; no hypersensitivity recorded'),
 c6=(M,'received nivolumab; no hypersensitivity recorded'),c8=(M,'received pembrolizumab; no hypersensitivity recorded'))
MUR = J(U,'allergy history (murine proteins, DMSO, dextran 40) not recorded')
AUTO2 = J(M,'no autoimmune disease listed',c3=(N,'active rheumatoid arthritis treated with methotrexate and prednisone (case note)'),
 c8=(M,'immune-related hypothyroidism on levothyroxine replacement (replacement therapy is not systemic treatment)'))
PNEU = J(M,'pneumonitis/ILD not listed',c4=(N,'T-DXd pneumonitis grade 2 treated with prednisolone (case note)'))
TB = J(M,'no known active tuberculosis')
IMMS = J(M,'no immunodeficiency or immunosuppressive therapy recorded',**HIVX,
 c3=(N,'case note: methotrexate 15 mg weekly and prednisone 5 mg/day'))
BULK = J(U,'tumour bulk/site sizes not recorded (C4)')
CATCH = J(U,'investigator judgement; not decidable from the case')
t=[]
t.append(NOTSARC); t.append(AGE); t.append(KPS); t.append(J(M,'consent item (C1)'))  # 0-3
t.append(NOTSARC)  # 4
t.append(J(M,'',
 c1=(N,'trastuzumab last given 2026-09-30 (62 days): less than 3 half-lives (~28 days each) of a targeted antibody'),
 c2=(U,'zolbetuximab last given 2026-10-20 (42 days); 3 half-lives of this antibody not confirmed to have passed'),
 c3=(M,'last chemotherapy 2026-05-05; residual neuropathy grade 1 only'),
 c4=(M,'paclitaxel/ramucirumab last 2026-10-15 (47 days): >4 weeks and >3 ramucirumab half-lives (~14 days)'),
 c5=(M,'does not apply: no prior therapy'),
 c6=(M,'paclitaxel/ramucirumab last 2026-10-05 (57 days): >4 weeks and >3 ramucirumab half-lives'),
 c7=(M,'last chemotherapy 2024-04-20; no toxicities recorded'),
 c8=(N,'trastuzumab/pembrolizumab last given 2026-09-28 (64 days): less than 3 trastuzumab half-lives')))  # 5
t.append(LVNORM); t.append(KPS)  # 6,7
for _ in range(7): t.append(LAB)  # 8-14
t.append(J(U,'pulse oximetry not given (C3)'))  # 15
t.append(J(M,'contraception item (C1)'))  # 16
t.append(J(U,'autologous CAR-T product not yet manufactured; availability cannot be known before procurement'))  # 17
t.append(J(M,'consent item (C1)'))  # 18
t.append(HIVJ); t.append(CYC); t.append(FLU); t.append(PD1); t.append(MUR); t.append(CARD); t.append(AUTO2); t.append(PNEU); t.append(TB)  # 19-27
t.append(TX); t.append(IMMS); t.append(BULK); t.append(CATCH)  # 28-31
t.append(HIVJ)  # 32
t.append(J(U,'intercurrent infection status at treatment not recorded',
 c2=(U,'chronic hepatitis B suppressed on entecavir; other intercurrent infection not recorded'),
 c5=(U,'HIV suppressed on ART; other intercurrent infection not recorded'),
 c6=(U,'hepatitis C cured; intercurrent infection status not recorded')))  # 33
t.append(J(M,'',**PREG))  # 34
t.append(MUR); t.append(CYC); t.append(FLU); t.append(PD1); t.append(CARD); t.append(AUTO2); t.append(PNEU); t.append(TB)  # 35-42
t.append(J(U,'vaccination history not recorded'))  # 43
t.append(TX); t.append(IMMS); t.append(BULK)  # 44-46
t.append(J(U,'radiotherapy history not recorded (C4)',
 c4=(M,'case note: only radiotherapy was SRS 2026-09-15 (77 days ago); off steroids'),
 c6=(U,'brain radiotherapy being planned; timing relative to trial start unknown'),
 c7=(M,'case note: palliative non-CNS radiotherapy (T10, 5 fractions) ended 2026-11-20, permitted short-course palliative RT; no toxicity, no steroids')))  # 47
t.append(CATCH)  # 48
T['NCT04995003']=t
# ======================================================================= NCT05005403
t=[]
t.append(J(M,'fresh pre-treatment biopsy at screening is a study procedure (C1)',
 c1=(M,'liver re-biopsy 2026-10-28 after last treatment (within 6 months, no intervening therapy)'),
 c8=(M,'re-biopsy 2026-10-25 after last treatment (within 6 months, no intervening therapy)')))  # 0
t.append(J(M,'ECOG 1',**ECOG01))  # 1
t.append(MEASJ)  # 2
t.append(LAB)  # 3
t.append(J(M,'does not apply: NSCLC cohort')); t.append(J(M,'does not apply: HNSCC cohort')); t.append(J(M,'does not apply: MSS colorectal cohort'))  # 4-6
t.append(J(M,'',
 c1=(M,'metastatic GEJ adenocarcinoma progressed on trastuzumab-CAPOX'),
 c2=(M,'metastatic gastric adenocarcinoma progressed on zolbetuximab-CAPOX'),
 c3=(M,'recurrent gastric adenocarcinoma; recurrence 163 days after perioperative FLOT counts as progression on a cytotoxic regimen (C6)'),
 c4=(M,'metastatic GEJ adenocarcinoma progressed after chemotherapy, pembrolizumab and HER2 therapy'),
 c5=(N,'resectable, untreated: not advanced and no prior chemotherapy'),
 c6=(M,'metastatic gastric adenocarcinoma progressed on nivolumab-CAPOX and ramucirumab-paclitaxel'),
 c7=(N,'recurrence 914 days after perioperative FLOT (not a line, C6); no chemotherapy or HER2 therapy for advanced disease yet'),
 c8=(M,'oesophageal adenocarcinoma read as GEA (record condition "Gastric/Esophageal Cancer"); locally advanced, progressed on chemo + pembrolizumab + trastuzumab')))  # 7
t.append(J(M,'does not apply: ovarian cohort')); t.append(J(M,'does not apply: pancreatic cohort')); t.append(J(M,'does not apply: TNBC cohort'))  # 8-10
t.append(J(M,'does not apply: pancreatic cohort'))  # 11
t.append(J(U,'surgical history not recorded (C4)',
 c2=(M,'case note: no operations'),c3=(M,'case note: last operation gastrectomy 2026-02-10 (>28 days), none since'),
 c5=(M,'case note: no operations'),c7=(M,'case note: last surgery 2024-01-22; none since'),
 c8=(N,'case note: open feeding jejunostomy under GA 2026-11-12, 19 days ago')))  # 12
t.append(J(M,'no autoimmune disease, HIV or transplant listed',
 c3=(N,'active rheumatoid arthritis on methotrexate (case note)'),
 c5=(U,'HIV, well controlled on ART; whether it falls within the "limited exceptions" is not stated'),
 c8=(M,'immune-related hypothyroidism on replacement: usual exception')))  # 13
t.append(J(M,'does not apply or not triggered: no prior anti-PD-(L)1 toxicity >=G3, ILD or hypersensitivity; clause limits combination arms only',
 c1=(M,'does not apply to monotherapy: heart failure/LVEF 48% could bar combination arms only'),
 c4=(M,'does not apply to monotherapy: prior pembrolizumab plus ILD history (T-DXd) bars combination arms only'),
 c6=(M,'prior nivolumab without recorded immune toxicity >=G3, ILD or hypersensitivity'),
 c8=(M,'prior pembrolizumab; immune hypothyroidism grade 2 only (<G3)')))  # 14
t.append(J(M,'',**PREG))  # 15
t.append(J(U,'no anticancer therapy within 28 days and no CCR8 agent, but live vaccines not recorded (C4 composite)',
 c3=(N,'case note: ongoing immunosuppressive medication (methotrexate) for rheumatoid arthritis'),
 c5=(U,'no prior anticancer therapy; live vaccines and other medication not recorded')))  # 16
T['NCT05005403']=t
# ======================================================================= NCT05514717
t=[]
t.append(J(M,'',
 c1=(N,'most recent tissue (2026-10-28) HER2 IHC 1+: not HER2-positive'),
 c2=(N,'HER2 IHC 0'),
 c3=(N,'HER2 IHC 2+ with ISH not amplified: not HER2-positive'),
 c4=(M,'most recent tissue (2025-04-20) HER2 IHC 3+; progressed after/intolerant of available therapies'),
 c5=(N,'resectable untreated disease, HER2 IHC 1+'),
 c6=(N,'tissue IHC 1+; ERBB2 amplification on ctDNA without HER2 positivity is explicitly ineligible'),
 c7=(N,'HER2 IHC 3+ but no progression after, intolerance of or contraindication to available therapy (trastuzumab-chemotherapy not yet given)'),
 c8=(M,'recent tissue (2026-10-25) HER2 IHC 3+; progressed on first-line therapy')))  # 0
t.append(J(M,'ECOG 1',**ECOG01))  # 1
t.append(MEASJ)  # 2
t.append(J(M,'fresh biopsy at screening is a study procedure (C1)',
 c1=(M,'fresh biopsy is a study procedure (C1); a post-trastuzumab biopsy exists (2026-10-28)'),
 c4=(M,'fresh biopsy is a study procedure (C1); last tissue predates T-DXd so a new biopsy is needed'),
 c8=(M,'fresh biopsy is a study procedure (C1); a post-trastuzumab biopsy exists (2026-10-25)')))  # 3
t.append(J(M,'no immunosuppressive systemic medication recorded',
 c3=(U,'case note: methotrexate weekly plus prednisone 5 mg/day; whether it can be stopped for 2 weeks is unknown'),
 c4=(M,'off corticosteroids since 2026-10-01')))  # 4
t.append(J(M,'no prior STING-targeted therapy'))  # 5
t.append(J(U,'additional malignancy history not recorded (C4)'))  # 6
t.append(J(M,'brain_metastases not listed',
 c4=(M,'brain metastasis treated with SRS 2026-09-15, stable on MRI 2026-11-20; no leptomeningeal disease described'),
 c6=(N,'case note: two untreated brain metastases (MRI 2026-11-18)')))  # 7
t.append(J(M,'does not apply: no CNS metastases',
 c4=(M,'SRS 2026-09-15; neurologically normal and stable >2 weeks'),
 c6=(N,'CNS metastases untreated')))  # 8
t.append(J(M,'does not apply: no CNS metastases',
 c4=(M,'off dexamethasone since 2026-10-01'),
 c6=(M,'not on corticosteroids')))  # 9
T['NCT05514717']=t
# ======================================================================= NCT06445972
t=[]
t.append(J(M,'',
 c1=(M,'GEJ adenocarcinoma after one line (trastuzumab-CAPOX): second line'),
 c2=(M,'gastric adenocarcinoma after one line: second line'),
 c3=(M,'gastric adenocarcinoma; perioperative FLOT counts as first line (recurrence 163 days after, C6): second line'),
 c4=(N,'three prior palliative lines: fourth line, not second'),
 c5=(N,'untreated resectable disease'),
 c6=(N,'two prior palliative lines: third line, not second'),
 c7=(N,'no first-line treatment for advanced disease (perioperative FLOT ended 914 days before recurrence, C6)'),
 c8=(M,'oesophageal adenocarcinoma after one line: second line')))  # 0
t.append(J(M,'metastatic or recurrent metastatic disease',c5=(N,'resectable cT3N1M0'),c8=(M,'locally advanced unresectable')))  # 1
t.append(J(M,'',
 c1=(M,'progressed on capecitabine-oxaliplatin (+trastuzumab)'),c2=(M,'progressed on capecitabine-oxaliplatin (+zolbetuximab)'),
 c3=(M,'recurred within 6 months of FLOT (oxaliplatin/5-FU) counted as 1L (C6)'),c4=(M,'progressed on first-line CAPOX + pembrolizumab + trastuzumab'),
 c5=(N,'no prior therapy'),c6=(M,'progressed on first-line CAPOX + nivolumab'),
 c7=(N,'no first-line therapy for advanced disease (periop FLOT not a line, C6)'),c8=(M,'progressed on FOLFOX + pembrolizumab + trastuzumab')))  # 2
t.append(J(M,'',
 c1=(U,'latest tissue (2026-10-28) IHC 1+ after trastuzumab, but IHC 3+ at diagnosis; whether HER2 loss qualifies needs sponsor confirmation'),
 c2=(M,'HER2 IHC 0'),c3=(M,'HER2 IHC 2+/ISH not amplified'),c4=(N,'HER2 IHC 3+'),c5=(M,'HER2 IHC 1+'),
 c6=(M,'tissue HER2 IHC 1+ (criterion is tissue-based; ctDNA ERBB2 amplification noted)'),c7=(N,'HER2 IHC 3+'),
 c8=(N,'HER2 IHC 2+/ISH amplified and IHC 3+')))  # 3
t.append(J(M,'post-treatment core biopsy is a study procedure (C1)',
 c1=(M,'liver core biopsy 2026-10-28 after last therapy'),c8=(M,'re-biopsy 2026-10-25 after last therapy')))  # 4
t.append(J(M,'',
 c1=(N,'grade 2 left ventricular systolic dysfunction from trastuzumab persists (LVEF 48%)'),
 c2=(M,'vomiting grade 2 resolved; residual nausea grade 1'),c3=(M,'neuropathy grade 1; febrile neutropenia resolved'),
 c4=(M,'pneumonitis resolved (residual fibrotic streaks, off steroids); neuropathy grade 1'),
 c5=(M,'does not apply: no prior therapy'),c6=(M,'neuropathy grade 1'),c7=(M,'no toxicities recorded'),
 c8=(M,'immune hypothyroidism grade 2 treated with hormone replacement: explicitly acceptable')))  # 5
t.append(J(M,'ECOG 1',**ECOG01))  # 6
t.append(J(U,'life expectancy not stated (C2)'))  # 7
t.append(J(M,'does not apply: no hepatitis B',c2=(M,'HBsAg positive; entecavir since 2026-01-20 (>4 weeks), HBV DNA undetectable 2026-10-25')))  # 8
t.append(J(M,'does not apply: no hepatitis C',c6=(M,'HCV cured; RNA undetectable 2026-09-10 (to be repeated at screening)')))  # 9
t.append(J(M,'does not apply: no HIV',c5=(M,'case note: on ART, CD4 620/µl, viral load undetectable')))  # 10
t.append(J(M,'adenocarcinoma'))  # 11
t.append(J(U,'weight trajectory not recorded',c8=(M,'case note: 18% weight loss over 3 months (not >20%)')))  # 12
t.append(J(U,'ocular history not recorded'))  # 13
t.append(J(M,'',c1=(M,'neuropathy grade 1'),c2=(M,'no neuropathy among recorded toxicities'),c3=(M,'neuropathy grade 1'),c4=(M,'neuropathy grade 1'),
 c5=(M,'no neurotoxic therapy; no neuropathy recorded'),c6=(M,'neuropathy grade 1'),c7=(M,'no toxicities recorded'),c8=(M,'no neuropathy among recorded toxicities')))  # 14
t.append(J(M,'autoimmune_disease not listed, so no inflammatory bowel disease',c3=(M,'autoimmune disease is rheumatoid arthritis, not IBD (case note)')))  # 15
t.append(J(U,'wounds, ulcers and fractures not recorded',
 c8=(U,'jejunostomy wound 2026-11-12 healing without complication; peptic ulcer/fracture not recorded'),
 c7=(U,'painful T10 metastasis; pathological fracture not stated')))  # 16
t.append(J(U,'bowel obstruction / enteropathy / intestinal resection not recorded (C4 GI integrity)'))  # 17
t.append(J(U,'cardiovascular/cerebrovascular history not recorded',
 c1=(U,'heart failure NYHA II on treatment, LVEF 48%: whether "uncontrolled, significant" is an investigator call'),
 c7=(U,'hypertension controlled; other cardiovascular history not recorded')))  # 18
t.append(J(U,'arterial thrombotic events not recorded',c1=(U,'no myocardial infarction in 5 years, but angina/stroke/TIA not recorded')))  # 19
t.append(J(U,'blood pressure not recorded',c7=(M,'case note: hypertension controlled on amlodipine')))  # 20
t.append(J(U,'effusions/ascites not recorded (C4)',
 c1=(M,'case note: no pleural effusion or ascites on CT 2026-10-18 (furosemide is for heart failure)'),
 c2=(M,'case note: small-volume ascites, not drained, no diuretics')))  # 21
t.append(J(U,'surgery and venous access device history not recorded (C4)',
 c5=(N,'oesophagectomy planned (resectable disease) - planned major surgery'),
 c8=(N,'case note: open feeding jejunostomy under GA 2026-11-12, 19 days ago'),
 c2=(U,'no operations; central venous access device timing not recorded'),c3=(U,'no operation since 2026-02-10; central venous access device timing not recorded'),
 c7=(U,'no surgery since 2024; central venous access device timing not recorded')))  # 22
t.append(J(U,'anticoagulant use not recorded'))  # 23
t.append(J(U,'NSAID/antiplatelet use not recorded'))  # 24
t.append(J(U,'thromboembolic history not recorded'))  # 25
t.append(J(U,'bleeding history not recorded'))  # 26
t.append(J(U,'GI perforation/fistula history not recorded (C4 GI integrity)'))  # 27
t.append(J(M,'does not apply: no HIV',c5=(M,'case note: no Kaposi sarcoma or Castleman disease')))  # 28
t.append(J(M,'no TROP2/HER3 agent, topoisomerase-1 ADC/chemotherapy or VEGF/VEGFR therapy received',
 c4=(N,'prior T-DXd (topoisomerase-1 inhibitor ADC) and ramucirumab (VEGFR2)'),
 c6=(N,'prior ramucirumab (VEGFR2)')))  # 29
t.append(J(M,'',c1=(M,'last therapy 2026-09-30'),c2=(M,'last therapy 2026-10-20 (42 days)'),c3=(M,'last therapy 2026-05-05'),
 c4=(M,'last therapy 2026-10-15 (47 days)'),c5=(M,'no prior therapy'),c6=(M,'last therapy 2026-10-05 (57 days)'),
 c7=(M,'last therapy 2024-04-20'),c8=(M,'last therapy 2026-09-28 (64 days)')))  # 30
t.append(J(U,'radiotherapy history not recorded (C4)',
 c4=(M,'case note: only RT was SRS 2026-09-15 (>2 weeks); no ongoing radiation toxicity, off steroids'),
 c6=(U,'brain radiotherapy planned; timing relative to study start unknown'),
 c7=(N,'case note: palliative RT to T10 ended 2026-11-20, 11 days before 2026-12-01 (within 2 weeks)')))  # 31
t.append(J(U,'vaccination history not recorded'))  # 32
t.append(J(M,'treatment history lists no investigational agent'))  # 33
t.append(J(U,'additional malignancy history not recorded (C4)'))  # 34
t.append(J(M,'brain_metastases not listed',
 c4=(M,'brain metastasis treated with SRS, stable on MRI 2026-11-20, off steroids: not active'),
 c6=(N,'case note: two untreated brain metastases (active)')))  # 35
t.append(J(U,'acute infection status not recorded',
 c2=(U,'chronic hepatitis B on entecavir is permitted (inclusion); other infection not recorded'),
 c5=(U,'HIV on ART is permitted (inclusion); other infection not recorded')))  # 36
t.append(J(M,'no concurrent hepatitis B and C',c2=(M,'hepatitis B only, DNA undetectable; no hepatitis C'),c6=(M,'hepatitis C cured; no hepatitis B')))  # 37
t.append(J(M,'pneumonitis/ILD not listed',c4=(N,'T-DXd ILD/pneumonitis grade 2 treated with steroids (case note)')))  # 38
t.append(J(M,'no hypersensitivity recorded',
 c1=(M,'received trastuzumab without recorded hypersensitivity'),c2=(M,'received zolbetuximab without recorded hypersensitivity'),
 c4=(M,'received pembrolizumab, trastuzumab, T-DXd, ramucirumab without recorded hypersensitivity'),
 c6=(M,'received nivolumab and ramucirumab without recorded hypersensitivity'),
 c8=(M,'received pembrolizumab and trastuzumab without recorded hypersensitivity')))  # 39
t.append(J(U,'surgical history not recorded (C4)',
 c2=(M,'case note: no operations'),c3=(M,'gastrectomy 2026-02-10; recovered (ECOG 1)'),c5=(M,'case note: no operations'),
 c7=(M,'gastrectomy 2024-01-22; recovered'),c8=(U,'jejunostomy 2026-11-12, wound healing without complications; recovery incomplete (ECOG 3)')))  # 40
T['NCT06445972']=t

NOTES = {
'NCT03740256': "CAdVEC + HER2 CAR-T basket (Baylor). Procurement and treatment criteria are both judged, since a patient must pass both. HER2 positivity is this protocol's own definition (IHC >=2+ with CB11/4B5, ISH not required), so IHC 2+/ISH-negative (UK-03) counts as positive; the most recent tissue result is used (UK-01 loss to 1+ fails). 'Refractory' requires progression on therapy for advanced disease; perioperative therapy counts only under C6. The DL1/DL2 HER2 waiver in treatment inclusion 1 is read as unknown for HER2-negative refractory cases. HBsAg-positive hepatitis B suppressed on antivirals is 'active?' -> unknown. Comments in the case files (case notes) are used as case facts.",
'NCT04995003': "HER2 CAR-T + checkpoint blockade for sarcoma, age 1-25. All eight adult gastro-oesophageal adenocarcinoma cases fail the sarcoma diagnosis and age criteria (these are the trial's core population, not another cohort's clause, so C7 does not turn them into 'does not apply'). Remaining items are still judged: ECOG mapped to Karnofsky (ECOG 2 ~ KPS 50-60 -> unknown; ECOG 3 -> not_met); targeted antibodies need 3 half-lives (trastuzumab ~4 weeks each) so trastuzumab stopped ~9 weeks ago fails; composite cardiac item unknown where arrhythmia history is not recorded.",
'NCT05005403': "ABBV-514 (azirkitug) first-in-human, GEA cohort. Other tumour cohorts' clauses are 'does not apply' (C7). Oesophageal adenocarcinoma is read as GEA (the record's condition is 'Gastric/Esophageal Cancer'), a colleague might restrict to gastric/GEJ. The combination-arm exclusion (prior anti-PD-1 with ILD, cardiac deficiency) is judged as not barring the monotherapy arm. The excluded-medications composite is unknown unless something positively excludes (live-vaccine history is never recorded). Fresh biopsy is a study procedure (C1).",
'NCT05514717': "XMT-2056 (HER2 STING-agonist ADC). HER2 positivity = most recent tissue IHC 3+ or 2+/ISH+; ctDNA/NGS ERBB2 amplification alone is explicitly ineligible (UK-06). 'Progression after, intolerant of, or contraindicated with therapies known to confer benefit' fails for a trastuzumab-naive first-line patient (UK-07). The two numbered CNS sub-items are judged as their own items (met / does not apply when no CNS metastases). Fresh biopsy is a study procedure (C1).",
'NCT06445972': "MSD 2L GEA umbrella substudy 06D (MK-2870/HER3-DXd arms). 'Second line' is read strictly: exactly one prior line for advanced disease (C6 applied to perioperative therapy), so 3rd/4th-line cases fail. HER2-negative is judged on tumour tissue; after HER2 loss on trastuzumab (UK-01) it is unknown; tissue IHC 1+ with ctDNA ERBB2 amplification (UK-06) meets the tissue wording. The hepatitis B/C and HIV 'eligible if' inclusions are met when the case shows control. Items on medications, vaccines, bleeding, thrombosis and eye disease are unknown because cases do not record them.",
}

def emit():
    out={}
    for n in NCTS:
        its=items(n); tj=T[n]
        assert len(its)==len(tj),(n,len(its),len(tj))
        crit=[]
        for (k,s),(j,r) in zip(its,tj):
            for c in CASES: assert r[c], (n,s[:40],c)
            crit.append({'kind':k,'text':s,'judgements':j,'reasons':r})
        verd={}
        for c in CASES:
            st=[cr['judgements'][c] for cr in crit]
            verd[c]='ineligible' if N in st else ('eligible' if all(x==M for x in st) else 'possibly_eligible')
        doc={'nct_id':n,'reviewer_note':NOTES[n],'verdicts':verd,'criteria':crit}
        with open(f'/work/tUK/UK/{n}.yaml','w') as f:
            yaml.safe_dump(doc,f,sort_keys=False,allow_unicode=True,width=140)
        out[n]=(verd,crit)
    return out
if __name__=='__main__':
    o=emit()
    for n,(v,crit) in o.items():
        cnt={c:{s:sum(cr['judgements'][c]==s for cr in crit) for s in (M,N,U)} for c in CASES}
        print(n,len(crit)); 
        for c in CASES: print('  ',c,v[c],cnt[c])
