import sys; sys.path.insert(0, 'gen')
from common import J, write

M, N, U = 'met', 'not_met', 'unknown'
NOBM = 'no brain metastases: brain_metastases is not among the conditions'
HEAD = (M, 'heading only; its requirements are judged in the items below')
DEF = (M, 'definition of child-bearing potential, not a requirement in itself')
GLI = (M, 'does not apply: alternative for IDH-mutant astrocytoma / glioblastoma; the patient is judged on the solid-tumour alternative')
C = []
def add(kind, text, j): C.append({'kind': kind, 'text': text, 'j': j})

add('inclusion', 'To be eligible to participate in the study, a patient must meet all of the following inclusion criteria:', J(HEAD))
add('inclusion', 'Patient must be ≥ 18yrs of age.', J(
    WK_01=(M, 'age 82'), WK_02=(M, 'age 34'), WK_03=(M, 'age 47'), WK_04=(M, 'age 66'),
    WK_05=(M, 'age 71'), WK_06=(M, 'age 58'), WK_07=(M, 'age 29'), WK_08=(M, 'age 63')))
add('inclusion', 'Patient must have the ability to understand, and the willingness to sign, a written informed consent form.',
    J((M, 'consent item (convention C1)')))
add('inclusion', 'Patient has been on a stable or decreasing dose of steroids for at least five days prior to the date of informed consent.', J(
    (U, 'corticosteroid use and dose history are not recorded in the case'),
    WK_03=(U, 'brain metastases present; whether she takes steroids for them and at what dose is not recorded'),
    WK_04=(U, 'brain metastases present; steroid use and dose not recorded')))
add('inclusion', 'Any toxicity from prior therapy must be resolved or at maximum Grade 1 prior to initiation of NEO212.', J(
    (M, 'no treatment toxicity recorded for any prior line (toxicities: [])'),
    WK_01=(M, 'no prior anticancer therapy'),
    WK_05=(U, 'grade 2 pneumonitis on nivolumab (stopped 2026-03-10); current grade not recorded')))
add('inclusion', 'If progression of disease occurs within 90 days or conformal radiation, the progression/recurrence must be outside of the radiation field or proven by biopsy/resection.', J(
    (M, 'does not apply: pseudoprogression rule for irradiated CNS disease; ' + NOBM),
    WK_03=(U, 'brain metastases present; any CNS radiotherapy and its dates are not recorded in the case fields'),
    WK_04=(U, 'brain metastases present; any CNS radiotherapy and its dates are not recorded in the case fields')))
add('inclusion', 'Patient with Astrocytoma IDH-mutant, Glioblastoma IDH-wildtype must have a Karnofsky Performance Status (KPS) of ≥ 60.',
    J((M, 'does not apply: glioma cohort; patient has gastro-oesophageal adenocarcinoma')))
add('inclusion', 'Patient with select solid tumors (see Appendix 2) must have an Eastern Cooperative Oncology Group (ECOG) performance status of 0-2.', J(
    WK_01=(M, 'ECOG 2'), WK_02=(M, 'ECOG 1'), WK_03=(M, 'ECOG 1'), WK_04=(M, 'ECOG 1'),
    WK_05=(M, 'ECOG 1'), WK_06=(M, 'ECOG 1'), WK_07=(M, 'ECOG 0'), WK_08=(N, 'ECOG 3 (limit 0-2)')))
add('inclusion', 'Patient must have an expected survival or at least three months.', J((U, 'life expectancy (convention C2)')))
add('inclusion', 'Patient must have a baseline MRI of the brain with gadolinium within 14 days of administration of NEO212.',
    J((M, 'study procedure (convention C1)')))
add('inclusion', 'Patient with select solid tumors (see Appendix 2) must have a baseline CT scan with IV contrast and oral contrast of neck, chest, abdomen and pelvis within 14 days of administration of NEO212.',
    J((M, 'study procedure (convention C1)')))
add('inclusion', 'Patients must be able to comply with all study assessments.', J((M, 'compliance (convention C1)')))
add('inclusion', 'If patient suffers from seizures (s)he must be controlled on a stable dose of anti-epileptics for 14-days prior to the date of informed consent.',
    J((U, 'seizure history not recorded (convention C4)'),
      WK_03=(U, 'brain metastases present; seizure history not recorded'),
      WK_04=(U, 'brain metastases present; seizure history not recorded')))
add('inclusion', 'Patient must have adequate organ and marrow function as follows:', J((U, 'organ and marrow function not recorded (convention C3)')))
add('inclusion', 'Absolute neutrophil count ≥ 1,500/microliter', J((U, 'laboratory value not recorded (C3)')))
add('inclusion', 'Platelets ≥ 100,000/microliter', J((U, 'laboratory value not recorded (C3)')))
add('inclusion', 'Total bilirubin within normal institutional limits', J((U, 'laboratory value not recorded (C3)')))
add('inclusion', 'AST (SGOT) / ALT (SPGT) ≤ 2.5 x institutional upper limit of normal', J((U, 'laboratory value not recorded (C3)')))
add('inclusion', 'Creatinine clearance (CrCl) of \\>60 mL/min (using the Cockcroft-Gault formula or 24- hour urine collection).', J(
    (U, 'creatinine clearance not recorded (C3)'),
    WK_01=(U, 'creatinine clearance not recorded (C3); at 82 a Cockcroft-Gault value above 60 mL/min is doubtful')))
add('inclusion', 'Female patients of child-bearing potential and male patients must agree to use adequate contraception (hormonal or barrier method of birth control; abstinence) for 30 days prior to the first dose of NEO212, for the duration of study participation, and for 90 days following completion of therapy.',
    J((M, 'contraception (convention C1)')))
add('inclusion', 'A female of child-bearing potential is any women (regardless of sexual orientation, not having undergone a tubal ligation, or remaining celibate by choice) who meets the following criteria:', J(DEF))
add('inclusion', 'Has not undergone a hysterectomy or bilateral oophorectomy; or', J(DEF))
add('inclusion', 'Has not been naturally postmenopausal for at least 12 consecutive months (i.e., has not had menses at any time in the preceding 12 consecutive months).', J(DEF))
PREG_M = (M, 'man: pregnancy test does not apply (C2)')
add('inclusion', 'A negative serum pregnancy test will be required of all female patients of child-bearing potential within seven days prior to the receipt of NEO212.', J(
    PREG_M, WK_02=(U, 'woman aged 34: pregnancy status not recorded (C2)'), WK_03=(U, 'woman aged 47: pregnancy status not recorded (C2)'),
    WK_05=(M, 'woman aged 71 (C2)'), WK_07=(U, 'woman aged 29: pregnancy status not recorded (C2)')))
add('inclusion', 'A serum pregnancy test will be repeated immediately if pregnancy is suspected.', J((M, 'study procedure (C1)')))

# ---- Phase 1
add('inclusion', 'Phase 1: (dose escalation)', J((M, 'phase heading; the items under it are judged below')))
add('inclusion', 'Patient must:', J(HEAD))
add('inclusion', 'have radiographically confirmed Astrocytoma IDH-mutant, Glioblastoma IDH-wildtype following previous radiation therapy or treatment with temozolomide and radiation, or', J(GLI))
BMX = 'have select solid tumors (see Appendix 2) with uncontrolled metastases to the brain (confirmed by cranial CT or MRI) that is not controlled by surgery or radiation therapy and receiving one of the protocol approved SOC regimens.'
BMJ = J((N, NOBM + '; the trial needs uncontrolled brain metastases'),
        WK_03=(U, 'GEJ adenocarcinoma (listed condition) with brain metastases; whether they are uncontrolled after local therapy is not in the fields, and she is between regimens (Appendix 1 not given)'),
        WK_04=(U, 'gastric adenocarcinoma with brain metastases while on ramucirumab + paclitaxel; control status of the lesions not in the fields and Appendix 1 regimens not given'),
        WK_07=(N, NOBM + '; resectable disease'))
add('inclusion', BMX, BMJ)
add('inclusion', 'Patients receiving prior systemic therapy must have a minimum wash-out period (defined as the period prior to receipt of the first dose of NEO212) of:', J(
    (M, 'all wash-out periods below are satisfied at 2026-12-01'),
    WK_01=(M, 'does not apply: no prior systemic therapy'),
    WK_04=(U, 'ramucirumab + paclitaxel ongoing; whether it is a protocol SOC regimen continued with NEO212 or must be washed out is not decidable (Appendix 1 not given)'),
    WK_06=(U, 'tislelizumab + SOX ongoing; continued SOC or wash-out needed is not decidable (Appendix 1 not given)'),
    WK_07=(U, 'perioperative FLOT ongoing; wash-out not yet possible to assess')))
add('inclusion', '28 days or 5 half-lives (whichever is shorter) elapsed from the administration from any experimental agent;',
    J((M, 'no experimental agent in the treatment history'), WK_01=(M, 'does not apply: no prior systemic therapy')))
add('inclusion', '2 weeks from administration of immunotherapies;', J(
    (M, 'no immunotherapy received'),
    WK_01=(M, 'does not apply: no prior systemic therapy'),
    WK_03=(M, 'pembrolizumab ended 2026-01-20, >2 weeks'),
    WK_05=(M, 'nivolumab ended 2026-03-10, >2 weeks'),
    WK_06=(U, 'tislelizumab ongoing; continued SOC or wash-out needed is not decidable (Appendix 1 not given)'),
    WK_08=(M, 'nivolumab ended 2025-05-15, >2 weeks')))
add('inclusion', '28 days from administration of cytotoxic agents; and', J(
    WK_01=(M, 'does not apply: no prior systemic therapy'),
    WK_02=(M, 'last S-1/oxaliplatin 2026-07-15, 139 days'),
    WK_03=(M, 'last trastuzumab deruxtecan (ADC, cytotoxic payload) 2026-10-30, 32 days'),
    WK_04=(U, 'paclitaxel ongoing; continued SOC or wash-out needed is not decidable (Appendix 1 not given)'),
    WK_05=(M, 'last paclitaxel 2026-10-27, 35 days'),
    WK_06=(U, 'S-1/oxaliplatin ongoing; continued SOC or wash-out needed is not decidable'),
    WK_07=(U, 'perioperative FLOT ongoing'),
    WK_08=(M, 'last irinotecan 2026-11-02, 29 days')))
add('inclusion', '7 days from administration of non-cytotoxic agents (interferon, tamoxifen, thalidomide, cis-retinoic acid, and herbal medicine).', J(
    (M, 'no non-cytotoxic anticancer agent given recently'),
    WK_01=(M, 'does not apply: no prior systemic therapy'),
    WK_04=(U, 'ramucirumab ongoing; continued SOC or wash-out needed is not decidable'),
    WK_05=(M, 'last ramucirumab 2026-10-27, 35 days'),
    WK_08=(M, 'last ramucirumab 2025-12-01')))
add('inclusion', 'NOTE: No washout is necessary for alternating electrical fields.', J((M, 'note only; no requirement (no tumour-treating fields used)')))

# ---- Phase 2a
add('inclusion', 'Phase 2a: (safety run-in)', J((M, 'phase heading; the items under it are judged below')))
add('inclusion', 'Patient must have select solid tumors (see Appendix 2) with uncontrolled metastases to the brain (confirmed by cranial CT or MRI) that is not controlled by surgery or radiation therapy and receiving one of the protocol approved SOC regimens.', BMJ)
SOC = J((U, 'has had systemic therapy and Appendix 1 (approved SOC regimens) is not in the record; she/he is not on a regimen now'),
        WK_01=(M, 'does not apply: no prior systemic therapy'),
        WK_04=(U, 'receiving ramucirumab + paclitaxel; whether it is an Appendix 1 regimen cannot be read from the record'),
        WK_06=(U, 'receiving tislelizumab + SOX; whether it is an Appendix 1 regimen cannot be read from the record'),
        WK_07=(U, 'receiving perioperative FLOT; whether it is an Appendix 1 regimen cannot be read from the record'))
add('inclusion', 'Patients receiving prior systemic therapy must be receiving one of the protocol approved Standard of Care (SOC) regimens listed on Appendix 1.', SOC)
CNS = J((N, NOBM + ', so no measurable/evaluable CNS disease'),
        WK_03=(U, 'brain metastases present; RANO-BM measurability/evaluability not recorded'),
        WK_04=(U, 'brain metastases present; RANO-BM measurability/evaluability not recorded'))
add('inclusion', 'Patient must have measurable/evaluable CNS disease per RANO or RANO-BM criteria.', CNS)
add('inclusion', 'Patient must have measurable/evaluable systemic disease per RECIST v1.1 criteria.', J((M, 'measurable_disease: true')))

# ---- Phase 2b
add('inclusion', 'Phase 2b: (efficacy)', J((M, 'phase heading; the items under it are judged below')))
add('inclusion', 'Patient must:', J(HEAD))
add('inclusion', 'have radiographically confirmed Astrocytoma IDH-mutant, Glioblastoma IDH-wildtype following previous radiation therapy or treatment with temozolomide and radiation, or', J(GLI))
add('inclusion', BMX, BMJ)
add('inclusion', 'Patients receiving prior systemic therapy must be receiving one of the protocol approved Standard of Care (SOC) regimens listed on Appendix 1.', SOC)
add('inclusion', 'Patient must have measurable/evaluable CNS disease per RANO or RANO-BM criteria', CNS)
add('inclusion', 'Patient with select solid tumors (see Appendix 2) must have measurable/evaluable systemic disease per RECIST v1.1 criteria.', J((M, 'measurable_disease: true')))
add('inclusion', 'Creatinine clearance (CrCl) of \\>60 mL/min (using the Cockcroft-Gault formula or 24-hour urine collection).', J(
    (U, 'creatinine clearance not recorded (C3)'),
    WK_01=(U, 'creatinine clearance not recorded (C3); at 82 a value above 60 mL/min is doubtful')))
add('inclusion', 'Female patients of child-bearing potential and male patients must agree to use adequate contraception (hormonal or barrier method of birth control; abstinence) for 30 days prior to the first dose of NEO212, for the duration of study participation, and for 90 days following completion of therapy.',
    J((M, 'contraception (convention C1)')))

# ---- Exclusions
add('exclusion', '9.2 Exclusion Criteria: (all Phases)', J((M, 'heading only; the exclusions are judged below')))
add('exclusion', 'Patient in Phase 1 concurrently receiving any other antitumor therapy.', J(
    (M, 'no anticancer therapy ongoing'),
    WK_04=(U, 'on ramucirumab + paclitaxel; whether this is the protocol SOC regimen or "other" therapy depends on Appendix 1 (not given)'),
    WK_06=(U, 'on tislelizumab + SOX; SOC vs "other" therapy depends on Appendix 1 (not given)'),
    WK_07=(U, 'on perioperative FLOT; SOC vs "other" therapy depends on Appendix 1 (not given)')))
add('exclusion', 'Patient in Phase 2a or 2b who is concurrently receiving any SOC therapy not listed in Appendix 1.', J(
    (M, 'no SOC therapy ongoing'),
    WK_04=(U, 'on ramucirumab + paclitaxel; Appendix 1 not in the record'),
    WK_06=(U, 'on tislelizumab + SOX; Appendix 1 not in the record'),
    WK_07=(U, 'on perioperative FLOT; Appendix 1 not in the record')))
CNSX = J((M, 'no CNS metastases: brain_metastases not among the conditions'),
         WK_03=(U, 'brain metastases present; extent of CNS involvement beyond the brain not recorded'),
         WK_04=(U, 'brain metastases present; extent of CNS involvement beyond the brain not recorded'))
add('exclusion', 'Patients with metastases to the spinal cord parenchyma.', CNSX)
add('exclusion', 'Patients with metastases to the meninges.', CNSX)
add('exclusion', 'Patient has received stereotactic or highly conformal radiotherapy to CNS lesions within 2 weeks before receipt of NEO212.', J(
    (M, 'no CNS lesions to irradiate: brain_metastases not among the conditions'),
    WK_03=(U, 'brain metastases present; CNS radiotherapy and its date not recorded in the case fields'),
    WK_04=(U, 'brain metastases present; CNS radiotherapy and its date not recorded in the case fields')))
add('exclusion', 'Patient with history of known leptomeningeal involvement.', CNSX)
add('exclusion', 'Patient has prior history or new diagnosis of secondary cancer within five years prior to the date of informed consent, except for basal cell carcinoma or squamous cell carcinoma of the skin.',
    J((U, 'other malignancies not recorded (convention C4)')))
add('exclusion', "Patient has a corrected QT interval (using Fridericia's correction formula) (QTcF) of \\>470 msec, a history of additional risk factors for TdP (e.g. heart failure, hypokalemia), and/or the use of concomitant medications that prolong QT/QTc interval.", J(
    (U, 'QTcF, potassium and concomitant medications not recorded; composite item cannot be cleared'),
    WK_01=(N, 'heart failure is a named TdP risk factor')))
add('exclusion', 'Patient had surgery within 7 days prior to the date of informed consent.', J(
    (U, 'recent surgery not recorded in the case fields (C4)'),
    WK_02=(U, 'gastrectomy implied by perioperative therapy ending 2026-07-15, but any surgery in the last 7 days is not recorded')))
add('exclusion', 'Patient has not recovered to Grade 1 from treatment related adverse events due to chemotherapy, immunotherapy, or radiation therapy.', J(
    (M, 'no treatment-related adverse event recorded (toxicities: [])'),
    WK_01=(M, 'no prior anticancer therapy'),
    WK_05=(U, 'grade 2 immune pneumonitis on nivolumab; recovery grade not recorded')))
add('exclusion', 'Patient had prior treatment with perillyl alcohol.', J((M, 'not in the treatment history')))
add('exclusion', 'Patient has a history of allergic reactions attributed to perillyl alcohol.', J((M, 'never exposed to perillyl alcohol')))
add('exclusion', 'Patients in Phase 2b with Astrocytoma IDH-mutant, or Glioblastoma IDH-wildtype who have had more than one recurrence or progression of his/her primary CNS tumor(s).',
    J((M, 'does not apply: glioma cohort')))

note = ("NEO212 phase 1/2 for glioma or UNCONTROLLED brain metastases of select solid tumours given with a protocol SOC "
        "regimen. Gastric, GEJ and oesophageal cancer are in the record's condition list, so I take them as 'select solid "
        "tumors (Appendix 2)'. Appendix 1 (approved SOC regimens) is not in the record, so 'receiving an approved SOC "
        "regimen' is unknown for anyone with prior therapy. The glioma alternative of each 'Patient must:' bullet is met "
        "as 'does not apply'; headings and the child-bearing-potential definition are met as non-requirements. Phase-"
        "specific items are all judged for every case (none of the cases passes one phase and fails another). Wash-out for "
        "a regimen that is still running is unknown, since the protocol may continue it as the SOC backbone. brain_metastases "
        "absent is taken to exclude any CNS metastasis (meninges, spinal cord, leptomeninges). Case fields cannot say whether "
        "brain metastases are treated, controlled or irradiated, so those items stay unknown for WK-03 and WK-04. Heart "
        "failure (WK-01) is a named TdP risk factor.")
out = write('NCT06047379', note, C)
print(out['verdicts'], len(C))
