"""Shared helpers for building the VF reference judgement files."""
M, N, U = "met", "not_met", "unknown"
CASES = [f"VF-{i:02d}" for i in range(1, 9)]


def C(kind, text, default=None, **ov):
    """One criterion. default=(status, reason) for all cases; c01=(status, reason) overrides."""
    j, r = {}, {}
    for c in CASES:
        key = "c" + c[-2:]
        st, why = ov.get(key, default) if key in ov else default
        j[c], r[c] = st, why
    return {"kind": kind, "text": text, "judgements": j, "reasons": r}


def all_(st, why, **ov):
    return dict(default=(st, why), **ov)


HEAD = (M, "heading only; it states no requirement of its own — the items under it are judged separately")
C1 = (M, "consent / compliance / contraception / study-procedure item (convention C1)")
LIFE = (U, "life expectancy is not recorded (convention C2)")
LAB = (U, "laboratory / organ-function values are not in the case (convention C3)")


def preg(st_young=U):
    """C2 pregnancy/breast-feeding: met for men and women >=55, unknown for VF-01 (38 F) and VF-04 (44 F)."""
    d = {}
    for c, sex, age in [("01", "F", 38), ("02", "M", 57), ("03", "M", 66), ("04", "F", 44),
                        ("05", "F", 67), ("06", "M", 59), ("07", "M", 82), ("08", "F", 71)]:
        if sex == "M":
            d["c" + c] = (M, "does not apply — male patient")
        elif age >= 55:
            d["c" + c] = (M, f"woman aged {age} (>=55): pregnancy / breast-feeding taken as absent (convention C2)")
        else:
            d["c" + c] = (st_young, f"woman aged {age}: pregnancy / breast-feeding status not recorded (convention C2)")
    return d


def verdict(crit, c):
    st = [x["judgements"][c] for x in crit]
    return "ineligible" if N in st else ("eligible" if all(s == M for s in st) else "possibly_eligible")
