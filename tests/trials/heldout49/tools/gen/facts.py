"""Per-case facts derived by hand from the case FIELDS only (comments ignored)."""
import datetime as dt
AS_OF = dt.date(2026, 12, 1)
def days_since(d): return (AS_OF - dt.date.fromisoformat(d)).days

C = {
 "UZ-01": dict(age=64, sex="male", ecog=1, lvef=58, cond={"brain_metastases"}, region="GB",
   site="gej", setting="metastatic", prior_lines=1, cyto_lines=1, last_end="2026-09-22", last_stop="progression",
   pd1=None, tdxd=False, her2="pos_retained", cldn=20, cps=3,
   tox=[("peripheral_neuropathy",1)], desc="GEJ adenocarcinoma, metastatic, HER2 3+ (2025 and re-biopsy 2026-10-08), 1 prior line"),
 "UZ-02": dict(age=71, sex="female", ecog=1, lvef=None, cond={"autoimmune_disease"}, region="JP",
   site="stomach", setting="metastatic", prior_lines=2, cyto_lines=2, last_end="2026-10-28", last_stop="progression",
   pd1="nivolumab", tdxd=False, her2="zero", cldn=85, cps=7,
   tox=[("neutropenia",3)], desc="gastric, HER2 0, CLDN18.2 85%, 2 prior lines"),
 "UZ-03": dict(age=56, sex="male", ecog=0, lvef=65, cond={"hepatitis_b"}, region="CN",
   site="stomach", setting="metastatic", prior_lines=0, cyto_lines=0, last_end=None, last_stop=None,
   pd1=None, tdxd=False, her2="2plus_noish", cldn=5, cps=12,
   tox=[], desc="gastric, untreated, HER2 2+ ISH not done"),
 "UZ-04": dict(age=38, sex="female", ecog=1, lvef=48, cond={"interstitial_lung_disease","brain_metastases"}, region="US",
   site="gej", setting="metastatic", prior_lines=2, cyto_lines=2, last_end="2026-08-25", last_stop="toxicity",
   pd1=None, tdxd=True, her2="pos_archival", cldn=None, cps=0,
   tox=[("interstitial_lung_disease",1)], desc="GEJ, HER2 3+ (2025), trastuzumab then T-DXd (ILD G1)"),
 "UZ-05": dict(age=47, sex="female", ecog=0, lvef=None, cond=set(), region="EU",
   site="stomach", setting="recurrent", prior_lines=1, cyto_lines=1, last_end="2026-06-30", last_stop="completed",
   pd1=None, tdxd=False, her2="ctdna_only", cldn=80, cps=3,
   tox=[], desc="gastric, recurrence 112 days after perioperative FLOT"),
 "UZ-06": dict(age=62, sex="female", ecog=2, lvef=None, cond={"hepatitis_c"}, region="CN",
   site="stomach", setting="metastatic", prior_lines=4, cyto_lines=3, last_end="2026-11-06", last_stop="progression",
   pd1="tislelizumab", tdxd=False, her2="low_2plus_ishneg", cldn=30, cps=45,
   tox=[("peripheral_neuropathy",2),("hypertension",2)], desc="gastric, dMMR/MSI-H, HER2 2+/ISH-, 4 prior lines"),
 "UZ-07": dict(age=52, sex="male", ecog=1, lvef=60, cond={"hiv","pneumonitis"}, region="US",
   site="esophagus", setting="recurrent", prior_lines=1, cyto_lines=1, last_end="2026-09-28", last_stop="progression",
   pd1="pembrolizumab", tdxd=False, her2="loss", cldn=None, cps=10,
   tox=[("pneumonitis",2)], desc="oesophageal adenocarcinoma, HER2 3+ -> 1+ after trastuzumab"),
 "UZ-08": dict(age=83, sex="male", ecog=3, lvef=35, cond={"heart_failure"}, region="GB",
   site="stomach", setting="locally_advanced_unresectable", prior_lines=0, cyto_lines=0, last_end=None, last_stop=None,
   pd1=None, tdxd=False, her2="pos_new", cldn=None, cps=None,
   tox=[], desc="gastric, locally advanced unresectable, HER2 3+/ISH amplified, untreated"),
}
CASES = list(C)
