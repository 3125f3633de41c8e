import json, yaml, re
ROOT = "/work/tWQ"
C = [f"WQ-{i:02d}" for i in range(1, 9)]
norm = lambda s: " ".join(s.split())

def all_(st, r):
    return {c: (st, r) for c in C}

def mk(default, **over):
    d = dict(default)
    for k, v in over.items():
        d["WQ-" + k[1:]] = v
    return d

H = all_("met", "heading only; states no requirement of its own")
def dna(what):
    return all_("met", f"does not apply ({what}); patient has gastro-oesophageal adenocarcinoma")

MEN = {"WQ-01", "WQ-04", "WQ-05", "WQ-06"}

def build(nct, items):
    rec = json.load(open(f"{ROOT}/records/{nct}.json"))["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    crit = []
    for kind, text, j in items:
        assert norm(text) in norm(rec), (nct, text)
        assert set(j) == set(C), text
        crit.append({"kind": kind, "text": text,
                     "judgements": {c: j[c][0] for c in C},
                     "reasons": {c: j[c][1] for c in C}})
    verdicts = {}
    for c in C:
        st = [x["judgements"][c] for x in crit]
        verdicts[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    return crit, verdicts

# ---------------------------------------------------------------- NCT05067283
measurable = mk(all_("met", "measurable_disease: true"),
                w08=("not_met", "measurable_disease: false (peritoneal disease without a RECIST-measurable lesion)"))
organ = all_("unknown", "organ-function laboratory values are not in the case (C3)")
male_contra = {c: (("met", "man; contraception/sperm-donation agreement is a willingness item (C1)") if c in MEN
                   else ("met", "does not apply (male participants only); patient is a woman")) for c in C}
female_preg = {c: ("met", "does not apply (female participants only); patient is a man") for c in MEN}
female_preg.update({
    "WQ-02": ("unknown", "woman aged 34: pregnancy/breast-feeding status not given in the case (C2); contraception agreement C1"),
    "WQ-03": ("unknown", "woman aged 50 (<55): pregnancy/breast-feeding status not given in the case (C2); contraception agreement C1"),
    "WQ-07": ("met", "woman aged 72 (>=55): pregnancy not a concern (C2); contraception/test items C1"),
    "WQ-08": ("unknown", "woman aged 38: pregnancy/breast-feeding status not given in the case (C2); contraception agreement C1"),
})
KR = "KRAS G12C status is not recorded in the case"
arm_g12c = {
    "WQ-01": ("unknown", "metastatic GEJ adenocarcinoma after 1 palliative line (trastuzumab+CAPOX, progression 2026-09-22); " + KR),
    "WQ-02": ("not_met", "untreated metastatic disease: no prior line of systemic therapy for advanced disease"),
    "WQ-03": ("unknown", "recurrent (metastatic) gastric cancer after 2 palliative lines; " + KR),
    "WQ-04": ("unknown", "metastatic gastric cancer after 3 palliative lines; " + KR),
    "WQ-05": ("not_met", "locally advanced unresectable but untreated: no prior line of systemic therapy"),
    "WQ-06": ("not_met", "untreated metastatic disease: no prior line of systemic therapy"),
    "WQ-07": ("unknown", "metastatic gastric cancer after 5 palliative lines; " + KR),
    "WQ-08": ("unknown", "recurrence 161 days after the last perioperative SOX dose counts as a prior line (C6, <=183 d); " + KR),
}
washout = {
    "WQ-01": ("unknown", "last systemic dose 2026-09-22 (70 days before 2026-12-01) clears 4 weeks; radiotherapy history not recorded (C4)"),
    "WQ-02": ("unknown", "no systemic therapy given; radiotherapy history not recorded (C4)"),
    "WQ-03": ("unknown", "last dose (ramucirumab+paclitaxel) 2026-10-27, 35 days before 2026-12-01 (>4 weeks); radiotherapy not recorded (C4)"),
    "WQ-04": ("not_met", "irinotecan (chemotherapy) last dose 2026-11-16, 15 days before 2026-12-01: inside the 4-week window"),
    "WQ-05": ("unknown", "no systemic therapy given; radiotherapy history not recorded (C4)"),
    "WQ-06": ("unknown", "no systemic therapy given; radiotherapy history not recorded (C4)"),
    "WQ-07": ("unknown", "last dose (trifluridine/tipiracil) 2026-10-26, 36 days before 2026-12-01 (>4 weeks); radiotherapy not recorded (C4)"),
    "WQ-08": ("unknown", "perioperative SOX ended 2026-05-18 (>4 weeks); radiotherapy not recorded (C4)"),
}
cns = all_("met", "brain_metastases not listed, so CNS metastatic disease is known absent")
cns["WQ-06"] = ("unknown", "brain_metastases listed; whether they are clinically active (untreated/symptomatic) is not a case field")
cns["WQ-07"] = ("unknown", "brain_metastases listed; whether treated and stable is not a case field")
infection = all_("unknown", "current infection status is not recorded in the case")
viral = all_("met", "hiv, hepatitis_b and hepatitis_c not listed (known absent)")
viral["WQ-02"] = ("not_met", "hepatitis_b listed: known history of hepatitis B virus infection")
viral["WQ-04"] = ("unknown", "hepatitis_c listed, but only ACTIVE HCV excludes; HCV activity (RNA) is not a case field")
viral["WQ-06"] = ("not_met", "hiv listed: known history of HIV infection")
ild = all_("met", "interstitial_lung_disease and pneumonitis not listed; no pneumonitis toxicity recorded")
ild["WQ-01"] = ("not_met", "interstitial_lung_disease listed: history of ILD")
autoimm = all_("met", "autoimmune_disease not listed (known absent)")
autoimm["WQ-03"] = ("unknown", "autoimmune_disease listed; whether it is active and needs systemic therapy is not a case field")
autoimm["WQ-04"] = ("met", "autoimmune_disease not listed; grade 3 colitis is recorded as a treatment toxicity, not an autoimmune disease")
surgery = all_("unknown", "surgery history and recovery are not case fields (C4)")
eye = all_("unknown", "ophthalmological history (IOP, glaucoma, retinal disease) not recorded")
vaccine = all_("unknown", "vaccination history not recorded")

items_05067283 = [
    ("inclusion", "Inclusion Criteria:", H),
    ("inclusion", "For all participants:", H),
    ("inclusion", "Has measurable disease by RECIST 1.1 criteria", measurable),
    ("inclusion", "Has adequate organ function", organ),
    ("inclusion", "Male participants agree to protocol-specified contraception requirements including refraining from donating sperm and using protocol-specified contraceptives unless confirmed to be azoospermic", male_contra),
    ("inclusion", "Female participants must not be pregnant or breastfeeding, and must agree to protocol-specified contraceptive requirements and must have a negative highly sensitive pregnancy test within 24 hours (for a urine test) or 72 hours (for a serum test) before the first dose of study intervention", female_preg),
    ("inclusion", "For Arm 1", H),
    ("inclusion", "Has locally advanced unresectable or metastatic solid-tumor malignancy with histologically OR blood-based confirmation of KRAS G12C mutation who has received at least 1 line of therapy for systemic disease", arm_g12c),
    ("inclusion", "For Arm 2", H),
    ("inclusion", "Has an untreated metastatic non-small cell lung cancer (NSCLC) with histologically OR blood-based confirmation of KRAS G12C mutation and histologic confirmation of programmed cell death ligand 1 (PD-L1) tumor proportion score (TPS) ≥1%", dna("Arm 2 is for untreated NSCLC")),
    ("inclusion", "For Arm 3", H),
    ("inclusion", "Has locally advanced unresectable or metastatic solid-tumor malignancy with histologically or blood-based confirmation of KRAS G12C mutation who has received at least 1 line of therapy for systemic disease", arm_g12c),
    ("inclusion", "Expansion Group A: 2L+NSCLC", dna("heading of the NSCLC expansion group")),
    ("inclusion", "Has histologically or cytologically confirmed diagnosis of unresectable or metastatic NSCLC with histological or blood-based confirmation of KRAS G12C mutation and submits archival tumor sample", dna("Expansion Group A is NSCLC only")),
    ("inclusion", "Previous treatment failure of at least 1 line of systemic therapy", dna("read as part of Expansion Group A, 2L+ NSCLC; the line requirement for other tumours is judged in the Arm 1/3/Group B items")),
    ("inclusion", "Expansion Group B", H),
    ("inclusion", "Has locally advanced unresectable or metastatic solid-tumor malignancy, excluding NSCLC or CRC, with histologically or blood- based confirmation of KRAS G12C mutation who has received at least 1 line of therapy for systemic disease", arm_g12c),
    ("inclusion", "Arm 4 only", dna("heading of the NSCLC Arm 4")),
    ("inclusion", "Has an untreated advanced or metastatic nonsquamous NSCLC with histologically or blood-based confirmation of KRAS G12C mutation", dna("Arm 4 is untreated nonsquamous NSCLC")),
    ("inclusion", "Arm 5 only", dna("heading of the colorectal Arm 5")),
    ("inclusion", "Histologically or cytologically confirmed diagnosis of locally advanced unresectable or metastatic colorectal adenocarcinoma and with histologically or blood-based confirmation of KRAS G12C mutation", dna("Arm 5 is colorectal cancer")),
    ("inclusion", "Previous treatment failure of one or 2 previous line(s) of systemic therapy", dna("Arm 5 (colorectal) line requirement")),
    ("inclusion", "Arm 6 only", dna("heading of the colorectal Arm 6")),
    ("inclusion", "Locally advanced unresectable or metastatic colorectal adenocarcinoma with histologically or blood-based confirmation of KRAS G12C mutation", dna("Arm 6 is colorectal cancer")),
    ("exclusion", "Exclusion Criteria:", H),
    ("exclusion", "Has received chemotherapy, definitive radiation, or biological cancer therapy within 4 weeks (2 weeks for palliative radiation) before first dose of study intervention", washout),
    ("exclusion", "Has a history of second malignancy, unless potentially curative treatment has been completed with no evidence of malignancy for 5 years", all_("unknown", "other malignancies are not recorded in the case (C4)")),
    ("exclusion", "Has clinically active central nervous system (CNS) metastases and/or carcinomatous meningitis", cns),
    ("exclusion", "Has an active infection requiring systemic therapy", infection),
    ("exclusion", "Known history of HIV infection or. has a known history of Hepatitis B virus or known active Hepatitis C virus infection", viral),
    ("exclusion", "Has a history of interstitial lung disease, noninfectious pneumonitis requiring active steroid therapy, or ongoing pneumonitis", ild),
    ("exclusion", "Has an active autoimmune disease requiring systemic therapy", autoimm),
    ("exclusion", "Has not fully recovered from any effects of major surgical procedure without significant detectable infection", surgery),
    ("exclusion", "Has one or more of the following ophthalmological findings/conditions: intraocular pressure \\>21 mm Hg and/or any diagnosis of glaucoma; diagnosis of central serous retinopathy, retinal vein occlusion, or retinal artery occlusion and/or a diagnosis of retinal degenerative disease", eye),
    ("exclusion", "Has received live or live-attenuated vaccine within 4 weeks of study start", vaccine),
    ("exclusion", "Arm 4 Only", dna("heading of the Arm 4 (NSCLC, pemetrexed) exclusions")),
    ("exclusion", "Is unable to interrupt aspirin or other nonsteroidal anti-inflammatories (NSAIDs), other than an aspirin dose ≤1.3 grams per day, for at least 2 days (5 days for long-acting agents \\[for example, piroxicam\\]) before, during, and for at least 2 days after administration of pemetrexed.", dna("Arm 4 pemetrexed item, NSCLC only")),
    ("exclusion", "Is unable/unwilling to take folic acid, vitamin B12, and dexamethasone", dna("Arm 4 pemetrexed premedication, NSCLC only")),
]

# ---------------------------------------------------------------- NCT06447662
diag = {
    "WQ-01": ("met", "metastatic GEJ adenocarcinoma (solid tumour)"),
    "WQ-02": ("met", "metastatic gastric adenocarcinoma (solid tumour)"),
    "WQ-03": ("met", "recurrent (relapsed) gastric adenocarcinoma"),
    "WQ-04": ("met", "metastatic gastric adenocarcinoma"),
    "WQ-05": ("met", "locally advanced unresectable GEJ adenocarcinoma"),
    "WQ-06": ("met", "metastatic oesophageal adenocarcinoma"),
    "WQ-07": ("met", "metastatic gastric adenocarcinoma"),
    "WQ-08": ("met", "recurrent (relapsed) gastric adenocarcinoma"),
}
ecog = {c: ("met", f"ECOG {e}") for c, e in zip(C, [1, 0, 1, 1, 2, 3, 1, 1])}
ecog["WQ-05"] = ("not_met", "ECOG 2 (requires 0 or 1)")
ecog["WQ-06"] = ("not_met", "ECOG 3 (requires 0 or 1)")
meas_irr = all_("unknown", "measurable_disease: true, but whether the lesion was previously irradiated is not recorded (C4)")
meas_irr["WQ-08"] = ("not_met", "measurable_disease: false")
kras_doc = all_("unknown", "no KRAS result in the case")
exhausted = {
    "WQ-01": ("not_met", "1 prior line only; effective second-line standard therapy (ramucirumab + paclitaxel) remains"),
    "WQ-02": ("not_met", "untreated; effective first-line standard therapy (anti-PD-1 + chemotherapy for dMMR/MSI-H) is available"),
    "WQ-03": ("not_met", "2 palliative lines; approved third-line therapy (trifluridine/tipiracil, EU) and irinotecan remain"),
    "WQ-04": ("not_met", "3 lines (tislelizumab+CAPOX, ramucirumab+paclitaxel, irinotecan); apatinib (NMPA-approved >=3rd line in China) remains"),
    "WQ-05": ("not_met", "untreated; first-line HER2-directed therapy (trastuzumab + chemotherapy) is available"),
    "WQ-06": ("not_met", "untreated; first-line standard chemotherapy is available"),
    "WQ-07": ("met", "progressed on fluoropyrimidine, platinum, trastuzumab, pembrolizumab, T-DXd, ramucirumab+paclitaxel, irinotecan and trifluridine/tipiracil: standard options exhausted"),
    "WQ-08": ("not_met", "only perioperative SOX (counts as first line, C6); second-line ramucirumab + paclitaxel remains"),
}
pneum = all_("met", "interstitial_lung_disease and pneumonitis not listed; no pneumonitis toxicity recorded")
pneum["WQ-01"] = ("not_met", "interstitial_lung_disease listed (history of ILD)")
immuno = all_("met", "no immunodeficiency (hiv) or autoimmune_disease listed")
immuno["WQ-03"] = ("unknown", "autoimmune_disease listed; whether it needed steroids >10 mg prednisone or other immunosuppression in the past 2 years is not a case field")
immuno["WQ-06"] = ("not_met", "hiv listed: a diagnosis of immunodeficiency (reading choice: the treatment clause qualifies the autoimmune disease)")
neuro = {
    "WQ-01": ("met", "worst recorded neuropathy grade 1 (oxaliplatin line)"),
    "WQ-02": ("unknown", "no treatment given and no neuropathy record; neuropathy from other causes not a case field"),
    "WQ-03": ("met", "no neuropathy among the recorded toxicities of the FLOT, CAPOX and paclitaxel lines"),
    "WQ-04": ("met", "worst recorded neuropathy grade 1 (paclitaxel line)"),
    "WQ-05": ("unknown", "no treatment given and no neuropathy record; neuropathy from other causes not a case field"),
    "WQ-06": ("unknown", "no treatment given and no neuropathy record; neuropathy from other causes not a case field"),
    "WQ-07": ("met", "worst recorded neuropathy grade 1 (paclitaxel line); none recorded since"),
    "WQ-08": ("met", "no neuropathy among the recorded toxicities of perioperative SOX"),
}
gi = all_("unknown", "GI history (ulcer, bleeding, chronic diarrhoea, other unresolved conditions) is not recorded in the case")
gi["WQ-04"] = ("not_met", "grade 3 colitis on a tislelizumab-containing line (stopped for toxicity): history of immune-mediated colitis")
bleed = all_("unknown", "bleeding history (haematemesis, melaena, haemoptysis in past 6 months) not recorded")
surg_rt = all_("unknown", "dates of surgery and radiotherapy are not case fields (C4)")
sens = all_("unknown", "drug hypersensitivity/contraindication history is not a case field")
lab = all_("unknown", "laboratory values not in the case (C3)")

items_06447662 = [
    ("inclusion", "Inclusion Criteria:", H),
    ("inclusion", "Histological or cytological diagnosis of advanced, unresectable, and/or metastatic or relapsed/refractory solid tumor.", diag),
    ("inclusion", "ECOG PS 0 or 1", ecog),
    ("inclusion", "Presence of at least 1 measurable lesion based on RECIST version 1.1 that has not been previously irradiated.", meas_irr),
    ("inclusion", "Documentation of mutated KRAS gene", kras_doc),
    ("inclusion", "PDAC, CRC, Other tumor types: Confirmed KRAS mutation, any variant", all_("unknown", "'other tumor type'; no KRAS result in the case")),
    ("inclusion", "NSCLC: Confirmed KRAS mutation, any variant except previously treated G12C. If driver mutation, must have failed precision medicine therapy \\[eg, inhibitors of epidermal growth factor receptor (EGFR), anaplastic lymphoma kinase (ALK), c-ros oncogene 1 (ROS1), and others\\].", dna("NSCLC only")),
    ("inclusion", "Part 1 and Part 2a: Participant must have progressed on standard treatment(s) for which no additional, effective therapy is available.", exhausted),
    ("inclusion", "PDAC (2-3L): Participants must have received and radiologically progressed on prior lines of systemic therapy for metastatic pancreatic adenocarcinoma. If participants received prior neoadjuvant or adjuvant chemotherapy and progressed within 6 months of the last dose, then this should be considered as a prior line of systemic therapy.", dna("PDAC only")),
    ("inclusion", "NSCLC (2-3L): Participants must have received prior lines of anti-cancer treatment and progressed on at least a platinum-containing chemotherapy regimen and checkpoint inhibitor therapy; for participants with EGFR, ALK, or other genomic tumor alterations, participants must have progressed on approved therapy for these alterations.", dna("NSCLC only")),
    ("inclusion", "CRC (2-3L): Participants must have had one or two prior systemic treatment regimens for mCRC. For either one or two prior treatments, these regimens must have included a fluoropyrimidine, oxaliplatin, or irinotecan; for one prior treatment, exposure to VEGF/VEGF receptor (VEGFR) inhibitor is optional;", dna("colorectal only")),
    ("inclusion", "Other tumors: Participants, in the judgment of the investigator, must have progressed or become intolerant to all available standard therapies, or have refused such therapy.", exhausted),
    ("inclusion", "Part 2b:", dna("Part 2b cohorts are PDAC, CRC and NSCLC only")),
    ("inclusion", "PDAC (1L) Cohort A2: Participants must not have received prior chemotherapy for metastatic disease. Participant could have received neoadjuvant therapy, adjuvant therapy, or adjuvant chemo-radiotherapy, as long as relapse did not occur within 6 months of completing these forms of adjuvant treatment. If so, the relapse within 6 months would be considered a line of therapy; the participant would be considered 2L, and not 1L.", dna("PDAC cohort")),
    ("inclusion", "CRC (2-3L) Cohort B2: Participants must have had one or two prior systemic treatment regimens for mCRC. For either one or two prior treatments, these regimens must have included a fluoropyrimidine, irinotecan, oxaliplatin; for one prior treatment, exposure to a VEGF/VEGF receptor (VEGFR) inhibitor is optional.", dna("colorectal cohort")),
    ("inclusion", "CRC (1L) Cohort B3: Participants must not have had prior chemotherapy for advanced or metastatic disease. Participant could have received adjuvant chemotherapy or adjuvant chemo-radiotherapy, as long as relapse did not occur within 6 months of complete of adjuvant therapy. If so, the relapse within 6 months would be considered a line of therapy; the participant would be considered 2L, and not 1L.", dna("colorectal cohort")),
    ("inclusion", "NSCLC (1L) Cohort C2: Participants must have a TPS ≥50% and must not have received prior systemic treatment setting.", dna("NSCLC cohort")),
    ("inclusion", "NSCLC (1L) Cohort C3: Participants with any TPS and must not have received prior systemic treatment setting.", dna("NSCLC cohort")),
    ("exclusion", "Exclusion Criteria:", H),
    ("exclusion", "Active or history of pneumonitis/ILD, pulmonary fibrosis requiring treatment with systemic steroid therapy, including evidence to suggest pneumonitis/ILD on baseline assessments including imaging.", pneum),
    ("exclusion", "Diagnosis of immunodeficiency or an active autoimmune disease that require systemic treatment with chronic systemic steroid therapy (in dosing exceeding 10 mg daily of prednisone equivalent) or any other form of immunosuppressive therapy in the past 2 years.", immuno),
    ("exclusion", "Sensory peripheral neuropathy ≥Grade 2", neuro),
    ("exclusion", "Active or history of clinically significant gastrointestinal (GI) disease (including but not limited to inflammatory GI disease \\[eg, ulcerative colitis, Crohn's disease, inflammatory bowel disease\\], immune-mediated colitis, peptic ulcer disease, GI bleeding, chronic diarrhea) and other conditions that are unresolved and/or may increase the risk associated with study participation or study treatment administration.", gi),
    ("exclusion", "Active bleeding disorder, including GI bleeding, as evidenced by hematemesis, significant hemoptysis or melena in the past 6 months.", bleed),
    ("exclusion", "Major surgery or completion of radiation therapy ≤4 weeks prior to enrollment/randomization or radiation therapy that included \\>30% of the bone marrow.", surg_rt),
    ("exclusion", "Known sensitivity or contraindication to any component of study intervention (PF 07934040, gemcitabine, nab-paclitaxel, cetuximab, bevacizumab, FOLFOX, 5-FU, pembrolizumab, cisplatin, carboplatin, pemetrexed, SHP2 inhibitor(s), cyclin-dependent kinase (CDK) inhibitor(s), antibody drug conjugates (ADCs) or EGFR inhibitor(s)).", sens),
    ("exclusion", "Hematologic abnormalities.", lab),
    ("exclusion", "Renal impairment.", lab),
    ("exclusion", "Hepatic abnormalities.", lab),
]

notes = {
"NCT05067283": (
  "Phase 1 MK-1084 (KRAS G12C inhibitor) basket. Gastro-oesophageal adenocarcinoma can enter only Arm 1, Arm 3 or "
  "Arm 3 Expansion Group B (any solid tumour with KRAS G12C after >=1 line); NSCLC (Arms 2, 4, Group A) and colorectal "
  "(Arms 5, 6) items are 'does not apply'. The case format has no KRAS field, so KRAS G12C is unknown for every case; "
  "untreated patients fail the >=1-line requirement outright. Headings are separate items, judged met. 'Previous "
  "treatment failure of at least 1 line' is read as part of Expansion Group A (the group labels trail the preceding "
  "bullet in this record). Perioperative therapy counts as a line when recurrence <=183 days (C6). The 4-week washout "
  "is counted from the last recorded systemic dose to 2026-12-01; radiotherapy is not a case field, so the item is at "
  "best unknown. Absent brain_metastases is taken to rule out CNS disease including carcinomatous meningitis. "
  "Controlled HIV is judged under the HIV item, not as 'active infection'. Hepatitis C excludes only when active, "
  "which the case does not state."),
"NCT06447662": (
  "Phase 1 PF-07934040 (KRAS inhibitor) with combinations. Gastro-oesophageal adenocarcinoma is an 'other tumor type' "
  "and can enter only Part 1/2a; Part 2b cohorts (PDAC, CRC, NSCLC) are 'does not apply'. KRAS mutation is unknown for "
  "all cases (no case field). 'No additional effective therapy available' is judged against standard options in the "
  "patient's region (e.g. ramucirumab+paclitaxel at 2L, trifluridine/tipiracil or irinotecan at 3L; apatinib in CN). "
  "HIV is read as a 'diagnosis of immunodeficiency' (the steroid/immunosuppression clause read as qualifying the "
  "autoimmune disease); a colleague could read it as qualifying both. Grade 3 colitis on an anti-PD-1 line counts as "
  "history of immune-mediated colitis. Neuropathy: the recorded toxicities of neurotoxic lines are taken as the "
  "neuropathy record; untreated patients stay unknown. 'Measurable lesion not previously irradiated' is unknown when "
  "measurable because radiotherapy is not a case field. Lab items are unknown (C3)."),
}

for nct, items in (("NCT05067283", items_05067283), ("NCT06447662", items_06447662)):
    crit, verdicts = build(nct, items)
    out = {"nct_id": nct, "reviewer_note": notes[nct], "verdicts": verdicts, "criteria": crit}
    with open(f"{ROOT}/WQ/{nct}.yaml", "w") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=120)
    print(nct, verdicts, len(crit))
