import sys; sys.path.insert(0, 'gen')
from common import J, write
M, N, U = 'met', 'not_met', 'unknown'
C = []
def add(kind, text, j): C.append({'kind': kind, 'text': text, 'j': j})

add('inclusion', 'Inclusion Criteria:', J((M, 'heading only; the criteria are judged below')))
add('inclusion', 'ECOG PS 0 or 1', J(
    WK_01=(N, 'ECOG 2'), WK_02=(M, 'ECOG 1'), WK_03=(M, 'ECOG 1'), WK_04=(M, 'ECOG 1'),
    WK_05=(M, 'ECOG 1'), WK_06=(M, 'ECOG 1'), WK_07=(M, 'ECOG 0'), WK_08=(N, 'ECOG 3')))
add('inclusion', 'HLA-A\\*02:01 positive', J((U, 'HLA typing not recorded')))
add('inclusion', 'PRAME positive tumor', J((U, 'PRAME expression not tested / not recorded')))
add('inclusion', 'Relapsed from, refractory to, or intolerant of standard therapies; or, in combination with standard therapies', J(
    WK_01=(U, 'untreated metastatic disease: not relapsed or refractory; qualifies only through a combination cohort with standard first-line therapy, and the record does not say one is open for gastric cancer'),
    WK_02=(M, 'recurred 97 days after completing perioperative SOX: relapsed after standard therapy'),
    WK_03=(M, 'progressed on pembrolizumab-trastuzumab-CAPOX and on trastuzumab deruxtecan: refractory to standard therapy'),
    WK_04=(M, 'progressed on first-line trastuzumab + SOX'),
    WK_05=(M, 'progressed on ramucirumab + paclitaxel after stopping nivolumab + FOLFOX for toxicity'),
    WK_06=(U, 'responding to ongoing first-line tislelizumab + SOX: not relapsed or refractory; qualifies only through a combination cohort with standard therapy, and the record does not say one is open for gastric cancer'),
    WK_07=(N, 'resectable disease on curative-intent perioperative FLOT: not relapsed, refractory or intolerant, and the study (advanced cancers) does not combine with curative perioperative therapy'),
    WK_08=(M, 'progressed through four palliative lines')))
add('inclusion', 'If applicable, must agree to use highly effective contraception', J((M, 'contraception (convention C1)')))
add('exclusion', 'Exclusion Criteria:', J((M, 'heading only; the exclusions are judged below')))
add('exclusion', 'Symptomatic or untreated central nervous system metastasis', J(
    (M, 'no CNS metastasis: brain_metastases not among the conditions'),
    WK_03=(U, 'brain metastases present; whether treated and whether symptomatic is not in the case fields'),
    WK_04=(U, 'brain metastases present; whether treated and whether symptomatic is not in the case fields')))
add('exclusion', 'Recent bowel obstruction', J((U, 'bowel obstruction / GI integrity not recorded (C4)')))
add('exclusion', 'Ongoing ascites or effusion requiring recent drainages', J((U, 'ascites and effusions not recorded in the case fields (C4)')))
add('exclusion', 'Significant immune-mediated adverse event with prior immunotherapy (Participants in checkpoint inhibitor combination treatment)', J(
    WK_01=(M, 'no prior immunotherapy'), WK_02=(M, 'no prior immunotherapy'),
    WK_03=(M, 'pembrolizumab stopped for progression; no toxicity recorded'),
    WK_04=(M, 'no prior immunotherapy'),
    WK_05=(M, 'does not apply outside the checkpoint-inhibitor combination cohort: her grade 2 immune pneumonitis on nivolumab would bar that cohort only'),
    WK_06=(M, 'tislelizumab ongoing; no toxicity recorded'),
    WK_07=(M, 'no prior immunotherapy'),
    WK_08=(M, 'nivolumab stopped for progression; no toxicity recorded')))
add('exclusion', 'Inadequate washout from prior anticancer therapy', J(
    WK_01=(M, 'no prior anticancer therapy'),
    WK_02=(M, 'last therapy 2026-07-15, 139 days ago'),
    WK_03=(M, 'last trastuzumab deruxtecan 2026-10-30, 32 days ago (≥4 weeks)'),
    WK_04=(U, 'ramucirumab + paclitaxel ongoing; wash-out depends on whether it stops or is continued as a combination partner'),
    WK_05=(M, 'last ramucirumab + paclitaxel 2026-10-27, 35 days ago'),
    WK_06=(U, 'tislelizumab + SOX ongoing; wash-out depends on whether it stops or is continued as a combination partner'),
    WK_07=(U, 'perioperative FLOT ongoing'),
    WK_08=(M, 'last irinotecan 2026-11-02, 29 days ago (≥4 weeks)')))
add('exclusion', 'Significant ongoing toxicity from prior anticancer treatment', J(
    (M, 'no treatment toxicity recorded (toxicities: [])'),
    WK_01=(M, 'no prior anticancer therapy'),
    WK_05=(U, 'grade 2 immune pneumonitis on nivolumab; whether it persists is not recorded')))
add('exclusion', 'Out-of-range laboratory values', J((U, 'laboratory values not recorded (C3)')))
add('exclusion', 'Clinically significant lung, heart, or autoimmune disease', J(
    WK_01=(N, 'heart failure with LVEF 42%'),
    WK_02=(U, 'autoimmune disease listed; type, activity and clinical significance not recorded'),
    WK_03=(M, 'none of ILD, pneumonitis, heart failure or autoimmune disease listed; LVEF 58%'),
    WK_04=(M, 'none of ILD, pneumonitis, heart failure or autoimmune disease listed; LVEF 60%'),
    WK_05=(U, 'history of pneumonitis (grade 2 on nivolumab); whether it is resolved or clinically significant is not recorded'),
    WK_06=(M, 'none of ILD, pneumonitis, heart failure or autoimmune disease listed; LVEF 64%'),
    WK_07=(M, 'none of ILD, pneumonitis, heart failure or autoimmune disease listed; LVEF 63%'),
    WK_08=(N, 'interstitial lung disease')))
add('exclusion', 'Ongoing requirement for immunosuppressive treatment', J(
    (M, 'no condition calling for immunosuppression listed (no autoimmune disease, transplant, pneumonitis or ILD)'),
    WK_02=(U, 'autoimmune disease listed; current treatment not recorded'),
    WK_03=(U, 'brain metastases present; corticosteroid use not recorded'),
    WK_04=(U, 'brain metastases present; corticosteroid use not recorded'),
    WK_05=(U, 'pneumonitis history; whether steroids are still needed is not recorded'),
    WK_08=(U, 'interstitial lung disease; whether it is treated with immunosuppressants is not recorded')))
add('exclusion', 'Prior solid organ or bone marrow transplant', J((M, 'organ_transplant not among the conditions')))
add('exclusion', 'Active hepatitis B virus (HBV), hepatitis C virus (HCV), or human immunodeficiency virus (HIV) infection', J(
    (M, 'hepatitis B, hepatitis C and HIV not among the conditions'),
    WK_04=(U, 'hepatitis C listed; whether the infection is active (viraemic) is not recorded'),
    WK_06=(U, 'hepatitis B listed; whether the infection is active (HBV DNA) is not recorded'),
    WK_07=(U, 'HIV listed; whether it is controlled on therapy or active is not recorded')))
add('exclusion', 'Significant secondary malignancy', J((U, 'other malignancies not recorded (C4)')))
add('exclusion', 'Hypersensitivity to study drug or excipients', J((M, 'never exposed to brenetafusp; no drug hypersensitivity recorded')))
add('exclusion', 'Antibiotics, vaccines or surgery within 2-4 weeks prior to the first dose of study intervention', J(
    (U, 'recent antibiotics, vaccines and surgery not recorded (C4)')))
add('exclusion', 'Pregnant or lactating participants', J(
    (M, 'man (C2)'), WK_02=(U, 'woman aged 34: pregnancy/lactation not recorded (C2)'),
    WK_03=(U, 'woman aged 47: pregnancy/lactation not recorded (C2)'), WK_05=(M, 'woman aged 71 (C2)'),
    WK_07=(U, 'woman aged 29: pregnancy/lactation not recorded (C2)')))
add('exclusion', 'Any other contraindication for applicable combination partner based on local prescribing information', J(
    (M, 'no contraindication to the usual combination partners (pembrolizumab, chemotherapy, bevacizumab) evident; does not apply to monotherapy'),
    WK_01=(U, 'heart failure with LVEF 42%: contraindications depend on which partner is chosen'),
    WK_02=(U, 'autoimmune disease: a relative contraindication to pembrolizumab; depends on the partner chosen'),
    WK_05=(U, 'prior grade 2 immune pneumonitis: relevant to a checkpoint-inhibitor partner; depends on the partner chosen'),
    WK_08=(U, 'interstitial lung disease: relevant to several partners; depends on the partner chosen')))

note = ("Brenetafusp (IMC-F106C, PRAME x CD3 ImmTAC) phase 1/2 for advanced PRAME-positive cancers. HLA-A*02:01 and PRAME "
        "are not case fields, so no case can be better than possibly_eligible. I read 'Relapsed from, refractory to, or "
        "intolerant of standard therapies; or, in combination with standard therapies' against the study's advanced-"
        "cancer population: untreated or still-responding advanced disease is unknown (it depends on a combination cohort "
        "for gastric cancer), and a resectable patient on curative perioperative FLOT is not_met. Item 4 (immune-mediated "
        "AE) applies only to checkpoint-inhibitor combination cohorts, so it does not apply to WK-05's pneumonitis for the "
        "trial as a whole. Heart failure and ILD count as clinically significant heart/lung disease; a listed autoimmune "
        "disease or past pneumonitis is unknown because its severity is not recorded. Listed HBV/HCV/HIV is unknown for 'active'. "
        "An explicit empty toxicities list counts as no recorded toxicity.")
out = write('NCT04262466', note, C)
print(out['verdicts'], len(C))
