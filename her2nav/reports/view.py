"""What the report shows, section by section, as plain data for the templates: the case and its review
(CONTRACT §2) put into the report's language. Pure: no I/O beyond the cached knowledge base, glossary
and catalogues; the date of preparation comes in with ``ReportMeta``.

In a language other than English the review's explanations come from ``review.review_in_language``
(knowledge-base texts written in that language); a text without a version in that language stays
English and is marked.

The headline is ``render.headline.build_headline`` (one definition for every view): English reports print
its ``text``; other languages compose the same fields from the catalogue. Gap actions are
``render.actions.gap_action``, translated by message id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from her2nav.case.models import Case
from her2nav.i18n import HTML_LANG, Language
from her2nav.knowledge.regions import REGIONS
from her2nav.render.actions import gap_action
from her2nav.render.headline import Headline, at_home_phrase, build_headline, is_blocking
from her2nav.render.options import region_order
from her2nav.reports import texts
from her2nav.reports.charts import case_axis, efficacy_chart, marker_chart, treatment_chart
from her2nav.reports.sections import document_index, her2_results, next_steps, sources_cited, trial_rows
from her2nav.reports.words import Text, Words

Audience = Literal["clinician", "family"]
AUDIENCES: tuple[Audience, ...] = ("clinician", "family")
HER2_WARNINGS = frozenset({"HER2_LOSS", "HER2_DISCORDANT", "HER2_HETEROGENEOUS"})


@dataclass(frozen=True)
class ReportMeta:
    """What the review does not hold: who prepared the report and when, how the patient is named (no
    more identifiers than the user chose: the case id unless a label is given), the trial registry's
    version, and the names of stored documents (id -> file name) for the document index."""

    patient_label: str | None = None
    prepared_by: str | None = None
    prepared_on: dt.date | None = None
    registry: str | None = None
    documents: Mapping[str, str] = field(default_factory=dict)


def headline_segments(headline: Headline, words: Words) -> list[Text]:
    """The headline in the report's language, as segments (English free text stays marked)."""
    if words.lang == "en":
        return [Text(headline.text)]
    line = (
        words("Choosing line {line}", line=headline.line)
        if headline.line is not None
        else words("No palliative line (not advanced)")
    )
    her2 = words("HER2 {status}", status=words.label(texts.HER2_STATUS, headline.her2_status))
    basis = words.free(headline.her2_basis)
    if headline.best_option_id is None:
        best = [Text(words("no treatment option listed"), words.lang)]
    else:
        name = words.option({"id": headline.best_option_id, "name": headline.best_option_name})
        where = words(at_home_phrase(headline.home_access, headline.home_region))
        best = [Text(words("best option:"), words.lang), name, Text(where, words.lang)]
    count = len(headline.blocking_gaps)
    gaps = (
        words("{count} gap(s) block the decision", count=count)
        if count
        else words("no gap blocks the decision")
    )
    return [Text(line, words.lang), Text(her2, words.lang), basis, *best, Text(gaps, words.lang)]


def _access_rows(
    option: Mapping[str, Any], regions: Sequence[str], home: str | None, treat: Sequence[str], words: Words
) -> list[dict[str, Any]]:
    rows = []
    for region in regions:
        entry = option["access"].get(region) or {"status": "unknown"}
        rows.append(
            {
                "region": region,
                "region_name": words.label(texts.REGIONS, region),
                "where": "home" if region == home else ("travel" if region in treat else ""),
                "status": entry["status"],
                "label": words.label(texts.ACCESS, entry["status"]),
                "note": words.free(entry.get("note")) if (region == home or region in treat) else None,
                "source": entry.get("source"),
                "verified": entry.get("verified") is not False,
            }
        )
    return rows


def _options(review: Mapping[str, Any], case: Case, words: Words) -> list[dict[str, Any]]:
    home = case.patient.region
    treat = list(case.patient.regions_for_treatment)
    regions = region_order(home, treat)
    found = []
    for option in review.get("options") or []:
        found.append(
            {
                "id": option["id"],
                "rank": option["rank"],
                "name": words.option(option),
                "name_en": option["name"],
                "preference": option["preference"],
                "preference_label": words.label(texts.PREFERENCE, option["preference"]),
                "rationale": words.free(option.get("rationale")),
                "evidence": [
                    {
                        **ev,
                        "summary": words.free(ev.get("summary")),
                        "verified": ev.get("verified") is not False,
                    }
                    for ev in option.get("evidence") or []
                ],
                "access": _access_rows(option, regions, home, treat, words),
                "home_access": words.label(
                    texts.ACCESS_FAMILY, (option["access"].get(home) or {}).get("status") if home else None
                ),
                "cautions": [
                    {
                        "code": c["code"],
                        "title": words.label(texts.CAUTION_TITLES, c["code"]),
                        "message": words.free(c.get("message")),
                    }
                    for c in option.get("cautions") or []
                ],
            }
        )
    return found


def _gaps(review: Mapping[str, Any], words: Words) -> list[dict[str, Any]]:
    return [
        {
            "code": gap["code"],
            "severity": gap["severity"],
            "severity_label": words.label(texts.SEVERITY, gap["severity"]),
            "blocking": is_blocking(gap),
            "title": words.label(texts.GAP_TITLES, gap["code"]),
            "family": words.label(texts.GAP_FAMILY, gap["code"]) if gap["code"] in texts.GAP_FAMILY else None,
            "message": words.free(gap.get("message")),
            "action": _action(gap, words),
        }
        for gap in review.get("gaps") or []
    ]


def _action(gap: Mapping[str, Any], words: Words) -> Text:
    action = gap_action(gap)
    translated = words(action)
    if words.lang == "en" or translated != action:
        return Text(translated, words.lang)
    return words.free(action)


def _warnings(review: Mapping[str, Any], words: Words, *, her2: bool) -> list[dict[str, Any]]:
    return [
        {
            "code": w["code"],
            "title": words.label(texts.WARNING_TITLES, w["code"]),
            "message": words.free(w["message"]),
        }
        for w in review.get("warnings") or []
        if (w["code"] in HER2_WARNINGS) == her2
    ]


def _markers(review: Mapping[str, Any], words: Words) -> list[tuple[str, str]]:
    markers = review.get("markers") or {}

    def shown(value: object) -> str:
        if value is None:
            return words("unknown")
        if isinstance(value, bool):
            return words("yes") if value else words("no")
        return f"{value:g}" if isinstance(value, float) else str(value)

    return [
        ("PD-L1 CPS", shown(markers.get("pdl1_cps"))),
        ("CLDN18.2 %", shown(markers.get("cldn18_2_percent"))),
        ("MSI-high", shown(markers.get("msi_high"))),
        ("ECOG", shown(markers.get("ecog"))),
        ("LVEF %", shown(markers.get("lvef_percent"))),
    ]


def _charts(case: Case, review: Mapping[str, Any], words: Words) -> dict[str, Any]:
    axis = case_axis(case)
    charts: dict[str, Any] = {"treatments": None, "markers": None}
    if axis is not None:

        def line_label(line: Any) -> str:
            if line.line is not None:
                return words("Line {line}", line=line.line)
            return words.label(texts.TREATMENT_SETTING, line.setting)

        charts["treatments"] = treatment_chart(
            case,
            axis,
            agent_name=lambda a: words.agent(a).text,
            line_label=line_label,
            stop_label=lambda reason: words.label(texts.STOP_REASON, reason) if reason else "",
        )
        charts["markers"] = marker_chart(
            case, axis, kinds=list(texts.MARKER_KIND), kind_label=lambda k: words.label(texts.MARKER_KIND, k)
        )
    charts["efficacy"] = efficacy_chart(
        review.get("options") or [], option_name=lambda o: words.option(o).text
    )
    return charts


def _texts(value: object) -> Iterator[str]:
    """Every string inside a review (values, not keys)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


def localised(case: Case, review: Mapping[str, Any], lang: Language) -> tuple[Mapping[str, Any], Words]:
    """The review with its explanations in ``lang``, and the words that know which texts are in ``lang``
    (those the English review does not have)."""
    if lang == "en":
        return review, Words(lang)
    from her2nav.review import review_in_language

    local = review_in_language(case, dict(review), lang)
    return local, Words(lang, frozenset(_texts(local)) - frozenset(_texts(review)))


def build_view(
    case: Case, review: Mapping[str, Any], *, lang: Language, audience: Audience, meta: ReportMeta
) -> dict[str, Any]:
    review, words = localised(case, review, lang)
    home = case.patient.region
    headline = build_headline(review, home)
    her2 = review["her2"]
    options = _options(review, case, words)
    return {
        "lang": lang,
        "html_lang": HTML_LANG[lang],
        "audience": audience,
        "_": words,
        "title": words.label(texts.AUDIENCE, audience),
        "case_id": review["case_id"],
        "patient_label": meta.patient_label or review["case_id"],
        "prepared_by": meta.prepared_by,
        "prepared_on": (meta.prepared_on or dt.date.today()).isoformat(),
        "as_of": review["as_of"],
        "knowledge_version": review["knowledge_version"],
        "registry": meta.registry,
        "headline": headline_segments(headline, words),
        "home_region": home,
        "home_region_name": words.label(texts.REGIONS, home) if home else None,
        "treatment_regions": [r for r in case.patient.regions_for_treatment if r in REGIONS],
        "current_line": review.get("current_line"),
        "line_basis": words.free(review.get("line_basis")),
        "her2": {
            "status": her2["status"],
            "status_label": words.label(texts.HER2_STATUS, her2["status"]),
            "category_label": words.label(texts.HER2_CATEGORY, her2["category"]),
            "basis": words.free(her2["basis"]),
            "determined_on": her2.get("determined_on"),
            "notes": [words.free(n) for n in her2.get("notes") or []],
            "results": her2_results(case, words),
            "warnings": _warnings(review, words, her2=True),
        },
        "markers": _markers(review, words),
        "warnings": _warnings(review, words, her2=False),
        "gaps": _gaps(review, words),
        "options": options,
        "best": options[0] if options else None,
        "excluded": [
            {
                "id": e["id"],
                "name": words.option(e),
                "name_en": e.get("name") or e["id"],
                "reason": words.free(e["reason"]),
            }
            for e in review.get("excluded") or []
        ],
        "trials": trial_rows(review, words),
        "trials_total": len(review.get("trials") or []),
        "documents": document_index(case, meta.documents, words),
        "next_steps": next_steps(review, headline, words),
        "sources": sources_cited(review),
        "charts": _charts(case, review, words),
        "unverified": review.get("unverified", 0),
        "team_translated": bool(words.translated),  # the zh texts are team translations (kb check)
    }
