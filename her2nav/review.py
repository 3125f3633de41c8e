"""Composes the contract Review (CONTRACT §2) from the HER2 assessment, the options engine and trials.

Stable interface (other domains rely on it):
- ``build_review(case, *, trials=None, trials_unavailable=None) -> ReviewResult``: pure; no database,
  no I/O beyond the cached knowledge base, no clock (``as_of`` comes from the case). When trials could
  not be matched, ``trials_unavailable`` says why and becomes the TRIALS_UNAVAILABLE warning.
- ``review_with_trials(case) -> ReviewResult``: the same with the installed registry's trials (the one
  place that reads the registry for a review; CLI, service and benchmarks all come through it or
  through ``build_review`` with ``trials_for`` below); ``review_with_trial_entries(case)`` adds the full
  match entries of those trials (every criterion) for ``her2nav review CASE --criteria``.
- ``ReviewResult.data``: the CONTRACT §2 JSON as a dict; ``ReviewResult.to_json()``.
- ``knowledge_version() -> str``: the knowledge base version the review is made with.
- ``build_review(case, ..., lang="zh")`` and ``review_in_language(case, review, lang)``: the same review
  with its explanations in Simplified Chinese, for reports and the family view (see their docstrings);
  the English review JSON never changes.

Fields beyond the contract (added, never renamed): ``line_basis``, ``markers``, ``her2.ihc_score``,
``her2.notes``, ``unverified`` (how many facts in this review rest on unchecked knowledge),
``trials_source`` (the registry attribution every trial entry would repeat, said once), and per option
``sources`` and ``access_conditions`` (each condition its access notes name, once, with what the record
shows, unless the rationale's "Depends on: …" says it); per access entry ``verified``, ``since``,
``licensed`` (GB: ``funded``, ``funding``); per exclusion ``evidence`` as citations (trial, source, line,
verified: the reason gives the result). Size (issue 15): each contract example's review JSON stays
under 40 KB, indented as ``her2nav review --json`` prints it (tests/test_review_size.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from her2nav.case.models import Case
from her2nav.knowledge.language import TextLanguage, texts_in


@dataclass
class ReviewResult:
    data: dict[str, Any]

    def to_json(self, indent: int | None = None) -> str:
        """The review as JSON (compact by default, which uses the fast C encoder)."""
        if indent is None:
            return _COMPACT.encode(self.data)  # what json.dumps(data, ensure_ascii=False) gives
        return json.dumps(self.data, ensure_ascii=False, indent=indent)


_COMPACT = json.JSONEncoder(ensure_ascii=False)  # stateless: one instance serves every call


def knowledge_version() -> str:
    from her2nav.knowledge.load import knowledge_base

    return knowledge_base().knowledge_version


def _count_unverified(options: list[dict[str, Any]]) -> int:
    count = 0
    for option in options:
        count += sum(1 for entry in option["access"].values() if entry.get("verified") is False)
        count += sum(1 for ev in option["evidence"] if ev.get("verified") is False)
        count += sum(1 for c in option["cautions"] if c.get("verified") is False)
    return count


TRIALS_UNAVAILABLE = "TRIALS_UNAVAILABLE"


def _source_said_once(trials: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str | None]:
    """The trial entries without the registry attribution every one of them repeats, and that
    attribution once (``trials_source``); entries from several registries keep their own."""
    sources = {t.get("source") for t in trials}
    if len(sources) != 1 or None in sources:
        return trials, None
    return [{k: v for k, v in t.items() if k != "source"} for t in trials], sources.pop()


def build_review(
    case: Case,
    *,
    trials: list[dict[str, Any]] | None = None,
    trials_unavailable: str | None = None,
    lang: TextLanguage = "en",
) -> ReviewResult:
    """The review of ``case`` (CONTRACT §2). With ``lang="zh"`` the same review with every explanatory
    text that has a Chinese version in the knowledge base in Chinese (option rationales, exclusion
    reasons, cautions, HER2 notes, gap and warning messages; drug names inside them from the clinical
    glossary); the rest (trial data, access notes, the HER2 basis, requirement details,
    ``trials_unavailable``) stays English. Codes, ids, names and numbers are the same in both. A Chinese
    review is for showing only: store and exchange the English one."""
    with texts_in(lang):
        return _build(case, trials, trials_unavailable)


def _build(case: Case, trials: list[dict[str, Any]] | None, trials_unavailable: str | None) -> ReviewResult:
    from her2nav.knowledge.load import knowledge_base
    from her2nav.recommend.context import build_context
    from her2nav.recommend.engine import recommend

    kb = knowledge_base()
    listed, trials_source = _source_said_once(list(trials or []))
    ctx = build_context(case, kb)
    found = recommend(ctx)
    her2 = ctx.her2.as_contract()
    markers = {
        "pdl1_cps": ctx.pdl1_cps,
        "cldn18_2_percent": ctx.cldn18_2_percent,
        "msi_high": ctx.msi_high,
        "ecog": case.patient.ecog,
        "lvef_percent": case.patient.lvef_percent,
        "prior_regimens": ctx.prior_regimens,
        "prior_chemotherapy_regimens": ctx.prior_chemo_regimens,
    }
    data: dict[str, Any] = {
        "case_id": case.case_id,
        "as_of": case.as_of.isoformat(),
        "knowledge_version": kb.knowledge_version,
        "her2": her2,
        "current_line": ctx.line,
        "line_basis": ctx.lines.explanation,
        "markers": markers,
        "options": found["options"],
        "excluded": found["excluded"],
        "gaps": found["gaps"],
        "warnings": found["warnings"],
        "trials": listed,
        "trials_source": trials_source,
        "unverified": _count_unverified(found["options"]),
    }
    if trials_unavailable:
        data["warnings"].append({"code": TRIALS_UNAVAILABLE, "message": trials_unavailable})
    return ReviewResult(data)


def _same_review(data: dict[str, Any]) -> tuple[Any, ...]:
    """What two reviews of one case in two languages must share: everything but the words."""
    return (
        data["case_id"],
        data["as_of"],
        data["knowledge_version"],
        data["her2"]["status"],
        data["her2"]["category"],
        len(data["her2"].get("notes") or []),
        [(o["id"], o["rank"], [c["code"] for c in o["cautions"]]) for o in data["options"]],
        [e["id"] for e in data["excluded"]],
        [(g["code"], g["severity"]) for g in data["gaps"]],
        [w["code"] for w in data["warnings"]],
    )


def review_in_language(case: Case, review: dict[str, Any], lang: TextLanguage) -> dict[str, Any]:
    """``review`` (an English review of ``case``, e.g. stored, or from ``review_with_trials``) with its
    explanations in ``lang``: the function reports and the family view use to show a review in Chinese.

    For ``"en"`` it returns ``review`` itself. For ``"zh"`` it builds the review again in Chinese
    (``build_review(case, lang="zh")``) with the same trials and the same TRIALS_UNAVAILABLE message, so
    nothing reads the registry. A text of the result that is not among ``review``'s texts was written in
    Chinese; one that is (a text without a Chinese version) is English, to be shown marked as such. When
    the rebuilt review is not the same review (another knowledge version or other options, gaps or
    warnings: a review stored before the knowledge base changed), ``review`` is returned unchanged, so
    one page never mixes two reviews. Pure: no I/O beyond the cached knowledge base and glossary."""
    if lang == "en":
        return review
    unavailable = next(
        (w["message"] for w in review.get("warnings") or [] if w["code"] == TRIALS_UNAVAILABLE), None
    )
    local = build_review(case, trials=review.get("trials"), trials_unavailable=unavailable, lang=lang).data
    if review.get("trials_source"):
        local["trials_source"] = review["trials_source"]
    return local if _same_review(local) == _same_review(review) else review


def trials_for(case: Case) -> tuple[list[dict[str, Any]] | None, str | None]:
    """The installed registry's entries for the review, or (None, why they are missing)."""
    from her2nav.trials.matching.for_review import review_trials

    return review_trials(case)


def review_with_trials(case: Case) -> ReviewResult:
    trials, problem = trials_for(case)
    return build_review(case, trials=trials, trials_unavailable=problem)


def review_with_trial_entries(case: Case) -> tuple[ReviewResult, list[dict[str, Any]] | None]:
    """``review_with_trials(case)`` and the full match entries of its trials (every criterion, for
    ``her2nav review CASE --criteria``), or None when the registry could not be read. One match."""
    from her2nav.trials.matching.for_review import review_entries, summary

    entries, problem = review_entries(case)
    trials = None if entries is None else [summary(e) for e in entries]
    return build_review(case, trials=trials, trials_unavailable=problem), entries
