from rules import *
r = Rec("NCT04995003")
SARC = ALL("not_met", "gastro-oesophageal adenocarcinoma, not a sarcoma")
AGE = {i: ("not_met", f"age {C[i]['patient']['age']}, outside 1–25 years") for i in range(1, 9)}
def KPS():
    d = {}
    for i in range(1, 9):
        e = C[i]["patient"]["ecog"]
        d[i] = {0: ("met", "ECOG 0 ≈ KPS 90–100"), 1: ("met", "ECOG 1 ≈ KPS 70–80"),
                2: ("unknown", "ECOG 2 ≈ KPS 50–70: borderline for ≥60"), 3: ("not_met", "ECOG 3 ≈ KPS 30–50")}[e]
    return d
WASH = J("met", "no prior therapy",
         c2=("met", "paclitaxel ended 2026-10-15 (47 days); no toxicities recorded"),
         c3=("met", "disitamab vedotin ended 2026-10-20 (42 days, well over 3 half-lives); no toxicities recorded"),
         c5=("not_met", "ramucirumab ended 2026-11-02 (29 days) — less than 3 half-lives (t½ ≈14 days → 42 days)"),
         c6=("met", "perioperative FLOT ended 2026-06-10"),
         c7=("not_met", "ramucirumab ended 2026-10-25 (37 days) — less than 3 half-lives (≈42 days)"))
LVN = J("met", "", c1=("met", "LVEF 62%"), c2=("unknown", "LVEF 52%: borderline against institutional normal (50–55%)"),
        c3=("unknown", "LVEF not recorded"), c4=("met", "LVEF 64%"), c5=("met", "LVEF 60%"), c6=("met", "LVEF 58%"),
        c7=("not_met", "LVEF 48%, below normal"), c8=("unknown", "LVEF not recorded; heart failure recorded"))
CARD = J("unknown", "LVEF normal/unknown but NYHA class and arrhythmia history not in case",
         c7=("not_met", "LVEF 48%, below institutional normal"),
         c8=("unknown", "heart failure recorded, NYHA class and LVEF not stated"))
NOCYC = ALL("met", "never received cyclophosphamide")
NOFLU = ALL("met", "never received fludarabine")
PD1HYP = J("met", "no prior pembrolizumab/nivolumab",
           c5=("met", "nivolumab given; toxicity was pneumonitis, not hypersensitivity"),
           c7=("met", "pembrolizumab given without recorded hypersensitivity"))
MUR = ALL("unknown", "allergy history (murine protein, DMSO, dextran 40) not in case")
TB = ALL("unknown", "tuberculosis history not in case")
BULK = ALL("unknown", "tumour bulk not in case")
CATCH = ALL("unknown", "investigator judgement; not decidable from case")
PI, TI, PX, TX = "Procurement Inclusion", "Treatment Inclusion", "Procurement Exclusion", "Treatment Exclusion"
r.add("inclusion", "Diagnosis of a HER2-positive sarcoma", SARC)
r.add("inclusion", "Age between 1 to 25 years", AGE)
r.add("inclusion", "Karnofsky or Lansky performance score of ≥ 60", KPS())
r.add("inclusion", "Informed consent explained to", CONSENT, after=PI)
r.add("inclusion", "Diagnosis of a HER2 positive sarcoma with active disease", SARC)
r.add("inclusion", "At least 4 weeks from and having recovered", WASH)
r.add("inclusion", "Normal cardiac left ventricular end diastolic function", LVN)
r.add("inclusion", "Karnofsky or Lansky performance score of ≥60", KPS())
for s in ["Total bilirubin ≤1.5x", "AST/ALT ≤ 2.5x ULN", "Serum creatinine ≤1.5x", "Hgb ≥ 7.0", "WBC \\> 2,000", "ANC \\>1,000", "Platelets \\>75,000"]:
    r.add("inclusion", s, LAB())
r.add("inclusion", "Pulse oximetry of ≥ 90% on room air", ALL("unknown", "pulse oximetry not in case (C3)"))
r.add("inclusion", "Sexually active males and females of childbearing potential", CONTRA)
r.add("inclusion", "Available autologous transduced cytotoxic T lymphocytes", ALL("met", "product-release/study-procedure item (C1)"))
r.add("inclusion", "Informed consent explained to", CONSENT, after=TI)
for sec in (PX, TX):
    r.add("exclusion", "Known HIV positivity", HIV(), after=sec)
    if sec == TX:
        r.add("exclusion", "Intercurrent infection", ACTIVE_INF())
        r.add("exclusion", "Pregnant or lactating", PREG())
        r.add("exclusion", "History of hypersensitivity to murine protein", MUR)
    r.add("exclusion", "Severe previous toxicity from cyclophosphamide", NOCYC, after=sec)
    r.add("exclusion", "Severe previous toxicity from fludarabine", NOFLU, after=sec)
    r.add("exclusion", "Severe hypersensitivity (≥Grade 3) to pembrolizumab", PD1HYP, after=sec)
    if sec == PX:
        r.add("exclusion", "History of allergic reactions attributed to murine protein", MUR)
    r.add("exclusion", "Cardiac disorder defined as left ventricular ejection fraction", CARD, after=sec)
    r.add("exclusion", "Active autoimmune disease that has required systemic treatment", AUTOIMMUNE_REQ(), after=sec)
    r.add("exclusion", "History of non-infectious pneumonitis that required steroids", ILD_STEROID(), after=sec)
    r.add("exclusion", "Known history of active tuberculosis", TB, after=sec)
    if sec == TX:
        r.add("exclusion", "Has received a live virus vaccine within previous 30 days", VACCINE())
    r.add("exclusion", "Has undergone solid organ transplantation at any time", TRANSPLANT(), after=sec)
    r.add("exclusion", "Has a diagnosis of immunodeficiency or is receiving any other form of immunosuppressive therapy", STEROID(), after=sec)
    r.add("exclusion", "Presence of bulky tumor", BULK, after=sec)
    if sec == TX:
        r.add("exclusion", "Has received radiotherapy within 14 days", RT())
    r.add("exclusion", "Has a history or current evidence of any condition", CATCH, after=sec)
print(r.write(
 "Paediatric/young-adult HER2-positive sarcoma CAR-T study (HEROS 3.0). All eight cases are adults with "
 "gastro-oesophageal adenocarcinoma, so the diagnosis and age (1–25) items are not met for everyone; every other "
 "criterion is still judged. ECOG→Karnofsky: ECOG 0–1 meet KPS ≥60, ECOG 2 borderline (unknown), ECOG 3 fails. "
 "Washout for targeted drugs uses 3 half-lives (ramucirumab t½ ≈14 days). 'Normal LVEF per institution' read with "
 "50–55% as the normal limit (52% unknown, 48% not met). Grade-2 immune pneumonitis / T-DXd ILD are read as having "
 "required steroids (standard management for ≥G2). Allergy, TB, vaccine, bulk and radiotherapy items are unknown."))
