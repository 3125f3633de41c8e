"""Judgement tables: per record, one (text-prefix check, judgements) per criterion item, in record order."""
from common import J, M, N, U

DNA = "does not apply — "
STOMACH = ("c01", "c02", "c05", "c07")
GEJ = ("c04", "c06", "c08")
def for_(cases, st, reason):
    return {c: (st, reason) for c in cases}

# ---------------------------------------------------------------- NCT04482309 (DESTINY-PanTumor02-like)
g_excl = {**for_(STOMACH, N, "stomach adenocarcinoma: gastric cancer is excluded from this cohort"),
          **for_(GEJ, N, "GEJ adenocarcinoma: treated as gastric (the record excludes GEJ with gastric body)")}
T1 = [
 ("Locally advanced, unresectable", J(M, "metastatic disease (setting: metastatic)",
    c01=(M, "recurrent disease after gastrectomy, on palliative therapy (setting: recurrent)"),
    c03=(M, "recurrent disease (liver/nodal) after oesophagectomy (setting: recurrent)"),
    c07=(N, "resectable cancer (setting: resectable) — not advanced/unresectable"))),
 ("Part 1:The respective cohorts", J(N, "no Part 1 cohort admits a gastric/GEJ adenocarcinoma (Cohort 7 excludes gastric cancer; Cohorts 1-6 other tumours)",
    c03=(M, "fits Part 1 Cohort 7 (oesophageal adenocarcinoma expressing HER2)"))),
 ("Cohort 1: Biliary", J(M, DNA + "biliary tract cancer cohort")),
 ("Cohort 2: Bladder", J(M, DNA + "bladder cancer cohort")),
 ("Cohort 3: Cervical", J(M, DNA + "cervical cancer cohort")),
 ("Cohort 4: Endometrial", J(M, DNA + "endometrial cancer cohort")),
 ("Cohort 5: Epithelial ovarian", J(M, DNA + "ovarian cancer cohort")),
 ("Cohort 6: Pancreatic", J(M, DNA + "pancreatic cancer cohort")),
 ("Cohort 7: Rare tumors", J(M, "", **g_excl,
    c03=(M, "oesophageal adenocarcinoma with HER2 IHC 3+ (2026-10-12); oesophagus is not among the excluded tumours"))),
 ("Part 2:The respective cohorts", J(N, "Part 2 Cohorts A/B exclude gastric cancer (GEJ excluded by the exclusion list); C-E are other tumours",
    c03=(M, "fits Part 2 Cohort A (non-gastric tumour, HER2 IHC 3+)"))),
 ("Cohort A: Metastatic or advanced solid tumors that are HER2 IHC 3+", J(M, "", **g_excl,
    c03=(M, "oesophageal adenocarcinoma, latest HER2 IHC 3+ (2026-10-12)"))),
 ("Cohort B: Metastatic", J(M, "", **g_excl,
    c03=(M, DNA + "latest HER2 is IHC 3+ (Cohort A route); earlier IHC 2+/ISH amplified would also fit"))),
 ("Cohort C:", J(M, DNA + "endometrial cancer cohort")),
 ("Cohort D:", J(M, DNA + "ovarian cancer cohort")),
 ("Cohort E:", J(M, DNA + "cervical cancer cohort")),
 ("Progressed following prior", J(M, "progressed on prior palliative therapy",
    c01=(M, "progressed on two palliative lines (last 2026-11-05)"),
    c02=(N, "untreated; standard first-line options exist (no prior treatment, satisfactory alternatives)"),
    c03=(M, "recurred 4 months after neoadjuvant therapy (counts as a prior line, C6)"),
    c05=(M, "progressed on four lines including T-DXd"),
    c07=(N, "untreated resectable cancer; curative surgery is a satisfactory alternative"))),
 ("Prior HER2 targeting therapy is permitted", J(M, "permissive statement; no HER2-directed therapy given",
    c04=(M, "permissive: prior trastuzumab allowed"), c05=(M, "permissive: prior trastuzumab, T-DXd, disitamab vedotin allowed"),
    c06=(M, "permissive: prior trastuzumab allowed"))),
 ("HER2 expression scored using current ASCO/CAP", J(M, "HER2 IHC scored with gastric criteria",
    c08=(U, "no tissue HER2 IHC (ctDNA ERBB2 amplification only)"))),
 ("Part 1: IHC 3+ or IHC 2+", J(M, "",
    c01=(M, "IHC 2+ (2024-09-20)"), c02=(N, "HER2 IHC 0"), c03=(M, "IHC 3+ (2026-10-12)"),
    c04=(N, "most recent HER2 IHC 1+ (2025-12-10) after HER2 loss"), c05=(M, "IHC 3+ (2024-09-02)"),
    c06=(M, "IHC 3+ (2026-10-20)"), c07=(N, "HER2 IHC 1+"), c08=(U, "no tissue IHC; ctDNA only"))),
 ("Part 2: IHC and ISH results by central", J(U, "no central HER2 IHC/ISH result yet")),
 ("Has measurable target disease", J(M, "measurable disease: true",
    c07=(U, "measurable_disease not recorded (resectable primary)"))),
 ("Has protocol- defined adequate organ function", J(U, "laboratory organ function not in the case",
    c02=(N, "LVEF 40% with heart failure — below the LVEF >=50% cardiac threshold used in T-DXd protocols"),
    c08=(U, "labs and LVEF not recorded"))),
 ("History of non-infectious pneumonitis/ILD", J(M, "no ILD or pneumonitis listed",
    c05=(N, "ILD listed; grade 2 pneumonitis on T-DXd (2025-11) — grade 2 T-DXd ILD requires systemic steroids per label"))),
 ("Lung-specific intercurrent", J(U, "lung comorbidity beyond ILD/pneumonitis is not a case field",
    c05=(U, "ILD history (decided above); current severity of lung disease not recorded"))),
 ("Uncontrolled infection requiring intravenous", J(U, "infection status is not a case field",
    c01=(U, "chronic hepatitis B listed; control status not a case field"),
    c07=(U, "hepatitis C history listed; current status not a case field"),
    c08=(U, "HIV listed; control status and other infections not case fields"))),
 ("Pleural effusion, ascites or pericardial", J(U, "effusions/ascites not recorded")),
 ("Known Somatic DNA mutation of HER2", J(M, "no ERBB2 mutation known; tumour HER2 protein assessed by IHC",
    c08=(U, "ERBB2 alteration known only from ctDNA; tumoral HER2 protein expression never tested"))),
 ("Primary diagnosis of adenocarcinoma of the breast", J(N, "",
    **for_(STOMACH, N, "primary gastric adenocarcinoma — excluded (read as all gastric primaries, not only the body)"),
    **for_(GEJ, N, "primary GEJ adenocarcinoma — excluded in Parts 1 and 2"),
    c03=(M, "primary oesophageal adenocarcinoma — not breast, colorectal, gastric or GEJ"))),
 ("Medical conditions that may interfere", J(U, "investigator judgement; full comorbidity not in the case")),
]

# ---------------------------------------------------------------- NCT06241456 (FT825 CAR-T)
T2 = [
 ("Histopathological or cytologically confirmed", J(U, "advanced adenocarcinoma; the protocol-defined tumour criteria (e.g. HER2 level per arm) are not in the record",
    c07=(U, "resectable cT3N1 could be called locally advanced; protocol-defined criteria not in the record"))),
 ("Disease that is not amenable to curative therapy", J(U, "incurable advanced disease; required prior therapies per tumour type are protocol-defined, not in the record",
    c02=(U, "incurable metastatic disease but untreated; required prior therapies are protocol-defined"),
    c07=(N, "resectable — curative gastrectomy is possible"))),
 ("Contraceptive use", J(M, "contraception item (convention C1)")),
 ("Eastern Cooperative Oncology Group (ECOG) Performance Status 0 or 1", J(M, "ECOG 1",
    c02=(N, "ECOG 2"), c06=(M, "ECOG 0"), c08=(N, "ECOG 3"))),
 ("Presence of measurable disease", J(M, "measurable disease: true (timing is a screening procedure)",
    c07=(U, "measurable_disease not recorded"))),
 ("Anticipated life expectancy", J(U, "life expectancy: unknown (convention C2)")),
 ("Females who are pregnant", J(M, DNA + "male",
    c01=(U, "woman of 44 — pregnancy status not recorded (C2)"), c04=(M, "woman aged 63 (C2)"),
    c06=(U, "woman of 36 — pregnancy/breast-feeding status not recorded (C2)"), c07=(M, "woman aged 74 (C2)"))),
 ("Evidence of inadequate organ function", J(U, "laboratory organ function not in the case",
    c02=(U, "labs not in the case; LVEF 40% judged under cardiovascular disease"))),
 ("Clinically significant cardiovascular disease", J(U, "heart failure not listed; other cardiovascular disease not a case field",
    c02=(N, "heart failure with LVEF 40%"))),
 ("Known active central nervous system", J(M, "no brain metastases listed",
    c05=(U, "brain metastases listed; whether active is not a case field"),
    c08=(U, "brain metastases listed; whether active (treated/untreated) is not a case field"))),
 ("Non-malignant CNS disease", J(U, "stroke/epilepsy/neurodegenerative history not recorded")),
 ("Active bacterial, fungal, or viral infections", J(U, "infection status not a case field (no hepatitis/HIV listed)",
    c01=(U, "chronic hepatitis B listed; HBV activity (DNA) not a case field"),
    c07=(U, "hepatitis C history listed; viraemia not a case field"),
    c08=(U, "HIV listed; viral control not a case field (decided under immune deficiency)"))),
 ("Prior receipt of chimeric antigen receptor", J(M, "no cellular therapy in the treatment history")),
 ("History of (non-infectious) interstitial lung disease", J(M, "no ILD or pneumonitis listed",
    c05=(N, "ILD listed; grade 2 pneumonitis on T-DXd (2025-11) — steroid-requiring per T-DXd label"))),
 ("Any history of Grade ≥3 immune-related AE", J(M, DNA + "no prior immunotherapy",
    c01=(M, "prior nivolumab; only grade 1 neuropathy recorded (not immune-related)"),
    c04=(M, "prior pembrolizumab; no toxicities recorded"),
    c06=(M, "prior pembrolizumab; grade 2 hypothyroidism only (grade <3, endocrinopathy)"),
    c08=(N, "grade 3 colitis on FOLFOX + nivolumab, stopped for toxicity — immune-related colitis"))),
 ("Active or history of autoimmune disease", J(M, "no autoimmune disease, HIV or transplant listed",
    c04=(N, "autoimmune disease listed"), c08=(N, "HIV infection — acquired immune deficiency"))),
 ("Receipt of an allograft organ transplant", J(M, "no organ transplant listed")),
]

# ---------------------------------------------------------------- NCT06346392 (AZD0901, CLARITY-Gastric 01)
T3 = [
 ("Capable of giving signed informed consent", J(M, "consent item (C1)")),
 ("Participant must be at least 18 years", J(M, "adult",
    **{f"c0{i}": (M, f"age {a}") for i, a in zip(range(1, 9), (44, 82, 57, 63, 58, 36, 74, 67))})),
 ("Histologically confirmed unresectable", J(M, "metastatic gastric/GEJ adenocarcinoma",
    c01=(M, "recurrent gastric adenocarcinoma after gastrectomy, on palliative therapy"),
    c02=(M, "metastatic gastric adenocarcinoma"),
    c03=(U, "oesophageal adenocarcinoma; whether it is in the distal third is not a case field"),
    c04=(M, "metastatic GEJ adenocarcinoma"), c05=(M, "metastatic gastric adenocarcinoma"),
    c06=(M, "metastatic GEJ adenocarcinoma"),
    c07=(N, "resectable gastric cancer — not unresectable/advanced"),
    c08=(M, "metastatic GEJ adenocarcinoma"))),
 ("(a) Participants with positive CLDN18.2", J(U, "CLDN18.2 never tested; needs archival (<=24 months) or fresh tissue",
    c01=(U, "CLDN18.2 40% (2026-03-30, within 24 months); the positivity cut-off is not stated in the record"),
    c02=(M, "CLDN18.2 75% (2026-10-28) — positive at any published cut-off"),
    c03=(U, "CLDN18.2 10% (2026-10-12); the positivity cut-off is not stated (10% is likely below it)"),
    c04=(M, "CLDN18.2 85% on the 2025-12-10 biopsy (within 24 months)"),
    c06=(U, "CLDN18.2 30% (2026-10-20); the positivity cut-off is not stated"))),
 ("Disease progression on or after at least one prior line", J(M, "",
    c01=(M, "progressed after nivolumab + capecitabine + oxaliplatin (line 1)"),
    c02=(N, "no prior treatment"),
    c03=(N, "only prior therapy is neoadjuvant paclitaxel-based chemoradiation (counts as a line, C6) — no fluoropyrimidine"),
    c04=(M, "progressed after trastuzumab + pembrolizumab + capecitabine + oxaliplatin"),
    c05=(M, "progressed after trastuzumab + capecitabine + oxaliplatin"),
    c06=(M, "progressed after trastuzumab + pembrolizumab + capecitabine + oxaliplatin"),
    c07=(N, "no prior treatment; not advanced"),
    c08=(M, "FOLFOX + nivolumab (line 1) then progression after line 2 — progression after an FP + platinum line"))),
 ("Must have at least one measurable", J(M, "measurable disease: true", c07=(U, "measurable_disease not recorded"))),
 ("ECOG performance status of 0 or 1", J(M, "ECOG 1", c02=(N, "ECOG 2"), c06=(M, "ECOG 0"), c08=(N, "ECOG 3"))),
 ("Predicted life expectancy", J(U, "life expectancy: unknown (C2)")),
 ("Adequate organ and bone marrow function", J(U, "laboratory values not in the case (C3)")),
 ("Body weight of", J(U, "body weight is not a case field")),
 ("Sex and Contraceptive Requirements", J(M, "contraception item (C1)")),
 ("Participants with known HER2 positive status", J(M, "",
    c01=(M, "most recent HER2 IHC 2+/ISH not amplified (2024-09) — HER2-negative"),
    c02=(M, "HER2 IHC 0"), c03=(N, "HER2 IHC 3+ (2026-10-12)"),
    c04=(M, "most recent HER2 IHC 1+/ISH not amplified (2025-12) — HER2 lost after trastuzumab; most recent result rules"),
    c05=(N, "HER2 IHC 3+ (2024-09-02)"), c06=(N, "HER2 IHC 3+ (2026-10-20)"), c07=(M, "HER2 IHC 1+"),
    c08=(U, "no tissue HER2 IHC/ISH; ctDNA ERBB2 amplification suggests but does not define positivity here"))),
 ("Participants must undergo local", J(M, "local HER2 IHC/ISH on record",
    c08=(U, "no tissue HER2 IHC/ISH done — required before eligibility"))),
 ("Participant has significant or unstable gastric bleeding", J(U, "bleeding/ulcer status not recorded")),
 ("CNS metastases or CNS pathology", J(U, "no brain metastases listed, but epilepsy/stroke/dementia/psychiatric history not recorded",
    c05=(N, "brain metastases listed"), c08=(N, "brain metastases listed"))),
 ("Participant has known clinically significant corneal", J(U, "corneal disease not recorded")),
 ("Persistent toxicities (CTCAE Grade", J(M, "no toxicity of grade >=2 recorded",
    c01=(M, "only grade 1 neuropathy recorded"), c02=(M, DNA + "no prior anticancer therapy"),
    c04=(M, "only grade 1 neuropathy recorded"),
    c05=(U, "grade 2 pneumonitis on T-DXd (2025-11); whether it persists at grade >=2 is not recorded"),
    c06=(M, "grade 2 hypothyroidism is irreversible and not expected to be worsened by an MMAE ADC (allowed by the second sentence)"),
    c07=(M, DNA + "no prior anticancer therapy"),
    c08=(U, "grade 3 colitis on nivolumab (2026-01); resolution not recorded"))),
 ("Prior exposure to any ADC with MMAE", J(M, "no MMAE ADC or CLDN18.2-directed therapy in the history",
    c05=(N, "prior disitamab vedotin (MMAE payload), line 3 2026"))),
]

# ---------------------------------------------------------------- NCT06356311 (sac-TMT, MK-2870-015)
LAST = {"c01": "2026-11-05", "c03": "2026-06-01", "c04": "2026-10-30", "c05": "2026-10-30", "c06": "2026-10-05", "c08": "2026-09-21"}
T4 = [
 ("Has a histologically-or cytologically-confirmed", J(M, "advanced/metastatic adenocarcinoma of stomach/GEJ/oesophagus",
    c03=(M, "recurrent oesophageal adenocarcinoma"), c07=(N, "resectable — not advanced/unresectable"))),
 ("Has measurable disease per Response Evaluation Criteria in Solid Tumors 1.1", J(M, "measurable disease: true",
    c07=(U, "measurable_disease not recorded"))),
 ("Has received, and progressed on, at least 2 prior", J(M, "",
    c01=(M, "progressed on nivolumab + XELOX and on ramucirumab + paclitaxel"), c02=(N, "no prior treatment"),
    c03=(N, "only the neoadjuvant regimen counts (C6) — one line"),
    c04=(M, "progressed on trastuzumab + pembrolizumab + CAPOX and on ramucirumab + paclitaxel"),
    c05=(M, "four prior palliative lines with progression"), c06=(N, "one prior palliative line"),
    c07=(N, "no prior treatment"),
    c08=(U, "line 1 stopped for toxicity, not progression; only line 2 ended in progression"))),
 ("Participants are eligible regardless of human epidermal", J(M, "",
    c01=(M, DNA + "HER2-negative (IHC 2+/ISH-)"), c02=(M, DNA + "HER2 IHC 0"),
    c03=(N, "HER2-positive (IHC 3+) and never received trastuzumab, which is available in GB"),
    c04=(M, "received trastuzumab (line 1)"), c05=(M, "received trastuzumab (line 1)"),
    c06=(M, "received trastuzumab (line 1)"), c07=(M, DNA + "HER2 IHC 1+"),
    c08=(U, "HER2 known only from ctDNA (ERBB2 amplified); no trastuzumab given"))),
 ("Has adequate organ function", J(U, "laboratory values not in the case (C3)")),
 ("Has provided tumor tissue sample", J(M, "study procedure (C1)")),
 ("Participants who have AEs due to previous", J(M, "no toxicity above grade 1 recorded",
    c01=(M, "grade 1 neuropathy only"), c02=(M, DNA + "no prior therapy"), c04=(M, "grade 1 neuropathy only"),
    c05=(U, "grade 2 pneumonitis on T-DXd; recovery not recorded"),
    c06=(M, "grade 2 hypothyroidism — endocrine AE on replacement is allowed"),
    c07=(M, DNA + "no prior therapy"), c08=(U, "grade 3 colitis on nivolumab; recovery not recorded"))),
 ("Has measurable disease per Response Evaluation Criteria In Solid Tumors (RECIST)", J(M, "measurable disease: true",
    c07=(U, "measurable_disease not recorded"))),
 ("Has Eastern Cooperative Oncology Group", J(M, "ECOG 1", c02=(N, "ECOG 2"), c06=(M, "ECOG 0"), c08=(N, "ECOG 3"))),
 ("Has ability to swallow oral medication", J(U, "no oral anticancer drug recorded; swallowing not a case field",
    c01=(M, "has taken oral capecitabine (to 2026-03)"), c03=(U, "after oesophagectomy; no oral drug recorded"),
    c04=(M, "has taken oral capecitabine"), c05=(M, "has taken oral capecitabine and apatinib (to 2026-10)"),
    c06=(M, "has taken oral capecitabine (to 2026-10)"))),
 ("Human immunodeficiency virus (HIV) infected", J(M, DNA + "no HIV",
    c08=(U, "HIV listed; ART and viral control not case fields"))),
 ("Hepatitis B surface antigen (HBsAg) positive", J(M, DNA + "no hepatitis B",
    c01=(U, "hepatitis B listed; antiviral therapy and HBV DNA not case fields"))),
 ("Participants with a history of hepatitis C", J(M, DNA + "no hepatitis C",
    c07=(U, "hepatitis C history listed; HCV RNA not a case field"))),
 ("Has a history of documented severe dry eye", J(U, "ocular history not recorded")),
 ("Has Grade ≥2 peripheral neuropathy", J(M, "no peripheral neuropathy of grade >=2 recorded",
    c01=(M, "grade 1 neuropathy recorded"), c04=(M, "grade 1 neuropathy recorded"))),
 ("Has active inflammatory bowel disease", J(U, "no autoimmune disease listed (so no IBD), but chronic diarrhoea is not a case field",
    c04=(U, "autoimmune disease listed; its type (could be IBD) is not a case field"),
    c08=(U, "grade 3 immune colitis on nivolumab is not IBD, but chronic diarrhoea status not recorded"))),
 ("Has uncontrolled, significant cardiovascular", J(U, "cardiac history beyond heart failure not recorded",
    c02=(U, "heart failure with LVEF 40% listed; NYHA class (III/IV excluded) and control not recorded"))),
 ("Has accumulation of pleural, ascitic", J(U, "effusions/ascites not recorded")),
 ("Has received prior treatment with a trophoblast", J(M, "no TROP2 ADC, topoisomerase-1 ADC or irinotecan in the history",
    c05=(N, "prior trastuzumab deruxtecan — a topoisomerase 1 inhibitor-based ADC"))),
 ("Has received prior systemic anticancer therapy within 2 weeks", J(M, DNA + "no prior systemic therapy",
    **{k: (M, f"last systemic therapy ended {d}, >2 weeks before 2026-12-01") for k, d in LAST.items()})),
 ("Has received prior radiotherapy within 2 weeks", J(U, "radiotherapy is not a case field",
    c03=(U, "neoadjuvant treatment recorded (agents only); radiotherapy dates/toxicity not case fields"))),
 ("Has received a live or live-attenuated vaccine", J(U, "vaccination history not recorded")),
 ("Is currently receiving a strong", J(U, "concomitant medication not recorded")),
 ("Has received an investigational agent", J(U, "no investigational agent in the treatment list; device use not recorded")),
 ("Has a known additional malignancy", J(U, "other malignancies not recorded")),
 ("Has known active central nervous system (CNS) metastases", J(M, "no brain metastases listed",
    c05=(U, "brain metastases listed; whether active is not a case field"),
    c08=(U, "brain metastases listed; whether active is not a case field"))),
 ("Has an active infection requiring systemic therapy", J(U, "infection status not a case field",
    c01=(U, "chronic hepatitis B listed; antiviral use/activity not a case field"),
    c07=(U, "hepatitis C history listed; current status not a case field"),
    c08=(U, "HIV listed; ART status not a case field"))),
 ("HIV infected participants with a history of Kaposi", J(M, DNA + "no HIV",
    c08=(U, "HIV listed; Kaposi sarcoma/Castleman history not recorded"))),
 ("Has concurrent active hepatitis B", J(M, "neither hepatitis B nor C listed",
    c01=(M, "hepatitis B without hepatitis C — not the HBV+HCV co-infection excluded here"),
    c07=(M, "hepatitis C history without hepatitis B — not a co-infection"))),
 ("Has had major surgery or significant traumatic injury", J(U, "surgery dates are not case fields",
    c07=(N, "resectable cancer — major surgery (gastrectomy) anticipated"))),
 ("Has severe hypersensitivity", J(U, "hypersensitivity history not recorded")),
 ("Has a history of (noninfectious) pneumonitis", J(M, "no ILD or pneumonitis listed",
    c05=(N, "ILD listed; grade 2 pneumonitis on T-DXd — steroid-requiring per T-DXd label"))),
]

TABLES = {"NCT04482309": T1, "NCT06241456": T2, "NCT06346392": T3, "NCT06356311": T4}

NOTES = {
 "NCT04482309": (
  "Pan-tumour T-DXd study. The cohort bullets are alternatives: bullets for other tumour types are met as 'does not apply'; "
  "the rare-tumour Cohort 7 and Part 2 Cohorts A/B are the only routes for an oesophagogastric adenocarcinoma and exclude "
  "gastric cancer, so they are not_met for stomach/GEJ cases; headings are judged as 'fits a cohort of this Part'. "
  "The exclusion names 'gastric body or gastro-esophageal junction'; I read it as all gastric primaries (the cohorts say "
  "'gastric cancer'), and I do NOT extend it to oesophageal adenocarcinoma, which the text does not name — so VM-03 "
  "(oesophageal, HER2 IHC 3+) is a possible candidate. HER2 is judged on the most recent tissue result. Central HER2 "
  "(Part 2) is unknown for all. VM-02's LVEF 40% fails the cardiac organ-function item (T-DXd protocols use LVEF >=50%). "
  "Recurrence within 4 months of neoadjuvant therapy counts as progression after prior treatment (C6)."),
 "NCT06241456": (
  "FT825 CAR-T phase 1. Tumour-type and prior-therapy requirements are 'protocol-defined' and not in the record, so the "
  "first two inclusions are unknown for every advanced case. HIV is read as an immune deficiency (not_met); grade 3 "
  "colitis during FOLFOX + nivolumab is read as an immune-related AE (not_met). Brain metastases listed without a field "
  "for treatment status leave 'known active CNS involvement' unknown. Heart failure with LVEF 40% is clinically "
  "significant cardiovascular disease. Grade 2 T-DXd pneumonitis is read as steroid-requiring (the T-DXd label mandates "
  "systemic corticosteroids for grade >=2 ILD)."),
 "NCT06346392": (
  "AZD0901 (CLDN18.2-MMAE ADC), 2L+. The record does not state the CLDN18.2 positivity cut-off: 75% and 85% are met "
  "(positive at any published cut-off), 10-40% are unknown. HER2 is judged on the most recent result as the text says, "
  "so VM-04 (IHC 3+ at diagnosis, IHC 1+/ISH- after trastuzumab) passes. The HER2 exclusion is split into its two "
  "sentences (definition; local testing requirement). 'Distal third of the oesophagus' is not a case field, so VM-03's "
  "site is unknown; its neoadjuvant CROSS counts as a line but lacks a fluoropyrimidine. The CNS exclusion is composite "
  "(epilepsy, stroke, dementia, psychiatric illness), so it is unknown unless brain metastases are listed. Disitamab "
  "vedotin is an MMAE ADC."),
 "NCT06356311": (
  "Sacituzumab tirumotecan vs TPC, 3L+. 'At least 2 prior regimens' counts palliative lines plus a (neo)adjuvant regimen "
  "with recurrence <=183 days (C6). A line stopped for toxicity (VM-08) is not counted as 'progressed on' without a "
  "recorded progression -> unknown. T-DXd is a topoisomerase-1-inhibitor-based ADC (not_met). 'Concurrent active "
  "hepatitis B ... and HCV' is read as co-infection, so single HBV or HCV passes that exclusion and is handled by the "
  "inclusion items (unknown: viral load not a field). Swallowing is met when the patient has taken an oral anticancer "
  "drug. An HER2-positive patient never given trastuzumab in GB fails the HER2 item. Washout from systemic therapy is "
  "computed from ended_on against 2026-12-01; radiotherapy and surgery are not case fields (unknown), except that a "
  "resectable case anticipates major surgery."),
}
