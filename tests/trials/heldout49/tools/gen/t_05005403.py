from common import *

def tissue(cid, f):
    rec = {"UZ-01": "re-biopsy 2026-10-08 after first-line progression, no treatment since",
           "UZ-07": "re-biopsy 2026-10-12 after first-line progression, no treatment since",
           "UZ-03": "diagnostic biopsy 2026-10-24, untreated",
           "UZ-08": "diagnostic biopsy 2026-11-04, untreated",
           "UZ-05": "tissue tested 2026-10-28 after recurrence, no treatment since; otherwise a fresh biopsy (C1)"}.get(cid)
    if rec: return M, f"archival tissue within 6 months without intervening treatment ({rec})"
    return M, "no qualifying archival tissue, but a fresh pre-treatment biopsy is a study procedure (C1)"
def gea(cid, f):
    if f["site"] == "esophagus":
        return U, "oesophageal adenocarcinoma: text names gastric/GEJ only (record conditions say 'Gastric/Esophageal Cancer'); sponsor to confirm"
    if f["prior_lines"] == 0:
        return N, "no prior systemic therapy for advanced disease"
    r = {"UZ-01": "progressed on trastuzumab + CAPOX (cytotoxic + HER2 therapy)",
         "UZ-02": "progressed on nivolumab + SOX and ramucirumab + paclitaxel",
         "UZ-04": "progressed on trastuzumab + CAPOX; then T-DXd",
         "UZ-05": "perioperative FLOT counts as a prior line (recurrence 112 days after last dose, C6)",
         "UZ-06": "progressed on tislelizumab + SOX and three later lines"}[cid]
    return M, r
def autoimm(cid, f):
    if "autoimmune_disease" in f["cond"]: return U, "autoimmune disease listed; whether active is not recorded"
    if "hiv" in f["cond"]: return U, "HIV listed; whether it falls under the 'limited exceptions' (controlled HIV) is not recorded"
    return M, "no autoimmune disease, HIV or transplant recorded"
def combo(cid, f):
    if cid == "UZ-07":
        return U, "prior pembrolizumab with grade 2 pneumonitis (possible ILD); excludes only the combination arms, monotherapy unaffected"
    if cid == "UZ-08":
        return U, "heart failure with LVEF 35% may bar the combination arms ('may also require'); monotherapy unaffected"
    if cid == "UZ-04":
        return U, "no prior anti-PD-1; LVEF 48% may count as a cardiac deficiency for combination arms"
    if f["pd1"]:
        return M, f"prior {f['pd1']} without recorded immune toxicity ≥G3, ILD or hypersensitivity; no heart failure"
    return M, "no prior anti-PD-(L)1; no heart failure recorded"

R = {
 0: tissue,
 1: ecog_le1,
 2: lambda cid, f: (M, "measurable disease recorded"),
 3: unk("laboratory values not recorded (C3)"),
 4: na("NSCLC cohort"),
 5: na("head and neck SCC cohort"),
 6: na("MSS colorectal cohort"),
 7: gea,
 8: na("ovarian cancer cohort"),
 9: na("pancreatic cancer cohort"),
 10: na("triple-negative breast cancer cohort"),
 11: na("pancreatic cancer exclusion"),
 12: unk("surgery dates are not case fields (C4)"),
 13: autoimm,
 14: combo,
 15: lambda cid, f: preg(cid, f, "pregnancy status"),
 16: unk("concomitant medications (live vaccines, immunosuppressants) not recorded; no anticancer therapy within 5 half-lives"),
}
CHECK = {0: "Pre Treatment biopsy", 7: "Gastric and Gastroesophageal", 14: "Combination treatment", 16: "Excluded medications"}
NOTE = ("Phase 1 azirkitug (anti-CCR8) ± budigalimab/bevacizumab. The gastric/GEJ (GEA) cohort line is the applicable "
        "one; other tumour lines are 'does not apply'. 'Pre Treatment biopsy' read as satisfiable by a fresh screening "
        "biopsy (C1). 'If applicable immune checkpoint inhibitor and/or HER2 therapy' read as the therapy the patient "
        "actually had indicated and available — not used to exclude a patient who had chemotherapy without an ICI "
        "(UZ-01, UZ-05). Oesophageal adenocarcinoma (UZ-07) left unknown: the text names gastric/GEJ, the conditions list "
        "says Gastric/Esophageal. The combination-only exclusion is judged unknown where it would bite (monotherapy "
        "remains open), met where no part applies. Perioperative therapy counts as a line when recurrence ≤183 days (C6).")
