from build_common import *
NCT = 'NCT07069712'
J = {}
J[0] = mk((N, 'metastatic disease, not resectable'),
          UP04=(N, 'recurrent disease after prior gastrectomy; not a resectable untreated primary'),
          UP05=(M, 'gastric adenocarcinoma, setting resectable'),
          UP07=(N, 'recurrent disease after prior oesophagectomy; not a resectable untreated primary'))
J[1] = mk((M, 'sub-study 3 has no biomarker requirement'),
          UP01=(M, 'HER2-positive (IHC 3+): sub-study 2; sub-study 3 has no requirement'),
          UP02=(M, 'HER2-positive (IHC 2+/ISH+): sub-study 2; sub-study 3 has no requirement'),
          UP03=(M, 'HER2-positive (IHC 3+): sub-study 2; sub-study 3 has no requirement'),
          UP04=(M, 'CLDN18.2 85% and HER2 IHC 1+: sub-study 1'),
          UP05=(M, 'HER2 IHC 3+: sub-study 2 (CLDN18.2 10% irrelevant)'),
          UP07=(M, 'CLDN18.2 78% and HER2 2+/ISH-: sub-study 1'))
J[2] = mk((M, 'ECOG 0-1 recorded'), UP02=(N, 'ECOG 2'), UP08=(N, 'ECOG 3'))
J[3] = allc(U, 'laboratory values not recorded (C3)')
J[4] = allc(U, 'body weight not recorded')
J[5] = mk((N, 'prior systemic therapy for this cancer'),
          UP02=(M, 'no prior anti-cancer treatment or surgery (treatments empty, primary in situ)'),
          UP04=(N, 'prior perioperative FLOT and gastrectomy'),
          UP05=(M, 'no prior treatment; setting resectable (primary not yet resected)'),
          UP07=(N, 'prior perioperative FLOT and resection'))
J[6] = mk((M, 'no autoimmune disease recorded (known absent)'),
          UP07=(U, 'autoimmune disease recorded; whether it requires systemic steroids/immunosuppression not recorded'))
J[7] = mk((U, 'no brain metastases recorded; other CNS pathology not recorded (C4)'),
          UP06=(N, 'brain metastases = CNS pathology'), UP08=(N, 'brain metastases = CNS pathology'))
J[8] = mk((U, 'acute infections not recorded'),
          UP02=(U, 'hepatitis C history; whether controlled not recorded'),
          UP06=(U, 'hepatitis B history; whether controlled not recorded'),
          UP08=(U, 'HIV recorded; whether controlled not recorded'))
J[9] = mk((M, 'no ILD or pneumonitis recorded (known absent)'),
          UP07=(N, 'interstitial lung disease recorded'),
          UP08=(N, 'non-infectious (immune-related) pneumonitis on nivolumab recorded'))
J[10] = allc(U, 'other malignancy history not recorded (C4)')
J[11] = mk((N, 'metastatic disease'),
           UP04=(U, 'recurrent disease; site of recurrence (distant or locoregional) not recorded'),
           UP05=(M, 'setting resectable: no known distant metastasis'),
           UP07=(U, 'recurrent disease; site of recurrence (distant or locoregional) not recorded'))
J[12] = mk((M, 'no hepatitis B recorded'),
           UP06=(U, 'hepatitis B history recorded; chronic/active versus resolved not recorded'))
J[13] = mk((U, 'current medications not recorded'),
           UP07=(U, 'autoimmune disease and ILD recorded; immunosuppressive medication not recorded as a field'))
NOTE = ('Perioperative platform (GEMINI-PeriOp GC) for untreated, resectable gastric/GEJ/oesophageal adenocarcinoma; '
        'sub-study 3 has no biomarker requirement, so the HER2/CLDN18.2 item is met for everyone. "Resectable" setting '
        'with no treatments is read as no prior treatment or surgery and no known distant metastasis. Recurrent cases '
        'fail "resectable disease" and "no prior treatment"; site of recurrence is unknown. CNS pathology, infection and '
        'immunosuppressive-medication items are unknown because the case format carries no such fields.')
if __name__ == '__main__':
    v, _ = write(NCT, NOTE, J); print(NCT, v)
