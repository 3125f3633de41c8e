#!/usr/bin/env python3
"""Build VK/<NCT>.yaml from hand-made judgements. Run from /work/tVK: python3 tools/build_vk.py"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

C = load_cases()
I, E = "inclusion", "exclusion"
CONSENT = J((M, "consent/compliance/contraception/procedure item: met by convention C1"))
LAB = J((U, "laboratory/organ-function value not in the case (convention C3)"))
LIFE = J((U, "life expectancy not recorded (convention C2)"))
NA_BC = J((M, "does not apply: gastro-oesophageal adenocarcinoma, not breast cancer"))
SURG = J((U, "surgery dates are not case fields (convention C4)"))
RT = J((U, "radiotherapy dates are not case fields (convention C4)"))
EYE = J((U, "ophthalmic status not recorded; needs screening eye examination"))
ECOG1 = per(ecog(1), C)
PREG = per(pregnancy, C)
MEAS = per(measurable, C)

HIST = lambda what: J((U, f"{what} not recorded in the case (convention C4)"))
VIR = {1: (U, "hepatitis B recorded; replication/activity status not in the case"),
       5: (U, "hepatitis C recorded; HCV RNA/cure status not in the case"),
       7: (U, "HIV recorded; viral load/CD4 control not in the case")}

def brain(default_reason, over7, over8):
    return J((M, default_reason), {7: over7, 8: over8})

results = {}

# ---------------------------------------------------------------- NCT05872295 IKS014
nct = "NCT05872295"
items = [
 (I, "HER2 positive solid tumors with expression defined as IHC3+, IHC2+/ISH+, or low HER2 expression defined as IHC2+ (ISH-) or IHC1+ (ISH- /+ or untested).",
  J((M, ""), {1: (M, "HER2 IHC 3+ (2025-04-15)"), 2: (M, "HER2 IHC 2+/ISH not amplified = HER2-low"),
              3: (M, "IHC 3+ at diagnosis; IHC 1+/ISH- on 2026-05 re-biopsy (HER2-low): either qualifies"),
              4: (U, "no tissue HER2 IHC/ISH; plasma ctDNA ERBB2 amplification is not one of the listed definitions"),
              5: (M, "HER2 IHC 1+ (HER2-low)"), 6: (N, "HER2 IHC 0: no HER2 expression as defined"),
              7: (M, "HER2 IHC 3+"), 8: (M, "HER2 IHC 2+/ISH amplified (ratio 2.4)")})),
 (I, "Participants with HR positive BC must have received prior treatment with a CDK4/6 inhibitor, in countries where this is standard therapy.", NA_BC),
 (I, "Platelets ≥ 75,000 /mcL", LAB),
 (I, "Hemoglobin ≥ 9.0 g/dL", LAB),
 (I, "Absolute neutrophil count ≥ 1000/mcL", LAB),
 (I, "No administration of granulocyte colony-stimulating factor (G-CSF) is allowed within 2 weeks prior to first study drug administration",
  J((U, "G-CSF use is not recorded in the case"))),
 (I, r"Creatinine clearance \> 45/mL/min (using the Cockcroft-Gault equation)", LAB),
 (I, r"Aspartate aminotransferase (AST) (serum glutamic-oxaloacetic transaminase \[SGOT\])/alanine aminotransferase (ALT) (serum glutamate pyruvate transaminase \[SGPT\]) ≤ 3 x institutional upper limit of normal (ULN) ≤ 5 x ULN if liver metastases present", LAB),
 (I, r"Total bilirubin ≤ 1.5 x ULN if no liver metastases or \< 3 x ULN with Gilbert's Syndrome or liver metastases at baseline", LAB),
 (I, r"Albumin \> 2.5 g/dL", LAB),
 (I, "Prothrombin time or international normalized ratio (INR) and either partial thromboplastin time (PTT) or activated (a) PTT ≤ 1.5 x ULN, ≤ 3 x institutional ULN if anticoagulated.", LAB),
 (I, "Must have adequate treatment washout period before trial treatment, defined as: Major surgery (≥ 4 weeks) and radiation therapy (≥ 3 weeks; in case of palliative radiation ≥ 2 weeks)",
  J((U, "surgery and radiotherapy dates are not case fields (convention C4)"))),
 (I, "Eastern Cooperative Oncology Group (ECOG) performance status (PS) of 0 or 1 (or equivalent Karnofsky PS)", ECOG1),
 (I, "Part 2 Dose Expansion Cohorts May Include:", J((M, "heading only; the cohort items below carry the requirement"))),
 (I, "1. Advanced or metastatic BC that is confirmed HER2-positive defined as IHC 3+ or IHC 2+ and evidence of HER2 amplification by ISH, as per ASCO-CAP and previously treated with at least two HER2 directed treatments.", NA_BC),
 (I, "2. Advanced or metastatic BC that has low HER2 expression defined as IHC2+ (ISH-) or IHC1+ (ISH-/+ or untested) and previously treated with at least 1 prior line of therapy which may include chemotherapy and/or a HER2 directed ADC.", NA_BC),
 (I, "3. Advanced or metastatic GC or GEJ cancer that is confirmed HER2-positive defined as IHC 3+ or IHC 2+ and evidence of HER2 amplification by ISH as per ASCO-CAP and previously treated with at least 1 prior line of therapy, which may include chemotherapy and/or a HER2 directed ADC.",
  J((M, ""), {1: (M, "metastatic gastric, IHC 3+, 2 prior palliative lines"),
              2: (M, "does not apply: HER2-low, judged under cohort 4"),
              3: (M, "does not apply: latest re-biopsy HER2-low, judged under cohort 4 (IHC 3+ at diagnosis would also qualify)"),
              4: (M, "does not apply: oesophageal primary, judged under cohort 5"),
              5: (M, "does not apply: HER2 IHC 1+, judged under cohort 4"),
              6: (M, "does not apply: HER2 IHC 0"),
              7: (M, "recurrent GEJ, IHC 3+; perioperative FLOT with recurrence 163 days after its end counts as 1 prior line (C6)"),
              8: (M, "metastatic gastric, IHC 2+/ISH amplified, 4 prior palliative lines")})),
 (I, "4. Advanced or metastatic GC or GEJ cancer that has low HER2 expression defined as IHC2+ (ISH-) or IHC1+ (ISH-/+ or untested) and has been previously treated with at least one prior line of therapy.",
  J((M, ""), {1: (M, "does not apply: HER2-positive, judged under cohort 3"),
              2: (M, "metastatic gastric, IHC 2+/ISH-, progressed after 1 palliative line"),
              3: (M, "metastatic gastric, re-biopsy IHC 1+/ISH-, 3 prior palliative lines"),
              4: (M, "does not apply: oesophageal primary, judged under cohort 5"),
              5: (N, "HER2 IHC 1+ but resectable and untreated: not advanced, no prior line"),
              6: (N, "HER2 IHC 0 is not HER2-low"),
              7: (M, "does not apply: HER2-positive, judged under cohort 3"),
              8: (M, "does not apply: HER2-positive, judged under cohort 3")})),
 (I, "5. Advanced or metastatic solid tumor that has any degree of HER2 expression (HER2 IHC3+, IHC2+, IHC1+ or ISH+) or a known activating HER2 mutation and has been treated with standard of care therapy relevant to the disease.",
  J((M, "does not apply: gastric/GEJ cancer has its own cohorts (3-4)"),
    {4: (N, "oesophageal adenocarcinoma with no tissue HER2 result and no standard therapy given yet (untreated)")})),
 (E, "History of (noninfectious) ILD/pneumonitis that required steroids, has current ILD/pneumonitis, or where suspected ILD/pneumonitis cannot be ruled out by imaging at Screening.",
  J((M, "no ILD/pneumonitis recorded"), {8: (N, "grade 2 pneumonitis on T-DXd (pneumonitis in history): grade 2 drug pneumonitis is treated with corticosteroids per the T-DXd label")})),
 (E, r"Any clinically apparent ≥ Grade 2 pulmonary compromise resulting from intercurrent pulmonary illnesses including, but not limited to, any underlying pulmonary disorder (i.e., pulmonary emboli within three months of the trial enrollment, severe asthma, severe chronic obstructive pulmonary disease \[COPD\], restrictive lung disease, pleural effusion, etc.), and any autoimmune, connective tissue or inflammatory disorders with potential pulmonary involvement (e.g., rheumatoid arthritis, Sjogren's, sarcoidosis), or prior pneumonectomy.",
  J((U, "composite: PE, asthma, COPD, effusion, pneumonectomy not recorded (C4)"),
    {4: (U, "autoimmune disease recorded but its type/pulmonary involvement is not in the case"),
     8: (U, "prior pneumonitis recorded; current pulmonary grade not in the case")})),
 (E, "Current evidence of ≥ Grade 2 keratitis or other corneal abnormality.", EYE),
 (E, "Evidence of a clinically significant (≥ Grade 2) abnormality on slit-lamp examination or other clinically significant ophthalmologic finding, as determined by an ophthalmologist.", EYE),
 (E, "Evidence of clinically significant (≥ Grade 2) confluent superficial keratitis, a corneal epithelial defect, a corneal ulcer, or stromal opacity.", EYE),
 (E, "Participant must not use contact lenses while participating in this study.", CONSENT),
 (E, "Central nervous system metastatic disease unless treated with definitive local therapy (surgical resection, stereotactic radiotherapy, or whole brain radiotherapy) and participant is clinically, radiologically and neurologically stable for at least 4 weeks prior to the first dose of study drug not on steroid therapy or are on a stable or decreasing dose of steroids for at least 7 days prior to first dose of study drug. Prophylactic anticonvulsant medications are allowed.",
  brain("no brain metastases recorded",
        (U, "brain metastases recorded; local treatment and stability are not in the case"),
        (U, "brain metastases recorded; local treatment, stability and steroid dose are not in the case"))),
 (E, "Active second malignancy or history of another malignancy within the last 2 years with the exception of:", HIST("other malignancies")),
 (E, "Treated, non-melanoma skin cancers", J((M, "exception to the preceding exclusion; cannot exclude on its own"))),
 (E, "Treated carcinoma in situ (CIS) (e.g., breast, cervix)", J((M, "exception to the preceding exclusion; cannot exclude on its own"))),
 (E, "Controlled, superficial carcinoma of the urinary bladder", J((M, "exception to the preceding exclusion; cannot exclude on its own"))),
 (E, "T1a or b carcinoma of the prostate treated according to local standard of care, with prostate specific antigen (PSA) within normal limits (WNL) for the institution", J((M, "exception to the preceding exclusion; cannot exclude on its own"))),
 (E, "Papillary thyroid carcinoma Stage I treated surgically for cure", J((M, "exception to the preceding exclusion; cannot exclude on its own"))),
 (E, "Clinically significant cardiovascular disease or condition",
  J((U, "no heart failure recorded; other cardiovascular history (MI, arrhythmia) not in the case"),
    {1: (N, "heart failure recorded: a clinically significant cardiovascular condition"),
     3: (U, "LVEF 52% (normal); other cardiovascular history not in the case"),
     8: (N, "LVEF 45%: left-ventricular systolic dysfunction, clinically significant before a HER2-directed ADC")})),
 (E, "Clinically significant liver disease",
  J((U, "no hepatitis recorded; cirrhosis/other liver disease not in the case"),
    {1: (U, "hepatitis B recorded; activity and liver status not in the case"),
     5: (U, "hepatitis C recorded; cure/cirrhosis status not in the case")})),
 (E, "Any other serious/active/uncontrolled infection, any infection requiring parenteral antibiotics, or unexplained fever \\> 38ºC within 2 weeks prior to first trial drug administration.",
  J((U, "current infection/fever status not recorded"), {1: VIR[1], 5: VIR[5], 7: VIR[7]})),
 (E, "Any other serious, life-threatening, or unstable preexisting medical condition (aside from the underlying malignancy), including significant organ system dysfunction, or clinically significant laboratory abnormality(ies), which, in the opinion of the Investigator, would either compromise the participant's safety or interfere with obtaining informed consent, compliance with trial procedures, or evaluation of the safety of the trial drug",
  J((U, "investigator judgement including laboratory abnormalities; labs not in the case (C3)"))),
]
note = ("Phase 1 HER2 ADC (IKS014). Section labels 'Inclusion/Exclusion Criteria:' and 'Key ... Criteria:' are not "
        "items; 'Part 2 Dose Expansion Cohorts May Include:' is its own item (met, heading) and each cohort is judged, "
        "with the cohort that fits the patient decisive and the others 'does not apply' (GC/GEJ under cohorts 3-4, "
        "oesophageal under cohort 5). The cancer-exception bullets are carve-outs (met). Grade 2 T-DXd pneumonitis is "
        "read as 'required steroids'; heart failure and LVEF 45% are read as clinically significant cardiovascular "
        "disease. ctDNA ERBB2 amplification alone does not satisfy the IHC/ISH HER2 definition (unknown).")
results[nct] = write(nct, note, items, C)

# ---------------------------------------------------------------- NCT05894824 T-DXd + ramucirumab
nct = "NCT05894824"
items = [
 (I, "1. Able and willing to give written informed consent and has signed the appropriate weitten informed consent form(ICF) prior to performance of any trial activityes.", CONSENT),
 (I, "2. Eligible male and female subjects aged ≥19 years.", per(lambda c: (M, f"aged {c['patient']['age']}"), C)),
 (I, r"3. Histologically or cytologically proven metastatic or locally advanced HER2 low gastric or GEJ adenocarcinoma: The definition of HER2 low is 1+ by immunohistochemistry (IHC) or 2+ by IHC and without HER2 gene amplification (negative by in situ hybridization\[ISH\]).",
  J((M, ""), {1: (N, "HER2 IHC 3+: HER2-positive, not HER2-low"),
              2: (M, "metastatic gastric adenocarcinoma, IHC 2+/ISH not amplified"),
              3: (M, "latest (2026-05) re-biopsy IHC 1+/ISH not amplified after HER2 loss; metastatic gastric"),
              4: (N, "oesophageal (not gastric/GEJ) adenocarcinoma; no tissue HER2 and ctDNA ERBB2 amplification"),
              5: (N, "resectable GEJ cancer: not metastatic or locally advanced (unresectable)"),
              6: (N, "HER2 IHC 0: not HER2-low"),
              7: (N, "HER2 IHC 3+: HER2-positive, not HER2-low"),
              8: (N, "HER2 IHC 2+/ISH amplified: HER2-positive, not HER2-low")})),
 (I, "4. Progressed after 1st line palliative treatment. Adjuvant chemotherapy will be counted as 1st line treatment if the cancer has recurred within 6 months of completion of adjuvant chemotherapy.",
  J((M, ""), {1: (M, "progressed on line 1 (trastuzumab + SOX), and on line 2"),
              2: (M, "progressed on line 1 nivolumab + CAPOX (2026-10-20)"),
              3: (M, "progressed after line 1 (and lines 2-3; see exclusion 3)"),
              4: (N, "untreated; no first-line therapy yet"),
              5: (N, "untreated resectable disease; no first-line therapy"),
              6: (M, "progressed on line 1 pembrolizumab + CAPOX; adjuvant CAPOX ended 443 days before recurrence, not a line"),
              7: (M, "perioperative FLOT ended 2026-05-10, recurrence 2026-10-20 (163 days): counts as 1st line"),
              8: (M, "progressed after line 1 and further lines")})),
 (I, "5. Has measurable or evaluable disease as determined by RECIST ver 1.1.",
  J((M, "measurable disease recorded"), {1: (M, "metastatic disease that is not measurable = evaluable (non-target) disease")})),
 (I, "6. ECOG performance status of 0 -1 at trial entry.", ECOG1),
 (I, "7. Life expectancy ≥12 weeks as judged by the Investigator.", LIFE),
 (I, "8. Has LVEF ≥ 50% by either echocardiogram (ECHO) or multigated acquisition (MUGA) scan within 28 days before enrollment.",
  per(lambda c: (U, "LVEF not recorded") if c["patient"].get("lvef_percent") is None else
      ((M, f"LVEF {c['patient']['lvef_percent']}%") if c["patient"]["lvef_percent"] >= 50 else
       (N, f"LVEF {c['patient']['lvef_percent']}% (< 50%)")), C)),
 (I, "9. Adequate baseline organ function defined as:", LAB),
 (I, "Absolute neutrophil count ≥1500/mm3", LAB),
 (I, "Platelets ≥100,000/mm3", LAB),
 (I, "Hemoglobin ≥9.0 g/dL", LAB),
 (I, "Aspartate aminotransferase (AST) and alanine aminotransferase (ALT) ≤3.0 × upper limit of normal (ULN) of the study site (or ≤5.0 × ULN in patients with liver metastases)", LAB),
 (I, "Total bilirubin ≤1.5 × ULN", LAB),
 (I, "Serum albumin ≥2.5 g/dL", LAB),
 (I, r"Creatinine ≤1.5 × ULN or creatinine clearance (either measured value or estimated value using the Cockcroft-Gault equation) \>40ml/min", LAB),
 (I, "Urinary protein ≤1+ on dipsick or routine urinalysis", LAB),
 (I, "INR and PTT/aPTT ≤1.5 × ULN", LAB),
 (I, "10. Adequate treatment washout period before randomization/enrollment.",
  J((U, "chemotherapy washout satisfied; surgery/radiotherapy dates not case fields"),
    {8: (N, "trifluridine/tipiracil ended 2026-11-24, 7 days before 2026-12-01 (< 3-week washout)")})),
 (I, "Major Surgery ≥ 4 weeks", SURG),
 (I, "Radiation Therapy including palliative stereotactic radiation therapy to chest ≥ 4 weeks", RT),
 (I, r"Anti-Cancer chemotherapy \[Immunotherapy (non-antibody based therapy)\] ≥ 3 weeks", per(washout(21, "3 weeks"), C)),
 (I, r"11\. Evidence of post-menopausal status or negative serum pregnancy test for females of childbearing potential who are sexually active with a non-sterilized male partner.", PREG),
 (I, r"12\. Female patients of childbearing potential who are sexually active with a non-sterilized male partner must use at least one highly effective method of contraception from the time of screening and must agree to continue using such precautions for 7 months after the last dose of IMP.", CONSENT),
 (I, r"13\. Non-sterilized male patients who are sexually active with a female partner of childbearing potential must use a condom with spermicide from screening to 4 months after the final dose of IMP.", CONSENT),
 (I, "14. Female subjects must not donate, or retrieve for their own use, ova from the time of enrollment and throughout the study treatment period, and for at least 7 months after the final study drug administration", CONSENT),
 (E, "1. Anticancer treatment within 14 days before the start of trial treatment.", per(washout(14, "14 days"), C)),
 (E, "2. Major surgery within 28 days before the start of trial treatment.", SURG),
 (E, "3. Have received more than 2 prior lines of chemotherapy.",
  J((M, ""), {1: (M, "2 prior lines (trastuzumab + SOX; ramucirumab + paclitaxel)"),
              2: (M, "1 prior line"),
              3: (N, "3 prior palliative lines each with a cytotoxic: CAPOX, disitamab vedotin (MMAE ADC), paclitaxel"),
              4: (M, "no prior chemotherapy"), 5: (M, "no prior chemotherapy"),
              6: (M, "adjuvant CAPOX plus 1 palliative line: not more than 2"),
              7: (M, "perioperative FLOT only (1 line)"),
              8: (N, "4 prior lines (FOLFOX-trastuzumab, T-DXd, paclitaxel-ramucirumab, trifluridine/tipiracil)")})),
 (E, "4. Grade ≥ 2 peripheral neuropathy.", J((U, "neuropathy grade not recorded"))),
 (E, "5. Multiple primary malignancies within 3 years.", HIST("other primary malignancies")),
 (E, r"6. Participants with a medical history of myocardial infarction within 6 months before treatment, symptomatic CHF (New York Heart Association Class II to IV), unstable angina pectoris, clinically important cardiac arrhythmias, or a recent (\< 6 months) cardiovascular event, including myocardial infarction, unstable angina pectoris, and stroke.",
  J((U, "no heart failure recorded; MI, angina, arrhythmia, stroke not in the case (C4)"),
    {1: (U, "heart failure recorded; NYHA class/symptoms not in the case"),
     8: (U, "LVEF 45% without a recorded heart-failure diagnosis; other events not in the case")})),
 (E, r"7. Corrected QT interval (QTcF) prolongation to \> 470 msec (females) or \>450 msec (males) based on an average of the screening triplicate 12-lead ECG.", J((U, "QTcF not recorded"))),
 (E, "8. Gastrointestinal perforation or fistula or any Grade 3-4 bleeding within 3 months of first dose of protocol therapy; or any arterial thromboembolic event, significant gastro-intestinal bleeding or any significant venous thromboembolism within 3 months before treatment",
  HIST("GI perforation, bleeding and thromboembolic events")),
 (E, "9. History of (non-infectious) ILD / pneumonitis that required steroids, has current ILD/pneumonitis, or where suspected ILD/pneumonitis cannot be ruled out by imaging at screening.",
  J((M, "no ILD/pneumonitis recorded"), {8: (N, "grade 2 T-DXd pneumonitis in history: grade 2 drug pneumonitis requires corticosteroids per label")})),
 (E, "10. Lung criteria:",
  J((U, "composite of A-C: underlying pulmonary disorders and pneumonectomy not recorded"),
    {4: (N, "autoimmune disease recorded (part B)")})),
 (E, "A. Lung-specific intercurrent clinically significant illnesses including, but not limited to, any underlying pulmonary disorder.",
  J((U, "pulmonary comorbidity not recorded (C4)"), {8: (U, "prior drug pneumonitis (judged under item 9); current pulmonary status not in the case")})),
 (E, "B. Any autoimmune, connective tissue or inflammatory disorders",
  J((M, "no autoimmune disease recorded"), {4: (N, "autoimmune disease recorded"),
                                             8: (M, "no autoimmune disease recorded; drug pneumonitis judged under item 9")})),
 (E, "C. Prior pneumonectomy", SURG),
 (E, "11. Has known active CNS metastases and/or carcinomatous meningitis.",
  brain("no brain metastases recorded", (U, "brain metastases recorded; whether active/treated not in the case"),
        (U, "brain metastases recorded; whether active/treated not in the case"))),
 (E, "12. Has substance abuse or any other medical conditions such as clinically significant cardiac or psychological conditions that may, in the opinion of the investigator, interfere with the subject's participation in the clinical study or evaluation of the clinical study results.",
  J((U, "substance use and psychiatric history not recorded (C4)"), {1: (U, "heart failure recorded; investigator judgement; psychiatric history not recorded")})),
 (E, "13. Has spinal cord compression or clinically active central nervous system metastases, defined as untreated and symptomatic, or requiring therapy with corticosteroids or anticonvulsants to control associated symptoms.",
  J((U, "no brain metastases recorded, but spinal cord compression not recorded (C4)"),
    {7: (U, "brain metastases recorded; symptoms/steroids not in the case"), 8: (U, "brain metastases recorded; symptoms/steroids not in the case")})),
 (E, "14. Uncontrolled infection requiring IV antibiotics, antivirals, or antifungals.", J((U, "current infection status not recorded"))),
 (E, "15. Active primary immunodeficiency, known uncontrolled active HIV infection or active hepatitis B or C infection, such as those with serologic evidence of viral infection within 28 days of Cycle 1 Day 1.",
  J((U, "no HIV/hepatitis recorded; primary immunodeficiency not a case field (C4)"), {1: VIR[1], 5: VIR[5], 7: VIR[7]})),
 (E, "16. Patients positive for hepatitis C (HCV) antibody are eligible only if polymerase chain reaction is negative for HCV RNA.",
  J((M, "does not apply: no hepatitis C recorded"), {5: (U, "hepatitis C recorded; HCV RNA PCR result not in the case")})),
 (E, "17. Receipt of live, attenuated vaccine (mRNA and replication deficient adenoviral vaccines are not considered attenuated live vaccines) within 30 days prior to the first dose of trastuzumab deruxtecan.",
  J((U, "vaccination history not recorded"))),
 (E, "Note: Patients, if enrolled, should not receive live vaccine during the study and up to 30 days after the last dose of IMP.", CONSENT),
 (E, "18. Has unresolved toxicities from previous anticancer therapy, defined as toxicities (other than alopecia) not yet resolved to Grade ≤ 1 or baseline.",
  J((U, "current grade of prior-treatment toxicities not recorded"),
    {4: (M, "no prior anticancer therapy"), 5: (M, "no prior anticancer therapy"),
     8: (U, "grade 2 pneumonitis (2026-01) recorded; resolution not in the case")})),
 (E, "19. Known allergy or hypersensitivity to study treatment or any of the study drug excipients.", J((U, "allergy history not recorded"))),
 (E, r"20\. History of severe hypersensitivity reactions to other monoclonal antibodies.", J((U, "allergy history not recorded"))),
 (E, r"21\. Pregnant or breastfeeding female patients, or patients who are planning to become pregnant.", PREG),
 (E, r"22\. Otherwise inappropriate for this study in the investigator's or sub-investigator's opinion.", J((U, "investigator judgement not recorded"))),
 (E, r"23\. Cirrhosis at a level of Child-Pugh B (or worse) or cirrhosis (any degree) and a history of hepatic encephalopathy or clinically meaningful ascites resulting from cirrhosis. Clinically meaningful ascites is defined as ascites from cirrhosis requiring diuretics or paracentesis.",
  J((U, "cirrhosis status not recorded"), {1: (U, "hepatitis B recorded; cirrhosis status not in the case"), 5: (U, "hepatitis C recorded; cirrhosis status not in the case")})),
 (E, r"24\. Serious or nonhealing wound, ulcer, or bone fracture within 28 days prior to first dose of protocol therapy.", HIST("wounds, ulcers and fractures")),
 (E, r"25\. The patient is receiving chronic antiplatelet therapy, including dipyridamole or clopidogrel, or similar agents. Once-daily aspirin use (maximum dose 325 mg/day) is permitted.", J((U, "concomitant medication not recorded"))),
 (E, r"26\. The patient has uncontrolled or poorly-controlled hypertension (\>160 mmHg systolic or \> 100 mmHg diastolic for \>4 weeks) despite standard medical management.", J((U, "blood pressure not recorded"))),
]
note = ("Phase Ib/II T-DXd + ramucirumab, 2nd line, HER2-low G/GEJ. Run-on numbered items are split at their numbers; "
        "inclusion 9 and 10 headings are own items (9 judged as organ function, 10 as the composite washout); "
        "'10. Lung criteria:' heading and its A/B/C parts are separate items; the live-vaccine 'Note' is its own item "
        "(met, conduct). HER2-low is judged on the latest tissue result (VK-03 after HER2 loss = HER2-low). 'More than 2 "
        "prior lines of chemotherapy' counts any palliative line with a cytotoxic, including an MMAE ADC (VK-03 = 3). "
        "Non-measurable metastatic disease counts as evaluable. Perioperative FLOT with recurrence <= 6 months counts as "
        "1st line (item 4 wording plus C6). Oesophageal primary is outside 'gastric or GEJ'.")
results[nct] = write(nct, note, items, C)

# ---------------------------------------------------------------- NCT05927857 COOL
nct = "NCT05927857"
items = [
 (I, "1. histologically or cytologically confirmed metastatic gastric adenocarcinoma",
  J((M, "metastatic gastric adenocarcinoma"),
    {4: (N, "oesophageal adenocarcinoma, not gastric"),
     5: (N, "resectable GEJ cancer, not metastatic"),
     6: (M, "recurrent gastric adenocarcinoma after gastrectomy, treated with palliative systemic therapy (advanced)"),
     7: (U, "recurrent GEJ adenocarcinoma: whether the trial accepts GEJ as 'gastric' is not stated")})),
 (I, "2. patients have received only first line of systemic therapy, including recurrence during adjuvant therapy or within 6 months after the completion of adjuvant treatment.",
  J((M, ""), {1: (N, "2 prior palliative lines"), 2: (M, "exactly 1 prior palliative line"),
              3: (N, "3 prior palliative lines"), 4: (N, "no systemic therapy yet (untreated)"),
              5: (N, "no systemic therapy yet (untreated, resectable)"),
              6: (M, "1 palliative line; adjuvant CAPOX ended 443 days before recurrence so does not count"),
              7: (M, "perioperative FLOT with recurrence 163 days after its end = first line"),
              8: (N, "4 prior palliative lines")})),
 (I, "3. ECOG(Eastern Cooperative Oncology Group) performance status 0 or 1", ECOG1),
 (I, "4. patients with HER2/neu-positive tumor must be exposure to Herceptin treatment",
  J((M, ""), {1: (M, "HER2-positive; received trastuzumab in line 1"),
              2: (M, "does not apply: HER2 IHC 2+/ISH not amplified (HER2-negative)"),
              3: (M, "HER2-positive at diagnosis; received trastuzumab in line 1"),
              4: (U, "tissue HER2 not known (ctDNA ERBB2 amplified); no trastuzumab given"),
              5: (M, "does not apply: HER2 IHC 1+ (HER2-negative)"),
              6: (M, "does not apply: HER2 IHC 0"),
              7: (N, "HER2 IHC 3+ and trastuzumab-naive"),
              8: (M, "HER2-positive; received trastuzumab in line 1")})),
 (I, "5. at least one measurable disease according to the RECIST version 1.1;", MEAS),
 (I, "6. patients are aged 20 to 80 years;",
  per(lambda c: (M, f"aged {c['patient']['age']}") if 20 <= c['patient']['age'] <= 80 else (N, f"aged {c['patient']['age']}, above 80"), C)),
 (I, "7. patients have a life expectancy ≥ 3 months;", LIFE),
 (I, "8. patients have adequate renal function with defined as serum creatinine ≤ 1.5 times the upper limit of normal (ULN) or Ccr ≥ 40 mL/min;", LAB),
 (I, "9. patients with adequate hepatic function as defined by a total bilirubin ≤1.5 times the ULN, and aspartate transaminase (AST) and alanine transaminase (ALT) ≤ 3 times the ULN or 5 times the ULN in the setting of liver metastases.", LAB),
 (I, "10. patients have adequate bone marrow function, defined as an absolute neutrophil count ≥ 1500/mm3, hemoglobin ≥9 g/dL, and platelet count ≥ 100,000/mm3 (transfusion or G-CSF support before enrollment is allowed)", LAB),
 (I, r"11. patients have International Normalized Ratio (INR) ≤1.5 and a partial thromboplastin time (PTT) (PTT/aPTT) \< 1.5 x ULN;", LAB),
 (I, r"12. patients' urinary protein is ≤1+ on dipstick or routine urinalysis or a 24-hour urine collection for protein must demonstrate \<1000 mg of protein if urine dipstick or routine analysis is ≥ 2+;", LAB),
 (I, "13. patients with childbearing potential shall have effective contraception for both the patient and his or her partner during the study;", CONSENT),
 (I, "14. female patients of childbearing potential must have a negative serum pregnancy test within 7 days prior to first dose of protocol therapy;", PREG),
 (I, "15. the ability to understand and willingness and to sign a written informed consent document.", CONSENT),
 (E, "1. patient can't take oral drugs;",
  J((U, "ability to swallow tablets not recorded (no recent oral therapy)"),
    {2: (M, "took oral capecitabine until 2026-10-20"), 6: (M, "took oral capecitabine until 2026-10-15"),
     8: (M, "took oral trifluridine/tipiracil until 2026-11-24")})),
 (E, "2. known hypersensitivity to irinotecan, fluoropyrimidine, or ramucirumab;", J((U, "allergy history not recorded"))),
 (E, "3. receipt of surgery within the past 4 weeks before study enrollment;", SURG),
 (E, "4. ≥ grade 2 diarrhea and ascites", J((U, "diarrhoea grade and ascites not recorded (C4)"))),
 (E, "5. concurrent severe infection with intravenous systemic antibiotics treatment;", J((U, "current infection status not recorded"))),
 (E, "6. patients have experienced any arterial thromboembolic events, including but not limited to myocardial infarction, transient ischemic attack, cerebrovascular accident, or unstable angina, within 6 months prior to first dose of protocol therapy;", HIST("arterial thromboembolic events")),
 (E, "7. patients have a prior history of GI perforation/fistula (within 6 months of first dose of protocol therapy) or risk factors for perforation;", HIST("GI perforation/fistula and perforation risk factors")),
 (E, "8. patients have:", J((U, "heading for the cirrhosis items; cirrhosis not recorded"))),
 (E, "cirrhosis at a level of Child-Pugh B (or worse) or",
  J((U, "cirrhosis status not recorded"), {1: (U, "hepatitis B recorded; cirrhosis status not in the case"), 5: (U, "hepatitis C recorded; cirrhosis status not in the case")})),
 (E, "cirrhosis (any degree) and a history of hepatic encephalopathy or clinically meaningful ascites resulting from cirrhosis. Clinically meaningful ascites is defined as ascites from cirrhosis requiring diuretics or paracentesis;",
  J((U, "cirrhosis status not recorded"), {1: (U, "hepatitis B recorded; cirrhosis status not in the case"), 5: (U, "hepatitis C recorded; cirrhosis status not in the case")})),
 (E, "9. patients have a serious or nonhealing wound, ulcer, or bone fracture within 28 days prior to first dose of protocol therapy;", HIST("wounds, ulcers and fractures")),
 (E, "10. patients have undergone major surgery within 28 days prior to first dose of protocol therapy, or minor surgery/subcutaneous venous access device placement within 7 days prior to the first dose of protocol therapy. Patients have elective or planned major surgery to be performed during the course of the clinical trial;",
  J((U, "surgery and port-placement dates are not case fields (C4)"),
    {5: (N, "resectable GEJ cancer: curative resection is the planned major surgery")})),
 (E, r"11. patients have uncontrolled or poorly-controlled hypertension (\>160 mmHg systolic or \> 100 mmHg diastolic for \>4 weeks) despite standard medical management;", J((U, "blood pressure not recorded"))),
 (E, "12. patients have experienced any grade 3-4 GI bleeding within 3 months prior to first dose of protocol therapy;", HIST("GI bleeding")),
 (E, "13. patients have a history of deep vein thrombosis (DVT), pulmonary embolism (PE), or any other significant thromboembolism (venous port or catheter thrombosis or superficial venous thrombosis are not considered \"significant\") during the 3 months prior to first dose of protocol therapy;", HIST("venous thromboembolism")),
 (E, "14. patients are receiving chronic antiplatelet therapy, including dipyridamole or clopidogrel, or similar agents. Once-daily aspirin use (maximum dose 325 mg/day) is permitted;", J((U, "concomitant medication not recorded"))),
 (E, "15. previously received prior nal-IRI (ONIVYDE®) or TAS-102 (LONSURF®) or ramucirumab therapy",
  J((M, "no nal-IRI, trifluridine/tipiracil or ramucirumab in the treatment history"),
    {1: (N, "received ramucirumab (line 2)"), 3: (N, "received ramucirumab (line 3)"),
     8: (N, "received ramucirumab (line 3) and trifluridine/tipiracil (line 4)")})),
 (E, "16. another previous malignancy diagnosed within the past 5 years except for non melanoma skin cancer or stage I cervical cancer;", HIST("other malignancies")),
 (E, "17. pregnant or breast feeding women.", PREG),
]
note = ("Phase Ib/II ramucirumab + nal-IRI + trifluridine/tipiracil, strictly second line. Numbered items are one item "
        "each; '8. patients have:' heading is its own item with its two cirrhosis bullets. 'Metastatic gastric' read "
        "literally: oesophageal and resectable cases fail; GEJ left unknown; a recurrence after gastrectomy treated "
        "palliatively counts as metastatic. Perioperative/adjuvant therapy with recurrence <= 6 months counts as the first "
        "line (item 2 wording). A resectable patient has planned major surgery (exclusion 10 not met). Ability to take "
        "oral drugs is met only when oral chemotherapy was taken within the last ~2 months.")
results[nct] = write(nct, note, items, C)

# ---------------------------------------------------------------- NCT06005493 AZD5863
nct = "NCT06005493"
items = [
 (I, "Age ≥ 18 at the time of signing the informed consent", per(lambda c: (M, f"aged {c['patient']['age']}"), C)),
 (I, "Histologically confirmed diagnosis of adenocarcinoma of the stomach, gastro-esophageal junction, esophagus, or pancreas",
  per(lambda c: (M, f"adenocarcinoma of the {c['diagnosis']['site']}"), C)),
 (I, "Must have at least one measurable lesion according to Response Evaluation Criteria in Solid Tumors (RECIST) v1.1", MEAS),
 (I, "Must show positive CLDN18.2 expression in tumor cells as determined by central immunohistochemistry (IHC)",
  J((U, "CLDN18.2 not tested; central IHC needed"),
    {2: (M, "CLDN18.2 85% moderate-to-strong (high) locally; central confirmation expected"),
     3: (U, "no CLDN18.2 result in the case fields; central IHC needed"),
     6: (U, "CLDN18.2 10% (low) locally; trial cut-off not stated, central IHC needed")})),
 (I, "Eastern Cooperative Oncology Group Performance status (ECOG PS): 0-1 at screening", ECOG1),
 (I, "Predicted life expectancy of ≥ 12 weeks", LIFE),
 (I, "Adequate organ and bone marrow function measured within 28 days prior to first dose as defined by the protocol", LAB),
 (I, "Contraceptive use by men or women should be consistent with local regulations, as defined by the protocol", CONSENT),
 (I, "Must have received at least one prior line of systemic therapy in the advanced/metastatic setting",
  J((M, ""), {1: (M, "2 prior palliative lines"), 2: (M, "1 prior palliative line"), 3: (M, "3 prior palliative lines"),
              4: (N, "untreated metastatic disease"), 5: (N, "resectable, untreated"),
              6: (M, "1 prior palliative line"),
              7: (M, "perioperative FLOT with recurrence 163 days after its end counts as 1 prior line (C6)"),
              8: (M, "4 prior palliative lines")})),
 (E, "Unresolved toxicity from prior anticancer therapy of Common Terminology Criteria for Adverse Events (CTCAE) Grade ≥ 2 except for those defined by the protocol",
  J((U, "current grade of prior-treatment toxicities not recorded"),
    {4: (M, "no prior anticancer therapy"), 5: (M, "no prior anticancer therapy"),
     8: (U, "grade 2 pneumonitis (2026-01) recorded; resolution not in the case")})),
 (E, "Participant experienced unacceptable cytokine release syndrome (CRS) or Immune Effector Cell Associated Neurotoxicity (ICANS) following prior T cell engagers (TCE) or chimeric antigen receptor T (CAR-T) cell therapy",
  J((M, "does not apply: no prior T-cell engager or CAR-T therapy"))),
 (E, "Previous history of hemophagocytic lymphohistiocytosis (HLH) / macrophage activation syndrome (MAS)", HIST("HLH/MAS")),
 (E, "Active or prior documented autoimmune or inflammatory disorders within 3 years of start of treatment",
  J((M, "no autoimmune disease recorded"), {4: (N, "autoimmune disease recorded (chronic, within 3 years)"),
                                             8: (M, "no autoimmune disease recorded; drug pneumonitis is not an autoimmune disorder")})),
 (E, "central nervous system (CNS) metastases or CNS pathology, as defined by the protocol, within 3 months prior to consent",
  J((M, "no brain metastases recorded"),
    {7: (N, "brain metastases recorded; curatively treated until recurrence on 2026-10-20, so they arose within the last 3 months"),
     8: (U, "brain metastases recorded; date not in the case")})),
 (E, "Infectious disease including active human immunodeficiency virus (HIV), active hepatitis B/C, uncontrolled infection with EBV, uncontrolled active systemic fungal, bacterial or other infection",
  J((U, "no HIV/hepatitis recorded; other active infections not recorded (C4)"), {1: VIR[1], 5: VIR[5], 7: VIR[7]})),
 (E, "Cardiac conditions as defined by the protocol",
  J((U, "protocol cardiac definition not in the record; cardiac history beyond heart failure not recorded"),
    {1: (U, "heart failure recorded; protocol definition not in the record"),
     8: (U, "LVEF 45%; protocol definition not in the record")})),
 (E, "History of thromboembolic event within the past 3 months prior to the scheduled first dose of study intervention", HIST("thromboembolic events")),
 (E, "Participant requires chronic immunosuppressive therapy", J((U, "concomitant medication not recorded"))),
 (E, "Participants on anticoagulation therapy with long-acting anticoagulants or other class of anticoagulants at therapeutic doses", J((U, "concomitant medication not recorded"))),
]
note = ("Phase I/II CLDN18.2 x CD3 T-cell engager. 'Key Inclusion/Exclusion Criteria:' labels are not items. Local "
        "CLDN18.2 >= 75% is taken as positive pending central IHC (met); a low (10%) local result is unknown because the "
        "cut-off is not stated. Perioperative therapy with recurrence <= 6 months counts as a prior advanced line (C6). "
        "For VK-07 the brain metastases cannot predate the recurrence of curatively treated disease (2026-10-20), so the "
        "3-month CNS window excludes her. Drug pneumonitis is judged as an ILD/toxicity matter, not as an autoimmune "
        "disorder.")
results[nct] = write(nct, note, items, C)

for nct, (v, crit) in results.items():
    print(nct, len(crit), {c: v[c] for c in CASES})
