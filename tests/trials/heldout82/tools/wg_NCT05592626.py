L = lines("NCT05592626")
I, E = "inclusion", "exclusion"
BMU = dict(WG_03=("unknown", "brain metastases recorded; treatment, symptoms and current CNS therapy not in the case fields"),
           WG_07=("unknown", "brain metastases recorded; treatment, symptoms and current CNS therapy not in the case fields"))
OT = "does not apply - another tumour's cohort"
HEAD = J("unknown", "pMMR; TMB-H and viral (e.g. EBV) association not in the case, so no listed route is confirmed",
         WG_08=("met", "dMMR / MSI-high tumour"))
TMB = J("unknown", "TMB not in the case", WG_08=("met", "does not apply - alternative; qualifies via MSI-H/dMMR"))
MSI = J("met", "does not apply - alternative route; tumour is MMR-proficient (decided under the heading)",
        WG_08=("met", "dMMR and MSI-high recorded"))
VIR = J("unknown", "viral association (EBV) not in the case", WG_08=("met", "does not apply - alternative; qualifies via MSI-H/dMMR"))
EXC = J("met", "exception to the autoimmune exclusion; cannot exclude")
crit = [
 item(I, sub(L[1], "Participants must have histologically confirmed", "intolerable toxicities."),
     J("met", "advanced gastro-oesophageal adenocarcinoma: no standard curative therapy exists",
       WG_08=("not_met", "resectable disease: curative surgery with perioperative therapy is standard"))),
 item(I, sub(L[1], "Subjects should not have received"),
     J("met", "<= 3 prior lines for advanced disease",
       WG_01=("met", "no prior line"), WG_05=("met", "no prior line"), WG_08=("met", "no prior line (not advanced)"),
       WG_02=("met", "one prior line"), WG_03=("met", "three prior lines (fourth line now)"),
       WG_04=("met", "adjuvant S-1 not counted (recurrence ~2.5 years later, C6); first line ongoing"),
       WG_06=("not_met", "four prior palliative lines (> three)"),
       WG_07=("met", "one prior line (perioperative FLOT counts, recurrence 143 days later, C6)"))),
 item(I, L[2], HEAD), item(I, L[3], TMB), item(I, L[4], MSI), item(I, L[5], VIR),
 item(I, L[6], HEAD), item(I, L[7], TMB), item(I, L[8], MSI),
 item(I, L[9], J("met", OT + " (colorectal)")), item(I, L[10], VIR),
 item(I, L[11], J("met", OT)), item(I, L[12], J("met", OT)), item(I, L[13], J("met", OT)), item(I, L[14], J("met", OT)),
 item(I, L[15], J("unknown", "'immunogenic' is sponsor-defined; gastro-oesophageal adenocarcinoma not confirmed as such",
     WG_08=("met", "does not apply - alternative; qualifies via MSI-H/dMMR"))),
 item(I, L[16], J("met", "permissive note; cannot exclude")),
 item(I, L[17], J("met", "does not apply - " + NOBM, **BMU)),
 item(I, L[18], J("met", "does not apply - " + NOBM, **BMU)),
 item(I, L[19], J("met", "no CNS metastatic disease recorded", **BMU)),
 item(E, L[21], J("met", "no autoimmune_disease recorded",
     WG_04=("unknown", "autoimmune disease recorded; type and treatment (possible listed exception) not in the case fields"))),
] + [item(E, L[k], EXC) for k in range(22, 29)] + [
 item(E, L[29], J("unknown", "recent surgery not in the case fields (C4)")),
 item(E, L[30], J("unknown", "wound status not in the case")),
 item(E, L[31], J("unknown", "medication list (steroids/immunosuppressants) not in the case")),
 item(E, L[32], J("unknown", "composite: cardiovascular, GI, inflammatory and pulmonary history not fully in the case (C4)",
     WG_05=("not_met", "heart failure with LVEF 38%: clinically significant cardiovascular disease"))),
 item(E, L[33], J("unknown", "current infections not in the case")),
 item(E, L[34], J("unknown", "vaccination history not in the case")),
 item(E, L[35], J("met", "no hiv/hepatitis condition recorded",
     WG_01=("unknown", "hepatitis B recorded; control (antiviral, HBV DNA) not in the case fields"),
     WG_06=("unknown", "hepatitis C recorded; control (HCV RNA) not in the case fields"),
     WG_08=("unknown", "HIV recorded; control (ART, viral load) not in the case fields"))),
 item(E, L[36], J("unknown", "other malignancies not in the case (C4)")),
 item(E, L[37], J("met", "does not apply - man", WG_02=("unknown", "woman aged 38; pregnancy/lactation not stated (C2)"),
     WG_04=("met", "woman aged 72 (C2)"), WG_07=("met", "woman aged 64 (C2)"))),
 item(E, L[38], J("unknown", "hepatic metastases not in the case fields (C4)",
     WG_08=("met", "resectable M0 disease: no hepatic metastases"))),
]
write("NCT05592626",
 "STAR0602 (TCR-targeting bifunctional), phase 1/2. Inclusion 1 is split into its two sentences (curative-therapy "
 "requirement; <= 3 prior lines, counted per C6). The phase 1 and phase 2 tumour lists are alternatives: each "
 "heading is met if any route is confirmed, unknown if a route is open; a route the patient is known not to have "
 "(MSI-H in a pMMR tumour, other tumour types) is 'does not apply'. TMB, EBV and 'immunogenic' status are not case "
 "fields, so pMMR cases stay unknown. The autoimmune exceptions are judged as carve-outs (met); the autoimmune "
 "heading is unknown for WG-04 because the disease type and its treatment are only in comments.", crit)
