#!/usr/bin/env python3
"""Write VR/<NCT>.yaml from the judgements below.

Criterion texts are taken from the record itself (a bullet line, or an exact span of one) so that they are
verbatim; verdicts are derived from the judgements (ineligible if any not_met, eligible if all met).
"""
import json, os, sys
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "trials", "her2-gastric")
CASES = [f"VR-{i:02d}" for i in range(1, 9)]
norm = lambda s: " ".join(s.split())


class Record:
    def __init__(self, nct):
        ps = json.load(open(os.path.join(DATA, nct + ".json")))["protocolSection"]
        self.text = ps["eligibilityModule"]["eligibilityCriteria"]
        self.lines = [l.strip() for l in self.text.splitlines() if l.strip()]

    def line(self, start, upto=None, after=None):
        """Exact bullet line starting with `start` (bullet marker removed); optionally cut after `upto`
        (inclusive) or begin at `after`."""
        hits = []
        for l in self.lines:
            b = l[2:] if l.startswith("* ") else l
            if b.startswith(start):
                hits.append(b)
        if not hits:
            sys.exit(f"not found: {start!r}")
        b = hits[0]
        if upto is not None:
            i = b.index(upto)
            b = b[: i + len(upto)]
        return b.strip()

    def span(self, start, upto):
        t = self.text
        i = t.index(start)
        j = t.index(upto, i)
        return t[i : j + len(upto)].strip()


def C(kind, text, default, **ov):
    """default = (status, reason) for every case; ov: c1..c8 = (status, reason) overrides."""
    j, r = {}, {}
    for i, c in enumerate(CASES, 1):
        st, why = ov.get(f"c{i}", default)
        j[c], r[c] = st, why
    return {"kind": kind, "text": text, "judgements": j, "reasons": r}


M, N, U = "met", "not_met", "unknown"
LAB = (U, "laboratory/organ-function value not in the case (C3)")
CONSENT = (M, "consent/compliance item (C1)")
PREG_DEFAULT = (M, "does not apply: man or woman aged 55 or over (C2)")
PREG_Y = (U, "woman under 55; pregnancy/lactation status not in the case (C2)")


def write(nct, note, crit):
    verdicts = {}
    for c in CASES:
        st = [cr["judgements"][c] for cr in crit]
        verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
    rec = Record(nct)
    for cr in crit:
        assert norm(cr["text"]) in norm(rec.text), cr["text"]
    out = {"nct_id": nct, "reviewer_note": note, "verdicts": verdicts, "criteria": crit}
    with open(os.path.join(ROOT, "VR", nct + ".yaml"), "w") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=110)
    print(nct, len(crit), verdicts)


# ---------------------------------------------------------------------------------------------------------
# NCT04704934  DESTINY-Gastric04 (T-DXd vs ramucirumab + paclitaxel, 2L HER2+ after trastuzumab)
# ---------------------------------------------------------------------------------------------------------
r = Record("NCT04704934")
NO_TRAS = (N, "no trastuzumab-containing regimen in the case")
crit = [
    C("inclusion", r.line("Adults (according to local regulation)"), (M, "adult (≥18 years); consent is C1")),
    C("inclusion", r.line("Pathologically documented gastric and GEJ adenocarcinoma"),
      (M, "gastric/GEJ adenocarcinoma previously treated for advanced disease"),
      c1=(M, "GEJ adenocarcinoma; perioperative trastuzumab regimen ended 63 days before recurrence, counted as the prior line per the protocol note and C6"),
      c3=(N, "no prior treatment for advanced disease (untreated)"),
      c6=(N, "oesophageal (not gastric/GEJ) primary and untreated"),
      c7=(N, "perioperative FLOT ended 22 months before recurrence (not a line, C6); no treatment for advanced disease yet")),
    C("inclusion", r.line("Progression on or after first-line therapy with a trastuzumab"),
      NO_TRAS,
      c1=(M, "recurred 63 days after perioperative FLOT + trastuzumab: counts as first line per the note"),
      c5=(M, "progressed on first-line pembrolizumab + trastuzumab + CAPOX (ended 2026-09-29)"),
      c7=(N, "perioperative FLOT had no trastuzumab and relapse was 22 months later; no trastuzumab given")),
    C("inclusion", r.line("Locally or centrally confirmed HER2-positive"),
      (N, "no HER2-positive result on a post-trastuzumab biopsy"),
      c1=(M, "IHC 3+ on liver biopsy 2026-09-30, taken after progression on the trastuzumab regimen"),
      c2=(N, "IHC 2+ / ISH not amplified (HER2-low) and never received trastuzumab"),
      c3=(N, "IHC 0; no trastuzumab"),
      c4=(N, "IHC 1+; no trastuzumab"),
      c5=(N, "post-progression biopsy 2026-10-14 is IHC 1+ (HER2 loss); original 3+ does not satisfy a post-trastuzumab biopsy requirement"),
      c6=(N, "IHC 3+ only on the pre-treatment biopsy; no trastuzumab has been given, so no post-trastuzumab biopsy can exist"),
      c7=(N, "tissue IHC 0 twice; plasma ERBB2 amplification is not IHC/ISH on a tumour biopsy"),
      c8=(U, "only the 2024 pre-trastuzumab biopsy (IHC 3+) is recorded; a post-progression re-biopsy would be needed")),
    C("inclusion", r.line("Eastern Cooperative Oncology Group performance status of 0 or 1"),
      (M, "ECOG 0-1"), c4=(N, "ECOG 2"), c8=(N, "ECOG 3")),
    C("inclusion", r.line("Adequate bone marrow, renal, hepatic function"), LAB),
    C("exclusion", r.line("Use of anticancer therapy after trastuzumab-containing treatment"),
      (M, "no trastuzumab-containing treatment, so no therapy after it"),
      c1=(M, "no anticancer therapy since the perioperative trastuzumab regimen"),
      c5=(M, "no anticancer therapy since first-line trastuzumab regimen ended 2026-09-29"),
      c8=(N, "ramucirumab-paclitaxel, T-DXd and nivolumab given after trastuzumab-SOX")),
    C("exclusion", r.line("Medical history of myocardial infarction"),
      (U, "no heart failure recorded, but myocardial infarction history is not a case field (composite, C4)"),
      c6=(U, "heart_failure recorded with LVEF 38%; NYHA class/symptoms and MI history not in the case")),
    C("exclusion", r.line("Has a QT interval corrected by Fridericia"), (U, "ECG/QTcF not in the case (C3)")),
    C("exclusion", r.line("Has a history of (non-infectious) interstitial lung disease"),
      (M, "no interstitial_lung_disease or pneumonitis condition (known absent, C4)"),
      c8=(N, "grade 2 pneumonitis on T-DXd (condition pneumonitis); grade 2 T-DXd pneumonitis requires steroids per label")),
    C("exclusion", r.line("Any autoimmune, connective tissue or inflammatory disorders"),
      (M, "no autoimmune_disease condition"),
      c3=(U, "autoimmune_disease recorded; pulmonary involvement not in the case")),
    C("exclusion", r.line("Prior complete pneumonectomy"), (U, "surgical history not in the case (C4)")),
    C("exclusion", r.line("Spinal cord compression or clinically active central nervous system metastases"),
      (U, "no brain_metastases condition, but spinal cord compression (metastatic site) not in the case (C4)"),
      c5=(U, "brain_metastases recorded; whether treated/symptomatic/on steroids not in the case"),
      c6=(M, "locally advanced unresectable (M0): no CNS metastases or spinal cord compression from metastasis"),
      c7=(U, "brain_metastases recorded; whether treated/symptomatic/on steroids not in the case")),
    C("exclusion", r.line("Has multiple primary malignancies within 3 years"), (U, "other malignancies not in the case (C4)")),
    C("exclusion", r.line("History of severe hypersensitivity reactions to either the T-DXd"),
      (M, "never received T-DXd; no hypersensitivity recorded in treatment toxicities"),
      c8=(M, "received T-DXd; only pneumonitis recorded, no hypersensitivity reaction")),
    C("exclusion", r.line("History of severe hypersensitivity reactions to other monoclonal antibodies"),
      (M, "no hypersensitivity to any monoclonal antibody recorded in treatment toxicities")),
    C("exclusion", r.line("Known allergy or hypersensitivity to paclitaxel"),
      (M, "no taxane hypersensitivity or contraindication recorded"),
      c5=(U, "grade 2 oxaliplatin peripheral neuropathy recorded: may be a contraindication to paclitaxel at the investigator's judgement")),
    C("exclusion", r.line("Current uncontrolled infection requiring antibiotics"),
      (U, "current infection/fever at screening not in the case"),
      c2=(U, "hepatitis_b recorded; whether controlled/on antivirals not in the case"),
      c4=(U, "hepatitis_c recorded; whether active/controlled not in the case"),
      c7=(U, "hiv recorded (requires antivirals); control status not in the case")),
    C("exclusion", r.line("Clinically significant gastrointestinal disorder"), (U, "GI disorders/integrity not in the case (C4)")),
    C("exclusion", r.line("Has history of receiving live, attenuated vaccine"), (U, "vaccination history not in the case")),
]
write("NCT04704934",
      "DESTINY-Gastric04. Read as: HER2-positive (IHC 3+ or 2+/ISH+) on a biopsy taken AFTER progression on a "
      "trastuzumab regimen is mandatory; ctDNA does not qualify. Perioperative trastuzumab counts as the first line only "
      "with relapse within 6 months (protocol note = C6). Any therapy after trastuzumab excludes. Severe hypersensitivity "
      "items are met unless a treatment toxicity records a reaction. MI, QTcF, spinal-cord compression, "
      "pneumonectomy, other primaries, infection, GI disorder and vaccines are not case fields and stay unknown.",
      crit)

# ---------------------------------------------------------------------------------------------------------
# NCT04943653  IP paclitaxel + XELOX, gastric cancer with peritoneal metastasis (phase 1)
# ---------------------------------------------------------------------------------------------------------
r = Record("NCT04943653")
labline = r.line("Absolute neutrophil count")
labs = [p.strip() for p in labline.rstrip(",").split(", ")]
# splitting on ", " is safe here: the bilirubin item contains "or ULN(...)" but no ", "
crit = [
    C("inclusion", r.line("ECOG(Eastern Cooperative Oncology Group) performance status 0 or 1"),
      (M, "ECOG 0-1"), c4=(N, "ECOG 2"), c8=(N, "ECOG 3")),
    C("inclusion", r.line("pathologically proven primary gastric adenocarcinoma"),
      (M, "gastric adenocarcinoma"),
      c1=(U, "GEJ adenocarcinoma: whether it counts as a primary gastric cancer (e.g. Siewert III) is not in the case"),
      c5=(U, "GEJ adenocarcinoma: whether it counts as a primary gastric cancer (e.g. Siewert III) is not in the case"),
      c6=(N, "oesophageal adenocarcinoma, not a gastric primary")),
    C("inclusion", r.line("peritoneal metastasis confirmed by laparoscopy"),
      (U, "metastatic sites not in the case (C4)"),
      c6=(N, "locally advanced unresectable (M0) disease: no peritoneal metastasis by definition")),
    C("inclusion", r.line("written informed consent"), CONSENT),
    C("inclusion", r.line("adequate function of important organs"), LAB),
] + [C("inclusion", t, LAB) for t in labs] + [
    C("exclusion", r.line("other active concomitant malignancies"), (U, "other malignancies not in the case (C4)")),
    C("exclusion", r.line("HER2(human epidermal growth factor receptor 2) positive"),
      (M, "HER2-negative by IHC/ISH"),
      c1=(N, "HER2 IHC 3+ (2025 and 2026 biopsies)"),
      c2=(M, "IHC 2+ with ISH not amplified (ratio 1.3): not HER2-positive"),
      c3=(M, "IHC 0"), c4=(M, "IHC 1+"),
      c5=(U, "IHC 3+ at diagnosis but IHC 1+ on the 2026 re-biopsy: discordant; current status not settled"),
      c6=(N, "HER2 IHC 3+"),
      c7=(M, "tissue IHC 0 on biopsy and resection; plasma ERBB2 amplification is not part of the IHC/ISH definition used"),
      c8=(N, "HER2 IHC 3+")),
    C("exclusion", r.line("no investigational anticancer therapy within 30 days"),
      (M, "all recorded therapies are licensed agents; no investigational therapy recorded")),
    C("exclusion", r.line("recent (within 6 months) acute coronary syndrome"),
      (U, "acute coronary syndrome and pulmonary disease severity not in the case (composite, C4)"),
      c6=(U, "heart_failure with LVEF 38%; whether 'severe' and any recent ACS not in the case"),
      c8=(U, "pneumonitis recorded; whether it is severe pulmonary disease not in the case")),
    C("exclusion", r.line("uncontrolled acute or chronic disease"), (U, "control of comorbidities not in the case")),
    C("exclusion", r.line("uncontrolled infection or inflammation"),
      (U, "current infection/inflammation not in the case"),
      c2=(U, "hepatitis_b recorded; control not in the case"),
      c4=(U, "hepatitis_c recorded; activity not in the case"),
      c7=(U, "hiv recorded; control not in the case")),
    C("exclusion", r.line("uncontrolled psychiatric disorder or central neurologic disease"),
      (U, "psychiatric/neurological history not in the case (C4)"),
      c5=(U, "brain_metastases recorded; whether controlled not in the case"),
      c7=(U, "brain_metastases recorded; whether controlled not in the case")),
    C("exclusion", r.line("not fully recovered from previous surgery"), (U, "surgery not in the case (C4)")),
    C("exclusion", r.line("prior anticancer therapy (chemotherapy, immunotherapy, radiation) within 6 months"),
      (U, "no systemic therapy within 6 months; radiotherapy not in the case (C4)"),
      c1=(N, "perioperative FLOT + trastuzumab ended 2026-07-17 (137 days)"),
      c2=(N, "ramucirumab-paclitaxel ended 2026-10-27 (35 days)"),
      c3=(U, "no systemic therapy ever; radiotherapy not in the case (C4)"),
      c4=(N, "zolbetuximab-mFOLFOX6 ended 2026-11-03 (28 days)"),
      c5=(N, "pembrolizumab-trastuzumab-CAPOX ended 2026-09-29 (63 days)"),
      c6=(U, "no systemic therapy; radiotherapy not in the case (C4)"),
      c7=(U, "perioperative FLOT ended 2024-10-28 (>6 months); radiotherapy not in the case (C4)"),
      c8=(N, "nivolumab ended 2026-10-28 (34 days)")),
    C("exclusion", r.line("intolerable to oral administration"), (U, "oral intake/GI integrity not in the case (C4)")),
    C("exclusion", r.line("fertile males and females who are unwilling"), (M, "contraception willingness item (C1)")),
    C("exclusion", r.line("pregnancy, breast feeding or intention"), PREG_DEFAULT, c1=PREG_Y, c4=PREG_Y),
    C("exclusion", r.line("interstitial pneumonia or pulmonary fibrosis"),
      (M, "no interstitial_lung_disease or pneumonitis condition (known absent)"),
      c8=(N, "drug-induced (T-DXd) pneumonitis recorded, an interstitial pneumonia")),
    C("exclusion", r.line("peripheral neuropathy with functional impairment"),
      (M, "no neuropathy recorded in any treatment's toxicities"),
      c5=(N, "grade 2 oxaliplatin sensory neuropathy recorded (grade 2 = limits instrumental ADL); no resolution recorded, last oxaliplatin regimen ended 2026-09-29")),
    C("exclusion", r.line("hypersensitivity to paclitaxel, oxaliplatin"),
      (M, "no hypersensitivity recorded in treatment toxicities")),
    C("exclusion", r.line("concomitant therapy with any substrate or inhibitor of Cytochrome"),
      (U, "concomitant medications not in the case")),
    C("exclusion", r.line("concomitant therapy with sorivudine or brivudine"), (U, "concomitant medications not in the case")),
    C("exclusion", r.line("Dihydropyrimidine dehydrogenase (DPD) deficiency"), (U, "DPD status (laboratory/genotype) not in the case (C3)")),
    C("exclusion", r.line("current or recent (within the 7 days prior to enrollment) treatment of tegafur"),
      (M, "no S-1 in the treatments"),
      c8=(M, "S-1 last given with SOX, ended 2024-11-20 (>7 days)")),
]
write("NCT04943653",
      "IP paclitaxel + XELOX in gastric cancer with peritoneal metastasis. Peritoneal metastasis is not a case field, so "
      "it is unknown for every metastatic case and not_met only for an M0 (locally advanced) case. 'Primary gastric' is "
      "read as met for stomach, unknown for GEJ, not_met for oesophagus. HER2-positive = IHC 3+ or 2+/ISH+; ctDNA "
      "does not make a tumour HER2-positive. The 6-month prior-therapy exclusion is computed from ended_on; radiotherapy "
      "is not a field so untreated/long-ago-treated cases stay unknown. A recorded grade 2 neuropathy is read as "
      "functional impairment. The lab line is split into one item per value; the bare section labels ('1. Inclusion "
      "Criteria:' etc.) are not requirements and are not listed.",
      crit)

# ---------------------------------------------------------------------------------------------------------
# NCT04995003  HEROS 3.0: HER2 CAR-T + PD-1 blockade in sarcoma, ages 1-25 (phase 1)
# ---------------------------------------------------------------------------------------------------------
r = Record("NCT04995003")
NOTSARC = (N, "gastric/GEJ/oesophageal adenocarcinoma, not a sarcoma")
KPS = lambda: dict(c4=(U, "ECOG 2 corresponds to Karnofsky ~50-70; threshold 60 not decidable"),
                   c8=(N, "ECOG 3 corresponds to Karnofsky 30-40 (<60)"))
CARD = dict(default=(U, "LVEF normal/heart failure absent, but arrhythmia not in the case (composite, C4)"),
            c2=(U, "LVEF not recorded; arrhythmia not in the case"),
            c4=(U, "LVEF not recorded; arrhythmia not in the case"),
            c5=(U, "LVEF 52%: at the usual lower limit; institutional normal not known; arrhythmia not in the case"),
            c6=(N, "LVEF 38% (below any institutional normal) with heart failure"))
AUTO = dict(default=(M, "no autoimmune_disease condition"),
            c3=(U, "autoimmune_disease recorded; systemic treatment in the past 2 years not in the case"))
PNEU = dict(default=(M, "no pneumonitis/ILD condition"),
            c8=(N, "grade 2 T-DXd pneumonitis recorded (steroid-requiring grade per label)"))
IMMUNO = dict(default=(M, "no HIV, transplant or autoimmune condition and no reason for immunosuppression recorded"),
              c3=(U, "autoimmune_disease recorded; immunosuppressive therapy not in the case"),
              c5=(U, "brain_metastases recorded; corticosteroid use not in the case"),
              c7=(N, "HIV infection is an acquired immunodeficiency diagnosis"),
              c8=(U, "pneumonitis recorded; current corticosteroid use not in the case"))
HIV = dict(default=(M, "no hiv condition"), c7=(N, "hiv recorded"))


def Cd(kind, text, d):
    d = dict(d)
    return C(kind, text, d.pop("default"), **d)


crit = [
    # Procurement inclusion
    C("inclusion", r.line("Diagnosis of a HER2-positive sarcoma."), NOTSARC),
    C("inclusion", r.line("Age between 1 to 25 years"), (N, "aged 31 or over")),
    C("inclusion", r.line("Karnofsky or Lansky performance score of ≥ 60"), (M, "ECOG 0-1 corresponds to Karnofsky ≥70"), **KPS()),
    C("inclusion", r.line("Informed consent explained to, understood by, and signed by patient/guardian."), CONSENT),
    # Treatment inclusion
    C("inclusion", r.line("Diagnosis of a HER2 positive sarcoma with active disease progression"), NOTSARC),
    C("inclusion", r.line("At least 4 weeks from and having recovered", upto="cytotoxic chemotherapy."),
      (M, "no cytotoxic chemotherapy within 4 weeks; no unresolved acute toxicity recorded"),
      c3=(M, "no prior chemotherapy"), c6=(M, "no prior chemotherapy"),
      c4=(U, "mFOLFOX6 ended 2026-11-03, exactly 4 weeks; grade 2 vomiting recorded, recovery not in the case"),
      c5=(M, "capecitabine/oxaliplatin ended 2026-09-29 (9 weeks); grade 2 neuropathy is chronic, not an acute toxic effect"),
      c8=(U, "T-DXd (cytotoxic payload) stopped 2026-01-14 for grade 2 pneumonitis; recovery not in the case")),
    C("inclusion", r.span("Those receiving targeted", "toxic effects of that drug."),
      (M, "no targeted/antibody therapy, or last dose long enough ago"),
      c1=(M, "trastuzumab ended 2026-07-17, 137 days > 3 half-lives (~28 d)"),
      c2=(N, "ramucirumab ended 2026-10-27, 35 days < 3 half-lives (3 x 14 d = 42 d)"),
      c3=(M, "no prior therapy"),
      c4=(U, "zolbetuximab ended 2026-11-03, 28 days; 3 half-lives = 23-46 d (half-life 7.6-15.2 d)"),
      c5=(N, "pembrolizumab/trastuzumab ended 2026-09-29, 63 days < 3 half-lives (pembrolizumab 22 d, trastuzumab ~28 d)"),
      c6=(M, "no prior therapy"),
      c7=(M, "no targeted therapy (perioperative FLOT only)"),
      c8=(N, "nivolumab ended 2026-10-28, 34 days < 3 half-lives (3 x 25 d = 75 d)")),
    Cd("inclusion", r.line("Normal cardiac left ventricular end diastolic function"),
       dict(default=(M, "LVEF within normal limits"),
            c2=(U, "LVEF not recorded"), c4=(U, "LVEF not recorded"),
            c5=(U, "LVEF 52%: at the usual lower limit; institutional normal not known"),
            c6=(N, "LVEF 38%"),
            c8=(M, "LVEF 55%"))),
    C("inclusion", r.line("Karnofsky or Lansky performance score of ≥60"), (M, "ECOG 0-1 corresponds to Karnofsky ≥70"), **KPS()),
    C("inclusion", r.line("Total bilirubin ≤1.5x upper limit"), LAB),
    C("inclusion", r.line("AST/ALT ≤ 2.5x ULN"), LAB),
    C("inclusion", r.line("Serum creatinine ≤1.5x ULN"), LAB),
    C("inclusion", r.line("Hgb ≥ 7.0 g/dL"), LAB),
    C("inclusion", r.line("WBC"), LAB),
    C("inclusion", r.line("ANC"), LAB),
    C("inclusion", r.line("Platelets"), LAB),
    C("inclusion", r.line("Pulse oximetry of ≥ 90% on room air"), (U, "pulmonary function/oximetry not in the case (C3)")),
    C("inclusion", r.line("Sexually active males and females of childbearing potential"), (M, "contraception item (C1)")),
    C("inclusion", r.line("Available autologous transduced cytotoxic T lymphocytes"), (M, "manufacturing/study-procedure item (C1)")),
    C("inclusion", r.line("Informed consent explained to, understood by, and signed by patient or guardian."), CONSENT),
]
excl_common = lambda: [
    C("exclusion", r.line("Severe previous toxicity from cyclophosphamide"), (M, "never received cyclophosphamide")),
    C("exclusion", r.line("Severe previous toxicity from fludarabine"), (M, "never received fludarabine")),
    C("exclusion", r.line("Severe hypersensitivity (≥Grade 3) to pembrolizumab"),
      (M, "no anti-PD-1 hypersensitivity recorded (no exposure, or exposure without recorded reaction)")),
]
proc_excl = [Cd("exclusion", r.line("Known HIV positivity"), HIV)] + excl_common() + [
    C("exclusion", r.line("History of allergic reactions attributed to murine protein"),
      (M, "no allergic reaction recorded in treatment toxicities"),
      c4=(M, "received chimeric (murine/human) zolbetuximab; only vomiting recorded, no allergic reaction")),
    Cd("exclusion", r.line("Cardiac disorder defined as left ventricular ejection fraction"), CARD),
    Cd("exclusion", r.line("Active autoimmune disease that has required systemic treatment"), AUTO),
    Cd("exclusion", r.line("History of non-infectious pneumonitis"), PNEU),
    C("exclusion", r.line("Known history of active tuberculosis"), (U, "tuberculosis history not in the case")),
    C("exclusion", r.line("Has undergone solid organ transplantation"), (M, "no organ_transplant condition")),
    Cd("exclusion", r.line("Has a diagnosis of immunodeficiency or is receiving any other form of immunosuppressive therapy aside"), IMMUNO),
    C("exclusion", r.line("Presence of bulky tumor"), (U, "tumour bulk/metastatic sites not in the case (C4)")),
    C("exclusion", r.line("Has a history or current evidence of any condition"), (U, "investigator's judgement; not decidable from the case")),
]
# treatment exclusion section: the items repeat; Record.line returns the first hit, so take exact texts by span
tx = r.text[r.text.index("Treatment Exclusion Criteria:"):]
rt = Record.__new__(Record); rt.text = tx; rt.lines = [l.strip() for l in tx.splitlines() if l.strip()]
r_save, r = r, rt
treat_excl = [
    Cd("exclusion", r.line("Known HIV positivity"), HIV),
    C("exclusion", r.line("Intercurrent infection"), (U, "current infection not in the case"),
      c7=(U, "hiv recorded; whether it counts as an intercurrent infection is for the investigator")),
    C("exclusion", r.line("Pregnant or lactating"), PREG_DEFAULT, c1=PREG_Y, c4=PREG_Y),
    C("exclusion", r.line("History of hypersensitivity to murine protein"),
      (M, "no hypersensitivity recorded in treatment toxicities"),
      c4=(M, "received chimeric zolbetuximab; only vomiting recorded, no hypersensitivity")),
] + excl_common() + [
    Cd("exclusion", r.line("Cardiac disorder defined as left ventricular ejection fraction"), CARD),
    Cd("exclusion", r.line("Active autoimmune disease that has required systemic treatment"), AUTO),
    Cd("exclusion", r.line("History of non-infectious pneumonitis"), PNEU),
    C("exclusion", r.line("Known history of active tuberculosis"), (U, "tuberculosis history not in the case")),
    C("exclusion", r.line("Has received a live virus vaccine"), (U, "vaccination history not in the case")),
    C("exclusion", r.line("Has undergone solid organ transplantation"), (M, "no organ_transplant condition")),
    Cd("exclusion", r.line("Has a diagnosis of immunodeficiency or is receiving any other form of immunosuppressive therapy"), IMMUNO),
    C("exclusion", r.line("Presence of bulky tumor"), (U, "tumour bulk/metastatic sites not in the case (C4)")),
    C("exclusion", r.line("Has received radiotherapy within 14 days", upto="are permitted."), (U, "radiotherapy not in the case (C4)")),
    C("exclusion", r.span("Subjects must have recovered from all radiation-related", "radiation pneumonitis."),
      (U, "radiotherapy history and its toxicities not in the case (C4)")),
    C("exclusion", r.line("Has a history or current evidence of any condition"), (U, "investigator's judgement; not decidable from the case")),
]
r = r_save
crit += proc_excl + treat_excl
write("NCT04995003",
      "HEROS 3.0 is a paediatric/young-adult HER2-positive SARCOMA trial (ages 1-25): every gastric/GEJ/oesophageal "
      "adenocarcinoma case fails the diagnosis and age items, so all 8 are ineligible; the record is in the HER2 set only "
      "through its 'HER-2 Protein Overexpression' keyword. All items were still judged. ECOG was mapped to Karnofsky "
      "(0-1 = ≥70, 2 = 50-70 undecidable, 3 = 30-40). '3 drug half-lives' used label half-lives (ramucirumab 14 d, "
      "pembrolizumab 22 d, nivolumab 25 d, trastuzumab ~28 d, zolbetuximab 7.6-15.2 d). HIV is read as an "
      "immunodeficiency diagnosis. Procurement and treatment sections are judged separately, so repeated items appear "
      "twice; section labels are not listed as items.",
      crit)

# ---------------------------------------------------------------------------------------------------------
# NCT05005403  ABBV-514 (azirkitug) +/- budigalimab or bevacizumab, phase 1, GEA cohort
# ---------------------------------------------------------------------------------------------------------
r = Record("NCT05005403")
NA = lambda what: (M, f"does not apply: {what} cohort")
excl_meds = r.line("Excluded medications include")
parts = [p.strip() for p in excl_meds.split(", ")]
# -> "Excluded medications include anticancer therapy within 5 half-live or 28 days (whichever is shorter)",
#    "agent targeting Chemokine Receptor (CCR)8", "live vaccines", "immunosuppressive medication with limited exceptions"
assert len(parts) == 4, parts
crit = [
    C("inclusion", r.line("Pre Treatment biopsy or archive tissue"),
      (M, "no qualifying archival tissue (older or followed by treatment); a fresh pre-treatment biopsy is a study procedure (C1)"),
      c1=(M, "liver biopsy 2026-09-30 (62 days), no treatment since"),
      c3=(M, "diagnostic biopsy 2026-10-14 (48 days), untreated"),
      c5=(M, "re-biopsy 2026-10-14 (48 days), no treatment since"),
      c6=(M, "diagnostic biopsy 2026-10-12 (50 days), untreated")),
    C("inclusion", r.line("Eastern Cooperative Oncology Group (ECOG) performance status"),
      (M, "ECOG 0-1"), c4=(N, "ECOG 2"), c8=(N, "ECOG 3")),
    C("inclusion", r.line("Measurable disease per Response Evaluation Criteria"),
      (M, "measurable_disease: true"), c4=(N, "measurable_disease: false")),
    C("inclusion", r.line("Laboratory values meeting criteria"), LAB),
    C("inclusion", r.line("NSCLC - Advanced or metastatic"), NA("NSCLC")),
    C("inclusion", r.line("HSNCC - Advanced/metastatic"), NA("head and neck SCC")),
    C("inclusion", r.line("Micro Satellite Stable Colorectal Cancer"), NA("MSS colorectal")),
    C("inclusion", r.line("Gastric and Gastroesophageal Junction adenocarcinoma (GEA)"),
      (M, "gastric/GEJ adenocarcinoma progressed after cytotoxic chemotherapy"),
      c1=(M, "GEJ adenocarcinoma recurring 63 days after perioperative FLOT + trastuzumab (counts as a prior line, C6); HER2 therapy given"),
      c2=(M, "progressed on nivolumab-CAPOX (chemotherapy + ICI) and ramucirumab-paclitaxel"),
      c3=(N, "untreated: has not progressed on any prior cytotoxic regimen"),
      c4=(M, "progressed on zolbetuximab-mFOLFOX6; CPS <1 and HER2 1+ so ICI/HER2 therapy not applicable"),
      c5=(M, "GEJ; progressed on pembrolizumab + trastuzumab + CAPOX"),
      c6=(N, "oesophageal primary (cohort names gastric and GEJ) and untreated"),
      c7=(N, "no treatment for advanced disease; perioperative FLOT ended 22 months before relapse (not a line, C6)"),
      c8=(M, "progressed on trastuzumab-SOX, ramucirumab-paclitaxel, T-DXd and nivolumab")),
    C("inclusion", r.line("High-Grade Serous Ovarian Cancer (HGSOC)"), NA("ovarian")),
    C("inclusion", r.line("Pancreatic Adenocarcinoma (PDAC)"), NA("pancreatic")),
    C("inclusion", r.line("Triple Negative Breast Cancer (TNBC)"), NA("triple-negative breast")),
    C("exclusion", r.line("Pancreatic Ductal Adenocarcinoma (PDAC) - Excludes"), NA("pancreatic")),
    C("exclusion", r.line("No major surgery within 28 days"), (U, "surgery dates not in the case (C4)")),
    C("exclusion", r.line("No active autoimmune/immunodeficiency disease"),
      (M, "no autoimmune_disease, hiv or organ_transplant condition"),
      c3=(U, "autoimmune_disease recorded; activity and whether it is a permitted exception not in the case"),
      c7=(U, "hiv recorded; whether it falls under the 'limited exceptions' (e.g. controlled HIV) not in the case")),
    C("exclusion", r.line("Combination treatment excludes participants", upto="or hypersensitivity"),
      (M, "does not apply: no prior anti-PD-(L)1 therapy"),
      c2=(M, "prior nivolumab; no immune-mediated toxicity, ILD or hypersensitivity recorded"),
      c5=(M, "prior pembrolizumab; only neuropathy recorded (not immune-mediated); no ILD or hypersensitivity"),
      c8=(N, "prior nivolumab and a history of pneumonitis/ILD (grade 2 on T-DXd): excluded from combination arms")),
    C("exclusion", r.span("Combination treatment may also require", "deficiencies and/or events"),
      (U, "no heart failure and normal LVEF, but other cardiac events not in the case (C4)"),
      c2=(U, "LVEF not recorded; cardiac events not in the case"),
      c4=(U, "LVEF not recorded; cardiac events not in the case"),
      c6=(N, "heart failure with LVEF 38%: a significant cardiac deficiency")),
    C("exclusion", r.line("Pregnancy"), PREG_DEFAULT, c1=PREG_Y, c4=PREG_Y),
    C("exclusion", parts[0],
      (M, "no anticancer therapy in the last 28 days"),
      c4=(M, "last dose 2026-11-03, 28 days before the review date; dosing will be later"),
      c2=(M, "last dose 2026-10-27 (35 days)"),
      c8=(M, "last dose 2026-10-28 (34 days)")),
    C("exclusion", parts[1], (M, "no CCR8-targeting agent in the treatments")),
    C("exclusion", parts[2], (U, "vaccination history not in the case")),
    C("exclusion", parts[3],
      (M, "no condition implying immunosuppressive medication"),
      c3=(U, "autoimmune_disease recorded; immunosuppressive medication not in the case"),
      c5=(U, "brain_metastases recorded; corticosteroid use not in the case"),
      c7=(U, "brain_metastases recorded; corticosteroid use not in the case"),
      c8=(U, "pneumonitis recorded; corticosteroid use not in the case")),
]
write("NCT05005403",
      "ABBV-514 phase 1, GEA cohort. Cohort clauses for other tumours are met as 'does not apply' (C7). The GEA clause "
      "needs progression on ≥1 cytotoxic regimen for advanced disease (perioperative counts only within 6 months, C6); "
      "'if applicable' ICI/HER2 therapy is read against the patient's biomarkers. Oesophageal adenocarcinoma is read "
      "as outside 'Gastric and GEJ'. A missing recent archival sample is not held against a patient because a fresh "
      "pre-treatment biopsy is a study procedure (C1). The combination-only exclusions are judged as written (a "
      "not_met there would still leave monotherapy escalation in principle). The composite medication bullet is split "
      "into its four parts; the 28-day window is computed from ended_on.",
      crit)
