#!/usr/bin/env python3
"""Write WJ/NCT05200559.yaml. Item texts come from tools/split_items.py (verbatim segments);
every judgement below is written by hand per case."""
import sys, os, yaml
sys.path.insert(0, os.path.dirname(__file__))
from split_items import items
NCT = "NCT05200559"
C = [f"WJ-{i:02d}" for i in range(1, 9)]
MEN = {"WJ-03", "WJ-04", "WJ-06"}
WOMEN = set(C) - MEN
raw = items(NCT)
# split multi-requirement bullets into sentences (each substring is verbatim)
texts = []
for k, s in raw:
    if s.startswith("Platinum-resistant recurrent ovarian cancer"):
        a, b = s.split(" Patients in the ovarian", 1)
        texts += [(k, a), (k, "Patients in the ovarian" + b)]
    elif s.startswith("History of leptomeningeal disease."):
        texts += [(k, "History of leptomeningeal disease."), (k, s[len("History of leptomeningeal disease. "):])]
    else:
        texts.append((k, s))

def A(st, why, **over):
    """same judgement for every case, with per-case overrides given as WJ_01=(status, reason)"""
    d = {c: (st, why) for c in C}
    for key, v in over.items():
        d[key.replace("_", "-")] = v
    return d

NOHX = "no such history: vocabulary condition not listed"
UNK_LAB = "laboratory value not in the case (C3)"
J = {}
def j(prefix, d): J[prefix] = d

j("Ability to comply", A("met", "compliance item (C1)"))
j("Histologically or cytologically confirmed solid tumors", {
  "WJ-01": ("met", "dMMR/MSI-high gastric adenocarcinoma (listed 'MSI-H solid tumors'), progressed on pembrolizumab+CAPOX and on ramucirumab+paclitaxel"),
  "WJ-02": ("not_met", "pMMR GEJ adenocarcinoma is not a listed tumour type, and it is untreated (has not progressed on standard therapy)"),
  "WJ-03": ("not_met", "pMMR gastric adenocarcinoma is not a listed tumour type (also: record enrols females only)"),
  "WJ-04": ("not_met", "pMMR gastric adenocarcinoma is not a listed tumour type (also: record enrols females only)"),
  "WJ-05": ("not_met", "pMMR gastric adenocarcinoma is not a listed tumour type"),
  "WJ-06": ("not_met", "pMMR/MSS GEJ adenocarcinoma is not a listed tumour type (also: record enrols females only)"),
  "WJ-07": ("not_met", "pMMR gastric adenocarcinoma, not a listed type; resectable and not progressed on therapy"),
  "WJ-08": ("not_met", "pMMR GEJ adenocarcinoma is not a listed tumour type"),
})
j("Phase I dose escalation phase", A("met", "cohort heading; the escalation requirements are judged in the items below"))
j("Advanced metastatic or recurrent solid tumors (where pembrolizumab", {
  "WJ-01": ("met", "recurrent MSI-high gastric cancer (pembrolizumab approved), progressed on two palliative lines"),
  "WJ-02": ("not_met", "metastatic but treatment-naive: has not progressed on or been refractory to standard therapy"),
  "WJ-03": ("met", "metastatic gastric cancer (pembrolizumab approved in gastric), progressed on trastuzumab+CAPOX"),
  "WJ-04": ("met", "metastatic gastric cancer, progressed on S-1+oxaliplatin+nivolumab"),
  "WJ-05": ("met", "metastatic gastric cancer, progressed through five palliative lines"),
  "WJ-06": ("met", "recurred 126 days after perioperative FLOT: refractory to standard therapy (C6)"),
  "WJ-07": ("not_met", "resectable (not advanced) and not progressed; on neoadjuvant FLOT"),
  "WJ-08": ("met", "metastatic GEJ cancer, progressed on three palliative lines"),
})
j("Prior anti-PD1 or PDL1 therapy is allowed", A("met", "permissive clause"))
j("Prior anti-CTLA4 therapy is allowed if", A("met", "no anti-CTLA4 agent among recorded treatments"))
j("At least one prior line of therapy in the dose escalation", A("met", "at least one prior line for advanced disease",
  WJ_01=("met", "two prior palliative lines"), WJ_02=("not_met", "no prior therapy (treatment-naive)"),
  WJ_03=("met", "one prior palliative line"), WJ_04=("met", "one prior palliative line"),
  WJ_05=("met", "five prior palliative lines"),
  WJ_06=("met", "perioperative FLOT counts as a line: recurrence 126 days after it ended (C6)"),
  WJ_07=("not_met", "no prior line for advanced disease (neoadjuvant therapy ongoing, resectable)"),
  WJ_08=("met", "three prior palliative lines")))
j("Phase Ib dose expansion cohorts", A("met", "cohort heading; expansion requirements are judged in the items below"))
j("Platinum-resistant recurrent ovarian cancer", A("met", "does not apply: not ovarian and not MSI-H, so only the escalation cohort could apply",
  WJ_01=("met", "MSI-high/dMMR cancer that progressed after pembrolizumab (post-PD-1)")))
j("Patients in the ovarian cancer cohort must", A("met", "does not apply: ovarian cohort only"))
j("Prior 1-5 lines of therapy for dose expansion", A("met", "does not apply: expansion cohort (MSI-H/ovarian) not open to this MSS/pMMR tumour",
  WJ_01=("met", "two prior palliative lines (perioperative FLOT not counted: recurrence 386 days later); within 1-5 either way")))
j("Prior anti-PD1/PDL1 therapy is allowed in the MSI-H cohort", A("met", "does not apply: not an expansion-cohort candidate",
  WJ_01=("met", "prior pembrolizumab is allowed in the MSI-H cohort")))
j("Prior anti-CTLA4 therapy is not allowed.", A("met", "no anti-CTLA4 agent among recorded treatments"))
j("Primary platinum- refractory cancers are excluded", A("met", "does not apply: expansion cohort not open to this tumour",
  WJ_01=("met", "primary platinum therapy (perioperative FLOT, ended 2024-02-26) followed by recurrence 386 days later: not primary platinum-refractory")))
j("Measurable disease per RECIST v1.1", A("met", "measurable disease recorded",
  WJ_07=("not_met", "measurable_disease: false (resectable primary)")))
j("Previously irradiated lesions can be considered", A("met", "qualifier on which lesions count; measurable disease recorded by the treating team",
  WJ_07=("met", "qualifier only; lack of measurable disease is judged in the item above")))
j("Availability of a representative tumor specimen", A("met", "tissue biomarker testing recorded, so diagnostic tissue exists"))
j("ECOG Performance Status of 0-1", A("met", "ECOG 0-1",
  WJ_04=("not_met", "ECOG 2"), WJ_05=("not_met", "ECOG 3")))
j("Life expectancy ≥ 6 months", A("unknown", "life expectancy not assessable from the case (C2)"))
j("Adequate hematologic and end-organ function", A("unknown", UNK_LAB))
for p in ("ANC ≥", "Platelet count", "Hemoglobin ≥", "AST, ALT, and alkaline", "Patients with documented liver metastases",
          "Patients with documented liver or bone", "Serum bilirubin", "Patients with known Gilbert", "Serum creatinine",
          "Serum albumin", "For patients not receiving therapeutic", "For patients receiving therapeutic"):
    j(p, A("unknown", UNK_LAB))
j("Patients may be transfused", A("met", "permissive note to the haemoglobin item"))
j("Patients with a positive HIV disease are eligible", A("met", "does not apply: no HIV",
  WJ_02=("unknown", "HIV recorded; ART stability, CD4 count and viral load not in the case")))
j("No known Hepatitis infection", A("met", "no hepatitis B or C recorded",
  WJ_03=("unknown", "known hepatitis B; literally excluded here, but the exclusion section admits HBV on antivirals with VL below LOQ - needs antiviral status/viral load and sponsor clarification"),
  WJ_08=("unknown", "hepatitis C history; whether infection is current (HCV RNA) is not recorded; exclusion section admits treated HCV with VL below LOQ")))
j("For women of childbearing potential: agreement", A("met", "contraception agreement (C1)",
  **{c.replace("-", "_"): ("met", "does not apply: man") for c in MEN}))
j("Women must remain abstinent", A("met", "contraception item (C1)", **{c.replace("-", "_"): ("met", "does not apply: man") for c in MEN}))
j("A woman is considered to be of childbearing potential", A("met", "definition, not a requirement"))
j("For men: agreement to remain abstinent", A("met", "contraception agreement (C1)", **{c.replace("-", "_"): ("met", "does not apply: woman") for c in WOMEN}))
j("With a female partner of childbearing potential", A("met", "contraception item (C1)", **{c.replace("-", "_"): ("met", "does not apply: woman") for c in WOMEN}))
j("The reliability of sexual abstinence", A("met", "contraception item (C1)"))
# exclusions: met = not excluded
j("Patients who meet any of the following criteria", A("met", "introductory heading; each exclusion is judged separately"))
j("History of leptomeningeal disease.", A("unknown", "metastatic sites beyond the vocabulary are not recorded (C4)",
  WJ_07=("met", "resectable M0 disease: no leptomeningeal disease")))
j("Patients with brain metastasis are allowed if", A("met", "no brain metastases recorded",
  WJ_06=("unknown", "brain metastases recorded; whether treated, stable ≥6 months and off steroids is not in the case fields"),
  WJ_08=("unknown", "brain metastases recorded; whether treated, stable ≥6 months and off steroids is not in the case fields")))
j("Uncontrolled tumor-related pain", A("unknown", "pain control not recorded"))
j("Symptomatic lesions (e.g., bone metastases", A("unknown", "symptomatic metastatic lesions not recorded (C4)",
  WJ_07=("met", "resectable M0 disease: no metastatic lesions")))
j("Asymptomatic metastatic lesions that would likely", A("unknown", "metastatic sites not recorded (C4)",
  WJ_06=("unknown", "brain metastasis recorded; whether local therapy is needed/done is not in the case fields"),
  WJ_07=("met", "resectable M0 disease: no metastatic lesions")))
j("Uncontrolled pleural effusion, pericardial effusion", A("unknown", "effusions/ascites not recorded (C4)",
  WJ_07=("met", "resectable M0 disease, ECOG 0: no malignant effusion or ascites")))
j("Patients with indwelling catheters", A("met", "permissive note"))
j("Uncontrolled or symptomatic hypercalcemia", A("unknown", UNK_LAB))
j("Active or history of autoimmune disease or immune deficiency", A("met", "no autoimmune disease, organ transplant or immune deficiency recorded",
  WJ_02=("met", "HIV is handled by the specific HIV items (inclusion and exclusion), not by this general clause"),
  WJ_07=("unknown", "autoimmune disease recorded; type not in the case, so whether a permitted exception applies is unknown (excluded otherwise)")))
j("Patients with a history of autoimmune-related hypothyroidism", A("met", "permissive exception"))
j("Patients with controlled Type 1 diabetes", A("met", "permissive exception"))
j("Patients with eczema, psoriasis", A("met", "permissive exception"))
for p in ("Rash must cover", "Disease is well controlled at baseline", "No occurrence of acute exacerbations"):
    j(p, A("met", "does not apply: no dermatological autoimmune disease recorded",
      WJ_07=("unknown", "applies only if her autoimmune disease is a skin-limited one; type not recorded")))
j("History of idiopathic pulmonary fibrosis", A("met", "no ILD or pneumonitis recorded",
  WJ_05=("not_met", "pneumonitis recorded, grade 2 on trastuzumab deruxtecan (drug-induced pneumonitis)")))
j("History of radiation pneumonitis", A("met", "permissive note",
  WJ_05=("met", "permissive note; does not rescue her drug-induced (T-DXd) pneumonitis")))
j("Active tuberculosis", A("unknown", "tuberculosis status not recorded"))
j("Significant cardiovascular disease", A("unknown", "no heart failure; MI, stroke, arrhythmia, angina not recorded (C4)",
  WJ_04=("not_met", "heart failure with LVEF 38%: significant current cardiac disease")))
j("Major surgical procedure, other than for diagnosis", A("unknown", "surgery dates not in the case fields (C4)",
  WJ_07=("not_met", "resectable disease on neoadjuvant therapy: gastrectomy is planned during the study period")))
j("History of concurrent second primary malignancy", A("unknown", "other malignancies not recorded (C4)"))
j("Severe infection within 4 weeks", A("unknown", "recent infections not recorded"))
j("Treatment with therapeutic oral or IV antibiotics", A("unknown", "antibiotic use not recorded"))
j("Patients receiving prophylactic antibiotics", A("met", "permissive note"))
j("Prior allogeneic stem cell or solid organ transplantation", A("met", "no organ_transplant recorded"))
j("Any other disease, metabolic dysfunction", A("unknown", "investigator's overall judgement; not decidable from the case"))
j("Treatment with a live, attenuated vaccine", A("unknown", "vaccination history not recorded"))
j("Has a known history of human immunodeficiency virus", A("met", "no HIV recorded",
  WJ_02=("unknown", "HIV recorded; allowed if on effective ART with a viral load within 6 months - not in the case fields")))
j("Has a known history of Hepatitis B", A("met", "no hepatitis B or C recorded",
  WJ_03=("unknown", "hepatitis B recorded; allowed only on stable antivirals with HBV VL below LOQ - not in the case fields"),
  WJ_08=("unknown", "hepatitis C recorded; whether HCV RNA is detectable (and if so treated, VL below LOQ) is not in the case fields")))
j("Treatment with investigational therapy within 28 days", A("met", "recorded therapies are all approved agents; none investigational",
  WJ_02=("met", "no prior systemic therapy")))
j("Prior treatment with CD137 agonists", A("met", "no prior checkpoint inhibitor or CD137 agonist",
  WJ_01=("met", "prior pembrolizumab: allowed in the MSI-H expansion and escalation cohorts"),
  WJ_04=("met", "prior nivolumab: allowed in the dose-escalation cohort"),
  WJ_08=("met", "prior nivolumab: allowed in the dose-escalation cohort")))
j("Prior anti-PD1 or anti-CTLA4 therapy is allowed in the dose escalation", A("met", "permissive note"))
j("Treatment with systemic immunostimulatory agents", A("met", "no interferon/IL-2 among recorded treatments",
  WJ_03=("unknown", "hepatitis B: antiviral regimen (could be peginterferon) not recorded"),
  WJ_08=("unknown", "hepatitis C: antiviral regimen and its dates not recorded")))
j("Treatment with systemic immunosuppressive medication", A("unknown", "concomitant steroid/immunosuppressant use not recorded",
  WJ_05=("unknown", "grade 2 pneumonitis (usually steroid-treated); current steroid use not recorded"),
  WJ_07=("unknown", "autoimmune disease and ongoing FLOT (dexamethasone premedication); immunosuppressant use not recorded")))
j("Patients who received acute, low-dose systemic", A("met", "permissive exception"))
j("Patients who received mineralocorticoids", A("met", "permissive exception"))
j("History of severe allergic anaphylactic reactions", A("unknown", "allergy history not recorded"))
j("Known hypersensitivity to Chinese hamster ovary", A("unknown", "allergy history not recorded",
  WJ_01=("met", "received pembrolizumab (a CHO-cell product) for 13 months, stopped for progression")))
j("Known allergy or hypersensitivity to any component of the E7777", A("unknown", "allergy history not recorded; E7777 never received"))
preg = {c: ("met", "man") for c in MEN}
preg.update({"WJ-01": ("met", "woman aged 62 (C2)"), "WJ-08": ("met", "woman aged 74 (C2)"),
             "WJ-02": ("unknown", "woman aged 44 (C2)"), "WJ-05": ("unknown", "woman aged 51 (C2)"),
             "WJ-07": ("unknown", "woman aged 36 (C2)")})
j("Pregnancy or breastfeeding, or intention", preg)
j("Women of childbearing potential must have a negative serum", dict(preg))

crit = []
used = set()
for k, t in texts:
    keys = [p for p in J if t.startswith(p)]
    if len(keys) != 1:
        sys.exit(f"no/ambiguous judgement for: {t[:80]} -> {keys}")
    used.add(keys[0])
    d = J[keys[0]]
    crit.append({"kind": k, "text": t, "judgements": {c: d[c][0] for c in C}, "reasons": {c: d[c][1] for c in C}})
assert used == set(J), set(J) - used
verd = {}
for c in C:
    st = [x["judgements"][c] for x in crit]
    verd[c] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
note = open(os.path.join(os.path.dirname(__file__), "note_NCT05200559.txt")).read().strip()
out = {"nct_id": NCT, "reviewer_note": note, "verdicts": verd, "criteria": crit}
os.makedirs("WJ", exist_ok=True)
yaml.safe_dump(out, open(f"WJ/{NCT}.yaml", "w"), sort_keys=False, allow_unicode=True, width=200)
print(NCT, len(crit), verd)
