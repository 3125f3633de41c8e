import json, os, yaml, sys
sys.path.insert(0, os.path.dirname(__file__))
from trials_a import *
ROOT = "/work/ti"
T = []  # list of dicts

def items(text, markers):
    """helper not used for splitting; criteria are given explicitly"""
    return text

# ---------------------------------------------------------------- 1 MATTERHORN
elig = ("Key Inclusion Criteria:\n\n- Patients with histologically documented gastric or gastroesophageal junction\nadenocarcinoma with resectable disease (Stage II or higher per AJCC 8th edition).\n\n"
"- Patients must undergo radical surgery.\n\n- No prior anti-cancer therapy for the current malignancy.\n\n"
"- World Health Organization (WHO)/ECOG performance status of 0 or 1 at enrollment.\n\n- Adequate organ and marrow function.\n\n"
"- Availability of tumor sample prior to study entry.\n\n- Must have a life expectancy of at least 24 weeks.\n\n"
"Key Exclusion Criteria:\n\n- Patients with peritoneal dissemination or distant metastasis.\n\n"
"- Patients with adenosquamous cell carcinoma, squamous cell carcinoma, or GI stromal\ntumor.\n\n"
"- Current or prior use of immunosuppressive medication within 14 days before the first\ndose of durvalumab.\n\n"
"- Contra-indication to any of the study drugs.\n\n- History of allogeneic organ transplantation.")
ADV = N("advanced disease (metastatic / recurrent / unresectable), not resectable")
T.append(dict(
 nct="NCT04592913",
 record={"identificationModule": {"nctId": "NCT04592913", "briefTitle": "Assessing Durvalumab and FLOT Chemotherapy in Resectable Gastric and Gastroesophageal Junction Cancer", "acronym": "MATTERHORN"},
   "statusModule": {"overallStatus": "ACTIVE_NOT_RECRUITING"},
   "conditionsModule": {"conditions": ["Gastrointestinal Neoplasms", "Esophagogastric Junction"]},
   "designModule": {"phases": ["PHASE3"]},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "AstraZeneca"}},
   "eligibilityModule": {"eligibilityCriteria": elig, "sex": "ALL", "minimumAge": "18 Years", "maximumAge": "200 Years"},
   "contactsLocationsModule": {"locations": [
     {"facility": "City of Hope Comprehensive Cancer Center", "city": "Duarte", "country": "United States", "status": "ACTIVE"},
     {"facility": "Emory University Hospital / Winship Cancer Institute", "city": "Atlanta", "country": "United States", "status": "ACTIVE"},
     {"facility": "Memorial Sloan Kettering Cancer Center", "city": "New York", "country": "United States", "status": "ACTIVE"},
     {"facility": "Fred Hutch / University of Washington Cancer Consortium", "city": "Seattle", "country": "United States", "status": "ACTIVE"}]}},
 source={"url": "https://www.clinicaltrialexchange.com/clinical-trials/Assessing-Durvalumab-and-FLOT-Chemotherapy-in-Resectable-Gastric-and-Gastroesophageal-Junction-Cancer/NCT04592913",
   "also": ["https://ctv.veeva.com/study/assessing-durvalumab-and-flot-chemotherapy-in-resectable-gastric-and-gastroesophageal-junction-cance", "https://meddatax.com/clinical-trials/NCT04592913", "https://www.cancer.gov/about-cancer/treatment/clinical-trials/search/v?id=NCI-2021-01109&r=1"],
   "note": "Eligibility text (key criteria only, complete as registered) and line breaks from clinicaltrialexchange; status ACTIVE_NOT_RECRUITING from veeva/meddatax (clinicaltrialexchange still says Recruiting, stale); conditions, ages 18-200, sex from veeva; phase/sponsor from clinicaltrialexchange/quintilestrial; four US sites with status ACTIVE from cancer.gov (other sites not shown)."},
 note=("MATTERHORN (AstraZeneca, phase 3): perioperative durvalumab + FLOT for resectable gastric/GEJ adenocarcinoma, stage II or higher. "
       "Status on page: active, not recruiting. Only 'key' criteria are registered, so labs, contraception etc. are not listed. "
       "Only TI-05 (untreated resectable GEJ adenocarcinoma, ECOG 0) is in the target population; the record carries no cTNM stage and no surgical plan, so stage II+ and 'must undergo radical surgery' remain unknown -> possibly eligible. "
       "Every advanced case (metastatic, recurrent, locally advanced unresectable) is ineligible by the resectable-disease item; most are also excluded by prior therapy and/or distant metastasis."),
 crit=[
  ("Patients with histologically documented gastric or gastroesophageal junction\nadenocarcinoma with resectable disease (Stage II or higher per AJCC 8th edition).", "inclusion",
     J(ADV, TI_05=U("resectable GEJ adenocarcinoma, but clinical stage (II or higher) not recorded"), TI_04=N("recurrent oesophageal adenocarcinoma, not resectable"))),
  ("Patients must undergo radical surgery.", "inclusion", J(N("not a surgical candidate (advanced disease)"), TI_05=U("resectable; surgical plan not recorded"))),
  ("No prior anti-cancer therapy for the current malignancy.", "inclusion",
     J(N("prior systemic therapy recorded"), TI_01=M("untreated"), TI_05=M("untreated"), TI_08=M("untreated"), TI_04=N("perioperative FLOT 2025"), TI_06=N("perioperative SOX and 3 palliative lines"))),
  ("World Health Organization (WHO)/ECOG performance status of 0 or 1 at enrollment.", "inclusion", J(M("ECOG 0-1"), TI_07=N("ECOG 2"))),
  ("Adequate organ and marrow function.", "inclusion", J(U("laboratory values not recorded"))),
  ("Availability of tumor sample prior to study entry.", "inclusion", J(U("tissue availability not recorded"))),
  ("Must have a life expectancy of at least 24 weeks.", "inclusion", J(U("life expectancy not recorded"))),
  ("Patients with peritoneal dissemination or distant metastasis.", "exclusion",
     J(N("metastatic disease"), TI_04=N("recurrence (non-measurable) after resection = distant/peritoneal relapse"), TI_05=M("resectable, no metastasis"), TI_08=M("locally advanced, no distant metastasis recorded"), TI_06=U("recurrent; site of recurrence not recorded"))),
  ("Patients with adenosquamous cell carcinoma, squamous cell carcinoma, or GI stromal\ntumor.", "exclusion", J(M("adenocarcinoma"))),
  ("Current or prior use of immunosuppressive medication within 14 days before the first\ndose of durvalumab.", "exclusion",
     J(U("concomitant medication not recorded"), TI_08=U("autoimmune disease; immunosuppressant use not recorded"))),
  ("Contra-indication to any of the study drugs.", "exclusion",
     J(U("not assessable from record"), TI_07=N("ECOG 2, LVEF 48% and ILD: FLOT plus durvalumab contraindicated in practice"))),
  ("History of allogeneic organ transplantation.", "exclusion", J(M("no organ transplant recorded"))),
 ]))

# ---------------------------------------------------------------- 2 KEYNOTE-585
elig = ("Inclusion Criteria:\n- Has previously untreated localized gastric or GEJ adenocarcinoma as defined by T3 or greater primary lesion or the presence of any positive nodes - N+ (clinical nodes) without evidence of metastatic disease.\n"
"- Plans to proceed to surgery following pre-operative chemotherapy based on standard staging studies per local practice.\n"
"- Is willing to provide tissue from a tumor lesion at baseline and at time of surgery.\n"
"- Has an Eastern Cooperative Oncology Group (ECOG) performance status score of 0 to 1 within 3 days prior to the first dose of study treatment.\n"
"- Has adequate organ function.\n"
"- Male participants of childbearing potential must agree to use an adequate method of contraception for the course of the study through 180 days after the last dose of chemotherapy.\n"
"- Female participants of childbearing potential must be willing to use an adequate method of contraception for the course of the study through 180 days after the last dose of chemotherapy or through 120 days after the last dose of pembrolizumab, whichever is greater.\n"
"- Has life expectancy of greater than 6 months.\n"
"Exclusion Criteria:\n- Has a history of (non-infectious) pneumonitis that required steroids or has current pneumonitis.\n"
"- Has an active infection requiring systemic therapy.\n"
"- Is currently participating in or has participated in a trial of an investigational agent or has used an investigational device within 4 weeks prior to the first dose of study treatment.\n"
"- Has received prior therapy with an anti-programmed cell death protein-1 (anti-PD-1), anti-")
MALE = ("TI-01","TI-04","TI-05","TI-07")
def male_contra():
    return J(NA, TI_01=U("male; willingness not recorded"), TI_04=U("male; willingness not recorded"), TI_05=U("male; willingness not recorded"), TI_07=U("male; willingness not recorded"))
def female_contra():
    return J(NA, TI_02=M("67-year-old woman, post-menopausal by age"), TI_06=M("63-year-old woman, post-menopausal by age"), TI_03=U("woman of child-bearing potential (38); willingness not recorded"), TI_08=U("49-year-old woman; menopausal status and willingness not recorded"))
PD1 = J(M("no prior anti-PD-1/PD-L1"), TI_02=N("prior pembrolizumab"), TI_03=N("prior nivolumab"), TI_06=N("prior tislelizumab"))
T.append(dict(
 nct="NCT03221426",
 record={"identificationModule": {"nctId": "NCT03221426", "briefTitle": "Study of Pembrolizumab (MK-3475) Plus Chemotherapy Versus Placebo Plus Chemotherapy in Participants With Gastric or Gastroesophageal Junction (GEJ) Adenocarcinoma (MK-3475-585/KEYNOTE-585)", "acronym": "KEYNOTE-585"},
   "statusModule": {"overallStatus": "COMPLETED"},
   "conditionsModule": {"conditions": ["Gastric Cancer", "Gastroesophageal Junction Cancer"]},
   "designModule": {"phases": ["PHASE3"]},
   "eligibilityModule": {"eligibilityCriteria": elig}},
 source={"url": "https://trials.co/clinical-trials-details/-/NCT03221426",
   "also": ["https://meddatax.com/clinical-trials/NCT03221426", "https://ignite-sd.com/clinical/show/study/250219", "https://www.msdoncologyclinicaltrials.com/condition/gastric-cancer/"],
   "note": "Eligibility text and conditions from trials.co; the stored page text ends mid-word in the 4th exclusion item ('anti-') - everything after is missing. Status COMPLETED and phase 3 from meddatax (last updated 2025-07-14); ignite-sd shows an older ACTIVE_NOT_RECRUITING. Sponsor (Merck Sharp & Dohme) is not named on these pages as lead sponsor field, so leadSponsor is omitted; sex/ages and sites not shown."},
 note=("KEYNOTE-585 (Merck, phase 3): perioperative pembrolizumab + chemotherapy for untreated localized (T3+ or N+) M0 gastric/GEJ adenocarcinoma. "
       "Status on page: COMPLETED (closed). Text cut in the exclusions after 'anti-PD-1), anti-' - the remaining exclusions (autoimmune disease, HIV/hepatitis, transplant, etc.) are not visible. "
       "TI-05 is the only case in the target population (untreated resectable GEJ, ECOG 0); T/N stage and surgical plan are not recorded -> possibly eligible. "
       "Advanced cases fail the localized/surgery items; TI-02/03/06 also had anti-PD-1; TI-07 has T-DXd pneumonitis/ILD and ECOG 2."),
 crit=[
  ("Has previously untreated localized gastric or GEJ adenocarcinoma as defined by T3 or greater primary lesion or the presence of any positive nodes - N+ (clinical nodes) without evidence of metastatic disease.", "inclusion",
     J(N("metastatic/recurrent or previously treated disease"), TI_05=U("untreated resectable GEJ; cT/cN not recorded"), TI_08=U("untreated, no metastasis recorded; T/N stage not recorded (unresectable)"))),
  ("Plans to proceed to surgery following pre-operative chemotherapy based on standard staging studies per local practice.", "inclusion",
     J(N("no surgical plan possible (advanced disease)"), TI_05=U("resectable; surgical plan not recorded"), TI_08=N("locally advanced unresectable"))),
  ("Is willing to provide tissue from a tumor lesion at baseline and at time of surgery.", "inclusion", J(U("willingness not recorded"))),
  ("Has an Eastern Cooperative Oncology Group (ECOG) performance status score of 0 to 1 within 3 days prior to the first dose of study treatment.", "inclusion", J(M("ECOG 0-1"), TI_07=N("ECOG 2"))),
  ("Has adequate organ function.", "inclusion", J(U("laboratory values not recorded"))),
  ("Male participants of childbearing potential must agree to use an adequate method of contraception for the course of the study through 180 days after the last dose of chemotherapy.", "inclusion", male_contra()),
  ("Female participants of childbearing potential must be willing to use an adequate method of contraception for the course of the study through 180 days after the last dose of chemotherapy or through 120 days after the last dose of pembrolizumab, whichever is greater.", "inclusion", female_contra()),
  ("Has life expectancy of greater than 6 months.", "inclusion", J(U("life expectancy not recorded"))),
  ("Has a history of (non-infectious) pneumonitis that required steroids or has current pneumonitis.", "exclusion",
     J(M("no pneumonitis/ILD recorded"), TI_07=N("T-DXd-related grade 2 pneumonitis; ILD on record"))),
  ("Has an active infection requiring systemic therapy.", "exclusion", J(U("infections not recorded"), TI_04=U("chronic hepatitis B; whether on antiviral therapy/active not recorded"))),
  ("Is currently participating in or has participated in a trial of an investigational agent or has used an investigational device within 4 weeks prior to the first dose of study treatment.", "exclusion", J(U("trial participation not recorded"))),
  ("Has received prior therapy with an anti-programmed cell death protein-1 (anti-PD-1), anti-", "exclusion", PD1),
 ]))

# ---------------------------------------------------------------- 3 INNOVATION
elig = ("Inclusion Criteria:\n* Histologically proven, gastric or gastroesophageal (GE)-junction adenocarcinoma (Siewert I-III)\n"
"* Patient medically fit for gastrectomy/oesophagogastrectomy as decided by the investigator\n* Age ≥ 18 years\n* WHO performance status 0 - 1\n* HER-2 overexpression\n"
"* Amenable to gastrectomy/oesophagectomy\n* The cardiac ejection fraction (LVEF), as determined by echocardiography, multiple gated acquisition scan (MUGA) or cardiac MRI should be at least 50 %\n"
"* Adequate organ function\n* written informed consent\n"
"* For women who are not postmenopausal (\\> 12 months of non-therapy induced amenorrhea) or surgically sterile (absence of ovaries and/or uterus): agreement to remain abstinent or use single or combined contraceptive methods that result in a failure rate of \\< 1% per year during the treatment period and for at least 12 months after the last treatment dose\n"
"* For men: agreement to remain abstinent or use a condom plus an additional contraceptive method that together result in a failure rate of \\< 1% per year during the treatment period and for at least 12 months after the last dose of study treatment. Abstinence is only acceptable if it is in line with the preferred and usual lifestyle of the patient. Periodic abstinence (e.g. calendar, ovulation, symptothermal, or postovulation methods) and withdrawal are not acceptable methods for contraception.\n"
"Exclusion Criteria:\n* Absence of distant metastases on CT scan of thorax and abdomen\n* prior chemo- or antibody …")
HER2POS_ORIG = {"TI-01": M("IHC 3+"), "TI-07": M("IHC 3+ (pre-trastuzumab biopsy)")}
T.append(dict(
 nct="NCT02205047",
 record={"identificationModule": {"nctId": "NCT02205047", "briefTitle": "Neoadjuvant Study Using Trastuzumab or Trastuzumab With Pertuzumab in Gastric or Gastroesophageal Junction Adenocarcinoma", "acronym": "INNOVATION"},
   "statusModule": {"overallStatus": "COMPLETED"},
   "designModule": {"phases": ["PHASE2"]},
   "eligibilityModule": {"eligibilityCriteria": elig, "sex": "ALL", "minimumAge": "18 Years"}},
 source={"url": "https://clinicaltrialcompass.org/trial/NCT02205047",
   "also": ["https://meddatax.com/clinical-trials/NCT02205047", "https://pmc.ncbi.nlm.nih.gov/articles/PMC6928085/table/T2"],
   "note": "Eligibility text, age and sex from clinicaltrialcompass; the page truncates the exclusions after 'prior chemo- or antibody …' (its own ellipsis). Status COMPLETED, PHASE2, title, start 2015-07-15 from meddatax; meddatax's description says randomisation is stratified 'Korea versus Europe' (Korean sites). Sponsor and site list not shown on these pages. The '\\>' and '\\<' escapes are as the page shows them."},
 note=("INNOVATION (EORTC-led, Europe + Korea, phase 2): perioperative chemotherapy +/- trastuzumab or trastuzumab+pertuzumab for resectable HER2-positive gastric/GEJ adenocarcinoma. "
       "Status on page: COMPLETED (closed). Exclusions cut after the 2nd item. The 1st exclusion ('Absence of distant metastases...') is evidently an inverted registry entry: read literally it would exclude every M0 patient; I judged metastatic cases by its intended meaning (metastases excluded) and marked the M0 cases unknown. "
       "No case is eligible: TI-05 is resectable but HER2 IHC 2+/ISH-negative (no overexpression); TI-01 and TI-07 are HER2-positive but metastatic (TI-07 also pretreated, ECOG 2, LVEF 48%)."),
 crit=[
  ("Histologically proven, gastric or gastroesophageal (GE)-junction adenocarcinoma (Siewert I-III)", "inclusion",
     J(M("gastric/GEJ adenocarcinoma"), TI_04=U("oesophageal adenocarcinoma; whether Siewert I (distal oesophagus) not recorded"))),
  ("Patient medically fit for gastrectomy/oesophagogastrectomy as decided by the investigator", "inclusion",
     J(U("investigator's surgical fitness assessment not recorded"), TI_07=N("ECOG 2, LVEF 48%, ILD - not fit for gastrectomy"))),
  ("Age ≥ 18 years", "inclusion", J(M("adult"))),
  ("WHO performance status 0 - 1", "inclusion", J(M("ECOG 0-1"), TI_07=N("ECOG 2"))),
  ("HER-2 overexpression", "inclusion",
     J(N("HER2-negative/low (IHC 0 or 1+)"), TI_01=M("IHC 3+"), TI_07=M("IHC 3+ (pre-trastuzumab)"), TI_02=N("latest re-biopsy IHC 1+ (HER2 loss after trastuzumab)"), TI_05=N("IHC 2+ with ISH not amplified"))),
  ("Amenable to gastrectomy/oesophagectomy", "inclusion", J(N("advanced disease, not resectable"), TI_05=M("resectable"))),
  ("The cardiac ejection fraction (LVEF), as determined by echocardiography, multiple gated acquisition scan (MUGA) or cardiac MRI should be at least 50 %", "inclusion",
     J(M("LVEF >= 50%"), TI_07=N("LVEF 48%"))),
  ("Adequate organ function", "inclusion", J(U("laboratory values not recorded"))),
  ("written informed consent", "inclusion", J(U("consent not recorded"))),
  ("For women who are not postmenopausal (\\> 12 months of non-therapy induced amenorrhea) or surgically sterile (absence of ovaries and/or uterus): agreement to remain abstinent or use single or combined contraceptive methods that result in a failure rate of \\< 1% per year during the treatment period and for at least 12 months after the last treatment dose", "inclusion", female_contra()),
  ("For men: agreement to remain abstinent or use a condom plus an additional contraceptive method that together result in a failure rate of \\< 1% per year during the treatment period and for at least 12 months after the last dose of study treatment. Abstinence is only acceptable if it is in line with the preferred and usual lifestyle of the patient. Periodic abstinence (e.g. calendar, ovulation, symptothermal, or postovulation methods) and withdrawal are not acceptable methods for contraception.", "inclusion", male_contra()),
  ("Absence of distant metastases on CT scan of thorax and abdomen", "exclusion",
     J(N("distant metastases present (item read as intended: metastatic disease excluded)"), TI_05=U("M0; literal wording would exclude M0 patients - registry inversion, needs sponsor clarification"), TI_08=U("M0 locally advanced; literal wording would exclude M0 patients - registry inversion"), TI_04=N("recurrent disease after resection (item read as intended)"), TI_06=N("recurrent disease after resection (item read as intended)"))),
  ("prior chemo- or antibody …", "exclusion",
     J(N("prior chemotherapy/antibody therapy"), TI_01=M("untreated"), TI_05=M("untreated"), TI_08=M("untreated"))),
 ]))

# ---------------------------------------------------------------- 4 NCT05218148
elig = ("Inclusion Criteria:\n- Sign the informed consent form.\n"
"- Locally advanced adenocarcinoma of the stomach or gastroesophageal junction (Siewert type II/III) confirmed by pathology or cytology.\n"
"- The definition of a positive HER2 test result is as follows: IHC detects HER2 3+ or IHC detects HER2 2+ and FISH is positive.\n"
"- Clinically, based on chest, abdomen and pelvic CT, gastroscopy, endoscopic ultrasonography, gastrointestinal contrast, ordinary ultrasound, or laparoscopy if possible, it is judged as T3-4a N+ or T4bN any gastric cancer or gastroesophageal junction cancer (refer to AJCC Article Version 8 in stages).\n"
"- Patients have not received chemotherapy and/or immunotherapy and/or trastuzumab treatment and/or radiotherapy in the past.\n"
"- Age 18-75 years old.\n"
"- The Eastern Cooperative Oncology Group (ECOG) performance status score was 0 or 1, and there was no deterioration within 2 weeks before the first administration of the study drug.\n"
"- Good organ function:\nBlood routine: hemoglobin ≥90g/L, white blood cell ≥3.0×109/L, neutrophil ≥1.5×109/L, platelet ≥100×109/L; Renal function: creatinine≤1.5×upper limit of normal (UNL) or creatinine clearance ≥60ml/min; Liver function: total bilirubin (TBIL)≤1.5×upper limit of normal (UNL); ALT≤2.5×UNL, AST≤2.5×UNL.\n"
"Exclusion Criteria:\n- The pathology is other types besides adenocarcinoma, such as squamous cell carcinoma, adenosquamous carcinoma, neuroendocrine carcinoma and so on.\n"
"- Have received chemotherapy and/or radiotherapy in the past.\n"
"- Have received any anti-PD-1, anti-PD-L1/L2 antibodies, anti-CTLA-4 antibodies and other immunotherapy in the past.\n"
"- Have received any anti-HER2 therapy in the")
PRIOR_TX = J(N("prior systemic therapy recorded"), TI_01=M("untreated"), TI_05=M("untreated"), TI_08=M("untreated"))
HER2POS = J(N("HER2-negative (IHC 0/1+)"), TI_01=M("IHC 3+"), TI_07=M("IHC 3+ (pre-trastuzumab)"), TI_02=N("latest re-biopsy IHC 1+ (HER2 loss); originally 2+/ISH+"), TI_05=N("IHC 2+ with ISH not amplified"))
T.append(dict(
 nct="NCT05218148",
 record={"identificationModule": {"nctId": "NCT05218148", "briefTitle": "SOX Combined With Sintilimab and Trastuzumab Versus SOX Regimen in the Perioperative Treatment of HER2-positive Locally Advanced Gastric Adenocarcinoma"},
   "statusModule": {"overallStatus": "NOT_YET_RECRUITING"},
   "conditionsModule": {"conditions": ["Sintilimab", "Gastric or Gastroesophageal Junction Adenocarcinoma", "Locally Advanced Solid Tumor", "S-1", "HER2-positive", "Immunotherapy", "Oxaliplatin"]},
   "designModule": {"phases": ["PHASE2"]},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Aiping Zhou"}},
   "eligibilityModule": {"eligibilityCriteria": elig}},
 source={"url": "https://trials.co/clinical-trials-details/-/NCT05218148",
   "also": ["https://trial.medpath.com/clinical-trial/6f930ac4b135b26e/oxaliplatin-s-1-sintilimab-trastuzumab-gastric-adenocarcinoma", "https://meddatax.com/clinical-trials/NCT05218148", "https://www.clincosm.com/trial/her2-positive-locally-advanced-solid-tumor-immunotherapy-beijing"],
   "note": "Eligibility text from trials.co; the stored text stops mid-sentence in the 4th exclusion ('Have received any anti-HER2 therapy in the'). Status NOT_YET_RECRUITING (last updated 2022-04-06), phase 2, lead sponsor 'Aiping Zhou' and conditions from medpath/meddatax/clincosm; the clincosm address names Beijing (single-centre Chinese study); no site list shown."},
 note=("Single-centre Chinese (Beijing) phase 2: perioperative SOX + sintilimab + trastuzumab for HER2-positive locally advanced (T3-4aN+ / T4bN any) gastric/GEJ adenocarcinoma. "
       "Status on page: not yet recruiting (record last updated 2022; real status uncertain). Exclusions cut after the 4th item. "
       "No case qualifies: the HER2-positive cases (TI-01, TI-07) are metastatic; the resectable TI-05 is HER2 IHC 2+/ISH-negative; TI-08 is HER2 0 and unresectable."),
 crit=[
  ("Sign the informed consent form.", "inclusion", J(U("consent not recorded"))),
  ("Locally advanced adenocarcinoma of the stomach or gastroesophageal junction (Siewert type II/III) confirmed by pathology or cytology.", "inclusion",
     J(N("metastatic or recurrent disease"), TI_05=U("GEJ, resectable; Siewert type and local extent not recorded"), TI_08=M("locally advanced gastric adenocarcinoma"), TI_04=N("recurrent oesophageal adenocarcinoma"))),
  ("The definition of a positive HER2 test result is as follows: IHC detects HER2 3+ or IHC detects HER2 2+ and FISH is positive.", "inclusion", HER2POS),
  ("Clinically, based on chest, abdomen and pelvic CT, gastroscopy, endoscopic ultrasonography, gastrointestinal contrast, ordinary ultrasound, or laparoscopy if possible, it is judged as T3-4a N+ or T4bN any gastric cancer or gastroesophageal junction cancer (refer to AJCC Article Version 8 in stages).", "inclusion",
     J(N("stage IV / recurrent disease"), TI_05=U("cT/cN not recorded"), TI_08=U("cT/cN not recorded"))),
  ("Patients have not received chemotherapy and/or immunotherapy and/or trastuzumab treatment and/or radiotherapy in the past.", "inclusion", PRIOR_TX),
  ("Age 18-75 years old.", "inclusion", J(M("age within 18-75"))),
  ("The Eastern Cooperative Oncology Group (ECOG) performance status score was 0 or 1, and there was no deterioration within 2 weeks before the first administration of the study drug.", "inclusion", J(M("ECOG 0-1"), TI_07=N("ECOG 2"))),
  ("Good organ function:\nBlood routine: hemoglobin ≥90g/L, white blood cell ≥3.0×109/L, neutrophil ≥1.5×109/L, platelet ≥100×109/L; Renal function: creatinine≤1.5×upper limit of normal (UNL) or creatinine clearance ≥60ml/min; Liver function: total bilirubin (TBIL)≤1.5×upper limit of normal (UNL); ALT≤2.5×UNL, AST≤2.5×UNL.", "inclusion", J(U("laboratory values not recorded"))),
  ("The pathology is other types besides adenocarcinoma, such as squamous cell carcinoma, adenosquamous carcinoma, neuroendocrine carcinoma and so on.", "exclusion", J(M("adenocarcinoma"))),
  ("Have received chemotherapy and/or radiotherapy in the past.", "exclusion", PRIOR_TX),
  ("Have received any anti-PD-1, anti-PD-L1/L2 antibodies, anti-CTLA-4 antibodies and other immunotherapy in the past.", "exclusion", PD1),
  ("Have received any anti-HER2 therapy in the", "exclusion", J(M("no prior anti-HER2 therapy"), TI_02=N("prior trastuzumab"), TI_07=N("prior trastuzumab and trastuzumab deruxtecan"))),
 ]))

# ---------------------------------------------------------------- 5 NCT04908813 HLX22 phase 2
elig = ("Inclusion Criteria:\n\n- Histologically or cytologically confirmed diagnosis of previously untreated, locally\nadvanced unresectable or metastatic HER2 positive gastric adenocarcinoma.\n\n"
"- HER2-positive defined as either immunohistochemistry (IHC) 3+ or IHC 2+ in combination\nwith in-situ hybridization positive (ISH+) or fluorescent in-situ hybridization\n(FISH), as assessed by central review on primary or metastatic tumor\n\n"
"- Has measurable disease as defined by RECIST 1.1 as determined by the IRRC\n\n"
"- Has a performance status of 0 or 1 on the Eastern Cooperative Oncology Group (ECOG)\nPerformance Scale\n\n"
"- Has a life expectancy of greater than 6 months\n\n- Has adequate organ function\n\n"
"Exclusion Criteria:\n\n- Has a known additional malignancy that is progressing or has required active treatment\n")
T.append(dict(
 nct="NCT04908813",
 record={"identificationModule": {"nctId": "NCT04908813", "briefTitle": "Study of HLX22 in Combanition With Trastuzumab and Chemotherapy Versus Placebo in Combination With Trastuzumab and Chemotherapy for Treatment of Locally Advanced or Metastatic Gastric Cancer"},
   "statusModule": {"overallStatus": "NOT_YET_RECRUITING"},
   "designModule": {"phases": ["PHASE2"]},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Shanghai Henlius Biotech"}},
   "eligibilityModule": {"eligibilityCriteria": elig, "sex": "ALL"}},
 source={"url": "https://www.clinicaltrialexchange.com/clinical-trials/Study-of-HLX22-in-Combanition-With-Trastuzumab-and-Chemotherapy-Versus-Placebo-in-Combination-With-Trastuzumab-and-Chemotherapy-for-Treatment-of-Locally-Advanced-or-Metastatic-Gastric-Cancer/NCT04908813",
   "also": ["https://www.marketscreener.com/quote/stock/SHANGHAI-HENLIUS-BIOTECH-103501663/news/Shanghai-Henlius-Biotech-Inc-Announces-First-Patient-Has-Been-Dosed-in-A-Phase-Ii-Clinical-Trial-o-36570344/"],
   "note": "Title (with the registry's typo 'Combanition'), status 'Not yet recruiting' (stale snapshot; trial end date 2024-09-01 on the page), phase 2, sponsor, sex and eligibility text from clinicaltrialexchange; the stored page text stops after the first exclusion item, so the remaining exclusions are missing. marketscreener (Henlius release) confirms first patient dosed in mainland China."},
 note=("HLX22-GC-201 (Henlius, China, phase 2): HLX22 or placebo + trastuzumab + XELOX, first line, HER2-positive (central) gastric adenocarcinoma. "
       "Status on page: not yet recruiting (stale; the company later reported first dosing). Exclusions cut after the 1st item. "
       "TI-01 (untreated metastatic gastric, local IHC 3+, measurable, ECOG 1) fits everything visible, but central HER2 review, life expectancy and organ function are open -> possibly eligible. "
       "All other cases fail 'previously untreated ... HER2 positive gastric' (pretreated, HER2-negative, resectable, or GEJ/oesophageal primary)."),
 crit=[
  ("Histologically or cytologically confirmed diagnosis of previously untreated, locally\nadvanced unresectable or metastatic HER2 positive gastric adenocarcinoma.", "inclusion",
     J(N("pretreated and/or HER2-negative"), TI_01=M("untreated metastatic HER2 IHC 3+ gastric adenocarcinoma"), TI_05=N("resectable GEJ, HER2 2+/ISH-negative"), TI_08=N("untreated but HER2 IHC 0"), TI_02=N("GEJ primary, pretreated, HER2 loss"))),
  ("HER2-positive defined as either immunohistochemistry (IHC) 3+ or IHC 2+ in combination\nwith in-situ hybridization positive (ISH+) or fluorescent in-situ hybridization\n(FISH), as assessed by central review on primary or metastatic tumor", "inclusion",
     J(N("HER2 IHC 0/1+"), TI_01=U("local IHC 3+; central review not yet done"), TI_07=U("local IHC 3+ before trastuzumab; central review not done"), TI_02=N("latest re-biopsy IHC 1+ (HER2 loss)"), TI_05=N("IHC 2+ with ISH not amplified"))),
  ("Has measurable disease as defined by RECIST 1.1 as determined by the IRRC", "inclusion", J(M("measurable disease recorded"), TI_04=N("non-measurable disease"))),
  ("Has a performance status of 0 or 1 on the Eastern Cooperative Oncology Group (ECOG)\nPerformance Scale", "inclusion", J(M("ECOG 0-1"), TI_07=N("ECOG 2"))),
  ("Has a life expectancy of greater than 6 months", "inclusion", J(U("life expectancy not recorded"))),
  ("Has adequate organ function", "inclusion", J(U("laboratory values not recorded"))),
  ("Has a known additional malignancy that is progressing or has required active treatment", "exclusion", J(U("other malignancies not recorded"))),
 ]))

# ---------------------------------------------------------------- 6 RATIONALE-305
elig = ("Key Inclusion Criteria:\n\n1. Locally advanced unresectable or metastatic GC or GEJ carcinoma and have\nhistologically confirmed adenocarcinoma\n\n"
"2. No previous systemic therapy for locally advanced unresectable or metastatic\ngastric/GEJ cancer. NOTE: Participants may have received prior neoadjuvant or adjuvant\ntherapy as long as it was completed and have no recurrence or disease progression for\nat least 6 months.\n\n"
"3. ECOG PS ≤ 1 within 7 days prior to randomization\n\n"
"4. Adequate organ function as indicated by the following laboratory values ≤ days prior\nto randomization\n\n"
"Key Exclusion Criteria:\n\n1. Has squamous cell or undifferentiated or other histological type GC\n\n"
"2. Active leptomeningeal disease or uncontrolled brain metastasis\n\n"
"3. Diagnosed with gastric or GEJ adenocarcinoma with positive HER2\n\n"
"4. Prior therapy with an anti-PD-1, anti-PD-L1, anti-PD-L2 or any other antibody or drug\nspecifically targeting T-cell co-stimulation or checkpoint pathways\n\n"
"NOTE: Other protocol defined Inclusion/Exclusion criteria may apply.")
T.append(dict(
 nct="NCT03777657",
 record={"identificationModule": {"nctId": "NCT03777657", "briefTitle": "Tislelizumab in Combination With Chemotherapy as First-Line Treatment in Adults With Inoperable, Locally Advanced or Metastatic Gastric, or Gastroesophageal Junction Carcinoma", "acronym": "RATIONALE-305"},
   "statusModule": {"overallStatus": "ACTIVE_NOT_RECRUITING"},
   "conditionsModule": {"conditions": ["Gastric, or Gastroesophageal Junction Adenocarcinoma"]},
   "designModule": {"phases": ["PHASE3"]},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "BeiGene"}},
   "eligibilityModule": {"eligibilityCriteria": elig, "sex": "ALL", "minimumAge": "18 Years"}},
 source={"url": "https://www.clinicaltrialexchange.com/clinical-trials/Tislelizumab-in-Combination-With-Chemotherapy-as-First-Line-Treatment-in-Adults-With-Inoperable-Locally-Advanced-or-Metastatic-Gastric-or-Gastroesophageal-Junction-Carcinoma/NCT03777657",
   "also": ["https://dap-fvkt0crba-dap-rewrite.vercel.app/en/find-trials/Study/NCT03777657"],
   "note": "Key criteria (complete as registered, ending with the registry's NOTE line), status 'Active, not recruiting', phase 3, sponsor BeiGene, sex from clinicaltrialexchange; condition and age 18+ from the find-trials mirror. No sites shown. The acronym RATIONALE-305 is not on these pages (reviewer's label, cf. fact sheet S70)."},
 note=("RATIONALE-305 (BeiGene, phase 3): tislelizumab or placebo + platinum/fluoropyrimidine, first line, HER2-negative advanced gastric/GEJ adenocarcinoma. "
       "Status on page: active, not recruiting. Only key criteria are registered; the closing 'NOTE: Other protocol defined Inclusion/Exclusion criteria may apply.' is not a criterion and is not listed. "
       "TI-08 (untreated, locally advanced unresectable, HER2 0, ECOG 0) meets every visible item except organ function (unknown) -> possibly eligible; her autoimmune disease is not among the key exclusions but would matter in the full protocol. "
       "TI-01 is HER2-positive; TI-02/03/06 are pretreated with anti-PD-1; TI-04's perioperative FLOT ended <6 months before relapse (counts as first line) and the primary is oesophageal; TI-05 is resectable; TI-07 is HER2-positive, ECOG 2."),
 crit=[
  ("Locally advanced unresectable or metastatic GC or GEJ carcinoma and have\nhistologically confirmed adenocarcinoma", "inclusion",
     J(M("advanced gastric/GEJ adenocarcinoma"), TI_04=N("oesophageal (not gastric/GEJ) primary"), TI_05=N("resectable disease"), TI_06=M("recurrent unresectable gastric adenocarcinoma"))),
  ("No previous systemic therapy for locally advanced unresectable or metastatic\ngastric/GEJ cancer. NOTE: Participants may have received prior neoadjuvant or adjuvant\ntherapy as long as it was completed and have no recurrence or disease progression for\nat least 6 months.", "inclusion",
     J(N("prior palliative systemic therapy"), TI_01=M("untreated"), TI_05=M("untreated"), TI_08=M("untreated"), TI_04=N("relapse 148 days after perioperative FLOT (<6 months)"))),
  ("ECOG PS ≤ 1 within 7 days prior to randomization", "inclusion", J(M("ECOG 0-1"), TI_07=N("ECOG 2"))),
  ("Adequate organ function as indicated by the following laboratory values ≤ days prior\nto randomization", "inclusion", J(U("laboratory values not recorded"))),
  ("Has squamous cell or undifferentiated or other histological type GC", "exclusion", J(M("adenocarcinoma"))),
  ("Active leptomeningeal disease or uncontrolled brain metastasis", "exclusion", J(M("no brain metastases recorded"))),
  ("Diagnosed with gastric or GEJ adenocarcinoma with positive HER2", "exclusion",
     J(M("HER2-negative"), TI_01=N("HER2 IHC 3+"), TI_07=N("HER2 IHC 3+"), TI_02=N("diagnosed HER2-positive (IHC 2+/ISH amplified) despite later loss"), TI_05=M("IHC 2+/ISH not amplified = HER2-negative"))),
  ("Prior therapy with an anti-PD-1, anti-PD-L1, anti-PD-L2 or any other antibody or drug\nspecifically targeting T-cell co-stimulation or checkpoint pathways", "exclusion", PD1),
 ]))

# ---------------------------------------------------------------- 7 IMC002
elig = ("Inclusion Criteria:\n\n  1. The age at randomization was at least 18 years old , and both men and women were eligible.\n"
"  2. histologically or cytologically confirmed inoperable locally advanced or metastatic gastric/esophagogastric junction adenocarcinoma who have failed at least two prior lines of therapy :\n"
"    1. Radiographic progression or clinical worsening of symptoms during second-line treatment (if first-line treatment includes three drugs including taxanes (or anthracyclines), platinums, and fluorouracils, and the disease progression is assessed by the investigator, the patient may also be enrolled as an eligible subject; disease progression within 6 months after the end of neoadjuvant/adjuvant treatment is also considered a first-line treatment failure);\n"
"    2. Patients with intolerance to second-line treatment may also be enrolled in the study after full evaluation by the investigator. The definition of intolerance to previous treatment is as follows:\n"
"     any Grade ≥ 3 (according to NCI CTCAE v5.0 criteria) hematologic toxicity that has\n     not recovered to Grade 1 or pre-treatment levels after 14 days of best supportive\n     care; any Grade ≥ 3 (according to NCI CTCAE v5.0 criteria) non-hematologic ")
c2 = elig.split("  2. ", 1)[1].rstrip()
T.append(dict(
 nct="NCT07103668",
 record={"identificationModule": {"nctId": "NCT07103668", "briefTitle": "A Phase III Randomized Study in CLDN18.2-positive Unresectable Locally Advanced Gastric Cancer Patients"},
   "statusModule": {"overallStatus": "RECRUITING"},
   "designModule": {"phases": ["PHASE3"]},
   "eligibilityModule": {"eligibilityCriteria": elig, "sex": "ALL", "minimumAge": "18 Years"}},
 source={"url": "https://www.trialx.com/clinical-trials/listings/325429/a-phase-iii-randomized-study-in-cldn182-positive-unresectable-locally-advanced-gastric-cancer-patients/?place=Minatoga&radius=10&user_country=Japan",
   "also": ["https://meddatax.com/clinical-trials/NCT07103668"],
   "note": "Title, 'Recruiting', phase 3, '18 years and older', 'All' and eligibility text from trialx; the stored trialx text stops mid-sentence inside inclusion 2.2 ('non-hematologic ') - all later inclusions (CLDN18.2 positivity, ECOG, organ function...) and all exclusions are missing. meddatax confirms RECRUITING, PHASE3, 150 participants, start 2025-08-06 and the NCT id. Sponsor and sites not shown."},
 note=("IMC002 (CLDN18.2 CAR-T) vs investigator's choice, phase 3, third line or later for CLDN18.2-positive unresectable/metastatic gastric/GEJ adenocarcinoma. Status on page: recruiting. "
       "The text is cut inside inclusion 2 - only 2 criteria are visible; the CLDN18.2 threshold, ECOG, organ-function and all exclusions are not. "
       "Judged strictly on the visible text, TI-03 (2 lines failed, CLDN18.2 85%), TI-06 (3 lines) and TI-07 (3 lines) meet both visible items -> 'eligible' by the rule, although the full record would certainly add CLDN18.2, ECOG and washout requirements (TI-07: ECOG 2, no CLDN18.2 test, recent ramucirumab). "
       "TI-01/02/05/08 have <2 prior lines; TI-04's oesophageal primary is outside gastric/GEJ and his perioperative failure counts as one line only."),
 crit=[
  ("The age at randomization was at least 18 years old , and both men and women were eligible.", "inclusion", J(M("adult"))),
  (c2, "inclusion",
     J(N("fewer than two prior lines failed"), TI_03=M("progressed on 1L nivolumab+CAPOX and 2L ramucirumab+paclitaxel"), TI_06=M("progressed on 1L and 3L; 2L stopped for grade 3 neuropathy"), TI_07=M("progressed on 1L and 3L; T-DXd stopped for pneumonitis"), TI_04=N("oesophageal primary; perioperative failure = 1 line only"))),
 ]))

# ---------------------------------------------------------------- 8 HLX43
elig = ("Inclusion Criteria:1. Have a full understanding of the study content, process, and possible adverse\nreactions before the study, and sign the ICF; voluntarily participate in the study; be\nable to complete the study as per protocol requirements;\n"
"2. ≥ 18 years and ≤ 75 years at the time of signing the ICF, male or female;\n"
"3. Patients with histologically or cytologically confirmed advanced/metastatic malignant\nsolid tumors, who are refractory to or intolerable with standard treatment, or for\nwhich no standard treatment is available;\n"
"4. At least one measurable lesion as per RECIST 1.1 within 4 weeks prior to the first\nadministration;\n"
"5. An ECOG performance status score of 0-1 within 7 days prior to the first\nadministration;\n"
"6. Life expectancy > 3 months;\n"
"7. The following conditions must be met in terms of the time of the first administration\nof the investigational product: at least 28 days from the previous major surgery,\nmedical device treatment, locoregional radiotherapy (except for palliative\nradiotherapy for bone lesions), cytotoxic chemotherapy, immunotherapy, or biological\nproduct therapy; at least 14 days from the previous small molecular targeted therapy;\nat least 14 days from the previous hormone therapy, administration of the traditional\nChinese medicine for anti-tumor indications, or minor surgery; and recovery of\ntreatment-induced AEs to grade ≤ 1 (CTCAE v5.0, except for alopecia);\n"
"8. Subjects who agree to provide archived tumor tissue specimens that meet the testing\nrequirements (either from the most rec")
def num_items(text, n):
    out = []
    for i in range(1, n + 1):
        a = text.index(f"{i}. ") + len(f"{i}. ")
        b = text.index(f"\n{i+1}. ") if i < n else len(text)
        out.append(text[a:b].strip())
    return out
hx = num_items(elig, 8)
REFRACT = J(N("standard treatment lines still available (untreated or 1 prior line)"), TI_03=U("progressed on 2 lines; 3rd-line standards (e.g. trifluridine/tipiracil) not yet used - investigator's call"), TI_06=M("progressed through 3 lines of standard therapy"), TI_07=M("progressed through 3 lines incl. T-DXd"), TI_05=N("resectable, not advanced"))
T.append(dict(
 nct="NCT06115642",
 record={"identificationModule": {"nctId": "NCT06115642", "briefTitle": "A Phase I Study to Evaluate the Safety, Tolerability, and PK of HLX43 in Advanced/Metastatic Solid Tumors"},
   "statusModule": {"overallStatus": "RECRUITING"},
   "designModule": {"phases": ["PHASE1"]},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Shanghai Henlius Biotech"}},
   "eligibilityModule": {"eligibilityCriteria": elig, "sex": "ALL"}},
 source={"url": "https://clinicaltrialexchange.com/clinical-trials/A-Phase-I-Study-to-Evaluate-the-Safety-Tolerability-and-PK-of-HLX43-in-Advanced-Metastatic-Solid-Tumors/NCT06115642",
   "also": [],
   "note": "Everything from clinicaltrialexchange (status Recruiting, trial end date 2025-11-30 on the page, phase 1, sponsor, sex). The page runs 'Inclusion Criteria:1.' together and the stored text stops mid-word in inclusion 8 ('the most rec'); inclusion 8 is kept (meaning clear: agree to provide archived tissue); later inclusions and all exclusions are missing."},
 note=("HLX43 first-in-human phase 1 (Henlius, China), advanced solid tumours refractory to standard therapy (a basket that admits gastric/GEJ adenocarcinoma). Status on page: recruiting. Text cut in inclusion 8. "
       "Heavily pretreated TI-06 and TI-07 fit the disease item but fail the 28-day washout (irinotecan last 2026-11-10; ramucirumab/paclitaxel last 2026-11-05, as of 2026-12-01); TI-07 is also ECOG 2. "
       "TI-03 (2 lines, last dose 2026-10-30) is possibly eligible - whether she counts as 'refractory to standard treatment' before third-line standards is the investigator's call. Untreated/1-line cases and the resectable case are not refractory; TI-04 has no measurable lesion."),
 crit=[
  (hx[0], "inclusion", J(U("consent not recorded"))),
  (hx[1], "inclusion", J(M("age within 18-75"))),
  (hx[2], "inclusion", REFRACT),
  (hx[3], "inclusion", J(M("measurable disease recorded"), TI_04=N("non-measurable disease"))),
  (hx[4], "inclusion", J(M("ECOG 0-1"), TI_07=N("ECOG 2"))),
  (hx[5], "inclusion", J(U("life expectancy not recorded"))),
  (hx[6], "inclusion",
     J(M("no therapy within 28 days; no unresolved toxicity recorded"), TI_01=M("untreated"), TI_05=M("untreated"), TI_08=M("untreated"),
       TI_06=N("irinotecan last given 2026-11-10 (21 days); grade 3 neuropathy recovery not recorded"), TI_07=N("ramucirumab/paclitaxel last given 2026-11-05 (26 days)"))),
  (hx[7], "inclusion", J(U("tissue availability/consent not recorded"))),
 ]))

# ---------------------------------------------------------------- 9 HLX23
elig = ("Inclusion Criteria:\n\n1. Volunteer to participate, fully understand the study and have signed the ICF, willing\nand have the capacity to comply with and complete all trial procedures;\n\n"
"2. Aged ≥ 18 years when signing the ICF;\n\n"
"3. Patients with advanced or metastatic solid tumors confirmed by histologically or\ncytologically, who have failed standard treatment, or who do not have standard\ntreatment regimens, or who are not suitable for standard treatment;\n\n"
"4. Patients with at least one measurable lesion assessed as per RECIST1.1 criteria;\n\n"
"5. Patients must be able to supply adequate tumor tissue for biomarker (CD73) analyses;\n\n"
"6. Eastern Cooperative Oncology Group (ECOG) performance status ≤ 2 when enrolled in the\nstudy;\n\n"
"7. Life expectancy longer than three months;\n\n8. Adequate hematologic functions;\n\n9. Adequate hepatic function ;\n\n"
"10. Adequate renal function, as defined by the creatinine clearance rate ≥ 50 mL/minute by\nCockcroft-Gault formula;\n\n"
"11. Adequate cardiac function ;\n\n"
"12. At least 28 days from prior major surgery or medical device or local radiotherapy, at\nleast five half-lives from prior cytotoxic chemotherapy, immunotherapy, biological\nagents and at least 14 days from prior hormonal therapy and minor surgery before the\nfirst infusion of HLX23;\n\n"
"13. For patients with hepatocellular carcinoma, the Child-Pugh score has to be A;\n\n"
"14. Female participants of childbearing potential and male partners with female partners\nof childbearing potential must agree to use one adequate and medically approved\nbarrier method of contrace")
h23 = num_items(elig.replace("\n\n", "\n"), 14)
h23 = [x for x in h23]
# restore original whitespace by locating in elig
def find_item(text, i, n):
    a = text.index(f"{i}. ") + len(f"{i}. ")
    b = text.index(f"\n\n{i+1}. ") if i < n else len(text)
    return text[a:b].strip()
h23 = [find_item(elig, i, 14) for i in range(1, 15)]
REFRACT2 = J(N("standard treatment still available (untreated or 1 prior line)"), TI_03=U("failed 2 lines; 3rd-line standards not yet used - investigator's call"), TI_06=M("failed 3 lines of standard therapy"), TI_07=M("failed 3 lines incl. T-DXd"), TI_05=N("resectable, not advanced"))
T.append(dict(
 nct="NCT04797468",
 record={"identificationModule": {"nctId": "NCT04797468", "briefTitle": "A Phase 1 Study of the CD73 Inhibitor(HLX23) Alone in Participants With Solid Tumor"},
   "statusModule": {"overallStatus": "NOT_YET_RECRUITING"},
   "designModule": {"phases": ["PHASE1"]},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Shanghai Henlius Biotech"}},
   "eligibilityModule": {"eligibilityCriteria": elig, "sex": "ALL"}},
 source={"url": "https://www.clinicaltrialexchange.com/clinical-trials/A-Phase-1-Study-of-the-CD73-Inhibitor-HLX23-Alone-in-Participants-With-Solid-Tumor/NCT04797468",
   "also": ["https://ignite-sd.com/clinical/show/eligibilitymodule/35000"],
   "note": "Title, status 'Not yet recruiting' (trial end date 2023-11-01 on the page: stale), phase 1, sponsor, sex and eligibility text from clinicaltrialexchange; its stored text stops mid-word in inclusion 14 ('contrace'; kept, meaning clear); exclusions missing. ignite-sd holds a later single-line version that differs (item 4 'evaluable lesion', item 5 'CD73 and CD68') and is also cut in item 14 - the clinicaltrialexchange version is used."},
 note=("HLX23 (anti-CD73) first-in-human phase 1 (Henlius, China) in advanced solid tumours after standard therapy; ECOG up to 2 allowed. Status on page: not yet recruiting (stale snapshot). Text cut in inclusion 14; exclusions missing. "
       "The wash-out item is 'five half-lives' for chemotherapy/antibodies: TI-06's last drug (irinotecan, 21 days ago) is long washed out, so she is possibly eligible; TI-03 (ramucirumab 32 days ago) and TI-07 (ramucirumab 26 days ago) are inside five half-lives of ramucirumab (~2 weeks each) -> ineligible now. "
       "'Adequate cardiac function' is undefined: LVEF 48% (TI-07) left unknown."),
 crit=[
  (h23[0], "inclusion", J(U("consent not recorded"))),
  (h23[1], "inclusion", J(M("adult"))),
  (h23[2], "inclusion", REFRACT2),
  (h23[3], "inclusion", J(M("measurable disease recorded"), TI_04=N("non-measurable disease"))),
  (h23[4], "inclusion", J(U("tissue availability not recorded"))),
  (h23[5], "inclusion", J(M("ECOG 0-2"))),
  (h23[6], "inclusion", J(U("life expectancy not recorded"))),
  (h23[7], "inclusion", J(U("blood counts not recorded"))),
  (h23[8], "inclusion", J(U("liver tests not recorded"), TI_04=U("liver tests not recorded; chronic hepatitis B"))),
  (h23[9], "inclusion", J(U("creatinine clearance not recorded"))),
  (h23[10], "inclusion", J(M("LVEF normal, no cardiac condition recorded"), TI_07=U("LVEF 48%; 'adequate' not defined"))),
  (h23[11], "inclusion",
     J(M("last systemic therapy long ago"), TI_01=M("untreated"), TI_05=M("untreated"), TI_08=M("untreated"),
       TI_02=N("pembrolizumab/trastuzumab last 2026-09-20 (72 days) - within five half-lives of the antibodies"),
       TI_03=N("ramucirumab last 2026-10-30 (32 days) - within five half-lives"),
       TI_06=M("irinotecan last 2026-11-10 (21 days) > five half-lives; ramucirumab stopped 2026-03"),
       TI_07=N("ramucirumab last 2026-11-05 (26 days) - within five half-lives"))),
  (h23[12], "inclusion", J(M("does not apply (not hepatocellular carcinoma)"))),
  (h23[13], "inclusion", J(U("male; partner/contraception not recorded"), TI_02=M("post-menopausal by age (67)"), TI_06=M("post-menopausal by age (63)"), TI_03=U("woman of child-bearing potential; willingness not recorded"), TI_08=U("49-year-old woman; menopausal status not recorded"))),
 ]))

# ---------------------------------------------------------------- 10 Fudan MSI-H adjuvant
elig = ("Inclusion Criteria:\n\n1. Written (signed) informed consent;\n\n2. D2 radical gastrectomy for gastric cancer\n\n"
"3. Postoperative pathology confirmed pT3-4NanyM0 gastric adenocarcinoma with dMMR/MSI-H\nstatus;\n\n"
"4. Female or male, 18-75 years;\n\n5. ECOG 0-1, no surgery contraindications;\n\n"
"6. No initial treatment (radiotherapy / chemotherapy / immunotherapy).;\n\n7. Esophagus not involved ≥ 3cm;\n\n"
"8. Basic diseases without thyroid and cardiopulmonary dysfunction\n\n"
"9. Adequate hematological, liver, renal and coagulation function; 1) Platelet (PLT) count\n≥100,000 /mm3; 2) Neutrophil c")
fd = [find_item(elig, i, 9) for i in range(1, 10)]
T.append(dict(
 nct="NCT05468138",
 record={"identificationModule": {"nctId": "NCT05468138", "briefTitle": "PD-1 Antibody Adjuvant Therapy for GC Patients With MSI-H After D2 Radical Surgery"},
   "statusModule": {"overallStatus": "NOT_YET_RECRUITING"},
   "designModule": {"phases": ["PHASE2"]},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Fudan University"}},
   "eligibilityModule": {"eligibilityCriteria": elig, "sex": "ALL"}},
 source={"url": "https://www.clinicaltrialexchange.com/clinical-trials/PD-1-Antibody-Adjuvant-Therapy-for-GC-Patients-With-MSI-H-After-D2-Radical-Surgery/NCT05468138",
   "also": ["https://clinconnect.io/trials/NCT05468138", "https://meddatax.com/clinical-trials/NCT05468138"],
   "note": "Title, status 'Not yet recruiting', phase 2, sponsor Fudan University, sex and eligibility text from clinicaltrialexchange; its stored text stops mid-word in inclusion 9 ('Neutrophil c'; kept, meaning clear); later items and all exclusions missing. clinconnect shows a different version of inclusion 3 ('II-IIIc stage gastric adenocarcinoma with dMMR/MSI-H'); meddatax: NOT_YET_RECRUITING, 141 participants, last updated 2022-08-26."},
 note=("Fudan University (Shanghai) randomised phase 2: adjuvant PD-1 antibody vs chemotherapy vs observation after D2 gastrectomy for pT3-4 M0 dMMR/MSI-H gastric adenocarcinoma. Status on page: not yet recruiting (last update 2022). Text cut in inclusion 9. "
       "No case qualifies: none has had a D2 gastrectomy in the adjuvant window; the only dMMR/MSI-H case (TI-08) is unresectable and unoperated; TI-05 is pMMR and not yet operated."),
 crit=[
  (fd[0], "inclusion", J(U("consent not recorded"))),
  (fd[1], "inclusion", J(N("no D2 gastrectomy (advanced or not yet operated)"), TI_04=N("oesophageal primary; recurrent"), TI_06=N("resected 2024 but now recurrent - not in the adjuvant setting"))),
  (fd[2], "inclusion", J(N("no post-operative pathology / pMMR"), TI_08=N("dMMR/MSI-H but unresectable, no resection specimen"))),
  (fd[3], "inclusion", J(M("age within 18-75"))),
  (fd[4], "inclusion", J(M("ECOG 0-1, no surgical contraindication recorded"), TI_07=N("ECOG 2"))),
  (fd[5], "inclusion", J(N("prior chemotherapy/immunotherapy"), TI_01=M("untreated"), TI_05=M("untreated"), TI_08=M("untreated"))),
  (fd[6], "inclusion", J(U("oesophageal extension not recorded"), TI_04=N("oesophageal primary"))),
  (fd[7], "inclusion", J(U("thyroid function not recorded"), TI_07=N("ILD and LVEF 48%"))),
  (fd[8], "inclusion", J(U("laboratory values not recorded"))),
 ]))

# ---------------------------------------------------------------- 11 Nanjing neoadjuvant sintilimab biomarker
elig = ("Inclusion Criteria:\n\n  1. G/GEJ adenocarcinoma patients aged 18-75 years old, male or female;\n"
"  2. Patients with cStage III by abdominal CT and intraoperative assessment, and G/GEJ adenocarcinoma diagnosed by gastroscope and pathology (regardless of HER-2 expression), and gastroesophageal junction (GEJ) cancer only allows Siewert III Type II, and Siewert type II subjects who did not require combined thoracotomy were enrolled.\n"
"  3. Before enrollment, a gastrointestinal surgeon and an imaging technologist will jointly evaluate the tumor as cStage III and be eligible for R0 resection for the purpose of cure;\n"
"  4. The initial diagnosis has not been treated;\n  5. Expected survival period ≥ 3 months;\n"
"  6. According to the RECIST v1.1 criteria (see Annex 3 for details), there are measurable tumor lesions;\n"
"  7. The ECOG PS score within 7 days of the first medication (see Annex 4 for details) is 0-1;\n"
"  8. The heart function is good, and resection for curative purpose can be performed. Patients with underlying ischemic, valvular, or other serious cardiac disease should be evaluated preoperatively by a cardiologist if clinically indicated;\n"
"  9. Those who have used anti-tumor traditional Chinese medicines, proprietary Chinese medicines, and immunomodulators (such ")
nj = [elig.split(f"  {i}. ", 1)[1].split("\n", 1)[0].strip() for i in range(1, 9)]
T.append(dict(
 nct="NCT05594381",
 record={"identificationModule": {"nctId": "NCT05594381", "briefTitle": "A Biomarker Study for Predicting the Efficacy of Neoadjuvant Sintilimab Plus SOX for Gastric Adenocarcinoma."},
   "statusModule": {"overallStatus": "NOT_YET_RECRUITING"},
   "conditionsModule": {"conditions": ["Gastric Cancer"]},
   "designModule": {"phases": ["PHASE2"]},
   "sponsorCollaboratorsModule": {"leadSponsor": {"name": "The First Affiliated Hospital with Nanjing Medical University"}},
   "eligibilityModule": {"eligibilityCriteria": elig, "sex": "ALL", "minimumAge": "18 Years", "maximumAge": "75 Years"}},
 source={"url": "https://trials.co/clinical-trials-details/a-biomarker-study-for-predicting-the-efficacy-of-neoadjuvant-sintilimab-plus-sox-for-gastric-adenocarcinoma/NCT05594381",
   "also": [],
   "note": "Everything from trials.co (status Not yet recruiting, phase 2, sponsor, condition, 18-75 years, all sexes). The stored text stops mid-sentence in inclusion 9 ('immunomodulators (such '); item 9 is dropped as a criterion because its meaning (permitted or excluded?) cannot be read; all exclusions missing."},
 note=("Nanjing (China) phase 2: neoadjuvant sintilimab + SOX with ctDNA biomarkers for cStage III gastric/GEJ adenocarcinoma planned for R0 resection. Status on page: not yet recruiting. Text cut in inclusion 9 (dropped). "
       "TI-05 (untreated resectable GEJ, ECOG 0, measurable) is possibly eligible: cStage III and Siewert type are not recorded. Advanced cases fail the stage/resectability items; TI-04 is oesophageal."),
 crit=[
  (nj[0], "inclusion", J(M("gastric/GEJ adenocarcinoma, age within 18-75"), TI_04=N("oesophageal adenocarcinoma"))),
  (nj[1], "inclusion", J(N("stage IV / recurrent disease"), TI_05=U("GEJ; cStage and Siewert type not recorded"), TI_08=U("locally advanced; cStage not recorded"))),
  (nj[2], "inclusion", J(N("not eligible for curative R0 resection"), TI_05=U("resectable; cStage III not documented"))),
  (nj[3], "inclusion", J(N("previously treated"), TI_01=M("untreated"), TI_05=M("untreated"), TI_08=M("untreated"))),
  (nj[4], "inclusion", J(U("life expectancy not recorded"))),
  (nj[5], "inclusion", J(M("measurable disease recorded"), TI_04=N("non-measurable disease"))),
  (nj[6], "inclusion", J(M("ECOG 0-1"), TI_07=N("ECOG 2"))),
  (nj[7], "inclusion", J(M("LVEF normal, no cardiac disease recorded"), TI_07=N("LVEF 48%"))),
 ]))

# ---------------------------------------------------------------- write
def verdict(crit):
    vs = {}
    for c in C:
        st = [j[c][0] for (_, _, j) in crit]
        vs[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    return vs

for t in T:
    rec = {"protocolSection": t["record"], "source": dict(t["source"], retrieved="2026-12-05")}
    json.dump(rec, open(f"{ROOT}/records/{t['nct']}.json", "w"), ensure_ascii=False, indent=2)
    elig_text = t["record"]["eligibilityModule"]["eligibilityCriteria"]
    crits = []
    for text, kind, j in t["crit"]:
        assert text in elig_text, (t["nct"], text[:60])
        crits.append({"text": text, "kind": kind,
                      "judgements": {c: j[c][0] for c in C},
                      "reasons": {c: j[c][1] for c in C}})
    doc = {"nct_id": t["nct"], "reviewer_note": t["note"], "verdicts": verdict(t["crit"]), "criteria": crits}
    yaml.safe_dump(doc, open(f"{ROOT}/TI/{t['nct']}.yaml", "w"), allow_unicode=True, sort_keys=False, width=120)
    print(t["nct"], len(crits), doc["verdicts"])
