"""Hand-written per-case judgements for NCT05379985 (RMC-6236, RAS-mutant solid tumours)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

N = "NCT05379985"
ls = lines(N)
M, NM, U = "met", "not_met", "unknown"
first = L(ls, 2)
r1, r2 = first.split(" PDAC with")
r2 = "PDAC with" + r2
items = [
 ("inclusion", r1, J(U, "advanced adenocarcinoma, but no KRAS/RAS sequencing result in the case",
     c6=(NM, "resectable cT3N1M0 GEJ cancer: not advanced disease (RAS status also unknown)"))),
 ("inclusion", r2, J(M, "does not apply: PDAC expansion only")),
 ("inclusion", L(ls, 3), J(M, "",
     c1=(M, "received standard adjuvant CAPOX for resected gastric cancer"),
     c2=(M, "treatment-naive"),
     c3=(M, "received standard first-line nivolumab + CAPOX"),
     c4=(M, "received four standard palliative lines"),
     c5=(M, "received standard perioperative SOX and first-line pembrolizumab + CAPOX"),
     c6=(M, "treatment-naive"),
     c7=(M, "received standard zolbetuximab + mFOLFOX6 then ramucirumab + paclitaxel"),
     c8=(M, "received standard lines (pembrolizumab+trastuzumab+CAPOX, T-DXd, ramucirumab+paclitaxel)"))),
 ("inclusion", L(ls, 4), J(M, "ECOG 0 or 1 recorded", c4=(NM, "ECOG 3"), c8=(NM, "ECOG 2"))),
 ("inclusion", L(ls, 5), J(U, "organ function not recorded (convention C3)")),
 ("exclusion", L(ls, 9), J(M, "primary is gastro-oesophageal adenocarcinoma, not a CNS tumour")),
 ("exclusion", L(ls, 10), J(M, "brain_metastases not listed",
     c4=(U, "brain metastases listed; treated/active status not in the case fields"),
     c8=(U, "brain metastases listed; treated/active status not in the case fields"))),
 ("exclusion", L(ls, 11), J(U, "swallowing/GI absorption not recorded (GI integrity, convention C4)")),
 ("exclusion", L(ls, 12), J(U, "investigator's judgement of other conditions; not decidable from the case",
     c1=(U, "heart failure (LVEF 45%) and autoimmune disease listed; stability is the investigator's call"),
     c5=(U, "prior grade 3 pneumonitis and hepatitis B listed; stability is the investigator's call"),
     c6=(U, "HIV listed; stability is the investigator's call"),
     c7=(U, "treated hepatitis C listed; stability is the investigator's call"),
     c8=(U, "interstitial lung disease listed; investigator's call"))),
 ("inclusion", L(ls, 14), J(M, "statement only; sets no requirement that can be judged")),
]
note = ("The first bullet is split in two: the RAS-mutation requirement (escalation/optimisation/expansion) and the "
        "PDAC-wild-type expansion, which does not apply to gastro-oesophageal cancer. No case carries a RAS result, so "
        "the mutation requirement is unknown for every advanced case (not_met for the resectable case, which is not "
        "advanced). 'Prior standard therapy appropriate for tumour type and stage' is met by every listed regimen. "
        "Section headings are not items; the closing 'Other inclusion/exclusion criteria may apply.' is kept as an "
        "item and judged met because it sets no requirement. Brain metastases: treated/untreated status is not a "
        "case field, so 'active, untreated' is unknown.")
if __name__ == "__main__":
    v, crit = write(N, note, items)
    print(N, len(crit), v)
