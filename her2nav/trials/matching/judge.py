"""One criterion judged for one case (met, not met, unknown, with the reason and what would settle
it), the verdict of a list of criteria, cohorts, and the score of an entry (see match.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from her2nav.trials.criteria.cohorts import cohort_name, is_tumour_cohort, tumour_of
from her2nav.trials.criteria.tumour_cohorts import for_another_tumour
from her2nav.trials.matching.evaluate import Finding, evaluate
from her2nav.trials.matching.finding import NOT_APPLICABLE
from her2nav.trials.matching.patient import PatientFacts
from her2nav.trials.registry.index import cohorts_only_restrict, raw_score

UNPARSED_ACTION = "ask the study team (the criterion was not interpreted automatically)"


Judgement = tuple[str, str, str | None]


@dataclass
class JudgementMemo:
    """Judgements already made for one case. A judgement is a pure function of the criterion's kind and
    typed requirements (the case being fixed), so it is keyed by those, not by the wording: reworded or
    renumbered texts that mean the same share it. ``by_text`` is a shortcut for a text seen before; it
    is used only when the stored requirements are equal (a registry may hold one text parsed by two
    parser versions)."""

    by_requirements: dict[tuple[str, str], Judgement] = field(default_factory=dict)
    by_text: dict[tuple[str, str], tuple[list[dict[str, Any]], Judgement]] = field(default_factory=dict)

    def judgement(self, crit: dict[str, Any], facts: PatientFacts) -> Judgement:
        kind, text = crit["kind"], crit["text"]
        reqs = crit.get("requirements") or []
        seen = self.by_text.get((kind, text))
        if seen is not None and seen[0] == reqs:
            return seen[1]
        found = self.of_requirements(kind, reqs, facts)
        self.by_text[(kind, text)] = (reqs, found)
        return found

    def of_requirements(self, kind: str, reqs: list[dict[str, Any]], facts: PatientFacts) -> Judgement:
        """The judgement of a criterion of this kind with these typed requirements, whatever its text."""
        key = (kind, repr(reqs))
        found = self.by_requirements.get(key)
        if found is None:
            found = self.by_requirements[key] = _judge(kind, reqs, facts)
        return found


def judge_criterion(
    crit: dict[str, Any], facts: PatientFacts, memo: JudgementMemo | None = None
) -> dict[str, Any]:
    """Status, reason and action of one criterion for one case (reused from ``memo`` when the same
    requirements were judged before)."""
    kind = crit["kind"]
    out: dict[str, Any] = {"text": crit["text"], "kind": kind}
    if crit.get("cohort"):
        out["cohort"] = crit["cohort"]
    if memo is not None:
        status, reason, action = memo.judgement(crit, facts)
    else:
        status, reason, action = _judge(kind, crit.get("requirements") or [], facts)
    out.update(status=status, reason=reason, action=action)
    return out


def _judge(kind: str, reqs: list[dict[str, Any]], facts: PatientFacts) -> Judgement:
    if not reqs:
        return "unknown", "not interpreted automatically; read the original text", UNPARSED_ACTION
    findings = [evaluate(r, facts, kind) for r in reqs]
    hit = kind != "inclusion"
    decisive = [f for f in findings if f.value is hit]
    unknown = [f for f in findings if f.value is None]
    if decisive:
        lead = "" if kind == "inclusion" else "excluded: "
        return "not_met", lead + "; ".join(f.reason for f in decisive), None
    if unknown:
        return "unknown", "; ".join(f.reason for f in unknown), _action(unknown)
    return "met", "; ".join(f.reason for f in findings), None


def _action(unknown: list[Finding]) -> str:
    actions: list[str] = []
    for f in unknown:
        if f.action and f.action not in actions:
            actions.append(f.action)
    return "; ".join(actions) or UNPARSED_ACTION


def verdict_from(statuses: Iterable[str]) -> str:
    found = set(statuses)
    if "not_met" in found:
        return "ineligible"
    if found <= {"met"}:
        return "eligible"
    return "possibly_eligible"


def verdict_of(criteria: list[dict[str, Any]]) -> str:
    return verdict_from(c["status"] for c in criteria)


def best_cohort(judged: Iterable[tuple[str | None, str]]) -> str | None:
    """The cohort whose criteria suit the case best: fewest not met, then fewest unknown (the first
    named wins a tie); None when no criterion names a cohort. ``judged``: (cohort, status) pairs."""
    counts: dict[str, tuple[int, int]] = {}
    for cohort, status in judged:
        if cohort:
            not_met, unknown = counts.get(cohort, (0, 0))
            counts[cohort] = (not_met + (status == "not_met"), unknown + (status == "unknown"))
    if not counts:
        return None
    return min(counts.items(), key=lambda item: item[1])[0]


def entry_score(verdict: str, unknowns: int, shown: int, recruiting: bool, in_region: bool) -> float:
    """match.py's score (weights: registry/index.py), rounded to 3 decimals."""
    settled = 1 - unknowns / shown if shown else 0.0
    return round(raw_score(verdict, settled, recruiting, in_region), 3)


def _not_for_this_patient(crit: dict[str, Any]) -> dict[str, Any]:
    """A clause of a cohort no inclusion defines. It does not apply, unless it would or may exclude the
    patient: the record does not say who is in that cohort, and the patient may be (eighteenth blind set,
    TT: "Only for Cohort A: known HER2-positive tumour", Cohort A being the first-line one, was passed for
    a HER2-positive patient on first-line therapy; twenty-seventh session, WF: ST-067's pneumonitis clause
    "for Phase 1 combination therapy only", open for a case with interstitial lung disease, was passed)."""
    if _restricted_status(crit["cohort"], crit["status"]) == "unknown":
        why = f"applies to {crit['cohort']} only, which the record does not define; {crit['reason']}"
        return {**crit, "status": "unknown", "reason": why, "action": _WHICH_COHORT}
    why = f"a clause for {crit['cohort']} only; no inclusion places the patient in it"
    return {**crit, "status": "met", "reason": NOT_APPLICABLE + why, "action": None}


def _restricted_status(cohort: str | None, status: str) -> str:
    """The status shown for a criterion of a study whose cohorts only exclusions name (the shortlist's
    count and _not_for_this_patient's entry both follow it)."""
    if not cohort:
        return status
    return "unknown" if status in ("not_met", "unknown") else "met"


_WHICH_COHORT = "ask the study team which cohort the patient would join"


def _another_cohort(crit: dict[str, Any], view: CohortView) -> dict[str, Any]:
    tumour, taken = tumour_of(crit["cohort"]), cohort_name(view.best)
    how = f"the patient fits {taken}" if view.fits else f"the patient's tumour is taken by {taken}"
    if view.refused:
        how = "the study's general criteria leave out the patient's tumour"
    why = f"a cohort for {tumour}; {how}"
    return {**crit, "status": "met", "reason": NOT_APPLICABLE + why, "action": None}


@dataclass(frozen=True)
class CohortView:
    """How a study with cohorts is shown for one case: the general criteria and those of ``best``
    (best_cohort), and every tumour cohort's (criteria/tumour_cohorts.py), whatever the best one.

    Cohorts, parts and tumour cohorts are alternatives (issue 15: a study is ineligible only when every
    cohort the patient could join fails; the verdict follows the best one). A tumour cohort the patient
    fails while the best cohort fits (nothing in it not met), or any other tumour cohort when the best
    one is met in full, does not apply (``set_aside``: met, "does not apply: a cohort for …"); when
    no cohort fits, or two may both fit, its criteria keep their own statuses. A cohort for another
    tumour never is the best while some cohort may take the patient's tumour, and then does not apply
    whatever the best one's verdict (issue 15, held-out review: a biliary sub-study's bullet is not a
    gastric patient's). Other cohorts' criteria (parts, arms) are left to ``other_cohorts``, with their
    own statuses."""

    best: str
    set_aside: frozenset[str]
    fits: bool = True  # the best cohort is not failed
    refused: bool = False  # a general criterion refuses the patient's tumour (refuses_tumour)

    def shows(self, cohort: str | None) -> bool:
        return not cohort or cohort == self.best or is_tumour_cohort(cohort)


# The keys of a disease requirement that ask a stage rather than a tumour (evaluate_disease._disease),
# and those that name the tumour: its site, its histology, a tumour cohort's name.
_STAGE_KEYS = frozenset({"advanced", "m0", "distant", "not_locally_advanced"})
_TUMOUR_KEYS = ("sites", "not_sites", "names", "histology", "histology_any")


def refuses_tumour(criteria: list[dict[str, Any]], statuses: list[str], facts: PatientFacts) -> bool:
    """Whether a general criterion (no cohort) fails the patient on the tumour it names, whatever
    stage it asks beside it: then no cohort of the study takes the patient's tumour. A cohort for
    another tumour still does not apply to him (issue 15 class 8; the TA, TE and UX reviewers), but
    not because he "fits" another part: DESTINY-PanTumor02 (NCT04482309) excludes "adenocarcinoma of
    the gastric body or gastro-esophageal junction" from both parts, and its biliary cohort had read
    "the patient fits Part 1" (the UF reviewer judged the cohort lists not met: gastric cancer is
    excluded from every cohort)."""
    for crit, status in zip(criteria, statuses, strict=True):
        if status != "not_met" or crit.get("cohort"):
            continue
        fails = crit["kind"] != "inclusion"  # the finding value that decides against the patient
        for req in crit.get("requirements") or []:
            if req.get("type") != "disease":
                continue
            tumour = {key: value for key, value in req.items() if key not in _STAGE_KEYS}
            if (
                any(tumour.get(key) for key in _TUMOUR_KEYS)
                and evaluate(tumour, facts, crit["kind"]).value is fails
            ):
                return True
    return False


def cohort_view(judged: Iterable[tuple[str | None, str]], refused: bool = False) -> CohortView | None:
    """The view of (cohort, status) pairs; None without cohorts (cohorts named by exclusions only,
    cohorts_only_restrict, are the caller's). ``refused``: a general criterion refuses the patient's
    tumour (refuses_tumour), so that no cohort takes it: the view is not one the patient fits."""
    by_cohort: dict[str, list[str]] = {}
    for cohort, status in judged:
        if cohort:
            by_cohort.setdefault(cohort, []).append(status)
    if not by_cohort:
        return None
    # a cohort that takes the patient's tumour is preferred to every cohort for another tumour (the
    # latter never apply to a gastro-oesophageal patient while the study has one of his own)
    own = {name: statuses for name, statuses in by_cohort.items() if not for_another_tumour(name)}
    best = best_cohort((name, s) for name, statuses in (own or by_cohort).items() for s in statuses)
    assert best is not None
    best_verdict = verdict_from(by_cohort[best])
    others = {name for name in by_cohort if name != best and own and for_another_tumour(name)}
    if best_verdict == "ineligible" or refused:
        return CohortView(best, frozenset(others), fits=False, refused=refused)
    aside = others | {
        name
        for name, statuses in by_cohort.items()
        if name != best
        and is_tumour_cohort(name)
        and (best_verdict == "eligible" or verdict_from(statuses) == "ineligible")
    }
    return CohortView(best, frozenset(aside))


def shown_statuses(
    pairs: list[tuple[str | None, str]], restrict_only: bool, refused: bool = False
) -> list[str]:
    """The statuses split_cohorts shows for (cohort, status) pairs, without building the criteria."""
    if restrict_only:
        return [_restricted_status(cohort, status) for cohort, status in pairs]
    view = cohort_view(pairs, refused)
    if view is None:
        return [status for _, status in pairs]
    return ["met" if cohort in view.set_aside else status for cohort, status in pairs if view.shows(cohort)]


def split_cohorts(
    judged: list[dict[str, Any]], refused: bool = False
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str | None]:
    """(criteria shown, the other cohorts with their own statuses, the best cohort's name): see
    CohortView and cohort_view's ``refused``. Criteria of cohorts named only by exclusions are met as
    not applying."""
    if cohorts_only_restrict(judged):
        return [c if not c.get("cohort") else _not_for_this_patient(c) for c in judged], [], None
    view = cohort_view(((c.get("cohort"), c["status"]) for c in judged), refused)
    if view is None:
        return judged, [], None
    cohorts: dict[str, list[dict[str, Any]]] = {}
    for c in judged:
        if c.get("cohort"):
            cohorts.setdefault(c["cohort"], []).append(c)
    shown = [
        _another_cohort(c, view) if c.get("cohort") in view.set_aside else c
        for c in judged
        if view.shows(c.get("cohort"))
    ]
    others = [
        {"cohort": name, "verdict": verdict_of(crits), "criteria": crits}
        for name, crits in cohorts.items()
        if name != view.best
    ]
    return shown, others, view.best
