"""Eligibility text (registry markdown) → inclusion and exclusion criteria, each interpreted.

Splitting rules:
- A line that is not a bullet and names inclusion/exclusion (or ends with ':') is a section header;
  it sets the kind, and a header naming a cohort, sub-study, part or arm makes the criteria under it
  specific to that cohort ("master"/"all" headers are not cohort-specific).
- Top-level bullets (``*``, ``-``, ``•``, ``1.``) start a criterion; deeper-indented bullets and
  continuation lines are appended to the criterion above them, so a parent ("Adequate organ function
  defined as:") keeps its details.
- Items at the margin that list what the criterion above them allows ("… may be enrolled with …, such
  as:" then "* Fatigue", until the list's own numbering resumes) are its examples and ask nothing
  (example_lists.py).
- A sentence at the margin after a blank line that closes a sub-bullet list ("… listed below:" then
  its tumour bullets, then "Tumours must be refractory …") is a criterion of its own (headings.py).
- Numbered items run together on one line ("… 16. Patients … 17. Receipt …") are split at the next
  number of the list, and lettered items after a lead-in ("Lung criteria: A. … B. … C. …") at each
  letter in turn; a numbered or lettered child of a lead-in ending with ':' ("Regarding prior therapy:"
  / "1. …" / "2. …") is a criterion of its own, unless the lead-in or a child offers alternatives
  ("one of the following", "… or") or the lead-in is a condition ("patients with …, provided the
  following are met:"); a lead-in then asking nothing is dropped, one ending a sentence ("… which:") is
  read before a child that alone says nothing, and a cohort's item ending ':' owns its children (lead_ins.py).
- Sub-bullets under a heading that asks nothing and names a part, or that open with a cohort's name
  ("Participants in Cohort B (part 2A): …"), are criteria of that part or cohort (cohort_items.py); a
  population heading's items are one list of alternatives ("Phase 1 enrollment population:").
- A case-control study's "Controls:" part, "Withdrawal criteria:" and a "For all participants in <a
  treatment>:" part are for some participants only (study_roles.py).
- Markdown escapes (``\\>=``, ``\\<``, ``\\[``) are undone; the original words are kept for display.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from her2nav.trials.criteria import heading_groups as groups
from her2nav.trials.criteria import study_roles
from her2nav.trials.criteria.cohort_items import cohort_items
from her2nav.trials.criteria.cohort_labels import (
    ONLY_FOR_COHORT,
    explicit_cohort,
    inline_cohort,
    orphans_to_all,
    without_named_cohort,
)
from her2nav.trials.criteria.cohorts import part_labels, split_part_clauses
from her2nav.trials.criteria.example_lists import EXAMPLE, Mark, examples_being_read, list_mark
from her2nav.trials.criteria.headingless import exclusions_at_the_end
from her2nav.trials.criteria.headings import (
    cohort_heading,
    for_all_participants,
    paragraph_after_list,
    paragraph_lead_in,
    population_heading,
    population_list,
    topic_heading,
    tumour_heading,
)
from her2nav.trials.criteria.her2_definition import apply_trial_her2_definition
from her2nav.trials.criteria.joined_cohorts import open_joined_cohorts
from her2nav.trials.criteria.lead_ins import cohort_of, continues, offers_options, own_criterion
from her2nav.trials.criteria.linked_bullets import (
    join_alternatives,
    listed_exceptions,
    note_reading,
    scope_excepted_parts,
    split_notes,
    standalone_note,
)
from her2nav.trials.criteria.rules import interpret
from her2nav.trials.criteria.rules_after import beyond_the_held_first_line
from her2nav.trials.criteria.run_on_lines import OPTIONS, lettered, lines
from her2nav.trials.criteria.tumour_cohorts import (
    label_tumour_cohorts,
    set_aside_other_cohorts_clauses,
    without_other_cohorts_sentences,
)
from her2nav.trials.criteria.tumour_sentences import read_without_other_tumours_sentences

# Bumped whenever stored parses change (a registry re-parses older rows); what each changed: git log.
PARSER_VERSION = "99"

# "- • 1. age between …": marks a portal stacked on one item count once (eleventh blind set); ". Aged
# ≥ 18 years": a list whose numbers a mirror dropped, the dot left (eighteenth blind set, TT)
_BULLET = re.compile(
    r"^(\s*)(?:[*\-•+]|\d{1,2}[.)]|[a-z][.)]|[ivx]{1,4}[.)]|\.)\s+(?:[•*]\s+(?:\d{1,2}[.)]\s+)?)?(.*)$"
)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>=~|^])")
_COHORT = re.compile(
    # "Part 2", "Arm A", "Group 1", "Part1" — not "participants", "armed" or "groups"
    r"\b(cohorts?|sub-?\s?stud(?:y|ies)|substud(?:y|ies)|(?:parts?|arms?|groups?)(?:\s+\w+|\d\w*)|"
    r"phase\s*\d\w*)\b",
    re.IGNORECASE,
)
_BARE_HEADER = re.compile(r"^(key )?(inclusions?|exclusions?)$", re.IGNORECASE)  # a line "Inclusion"
_ALL_COHORTS = re.compile(r"\b(master|all|general|common|key)\b", re.IGNORECASE)


@dataclass
class Criterion:
    text: str
    kind: str  # inclusion | exclusion
    cohort: str | None = None
    requirements: list[dict[str, Any]] = field(default_factory=list)
    group: tuple[str, ...] = ()  # the module/part headings above it (heading_groups.py); not stored
    paragraph: bool = False  # begun by a line that is not a bullet; not stored
    example: bool = False  # an example of what the criterion above allows (example_lists.py); not stored
    role: str | None = None  # for a treatment group, the controls or withdrawal (study_roles.py); not stored
    sentence: str = ""  # the lead-in whose sentence it ends ("… cancer which:"; lead_ins.py); not stored
    # (indent, where in ``text``) of each deeper bullet joined into it (cohort_items.py); not stored
    subitems: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "kind": self.kind, "requirements": self.requirements}
        if self.cohort:
            out["cohort"] = self.cohort
        return out


def unescape(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


def _header_kind(line: str) -> str | None:
    low = line.casefold()
    if "exclusion" in low or "not eligible" in low or "must not" in low:
        return "exclusion"
    if "inclusion" in low or "eligible" in low:
        return "inclusion"
    return None


def _header_cohort(line: str) -> str | None:
    if _ALL_COHORTS.search(line):
        return None
    if not _COHORT.search(line):  # "CTDS Inclusion Criteria: <regimen> in Gastric/GEJ Cancer"
        return tumour_heading(line, after_criteria=True)
    cleaned = re.sub(r"(?i)\b(specific\s+)?(inclusion|exclusion)\s+criteria\b|:", "", line)
    return re.sub(r"\s+", " ", cleaned).strip(" -–:,") or None


def split_criteria(text: str) -> list[Criterion]:
    """Criteria in reading order, not yet interpreted."""
    out: list[Criterion] = []
    kind = "inclusion"
    cohort: str | None = None
    current: Criterion | None = None
    base_indent: int | None = None
    lead_in: Criterion | None = None  # a lead-in whose numbered children are criteria of their own
    options_of: Criterion | None = None  # "… one of the following:" whose numbered options follow it
    marked: tuple[Criterion, Mark | None] | None = None  # an item and its list mark …
    examples: tuple[Criterion, Mark] | None = None  # … of one whose examples follow it
    blank = under_list = False  # a blank line just passed; the last line was a deeper sub-bullet
    path: tuple[str, ...] = ()  # the module/part headings above (heading_groups.py) …
    top: str | None = None  # … and the kind of the outer ones
    marks: list[tuple[int, tuple[str, ...]]] = []  # (first criterion, path) at each change of path
    roles: list[tuple[int, str | None]] = []  # (first criterion, role) at "Controls:" … (study_roles)
    headed = False  # a line naming inclusion or exclusion was read (headingless.py when not)
    # "CTDS Exclusion Criteria:" with its cohort's name on the next line (ASP2138, NCT05365581: the
    # Japan and Korea CAPOX cohort's exclusions; the UL and UO reviewers)
    bare_header: str | None = None
    for raw in lines(unescape(text)):
        if not raw.strip():
            blank = True
            continue
        header_above, bare_header = bare_header, None
        after_blank, after_list, under_list = blank, blank and under_list, False
        blank = False
        bullet = _BULLET.match(raw)
        stripped = raw.strip()
        if (role := study_roles.role_heading(bullet.group(2) if bullet else stripped)) is not None:
            roles.append((len(out), role or None))
            current, base_indent = None, None
            continue
        if bullet is None:
            header = _header_kind(stripped)
            if (
                header
                and (
                    stripped.endswith(":")
                    or "criteria" in stripped.casefold()
                    or _BARE_HEADER.match(stripped)
                )
                and len(stripped) < 160
            ):
                kind, headed = header, True
                study_roles.ends_at_heading(roles, len(out))
                cohort = _header_cohort(stripped)
                current, base_indent, path, top = None, None, (), None
                marks.append((len(out), path))
                qualified_header = not re.match(r"(?i)^(key )?(inclusion|exclusion) criteria\s*:$", stripped)
                bare_header = (
                    stripped if cohort is None and qualified_header and stripped.endswith(":") else None
                )
                continue
            if (
                header_above
                and stripped.endswith(":")
                and (named := tumour_heading(f"{header_above} {stripped}")) is not None
            ):
                cohort = named
                continue
            if population_heading(raw):  # "Phase 1 enrollment population:": its items are alternatives
                current = options_of = Criterion(stripped, kind, cohort, paragraph=True)
                out.append(current)
                continue
            if (group := groups.group_heading(raw)) is not None:  # "Module 1:", "Part A:", "All Panels"
                path, top = groups.next_path(path, top, *group)
                current, base_indent = None, None
                marks.append((len(out), path))
                continue
            if for_all_participants(raw):  # "For all participants in combination therapy:"
                cohort, current, base_indent = None, None, None
                roles.append((len(out), study_roles.group_role(raw)))  # the cohorts it names
                continue
            if (named := cohort_heading(raw) or tumour_heading(raw)) is not None:  # "Substudy 01 and 02"
                cohort, current, base_indent = named, None, None
                study_roles.ends_at_heading(roles, len(out))
                kind = _header_kind(stripped.partition(":")[0]) or kind  # "… Exclusion Criteria: <cohort>"
                if not stripped.rstrip(":").endswith(named):  # "Cohort A: HER2-positive …" says more
                    current = Criterion(stripped, kind, cohort)
                    out.append(current)
                continue
            # after a blank line: a topic heading ("Other Medical Conditions") closes the item above; a
            # sentence at the margin after an item written as a paragraph is the next item (a list
            # without bullets, its items separated by blank lines: issue 15, seventh blind set)
            ended = after_blank and current is not None and current.text.endswith(".")
            if ended and raw == raw.lstrip() and topic_heading(stripped):
                current, base_indent, lead_in = None, None, None
                continue
            # … and after a blank line even without one, when the items are paragraphs ("… 10.) patients
            # who have exhausted conventional systemic therapy options" / "Patients with locally advanced
            # disease should be unresectable …": TIL, NCT03935893; twenty-sixth session, WG)
            new_paragraph = (
                after_blank
                and current is not None
                and current.paragraph
                and (ended or (raw == raw.lstrip() and not current.text.endswith((":", ",", ";", "-"))))
            )
            # a list without marks, one item a line (a registry copy that lost its bullets: "… 0 or 1.\n
            # Resolved acute effects of any prior therapy."): a sentence at the margin after an item
            # written as a paragraph that ended with a full stop is the next item (thirteenth blind set)
            new_line_item = (
                current is not None
                and current.paragraph
                and current.text.endswith((".", ".)"))
                and raw == raw.lstrip()
            )
            if current is not None and (
                paragraph_lead_in(raw)
                or (after_list and paragraph_after_list(raw))
                or ((new_paragraph or new_line_item) and paragraph_after_list(raw))  # issue 15, TH
            ):
                # "Expansion cohorts may include:"; or a paragraph of its own after a sub-bullet list
                current, base_indent, lead_in = Criterion(stripped, kind, cohort, paragraph=True), None, None
                out.append(current)
            elif current is not None and not standalone_note(stripped) and not standalone_note(current.text):
                current.text += " " + stripped
            elif (
                standalone_note(stripped)
                or (len(stripped) > 3 and not stripped.endswith(":"))
                or (
                    kind == "inclusion"
                    and paragraph_lead_in(raw)
                    and not topic_heading(stripped.rstrip(" :"))
                )
            ):
                # an inclusion's lead-in right under a header ("Histologically confirmed esophageal cancer
                # … including the following subtypes:", twelfth blind set) asks for its tumour: kept, and
                # dropped by parse_criteria if it asks nothing itself. An exclusion's lead-in ("… excluded
                # … if any of the following applies:") only introduces its items.
                current = Criterion(stripped, kind, cohort, paragraph=True)
                out.append(current)
            continue
        indent = len(bullet.group(1).expandtabs(4))
        body = bullet.group(2).strip()
        numbered = not re.match(r"\s*[*\-•+]", raw)
        if current is not None and base_indent is not None and indent > base_indent:
            parent = lead_in or current
            if standalone_note(body):  # a permission under a criterion is not part of it (linked_bullets)
                current = Criterion(body, kind, parent.cohort)
                out.append(current)
                continue
            if lead_in is not None or own_criterion(parent.text, body, numbered):
                lead_in = parent
                owned = cohort_of(parent, current, body)
                current = Criterion(body, kind, owned, sentence=continues(parent.text))
                out.append(current)
                continue
            joiner = " " if current.text.endswith(":") else "; "
            current.subitems.append((indent, len(current.text) + len(joiner)))
            current.text += joiner + body
            under_list = True
            continue
        # numbered options right under a lead-in offering alternatives, at its own indent, are its
        # alternatives (criteria/rules_options.py), not criteria of their own
        if (
            current is not None
            and (numbered or (options_of is current and population_list(current.text)))
            and current.kind == "inclusion"  # an exclusion's list excludes item by item
            and (
                options_of is current
                or offers_options(current.text)
                # "… confirmed by IHC and:" then "1. … 3+ or" "2. … 2+ and FISH positive"
                or (current.text.endswith(":") and re.search(r"\bor$", body) is not None)
            )
        ):
            options_of = current
            current.text += (" " if current.text.endswith(":") else "; ") + body
            continue
        options_of, mark = None, list_mark(raw)
        # the examples of what the criterion above allows, at its margin, marked otherwise (example_lists)
        examples = examples_being_read(examples, marked, current, mark)
        base_indent = indent if base_indent is None or indent < base_indent else base_indent
        lead_in = None
        current = Criterion(body, kind, cohort, example=examples is not None)
        marked = (current, mark)
        out.append(current)
    groups.mark_spans(out, marks, "group")
    groups.mark_spans(out, roles, "role")
    if not headed:
        exclusions_at_the_end(out)
    return [piece for crit in out for item in cohort_items(crit) for piece in _split_lettered(item)]


def _split_lettered(crit: Criterion) -> list[Criterion]:
    return [dataclasses.replace(crit, text=text) for text in lettered(crit.text)]


def parse_criteria(text: str) -> list[Criterion]:
    """Split and interpret: every criterion gets its typed requirements (empty = not understood)."""
    criteria = [
        dataclasses.replace(crit, text=piece)
        for crit in split_criteria(text)
        for clause in split_part_clauses(crit.text)
        for piece in split_notes(clause)
    ]
    for crit in criteria:
        if crit.kind == "inclusion":  # an exclusion naming parts applies, conservatively, to all …
            crit.cohort = crit.cohort or inline_cohort(crit.text)
        else:  # … unless it says it is for one of them only
            crit.cohort = crit.cohort or explicit_cohort(crit.text)
        if only := ONLY_FOR_COHORT.search(crit.text):  # … unless it says it is for one cohort only
            crit.cohort = crit.cohort or only.group(1).strip()
        if crit.example:
            crit.requirements = [dict(EXAMPLE)]
        elif crit.role and (reading := study_roles.role_reading(crit.role)) is not None:
            crit.requirements = reading
        elif standalone_note(crit.text):
            crit.requirements = note_reading(crit.text)
        else:
            text = without_named_cohort(crit.text)
            crit.requirements = interpret(text, crit.kind) or (
                interpret(f"{crit.sentence} {text}", crit.kind) if crit.sentence else []
            )
    label_tumour_cohorts(criteria)
    open_joined_cohorts(criteria)
    read_without_other_tumours_sentences(criteria, interpret)
    beyond_the_held_first_line(criteria)
    apply_trial_her2_definition(criteria)
    set_aside_other_cohorts_clauses(criteria)
    without_other_cohorts_sentences(criteria, lambda text, kind: interpret(without_named_cohort(text), kind))
    groups.set_aside_other_groups(criteria)
    join_alternatives(criteria)
    listed_exceptions(criteria)
    kept = [
        c
        for at, c in enumerate(criteria)
        if c.requirements or at + 1 == len(criteria) or not _bare_lead_in(c.text, c.kind)
    ]
    return study_roles.to_named_groups(
        orphans_to_all(part_labels(scope_excepted_parts(kept, _for_part), _for_part)), _for_part
    )


# A record whose eligibility text lists no exclusion criteria (a copy cut short, or a registry entry
# written carelessly): no study excludes nobody, so "eligible" would rest on criteria never read. The
# product's note, in brackets, stands for the missing list and stays open (issue 15: every output says
# what it rests on; tenth blind set, NCT06922279, one truncated inclusion).
NO_EXCLUSIONS_LISTED = "[The registry record lists no exclusion criteria.]"


def with_unlisted_exclusions_noted(criteria: list[Criterion]) -> list[Criterion]:
    """``criteria`` as the registry stores them: with the note above when they hold no exclusion."""
    if not criteria or any(c.kind == "exclusion" for c in criteria):
        return criteria
    return [*criteria, Criterion(NO_EXCLUSIONS_LISTED, "exclusion", None, [{"type": "exclusions_unlisted"}])]


def _for_part(crit: Criterion, part: str) -> Criterion:
    return Criterion(crit.text, crit.kind, part, copy.deepcopy(crit.requirements), crit.group)


def _bare_lead_in(text: str, kind: str) -> bool:
    """A lead-in ending with ':' ("Disease characteristics:", "Regarding prior therapy:") with items
    after it; an inclusion's is kept when it asks for one of its items. An exclusion's "any of the
    following" asks nothing beyond its items, each of which excludes (twelfth blind set, NeoSCOPE)."""
    return text.endswith(":") and len(text) < 120 and (kind == "exclusion" or not OPTIONS.search(text))
