from common import *
MOD = [((3, 14), "Module 1 (AZD9574 monotherapy for HRR-mutant ovarian, breast, prostate or pancreatic cancer)"),
       ((15, 20), "Module 2 (AZD9574 + temozolomide for IDH-mutant glioma)"),
       ((21, 45), "Module 3 (PET imaging panels: HRR-mutant breast/ovarian/prostate/pancreatic cancer, glioma)"),
       ((60, 69), "Module 4 Part B (HER2-low/ultralow breast cancer)"),
       ((70, 76), "Module 5 (AZD9574 + Dato-DXd for TNBC, endometrial, ovarian cancer, CRPC)"),
       ((77, 84), "reproductive items for Modules 1–3"),
       ((108, 117), "Module 1 exclusions"), ((118, 124), "Module 2 exclusions"), ((125, 144), "Module 3 exclusions"),
       ((163, 167), "Module 4 Part B exclusions (breast cancer)"), ((168, 183), "Module 5 exclusions")]

def prog(cid, f):
    d = {"UZ-01": (M, "progressed on first line (ended 2026-09-22)"), "UZ-02": (M, "progressed on second line (2026-10-28)"),
         "UZ-03": (U, "newly diagnosed and untreated; progression not documented"),
         "UZ-04": (U, "last line stopped for toxicity (2026-08-25); progression since then not recorded"),
         "UZ-05": (M, "recurrence 2026-10-20"), "UZ-06": (M, "progressed on fourth line (2026-11-06)"),
         "UZ-07": (M, "progressed on first line (2026-09-28)"), "UZ-08": (U, "newly diagnosed and untreated; progression not documented")}
    return d[cid]
HER2 = {"UZ-01": (M, "IHC 3+ (2025-05-28) and again 3+ on re-biopsy 2026-10-08"), "UZ-02": (N, "HER2 IHC 0"),
        "UZ-03": (U, "IHC 2+ with ISH not done"), "UZ-04": (M, "IHC 3+ on local biopsy 2025-01-22"),
        "UZ-05": (U, "no tissue HER2 result; ctDNA ERBB2 amplification is not local tissue testing"),
        "UZ-06": (N, "IHC 2+ with ISH not amplified (ratio 1.3)"),
        "UZ-07": (U, "IHC 3+ in 2025 but 1+ on re-biopsy 2026-10-12 after trastuzumab; the text does not say which specimen counts"),
        "UZ-08": (M, "IHC 3+, ISH amplified (ratio 2.8)")}
def her2(cid, f): return HER2[cid]
def her2_head(cid, f):
    st, r = HER2[cid]; return st, "gastric item applies: " + r
def nongastric(cid, f):
    if f["site"] == "esophagus":
        return M, "does not apply — oesophageal adenocarcinoma scored as gastro-oesophageal under item 2 (reading choice)"
    return M, "does not apply — gastric/GEJ cancer (item 2 applies)"
def lines(cid, f):
    d = {"UZ-03": (N, "no prior systemic treatment"), "UZ-08": (N, "no prior systemic treatment"),
         "UZ-06": (N, "3 prior cytotoxic-containing lines (SOX, paclitaxel, disitamab vedotin) — more than 2"),
         "UZ-01": (U, "progressed after 1 line; 'no satisfactory alternative' is investigator judgement (T-DXd, ramucirumab + paclitaxel remain)"),
         "UZ-02": (U, "progressed after 2 cytotoxic lines (limit 2); 'no satisfactory alternative' is investigator judgement"),
         "UZ-04": (U, "progressed after trastuzumab + CAPOX; 2 cytotoxic-containing lines (CAPOX, T-DXd); 'no satisfactory alternative' is investigator judgement"),
         "UZ-05": (U, "perioperative FLOT counts as a line (C6) and she recurred; 'no satisfactory alternative' is investigator judgement (ramucirumab + paclitaxel)"),
         "UZ-07": (U, "progressed after 1 line for advanced disease; 'no satisfactory alternative' is investigator judgement")}
    return d[cid]
def tumour(cid, f):
    if f["site"] == "esophagus":
        return U, "oesophageal adenocarcinoma is not among the listed tumour types (gastric cancer is); sponsor to confirm"
    if f["site"] == "gej": return M, f"GEJ adenocarcinoma, {f['setting']} — counted as gastric cancer"
    return M, f"gastric cancer, {f['setting'].replace('_', ' ')}"
def cbp_head(cid, f):
    if f["sex"] == "male": return M, "does not apply (male patient)"
    if f["age"] >= 55: return M, "does not apply — not of child-bearing potential (C2, age ≥55)"
    return M, "heading only (female participants of child-bearing potential); the requirements are the items under it"
def birthctl(cid, f):
    if f["sex"] == "male": return M, "does not apply (male patient)"
    if f["age"] >= 55: return M, "does not apply — not of child-bearing potential (C2, age ≥55)"
    return M, "C1: contraception"
def sysdis(cid, f):
    if cid == "UZ-08": return N, "heart failure with LVEF 35% and ECOG 3 — severe systemic disease"
    if "hepatitis_b" in f["cond"]: return U, "hepatitis B listed; activity not recorded"
    if "hepatitis_c" in f["cond"]: return U, "hepatitis C listed; activity not recorded"
    if "hiv" in f["cond"]: return U, "HIV listed; control not recorded"
    return U, "bleeding diathesis and active infection not recorded"
def ip_allergy(cid, f):
    if f["tdxd"]: return M, "received T-DXd without recorded hypersensitivity; AZD9574 not previously given"
    return M, "no hypersensitivity recorded; AZD9574 and T-DXd not previously given"
def cyto2(cid, f):
    d = {"UZ-06": (N, "3 prior cytotoxic-containing lines (SOX, paclitaxel, disitamab vedotin)"),
         "UZ-07": (M, "2 cytotoxic lines (perioperative FLOT, CAPOX)"), "UZ-05": (M, "1 cytotoxic line (perioperative FLOT)"),
         "UZ-01": (M, "1 cytotoxic line (CAPOX)"), "UZ-02": (M, "2 cytotoxic lines (SOX, paclitaxel)"),
         "UZ-03": (M, "no prior therapy"), "UZ-08": (M, "no prior therapy"), "UZ-04": (M, "2 cytotoxic-containing lines (CAPOX, T-DXd)")}
    return d[cid]
def topo(cid, f):
    if f["tdxd"]: return N, "prior T-DXd (HER2-directed topoisomerase-I inhibitor ADC)"
    if cid == "UZ-06": return M, "disitamab vedotin is an MMAE (tubulin) ADC, not a TOPO1i ADC"
    return M, "no prior HER2-directed TOPO1i ADC or AZD9574"
def fn_plt(cid, f):
    if f["prior_lines"] == 0 or cid == "UZ-05": return M, "no treatment for advanced disease yet"
    if cid == "UZ-02": return M, "grade 3 neutropenia recorded without fever; no transfusion-requiring thrombocytopenia"
    return M, "no febrile neutropenia or thrombocytopenia recorded"
def ildp(cid, f):
    if cid == "UZ-04": return U, "ILD grade 1 on T-DXd listed; steroid use and resolution not recorded (possibly current)"
    if cid == "UZ-07": return N, "grade 2 immune-related pneumonitis (grade 2 is managed with corticosteroids)"
    return M, "no ILD/pneumonitis recorded"
def lung(cid, f):
    if "autoimmune_disease" in f["cond"]: return N, "autoimmune disease listed — '(b) any autoimmune ... disorder'"
    if cid == "UZ-04": return U, "ILD listed — (a) lung illness; clinical significance not recorded"
    if cid == "UZ-07": return U, "prior pneumonitis; other lung illness and pneumonectomy not recorded"
    return U, "no autoimmune disease recorded; other lung illness and pneumonectomy not recorded"
def infect(cid, f):
    if "hepatitis_b" in f["cond"]: return U, "hepatitis B listed; whether active not recorded"
    if "hepatitis_c" in f["cond"]: return U, "hepatitis C listed; whether active not recorded"
    if "hiv" in f["cond"]: return U, "HIV listed; whether uncontrolled not recorded"
    return M, "no HIV, hepatitis B/C or immunodeficiency recorded"
def brain(cid, f):
    if "brain_metastases" in f["cond"]: return U, "brain metastases listed; symptoms, treatment and steroid use not recorded"
    return M, "no brain metastases recorded"

R = {
 0: unk("ECOG trend over the past 2 weeks not recorded"),
 1: prog,
 2: unk("organ and marrow function not recorded (C3)"),
 46: heading("Module 4: AZD9574 + T-DXd; Part A admits HER2-expressing gastric cancer"),
 47: heading("Module 4 Part A"),
 48: her2_head,
 49: na("breast cancer HER2 rule"),
 50: her2, 51: nongastric,
 52: na("NSCLC rule"),
 53: lines, 54: tumour,
 55: unk("organ and marrow function not recorded (C3)"),
 56: lvef_ge(50),
 57: unk("radiotherapy fields are not case fields (C4)"),
 58: male_only("condom use"), 59: male_only("no fathering/sperm donation"),
 85: heading("Modules 4 and 5"),
 86: cbp_head,
 87: lambda cid, f: preg(cid, f, "pregnancy test"),
 88: birthctl,
 89: lambda cid, f: preg(cid, f, "breast-feeding status"),
 90: allc(M, "archival tumour tissue exists (biomarkers were tested on tissue)"),
 91: ecog_le1,
 92: allc(M, "does not apply — only for participants recruited for paired-biopsy PD evaluation (C1)"),
 93: unk("surgery dates are not case fields (C4)"),
 94: unk("radiotherapy dates are not case fields (C4)"),
 95: tox_resolved,
 96: unk("blood counts not recorded (C3)"),
 97: unk("metastatic sites not recorded (C4)"),
 98: unk("seizure history not recorded (C4)"),
 99: unk("brain injury/stroke history not recorded"),
 100: sysdis,
 101: unk("intercurrent illness over the past 12 months not recorded"),
 102: unk("bleeding predisposition not recorded"),
 103: unk("other (haematological) malignancies not recorded (C4)"),
 104: unk("gastrointestinal function and bowel resection not recorded (C4)"),
 105: ip_allergy,
 106: unk("gadolinium contraindication not recorded"),
 107: unk("no ongoing anticancer therapy recorded; prohibited concomitant medications not recorded"),
 145: heading("Module 4 exclusions"),
 146: heading("Module 4, all participants"),
 147: unk("immunosuppressive medication/corticosteroid use not recorded"),
 148: cyto2, 149: topo,
 150: unk("chloroquine/hydroxychloroquine use not recorded"),
 151: tox_resolved, 152: fn_plt,
 153: unk("myocardial infarction history and troponin not recorded"),
 154: ildp, 155: lung,
 156: unk("effusions/ascites not recorded (C4)"),
 157: allc(M, "no hypersensitivity to T-DXd or monoclonal antibodies recorded"),
 158: unk("other primary malignancies not recorded (C4)"),
 159: unk("current infection not recorded"),
 160: infect,
 161: heading("Module 4 Part A exclusions"),
 162: brain,
}
for (a, b), why in MOD:
    for i in range(a, b + 1):
        assert i not in R, i
        R[i] = na(why)
CHECK = {3: "Module 1:", 15: "Module 2:", 21: "Module 3:", 46: "Module 4:", 50: "2. Gastric cancer", 56: "Left ventricular",
         60: "Part B - All participants:", 70: "Module 5 :", 77: "Modules 1, 2 and 3:", 85: "Modules 4 and 5:",
         93: "Major surgery within 4 weeks", 108: "Module 1:", 145: "Module 4:", 149: "Prior treatment with HER2 directed",
         162: "Participants with brain metastases", 163: "Part B (dose expansion):", 168: "Module 5:", 183: "Participant is pregnant"}
NOTE = ("Modular phase I/IIa of AZD9574 (PARP1 inhibitor). A gastro-oesophageal adenocarcinoma patient can only enter "
        "Module 4 Part A (AZD9574 + T-DXd for HER2-expressing tumours, gastric: IHC 3+ or 2+/ISH+ on local tissue); every "
        "item of Modules 1–3, Module 4 Part B and Module 5 is 'does not apply'. Module/part/panel headings are kept as "
        "their own items (met). GEJ adenocarcinoma counted as 'gastric cancer'; oesophageal adenocarcinoma (UZ-07) left "
        "unknown for the tumour-type list. ctDNA ERBB2 does not satisfy 'local tissue testing' (UZ-05 unknown). After "
        "HER2 loss on re-biopsy (UZ-07) the HER2 item is unknown because the text does not say which specimen counts. "
        "Antibody–drug conjugates counted as cytotoxic lines (UZ-06: 3 lines → not met). 'No satisfactory alternative "
        "treatment option' is investigator judgement → unknown when standard options remain. Grade 2 immune pneumonitis "
        "read as steroid-requiring (UZ-07 not met). Heart failure with LVEF 35% and ECOG 3 judged a severe systemic "
        "disease (UZ-08).")
