from rules import *
r = Rec("NCT07069712")
RES = J("not_met", "", c1=("not_met", "metastatic disease, not resectable"), c2=("not_met", "metastatic disease"),
        c3=("not_met", "metastatic disease"), c4=("met", "resectable GEJ adenocarcinoma, histologically confirmed"),
        c5=("not_met", "metastatic disease"), c6=("not_met", "recurrent disease after resection"),
        c7=("not_met", "metastatic disease"), c8=("not_met", "locally advanced unresectable"))
SUB = J("met", "Sub-study 3 has no biomarker requirement",
        c1=("met", "HER2-positive (IHC 3+) fits Sub-study 2; Sub-study 3 has no requirement"),
        c4=("met", "CLDN18.2 78% and HER2 0 fit Sub-study 1; Sub-study 3 has no requirement"))
PRIOR = J("not_met", "prior systemic therapy for this cancer",
          c1=("unknown", "no systemic therapy recorded; prior surgery not recorded"),
          c4=("met", "untreated resectable tumour in situ: no prior therapy or surgery"),
          c6=("not_met", "prior perioperative FLOT and oesophagectomy"),
          c8=("unknown", "no systemic therapy recorded; prior surgery not recorded"))
CNSP = J("unknown", "brain metastases absent, but other CNS pathology (stroke, epilepsy …) not in case (C4)",
         c7=("not_met", "brain metastases"))
DIST = J("not_met", "metastatic disease", c4=("met", "resectable (cM0) disease"),
         c6=("unknown", "recurrent disease; whether distant is not stated"),
         c8=("met", "locally advanced unresectable without distant metastases"))
HBV = J("met", "no hepatitis B recorded", c3=("not_met", "hepatitis B (chronic infection) recorded"))
r.add("inclusion", "Histologically documented gastric, GEJ, or esophageal adenocarcinoma with resectable disease", RES)
r.add("inclusion", "Participants who are CLDN18.2-positive", SUB)
r.add("inclusion", "Eastern Cooperative Oncology Group (ECOG) performance status of 0 or 1", ECOG(1))
r.add("inclusion", "Adequate organ and bone marrow function", LAB("organ and marrow function values"))
r.add("inclusion", "Body weight", ALL("unknown", "body weight not in case"))
r.add("exclusion", "Participants had any prior anti-cancer treatment or surgery", PRIOR)
r.add("exclusion", "Active or prior documented autoimmune or inflammatory disorders", AUTOIMMUNE_REQ())
r.add("exclusion", "Central nervous system (CNS) pathology", CNSP)
r.add("exclusion", "Uncontrolled infections", ACTIVE_INF())
r.add("exclusion", "Participants with history of (non-infectious) interstitial lung disease", ILD_ANY())
r.add("exclusion", "History of another primary malignancy", OTHER_MALIG())
r.add("exclusion", "Participants with any known or suspicious distant metastasis", DIST)
r.add("exclusion", "Uncontrolled hepatitis B and/or chronic or active hepatitis B", HBV)
r.add("exclusion", "Current or prior use of immunosuppressive medication within 14 days", STEROID())
print(r.write(
 "Phase II perioperative platform (AZD0901, T-DXd, rilvegostomig with FLOT/5-FU/capecitabine) for resectable GEA. "
 "Only the resectable, untreated case (UE-04) can qualify. Sub-study 3 has no biomarker requirement, so the "
 "CLDN18.2/HER2 item is met for every case. A recorded hepatitis_b condition is read as chronic hepatitis B "
 "(excluded). 'CNS pathology' is unknown when brain metastases are absent because other CNS disease is not captured. "
 "Locally advanced unresectable disease is read as free of distant metastasis."))
