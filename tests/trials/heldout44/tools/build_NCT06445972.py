from build_common import *
I, E = "inclusion", "exclusion"
cr = []
cr.append(C(I, "Has histologically and/or cytologically confirmed diagnosis of previously treated, second line (2L) (received first line (1L) treatment) gastric adenocarcinoma, gastroesophageal junction adenocarcinoma, or esophageal adenocarcinoma",
    (U, "-"),
    c1=(N, "treatment-naive (would be first line)"), c7=(N, "treatment-naive (would be first line)"),
    c8=(N, "no 1L treatment: perioperative FLOT ended ~3 years before recurrence, not a line (C6)"),
    c2=(M, "gastric adenocarcinoma after one line (1L pembrolizumab + trastuzumab + CAPOX): second line"),
    c3=(M, "gastric adenocarcinoma; perioperative FLOT with recurrence after 40 days counts as 1L (C6): second line"),
    c4=(M, "gastric adenocarcinoma after one line (nivolumab + CAPOX): second line"),
    c5=(N, "two prior lines: would be third line, not 2L"),
    c6=(N, "four prior lines: would be fifth line, not 2L")))
cr.append(C(I, "Has metastatic disease or locally advanced, unresectable disease", (M, "metastatic disease"),
    c3=(M, "recurrent disease after gastrectomy (advanced)"), c8=(M, "recurrent disease after gastrectomy (advanced)"),
    c7=(M, "locally advanced unresectable")))
cr.append(C(I, "Has experienced documented objective radiographic or clinical disease progression during or after 1L therapy containing any platinum/fluoropyrimidine doublet with or without immunotherapy",
    (U, "-"),
    c1=(N, "no prior therapy"), c7=(N, "no prior therapy"),
    c8=(N, "no 1L therapy for advanced disease (late recurrence after perioperative FLOT)"),
    c2=(M, "progressed on 1L capecitabine + oxaliplatin (+ pembrolizumab, trastuzumab)"),
    c3=(M, "recurred 40 days after oxaliplatin/fluorouracil-containing FLOT, counted as 1L (C6)"),
    c4=(M, "progressed on 1L capecitabine + oxaliplatin + nivolumab"),
    c5=(M, "progressed on 1L FOLFOX + nivolumab"),
    c6=(M, "progressed on 1L capecitabine + oxaliplatin + trastuzumab")))
cr.append(C(I, "Tumor tissue must be confirmed as negative for HER2 expression (IHC 0/1+ or IHC2+/in situ hybridization negative) as classified by American Society of Clinical Oncology/College of American Pathologists (ASCO-CAP) guidelines",
    (U, "-"),
    c1=(N, "HER2 IHC 3+ (positive)"), c6=(N, "HER2 IHC 2+ with ISH amplified (positive)"), c8=(N, "HER2 IHC 3+ (positive)"),
    c2=(M, "latest tissue (re-biopsy 2026-11-04) IHC 1+ = HER2-negative (HER2 loss after trastuzumab)"),
    c3=(M, "IHC 2+ / ISH not amplified"), c4=(M, "IHC 0"), c7=(M, "IHC 0"),
    c5=(M, "tissue IHC 1+ (plasma ctDNA ERBB2 amplification is not a tissue result)")))
cr.append(C(I, "Can provide a core/excisional biopsy of a tumor lesion not previously irradiated (collected from a biopsy performed after the most recent systemic anticancer therapy regimen)",
    (M, "study-procedure item (C1)"),
    c2=(M, "post-progression biopsy 2026-11-04, after the end of 1L (2026-10-14)")))
AE = dict(c4=(U, "grade 2 neuropathy recorded during 1L; current grade not stated"),
          c6=(U, "grade 2 pneumonitis recorded (2025); resolution not stated"),
          c1=(M, "does not apply - no previous anticancer therapy"), c7=(M, "does not apply - no previous anticancer therapy"))
cr.append(C(I, "AEs due to previous anticancer therapies must be ≤Grade 1 or baseline (except alopecia and vitiligo). Endocrine-related AEs adequately treated with hormone replacement are acceptable",
    (M, "no toxicities recorded for prior therapy"), **AE))
cr.append(C(I, "Has Eastern Cooperative Oncology Group performance status of 0 or 1", (M, "ECOG 0-1"),
    c4=(N, "ECOG 2"), c8=(N, "ECOG 3")))
cr.append(C(I, "Has a life expectancy of at least 3 months", (U, "life expectancy not assessable from case (C2)")))
cr.append(C(I, "Participants who are hepatitis B surface antigen (HBsAg) positive are eligible if they have received Hepatitis B Virus (HBV) antiviral therapy for at least 4 weeks, and have undetectable HBV viral load prior to allocation/randomization",
    (M, "does not apply - no hepatitis B"), c4=(U, "hepatitis B listed; antiviral therapy and HBV viral load not in case fields")))
cr.append(C(I, "Participants with history of Hepatitis C Virus (HCV) infection are eligible if HCV viral load is undetectable at screening",
    (M, "does not apply - no hepatitis C"), c2=(U, "hepatitis C listed; HCV viral load not in case fields")))
cr.append(C(I, "Human Immunodeficiency Virus (HIV)-infected participants must have well controlled HIV on antiretroviral therapy",
    (M, "does not apply - no HIV"), c7=(U, "HIV listed; ART and control not in case fields")))

cr.append(C(E, "Has squamous cell or undifferentiated gastroesophageal cancer", (M, "adenocarcinoma")))
cr.append(C(E, r"Has experienced weight loss \>20% over 3 months before the first dose of study intervention", (U, "weight history not in case fields")))
cr.append(C(E, "Has history of documented severe dry eye syndrome, severe Meibomian gland disease and/or blepharitis, or severe corneal disease that prevents/delays corneal healing", (U, "ocular history not in case fields")))
NEU_NONE = "no neuropathy recorded in the toxicities of prior chemotherapy"
cr.append(C(E, "Has Grade ≥2 peripheral neuropathy", (M, NEU_NONE),
    c1=(M, "treatment-naive; no neuropathy recorded"), c7=(M, "treatment-naive; no neuropathy recorded"),
    c4=(U, "grade 2 peripheral neuropathy recorded during 1L CAPOX; current grade not stated")))
cr.append(C(E, "Has active inflammatory bowel disease requiring immunosuppressive medication or previous history of inflammatory bowel disease",
    (M, "no autoimmune disease listed (IBD falls under autoimmune_disease)"),
    c8=(U, "autoimmune disease listed; its type (IBD or not) not in case fields")))
cr.append(C(E, "Has a serious or nonhealing wound or peptic ulcer or bone fracture within 28 days prior to allocation/randomization", (U, "wounds/ulcers/fractures not in case fields")))
cr.append(C(E, "Has a bowel obstruction, history or presence of inflammatory enteropathy or extensive intestinal resection (hemicolectomy or extensive small intestine resection with chronic diarrhea)",
    (U, "bowel obstruction and intestinal surgery not in case fields (C4)")))
cr.append(C(E, "Has uncontrolled, significant cardiovascular disease or cerebrovascular disease",
    (U, "no heart failure listed; other cardiovascular/cerebrovascular disease not in case fields"),
    c8=(U, "heart failure listed with LVEF 42%; whether uncontrolled not in case fields")))
cr.append(C(E, "Has experienced any arterial thrombotic event, including myocardial infarction, unstable angina, cerebrovascular accident, or transient ischemic attack, within 6 months prior to allocation/randomization", (U, "arterial events not in case fields")))
cr.append(C(E, "Has uncontrolled arterial hypertension ≥150/≥90 mm mercury (Hg)", (U, "blood pressure not in case fields")))
cr.append(C(E, "Has accumulation of pleural, ascitic, or pericardial fluid requiring drainage or diuretic drugs within 2 weeks prior to enrollment", (U, "effusions/ascites not in case fields (C4)")))
cr.append(C(E, "Has undergone major surgery within 28 days prior to allocation/randomization, or central venous access device placement within 7 days prior to allocation/randomization or planned major surgery following initiation of study treatment",
    (U, "surgery and venous access dates not in case fields (C4)")))
cr.append(C(E, "Is receiving therapeutic anticoagulation with warfarin, low-molecular weight heparin or similar agents", (U, "concomitant medication not in case fields")))
cr.append(C(E, "Is receiving chronic therapy with nonsteroidal anti-inflammatory agents or other antiplatelet agents", (U, "concomitant medication not in case fields")))
cr.append(C(E, "Has a history of deep vein thrombosis, pulmonary embolism, or any other significant thromboembolism during the 3 months prior to allocation/randomization", (U, "thromboembolic history not in case fields")))
cr.append(C(E, "Has significant bleeding disorders, vasculitis, or had a significant bleeding episode from the gastrointestinal (GI) tract within 3 months prior to study entry", (U, "bleeding history not in case fields")))
cr.append(C(E, "Has history of GI perforation and/or fistulae within 6 months prior to allocation/randomization", (U, "perforation/fistula history not in case fields (C4)")))
cr.append(C(E, "HIV-infected participants with a history of Kaposi's sarcoma and/or Multicentric Castleman's Disease",
    (M, "does not apply - no HIV"), c7=(U, "HIV listed; Kaposi's sarcoma/Castleman's history not in case fields")))
cr.append(C(E, "Has received prior treatment with a trophoblast cell-surface antigen 2 (TROP2)- or HER3-targeted agent, topoisomerase 1 inhibitor-based ADC and/or a topoisomerase 1 inhibitor-based chemotherapy, or any previous systemic therapy targeting vascular endothelial growth factor (VEGF) or the vascular endothelial growth factor receptor (VEGFR) signaling pathways",
    (M, "no TROP2/HER3 agent, topoisomerase-1 ADC or chemotherapy, or VEGF/VEGFR agent in treatment history"),
    c5=(N, "prior ramucirumab (anti-VEGFR2) in 2L"),
    c6=(N, "prior trastuzumab deruxtecan (topoisomerase-1 inhibitor ADC) and ramucirumab (anti-VEGFR2)")))
cr.append(C(E, "Has received prior systemic anticancer therapy within 4 weeks before the first dose of study intervention",
    (M, "-"), c1=(M, "no prior systemic therapy"), c7=(M, "no prior systemic therapy"),
    c2=(M, "last systemic therapy ended 2026-10-14 (48 days)"), c3=(M, "last systemic therapy ended 2026-09-10 (82 days)"),
    c4=(M, "last systemic therapy ended 2026-09-28 (64 days)"), c5=(M, "last systemic therapy ended 2026-10-22 (40 days)"),
    c6=(N, "disitamab vedotin ended 2026-11-05, 26 days (<4 weeks) before 2026-12-01"),
    c8=(M, "last systemic therapy ended 2023-06-22")))
cr.append(C(E, "Has received prior radiotherapy within 2 weeks of start of study intervention, or has radiation-related toxicities, requiring corticosteroids", (U, "radiotherapy history not in case fields (C4)")))
cr.append(C(E, "Has received a live or live-attenuated vaccine within 30 days before the first dose of study intervention. Administration of killed vaccines is allowed", (U, "vaccination history not in case fields")))
cr.append(C(E, "Has received an investigational agent or has used an investigational device within 4 weeks prior to study intervention administration",
    (M, "treatment history contains only approved agents; none investigational")))
cr.append(C(E, "Has known additional malignancy that is progressing or has required active treatment within the past 3 years. Basal cell carcinoma of the skin, squamous cell carcinoma of the skin, or carcinoma in situ, excluding carcinoma in situ of the bladder, that have undergone potentially curative therapy are not excluded",
    (U, "other malignancies not in case fields (C4)")))
cr.append(C(E, "Has known active central nervous system metastases and/or carcinomatous meningitis", (M, "brain_metastases not among conditions"),
    c5=(U, "brain metastases listed; whether active not in case fields"), c6=(U, "brain metastases listed; whether active not in case fields")))
cr.append(C(E, "Has an active infection requiring systemic therapy", (U, "current infections not in case fields"),
    c7=(U, "HIV on therapy is addressed by the HIV inclusion item; other active infections not in case fields")))
cr.append(C(E, "Has concurrent active Hepatitis B (defined as HBsAg positive and/or detectable HBV deoxyribonucleic acid) and Hepatitis C virus (defined as anti-HCV antibody positive and detectable HCV ribonucleic acid) infection",
    (M, "neither hepatitis B nor C listed"),
    c2=(M, "hepatitis C only (no hepatitis B), so no concurrent HBV+HCV infection"),
    c4=(M, "hepatitis B only (no hepatitis C), so no concurrent HBV+HCV infection")))
cr.append(C(E, "History of (noninfectious) pneumonitis/interstitial lung disease that required steroids or has current pneumonitis/interstitial lung disease, or where suspected ILD or pneumonitis cannot be ruled out by imaging at screening",
    (M, "no interstitial_lung_disease or pneumonitis among conditions"),
    c6=(N, "grade 2 pneumonitis on T-DXd (2025): grade >=2 drug pneumonitis requires corticosteroids; pneumonitis listed"),
    c8=(N, "interstitial lung disease listed: current (chronic) non-infectious ILD")))
cr.append(C(E, "Has severe hypersensitivity (Grade ≥3) to MK-2870, or HER3-DXd, any of their excipients, and/or to another biologic therapy",
    (U, "allergy history not in case fields")))
cr.append(C(E, "Has not adequately recovered from major surgery or have ongoing surgical complications",
    (U, "surgical history/recovery not in case fields (C4)"),
    c3=(U, "perioperative therapy implies gastrectomy in 2026; recovery/complications not in case fields")))

note = """
Umbrella substudy 06D (sacituzumab tirumotecan or HER3-DXd with ramucirumab/paclitaxel, second line, HER2-negative).
Reading choices: (1) '2L' read strictly: exactly one prior line for advanced disease; perioperative therapy with
recurrence <=183 days counts as that line (C6, UT-03), late recurrence does not (UT-08). Third-line and later patients
(UT-05, UT-06) are not_met. (2) HER2-negative judged on the latest tissue result: UT-02's post-trastuzumab IHC 1+
re-biopsy qualifies; UT-05's ctDNA ERBB2 amplification is not tissue and does not override IHC 1+. (3) The biopsy item
is a study procedure (C1) -> met. (4) T-DXd is a topoisomerase-1 inhibitor ADC; disitamab vedotin (MMAE payload) is not;
ramucirumab is anti-VEGFR2. (5) Grade 2 drug pneumonitis taken as steroid-requiring; listed ILD taken as current.
(6) IBD taken as covered by the autoimmune_disease vocabulary item. (7) The introductory line 'The main inclusion/
exclusion criteria include but are not limited to the following:' is not a requirement and is not listed as an item.
"""
print(write("NCT06445972", note, cr))
