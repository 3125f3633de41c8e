#!/usr/bin/env python3
"""Reviewer's judgement tables for set VL; writes VL/<NCT>.yaml. Run: python3 tools/build.py"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vlcommon import *  # noqa

# ============================================================================ TRK-950
def trk950(ls):
    I, E = "inclusion", "exclusion"
    alt_ok = {"01": (M, "history satisfies option 1 (1L trastuzumab-CAPOX, progression on treatment 2026-10-05)"),
              "05": (M, "history satisfies option 2 (FLOT ended 2024-10-15, recurrence 426 days later; 1L nivolumab-FOLFOX progressed on treatment)"),
              "07": (M, "history satisfies option 3 (recurrence 2026-10-28, 130 days after last perioperative FLOT dose)"),
              "02": (N, "two prior palliative lines (nivolumab-CAPOX, disitamab vedotin): fits none of the options"),
              "03": (N, "no progression: first line ongoing since 2026-10-27; fits none of the options"),
              "04": (N, "four prior palliative lines; fits none of the options"),
              "06": (N, "two prior palliative lines (2L stopped for toxicity); fits none of the options"),
              "08": (N, "no prior treatment; fits none of the options")}
    def option(n):
        d = dict(alt_ok)
        return d
    crit = [
        C(I, L(ls, 2), (M, "adenocarcinoma, advanced (metastatic/recurrent) stomach or GEJ"),
          **{"06": (N, "site is oesophagus, not stomach/GEJ"),
             "08": (M, "locally advanced unresectable gastric adenocarcinoma")}),
        C(I, L(ls, 3), (M, "second line after fluoropyrimidine-platinum, ECOG 0-1, no prior ramucirumab/paclitaxel"),
          **{"02": (M, "ram+paclitaxel remains a standard option after FP-platinum and disitamab vedotin; ECOG 1"),
             "03": (N, "on first-line therapy without progression; ramucirumab+paclitaxel not indicated"),
             "04": (N, "already treated with ramucirumab+paclitaxel (2L, progression)"),
             "06": (N, "ramucirumab+paclitaxel stopped 2026-11-10 for grade 3 febrile neutropenia"),
             "07": (M, "relapse within 6 months of perioperative FP-platinum (RAINBOW population); ECOG 1"),
             "08": (N, "untreated, ECOG 3: not a candidate for second-line ramucirumab+paclitaxel")}),
        C(I, L(ls, 4), (M, ""), **alt_ok),
        C(I, L(ls, 5), (M, ""), **option(1)),
        C(I, L(ls, 6), (M, ""), **option(2)),
        C(I, L(ls, 7), (M, ""), **option(3)),
        C(I, L(ls, 8), (M, ""), **option(4)),
        C(I, L(ls, 9), MEAS),
        C(I, L(ls, 10), (M, ""), **ECOG01),
        C(I, L(ls, 11), LIFE),
        C(I, L(ls, 12), (M, "adult (age 38-83)")),
        C(I, L(ls, 13), CONSENT),
        C(I, L(ls, 14), LAB),
        C(I, L(ls, 15), ALL(M, "contraception item (C1)")),
        C(I, L(ls, 16), ALL(U, "CAPRIN-1 expression not tested")),
        C(E, L(ls, 20), (M, "no ramucirumab or paclitaxel in treatment history"),
          **{"04": (N, "ramucirumab+paclitaxel 2L (2024-12 to 2025-07)"),
             "06": (N, "ramucirumab+paclitaxel 2L (2026-10 to 2026-11)"),
             "05": (M, "perioperative FLOT contained docetaxel, not paclitaxel"),
             "07": (M, "perioperative FLOT contained docetaxel, not paclitaxel")}),
        C(E, L(ls, 21), (M, "HER2-negative"),
          **{"01": (M, "latest biopsy (2026-10-14) HER2 IHC 1+ after 3+ at diagnosis; current status HER2-negative (reading choice)"),
             "02": (M, "HER2 IHC 2+, ISH not amplified (ratio 1.4)"),
             "03": (N, "HER2 IHC 3+"),
             "04": (N, "HER2 IHC 3+ (no re-biopsy)"),
             "05": (M, "HER2 IHC 0"),
             "06": (U, "tissue HER2 never tested; plasma ERBB2 amplification suggests HER2-positive disease"),
             "07": (M, "HER2 IHC 1+"),
             "08": (N, "HER2 IHC 2+ with ISH amplification (ratio 3.1)")}),
        C(E, L(ls, 22), ALL(U, "no surgery dates in case fields (C4)")),
        C(E, L(ls, 23), ALL(U, "QTc not in case")),
        C(E, L(ls, 24), (U, "heart_failure absent; arrhythmia status not recorded (C4)"),
          **{"08": (U, "heart failure with LVEF 40%; NYHA class not recorded")}),
        C(E, L(ls, 25), ALL(U, "arterial thrombotic events not recorded")),
        C(E, L(ls, 26), (M, "no pneumonitis/ILD recorded"),
          **{"04": (N, "grade 2 T-DXd pneumonitis (2026-04); grade >=2 drug pneumonitis is managed with systemic steroids")}),
        C(E, L(ls, 27), ALL(U, "thrombosis/anticoagulant use not recorded")),
        C(E, L(ls, 28), ALL(U, "blood pressure not recorded")),
        C(E, L(ls, 29), (U, "infection status not recorded"),
          **{"02": (U, "hepatitis B recorded; activity/treatment not in case fields"),
             "06": (U, "HIV recorded; control and other infections not in case fields")}),
        C(E, L(ls, 30), (M, ""), **PREG),
        C(E, L(ls, 31), (U, "systemic washout satisfied; radiotherapy dates not in case fields (C4)"),
          **{"03": (N, "receiving trastuzumab+pembrolizumab+CAPOX now (started 2026-10-27)"),
             "06": (N, "paclitaxel/ramucirumab last given 2026-11-10, 21 days before as_of (<4 weeks)"),
             "02": (U, "disitamab vedotin ended 2026-11-02 (29 days, >4 weeks); radiotherapy not recorded"),
             "08": (U, "no prior systemic therapy; radiotherapy not recorded")}),
        C(E, L(ls, 32), ALL(U, "bleeding disorders/vasculitis/GI bleeding not recorded")),
        C(E, L(ls, 33), ALL(U, "ascites/paracentesis not recorded (C4)")),
        C(E, L(ls, 34), ALL(U, "perforation/fistula history not recorded (C4)")),
        C(E, L(ls, 35), ALL(U, "wounds/ulcer/fracture not recorded")),
        C(E, L(ls, 36), ALL(U, "bowel obstruction/enteropathy/resection/diarrhoea not recorded (C4)")),
        C(E, L(ls, 37), (M, "no HIV, hepatitis B or C recorded"),
          **{"02": (U, "hepatitis B recorded; HBV DNA not in case fields"),
             "03": (U, "hepatitis C recorded; HCV RNA not in case fields"),
             "08": (U, "hepatitis C recorded; HCV RNA not in case fields"),
             "06": (N, "known HIV infection; the 'history allowed' exception covers hepatitis B/C only (reading choice)")}),
        C(E, L(ls, 38), ALL(M, "treatment history lists only licensed agents; no investigational product recorded")),
    ]
    return crit

TRK_NOTE = ("TRK-950 + ramucirumab/paclitaxel, 2L HER2-negative G/GEJ. The 'one of the following' treatment-history "
            "heading and its options 1-4 are alternatives: each option is judged 'met' when the patient satisfies any "
            "option (reason names which) and 'not_met' when none fits, so the OR-group drives the verdict correctly. "
            "Options describe at most one palliative line, so 3L+ patients fail it. HER2-positive exclusion judged on "
            "the latest tissue result (HER2 loss 3+ -> 1+ counts as HER2-negative). HIV is excluded outright (the "
            "'history' exception names hepatitis B/C only). Radiotherapy/surgery windows unknown (no case fields). "
            "CAPRIN-1 never tested, so no case can be 'eligible'.")

# ============================================================================ VIKTORY-2
def viktory2(ls):
    I, E = "inclusion", "exclusion"
    low = {"01": (M, "latest biopsy 2026-10-14 HER2 IHC 1+ (HER2-low; 3+ at diagnosis) - latest tissue governs"),
           "02": (M, "HER2 IHC 2+, ISH not amplified (FISH accepted for SISH)"),
           "03": (N, "HER2 IHC 3+ (HER2-positive)"),
           "04": (N, "HER2 IHC 3+ (HER2-positive)"),
           "05": (N, "HER2 IHC 0"),
           "06": (U, "no tissue IHC; plasma ERBB2 amplification suggests HER2-positive"),
           "07": (M, "HER2 IHC 1+"),
           "08": (N, "HER2 IHC 2+ ISH amplified (HER2-positive)")}
    washout = {"03": (N, "currently on trastuzumab+pembrolizumab+CAPOX"),
               "06": (M, "last therapy 2026-11-10, 21 days before as_of (>=2 weeks)"),
               "02": (M, "last therapy 2026-11-02 (29 days)"),
               "04": (M, "last therapy 2026-10-28 (34 days)"),
               "08": (M, "no prior therapy")}
    nofact = lambda what: ALL(U, what)
    excep = ALL(M, "listed permitted exception within an exclusion; does not itself exclude")
    crit = [
        C(I, L(ls, 2), CONSENT),
        C(I, L(ls, 3), ALL(M, "age 38-83")),
        C(I, L(ls, 4), (M, "advanced/metastatic gastric or GEJ adenocarcinoma, measurable"),
          **{"06": (N, "oesophageal adenocarcinoma, not gastric/GEJ"),
             "08": (M, "locally advanced unresectable gastric adenocarcinoma, measurable")}),
        C(I, L(ls, 5), (M, ""), **low),
        C(I, L(ls, 6), CONSENT),
        C(I, L(ls, 7), (M, ""), **ECOG01),
        C(I, L(ls, 8), LIFE),
        C(I, L(ls, 9), (M, "last systemic therapy >2 weeks before as_of"), **washout),
        C(I, L(ls, 10), nofact("surgery dates not in case fields (C4)")),
        C(I, L(ls, 11), nofact("radiotherapy not in case fields (C4)")),
        C(I, L(ls, 12), nofact("radiotherapy not in case fields (C4)")),
        C(I, L(ls, 13), (M, "last chemotherapy >=3 weeks before as_of"),
          **{"03": (N, "CAPOX ongoing"), "06": (M, "paclitaxel last 2026-11-10 (21 days)"),
             "07": (M, "last chemotherapy 2026-06-20"), "08": (M, "no prior therapy")}),
        C(I, L(ls, 14), (M, "last antibody >=4 weeks before as_of"),
          **{"03": (N, "trastuzumab+pembrolizumab ongoing"),
             "06": (N, "ramucirumab last 2026-11-10, 21 days before as_of (<4 weeks)"),
             "02": (M, "disitamab vedotin last 2026-11-02 (29 days)"),
             "04": (M, "nivolumab last 2026-10-28 (34 days)"),
             "07": (M, "no antibody therapy"), "08": (M, "no prior therapy")}),
        C(I, L(ls, 15), ALL(M, "no small-molecule targeted agents in history")),
        C(I, L(ls, 16), ALL(M, "no nitrosoureas or mitomycin C")),
        C(I, L(ls, 17), ALL(M, "no NSCLC TKIs")),
        C(I, L(ls, 18), (M, "no condition suggesting (hydroxy)chloroquine use"),
          **{"07": (U, "autoimmune disease recorded; antimalarial use not recorded")}),
        C(I, L(ls, 19), nofact("effusion/ascites drainage not recorded (C4)")),
        C(I, L(ls, 20), LAB),
        *[C(I, L(ls, i), LAB) for i in range(21, 30)],
        C(I, L(ls, 30, end="permanent discontinuation of the study drug."), ALL(M, "contraception item (C1); men: does not apply")),
        C(I, L(ls, 30, start="There must be evidence"), (M, ""), **PREG),
        *[C(I, L(ls, i), (M, ""), **{**PREG,
              "04": (M, "alternative: woman aged 72, post-menopausal by age (C2)"),
              "08": (M, "alternative: woman aged 79, post-menopausal by age (C2)")}) for i in (31, 32, 33)],
        C(I, L(ls, 34), ALL(M, "contraception item (C1); women: does not apply")),
        C(I, L(ls, 35), ALL(M, "study procedure (C1)")),
        # exclusions
        C(E, L(ls, 39), (U, "heart_failure absent; MI/angina/arrhythmia/troponin not recorded (C4)"),
          **{"08": (U, "heart failure recorded with LVEF 40%; NYHA class not in case fields")}),
        C(E, L(ls, 40), (M, "no ILD/pneumonitis recorded"),
          **{"04": (N, "grade 2 drug-induced pneumonitis on T-DXd (steroid-requiring grade)")}),
        C(E, L(ls, 41), nofact("effusions/ascites not recorded (C4)")),
        C(E, L(ls, 42), nofact("infection status not recorded")),
        C(E, L(ls, 43), (M, "no hepatitis B or C recorded"),
          **{"02": (U, "hepatitis B recorded; HBsAg/HBV DNA not in case fields"),
             "03": (U, "hepatitis C recorded; HCV RNA not in case fields"),
             "08": (U, "hepatitis C recorded; HCV RNA not in case fields")}),
        C(E, L(ls, 44), (M, "no brain metastases recorded"),
          **{"04": (U, "brain metastases recorded; treatment/symptom status not in case fields"),
             "06": (U, "brain metastases recorded; treatment/symptom status not in case fields")}),
        C(E, L(ls, 45), nofact("corneal disease not recorded")),
        C(E, L(ls, 46), (M, "no exatecan-derivative ADC in history"),
          **{"04": (N, "prior trastuzumab deruxtecan (exatecan-derivative payload), 2025-08 to 2026-04"),
             "02": (M, "prior disitamab vedotin has an MMAE payload, not an exatecan derivative")}),
        C(E, L(ls, 47), (U, "current grade of prior-therapy toxicities not recorded"),
          **{"08": (M, "no previous anticancer therapy"),
             "03": (U, "on treatment; current toxicity grades not recorded")}),
        *[C(E, L(ls, i), excep) for i in range(48, 57)],
        C(E, L(ls, 57), nofact("swallowing, vomiting, bowel resection, obstruction and GI bleeding not recorded (C4)")),
        C(E, L(ls, 58), (U, "autoimmune disease and transplant absent; other inflammatory/renal disorders and TB not recorded (C4)"),
          **{"07": (N, "documented autoimmune disease; none of the listed exceptions is shown")}),
        C(E, L(ls, 59), excep),
        C(E, L(ls, 60), excep),
        C(E, L(ls, 61), (U, "HIV absent; tuberculosis and primary immunodeficiency not recorded"),
          **{"06": (N, "known HIV infection")}),
        C(E, L(ls, 62), (M, "no brain/CNS metastases recorded (brain_metastases absent)"),
          **{"04": (U, "brain metastases recorded; whether treated and stable not in case fields"),
             "06": (U, "brain metastases recorded; whether treated not in case fields")}),
        C(E, L(ls, 63), nofact("other malignancies not recorded (C4)")),
        C(E, L(ls, 64), nofact("vaccinations not recorded")),
        C(E, L(ls, 65), nofact("concomitant medication not recorded")),
        C(E, L(ls, 66), (U, "heading: cardiac items below not all decidable"),
          **{"08": (N, "LVEF 40% (<55%) with heart failure")}),
        C(E, L(ls, 67), nofact("QTc not recorded")),
        C(E, L(ls, 68), nofact("ECG not recorded")),
        C(E, L(ls, 69), (U, "heart_failure absent; electrolytes/long-QT history/medication not recorded"),
          **{"08": (N, "heart failure (named QTc/arrhythmia risk factor)")}),
        C(E, L(ls, 70), nofact("blood pressure not recorded")),
        C(E, L(ls, 71), nofact("ECG/rhythm not recorded")),
        C(E, L(ls, 72), (M, "no heart failure recorded"),
          **{"08": (U, "heart failure recorded; NYHA class not in case fields")}),
        C(E, L(ls, 73), (M, ""),
          **{"01": (M, "LVEF 58%"), "03": (M, "LVEF 55% (not <55%)"), "04": (M, "LVEF 60%"),
             "06": (M, "LVEF 62%"), "07": (M, "LVEF 64%"), "08": (N, "LVEF 40%"),
             "02": (U, "LVEF not measured"), "05": (U, "LVEF not measured")}),
        C(E, L(ls, 74), (U, "cardiomyopathy history not recorded"),
          **{"08": (N, "heart failure with LVEF 40% (left-ventricular systolic dysfunction)")}),
        C(E, L(ls, 75), nofact("myocardial infarction history not recorded")),
        C(E, L(ls, 76), nofact("valvular disease not recorded")),
        C(E, L(ls, 77), nofact("angina not recorded")),
        C(E, L(ls, 78), nofact("stroke/TIA not recorded")),
        C(E, L(ls, 79), nofact("acute coronary syndrome not recorded")),
        C(E, L(ls, 80), nofact("diabetes, seizures, bleeding diatheses, COPD, Parkinson's, infection not recorded")),
        C(E, L(ls, 81, end="alopecia, vitiligo,"), (U, "current grade of prior-therapy toxicities not recorded"),
          **{"08": (M, "no previous anticancer therapy")}),
        C(E, L(ls, 81, start="Major surgical procedure"), nofact("surgery dates not in case fields (C4)")),
        C(E, L(ls, 82), ALL(M, "procedural note (PI consultation); does not itself exclude")),
        C(E, L(ls, 83), ALL(M, "procedural note (PI consultation); does not itself exclude")),
        C(E, L(ls, 84), nofact("intercurrent illness control not recorded (C4)")),
        C(E, L(ls, 85), nofact("primary immunodeficiency not recorded")),
        C(E, L(ls, 86), (M, ""), **{**PREG, **{k: (M, "male patient; contraception willingness (C1)") for k in ("01", "03", "05", "06")}}),
        C(E, L(ls, 87), nofact("drug allergies not recorded")),
        C(E, L(ls, 88), ALL(M, "no organ transplant recorded")),
        C(E, L(ls, 89), (U, "heading: lung items below not all decidable")),
        C(E, L(ls, 90), (U, "pulmonary comorbidity/effusion not recorded (C3/C4)"),
          **{"04": (U, "prior drug pneumonitis recorded; current lung status not in case fields")}),
        C(E, L(ls, 91), (M, "no autoimmune disease recorded"),
          **{"07": (U, "autoimmune disease recorded; pulmonary involvement not in case fields")}),
        C(E, L(ls, 92), nofact("thoracic surgery not recorded (C4)")),
    ]
    return crit

VIK_NOTE = ("VIKTORY-2: T-DXd + afatinib in HER2-low (IHC 1+ or 2+/ISH-negative) G/GEJ; no line limit. HER2-low "
            "judged on the latest tissue result (so HER2 loss 3+ -> 1+ qualifies; FISH accepted for 'SISH'). Item 8 "
            "washout heading and each interval bullet judged separately; item 10 split into the contraception sentence "
            "and the pregnancy-evidence heading with its three alternative options (met for men and women >=55). "
            "Lines holding two requirements (unresolved toxicity / major surgery in item 18) are split. Bullets that are "
            "permitted exceptions (allowed chronic toxicities, allowed autoimmune conditions, HBsAg carriers on entecavir, "
            "PI-consultation notes) are 'met' because they never exclude. A recorded autoimmune_disease is judged "
            "not_met under item 10 because none of the narrow exceptions is shown. Heart failure with LVEF 40% fails "
            "the cardiac heading, LVEF<55%, cardiomyopathy and QTc-risk bullets.")

# ============================================================================ AZD0901
def azd0901(ls):
    I, E = "inclusion", "exclusion"
    dna2 = ALL(M, "does not apply - sub-study 2 (pancreatic cancer); patient is in sub-study 1 (gastric/GEJ)")
    dna3 = ALL(M, "does not apply - sub-study 3 (biliary tract cancer); patient is in sub-study 1 (gastric/GEJ)")
    notgej = {"06": (N, "oesophageal adenocarcinoma: no sub-study fits (sub-study 1 is stomach/GEJ only)")}
    crit = [
        C(I, L(ls, 4), ALL(M, "adult")),
        C(I, L(ls, 5), (U, "CLDN18.2 not tested"),
          **{"02": (M, "CLDN18.2 85% 2+/3+ (positive under any published cut-off)"),
             "05": (M, "CLDN18.2 80% 2+/3+ (positive under any published cut-off)"),
             "01": (U, "CLDN18.2 30%; record gives no positivity cut-off"),
             "07": (U, "CLDN18.2 60%; record gives no positivity cut-off"),
             "03": (U, "CLDN18.2 10%; record gives no cut-off (below common thresholds)")}),
        C(I, L(ls, 6), MEAS),
        C(I, L(ls, 7), (M, ""), **ECOG01),
        C(I, L(ls, 8), LIFE),
        C(I, L(ls, 9), LAB),
        C(I, L(ls, 10), ALL(U, "body weight not recorded")),
        C(I, L(ls, 11), ALL(M, "contraception item (C1)")),
        C(I, L(ls, 15), (M, "gastric/GEJ adenocarcinoma"), **notgej),
        C(I, L(ls, 16), (M, "advanced/metastatic disease"),
          **{**notgej, "08": (M, "locally advanced unresectable")}),
        C(I, L(ls, 17), (M, ""),
          **{"01": (M, "1 prior palliative line"), "02": (M, "2 prior palliative lines"),
             "03": (M, "first line ongoing; no completed prior line"),
             "04": (N, "4 prior palliative lines"),
             "05": (M, "1 prior line (perioperative FLOT >183 days before recurrence not counted)"),
             "06": (M, "2 prior palliative lines"),
             "07": (M, "1 prior line (perioperative FLOT, recurrence within 183 days)"),
             "08": (M, "no prior line")}),
        C(I, L(ls, 21), dna2), C(I, L(ls, 22), dna2), C(I, L(ls, 23), dna2),
        C(I, L(ls, 27), dna3), C(I, L(ls, 28), dna3),
        C(E, L(ls, 32), ALL(U, "peptic ulcer / GI bleeding not recorded")),
        C(E, L(ls, 33), ALL(U, "ascites not recorded (C4)")),
        C(E, L(ls, 34), (M, "no ILD/pneumonitis recorded"),
          **{"04": (N, "drug-induced pneumonitis on T-DXd (grade 2)")}),
        C(E, L(ls, 35), (U, "no brain metastases recorded; other CNS pathology not recorded"),
          **{"04": (N, "brain metastases recorded"), "06": (N, "brain metastases recorded")}),
        C(E, L(ls, 36), (U, "current neuropathy grade not recorded (prior oxaliplatin/taxane/MMAE exposure)"),
          **{"08": (U, "untreated; neuropathy status not recorded")}),
        C(E, L(ls, 37), ALL(U, "other malignancies not recorded (C4)")),
        C(E, L(ls, 38), (M, "no MMAE-based ADC in history"),
          **{"02": (N, "prior disitamab vedotin (MMAE payload), 2026-08 to 2026-11"),
             "04": (M, "prior T-DXd has a deruxtecan payload, not MMAE")}),
        C(E, L(ls, 39), ALL(M, "no CLDN18.2-targeted agent in history")),
        C(E, L(ls, 43), (M, "HER2-negative"),
          **{"01": (M, "HER2 3+ at diagnosis but progressed on trastuzumab (failed standard anti-HER2 therapy); now IHC 1+"),
             "03": (N, "HER2 IHC 3+, currently receiving first-line trastuzumab without progression"),
             "04": (M, "HER2-positive but has failed trastuzumab and T-DXd"),
             "06": (U, "tissue HER2 never tested (plasma ERBB2 amplified); no anti-HER2 therapy given"),
             "08": (U, "HER2-positive, untreated; LVEF 40%/heart failure may make her unsuitable for trastuzumab (investigator's call)")}),
        C(E, L(ls, 44), (U, "QTc risk factors (ECG, electrolytes) not recorded"),
          **{"08": (N, "heart failure with LVEF 40% (QTc/arrhythmia risk factor)")}),
        C(E, L(ls, 45), ALL(U, "concomitant medication not recorded")),
        C(E, L(ls, 49), dna2), C(E, L(ls, 50), dna2), C(E, L(ls, 51), dna2), C(E, L(ls, 52), dna2),
        C(E, L(ls, 56), dna3),
    ]
    return crit

AZD_NOTE = ("AZD0901 (CLDN18.2 ADC, MMAE payload) pan-tumour; only sub-study 1 (gastric/GEJ) applies, so sub-study 2/3 "
            "items are 'met - does not apply'. Section headings and the 'summarised criteria' preamble are not "
            "requirements and are not listed. The record gives no CLDN18.2 cut-off: >=75% 2+/3+ is judged positive, "
            "lower or untested values unknown. Perioperative therapy counts as a line only when recurrence was within "
            "183 days (C6). HER2-positive patients who have failed anti-HER2 therapy pass the sub-study 1 exclusion. "
            "Disitamab vedotin (MMAE) triggers the prior-MMAE exclusion; T-DXd does not. Oesophageal primary fits no "
            "sub-study.")

# ============================================================================ IAM1363
def iam1363(ls):
    I, E = "inclusion", "exclusion"
    crit = [
        C(I, L(ls, 2), ALL(M, "age >= 18")),
        C(I, L(ls, 3), (U, ""),
          **{"01": (U, "HER2 3+ at diagnosis and refractory to trastuzumab, but latest biopsy IHC 1+; whether archival HER2 status qualifies is not stated"),
             "02": (U, "HER2 IHC 2+/ISH-negative is not amplification; ERBB2 mutation status not tested"),
             "03": (N, "HER2-positive but on first-line therapy without progression: not relapsed/refractory"),
             "04": (M, "HER2 IHC 3+, refractory to trastuzumab and T-DXd"),
             "05": (U, "HER2 IHC 0; no NGS for ERBB2 mutation (enriched in MSI-H)"),
             "06": (M, "plasma ERBB2 amplification; progressed on first line"),
             "07": (U, "HER2 IHC 1+ only; ERBB2 mutation status not tested"),
             "08": (N, "HER2-positive but untreated: not relapsed/refractory")}),
        C(I, L(ls, 4), (M, "progressed on/after last systemic therapy"),
          **{"03": (N, "first line ongoing since 2026-10-27, no progression"),
             "06": (M, "last therapy stopped for toxicity (grade 3 febrile neutropenia) - intolerant"),
             "07": (M, "recurrence 2026-10-28 after perioperative FLOT"),
             "08": (N, "no prior systemic therapy")}),
        C(I, L(ls, 5), MEAS),
        C(I, L(ls, 6), (M, ""), **ECOG01),
        C(I, L(ls, 7), LAB),
        C(I, L(ls, 8), (M, ""),
          **{"01": (M, "LVEF 58%"), "03": (M, "LVEF 55%"), "04": (M, "LVEF 60%"), "06": (M, "LVEF 62%"),
             "07": (M, "LVEF 64%"), "08": (N, "LVEF 40%"),
             "02": (U, "LVEF not measured"), "05": (U, "LVEF not measured")}),
        C(E, L(ls, 12), (U, "heart_failure absent; other cardiac disease not recorded (C4)"),
          **{"08": (N, "heart failure with LVEF 40%")}),
        C(E, L(ls, 13), (M, "no HIV recorded"),
          **{"06": (U, "HIV recorded; CD4 count and viral load not in case fields")}),
        C(E, L(ls, 14), (U, "hepatitis B/C absent; other active liver disease not recorded (C4)"),
          **{"02": (U, "hepatitis B recorded; activity not in case fields"),
             "03": (U, "hepatitis C recorded; activity not in case fields"),
             "08": (U, "hepatitis C recorded; activity not in case fields")}),
        C(E, L(ls, 15), ALL(U, "nausea, malabsorption, shunts, bowel resection not recorded (C4)")),
        C(E, L(ls, 16), ALL(U, "diabetes not recorded")),
        C(E, L(ls, 17), ALL(M, "no organ transplant recorded")),
        C(E, L(ls, 18), ALL(U, "CNS haemorrhage history not recorded")),
        C(E, L(ls, 19), (M, "no brain metastases recorded"),
          **{"04": (U, "brain metastases recorded; need for local therapy not in case fields"),
             "06": (U, "brain metastases recorded; need for local therapy not in case fields")}),
    ]
    return crit

IAM_NOTE = ("IAM1363 (HER2-selective TKI) phase 1/1b in relapsed/refractory HER2-altered cancers; 'HER2-altered' read as "
            "overexpression (IHC 3+ or 2+/ISH+), amplification (tissue or plasma ctDNA) or ERBB2 mutation. HER2-low/0 "
            "without NGS is unknown, not not_met, because an ERBB2 mutation is untested. HER2 loss after trastuzumab is "
            "unknown (archival vs current). Untreated or first-line-ongoing HER2-positive patients are not relapsed/"
            "refractory. Brain metastases are allowed unless immediate local therapy is needed (not decidable from fields).")

ALL_TRIALS = [("NCT06038578", TRK_NOTE, trk950), ("NCT06085755", VIK_NOTE, viktory2),
              ("NCT06219941", AZD_NOTE, azd0901), ("NCT06253871", IAM_NOTE, iam1363)]

if __name__ == "__main__":
    for nct, note, fn in ALL_TRIALS:
        crit = fn(lines(nct))
        for x in crit:
            for c in CASES:
                assert x["reasons"][c], (nct, x["text"][:40], c)
        v = build(nct, note, crit)
        print(nct, len(crit), v)
