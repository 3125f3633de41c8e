import yaml, sys
from tools_items import items
C = [f"UC-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"
def J(default, reason, **ov):
    """default status/reason for all cases; overrides as c01=(status, reason)"""
    out = {c: (default, reason) for c in C}
    for k, v in ov.items():
        out["UC-" + k[1:]] = v
    return out
LAB = J(U, "laboratory value not in the case (convention C3)")
LE = J(U, "life expectancy not recorded (convention C2)")
PROC = J(M, "consent/compliance/procedure item (convention C1)")
PREG = J(M, "man, or woman aged 55 or over (convention C2)",
         c03=(U, "woman aged 38; pregnancy/breast-feeding status not confirmed by a test"),
         c06=(U, "woman aged 49; pregnancy/breast-feeding status not confirmed by a test"))
MEAS = J(M, "measurable disease recorded", c06=(N, "measurable_disease false (peritoneal disease and ascites only)"),
         c08=(N, "measurable_disease false (resected, disease-free)"))
ECOG01 = J(M, "ECOG 1", c02=(M, "ECOG 0"), c08=(M, "ECOG 0"), c06=(N, "ECOG 2"), c07=(N, "ECOG 3"))
AGE18 = J(M, "adult (age 38-74)")
NOTX = "no prior anticancer therapy, so nothing unresolved"

spec = {}
# ---------------------------------------------------------------- NCT05702229 (AZ first-line novel combinations, HER2-negative)
spec["NCT05702229"] = {
 "note": "First-line platform (HER2-negative G/GEJ). 'Previously untreated' read with convention C6: perioperative therapy "
         "with recurrence within 183 days counts as a prior line (UC-03). A patient with any documented HER2-positive "
         "result (including UC-01 before HER2 loss) or with HER2 only from ctDNA (UC-06, tissue never resulted = "
         "indeterminate) is excluded. The central CLDN18.2 testing item is a screening procedure (C1). Composite "
         "exclusions (CNS/leptomeningeal/cord compression, infections incl. TB and hepatitis A) stay unknown unless "
         "every part is known absent (C4). Drug-induced ILD treated with steroids (UC-05) left unknown for the "
         "'autoimmune or inflammatory disorder' item.",
 "j": {
  0: AGE18,
  1: J(U, "body weight not recorded"),
  2: J(N, "already treated for advanced disease", c02=(M, "untreated metastatic disease"), c04=(M, "untreated locally advanced unresectable disease"),
       c01=(N, "first-line trastuzumab + CAPOX given"), c03=(N, "recurrence 127 days after perioperative FLOT: counts as first line (C6)"),
       c05=(N, "three prior palliative lines"), c06=(N, "two prior palliative lines"), c07=(N, "two prior palliative lines"),
       c08=(N, "no unresectable or metastatic disease (resected, disease-free)")),
  3: MEAS,
  4: ECOG01,
  5: LE,
  6: LAB,
  7: J(M, "screening test on archival/fresh tissue is a study procedure (C1)"),
  8: J(M, "HER2-negative", c01=(N, "HER2 IHC 3+ at diagnosis (re-biopsy 1+ does not undo a HER2-positive tumour)"),
       c02=(N, "HER2 IHC 2+ / ISH amplified = HER2-positive"), c03=(M, "HER2 IHC 2+ / ISH not amplified = HER2-negative"),
       c04=(M, "HER2 IHC 0"), c05=(N, "HER2 IHC 3+"), c06=(N, "no tissue HER2 result and ctDNA ERBB2 amplified: positive or indeterminate"),
       c07=(M, "HER2 IHC 1+"), c08=(M, "HER2 IHC 2+/ISH not amplified, resection 1+")),
  9: J(U, "no brain metastases recorded, but leptomeningeal disease / cord compression not documented (C4)",
       c05=(U, "brain metastases treated with SRS and stable, no leptomeningeal disease; cord compression not documented")),
  10: J(U, "ascites not documented (C4)", c06=(U, "ascites drained every 2-3 weeks; whether this counts as controlled is a protocol judgement")),
  11: J(U, "HIV/hepatitis B/C not recorded, but tuberculosis and hepatitis A not documented (C4)",
        c02=(U, "chronic hepatitis B on entecavir, HBV DNA pending: activity undetermined")),
  12: J(U, "intercurrent illness not documented"),
  13: J(M, "no autoimmune disease recorded", c07=(M, "psoriasis treated topically only, no systemic steroids/immunosuppression"),
        c05=(U, "drug-induced ILD treated with steroids; whether it counts as an inflammatory disorder is a protocol judgement")),
  14: J(U, "other malignancies not documented (C4)"),
  15: J(M, "no prior immune-oncology agent", c05=(N, "prior pembrolizumab"), c06=(N, "prior tislelizumab"), c07=(N, "prior nivolumab")),
  16: J(M, "no prior CLDN18.2-targeted therapy or MMAE-based ADC", c06=(N, "prior disitamab vedotin (MMAE payload)"),
        c05=(M, "T-DXd has a deruxtecan payload, not MMAE; no CLDN18.2 therapy")),
 }}
# ---------------------------------------------------------------- NCT05771584 (AST-301 adjuvant vaccine)
spec["NCT05771584"] = {
 "note": "Adjuvant-setting vaccine: only a resected, disease-free stage II/III patient fits (UC-08). Perioperative FLOT "
         "with completed postoperative cycles read as 'completed standard adjuvant treatment'. 'HER2 low expression and "
         "HER2 overexpression' read as 'either HER2-low or HER2-overexpressing' (IHC 1+ to 3+); IHC 0 fails; ctDNA-only "
         "HER2 is unknown. Stage and R0 status taken from the case comments (UC-03, UC-08). Dexamethasone within 4 weeks "
         "(UC-05) counts as a systemic immunosuppressant. Drug-induced ILD (UC-05) left unknown as 'inflammatory disease'.",
 "j": {
  0: J(N, "no curative resection; advanced disease treated palliatively",
       c03=(M, "D2 gastrectomy, R0, perioperative FLOT completed (case comment)"),
       c08=(M, "D2 gastrectomy R0 with 34 nodes, all perioperative/postoperative cycles completed (case comment)"),
       c04=(N, "unresectable, not operated")),
  1: J(N, "stage IV (metastatic)", c03=(N, "now recurrent with peritoneal/ovarian metastases (stage IV)"),
       c04=(N, "unresectable cT4b disease (clinical stage IVA), not resected"), c08=(M, "ypT2N1M0 = stage II (case comment)")),
  2: J(M, "HER2 IHC 1+ to 3+ (low or overexpression)", c04=(N, "HER2 IHC 0: neither low nor overexpressed"),
       c06=(U, "no tissue HER2 IHC; ctDNA amplification only"), c01=(M, "IHC 3+ at diagnosis, 1+ on re-biopsy"),
       c03=(M, "IHC 2+/ISH not amplified = HER2-low"), c07=(M, "IHC 1+ = HER2-low"), c08=(M, "IHC 2+/ISH- and 1+ = HER2-low")),
  3: ECOG01,
  4: LAB,
  5: J(U, "drug hypersensitivity / GM-CSF contraindication not documented"),
  6: J(U, "other malignancies not documented (C4)"),
  7: J(U, "no medication list; systemic immunosuppressant use not documented",
       c05=(N, "dexamethasone taper stopped 2026-11-24, within 4 weeks"),
       c07=(M, "psoriasis on topical agents only; no systemic immunosuppression (case comment)")),
  8: J(M, "no autoimmune disease recorded", c07=(N, "psoriasis (autoimmune disease)"),
       c05=(U, "drug-induced ILD treated with steroids; whether it counts as inflammatory disease is a protocol judgement")),
  9: J(U, "HIV/hepatitis B/C not recorded, but tuberculosis status not documented (C4)",
       c02=(U, "chronic hepatitis B on entecavir, HBV DNA pending")),
  10: PREG,
 }}
# ---------------------------------------------------------------- NCT05927857 (ramucirumab + nal-IRI + TAS-102, second line)
spec["NCT05927857"] = {
 "note": "Second-line gastric trial. GEJ adenocarcinoma counted as gastric adenocarcinoma; oesophageal adenocarcinoma "
         "(UC-05) and non-metastatic disease (UC-04 locally advanced, UC-08 resected) are not. 'Only first line' uses "
         "convention C6 (UC-03 qualifies through recurrence 127 days after perioperative FLOT). The Herceptin clause "
         "applies to HER2-positive tumours only; UC-06 (ctDNA-only ERBB2, no trastuzumab) is unknown. Item 14 (serum "
         "pregnancy test) handled under C2. 'Can't take oral drugs' is met only where an oral agent was taken in the "
         "latest line (UC-01 capecitabine); otherwise unknown. Drug hypersensitivity, surgery dates, thrombo-embolism, "
         "bleeding, cirrhosis, blood pressure, antiplatelet use and other malignancies are not in the cases -> unknown. "
         "The 'patients have:' lead-in of item 8 is split into its two cirrhosis bullets.",
 "j": {
  0: J(M, "metastatic gastric adenocarcinoma", c01=(M, "metastatic GEJ adenocarcinoma, counted as gastric"),
       c07=(M, "metastatic GEJ adenocarcinoma, counted as gastric"), c03=(M, "recurrent gastric adenocarcinoma with peritoneal/ovarian metastases"),
       c04=(N, "locally advanced unresectable, not metastatic"), c05=(N, "oesophageal adenocarcinoma, not gastric"),
       c08=(N, "resected, no metastatic disease")),
  1: J(N, "more than one line received", c01=(M, "one palliative line (trastuzumab + CAPOX)"),
       c02=(N, "no systemic therapy yet"), c04=(N, "no systemic therapy yet"),
       c03=(M, "perioperative FLOT with recurrence 127 days after its end counts as the only (first) line"),
       c05=(N, "three prior lines"), c06=(N, "two prior lines"), c07=(N, "two prior lines"),
       c08=(N, "perioperative therapy only, no recurrence: no line for advanced disease")),
  2: ECOG01,
  3: J(M, "does not apply: HER2-negative tumour", c01=(M, "HER2-positive and received trastuzumab"),
       c02=(N, "HER2-positive (IHC 2+/ISH+) and no trastuzumab"), c05=(M, "HER2-positive and received trastuzumab"),
       c06=(U, "tissue HER2 never resulted (ctDNA ERBB2 amplified); no trastuzumab given")),
  4: MEAS,
  5: J(M, "age within 20-80"),
  6: LE, 7: LAB, 8: LAB, 9: LAB, 10: LAB, 11: LAB,
  12: PROC,
  13: J(M, "does not apply: man, or woman aged 55 or over",
        c03=(U, "woman of child-bearing potential; no pregnancy test yet (C2)"),
        c06=(U, "woman aged 49; no pregnancy test yet (C2)")),
  14: PROC,
  15: J(U, "ability to take oral drugs not documented", c01=(M, "took oral capecitabine until 2026-09")),
  16: J(U, "drug hypersensitivity history not documented"),
  17: J(U, "recent surgery not documented (C4)"),
  18: J(U, "diarrhoea and ascites not documented", c06=(N, "malignant ascites needing paracentesis every 2-3 weeks")),
  19: J(U, "current infection not documented"),
  20: J(U, "arterial thrombo-embolic history not documented"),
  21: J(U, "GI perforation/fistula history not documented (C4)"),
  23: J(U, "cirrhosis not documented", c02=(U, "chronic hepatitis B; cirrhosis status not documented")),
  24: J(U, "cirrhosis not documented", c02=(U, "chronic hepatitis B; cirrhosis status not documented")),
  25: J(U, "wounds/fractures not documented"),
  26: J(U, "surgery dates not documented (C4)"),
  27: J(U, "blood pressure not documented"),
  28: J(U, "GI bleeding not documented"),
  29: J(U, "venous thrombo-embolism not documented"),
  30: J(U, "antiplatelet therapy not documented"),
  31: J(M, "no prior nal-IRI, TAS-102 or ramucirumab", c05=(N, "prior ramucirumab (line 3)"), c07=(N, "prior ramucirumab (line 2)")),
  32: J(U, "other malignancies not documented (C4)"),
  33: PREG,
 }}
# ---------------------------------------------------------------- NCT06005493 (AZD5863 CLDN18.2 x CD3)
spec["NCT06005493"] = {
 "note": "CLDN18.2 T-cell engager. Local CLDN18.2 results do not settle 'positive by central IHC' (threshold and central "
         "test unknown) -> unknown for everyone. 'At least one prior line in the advanced setting' uses C6 (UC-03 met; "
         "UC-08, perioperative without recurrence, not met). Psoriasis (UC-07) is an autoimmune disorder within 3 years. "
         "UC-05's brain metastases were diagnosed 2026-10-28, within 3 months. 'CNS metastases or CNS pathology', "
         "infections, cardiac conditions, HLH, thrombo-embolism and anticoagulation are unknown unless decided.",
 "j": {
  0: AGE18,
  1: J(M, "adenocarcinoma of stomach/GEJ/oesophagus"),
  2: MEAS,
  3: J(U, "local CLDN18.2 result only; central IHC result and threshold unknown",
       c05=(U, "CLDN18.2 not tested"), c06=(U, "CLDN18.2 not tested")),
  4: ECOG01,
  5: LE, 6: LAB, 7: PROC,
  8: J(M, "prior palliative line(s) given", c02=(N, "no prior therapy"), c04=(N, "no prior therapy"),
       c03=(M, "perioperative FLOT with recurrence within 183 days counts as a line (C6)"),
       c08=(N, "perioperative therapy only, no advanced disease")),
  9: J(U, "current toxicity grade not documented", c02=(M, NOTX), c04=(M, NOTX),
       c05=(U, "grade 2 ILD on T-DXd; current grade not documented")),
  10: J(M, "no prior T-cell engager or CAR-T"),
  11: J(U, "HLH/MAS history not documented"),
  12: J(M, "no autoimmune disease recorded", c07=(N, "psoriasis, active within 3 years"),
        c05=(U, "drug-induced ILD 2026 treated with steroids: inflammatory disorder per protocol?")),
  13: J(U, "no brain metastases recorded but other CNS pathology not documented (C4)",
        c05=(N, "brain metastases diagnosed 2026-10-28, within 3 months")),
  14: J(U, "HIV/hepatitis B/C not recorded, but EBV and other infections not documented (C4)",
        c02=(U, "chronic hepatitis B on entecavir, HBV DNA pending: activity undetermined")),
  15: J(U, "protocol-defined cardiac conditions not documented", c05=(U, "LVEF 45% after trastuzumab; protocol definition not given"),
        c07=(U, "LVEF never measured")),
  16: J(U, "thrombo-embolic history not documented"),
  17: J(U, "no medication list; need for immunosuppression not documented",
        c07=(M, "psoriasis managed topically; no systemic immunosuppression (case comment)")),
  18: J(U, "anticoagulant use not documented"),
 }}
# ---------------------------------------------------------------- NCT06253871 (IAM1363, HER2-altered)
spec["NCT06253871"] = {
 "note": "HER2 TKI basket. 'HER2-altered' read as overexpression (IHC 3+ or 2+/ISH+), amplification (tissue or ctDNA) "
         "or activating ERBB2 mutation. HER2-low/0 tumours without NGS are unknown (mutation untested); UC-01 (3+ at "
         "diagnosis, 1+ on re-biopsy) unknown because the current tumour has lost overexpression and the protocol's "
         "acceptance of archival results is not stated. 'Relapsed/refractory' and 'progression after last therapy' fail "
         "for untreated patients and for UC-08 (disease-free). LVEF only from lvef_percent (UC-05 45% fails; UC-07 null "
         "unknown). Brain metastases already treated with SRS and stable (UC-05) do not need immediate local therapy.",
 "j": {
  0: AGE18,
  1: J(U, "HER2-low/0 without ERBB2 mutation testing",
       c01=(U, "IHC 3+ at diagnosis but 1+ on 2026-10 re-biopsy; archival acceptance not stated"),
       c02=(N, "HER2-positive but untreated: not relapsed/refractory"), c04=(N, "untreated, HER2 IHC 0: not relapsed/refractory"),
       c05=(M, "HER2 IHC 3+, refractory after 3 lines"), c06=(M, "ctDNA ERBB2 amplification, refractory after 2 lines"),
       c03=(U, "HER2 IHC 2+/ISH not amplified; ERBB2 mutation not tested"), c07=(U, "HER2 IHC 1+; ERBB2 mutation not tested"),
       c08=(N, "resected, disease-free: not relapsed/refractory")),
  2: J(M, "progressed on last systemic therapy", c02=(N, "no prior therapy"), c04=(N, "no prior therapy"),
       c03=(M, "recurred after perioperative FLOT"), c08=(N, "completed perioperative therapy without progression")),
  3: J(M, "measurable disease recorded", c06=(N, "measurable_disease false; no brain metastases for RANO-BM"),
       c08=(N, "measurable_disease false"), c05=(M, "measurable disease recorded")),
  4: ECOG01,
  5: LAB,
  6: J(M, "LVEF 55% or more", c01=(M, "LVEF 58%"), c05=(N, "LVEF 45%"), c07=(U, "LVEF not measured")),
  7: J(U, "cardiac history not documented beyond LVEF (C4)", c05=(U, "asymptomatic LVEF decline to 45%; significance per protocol"),
       c07=(U, "cardiac history and LVEF unknown")),
  8: J(M, "no HIV recorded"),
  9: J(U, "hepatitis B/C not recorded, but other active liver disease (incl. hepatitis A) not documented (C4)",
       c02=(U, "chronic hepatitis B on entecavir, HBV DNA pending: activity undetermined")),
  10: J(U, "GI absorption / nausea not documented (C4)"),
  11: J(U, "diabetes status not documented"),
  12: J(M, "no organ transplant recorded"),
  13: J(U, "CNS haemorrhage history not documented"),
  14: J(M, "no brain metastases recorded", c05=(M, "brain metastases already treated with SRS, stable, no further local therapy planned")),
 }}
# ---------------------------------------------------------------- NCT06596694 (patritumab deruxtecan GI basket)
spec["NCT06596694"] = {
 "note": "HER3-DXd GI basket. The four tumour bullets are judged separately; the non-gastro-oesophageal ones 'do not "
         "apply'. 'Gastroesophageal cancer' read as gastric, GEJ and oesophageal adenocarcinoma (UC-05 met); "
         "locally advanced unresectable qualifies (UC-04). 'Prior therapy for the cancer' read literally (UC-08's "
         "perioperative FLOT counts, though UC-08 fails the disease-setting item). The record gives no ECOG criterion, "
         "so ECOG 3 (UC-07) does not decide here. ILD: UC-05 had steroid-treated grade 2 ILD -> excluded; absence of "
         "ILD/pneumonitis in conditions is taken as known absent (C4).",
 "j": {
  0: J(M, "does not apply: colorectal cohort"),
  1: J(M, "does not apply: biliary tract cohort"),
  2: J(M, "does not apply: hepatocellular cohort"),
  3: J(M, "metastatic gastro-oesophageal adenocarcinoma", c04=(M, "locally advanced unresectable gastric adenocarcinoma"),
       c05=(M, "metastatic oesophageal adenocarcinoma (gastro-oesophageal)"), c08=(N, "resected, disease-free; not advanced")),
  4: J(M, "prior systemic therapy given", c02=(N, "no prior therapy"), c04=(N, "no prior therapy"),
       c08=(M, "perioperative FLOT received")),
  5: J(U, "recovery from prior toxicities not documented", c02=(M, NOTX), c04=(M, NOTX),
       c05=(U, "grade 2 ILD on T-DXd; current status per protocol not documented")),
  6: J(M, "no ILD or pneumonitis recorded", c05=(N, "grade 2 ILD on T-DXd treated with steroids")),
  7: J(U, "respiratory status not documented", c05=(U, "residual grade 1 fibrotic streaks; severity of compromise not documented")),
  8: J(U, "leptomeningeal status not documented (C4)", c05=(M, "MRI showed no leptomeningeal disease (case comment)")),
  9: J(U, "corneal disease not documented"),
  10: J(U, "cardio/cerebrovascular history not documented"),
  11: J(U, "infection status not documented", c02=(U, "chronic hepatitis B on entecavir, HBV DNA pending")),
 }}
# ---------------------------------------------------------------- NCT06921837 (BDC-4182, CLDN18.2)
spec["NCT06921837"] = {
 "note": "BDC-4182 first-in-human. 'Gastroesophageal cancer' read as including oesophageal adenocarcinoma (UC-05), as "
         "for NCT06596694. 'At least 1-2 prior lines' read as at least one line (C6 for UC-03). Case CLDN18.2 values are "
         "% of cells with 2+/3+ staining, so any value >=1% meets the escalation clause; untested patients meet it "
         "because the clause only applies when expression is known. CNS item: UC-05's dexamethasone stopped 7 days "
         "before 2026-12-01 (needs 14) -> excluded. 'Cardiac, pulmonary or hepatic disease' is excluded by UC-05's ILD; "
         "chronic hepatitis B (UC-02) left unknown. Washout counted from the last end date to 2026-12-01.",
 "j": {
  0: MEAS,
  1: J(M, "metastatic gastric/GEJ adenocarcinoma", c04=(M, "unresectable locally advanced gastric cancer"),
       c05=(M, "metastatic oesophageal adenocarcinoma (gastro-oesophageal)"), c08=(N, "resected, disease-free")),
  2: J(M, "at least one prior line", c02=(N, "no prior therapy"), c04=(N, "no prior therapy"),
       c03=(M, "perioperative FLOT with recurrence within 183 days counts as one line (C6)"),
       c08=(N, "no line for advanced disease")),
  3: J(M, "CLDN18.2 2+/3+ in >=1% of tumour cells", c05=(M, "does not apply: CLDN18.2 not known"),
       c06=(M, "does not apply: CLDN18.2 not known")),
  4: LAB,
  5: PROC,
  6: J(M, "no CNS metastases known", c05=(N, "brain metastases; dexamethasone stopped 2026-11-24, less than 14 days")),
  7: J(U, "cardiac, pulmonary and hepatic history not documented (C4)", c05=(N, "interstitial lung disease (pulmonary disease)"),
       c02=(U, "chronic hepatitis B; significance as 'hepatic disease' per protocol"), c07=(U, "cardiac status and LVEF unknown")),
  8: J(U, "infection status not documented", c02=(U, "chronic hepatitis B on entecavir, HBV DNA pending")),
  9: J(U, "eye history not documented"),
  10: J(U, "residual toxicity not documented", c02=(M, NOTX), c04=(M, NOTX),
        c05=(U, "grade 2 ILD on T-DXd; residual status not documented")),
  11: J(M, "last anticancer therapy more than 28 days before 2026-12-01", c02=(M, "no prior therapy"), c04=(M, "no prior therapy"),
        c05=(M, "last dose 2026-10-25 (37 days)"), c07=(M, "last dose 2026-11-01 (30 days)"), c06=(M, "last dose 2026-10-20 (42 days)")),
 }}

def verdict(sts):
    return "ineligible" if N in sts else ("eligible" if all(s == M for s in sts) else "possibly_eligible")

for nct, s in spec.items():
    its = items(nct)
    crit = []
    for i, (kind, text) in enumerate(its):
        if i not in s["j"]:
            print(nct, "skip", i, text[:60], file=sys.stderr); continue
        j = s["j"][i]
        crit.append({"kind": kind, "text": text, "judgements": {c: j[c][0] for c in C}, "reasons": {c: j[c][1] for c in C}})
    extra = set(s["j"]) - set(range(len(its)))
    assert not extra, (nct, extra)
    v = {c: verdict([cr["judgements"][c] for cr in crit]) for c in C}
    out = {"nct_id": nct, "reviewer_note": s["note"], "verdicts": v, "criteria": crit}
    with open(f"UC/{nct}.yaml", "w") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=110)
    print(nct, " ".join(f"{c[3:]}:{v[c][:4]}" for c in C))
