from build_common import *
NCT = 'NCT05417594'
its = items(NCT)
J = {}
NA = {}
def na(rng, why):
    for i in rng: NA[i] = why
M1 = 'does not apply: Module 1 (AZD9574 monotherapy, HRR-mutant ovarian/breast/prostate/pancreatic cancer); a gastric/GEA patient can only enter Module 4 Part A'
M2 = 'does not apply: Module 2 (AZD9574 + temozolomide, IDH-mutant glioma)'
M3 = 'does not apply: Module 3 (PET panels for HRR-mutant tumours / glioma / breast)'
M4B = 'does not apply: Module 4 Part B (HER2-low/ultralow breast cancer expansion)'
M5 = 'does not apply: Module 5 (AZD9574 + Dato-DXd in TNBC/endometrial/ovarian/CRPC)'
M123 = 'does not apply: reproductive items for Modules 1-3'
na(range(3, 15), M1); na(range(15, 21), M2); na(range(21, 46), M3)
na(range(60, 70), M4B); na(range(70, 77), M5); na(range(77, 85), M123)
na(range(108, 118), M1); na(range(118, 125), M2); na(range(125, 145), M3)
na(range(163, 168), 'does not apply: Module 4 Part B exclusions (breast dose expansion)')
na(range(168, 184), M5)
for i, w in NA.items(): J[i] = allc(M, w)
J[49] = allc(M, 'does not apply: breast cancer HER2 definition')
J[51] = mk((M, 'does not apply: non-breast, non-gastric tumours (gastric/GEJ scored under the gastric item)'),
           UP08=(M, 'does not apply: oesophageal adenocarcinoma handled with gastric/GEA under the gastric item'))
J[52] = allc(M, 'does not apply: NSCLC clause')
HEAD = 'heading of the section that applies to a gastric/GEA patient (Module 4 Part A); requirements judged item by item'
for i in (46, 47, 85, 145, 146, 161): J[i] = allc(M, HEAD)

# general inclusion
J[0] = allc(U, 'ECOG recorded once; stability over the previous 2 weeks not recorded')
J[1] = mk((M, 'progression recorded on the latest line of therapy'),
          UP02=(U, 'newly diagnosed untreated metastatic disease; progression not documented'),
          UP04=(M, 'recurrence 2026-10-15 after curative treatment = progressive disease'),
          UP05=(U, 'newly diagnosed resectable disease; progression not documented'),
          UP07=(M, 'recurrence 2026-08-20 after perioperative treatment = progressive disease'))
J[2] = allc(U, 'organ and marrow function not recorded (C3)')
# Module 4 Part A
HER2 = dict(UP01=(M, 'gastric criteria IHC 3+ on local tissue (re-biopsy 2026-10-22)'),
            UP02=(M, 'IHC 2+ with ISH amplified on local tissue'),
            UP03=(M, 'IHC 3+ on local tissue (re-biopsy 2026-10-28)'),
            UP04=(N, 'IHC 1+ (HER2-low) on resection and recurrence biopsy'),
            UP05=(M, 'IHC 3+ on local tissue'),
            UP06=(N, 'most recent tissue IHC 1+ after HER2 loss (3+ at diagnosis 2024)'),
            UP07=(N, 'IHC 2+ with ISH not amplified'),
            UP08=(N, 'tissue IHC 0; plasma ctDNA ERBB2 is not local tissue testing'))
J[48] = mk(**HER2)
J[50] = mk(**HER2)
ALT = 'whether a satisfactory alternative exists is investigator judgement'
J[53] = mk(UP01=(U, f'progressed after 2 prior lines (1 chemotherapy-containing + T-DXd); {ALT}'),
           UP02=(N, 'no prior systemic treatment'),
           UP03=(U, f'progressed after 1 prior line (CAPOX, 1 cytotoxic line); T-DXd and ramucirumab+paclitaxel remain: {ALT}'),
           UP04=(N, 'no prior systemic treatment for advanced disease (perioperative FLOT >183 days before recurrence, C6)'),
           UP05=(N, 'no prior systemic treatment; disease resectable'),
           UP06=(U, 'progressed after 4 lines; 2 chemotherapy lines plus MMAE ADC (whether ADC counts as cytotoxic is protocol-defined)'),
           UP07=(U, f'early recurrence (132 days) after perioperative FLOT counts as 1 prior line (C6); {ALT}'),
           UP08=(U, f'progressed after 2 prior cytotoxic lines (FOLFOX, paclitaxel) - within limit; {ALT}'))
J[54] = mk((M, 'metastatic gastric/GEJ cancer (eligible tumour type)'),
           UP04=(M, 'recurrent gastric cancer read as unresectable advanced disease'),
           UP05=(N, 'resectable, non-metastatic disease'),
           UP07=(M, 'recurrent GEJ cancer read as unresectable advanced disease'),
           UP08=(U, 'metastatic, but oesophageal adenocarcinoma is not in the listed tumour types (only gastric); sponsor clarification'))
J[55] = allc(U, 'organ and marrow function not recorded (C3)')
J[56] = mk(UP01=(M, 'LVEF 58%'), UP02=(U, 'LVEF not recorded'), UP03=(M, 'LVEF 55%'), UP04=(M, 'LVEF 63%'),
           UP05=(M, 'LVEF 64%'), UP06=(N, 'LVEF 46%'), UP07=(M, 'LVEF 60%'), UP08=(M, 'LVEF 60%'))
J[57] = allc(U, 'radiotherapy history not recorded (C4)')
MALE = {'UP-02', 'UP-03', 'UP-05', 'UP-08'}
J[58] = {c: (M, 'contraception item (C1)') if c in MALE else (M, 'does not apply: male participants') for c in CASES}
J[59] = dict(J[58])
# Modules 4 and 5
J[86] = preg('pregnancy (child-bearing potential)')
J[87] = preg('pregnancy test')
J[88] = c1('contraception item (C1)')
J[89] = preg('breast-feeding')
J[90] = c1('study procedure (C1): archival FFPE sample')
J[91] = mk((M, 'ECOG 0-1 recorded'), UP02=(N, 'ECOG 2'), UP08=(N, 'ECOG 3'))
J[92] = c1('study procedure (C1): PD-biopsy subgroup only')
# general exclusions
J[93] = allc(U, 'recent surgery not recorded (C4)')
J[94] = allc(U, 'radiotherapy not recorded (C4)')
TOX = mk(UP01=(M, 'no toxicities recorded'), UP02=(M, 'no prior therapy'),
         UP03=(M, 'only grade 1 neuropathy recorded (not > grade 1)'), UP04=(M, 'no toxicities recorded'),
         UP05=(M, 'no prior therapy'), UP06=(U, 'grade 2 neuropathy on disitamab vedotin; resolution not recorded'),
         UP07=(U, 'grade 2 neuropathy on FLOT; resolution not recorded'),
         UP08=(U, 'grade 2 pneumonitis on nivolumab; resolution not recorded'))
J[95] = TOX
J[96] = allc(U, 'haematology history not recorded (C3)')
J[97] = allc(U, 'spinal metastases/cord compression not recorded (C4)')
J[98] = allc(U, 'seizure history not recorded (C4)')
J[99] = allc(U, 'brain injury/stroke history not recorded (C4)')
J[100] = mk((U, 'no HIV/hepatitis recorded, but bleeding diatheses and other severe systemic disease not recorded (C4)'),
            UP02=(U, 'heart failure and hepatitis C recorded; whether uncontrolled/active not recorded'),
            UP06=(U, 'hepatitis B recorded; whether active not recorded'),
            UP08=(U, 'HIV recorded; whether active/uncontrolled not recorded'))
J[101] = allc(U, 'intercurrent illness control not recorded')
J[102] = allc(U, 'bleeding predisposition not recorded')
J[103] = allc(U, 'MDS/AML history not recorded (C4)')
J[104] = mk((U, 'swallowing, chronic GI disease and absorption not recorded (C4); upper-GI primary'),
            UP04=(U, 'prior gastrectomy; effect on absorption and swallowing not recorded'),
            UP07=(U, 'prior oesophagectomy; effect on absorption and swallowing not recorded'))
J[105] = allc(U, 'hypersensitivity history not recorded')
J[106] = allc(U, 'MRI contraindications and steroid use not recorded')
J[107] = allc(U, 'no ongoing anti-cancer therapy recorded; concomitant medications not recorded')
# Module 4 all participants
J[147] = allc(U, 'current medications (immunosuppressants, steroids) not recorded')
J[148] = mk(UP01=(M, 'CAPOX + T-DXd: at most 2 cytotoxic-containing lines'), UP02=(M, 'no prior therapy'),
            UP03=(M, '1 cytotoxic line (CAPOX)'), UP04=(M, '1 cytotoxic course (perioperative FLOT)'),
            UP05=(M, 'no prior therapy'),
            UP06=(U, 'XELOX and paclitaxel = 2 lines, plus disitamab vedotin (MMAE ADC): whether the ADC counts as a third cytotoxic line is protocol-defined'),
            UP07=(M, '1 cytotoxic course (perioperative FLOT)'), UP08=(M, '2 cytotoxic lines (FOLFOX, paclitaxel)'))
J[149] = mk((M, 'no prior HER2-directed TOPO1i ADC or AZD9574'),
            UP01=(N, 'prior trastuzumab deruxtecan (HER2-directed TOPO1i ADC)'),
            UP06=(M, 'prior disitamab vedotin is an MMAE (tubulin) ADC, not TOPO1i'))
J[150] = allc(U, 'chloroquine/hydroxychloroquine use not recorded')
J[151] = TOX
J[152] = mk((M, 'no febrile neutropenia or transfusion-requiring thrombocytopenia among recorded toxicities'),
            UP02=(M, 'no prior treatment for advanced disease'), UP05=(M, 'no prior treatment'))
J[153] = allc(U, 'myocardial infarction history and troponin not recorded')
J[154] = mk((M, 'no ILD or pneumonitis recorded (known absent)'),
            UP07=(N, 'current interstitial lung disease recorded'),
            UP08=(N, 'grade 2 immune-related (non-infectious) pneumonitis on nivolumab; grade 2 is managed with steroids'))
J[155] = mk((U, 'no autoimmune disease or ILD recorded, but other lung illness and prior pneumonectomy not recorded (C4)'),
            UP07=(N, 'autoimmune disease recorded (and ILD)'),
            UP08=(U, 'prior pneumonitis recorded; whether a current significant lung illness not recorded'))
J[156] = allc(U, 'effusions/ascites not recorded (C4)')
J[157] = allc(U, 'hypersensitivity history not recorded')
J[158] = allc(U, 'other malignancy history not recorded (C4)')
J[159] = allc(U, 'current infections not recorded')
J[160] = mk((U, 'no HIV/hepatitis recorded; primary immunodeficiency not recorded (C4 composite)'),
            UP02=(U, 'hepatitis C recorded; whether active not recorded'),
            UP06=(U, 'hepatitis B recorded; whether active not recorded'),
            UP08=(U, 'HIV recorded; whether uncontrolled/active not recorded'))
J[162] = mk((M, 'does not apply: no brain metastases recorded'),
            UP06=(U, 'brain metastases recorded; treatment, symptoms and steroid use not recorded'),
            UP08=(U, 'brain metastases recorded; treatment, symptoms and steroid use not recorded'))
NOTE = ('CERTIS1 modular AZD9574 (PARP1 inhibitor) study; a gastric/GEJ (or oesophageal) adenocarcinoma patient can only '
        'enter Module 4 Part A (AZD9574 + T-DXd, HER2-expressing tumours incl. gastric IHC 3+ or 2+/ISH+). All Module 1, 2, 3, '
        '4 Part B and 5 items are met as "does not apply". Every non-empty line is its own item, including section '
        'headings (headings of the applicable section are met; the "HER2 status" lead-in mirrors the gastric sub-item). '
        'HER2 from the most recent local tissue; ctDNA does not count. "No satisfactory alternative treatment option" '
        'left unknown. Recurrent disease read as unresectable advanced disease; oesophageal adenocarcinoma is not in the '
        'listed tumour types (unknown). Grade 2 immune pneumonitis read as steroid-requiring.')
if __name__ == '__main__':
    v, _ = write(NCT, NOTE, J); print(NCT, v)
