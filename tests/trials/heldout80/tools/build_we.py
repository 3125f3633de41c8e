#!/usr/bin/env python3
"""Writes WE/<NCT>.yaml from the judgement tables below (reviewer's working file)."""
import os, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [f"WE-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def J(default, **ov):
    j, r = {}, {}
    for c in CASES:
        k = "c" + c[-2:]
        s, why = ov.get(k, default)
        j[c], r[c] = s, why
    return j, r

def item(kind, text, default, **ov):
    j, r = J(default, **ov)
    return {"kind": kind, "text": text, "judgements": j, "reasons": r}

I, E = "inclusion", "exclusion"
HEAD = (M, "heading only: no requirement of its own; the bullets below are judged separately")
CONSENT = (M, "consent/compliance/study-procedure item (convention C1)")
LAB = (U, "laboratory/organ-function values not in the case (C3)")
LIFE = (U, "life expectancy is not a case fact (C2)")
DNA = lambda why: (M, "does not apply: " + why)
PREG = dict(c01=(U, "woman aged 34: pregnancy/breast-feeding status not given (C2)"),
            c05=(U, "woman aged 52: pregnancy/breast-feeding status not given (C2)"),
            c08=(U, "woman aged 29: pregnancy/breast-feeding status not given (C2)"))
PREG_DEF = (M, "man, or woman aged >=55 (C2)")
NOTOX = (M, "no toxicity recorded on prior therapy")
TOX = dict(c01=(M, "no prior anticancer therapy"),
           c05=(U, "grade 2 pneumonitis recorded on line 1; whether resolved to grade <=1 is not recorded"),
           c07=(U, "grade 2 ILD recorded on T-DXd (line 2); whether resolved to grade <=1 is not recorded"))

def write(nct, note, crit):
    verd = {}
    for c in CASES:
        st = [x["judgements"][c] for x in crit]
        verd[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    out = {"nct_id": nct, "reviewer_note": note, "verdicts": verd, "criteria": crit}
    with open(os.path.join(ROOT, "WE", nct + ".yaml"), "w") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=1000)
    print(nct, verd)

# ---------------------------------------------------------------- NCT04421820 BOLD-100 + FOLFOX
FOLFOX_NOT_SOC = "progressed on a fluoropyrimidine + oxaliplatin regimen"
c = []
c.append(item(I, "Be 18 years or older.", (M, "age >=18")))
c.append(item(I, "Be male or non-pregnant females who agree to comply with applicable contraceptive requirements of the protocol (see Table 12. Acceptable Contraceptive Methods.)",
              (M, "man, or woman aged >=55; contraception agreement is C1"), **PREG))
c.append(item(I, "Histologically and/or cytologically confirmed gastrointestinal tumours that are metastatic or unresectable, and are subject to receive FOLFOX as SOC per investigator's judgement.",
              (N, "FOLFOX is no longer standard of care: " + FOLFOX_NOT_SOC),
              c01=(M, "untreated locally advanced unresectable HER2-low gastric adenocarcinoma: fluoropyrimidine + oxaliplatin is the first-line SOC backbone"),
              c02=(N, "FOLFOX is no longer standard of care: progressed on first-line FOLFOX + nivolumab"),
              c03=(N, "FOLFOX is no longer standard of care: progressed on first-line S-1 + oxaliplatin (+ nivolumab), now after 3 lines"),
              c08=(N, "recurred 113 days after perioperative FLOT (oxaliplatin-refractory): FOLFOX is not standard of care")))
c.append(item(I, "Participants will have received at least one line of chemotherapy in the metastatic setting.",
              (M, ">=1 prior palliative chemotherapy line"),
              c01=(M, "general rule overridden by the gastric clause (untreated gastric cancer may be included)"),
              c08=(M, "perioperative FLOT counts as a line: recurrence 113 days after it ended (C6)")))
c.append(item(I, "Colorectal cancer: Patients must have received at least 1 prior line of therapy prior to enrollment in this study.", DNA("colorectal clause")))
c.append(item(I, "Pancreatic cancer: Patients must have received at least 1 prior line of therapy.", DNA("pancreatic clause")))
c.append(item(I, "Gastric cancer: Patients who have not received prior treatment may be included in this study.",
              (M, "gastric adenocarcinoma: clause permits entry"),
              c02=(M, "GEJ adenocarcinoma, treated as gastric per the next sentence"),
              c05=(M, "GEJ adenocarcinoma, treated as gastric per the next sentence"),
              c04=DNA("oesophageal (not gastric/GEJ) primary; the general prior-line rule applies instead")))
c.append(item(I, "GEJ (gastroesophageal junction) cancer patients are considered eligible to enter this trial.",
              DNA("not a GEJ primary"), c02=(M, "GEJ adenocarcinoma"), c05=(M, "GEJ adenocarcinoma")))
c.append(item(I, "Cholangiocarcinoma: locally advanced or metastatic biliary tract cancer (intra or extrahepatic cholangiocarcinoma or gallbladder cancer) are eligible to enter this trial.", DNA("biliary clause")))
c.append(item(I, "Patients must have received at least 1 prior line of therapy (with gemcitabine-based chemotherapy).", DNA("biliary clause")))
c.append(item(I, "Colorectal cancer (ARM VI): Patients must have received at least 2 prior lines of therapy prior to enrollment in this study, one of which was a 5-FU based regimen.", DNA("colorectal arm VI")))
c.append(item(I, "Colorectal cancer (ARM VII): Patients must have received only 1 prior line of therapy in the metastatic setting but remain naïve to oxaliplatin prior to enrollment in this study.", DNA("colorectal arm VII")))
c.append(item(I, "Have measurable disease according to RECIST v1.1 (at least one measurable lesion).", (M, "measurable_disease true")))
c.append(item(I, "Have an anticipated survival of at least 16 weeks.", LIFE))
c.append(item(I, "Be ambulatory, with an Eastern Cooperative Oncology Group (ECOG) performance score of 0 or 1.",
              (M, "ECOG 0-1"), c04=(N, "ECOG 2"), c07=(N, "ECOG 3")))
c.append(item(I, "Have adequate organ function, defined as:", LAB))
c.append(item(I, "Hematologic: ANC ≥ 1.5 x 109/L, Hgb ≥ 9.0 g/dL and platelet count ≥ 100 x 109/L", LAB))
c.append(item(I, "Hepatic: total bilirubin ≤ 1.5 x ULN (or ≤ 3 x ULN for subjects with Gilbert's Syndrome); transaminases ≤ 2.5 x ULN (may be up to ≤ 5x ULN if clearly due to liver metastases) and ALP ≤ 2.5 x ULN (or ≤ 3 x ULN if liver metastases).", LAB))
c.append(item(I, "Renal: serum creatinine ≤ 1.5 x ULN or creatinine clearance ≥ 50 mL/min.", LAB))
c.append(item(I, r"Urine protein is 0, trace, or +1 on dipstick urinalysis, or \< 1.0 gram on 24-hour urine protein analysis", LAB))
c.append(item(I, "Be on stable doses of any drugs that may affect hepatic drug metabolism or renal drug excretion (e.g., non-steroidal anti-inflammatory drugs, corticosteroids, barbiturates, diphenylhydantoin, narcotic analgesics, probenecid). Such drugs should not be initiated while the subject is participating in this study or have been initiated within 30 days beforehand before the start of treatment. Whenever possible, narcotic analgesic doses should be stable within 30 days prior to study entry and during the first cycle of therapy.",
              (U, "concomitant medications are not recorded in the case")))
c.append(item(I, "Resolved acute effects of any prior therapy before the start of treatment to baseline severity or grade ≤1 CTCAE 5.0 except for adverse events not constituting a safety risk by investigator judgment (such as alopecia)", NOTOX, **TOX))
c.append(item(I, "Able to take oral medications (for pre-medications and supportive management)", (U, "ability to swallow / GI integrity not a case field (C4)")))
c.append(item(I, "Understand and be able, willing, and likely to fully comply with study procedures and restrictions.", CONSENT))
c.append(item(I, "Be fully informed about their illness and the investigational nature of the study protocol, and sign a REB-approved Informed Consent Form (ICF).", CONSENT))
c.append(item(I, "(ARM VII): BRAF wild-type tumour status", DNA("colorectal arm VII")))
c.append(item(E, r"Neuropathy \> grade 2", (M, "no neuropathy recorded among prior-therapy toxicities"), c01=(M, "no prior neurotoxic therapy")))
c.append(item(E, "Previous intolerance to or significant reaction secondary to fluorouracil or oxaliplatin",
              (M, "fluoropyrimidine + oxaliplatin given until progression/completion with no toxicity recorded"),
              c01=(M, "never exposed to fluorouracil or oxaliplatin"),
              c05=(U, "grade 2 pneumonitis recorded on the line containing capecitabine + oxaliplatin (with trastuzumab, pembrolizumab); attribution not recorded")))
c.append(item(E, "Cerebrovascular accident within the past 6 months before the start of treatment.", (U, "stroke history not a case field (C4)")))
c.append(item(E, "History or presence of central nervous system (CNS) metastasis or leptomeningeal tumours as documented by CT or MRI scan, analysis of cerebrospinal fluid or neurological exam.",
              (M, "brain_metastases not listed (known absent)"), c07=(N, "brain metastases on record"), c08=(N, "brain metastases on record")))
c.append(item(E, "Any serious medical conditions that might be aggravated by treatment or limit compliance. This includes, but is not limited to uncontrolled psychiatric disorders, serious infections, active peptic ulcer disease and bleeding diathesis",
              (U, "composite: psychiatric, infection, peptic ulcer and bleeding status not recorded (C4)")))
c.append(item(E, "Any history of serious cardiac illness including (but not confined to):",
              (U, "no heart failure, but MI/angina/arrhythmia/hypertension history not recorded (C4)"),
              c04=(N, "heart failure with LVEF 38% is a serious cardiac illness")))
c.append(item(E, r"Previous or active myocardial infarction \< 6 months before the start of treatment", (U, "MI history not a case field")))
c.append(item(E, "Congestive cardiac failure (NYHA III or IV)", (M, "heart_failure not listed (known absent)"),
              c04=(U, "heart failure on record but NYHA class not recorded")))
c.append(item(E, r"History of unstable angina pectoris \< 6 months before the start of treatment", (U, "angina history not a case field")))
c.append(item(E, r"Recent coronary artery bypass grafting \< 6 months before the start of treatment", (U, "cardiac surgery not a case field")))
c.append(item(E, "Uncontrolled hypertension (systolic ≥ 140 mmHg or diastolic ≥ 90 mmHg)", (U, "blood pressure not recorded")))
c.append(item(E, r"Ventricular arrhythmia \< 6 months before the start of treatment", (U, "arrhythmia history not a case field")))
c.append(item(E, r"Left ventricular ejection fraction (LVEF) \< 50% as measured either by radionuclide angiography or echocardiogram",
              (M, "LVEF >=50%"), c04=(N, "LVEF 38%"), c08=(U, "LVEF not recorded")))
c.append(item(E, r"QTc interval \> 470 msec", (U, "ECG/QTc not recorded")))
c.append(item(E, "Hemoptysis, cerebral, or clinically significant gastrointestinal hemorrhage in the past 6 months before the start of treatment", (U, "bleeding history not a case field")))
c.append(item(E, "Any other known malignancy within 3 years before the start of treatment (with the exception of non-melanoma skin cancer that had undergone curative treatment, cervical cancer in situ, or ductal/lobular carcinoma in situ of the breast that has underwent local treatment", (U, "other malignancies not recorded (C4)")))
c.append(item(E, "Active gastrointestinal tract disease with malabsorption syndrome.", (U, "GI integrity / malabsorption not a case field (C4)")))
c.append(item(E, "Non-healing wound, fracture, or ulcer, or presence of symptomatic peripheral vascular disease.", (U, "wounds/fractures/vascular disease not recorded")))
c.append(item(E, "Treatment with radiation therapy or surgery within 4 weeks prior to starting treatment.", (U, "surgery/radiotherapy dates not case fields (C4)")))
c.append(item(E, r"Recent history of weight loss \> 10% of current body weight in past 3 months before the start of treatment.", (U, "weight history not recorded")))
c.append(item(E, "Current (within 1 week of the start of the study) or regular use of any medication (including OTC, herbal or homeopathic preparations) that could affect (improve or worsen) the cancer being studied, or could affect the action or disposition of BOLD-100, or its clinical or laboratory assessment, e.g., Coumadin therapy, due to high competitive protein binding.", (U, "concomitant medications not recorded")))
c.append(item(E, "HIV-positive subjects on combination anti-retroviral therapy due to the potential for PK interactions with the study agent.",
              (M, "hiv not listed (known absent)"), c07=(U, "HIV on record; whether on combination antiretroviral therapy is not a case field")))
c.append(item(E, "Any condition potentially decreasing compliance to study procedures.", CONSENT))
c.append(item(E, "Concurrent use of another investigational therapy or anti-cancer therapy.", (M, "no ongoing anticancer or investigational therapy")))
c.append(item(E, "Concurrent use of another investigational therapy or anti-cancer therapy within 4 weeks before the start of treatment.",
              (M, "last anticancer therapy >4 weeks before 2026-12-01"), c01=(M, "no prior anticancer therapy"),
              c06=(N, "last ramucirumab + paclitaxel 2026-11-10, 21 days before"),
              c07=(N, "last trifluridine/tipiracil 2026-11-05, 26 days before")))
c.append(item(E, "Currently breastfeeding", PREG_DEF, **PREG))
c.append(item(E, "Dihydropyrimidine Dehydrogenase (DPD) deficiency", (U, "DPD status not recorded")))
c.append(item(E, "Current or prior treatment with potent inhibitors of Dihydropyrimidine Dehydrogenase (DPD)",
              (U, "no DPD-inhibitor-containing anticancer drug on record; other drugs (e.g. brivudine) not recorded"),
              c03=(N, "prior S-1 (adjuvant and line 1) contains gimeracil, a potent DPD inhibitor")))
c.append(item(E, "(ARM VII): Prior oxaliplatin treatment in the 1st line setting", DNA("colorectal arm VII")))
c.append(item(E, "(ARM VII): Prior exposure to BOLD-100", DNA("colorectal arm VII")))
c.append(item(E, "(ARM VII): Subjects with microsatellite-high (MSI-H) Tumours", DNA("colorectal arm VII")))
c.append(item(E, "(ARM VII): Concurrent monoclonal antibody therapy for mCRC (anti-EGFR, anti-VEGF or anti-HER2)", DNA("colorectal arm VII")))
write("NCT04421820",
      "BOLD-100 + FOLFOX, GI tumours. Item 3 split into its sentences; the gastric sentence overrides the general "
      "'at least one line' sentence for gastric/GEJ, oesophageal adenocarcinoma falls under the general rule. "
      "'Subject to receive FOLFOX as SOC' judged not_met for anyone who has progressed on a fluoropyrimidine + "
      "oxaliplatin regimen (incl. recurrence within 6 months of perioperative FLOT). Prior S-1 (gimeracil) judged "
      "a prior potent DPD inhibitor (literal reading). Cardiac heading judged as a composite; brain_metastases "
      "vocabulary taken to cover CNS/leptomeningeal disease. ARM VII/colorectal/biliary clauses do not apply.", c)

# ---------------------------------------------------------------- NCT04777994 ABBV-CLS-484
c = []
c.append(item(I, "Must weigh at least 35 kilograms (kg).", (U, "weight not recorded")))
c.append(item(I, r"An Eastern Cooperative Oncology Group (ECOG) performance status \<= 2.", (M, "ECOG <=2"), c07=(N, "ECOG 3")))
c.append(item(I, r"Life expectancy of \>= 12 weeks.", LIFE))
c.append(item(I, "Laboratory values meeting protocol criteria.", LAB))
c.append(item(I, r"QT interval corrected for heart rate \< 470 msec (using Fridericia's correction), and no clinically significant electrocardiographic findings.", (U, "ECG not recorded")))
c.append(item(I, "Measurable disease defined by RECIST 1.1 criteria.", (M, "measurable_disease true")))
c.append(item(I, "For Monotherapy and Combination Dose Escalation:", HEAD))
c.append(item(I, "Participants with histologically or cytologically proven metastatic or locally advanced tumors, for which no effective standard therapy exists, or where standard therapy has failed. Participants must have received at least 1 prior systemic anticancer therapy for the indication being considered.",
              (M, "advanced disease progressed on >=1 prior systemic line of standard therapy"),
              c01=(N, "no prior systemic therapy; effective first-line standard therapy exists"),
              c08=(M, "recurred 113 days after perioperative FLOT: counts as a failed line (C6)")))
c.append(item(I, "For Monotherapy Dose Expansion only:", HEAD))
c.append(item(I, "Participants must have received at least 1 prior line containing PD-1/PD-L1 targeted therapy with a best response by RECIST v1.1 of CR/PR/stable (any duration) or stable disease (for greater than 6 months); AND", DNA("monotherapy expansion is for HNSCC/NSCLC/ccRCC only")))
c.append(item(I, "Must have been previously treated with 1 or more prior lines of therapy in the locally advanced or metastatic setting with the following tumor types:", DNA("monotherapy expansion is for HNSCC/NSCLC/ccRCC only")))
c.append(item(I, "Relapsed/refractory HNSCC", DNA("not HNSCC")))
c.append(item(I, "Relapsed/refractory NSCLC", DNA("not NSCLC")))
c.append(item(I, "Advanced ccRCC", DNA("not ccRCC")))
c.append(item(I, "For PD-1 Targeting Agent Combination Dose Expansion only:", HEAD))
c.append(item(I, "For the following tumor types, subject must have received at least 1 prior line containing PD-1/PD-L1 targeted therapy with response by RECIST v1.1 of CR/PR (any duration) or stable disease (for greater than 6 months):", DNA("clause is for HNSCC/NSCLC/ccRCC")))
c.append(item(I, "Relapsed HNSCC", DNA("not HNSCC")))
c.append(item(I, "Relapsed NSCLC", DNA("not NSCLC")))
c.append(item(I, "Relapsed Advanced ccRCC", DNA("not ccRCC")))
c.append(item(I, "For the following tumor types, subject must have received at least 1 prior line containing PD-1/PD-L1 targeted therapy and have had disease progression with PD-1/PD-L1 targeted therapy:",
              DNA("tumour not MSI-H; patient is assessed for dose escalation"),
              c06=(M, "MSI-H gastric cancer; progressed on line 1 tislelizumab + CAPOX")))
c.append(item(I, "Locally Advanced or metastatic MSI-H tumors", DNA("tumour not MSI-H"), c06=(M, "MSI-high / dMMR metastatic gastric adenocarcinoma")))
c.append(item(I, "For VEGFR TKI Combination Dose Expansion only:", HEAD))
c.append(item(I, "Relapsed advance ccRCC with no more than 1 prior VEGFR TKI", DNA("ccRCC cohort")))
c.append(item(I, "Participants no recent history of hemorrhage, including hemoptysis, hematemesis, or melena", DNA("VEGFR TKI (ccRCC) cohort only")))
c.append(item(I, "Participants with poorly controlled hypertension are excluded.", DNA("VEGFR TKI (ccRCC) cohort only")))
c.append(item(E, "Untreated brain or meningeal metastases (i.e., subjects with history of metastases are eligible provided they do not require ongoing steroid treatment and have shown clinical and radiographic stability for at least 28 days after definitive therapy)",
              (M, "brain_metastases not listed (known absent)"),
              c07=(U, "brain metastases on record; whether treated, steroid-free and stable for 28 days is not a case field"),
              c08=(U, "brain metastases on record; whether treated, steroid-free and stable for 28 days is not a case field")))
c.append(item(E, "Unresolved Grade 2 or higher toxicities related to previous anticancer therapy except alopecia.", NOTOX, **TOX))
c.append(item(E, "Unresolved Grade 2 or higher peripheral neuropathy.", (M, "no neuropathy recorded"), c01=(M, "no prior therapy")))
c.append(item(E, "History of hepatitis B, hepatitis C, or human immunodeficiency virus (HIV) infection.",
              (M, "hepatitis_b, hepatitis_c and hiv not listed (known absent)"),
              c02=(N, "hepatitis B on record"), c07=(N, "HIV on record"), c08=(N, "hepatitis C on record")))
c.append(item(E, "Recent history (within 6 months) of congestive heart failure (defined as New York Heart Association, Class 2 or higher), ischemic cardiovascular event, pericarditis, or clinically significant pericardial effusion or arrythmia.",
              (U, "no heart failure, but ischaemic events, pericardial disease and arrhythmia not recorded (C4)"),
              c04=(U, "heart failure (LVEF 38%) on record; NYHA class and timing not recorded")))
c.append(item(E, "Recent history (within 6 months) of Childs-Pugh B or C classification of liver disease.", (U, "liver function/Child-Pugh not recorded (C3)")))
c.append(item(E, "History of clinically significant medical and/or psychiatric conditions or any other reason that, in the opinion of the investigator, would interfere with the subject's participation in this study or would make the subject an unsuitable candidate to receive study drug.",
              (U, "composite investigator-judgement item; psychiatric and other history not recorded")))
c.append(item(E, "History of uncontrolled, clinically significant endocrinopathy.", (U, "endocrine history not recorded")))
c.append(item(E, "Known gastrointestinal disorders making absorption of oral medications problematic; subject must be able to swallow capsules.", (U, "GI integrity / swallowing not a case field (C4)")))
c.append(item(E, "If treated with a PD-1/aPD-L1 targeting or other immune-oncology agents in the past, excluded if had prior pneumonitis, prior Grade 3 or higher immune mediated toxicity, hypersensitivity to administered drug or drug related toxicity requiring discontinuation.",
              DNA("no prior PD-1/PD-L1 or other immune-oncology agent"),
              c02=(M, "nivolumab stopped for progression; no toxicity or pneumonitis recorded"),
              c03=(M, "nivolumab stopped for progression; no toxicity or pneumonitis recorded"),
              c06=(M, "tislelizumab stopped for progression; no toxicity or pneumonitis recorded"),
              c05=(N, "pneumonitis (grade 2) during pembrolizumab-containing line 1")))
c.append(item(E, "Active autoimmune disease requiring systemic treatment in past 2-years (exceptions for endocrinopathies, vitiligo or atopic conditions).",
              (M, "autoimmune_disease not listed (known absent)"),
              c03=(U, "autoimmune disease on record; type, activity and systemic treatment not recorded")))
c.append(item(E, "History of solid organ transplant or allogeneic stem cell transplant.", (M, "organ_transplant not listed (known absent)")))
c.append(item(E, "History of other malignancy, with the following exceptions:", (U, "other malignancies not recorded (C4)")))
c.append(item(E, r"No known active disease present within \>= 3 years before first dose of study treatment and felt to be at low recurrence by investigator.", (M, "exception clause: only relaxes the item above, cannot exclude by itself")))
c.append(item(E, "Adequately treated non-melanoma skin cancer or lentigo maligna without evidence of disease.", (M, "exception clause: only relaxes the item above, cannot exclude by itself")))
c.append(item(E, "Adequately treated carcinoma in situ without evidence of disease.", (M, "exception clause: only relaxes the item above, cannot exclude by itself")))
c.append(item(E, "History of interstitial lung disease or pneumonitis.",
              (M, "interstitial_lung_disease and pneumonitis not listed (known absent)"),
              c05=(N, "pneumonitis on record"), c07=(N, "interstitial lung disease on record")))
c.append(item(E, r"Major surgery \<= 28 days prior to first dose of study drug", (U, "surgery dates not case fields (C4)")))
c.append(item(E, "Known active severe acute respiratory syndrome coronavirus 2 (SARS-CoV-2) infection per local testing practices.", (U, "infection status not recorded")))
write("NCT04777994",
      "ABBV-CLS-484 (PTPN2 inhibitor) phase 1. Gastric/GEJ/oesophageal adenocarcinoma can enter dose escalation "
      "(after >=1 failed systemic line) or, if MSI-H and progressed on anti-PD-1, the PD-1 combination expansion. "
      "All HNSCC/NSCLC/ccRCC and VEGFR-TKI cohort items 'do not apply'; cohort headings are their own items and "
      "judged met (no requirement of their own). Exception bullets under 'other malignancy' judged met (they only "
      "relax the exclusion). Treated vs untreated brain metastases is not a case field, so unknown.", c)

# ---------------------------------------------------------------- NCT06710756 PSV359
c = []
c.append(item(I, "Aged ≥ 18 years", (M, "age 18-90 (record maximumAge 90)")))
c.append(item(I, "Satisfactory organ function as determined by laboratory testing", LAB))
c.append(item(I, "Eastern Cooperative Oncology Group performance (ECOG) status of 0 to 1", (M, "ECOG 0-1"), c04=(N, "ECOG 2"), c07=(N, "ECOG 3")))
c.append(item(I, r"Life expectancy \> 3 months", LIFE))
c.append(item(I, "Progressive disease despite standard therapy or for whom no standard therapy exists",
              (M, "progressed on standard systemic therapy"),
              c01=(N, "untreated; standard first-line chemotherapy exists"),
              c08=(M, "recurred 113 days after perioperative FLOT (progression despite standard therapy, C6)")))
c.append(item(I, r"Positive \[203Pb\]Pb-PSV359 SPECT/CT scan showing uptake of \[203Pb\]Pb-PSV359 in at least 1 known lesion on the 1-hour SPECT/ CT scan",
              (U, "screening FAP SPECT/CT not done / not recorded")))
c.append(item(I, "Histological, pathological, and/or cytological confirmation of solid tumor malignancy that is locally advanced or metastatic",
              (M, "histologically confirmed adenocarcinoma, metastatic/recurrent"), c01=(M, "histologically confirmed adenocarcinoma, locally advanced unresectable")))
c.append(item(E, "Known hypersensitivity to the active agent or any of the excipients", (U, "allergy history not recorded; never exposed to PSV359")))
c.append(item(E, "Active secondary malignancy", (U, "other malignancies not recorded (C4)")))
c.append(item(E, "Pregnancy or breastfeeding a child", PREG_DEF, **PREG))
c.append(item(E, "Known brain metastases", (M, "brain_metastases not listed (known absent)"),
              c07=(N, "brain metastases on record"), c08=(N, "brain metastases on record")))
c.append(item(E, "Known active or uncontrolled infections requiring ongoing antifungals or antibiotics in the 3 days prior to enrollment", (U, "current infections/antimicrobials not recorded")))
c.append(item(E, "Known medical condition which would make this protocol unreasonably hazardous for the patient", (U, "investigator-judgement composite; comorbidity detail not recorded")))
c.append(item(E, "Existence of any medical or social issues likely to interfere with study conductor that may cause increased risk to the subject or to others, e.g., lack of ability to follow radiation safety precautions", CONSENT))
c.append(item(E, "Medical history of a condition resulting in a severe allergic reaction such as anaphylaxis or angioedema to known components of the investigational product or excipients", (U, "allergy history not recorded")))
c.append(item(E, "Major surgery within 21 days prior to the administration of \\[212Pb\\]Pb-PSV359; the subject must be sufficiently recovered and stable before treatment administration", (U, "surgery dates not case fields (C4)")))
c.append(item(E, "Diagnosis of deep vein thrombosis or pulmonary embolism within 4 weeks prior to enrollment into the study", (U, "thrombosis history not recorded")))
c.append(item(E, "Current abuse of alcohol or illicit drugs", (U, "substance use not recorded")))
c.append(item(E, "Treatment with any live/attenuated vaccine in the 7 days prior to enrollment", (U, "vaccinations not recorded")))
c.append(item(E, "Previous treatment with any systemic anticancer therapy within 4 weeks prior to treatment on study",
              (M, "last systemic therapy >4 weeks before 2026-12-01"), c01=(M, "no prior systemic therapy"),
              c06=(N, "last ramucirumab + paclitaxel 2026-11-10, 21 days before"),
              c07=(N, "last trifluridine/tipiracil 2026-11-05, 26 days before")))
write("NCT06710756",
      "FAP-targeted 203Pb/212Pb-PSV359 radioligand, phase I/IIa; gastric and oesophageal cancer are listed conditions. "
      "'Progressive disease despite standard therapy' is not_met for an untreated patient; the FAP SPECT/CT is a "
      "screening result no case has, so unknown for all. The radiation-safety/social item is read as a compliance "
      "item (C1). The 4-week washout is counted from the last treatment end date to 2026-12-01. Maximum age 90 "
      "checked against 'Aged >= 18 years' reason; no case is over 90.", c)

# ---------------------------------------------------------------- NCT05919264 FOG-001
CRC = DNA("colorectal-cancer cohort")
WPAM = (U, "treatment-refractory advanced adenocarcinoma, but no WNT-pathway activating mutation documented")
PD1R = dict(c02=(U, "progressed on nivolumab (PD-1 resistant) but WPAM status not documented"),
            c03=(U, "progressed on nivolumab (PD-1 resistant) but WPAM status not documented"),
            c05=(U, "progressed on pembrolizumab (PD-1 resistant) but WPAM status not documented"),
            c06=(U, "MSI-H gastric (MSI-H route is CRC only) progressed on tislelizumab; WPAM status not documented"))
NGS = dict((k, (U, "NGS for APC/CTNNB1 not recorded")) for k in PD1R)
c = []
c.append(item(I, "Eastern Cooperative Oncology Group (ECOG) performance status of 0 or 1.", (M, "ECOG 0-1"), c04=(N, "ECOG 2"), c07=(N, "ECOG 3")))
c.append(item(I, "Adequate organ and marrow function.", LAB))
c.append(item(I, "Additional Inclusion Criteria for Dose Escalation Cohorts (Part 1a and Part 1e):", HEAD))
c.append(item(I, "Diagnosis of treatment-refractory advanced/metastatic solid tumor that is non-MSI-H or non-dMMR colorectal cancer (CRC) or any other solid tumor with documented WNT- pathway activating mutations (WPAMs).",
              WPAM, c01=DNA("untreated, not treatment-refractory; only the Part 2b WPAM route is open")))
c.append(item(I, "Additional Inclusion Criteria for Dose Escalation Cohorts (Part 1b):", HEAD))
c.append(item(I, "Diagnosis of treatment-refractory advanced/metastatic non-MSI-H or non-dMMR CRC.", CRC))
c.append(item(I, "At least one lesion that is suitable for a core needle biopsy.", DNA("Part 1b (CRC) requirement")))
c.append(item(I, "Additional Inclusion Criteria for Dose Escalation and Dose Expansion Cohorts (Part 1c and Part 2c):", HEAD))
c.append(item(I, "Diagnosis of HCC with a documented WPAM (by local testing) in APC or CTNNB1. HCC that is radiographically confirmed without tissue biopsy may be enrolled with a documented CTNNB1 mutation (e.g., by ctDNA).", DNA("HCC cohort")))
c.append(item(I, "Additional Inclusion Criteria for Dose Escalation and Dose Expansion Cohorts (Part 1d and Part 2d):", HEAD))
c.append(item(I, "Desmoid tumor (aggressive fibromatosis)", DNA("desmoid cohort")))
c.append(item(I, "Additional Inclusion Criteria for Dose Escalation and Dose Expansion Cohorts (Part 1f-1 and Part 2f-1) FOG-001 + FOLFOX + Bevacizumab:", HEAD))
c.append(item(I, "Diagnosis of locally advanced or metastatic non-MSI-H or non-dMMR CRC", CRC))
c.append(item(I, "Participants with tumors known to be negative for APC LoF mutations or CTNNB1 GoF mutations (per NGS tests) are not eligible.", CRC))
c.append(item(I, "One dose of mFOLFOX6 in the unresectable or metastatic setting prior to enrollment is allowed.", CRC))
c.append(item(I, "Additional Inclusion Criteria for Dose Escalation and Dose Expansion Cohorts (Part 1f-2 and Part 2f-2): FOG-001 + Nivolumab", HEAD))
c.append(item(I, "Non-MSI-H or non-dMMR (by local testing) CRC with or without liver metastases.", CRC))
c.append(item(I, "MSI-H CRC or solid tumors that are WPAM and resistant to a-PD-1/PD-L1", DNA("no prior anti-PD-1/PD-L1, so not a candidate for the nivolumab cohort"), **PD1R))
c.append(item(I, "Participants with tumors known to be negative for APC LoF mutations or CTNNB1 GoF mutations (per NGS tests) are not eligible", DNA("not a candidate for the nivolumab cohort"), **NGS))
c.append(item(I, "Additional Inclusion Criteria for Dose Escalation and Dose Expansion Cohorts (Part 1f-3 and Part 2f-3): FOG-001 + Trifluridine/Tipiracil + Bevacizumab", HEAD))
c.append(item(I, "Diagnosis of locally advanced or metastatic non-MSI-H or non-dMMR (by local testing) CRC", CRC))
c.append(item(I, "Participants with tumors known to be negative for APC LoF mutations or CTNNB1 GoF mutations (per NGS tests) are not eligible.", CRC))
c.append(item(I, "Additional Inclusion Criteria for Dose Expansion Cohort (Part 2a):", HEAD))
c.append(item(I, "Diagnosis of locally advanced or metastatic non-MSI-H or non-dMMR (by local testing) CRC", CRC))
c.append(item(I, "Additional Inclusion Criteria for Dose Expansion Cohort (Part 2b):", HEAD))
c.append(item(I, "Diagnosis of advanced or metastatic solid tumors with a documented WPAM (by local testing) or equivalent evidence",
              (U, "advanced adenocarcinoma, but no WNT-pathway activating mutation documented")))
c.append(item(E, "Known history of bone metastasis. Bone metastasis are allowed for patients with mCRPC.",
              (U, "metastatic sites not recorded (C4)"), c01=(M, "locally advanced unresectable (M0): no bone metastasis")))
c.append(item(E, "Evidence of vertebral compression fracture or non-traumatic bone fracture within the past 12 months and who are not receiving antiresorptive therapy.", (U, "fracture history not recorded")))
c.append(item(E, "Osteoporosis, which is defined as a T-score of ≤-2.5 at the lumbar spine (L1 - L4), left (or right) femoral neck or left (or right) total hip as determined by DXA scan.", (U, "DXA/bone density not recorded")))
c.append(item(E, "Uncontrolled inflammatory bowel disease (i.e., ulcerative colitis or Crohn's disease)",
              (M, "autoimmune_disease not listed (IBD taken as known absent)"),
              c03=(U, "autoimmune disease on record; type (IBD or not) not recorded")))
c.append(item(E, "Unstable/inadequate cardiac function.", (M, "LVEF >=50% and no heart failure"),
              c04=(N, "heart failure with LVEF 38%"), c08=(U, "LVEF not recorded")))
c.append(item(E, "Has known meningeal carcinomatosis, leptomeningeal carcinomatosis, spinal cord compression, or symptomatic or unstable brain metastases.",
              (U, "no brain metastases, but spinal cord compression (metastatic site) not recorded (C4)"),
              c01=(M, "locally advanced M0 disease, no brain metastases"),
              c07=(U, "brain metastases on record; symptomatic/stable status not a case field"),
              c08=(U, "brain metastases on record; symptomatic/stable status not a case field")))
c.append(item(E, "Pregnant, lactating, or planning to become pregnant.", PREG_DEF, **PREG))
write("NCT05919264",
      "FOG-001 (beta-catenin/TCF inhibitor) phase 1/2. A gastric/GEJ/oesophageal adenocarcinoma can only enter via a "
      "WNT-pathway-activating-mutation (WPAM) cohort: Part 1a (treatment-refractory), Part 2b, or Part 2f-2 (if "
      "anti-PD-1 resistant). No case documents WPAM, so those items are unknown and the best verdict is "
      "possibly_eligible. CRC/HCC/desmoid cohort items do not apply; headings are their own items (met). "
      "'Unstable/inadequate cardiac function' read as met when LVEF >=50% and no heart failure.", c)
