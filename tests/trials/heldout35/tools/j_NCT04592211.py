from common import *
lastdose = dict(c01="last dose 2026-10-20", c02="no prior systemic therapy", c03="last dose 2026-07-01",
                c04="last dose 2026-02-15", c05="last dose 2026-09-15", c06="no prior systemic therapy",
                c07="last dose 2026-10-28", c08="last dose (disitamab vedotin) 2026-11-05, 26 days ago")
j = [
# 0 consent
ALL(M, "consent (C1)"),
# 1 age >=19
J(None, **{f"c{i:02d}": (M, f"age {a}") for i, a in zip(range(1, 9), [83, 34, 62, 47, 71, 45, 49, 76])}),
# 2 measurable/evaluable
J((M, "measurable disease recorded"), c06=(U, "resectable primary; measurable disease not recorded")),
# 3 ECOG 0-1
J((M, "ECOG 0-1"), c03=(N, "ECOG 2"), c08=(N, "ECOG 3")),
# 4 organ function
ALL(U, "laboratory values not in the case (C3)"),
# 5 life expectancy
ALL(U, "life expectancy not assessable from the case (C2)"),
# 6 swallow
ALL(U, "ability to swallow/retain tablets not in the case (C4 GI integrity)"),
# 7 failed 1L trastuzumab for HER2+
J(None,
  c01=(M, "HER2-positive at diagnosis; progressed on 1L trastuzumab+CAPOX"),
  c02=(M, "does not apply: HER2 IHC 0 (HER2-negative)"),
  c03=(M, "does not apply: tissue HER2 IHC 0; ctDNA ERBB2 amplification alone does not make the tumour HER2-positive"),
  c04=(M, "does not apply: HER2 IHC 1+ (HER2-negative)"),
  c05=(M, "HER2-positive; progressed on 1L trastuzumab+pembrolizumab+CAPOX"),
  c06=(N, "HER2-positive (IHC 3+) and has not received or failed trastuzumab"),
  c07=(M, "HER2-positive; progressed on 1L trastuzumab+pembrolizumab+CAPOX"),
  c08=(M, "does not apply: HER2 IHC 2+/ISH not amplified (HER2-negative)")),
# 8 contraception
ALL(M, "contraception (C1)"),
# 9 LVEF >=50
J(None, c01=(N, "LVEF 48%"), c02=(U, "LVEF not measured"), c03=(M, "LVEF 60%"), c04=(M, "LVEF 62%"),
  c05=(M, "LVEF 55%"), c06=(M, "LVEF 64%"), c07=(M, "LVEF 58%"), c08=(U, "LVEF not measured")),
# E 10 WOCBP pregnancy test
J((M, "does not apply: not a woman of child-bearing potential (C2)"),
  c01=(M, "does not apply: male"), c06=(M, "does not apply: male"), c07=(M, "does not apply: male"),
  c02=(U, "woman aged 34; pregnancy status not in fields (C2)"),
  c04=(U, "woman aged 47; pregnancy status not in fields (C2)")),
# 11 systemic therapy within 2 weeks
J(None, **{k: (M, v + "; nothing within 2 weeks") for k, v in lastdose.items()}),
# 12 radiotherapy within 2 weeks
ALL(U, "radiotherapy history not in the case fields (C4)"),
# 13 live vaccine
ALL(U, "vaccination history not in the case"),
# 14 investigational agent/device within 4 weeks
J(None, **{k: (M, v + "; only licensed agents recorded, no investigational agent or device") for k, v in lastdose.items()}),
# 15 immunodeficiency / steroids / immunosuppressants within 7 days
J((U, "current steroid/immunosuppressive medication not in the case"),
  c03=(U, "autoimmune disease on record; current immunosuppressive medication not in fields"),
  c06=(U, "HIV on record (CD4/AIDS status not in fields); medication not in fields")),
# 16 additional malignancy
ALL(U, "other malignancies not in the case (C4)"),
# 17 active CNS mets / carcinomatous meningitis
J((M, "no brain/CNS metastases on record"),
  c05=(U, "brain metastases on record; whether active is not in fields"),
  c08=(U, "brain metastases on record; whether active is not in fields")),
# 18 hypersensitivity
ALL(U, "no allergy/hypersensitivity history in the case fields"),
# 19 active autoimmune disease treated in past 2 years
J((M, "no autoimmune disease on record"),
  c03=(U, "autoimmune disease on record; systemic treatment in past 2 years not in fields")),
# 20 pneumonitis requiring steroids / current
J((M, "no pneumonitis on record"),
  c04=(N, "grade 3 immune-related pneumonitis on nivolumab (a grade that requires systemic steroids)"),
  c08=(U, "ILD on record, not pneumonitis; whether it was steroid-requiring pneumonitis is not stated")),
# 21 active infection requiring systemic therapy
J((U, "current infection status not in the case"),
  c02=(U, "hepatitis B on record; antiviral therapy status not in fields"),
  c05=(U, "hepatitis C on record; current status not in fields"),
  c06=(U, "HIV on record; other active infection not in fields")),
# 22 HIV
J((M, "no HIV on record"), c06=(N, "HIV on record")),
# 23 active HBV/HCV
J((M, "no hepatitis B or C on record"),
  c02=(U, "hepatitis B on record; HBsAg/HBV DNA level not in fields"),
  c05=(U, "hepatitis C on record; HCV RNA not in fields")),
# 24 active TB
ALL(U, "tuberculosis history not in the case"),
# 25 allogeneic / solid organ transplant
ALL(M, "no organ transplant on record"),
]
note = ("Korean phase I/II of pembrolizumab + olaparib + paclitaxel. The record's eligibility text has no disease-stage "
        "or line-of-therapy item except 'failed first-line trastuzumab for HER2 positive patients', so only the listed "
        "items are judged (a treatment-naive HER2-negative case is not excluded by the text). The HER2 item is read as a "
        "conditional: HER2-negative cases (IHC 0/1+/2+ ISH-negative; ctDNA-only ERBB2 in UL-03) are 'does not apply'. "
        "The treatments list is taken as the full systemic-therapy history (only licensed agents, so no investigational "
        "agent). organ_transplant absent covers the transplant item. Grade 3 immune pneumonitis is taken as steroid-"
        "requiring; ILD without pneumonitis is unknown for the pneumonitis item.")
emit("NCT04592211", note, j)
