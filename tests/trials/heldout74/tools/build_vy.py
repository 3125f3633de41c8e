#!/usr/bin/env python3
"""Build VY/<NCT>.yaml from the case files and per-criterion reading rules (reviewer's own tool)."""
import datetime as dt, os, sys, yaml
sys.path.insert(0, os.path.dirname(__file__))
from split_items import items

ASOF = dt.date(2026, 12, 1)
CASES = [f"VY-{i:02d}" for i in range(1, 9)]

def load(cid):
    d = yaml.safe_load(open(f"cases/{cid}.case.yaml"))
    p, dg = d["patient"], d["diagnosis"]
    tr = d.get("treatments") or []
    f = dict(id=cid, age=p["age"], sex=p["sex"], ecog=p.get("ecog"), lvef=p.get("lvef_percent"),
             conds=set(p.get("conditions") or []), site=dg["site"], setting=dg["setting"],
             measurable=dg.get("measurable_disease"), tr=tr)
    f["treated"] = bool(tr)
    f["brain"] = "brain_metastases" in f["conds"]
    f["last"] = max(tr, key=lambda t: str(t.get("ended_on") or t.get("started_on"))) if tr else None
    bm = d.get("biomarkers") or []
    f["mmr"] = next((b["result"] for b in bm if b["kind"] == "mmr"), None)
    f["msi"] = next((b["result"] for b in bm if b["kind"] == "msi"), None)
    ag = set(a for t in tr for a in t["agents"])
    f["agents"] = ag
    f["trast"] = bool(ag & {"trastuzumab", "T-DXd", "trastuzumab_deruxtecan"})
    f["platinum"] = bool(ag & {"oxaliplatin", "cisplatin"})
    f["tox"] = [(x["event"], x["grade"], t.get("ended_on")) for t in tr for x in (t.get("toxicities") or [])]
    return f

C = {c: load(c) for c in CASES}
M = lambda r: ("met", r)
N = lambda r: ("not_met", r)
U = lambda r: ("unknown", r)
ALL = lambda st, r: (lambda c: (st, r))

def lab(c): return U("laboratory value not in case (C3)")
def consent(c): return M("consent/compliance/contraception/procedure item (C1)")
def age18(c): return M(f"age {c['age']}")
def permissive(what):
    return lambda c: M(f"permissive clause ({what}); cannot exclude")

def preg(c):
    if c["sex"] == "male": return M("does not apply: male patient")
    if c["age"] >= 55: return M(f"woman aged {c['age']} (C2)")
    return U(f"woman aged {c['age']}; pregnancy/breast-feeding status not in case (C2)")

def ecog_le(k):
    def f(c):
        e = c["ecog"]
        if e is None: return U("ECOG not recorded")
        return M(f"ECOG {e}") if e <= k else N(f"ECOG {e} > {k}")
    return f

def nonmet_known(c):
    return c["setting"] in ("resectable", "locally_advanced_unresectable") and not c["brain"]

def metastatic_known(c):
    return c["setting"] == "metastatic" or c["brain"]

def tox_recent_g2(c):
    for ev, g, end in c["tox"]:
        if g >= 2 and end and (ASOF - dt.date.fromisoformat(str(end))).days <= 92:
            return ev, g, end
    return None

# ---------------------------------------------------------------- NCT02366819
def p_histo(c):
    if metastatic_known(c): return N(f"setting {c['setting']}{' with brain metastases' if c['brain'] else ''}: not locally advanced")
    if c["setting"] == "recurrent": return N("recurrent disease after prior resection, not a primary locally advanced tumour")
    if c["site"] == "esophagus": return U("oesophageal adenocarcinoma: whether 'esophagogastric' covers a non-junctional oesophageal primary is unclear; T/N stage not in case")
    return U(f"{c['site']} adenocarcinoma, setting {c['setting']}; whether locally advanced (T/N stage) not in case (C4)")
def p_eus(c):
    if metastatic_known(c): return N("metastatic disease present (setting/brain metastases)")
    if c["setting"] == "recurrent": return N("recurrent disease after prior resection; not a primary EUS-staged tumour")
    if c["setting"] == "locally_advanced_unresectable": return M("locally advanced unresectable without metastases implies >T3 and/or N+")
    return U("resectable; EUS T/N stage not in case (C4)")
def p_lap(c): return U("diagnostic laparoscopy / peritoneal cytology not recorded in a case field")
def p_surg(c):
    if c["setting"] == "resectable": return M("setting resectable")
    if c["setting"] == "locally_advanced_unresectable": return N("locally advanced unresectable")
    if metastatic_known(c): return N("metastatic disease: no curative-intent surgery")
    return U("recurrent disease, sites not in case; curative resection not decidable")
def p_ibd(c):
    if "autoimmune_disease" in c["conds"]: return U("autoimmune disease listed; type (IBD or not) and control not in case")
    return M("autoimmune_disease not listed: IBD known absent (C4)")
def p_neuro(c):
    r = tox_recent_g2(c)
    if r and "neuropathy" in r[0]: return N(f"grade {r[1]} {r[0]} recorded at stop of last line {r[2]}, no recovery recorded")
    return U("current neuropathy grade not in case")
R02366819 = [
    p_histo, p_eus, p_lap, ecog_le(1), p_surg, lab, lab, lab, lab, lab, lab,
    ALL("met", "measurable and non-measurable disease both allowed"),
    consent, ALL("met", "advisory on CYP3A4 drugs, not a restriction"), consent,
    ALL("unknown", "other malignancies not recorded in a case field (C4)"),
    p_ibd,
    ALL("unknown", "current diarrhoea grade not in case"),
    p_neuro,
    ALL("unknown", "physician's opinion on serious medical/psychiatric illness not in case (C4)"),
    ALL("unknown", "bleeding status not in case"),
    preg,
    ALL("unknown", "surgery dates not in a case field (C4)"),
    ALL("met", "permissive UGT1A1 dosing note, not a restriction"),
]

# ---------------------------------------------------------------- NCT04107077
def h_pm(c):
    if not c["treated"]: return N("no prior systemic chemotherapy recorded")
    if c["brain"]: return N("brain metastases: not peritoneum-only disease")
    if c["site"] == "esophagus": return N("oesophageal primary, not gastric cancer")
    months = sum((dt.date.fromisoformat(str(t["ended_on"])) - dt.date.fromisoformat(str(t["started_on"]))).days for t in c["tr"] if t.get("ended_on")) / 30.4
    return U(f"prior chemotherapy ~{months:.0f} months recorded; peritoneum-only disease / cytology not in a case field")
def h_hiv(c):
    if "hiv" in c["conds"]: return U("HIV listed; ART and viral load not in case")
    return M("does not apply: HIV not listed")
def h_hbv(c):
    if "hepatitis_b" in c["conds"]: return U("hepatitis B listed; HBV viral load/suppressive therapy not in case")
    return M("does not apply: hepatitis B not listed")
def h_hcv(c):
    if "hepatitis_c" in c["conds"]: return U("hepatitis C listed; cure / viral load not in case")
    return M("does not apply: hepatitis C not listed")
def h_card(c):
    if "heart_failure" in c["conds"]: return U("heart failure listed; NYHA class not in case")
    if c["trast"]: return U("prior trastuzumab-based (cardiotoxic) therapy; NYHA class not in case")
    return M("does not apply: no heart failure and no anthracycline/HER2-directed therapy recorded")
def h_sites(c):
    if c["brain"]: return N("brain metastases listed")
    if nonmet_known(c): return M(f"setting {c['setting']}: no distant metastases")
    return U("metastatic sites not in a case field (C4)")
def h_ae(c):
    if not c["treated"]: return M("no prior anti-cancer therapy recorded")
    r = tox_recent_g2(c)
    if r: return N(f"grade {r[1]} {r[0]} recorded at stop of last line {r[2]}, no recovery recorded")
    olds = [t for t in c["tox"] if t[1] >= 2]
    if olds: return U(f"grade {olds[0][1]} {olds[0][0]} ended {olds[0][2]}; current residual grade not recorded")
    return M("no toxicities recorded with prior therapy")
def h_allergy(c):
    if c["platinum"] and not any("hypersens" in t[0] or "allerg" in t[0] for t in c["tox"]):
        return M("prior platinum given with no hypersensitivity recorded")
    return U("no platinum exposure recorded; allergy history not in case")
R04107077 = [
    h_pm, age18, ecog_le(2), lab, lab, lab, lab, lab, lab, lab, lab,
    h_hiv, h_hbv, h_hcv,
    ALL("met", "permissive clause on prior/concurrent malignancy"),
    h_card,
    ALL("unknown", "life expectancy (C2)"),
    consent, consent,
    ALL("unknown", "other malignancies not recorded in a case field (C4)"),
    h_sites, h_ae,
    ALL("met", "no ongoing or investigational agent in the treatments record"),
    h_allergy,
    ALL("unknown", "control of intercurrent illness not in case"),
    consent,
    preg,
]

# ---------------------------------------------------------------- NCT05709574
def t_stage(c):
    if c["site"] == "esophagus": return N("oesophageal primary: not gastric or Siewert 3 GEJ")
    if metastatic_known(c): return N("metastatic disease: stage IV")
    if c["setting"] == "recurrent": return N("recurrent disease after prior treatment, not a primary stage I-III tumour")
    return U("stomach adenocarcinoma, resectable; T stage (T1-3 vs T4) not in case (C4)")
def t_meas(c):
    m = c["measurable"]
    if m is True: return M("measurable disease; imaging timing is a study procedure")
    if m is False: return N("measurable_disease: false")
    return U("measurability not recorded")
def t_prior(c):
    if not c["treated"]: return M("no prior treatment recorded")
    return N("prior systemic therapy for the index adenocarcinoma recorded")
def t_mets(c):
    if metastatic_known(c): return N(f"setting {c['setting']}{' with brain metastases' if c['brain'] else ''}")
    if nonmet_known(c): return M(f"setting {c['setting']}: no known metastases")
    return U("recurrent disease; metastatic sites not in case")
def t_chf(c):
    if "heart_failure" in c["conds"]: return U("heart failure listed; NYHA class not in case")
    return U("no heart failure listed, but angina/arrhythmia status not in case (C4 composite)")
def t_autoimm(c):
    if "autoimmune_disease" in c["conds"]: return U("autoimmune disease listed; type (excepted or not) not in case")
    if "hiv" in c["conds"]: return U("no autoimmune disease; whether treated HIV counts as 'immune deficiency' here depends on Appendix III (HIV judged under exclusion 8)")
    return M("autoimmune_disease and hiv not listed (C4)")
def t_aiexc(c):
    if "autoimmune_disease" in c["conds"]: return U("autoimmune disease type not in case; exception may or may not apply")
    return M("does not apply: no autoimmune disease listed")
def t_hiv(c):
    if "hiv" in c["conds"]: return N("HIV listed")
    return U("HIV not listed, but tuberculosis test status not in case (C4 composite)")
def t_allergy(c): return U("allergy to tadalafil/chemotherapy formulation components not in case")
UK = lambda r: ALL("unknown", r)
R05709574 = [
    t_stage, t_meas, age18,
    lab, lab, lab, lab, lab, lab, lab, lab, lab, lab, lab, lab,  # heading + 9 labs + 2 formula lines
    ecog_le(1), consent, preg, consent,
    t_prior,
    UK("PDE-inhibitor use not in case"),
    t_mets,
    UK("composite of intercurrent illnesses; not all known absent (C4)"),
    UK("composite cardiovascular heading; not all known absent (C4)"),
    t_chf,
    UK("blood pressure control not in case"),
    UK("stroke/MI/thromboembolism history not in case"),
    permissive("incidental PE/DVT allowed"),
    UK("arrhythmia treatment not in case"),
    UK("unstable angina not in case"),
    UK("heart rhythm not in case"),
    UK("composite GI heading; not all known absent (C4)"),
    UK("tumour invasion of adjacent GI tract, ulcer, obstruction etc. not in case (C4 GI integrity)"),
    UK("fistula/perforation/obstruction/abscess history not in case (C4 GI integrity)"),
    ALL("met", "procedural note on abscess healing confirmation"),
    t_autoimm, t_aiexc, t_aiexc, t_aiexc, t_aiexc, t_aiexc, t_aiexc,
    UK("active infection status at screening not in case"),
    permissive("UTI allowed"), permissive("HCV on treatment allowed"),
    UK("SARS-CoV-2 status not in case"),
    permissive("recovered COVID-19 allowed"),
    t_hiv,
    UK("concomitant medications not in case"),
    UK("investigator's judgement on other disorders not in case"),
    UK("wound/ulcer/fracture status not in case"),
    UK("thyroid status not in case"),
    UK("hepatic function not in case (C3)"),
    UK("surgery dates not in a case field (C4)"),
    UK("wound healing after surgery not in case (C4)"),
    UK("surgical complications not in case (C4)"),
    UK("immunosuppressive medication not in case"),
    permissive("brief low-dose immunosuppression allowed"),
    permissive("mineralocorticoids/inhaled or low-dose steroids allowed"),
    preg,
    UK("ability to swallow tablets not in case (C4 GI integrity)"),
    t_allergy,
    UK("NAION history not in case"),
    UK("other malignancies not recorded in a case field (C4)"),
]

# ---------------------------------------------------------------- NCT05753306
def r_age(c):
    return M(f"age {c['age']}") if 18 <= c["age"] <= 80 else N(f"age {c['age']} > 80")
def r_hist(c):
    if c["site"] == "stomach": return M("gastric adenocarcinoma")
    if c["site"] == "gej": return U("GEJ adenocarcinoma; Siewert type (II/III required) not in a case field")
    return N("oesophageal adenocarcinoma, not gastric or Siewert II/III GEJ")
def r_perit(c):
    if c["brain"]: return N("brain metastases: metastasis not confined to peritoneum")
    if nonmet_known(c): return U(f"setting {c['setting']}; peritoneal cytology/metastasis not in a case field")
    return U("metastatic sites / peritoneal status not in a case field (C4)")
def r_alt_perit(c): return U("not recorded in a case field (one of alternative qualifying findings)")
def r_resp(c):
    if not c["treated"]: return N("no systemic chemotherapy given")
    last = c["last"]
    if last.get("stop_reason") == "progression":
        return N(f"last systemic therapy ended in progression ({last['ended_on']}); no response since")
    if c["setting"] == "recurrent" and c["diag_recur_after"]:
        return N(c["diag_recur_after"])
    return U(f"last line {last.get('stop_reason')} {last.get('ended_on')}; response measures not in case")
def r_alt_resp(c):
    if not c["treated"]: return N("no systemic chemotherapy given")
    return U("response measure not recorded in case")
def r_dist(c):
    if c["brain"]: return N("brain metastases listed")
    if nonmet_known(c): return M(f"setting {c['setting']}: no distant metastases")
    return U("metastatic sites not in a case field (C4)")
def r_hyper(c):
    if c["treated"] and not any("hypersens" in t[0] or "allerg" in t[0] for t in c["tox"]):
        return M("prior chemotherapy recorded without hypersensitivity")
    return U("no prior chemotherapy recorded; hypersensitivity history not in case")
R05753306 = [
    r_age, ecog_le(2), r_hist, lab, lab, lab, UK("albumin not in case (C3)"),
    r_perit, r_alt_perit, r_alt_perit, r_alt_perit,
    r_resp, r_alt_resp, r_alt_resp, r_alt_resp, r_alt_resp,
    UK("PCI and surgeon's assessment not in case"),
    UK("BMI not in case"),
    r_dist,
    UK("ascites not in a case field (C4)"),
    UK("comorbidity assessment by investigator not in case"),
    consent,
    r_hyper,
]

# ---------------------------------------------------------------- NCT06824363
def a_nonmet(c):
    if metastatic_known(c): return N(f"setting {c['setting']}{' with brain metastases' if c['brain'] else ''}")
    if nonmet_known(c): return M(f"setting {c['setting']}")
    return U("recurrent disease; metastatic status not in case")
def a_naive(c):
    return M("no prior treatment recorded") if not c["treated"] else N("prior systemic therapy recorded")
def a_msi(c):
    if c["mmr"] == "deficient" or c["msi"] == "msi_high": return N("dMMR / MSI-high")
    if c["mmr"] == "proficient" or c["msi"] == "mss": return M("pMMR / MSS")
    return U("MMR/MSI not tested")
def a_ai(c):
    if "autoimmune_disease" in c["conds"]: return U("autoimmune disease listed; significance/control not in case")
    return M("autoimmune_disease not listed (C4)")
R06824363 = [
    a_nonmet, a_naive,
    UK("adenocarcinoma confirmed; ARID1A mutation status not in case"),
    a_msi, age18, UK("body weight not in case"), ecog_le(2), consent, a_ai,
    a_nonmet, a_naive, a_ai, consent,
]

RULES = {"NCT02366819": R02366819, "NCT04107077": R04107077, "NCT05709574": R05709574,
         "NCT05753306": R05753306, "NCT06824363": R06824363}

# extra facts used by r_resp
for c in C.values():
    c["diag_recur_after"] = None
d4 = yaml.safe_load(open("cases/VY-04.case.yaml"))
for cid, c in C.items():
    d = yaml.safe_load(open(f"cases/{cid}.case.yaml"))
    rec = d["diagnosis"].get("recurred_on")
    if rec and c["last"] and c["last"].get("setting") in ("perioperative", "adjuvant", "neoadjuvant"):
        gap = (dt.date.fromisoformat(str(rec)) - dt.date.fromisoformat(str(c["last"]["ended_on"]))).days
        c["diag_recur_after"] = f"recurred {gap} days after last (perioperative) chemotherapy; no therapy since"

NOTES = yaml.safe_load(open("tools/notes.yaml"))

def build(nct):
    its, _ = items(nct)
    if nct == "NCT05709574":  # split the major-surgery paragraph into its three requirements
        out = []
        for k, t in its:
            if t.startswith("Major surgery (e.g."):
                a, b, c2 = t.split(". Subjects")
                out += [(k, a + "."), (k, "Subjects" + b + "."), (k, "Subjects" + c2)]
            else:
                out.append((k, t))
        its = out
    rules = RULES[nct]
    assert len(its) == len(rules), (nct, len(its), len(rules))
    crit, verd = [], {}
    for (k, t), rule in zip(its, rules):
        j, r = {}, {}
        for cid in CASES:
            s, why = rule(C[cid])
            j[cid], r[cid] = s, why
        crit.append({"kind": k, "text": t, "judgements": j, "reasons": r})
    for cid in CASES:
        st = [x["judgements"][cid] for x in crit]
        verd[cid] = "ineligible" if "not_met" in st else ("eligible" if all(s == "met" for s in st) else "possibly_eligible")
    doc = {"nct_id": nct, "reviewer_note": NOTES[nct], "verdicts": verd, "criteria": crit}
    with open(f"VY/{nct}.yaml", "w") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=120)
    return crit, verd

if __name__ == "__main__":
    for nct in RULES:
        crit, verd = build(nct)
        print(nct, len(crit), verd)
