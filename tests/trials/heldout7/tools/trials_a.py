# Data for the TI set: records (page text) and judgements. Written by the outside reviewer.
C = ["TI-01","TI-02","TI-03","TI-04","TI-05","TI-06","TI-07","TI-08"]
def J(default, **ov):
    """default=(status, reason); overrides keyed TI_01=(status, reason)"""
    out = {c: default for c in C}
    for k, v in ov.items():
        out[k.replace("_", "-")] = v
    return out
U = lambda r: ("unknown", r)
M = lambda r: ("met", r)
N = lambda r: ("not_met", r)
NA = M("does not apply")
ALL_U_CONSENT = J(U("consent not yet obtained / not recorded"))
UNTREATED = ("TI-01", "TI-05", "TI-08")
