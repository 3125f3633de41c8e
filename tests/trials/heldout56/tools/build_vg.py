#!/usr/bin/env python3
"""Write VG/<NCT>.yaml from the judgement tables below (criterion texts are taken verbatim from the records
via list_criteria.items, so they cannot drift). Run: python3 tools/build_vg.py"""
import os, sys, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from list_criteria import items

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = [f"VG-{i:02d}" for i in range(1, 9)]
M, N, U = "met", "not_met", "unknown"

def J(default=None, **over):
    """default=(status, reason) for all cases; overrides as c1=(status, reason) ... c8=(...)."""
    out = {}
    for i, c in enumerate(C, 1):
        v = over.get(f"c{i}", default)
        assert v is not None, (c, over)
        out[c] = v
    return out

# ---- shared helpers ---------------------------------------------------------------------------------
ECOG = {1: 1, 2: 1, 3: 2, 4: 0, 5: 3, 6: 1, 7: 0, 8: 1}
def ecog01(extra=""):
    return J(**{f"c{i}": ((M, f"ECOG {e}{extra}") if e <= 1 else (N, f"ECOG {e}")) for i, e in ECOG.items()})
def kps():
    o = {}
    for i, e in ECOG.items():
        o[f"c{i}"] = {0: (M, "ECOG 0 (about KPS 90-100)"), 1: (M, "ECOG 1 (about KPS 70-80)"),
                      2: (U, "ECOG 2 corresponds to about KPS 50-60; KPS not recorded"),
                      3: (N, "ECOG 3 corresponds to about KPS 30-40")}[e]
    return J(**o)
def preg():
    return J((M, "C2: man"), c1=(M, "C2: woman aged 67"), c3=(U, "C2: woman aged 48; hysterectomy not a case field"),
             c4=(M, "C2: woman aged 71"), c6=(U, "C2: woman aged 36"), c8=(U, "C2: woman aged 24"))
LAB = J((U, "C3: laboratory value not in the case"))
CONSENT = J((M, "C1: consent/compliance item"))
ADULT_NOT_SARCOMA = J((N, "adenocarcinoma, not a sarcoma"), c8=(U, "histology 'other' in the case; sarcoma is not a case field"))

# ---- NCT04704934 DESTINY-Gastric04 -------------------------------------------------------------------
DG04 = [
 J(**{f"c{i}": (M, f"adult (age {a}); C1 consent") for i, a in {1: 67, 2: 54, 3: 48, 4: 71, 5: 84, 6: 36, 7: 62, 8: 24}.items()}),
 J(c1=(M, "GEJ adenocarcinoma treated with 1L trastuzumab + CAPOX for metastatic disease"),
   c2=(M, "gastric adenocarcinoma, three palliative lines"),
   c3=(M, "gastric adenocarcinoma, two palliative lines for recurrent disease"),
   c4=(N, "metastatic but treatment-naive"),
   c5=(N, "oesophageal (not gastric/GEJ) adenocarcinoma, and untreated"),
   c6=(N, "only perioperative FLOT without trastuzumab, which this record's note does not count as a line"),
   c7=(N, "resectable, untreated"),
   c8=(N, "histology 'other', not adenocarcinoma")),
 J((N, "no trastuzumab-containing regimen recorded"),
   c1=(M, "progressed 2026-10-20 on 1L trastuzumab + capecitabine + oxaliplatin"),
   c2=(M, "progressed 2025-12-20 on 1L pembrolizumab + trastuzumab + CAPOX"),
   c6=(N, "perioperative FLOT without trastuzumab is not counted (record's note); no trastuzumab")),
 J(c1=(M, "IHC 3+ (gastric criteria) on biopsy 2026-11-05, after progression on trastuzumab 2026-10-20"),
   c2=(N, "post-progression biopsy 2026-10-20 is IHC 1+ (HER2 loss)"),
   c3=(N, "HER2 IHC 0; no trastuzumab"),
   c4=(N, "IHC 2+/ISH not amplified; no trastuzumab"),
   c5=(N, "ctDNA ERBB2 only, no tissue IHC/ISH; no trastuzumab"),
   c6=(N, "IHC 3+ on liver biopsy, but not obtained after any trastuzumab regimen"),
   c7=(N, "IHC 1+; no trastuzumab"),
   c8=(N, "IHC 2+ without ISH; no trastuzumab")),
 ecog01(),
 LAB,
 J((M, "no trastuzumab-containing treatment, so no therapy after one"),
   c1=(M, "no anticancer therapy since the trastuzumab line ended 2026-10-20"),
   c2=(N, "ramucirumab + paclitaxel and disitamab vedotin given after the trastuzumab line")),
 J((U, "no heart failure on record, but MI history is not a case field"),
   c5=(U, "heart failure with LVEF 40% on record; NYHA class and MI history not given")),
 J((U, "C3: ECG/QTcF not in the case")),
 J((M, "no ILD/pneumonitis on record; screening imaging is a study procedure"),
   c5=(N, "interstitial lung disease on record")),
 J((M, "no autoimmune disease on record"),
   c4=(U, "autoimmune disease on record; pulmonary involvement not stated")),
 J((U, "C4: thoracic surgery not a case field")),
 J((U, "no brain metastases on record; spinal cord compression is not a case field"),
   c1=(U, "brain metastases on record; whether untreated/symptomatic/on steroids is not a case field"),
   c5=(U, "brain metastases on record; whether untreated and symptomatic is not a case field"),
   c7=(M, "resectable (M0) disease: no CNS or spinal metastases")),
 J((U, "C4: other malignancies not a case field")),
 J((M, "T-DXd never given; no drug hypersensitivity recorded")),
 J((M, "no hypersensitivity recorded with prior monoclonal antibodies; ramucirumab not given"),
   c2=(M, "trastuzumab, pembrolizumab and ramucirumab given with no toxicity recorded"),
   c4=(M, "no monoclonal antibody given, none recorded"), c6=(M, "no monoclonal antibody given, none recorded"), c5=(M, "no monoclonal antibody given, none recorded"),
   c7=(M, "no monoclonal antibody given, none recorded"), c8=(M, "no monoclonal antibody given, none recorded")),
 J((U, "no taxane given; other taxane contraindications (e.g. neuropathy) not in case"),
   c2=(M, "paclitaxel Jan-Jun 2026 without recorded toxicity"),
   c3=(M, "paclitaxel until 2026-11-05 without recorded toxicity"),
   c6=(M, "docetaxel (FLOT) without recorded toxicity"),
   c8=(M, "docetaxel until 2026-10-15 without recorded toxicity")),
 J((U, "current infection/fever not a case field"),
   c2=(U, "hepatitis B on record; whether active/needing antivirals not a case field"),
   c6=(U, "HIV on record; infection status at screening not a case field"),
   c7=(U, "hepatitis C on record; whether it needs antivirals now not a case field")),
 J((U, "C4: GI/hepatic disorders not case fields"),
   c2=(U, "hepatitis B (hepatic disorder) on record; significance not stated"),
   c7=(U, "hepatitis C (hepatic disorder) on record; significance not stated")),
 J((U, "vaccination history not a case field")),
]

# ---- NCT04943653 IP paclitaxel + XELOX ----------------------------------------------------------------
IP = [
 ecog01(),
 J((M, "stomach adenocarcinoma"), c1=(U, "GEJ adenocarcinoma; whether the record counts GEJ as primary gastric is not stated"),
   c5=(N, "oesophageal adenocarcinoma"), c8=(N, "histology 'other', not adenocarcinoma")),
 J((U, "metastatic sites (peritoneum) not a case field"), c7=(N, "resectable (M0): no peritoneal metastasis")),
 CONSENT,
 LAB, LAB, LAB, LAB, LAB, LAB, LAB, LAB,
 J((U, "C4: other malignancies not a case field")),
 J(c1=(N, "IHC 3+ (2025-09-10 and 2026-11-05)"),
   c2=(U, "IHC 3+ at diagnosis but IHC 1+ on re-biopsy 2026-10-20; record does not say which counts"),
   c3=(M, "IHC 0"), c4=(M, "IHC 2+ with ISH not amplified"),
   c5=(U, "no IHC/ISH; ctDNA ERBB2 amplification only"),
   c6=(N, "IHC 3+ on biopsy 2026-10-01"), c7=(M, "IHC 1+"), c8=(U, "IHC 2+ without ISH")),
 J((M, "no investigational agent among the recorded treatments (read as an exclusion of investigational therapy within 30 days)")),
 J((U, "acute coronary syndrome history not a case field"),
   c5=(U, "heart failure (LVEF 40%) and ILD on record; severity not stated; ACS history unknown")),
 J((U, "control of chronic diseases not a case field")),
 J((U, "current infection/inflammation not a case field")),
 J((U, "C4: psychiatric/neurological history not a case field"),
   c1=(U, "brain metastases on record; control not a case field"), c5=(U, "brain metastases on record; control not a case field")),
 J((U, "C4: surgery not a case field")),
 J(c1=(N, "trastuzumab + CAPOX until 2026-10-20 (42 days)"),
   c2=(N, "disitamab vedotin until 2026-10-05 (57 days)"),
   c3=(N, "paclitaxel until 2026-11-05 (26 days)"),
   c4=(U, "no systemic therapy; radiotherapy not a case field"),
   c5=(U, "no systemic therapy; radiotherapy not a case field"),
   c6=(U, "last FLOT 2026-05-20 (195 days, >6 months); radiotherapy not a case field"),
   c7=(U, "no systemic therapy; radiotherapy not a case field"),
   c8=(N, "docetaxel until 2026-10-15 (47 days)")),
 J((U, "C4: GI integrity/oral intake not a case field")),
 CONSENT,
 preg(),
 J((M, "no ILD/pneumonitis on record"), c5=(N, "interstitial lung disease on record")),
 J((U, "neuropathy status not a case field")),
 J((M, "no drug hypersensitivity recorded; none of these drugs caused a recorded reaction")),
 J((U, "concomitant medication not a case field")),
 J((U, "concomitant medication not a case field")),
 J((U, "DPD status not in case; no fluoropyrimidine given"),
   c1=(M, "capecitabine tolerated for 13 months without recorded toxicity"),
   c2=(M, "capecitabine tolerated without recorded toxicity"),
   c3=(M, "S-1 and fluorouracil tolerated without recorded toxicity"),
   c6=(M, "fluorouracil (FLOT) tolerated without recorded toxicity")),
 J((M, "no S-1 recorded"), c3=(M, "adjuvant S-1 ended 2024-12-20")),
]

# ---- NCT04995003 HER2 CAR-T sarcoma -------------------------------------------------------------------
LVEF = J(c1=(U, "LVEF 50%, at or below many institutions' lower limit"), c2=(M, "LVEF 58%"),
         c3=(U, "LVEF not recorded"), c4=(U, "LVEF not recorded"), c5=(N, "LVEF 40%"),
         c6=(M, "LVEF 64%"), c7=(M, "LVEF 60%"), c8=(M, "LVEF 60%"))
CARDIAC = J((U, "LVEF normal and no heart failure, but arrhythmia history not a case field"),
            c1=(U, "LVEF 50% (borderline); arrhythmia history not a case field"),
            c3=(U, "LVEF not recorded; arrhythmia history not a case field"),
            c4=(U, "LVEF not recorded; arrhythmia history not a case field"),
            c5=(N, "LVEF 40%, below normal"))
HIV = J((M, "no HIV on record"), c6=(N, "HIV on record"))
NOCYC = J((M, "no cyclophosphamide/fludarabine in the recorded treatments"))
PD1HS = J((M, "no anti-PD-1 given, so no reaction possible"), c2=(M, "pembrolizumab given with no toxicity recorded"))
MURINE = J((U, "allergy to murine proteins/DMSO/dextran not a case field"))
AUTO = J((M, "no autoimmune disease on record"), c4=(U, "autoimmune disease on record; systemic treatment not a case field"))
PNEUM = J((M, "no pneumonitis/ILD on record"), c5=(U, "ILD on record; whether pneumonitis needing steroids not stated"))
TB = J((U, "tuberculosis history not a case field"))
SOT = J((M, "no organ transplant on record"))
IMMUNO = J((U, "no immunodeficiency on record; immunosuppressive medication not a case field"),
           c4=(U, "autoimmune disease on record; immunosuppressive medication not a case field"),
           c6=(N, "HIV: a diagnosis of (acquired) immunodeficiency"))
BULKY = J((U, "tumour bulk not a case field"))
INVEST = J((U, "investigator judgement; not decided by the case"))
CART = [
 ADULT_NOT_SARCOMA,
 J(**{f"c{i}": (N, f"age {a}") for i, a in {1: 67, 2: 54, 3: 48, 4: 71, 5: 84, 6: 36, 7: 62}.items()}, c8=(M, "age 24")),
 kps(),
 CONSENT,
 J((N, "adenocarcinoma, not a sarcoma"), c8=(U, "progressed 2026-10-15 after 1 prior systemic line; sarcoma not a case field")),
 J(c1=(N, "trastuzumab last given 2026-10-20 (42 days) < 3 half-lives (~12 weeks)"),
   c2=(M, "last therapy 2026-10-05 (57 days), no toxicity recorded"),
   c3=(N, "paclitaxel until 2026-11-05, 26 days < 4 weeks"),
   c4=(M, "does not apply: no prior therapy"), c5=(M, "does not apply: no prior therapy"),
   c6=(M, "FLOT ended 2026-05-20, no toxicity recorded"), c7=(M, "does not apply: no prior therapy"),
   c8=(M, "docetaxel ended 2026-10-15 (47 days), no toxicity recorded")),
 LVEF,
 kps(),
 LAB, LAB, LAB, LAB, LAB, LAB, LAB,
 J((U, "C3: pulse oximetry not in the case")),
 CONSENT,
 J((M, "C1: study-procedure (manufacturing) item")),
 CONSENT,
 HIV, NOCYC, NOCYC, PD1HS, MURINE, CARDIAC, AUTO, PNEUM, TB, SOT, IMMUNO, BULKY, INVEST,
 HIV,
 J((U, "current infection not a case field"), c2=(U, "hepatitis B on record; activity not stated"),
   c6=(U, "HIV on record; intercurrent infection not stated"), c7=(U, "hepatitis C on record; activity not a case field")),
 preg(), MURINE, NOCYC, NOCYC, PD1HS, CARDIAC, AUTO, PNEUM, TB,
 J((U, "vaccination history not a case field")),
 SOT, IMMUNO, BULKY,
 J((U, "C4: radiotherapy not a case field")),
 INVEST,
]

# ---- NCT05005403 azirkitug (ABBV-514) -----------------------------------------------------------------
DNA = lambda what: J((M, f"does not apply: {what} cohort"))
ABBV = [
 J(c1=(M, "biopsy 2026-11-05 after the last treatment (2026-10-20)"),
   c2=(M, "biopsy 2026-10-20 after the last treatment (2026-10-05)"),
   c3=(U, "latest tissue 2025-08-10, before two lines; fresh biopsy feasibility not in case"),
   c4=(M, "biopsy 2026-10-24, untreated since"),
   c5=(U, "no tissue result (ctDNA only); fresh biopsy feasibility not in case"),
   c6=(M, "liver biopsy 2026-10-01, no treatment since"),
   c7=(M, "biopsy 2026-11-02, untreated"),
   c8=(U, "biopsy 2025-11-18, before docetaxel; fresh biopsy feasibility not in case")),
 ecog01(),
 J((M, "measurable disease recorded"), c3=(N, "measurable_disease: false"), c7=(U, "measurable disease not recorded")),
 LAB,
 DNA("NSCLC"), DNA("HNSCC"), DNA("MSS colorectal"),
 J(c1=(M, "GEJ adenocarcinoma progressed on 1L trastuzumab + CAPOX"),
   c2=(M, "progressed on chemotherapy, pembrolizumab and HER2 therapy (3 lines)"),
   c3=(M, "progressed on zolbetuximab + FOLFOX, then paclitaxel"),
   c4=(N, "no prior chemotherapy"),
   c5=(N, "oesophageal adenocarcinoma (not gastric/GEJ) and no prior chemotherapy"),
   c6=(M, "recurred 128 days after perioperative FLOT: counts as progression on a prior line (C6)"),
   c7=(N, "resectable, not advanced; untreated"),
   c8=(N, "not adenocarcinoma; no listed cohort covers sarcoma")),
 DNA("ovarian"), DNA("pancreatic"), DNA("TNBC"),
 DNA("pancreatic"),
 J((U, "C4: surgery not a case field")),
 J((M, "no autoimmune disease or immunodeficiency on record"),
   c4=(U, "autoimmune disease on record; activity/exception not stated"),
   c6=(U, "HIV on record; whether within the 'limited exceptions' not stated")),
 J((M, "no anti-PD-1 toxicity, ILD or heart failure on record"),
   c2=(M, "pembrolizumab given with no immune toxicity or hypersensitivity recorded"),
   c5=(U, "heart failure (LVEF 40%) would bar combination cohorts; monotherapy cohort not excluded")),
 preg(),
 J((U, "live vaccines and immunosuppressive medication not case fields"),
   c3=(U, "paclitaxel 26 days ago is beyond 5 half-lives; vaccines/immunosuppressants not case fields")),
]

TABLES = {"NCT04704934": DG04, "NCT04943653": IP, "NCT04995003": CART, "NCT05005403": ABBV}
NOTES = {
 "NCT04704934": "DESTINY-Gastric04 (2L T-DXd vs ramucirumab + paclitaxel). Decisive items: progression on 1L trastuzumab, HER2-positive on a biopsy taken after that progression, no therapy after the trastuzumab line, ECOG 0-1. The record's own note stops non-trastuzumab perioperative therapy counting as a line, and it overrides C6 here (VG-06). Drug hypersensitivity (drug and its excipients): met unless the treatments record a reaction; the 'other contraindication for taxane therapy' part is unknown unless a taxane was tolerated. Spinal cord compression is unknown because metastatic sites are not case fields, except for the resectable case.",
 "NCT04943653": "First-line intraperitoneal paclitaxel + XELOX for gastric cancer with peritoneal metastasis. Peritoneal metastasis is not a case field, so it is unknown for metastatic/recurrent cases and not met for the resectable case. The double-negative exclusion 'no investigational anticancer therapy within 30 days' is read as intended (investigational therapy excludes). 'Prior anticancer therapy within 6 months' is unknown for patients with no recent systemic therapy, because radiotherapy is not a case field (C4). GEJ counted as unknown for 'primary gastric'. The lab list under the organ-function heading is split into one item per threshold; the heading is its own item.",
 "NCT04995003": "HEROS 3.0: HER2 CAR-T + checkpoint blockade for HER2-positive sarcoma, ages 1-25. The procurement and treatment criteria sets are both judged, duplicates included. All adenocarcinoma cases fail on sarcoma and age. VG-08 (24, histology 'other') stays possibly eligible, because sarcoma is not a case field. ECOG is mapped to Karnofsky (ECOG 2 unknown, ECOG 3 not met). CAR-T product availability is treated as a study-procedure item (C1). Trastuzumab needs 3 half-lives (~12 weeks) washout under the targeted-drug rule.",
 "NCT05005403": "Phase 1 azirkitug (ABBV-514) basket: only the GEA cohort clause is judged, and other cohorts are met with 'does not apply'. Oesophageal adenocarcinoma does not fit 'Gastric and GEJ'. 'If applicable ICI and/or HER2 therapy' is read as 'if given, must have progressed', not as a requirement (VG-06). The tissue criterion is met by a biopsy within 6 months with no treatment after it; otherwise unknown (a fresh biopsy may be possible). Combination-only exclusions cannot exclude from the trial, because a monotherapy cohort exists.",
}

def main():
    os.makedirs(os.path.join(ROOT, "VG"), exist_ok=True)
    tot = 0
    for nct, table in TABLES.items():
        its = items(nct)
        assert len(its) == len(table), (nct, len(its), len(table))
        crit = []
        for (kind, text), j in zip(its, table):
            crit.append({"kind": kind, "text": text,
                         "judgements": {c: j[c][0] for c in C},
                         "reasons": {c: j[c][1] for c in C}})
        verdicts = {}
        for c in C:
            st = [x["judgements"][c] for x in crit]
            verdicts[c] = "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
        doc = {"nct_id": nct, "reviewer_note": NOTES[nct], "verdicts": verdicts, "criteria": crit}
        with open(os.path.join(ROOT, "VG", nct + ".yaml"), "w") as f:
            yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=130)
        tot += len(crit)
        cnt = {s: sum(x["judgements"][c] == s for x in crit for c in C) for s in (M, N, U)}
        print(nct, len(crit), "criteria", cnt, verdicts)
    print("total criteria", tot)

if __name__ == "__main__":
    main()
