from rules import *
r = Rec("NCT06241456")
LA = J("unknown", "advanced/metastatic histologically confirmed cancer, but the protocol-defined (tumour/HER2) criteria are not stated in the record",
       c4=("unknown", "resectable cT3N1 disease; protocol-defined criteria not stated in the record"))
CURAT = J("unknown", "not curable, but the required prior therapies for this tumour type are not stated in the record",
          c4=("not_met", "resectable: amenable to curative therapy"),
          c8=("unknown", "locally advanced unresectable; required prior therapies not stated"))
CV = J("unknown", "cardiovascular history beyond heart failure/LVEF not in case (C4)",
       c7=("unknown", "LVEF 48%; whether clinically significant not stated"),
       c8=("not_met", "heart failure recorded"))
CNS = J("met", "no brain metastases recorded", c7=("unknown", "brain metastases recorded; whether active is not stated"))
IRAE = J("met", "no prior immunotherapy",
         c5=("met", "nivolumab pneumonitis was grade 2 (not ≥3); no eye toxicity recorded"),
         c7=("met", "pembrolizumab without recorded immune-related AE"))
r.add("inclusion", "Histopathological or cytologically confirmed locally advanced", LA)
r.add("inclusion", "Disease that is not amenable to curative therapy", CURAT)
r.add("inclusion", "Contraceptive use by women and men", CONTRA)
r.add("inclusion", "Eastern Cooperative Oncology Group (ECOG) Performance Status 0 or 1", ECOG(1))
r.add("inclusion", "Presence of measurable disease by RECIST", J("met", "measurable disease recorded (28-day window is a screening procedure)"))
r.add("inclusion", "Anticipated life expectancy of at least 3 months", LIFE)
r.add("exclusion", "Females who are pregnant or breastfeeding", PREG())
r.add("exclusion", "Evidence of inadequate organ function", LAB("organ-function values"))
r.add("exclusion", "Clinically significant cardiovascular disease", CV)
r.add("exclusion", "Known active central nervous system (CNS) involvement", CNS)
r.add("exclusion", "Non-malignant CNS disease", ALL("unknown", "stroke/epilepsy/neurological history not in case (C4)"))
r.add("exclusion", "Active bacterial, fungal, or viral infections", ACTIVE_INF())
r.add("exclusion", "Prior receipt of chimeric antigen receptor", ALL("met", "no prior CAR-T/cellular therapy in treatment history"))
r.add("exclusion", "History of (non-infectious) interstitial lung disease (ILD)/pneumonitis that required steroids", ILD_STEROID())
r.add("exclusion", "Any history of Grade ≥3 immune-related AE", IRAE)
r.add("exclusion", "Active or history of autoimmune disease or immune deficiency", AUTOIMMUNE_ANY())
r.add("exclusion", "Receipt of an allograft organ transplant", TRANSPLANT())
print(r.write(
 "Phase I FT825/ONO-8250 (off-the-shelf iPSC-derived HER2 CAR T-cell) basket. The record gives only headline criteria; the "
 "'protocol-defined' tumour and prior-therapy requirements (including any HER2 requirement) are not in the record, "
 "so those items are unknown for every advanced case. Resectable disease fails 'not amenable to curative therapy'. "
 "Heart failure is read as clinically significant cardiovascular disease. Any history of autoimmune disease excludes. "
 "Grade-2 pneumonitis/ILD read as steroid-requiring."))
