"""Report sections built from the case or the review beside the main ones of ``view``: HER2 results over
time, trials (reachable first), the document index, next steps and the sources cited."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from her2nav.case.models import Case
from her2nav.render import actions
from her2nav.render.headline import Headline, at_home_phrase, is_blocking
from her2nav.reports import texts
from her2nav.reports.charts import marker_value
from her2nav.reports.words import Text, Words

HER2_KINDS = ("her2_ihc", "her2_ish", "her2_ctdna")
TRIALS_SHOWN = 10
CRITERIA_SHOWN = 4
SITES_SHOWN = 3
SOURCE_KEY = re.compile(r"\b(S\d+[a-z]?)\b")


def her2_results(case: Case, words: Words) -> list[dict[str, Any]]:
    """Every HER2 result, oldest first, with specimen, scoring criteria and where it was read."""
    rows = []
    for marker in sorted(
        (b for b in case.biomarkers if b.kind in HER2_KINDS), key=lambda b: (b.tested_on is None, b.tested_on)
    ):
        provenance = marker.provenance
        rows.append(
            {
                "date": marker.tested_on.isoformat() if marker.tested_on else words("date unknown"),
                "kind": words.label(texts.MARKER_KIND, marker.kind),
                "result": marker_value(marker),
                "specimen": words.label(texts.SPECIMEN, getattr(marker, "specimen", None))
                if getattr(marker, "specimen", None)
                else "",
                "criteria": words.label(texts.CRITERIA, getattr(marker, "criteria", None))
                if getattr(marker, "criteria", None)
                else "",
                "quote": words.free(provenance.text) if provenance and provenance.text else None,
            }
        )
    return rows


def _sites(entry: Mapping[str, Any]) -> list[dict[str, Any]]:
    sites = list(entry.get("sites") or [])
    sites.sort(key=lambda s: (s.get("distance_km") is None, s.get("distance_km") or 0))
    return sites[:SITES_SHOWN]


def trial_rows(review: Mapping[str, Any], words: Words) -> list[dict[str, Any]]:
    """Trials with a site where the patient can be treated first, then the rest, each in score order."""
    trials = list(review.get("trials") or [])
    trials.sort(key=lambda t: not t.get("in_treatment_region"))
    rows = []
    for entry in trials[:TRIALS_SHOWN]:
        decisive = [c for c in entry.get("criteria") or [] if c.get("status") != "met"][:CRITERIA_SHOWN]
        counts = entry.get("counts") or entry.get("criteria_counts") or {}
        rows.append(
            {
                "nct_id": entry["nct_id"],
                "title": words.free(entry.get("title")),
                "phases": ", ".join(entry.get("phases") or []),
                "status": (entry.get("overall_status") or "").replace("_", " ").lower(),
                "verdict": entry.get("verdict"),
                "verdict_label": words.label(texts.VERDICT, entry.get("verdict")),
                "reachable": bool(entry.get("in_treatment_region")),
                "counts": {k: counts.get(k, 0) for k in ("met", "not_met", "unknown")},
                "criteria": [
                    {
                        "status": c["status"],
                        "status_label": words.label(texts.CRITERION_STATUS, c["status"]),
                        "text": words.free(c.get("text")),
                        "action": words.free(c.get("action")) if c.get("action") else None,
                    }
                    for c in decisive
                ],
                "sites": _sites(entry),
            }
        )
    return rows


def document_index(case: Case, names: Mapping[str, str], words: Words) -> list[dict[str, Any]]:
    """What each finding rests on: document, page and the quoted span (from the case's provenance)."""
    rows = []
    for marker in case.biomarkers:
        provenance = marker.provenance
        if provenance is None:
            continue
        document = provenance.document_id
        rows.append(
            {
                "finding": f"{words.label(texts.MARKER_KIND, marker.kind)} {marker_value(marker)}",
                "document": names.get(document, document) if document else words("not recorded"),
                "page": provenance.page,
                "quote": words.free(provenance.text) if provenance.text else None,
            }
        )
    return rows


def next_steps(review: Mapping[str, Any], headline: Headline, words: Words) -> list[Text]:
    """English: ``render.actions.next_steps`` as the text view prints it. Other languages: the same
    order (blocking gaps, access to the best option at home, its cautions, other gaps, trials, the
    treating team) from catalogue messages."""
    if words.lang == "en":
        return [Text(step) for step in actions.next_steps(review, headline)]
    lang = words.lang
    gaps = review.get("gaps") or []
    steps = [
        Text(
            words(
                "{action} ({code}: blocks the decision)", action=words(actions.gap_action(g)), code=g["code"]
            ),
            lang,
        )
        for g in gaps
        if is_blocking(g)
    ]
    options = review.get("options") or []
    if not options:
        steps.append(
            Text(words("Read the warnings: no palliative option is listed for this situation."), lang)
        )
        return steps
    best = options[0]
    name = words.option(best).text
    if headline.home_region is not None and headline.home_access != "approved":
        where = words(at_home_phrase(headline.home_access, headline.home_region))
        steps.append(Text(words("{name}: {where}. Check access locally.", name=name, where=where), lang))
    for caution in best.get("cautions") or []:
        title = words.label(texts.CAUTION_TITLES, caution["code"])
        steps.append(
            Text(
                words("Weigh the caution on {name} with the treating team: {title}.", name=name, title=title),
                lang,
            )
        )
    steps += [
        Text(
            words(
                "{action} ({code}: refines the choice)", action=words(actions.gap_action(g)), code=g["code"]
            ),
            lang,
        )
        for g in gaps
        if not is_blocking(g)
    ]
    if review.get("trials"):
        steps.append(Text(words("Go through the trial matches in this report."), lang))
    steps.append(
        Text(
            words(
                "Take the review to the treating oncologist or tumour board; it supports, not replaces, them."
            ),
            lang,
        )
    )
    return steps


@cache
def _source_index() -> dict[str, tuple[str, str | None]]:
    from her2nav.knowledge.load import DATA_DIR, SOURCES_FILE, read_raw

    raw = read_raw(DATA_DIR, (SOURCES_FILE,))
    return {s["key"]: (s["title"], (s.get("urls") or [None])[0]) for s in raw.get("sources", [])}


def _key_order(key: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", key)
    return (int(digits) if digits else 0, key)


def sources_cited(review: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every source key the review cites (options, exclusions, gaps, warnings, HER2), with its title."""
    cited_in = {k: v for k, v in review.items() if k != "trials"}  # registry texts are not ours
    cited = set(SOURCE_KEY.findall(json.dumps(cited_in, ensure_ascii=False)))
    index = _source_index()
    return [
        {"key": key, "title": index[key][0], "url": index[key][1]}
        for key in sorted(cited, key=_key_order)
        if key in index
    ]
