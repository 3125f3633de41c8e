"""The one-line headline of a review: the line being chosen, HER2 (status, basis, date), the best option
and whether the patient can get it in their home region, and how many gaps block the decision.

One definition for every view: the CLI text view prints ``build_headline(...).text``; the web page and the
PDF report are meant to show the same value. ``build_headline`` is pure: it reads the review dict
(CONTRACT §2) and the patient's home region (``patient.region``, which the review itself does not carry).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# A gap "blocks the decision" when the review rates it high: the engine gives high severity to missing
# information that would change which option ranks first (e.g. ISH for IHC 2+, a HER2 retest after
# progression on anti-HER2 therapy, PD-L1 CPS at first line). Medium and low gaps refine the choice.
BLOCKING_SEVERITIES = frozenset({"high"})


def is_blocking(gap: Mapping[str, Any]) -> bool:
    return gap.get("severity") in BLOCKING_SEVERITIES


def at_home_phrase(status: str | None, region: str | None) -> str:
    """Whether an option can be had in ``region``, in words (CONTRACT §2 access statuses; for GB,
    `approved` means licensed and funded, `not_funded` licensed but not routinely funded)."""
    if region is None:
        return "home region not recorded"
    if status == "approved":
        return f"funded at home ({region})" if region == "GB" else f"approved at home ({region})"
    if status == "approved_restricted":
        return f"available at home ({region}) only if a licence condition is met"
    if status == "not_funded":
        return f"licensed but not routinely funded at home ({region})"
    if status == "not_approved":
        return f"not approved at home ({region})"
    return f"access at home ({region}) unknown"


@dataclass(frozen=True)
class Headline:
    """What the headline says, field by field (for views that lay it out or translate it), and ``text``."""

    case_id: str
    line: int | None  # palliative line being chosen; None when the setting is not advanced
    her2_status: str
    her2_category: str
    her2_basis: str
    her2_date: str | None
    best_option_id: str | None  # rank 1, None when no option is listed
    best_option_name: str | None
    home_region: str | None
    home_access: str | None  # access status of the best option at home (CONTRACT §2), None if unknown
    blocking_gaps: tuple[str, ...]  # gap codes whose severity is in BLOCKING_SEVERITIES

    @property
    def her2_text(self) -> str:
        # the basis already names the category where it matters ("…: HER2-low", "…: ISH needed")
        detail = self.her2_basis
        if self.her2_date and self.her2_date not in detail:
            detail += f", {self.her2_date}"
        return f"HER2 {self.her2_status}: {detail}"

    @property
    def line_text(self) -> str:
        return f"Choosing line {self.line}" if self.line is not None else "No palliative line (not advanced)"

    @property
    def best_text(self) -> str:
        if self.best_option_name is None:
            return "no treatment option listed"
        return f"best option: {self.best_option_name}, {at_home_phrase(self.home_access, self.home_region)}"

    @property
    def gaps_text(self) -> str:
        count = len(self.blocking_gaps)
        if count == 0:
            return "no gap blocks the decision"
        return f"{count} gap{'s' if count > 1 else ''} block{'' if count > 1 else 's'} the decision"

    @property
    def text(self) -> str:
        return " · ".join((self.line_text, self.her2_text, self.best_text, self.gaps_text)) + "."


def build_headline(review: Mapping[str, Any], home_region: str | None) -> Headline:
    her2 = review["her2"]
    options = review.get("options") or []
    best = options[0] if options else None
    home_access = None
    if best is not None and home_region is not None:
        home_access = (best.get("access") or {}).get(home_region, {}).get("status")
    return Headline(
        case_id=review["case_id"],
        line=review.get("current_line"),
        her2_status=her2["status"],
        her2_category=her2["category"],
        her2_basis=her2["basis"],
        her2_date=her2.get("determined_on"),
        best_option_id=best["id"] if best else None,
        best_option_name=best["name"] if best else None,
        home_region=home_region,
        home_access=home_access,
        blocking_gaps=tuple(g["code"] for g in review.get("gaps") or [] if is_blocking(g)),
    )
