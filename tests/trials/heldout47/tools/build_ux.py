#!/usr/bin/env python3
"""Build UX/<NCT>.yaml from the judgement tables below (reviewer's working file)."""
import json, os, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REC = "/work/shared/data/trials/her2-gastric"
C = [f"UX-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def J(default, reason, **over):
    """default status/reason for every case; override with UX_01=(status, reason)."""
    d = {c: (default, reason) for c in C}
    for k, v in over.items():
        d[k.replace("_", "-")] = v
    return d

def crit(kind, text, table):
    return {"kind": kind, "text": text, "judgements": {c: table[c][0] for c in C},
            "reasons": {c: table[c][1] for c in C}}

norm = lambda s: " ".join(s.split())

def write(nct, note, crits):
    rec = json.load(open(f"{REC}/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    for cr in crits:
        assert norm(cr["text"]) in norm(rec), (nct, cr["text"][:80])
    verdicts = {}
    for c in C:
        st = [cr["judgements"][c] for cr in crits]
        verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    out = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts, "criteria": crits}
    with open(os.path.join(ROOT, "UX", f"{nct}.yaml"), "w") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=110)
    print(nct, verdicts)

# ---------------------------------------------------------------- shared phrases
LAB = "laboratory/organ-function values are not in the case (C3)"
CONSENT = "consent/compliance/contraception items are met by convention (C1)"
PREG_U = "woman under 55 with no pregnancy/breast-feeding information (C2)"
PREG_M = lambda who: f"{who}: pregnancy/breast-feeding not applicable (C2)"
def preg(default_reason_fn=PREG_M):
    return {"UX-01": (U, PREG_U), "UX-02": (M, PREG_M("man")), "UX-03": (M, PREG_M("woman aged 67")),
            "UX-04": (M, PREG_M("man")), "UX-05": (U, PREG_U), "UX-06": (M, PREG_M("man")),
            "UX-07": (M, PREG_M("woman aged 76")), "UX-08": (M, PREG_M("man"))}
MEAS = J(M, "measurable_disease: true",
         UX_05=(N, "measurable_disease: false (peritoneal-only recurrence, no RECIST target lesion)"))

# =============================================================== NCT03740256  CAdVEC + HER2 CAR-T (phase 1, US)
HER2_CART = {
    "UX-01": (M, "GEJ adenocarcinoma, HER2 IHC 3+ (2026-05-20), progressed on first line"),
    "UX-02": (N, "HER2 IHC 2+ meets the >=2+ threshold, but untreated metastatic disease is not 'refractory'"),
    "UX-03": (M, "GEJ adenocarcinoma, IHC 3+ (2024) and IHC 2+/ISH+ on re-biopsy 2026-08-03; refractory after 3 lines"),
    "UX-04": (M, "oesophageal SCC (esophageal cancer is listed), HER2 IHC 2+ (2026-10-09), refractory after 2 lines"),
    "UX-05": (N, "HER2 IHC 0 on biopsy and resection: below the >=2+ threshold"),
    "UX-06": (N, "HER2 IHC 3+ but untreated locally advanced disease is not 'refractory'"),
    "UX-07": (U, "refractory after 3 lines, but HER2 discordant: IHC 3+ before trastuzumab (2024-09-10), IHC 1+ on re-biopsy 2025-07-14; text does not say which specimen counts"),
    "UX-08": (N, "no prior therapy for the recurrence (perioperative therapy ended >6 months before recurrence, C6): not refractory; HER2 also known only from ctDNA"),
}
CURATIVE = J(M, "metastatic/recurrent disease after or without standard therapy: no curative option recorded (physician confirmation is procedural)",
             UX_02=(M, "metastatic gastric cancer: not curable; checkpoint inhibitors (MSI-H) are palliative here"),
             UX_06=(M, "setting locally_advanced_unresectable: not amenable to curative treatment per the case"))
PROG1L = {
    "UX-01": (M, "progressed on first-line trastuzumab/pembrolizumab/CAPOX (ended 2026-11-12)"),
    "UX-02": (N, "no prior therapy; standard first-line therapy (chemo, anti-PD-1 for MSI-H) is available"),
    "UX-03": (M, "progressed after 3 lines"),
    "UX-04": (M, "first line stopped for toxicity, then progressed on second-line paclitaxel (2026-09-28)"),
    "UX-05": (M, "recurrence 168 days after perioperative FLOT counts as a first line (C6)"),
    "UX-06": (N, "untreated; standard first-line HER2-directed therapy available"),
    "UX-07": (M, "progressed after 3 lines"),
    "UX-08": (N, "late recurrence (1218 days after perioperative therapy) – that therapy is not a line (C6); untreated, standard first line available"),
}
INJECT = J(U, "metastatic sites/an injectable lesion are not case fields (C4)")
LIFE = J(U, "life expectancy is unknown by convention (C2)")
AGE18 = J(M, "adult; consent by convention (C1)")
AUTOIMM = J(M, "autoimmune_disease not listed (known absent)",
            UX_05=(U, "autoimmune_disease listed; whether it needs steroids >10 mg/immunosuppressants is not recorded"))
IMMSUP_HEAD = J(U, "no transplant or HIV, but 'other immunodeficiency' is not a case field (C4)",
                UX_08=(N, "HIV listed"))
TRANSPLANT = J(M, "organ_transplant not listed")
HIVITEM = J(U, "HIV not listed; 'other immunodeficiency disorders' are not case fields (C4)",
            UX_08=(N, "HIV listed"))
OTHERMAL = J(U, "other malignancies are not a case field (C4)")
HEPBC_ACTIVE = J(M, "hepatitis_b/hepatitis_c not listed",
                 UX_01=(U, "hepatitis_b listed; whether the infection is active is not recorded"),
                 UX_04=(U, "hepatitis_c listed; whether the infection is active is not recorded"))
MI = J(U, "myocardial infarction history is not a case field")
HEMOR = J(U, "injection site not defined in the case")
UNCONTROLLED = J(U, "intercurrent illness/psychiatric/social history not in case fields (C4)")

cart = [
    crit("inclusion", "This study will look at solid tumors (as a basket trial for any solid cancer) with HER2 positivity based on IHC",
         {"UX-01": (M, "HER2 IHC 3+"), "UX-02": (M, "HER2 IHC 2+ (>=2+ counts as positive in this study)"),
          "UX-03": (M, "HER2 IHC 3+ and 2+/ISH+ after T-DXd"), "UX-04": (M, "HER2 IHC 2+"),
          "UX-05": (N, "HER2 IHC 0"), "UX-06": (M, "HER2 IHC 3+"),
          "UX-07": (U, "IHC 3+ before trastuzumab but IHC 1+ on the 2025-07-14 re-biopsy"),
          "UX-08": (U, "no tissue IHC; ERBB2 amplification in ctDNA only")}),
    crit("inclusion", r"The patient has a histologically confirmed advanced refractory HER2 positive solid tumor, including but not limited to: head and neck squamous cell carcinoma; cancer of the salivary glands; lung cancer; breast cancer; bladder cancer; gastric cancer; esophageal cancer; colorectal cancer; and pancreatic adenocarcinoma. HER2 positivity is defined as ≥2+ staining by IHC with either the FDA-approved CB11 antibody (Leica) or anti HER2/neu (4B5) (VENTANA), which refers to greater than weak-to-moderate staining intensity in \>10% tumor cells.", HER2_CART),
    crit("inclusion", "The disease must be deemed unsuitable for curative treatments including surgery, radiotherapy, systemic therapy, including checkpoint inhibitors, or any combination of the above modalities by the referring oncology physician and confirmed by the senior oncologists leading the protocol.", CURATIVE),
    crit("inclusion", "Disease must have progressed after standard first line therapy, or without available effective treatment options. Patients are still eligible if they have failed more than one line of therapy.", PROG1L),
    crit("inclusion", "The patient must have at least one tumor site appropriate for intratumoral injection.", INJECT),
    crit("inclusion", "The patient must have radiographically measurable disease as per RECIST 1.1.", MEAS),
    crit("inclusion", "Life expectancy more than 12 weeks.", LIFE),
    crit("inclusion", "The patient is ≥ 18 years of age, able to understand and give informed consent to study related procedures and treatments.", AGE18),
    crit("exclusion", "History or evidence of active autoimmune disease requiring continuous systemic corticosteroids (with more than 10mg/day prednisone or equivalent dose), immunosuppressants or other disease modifying agents (except palliative radiation).", AUTOIMM),
    crit("exclusion", "Evidence of significant immunosuppressive conditions, such as the following:", IMMSUP_HEAD),
    crit("exclusion", "Post organ transplant.", TRANSPLANT),
    crit("exclusion", "Diagnosis of HIV or other immunodeficiency disorders.", HIVITEM),
    crit("exclusion", "Diagnosis of other malignancies within 5 years except for cutaneous basal cell or squamous cell carcinoma, well-differentiated thyroid cancer, or localized prostate cancer.", OTHERMAL),
    crit("exclusion", "Patients with known active hepatitis B or C infection.", HEPBC_ACTIVE),
    crit("exclusion", "Patient has had acute myocardial infarction within 6 months prior to consent for procurement.", MI),
    crit("exclusion", "Injectable tumor site is considered to incur a significant risk of major hemorrhage (e.g. located in the CNS (brain), and proximal to critical neurovascular structures) per investigator's review.", HEMOR),
    crit("exclusion", "Uncontrolled intercurrent illness including but not limited to psychiatric illness and or social situations that in the opinion of the investigator would compromise compliance of study requirements or put the patient at unacceptable risk.", UNCONTROLLED),
    # treatment phase
    crit("inclusion", r"Histologically confirmed advanced refractory HER2 positive solid tumors, including but not limited to: head and neck squamous cell carcinoma; cancer of the salivary glands; lung cancer; breast cancer; bladder cancer; gastric cancer; esophageal cancer; colorectal cancer; and pancreatic adenocarcinoma. HER2 positivity is defined as ≥2+ staining by IHC with either the FDA-approved CB11 antibody (Leica) or anti HER2/neu (4B5) (VENTANA), which refers to greater than weak-to-moderate staining intensity in \>10% tumor cells (HER2 positivity requirement is excluded in DL1 and DL2 as HER2 targeted agents are not used).",
         dict(HER2_CART, **{"UX-05": (N, "HER2 IHC 0; the HER2 waiver covers only the early dose levels DL1/DL2 and procurement still requires >=2+")})),
    crit("inclusion", "The disease must be deemed unsuitable for curative treatments including surgery, radiotherapy, systemic therapy, including checkpoint inhibitors, or any combination of the above modalities by the referring oncology physician and confirmed by the senior oncologists leading the protocol.", CURATIVE),
    crit("inclusion", "Disease must have progressed after standard first line therapy, or without available effective treatment options. Patients are still eligible if they have failed more than one line of therapy.", PROG1L),
    crit("inclusion", "The patient must have at least one tumor site appropriate for intratumoral injection.", INJECT),
    crit("inclusion", "The patient must have radiographically measurable disease as per RECIST 1.1.", MEAS),
    crit("inclusion", "The patient must have adequate organ function within 7 days prior to treatment as indicated by following measures:", J(U, LAB)),
    crit("inclusion", r"Hematologic: Absolute neutrophil count (ANC) ≥1.0 x 10\^9/l; Hemoglobin ≥7 g/dl; Platelet count ≥ 100 x 10\^9/l; PT or PTT ≤ 1.5 x ULN unless the subject is receiving anticoagulation.", J(U, LAB)),
    crit("inclusion", r"Hepatic function: bilirubin \< 2 x ULN, and AST and ALT \< 3 x ULN", J(U, LAB)),
    crit("inclusion", r"Renal Function: serum creatinine \<2 x the ULN or creatinine clearance \>60 mL/min.", J(U, LAB)),
    crit("inclusion", "Prior HER2 targeted therapy is allowed if delivered at least 4 weeks prior to the enrollment. (Excluding DL1 and DL2)",
         J(M, "does not apply - no prior HER2-targeted therapy",
           UX_01=(N, "last trastuzumab ended 2026-11-12: 19 days before 2026-12-01 (<4 weeks; would be met from 2026-12-10)"),
           UX_03=(M, "last HER2-targeted therapy (T-DXd) ended 2026-07-20, >4 weeks"),
           UX_07=(M, "trastuzumab ended 2025-06-16, >4 weeks"))),
    crit("inclusion", "Eastern Cooperative Oncology Group (ECOG) performance status 2 or less (Appendix I).",
         J(M, "ECOG <=2", UX_07=(N, "ECOG 3"))),
    crit("inclusion", "Females of childbearing potential must have a negative pregnancy test and agree to use contraception during on-study protocol therapy, or deemed to be not able to get pregnant.", preg()),
    crit("inclusion", "Male subjects with pregnant partner/female partner of childbearing potential agree to use barrier contraceptive during the study to minimize the risk of embryo-fetal exposure.", J(M, CONSENT)),
    crit("inclusion", "The patient is ≥ 18 years of age, and able to understand and give informed consent to study related procedures and treatments.", AGE18),
    crit("exclusion", "Patients with any concurrent treatment that would compromise the study including but not limited to continuous high dose corticosteroids (more than 10mg/day prednisone or equivalent dose), lympho-depleting antibodies, immunotherapy, targeted therapies or cytotoxic agents, CNS metastasis requiring continuous high-dose steroids (more than 10mg/day prednisone or equivalent dose) or other active therapeutic intervention. This does not include stable, previously-treated brain metastases. Patients on DL1 and DL2 can continue prior checkpoint inhibitors and HER2 targeted agents during the DLT evaluation period.",
         J(U, "no ongoing anticancer therapy in the case, but corticosteroid use is not a case field (composite, C4)",
           UX_01=(U, "no ongoing anticancer therapy; brain_metastases listed - whether stable/previously treated and steroid-free is not recorded"),
           UX_08=(U, "no ongoing anticancer therapy; brain_metastases listed - treatment/steroid status not recorded"))),
    crit("exclusion", "Patients at significant risk of airway compromise or other critical obstruction (e.g. bowel, ureter, etc.) in the event of possible post injection tumor inflammation based on the investigative team's judgement.", J(U, "tumour sites/obstruction risk not in case fields (C4)")),
    crit("exclusion", "History or evidence of active autoimmune disease requiring continuous systemic corticosteroids, immunosuppressants or other disease modifying agents.", AUTOIMM),
    crit("exclusion", "Evidence of significant immunosuppressive conditions, such as the following:", IMMSUP_HEAD),
    crit("exclusion", "Post organ transplant.", TRANSPLANT),
    crit("exclusion", "Diagnosis of HIV or other immunodeficiency disorders.", HIVITEM),
    crit("exclusion", "Diagnosis of other malignancies within 5 years except for cutaneous basal cell or squamous cell carcinoma, well-differentiated thyroid cancer, or localized prostate or cervical cancer.", OTHERMAL),
    crit("exclusion", "Patients with known active infectious disease, such as hepatitis B or C infection.",
         J(U, "no hepatitis listed, but other active infections are not case fields (C4)",
           UX_01=(U, "hepatitis_b listed; activity not recorded"), UX_04=(U, "hepatitis_c listed; activity not recorded"),
           UX_08=(U, "HIV listed (chronic infection; control status not recorded - already excluded under item 4)"))),
    crit("exclusion", "Patient has had acute myocardial infarction within 6 months prior to enrollment for treatment.", MI),
    crit("exclusion", r"Patients with abnormal left ventricular function (LVEF \<55%).",
         {"UX-01": (M, "LVEF 58%"), "UX-02": (U, "LVEF not recorded"), "UX-03": (M, "LVEF 60%"), "UX-04": (M, "LVEF 62%"),
          "UX-05": (M, "LVEF 63%"), "UX-06": (M, "LVEF 64%"), "UX-07": (N, "LVEF 45% (<55%)"), "UX-08": (M, "LVEF 61%")}),
    crit("exclusion", "Injectable tumor site is considered to incur a significant risk of major hemorrhage (e.g. located in the CNS (brain), pulmonary parenchyma, and proximal to critical neurovascular structures).", HEMOR),
    crit("exclusion", "Pregnant or breastfeeding females.", preg()),
    crit("exclusion", "Uncontrolled intercurrent illness including but not limited to psychiatric illness and or social situations that in the opinion of the investigator would compromise compliance of study requirements or put the patient at unacceptable risk.", UNCONTROLLED),
]
write("NCT03740256",
      "Phase 1 CAdVEC + HER2 CAR-T basket (Houston). Procurement and treatment criteria are both judged (the duplicated "
      "items carry the same judgement). HER2 positivity here is IHC >=2+ regardless of ISH, so HER2-low IHC 2+/ISH- "
      "and IHC 2+ without ISH count; the antibody clone (CB11/4B5) is not a case field and is assumed to be a validated "
      "4B5-type assay. 'Refractory' and 'progressed after standard first line' are not met for untreated patients; "
      "perioperative therapy counts as a line only when recurrence was <=183 days later (C6). The 4-week HER2 "
      "wash-out is computed on 2026-12-01 (C5). Discordant HER2 (3+ before, 1+ after trastuzumab) is unknown because "
      "the text does not say which specimen counts. Composite items with parts that are not case fields (steroids, "
      "other immunodeficiency, MI, other infections) are unknown (C4).", cart)

# =============================================================== NCT04309578  XP + trastuzumab, tissue HER2- / serum HER2+
xp = [
    crit("inclusion", "Patients with inoperable, locally-advanced or recurrent and/or metastatic gastric adenocarcinoma or gastroesophageal junction adenocarcinoma who are not eligible for curative therapy and are histologically diagnosed.",
         J(M, "advanced gastric/GEJ adenocarcinoma",
           UX_04=(N, "oesophageal squamous cell carcinoma - not gastric/GEJ adenocarcinoma"),
           UX_06=(M, "locally advanced unresectable gastric adenocarcinoma"),
           UX_08=(N, "site: oesophagus (oesophageal adenocarcinoma), not gastric or GEJ"))),
    crit("inclusion", "Diseases measurable according to Response Evaluation Criteria in Solid Tumors (RECIST1.1) using imaging technique (CT or MRI).", MEAS),
    crit("inclusion", "Tissue HER2-negative tumors (primary or metastatic tumors) defined as IHC2+ and FISH- or IHC 0 or 1+ according to gastric cancer assessment system for HER2 (see Annex 12.5).",
         {"UX-01": (N, "IHC 3+ (HER2-positive)"), "UX-02": (M, "IHC 2+ with ISH not amplified (ratio 1.3), gastric criteria"),
          "UX-03": (N, "IHC 3+ and 2+/ISH amplified (HER2-positive)"), "UX-04": (U, "IHC 2+ without ISH (equivocal)"),
          "UX-05": (M, "IHC 0 on biopsy and resection, gastric criteria"), "UX-06": (N, "IHC 3+ (HER2-positive)"),
          "UX-07": (U, "discordant: primary IHC 3+ (2024-09-10), metastasis IHC 1+ after trastuzumab (2025-07-14)"),
          "UX-08": (U, "no tissue HER2 result (ctDNA ERBB2 amplification only)")}),
    crit("inclusion", "ECOG Performance status 0, 1 or 2 (see Annex 12.1).", J(M, "ECOG <=2", UX_07=(N, "ECOG 3"))),
    crit("inclusion", "Survival for at least 3 months should be possible.", LIFE),
    crit("inclusion", "Appropriate bone marrow, renal, and hepatic functions.", J(U, LAB)),
    crit("inclusion", "Males or females aged 19 years.", J(M, "aged >=19")),
    crit("inclusion", "Patients should sign the informed consent form (ICF).", J(M, CONSENT)),
    crit("exclusion", "Patients who previously received chemotherapy for advanced/metastatic diseases (adjuvant/neoadjuvant chemotherapy, completed at least 6 months prior to enrollment in this clinical study, is permitted, but platinum-based adjuvant/neoadjuvant chemotherapy is not permitted).",
         {"UX-01": (N, "first-line chemotherapy given (2026-06-08 to 2026-11-12)"), "UX-02": (M, "no prior chemotherapy"),
          "UX-03": (N, "three prior palliative lines"), "UX-04": (N, "two prior palliative lines"),
          "UX-05": (N, "perioperative FLOT contained oxaliplatin (platinum-based adjuvant/neoadjuvant chemotherapy not permitted)"),
          "UX-06": (M, "no prior chemotherapy"), "UX-07": (N, "three prior palliative lines"),
          "UX-08": (N, "perioperative FLOT contained oxaliplatin (platinum-based; not permitted even though >6 months ago)")}),
    crit("exclusion", "Patients with a lack of physical integration of the upper gastrointestinal tract or with a malabsorption syndrome (e.g., patients who underwent partial or total gastric resection can participate in this clinical study, but patients equipped with a jejunostomy tube cannot participate).",
         J(U, "GI integrity/feeding tube/malabsorption not in case fields (C4)")),
    crit("exclusion", "Patients with active (serious or uncontrolled) gastrointestinal bleeding.", J(U, "GI bleeding not a case field (C4)")),
    crit("exclusion", "Patients with relevant toxicities remaining following previous curative therapy (except for alopecia). For example, neurotoxicity ≥ grade 2 based on NCI-CTCAE version 5.0.",
         J(M, "does not apply - no curative-intent therapy in the case",
           UX_05=(U, "perioperative FLOT (oxaliplatin, docetaxel) given; residual toxicity not recorded"),
           UX_08=(U, "perioperative FLOT (oxaliplatin, docetaxel) given; residual toxicity not recorded"))),
    crit("exclusion", "Patients with a history of other malignant diseases based on the date of complete recovery within 5 years prior to the initiation of treatment in this clinical study (except for in-situ cervical cancer and basal cell carcinoma).", OTHERMAL),
    crit("exclusion", r"Neutrophil count \< 1.5 × 109/L, or platelet count \< 100 × 109/L.", J(U, LAB)),
    crit("exclusion", r"Serum bilirubin\> 1.5 × upper limit of normal (ULN); or AST or ALT \> 2.5 × ULN (or \> 5 × ULN hepatic metastasis patients); or alkaline phosphatase \> 2.5 × ULN (or \> 5 × ULN hepatic metastasis patients, or \> 10 × ULN hepatic metastasis-free bone metastasis patients); or, albumin \< 2.5 g/dL.", J(U, LAB)),
    crit("exclusion", r"Creatinine clearance \< 60 mL/min. However, creatinine clearance is first calculated using the Cockroft-Gault formula, and if the value is \< 60ml/min, a 24hr urine collection test is carried out. Subject enrollment is possible only when creatinine clearance is ≥ 60mL/min.", J(U, LAB)),
    crit("exclusion", r"History of proven congestive heart failure; angina pectoris in need of medication; evidence of transmural myocardial infarction through electrocardiogram (ECG); uncontrolled hypertension (systolic blood pressure \> 180 mmHg or diastolic blood pressure \> 100 mmHg); clinically significant heart valve disorders; and high-risk uncontrolled arrhythmia.",
         J(U, "heart_failure not listed, but angina/MI/hypertension/valve/arrhythmia are not case fields (C4)",
           UX_07=(N, "heart_failure listed"))),
    crit("exclusion", r"Baseline left ventricular ejection fraction (LVEF) \< 50% (measured with echocardiogram or MUGA).",
         {"UX-01": (M, "LVEF 58%"), "UX-02": (U, "LVEF not recorded"), "UX-03": (M, "LVEF 60%"), "UX-04": (M, "LVEF 62%"),
          "UX-05": (M, "LVEF 63%"), "UX-06": (M, "LVEF 64%"), "UX-07": (N, "LVEF 45% (<50%)"), "UX-08": (M, "LVEF 61%")}),
    crit("exclusion", "Patients with dyspnoea at rest due to advanced tumors or other diseases, or who need an adjuvant oxygen therapy.",
         J(U, "dyspnoea/oxygen use not in case fields", UX_07=(U, "interstitial_lung_disease listed; resting dyspnoea/oxygen need not recorded"))),
    crit("exclusion", "Patients who are treated with long-term or high-dose corticosteroids (steroid inhalation or short-term use of oral steroids for vomiting inhibition and appetite stimulation is permitted).",
         J(U, "corticosteroid use is not a case field")),
    crit("exclusion", "Patients with Clinically significant hypoacusis", J(U, "hearing not a case field")),
    crit("exclusion", "Patients known to show dihydropyrimidine dehydrogenase (DPD) deficiency.",
         J(U, "DPD status not a case field",
           UX_01=(U, "tolerated capecitabine, but DPD status not recorded"), UX_07=(U, "tolerated capecitabine, but DPD status not recorded"))),
    crit("exclusion", "Patients with a history of brain metastasis or clinical evidence.",
         J(M, "brain_metastases not listed", UX_01=(N, "brain_metastases listed"), UX_08=(N, "brain_metastases listed"))),
    crit("exclusion", "Uncontrolled serious systemic intercurrent diseases (e.g., infection or uncontrolled diabetes).", UNCONTROLLED),
    crit("exclusion", "Females who are pregnant or are breast-feeding.", preg()),
    crit("exclusion", "Fertile males and females who are unwilling to use effective contraceptive methods.", J(M, CONSENT)),
    crit("exclusion", "Patients who are treated with another investigational product within 4 weeks prior to the initiation of treatment in this clinical study.",
         J(M, "no investigational product among the recorded systemic therapies")),
    crit("exclusion", "Patients receiving radiation therapy within 4 weeks prior to the initiation of treatment with the study drug (palliative radiation curative therapy that is partially carried out for bone metastasis. Washout period of 2 weeks is also permitted in patients recovered from all acute toxicities.).",
         J(U, "radiotherapy is not a case field (C4)")),
    crit("exclusion", "Patients who underwent major surgery within 4 weeks prior to the initiation of treatment with the study drug and have not yet been completely recovered.",
         J(U, "surgery dates are not case fields (C4)")),
    crit("exclusion", "Patients known to have HIV infectivity or active infection with HBV or HCV.",
         J(M, "hiv/hepatitis_b/hepatitis_c not listed", UX_01=(U, "hepatitis_b listed; active infection not recorded"),
           UX_04=(U, "hepatitis_c listed; active infection not recorded"), UX_08=(N, "HIV listed"))),
    crit("exclusion", "Patients with hypersensitivity to the study drug.",
         J(U, "drug hypersensitivity is not a case field")),
]
write("NCT04309578",
      "Phase 2 first-line XP + trastuzumab for TISSUE HER2-negative (IHC 0/1+ or 2+/ISH-) but SERUM HER2-positive "
      "gastric/GEJ adenocarcinoma. Serum HER2 is in the title but not in the eligibility text, so it is not judged. "
      "Oesophageal (non-GEJ) primaries fail item 1. Any perioperative platinum (FLOT) fails exclusion 1 regardless of "
      "timing. Section labels ('Hematologic, blood chemistry, and organ functions', 'General inclusion/exclusion "
      "criteria', 'Other investigational product-associated exclusion criteria') are not criteria and are left out. "
      "Radiotherapy and surgery dates exist only in case comments and are therefore unknown (C4).", xp)

# =============================================================== NCT04379596  DESTINY-Gastric03
HER2POS_DG = {
    "UX-01": (M, "GEJ adenocarcinoma, local tissue IHC 3+"),
    "UX-02": (M, "does not apply - HER2-low (IHC 2+/ISH-), Parts 3b/4b/5"),
    "UX-03": (M, "GEJ adenocarcinoma, IHC 3+ and 2+/ISH+ on re-biopsy"),
    "UX-04": (N, "squamous cell carcinoma, not adenocarcinoma"),
    "UX-05": (N, "IHC 0: neither HER2-positive nor HER2-low - no part applies"),
    "UX-06": (M, "gastric adenocarcinoma, local tissue IHC 3+"),
    "UX-07": (U, "IHC 3+ before trastuzumab but IHC 1+ on the 2025-07-14 re-biopsy; current status discordant"),
    "UX-08": (U, "oesophageal adenocarcinoma, but no local TISSUE HER2 result (ctDNA only)"),
}
HER2LOW_DG = {
    "UX-01": (M, "does not apply - HER2-positive (Parts 1/2/3a/4a)"),
    "UX-02": (M, "gastric adenocarcinoma, IHC 2+/ISH not amplified (HER2-low)"),
    "UX-03": (M, "does not apply - HER2-positive (Parts 1/2/3a/4a)"),
    "UX-04": (N, "squamous cell carcinoma, not adenocarcinoma"),
    "UX-05": (N, "IHC 0 is not HER2-low"),
    "UX-06": (M, "does not apply - HER2-positive (Parts 2/3a/4a)"),
    "UX-07": (U, "latest tissue IHC 1+ but earlier IHC 3+; discordant"),
    "UX-08": (U, "no local tissue HER2 result (ctDNA only)"),
}
DISEASE_HEAD = {c: (v[0], v[1]) for c, v in {
    "UX-01": (M, "advanced, HER2-positive adenocarcinoma"), "UX-02": (M, "advanced, HER2-low adenocarcinoma"),
    "UX-03": (M, "advanced, HER2-positive adenocarcinoma"), "UX-04": (N, "squamous cell carcinoma"),
    "UX-05": (N, "HER2 IHC 0 fits no part"), "UX-06": (M, "locally advanced unresectable, HER2-positive adenocarcinoma"),
    "UX-07": (U, "HER2 status discordant (3+ then 1+)"), "UX-08": (U, "tissue HER2 not tested")}.items()}
dg3 = [
    crit("inclusion", "Male and female participants must be at least 18 years of age. Other age restrictions may apply as per local regulations", J(M, "adult")),
    crit("inclusion", "Disease Characteristics:", DISEASE_HEAD),
    crit("inclusion", "Locally advanced, unresectable, or metastatic disease based on most recent imaging",
         J(M, "metastatic/recurrent disease", UX_06=(M, "locally advanced unresectable"))),
    crit("inclusion", "For Part 1, 2, 3a, 4a pathologically documented adenocarcinoma of the stomach/GEJ/esophagus, HER2-positive (IHC 3+ or IHC 2+/ISH+) based on local tissue testing results", HER2POS_DG),
    crit("inclusion", "For Part 3b,4b and Part 5, pathologically documented adenocarcinoma of the stomach/GEJ/esophagus, HER2-low (IHC 2+/ISH-negative or IHC 1+) based on local tissue testing results", HER2LOW_DG),
    crit("inclusion", r"For Part 1, progression on or after at least one prior trastuzumabcontaining regimen For Part 2, Part 3, Part 4 and Part 5, previously untreated for unresectable or metastatic adenocarcinoma of the stomach/GEJ/ esophagus with with HER2-positive (Part 2 and Part 3 \[Arm 3A\] and Part 4 \[Arm 4A\]) or HER2-low (Part 3 \[Arm 3B\], Part 4 \[Arm 4B\] and Part 5)) status",
         {"UX-01": (M, "Part 1: progressed on first-line trastuzumab regimen (2026-11-12)"),
          "UX-02": (M, "Parts 3b/4b/5: no prior therapy for metastatic disease"),
          "UX-03": (M, "Part 1: progressed after trastuzumab-containing first line"),
          "UX-04": (N, "no trastuzumab and previously treated (two lines)"),
          "UX-05": (N, "no trastuzumab, and perioperative FLOT with recurrence after 168 days counts as prior treatment (C6)"),
          "UX-06": (M, "Parts 2/3a/4a: previously untreated"),
          "UX-07": (M, "Part 1: progressed after trastuzumab-containing first line"),
          "UX-08": (M, "untreated for recurrent disease: perioperative therapy ended 1218 days before recurrence (not a line, C6)")}),
    crit("inclusion", "Has measurable target disease assessed by the Investigator based on RECIST version 1.1", MEAS),
    crit("inclusion", "Has protocol defined adequate bone marrow and organ function including cardiac, renal and hepatic function",
         J(U, LAB + "; LVEF alone does not settle it",
           UX_07=(N, "cardiac function not adequate: LVEF 45% with heart_failure (T-DXd protocols require LVEF >=50%)"))),
    crit("inclusion", "If of reproductive potential, agrees to use a highly effective form of contraception or avoid intercourse during and upon completion of the study.", J(M, CONSENT)),
    crit("exclusion", "Part 1 to 4: History of active primary immunodeficiency, known HIV, active chronic, or past hepatitis B infection, or hepatitis C infection. Part 5: evidence of active, uncontroled HIV, HBV or HCV infection.",
         J(U, "no HIV/HBV/HCV listed, but primary immunodeficiency is not a case field (C4)",
           UX_01=(N, "hepatitis_b listed (active, chronic or past HBV excludes Parts 1-4; Part 5 is HER2-low only)"),
           UX_04=(N, "hepatitis_c listed (excludes Parts 1-4; Part 5 is HER2-low adenocarcinoma only)"),
           UX_08=(U, "HIV listed: excluded from Parts 1-4; only Part 5 (HER2-low) accepts controlled HIV and tissue HER2 is untested"))),
    crit("exclusion", "Uncontrolled intercurrent illness.", UNCONTROLLED),
    crit("exclusion", "History of non-infectious pneumonitis/ILD, current ILD, or where suspected ILD that cannot be ruled out by imaging at screening.",
         J(M, "interstitial_lung_disease and pneumonitis not listed",
           UX_04=(N, "pneumonitis listed (grade 2 nivolumab pneumonitis, non-infectious)"),
           UX_07=(N, "interstitial_lung_disease listed"))),
    crit("exclusion", "Lung-specific intercurrent clinically significant severe illnesses.",
         J(U, "lung illnesses other than ILD/pneumonitis are not case fields",
           UX_04=(U, "past pneumonitis listed; current severity not recorded"),
           UX_07=(U, "interstitial_lung_disease listed; severity not recorded (already excluded by the ILD item)"))),
    crit("exclusion", "Uncontrolled infection requiring intravenous (IV) antibiotics, antivirals, or antifungals.", J(U, "current infections are not case fields")),
    crit("exclusion", "Pleural effusion, ascites or pericardial effusion that requires drainage, peritoneal shunt, or Cell-free and Concentrated Ascites Reinfusion Therapy (CART).",
         J(U, "effusions/ascites are not case fields (C4)")),
    crit("exclusion", "Has spinal cord compression or clinically active central nervous system metastases.",
         J(U, "brain_metastases not listed, but spinal cord compression is not a case field (C4)",
           UX_01=(U, "brain_metastases listed; whether clinically active is not recorded"),
           UX_08=(U, "brain_metastases listed; whether clinically active is not recorded"))),
]
write("NCT04379596",
      "DESTINY-Gastric03 (T-DXd combinations). The two HER2 clauses are cohort alternatives: the clause for the other "
      "HER2 category is 'does not apply' (met); IHC 0 fits neither (not_met). Item 3 is read as one alternative: Part 1 "
      "needs progression after trastuzumab, Parts 2-5 need no prior therapy for advanced disease; perioperative therapy "
      "counts as prior treatment only if recurrence came <=183 days after it (C6). HER2 must come from LOCAL TISSUE "
      "testing, so ctDNA-only ERBB2 is unknown. Any listed hepatitis B/C excludes Parts 1-4; HIV is unknown only "
      "because Part 5 (HER2-low) tolerates controlled HIV. Any history of non-infectious pneumonitis/ILD excludes. "
      "LVEF 45% with heart failure is read as inadequate cardiac function.", dg3)

# =============================================================== NCT04482309  DESTINY-PanTumor02
GEA = ("UX-01", "UX-02", "UX-03", "UX-05", "UX-06", "UX-07")
def pt(default_other, esc, oac, gea_status, gea_reason):
    d = {c: (gea_status, gea_reason) for c in GEA}
    d["UX-04"] = esc; d["UX-08"] = oac
    return d
DNA = lambda what: (M, f"does not apply - cohort for {what}")
def na(what):
    return J(M, f"does not apply - cohort for {what}")
C7 = {c: (N, "gastric/GEJ cancer is explicitly excluded from the rare-tumour cohort") for c in GEA}
C7["UX-04"] = (M, "oesophageal SCC expressing HER2 (IHC 2+) is not among the excluded tumour types")
C7["UX-08"] = (U, "oesophageal adenocarcinoma is not named among the exclusions, but tumour HER2 expression by IHC is not yet shown (ctDNA only)")
COH_A = {"UX-01": (N, "IHC 3+ but gastric/GEJ excluded from Cohort A"), "UX-02": (M, "does not apply - not IHC 3+"),
         "UX-03": (N, "IHC 3+ but gastric/GEJ excluded from Cohort A"), "UX-04": (M, "does not apply - IHC 2+, not 3+"),
         "UX-05": (M, "does not apply - IHC 0"), "UX-06": (N, "IHC 3+ but gastric cancer excluded from Cohort A"),
         "UX-07": (N, "IHC 3+ (pre-trastuzumab) but gastric cancer excluded from Cohort A"),
         "UX-08": (U, "central IHC not done (ctDNA only); oesophageal adenocarcinoma not named in the exclusion")}
COH_B = {"UX-01": (M, "does not apply - IHC 3+ (Cohort A category)"), "UX-02": (M, "does not apply - ISH not amplified"),
         "UX-03": (N, "IHC 2+/ISH+ on re-biopsy but gastric/GEJ excluded from Cohort B"), "UX-04": (U, "IHC 2+ but ISH not done"),
         "UX-05": (M, "does not apply - IHC 0"), "UX-06": (M, "does not apply - IHC 3+ (Cohort A category)"),
         "UX-07": (M, "does not apply - no IHC 2+/ISH+ result"), "UX-08": (U, "central IHC/ISH not done (ctDNA only)")}
PART1_HEAD = {c: (N, "gastric/GEJ adenocarcinoma fits no Part 1 cohort (Cohort 7 excludes gastric cancer)") for c in GEA}
PART1_HEAD["UX-04"] = (M, "fits Part 1 Cohort 7 (rare tumours): HER2-expressing oesophageal SCC")
PART1_HEAD["UX-08"] = (U, "could fit Cohort 7 if tumour HER2 expression is shown; not yet tested in tissue")
PART2_HEAD = {c: (N, "gastric/GEJ cancer is excluded from every Part 2 cohort") for c in GEA}
PART2_HEAD["UX-04"] = (M, "does not apply - enters through Part 1 Cohort 7 (Part 2 Cohort B would need central ISH)")
PART2_HEAD["UX-08"] = (U, "Cohort A/B need central IHC/ISH, not done")
pt02 = [
    crit("inclusion", "Locally advanced, unresectable, or metastatic disease based on most recent imaging.", J(M, "advanced disease", UX_06=(M, "locally advanced unresectable"))),
    crit("inclusion", "Part 1:The respective cohorts for patient inclusion are:", PART1_HEAD),
    crit("inclusion", "Cohort 1: Biliary tract cancer", na("biliary tract cancer")),
    crit("inclusion", "Cohort 2: Bladder cancer", na("bladder cancer")),
    crit("inclusion", "Cohort 3: Cervical cancer", na("cervical cancer")),
    crit("inclusion", "Cohort 4: Endometrial cancer", na("endometrial cancer")),
    crit("inclusion", "Cohort 5: Epithelial ovarian cancer", na("epithelial ovarian cancer")),
    crit("inclusion", "Cohort 6: Pancreatic cancer", na("pancreatic cancer")),
    crit("inclusion", "Cohort 7: Rare tumors: This cohort will consist of patients with tumors that express HER2, excluding the tumors mentioned above, and breast, non-small cell lung cancer, gastric cancer, and colorectal cancer.", C7),
    crit("inclusion", "Part 2:The respective cohorts for patient inclusion are:", PART2_HEAD),
    crit("inclusion", "Cohort A: Metastatic or advanced solid tumors that are HER2 IHC 3+ (excluding breast, gastric cancer, and colorectal cancer). Patients with non-small cell lung cancer can be included.", COH_A),
    crit("inclusion", "Cohort B: Metastatic or advanced solid tumors that are HER2 IHC 2+/ISH+ any tumor type (excluding breast, gastric cancer, and colorectal cancer). Patients with non-small cell lung cancer can be included.", COH_B),
    crit("inclusion", "Cohort C: Metastatic or advanced solid endometrial cancer that is HER2 IHC 2+ or 1+.", na("endometrial cancer")),
    crit("inclusion", "Cohort D: Metastatic or advanced ovarian cancer that is HER2 IHC 2+ or 1+.", na("ovarian cancer")),
    crit("inclusion", "Cohort E: Metastatic or advanced solid cervical cancer that is HER2 IHC 2+ or 1+.", na("cervical cancer")),
    crit("inclusion", "Progressed following prior treatment or who have no satisfactory alternative treatment option.",
         {**PROG1L,
          "UX-02": (N, "untreated; standard first-line options (chemo, anti-PD-1 for MSI-H) available"),
          "UX-06": (N, "untreated; standard first-line HER2-directed therapy available")}),
    crit("inclusion", "Prior HER2 targeting therapy is permitted.", J(M, "permissive item")),
    crit("inclusion", "HER2 expression scored using current ASCO/CAP guidelines for scoring HER2 for gastric cancer.",
         J(M, "tissue HER2 scored with gastric criteria", UX_08=(U, "no tissue HER2 score (ctDNA only)"))),
    crit("inclusion", "Part 1: IHC 3+ or IHC 2+ by local or central assessment",
         {"UX-01": (M, "IHC 3+"), "UX-02": (M, "IHC 2+"), "UX-03": (M, "IHC 3+ / 2+"), "UX-04": (M, "local IHC 2+"),
          "UX-05": (N, "IHC 0"), "UX-06": (M, "IHC 3+"), "UX-07": (U, "IHC 3+ before trastuzumab, 1+ on latest re-biopsy"),
          "UX-08": (U, "no tissue IHC (ctDNA only)")}),
    crit("inclusion", "Part 2: IHC and ISH results by central assessment as pre-defined for each cohort",
         J(M, "does not apply - tumour type excluded from all Part 2 cohorts (see cohort and exclusion items)",
           UX_04=(M, "does not apply - enters through Part 1 (local IHC 2+)"),
           UX_08=(U, "central IHC/ISH not done"))),
    crit("inclusion", "Has measurable target disease assessed by the Investigator based on RECIST version 1.1.", MEAS),
    crit("inclusion", "Has protocol- defined adequate organ function including cardiac, renal and hepatic function.",
         J(U, LAB + "; LVEF alone does not settle it",
           UX_07=(N, "cardiac function not adequate: LVEF 45% with heart_failure (T-DXd protocols require LVEF >=50%)"))),
    crit("exclusion", "History of non-infectious pneumonitis/ILD that required steroids, current ILD, or where suspected ILD that cannot be ruled out by imaging at screening",
         J(M, "interstitial_lung_disease and pneumonitis not listed",
           UX_04=(U, "grade 2 nivolumab pneumonitis (2025-11) - usually steroid-treated, but steroid use and current lung status not recorded"),
           UX_07=(N, "interstitial_lung_disease listed (chronic fibrosing ILD = current ILD)"))),
    crit("exclusion", "Lung-specific intercurrent clinically significant severe illnesses",
         J(U, "lung illnesses other than ILD/pneumonitis are not case fields",
           UX_04=(U, "past pneumonitis listed; current severity not recorded"),
           UX_07=(U, "interstitial_lung_disease listed; severity not recorded (already excluded by the ILD item)"))),
    crit("exclusion", "Uncontrolled infection requiring intravenous (IV) antibiotics, antivirals, or antifungals", J(U, "current infections are not case fields")),
    crit("exclusion", "Pleural effusion, ascites or pericardial effusion that requires drainage, peritoneal shunt, or Cell-free and Concentrated Ascites Reinfusion Therapy (CART",
         J(U, "effusions/ascites are not case fields (C4)")),
    crit("exclusion", "Known Somatic DNA mutation of HER2 (ERBB2) without tumoral HER2 protein expression.",
         J(M, "tumour expresses HER2 protein (IHC >=1+), so not excluded",
           UX_05=(U, "IHC 0 (no protein expression); ERBB2 mutation status not recorded"),
           UX_08=(U, "ctDNA shows ERBB2 amplification (not a mutation); tumoral HER2 protein not tested"))),
    crit("exclusion", "Primary diagnosis of adenocarcinoma of the breast, adenocarcinoma of the colon or rectum, adenocarcinoma of the gastric body or gastro-esophageal junction, or non-small cell lung cancer for Part 1. For Part 2, patients with primary diagnosis of adenocarcinoma of the breast, adenocarcinoma of the colon or rectum, adenocarcinoma of the gastric body or gastro-esophageal junction will be excluded.",
         {"UX-01": (N, "GEJ adenocarcinoma"), "UX-02": (N, "gastric adenocarcinoma"), "UX-03": (N, "GEJ adenocarcinoma"),
          "UX-04": (M, "oesophageal squamous cell carcinoma - not a listed primary"), "UX-05": (N, "gastric adenocarcinoma"),
          "UX-06": (N, "gastric adenocarcinoma"), "UX-07": (N, "gastric adenocarcinoma"),
          "UX-08": (M, "oesophageal (non-GEJ) adenocarcinoma is not among the listed primaries (literal reading)")}),
    crit("exclusion", "Medical conditions that may interfere with the subject's participation in the study.", UNCONTROLLED),
]
write("NCT04482309",
      "DESTINY-PanTumor02 (T-DXd basket). Cohort items are alternatives: cohorts for other tumour types are 'does not "
      "apply' (met); the cohort that the patient's tumour would fall into is judged (Cohort 7 / A / B exclude gastric "
      "cancer, so stomach and GEJ cases fail them). 'Adenocarcinoma of the gastric body' is read as any gastric "
      "adenocarcinoma. Oesophageal (non-GEJ) adenocarcinoma is not named in the exclusion and is read literally as not "
      "excluded. 'Progressed following prior treatment' uses C6: perioperative therapy counts only with recurrence "
      "<=183 days later; untreated advanced disease with standard options available fails. Pneumonitis history excludes "
      "only if it required steroids, which the case fields do not state.", pt02)
