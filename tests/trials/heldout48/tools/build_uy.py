#!/usr/bin/env python3
"""Build UY/<NCT>.yaml from the record text plus hand-written judgements (reviewer's own tool)."""
import json, os, re, yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "trials", "her2-gastric")
CASES = [f"UY-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"


def items(nct, split_labs=False):
    t = json.load(open(os.path.join(DATA, nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    out, kind = [], None
    for line in t.split("\n"):
        s = line.strip()
        if not s:
            continue
        if re.match(r"^(\d+\.\s*)?Inclusion Criteria:?$", s):
            kind = "inclusion"; continue
        if re.match(r"^(\d+\.\s*)?Exclusion Criteria:?$", s):
            kind = "exclusion"; continue
        s = re.sub(r"^(\*|\d+\.)\s+", "", s)
        if split_labs and s.startswith("Absolute neutrophil count"):
            for part in s.split(", "):
                part = part.strip().rstrip(",").strip()
                if part:
                    out.append((kind, part))
            continue
        out.append((kind, s))
    return out


def J(default=None, **over):
    """default: (status, reason) or None; over: c1..c8 -> (status, reason)."""
    j = {}
    for i, c in enumerate(CASES, 1):
        v = over.get(f"c{i}", default)
        assert v is not None, f"missing judgement for {c}"
        j[c] = v
    return j


C1 = (M, "C1: consent/compliance/contraception/study-procedure item")
LAB = (U, "C3: laboratory/organ-function value not in the case")
ALLU = lambda r: J((U, r))
PREG = J((M, "does not apply: male"), c2=(U, "woman aged 38: pregnancy/breast-feeding status not recorded (C2)"),
         c4=(M, "woman aged 67 (C2)"), c5=(M, "woman aged 72 (C2)"),
         c6=(U, "woman aged 51: pregnancy/breast-feeding status not recorded (C2)"))
ECOG01 = J(c1=(M, "ECOG 1"), c2=(M, "ECOG 1"), c3=(N, "ECOG 2"), c4=(M, "ECOG 1"), c5=(M, "ECOG 0"),
           c6=(M, "ECOG 1"), c7=(N, "ECOG 3"), c8=(M, "ECOG 0"))
LVEF50 = J(c1=(M, "LVEF 60%"), c2=(M, "LVEF 58%"), c3=(N, "LVEF 42%"), c4=(M, "LVEF 55%"), c5=(M, "LVEF 64%"),
           c6=(U, "LVEF not recorded"), c7=(M, "LVEF 57%"), c8=(M, "LVEF 50% (threshold is >=50%)"))
NO_HIV = (M, "does not apply: no HIV recorded")
HIV_SUB = J(NO_HIV, c6=(U, "HIV recorded; ART stability, CD4 count, viral load and opportunistic-infection history are not case fields"))
NO_BM = (M, "does not apply: no brain metastases recorded")
BM_U = (U, "brain metastases recorded; treatment, symptoms and steroid/anticonvulsant need are not case fields")

# ---------------------------------------------------------------- NCT04592211 (paclitaxel + pembrolizumab + olaparib)
A = [
    J(C1),
    J(c1=(M, "age 24"), c2=(M, "age 38"), c3=(M, "age 83"), c4=(M, "age 67"), c5=(M, "age 72"), c6=(M, "age 51"),
      c7=(M, "age 58"), c8=(M, "age 61")),
    J((M, "measurable disease recorded"),
      c6=(U, "measurable_disease false; whether non-measurable evaluable disease is documented is not a case field")),
    ECOG01,
    J((U, "heading; organ-function thresholds are not listed in the record and laboratory values are not in the case (C3)")),
    J((U, "life expectancy is not judged from the case (C2)")),
    J((U, "ability to swallow and retain oral medication (olaparib) is not recorded"),
      c1=(M, "currently taking oral capecitabine in the ongoing line (started 2026-11-17)")),
    J(c1=(N, "HER2 IHC 3+; first-line trastuzumab started 2026-11-17 and is ongoing - not yet failed"),
      c2=(M, "HER2 IHC 3+; progressed 2026-09-20 on first-line trastuzumab + pembrolizumab + CAPOX"),
      c3=(M, "does not apply: HER2 IHC 2+/ISH not amplified (HER2-negative)"),
      c4=(M, "HER2 IHC 3+ at diagnosis; progressed 2025-09-15 on first-line trastuzumab + FOLFOX"),
      c5=(M, "does not apply: HER2 IHC 1+ (HER2-negative)"),
      c6=(M, "does not apply: HER2 IHC 0"),
      c7=(M, "does not apply: HER2 IHC 2+/ISH not amplified (HER2-negative)"),
      c8=(U, "HER2 known only from plasma ERBB2 amplification, no tissue IHC/ISH; if tissue confirms HER2-positive he has had no trastuzumab and would fail this item")),
    J(C1),
    LVEF50,
    PREG,
    J((M, "no systemic therapy within 2 weeks"),
      c1=(N, "ongoing first-line trastuzumab + CAPOX started 2026-11-17 (capecitabine days 1-14): systemic therapy within 2 weeks"),
      c2=(M, "last systemic therapy ended 2026-09-20 (72 days)"), c3=(M, "last systemic therapy ended 2026-04-20 (225 days)"),
      c4=(M, "last systemic therapy ended 2026-08-20 (103 days)"), c5=(M, "last systemic therapy ended 2026-10-20 (42 days)"),
      c6=(M, "no systemic therapy ever"), c7=(M, "last systemic therapy ended 2026-10-25 (37 days)"),
      c8=(M, "no systemic therapy yet")),
    ALLU("radiotherapy is not a case field (C4)"),
    ALLU("vaccination history not recorded"),
    ALLU("participation in an investigational study or use of an investigational device is not recorded"),
    J((U, "no immunodeficiency condition recorded, but systemic steroid/immunosuppressant use in the last 7 days is not a case field"),
      c6=(N, "HIV infection recorded: a diagnosis of immunodeficiency"),
      c8=(U, "autoimmune disease recorded; immunosuppressive therapy is not a case field")),
    ALLU("other malignancies are not case fields (C4)"),
    J((M, "no brain metastases recorded (vocabulary condition known absent)"), c4=BM_U, c7=BM_U),
    J((U, "allergy history not recorded; olaparib never given"),
      c2=(U, "pembrolizumab given for 15 months without recorded toxicity, but olaparib/paclitaxel never given; allergy history not recorded"),
      c7=(U, "paclitaxel given without recorded toxicity; pembrolizumab/olaparib hypersensitivity unknown")),
    J((M, "no autoimmune disease recorded"),
      c7=(U, "grade 3 immune-mediated colitis on tislelizumab (2025-07, treated systemically) within 2 years; whether an irAE counts as active autoimmune disease is the investigator's call"),
      c8=(U, "autoimmune disease recorded; whether it needed systemic treatment in the past 2 years is not a case field")),
    J((M, "no pneumonitis/ILD recorded"),
      c4=(N, "grade 2 non-infectious pneumonitis on T-DXd (stopped 2026-08-20); grade 2 pneumonitis is managed with systemic steroids")),
    J((U, "current infections are not case fields"),
      c2=(U, "chronic hepatitis B recorded; whether it needs antiviral therapy is not a case field"),
      c6=(U, "HIV recorded (on ART per history); decided by the HIV item; other infections not recorded")),
    J((M, "no HIV recorded"), c6=(N, "HIV infection recorded")),
    J((M, "no hepatitis B or C recorded"),
      c2=(U, "hepatitis B recorded; HBsAg and HBV DNA titre are not case fields"),
      c5=(U, "hepatitis C recorded; current HCV RNA is not a case field")),
    ALLU("tuberculosis status not recorded"),
    J((M, "no organ or allogeneic transplant recorded")),
]

# ---------------------------------------------------------------- NCT04704661 (DASH: T-DXd + ceralasertib)
HER2_GROUP = J(c1=(M, "HER2 IHC 3+ (local, gastric criteria); central confirmation is a screening step"),
               c2=(M, "HER2 IHC 3+ (2025 and 2026-10-12 re-biopsy)"),
               c3=(M, "HER2 IHC 2+ (ISH not amplified): HER2-expressing"),
               c4=(U, "archival IHC 3+ (2025) but IHC 0 on 2026-10-20 re-biopsy; whether central testing of the archival block qualifies is the investigator's call"),
               c5=(M, "HER2 IHC 1+ (2023 resection and 2026 biopsy)"),
               c6=(N, "HER2 IHC 0 on resection (2024) and recurrence biopsy (2026); no amplification"),
               c7=(M, "HER2 IHC 2+ (ISH not amplified): HER2-expressing"),
               c8=(U, "no tissue IHC/ISH result; plasma ERBB2 amplification only - whether plasma NGS meets the NGS route and central confirmation needs tissue"))
ALT = lambda d: {c: (s, "OR-alternative judged as the whole HER2 group: " + r) for c, (s, r) in d.items()}
B = [
    J((M, "advanced gastro-oesophageal adenocarcinoma (histology recorded)")),
    J((M, "advanced gastro-oesophageal adenocarcinoma: cohort A tumour type")),
    J((U, "accessible lesion for on-treatment biopsy not recorded"),
      c1=(M, "diagnostic biopsy 2026-10-22 and no resection recorded (metastatic at diagnosis)"), c2=(M, "lesion biopsied 2026-10-12 after progression"),
      c4=(M, "lesion biopsied 2026-10-20 after progression"), c6=(M, "recurrence biopsy taken 2026-10-12 (HER2/CLDN18.2/PD-L1 tested on it)"),
      c8=(M, "unresectable primary in place, biopsied 2026-11 (MMR tested on it)")),
    J((M, "adult")),
    HER2_GROUP,
    ALT(HER2_GROUP), ALT(HER2_GROUP), ALT(HER2_GROUP),
    J(c1=(N, "first line ongoing since 2026-11-17; no progression on or intolerance to a completed line"),
      c2=(M, "progressed 2026-09-20 on first-line trastuzumab + pembrolizumab + CAPOX"),
      c3=(M, "perioperative FLOT ended 2026-04-20, recurrence 2026-08-15 (117 days): counts as a line with progression (C6)"),
      c4=(M, "progressed on first-line trastuzumab + FOLFOX; T-DXd stopped for toxicity"),
      c5=(M, "progressed 2026-10-20 on first-line zolbetuximab + CAPOX"),
      c6=(N, "no systemic therapy ever"),
      c7=(M, "three prior lines with progression/intolerance"),
      c8=(N, "no systemic therapy yet")),
    J(c1=(N, "HER2-positive (anti-HER2 standard): has not yet progressed on trastuzumab (started 2026-11-17)"),
      c2=(M, "progressed on trastuzumab; no prior T-DXd"),
      c3=(M, "does not apply: HER2 2+/ISH-negative, anti-HER2 therapy not standard; no prior T-DXd"),
      c4=(N, "prior T-DXd (2025-10-08 to 2026-08-20); T-DXd is an approved standard for HER2-positive gastric cancer after trastuzumab, so prior T-DXd is not allowed"),
      c5=(M, "does not apply: HER2 1+, anti-HER2 therapy not standard; no prior T-DXd"),
      c6=(M, "does not apply: HER2 0; no prior T-DXd"),
      c7=(M, "progressed on disitamab vedotin (anti-HER2 ADC); no prior T-DXd"),
      c8=(U, "HER2 status unconfirmed in tissue; if HER2-positive, no anti-HER2 therapy yet")),
    J((M, "metastatic/recurrent advanced disease"), c8=(M, "locally advanced, unresectable")),
    J((M, "measurable disease recorded"),
      c6=(U, "no measurable lesion; evaluable disease is allowed only in dose escalation, and which phase is enrolling is unknown")),
    J((M, "tissue was available and tested for HER2; providing it is a study procedure"),
      c8=(U, "no tissue HER2 result (biopsy insufficient for HER2); adequacy of archival tissue unknown")),
    ECOG01,
    J((U, "life expectancy is not judged from the case (C2)")),
    LVEF50,
    PREG,
    J(LAB), J(LAB), J(LAB), J(LAB), J(LAB), J(LAB), J(LAB), J(LAB), J(LAB),
    J((M, "does not apply: not GEJ (stomach primary)"),
      c2=(U, "GEJ primary: serum albumin not in the case (C3)"),
      c3=(U, "oesophageal adenocarcinoma grouped with GEJ for this item: serum albumin not in the case (C3)"),
      c8=(U, "GEJ primary: serum albumin not in the case (C3)")),
    J(LAB),
    J((U, "systemic washout met, but dates of surgery/radiotherapy are not case fields (C4)"),
      c1=(N, "systemic therapy ongoing (started 2026-11-17): 3-week washout not met"),
      c6=(U, "no systemic therapy; dates of surgery/radiotherapy are not case fields (C4)"),
      c8=(U, "no systemic therapy; dates of surgery/radiotherapy are not case fields (C4)")),
    J(NO_HIV, c6=(U, "HIV recorded; the conditions below cannot be checked from the case fields")),
    HIV_SUB, HIV_SUB,
    J(NO_HIV, c6=(M, "does not apply: no chemotherapy in the past 6 months")),
    HIV_SUB, HIV_SUB,
    J((M, "does not apply: no hepatitis B recorded"), c2=(U, "chronic hepatitis B recorded; HBV viral load not in the case")),
    J((M, "does not apply: no hepatitis C recorded"), c5=(U, "hepatitis C recorded; cure (SVR) is not a case field")),
    J(NO_BM, c4=BM_U, c7=BM_U),
    J(NO_BM, c4=BM_U, c7=BM_U),
    ALLU("other malignancies are not case fields (C4)"),
    J(C1),
    J((M, "definitional clause (non-child-bearing potential/HRT); excludes no one; contraception handled as C1")),
    J(C1), J(C1), J(C1),
    # exclusions
    J((U, "no ILD/pneumonitis recorded, but e-cigarette/vaping use is not recorded"),
      c4=(N, "grade 2 non-infectious pneumonitis on T-DXd (2026-08); grade 2 pneumonitis requires steroids")),
    J((U, "myocardial infarction and QTcF are not case fields; no heart failure recorded"),
      c3=(U, "heart failure recorded (LVEF 42%); NYHA class, MI history and QTcF not case fields")),
    J((U, "no brain metastases recorded, but spinal cord compression is not a case field"), c4=BM_U, c7=BM_U),
    ALLU("other malignancies are not case fields (C4)"),
    J((U, "allergy history not recorded; ceralasertib never given"),
      c4=(U, "T-DXd given ~10 months without recorded hypersensitivity; ceralasertib never given")),
    ALLU("current infections are not case fields"),
    ALLU("investigator's judgement of other medical conditions; not decidable from the case"),
    ALLU("investigator's judgement of concomitant conditions; not decidable from the case"),
    J((U, "residual toxicity grade is not recorded"),
      c1=(U, "currently on treatment; toxicity grade not recorded"),
      c4=(U, "grade 2 pneumonitis on T-DXd; recovery grade not a case field"),
      c7=(U, "grade 2 sensory neuropathy after disitamab vedotin; chronic grade 2 allowed only at investigator/PI discretion"),
      c5=(U, "no toxicity recorded on last line, but current residual grade not recorded"),
      c6=(U, "no prior anticancer therapy with adverse events recorded; surgery-related events not a case field")),
    J((M, "no ATR inhibitor in the recorded systemic-therapy history"),
      c6=(M, "no systemic therapy ever"), c8=(M, "no systemic therapy yet")),
    J((U, "pulmonary disorders (PE, asthma, COPD, effusion) and pneumonectomy are not case fields"),
      c4=(U, "history of drug-induced pneumonitis; current pulmonary compromise not recorded"),
      c8=(U, "autoimmune disease recorded: type and potential pulmonary involvement not case fields")),
    ALLU("MDS/AML features not recorded (C4)"),
    J((U, "swallowing and absorption disorders are not recorded"),
      c1=(U, "taking oral capecitabine, but GI absorption disorders not recorded"),
      c3=(U, "post-oesophagectomy status not a case field; swallowing/absorption not recorded")),
    ALLU("concomitant medications are not case fields"),
    ALLU("effusions/ascites are not case fields (C4)"),
    J((M, "no transplant recorded")),
    ALLU("transfusion history not recorded"),
    ALLU("carotid stenosis, syncope and TIA history not recorded"),
    ALLU("blood pressure not recorded"),
    ALLU("blood pressure not recorded"),
    ALLU("corticosteroid use in the last 2 weeks is not a case field"),
    ALLU("investigator's judgement of intercurrent illness; not decidable from the case"),
    ALLU("psychiatric/social history is not a case field (C4)"),
    PREG,
    ALLU("concomitant medications are not case fields"),
]

# ---------------------------------------------------------------- NCT04704934 (DESTINY-Gastric04)
C = [
    J((M, "adult; consent is C1")),
    J(c1=(M, "stomach adenocarcinoma, metastatic; first-line therapy under way since 2026-11-17"),
      c2=(M, "GEJ adenocarcinoma treated in the metastatic setting"),
      c3=(N, "oesophageal adenocarcinoma - not gastric or GEJ"),
      c4=(M, "stomach adenocarcinoma treated in the metastatic setting"),
      c5=(M, "stomach adenocarcinoma treated in the recurrent setting"),
      c6=(N, "no treatment for advanced disease (no systemic therapy ever)"),
      c7=(M, "stomach adenocarcinoma treated in the metastatic setting"),
      c8=(N, "locally advanced unresectable GEJ adenocarcinoma, not yet treated")),
    J(c1=(N, "first-line trastuzumab started 2026-11-17; no progression"),
      c2=(M, "progressed 2026-09-20 on first-line trastuzumab-containing regimen"),
      c3=(N, "no trastuzumab; perioperative FLOT had no trastuzumab so is not counted"),
      c4=(M, "progressed 2025-09-15 on first-line trastuzumab + FOLFOX"),
      c5=(N, "no trastuzumab-containing regimen (first line was zolbetuximab + CAPOX)"),
      c6=(N, "no systemic therapy ever"),
      c7=(N, "no trastuzumab-containing regimen"),
      c8=(N, "no systemic therapy yet")),
    J(c1=(N, "no biopsy after progression on trastuzumab (IHC 3+ is pre-treatment)"),
      c2=(M, "IHC 3+ on liver biopsy 2026-10-12, after progression on first-line trastuzumab (2026-09-20)"),
      c3=(N, "HER2 IHC 2+/ISH not amplified - not HER2-positive"),
      c4=(N, "post-progression biopsy 2026-10-20 HER2 IHC 0 (HER2 loss)"),
      c5=(N, "HER2 IHC 1+ - not HER2-positive"),
      c6=(N, "HER2 IHC 0"),
      c7=(N, "HER2 IHC 2+/ISH not amplified - not HER2-positive"),
      c8=(N, "no tissue HER2 result and no trastuzumab; plasma ERBB2 only")),
    ECOG01,
    J(LAB),
    J(c1=(M, "trastuzumab regimen is the current therapy; nothing given after it"),
      c2=(M, "no anticancer therapy since the first-line trastuzumab regimen"),
      c3=(M, "no trastuzumab-containing treatment, so nothing after one"),
      c4=(N, "T-DXd (line 2) given after the trastuzumab-containing first line"),
      c5=(M, "no trastuzumab-containing treatment, so nothing after one"),
      c6=(M, "no systemic therapy ever"),
      c7=(M, "no trastuzumab-containing treatment (disitamab vedotin is not trastuzumab)"),
      c8=(M, "no systemic therapy yet")),
    J((U, "no heart failure recorded, but MI history is not a case field"),
      c3=(U, "heart failure recorded (LVEF 42%); NYHA class not a case field")),
    ALLU("QTcF is not a case field (C3)"),
    J((M, "no ILD/pneumonitis recorded; screening imaging is a study procedure"),
      c4=(N, "grade 2 non-infectious pneumonitis on T-DXd (2026-08); grade 2 requires steroids")),
    J((M, "no autoimmune disease recorded"),
      c8=(U, "autoimmune disease recorded; no ILD recorded, but other pulmonary involvement is not a case field")),
    ALLU("thoracic surgery history is not a case field (C4)"),
    J((U, "no brain metastases recorded, but spinal cord compression is not a case field"), c4=BM_U, c7=BM_U),
    ALLU("other malignancies are not case fields (C4)"),
    J((U, "allergy history not recorded; T-DXd never given"),
      c4=(M, "T-DXd given ~10 months; stopped for pneumonitis, no hypersensitivity recorded")),
    ALLU("allergy history to monoclonal antibodies (incl. ramucirumab) not recorded"),
    J((U, "taxane allergy/contraindications not recorded"),
      c3=(U, "docetaxel given without recorded toxicity; paclitaxel allergy/other contraindications not recorded"),
      c7=(U, "paclitaxel given without recorded toxicity, but residual grade 2 neuropathy; contraindication is the investigator's call")),
    ALLU("current infections/fever are not case fields"),
    J((U, "GI disorders are not case fields (C4)"),
      c7=(U, "prior grade 3 immune-mediated colitis (2025); current GI status not a case field")),
    ALLU("vaccination history not recorded"),
]

# ---------------------------------------------------------------- NCT04943653 (IP paclitaxel + XELOX)
D = [
    ECOG01,
    J((M, "stomach adenocarcinoma"),
      c2=(U, "GEJ adenocarcinoma; whether the trial accepts it as primary gastric (e.g. Siewert III) is not decided by the fields"),
      c3=(N, "oesophageal primary"),
      c8=(U, "GEJ adenocarcinoma; whether the trial accepts it as primary gastric is not decided by the fields")),
    J((U, "metastatic sites are not case fields (C4)"),
      c8=(N, "locally advanced unresectable (M0): no peritoneal metastasis")),
    J(C1),
    J((U, "heading; organ function not in the case (C3)")),
    J(LAB), J(LAB), J(LAB), J(LAB), J(LAB), J(LAB), J(LAB),
    ALLU("other malignancies are not case fields (C4)"),
    J(c1=(N, "HER2 IHC 3+"), c2=(N, "HER2 IHC 3+ (2025 and 2026)"),
      c3=(M, "HER2 IHC 2+/ISH not amplified (ratio 1.3): not HER2-positive"),
      c4=(U, "IHC 3+ at diagnosis but IHC 0 on 2026-10-20 re-biopsy; which result applies is the investigator's call"),
      c5=(M, "HER2 IHC 1+"), c6=(M, "HER2 IHC 0"), c7=(M, "HER2 IHC 2+/ISH not amplified"),
      c8=(U, "no tissue IHC/ISH; plasma ERBB2 amplification suggests HER2-positive disease")),
    J((M, "read as 'investigational anticancer therapy within 30 days': recorded systemic therapy is licensed agents only"),
      c6=(M, "no systemic therapy ever"), c8=(M, "no systemic therapy yet")),
    J((U, "acute coronary syndrome and pulmonary disease severity are not case fields"),
      c3=(U, "heart failure recorded (LVEF 42%); severity not a case field"),
      c4=(U, "history of pneumonitis; current severity of pulmonary disease not recorded")),
    ALLU("control of chronic disease is not a case field"),
    ALLU("infection/inflammation status is not a case field"),
    J((U, "psychiatric/neurological history is not a case field (C4)"),
      c4=(U, "brain metastases recorded; whether controlled is not a case field"),
      c7=(U, "brain metastases recorded; whether controlled is not a case field")),
    ALLU("surgery history/recovery is not a case field (C4)"),
    J(c1=(N, "systemic therapy ongoing since 2026-11-17"),
      c2=(N, "systemic therapy until 2026-09-20 (72 days)"),
      c3=(U, "systemic therapy ended 2026-04-20 (225 days); radiotherapy is not a case field"),
      c4=(N, "systemic therapy until 2026-08-20 (103 days)"),
      c5=(N, "systemic therapy until 2026-10-20 (42 days)"),
      c6=(U, "no systemic therapy ever; radiotherapy is not a case field"),
      c7=(N, "systemic therapy until 2026-10-25 (37 days)"),
      c8=(U, "no systemic therapy; radiotherapy is not a case field")),
    ALLU("oral intake and upper-GI integrity/malabsorption are not case fields (C4)"),
    J(C1),
    PREG,
    J((M, "no ILD/pneumonitis recorded"),
      c4=(N, "history of drug-induced (T-DXd) interstitial pneumonitis, grade 2")),
    J((U, "neuropathy status not recorded"),
      c7=(N, "grade 2 sensory neuropathy after disitamab vedotin (to 2026-10-25); grade 2 limits instrumental ADL")),
    ALLU("allergy history not recorded"),
    ALLU("concomitant medications are not case fields"),
    ALLU("concomitant medications are not case fields"),
    ALLU("DPD status is a laboratory test not in the case (C3)"),
    J((M, "no S-1 in the recorded therapy"), c5=(M, "adjuvant S-1 ended 2024-03-10")),
]

NOTES = {
    "NCT04592211": (
        "Phase Ib/II paclitaxel + pembrolizumab + olaparib; the official title says second line in ICI-experienced patients, "
        "but the eligibility text neither requires prior anti-PD-1 nor limits the line, so only the text was judged. "
        "'Failed first-line trastuzumab treatment for HER2 positive patients' does not apply to HER2-negative cases and is "
        "unknown for a ctDNA-only ERBB2 case. 'Adequate organ function as defined by the following criteria:' is a heading "
        "whose sub-items are missing from the record; judged unknown (C3). HIV counts as a diagnosis of immunodeficiency. "
        "Grade 2 pneumonitis on a case is read as steroid-requiring. Immune-mediated colitis is not read as autoimmune "
        "disease automatically (unknown)."),
    "NCT04704661": (
        "DASH phase 1/1b (T-DXd + ceralasertib). Both DOSE-ESCALATION and DOSE-EXPANSION items are judged because the "
        "enrolling phase is not stated. The HER2 heading and its three OR-alternatives are each judged as the whole OR "
        "group (so an alternative that does not apply cannot exclude). HIV sub-bullets, hepatitis, brain-metastasis and "
        "other-malignancy inclusions are permissive: met ('does not apply') when the condition is absent. "
        "'Where DS8201a is approved as standard of care' is read by indication (HER2-positive gastric cancer after "
        "trastuzumab), not by geography. CLIA certification is not judged (C7); central confirmation is a screening step. "
        "Albumin item judged for GEJ and oesophageal primaries. Composite washout and e-cigarette items stay unknown."),
    "NCT04704934": (
        "DESTINY-Gastric04 (T-DXd vs ramucirumab + paclitaxel, second line). 'Previously treated in the metastatic setting' "
        "accepts any systemic treatment received for advanced disease (UY-01 is on one); the progression item then decides. "
        "Post-progression HER2 is required on a biopsy taken after progression on trastuzumab: a retained IHC 3+ passes, an "
        "IHC 0 re-biopsy (HER2 loss) fails. Oesophageal adenocarcinoma fails the 'gastric and GEJ' item. MI, QTcF, "
        "pneumonectomy and spinal cord compression are not case fields, so no case can be 'eligible'."),
    "NCT04943653": (
        "IPXELOX phase I/II first-line IP paclitaxel + XELOX for peritoneal metastasis. The '1. Inclusion Criteria:' and "
        "'2. Exclusion Criteria:' lines are section headings, not criteria, and are not listed. The organ-function line is "
        "split into one item per laboratory value. 'no investigational anticancer therapy within 30 days' is read as the "
        "exclusion 'investigational anticancer therapy within 30 days'. Peritoneal metastasis is never a case field, so it is "
        "unknown except for a locally advanced (M0) case. GEJ primaries are unknown for 'primary gastric adenocarcinoma'. "
        "HER2 loss after trastuzumab leaves the HER2-positive exclusion unknown. The 6-month therapy-free exclusion includes "
        "radiation, which is not a case field."),
}

RECS = [("NCT04592211", A, False), ("NCT04704661", B, False), ("NCT04704934", C, False), ("NCT04943653", D, True)]


def verdict(sts):
    return "ineligible" if N in sts else ("eligible" if all(s == M for s in sts) else "possibly_eligible")


def main():
    summary = {}
    for nct, judg, split in RECS:
        its = items(nct, split)
        assert len(its) == len(judg), (nct, len(its), len(judg))
        crit = []
        for (kind, text), j in zip(its, judg):
            crit.append({"kind": kind, "text": text,
                         "judgements": {c: j[c][0] for c in CASES},
                         "reasons": {c: j[c][1] for c in CASES}})
        v = {c: verdict([cr["judgements"][c] for cr in crit]) for c in CASES}
        doc = {"nct_id": nct, "reviewer_note": NOTES[nct], "verdicts": v, "criteria": crit}
        with open(os.path.join(ROOT, "UY", nct + ".yaml"), "w") as f:
            yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)
        summary[nct] = (len(crit), v, {s: sum(cr["judgements"][c] == s for cr in crit for c in CASES) for s in (M, N, U)})
    for k, (n, v, cnt) in summary.items():
        print(k, n, cnt, v)


if __name__ == "__main__":
    main()
