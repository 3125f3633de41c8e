import yaml, sys
sys.path.insert(0, ".")
from tools_parse import items
C = [f"UG-{i:02d}" for i in range(1, 9)]
MEN = {"UG-01", "UG-03", "UG-05", "UG-07"}
def J(default, **over):
    d = {c: default for c in C}
    for k, v in over.items():
        d["UG-" + k[1:]] = v
    return d
m = lambda r: ("met", r)
n = lambda r: ("not_met", r)
u = lambda r: ("unknown", r)
LAB = J(u("laboratory/organ-function value not in case (C3)"))
CONS = J(m("consent/compliance/contraception item (C1)"))
HEAD = J(m("heading; asks nothing by itself"))
def NA(r): return J(m("does not apply: " + r))
def preg():
    return J(m("does not apply: male (C2)"), c04=m("woman aged 72, not of child-bearing potential (C2)"),
             c02=u("woman aged 47; pregnancy/breast-feeding status not recorded (C2)"),
             c06=u("woman aged 38; pregnancy/breast-feeding status not recorded (C2)"),
             c08=u("woman aged 29; pregnancy/breast-feeding status not recorded (C2)"))
def ecog(ok):
    e = {"UG-01": 1, "UG-02": 1, "UG-03": 1, "UG-04": 2, "UG-05": 0, "UG-06": 1, "UG-07": 3, "UG-08": 0}
    return {c: (m if e[c] in ok else n)(f"ECOG {e[c]}") for c in C}
LVEF = {"UG-01": 60, "UG-02": 55, "UG-03": 48, "UG-04": None, "UG-05": 62, "UG-06": 58, "UG-07": 38, "UG-08": 64}
def lvef(th):
    return {c: (u("LVEF not recorded (C3)") if LVEF[c] is None else (m if LVEF[c] >= th else n)(f"LVEF {LVEF[c]}%"))
            for c in C}
MEAS = J(m("measurable disease recorded"))
ADULT = J(m("adult (age 29-79)"))
CNS_OK = J(m("brain_metastases not listed (known absent, C4)"),
           c06=u("brain metastases present; whether treated/stable/symptomatic not recorded"))
PNEU_STEROID = J(m("no ILD/pneumonitis in conditions or toxicities"),
           c03=n("T-DXd-induced pneumonitis grade 2 (ILD in history); grade 2 drug ILD is steroid-treated"),
           c06=n("grade 2 immune pneumonitis on nivolumab; grade 2 requires corticosteroids"))
MALIG = J(u("other malignancy history not recorded (C4)"))
EXC_CLAUSE = J(m("exception clause; narrows the exclusion, excludes no one"))
GEN = lambda r: J(u(r + " not recorded in case (C4)"))

T = {}
# ---------------- NCT05111626 bemarituzumab 1L FGFR2b ----------------
T["NCT05111626"] = dict(note=(
 "FORTITUDE-102 (bemarituzumab + chemo + nivolumab, 1L FGFR2b>=10%). FGFR2b is never in the case, so it is "
 "'unknown' for all. 'No prior treatment for metastatic disease' read literally: perioperative therapy completed "
 ">6 months before first dose is allowed, so UG-05 (periop FLOT ended 2026-02-20, recurrence at 162 days) meets it "
 "by the record's own rule even though C6 counts it as a line elsewhere. HER2 status judged on the latest tissue "
 "test (UG-02 HER2 loss -> not known positive); ctDNA-only ERBB2 (UG-06) -> unknown. Leptomeningeal disease taken "
 "as covered by the brain_metastases condition. 'No contraindications to nivolumab/mFOLFOX6/CAPOX' needs renal "
 "function and DPD status -> unknown."),
 j=[
 J(m("advanced (metastatic/unresectable) gastric or GEJ adenocarcinoma"),
   c06=n("oesophageal adenocarcinoma, not gastric/GEJ"), c08=n("resectable disease, amenable to curative therapy"),
   c07=m("locally advanced unresectable GEJ adenocarcinoma"), c05=m("recurrent (metastatic) gastric adenocarcinoma")),
 ecog({0, 1}),
 MEAS,
 J(u("contraindications (renal function, DPD status, hypersensitivity) not recorded")),
 LAB, LAB, LAB, LAB, LAB, LAB, LAB, LAB, LAB,
 HEAD,
 J(n("prior palliative systemic therapy for advanced disease"),
   c01=m("no prior therapy"), c07=m("no prior therapy"), c08=m("no prior therapy (resectable, untreated)"),
   c05=m("only perioperative FLOT, completed 2026-02-20 (>6 months before any first dose)")),
 J(u("FGFR2b IHC not in case")),
 # exclusions
 J(m("no FGFR inhibitor in treatment history")),
 J(m("HER2 negative"), c01=n("HER2 IHC 3+"), c03=n("HER2 IHC 3+ (no re-biopsy since)"), c07=n("HER2 IHC 2+/ISH amplified"),
   c02=m("latest re-biopsy IHC 1+/ISH not amplified (HER2 loss); original 3+"),
   c04=m("IHC 2+/ISH not amplified"), c05=m("IHC 0"), c08=m("IHC 1+"),
   c06=u("tissue HER2 never tested; ctDNA ERBB2 amplification only")),
 CNS_OK,
 J(u("neuropathy grade not recorded")),
 J(u("cardiac history beyond heart failure not recorded (C4)"), c07=n("heart failure with LVEF 38%")),
 MALIG,
 GEN("ophthalmologic history"),
 GEN("recent surgery / investigational study"),
 GEN("radiotherapy"),
 GEN("corneal status"),
 J(m("autoimmune_disease and organ_transplant not listed (known absent)"),
   c04=u("autoimmune disease listed; activity and systemic treatment in past 2 years not recorded"),
   c06=u("recent immune pneumonitis treated with steroids; whether immunosuppression still needed not recorded")),
 ])
# ---------------- NCT05274048 neratinib + T-DXd ----------------
her2oe = J(n("not HER2-overexpressing"), c01=m("IHC 3+"), c03=m("IHC 3+ (2023, pre-trastuzumab; no re-biopsy required by text)"),
   c07=m("IHC 2+/ISH amplified"), c02=n("latest re-biopsy IHC 1+/ISH not amplified (HER2 loss)"),
   c04=n("IHC 2+/ISH not amplified"), c05=n("IHC 0"), c08=n("IHC 1+"),
   c06=u("no tissue IHC/ISH; ctDNA ERBB2 amplification only"))
T["NCT05274048"] = dict(note=(
 "Phase 1 neratinib + T-DXd in HER2-overexpressing GI cancer after prior HER2 therapy. HER2 judged on latest "
 "tissue (UG-02 HER2 loss -> not_met); ctDNA-only (UG-06) -> unknown. Disitamab vedotin (UG-04) counted as HER2-"
 "directed therapy. The heading '4.1.3 ... HER2-overexpressing:' is judged like its first sub-item. The permissive "
 "other-malignancy clause is unknown (implicitly excludes interfering malignancies; history not recorded). "
 "Grade 2 pneumonitis/ILD history (UG-03, UG-06) excludes. Radiotherapy unknown makes the 2-week washout unknown."),
 j=[
 J(m("advanced GI adenocarcinoma (metastatic/unresectable)"), c08=n("resectable, not advanced"),
   c06=m("metastatic oesophageal adenocarcinoma (oesophagus allowed)")),
 MEAS,
 her2oe, her2oe,
 NA("other GI cancers cohort; patient has gastro-oesophageal cancer"),
 J(n("no prior HER2-directed therapy"), c02=m("trastuzumab line 1, ended 2026-09-20"),
   c03=m("trastuzumab and T-DXd, last HER2 therapy ended 2025-12-15"),
   c04=m("disitamab vedotin (HER2 ADC) ended 2026-10-25"), c08=n("no prior therapy; not advanced")),
 MALIG,
 J(m("age > 18")),
 ecog({0, 1, 2}),
 LAB, LAB, LAB, LAB, LAB, LAB, LAB, LAB, LAB,
 lvef(45),
 CONS, CONS, CONS,
 # exclusions
 J(u("no systemic therapy within 2 weeks, but radiotherapy and AE recovery not recorded")),
 J(m("no current investigational agent, no prior T-DXd"), c03=n("prior T-DXd (line 3)")),
 J(m("no immunotherapy/investigational agent within 21 days"),
   c03=m("nivolumab ended 2026-10-30 (32 days)"), c06=m("nivolumab stopped by 2026-10-20 (>21 days)"),
   c04=m("tislelizumab ended 2026-02-20")),
 CNS_OK,
 GEN("diarrhoea"),
 J(u("no ILD/pneumonitis listed, but lung function / O2 need not recorded (C3)"),
   c03=n("T-DXd-induced ILD/pneumonitis grade 2"), c06=n("pneumonitis grade 2 on nivolumab")),
 GEN("allergy history"),
 GEN("concomitant medication"),
 J(u("intercurrent illness (infection, arrhythmia, psychiatric) not recorded (C4)"),
   c07=u("heart failure, LVEF 38%; whether symptomatic/uncontrolled not recorded")),
 J(u("QTcF not recorded (C3)")),
 J(m("hiv, hepatitis_b, hepatitis_c, organ_transplant not listed (known absent)"),
   c01=u("hepatitis B; whether treated with undetectable viral load not recorded")),
 preg(),
 ])
# ---------------- NCT05640830 trastuzumab+bev+paclitaxel 2L ----------------
h2pos = J(n("HER2 negative"), c01=m("IHC 3+, metastatic GEJ (treated as gastric)"),
   c03=m("IHC 3+, advanced gastric"), c07=m("IHC 2+/ISH amplified, locally advanced GEJ"),
   c02=n("latest re-biopsy IHC 1+/ISH not amplified (HER2 loss)"), c04=n("IHC 2+/ISH not amplified"),
   c05=n("IHC 0"), c08=n("IHC 1+ and resectable, not advanced"),
   c06=n("oesophageal adenocarcinoma, not gastric; tissue HER2 untested"))
h2def = dict(h2pos); h2def["UG-06"] = u("no tissue IHC/ISH; ctDNA ERBB2 amplification only")
T["NCT05640830"] = dict(note=(
 "Korean phase 1 of trastuzumab + bevacizumab + paclitaxel in second-line HER2+ gastric cancer. 'Advanced gastric "
 "cancer' read to include GEJ adenocarcinoma but not oesophageal. 'Progressed on one systemic therapy' = exactly one "
 "prior line; UG-05's perioperative FLOT with recurrence at 162 days counts as that line (C6). HER2 on latest tissue; "
 "the MRM proteomic route is unknown where not tested. EF>=55% (echo) threshold used: UG-03 48% fails. "
 "Radiotherapy unknown makes the 2-week washout unknown for all."),
 j=[
 h2pos, h2def,
 J(u("MRM proteomic HER2 not done"), c01=m("HER2-positive by IHC; proteomic route not needed"),
   c03=m("HER2-positive by IHC; proteomic route not needed"), c07=m("HER2-positive by IHC/ISH; proteomic route not needed")),
 J(n("not exactly one prior line"), c01=n("no prior therapy"), c07=n("no prior therapy"), c08=n("no prior therapy"),
   c02=m("progressed on line 1 trastuzumab+CAPOX"), c03=n("four prior lines"), c04=n("two prior lines"),
   c05=m("perioperative FLOT with recurrence 162 days after end counts as one line (C6)"),
   c06=m("progressed on line 1 FOLFOX+nivolumab")),
 CONS,
 J(m("age >= 19")),
 MEAS,
 ecog({0, 1, 2}),
 LAB, LAB,
 lvef(55),
 J(u("no systemic therapy within 2 weeks, but radiotherapy not recorded (C4)")),
 GEN("GI bleeding"),
 GEN("arterial thromboembolic history"),
 J(u("infection/arrhythmia/other disorders not recorded (C4)"),
   c07=u("heart failure LVEF 38%; symptomatic status not recorded")),
 GEN("GI perforation/fistula"),
 MALIG,
 EXC_CLAUSE,
 ])
# ---------------- NCT05872295 IKS014 ----------------
T["NCT05872295"] = dict(note=(
 "Phase 1 IKS014 (HER2 ADC) in HER2-expressing solid tumours. Gastric/GEJ patients are judged against cohort 3 "
 "(HER2+) or cohort 4 (HER2-low) according to the latest tissue HER2; the other cohorts 'do not apply'; cohort 5 "
 "(any solid tumour) is taken as the basket for other tumour types and applies only to UG-06 (oesophageal). "
 "Treatment-naive patients fail their cohort's prior-line requirement. ctDNA ERBB2 amplification is not one of "
 "the listed HER2 definitions (IHC/ISH/mutation) -> unknown. Grade 2 drug/immune pneumonitis is taken as "
 "steroid-requiring. Exception bullets under the malignancy exclusion are met (they narrow it)."),
 j=[
 HEAD,
 J(m("HER2 expressed"), c01=m("IHC 3+"), c02=m("IHC 1+ (latest) / 3+ (original)"), c03=m("IHC 3+"),
   c04=m("IHC 2+/ISH-"), c05=n("IHC 0, no HER2 expression"), c06=u("no tissue IHC/ISH; ctDNA ERBB2 amplification only"),
   c07=m("IHC 2+/ISH+"), c08=m("IHC 1+")),
 NA("breast cancer clause"),
 LAB, LAB, LAB,
 GEN("G-CSF use"),
 LAB, LAB, LAB, LAB, LAB,
 GEN("surgery/radiotherapy dates"),
 ecog({0, 1}),
 HEAD,
 NA("breast cancer cohort"), NA("breast cancer cohort"),
 J(m("does not apply: HER2-low/other cohort"), c01=n("HER2+ GEJ but no prior line of therapy"),
   c03=m("HER2+ gastric, 4 prior lines"), c07=n("HER2+ GEJ but no prior line of therapy"),
   c05=n("HER2 IHC 0, not HER2-positive"), c06=m("does not apply: oesophageal, not GC/GEJ")),
 J(m("does not apply: HER2-positive cohort"), c02=m("HER2-low (IHC 1+/ISH-) on re-biopsy, 1 prior line"),
   c04=m("IHC 2+/ISH-, 2 prior lines"), c05=n("HER2 IHC 0, not HER2-low"),
   c08=n("HER2-low but resectable (not advanced) and untreated"), c06=m("does not apply: oesophageal, not GC/GEJ")),
 J(m("does not apply: gastric/GEJ patient (cohorts 3-4)"),
   c06=u("oesophageal adenocarcinoma treated with standard 1L; HER2 expression by tissue IHC/ISH not known (ctDNA only)")),
 HEAD,
 PNEU_STEROID,
 J(u("pulmonary function / effusion not recorded (C3/C4)"),
   c04=u("autoimmune disease (type/pulmonary involvement not recorded)"),
   c03=u("ILD history; current grade of pulmonary compromise not recorded")),
 GEN("corneal status"), GEN("slit-lamp findings"), GEN("keratitis"),
 CONS,
 CNS_OK,
 MALIG,
 EXC_CLAUSE, EXC_CLAUSE, EXC_CLAUSE, EXC_CLAUSE, EXC_CLAUSE,
 J(u("cardiovascular history beyond heart failure not recorded (C4)"), c07=n("heart failure with LVEF 38%")),
 J(u("liver disease not recorded (C4)"), c01=u("chronic hepatitis B; significance not recorded")),
 GEN("infection/fever"),
 J(u("other serious conditions / lab abnormalities not recorded")),
 ])
# ---------------- NCT06038578 TRK-950 + ram/pac ----------------
T["NCT06038578"] = dict(note=(
 "Phase 2 TRK-950 + ramucirumab/paclitaxel, second line after one prior regimen. The four prior-treatment "
 "patterns are alternatives: the one the patient fits is met, the others 'do not apply'; if none fits, all are "
 "not_met. UG-05's perioperative FLOT with recurrence at 162 days fits pattern 3. HER2-positive exclusion judged on "
 "latest tissue (UG-02 HER2 loss -> passes). Docetaxel is not paclitaxel. 'Eligible for ramucirumab + paclitaxel' "
 "needs organ function/BP/bleeding data -> unknown. Radiotherapy unknown makes the washout item unknown. "
 "CAPRIN-1 never in case -> unknown."),
 j=[
 J(m("metastatic or unresectable gastric/GEJ adenocarcinoma"), c06=n("oesophageal adenocarcinoma"),
   c08=n("resectable, not advanced"), c05=m("recurrent metastatic gastric adenocarcinoma")),
 J(u("organ function, BP, bleeding risk not recorded"), c03=u("already received ramucirumab+paclitaxel; re-treatment suitability not recorded")),
 J(n("no qualifying single prior treatment"), c01=n("treatment-naive"), c07=n("treatment-naive"), c08=n("treatment-naive"),
   c02=m("progressed during line 1 (ended 2026-09-20 for progression)"),
   c03=n("four prior lines; not a second-line history"), c04=n("two prior lines; not a second-line history"),
   c05=m("recurrence 162 days after perioperative FLOT"), c06=m("progressed during line 1")),
 J(n("history does not fit"), c02=m("first-line therapy, no (neo)adjuvant, progression during treatment"),
   c06=m("first-line therapy, no (neo)adjuvant, progression during treatment"),
   c05=m("does not apply: fits pattern 3"), c01=n("no prior treatment"), c07=n("no prior treatment"), c08=n("no prior treatment"),
   c03=n("four prior lines"), c04=n("two prior lines")),
 J(n("history does not fit"), c02=m("does not apply: fits pattern 1"), c06=m("does not apply: fits pattern 1"),
   c05=m("does not apply: fits pattern 3"), c01=n("no prior treatment"), c07=n("no prior treatment"), c08=n("no prior treatment"),
   c03=n("four prior lines"), c04=n("two prior lines")),
 J(n("history does not fit"), c02=m("does not apply: fits pattern 1"), c06=m("does not apply: fits pattern 1"),
   c05=m("perioperative FLOT ended 2026-02-20, recurrence 2026-08-01 (162 days, within 6 months)"),
   c01=n("no prior treatment"), c07=n("no prior treatment"), c08=n("no prior treatment"),
   c03=n("four prior lines"), c04=n("two prior lines")),
 J(n("history does not fit"), c02=m("does not apply: fits pattern 1"), c06=m("does not apply: fits pattern 1"),
   c05=m("does not apply: fits pattern 3"), c01=n("no prior treatment"), c07=n("no prior treatment"), c08=n("no prior treatment"),
   c03=n("four prior lines"), c04=n("two prior lines")),
 MEAS,
 ecog({0, 1}),
 J(u("life expectancy not recorded (C2)")),
 J(m("adult (>=19)")),
 CONS,
 LAB,
 CONS,
 J(u("CAPRIN-1 staining not in case")),
 # exclusions
 J(m("no ramucirumab or paclitaxel in history"), c03=n("ramucirumab + paclitaxel (line 2)"),
   c05=m("docetaxel (FLOT), not paclitaxel")),
 J(m("HER2 negative"), c01=n("HER2 IHC 3+"), c03=n("HER2 IHC 3+"), c07=n("HER2 IHC 2+/ISH amplified"),
   c02=m("latest re-biopsy IHC 1+/ISH not amplified (HER2 loss)"), c04=m("IHC 2+/ISH not amplified"),
   c05=m("IHC 0"), c08=m("IHC 1+"), c06=u("tissue HER2 untested; ctDNA ERBB2 amplified (and oesophageal)")),
 GEN("recent surgery"),
 J(u("QTc not recorded (C3)")),
 J(u("arrhythmia history not recorded; no heart failure listed (C4)"), c07=u("heart failure LVEF 38%; NYHA class not recorded")),
 GEN("arterial thrombotic events"),
 PNEU_STEROID,
 GEN("VTE/anticoagulation"),
 GEN("blood pressure"),
 J(u("infection status not recorded"), c01=u("hepatitis B; activity/viral load not recorded")),
 preg(),
 J(u("no systemic therapy within 4 weeks, but radiotherapy not recorded (C4)")),
 GEN("bleeding history"),
 GEN("ascites"),
 GEN("GI perforation/fistula"),
 GEN("wound/ulcer/fracture"),
 GEN("bowel obstruction/enteropathy/diarrhoea"),
 J(m("hiv, hepatitis_b, hepatitis_c not listed (known absent)"), c01=u("hepatitis B; HBV DNA not recorded")),
 J(m("no investigational product in treatment history")),
 ])
# ---------------- NCT06219941 AZD0901 ----------------
CL = {"UG-01": 20, "UG-02": 80, "UG-03": None, "UG-04": 85, "UG-05": 40, "UG-06": None, "UG-07": 60, "UG-08": 90}
cl = {c: (u("CLDN18.2 not tested") if CL[c] is None else
          m(f"CLDN18.2 {CL[c]}% (positive at any cut-off used, incl. >=75%)") if CL[c] >= 75 else
          u(f"CLDN18.2 {CL[c]}%; record gives no cut-off (protocol-defined)")) for c in C}
SUB = lambda s: NA(f"sub-study {s} (other tumour type); patient has gastro-oesophageal cancer")
T["NCT06219941"] = dict(note=(
 "CLARITY-PanTumour01 (AZD0901, CLDN18.2 ADC with MMAE payload). The record gives no CLDN18.2 cut-off: >=75% is "
 "taken as positive under any definition, lower values are unknown. Gastro-oesophageal patients belong to sub-study "
 "1; sub-studies 2-3 (PDAC, biliary) do not apply. Oesophageal adenocarcinoma (UG-06) is outside sub-study 1. "
 "Perioperative FLOT counts as a line for UG-05 (C6); still <=2 lines. Disitamab vedotin is an MMAE ADC (UG-04). "
 "'CNS metastases or CNS pathology': brain metastases are known absent unless listed, but other CNS pathology is not recorded -> unknown. "
 "UG-07 (HER2+, LVEF 38% with heart failure) is judged not eligible for standard anti-HER2 therapy, so the HER2 "
 "exclusion is passed, but heart failure is a QTc/arrhythmia risk factor. ECOG 'no deterioration' is taken as met "
 "when ECOG is 0-1."),
 j=[
 HEAD, HEAD,
 ADULT,
 cl,
 MEAS,
 ecog({0, 1}),
 J(u("life expectancy not recorded (C2)")),
 LAB,
 J(u("body weight not recorded")),
 CONS,
 HEAD,
 J(m("gastric/GEJ adenocarcinoma"), c06=n("oesophageal adenocarcinoma, not stomach/GEJ")),
 J(m("advanced/metastatic"), c08=n("resectable, not advanced"), c06=n("not GC/GEJC (oesophageal)"),
   c07=m("locally advanced unresectable"), c05=m("recurrent metastatic")),
 J(m("<=2 prior lines"), c01=m("0 prior lines"), c02=m("1 prior line"), c03=n("4 prior lines"),
   c04=m("2 prior lines"), c05=m("1 line (perioperative FLOT, recurrence at 162 days, C6)"),
   c06=m("1 prior line"), c07=m("0 prior lines"), c08=m("0 prior lines")),
 SUB(2), SUB(2), SUB(2), SUB(2),
 SUB(3), SUB(3), SUB(3),
 HEAD,
 GEN("peptic ulcer / GI bleeding"),
 GEN("ascites"),
 J(m("no ILD/pneumonitis history"), c03=n("T-DXd-induced pneumonitis/ILD"), c06=n("nivolumab-induced pneumonitis")),
 J(u("brain metastases absent, but other CNS pathology not recorded (C4)"), c06=n("brain metastases")),
 J(u("neuropathy grade not recorded")),
 MALIG,
 J(m("no MMAE-based ADC"), c04=n("disitamab vedotin (MMAE payload)"), c03=m("T-DXd (deruxtecan payload), not MMAE")),
 J(m("no CLDN18.2-targeted agent")),
 HEAD,
 J(m("HER2 negative"), c01=n("HER2 IHC 3+, untreated, eligible for trastuzumab-based 1L"),
   c02=m("HER2+ originally but failed trastuzumab (and HER2 loss)"), c03=m("HER2+ but failed trastuzumab and T-DXd"),
   c07=m("HER2+ but LVEF 38% with heart failure: not eligible for standard trastuzumab"),
   c04=m("IHC 2+/ISH-"), c05=m("IHC 0"), c08=m("IHC 1+"),
   c06=u("tissue HER2 indeterminate (ctDNA only); no anti-HER2 therapy given")),
 J(u("QTc risk factors not recorded"), c07=n("heart failure with LVEF 38% (arrhythmic/QTc risk factor)")),
 GEN("concomitant QT-prolonging medication"),
 SUB(2), SUB(2), SUB(2), SUB(2), SUB(2),
 SUB(3), SUB(3),
 ])

for nct, spec in T.items():
    its = items(nct)
    if nct == "NCT06219941":
        its = [("exclusion" if i >= 21 else "inclusion", t) for i, (k, t) in enumerate(its)]
    assert len(its) == len(spec["j"]), (nct, len(its), len(spec["j"]))
    crit = []
    for (k, t), jj in zip(its, spec["j"]):
        crit.append({"kind": k, "text": t, "judgements": {c: jj[c][0] for c in C}, "reasons": {c: jj[c][1] for c in C}})
    verd = {}
    for c in C:
        st = [x["judgements"][c] for x in crit]
        verd[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    out = {"nct_id": nct, "reviewer_note": spec["note"], "verdicts": verd, "criteria": crit}
    yaml.safe_dump(out, open(f"UG/{nct}.yaml", "w"), sort_keys=False, allow_unicode=True, width=120)
    print(nct, len(crit), verd)
