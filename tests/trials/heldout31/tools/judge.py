import yaml, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from items import items
C = [f"UH-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def same(s, r, **over):
    d = {c: (s, r) for c in C}
    for k, v in over.items():
        d["UH-" + k[1:]] = v
    return d

# pregnancy items (C2): women <55 -> 02, 06, 07
def preg(reason_m="male or woman >=55", reason_u="woman <55; pregnancy/breast-feeding status not recorded"):
    return same(M, reason_m, c02=(U, reason_u), c06=(U, reason_u), c07=(U, reason_u))

T = {}
# ---------------------------------------------------------------- NCT06346392 AZD0901 (CLARITY-Gastric 01)
T["NCT06346392"] = dict(
 note=("AZD0901 (CLDN18.2 ADC, MMAE payload), 2L+ G/GEJ/distal-oesophageal adenocarcinoma. The record gives no CLDN18.2 "
       "positivity cut-off: I treat >=75% moderate-to-strong as clearly positive (met), 0% as not positive, and any value "
       "between 1% and 74% as unknown (the study's central VENTANA cut-off is not in the record). Perioperative FLOT with "
       "recurrence <=183 days counts as the prior FP+platinum line (C6). 'Most recent HER2 result' is applied literally "
       "(UH-05's re-biopsy IHC 1+ passes exclusion 1). Persistent grade-2 neuropathy with a prior MMAE ADC is judged "
       "likely to be exacerbated by an MMAE payload, so the irreversible-toxicity carve-out is not applied. Body weight is "
       "decided only where the case note gives it. ECOG 0-1 is taken as met when recorded; no deterioration is recorded."),
 j=[
  same(M, "C1: consent"),
  same(M, "adult (age >=18)"),
  same(M, "advanced (metastatic/recurrent/locally advanced unresectable) adenocarcinoma of stomach or GEJ",
       c07=(M, "locally advanced unresectable GEJ adenocarcinoma")),
  same(U, "CLDN18.2 positivity cut-off not stated in the record",
       c01=(U, "CLDN18.2 20% (2026-10-28); cut-off not stated in the record"),
       c02=(M, "CLDN18.2 85% on biopsy 2025-11-25 (within 24 months)"),
       c03=(U, "CLDN18.2 never tested"),
       c04=(U, "CLDN18.2 40% (2025-10-15, within 24 months); cut-off not stated"),
       c05=(M, "CLDN18.2 80% on fresh re-biopsy 2026-11-05"),
       c06=(U, "CLDN18.2 10% (2025-09-18); cut-off not stated"),
       c07=(U, "CLDN18.2 5% (2026-11-04); cut-off not stated, likely below it"),
       c08=(M, "CLDN18.2 75% on biopsy 2026-11-08")),
  same(M, "progressed after a first-line FP + platinum regimen for advanced disease",
       c01=(N, "no therapy yet for advanced disease; perioperative FLOT ended 2 years before recurrence (not a line, C6)"),
       c02=(M, "progressed 2026-10-15 on zolbetuximab + capecitabine + oxaliplatin"),
       c03=(M, "progressed 2025-12-01 on pembrolizumab + trastuzumab + CAPOX"),
       c04=(M, "recurred 175 days after perioperative FLOT (5-FU + oxaliplatin) -> counts as a prior line (C6)"),
       c05=(M, "progressed on trastuzumab + CAPOX (1L) and three later lines"),
       c06=(M, "progressed 2026-10-20 on nivolumab + S-1 + oxaliplatin"),
       c07=(N, "untreated; first line"),
       c08=(N, "untreated; first line")),
  same(M, "measurable disease recorded"),
  same(M, "ECOG 1 recorded; no deterioration recorded", c06=(M, "ECOG 0 recorded; no deterioration recorded"),
       c05=(N, "ECOG 3"), c07=(N, "ECOG 2")),
  same(U, "C2: life expectancy not assessable from the case"),
  same(U, "C3: laboratory values not in the case"),
  same(U, "body weight not recorded", c01=(M, "weight 78 kg (case note)")),
  same(M, "C1: contraceptive/sex requirements"),
  same(M, "most recent HER2 not positive",
       c01=(N, "HER2 IHC 3+ (2026-10-28)"),
       c02=(M, "HER2 IHC 1+ (negative)"),
       c03=(N, "most recent HER2 IHC 3+ (re-biopsy 2026-10-20)"),
       c04=(M, "HER2 IHC 2+ / ISH not amplified (ratio 1.3)"),
       c05=(M, "most recent HER2 (re-biopsy 2026-11-05) IHC 1+; the record uses the most recent result"),
       c06=(M, "HER2 IHC 0"),
       c07=(N, "HER2 IHC 2+ / ISH amplified (ratio 2.6)"),
       c08=(M, "tissue HER2 IHC 0; ctDNA ERBB2 amplification is not an IHC/ISH result")),
  same(U, "gastric bleeding/ulcer status not recorded",
       c04=(M, "total gastrectomy 2026-01-20 (case note): no stomach remains for gastric bleeding or ulcers")),
  same(U, "no brain metastases, but epilepsy/psychiatric/neurological history not recorded (C4)",
       c03=(N, "brain metastasis (treated with SRS 2026-11-05)")),
  same(U, "corneal disease not recorded"),
  same(M, "no persistent grade >=2 toxicity recorded",
       c01=(M, "no residual toxicity from FLOT (case note)"),
       c02=(M, "grade 2 nausea resolved; no residual toxicity (case note)"),
       c03=(M, "only toxicity grade 1 pneumonitis, resolved"),
       c04=(M, "residual neuropathy is grade 1 only"),
       c05=(N, "persisting grade 2 peripheral neuropathy from disitamab vedotin; likely to be worsened by an MMAE payload"),
       c06=(M, "grade 2 pneumonitis resolved (CT 2026-11-15)"),
       c07=(M, "no prior therapy for this cancer; no toxicity recorded"),
       c08=(M, "no prior anticancer therapy")),
  same(M, "no MMAE ADC or non-naked CLDN18.2 therapy",
       c02=(M, "zolbetuximab is a naked CLDN18.2 monoclonal antibody (allowed)"),
       c03=(M, "T-DXd carries a topoisomerase-I (DXd) payload, not MMAE"),
       c05=(N, "prior disitamab vedotin (MMAE payload ADC)")),
 ])

# ---------------------------------------------------------------- NCT06445972 KEYMAKER-U06 substudy 06D
inf = "no active infection recorded, but current infection status not in the case"
T["NCT06445972"] = dict(
 note=("Substudy 06D: second-line HER2-negative GEA (sacituzumab tirumotecan / HER3-DXd arms vs ramucirumab + paclitaxel). "
       "'Second line' is read as exactly one prior line for advanced disease; perioperative therapy with recurrence <=183 days "
       "counts as that line (C6), so UH-04 qualifies on line count. Ulcerative colitis is inflammatory bowel disease/"
       "inflammatory enteropathy. Prior T-DXd (topo-I ADC), irinotecan and apatinib (VEGFR-2) trigger exclusion 31. "
       "Hepatitis B on entecavir with undetectable HBV DNA satisfies inclusion 9. The recorded treatment list is taken as "
       "complete (no investigational agents) and recorded toxicities as complete. The two 'main criteria include but are not "
       "limited to' lines are headings that ask nothing (met)."),
 j=[
  same(M, "heading; asks nothing"),
  same(N, "not second line",
       c01=(N, "no prior line for advanced disease (first line)"),
       c02=(M, "one prior line (zolbetuximab + CAPOX); second line now"),
       c03=(N, "two prior lines (third line now)"),
       c04=(M, "perioperative FLOT with recurrence after 175 days counts as first line (C6); second line now"),
       c05=(N, "four prior lines (fifth line now)"),
       c06=(M, "one prior line (nivolumab + SOX); second line now"),
       c07=(N, "untreated (first line)"),
       c08=(N, "untreated (first line)")),
  same(M, "metastatic disease", c07=(M, "locally advanced unresectable"), c04=(M, "peritoneal recurrence (metastatic)"),
       c01=(M, "liver metastases at recurrence")),
  same(M, "progressed after 1L FP + platinum",
       c01=(N, "no first-line therapy yet"),
       c02=(M, "progressed on zolbetuximab + capecitabine + oxaliplatin"),
       c03=(M, "progressed on pembrolizumab + trastuzumab + CAPOX"),
       c04=(M, "recurred within 175 days of FLOT (5-FU + oxaliplatin), counted as 1L (C6)"),
       c05=(M, "progressed on trastuzumab + CAPOX"),
       c06=(M, "progressed on nivolumab + S-1 + oxaliplatin"),
       c07=(N, "untreated"), c08=(N, "untreated")),
  same(M, "HER2 negative",
       c01=(N, "HER2 IHC 3+"), c02=(M, "HER2 IHC 1+"), c03=(N, "HER2 IHC 3+ (re-biopsy 2026-10-20)"),
       c04=(M, "HER2 IHC 2+ / ISH not amplified"),
       c05=(M, "post-progression re-biopsy 2026-11-05 HER2 IHC 1+ (HER2 loss)"),
       c06=(M, "HER2 IHC 0"), c07=(N, "HER2 IHC 2+ / ISH amplified"),
       c08=(M, "tissue HER2 IHC 0 (ctDNA ERBB2 amplification is not tissue)")),
  same(U, "no biopsy recorded after the most recent regimen",
       c01=(M, "liver core biopsy 2026-10-28 after perioperative FLOT"),
       c02=(U, "last biopsy 2025-11-25, before first-line therapy; new biopsy needed"),
       c03=(M, "liver re-biopsy 2026-10-20 after T-DXd"),
       c04=(M, "recurrence biopsy 2026-10-20 after FLOT (case note)"),
       c05=(M, "re-biopsy 2026-11-05 after apatinib"),
       c06=(U, "last biopsy 2025-09-18, before first-line therapy; new biopsy needed"),
       c07=(M, "diagnostic biopsy 2026-11-04; no prior systemic therapy"),
       c08=(M, "diagnostic biopsy 2026-11-08; no prior systemic therapy")),
  same(M, "no ongoing toxicity above grade 1 recorded",
       c02=(M, "grade 2 nausea resolved (case note)"), c04=(M, "residual neuropathy grade 1"),
       c05=(N, "persisting grade 2 peripheral neuropathy"), c06=(M, "grade 2 pneumonitis resolved (CT 2026-11-15)"),
       c03=(M, "grade 1 pneumonitis resolved")),
  same(M, "ECOG 1", c06=(M, "ECOG 0"), c05=(N, "ECOG 3"), c07=(N, "ECOG 2")),
  same(U, "C2: life expectancy not assessable"),
  same(M, "does not apply: no hepatitis B",
       c02=(M, "HBsAg+, entecavir since 2025-11-28 (>4 weeks), HBV DNA undetectable 2026-11-10 (case note)")),
  same(M, "does not apply: no hepatitis C recorded"),
  same(M, "does not apply: no HIV recorded"),
  same(M, "heading; asks nothing"),
  same(M, "adenocarcinoma"),
  same(U, "weight trend not recorded",
       c05=(U, "lost 9 kg over 3 months; baseline weight not recorded, so % unknown")),
  same(U, "ocular history not recorded"),
  same(M, "no grade >=2 neuropathy recorded", c04=(M, "residual neuropathy grade 1"),
       c05=(N, "grade 2 peripheral neuropathy (disitamab vedotin)")),
  same(M, "no autoimmune/inflammatory bowel disease recorded",
       c04=(N, "history of ulcerative colitis (inflammatory bowel disease)")),
  same(U, "wounds/ulcers/fractures in the last 28 days not recorded"),
  same(U, "bowel obstruction/intestinal resection not recorded (C4)",
       c04=(N, "history of ulcerative colitis (inflammatory enteropathy)")),
  same(U, "cardiovascular/cerebrovascular history not fully recorded (C4)",
       c07=(U, "anthracycline cardiomyopathy LVEF 45%, NYHA I on treatment; whether 'uncontrolled, significant' is an investigator call")),
  same(U, "arterial thrombotic events not recorded"),
  same(U, "blood pressure not recorded", c03=(M, "hypertension controlled on amlodipine (case note)")),
  same(U, "effusions not recorded (C4)",
       c02=(U, "no ascites requiring drainage, but pleural/pericardial status not recorded"),
       c04=(U, "no ascites, but pleural/pericardial status not recorded")),
  same(U, "recent surgery/central line placement not recorded (C4)"),
  same(U, "anticoagulant use not recorded"),
  same(U, "NSAID/antiplatelet use not recorded"),
  same(U, "recent thromboembolism not recorded"),
  same(U, "bleeding history not recorded"),
  same(U, "GI perforation/fistula history not recorded"),
  same(M, "does not apply: no HIV recorded"),
  same(M, "no TROP2/HER3, topo-I or VEGF(R) therapy",
       c03=(N, "prior trastuzumab deruxtecan (topoisomerase-I inhibitor ADC)"),
       c05=(N, "prior irinotecan (topo-I chemotherapy) and apatinib (VEGFR-2 inhibitor)"),
       c02=(M, "zolbetuximab + CAPOX only"), c06=(M, "nivolumab + S-1 + oxaliplatin only")),
  same(M, "no systemic therapy in the last 4 weeks",
       c01=(M, "last therapy 2024-10-15"), c02=(M, "last dose 2026-10-15 (47 days)"),
       c03=(M, "last dose 2026-10-08 (54 days)"), c04=(M, "last dose 2026-04-20"),
       c05=(M, "last dose 2026-10-25 (37 days)"), c06=(M, "last dose 2026-10-20 (42 days)"),
       c07=(M, "no prior systemic therapy"), c08=(M, "no prior systemic therapy")),
  same(U, "radiotherapy history not recorded (C4)",
       c03=(M, "SRS completed 2026-11-05 (26 days); no radiation toxicity; steroids stopped 2026-11-12")),
  same(U, "vaccination history not recorded"),
  same(M, "no investigational agent in the recorded treatment history"),
  same(U, "other malignancies not recorded (C4)",
       c07=(M, "breast cancer 2014, treatment completed 2019, no recurrence (>3 years)")),
  same(M, "no brain metastases recorded",
       c03=(M, "brain metastasis treated with SRS, asymptomatic, off steroids (not active)")),
  same(U, inf),
  same(M, "no HBV/HCV co-infection recorded", c02=(M, "hepatitis B only; no hepatitis C (not both)")),
  same(M, "no ILD/pneumonitis recorded",
       c03=(M, "grade 1 pneumonitis on T-DXd managed without steroids, resolved 2026-03"),
       c06=(N, "grade 2 immune pneumonitis treated with prednisolone 2026-04")),
  same(U, "hypersensitivity history not recorded"),
  same(U, "surgical recovery/complications not recorded (C4)"),
 ])

# ---------------------------------------------------------------- NCT06628310 telisotuzumab adizutecan 1L
T["NCT06628310"] = dict(
 note=("First-line HER2-negative GEA. 'FISH negative' is read as any ISH-not-amplified result, so IHC 2+/ISH-not-amplified "
       "counts as HER2-negative. Perioperative therapy with recurrence <=183 days counts as prior therapy for advanced "
       "disease (C6, UH-04 excluded); recurrence >6 months after perioperative FLOT (UH-01) does not. For UH-05 (IHC 3+ at "
       "diagnosis, IHC 1+ after therapy) the record does not say which sample defines 'HER2 negative disease' -> unknown. "
       "The open-ended lung-illness exclusion is unknown unless the case shows a lung illness; a steroid-treated "
       "pneumonitis (UH-06) is judged a clinically significant lung illness."),
 j=[
  same(M, "advanced/metastatic adenocarcinoma of stomach/GEJ", c07=(M, "locally advanced unresectable GEJ adenocarcinoma")),
  same(M, "measurable disease recorded"),
  same(M, "ECOG 1", c06=(M, "ECOG 0"), c05=(N, "ECOG 3"), c07=(N, "ECOG 2")),
  same(M, "HER2 negative",
       c01=(N, "HER2 IHC 3+"), c02=(M, "HER2 IHC 1+"), c03=(N, "HER2 IHC 3+"),
       c04=(M, "IHC 2+ with ISH not amplified (ISH negative)"),
       c05=(U, "IHC 3+ at diagnosis, IHC 1+ after therapy; record does not say which sample counts"),
       c06=(M, "HER2 IHC 0"), c07=(N, "IHC 2+ / ISH amplified (HER2-positive)"),
       c08=(M, "tissue HER2 IHC 0 (ctDNA ERBB2 amplification does not change the tissue definition)")),
  same(M, "PD-L1 CPS known", c01=(M, "CPS 12"), c02=(M, "CPS 3"), c03=(M, "CPS 8"), c04=(M, "CPS 1"),
       c05=(M, "CPS 2"), c06=(M, "CPS 15"), c07=(M, "CPS 4"), c08=(M, "CPS 5")),
  same(N, "prior systemic therapy for advanced disease",
       c01=(M, "perioperative FLOT ended 2 years before recurrence; none for advanced disease"),
       c02=(N, "prior zolbetuximab + CAPOX"), c03=(N, "two prior lines"),
       c04=(N, "recurrence 175 days after perioperative FLOT: counts as prior line for advanced disease (C6)"),
       c05=(N, "four prior lines"), c06=(N, "prior nivolumab + SOX"),
       c07=(M, "untreated"), c08=(M, "untreated")),
  same(U, "lung history not fully recorded; open-ended list (C4)",
       c03=(U, "grade 1 T-DXd pneumonitis without steroids, resolved; significance is a protocol/investigator call"),
       c06=(N, "history of grade 2 pneumonitis requiring prednisolone"),
       c08=(U, "30 pack-year ex-smoker; no lung disease recorded but COPD not excluded")),
 ])

# ---------------------------------------------------------------- NCT06695845 zanidatamab DiscovHER PAN-206
T["NCT06695845"] = dict(
 note=("Basket study of zanidatamab in HER2 IHC 3+ tumours; all our patients have GEA, i.e. Cohort 3, which REQUIRES prior "
       "T-DXd (Cohort-1-only clauses do not apply). 'No available treatment options that have confirmed benefit' is left "
       "unknown for the one T-DXd-pretreated case (ramucirumab + paclitaxel and trifluridine/tipiracil remain; whether they "
       "count as 'available' is the investigator's call). Central IHC 3+ is unknown where local IHC is 3+ and not_met where "
       "the latest local result is below 3+. Exclusion 12 'history of trauma or major surgery' is read literally (the registry "
       "text probably lost a time window): a prior oesophagectomy/gastrectomy excludes. 'Ongoing toxicity' has no grade, so "
       "any persisting toxicity (including grade 1 neuropathy and anthracycline cardiomyopathy) excludes. Treated, "
       "asymptomatic brain metastases after SRS satisfy item 8 and its sub-items."),
 j=[
  same(M, "adult (age >=18)"),
  same(N, "GEA Cohort 3 requires prior T-DXd; none given",
       c01=(N, "no prior therapy for advanced disease and no prior T-DXd"),
       c03=(U, "progressed after 2 lines incl. T-DXd (requirement met), but standard 3L options with confirmed benefit remain (ramucirumab + paclitaxel, trifluridine/tipiracil)"),
       c07=(N, "untreated; no prior T-DXd"), c08=(N, "untreated; no prior T-DXd")),
  same(N, "HER2 below IHC 3+",
       c01=(U, "local IHC 3+; central confirmation pending"),
       c02=(N, "HER2 IHC 1+"),
       c03=(U, "local IHC 3+ on 2026-10-20 re-biopsy; central confirmation pending"),
       c04=(N, "HER2 IHC 2+"), c05=(N, "latest HER2 IHC 1+ (2026-11-05)"), c06=(N, "HER2 IHC 0"),
       c07=(N, "HER2 IHC 2+ (ISH amplified, but IHC 3+ required)"),
       c08=(N, "tissue HER2 IHC 0; ctDNA amplification is not IHC 3+")),
  same(M, "biopsy tissue available",
       c01=(M, "liver core biopsy 2026-10-28"), c03=(M, "liver re-biopsy 2026-10-20"), c05=(M, "re-biopsy 2026-11-05")),
  same(M, "measurable disease recorded"),
  same(M, "ECOG 1", c06=(M, "ECOG 0"), c05=(N, "ECOG 3"), c07=(N, "ECOG 2")),
  same(U, "C2: life expectancy not assessable"),
  same(M, "does not apply: no brain metastases",
       c03=(M, "brain metastasis treated with SRS and stable/asymptomatic (sub-items below)")),
  same(M, "does not apply: no CNS metastases",
       c03=(M, "measurable liver metastases with HER2 IHC 3+ (local) outside the CNS")),
  same(M, "does not apply: no CNS metastases",
       c03=(M, "asymptomatic; no residual SRS toxicity; steroids stopped 2026-11-12 (>7 days)")),
  same(M, "does not apply: no CNS metastases",
       c03=(M, "SRS completed 2026-11-05, 26 days before as_of (>=7 days)")),
  same(U, "C3: organ function not in the case"),
  preg(reason_m="man or woman >=55 (no childbearing potential)", reason_u="woman <55; pregnancy test not recorded (C2)"),
  same(M, "C1: contraception"),
  same(M, "no brain metastases or leptomeningeal disease recorded",
       c03=(M, "brain metastasis treated (SRS); no leptomeningeal disease on MRI")),
  same(U, "cardiovascular history not fully recorded (C4)",
       c07=(N, "anthracycline cardiomyopathy with LVEF 45% on treatment (significant cardiovascular disease)")),
  same(M, "no ongoing toxicity recorded",
       c02=(M, "nausea resolved; no residual toxicity"), c03=(M, "pneumonitis resolved; no residual SRS toxicity"),
       c04=(N, "ongoing grade 1 peripheral neuropathy from FLOT"),
       c05=(N, "ongoing grade 2 peripheral neuropathy"),
       c06=(M, "pneumonitis resolved (CT 2026-11-15)"),
       c07=(N, "LVEF 45% from prior anthracycline (breast cancer therapy)")),
  same(U, inf),
  same(M, "no HIV recorded"),
  same(M, "no hepatitis B/C recorded",
       c02=(M, "chronic hepatitis B controlled: entecavir, HBV DNA undetectable (not active)")),
  same(U, "SARS-CoV-2 status not recorded"),
  same(U, "hypersensitivity history not recorded"),
  same(U, "investigator judgement; comorbidity not fully recorded"),
  same(U, "investigator judgement"),
  same(M, "does not apply: Cohort 1 only (GEA patients enter Cohort 3)"),
  same(U, "surgical/trauma history not recorded (C4)",
       c01=(N, "Ivor Lewis oesophagectomy 2024-07 (history of major surgery, literal reading)"),
       c04=(N, "total gastrectomy 2026-01-20 (history of major surgery, literal reading)"),
       c07=(U, "breast cancer surgery 2014, extent not recorded")),
  same(M, "no systemic therapy within 4 weeks / 5 half-lives",
       c01=(M, "last therapy 2024-10-15"),
       c02=(U, "zolbetuximab last 2026-10-15 (47 days): >4 weeks, but 5 antibody half-lives may be longer"),
       c03=(M, "T-DXd last 2026-10-08 (54 days, > 5 half-lives); trastuzumab/pembrolizumab ended 2025-12"),
       c04=(M, "last therapy 2026-04-20"),
       c05=(M, "apatinib (t1/2 ~9 h) last 2026-10-25 (37 days)"),
       c06=(M, "nivolumab stopped 2026-04-15; S-1/oxaliplatin last 2026-10-20 (42 days)"),
       c07=(M, "no systemic therapy since 2019 (tamoxifen)"), c08=(M, "no prior therapy")),
  same(M, "never received zanidatamab"),
  same(M, "does not apply: not colorectal cancer"),
  same(M, "does not apply: not NSCLC"),
  preg(reason_u="woman <55; pregnancy/breast-feeding status not recorded (C2)"),
  same(U, "other malignancies not recorded (C4)",
       c07=(M, "early breast cancer 2014, disease-free 12 years; not expected to interfere")),
 ])

# ---------------------------------------------------------------- NCT06731478 DESTINY-Gastric05
T["NCT06731478"] = dict(
 note=("First-line HER2-positive G/GEJ (T-DXd + FP +/- pembrolizumab vs trastuzumab + chemo +/- pembrolizumab). Central "
       "HER2 is unknown where local testing is positive and not_met where local tissue is negative; ctDNA ERBB2 is not "
       "accepted. Perioperative therapy is allowed only with >6 months to recurrence (UH-04: 175 days -> not_met). LVEF is "
       "judged from lvef_percent (its date is assumed recent). DPD deficiency: patients who tolerated full fluoropyrimidine "
       "courses are judged not deficient; FP-naive patients unknown. Exclusion 4 (label contraindications) is left unknown "
       "for all; UH-05's grade-2 neuropathy might contraindicate oxaliplatin but cisplatin is an alternative. 'Lung-specific "
       "intercurrent' illness is read as current illness (UH-06's resolved pneumonitis is caught by exclusion 7 instead)."),
 j=[
  same(M, "C1: consent"),
  same(M, "adult (age >=18)"),
  same(N, "previously treated for advanced disease",
       c01=(M, "untreated recurrent GEJ adenocarcinoma; perioperative FLOT ended 2024-10-15, recurrence 2026-10-20 (>6 months); no IO"),
       c02=(N, "prior first-line zolbetuximab + CAPOX"), c03=(N, "two prior lines"),
       c04=(N, "recurrence 175 days after perioperative FLOT (not >6 months)"),
       c05=(N, "four prior lines"), c06=(N, "prior nivolumab + SOX"),
       c07=(M, "untreated locally advanced unresectable GEJ adenocarcinoma"),
       c08=(M, "untreated metastatic gastric adenocarcinoma")),
  same(N, "HER2 not positive",
       c01=(U, "local IHC 3+ on liver biopsy at recurrence; central confirmation pending"),
       c02=(N, "HER2 IHC 1+"),
       c03=(U, "IHC 3+ at diagnosis (local); central confirmation not done"),
       c04=(N, "HER2 IHC 2+ / ISH not amplified"),
       c05=(U, "IHC 3+ at diagnosis (local), 1+ after therapy; central result unknown"),
       c06=(N, "HER2 IHC 0"),
       c07=(U, "local IHC 2+ / ISH amplified at diagnosis; central confirmation pending"),
       c08=(N, "tissue HER2 IHC 0; ctDNA ERBB2 amplification not accepted")),
  same(M, "biopsy tissue (not cytology) available"),
  same(M, "measurable disease recorded"),
  same(M, "LVEF >=50%", c01=(M, "LVEF 58%"), c02=(U, "LVEF not recorded"), c03=(M, "LVEF 55%"),
       c04=(M, "LVEF 60%"), c05=(M, "LVEF 52%"), c06=(M, "LVEF 64%"), c07=(N, "LVEF 45%"),
       c08=(U, "LVEF not recorded")),
  same(M, "no prior HER2-targeting therapy",
       c03=(N, "prior trastuzumab and trastuzumab deruxtecan"),
       c05=(N, "prior trastuzumab and disitamab vedotin (HER2 ADC)")),
  same(U, "upper GI integrity / malabsorption not recorded (C4)"),
  same(U, "fluoropyrimidine-naive; DPD status not recorded",
       c01=(M, "tolerated full perioperative FLOT (no DPD deficiency)"),
       c02=(M, "tolerated capecitabine for 10 months"),
       c03=(M, "tolerated capecitabine for 9 months"),
       c04=(M, "tolerated full perioperative FLOT"),
       c05=(M, "tolerated capecitabine for 8 months"),
       c06=(M, "tolerated S-1 for 12 months")),
  same(U, "label contraindications not fully assessable from the case",
       c05=(U, "grade 2 neuropathy may contraindicate oxaliplatin (cisplatin alternative); other items not recorded")),
  same(U, "no heart failure recorded, but myocardial infarction history not recorded (C4)",
       c07=(U, "cardiomyopathy NYHA I (not symptomatic CHF); MI history not recorded")),
  same(U, "C3: ECG not in the case"),
  same(M, "no ILD/pneumonitis recorded",
       c03=(M, "grade 1 pneumonitis on T-DXd without steroids, resolved 2026-03"),
       c06=(N, "grade 2 pneumonitis that required prednisolone")),
  same(U, "pulmonary history not fully recorded; open-ended list (C4)"),
 ])

def build():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_summary = {}
    for nct, spec in T.items():
        its = items(nct)
        assert len(its) == len(spec["j"]), (nct, len(its), len(spec["j"]))
        crit = []
        for it, j in zip(its, spec["j"]):
            crit.append({"kind": it["kind"], "text": it["text"],
                         "judgements": {c: j[c][0] for c in C},
                         "reasons": {c: j[c][1] for c in C}})
        verdicts = {}
        for c in C:
            st = [cr["judgements"][c] for cr in crit]
            verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
        doc = {"nct_id": nct, "reviewer_note": spec["note"], "verdicts": verdicts, "criteria": crit}
        with open(os.path.join(root, "UH", nct + ".yaml"), "w") as f:
            yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=120)
        out_summary[nct] = (verdicts, crit)
    return out_summary

if __name__ == "__main__":
    s = build()
    for nct, (v, crit) in s.items():
        print(nct, len(crit), {c[3:]: x[:4] for c, x in v.items()})
        for c in C:
            cnt = {k: sum(1 for cr in crit if cr["judgements"][c] == k) for k in (M, N, U)}
            print("  ", c, cnt, [i for i, cr in enumerate(crit) if cr["judgements"][c] == N])
