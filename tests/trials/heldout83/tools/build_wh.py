#!/usr/bin/env python3
"""Builds WH/<NCT>.yaml from the judgement tables below (reviewer's own helper; not part of the product)."""
import json, os, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [f"WH-{i:02d}" for i in range(1, 9)]
RANK = {"met": 0, "unknown": 1, "not_met": 2}
DNA = "does not apply"

def load(nct):
    return json.load(open(os.path.join(ROOT, "records", nct + ".json")))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]

def grab(text, start, end):
    i = text.index(start); j = text.index(end, i) + len(end)
    return text[i:j]

def build(nct, items, note, text):
    norm = lambda s: " ".join(s.split())
    out, byid = [], {}
    for it in items:
        assert norm(it["text"]) in norm(text), it["text"]
        byid[it["id"]] = it
    # resolve judgements
    def judge(it):
        if "_j" in it: return it["_j"]
        j = {}
        if it.get("children"):
            for c in CASES:
                subs = [judge(byid[k])[c] for k in it["children"]]
                worst = max(subs, key=lambda s: RANK[s[0]])
                if worst[0] == "met":
                    j[c] = ("met", "heading; every item under it is met" + (" or does not apply" if any(s[1].startswith(DNA) for s in subs) else ""))
                    if all(s[1].startswith(DNA) for s in subs):
                        j[c] = ("met", DNA + " — heading; every item under it does not apply to this patient")
                else:
                    j[c] = (worst[0], "heading, judged as its items: " + worst[1])
        else:
            d = it["default"]
            for c in CASES:
                j[c] = it.get("ov", {}).get(c, d)
        it["_j"] = j
        return j
    for it in items:
        j = judge(it)
        out.append({"kind": it["kind"], "text": " ".join(it["text"].split()),
                    "judgements": {c: j[c][0] for c in CASES},
                    "reasons": {c: j[c][1] for c in CASES}})
    verdicts = {}
    for c in CASES:
        st = [o["judgements"][c] for o in out]
        verdicts[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    doc = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts, "criteria": out}
    with open(os.path.join(ROOT, "WH", nct + ".yaml"), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=110)
    return verdicts, out

M, U, N = "met", "unknown", "not_met"
def I(id, text, default=None, ov=None, children=None): return {"id": id, "kind": "inclusion", "text": text, "default": default, "ov": ov or {}, "children": children}
def X(id, text, default=None, ov=None, children=None): return {"id": id, "kind": "exclusion", "text": text, "default": default, "ov": ov or {}, "children": children}

# ---------------------------------------------------------------- NCT05584670 (SAR445877)
A = "NCT05584670"; tA = load(A)
GC = (M, DNA + " — gastric/GEJ adenocarcinoma is screened for Part 2 Cohorts C1/C2")
OTH = lambda what: (M, DNA + f" — {what}; patient has gastric/GEJ/oesophageal adenocarcinoma")
LIFE = (U, "life expectancy not recorded (C2)")
itemsA = [
 I("a1", "Dose escalation Part 1A and Japan Cohort F", children=["a2"]),
 I("a2", "Participants with advanced unresectable or metastatic solid tumors for which, in the judgement of the investigator, no standard alternative therapy is available or is not in the best interest of the participant",
   GC, {"WH-07": (U, "oesophageal adenocarcinoma fits no Part 2 cohort, so only Part 1A is open; untreated, but trastuzumab is contraindicated (LVEF 38%) and ECOG 3 limits chemotherapy — whether standard therapy is in his best interest is an investigator judgement not recorded")}),
 I("a3", "Dose escalation Part 1B", children=["a4"]),
 I("a4", grab(tA, "Participants with advanced unresectable or metastatic melanoma", "best interest of the participant."),
   OTH("Part 1B tumours (melanoma, NSCLC, RCC, HCC, MSI-H CRC, mesothelioma, oesophageal SQUAMOUS cell carcinoma)")),
 I("a5", "Dose escalation Part 1C", children=["a6", "a7"]),
 I("a6", "Histologically or cytologically confirmed diagnosis of advanced unresectable or metastatic colorectal cancer", OTH("Part 1C is colorectal cancer")),
 I("a7", "Participants with RAS-mutant and BRAF-mutant colorectal cancer are eligible for enrollment.", OTH("colorectal clause")),
 I("a8", "Dose expansion/optimization Part 2", children=["a9"]),
 I("a9", "Cancer diagnosis:", children=["a10", "a11", "a12", "a19", "a20", "a22", "a23"]),
 I("a10", "Participants in Cohorts A1 and A2 (Part 2A): Histologically or cytologically confirmed diagnosis of metastatic non-small cell lung cancer (NSCLC)", OTH("NSCLC cohorts")),
 I("a11", grab(tA, "Participants in Cohort B (part 2A)", "must have had histological confirmation of diagnosis)"), OTH("HCC cohort")),
 I("a12", "Participants in Cohorts C1 and C2 (part 2A):", children=["a13", "a14", "a15", "a16", "a17", "a18"]),
 I("a13", grab(tA, "Histologically or cytologically confirmed diagnosis of advanced unresectable or metastatic gastric cancer", "(GEJ) adenocarcinoma"),
   (M, "gastric adenocarcinoma, advanced (metastatic/recurrent)"),
   {"WH-01": (N, "gastric adenocarcinoma but setting resectable, not advanced unresectable or metastatic"),
    "WH-05": (U, "recurrent GEJ adenocarcinoma; Siewert type (2/3 required) not recorded"),
    "WH-07": (N, "distal oesophageal adenocarcinoma is neither gastric cancer nor Siewert 2/3 GEJ"),
    "WH-08": (U, "locally advanced unresectable GEJ adenocarcinoma; Siewert type (2/3 required) not recorded")}),
 I("a14", "Disease with any CPS scoring. No need for CPS determination at local laboratory", (M, "any CPS allowed; no requirement")),
 I("a15", "Participants must have MSI (metastatic microsatellite instability) or MMR (mismatch repair) status known or determined locally and must have non-MSI-H or proficient MMR (pMMR) disease to be eligible.",
   (M, "MMR proficient on record"),
   {"WH-02": (M, "MMR proficient and MSS on record"),
    "WH-06": (N, "dMMR and MSI-high"),
    "WH-08": (U, "MMR/MSI never determined (no tissue result); can be determined locally")}),
 I("a16", "Participants with unknown HER2/neu status must have their HER2/neu status determined locally.",
   (M, DNA + " — tissue HER2 status is known"),
   {"WH-08": (U, "tissue HER2 never determined; ctDNA ERBB2 amplification only — local tissue determination needed")}),
 I("a17", "Participants with HER2/neu negative are eligible.",
   (M, "HER2-negative (IHC 0)"),
   {"WH-03": (M, "HER2-negative (IHC 2+, ISH not amplified)"),
    "WH-04": (M, DNA + " — HER2-positive (IHC 3+); see HER2-positive clause"),
    "WH-05": (M, "latest biopsy HER2 IHC 1+ (negative) after loss; eligible on either HER2 reading"),
    "WH-06": (M, "HER2-negative (IHC 1+)"),
    "WH-07": (M, DNA + " — HER2-positive (IHC 2+/ISH amplified); see HER2-positive clause"),
    "WH-08": (U, "HER2 tissue status not established")}),
 I("a18", "Participants with HER2/neu positive tumors must have documentation of disease progression on treatment containing an approved HER2 targeted therapy to be eligible.",
   (M, DNA + " — HER2-negative"),
   {"WH-04": (M, "progressed on disitamab vedotin (NMPA-approved HER2 ADC) in 3rd line, 2026-09-15"),
    "WH-05": (M, "originally IHC 3+; progressed on trastuzumab + FOLFIRI 2026-06-30"),
    "WH-07": (N, "HER2-positive and untreated: no progression on HER2-targeted therapy"),
    "WH-08": (U, "if ctDNA ERBB2 amplification is taken as HER2-positive, no progression on HER2 therapy is documented (T-DXd stopped for ILD); tissue status unknown")}),
 I("a19", "Participants in Part 2A Cohorts E1 and E2, Part 2B Cohort E3 and Part 2D Cohorts H1 and H2: Histologically or cytologically confirmed diagnosis of advanced unresectable or metastatic colorectal cancer.", OTH("colorectal cohorts")),
 I("a20", "Participants in Part 2A Cohorts E1, and E2 and Part 2B Cohort E3 MSI status:", children=["a21"]),
 I("a21", "Participants must have MSI status known or determined locally and must have non- MSI-H disease to be eligible.", OTH("colorectal cohorts' MSI clause")),
 I("a22", "Participants in Part 2A Cohorts E1, E2, Part 2B Cohort E3 and Part 2D Cohorts H1 and H2: Participants with RAS-mutant and BRAF-mutant colorectal cancer are eligible for enrollment.", OTH("colorectal cohorts")),
 I("a23", "Part 2C Cohorts G1, G2 and G3: Participants with histologically confirmed unresectable locally advanced or metastatic melanoma", OTH("melanoma cohorts")),
 I("a24", "Prior anticancer therapy (For dose expansion/optimization Part 2 only)", children=["a25", "a26", "a27", "a28", "a29", "a30", "a31", "a32"]),
 I("a25", "Participants in Cohorts A1 and A2: Participants must have received at least 1 systemic therapy for the metastatic setting and must not be amenable to the available SOC.", OTH("NSCLC cohorts")),
 I("a26", "Participants in Cohort B: Participants who have received at least 1 prior anticancer therapy, including an anti-PD1/PD-L1 containing regimen, and for whom have progressed after a primary or secondary resistance to an anti-PD1/PD-L1.", OTH("HCC cohort")),
 I("a27", "Participants in Cohorts C1 and C2: Participants should have failed or relapsed after at least 1 prior line of treatment which may or may not include an anti-PD1/PD-L1-based treatment depending on local standard of care.",
   (M, "progressed after at least 1 palliative line"),
   {"WH-01": (N, "untreated"),
    "WH-02": (M, "progressed on nivolumab + CAPOX and ramucirumab + paclitaxel"),
    "WH-03": (M, "progressed on nivolumab + FOLFOX 2026-10-16"),
    "WH-04": (M, "progressed through 3 lines (last disitamab vedotin)"),
    "WH-05": (M, "relapsed 133 days after perioperative FLOT (counts as a line, C6) and progressed on 2 palliative lines"),
    "WH-06": (M, "progressed on 4 palliative lines"),
    "WH-07": (N, "untreated"),
    "WH-08": (M, "progressed on nivolumab + FOLFOX 2025-12-05")}),
 I("a28", "Participants in Cohort D: Participants must have received at least 1 systemic therapy for their advanced/ metastatic setting and must not be amenable to the available SOC.", OTH("Cohort D (its tumour is not a gastric/GEJ cohort)")),
 I("a29", "Participants in Part 2A Cohorts E1 and E2 and Part 2D Cohorts H1 and H2 should have failed or relapsed on at least 2 prior regimens.", OTH("colorectal cohorts")),
 I("a30", "Participants in cohort E3 should have failed or relapsed on at least 1 prior regimen.", OTH("colorectal cohort E3")),
 I("a31", "Participants who have received cetuximab or other anti-EGFR therapy as part of their prior line of treatment are eligible.", OTH("colorectal cohort E3 (anti-EGFR allowance)")),
 I("a32", "Part 2C Cohorts G1, G2 and G3: Participants must have received at least one prior line of therapy for advanced/metastatic melanoma and/or does not have any standard of care (SoC) treatment option or decline or is intolerant to be treated with SoC treatment.", OTH("melanoma cohorts")),
 I("a33", "Measurable Disease:", children=["a34"]),
 I("a34", "At least 1 measurable lesion per RECIST 1.1 criteria", (M, "measurable disease recorded"), {"WH-01": (U, "measurable disease not recorded")}),
 I("a35", "Part 1C and Part 2D: Adequate coagulation function for all participants.", OTH("Part 1C/2D are colorectal")),
 I("a36", "For participants receiving anti-coagulant therapy (except platelet anti-aggregates) the adequate therapeutic levels of INR should be confirmed.", OTH("sentence belongs to the Part 1C/2D colorectal coagulation item")),
 I("a37", "Capable of giving signed informed consent.", (M, "consent item (C1)")),
 # exclusions
 X("b1", "Eastern Cooperative Oncology Group (ECOG) performance status of ≥2", (M, "ECOG 1"),
   {"WH-01": (M, "ECOG 0"), "WH-02": (M, "ECOG 0"), "WH-05": (N, "ECOG 2"), "WH-07": (N, "ECOG 3")}),
 X("b2", "Predicted life expectancy ≤3 months", LIFE),
 X("b3", "For participants with HCC- Cohort B (Part 2): Child Pugh Class B or C liver score. Participants with Child Pugh Class B-7 score are allowed for Part 1.", OTH("HCC clause")),
 X("b4", "Diagnosed of any other malignancies, either progressing or requiring active treatments, within 2 years prior to enrollment", (U, "other malignancies not recorded (C4)")),
 X("b5", "Known active brain metastases or leptomeningeal metastases", (M, "no brain/CNS metastases recorded"),
   {"WH-04": (U, "brain metastases recorded; whether treated/stable (not active) is not a case field"),
    "WH-05": (U, "brain metastases recorded; activity/treatment not a case field")}),
 X("b6", grab(tA, "History of treatment-related immune-mediated", "have not resolved to Grade ≤1"), (M, "no prior immune-modulatory agent"),
   {"WH-02": (M, "nivolumab stopped for progression; no toxicities recorded"),
    "WH-03": (M, "nivolumab stopped for progression; only toxicity grade 2 neuropathy (oxaliplatin-type, not immune)"),
    "WH-04": (N, "pembrolizumab-containing line stopped for grade 3 pneumonitis (permanent discontinuation)"),
    "WH-06": (M, "nivolumab stopped for progression; no toxicities recorded"),
    "WH-08": (M, "nivolumab stopped for progression, no toxicities; the ILD was on T-DXd, not an immune-modulatory agent")}),
 X("b7", grab(tA, "Has any condition requiring ongoing/continuous corticosteroid therapy", "first dose of the study medicine"), (U, "corticosteroid use not recorded")),
 X("b8", "Any clinically significant cardiac (including valvular) or vascular (thromboembolic disorders) disease, within 6 months prior to the first IMP administration",
   (U, "no heart failure recorded, but valvular/other cardiac and thromboembolic disease are not case fields (C4)"),
   {"WH-05": (U, "LVEF 45% after trastuzumab, no heart failure recorded; other cardiac/thromboembolic disease not recorded"),
    "WH-07": (N, "heart failure with current LVEF 38%: clinically significant cardiac disease")}),
 X("b9", "Ongoing or recent (within 2 years) evidence of significant autoimmune disease that required treatment with systemic immunosuppressive treatments, which may suggest risk for immune-related adverse events",
   (M, "no autoimmune disease recorded"), {"WH-06": (U, "autoimmune disease recorded; systemic immunosuppression in past 2 years not a case field")}),
 X("b10", "Has a known history or any evidence of interstitial lung disease or active, non-infectious pneumonitis within 3 years prior to the first dose of the study drug.",
   (M, "no ILD or pneumonitis recorded"),
   {"WH-04": (N, "grade 3 immune pneumonitis on pembrolizumab, line ended 2025-01-20 (within 3 years)"),
    "WH-08": (N, "interstitial lung disease (grade 2 on T-DXd, 2026)")}),
 X("b11", "Organ transplant requiring immunosuppressive treatment", (M, "no organ transplant recorded")),
 X("b12", "Uncontrolled or active infection with human immunodeficiency virus (HIV), hepatitis B, or hepatitis C infection, or has a diagnosis of immunodeficiency",
   (M, "no HIV, hepatitis B/C, transplant or immunodeficiency recorded"),
   {"WH-02": (U, "hepatitis B recorded; whether active/controlled is not a case field"),
    "WH-03": (U, "HIV recorded; control (viral load, CD4) not a case field"),
    "WH-08": (U, "hepatitis C recorded; whether active (RNA) is not a case field")}),
]
noteA = ("SAR445877 (PD-1/IL-15 fusion) basket trial. Gastric and GEJ adenocarcinoma patients are screened for Part 2 Cohorts C1/C2; "
 "Part 1A/1B/1C and the other cohorts' clauses are 'does not apply' for them. The oesophageal adenocarcinoma patient (WH-07) fits no "
 "Part 2 cohort, so Part 1A is judged on its merits for him and the Cohort C diagnosis clause is not_met. Headings are listed as their own "
 "items and take the worst status of the items under them. GEJ cases are unknown for the Siewert 2/3 requirement (not a case field). "
 "The HER2 bullet is split into its three sentences; the HCC Child-Pugh sentence and its Part 1 allowance are one item. HER2 loss on "
 "re-biopsy (WH-05) passes on either reading. Disitamab vedotin counts as an approved HER2-targeted therapy (NMPA). An absent "
 "brain_metastases condition is taken to cover leptomeningeal disease too; absence of hiv/organ_transplant is taken as no immunodeficiency "
 "diagnosis. Trailing 'NOTE: Other Inclusion/Exclusion criteria may apply' and the disclaimer are not criteria and are not itemised.")

# ---------------------------------------------------------------- NCT05142592 (IPG7236)
B = "NCT05142592"; tB = load(B)
NOHIV = (M, DNA + " — no HIV recorded")
LAB = (U, "laboratory value not recorded (C3)")
PREG = (U, "woman under 55; pregnancy status not recorded (C2)")
MEN = (M, DNA + " — male patient")
itemsB = [
 I("i1", "A written informed consent must be signed prior to performing any study procedures.", (M, "consent item (C1)")),
 I("i2", "Male or females 18 years or older.", (M, "adult (age ≥18)")),
 I("i3", "Diagnosis of advanced or recurrent, histologically or cytologically confirmed, a solid malignancy that is either metastatic or unresectable.",
   (M, "metastatic adenocarcinoma"),
   {"WH-01": (N, "resectable, non-metastatic gastric cancer"),
    "WH-05": (M, "recurrent metastatic GEJ adenocarcinoma"), "WH-06": (M, "recurrent gastric adenocarcinoma"),
    "WH-08": (M, "locally advanced unresectable GEJ adenocarcinoma")}),
 I("i4", "Part 1 Dose Escalation: all solid tumor types.", (M, "gastric/GEJ/oesophageal adenocarcinoma is a solid tumour: Part 1 route")),
 I("i5", "Part 2 Dose Expansion: the following tumor types are tentatively planned for expansion. It may be modified based on the results from the dose escalation phase.", children=["i6", "i7", "i8", "i9"]),
 I("i6", "Renal cancer", (M, DNA + " — Part 2 renal cohort")),
 I("i7", "Triple-negative breast cancer", (M, DNA + " — Part 2 TNBC cohort")),
 I("i8", "Head and neck cancer", (M, DNA + " — Part 2 head and neck cohort")),
 I("i9", "Melanoma", (M, DNA + " — Part 2 melanoma cohort")),
 I("i10", "Subjects must have failed established standard medical anti-cancer therapies for a given tumor type or have been intolerant to such therapy, or in the opinion of the Investigator have been considered ineligible for standard therapies on medical grounds.",
   (M, ""),
   {"WH-01": (N, "untreated; curative-intent perioperative chemotherapy and surgery are standard"),
    "WH-02": (M, "progressed on fluoropyrimidine/platinum + nivolumab and on ramucirumab + paclitaxel (HER2 0)"),
    "WH-03": (N, "one line only; standard 2nd-line ramucirumab + paclitaxel not yet given"),
    "WH-04": (M, "progressed on/intolerant of trastuzumab + XELOX + pembrolizumab, ramucirumab + paclitaxel, disitamab vedotin"),
    "WH-05": (M, "failed perioperative FLOT (early relapse), trastuzumab + FOLFIRI, ramucirumab + paclitaxel; HER2 since lost"),
    "WH-06": (M, "progressed on 4 lines incl. nivolumab + SOX, ramucirumab + paclitaxel, irinotecan, trifluridine/tipiracil"),
    "WH-07": (N, "untreated; standard first-line therapy not yet tried (medical ineligibility is an investigator opinion not recorded)"),
    "WH-08": (N, "currently receiving standard 3rd-line ramucirumab + paclitaxel (ongoing), not failed")}),
 I("i11", "Subjects must demonstrate measurable disease, per Response Evaluation Criteria in Solid Tumors (RECIST) v1.1.", (M, "measurable disease recorded"), {"WH-01": (U, "measurable disease not recorded")}),
 I("i12", "Subjects must have a life expectancy of ≥ 3 months.", LIFE),
 I("i13", "Subjects must have an Eastern Cooperative Oncology Group(ECOG) performance status score of 0 to 1.", (M, "ECOG 1"),
   {"WH-01": (M, "ECOG 0"), "WH-02": (M, "ECOG 0"), "WH-05": (N, "ECOG 2"), "WH-07": (N, "ECOG 3")}),
 I("i14", "Subjects must have adequate hematologic and organ function as indicated by the following laboratory values", children=["i15", "i19", "i21", "i25"]),
 I("i15", "Hematologic", children=["i16", "i17", "i18"]),
 I("i16", "Absolute neutrophil count (ANC) ≥ 1.5 × 109/L.", LAB),
 I("i17", "Platelet count ≥ 100×109/L", LAB),
 I("i18", "Hemoglobin ≥ 9 g/dL (subjects that required transfusion or growth factor need to demonstrate stable hemoglobin for 7 days of 9 g/dL)", LAB),
 I("i19", "Renal", children=["i20"]),
 I("i20", grab(tB, "Estimated glomerular filtration rate", "upper limit of normal (ULN)."), LAB),
 I("i21", "Hepatic", children=["i22", "i23", "i24"]),
 I("i22", "Aspartate aminotransferase levels ≤ 3 ×ULN (if liver metastases are present, ≤ 5× ULN)", LAB),
 I("i23", "Alanine aminotransferase levels ≤ 2.5 × ULN (if liver metastases are present, ≤ 5×ULN).", LAB),
 I("i24", "Bilirubin ≤ 1.5 × ULN", LAB),
 I("i25", "Coagulation • Prothrombin time and activated partial thromboplastin time ≤ 1.5 × ULN", LAB),
 I("i26", "Subjects must be able to swallow and retain orally administered medication.", (U, "ability to swallow/retain oral drugs (GI integrity) not recorded (C4)")),
 I("i27", "Patients must be willing and able to comply with all scheduled visits, treatment, laboratory tests, be able to take oral medication, and other requirements of the study",
   (M, "compliance item (C1); oral-intake ability is judged under the swallowing item")),
 I("i28", "Female patients of child-bearing potential must have a negative pregnancy test.", MEN, {"WH-01": PREG, "WH-05": PREG, "WH-08": PREG, "WH-06": (M, "woman aged 71 (C2)")}),
 I("i29", grab(tB, "Female patient who is of child-bearing potential is eligible to participate", "vasectomy at least 6 months prior to screening"), (M, "contraception item (C1)"),
   {c: MEN for c in ["WH-02", "WH-03", "WH-04", "WH-07"]}),
 I("i30", grab(tB, "Male patient with a female partner of child-bearing potential", "for 90 days after the study drug administration."), (M, "contraception item (C1)"),
   {c: (M, DNA + " — female patient") for c in ["WH-01", "WH-05", "WH-06", "WH-08"]}),
 # exclusions
 X("x1", "Subjects with primary malignancy of the central nervous system or malignancies related to human immunodeficiency virus (HIV) or solid organ transplant.",
   (M, "gastro-oesophageal adenocarcinoma: not a CNS primary, HIV- or transplant-related malignancy"),
   {"WH-03": (M, "has HIV, but gastric adenocarcinoma is not an HIV-related malignancy")}),
 X("x2", "Subjects who have not recovered from all toxic effects from prior antitumor therapy or surgical procedures, defined as toxicities (other than alopecia) not yet resolved to Grade ≤ 1 according to NCI CTCAE v5.0.",
   (U, "current grade of residual toxicities from prior therapy not recorded"),
   {"WH-01": (U, "no prior antitumour therapy; prior surgical procedures not recorded (C4)"),
    "WH-07": (U, "no prior antitumour therapy; prior surgical procedures not recorded (C4)"),
    "WH-03": (U, "grade 2 neuropathy recorded on 1st line; whether resolved to ≤1 not recorded")}),
 X("x3", "Subjects with recent prior therapy defined as", children=["x4", "x5"]),
 X("x4", "Any investigational or Food and Drug Administration (FDA)-approved anti-cancer drug within 14 days or 5 half-lives, whichever is longer, prior to the first dose of study drug.",
   (M, "no prior anticancer drug"),
   {"WH-02": (M, "last dose ramucirumab + paclitaxel 2026-09-10, 82 days (> 5 × ~14-day ramucirumab half-life)"),
    "WH-03": (N, "nivolumab last 2026-10-16, 46 days ago: within 5 half-lives (~25 days each)"),
    "WH-04": (M, "disitamab vedotin last 2026-09-15, 77 days ago (beyond 14 days and 5 half-lives)"),
    "WH-05": (N, "ramucirumab + paclitaxel last 2026-11-06, 25 days ago: within 5 ramucirumab half-lives"),
    "WH-06": (M, "trifluridine/tipiracil last 2026-11-05, 26 days (> 14 days; half-life hours); last antibody 2026-04-15"),
    "WH-08": (N, "ramucirumab + paclitaxel ongoing")}),
 X("x5", grab(tB, "Any radiotherapy, chemotherapy, targeted therapy or immunotherapy within 14 days", "prior to the first dose of study drug"),
   (U, "systemic therapy windows clear, but radiotherapy and surgery are not case fields (C4)"),
   {"WH-01": (U, "no systemic therapy; radiotherapy/surgery not case fields (C4)"),
    "WH-07": (U, "no systemic therapy; radiotherapy/surgery not case fields (C4)"),
    "WH-05": (N, "ramucirumab (antibody) 25 days ago, within 42 days"),
    "WH-08": (N, "ramucirumab + paclitaxel ongoing")}),
 X("x6", grab(tB, "Subjects with any uncontrollable diseases", "that may affect the clinical study."), (U, "control of comorbidities and active infections not recorded"),
   {"WH-07": (U, "heart failure with LVEF 38%; whether controlled is not recorded")}),
 X("x7", grab(tB, "Subjects with positive Coronavirus disease", "at the judgment of the Investigator)"), LAB),
 X("x8", "Subjects who have received the live or attenuated vaccine within 4 weeks prior to study treatment or intend to receive a live or attenuated vaccine during the study",
   (U, "recent vaccinations not recorded")),
 X("x9", "Presence of hepatitis B surface antigen (HBsAg) or positive hepatitis C antibody test result at screening or within 3 months prior to the first dose of study treatment.",
   (M, "no hepatitis B or C recorded"),
   {"WH-02": (U, "hepatitis B recorded; current HBsAg not recorded"),
    "WH-08": (U, "hepatitis C recorded (antibody likely positive); Note 1 allows entry if HCV RNA negative — not recorded")}),
 X("x10", "History of known HIV infection.", (M, "no HIV recorded"),
   {"WH-03": (U, "HIV recorded; Note 2 allows well-controlled HIV — CD4/viral load not case fields")}),
 X("x11", "Note:", children=["x12", "x13"]),
 X("x12", "Subjects with positive Hepatitis C antibody due to prior resolved disease can be enrolled only if a confirmatory negative Hepatitis C RNA polymerase chain reaction (PCR) is obtained.",
   (M, DNA + " — no hepatitis C recorded"), {"WH-08": (U, "hepatitis C recorded; HCV RNA PCR not recorded")}),
 X("x13", "Subjects with well-controlled HIV may be enrolled if all the following criteria are met:", children=["x14", "x15", "x16", "x17", "x18", "x19"]),
 X("x14", "must be stable on their anti-retroviral regimen, and participants must be healthy from an HIV perspective", NOHIV, {"WH-03": (U, "antiretroviral regimen/stability not a case field")}),
 X("x15", grab(tB, "Participants must have a cluster of differentiation 4", "CHEMOTHERAPY-induced bone marrow suppression"), NOHIV, {"WH-03": (U, "CD4 history not recorded")}),
 X("x16", grab(tB, "For patients who have received chemotherapy in the past 6 months", "during this same chemotherapy"), NOHIV, {"WH-03": (U, "received FOLFOX in past 6 months; CD4/viral load during it not recorded")}),
 X("x17", grab(tB, "Participants must have an undetectable viral load and a CD4 count", "within 7 days of enrollment"), NOHIV, {"WH-03": (U, "viral load/CD4 not recorded")}),
 X("x18", "Participants must not be currently receiving prophylactic therapy for an opportunistic infection and must not have had an opportunistic infection within the past 6 months.", NOHIV, {"WH-03": (U, "OI prophylaxis/history not recorded")}),
 X("x19", "HIV-infected patients should be monitored every 12 weeks for viral load and CD4 counts", NOHIV, {"WH-03": (M, "study monitoring procedure (C1)")}),
 X("x20", "Previous malignant disease (other than the target malignancy to be investigated in this trial) within the last 3 years.", (U, "other malignancies not recorded (C4)")),
 X("x21", "Subjects with a history of cervical carcinoma in situ, superficial or non-invasive bladder cancer or basal cell or squamous cell cancer in situ previously treated with curative intent may be included at the judgment of the Investigator.",
   (U, "allowance within the prior-malignancy item; other malignancies not recorded")),
 X("x22", "Subjects with symptomatic or untreated leptomeningeal or brain metastases or spinal cord compression.",
   (U, "no brain metastases recorded, but spinal cord compression in metastatic disease is not a case field"),
   {"WH-01": (M, "resectable M0 disease: no CNS metastases or cord compression"),
    "WH-08": (M, "locally advanced M0 disease: no CNS metastases or cord compression"),
    "WH-04": (U, "brain metastases recorded; treated/symptomatic status not a case field"),
    "WH-05": (U, "brain metastases recorded; treated/symptomatic status not a case field")}),
 X("x23", grab(tB, "Note: Subjects previously treated for these conditions", "prior to study Day 1 are permitted."),
   (M, DNA + " — no brain metastases recorded"), {"WH-04": (U, "CNS treatment, stability and steroid use not case fields"), "WH-05": (U, "CNS treatment, stability and steroid use not case fields")}),
 X("x24", "The stability of brain metastases must be confirmed with imaging.",
   (M, DNA + " — no brain metastases recorded"), {"WH-04": (U, "CNS imaging not a case field"), "WH-05": (U, "CNS imaging not a case field")}),
 X("x25", "The subject treated with gamma knife therapy can be enrolled 2 weeks post-procedure as long as there are no post procedure complications or the subject is stable.",
   (M, DNA + " — no brain metastases recorded"), {"WH-04": (U, "radiosurgery not a case field"), "WH-05": (U, "radiosurgery not a case field")}),
 X("x26", "Subjects with active upper digestive tract ulcer or other disorders that can affect drug absorption, distribution, metabolism or clearance.",
   (U, "GI integrity/absorption not recorded (C4); an ulcerated primary may count")),
 X("x27", grab(tB, "Subjects with a marked baseline prolongation of QT", "using Fridericia QT correction formula."), (U, "ECG/QTc not recorded (C3)")),
 X("x28", "Subjects using concomitant medications known to prolong the QT/QTc interval.", (U, "concomitant medications not recorded")),
 X("x29", "Pregnancy or breastfeeding female", MEN, {"WH-01": PREG, "WH-05": PREG, "WH-08": PREG, "WH-06": (M, "woman aged 71 (C2)")}),
 X("x30", "Female patients must be surgically sterile or be postmenopausal, or must agree to the use of effective contraception during the period of therapy.", (M, "contraception item (C1)"),
   {c: MEN for c in ["WH-02", "WH-03", "WH-04", "WH-07"]}),
 X("x31", "All female patients with reproductive potential must have a negative pregnancy test (serum or urine) prior to enrollment.", MEN,
   {"WH-01": PREG, "WH-05": PREG, "WH-08": PREG, "WH-06": (M, "woman aged 71 (C2)")}),
 X("x32", "Male patients must be surgically sterile or must agree to use effective contraception during the period of therapy.", (M, "contraception item (C1)"),
   {c: (M, DNA + " — female patient") for c in ["WH-01", "WH-05", "WH-06", "WH-08"]}),
 X("x33", "The definition of effective contraception will be based on the judgment of the principal investigator or a designated associate.", (M, "definition only; contraception item (C1)")),
 X("x34", "Subjects who are unable to comply with study and follow-up procedures", (M, "compliance item (C1)")),
]
noteB = ("IPG7236 (oral CCR8 antagonist) phase 1/2a. Gastro-oesophageal adenocarcinoma can only enter Part 1 (all solid tumours); the Part 2 "
 "expansion tumour list is 'does not apply'. 'Failed established standard therapies' is read as progression on (or intolerance of) at "
 "least two palliative lines covering fluoropyrimidine, platinum, taxane/ramucirumab and, if HER2-positive, a HER2-directed agent; later "
 "options such as trifluridine/tipiracil are not demanded. Washouts are counted from ended_on to 2026-12-01 using label half-lives "
 "(nivolumab ~25 d, ramucirumab ~14 d); an ongoing line fails them. Radiotherapy and surgery are not case fields, so the 14/28-day item stays "
 "unknown unless systemic therapy decides it. The HBsAg/HCV sentence and 'History of known HIV infection' are split; with Notes 1-2 the HIV "
 "and HCV patients are unknown (CD4, viral load, HCV RNA not recorded), not excluded. Spinal cord compression is unknown in metastatic cases. "
 "The pregnancy/contraception item 13 is split by sentence. Headings (incl. 'Note:') take the worst status of their items.")

if __name__ == "__main__":
    for nct, items, note, text in [(A, itemsA, noteA, tA), (B, itemsB, noteB, tB)]:
        v, out = build(nct, items, note, text)
        print(nct, len(out), v)
