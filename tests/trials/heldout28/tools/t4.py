from rules import *
r = Rec("NCT05187182")
ADV = J("met", "advanced unresectable/metastatic adenocarcinoma", c4=("not_met", "resectable disease"),
        c6=("met", "recurrent (metastatic) oesophageal adenocarcinoma"),
        c8=("met", "locally advanced unresectable gastric adenocarcinoma"))
BX = J("unknown", "whether a lesion is amenable to research biopsy is not stated (waivable by PI)",
       c1=("met", "untreated primary in situ, biopsied endoscopically 2026-10-24"),
       c4=("met", "untreated primary in situ, biopsied endoscopically 2026-11-18"),
       c8=("met", "untreated primary in situ, biopsied endoscopically 2026-11-08"))
H2 = J("met", "HER2 status known (tissue IHC/ISH)",
       c1=("met", "HER2 IHC 3+ known (HER2-positive expansion cohort)"),
       c2=("met", "HER2 known (3+ at diagnosis, 1+ on re-biopsy)"),
       c6=("met", "tissue HER2 IHC 1+ known (ctDNA ERBB2 amplified — discordant, but status documented)"))
NOPRIOR = J("met", "", c1=("met", "no prior systemic therapy"),
            c2=("not_met", "two prior palliative lines"), c3=("not_met", "two prior palliative lines"),
            c4=("met", "no prior systemic therapy"), c5=("not_met", "two prior palliative lines"),
            c6=("met", "only perioperative FLOT + resection, last dose 2026-06-10 (>3 months); no palliative therapy"),
            c7=("not_met", "three prior palliative lines"), c8=("met", "no prior systemic therapy"))
COHB = J("met", "does not apply: HER2-negative (Cohort A); Cohort B is the HER2-positive trastuzumab cohort",
         c1=("met", "HER2-positive (Cohort B); LVEF 62%"),
         c2=("unknown", "cohort depends on discordant HER2 (3+ then 1+); if Cohort B, LVEF 52% is borderline vs LLN"),
         c6=("met", "does not apply: tissue HER2-negative (Cohort A)"),
         c7=("not_met", "HER2-positive (Cohort B) with LVEF 48%, below LLN"))
CNS = J("met", "no brain metastases recorded", c7=("unknown", "brain metastases recorded; whether treated/asymptomatic not stated"))
ALLERGY = J("met", "no allergic reaction recorded; related agents either not given or given without hypersensitivity")
ILDG2 = J("met", "no ILD/pneumonitis recorded",
          c5=("unknown", "grade 2 pneumonitis in Feb 2026; whether still present is not stated"),
          c7=("unknown", "grade 2 ILD in Jan 2026; whether still present is not stated"))
r.add("inclusion", "Advanced unresectable or metastatic histologically", ADV)
r.add("inclusion", "Measurable or evaluable disease", MEAS())
r.add("inclusion", "Lesions amenable to research biopsy", BX)
r.add("inclusion", "Known HER2 status if histology is adenocarcinoma", H2, extra=2)
r.add("inclusion", "No prior systemic treatment for unresectable/advanced", NOPRIOR, extra=4)
r.add("inclusion", "At least 18 years of age", ALL("met", "adult"))
r.add("inclusion", "ECOG performance status 0 or 1", ECOG(1))
r.add("inclusion", "Normal bone marrow and organ function", LAB("blood counts and organ-function values"), extra=6)
r.add("inclusion", "Creatinine phosphokinase (CPK)", LAB("CPK"))
r.add("inclusion", "Patients on a cholesterol lowering statin", ALL("met", "medication-stability/compliance item (C1)"))
r.add("inclusion", "Expansion Cohort B patients only", COHB)
r.add("inclusion", "The effects of CA-4948 on the developing human fetus", CONTRA)
r.add("inclusion", "Ability to understand and willingness to sign", CONSENT)
r.add("exclusion", "Current use or anticipated need for alternative", ALL("met", "compliance item (C1)"))
r.add("exclusion", "A history of other malignancy", OTHER_MALIG())
r.add("exclusion", "History of allogeneic organ or stem cell transplant", TRANSPLANT())
r.add("exclusion", "Currently receiving any other investigational", ALL("met", "no ongoing (investigational) therapy recorded"))
r.add("exclusion", "Clinically active CNS metastasis", CNS)
r.add("exclusion", "A history of allergic reactions attributed to compounds", ALLERGY)
r.add("exclusion", "Concomitant use of drugs with a known risk of causing prolonged QTc", ALL("unknown", "concomitant medications / TdP risk factors not in case"))
r.add("exclusion", "Presence of interstitial lung disease or pneumonitis", ILDG2)
r.add("exclusion", "Administration of a live attenuated vaccine", VACCINE())
r.add("exclusion", "QTc (Bazett)", ALL("unknown", "ECG not in case (C3)"))
r.add("exclusion", "Gastrointestinal condition which could impair absorption", ALL("unknown", "GI integrity/ability to swallow not in case (C4)"))
r.add("exclusion", "Uncontrolled intercurrent illness including", J("unknown", "infection/cardiac status not in case (C4)",
      c8=("unknown", "heart failure recorded; whether symptomatic/uncontrolled not stated")))
r.add("exclusion", "Pregnant and/or breastfeeding", PREG())
r.add("exclusion", "Patients with HIV are eligible unless", ALL("met", "does not apply: no HIV recorded"))
r.add("exclusion", "Participants with active, known or suspected autoimmune disease", AUTOIMMUNE_REQ() | {6: ("unknown", "autoimmune disease recorded; type unknown, so whether a permitted exception applies is unknown")})
r.add("exclusion", "Participants with a condition requiring systemic treatment with either corticosteroids", STEROID())
r.add("exclusion", "Patients are unwilling to adhere", ALL("met", "compliance item (C1)"))
print(r.write(
 "Phase I CA-4948 + FOLFOX/anti-PD-1 ± trastuzumab, first-line only. Multi-part items (HER2 status/cohorts, no prior "
 "systemic therapy with its exceptions, organ-function panel) are judged as one item each with their sub-bullets. "
 "The trial's own rule allows prior neoadjuvant/adjuvant therapy >3 months before C1D1, so the patient with early "
 "recurrence after perioperative FLOT (UE-06) meets the 'no prior systemic treatment' item even though C6 counts that "
 "therapy as a line. Cohort B is HER2-positive (trastuzumab) per the record summary, so its LVEF item does not apply to "
 "HER2-negative patients. 'Lesions amenable to research biopsy' met when an untreated primary was biopsied recently, "
 "else unknown (waivable). Allergy to study-drug classes judged from treatment history. Current ILD/pneumonitis for "
 "patients with a 2026 grade-2 event is unknown (presence now not stated)."))
