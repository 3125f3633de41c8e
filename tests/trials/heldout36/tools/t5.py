from common import *
n = "NCT05927857"
L = lambda i: line(n, i)
I, E = "inclusion", "exclusion"
items = [
 (I, L(2), J(M("metastatic gastric adenocarcinoma"),
    u2=U("GEJ adenocarcinoma: the criterion names gastric only; Siewert type not recorded"),
    u4=U("recurrent gastric adenocarcinoma: whether the recurrence is metastatic is not in the fields (C4)"),
    u6=N("oesophageal adenocarcinoma"),
    u7=N("locally advanced, not metastatic"),
    u8=U("recurrent gastric adenocarcinoma: whether the recurrence is metastatic is not in the fields (C4)"))),
 (I, L(3), J(
    u1=N("no prior systemic therapy"), u2=N("three prior lines"), u3=N("two prior lines"),
    u4=M("recurrence 141 days after adjuvant therapy ended counts as the only line"),
    u5=M("one prior line (zolbetuximab-FOLFOX)"), u6=N("two prior lines"),
    u7=N("no prior systemic therapy"),
    u8=N("two prior palliative lines"))),
 (I, L(4), ecog_max(1)),
 (I, L(5), J(M("does not apply: HER2-negative"),
    u1=N("HER2-positive, never received trastuzumab"),
    u2=M("HER2-positive, trastuzumab in first line"),
    u3=M("HER2-positive at diagnosis, trastuzumab in first line"),
    u6=U("tissue HER2 unknown with plasma ERBB2 amplification; never received trastuzumab"),
    u8=M("HER2-positive, trastuzumab in first line"))),
 (I, L(6), J(M("measurable disease recorded"), u5=N("no measurable disease"))),
 (I, L(7), J(M("age within 20-80"), u1=N("age 83"))),
 (I, L(8), LIFE),
 (I, L(9), LAB), (I, L(10), LAB), (I, L(11), LAB), (I, L(12), LAB), (I, L(13), LAB),
 (I, L(14), CONSENT),
 (I, L(15), preg()),
 (I, L(16), CONSENT),
 (E, L(20), J(U("ability to swallow oral drugs not recorded (GI integrity, C4)"))),
 (E, L(21), J(M("no hypersensitivity recorded to prior fluoropyrimidine/ramucirumab; none known"),
    u1=M("no known hypersensitivity recorded"), u7=M("no known hypersensitivity recorded"))),
 (E, L(22), SURG),
 (E, L(23), J(U("current diarrhoea grade and ascites not recorded (C4)"))),
 (E, L(24), J(U("current infection not recorded"))),
 (E, L(25), J(U("arterial thromboembolic history not recorded"))),
 (E, L(26), J(U("perforation/fistula history and risk factors not recorded (GI integrity, C4)"))),
 (E, L(27), J(U("cirrhosis not recorded"))),
 (E, L(28), J(U("cirrhosis not recorded"))),
 (E, L(29), J(U("cirrhosis, encephalopathy and ascites not recorded"))),
 (E, L(30), J(U("wounds, ulcers and fractures not recorded"))),
 (E, L(31), SURG),
 (E, L(32), J(U("blood pressure not recorded"))),
 (E, L(33), J(U("GI bleeding history not recorded"))),
 (E, L(34), J(U("venous thromboembolism history not recorded"))),
 (E, L(35), J(U("concomitant medication not recorded"))),
 (E, L(36), J(M("no prior nal-IRI, trifluridine/tipiracil or ramucirumab"),
    u2=N("ramucirumab-paclitaxel in third line"),
    u6=N("ramucirumab-paclitaxel in second line"))),
 (E, L(37), OTHER_MAL),
 (E, L(38), preg()),
]
note = ("Phase 1b/2 ramucirumab + nal-IRI + trifluridine/tipiracil as second-line therapy for metastatic gastric adenocarcinoma. "
        "Reading choices: exactly one prior line is required (adjuvant counts only with recurrence within 6 months, so UM-04 qualifies); "
        "GEJ is not named and is left unknown; 'metastatic' is unknown for recurrent cases because the fields do not give the recurrence sites, "
        "and not met for a locally advanced case; the HER2/trastuzumab clause is 'does not apply' for HER2-negative tumours and unknown for plasma-only ERBB2; "
        "the cirrhosis heading and its two bullets are separate items.")
v, _ = write(n, note, items); print(n, v)
