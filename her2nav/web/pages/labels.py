"""Words the pages put on codes that the reports do not label: extracted fields (CONTRACT §7),
extraction states, and the values of edit forms. Message ids, translated where they are shown."""

from __future__ import annotations


def N_(message: str) -> str:
    """Marks a message for the catalogue; translated where it is shown."""
    return message


FIELD_LABELS = {
    "her2_ihc": N_("HER2 IHC score"),
    "her2_ish_result": N_("HER2 ISH result"),
    "her2_ish_ratio": N_("HER2:CEP17 ratio"),
    "her2_mean_copies": N_("HER2 mean copies per cell"),
    "specimen_type": N_("Specimen"),
    "scoring_criteria": N_("Scoring criteria"),
    "pdl1_cps": N_("PD-L1 CPS"),
    "pdl1_clone": N_("PD-L1 antibody clone"),
    "mmr": N_("MMR"),
    "msi": N_("MSI"),
    "cldn18_2": N_("CLDN18.2 (% of tumour cells)"),
    "ebv": N_("EBV"),
    "histology": N_("Histology"),
    "lauren": N_("Lauren type"),
    "grade": N_("Grade"),
    "site": N_("Site"),
    "pT": "pT",
    "pN": "pN",
    "pM": "pM",
    "report_date": N_("Report date"),
}
STATUS_LABELS = {
    "queued": N_("waiting to be read"),
    "running": N_("being read"),
    "done": N_("read"),
    "failed": N_("could not be read"),
    "pending": N_("waiting for a decision"),
    "accepted": N_("accepted"),
    "edited": N_("corrected and accepted"),
    "rejected": N_("rejected"),
}
ASSERTION_LABELS = {
    "present": N_("stated as a result"),
    "negated": N_("stated as absent"),
    "pending": N_("stated as still pending"),
    "historical": N_("quoted from an earlier report"),
}


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field)
