from build_common import *

ECOG = dict(c4=(N, "ECOG 2"), c8=(N, "ECOG 3"))
cr = []
I, E = "inclusion", "exclusion"
cr.append(C(I, "Advanced unresectable or metastatic histologically or cytologically confirmed adenocarcinoma or squamous cell carcinoma of the stomach, gastroesophageal junction, or esophagus",
    (M, "metastatic adenocarcinoma of stomach/GEJ"),
    c3=(M, "recurrent (advanced) gastric adenocarcinoma after gastrectomy"),
    c8=(M, "recurrent (advanced) gastric adenocarcinoma after gastrectomy"),
    c7=(M, "locally advanced unresectable oesophageal adenocarcinoma")))
cr.append(C(I, "Measurable or evaluable disease defined by RECIST 1.1.",
    (M, "measurable_disease: true"),
    c3=(U, "measurable_disease: false; whether non-target (evaluable) disease exists is not stated")))
cr.append(C(I, "Lesions amenable to research biopsy. This criteria can be waived by the PI after documented discussion with the treating physician.",
    (M, "study-procedure item, waivable by PI (C1)")))
cr.append(C(I, "Known HER2 status if histology is adenocarcinoma prior to enrollment; results from local CLIA laboratory is acceptable.",
    (M, "HER2 tissue IHC result available"),
    c1=(M, "HER2 IHC 3+ (2026-10-29)"), c3=(M, "HER2 IHC 2+/ISH not amplified"),
    c6=(M, "HER2 IHC 2+/ISH amplified (2024)"), c8=(M, "HER2 IHC 3+ (2026-09-25)")))
neg = "HER2-negative by tissue"
cr.append(C(I, "For Dose Escalation, patients are required to have documented HER2 negative cancer.",
    (M, neg),
    c1=(M, "does not apply - HER2-positive (IHC 3+): would enter Expansion Cohort B, not Dose Escalation"),
    c6=(M, "does not apply - HER2-positive (IHC 2+/ISH+): Expansion Cohort B route, not Dose Escalation"),
    c8=(M, "does not apply - HER2-positive (IHC 3+): Expansion Cohort B route, not Dose Escalation"),
    c2=(M, "latest tissue HER2 IHC 1+ (2026-11-04) = HER2-negative (was 3+ in 2025)"),
    c3=(M, "IHC 2+/ISH not amplified = HER2-negative"), c4=(M, "IHC 0 = HER2-negative"),
    c5=(M, "tissue IHC 1+ = HER2-negative (ctDNA ERBB2 amplification does not define tissue status)"),
    c7=(M, "IHC 0 = HER2-negative")))
cr.append(C(I, "For Dose Expansion, patients will be enrolled to either HER2 positive or negative cohorts at the time of enrollment",
    (M, "HER2 status known, so a cohort (A HER2-negative / B HER2-positive) can be assigned")))
cr.append(C(I, "No prior systemic treatment for unresectable/advanced gastric, GEJ, or esophageal cancer.",
    (M, "no prior systemic treatment"),
    c2=(N, "received 1L pembrolizumab + trastuzumab + CAPOX for metastatic disease"),
    c3=(N, "recurred 40 days after perioperative FLOT ended: counts as a prior line for advanced disease (C6)"),
    c4=(N, "received 1L nivolumab + CAPOX for metastatic disease"),
    c5=(N, "two prior palliative lines"),
    c6=(N, "four prior palliative lines"),
    c8=(M, "only perioperative FLOT ending 2023-06-22; recurrence >6 months later so not a prior advanced line (C6)")))
cr.append(C(I, r"Neoadjuvant or adjuvant systemic therapy is allowed; however, surgical resection and adjuvant chemotherapy should have been \> 3 months from planned C1D1.",
    (M, "does not apply - no neoadjuvant/adjuvant therapy"),
    c3=(N, "perioperative FLOT ended 2026-09-10, only 82 days (<3 months) before 2026-12-01"),
    c8=(M, "perioperative FLOT ended 2023-06-22 (>3 years ago); gastrectomy before that")))
cr.append(C(I, "Up to two prior cycles of FOLFOX is allowed.",
    (M, "no prior FOLFOX for advanced disease"),
    c5=(N, "received FOLFOX + nivolumab from 2025-09-01 to 2026-04-20, far more than two cycles"),
    c3=(M, "does not apply - perioperative FLOT, not FOLFOX for advanced disease"),
    c8=(M, "does not apply - perioperative FLOT, not FOLFOX for advanced disease")))
cr.append(C(I, r"Definitive chemoradiation is allowed if the last date of chemotherapy or radiation (whichever is more recent) is \> 3 months from planned C1D1.",
    (M, "does not apply - no definitive chemoradiation in treatment history")))
cr.append(C(I, r"Prior palliative radiation therapy, including brain radiation, in the unresectable setting is allowed, but the last treatment date should be \>10 days from planned C1D1.",
    (U, "radiotherapy history not in case fields (C4)"),
    c5=(U, "brain metastases present; whether/when brain radiotherapy was given is not in case fields"),
    c6=(U, "brain metastases present; whether/when brain radiotherapy was given is not in case fields")))
cr.append(C(I, "At least 18 years of age", (M, "adult")))
cr.append(C(I, "ECOG performance status 0 or 1", (M, "ECOG 0-1"), **ECOG))
cr.append(C(I, "Normal bone marrow and organ function as defined below:", LAB))
for t in ["Absolute neutrophil count ≥ 1.5 K/cumm", "Platelets ≥ 100 K/cumm", "Hemoglobin ≥ 9.0 g/dL",
          "Total bilirubin ≤ 1.5 x IULN or ≤ 3 x IULN in patients with documented Gilbert's syndrome",
          "AST(SGOT)/ALT(SGPT) ≤ 2.0 x IULN, unless there are liver metastases in which case AST and ALT ≤ 5.0 x IULN",
          "Creatinine clearance ≥ 35 mL/min by Cockcroft-Gault"]:
    cr.append(C(I, t, LAB))
cr.append(C(I, r"Creatinine phosphokinase (CPK) elevation at screening \< Grade 2 (CPK \< 2.5 x IULN)", LAB))
cr.append(C(I, "Patients on a cholesterol lowering statin must be on a stable dose with no dose changes within 3 weeks prior to study start.",
    (U, "statin use not recorded in case fields")))
cr.append(C(I, "Expansion Cohort B patients only: LVEF above LLN as assessed by MUGA or ECHO",
    (M, "does not apply - HER2-negative, Cohort B (HER2-positive) clause"),
    c1=(M, "LVEF 64% (above LLN, taken as 50%)"),
    c6=(M, "LVEF 52% (above LLN, taken as 50%)"),
    c8=(N, "LVEF 42%, below LLN")))
cr.append(C(I, "The effects of CA-4948 on the developing human fetus are unknown. For this reason, women of childbearing potential and men must agree to use adequate contraception (hormonal or barrier method of birth control, abstinence) prior to study entry and for the duration of study participation. Should a woman become pregnant or suspect she is pregnant while participating in this study, she must inform her treating physician immediately. Men treated or enrolled on this protocol must also agree to use adequate contraception prior to the study, for the duration of the study, and 3 months after completion of the study", C1))
cr.append(C(I, "Ability to understand and willingness to sign an IRB approved written informed consent document (or that of legally authorized representative, if applicable).", C1))

cr.append(C(E, "Current use or anticipated need for alternative, holistic, naturopathic, or botanical formulations used for the purpose of cancer treatment. Use of medical marijuana is permitted.",
    (M, "willingness to avoid non-study anticancer remedies treated as compliance (C1)")))
cr.append(C(E, "A history of other malignancy with the exception of 1) malignancies for which all treatment was completed at least 2 years before registration and the patient has no evidence of disease; 2) or known indolent malignancies that do not require treatment and will likely not alter the course of treatment of metastatic gastric, GEJ, or esophageal cancer.",
    (U, "other malignancies not recorded in case fields (C4)")))
cr.append(C(E, "History of allogeneic organ or stem cell transplant",
    (M, "organ_transplant not among conditions (vocabulary condition absent)")))
cr.append(C(E, "Currently receiving any other investigational therapeutic agents. Investigational tracers related to imaging studies are allowed with a 7 day-washout.",
    (M, "no ongoing therapy; treatment history contains only approved agents")))
cr.append(C(E, r"Clinically active CNS metastasis; treated and asymptomatic metastasis allowed at the discretion of the PI. Radiotherapy to the brain must be completed \> 10 days prior to planned C1D1.",
    (M, "brain_metastases not among conditions"),
    c5=(U, "brain metastases listed; whether treated/asymptomatic and brain RT dates not in case fields"),
    c6=(U, "brain metastases listed; whether treated/asymptomatic and brain RT dates not in case fields")))
cr.append(C(E, "A history of allergic reactions attributed to compounds of similar chemical or biologic composition to CA-4948, FOLFOX, nivolumab, trastuzumab or other agents used in the study.",
    (U, "allergy history not in case fields")))
cr.append(C(E, "Concomitant use of drugs with a known risk of causing prolonged QTc and/or Torsades de Pointes or a history of risk factors for Torsades de Pointes.",
    (U, "concomitant medication and QT risk factors not in case fields"),
    c8=(U, "heart failure listed (a Torsades risk factor only if significant); medications not in case fields")))
cr.append(C(E, "Presence of interstitial lung disease or pneumonitis ≥ G2",
    (M, "no interstitial_lung_disease or pneumonitis among conditions"),
    c6=(U, "history of grade 2 T-DXd pneumonitis (2025); whether any is present now is not in case fields"),
    c8=(U, "interstitial lung disease listed (chronic, so present); current grade not in case fields")))
cr.append(C(E, "Administration of a live attenuated vaccine within 30 days prior to enrollment.",
    (U, "vaccination history not in case fields")))
cr.append(C(E, r"QTc (Bazett) \>470ms on screening EKG", (U, "ECG not in case fields")))
cr.append(C(E, "Gastrointestinal condition which could impair absorption of CA-4948 or inability to ingest CA-4948",
    (U, "GI integrity/swallowing not in case fields (C4)"),
    c3=(U, "perioperative therapy implies prior gastrectomy; absorption/ability to swallow not stated in case fields"),
    c8=(U, "perioperative therapy implies prior gastrectomy; absorption/ability to swallow not stated in case fields")))
cr.append(C(E, "Uncontrolled intercurrent illness including, but not limited to, ongoing or active infection, symptomatic congestive heart failure, unstable angina pectoris, or cardiac arrhythmia",
    (U, "infection, angina, arrhythmia status not in case fields (C4)"),
    c8=(U, "heart failure listed, LVEF 42%; whether symptomatic/uncontrolled not in case fields"),
    c7=(U, "HIV listed; control status and other intercurrent illness not in case fields")))
cr.append(C(E, "Pregnant and/or breastfeeding. Women of childbearing potential must have a negative pregnancy test within 7 days of study entry.", None, **preg()))
cr.append(C(E, r"Patients with HIV are eligible unless their CD4+ T-cell counts are \< 350 cells/mcL or they have a history of AIDS-defining opportunistic infection within the 12 months prior to registration. Concurrent treatment with effective ART according to DHHS treatment guidelines is recommended. Recommend exclusion of specific ART agents based on predicted drug-drug interactions (i.e., for sensitive CYP3A4 substrates, concurrent strong CYP3A4 inhibitors (ritonavir and cobicistat) or inducers (efavirenz) should be contraindicated).",
    (M, "does not apply - no HIV"),
    c7=(U, "HIV listed; CD4 count, AIDS-defining infections and ART regimen not in case fields")))
cr.append(C(E, "Participants with active, known or suspected autoimmune disease. Participants with vitiligo, type I diabetes mellitus, residual hypothyroidism due to autoimmune condition only requiring hormone replacement, euthyroid participants with a history of Grave's disease (participants with suspected autoimmune thyroid disorders must be negative for thyroglobulin and thyroid peroxidase antibodies and thyroid stimulating immunoglobulin prior to first dose of study treatment), psoriasis not requiring systemic treatment, or conditions not expected to recur in the absence of an external trigger are permitted to enroll after discussing with the PI.",
    (M, "autoimmune_disease not among conditions"),
    c8=(U, "autoimmune disease listed; its type (permitted exceptions?) and activity not in case fields")))
cr.append(C(E, r"Participants with a condition requiring systemic treatment with either corticosteroids (\> 10 mg daily prednisone or equivalent) or other immunosuppressive medications within 14 days of study treatment except for adrenal replacement steroid doses \> 10 mg daily prednisone equivalent in the absence of active autoimmune disease. Note: treatment with a short course of steroids (\< 5 days) up to 7 days prior to initiating study treatment is permitted. Inhaled intranasal, intra-articular, and topical steroid uses are permitted.",
    (U, "current steroid/immunosuppressant use not in case fields"),
    c8=(U, "autoimmune disease and ILD listed (likely immunosuppressed) but medications not in case fields")))
cr.append(C(E, "Patients are unwilling to adhere to the lifestyle guidance in protocol.", C1))

note = """
First-line phase I trial (CA-4948 + FOLFOX + nivolumab; Cohort B adds pembrolizumab + trastuzumab for HER2-positive).
Reading choices: (1) the Dose Escalation bullet requires HER2-negative disease; for HER2-positive cases it is judged
'does not apply' because they can enter Expansion Cohort B (brief summary). (2) 'Expansion Cohort B' = HER2-positive
cohort, so its LVEF clause applies only to HER2-positive cases; LLN taken as 50%. (3) Perioperative therapy with
recurrence <=183 days after its end counts as a prior advanced line (convention C6) even though the record allows
neoadjuvant/adjuvant therapy; for UT-03 the >3-month interval is also failed (82 days). (4) 'Up to two prior cycles
of FOLFOX' read as a limit: more cycles of FOLFOX for advanced disease -> not_met. (5) Radiotherapy, surgery, labs,
medications, vaccines, allergies and other malignancies are not case fields -> unknown. (6) Allogeneic stem-cell
transplant read as covered by the organ_transplant vocabulary item (absent -> met); a colleague might say unknown.
"""
print(write("NCT05187182", note, cr))
