from rules import *
r = Rec("NCT05005403")
NA = lambda what: ALL("met", f"does not apply: {what} cohort; patient has gastro-oesophageal adenocarcinoma")
TISSUE = J("unknown", "last tissue older than 6 months or followed by treatment; whether a fresh biopsy is feasible is not stated",
           c1=("met", "diagnostic biopsy 2026-10-24 (<6 months), no treatment since"),
           c2=("met", "re-biopsy 2026-10-28 after last therapy (ended 2026-10-15), no treatment since"),
           c4=("met", "diagnostic biopsy 2026-11-18, no treatment since"),
           c6=("unknown", "resection tissue 2026-03-20 followed by adjuvant therapy; ctDNA only at recurrence"),
           c8=("met", "diagnostic biopsy 2026-11-08, no treatment since"))
GEA = J("met", "",
        c1=("not_met", "treatment-naive: no prior cytotoxic regimen"),
        c2=("met", "metastatic; progressed on trastuzumab+CAPOX and paclitaxel (HER2 therapy given; ICI not standard/funded for him)"),
        c3=("met", "metastatic; progressed on zolbetuximab+CAPOX and disitamab vedotin"),
        c4=("not_met", "resectable, untreated: not advanced and no prior regimen"),
        c5=("met", "metastatic; nivolumab+SOX then progression on ramucirumab+paclitaxel"),
        c6=("met", "oesophageal adenocarcinoma (read as GEA); recurred 145 days after perioperative FLOT — counts as progression on a cytotoxic regimen (C6)"),
        c7=("met", "metastatic; progressed on 3 lines incl. ICI and HER2 therapy"),
        c8=("not_met", "treatment-naive: no prior cytotoxic regimen"))
COMBO = J("met", "no prior anti-PD-1 toxicity, ILD or cardiac problem recorded",
          c5=("met", "does not apply to monotherapy: pneumonitis after nivolumab would bar combination cohorts only"),
          c7=("met", "does not apply to monotherapy: ILD and LVEF 48% would bar combination cohorts only"),
          c8=("met", "does not apply to monotherapy: heart failure may bar combination cohorts only"))
MEDS = J("met", "last anticancer therapy >28 days ago or none; no CCR8 agent; live vaccines/immunosuppressants are prohibited on study (compliance)",
         c5=("unknown", "last therapy 2026-11-02 (29 days, OK); current steroid use after pneumonitis not stated"),
         c6=("unknown", "no recent anticancer therapy; immunosuppressive medication for autoimmune disease not stated"),
         c7=("unknown", "last therapy 2026-10-25 (OK); steroids for brain metastases/ILD not stated"))
r.add("inclusion", "Pre Treatment biopsy or archive tissue", TISSUE)
r.add("inclusion", "Eastern Cooperative Oncology Group (ECOG) performance status of", ECOG(1))
r.add("inclusion", "Measurable disease per Response Evaluation Criteria", MEAS())
r.add("inclusion", "Laboratory values meeting criteria", LAB())
r.add("inclusion", "NSCLC - Advanced or metastatic", NA("NSCLC"))
r.add("inclusion", "HSNCC - Advanced/metastatic", NA("HNSCC"))
r.add("inclusion", "Micro Satellite Stable Colorectal Cancer (MSS-CRC)", NA("MSS colorectal"))
r.add("inclusion", "Gastric and Gastroesophageal Junction adenocarcinoma (GEA)", GEA)
r.add("inclusion", "High-Grade Serous Ovarian Cancer (HGSOC)", NA("ovarian"))
r.add("inclusion", "Pancreatic Adenocarcinoma (PDAC) - Advanced", NA("pancreatic"))
r.add("inclusion", "Triple Negative Breast Cancer (TNBC)", NA("TNBC"))
r.add("exclusion", "Pancreatic Ductal Adenocarcinoma (PDAC) - Excludes", NA("pancreatic"))
r.add("exclusion", "No major surgery within 28 days", SURGERY_RECENT())
r.add("exclusion", "No active autoimmune/immunodeficiency disease", J("met", "no autoimmune disease or immunodeficiency recorded",
      c6=("unknown", "autoimmune disease recorded; activity and whether an exception applies not stated")))
r.add("exclusion", "Combination treatment excludes participants", COMBO)
r.add("exclusion", "Pregnancy", PREG())
r.add("exclusion", "Excluded medications include anticancer therapy", MEDS)
print(r.write(
 "Phase I azirkitug (anti-CCR8) ± budigalimab/bevacizumab basket. Only the GEA cohort clause applies; other tumour "
 "cohorts are met as 'does not apply'. GEA clause read to include oesophageal adenocarcinoma (trial condition "
 "'Gastric/Esophageal Cancer') and to count early recurrence after perioperative chemotherapy as progression on a "
 "cytotoxic regimen (C6); 'if applicable ICI/HER2 therapy' read as 'if indicated and available', so it is not held "
 "against a patient who did not receive an ICI. Fresh-tissue item met only when a biopsy in the last 6 months has no "
 "later treatment; otherwise unknown. The combination-only exclusions (anti-PD-1 toxicity, ILD, cardiac) are read as "
 "not applying to the monotherapy cohort. 'Excluded medications' read as prohibited concomitant medications with a "
 "28-day anticancer washout."))
