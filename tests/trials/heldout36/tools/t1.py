from common import *
n = "NCT05111626"
L = lambda i: line(n, i)
I, E = "inclusion", "exclusion"
items = [
 (I, L(2), J(M("metastatic gastric adenocarcinoma"),
    u2=M("metastatic GEJ adenocarcinoma"),
    u4=M("recurrent gastric adenocarcinoma after gastrectomy: advanced disease treated with palliative intent"),
    u6=N("oesophageal adenocarcinoma: not gastric or GEJ"),
    u7=M("GEJ adenocarcinoma, locally advanced and unresectable"),
    u8=M("recurrent gastric adenocarcinoma after gastrectomy: advanced disease treated with palliative intent"))),
 (I, L(3), ecog_max(1)),
 (I, L(4), J(M("measurable disease recorded"),
    u5=M("non-measurable but evaluable (peritoneal) disease is allowed"))),
 (I, L(5), J(U("DPD status, organ function and comorbidities that decide nivolumab/FOLFOX/CAPOX contraindications not recorded"),
    u1=U("heart failure, age 83: fluoropyrimidine/oxaliplatin contraindications depend on data not recorded"),
    u4=U("autoimmune disease: relative caution for nivolumab; DPD status and organ function not recorded"))),
 (I, L(6), LAB),
 (I, L(7), LAB), (I, L(8), LAB), (I, L(9), LAB), (I, L(10), LAB), (I, L(11), LAB),
 (I, L(12), J(U("creatinine clearance not in the case (C3); Part 1 only"))),
 (I, L(13), J(U("creatinine clearance not in the case (C3); Part 2 only"))),
 (I, L(14), LAB),
 (I, L(15), J(M("heading only; its requirements are judged in the next two items"))),
 (I, span(n, "No prior treatment for metastatic", "first dose of study treatment"), J(
    u1=M("no prior systemic therapy"),
    u2=N("three prior palliative lines"),
    u3=N("two prior palliative lines"),
    u4=M("no palliative therapy; adjuvant S-1/docetaxel completed 2026-05-10, 205 days (>6 months) before 2026-12-01 as the text allows"),
    u5=N("one prior palliative line (zolbetuximab-FOLFOX)"),
    u6=N("two prior palliative lines"),
    u7=M("no prior systemic therapy"),
    u8=N("two prior palliative lines"))),
 (I, L(18), J(U("FGFR2b not tested"))),
 (E, L(22), J(M("no FGF/FGFR inhibitor among prior agents"),
    u1=M("no prior systemic therapy"), u7=M("no prior systemic therapy"))),
 (E, L(23), J(
    u1=N("HER2 IHC 3+ (2026-10-20)"),
    u2=N("HER2 IHC 2+/ISH amplified, IHC 3+ on re-biopsy"),
    u3=N("known HER2-positive (IHC 3+ 2025-03-10, trastuzumab-treated); later IHC 1+ re-biopsy does not undo the known positive status"),
    u4=M("HER2 IHC 2+/ISH not amplified: HER2-negative"),
    u5=M("HER2 IHC 0"),
    u6=U("no tissue HER2 result; plasma ERBB2 amplification makes HER2 positivity likely but unconfirmed"),
    u7=M("HER2 IHC 1+: HER2-negative"),
    u8=N("HER2 IHC 3+ (2025 and 2026)"))),
 (E, L(24), J(M("no brain metastases in history"),
    u2=U("brain metastases: whether treated and asymptomatic not recorded in the fields"),
    u6=U("brain metastases: whether treated and asymptomatic not recorded in the fields"))),
 (E, L(25), J(M("no neuropathy recorded in the toxicities of prior therapy"),
    u1=M("no prior neurotoxic therapy"), u7=M("no prior neurotoxic therapy"),
    u3=M("peripheral neuropathy grade 1 only"),
    u6=N("grade 2 peripheral neuropathy on paclitaxel ending 2026-11-02"))),
 (E, L(26), J(U("no heart failure and LVEF normal, but other cardiac disease (MI, arrhythmia) not recorded (C4)"),
    u1=N("heart failure with LVEF 48%"),
    u4=U("no heart failure; LVEF not measured; other cardiac disease not recorded (C4)"),
    u6=U("no heart failure; LVEF not measured; other cardiac disease not recorded (C4)"))),
 (E, L(27), OTHER_MAL),
 (E, L(28), J(U("ophthalmic history not recorded"))),
 (E, L(29), J(U("surgery and investigational-study dates not in the case fields (C4)"))),
 (E, L(30), RT),
 (E, L(31), J(U("corneal status not recorded"))),
 (E, L(32), J(M("no autoimmune disease or organ transplant in history"),
    u2=U("pneumonitis history: whether immunosuppression is still required not recorded"),
    u4=U("autoimmune disease in history; activity and systemic treatment not recorded"))),
]
note = ("Phase 3 first-line FGFR2b trial (bemarituzumab + nivolumab + chemotherapy) for HER2-negative G/GEJ adenocarcinoma. "
        "Judged for Part 2 (the randomised part); Part-1-only items cannot decide. FGFR2b is never tested in these cases, so nobody can be eligible. "
        "Reading choices: recurrent disease after gastrectomy counts as advanced; adjuvant therapy is judged by the record's own rule "
        "(completed >6 months before first dose), which UM-04 meets (205 days) although C6 would count it as a line; "
        "a documented HER2-positive result followed by a 1+ re-biopsy (UM-03) is still 'known positive'; plasma-only ERBB2 amplification (UM-06) is unknown; "
        "clinically significant cardiac disease is unknown unless heart failure is recorded (C4 composite).")
v, _ = write(n, note, items); print(n, v)
