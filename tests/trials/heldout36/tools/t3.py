from common import *
n = "NCT05872295"
L = lambda i: line(n, i)
I, E = "inclusion", "exclusion"
BC = J(M("does not apply: breast cancer cohort"))
items = [
 (I, L(3), J(
    u1=M("HER2 IHC 3+"), u2=M("HER2 IHC 2+/ISH amplified; IHC 3+ on re-biopsy"),
    u3=M("latest HER2 IHC 1+ (ISH not amplified); earlier IHC 3+"),
    u4=M("HER2 IHC 2+/ISH not amplified (HER2-low)"),
    u5=N("HER2 IHC 0: neither positive nor low"),
    u6=U("no tissue HER2 IHC/ISH; plasma ERBB2 amplification is not one of the listed definitions"),
    u7=M("HER2 IHC 1+ (HER2-low)"), u8=M("HER2 IHC 3+"))),
 (I, L(4), J(M("does not apply: breast cancer clause"))),
 (I, L(5), LAB), (I, L(6), LAB), (I, L(7), LAB),
 (I, L(8), J(U("G-CSF use after recent chemotherapy not recorded"),
    u1=M("no prior chemotherapy, so no G-CSF"), u7=M("no prior chemotherapy, so no G-CSF"))),
 (I, L(9), LAB), (I, L(10), LAB), (I, L(11), LAB), (I, L(12), LAB), (I, L(13), LAB),
 (I, L(14), J(U("surgery and radiotherapy dates not in the case fields (C4)"))),
 (I, L(15), ecog_max(1)),
 (I, L(16), J(M("heading only; cohorts are judged in the next items"))),
 (I, L(17), BC), (I, L(18), BC),
 (I, L(19), J(
    u1=N("HER2-positive gastric cancer but no prior line of therapy"),
    u2=M("HER2-positive GEJ cancer, three prior lines incl. T-DXd"),
    u3=M("does not apply: current HER2 status low (cohort 4)"),
    u4=M("does not apply: HER2-low (cohort 4)"),
    u5=M("does not apply: HER2 0 (judged under cohort 4)"),
    u6=M("does not apply: oesophageal primary, not GC/GEJ (cohort 5)"),
    u7=M("does not apply: HER2-low (cohort 4)"),
    u8=M("HER2-positive gastric cancer, two prior lines incl. T-DXd"))),
 (I, L(20), J(
    u1=M("does not apply: HER2-positive (cohort 3)"),
    u2=M("does not apply: HER2-positive (cohort 3)"),
    u3=M("HER2 IHC 1+/ISH not amplified on re-biopsy, two prior lines"),
    u4=M("HER2 IHC 2+/ISH not amplified; adjuvant therapy with recurrence after 141 days counts as one prior line (C6)"),
    u5=N("HER2 IHC 0 is not HER2-low expression"),
    u6=M("does not apply: oesophageal primary, not GC/GEJ (cohort 5)"),
    u7=N("HER2-low GEJ cancer but no prior line of therapy"),
    u8=M("does not apply: HER2-positive (cohort 3)"))),
 (I, L(21), J(M("does not apply: gastric/GEJ patients have their own cohorts 3-4"),
    u6=U("oesophageal adenocarcinoma after two standard lines; tissue HER2 expression not tested (plasma ERBB2 amplification only)"))),
 (E, L(26), J(M("no ILD or pneumonitis in history"),
    u2=N("grade 2 pneumonitis on T-DXd (2026), which needs steroids"))),
 (E, L(27), J(U("pulmonary disorders, effusions and pulmonary function not recorded (C3/C4)"),
    u2=U("prior pneumonitis; current grade of pulmonary compromise not recorded"),
    u4=U("autoimmune disease in history; pulmonary involvement not recorded"))),
 (E, L(28), J(U("corneal status not recorded"))),
 (E, L(29), J(U("slit-lamp/ophthalmic findings not recorded"))),
 (E, L(30), J(U("corneal status not recorded"))),
 (E, L(31), J(M("compliance item (C1)"))),
 (E, L(32), J(M("no brain metastases in history"),
    u2=U("brain metastases: local treatment, stability and steroids not recorded in the fields"),
    u6=U("brain metastases: local treatment, stability and steroids not recorded in the fields"))),
 (E, L(33), OTHER_MAL),
 (E, L(34), J(M("exception to the malignancy exclusion; it permits, never excludes"))),
 (E, L(35), J(M("exception to the malignancy exclusion; it permits, never excludes"))),
 (E, L(36), J(M("exception to the malignancy exclusion; it permits, never excludes"))),
 (E, L(37), J(M("exception to the malignancy exclusion; it permits, never excludes"))),
 (E, L(38), J(M("exception to the malignancy exclusion; it permits, never excludes"))),
 (E, L(39), J(U("no heart failure, but other cardiovascular disease not recorded (C4)"),
    u1=N("heart failure (LVEF 48%)"))),
 (E, L(40), J(U("liver disease (cirrhosis etc.) not recorded"),
    u3=U("chronic hepatitis B; activity and liver function not recorded"),
    u6=U("hepatitis C; activity and liver function not recorded"))),
 (E, L(41), J(U("current infection and fever not recorded"))),
 (E, L(42), J(U("composite incl. laboratory abnormalities and investigator judgement (C3/C4)"))),
]
note = ("Phase 1 HER2 ADC (IKS014) in HER2-positive or HER2-low solid tumours. "
        "Reading choices: the Part 2 cohorts are the only routes stated for gastric/GEJ cancer, so an untreated patient fails the cohort that fits their HER2 status "
        "(UM-01, UM-07) and the other cohorts are 'does not apply'; a HER2-0 patient fails cohort 4; oesophageal adenocarcinoma (UM-06) is judged under cohort 5 (any solid tumour); "
        "the current (re-biopsy) HER2 score decides the cohort (UM-03: cohort 4); prior T-DXd does not exclude; "
        "grade 2 pneumonitis on T-DXd counts as ILD/pneumonitis that required steroids; the 'with the exception of' bullets are permissive and met; "
        "cardiovascular/liver disease unknown unless recorded (C4).")
v, _ = write(n, note, items); print(n, v)
