from studies_b import *

# ---------------------------------------------------------------- Pan-MSI ACSE dostarlimab basket
PM_TEXT = """Inclusion Criteria:
1. Patient must have signed a written informed consent form prior any trial specific
procedures.
18 years or older patients.
3. Documented locally advanced or metastatic disease with no previous systemic
anti-cancer treatment in these settings and not suitable for complete surgical
resection.
4. Histologically proven, dMMR/MSI-H solid tumors that are not colorectal or
endometrial cancers and including one of the following: duodenum and small bowel
adenocarcinoma, gastric and oeso-gastric junction adenocarcinoma with CPS<5,
pancreatic adenocarcinoma, ampulla of Vater adenocarcinoma, adrenocortical
carcinoma, carcinoma of unknown primary site, neuroendocrine carcinoma (Grade 3) all
primary, and soft tissue sarcoma except Gastro-Intestinal Stromal Tumor (GIST).
5. If patient received adjuvant therapy for non-metastatic disease, this therapy should
be completed more than 6 months before the diagnosis of metastatic or recurrent
disease.
6. Availability of minimum 1 block of tumor tissue or 20 slides (archival (<2 years) or
fresh biopsy specimen of primary and or metastasis) for centralized confirmation of
MMR/MSI status by IHC or NGS/PCR, and for Translational Research.
7. Patients with dMMR/MSI tumor analyzed by IHC, PCR (for Gastric and OGJ
adenocarcinoma, and duodenum and small bowel adenocarcinoma only), and/or NGS at the
recruiting center should be confirmed by central review within 24h (every anonymized
patient analysis reporting will be provided for central review). Patients should not
be included in the study until the dMMR/MSI status is confirmed by the review
committee.
NB: In case of ambiguous result of IHC (lack of positive internal control,
heterogeneous loss of MMR protein expression, ambiguous loss of only one protein
including HMSH6 and PMS2), the MSI-H status will be assessed by PCR or NGS for
gastric and OGJ adenocarcinoma, and duodenum and small bowel adenocarcinoma, and by
NGS for other primary. Based on IHC and PCR or NGS results """
PRETREATED = {('c'+k): (N, 'has received systemic therapy for advanced disease') for k in ['01','03','04','06','07','08','10']}
PMMR = {('c'+k): (N, 'tumour is MMR-proficient') for k in ['01','03','06','07','08','09','10']}
STUDIES.append(dict(
    nct='NCT06333314',
    title='Dostarlimab for Locally Advanced or Metastatic Cancer (non-colorectal/non-endometrial) with Tumor DMMR/MSI',
    status='RECRUITING', phases=['PHASE2'], conditions=None,
    sponsor='UNICANCER', min_age='18 Years', sex='ALL', locations=[],
    urls=['https://trials.braintumor.org/trials/NCT06333314', 'https://clinconnect.io/trials/NCT06333314',
          'https://www.medifind.com/conditions/pancreatic-islet-cell-tumor/4079/clinical-trial/507951114'],
    notes="Eligibility text from trials.braintumor.org (shown as plain text; item 2 appears without its number). Title, 'Recruiting' (current as of June 26, 2025) and sponsor UNICANCER from clinconnect.io; medifind gives the official title (randomised phase 2, cohort Pan-MSI ACSE, dostarlimab vs chemotherapy with crossover). Excerpt cut inside the NB of inclusion item 7 ('Based on IHC and PCR or NGS results ...'); exclusion criteria not visible.",
    kind='Tumour-agnostic dMMR/MSI-H basket incl. gastric/OGJ (CPS<5), first-line dostarlimab vs chemo; France',
    text=PM_TEXT,
    criteria=[
        c('inclusion', """Patient must have signed a written informed consent form prior any trial specific
procedures.""", (U, 'consent not recorded')),
        c('inclusion', '18 years or older patients.', (M, 'adult')),
        c('inclusion', """Documented locally advanced or metastatic disease with no previous systemic
anti-cancer treatment in these settings and not suitable for complete surgical
resection.""", (M, 'untreated advanced, unresectable disease'), **PRETREATED,
          c05=(N, 'resectable, non-metastatic disease')),
        c('inclusion', """Histologically proven, dMMR/MSI-H solid tumors that are not colorectal or
endometrial cancers and including one of the following: duodenum and small bowel
adenocarcinoma, gastric and oeso-gastric junction adenocarcinoma with CPS<5,
pancreatic adenocarcinoma, ampulla of Vater adenocarcinoma, adrenocortical
carcinoma, carcinoma of unknown primary site, neuroendocrine carcinoma (Grade 3) all
primary, and soft tissue sarcoma except Gastro-Intestinal Stromal Tumor (GIST).""",
          (N, 'not eligible tumour'), **PMMR,
          c02=(M, 'dMMR/MSI-H gastric adenocarcinoma, CPS 3 (<5)'),
          c04=(N, 'dMMR oesophageal adenocarcinoma with CPS 12 - oesophagus not listed and CPS not <5'),
          c05=(N, 'dMMR gastric adenocarcinoma but CPS 8 (not <5)')),
        c('inclusion', """If patient received adjuvant therapy for non-metastatic disease, this therapy should
be completed more than 6 months before the diagnosis of metastatic or recurrent
disease.""", (M, 'does not apply - no adjuvant therapy'),
          c07=(N, 'adjuvant S-1 ended 2026-01-30, recurrence 2026-04-10 (<6 months)')),
        c('inclusion', """Availability of minimum 1 block of tumor tissue or 20 slides (archival (<2 years) or
fresh biopsy specimen of primary and or metastasis) for centralized confirmation of
MMR/MSI status by IHC or NGS/PCR, and for Translational Research.""", (U, 'tissue availability not recorded')),
        c('inclusion', """Patients with dMMR/MSI tumor analyzed by IHC, PCR (for Gastric and OGJ
adenocarcinoma, and duodenum and small bowel adenocarcinoma only), and/or NGS at the
recruiting center should be confirmed by central review within 24h (every anonymized
patient analysis reporting will be provided for central review). Patients should not
be included in the study until the dMMR/MSI status is confirmed by the review
committee.""", (N, 'MMR-proficient tumour; no dMMR/MSI status to confirm'),
          c02=(U, 'local dMMR/MSI-H; central confirmation pending'),
          c04=(U, 'local dMMR/MSI-H; central confirmation pending'),
          c05=(U, 'local dMMR/MSI-H; central confirmation pending')),
    ]))

# ---------------------------------------------------------------- RAMIRIS
RA_TEXT = """Inclusion Criteria: Signed written informed consent Male or female* ≥ 18 years of age; Patients in reproductive age must be willing to use adequate contraception (that results in a failure rate of <1% per year) during the study and for 3 months after the end of ramucirumab treatment (appropriate contraception is defined as surgical sterilization (e.g. bilateral tubal ligation, vasectomy), hormonal contraception (including oral contraceptive pills (combination of estrogen and progesterone), vaginal ring, injectables, implants, intrauterine devices (IUDs) and intrauterine hormone-releasing system (IUS)), nonhormonal IUDs and complete abstinence). Female patients with childbearing potential need to have a negative pregnancy test within 7 days before study start. Histologically proven gastric adenocarcinoma including adenocarcinoma of the esophagogastric junction Metastatic or locally advanced disease, not amenable to potentially curative resection Phase II only: Documented objective radiological or clinical disease progression during or within 6 months of the last dose of first-line platinum and fluoropyrimidine doublet with or without anthracycline or docetaxel. Neoadjuvant/adjuvant treatment is not counted unless progression occurs <6 months after completion of the treatment. In these cases neoadjuvant/adjuvant treatment is counted as one line. OR Phase III only: Radiological or clinical disease progression during or after the last dose of a first-line platinum, fluoropyrimidine-containing therapy. Patients must also have received a taxane with the first-line or during their adjuvant or neoadjuvant therapy or both. Neoadjuvant/adjuvant platinum containing therapy is permitted and is counted as first-line therapy if progression occurs <12 months after completion of the treatment. If progression occurred ≥ 12 months after completion of neoadjuvant/adjuvant therapy, the therapy is not counted as a treatment line. At decision of the investigator, different regimens c"""
STUDIES.append(dict(
    nct='NCT03081143',
    title='Ramucirumab plus Irinotecan / Leucovorin / 5-FU versus Ramucirumab plus Paclitaxel in patients with advanced or metastatic adenocarcinoma of the stomach or gastroesophageal junction, who failed one prior line of palliative chemotherapy',
    status='RECRUITING', phases=['PHASE2', 'PHASE3'], conditions=None,
    sponsor=None, min_age='18 Years', sex='ALL', locations=[{'facility': 'Klinikum Nürnberg', 'country': 'Germany'}],
    urls=['https://studien-cccmf.de/en/studies/5527?tls=tl_9&page=1', 'https://clinicalsite.org/~klinikum-nuernberg/en/cat/1748/trial/4567',
          'https://bmccancer.biomedcentral.com/articles/10.1186/s12885-023-11004-z'],
    notes="RAMIRIS (AIO-STO-0415); NCT number from the RAMIRIS phase II report (ablesci/BMC Cancer). Eligibility text from the CCC Mainfranken study page, shown as one unbroken paragraph (kept so); cut at '...different regimens c'; no exclusion criteria visible. Title and 'Status: Active' from the Klinikum Nürnberg trial page; 'Active' recorded here as RECRUITING (the BMC Cancer 2023 protocol paper says phase II closed and phase III recruiting) - an interpretation. Phase II/III per BMC Cancer. Sponsor not shown on these pages.",
    kind='2L after platinum/fluoropyrimidine (taxane-pretreated for phase III): FOLFIRI-ramucirumab vs paclitaxel-ramucirumab; Germany',
    text=RA_TEXT,
    criteria=[
        c('inclusion', 'Signed written informed consent', (U, 'consent not recorded')),
        c('inclusion', 'Male or female* ≥ 18 years of age;', (M, 'adult')),
        c('inclusion', 'Patients in reproductive age must be willing to use adequate contraception (that results in a failure rate of <1% per year) during the study and for 3 months after the end of ramucirumab treatment (appropriate contraception is defined as surgical sterilization (e.g. bilateral tubal ligation, vasectomy), hormonal contraception (including oral contraceptive pills (combination of estrogen and progesterone), vaginal ring, injectables, implants, intrauterine devices (IUDs) and intrauterine hormone-releasing system (IUS)), nonhormonal IUDs and complete abstinence).',
          (U, 'applies to men and women of reproductive age; willingness not recorded'),
          c05=(M, 'does not apply - 79-year-old post-menopausal woman')),
        c('inclusion', 'Female patients with childbearing potential need to have a negative pregnancy test within 7 days before study start.',
          (M, 'does not apply - man'), c05=(M, 'does not apply - not of child-bearing potential'),
          c02=(U, 'pregnancy test not recorded'), c07=(U, 'pregnancy test not recorded'), c09=(U, 'pregnancy test not recorded')),
        c('inclusion', 'Histologically proven gastric adenocarcinoma including adenocarcinoma of the esophagogastric junction',
          (M, 'gastric/GEJ adenocarcinoma'), c04=(N, 'oesophageal adenocarcinoma (not gastric/GEJ)')),
        c('inclusion', 'Metastatic or locally advanced disease, not amenable to potentially curative resection',
          (M, 'advanced, unresectable disease'), c05=(N, 'resectable disease')),
        c('inclusion', 'Phase II only: Documented objective radiological or clinical disease progression during or within 6 months of the last dose of first-line platinum and fluoropyrimidine doublet with or without anthracycline or docetaxel. Neoadjuvant/adjuvant treatment is not counted unless progression occurs <6 months after completion of the treatment. In these cases neoadjuvant/adjuvant treatment is counted as one line. OR Phase III only: Radiological or clinical disease progression during or after the last dose of a first-line platinum, fluoropyrimidine-containing therapy. Patients must also have received a taxane with the first-line or during their adjuvant or neoadjuvant therapy or both. Neoadjuvant/adjuvant platinum containing therapy is permitted and is counted as first-line therapy if progression occurs <12 months after completion of the treatment. If progression occurred ≥ 12 months after completion of neoadjuvant/adjuvant therapy, the therapy is not counted as a treatment line.',
          (N, 'no prior first-line platinum/fluoropyrimidine therapy'),
          c01=(U, 'progressed during 1L platinum/FP (meets phase II wording) but no taxane (fails phase III wording); which part is open is not stated on the page'),
          c07=(U, 'progressed during 1L platinum/FP (+trastuzumab) - phase II wording met; no taxane so phase III wording not met'),
          c08=(U, 'progressed during 1L platinum/FP (+trastuzumab) - phase II wording met; no taxane so phase III wording not met'),
          c04=(U, 'progressed during 1L FOLFOX+nivolumab - phase II wording met; no taxane so phase III wording not met'),
          c03=(U, 'progressed on 1L platinum/FP, then already received 2L ramucirumab+paclitaxel; study is for one prior line (title) but visible criteria do not state a limit'),
          c06=(U, 'progressed on 1L platinum/FP, then already received 2L ramucirumab+paclitaxel; visible criteria do not state a limit'),
          c10=(U, 'three prior lines incl. ramucirumab+paclitaxel; visible criteria do not state a limit')),
        c('inclusion', 'At decision of the investigator, different regimens c', (M, 'does not apply - permissive clause (text cut)')),
    ]))

# ---------------------------------------------------------------- GLOW (zolbetuximab)
GL_TEXT = """Inclusion Criteria:

- A female subject is eligible to participate if she is not pregnant (negative serum
pregnancy test at screening; female subjects with elevated serum beta human chorionic
gonadotropin (βhCG) and a demonstrated non-pregnant status through additional testing
are eligible) and at least 1 of the following conditions applies:

- Not a woman of childbearing potential (WOCBP)

- WOCBP who agrees to follow the contraceptive guidance throughout the treatment
period and for 6 months after the final study treatment administration

- Female subject must agree not to breastfeed starting at screening and throughout the
study period, and for 6 months after the final study treatment administration.

- Female subject must not donate ova starting at screening and throughout the study
period, and for 6 months after the final study treatment administration.

- A male subject with female partner(s) of childbearing potential:

- must agree to use contraception during the treatment period and """
FEM_NA = {('c'+k): (M, 'does not apply - man') for k in MEN}
STUDIES.append(dict(
    nct='NCT03653507',
    title='A Study of Zolbetuximab (IMAB362) Plus CAPOX Compared With Placebo Plus CAPOX as First-line Treatment of Subjects With Claudin (CLDN) 18.2-Positive, HER2-Negative, Locally Advanced Unresectable or Metastatic Gastric or Gastroesophageal Junction (GEJ) Adenocarcinoma (GLOW)',
    status='RECRUITING', phases=['PHASE3'], conditions=['Locally Advanced Unresectable Gastroesophageal Junction (GEJ) Adenocarcinoma or Cancer', 'Locally Advanced Unresectable Gastric Adenocarcinoma or Cancer', 'Metastatic Gastric Adenocarcinoma or Cancer'],
    sponsor='Astellas Pharma Global Development, Inc.', min_age=None, sex='ALL',
    locations=[{'facility': 'CISSS DU BAS-SAINT-LAURENT HOPITAL REGIONAL DE RIMOUSKI', 'city': 'Rimouski', 'country': 'Canada', 'status': 'Fermé (closed)'}],
    urls=['https://www.clinicaltrialexchange.com/clinical-trials/A-Study-of-Zolbetuximab-IMAB362-Plus-CAPOX-Compared-With-Placebo-Plus-CAPOX-as-First-line-Treatment-of-Subjects-With-Claudin-CLDN-18-2-Positive-HER2-Negative-Locally-Advanced-Unresectable-or-Metastatic-Gastric-or-Gastroesophageal-Junction-GEJ/NCT03653507',
          'https://trials.co/clinical-trials-details/a-study-of-zolbetuximab-imab362-plus-capox-compared-with-placebo-plus-capox-as-first-line-treatment-of-subjects-with-claudin-cldn-182-positive-her2-negative-locally-advanced-unresectable-or-metastatic-gastric-or-gastroesophageal-junction-gej-adenocarcinoma/NCT03653507',
          'https://www.geoq.info/fr/pub/essai-clinique-3910/type-cancer-29'],
    notes="Eligibility text and status from clinicaltrialexchange: it shows 'Recruiting' with trial end date 2023-07-31 - a stale copy; the Quebec GEOQ site page shows 'Statut Fermé' and the GLOW paper (Nat Med 2023) says enrolment closed. Recorded as shown (RECRUITING) per the brief; treat as closed in practice. Only the first (reproductive/contraception) items are visible - the excerpt is cut inside the male-contraception item; the disease criteria (CLDN18.2 >=75%, HER2-negative, untreated advanced disease) are NOT visible and so could not be judged. trials.co shows a different (later) version of the same items (9 months after oxaliplatin).",
    kind='1L CLDN18.2-positive HER2-negative zolbetuximab + CAPOX; global incl. Asia; (closed in practice)',
    text=GL_TEXT,
    criteria=[
        c('inclusion', """A female subject is eligible to participate if she is not pregnant (negative serum
pregnancy test at screening; female subjects with elevated serum beta human chorionic
gonadotropin (βhCG) and a demonstrated non-pregnant status through additional testing
are eligible) and at least 1 of the following conditions applies:

- Not a woman of childbearing potential (WOCBP)

- WOCBP who agrees to follow the contraceptive guidance throughout the treatment
period and for 6 months after the final study treatment administration""", (M, 'does not apply - man'),
          c05=(M, 'not a WOCBP (79 years)'),
          c02=(U, 'WOCBP: pregnancy test and contraceptive agreement not recorded'),
          c07=(U, 'WOCBP: pregnancy test and contraceptive agreement not recorded'),
          c09=(U, 'WOCBP: pregnancy test and contraceptive agreement not recorded')),
        c('inclusion', """Female subject must agree not to breastfeed starting at screening and throughout the
study period, and for 6 months after the final study treatment administration.""", (M, 'does not apply - man'),
          c05=(M, '79-year-old woman; breastfeeding not relevant'),
          c02=(U, 'agreement not recorded'), c07=(U, 'agreement not recorded'), c09=(U, 'agreement not recorded')),
        c('inclusion', """Female subject must not donate ova starting at screening and throughout the study
period, and for 6 months after the final study treatment administration.""", (M, 'does not apply - man'),
          c05=(M, '79-year-old woman; ova donation not relevant'),
          c02=(U, 'agreement not recorded'), c07=(U, 'agreement not recorded'), c09=(U, 'agreement not recorded')),
        c('inclusion', """A male subject with female partner(s) of childbearing potential:

- must agree to use contraception during the treatment period and""", (U, 'partner status / agreement not recorded'),
          c02=(M, 'does not apply - woman'), c05=(M, 'does not apply - woman'), c07=(M, 'does not apply - woman'), c09=(M, 'does not apply - woman')),
    ]))
