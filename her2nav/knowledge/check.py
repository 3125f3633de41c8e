"""``her2nav kb check``: validates the knowledge base and exits 1, loudly, on any problem.

Checks: every file parses and has the right shape; every reference resolves (agents, options,
trials, sources); every fact carries a source; dates are plausible (not after the newest source,
month/year precision stored as the period's last day, history in order); every listable option has
access for every region; no rejected trial name (e.g. "CheckMate-811") is used as evidence.
"""

from __future__ import annotations

import calendar
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml
from pydantic import ValidationError

from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.glossary import glossary_report
from her2nav.knowledge.models import AccessEvent, KnowledgeBase, NoteText, Requirements
from her2nav.knowledge.regions import REGIONS, region_countries
from her2nav.knowledge.zh_texts import zh_problems, zh_summary

SLOTS = frozenset({"fluoropyrimidine", "platinum", "taxane"})
CONTRACT_OPTIONS = frozenset(
    {
        "trastuzumab_chemo",
        "pembrolizumab_trastuzumab_chemo",
        "zanidatamab_chemo",
        "zanidatamab_tislelizumab_chemo",
        "trastuzumab_deruxtecan",
        "disitamab_vedotin",
        "nivolumab_chemo",
        "pembrolizumab_chemo",
        "tislelizumab_chemo",
        "zolbetuximab_chemo",
        "fluoropyrimidine_platinum",
        "ramucirumab_paclitaxel",
        "ramucirumab",
        "taxane",
        "irinotecan",
        "trifluridine_tipiracil",
        "nivolumab",
        "pembrolizumab",
        "clinical_trial",
        "best_supportive_care",
    }
)
CONTRACT_EXCLUSIONS = frozenset(
    {
        "trastuzumab_beyond_progression",
        "trastuzumab_emtansine",
        "lapatinib",
        "pertuzumab",
        "nivolumab_trastuzumab_chemo",
    }
)
CONTRACT_CAUTIONS = frozenset(
    {
        "LVEF_BELOW_50",
        "ILD_HISTORY",
        "AUTOIMMUNE_DISEASE",
        "ORGAN_TRANSPLANT",
        "ECOG_OUTSIDE_EVIDENCE",
        "PRIOR_SEVERE_TOXICITY",
    }
)

# Caution codes added beyond CONTRACT §4 (the contract allows new identifiers, never renamed ones).
ADDED_CAUTIONS = frozenset({"HEART_FAILURE"})


def _known_group(name: str) -> bool:
    vocab = vocabulary()
    return name in vocab.by_id or bool(vocab.ids_in_group(name)) or name in SLOTS


def _sources(where: str, keys: tuple[str, ...], kb: KnowledgeBase, *, required: bool = True) -> Iterator[str]:
    if required and not keys:
        yield f"{where}: no source given (every fact needs one)"
    for key in keys:
        if key not in kb.sources:
            yield f"{where}: unknown source {key!r}"


def _requirements(where: str, req: Requirements) -> Iterator[str]:
    if req.prior_agent is not None and not _known_group(req.prior_agent):
        yield f"{where}.prior_agent: unknown agent or group {req.prior_agent!r}"


def _event_date(where: str, event: AccessEvent, kb: KnowledgeBase) -> Iterator[str]:
    day = event.date
    if day is None:
        return
    if day > kb.sources_checked_until:
        yield f"{where}.date: {day} is after the newest source checked ({kb.sources_checked_until})"
    last = calendar.monthrange(day.year, day.month)[1]
    if event.date_precision == "month" and day.day != last:
        want = f"{day.year}-{day.month:02d}-{last}"
        yield f"{where}.date: month precision must store the month's last day ({want})"
    if event.date_precision == "year" and (day.month, day.day) != (12, 31):
        yield f"{where}.date: year precision must store 31 December ({day.year}-12-31)"


def _karnofsky_problems(kb: KnowledgeBase) -> Iterator[str]:
    """Every table pairs each ECOG grade 0-4 with a Karnofsky range inside 0-100, and cites a source."""
    for i, table in enumerate(kb.karnofsky_by_ecog.tables):
        where = f"karnofsky_by_ecog.tables[{i}]"
        yield from _sources(where, table.sources, kb)
        if missing := sorted(set(range(5)) - set(table.karnofsky)):
            yield f"{where}.karnofsky: no range for ECOG {', '.join(map(str, missing))}"
        for grade, (low, high) in sorted(table.karnofsky.items()):
            if not 0 <= low <= high <= 100:
                yield f"{where}.karnofsky[{grade}]: {low}-{high} is not a range of Karnofsky scores"


def problems(kb: KnowledgeBase) -> Iterator[str]:
    """Every problem in an already shape-valid knowledge base."""
    vocab = vocabulary()
    for agent in vocab.by_id.values():
        yield from _sources(f"agents[{agent.id}]", agent.sources, kb)
    for name, threshold in kb.thresholds:
        yield from _sources(f"thresholds.{name}", threshold.sources, kb)
    yield from _karnofsky_problems(kb)
    yield from _study_term_problems(kb)
    yield from _note_problems(kb)
    rejected = {r.name.casefold() for r in kb.names_rejected}
    for r in kb.names_rejected:
        yield from _sources(f"names_rejected[{r.name}]", r.sources, kb)
    for tid, trial in kb.trials.items():
        where = f"trials[{tid}]"
        if tid.casefold() in rejected:
            yield f"{where}: {tid!r} is a rejected trial name (it does not exist)"
        if trial.line.max is not None and trial.line.max < trial.line.min:
            yield f"{where}.line: max {trial.line.max} is below min {trial.line.min}"
        yield from _sources(where, trial.sources, kb)
    for oid, option in kb.options.items():
        where = f"options[{oid}]"
        if oid not in CONTRACT_OPTIONS:
            yield f"{where}: not an option id from CONTRACT §4"
        for component in option.components:
            if not _known_group(component):
                yield f"{where}.components: unknown agent or slot {component!r}"
        for tid in option.evidence:
            if tid not in kb.trials:
                yield f"{where}.evidence: unknown trial {tid!r}"
        if option.lines.max is not None and option.lines.max < option.lines.min:
            yield f"{where}.lines: max {option.lines.max} is below min {option.lines.min}"
        yield from _requirements(f"{where}.requires", option.requires)
        yield from _sources(where, option.sources, kb)
        if oid not in kb.access:
            yield f"access: option {oid!r} has no access record"
    for eid, ex in kb.exclusions.items():
        where = f"exclusions[{eid}]"
        if eid not in CONTRACT_OPTIONS | CONTRACT_EXCLUSIONS:
            yield f"{where}: not an option id from CONTRACT §4"
        for tid in ex.trials:
            if tid not in kb.trials:
                yield f"{where}.trials: unknown trial {tid!r}"
        if ex.when.progressed_on and not _known_group(ex.when.progressed_on):
            yield f"{where}.when.progressed_on: unknown agent or group {ex.when.progressed_on!r}"
        yield from _sources(where, ex.sources, kb)
    for i, banned in enumerate(kb.class_exclusions):
        where = f"class_exclusions[{i}]"
        if not _known_group(banned.group):
            yield f"{where}.group: unknown agent or group {banned.group!r}"
        for tid in banned.trials:
            if tid not in kb.trials:
                yield f"{where}.trials: unknown trial {tid!r}"
        yield from _sources(where, banned.sources, kb)
    grouped: dict[str, str] = {}
    for name, group in kb.interchangeable_options.items():
        where = f"interchangeable_options[{name}]"
        for oid in group.options:
            if oid not in kb.options:
                yield f"{where}.options: unknown option {oid!r}"
            if oid in grouped:
                yield f"{where}.options: {oid!r} is already in {grouped[oid]}"
            grouped[oid] = name
        yield from _sources(where, group.sources, kb)
    for code, rule in kb.caution_rules.items():
        if code not in CONTRACT_CAUTIONS | ADDED_CAUTIONS:
            yield f"caution_rules[{code}]: not a caution code from CONTRACT §4"
        for field, names in (
            ("agents", rule.agents),
            ("demote_agents", rule.demote_agents),
            ("why_by_agent", tuple(rule.why_by_agent)),
        ):
            for name in names:
                if not _known_group(name):
                    yield f"caution_rules[{code}].{field}: unknown agent or group {name!r}"
        yield from _sources(f"caution_rules[{code}]", rule.sources, kb)
    for code in sorted(CONTRACT_CAUTIONS - set(kb.caution_rules)):
        yield f"caution_rules: no rule for {code}"
    yield from _access_problems(kb)
    yield from _region_problems()


def _study_term_problems(kb: KnowledgeBase) -> Iterator[str]:
    """Each agent word of her2_study_terms is part of a HER2-directed agent's id, name or synonym."""
    terms = kb.her2_study_terms
    yield from _sources("her2_study_terms", terms.sources, kb)
    names = [
        name.casefold()
        for agent in vocabulary().by_id.values()
        if agent.her2_directed
        for name in (agent.id, agent.name, *agent.synonyms)
    ]
    for word in terms.agents:
        if not any(word.casefold() in name for name in names):
            yield f"her2_study_terms.agents: {word!r} is not part of any HER2-directed agent's name"


def _note_problems(kb: KnowledgeBase) -> Iterator[str]:
    """Each HER2 and engine text lists exactly the source keys it cites, and every one exists."""
    for table, texts in (("her2_notes", kb.her2_notes), ("review_texts", kb.review_texts)):
        yield from _text_problems(table, texts, kb)


def _text_problems(table: str, texts: dict[str, NoteText], kb: KnowledgeBase) -> Iterator[str]:
    for key, note in texts.items():
        where = f"{table}[{key}]"
        yield from _sources(where, note.sources, kb, required=False)
        for cited in note.cited:
            if cited not in note.sources:
                yield f"{where}: the text cites {cited} but sources does not list it"
        for listed in note.sources:
            if listed not in note.cited:
                yield f"{where}: sources lists {listed} but the text does not cite it"


def _region_problems() -> Iterator[str]:
    """regions.yaml gives the countries of exactly the regions of CONTRACT §4."""
    listed = set(region_countries())
    for region in REGIONS:
        if region not in listed:
            yield f"regions.yaml: no countries for region {region}"
    for extra in sorted(listed - set(REGIONS)):
        yield f"regions.yaml: {extra} is not a region of CONTRACT §4"


def _access_problems(kb: KnowledgeBase) -> Iterator[str]:
    for oid, regions in kb.access.items():
        if oid not in kb.options:
            yield f"access[{oid}]: unknown option"
            continue
        for region in REGIONS:
            if not regions.get(region):
                yield f"access[{oid}].{region}: no entry (every option needs every region)"
        for region, events in regions.items():
            previous = None
            for i, event in enumerate(events):
                where = f"access[{oid}].{region}[{i}]"
                yield from _sources(where, event.sources, kb, required=kb.options[oid].is_drug)
                yield from _requirements(f"{where}.requires", event.requires)
                yield from _event_date(where, event, kb)
                if event.date is not None and previous is not None and event.date < previous:
                    yield f"{where}.date: {event.date} is earlier than the event before it ({previous})"
                previous = event.date or previous
                if not event.note.strip():
                    yield f"{where}.note: empty (say what the decision was)"


def run_check(folder: Path | None = None) -> int:
    """Print a summary (exit code 0) or every problem on stderr (exit code 1)."""
    from her2nav.knowledge.load import DATA_DIR, load_from

    try:
        kb = load_from(folder or DATA_DIR)
    except ValidationError as err:
        for e in err.errors(include_url=False):
            path = ".".join(str(p) for p in e["loc"])
            print(f"KB ERROR {path}: {e['msg']}", file=sys.stderr)
        print("knowledge base check FAILED (shape)", file=sys.stderr)
        return 1
    except (OSError, ValueError, KeyError, TypeError, yaml.YAMLError) as err:
        print(f"KB ERROR: {err}", file=sys.stderr)
        print("knowledge base check FAILED (files)", file=sys.stderr)
        return 1
    glossary_problems, untranslated = glossary_report(kb)
    found = [*problems(kb), *glossary_problems, *zh_problems(kb)]
    if found:
        for p in found:
            print(f"KB ERROR {p}", file=sys.stderr)
        print(f"knowledge base check FAILED: {len(found)} problem(s)", file=sys.stderr)
        return 1
    # One fact may serve several options (a YAML anchor): count facts, and list each with why.
    facts: dict[tuple[str, str], tuple[AccessEvent, list[str]]] = {}
    events = 0
    for option_id, by_region in kb.access.items():
        for code, evs in by_region.items():
            for event in evs:
                if not event.verified:
                    events += 1
                    facts.setdefault((code, event.model_dump_json()), (event, []))[1].append(option_id)
    print(
        f"knowledge base {kb.knowledge_version} OK: {len(kb.sources)} sources, {len(kb.trials)} trials, "
        f"{len(kb.options)} options, {len(kb.exclusions)} exclusions, "
        f"{sum(len(r) for r in kb.access.values())} option x region access records "
        f"({len(facts)} access facts unverified, in {events} events)"
    )
    for (where, _), (fact, option_ids) in facts.items():
        trail = f" ({fact.trail})" if fact.trail else ""
        print(f"  unverified: {where} {', '.join(option_ids)}: {fact.note or 'no note'}{trail}")
    if untranslated:  # shown in English, marked, in Chinese reports
        print(f"glossary: {len(untranslated)} term(s) without a Chinese name: {'; '.join(untranslated)}")
    print(_zh_line(kb))
    return 0


def _zh_line(kb: KnowledgeBase) -> str:
    """How many explanatory texts have Chinese, how many of those await a clinician, which have none."""
    counts, missing = zh_summary(kb)
    line = (
        f"chinese texts: {counts['total'] - len(missing)} of {counts['total']} have zh "
        f"({counts['team_translation']} team translation(s) awaiting clinical review, "
        f"{counts['clinician_reviewed']} clinician-reviewed); {len(missing)} without zh"
    )
    return line + (f": {'; '.join(missing)}" if missing else "")
