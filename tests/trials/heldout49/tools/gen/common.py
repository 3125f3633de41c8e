from facts import C, CASES, days_since
M, N, U = "met", "not_met", "unknown"

def allc(st, reason):
    return lambda cid, f: (st, reason)
def na(why):
    return allc(M, "does not apply — " + why)
def c1(what="consent/compliance/procedure item"):
    return allc(M, f"C1: {what}")
def unk(why):
    return allc(U, why)
def heading(what):
    return allc(M, f"heading only ({what}); the requirements are the items under it")

def preg(cid, f, what="pregnancy/breast-feeding status"):
    if f["sex"] == "male": return M, "does not apply (male patient)"
    if f["age"] >= 55: return M, f"woman aged {f['age']} (≥55): treated as not of child-bearing potential (C2)"
    return U, f"woman aged {f['age']}: {what} not recorded (C2)"

def ecog_le1(cid, f):
    return (M if f["ecog"] <= 1 else N), f"ECOG {f['ecog']}"

def male_only(item="male contraception/sperm item"):
    def g(cid, f):
        if f["sex"] == "male": return M, f"C1: {item}"
        return M, "does not apply (female patient)"
    return g

def female_c1(item="female contraception/agreement item"):
    def g(cid, f):
        if f["sex"] == "male": return M, "does not apply (male patient)"
        return M, f"C1: {item}"
    return g

def lvef_ge(th):
    def g(cid, f):
        if f["lvef"] is None: return U, "LVEF not recorded"
        return (M if f["lvef"] >= th else N), f"LVEF {f['lvef']}% ({'≥' if f['lvef']>=th else '<'}{th}%)"
    return g

def kps(cid, f):
    e = f["ecog"]
    if e <= 1: return M, f"ECOG {e} corresponds to Karnofsky ≥70"
    if e == 2: return U, "ECOG 2 corresponds to Karnofsky 50–70; exact score not recorded"
    return N, f"ECOG {e} corresponds to Karnofsky ≤40"

def tox_resolved(cid, f, lung_g1_counts=False):
    """'recovered / unresolved toxicity > grade 1' items, judged from the recorded toxicities."""
    if f["prior_lines"] == 0: return M, "no prior anticancer therapy"
    big = [(e, g) for e, g in f["tox"] if g >= 2 or (lung_g1_counts and e in ("interstitial_lung_disease", "pneumonitis"))]
    if not big:
        t = ", ".join(f"{e} G{g}" for e, g in f["tox"]) or "none"
        return M, f"recorded toxicities: {t} (none above grade 1)"
    t = ", ".join(f"{e} G{g}" for e, g in big)
    return U, f"recorded {t}; whether it has resolved is not recorded"

def cond_absent(cname, label):
    def g(cid, f):
        if cname in f["cond"]: return None
        return M, f"no {label} recorded"
    return g
