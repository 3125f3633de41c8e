from common import *
NOALLERGY = "no allergy/hypersensitivity history in the case fields"
j = [
# 0 adults/consent
ALL(M, "adult; consent (C1)"),
# 1 previously treated in metastatic setting
J(None,
  c01=(M, "metastatic GEJ adenocarcinoma treated with 1L trastuzumab+CAPOX"),
  c02=(N, "treatment-naive metastatic disease; not previously treated"),
  c03=(N, "only peri-operative FLOT (no trastuzumab); the trial's own note says such therapy is not counted as a line"),
  c04=(M, "metastatic gastric adenocarcinoma treated with 1L nivolumab+CAPOX"),
  c05=(M, "metastatic GEJ adenocarcinoma, two palliative lines"),
  c06=(N, "resectable, untreated disease"),
  c07=(M, "metastatic GEJ adenocarcinoma treated with 1L trastuzumab+pembrolizumab+CAPOX"),
  c08=(M, "recurrent gastric adenocarcinoma, three palliative lines")),
# 2 progression on/after 1L trastuzumab
J(None,
  c01=(M, "progressed 2026-10-20 on 1L trastuzumab+CAPOX"),
  c02=(N, "never received trastuzumab"),
  c03=(N, "never received trastuzumab (peri-operative FLOT only)"),
  c04=(N, "1L was nivolumab+CAPOX, no trastuzumab"),
  c05=(M, "progressed 2025-05-20 on 1L trastuzumab+pembrolizumab+CAPOX"),
  c06=(N, "never received trastuzumab; untreated"),
  c07=(M, "progressed 2026-10-28 on 1L trastuzumab+pembrolizumab+CAPOX"),
  c08=(N, "never received trastuzumab (1L zolbetuximab+CAPOX)")),
# 3 HER2+ on post-progression biopsy
J(None,
  c01=(N, "post-progression re-biopsy 2026-11-05 IHC 1+, ISH not amplified (HER2 loss)"),
  c02=(N, "HER2 IHC 0"),
  c03=(N, "tissue HER2 IHC 0; ctDNA ERBB2 amplification is not a tumour biopsy"),
  c04=(N, "HER2 IHC 1+ and no trastuzumab exposure"),
  c05=(U, "IHC 3+ only on the 2024 diagnostic biopsy; no biopsy after trastuzumab progression"),
  c06=(N, "IHC 3+ but no trastuzumab progression, so no qualifying post-progression biopsy"),
  c07=(M, "re-biopsy 2026-11-12 after progression: IHC 3+"),
  c08=(N, "HER2 IHC 2+/ISH not amplified (HER2-low)")),
# 4 ECOG 0-1
J((M, "ECOG 0-1"), c03=(N, "ECOG 2"), c08=(N, "ECOG 3"),
  c04=(M, "ECOG 0"), c06=(M, "ECOG 0")),
# 5 labs
ALL(U, "laboratory values not in the case (C3)"),
# E 6 anticancer therapy after trastuzumab
J((M, "no trastuzumab-containing treatment, so nothing after it"),
  c01=(M, "no therapy after trastuzumab+CAPOX ended 2026-10-20"),
  c05=(N, "received T-DXd (line 2) after trastuzumab-containing line 1"),
  c07=(M, "no therapy after trastuzumab regimen ended 2026-10-28")),
# 7 MI within 6 months, symptomatic CHF
J((U, "heart failure absent, but MI history not in the case fields (C4)"),
  c01=(U, "heart failure on record; NYHA class not given, MI history not in fields")),
# 8 QTcF
ALL(U, "QTcF not in the case (C3)"),
# 9 ILD/pneumonitis
J((M, "no ILD or pneumonitis on record"),
  c04=(N, "grade 3 nivolumab pneumonitis: non-infectious pneumonitis of a grade that requires systemic steroids"),
  c08=(N, "interstitial lung disease on record (chronic; current ILD cannot be ruled out)")),
# 10 autoimmune with pulmonary involvement
J((M, "no autoimmune/connective tissue disorder on record"),
  c03=(M, "autoimmune disease present, but no ILD/pneumonitis recorded, so no documented pulmonary involvement"),
  c04=(M, "no autoimmune disorder on record; drug pneumonitis judged under the ILD item"),
  c08=(U, "ILD present; whether it belongs to an autoimmune/inflammatory disorder is not stated")),
# 11 pneumonectomy
ALL(U, "surgical history not in the case fields (C4)"),
# 12 cord compression / active CNS mets
J((U, "no brain metastases, but spinal cord compression not in the case fields (C4)"),
  c05=(U, "brain metastases on record; treatment/symptom/steroid status not in fields"),
  c08=(U, "brain metastases on record; treatment/symptom/steroid status not in fields")),
# 13 other primaries
ALL(U, "other malignancies not in the case (C4)"),
# 14 hypersensitivity T-DXd
ALL(U, NOALLERGY),
# 15 hypersensitivity mAbs
ALL(U, NOALLERGY),
# 16 paclitaxel allergy / taxane contraindication
ALL(U, NOALLERGY + "; taxane contraindications not stated"),
# 17 uncontrolled infection / fever
J((U, "current infection/fever status not in the case"),
  c02=(U, "hepatitis B on record; current infection/antiviral status not in fields"),
  c05=(U, "hepatitis C on record; current infection status not in fields"),
  c06=(U, "HIV on record; control status not in fields")),
# 18 clinically significant GI disorder
J((U, "GI/hepatic disorders not in the case (C4)"),
  c02=(U, "hepatitis B is a hepatic disorder; significance is investigator opinion"),
  c05=(U, "hepatitis C history; significance is investigator opinion")),
# 19 live vaccine
ALL(U, "vaccination history not in the case"),
]
note = ("DESTINY-Gastric04 (T-DXd vs ramucirumab+paclitaxel, 2L after trastuzumab). Key reading choices: the HER2 item "
        "needs a tumour biopsy taken after trastuzumab progression, so the diagnostic biopsy alone (UL-05) is unknown and "
        "ctDNA (UL-03) does not count; HER2 loss on re-biopsy (UL-01) is not_met. The trial's own note overrides C6: "
        "non-trastuzumab peri-operative therapy (UL-03) is not a line. Grade 3 immune pneumonitis is taken as steroid-"
        "requiring (not_met). MI, pneumonectomy, cord compression, infections, vaccines and allergies have no case field "
        "and stay unknown, so no case can be fully eligible.")
emit("NCT04704934", note, j)
