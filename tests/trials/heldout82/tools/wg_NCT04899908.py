L = lines("NCT04899908")
I, E = "inclusion", "exclusion"
BM = ("WG_03", "WG_07")
def bm(status, reason, other=("met", None), **kw):
    d = {c: (status, reason) for c in BM}
    d.update(kw)
    return J(other[0], other[1], **d)
ALT = "does not apply - alternative stratum; the GI-primary stratum is the patient's route"
crit = [
 item(I, L[1], J("not_met", "no brain metastases recorded (brain_metastases known absent): no intracranial lesion",
     WG_03=("unknown", "brain metastases recorded with a GI primary; lesion size >= 5 mm not in the case"),
     WG_07=("unknown", "brain metastases recorded with a GI primary; lesion size >= 5 mm not in the case"))),
 item(I, L[2], J("met", "does not apply - melanoma stratum")),
 item(I, L[3], J("met", "gastric/GEJ/oesophageal adenocarcinoma is a gastrointestinal primary")),
 item(I, L[4], J("met", "does not apply - HER2-positive breast cancer stratum")),
 item(I, L[5], J("met", ALT)),
 item(I, L[6], J("met", ALT)),
 item(I, L[7], J("met", ALT)),
]
crit.append(item(I, L[8].split("\\*")[0].strip(), J("met", ALT)))
crit.append(item(I, L[8][L[8].index("Patients with metastases from"):],
     J("met", "stratum-allocation rule; it routes rather than excludes")))
crit += [
 item(I, L[9], J("met", "adult (all ages >= 18)")),
 item(I, L[10], J("unknown", "eGFR not in the case (C3)")),
 item(I, L[11], J("met", "ECOG 1 corresponds to KPS 70-80",
     WG_04=("met", "ECOG 0 corresponds to KPS 90-100"), WG_08=("met", "ECOG 0 corresponds to KPS 90-100"),
     WG_05=("not_met", "ECOG 3 corresponds to KPS 30-40, below 70"),
     WG_07=("unknown", "ECOG 2 corresponds to KPS 50-70; >= 70 not established"))),
 item(I, L[12], J("unknown", "survival estimate not judged from the case (C2)")),
 item(I, L[13], J("met", "consent (C1)")),
 item(I, L[14], J("met", "contraception item (C1)")),
 item(E, L[16], J("unknown", "MRI contraindications (devices, claustrophobia) not in the case")),
 item(E, L[17], J("unknown", "gadolinium allergy/renal function not in the case")),
 item(E, L[18], bm("unknown", "brain metastases recorded; leptomeningeal status not in the case", other=("met", "no CNS metastatic disease recorded"))),
 item(E, L[19], bm("unknown", "number of intracranial targets not in the case", other=("met", "does not apply - " + NOBM))),
 item(E, L[20], J("met", "does not apply - man", WG_02=("unknown", "woman aged 38; pregnancy/breast-feeding not stated (C2)"),
     WG_04=("met", "woman aged 72 (C2)"), WG_07=("met", "woman aged 64 (C2)"))),
 item(E, L[21], bm("unknown", "brain metastases recorded; prior brain-directed radiation and doses not in the case fields",
     other=("met", "does not apply - " + NOBM + "; no brain-directed radiation cohort"))),
]
write("NCT04899908",
 "AGuIX nanoparticles with stereotactic brain radiation (phase 2). Only patients with brain metastases can qualify; "
 "a case without the brain_metastases condition fails the first item. Gastric/GEJ/oesophageal adenocarcinoma counts "
 "as a 'Gastrointestinal primary'; the other strata bullets are alternatives and are met as 'does not apply'. The "
 "asterisked note on prior-radiation strata is split from the last stratum bullet and judged as a routing rule. "
 "KPS is inferred from ECOG (0-1 >= 70; 2 undetermined; 3 < 70). Whether brain lesions were irradiated, their size "
 "and number are not case fields, so the WG-03 and WG-07 lesion items stay unknown.", crit)
