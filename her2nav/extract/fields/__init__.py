"""Field rules: one module per field family. Each rule takes the report ``Context`` and returns hits."""

from __future__ import annotations

from collections.abc import Callable

from her2nav.extract.fields import dates, her2, markers, status, tnm, tumour
from her2nav.extract.fields.base import Context, Hit

Rule = Callable[[Context], list[Hit]]

RULES: tuple[Rule, ...] = (
    her2.her2_ihc,
    her2.her2_ish_result,
    her2.her2_ish_not_done,
    status.test_status,
    her2.her2_ish_ratio,
    her2.her2_mean_copies,
    her2.scoring_criteria,
    markers.pdl1,
    markers.mmr,
    markers.msi,
    markers.cldn18_2,
    markers.ebv,
    tumour.histology,
    tumour.lauren,
    tumour.grade,
    tumour.site,
    tumour.specimen_type,
    tnm.tnm,
    dates.report_date,
)

FIELDS = (
    "her2_ihc",
    "her2_ish_result",
    "her2_ish_ratio",
    "her2_mean_copies",
    "specimen_type",
    "scoring_criteria",
    "pdl1_cps",
    "pdl1_clone",
    "mmr",
    "msi",
    "cldn18_2",
    "ebv",
    "histology",
    "lauren",
    "grade",
    "site",
    "pT",
    "pN",
    "pM",
    "report_date",
)

__all__ = ["FIELDS", "RULES", "Context", "Hit", "Rule"]
