from build_common import *
I, E = "inclusion", "exclusion"
ECOG = dict(c4=(N, "ECOG 2"), c8=(N, "ECOG 3"))
cr = []
cr.append(C(I, "Able and willing to give written informed consent and has signed the appropriate weitten informed consent form(ICF) prior to performance of any trial activityes.", C1))
cr.append(C(I, "Eligible male and female subjects aged ≥19 years.", (M, "adult aged >=19")))
cr.append(C(I, r"Histologically or cytologically proven metastatic or locally advanced HER2 low gastric or GEJ adenocarcinoma: The definition of HER2 low is 1+ by immunohistochemistry (IHC) or 2+ by IHC and without HER2 gene amplification (negative by in situ hybridization\[ISH\]).",
    (U, "-"),
    c1=(N, "HER2-positive (IHC 3+), not HER2-low"),
    c2=(M, "metastatic gastric adenocarcinoma; latest tissue HER2 IHC 1+ on post-progression re-biopsy 2026-11-04 (HER2 loss from 3+)"),
    c3=(M, "recurrent gastric adenocarcinoma, HER2 IHC 2+ with ISH not amplified (ratio 1.3)"),
    c4=(N, "HER2 IHC 0, not HER2-low"),
    c5=(M, "metastatic gastric adenocarcinoma, tissue HER2 IHC 1+ (HER2-low by the record's IHC/ISH definition; ctDNA ERBB2 amplification noted)"),
    c6=(N, "HER2-positive (IHC 2+ with ISH amplified, ratio 3.1); no later tissue result"),
    c7=(N, "oesophageal (not gastric/GEJ) adenocarcinoma and HER2 IHC 0"),
    c8=(N, "HER2-positive (IHC 3+ on recurrence biopsy)")))
cr.append(C(I, "Progressed after 1st line palliative treatment. Adjuvant chemotherapy will be counted as 1st line treatment if the cancer has recurred within 6 months of completion of adjuvant chemotherapy.",
    (U, "-"),
    c1=(N, "no prior treatment"),
    c2=(M, "progressed on 1L pembrolizumab + trastuzumab + CAPOX (2026-10-14)"),
    c3=(M, "recurred 40 days after completing perioperative FLOT: counts as 1st line (record text and C6)"),
    c4=(M, "progressed on 1L nivolumab + CAPOX (2026-09-28)"),
    c5=(M, "progressed after 1L FOLFOX + nivolumab (and after 2L)"),
    c6=(M, "progressed after 1L trastuzumab + CAPOX (and later lines)"),
    c7=(N, "treatment-naive"),
    c8=(N, "recurrence ~3 years after perioperative FLOT: not counted as 1st line; no palliative treatment yet")))
cr.append(C(I, "Has measurable or evaluable disease as determined by RECIST ver 1.1.",
    (M, "measurable_disease: true"),
    c3=(U, "measurable_disease: false; whether evaluable (non-target) disease exists is not stated")))
cr.append(C(I, "ECOG performance status of 0 -1 at trial entry.", (M, "ECOG 0-1"), **ECOG))
cr.append(C(I, "Life expectancy ≥12 weeks as judged by the Investigator.", (U, "life expectancy not assessable from case (C2)")))
lv = {1: 64, 2: 58, 3: 61, 5: 55, 6: 52, 7: 66}
cr.append(C(I, "Has LVEF ≥ 50% by either echocardiogram (ECHO) or multigated acquisition (MUGA) scan within 28 days before enrollment.",
    (U, "-"), **{f"c{k}": (M, f"LVEF {v}% (>=50%; date of measurement not a case field)") for k, v in lv.items()},
    c4=(U, "LVEF not recorded"), c8=(N, "LVEF 42% (<50%)")))
cr.append(C(I, "Adequate baseline organ function defined as:", LAB))
for t in ["Absolute neutrophil count ≥1500/mm3", "Platelets ≥100,000/mm3", "Hemoglobin ≥9.0 g/dL",
          "Aspartate aminotransferase (AST) and alanine aminotransferase (ALT) ≤3.0 × upper limit of normal (ULN) of the study site (or ≤5.0 × ULN in patients with liver metastases)",
          "Total bilirubin ≤1.5 × ULN", "Serum albumin ≥2.5 g/dL",
          r"Creatinine ≤1.5 × ULN or creatinine clearance (either measured value or estimated value using the Cockcroft-Gault equation) \>40ml/min",
          "Urinary protein ≤1+ on dipsick or routine urinalysis", "INR and PTT/aPTT ≤1.5 × ULN"]:
    cr.append(C(I, t, LAB))
cr.append(C(I, "Adequate treatment washout period before randomization/enrollment.",
    (U, "surgery and radiotherapy dates not in case fields (systemic washout is met)")))
cr.append(C(I, "Major Surgery ≥ 4 weeks", (U, "surgery dates not in case fields (C4)"),
    c3=(U, "perioperative therapy implies a gastrectomy before 2026-09-10 (>4 weeks), but other surgery not in case fields"),
    c8=(U, "gastrectomy implied in 2023, but any later surgery not in case fields")))
cr.append(C(I, "Radiation Therapy including palliative stereotactic radiation therapy to chest ≥ 4 weeks", (U, "radiotherapy history not in case fields (C4)")))
def sysw(days, what): return (M, f"last systemic therapy ({what}) ended {days} days before 2026-12-01")
SYS = dict(c1=(M, "no prior anticancer therapy"), c7=(M, "no prior anticancer therapy"),
           c2=sysw(48, "1L, 2026-10-14"), c3=sysw(82, "perioperative FLOT, 2026-09-10"),
           c4=sysw(64, "1L, 2026-09-28"), c5=sysw(40, "2L, 2026-10-22"), c6=sysw(26, "4L disitamab vedotin, 2026-11-05"),
           c8=(M, "last systemic therapy ended 2023-06-22"))
cr.append(C(I, r"Anti-Cancer chemotherapy \[Immunotherapy (non-antibody based therapy)\] ≥ 3 weeks", None, **SYS))
cr.append(C(I, "Evidence of post-menopausal status or negative serum pregnancy test for females of childbearing potential who are sexually active with a non-sterilized male partner.", None, **preg()))
cr.append(C(I, "Female patients of childbearing potential who are sexually active with a non-sterilized male partner must use at least one highly effective method of contraception from the time of screening and must agree to continue using such precautions for 7 months after the last dose of IMP.", C1))
cr.append(C(I, "Non-sterilized male patients who are sexually active with a female partner of childbearing potential must use a condom with spermicide from screening to 4 months after the final dose of IMP.", C1))
cr.append(C(I, "Female subjects must not donate, or retrieve for their own use, ova from the time of enrollment and throughout the study treatment period, and for at least 7 months after the final study drug administration", C1))

cr.append(C(E, "Anticancer treatment within 14 days before the start of trial treatment.", None, **SYS))
cr.append(C(E, "Major surgery within 28 days before the start of trial treatment.", (U, "surgery dates not in case fields (C4)")))
cr.append(C(E, "Have received more than 2 prior lines of chemotherapy.",
    (M, "no more than 2 prior lines"),
    c1=(M, "no prior line"), c7=(M, "no prior line"), c8=(M, "no prior advanced line (late recurrence after perioperative FLOT)"),
    c2=(M, "1 prior line"), c3=(M, "1 prior line (perioperative FLOT counted, C6)"), c4=(M, "1 prior line"),
    c5=(M, "exactly 2 prior lines"),
    c6=(N, "4 prior lines (trastuzumab+CAPOX, T-DXd, ramucirumab+paclitaxel, disitamab vedotin)")))
NEU_NONE = "no neuropathy recorded in the toxicities of prior chemotherapy"
NEU = dict(c1=(M, "treatment-naive; no neuropathy recorded"), c7=(M, "treatment-naive; no neuropathy recorded"),
           c2=(M, NEU_NONE), c3=(M, NEU_NONE), c5=(M, NEU_NONE), c6=(M, NEU_NONE), c8=(M, NEU_NONE),
           c4=(U, "grade 2 peripheral neuropathy recorded during 1L CAPOX; current grade not stated"))
cr.append(C(E, "Grade ≥ 2 peripheral neuropathy.", None, **NEU))
cr.append(C(E, "Multiple primary malignancies within 3 years.", (U, "other malignancies not in case fields (C4)")))
cr.append(C(E, r"Participants with a medical history of myocardial infarction within 6 months before treatment, symptomatic CHF (New York Heart Association Class II to IV), unstable angina pectoris, clinically important cardiac arrhythmias, or a recent (\< 6 months) cardiovascular event, including myocardial infarction, unstable angina pectoris, and stroke.",
    (U, "no heart failure listed, but MI, angina, arrhythmia and stroke history not in case fields (C4)"),
    c8=(U, "heart failure listed with LVEF 42%; NYHA class not in case fields")))
cr.append(C(E, r"Corrected QT interval (QTcF) prolongation to \> 470 msec (females) or \>450 msec (males) based on an average of the screening triplicate 12-lead ECG.", (U, "ECG not in case fields")))
cr.append(C(E, "Gastrointestinal perforation or fistula or any Grade 3-4 bleeding within 3 months of first dose of protocol therapy; or any arterial thromboembolic event, significant gastro-intestinal bleeding or any significant venous thromboembolism within 3 months before treatment",
    (U, "perforation, bleeding and thrombosis history not in case fields (C4)")))
ILD = dict(c6=(N, "grade 2 pneumonitis on T-DXd (2025): grade >=2 drug pneumonitis requires corticosteroids; pneumonitis listed"),
           c8=(N, "interstitial lung disease listed: current (chronic) non-infectious ILD"))
cr.append(C(E, "History of (non-infectious) ILD / pneumonitis that required steroids, has current ILD/pneumonitis, or where suspected ILD/pneumonitis cannot be ruled out by imaging at screening.",
    (M, "no interstitial_lung_disease or pneumonitis among conditions"), **ILD))
cr.append(C(E, "Lung criteria:", (U, "part A (other pulmonary disorders) and C (pneumonectomy) not in case fields"),
    c8=(N, "ILD and autoimmune disease listed (parts A and B)"),
    c6=(U, "prior pneumonitis; other lung items not in case fields")))
cr.append(C(E, "A. Lung-specific intercurrent clinically significant illnesses including, but not limited to, any underlying pulmonary disorder.",
    (U, "no ILD/pneumonitis listed; other pulmonary disorders (COPD, asthma...) not in case fields"),
    c6=(U, "history of T-DXd pneumonitis (2025); whether clinically significant now not in case fields"),
    c8=(N, "interstitial lung disease listed (underlying pulmonary disorder)")))
cr.append(C(E, "B. Any autoimmune, connective tissue or inflammatory disorders",
    (U, "no autoimmune disease listed; other connective-tissue/inflammatory disorders not in case fields"),
    c8=(N, "autoimmune disease listed")))
cr.append(C(E, "C. Prior pneumonectomy", (U, "surgical history not in case fields (C4)")))
CNS = dict(c5=(U, "brain metastases listed; whether active (untreated/symptomatic) not in case fields"),
           c6=(U, "brain metastases listed; whether active not in case fields"))
cr.append(C(E, "Has known active CNS metastases and/or carcinomatous meningitis.", (M, "brain_metastases not among conditions"), **CNS))
cr.append(C(E, "Has substance abuse or any other medical conditions such as clinically significant cardiac or psychological conditions that may, in the opinion of the investigator, interfere with the subject's participation in the clinical study or evaluation of the clinical study results.",
    (U, "substance use and psychiatric history not in case fields (C4)"),
    c8=(U, "heart failure listed; significance is an investigator judgement; psychiatric/substance history not in case fields")))
cr.append(C(E, "Has spinal cord compression or clinically active central nervous system metastases, defined as untreated and symptomatic, or requiring therapy with corticosteroids or anticonvulsants to control associated symptoms.",
    (U, "no brain metastases listed; spinal cord compression (metastatic sites) not in case fields (C4)"), **CNS))
cr.append(C(E, "Uncontrolled infection requiring IV antibiotics, antivirals, or antifungals.", (U, "current infections not in case fields")))
cr.append(C(E, "Active primary immunodeficiency, known uncontrolled active HIV infection or active hepatitis B or C infection, such as those with serologic evidence of viral infection within 28 days of Cycle 1 Day 1.",
    (U, "no HIV/HBV/HCV listed; primary immunodeficiency not in case fields"),
    c2=(U, "hepatitis C listed; whether active (HCV RNA) not in case fields"),
    c4=(U, "hepatitis B listed; whether active (HBV DNA) not in case fields"),
    c7=(U, "HIV listed; whether controlled not in case fields")))
cr.append(C(E, "Patients positive for hepatitis C (HCV) antibody are eligible only if polymerase chain reaction is negative for HCV RNA.",
    (M, "does not apply - no hepatitis C"), c2=(U, "hepatitis C listed; HCV RNA PCR result not in case fields")))
cr.append(C(E, "Receipt of live, attenuated vaccine (mRNA and replication deficient adenoviral vaccines are not considered attenuated live vaccines) within 30 days prior to the first dose of trastuzumab deruxtecan. Note: Patients, if enrolled, should not receive live vaccine during the study and up to 30 days after the last dose of IMP.",
    (U, "vaccination history not in case fields")))
cr.append(C(E, "Has unresolved toxicities from previous anticancer therapy, defined as toxicities (other than alopecia) not yet resolved to Grade ≤ 1 or baseline.",
    (M, "no toxicities recorded for prior therapy"),
    c1=(M, "does not apply - no previous anticancer therapy"), c7=(M, "does not apply - no previous anticancer therapy"),
    c4=(U, "grade 2 neuropathy recorded; whether resolved to grade <=1 not stated"),
    c6=(U, "grade 2 pneumonitis recorded (2025); whether resolved not stated")))
cr.append(C(E, "Known allergy or hypersensitivity to study treatment or any of the study drug excipients.",
    (U, "allergy history not in case fields"),
    c6=(M, "has received both T-DXd and ramucirumab with no hypersensitivity recorded")))
cr.append(C(E, "History of severe hypersensitivity reactions to other monoclonal antibodies.", (U, "allergy history not in case fields")))
cr.append(C(E, "Pregnant or breastfeeding female patients, or patients who are planning to become pregnant.", None, **preg()))
cr.append(C(E, "Otherwise inappropriate for this study in the investigator's or sub-investigator's opinion.",
    (M, "catch-all; no reason beyond the specific items judged elsewhere")))
cr.append(C(E, "Cirrhosis at a level of Child-Pugh B (or worse) or cirrhosis (any degree) and a history of hepatic encephalopathy or clinically meaningful ascites resulting from cirrhosis. Clinically meaningful ascites is defined as ascites from cirrhosis requiring diuretics or paracentesis.",
    (U, "liver status (cirrhosis) not in case fields"),
    c2=(U, "hepatitis C listed; cirrhosis status not in case fields"),
    c4=(U, "hepatitis B listed; cirrhosis status not in case fields")))
cr.append(C(E, "Serious or nonhealing wound, ulcer, or bone fracture within 28 days prior to first dose of protocol therapy.", (U, "wounds/ulcers/fractures not in case fields")))
cr.append(C(E, "The patient is receiving chronic antiplatelet therapy, including dipyridamole or clopidogrel, or similar agents. Once-daily aspirin use (maximum dose 325 mg/day) is permitted.", (U, "concomitant medication not in case fields")))
cr.append(C(E, r"The patient has uncontrolled or poorly-controlled hypertension (\>160 mmHg systolic or \> 100 mmHg diastolic for \>4 weeks) despite standard medical management.", (U, "blood pressure not in case fields")))

note = """
Korean phase I trial of T-DXd + ramucirumab for HER2-low gastric/GEJ adenocarcinoma after first-line therapy.
Reading choices: (1) HER2-low judged on the latest tissue result with the record's own IHC/ISH definition: UT-02's
post-trastuzumab re-biopsy IHC 1+ (HER2 loss) counts as HER2-low; UT-05's plasma ERBB2 amplification does not override
tissue IHC 1+. (2) Oesophageal adenocarcinoma is outside 'gastric or GEJ' (UT-07). (3) Perioperative FLOT with recurrence
within 6 months counts as 1st line (record sentence on adjuvant therapy, and convention C6). (4) 'Anticancer treatment
within 14 days' and the chemotherapy washout are judged on systemic-therapy dates; radiotherapy and surgery are unknown
(not case fields). (5) Grade 2 drug pneumonitis is taken as steroid-requiring (standard T-DXd management) -> excluded;
a listed interstitial_lung_disease is taken as current ILD. (6) 'More than 2 prior lines of chemotherapy' counts all
palliative systemic lines. (7) Neuropathy/unresolved toxicity are judged from the recorded toxicities list (empty =
none). (8) LVEF is judged from lvef_percent without its date. (9) The investigator-opinion catch-all is met.
Item 10 'Lung criteria' is split into its heading and parts A, B, C; the organ-function and washout run-on lines are
split at each requirement; items 13/14 and 15-19, run together in the record, are separate items.
"""
print(write("NCT05894824", note, cr))
