"""Shared helpers for the VQ judgement specs."""
CASES = [f"VQ-{i:02d}" for i in range(1, 9)]
ST = {"M": "met", "N": "not_met", "U": "unknown"}

def expand(spec):
    """spec: {'*': 'M|reason', '01': 'N|reason', '02,03': 'U|reason'} -> (judgements, reasons)."""
    j, r = {}, {}
    default = spec.get("*")
    for c in CASES:
        v = None
        for k, val in spec.items():
            if k == "*":
                continue
            if c[-2:] in [x.strip() for x in k.split(",")]:
                v = val
        if v is None:
            v = default
        if v is None:
            raise SystemExit(f"no judgement for {c} in {spec}")
        s, reason = v.split("|", 1)
        j[c], r[c] = ST[s], reason.strip()
    return j, r

# frequently used reasons
MEN = "01,04,06,07,08"
YOUNG_W = "02,03"
LAB = "U|laboratory value not recorded in the case"
C1 = "M|consent/compliance/contraception/study-procedure item (convention C1)"
HEAD = "M|section heading with no requirement of its own; the items under it are judged separately"
