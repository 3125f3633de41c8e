"""Hand-written judgements for the UI set. Run: python3 build/judge.py (writes UI/*.yaml)."""
import os, sys, yaml
sys.path.insert(0, os.path.dirname(__file__))
from split import split
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [f"UI-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def J(d=None, **kw):
    """d = default (status, reason) for every case; c1..c8 override."""
    out = {}
    for i, c in enumerate(CASES, 1):
        v = kw.get(f"c{i}", d)
        assert v is not None, f"missing {c}"
        out[c] = v
    return out
def ALL(st, r): return J((st, r))
def NA(r): return ALL(M, "does not apply — " + r)

# recurring per-case judgements ---------------------------------------------------------------
def ecog01():
    return J((M, "ECOG 1"), c2=(N, "ECOG 2"), c4=(M, "ECOG 0"), c5=(M, "ECOG 0"), c6=(N, "ECOG 3"))
def lvef50():
    return J(c1=(U, "LVEF not measured (lvef_percent null)"), c2=(N, "LVEF 45% < 50%"), c3=(M, "LVEF 58%"),
             c4=(M, "LVEF 62%"), c5=(U, "LVEF not measured (lvef_percent null)"), c6=(M, "LVEF 55%"),
             c7=(M, "LVEF 52%"), c8=(M, "LVEF 60%"))
def preg():
    return J((M, "does not apply — male"), c1=(U, "woman aged 38; pregnancy/breast-feeding status not in case (C2)"),
             c4=(M, "does not apply — woman aged 67 (C2)"), c6=(M, "does not apply — woman aged 74 (C2)"),
             c8=(U, "woman aged 44; pregnancy/breast-feeding status not in case (C2)"))
def measurable():
    return J((M, "measurable_disease true"), c5=(U, "measurable_disease not recorded (resectable primary)"),
             c6=(N, "measurable_disease false (peritoneal disease only)"))
def brain_none_else_unknown(what):
    return J((M, "no brain metastases (condition not listed)"),
             c7=(U, f"brain metastases present; {what} not a case field (comment: untreated, asymptomatic)"),
             c8=(U, f"brain metastases present; {what} not a case field (comment: SRS 2026-04, stable)"))
def labs(): return ALL(U, "laboratory/organ function not in case (C3)")
def consent(): return ALL(M, "consent/procedure/contraception item (C1)")
def surgery4w():
    return J((U, "surgery dates are not a case field (C4)"),
             c4=(U, "oesophagectomy 2026-02 (comment) is >4 weeks ago, but surgery is not a case field (C4)"),
             c5=(U, "comment: staging laparoscopy 2026-11-18 (13 days ago, minor); surgery not a case field (C4)"),
             c8=(U, "gastrectomy 2023 (comment); recent surgery not a case field (C4)"))
def radio():
    return J((U, "radiotherapy history is not a case field (C4)"),
             c3=(U, "comment: palliative 8 Gy to T10 on 2026-11-20 (11 days ago); radiotherapy not a case field (C4)"),
             c8=(U, "comment: SRS completed 2026-04-02; radiotherapy not a case field (C4)"))
def cardiac():
    return J((U, "heart failure absent, but other cardiac disease (MI, arrhythmia, valve) not recorded (C4)"),
             c2=(N, "heart failure (condition listed), LVEF 45%"))
def ild():
    return J((M, "no ILD/pneumonitis (conditions not listed)"),
             c6=(N, "pneumonitis grade 2 on tislelizumab (grade 2 = intervention/steroids indicated)"),
             c7=(N, "T-DXd-related ILD grade 2 (steroid-treated per T-DXd management)"))
def unresolved_tox():
    return J((M, "no toxicity recorded from prior therapy"),
             c1=(M, "grade 2 nausea on line 1 only; 4 months of line 2 followed with no toxicity recorded"),
             c2=(M, "no prior therapy"), c3=(M, "only grade 1 neuropathy recorded"), c5=(M, "no prior therapy"),
             c6=(M, "grade 2 pneumonitis on line 1; line 2 then given for 5 months with no toxicity recorded"),
             c7=(U, "grade 2 ILD on T-DXd (stopped 2026-09-15); resolution to grade ≤1 not recorded"))

# ================================================================ NCT05417594 (CERTIS1)
def certis():
    items = split("NCT05417594")
    na_mod = {
        "Module 1": "Module 1 is AZD9574 for HRR-mutant ovarian, breast, prostate or pancreatic cancer; gastric patients fit only Module 4 Part A",
        "Module 2": "Module 2 is AZD9574 + temozolomide for IDH-mutant glioma",
        "Module 3": "Module 3 (PET/imaging panels) is for breast, ovarian, prostate, pancreatic cancer or glioma",
        "Module 5": "Module 5 (AZD9574 + Dato-DXd) is for TNBC, endometrial, ovarian cancer and CRPC",
        "Module 4 Part B": "Module 4 Part B is the HER2-low/ultralow breast cancer expansion",
        "Modules 1, 2 and 3": "these reproductive items are for Modules 1-3, not the Module 4 gastric cohort",
    }
    S = {}
    S[0] = ALL(U, "current ECOG recorded, but stability over the previous 2 weeks is not in the case")
    S[1] = J(c1=(M, "progressed on ramucirumab + paclitaxel (ended 2026-11-10)"),
             c2=(U, "newly diagnosed, untreated; no progression documented"),
             c3=(M, "progressed on apatinib (ended 2026-11-05)"),
             c4=(M, "recurrence 2026-09-30 after perioperative FLOT"),
             c5=(U, "untreated resectable disease; no progression documented"),
             c6=(M, "progressed on ramucirumab + paclitaxel (2026-09-25)"),
             c7=(U, "T-DXd stopped for toxicity; subsequent progression not a case field"),
             c8=(M, "progressed on trastuzumab + CAPOX (2026-10-28)"))
    S[2] = labs()
    her2 = dict(c1=(N, "HER2 IHC 1+ (HER2-low), not IHC 3+ or 2+/ISH+"), c2=(M, "HER2 IHC 3+ (biopsy 2026-10-28)"),
                c3=(N, "most recent tissue IHC 2+/ISH not amplified (2026-05): HER2 lost after trastuzumab"),
                c5=(N, "HER2 IHC 0"), c6=(U, "no tissue HER2 result; only ctDNA ERBB2 amplification"),
                c7=(M, "IHC 2+ / ISH ratio 3.1 amplified"), c8=(M, "IHC 3+ on recurrence biopsy 2026-03-25"))
    S[38] = J(c4=(M, "oesophageal primary: HER2 IHC 2+ meets the non-gastric overexpression clause"), **her2)
    S[40] = J(c4=(M, "does not apply — oesophageal primary, not gastric (see non-gastric clause)"), **her2)
    S[41] = J((M, "does not apply — gastric/GEJ primary (gastric clause applies)"),
              c4=(M, "oesophageal adenocarcinoma treated as non-gastric: IHC 2+ (gastric scoring) = overexpression"))
    S[43] = J(c1=(U, "2 cytotoxic lines (FOLFOX, paclitaxel), progressed; 'no satisfactory alternative' is investigator judgement (trifluridine/tipiracil remains)"),
              c2=(N, "no prior systemic treatment"),
              c3=(N, "3 cytotoxic-containing lines (CAPOX, paclitaxel, disitamab vedotin MMAE-ADC) > 2"),
              c4=(U, "perioperative FLOT counts as 1 line (recurrence 133 d, C6); ramucirumab + paclitaxel still available"),
              c5=(N, "no prior systemic treatment; resectable"),
              c6=(U, "2 cytotoxic lines, progressed; 'no satisfactory alternative' is investigator judgement"),
              c7=(U, "2 cytotoxic-containing lines (CAPOX, T-DXd); ramucirumab + paclitaxel still available"),
              c8=(U, "1 palliative line (perioperative FLOT >6 months before recurrence); T-DXd is a standard alternative"))
    S[44] = J((M, "metastatic gastric/GEJ adenocarcinoma (gastric cancer listed)"),
              c4=(N, "oesophageal adenocarcinoma is not among the listed tumour types"),
              c5=(N, "resectable disease"),
              c8=(M, "recurrent (metastatic) gastric adenocarcinoma"))
    S[45] = labs()
    S[46] = lvef50()
    S[47] = ALL(U, "irradiation history of lesions is not a case field (C4)")
    S[48] = J((M, "contraception item (C1)"), c1=(M, "does not apply — female"), c4=(M, "does not apply — female"),
              c6=(M, "does not apply — female"), c8=(M, "does not apply — female"))
    S[49] = S[48]
    S[70] = preg(); S[71] = preg(); S[72] = consent(); S[73] = preg()
    S[74] = ALL(M, "tissue provision is a study procedure (C1)")
    S[75] = ecog01()
    S[76] = ALL(M, "study-procedure item (C1)")
    S[77] = surgery4w(); S[78] = radio(); S[79] = unresolved_tox()
    S[80] = ALL(U, "blood-count history not in case (C3)")
    S[81] = J((U, "metastatic sites (spine) not a case field (C4)"), c5=(M, "resectable M0 disease: no metastatic cord compression"))
    S[82] = ALL(U, "seizure history not in case (C4)")
    S[83] = ALL(U, "brain injury/stroke history not in case")
    S[84] = J((U, "HBV/HCV/HIV absent, but bleeding diatheses and other infections/systemic disease not recorded (C4)"),
              c2=(U, "heart failure present; severity/control not a case field"),
              c3=(U, "chronic hepatitis B; activity not a case field (comment: DNA undetectable on entecavir)"),
              c4=(U, "HIV; control not a case field (comment: CD4 520, VL undetectable)"),
              c6=(U, "hepatitis C history; activity not a case field (comment: SVR 2019)"))
    S[85] = ALL(U, "intercurrent illness not recorded")
    S[86] = ALL(U, "bleeding predisposition not recorded")
    S[87] = ALL(U, "other malignancies (MDS/AML) not recorded (C4)")
    S[88] = J((U, "GI integrity/absorption not a case field (C4)"),
              c4=(U, "post-oesophagectomy; swallowing/absorption not a case field (C4)"),
              c8=(U, "post total gastrectomy; absorption not a case field (C4)"))
    S[89] = ALL(U, "allergy history not recorded")
    S[90] = ALL(U, "MRI contrast contraindication/steroid use not recorded")
    S[91] = ALL(U, "no ongoing anticancer therapy, but concomitant (prohibited) medications not recorded")
    S[120] = J((U, "immunosuppressant/steroid use not recorded"),
               c7=(U, "steroids for ILD (comment: tapered off 2026-10-30); medication use not a case field"))
    S[121] = J(c1=(M, "2 cytotoxic lines (FOLFOX, paclitaxel)"), c2=(M, "no prior therapy"),
               c3=(N, "3 cytotoxic-containing lines (CAPOX, paclitaxel, disitamab vedotin)"),
               c4=(M, "1 (perioperative FLOT)"), c5=(M, "no prior therapy"), c6=(M, "2 (CAPOX, paclitaxel)"),
               c7=(M, "2 (CAPOX, T-DXd)"), c8=(M, "2 (perioperative FLOT, CAPOX)"))
    S[122] = J((M, "no prior HER2-directed TOPO1i ADC or AZD9574"),
               c3=(M, "disitamab vedotin is an MMAE (tubulin) ADC, not a TOPO1i ADC"),
               c7=(N, "prior trastuzumab deruxtecan (HER2-directed TOPO1i ADC)"))
    S[123] = ALL(U, "chloroquine/hydroxychloroquine use not recorded")
    S[124] = unresolved_tox()
    S[125] = ALL(U, "transfusion/febrile neutropenia history not recorded")
    S[126] = ALL(U, "myocardial infarction/troponin not recorded")
    S[127] = ild()
    S[128] = J((U, "autoimmune disease absent, but other lung illnesses/connective tissue disorders/pneumonectomy not recorded (C4)"),
               c1=(N, "autoimmune disease (condition listed)"),
               c6=(U, "pneumonitis history (resolved per comment); whether it is a current lung-specific illness not a case field"),
               c7=(N, "interstitial lung disease (condition listed) = lung-specific clinically significant illness"))
    S[129] = J((U, "effusions/ascites not a case field (C4)"), c5=(M, "resectable M0 disease: no malignant effusion or ascites"),
               c6=(U, "peritoneal disease; ascites/drainage not a case field (C4)"))
    S[130] = ALL(U, "hypersensitivity history not recorded")
    S[131] = ALL(U, "other primary malignancies not recorded (C4)")
    S[132] = ALL(U, "infection status not recorded")
    S[133] = J((U, "HIV/HBV/HCV absent, but primary immunodeficiency not recorded (C4)"),
               c3=(U, "chronic hepatitis B; activity not a case field"),
               c4=(U, "HIV; control not a case field"),
               c6=(U, "hepatitis C history; activity not a case field"))
    S[134] = brain_none_else_unknown("treatment/symptom status")
    out = []
    for i, it in enumerate(items):
        ctx = it["ctx"]
        if i in S: j = S[i]
        elif ctx.startswith("Modules 1, 2 and 3"): j = NA(na_mod["Modules 1, 2 and 3"])
        elif ctx.startswith("Module 4: / Part B"): j = NA(na_mod["Module 4 Part B"])
        elif ctx[:8] in ("Module 1", "Module 2", "Module 3", "Module 5"): j = NA(na_mod[ctx[:8]])
        elif i in (39,): j = NA("breast-cancer HER2 clause")
        elif i in (42,): j = NA("NSCLC HER2-mutation clause")
        else: raise SystemExit(f"CERTIS1 item {i} not judged: {ctx} | {it['text'][:60]}")
        out.append((it, j))
    note = ("Gastric/GEJ patients can only enter Module 4 Part A (AZD9574 + T-DXd, dose escalation, gastric cancer "
            "IHC 3+ or IHC 2+/ISH+ on local tissue); every Module 1/2/3/5 and Module 4 Part B (breast) item is met as "
            "'does not apply'. The global inclusion/exclusion lists apply to all. Structural headings (Module/Part/Panel) "
            "are not criteria; lead-in lines that state a requirement ('Must have the following HER2 status:', "
            "'Female participants of CBP:') are separate items judged as the sum of their bullets. Oesophageal "
            "adenocarcinoma (UI-04) is read as not 'Gastric Cancer' (not in the tumour list) but its IHC 2+ meets the "
            "non-gastric overexpression clause; GEJ is read as gastric. HER2 for UI-03 uses the most recent tissue "
            "(loss after trastuzumab). ADCs with cytotoxic payloads (disitamab vedotin, T-DXd) are counted as "
            "cytotoxic-containing lines. 'No satisfactory alternative' is left unknown for pretreated patients.")
    return "NCT05417594", note, out

# ================================================================ NCT05176665 (EMB-01)
def emb():
    items = split("NCT05176665")
    S = {}
    for i in range(4): S[i] = ALL(U, "cMET/EGFR status not tested")
    S[4] = NA("colorectal cancer (Phase II CRC) clause")
    S[5] = consent()
    S[6] = J((M, "advanced gastric adenocarcinoma with measurable disease"),
             c2=(M, "metastatic GEJ adenocarcinoma (GEJ read as gastric), measurable"),
             c7=(M, "metastatic GEJ adenocarcinoma (GEJ read as gastric), measurable"),
             c4=(N, "oesophageal adenocarcinoma is not among gastric cancer/HCC/BTC/CRC"),
             c5=(N, "resectable, not advanced/metastatic"),
             c6=(N, "no measurable disease (measurable_disease false)"),
             c8=(M, "recurrent (metastatic) gastric adenocarcinoma, measurable"))
    S[7] = J(c1=(N, "trifluridine/tipiracil (standard 3L with OS benefit) not yet given"),
             c2=(N, "treatment-naive; first-line HER2-directed therapy available"),
             c3=(M, "4 prior lines: trastuzumab/pembrolizumab/CAPOX, ramucirumab/paclitaxel, disitamab vedotin, apatinib"),
             c4=(N, "only perioperative FLOT; second-line ramucirumab + paclitaxel available"),
             c5=(N, "resectable; curative-intent treatment available"),
             c6=(N, "2 lines only; third-line standards (e.g. apatinib, trifluridine/tipiracil) not given"),
             c7=(N, "ramucirumab + paclitaxel and trifluridine/tipiracil not given"),
             c8=(N, "1 palliative line; T-DXd and ramucirumab + paclitaxel available"))
    S[8] = measurable()
    S[9] = ALL(M, "tissue/biopsy provision is a study procedure (C1)")
    S[10] = labs()
    washout = dict(c1=(N, "ramucirumab + paclitaxel last 2026-11-10 (21 days); ramucirumab 5 half-lives > 4 weeks, so 4 weeks applies"),
                   c2=(M, "no prior anticancer therapy"),
                   c3=(M, "apatinib last 2026-11-05 (26 days) but >5 half-lives (t½ ~9 h); earlier agents >3 months"),
                   c4=(M, "FLOT ended 2026-05-20"), c5=(M, "no prior anticancer therapy"),
                   c6=(M, "last dose 2026-09-25 (67 days)"), c7=(M, "T-DXd last 2026-09-15 (77 days)"),
                   c8=(M, "trastuzumab + CAPOX last 2026-10-28 (34 days)"))
    S[11] = J((U, "drug washouts met but radiotherapy history not a case field (C4)"),
              c1=(N, "ramucirumab stopped only 21 days ago (< 4 weeks)"),
              c3=(U, "drug washout met; comment: RT 2026-11-20 (11 days) — radiotherapy not a case field (C4)"))
    S[12] = J(**washout)
    S[13] = radio()
    S[14] = J(**{**washout, "c4": (M, "no prior targeted therapy"),
                 "c1": (N, "ramucirumab (targeted) last 2026-11-10 — 21 days < 4 weeks"),
                 "c6": (M, "ramucirumab last 2026-09-25 (67 days)")})
    S[15] = consent()
    S[16] = ecog01()
    res = dict(c1=(M, "HER2 IHC 1+ is not a HER2 alteration; no NGS alterations documented"),
               c2=(N, "HER2-positive (IHC 3+) = documented HER2 alteration"),
               c3=(U, "HER2 IHC 3+ at diagnosis but not amplified on 2026 re-biopsy; whether the lost alteration counts is unclear"),
               c4=(M, "HER2 IHC 2+ but ISH not amplified; no other alterations documented"),
               c5=(M, "HER2 0, dMMR; no resistance alterations documented"),
               c6=(N, "ERBB2 amplification in ctDNA"),
               c7=(N, "HER2 amplified (ISH ratio 3.1)"),
               c8=(N, "HER2 IHC 3+ on recurrence biopsy"))
    S[17] = J((U, "central pre-screening result pending"), **{k: v for k, v in res.items() if v[0] == N})
    S[18] = consent()
    S[19] = ALL(U, "central cMET/EGFR testing not done")
    S[20] = J(**res)
    S[21] = ALL(U, "life expectancy not in case (C2)")
    S[22] = brain_none_else_unknown("symptom status")
    S[23] = preg()
    S[24] = J(**{k: (U, r.replace("4 weeks", "28 days")) for k, (s, r) in
                 zip(["c%d" % i for i in range(1, 9)], surgery4w().values())})
    S[25] = J((U, "investigator judgement; other serious conditions not recorded"),
              c2=(U, "heart failure (LVEF 45%) — seriousness is investigator judgement"),
              c3=(U, "chronic hepatitis B; control not a case field"), c4=(U, "HIV; control not a case field"),
              c1=(U, "autoimmune (thyroid) disease; investigator judgement"))
    out = []
    for i, it in enumerate(items):
        if i not in S: raise SystemExit(f"EMB item {i} not judged")
        out.append((it, S[i]))
    note = ("EMB-01 is an EGFR x cMET bispecific for gastric, HCC, BTC and CRC. The four molecular pre-screening "
            "alternatives (OR) are each unknown because no case has cMET/EGFR testing. GEJ adenocarcinoma is read as "
            "gastric; oesophageal adenocarcinoma (UI-04) is not. 'Failed all standard of care therapies' is read "
            "strictly: not met while a standard option with survival benefit remains. HER2 positivity/amplification "
            "(tissue or ctDNA) is a documented alteration conferring EGFR/cMET resistance; HER2-low/0 is not. "
            "Washouts use 'whichever shorter' (4 weeks vs 5 half-lives) against 2026-12-01. Lead-in lines "
            "('Regarding prior anti-tumor therapy:', 'Subject who meets any of the following...') are separate items "
            "judged as the sum of their bullets.")
    return "NCT05176665", note, out

# ================================================================ NCT06241456 (FT825 CAR-T)
def ft825():
    items = split("NCT06241456")
    S = {}
    S[0] = J((U, "advanced cancer, but HER2-negative/low/ctDNA-only: protocol-defined tumour criteria not in record"),
             c2=(M, "metastatic HER2-positive (IHC 3+) GEJ adenocarcinoma, the titled population"),
             c5=(N, "resectable, not locally advanced or metastatic"),
             c7=(M, "metastatic HER2-positive (ISH amplified) GEJ adenocarcinoma"),
             c8=(M, "recurrent HER2-positive (IHC 3+) gastric adenocarcinoma"),
             c3=(U, "metastatic, but HER2 lost on re-biopsy; protocol-defined criteria not in record"))
    S[1] = J((U, "incurable advanced disease; tumour-specific prior-therapy requirements not in record"),
             c2=(N, "treatment-naive; prior therapies are required"),
             c5=(N, "resectable — amenable to curative therapy"))
    S[2] = consent()
    S[3] = ecog01()
    S[4] = measurable()
    S[5] = ALL(U, "life expectancy not in case (C2)")
    S[6] = preg()
    S[7] = J((U, "organ function not in case (C3)"))
    S[8] = J((U, "heart failure absent, but other cardiovascular disease not recorded (C4)"),
             c2=(N, "heart failure (condition listed), LVEF 45%"))
    S[9] = brain_none_else_unknown("activity (treated/stable)")
    S[10] = ALL(U, "non-malignant CNS disease (stroke, epilepsy) not recorded (C4)")
    S[11] = J((U, "current infections not recorded"),
              c3=(U, "chronic hepatitis B; activity not a case field"), c4=(U, "HIV (chronic viral infection); control not a case field"),
              c6=(U, "hepatitis C history; activity not a case field"))
    S[12] = ALL(M, "treatment history lists no CAR-T/cellular therapy")
    S[13] = ild()
    S[14] = J((M, "does not apply — no prior cancer immunotherapy"),
              c3=(M, "pembrolizumab given; no immune-related toxicity recorded"),
              c6=(M, "tislelizumab pneumonitis grade 2 (< grade 3); no eye toxicity"),
              c7=(M, "pembrolizumab given; no immune-related toxicity recorded"))
    S[15] = J((U, "autoimmune disease absent; immune deficiency other than HIV not recorded (C4)"),
              c1=(N, "autoimmune disease (condition listed)"),
              c4=(U, "HIV — whether controlled HIV counts as immune deficiency is protocol-defined"))
    S[16] = ALL(M, "no organ transplant (condition not listed)")
    out = [(it, S[i]) for i, it in enumerate(items)]
    note = ("FT825 is an iPSC-derived HER2-targeted CAR-T (± monoclonal antibodies). The record's tumour-specific "
            "criteria are 'protocol-defined' and not given: HER2-positive advanced gastric/GEJ patients are read as "
            "meeting the tumour criterion (titled population); others are unknown. 'Prior therapies defined by "
            "specific tumor types' is read as requiring prior therapy, so a treatment-naive patient does not meet it. "
            "ILD/pneumonitis grade 2 is read as having required steroids. Controlled HIV is left unknown for "
            "'immune deficiency'; brain-metastasis activity is not a case field, so 'active CNS involvement' is "
            "unknown for UI-07 and UI-08.")
    return "NCT06241456", note, out

# ================================================================ NCT06253871 (IAM1363)
def iam():
    items = split("NCT06253871")
    S = {}
    S[0] = ALL(M, "adult")
    S[1] = J(c1=(N, "HER2 IHC 1+ (HER2-low) is not a HER2 alteration; no ERBB2 mutation reported"),
             c2=(N, "HER2 IHC 3+ but treatment-naive — not relapsed/refractory"),
             c3=(N, "HER2 lost: most recent tissue IHC 2+/ISH not amplified"),
             c4=(N, "HER2 IHC 2+/ISH not amplified — not HER2-altered"),
             c5=(N, "HER2 0 and untreated resectable disease"),
             c6=(M, "ERBB2 amplification in ctDNA; refractory to 2 lines"),
             c7=(M, "HER2 amplified (ISH 3.1); relapsed after 2 lines"),
             c8=(M, "HER2 IHC 3+; relapsed after trastuzumab"))
    S[2] = J(c1=(M, "progressed on ramucirumab + paclitaxel"), c2=(N, "no prior systemic therapy"),
             c3=(M, "progressed on apatinib"), c4=(M, "recurrence after perioperative FLOT"),
             c5=(N, "no prior systemic therapy"), c6=(M, "progressed on ramucirumab + paclitaxel"),
             c7=(M, "intolerant of T-DXd (stopped for grade 2 ILD)"), c8=(M, "progressed on trastuzumab + CAPOX"))
    S[3] = J((M, "measurable_disease true"), c5=(U, "measurable_disease not recorded"),
             c6=(N, "measurable_disease false; no brain lesions for RANO-BM"))
    S[4] = ecog01()
    S[5] = labs()
    S[6] = lvef50()
    S[7] = cardiac()
    S[8] = J((M, "no HIV (condition not listed)"),
             c4=(U, "HIV; control (CD4, viral load) not a case field (comment: CD4 520, undetectable)"))
    S[9] = J((U, "hepatitis B/C absent, but hepatitis A/other active liver disease not recorded (C4)"),
             c3=(U, "chronic hepatitis B; activity not a case field (comment: DNA undetectable)"),
             c6=(U, "hepatitis C history; activity not a case field (comment: SVR)"))
    S[10] = J((U, "GI absorption not a case field (C4)"), c8=(U, "post total gastrectomy; absorption not a case field (C4)"),
              c4=(U, "post-oesophagectomy; absorption not a case field (C4)"))
    S[11] = ALL(U, "diabetes not recorded")
    S[12] = ALL(M, "no organ transplant (condition not listed)")
    S[13] = ALL(U, "CNS haemorrhage history not recorded")
    S[14] = brain_none_else_unknown("need for local therapy")
    out = [(it, S[i]) for i, it in enumerate(items)]
    note = ("IAM1363 is a HER2-selective TKI for HER2-altered cancers; the record's conditions name HER2-positive "
            "gastric/GEJ cancer, so for gastric patients 'HER2-altered' is read as IHC 3+, IHC 2+/ISH+, ERBB2 "
            "amplification (tissue or ctDNA) or mutation; HER2-low/0 without a mutation report does not meet it. "
            "HER2 status for UI-03 uses the most recent tissue (loss). ctDNA ERBB2 amplification (UI-06) is accepted "
            "as an alteration. 'Relapsed/refractory' requires prior therapy. Brain-metastasis treatment status is "
            "not a case field, so 'requiring immediate local therapy' is unknown for UI-07/UI-08.")
    return "NCT06253871", note, out

def verdict(js):
    return "ineligible" if N in js else ("eligible" if all(s == M for s in js) else "possibly_eligible")

if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "UI"), exist_ok=True)
    summary = {}
    for f in (certis, emb, ft825, iam):
        nct, note, out = f()
        crit = []
        for it, j in out:
            crit.append({"kind": it["kind"], "text": " ".join(it["text"].split()),
                         "judgements": {c: j[c][0] for c in CASES}, "reasons": {c: j[c][1] for c in CASES}})
        v = {c: verdict([cr["judgements"][c] for cr in crit]) for c in CASES}
        summary[nct] = (v, len(crit), {c: {s: sum(cr["judgements"][c] == s for cr in crit) for s in (M, N, U)} for c in CASES})
        doc = {"nct_id": nct, "reviewer_note": note, "verdicts": v, "criteria": crit}
        with open(os.path.join(ROOT, "UI", nct + ".yaml"), "w") as fh:
            yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=120)
    for nct, (v, n, cnt) in summary.items():
        print(nct, n, " ".join(f"{c[-2:]}:{v[c][:4]}({cnt[c][M]}/{cnt[c][N]}/{cnt[c][U]})" for c in CASES))
