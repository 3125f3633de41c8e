from common import *

NO_STEROID = "no ongoing therapy and no recorded condition that needs steroids/immunosuppressants"
def STEROID(extra_met=""):
    return J("met", NO_STEROID + extra_met,
             c5=("unknown", "history of immune pneumonitis: current steroid/immunosuppressant use not stated"),
             c6=("unknown", "autoimmune disease recorded: current systemic steroid/immunosuppressant use not stated"),
             c7=("unknown", "brain metastases and ILD recorded: current steroid use not stated"))

def AUTOIMMUNE_REQ():
    return J("met", "no autoimmune disease recorded",
             c6=("unknown", "autoimmune disease recorded; whether active/needing systemic treatment is not stated"))

def AUTOIMMUNE_ANY():
    return J("met", "no autoimmune disease or immunodeficiency recorded",
             c6=("not_met", "autoimmune disease recorded (history is enough to exclude)"))

def NO_IMMUNODEF():
    return ALL("met", "no organ transplant, HIV or other immunodeficiency recorded")

def TRANSPLANT():
    return ALL("met", "no organ transplant recorded")

def HIV():
    return ALL("met", "no HIV recorded")

def ILD_STEROID():
    return J("met", "no ILD/pneumonitis recorded",
             c5=("not_met", "grade 2 immune pneumonitis on nivolumab (CTCAE G2 = medical intervention indicated; steroids are standard)"),
             c7=("not_met", "grade 2 ILD on T-DXd (systemic steroids are standard for ≥G2)"))

def ILD_ANY():
    return J("met", "no ILD/pneumonitis recorded",
             c5=("not_met", "history of grade 2 pneumonitis"),
             c7=("not_met", "history of grade 2 ILD on T-DXd"))

def OTHER_MALIG():
    return ALL("unknown", "other-malignancy history not in case (C4)")

def INTERCURRENT():
    return J("unknown", "intercurrent/psychiatric illness and investigator opinion not in case (C4)",
             c8=("unknown", "heart failure recorded; whether uncontrolled is not stated"))

def ACTIVE_INF():
    return J("unknown", "current infection status not in case",
             c3=("unknown", "hepatitis B recorded; current activity/treatment not stated"))

def KNOWN_HEP_ACTIVE():
    return J("met", "no hepatitis B/C or other infection recorded",
             c3=("unknown", "hepatitis B recorded; whether active (HBV DNA) is not stated"))

def LVEF_MIN(th):
    d = {}
    for i in range(1, 9):
        v = C[i]["patient"].get("lvef_percent")
        if v is None:
            d[i] = ("unknown", "LVEF not recorded" + ("; heart failure recorded" if "heart_failure" in C[i]["patient"]["conditions"] else ""))
        elif v >= th: d[i] = ("met", f"LVEF {v}%")
        else: d[i] = ("not_met", f"LVEF {v}% < {th}%")
    return d

def VACCINE():
    return ALL("unknown", "vaccination history not in case")

def RT():
    return ALL("unknown", "radiotherapy history not in case (C4)")

def SURGERY_RECENT():
    return J("unknown", "recent surgery not recorded (C4)",
             c4=("met", "untreated resectable tumour in situ; no surgery yet"),
             c6=("met", "oesophagectomy in the perioperative course (ended 2026-06-10), >4 weeks ago; no later surgery recorded"))

LIFE = ALL("unknown", "life expectancy not in case (C2)")
