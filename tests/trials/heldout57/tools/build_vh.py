#!/usr/bin/env python3
"""Write VH/<NCT>.yaml from the hand-made judgement tables below (reviewer's own script)."""
import os, yaml
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = [f"VH-{i:02d}" for i in range(1, 9)]

def J(default, **over):
    """default: (status, reason); over: c01=(status, reason) ..."""
    out = {}
    for c in C:
        k = "c" + c[-2:]
        out[c] = over.get(k, default)
    return out

HEAD = ("met", "heading only; the requirements are judged in the items under it")
C1 = ("met", "consent/compliance/study-procedure item (C1)")
LAB = ("unknown", "laboratory value not in the case (C3)")
PREG = J(("met", "man (C2)"), c01=("unknown", "woman aged 44; pregnancy/breast-feeding status not recorded (C2)"),
         c04=("met", "woman aged 71 (C2)"), c07=("met", "woman aged 62 (C2)"))
ALLUNK = lambda r: J(("unknown", r))
ALLMET = lambda r: J(("met", r))

def verdicts(crit):
    v = {}
    for c in C:
        st = [cr["judgements"][c] for cr in crit]
        v[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    return v

def write(nct, note, items):
    crit = []
    for kind, text, jr in items:
        crit.append({"kind": kind, "text": text,
                     "judgements": {c: jr[c][0] for c in C},
                     "reasons": {c: jr[c][1] for c in C}})
    d = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts(crit), "criteria": crit}
    os.makedirs(os.path.join(ROOT, "VH"), exist_ok=True)
    with open(os.path.join(ROOT, "VH", nct + ".yaml"), "w") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=1000)
    return d

I, E = "inclusion", "exclusion"
ALL = {}

# ---------------------------------------------------------------- NCT05176665 EMB-01
OR_ALT = ALLUNK("one of four OR alternatives (cMET/EGFR); no cMET or EGFR result in the case")
ALL["NCT05176665"] = write("NCT05176665",
 "EMB-01 (EGFR x cMET bispecific) phase Ib/II in advanced GI cancers after standard therapy. Tumour types "
 "are gastric, HCC, BTC and CRC: I read GEJ adenocarcinoma as gastric cancer (usual trial convention) but "
 "oesophageal adenocarcinoma and oesophageal SCC as outside the listed types. The four molecular "
 "pre-screening items are OR alternatives, each judged as the OR (unknown: no cMET/EGFR data in any case). "
 "The resistance-alteration exclusion is read as excluding documented ERBB2/HER2 amplification (ISH or "
 "ctDNA); HER2 IHC 0/1+/2+-ISH-negative is not such an alteration, but other genes (KRAS etc.) are never "
 "recorded, so it stays unknown for HER2-non-amplified cases. 'Failed all standard therapy' is judged from "
 "the regimens given versus guideline options for the site. Washouts are computed to 2026-12-01.",
 [
 (I, "Molecular Pre-screening Inclusion criteria", J(HEAD)),
 (I, "cMET amplification in tumor sample; OR", OR_ALT),
 (I, "cMET overexpression in tumor sample; OR", OR_ALT),
 (I, "EGFR overexpression in tumor sample; OR", OR_ALT),
 (I, "Other EGFR or cMET gene alteration in blood sample (circulating tumor DNA, ctDNA).", OR_ALT),
 (I, "In Phase II, CRC patients must provide blood sample for NGS test, but may not provide tumor samples at prescreening visit.",
  ALLMET("does not apply: colorectal-cancer clause (C7)")),
 (I, "CRC patients don't need to meet the above criteria of EGFR/cMET amplification, overexpression or gene aberration.",
  ALLMET("does not apply: colorectal-cancer clause (C7)")),
 (I, "Screening Inclusion Criteria", J(HEAD)),
 (I, "Able to understand and willing to sign the Informed Consent Form (ICF).", J(C1)),
 (I, "Histologically/cytologically confirmed advanced/metastatic gastric cancer, HCC, BTC, and colorectal cancer with measurable disease (RECIST V1.1). To be eligible, patients must meet following criteria:",
  J(("met", "metastatic gastric adenocarcinoma, measurable"),
    c02=("met", "metastatic GEJ adenocarcinoma (read as gastric), measurable"),
    c03=("met", "locally advanced unresectable GEJ adenocarcinoma (read as gastric, advanced), measurable"),
    c04=("not_met", "resectable disease: not advanced/metastatic"),
    c05=("not_met", "oesophageal adenocarcinoma is not one of the listed tumour types"),
    c06=("not_met", "oesophageal squamous cell carcinoma is not one of the listed tumour types"),
    c07=("met", "recurrent metastatic gastric adenocarcinoma, measurable"),
    c08=("met", "recurrent metastatic GEJ adenocarcinoma (read as gastric), measurable"))),
 (I, "Have failed all standard of care therapies known to confer clinical benefit. Patients who is not tolerable on standard of care therapies, or no standard of care therapies available, or refused standard of care therapies are eligible.",
  J(("not_met", "no palliative systemic therapy yet; standard first-line therapy not given"),
    c01=("met", "progressed on zolbetuximab-FOLFOX, ramucirumab-paclitaxel and trifluridine/tipiracil: guideline lines for HER2-0 disease used up"),
    c02=("not_met", "one line only; standard second-line options (T-DXd, ramucirumab-paclitaxel) not given"),
    c03=("not_met", "only S-1 (setting not recorded); no palliative first-line therapy given"),
    c05=("not_met", "trifluridine/tipiracil and irinotecan not yet given"),
    c08=("unknown", "four lines incl. irinotecan (grade 3 diarrhoea = intolerance); T-DXd never given and HER2 now 1+ on re-biopsy, so whether it remains a standard option is for the investigator"))),
 (I, "Have measurable disease as defined by RESIST v 1.1.",
  J(("met", "measurable_disease true"), c04=("unknown", "measurable_disease not recorded"))),
 (I, "Archival tumor tissue (formalin-fixed or paraffin-embedded, collected within 1 year) or a new biopsy collected in the molecular pre-screening visit.",
  J(("met", "tumour tissue tested within the last year"),
    c01=("unknown", "last tissue 2025-05 (>1 year); needs a new biopsy, feasibility not recorded"),
    c05=("unknown", "last tissue 2025-10-22 (>1 year); needs a new biopsy, feasibility not recorded"),
    c08=("unknown", "last tissue 2025-07-02 (>1 year); needs a new biopsy, feasibility not recorded"))),
 (I, "Must have adequate organ function.", J(LAB)),
 (I, "Regarding prior anti-tumor therapy:", J(HEAD)),
 (I, "Patients who have received any anticancer drugs approved or investigational, including chemotherapy, immune therapy, hormonal therapy (Exceptions: hormone-replacement therapy, testosterone or oral contraceptives), biologic therapy, must have stopped treatment at least 4 weeks or within 5 half -lives whichever shorter before first dose of EMB-01.",
  J(("met", "no prior anticancer drug"),
    c01=("met", "last dose 2026-10-26, 36 days before 2026-12-01"),
    c02=("met", "last dose 2026-10-20, 42 days before 2026-12-01"),
    c03=("met", "S-1 ended 2026-06-26"),
    c05=("not_met", "ramucirumab/paclitaxel ended 2026-11-05, 26 days (<4 weeks; ramucirumab 5 half-lives longer) before 2026-12-01"),
    c07=("met", "perioperative chemotherapy ended 2023-08-30"),
    c08=("not_met", "irinotecan ongoing"))),
 (I, "Local radiotherapy or radiation therapy for bone metastases must have stopped 2 weeks before first dose of EMB-01. No therapeutic radiopharmaceuticals are taken within 8 weeks before first dose of EMB-01.",
  ALLUNK("radiotherapy not recorded in the case fields (C4)")),
 (I, "Patients who have received prior targeted therapies must have stopped treatment for at least 4 weeks or within 5 half-lives, whichever is shorter before first dose of EMB-01.",
  J(("met", "no prior targeted therapy"),
    c01=("met", "zolbetuximab ended 2026-01-12, ramucirumab 2026-07-20"),
    c02=("met", "trastuzumab/pembrolizumab ended 2026-10-20 (42 days)"),
    c05=("not_met", "ramucirumab ended 2026-11-05, 26 days before 2026-12-01"),
    c08=("met", "trastuzumab ended 2025-06-16, ramucirumab 2026-01-20"))),
 (I, "Female patient with fertility or male patient whose partner has fertility should use one or more contraceptive methods for contraception starting from screening period and continue throughout the study treatment and for 3 months.",
  J(("met", "contraception item (C1)"))),
 (I, "ECOG score ≤1.",
  J(("met", "ECOG 1"), c04=("met", "ECOG 0"), c05=("not_met", "ECOG 2"), c07=("not_met", "ECOG 3"), c08=("not_met", "ECOG 2"))),
 (E, "Molecular Pre-screening Exclusion Criteria", J(HEAD)),
 (E, "Subject who meets any of the following criteria can't be proceeded to clinical screening:", J(HEAD)),
 (E, "Patients who are unwilling to sign the molecular pre-screening ICF.", J(C1)),
 (E, "Patients for whom the results of central laboratory testing do not meet the molecular pre-screening inclusion criteria.",
  ALLUNK("no central cMET/EGFR result")),
 (E, r"Patients with a documented gene alteration including but not limited to HER2, KRAS, NRAS, BRAF, NTRK, ALK, RET, ROS1, and FGFR, etc. that is known to confer resistance to EGFR and/or cMET inhibitors.\* \* In Phase II, CRC patients with activated KRAS, NRAS or BRAF mutation should be excluded, but patients with other gene alterations do not need to be excluded.",
  J(("unknown", "HER2 not amplified, but KRAS/NRAS/BRAF/FGFR etc. never recorded"),
    c02=("not_met", "documented HER2 amplification (ISH ratio 4.2)"),
    c03=("not_met", "documented ERBB2 amplification in ctDNA"),
    c05=("not_met", "documented HER2 amplification (ISH 3.5; ctDNA ERBB2 amplified)"),
    c06=("unknown", "no genomic/HER2 testing recorded"),
    c07=("not_met", "documented HER2 amplification (ISH ratio 2.9)"),
    c08=("not_met", "documented HER2 amplification (ISH 3.1, 2024); later IHC 1+ does not remove it"))),
 (E, "Screening Exclusion Criteria", J(HEAD)),
 (E, r"Life expectancy \< 3 months.", ALLUNK("life expectancy not assessable from the case (C2)")),
 (E, "Patients with primary central nervous system (CNS) malignancy or symptomatic CNS (leptomeningeal or brain) metastases are not allowed. Patients with asymptomatic CNS metastases are eligible.",
  J(("met", "brain_metastases not listed (known absent); no primary CNS tumour"),
    c07=("unknown", "brain metastases present; symptoms not recorded in fields"),
    c08=("unknown", "brain metastases present; symptoms not recorded in fields"))),
 (E, "Pregnant or nursing females.", PREG),
 (E, "Patients who have had major surgery within the 28 days from the screening. Surgical wounds must be completely healed.",
  ALLUNK("surgery dates not recorded in the case fields (C4)")),
 (E, "Any other serious underlying medical (e.g. uncontrolled diabetes mellitus, active uncontrolled infection, active gastric ulcer, uncontrolled seizures, cerebrovascular incidents, gastrointestinal bleeding, severe signs and symptoms of coagulation and clotting disorders, cardiac conditions), psychiatric, psychological, familial or geographical condition that, in the judgment of the investigator, may interfere with the planned staging, treatment and follow-up, affect patient compliance or place the patient at high risk from treatment-related complications.",
  J(("unknown", "composite (diabetes, ulcer, bleeding, psychiatric...) not all known absent (C4)"),
    c03=("unknown", "heart failure with LVEF 40%: investigator judgement; other parts unknown"),
    c08=("unknown", "ongoing grade 3 diarrhoea: investigator judgement; other parts unknown"))),
 ])

# ---------------------------------------------------------------- NCT05187182 CA-4948
NOADV = ("not_met", "prior palliative systemic therapy for advanced disease")
ALL["NCT05187182"] = write("NCT05187182",
 "CA-4948 + FOLFOX/PD-1 +/- trastuzumab, phase I, first-line unresectable/metastatic gastric, GEJ or "
 "oesophageal adenocarcinoma or SCC. Cohorts: escalation and expansion A = HER2-negative (FOLFOX/nivolumab); "
 "expansion B = HER2-positive (FOLFOX/pembrolizumab/trastuzumab). Cohort-specific clauses are 'does not "
 "apply' for patients who would go to another cohort (C7). Permissive sub-bullets (prior FOLFOX cycles, "
 "neoadjuvant therapy, chemoradiation) cannot exclude by themselves. Radiotherapy is not a case field, so "
 "radiation-timing items are unknown. VH-03's S-1 has no line/setting, so whether it was treatment for "
 "advanced disease is unknown; his ctDNA ERBB2 amplification would route him to cohort B, where LVEF 40% "
 "is below the lower limit of normal.",
 [
 (I, "Advanced unresectable or metastatic histologically or cytologically confirmed adenocarcinoma or squamous cell carcinoma of the stomach, gastroesophageal junction, or esophagus",
  J(("met", "metastatic/recurrent adenocarcinoma of stomach/GEJ/oesophagus"),
    c03=("met", "locally advanced unresectable GEJ adenocarcinoma"),
    c04=("not_met", "resectable disease"),
    c06=("met", "metastatic oesophageal squamous cell carcinoma"))),
 (I, "Measurable or evaluable disease defined by RECIST 1.1.",
  J(("met", "measurable_disease true"), c04=("unknown", "measurable_disease not recorded"))),
 (I, "Lesions amenable to research biopsy. This criteria can be waived by the PI after documented discussion with the treating physician.",
  J(("met", "study-procedure item, waivable by the PI (C1)"))),
 (I, "Known HER2 status if histology is adenocarcinoma prior to enrollment; results from local CLIA laboratory is acceptable.",
  J(("met", "HER2 status known from tissue IHC/ISH"),
    c03=("unknown", "HER2 known only from plasma ctDNA; no tissue IHC/ISH"),
    c06=("met", "does not apply: squamous cell carcinoma"))),
 (I, "For Dose Escalation, patients are required to have documented HER2 negative cancer.",
  J(("met", "documented HER2-negative (IHC 0 / 1+ / 2+ ISH-negative)"),
    c02=("met", "does not apply: HER2-positive, expansion cohort B route"),
    c03=("met", "does not apply: ctDNA ERBB2-amplified, HER2-positive cohort B route"),
    c05=("met", "does not apply: HER2-positive, expansion cohort B route"),
    c06=("met", "does not apply: squamous histology, HER2 not required"),
    c07=("met", "does not apply: HER2-positive, expansion cohort B route"),
    c08=("met", "latest HER2 IHC 1+ (2025); escalation clause not decisive for him"))),
 (I, "For Dose Expansion, patients will be enrolled to either HER2 positive or negative cohorts at the time of enrollment",
  ALLMET("cohort allocation statement; no requirement beyond HER2 status")),
 (I, "No prior systemic treatment for unresectable/advanced gastric, GEJ, or esophageal cancer.",
  J(NOADV, c03=("unknown", "S-1 given 2026-05/06 with no line/setting recorded; could be chemoradiation (allowed) or palliative"),
    c04=("met", "no systemic treatment"), c06=("met", "no systemic treatment"),
    c07=("met", "only perioperative FLOT in 2023; untreated since recurrence"))),
 (I, r"Neoadjuvant or adjuvant systemic therapy is allowed; however, surgical resection and adjuvant chemotherapy should have been \> 3 months from planned C1D1.",
  J(("met", "does not apply: no neoadjuvant/adjuvant therapy"),
    c03=("met", "S-1 ended 2026-06-26, >3 months before 2026-12-01"),
    c07=("met", "perioperative FLOT ended 2023-08-30, >3 months"),
    c08=("met", "perioperative FLOT ended 2024-07-19, >3 months"))),
 (I, "Up to two prior cycles of FOLFOX is allowed.", ALLMET("permissive clause; cannot exclude")),
 (I, r"Definitive chemoradiation is allowed if the last date of chemotherapy or radiation (whichever is more recent) is \> 3 months from planned C1D1.",
  J(("met", "does not apply: no chemoradiation (no systemic therapy of undefined setting)"),
    c03=("unknown", "S-1 ended 2026-06-26 (>3 months) but radiation dates are not case fields"))),
 (I, r"Prior palliative radiation therapy, including brain radiation, in the unresectable setting is allowed, but the last treatment date should be \>10 days from planned C1D1.",
  ALLUNK("radiotherapy not recorded in the case fields (C4)")),
 (I, "At least 18 years of age", ALLMET("adult")),
 (I, "ECOG performance status 0 or 1",
  J(("met", "ECOG 1"), c04=("met", "ECOG 0"), c05=("not_met", "ECOG 2"), c07=("not_met", "ECOG 3"), c08=("not_met", "ECOG 2"))),
 (I, "Normal bone marrow and organ function as defined below:", J(LAB)),
 (I, "Absolute neutrophil count ≥ 1.5 K/cumm", J(LAB)),
 (I, "Platelets ≥ 100 K/cumm", J(LAB)),
 (I, "Hemoglobin ≥ 9.0 g/dL", J(LAB)),
 (I, "Total bilirubin ≤ 1.5 x IULN or ≤ 3 x IULN in patients with documented Gilbert's syndrome", J(LAB)),
 (I, "AST(SGOT)/ALT(SGPT) ≤ 2.0 x IULN, unless there are liver metastases in which case AST and ALT ≤ 5.0 x IULN", J(LAB)),
 (I, "Creatinine clearance ≥ 35 mL/min by Cockcroft-Gault", J(LAB)),
 (I, r"Creatinine phosphokinase (CPK) elevation at screening \< Grade 2 (CPK \< 2.5 x IULN)", J(LAB)),
 (I, "Patients on a cholesterol lowering statin must be on a stable dose with no dose changes within 3 weeks prior to study start.",
  ALLUNK("concomitant medications not recorded")),
 (I, "Expansion Cohort B patients only: LVEF above LLN as assessed by MUGA or ECHO",
  J(("met", "does not apply: HER2-negative, not cohort B"),
    c02=("met", "cohort B; LVEF 58% above LLN"),
    c03=("not_met", "HER2 (ctDNA) amplified → cohort B; LVEF 40% below LLN"),
    c05=("met", "cohort B; LVEF 55% above LLN"),
    c06=("met", "does not apply: squamous, HER2-negative route"),
    c07=("unknown", "cohort B (HER2-positive); LVEF not recorded"),
    c08=("unknown", "cohort unclear after HER2 loss; LVEF 50% borderline to LLN"))),
 (I, "The effects of CA-4948 on the developing human fetus are unknown. For this reason, women of childbearing potential and men must agree to use adequate contraception (hormonal or barrier method of birth control, abstinence) prior to study entry and for the duration of study participation. Should a woman become pregnant or suspect she is pregnant while participating in this study, she must inform her treating physician immediately. Men treated or enrolled on this protocol must also agree to use adequate contraception prior to the study, for the duration of the study, and 3 months after completion of the study",
  J(("met", "contraception item (C1)"))),
 (I, "Ability to understand and willingness to sign an IRB approved written informed consent document (or that of legally authorized representative, if applicable).", J(C1)),
 (E, "Current use or anticipated need for alternative, holistic, naturopathic, or botanical formulations used for the purpose of cancer treatment. Use of medical marijuana is permitted.",
  J(("met", "compliance item (C1)"))),
 (E, "A history of other malignancy with the exception of 1) malignancies for which all treatment was completed at least 2 years before registration and the patient has no evidence of disease; 2) or known indolent malignancies that do not require treatment and will likely not alter the course of treatment of metastatic gastric, GEJ, or esophageal cancer.",
  ALLUNK("other malignancies not recorded (C4)")),
 (E, "History of allogeneic organ or stem cell transplant", ALLMET("organ_transplant not listed (known absent)")),
 (E, "Currently receiving any other investigational therapeutic agents. Investigational tracers related to imaging studies are allowed with a 7 day-washout.",
  ALLMET("no investigational agent among recorded treatments")),
 (E, r"Clinically active CNS metastasis; treated and asymptomatic metastasis allowed at the discretion of the PI. Radiotherapy to the brain must be completed \> 10 days prior to planned C1D1.",
  J(("met", "brain_metastases not listed (known absent)"),
    c07=("unknown", "brain metastases present; treatment/symptoms not in fields"),
    c08=("unknown", "brain metastases present; treatment/symptoms not in fields"))),
 (E, "A history of allergic reactions attributed to compounds of similar chemical or biologic composition to CA-4948, FOLFOX, nivolumab, trastuzumab or other agents used in the study.",
  ALLUNK("allergy history not recorded")),
 (E, "Concomitant use of drugs with a known risk of causing prolonged QTc and/or Torsades de Pointes or a history of risk factors for Torsades de Pointes.",
  J(("unknown", "concomitant medications/QT risk factors not recorded"),
    c03=("unknown", "heart failure is a torsades risk factor; medications not recorded"))),
 (E, "Presence of interstitial lung disease or pneumonitis ≥ G2",
  J(("met", "interstitial_lung_disease and pneumonitis not listed (known absent)"),
    c05=("unknown", "grade 2 pneumonitis on T-DXd (stopped 2026-06-10); whether still present is not recorded"))),
 (E, "Administration of a live attenuated vaccine within 30 days prior to enrollment.", ALLUNK("vaccination history not recorded")),
 (E, r"QTc (Bazett) \>470ms on screening EKG", ALLUNK("ECG not recorded (C3)")),
 (E, "Gastrointestinal condition which could impair absorption of CA-4948 or inability to ingest CA-4948",
  ALLUNK("GI integrity/absorption not recorded (C4)")),
 (E, "Uncontrolled intercurrent illness including, but not limited to, ongoing or active infection, symptomatic congestive heart failure, unstable angina pectoris, or cardiac arrhythmia",
  J(("unknown", "composite: infection, angina, arrhythmia not all known absent (C4)"),
    c02=("unknown", "chronic hepatitis B: control not recorded; other parts unknown"),
    c03=("unknown", "heart failure present; whether symptomatic not recorded"),
    c06=("unknown", "chronic hepatitis C: activity/control not recorded"),
    c07=("unknown", "HIV: control not recorded; other parts unknown"))),
 (E, "Pregnant and/or breastfeeding. Women of childbearing potential must have a negative pregnancy test within 7 days of study entry.", PREG),
 (E, r"Patients with HIV are eligible unless their CD4+ T-cell counts are \< 350 cells/mcL or they have a history of AIDS-defining opportunistic infection within the 12 months prior to registration. Concurrent treatment with effective ART according to DHHS treatment guidelines is recommended. Recommend exclusion of specific ART agents based on predicted drug-drug interactions (i.e., for sensitive CYP3A4 substrates, concurrent strong CYP3A4 inhibitors (ritonavir and cobicistat) or inducers (efavirenz) should be contraindicated).",
  J(("met", "does not apply: hiv not listed (known absent)"),
    c07=("unknown", "HIV: CD4 count, AIDS history and ART regimen not in fields"))),
 (E, "Participants with active, known or suspected autoimmune disease. Participants with vitiligo, type I diabetes mellitus, residual hypothyroidism due to autoimmune condition only requiring hormone replacement, euthyroid participants with a history of Grave's disease (participants with suspected autoimmune thyroid disorders must be negative for thyroglobulin and thyroid peroxidase antibodies and thyroid stimulating immunoglobulin prior to first dose of study treatment), psoriasis not requiring systemic treatment, or conditions not expected to recur in the absence of an external trigger are permitted to enroll after discussing with the PI.",
  J(("met", "autoimmune_disease not listed (known absent)"),
    c04=("unknown", "autoimmune disease present; type/activity (permitted exceptions) not in fields"))),
 (E, r"Participants with a condition requiring systemic treatment with either corticosteroids (\> 10 mg daily prednisone or equivalent) or other immunosuppressive medications within 14 days of study treatment except for adrenal replacement steroid doses \> 10 mg daily prednisone equivalent in the absence of active autoimmune disease. Note: treatment with a short course of steroids (\< 5 days) up to 7 days prior to initiating study treatment is permitted. Inhaled intranasal, intra-articular, and topical steroid uses are permitted.",
  ALLUNK("steroid/immunosuppressant use not recorded")),
 (E, "Patients are unwilling to adhere to the lifestyle guidance in protocol.", J(C1)),
 ])

# ---------------------------------------------------------------- NCT05264896 FLOT vs XELOX
METAST = ("not_met", "metastatic/recurrent disease with distant spread")
ALL["NCT05264896"] = write("NCT05264896",
 "Single-centre randomised phase 3 of perioperative FLOT vs adjuvant XELOX for resectable "
 "locally advanced gastric/Siewert II-III GEJ adenocarcinoma, cT3+ and/or N+, M0, age 18-79. Setting "
 "'resectable' is read as M0 and surgically resectable; clinical T/N stage and Siewert type are not case "
 "fields, so they stay unknown. 'No previous gastrectomy' is unknown even for a newly diagnosed case because "
 "surgery is not a case field (C4). 'Locally advanced unresectable' fails the resectability items. Recurrent "
 "cases are treated as having distant disease (brain or other metastases recorded).",
 [
 (I, "Locally advanced adenocarcinoma of stomach or esophagogastric junction (Siewert type II and III), defined by clinical stage ≥T3 and/or ≥N1, in the absence of distant metastasis",
  J(METAST, c03=("unknown", "M0 GEJ adenocarcinoma; Siewert type and cT/cN not in fields"),
    c04=("unknown", "resectable M0 gastric adenocarcinoma; cT/cN stage not in fields"),
    c05=("not_met", "metastatic oesophageal adenocarcinoma"),
    c06=("not_met", "metastatic oesophageal squamous cell carcinoma"))),
 (I, "Surgically resectable disease based on clinical staging",
  J(("not_met", "metastatic/recurrent disease, not resectable"),
    c03=("not_met", "locally advanced unresectable"), c04=("met", "setting resectable"))),
 (I, "No previous gastrectomy or chemotherapy",
  J(("not_met", "previous chemotherapy"),
    c04=("unknown", "no chemotherapy; previous gastric surgery not a case field"),
    c06=("unknown", "no chemotherapy; previous gastric surgery not a case field"))),
 (I, "Age 18 or above but less than 80, and", J(("met", "age 18-79"), c03=("not_met", "age 83"))),
 (I, "ECOG ≤2", J(("met", "ECOG ≤2"), c07=("not_met", "ECOG 3"))),
 (I, r"Hemoglobin \>/= 8.0 g/dL", J(LAB)),
 (I, r"Neutrophils \>/= 1.500/µl", J(LAB)),
 (I, "Platelets ≥ 100.000/µl", J(LAB)),
 (I, "Creatinine clearance ≥ 50 ml/min", J(LAB)),
 (I, r"Serum albumin \>25 g/L", J(LAB)),
 (E, "Distant metastases, direct tumor invasion to organs not resectable by surgery",
  J(METAST, c03=("not_met", "locally advanced unresectable (invasion not resectable)"),
    c04=("met", "resectable, no distant metastasis"))),
 (E, "Hypersensitivity or contraindication against Capacitabine, 5-FU, Leucovorin, Oxaliplatin, Docetaxel",
  ALLUNK("allergies/DPD status not recorded")),
 (E, "Active CHD, Cardiomyopathy or cardiac insufficiency stage III-IV according to NYHA",
  J(("unknown", "heart_failure absent, but coronary disease/cardiomyopathy not case fields (C4)"),
    c03=("unknown", "heart failure with LVEF 40%; NYHA class not in fields"))),
 (E, "Peripheral polyneuropathy ≥ NCI grade II", ALLUNK("neuropathy grade not recorded")),
 (E, r"Severe liver dysfunction (i) ALT \>3 x upper limit of normal, and/ or (ii) total bilirubin \>1.5 x upper limit of normal (subjects with Gilbert Syndrome with total bilirubin level of \>/= 3.0 x upper limit of normal)", J(LAB)),
 (E, "Pregnancy or lactation", PREG),
 (E, r"Malignant secondary disease, dated back \<5 years (except in-situ carcinoma of cervix uteri, adequately treated skin basal cell carcinoma)",
  ALLUNK("other malignancies not recorded (C4)")),
 (E, "Serious uncontrolled infection or cocomitant severe medical conditions",
  J(("unknown", "composite; severity/control of comorbidity not recorded (C4)"))),
 ])

# ---------------------------------------------------------------- NCT05274048 neratinib + T-DXd
HER2REQ = J(("met", "HER2 IHC 3+ / ISH amplified"),
  c01=("not_met", "HER2 IHC 0"),
  c03=("unknown", "HER2 only from ctDNA ERBB2 amplification; no IHC/ISH"),
  c04=("not_met", "HER2 IHC 2+ / ISH not amplified"),
  c05=("met", "re-biopsy IHC 3+ / ISH 3.5 (2025-10)"),
  c06=("unknown", "HER2 never tested (squamous)"),
  c08=("unknown", "IHC 3+/ISH amplified on 2024 resection but IHC 1+ on 2025 re-biopsy (HER2 loss); record does not say which specimen counts"))
ALL["NCT05274048"] = write("NCT05274048",
 "Neratinib + T-DXd phase I for HER2-overexpressing (IHC 3+ or 2+/ISH+) gastro-oesophageal cancer after "
 "at least one HER2-directed line; prior T-DXd excluded. HER2 is judged on tissue IHC/ISH; ctDNA alone is "
 "unknown; after documented HER2 loss on re-biopsy (VH-08) the record does not say which specimen counts, "
 "so unknown. T-DXd counts as HER2-directed therapy. Any pneumonitis history (VH-05) excludes. An ongoing "
 "grade 3 diarrhoea on current irinotecan (VH-08) meets the diarrhoea exclusion (grade 3 = >=7 stools/day "
 "over baseline) and the 2-week chemotherapy exclusion. Oral-tablet swallowing is treated as a willingness "
 "item (C1).",
 [
 (I, "Patients must have been diagnosed with histologically or cytologically confirmed gastrointestinal cancer (esophagus, stomach, colon, biliary, pancreas or unknown primary likely GI), and been deemed unresectable or have at least one site of metastatic disease",
  J(("met", "metastatic/recurrent GI cancer"), c03=("met", "unresectable GEJ cancer"), c04=("not_met", "resectable, no metastasis"))),
 (I, "Patients must have evaluable or measurable disease by RECIST 1.1 criteria",
  J(("met", "measurable_disease true"), c04=("unknown", "measurable_disease not recorded"))),
 (I, "4.1.3 Patients' tumors must have HER2-overexpressing:", HER2REQ),
 (I, "(IHC 3+ or IHC2+/ISH+) advanced gastroesophageal cancer (including gastroesophageal junction adenocarcinoma).", HER2REQ),
 (I, "IHC 3+ for other GI cancers", ALLMET("does not apply: gastro-oesophageal cancer, not another GI cancer (C7)")),
 (I, "Patients must have received at least one prior line of HER2 directed therapy for metastatic/unresectable disease and completed treatment at least 2 weeks prior to C1D1 (only for Gastroesohageal cancers, not for other GI cancers)",
  J(("not_met", "no HER2-directed therapy received"),
    c01=("not_met", "no HER2-directed therapy (zolbetuximab is anti-CLDN18.2)"),
    c02=("met", "trastuzumab 1L, ended 2026-10-20 (>2 weeks)"),
    c05=("met", "T-DXd 2L, ended 2026-06-10"),
    c08=("met", "trastuzumab 1L, ended 2025-06-16"))),
 (I, "Patients with a prior or concurrent malignancy whose natural history or treatment does not have the potential to interfere with the safety or efficacy assessment of the investigational regimen are eligible for this trial",
  ALLMET("permissive clause; cannot exclude")),
 (I, r"Age \> 18 years.", ALLMET("adult")),
 (I, "ECOG performance status 0-2", J(("met", "ECOG 0-2"), c07=("not_met", "ECOG 3"))),
 (I, "Patients must have normal organ and marrow function as defined below", J(LAB)),
 (I, r"Leukocytes \> 3,000/mcL", J(LAB)),
 (I, r"Absolute neutrophil count \> 1,500/mcL", J(LAB)),
 (I, r"Platelets \> 90,000/mcL", J(LAB)),
 (I, r"Hemoglobin \> 9 gm/dl", J(LAB)),
 (I, r"Total bilirubin \< 2 times institutional normal limits", J(LAB)),
 (I, r"AST/ALT (SGOT/SGPT) \< 5 times institutional normal limits if liver metastases and \</+ 2 times institutional normal limits otherwise", J(LAB)),
 (I, r"Creatinine \< 2.0mg/dL OR", J(LAB)),
 (I, r"Creatinine clearance \> 50 Ml/min/1.73 m2 for patients with creatinine levels above institutional normal", J(LAB)),
 (I, "Left Ventricular Ejection Fraction ≥ 45% or lower limit of normal.",
  J(("unknown", "LVEF not recorded"),
    c02=("met", "LVEF 58%"), c03=("not_met", "LVEF 40%"), c04=("met", "LVEF 62%"),
    c05=("met", "LVEF 55%"), c08=("met", "LVEF 50%"))),
 (I, "Chemotherapy is harmful to the human fetus. For this reason, females of childbearing potential must be willing to use an effective method of contraception, as outlined in Section 4.4, for the course of the study through at least 6 months after the last dose of study medication. Males who have women of childbearing (WOCB) partners must agree to use an effective method of contraception as outlined in Section 4.4 for the course of the study through 8 months after the last dose of study medication.",
  J(("met", "contraception item (C1)"))),
 (I, "Patients should be willing and able to swallow oral tablet medications", J(("met", "willingness item (C1); no dysphagia recorded"))),
 (I, "Ability to understand and willingness to sign a written informed consent and HIPAA consent document", J(C1)),
 (E, "Patients who have had chemotherapy, or radiotherapy within 2 weeks prior to C1D1 or those who have not recovered from adverse events due to agents administered more than 2 weeks earlier (secondary hypothyroidism from prior immunotherapy is permissible if controlled on thyroid hormone replacement). Recovery is defined as any treatment onset adverse events returning to baseline or otherwise deemed not clinically significant.",
  J(("unknown", "no chemotherapy within 2 weeks; radiotherapy not a case field (C4)"),
    c05=("unknown", "last chemo 2026-11-05 (>2 weeks); recovery from grade 2 pneumonitis and radiotherapy not recorded"),
    c08=("not_met", "irinotecan ongoing with unresolved grade 3 diarrhoea"))),
 (E, "Patients may not be receiving any other investigational agents for advanced cancer and must not have received prior treatment with TDxD",
  J(("met", "no prior T-DXd; no investigational agent recorded"), c05=("not_met", "prior T-DXd (2025-11 to 2026-06)"))),
 (E, r"Immunotherapy and treatments involving any investigational agents must be discontinued for \>21 days before Cycle 1 Day 1 (C1D1)",
  J(("met", "no immunotherapy or investigational agent within 21 days"),
    c02=("met", "pembrolizumab ended 2026-10-20 (42 days)"),
    c05=("met", "nivolumab ended 2025-09-25"))),
 (E, "Patients with known untreated brain metastases are excluded from this study because of their poor prognosis and frequent development of neurologic dysfunction that would confound the evaluation of neurologic and other adverse events. Treated brain metastases are allowed (requires stability on MRI at least 4 weeks after initial treatment). Patients with treated brain metastases are allowed to be treated with steroid and/or anti-convulsants if the dose remains stable or decreases over the last 4 weeks prior to C1D1",
  J(("met", "brain_metastases not listed (known absent)"),
    c07=("unknown", "brain metastases present; whether treated is not a case field"),
    c08=("unknown", "brain metastases present; whether treated/stable is not a case field"))),
 (E, r"Patients with ongoing diarrhea (\> 4 bowel movements/day) unresolved despite medical and best supportive care in the two weeks preceding therapy",
  J(("unknown", "bowel habit not recorded"),
    c08=("not_met", "ongoing grade 3 diarrhoea on current irinotecan (>=7 stools/day over baseline)"))),
 (E, "Patients will be excluded if they have had interstitial lung disease or pneumonitis or were suspected to have interstitial lung disease or pneumonitis that could not be ruled out on imaging at screening or if they had a history of noninfectious interstitial lung disease or pneumonitis that had been treated with glucocorticoids. Similarly, patients with clinically significant lung disease requiring O2 support or impaired lung function per investigator should be excluded",
  J(("unknown", "no ILD/pneumonitis, but other lung disease/lung function not recorded (C3/C4)"),
    c05=("not_met", "history of pneumonitis (grade 2 on T-DXd)"))),
 (E, "History of allergic reactions attributed to compound of similar chemical or biologic composition to the agent(s) used in this study",
  ALLUNK("allergy history not recorded")),
 (E, "Patients receiving any medications or substances that are strong inhibitors or inducers of Neratinib and/or TDxD are ineligible.",
  ALLUNK("concomitant medications not recorded")),
 (E, "Uncontrolled intercurrent illness including, but not limited to, ongoing or active infection, symptomatic congestive heart failure, unstable angina pectoris, cardiac arrhythmia, or psychiatric illness/social situations that would limit compliance with study requirements.",
  J(("unknown", "composite: infection, angina, arrhythmia, psychiatric illness not all known absent (C4)"),
    c03=("unknown", "heart failure present; whether symptomatic not recorded"))),
 (E, r"Has a QT interval corrected by Fridericia's formula (QTcF) prolongation to \>470 msec (female subjects) or \>450 msec (male subjects) based on average of the Screening triplicate12-lead ECG.",
  ALLUNK("ECG not recorded (C3)")),
 (E, r"Any patients with immune deficiency are at increased risk of lethal infections when treated with marrow-suppressive therapy, including uncontrolled HIV with CD4 count \<200, untreated Hepatitis B are excluded from the study. Patients who have been treated for hepatitis C definitively with evidence of sustained virologic response, as well as HIV and hepatitis B patients on treatment with undetectable viral load will be eligible for inclusion.",
  J(("met", "no HIV, hepatitis B/C or transplant listed (known absent)"),
    c02=("unknown", "hepatitis B: antiviral treatment and viral load not in fields"),
    c06=("unknown", "hepatitis C: treatment/SVR not in fields"),
    c07=("unknown", "HIV: CD4 count and viral load not in fields"))),
 (E, "Pregnant or breast feeding.", PREG),
 ])

if __name__ == "__main__":
    for n, d in ALL.items():
        print(n, len(d["criteria"]), d["verdicts"])
