from common import *
n = "NCT05411133"
L = lambda i: line(n, i)
I, E = "inclusion", "exclusion"
items = [
 (I, L(2), J(
    u1=N("untreated HER2-positive gastric cancer: standard first-line trastuzumab-based therapy exists"),
    u2=M("metastatic GEJ adenocarcinoma (GEJ is a listed condition of the record) after three lines incl. trastuzumab, T-DXd, ramucirumab-paclitaxel"),
    u3=M("metastatic gastric adenocarcinoma after trastuzumab-XELOX and disitamab vedotin; HER2 now 1+, main standard options used"),
    u4=N("recurrent gastric cancer at second line: standard second-line therapy (ramucirumab-paclitaxel) still available"),
    u5=N("metastatic gastric cancer at second line: standard second-line therapy still available"),
    u6=U("oesophageal adenocarcinoma is not named in the criterion though the record lists it as a condition; two lines given"),
    u7=N("untreated locally advanced dMMR GEJ cancer: standard first-line (immunotherapy-chemotherapy) exists"),
    u8=M("recurrent metastatic gastric adenocarcinoma after trastuzumab-pembrolizumab-CAPOX and T-DXd"))),
 (I, L(3), J(U("CDH17 not tested"))),
 (I, L(4), ecog_max(2)),
 (I, L(5), LIFE),
 (I, L(6), J(M("measurable disease recorded"), u5=N("no measurable disease (peritoneal, non-measurable)"))),
 (I, L(7), LAB), (I, L(9), LAB), (I, L(10), LAB),
 (I, L(11), J(M("study-procedure item (C1)"))),
 (I, L(12), LAB),
 (I, L(14), LAB), (I, L(15), LAB), (I, L(16), LAB), (I, L(17), LAB), (I, L(18), LAB), (I, L(19), LAB), (I, L(20), LAB),
 (E, L(24), J(M("no gene therapy and no murine or chimeric antibody among prior agents"),
    u1=M("no prior systemic therapy"), u7=M("no prior systemic therapy"),
    u5=N("prior zolbetuximab, a chimeric (mouse-human) monoclonal antibody: murine-containing product"))),
 (E, L(25), J(
    u1=M("no prior anticancer therapy"), u7=M("no prior anticancer therapy"),
    u2=N("ramucirumab-paclitaxel ended 2026-11-04, 27 days ago; ramucirumab needs 6 weeks (shorter than 5 half-lives)"),
    u3=M("disitamab vedotin ended 2026-10-06, 56 days ago (>6 weeks)"),
    u4=M("adjuvant therapy ended 2026-05-10"),
    u5=M("zolbetuximab-FOLFOX ended 2026-10-13, 49 days ago (>6 weeks)"),
    u6=N("ramucirumab-paclitaxel ended 2026-11-02, 29 days ago; ramucirumab needs 6 weeks"),
    u8=M("T-DXd ended 2026-10-28, 34 days ago: more than 5 half-lives (~29 days)"))),
 (E, L(26), J(M("no hypersensitivity recorded; study product never given"),
    u5=M("zolbetuximab given without a recorded infusion or hypersensitivity reaction"))),
 (E, L(27), preg()),
 (E, L(28), J(M("no HIV or viral hepatitis in history"),
    u3=U("chronic hepatitis B: activity not recorded"),
    u5=N("HIV infection"),
    u6=U("hepatitis C: activity (HCV RNA) not recorded"))),
 (E, L(29), J(U("current infection status not recorded"))),
 (E, L(30), J(U("no brain/leptomeningeal metastases in history, but paraspinal disease (a metastatic site) is not recorded (C4)"),
    u2=U("brain metastases: symptoms, stability and steroid dose not recorded in the fields"),
    u6=U("brain metastases: symptoms, stability and steroid dose not recorded in the fields"))),
 (E, L(31), J(U("no heart failure, but other clinically significant cardiac disease not recorded (C4)"),
    u1=N("heart failure (LVEF 48%)"))),
 (E, L(32), J(M("no grade >=3 adverse event recorded on prior therapy"),
    u1=M("no prior therapy"), u7=M("no prior therapy"),
    u5=U("grade 3 nausea and vomiting on zolbetuximab-FOLFOX; recovery not recorded"))),
 (E, L(33), J(U("corticosteroid use not recorded"))),
 (E, L(34), J(M("concomitant-medication rule the patient can comply with (C1)"))),
 (E, L(35), J(M("no autoimmune (incl. inflammatory bowel) disease in history"),
    u4=U("autoimmune disease in history; type not recorded in the fields"))),
 (E, L(36), J(U("bowel function not recorded (GI integrity, C4)"))),
 (E, L(37), SURG),
]
note = ("Phase 1 CDH17-directed cabotamig in pretreated GI cancers. CDH17 is never tested, so nobody can be eligible. "
        "Reading choices: 'standard measures no longer effective' is taken as met from third line on and not met at first or second line, where a standard regimen remains; "
        "GEJ counts as gastric because the record lists it as a condition, oesophageal adenocarcinoma is unknown (listed as condition, not named in the criterion); "
        "zolbetuximab is chimeric and counts as a murine-containing product; the washout uses 'whichever is shorter' of 5 half-lives or 6 weeks against 2026-12-01; "
        "paraspinal disease and non-heart-failure cardiac disease are unknown (C4).")
v, _ = write(n, note, items); print(n, v)
