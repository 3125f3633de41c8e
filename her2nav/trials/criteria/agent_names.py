"""Agent names in criterion text: the names agents.yaml knows (ids, names, synonyms, brands, codes) and
names that look like an anticancer agent but that the knowledge base does not hold.

A prior-therapy exclusion listing several agents ("prior A (brand) or B (code) or C therapy") is
judged on every agent it lists (issue 15, class 3: a dangerous pass came from reading one agent of
three). A listed name the knowledge base does not know cannot be checked against the case's
treatments, so the exclusion cannot be passed: the name is returned for an ``open_parts``
requirement that keeps it unknown and says which name to ask about.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from her2nav.knowledge.agents import vocabulary
from her2nav.trials.criteria.rule_text import STUDY_DOSE


@cache
def _agent_parts() -> tuple[tuple[str, str, str], ...]:
    """(regex part, agent id, anchor) for every agent name and synonym, longest first, so that a
    single scan finds each mention and "trastuzumab deruxtecan" is read as one agent, not also as
    trastuzumab. The anchor is the name's longest literal run (no hyphen or space): a text without it
    cannot contain the name."""
    vocab = vocabulary()
    words: list[tuple[str, str]] = []
    for agent in vocab.by_id.values():
        for name in {agent.name, *agent.synonyms}:
            if (len(name) >= 4 or _SHORT_CODE.fullmatch(name)) and name.isascii():
                words.append((name.casefold(), agent.id))
    words.sort(key=lambda item: -len(item[0]))
    return tuple(
        (
            re.escape(word).replace(r"\-", "[- ]?").replace(r"\ ", r"[\s-]"),
            agent_id,
            max(re.split(r"[- ]", word), key=len),
        )
        if len(word) >= 4
        else (re.escape(word), agent_id, word)  # a short code only as written, hyphen and all
        for word, agent_id in words
    )


# "S-1" (tegafur/gimeracil/oteracil): a name shorter than four letters is read only when it is a
# letter, a hyphen and a digit ("treatment with S-1 within 7 days"; NCT04943653, forty-eighth blind
# set, UY); other short words are too often something else.
_SHORT_CODE = re.compile(r"[A-Za-z]-\d")


@lru_cache(maxsize=4096)
def _agent_pattern(present: tuple[int, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation over the names whose anchors occur (same order as the full list, so the same
    leftmost, longest-first matches as a scan over every name)."""
    parts = _agent_parts()
    groups = {f"a{i}": parts[i][1] for i in present}
    body = "|".join(f"(?P<a{i}>{parts[i][0]})" for i in present)
    return re.compile(r"(?<![a-z0-9])(?:" + body + r")(?![a-z0-9])"), groups


@cache
def _anchors() -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Each distinct anchor of _agent_parts with the indices of the names that have it (85 anchors
    for 103 names: each tested once)."""
    indices: dict[str, list[int]] = {}
    for i, (_, _, anchor) in enumerate(_agent_parts()):
        indices.setdefault(anchor, []).append(i)
    return tuple((anchor, tuple(found)) for anchor, found in indices.items())


def known_agents(text: str) -> list[tuple[str, int, int]]:
    """(agent id, start, end) of every known agent name in ``text`` (lower-cased), left to right."""
    present = [i for anchor, found in _anchors() if anchor in text for i in found]
    if not present:
        return []
    pattern, names = _agent_pattern(tuple(sorted(present)))
    return [(names[m.lastgroup or ""], m.start(), m.end()) for m in pattern.finditer(text)]


# Word endings of international nonproprietary names of anticancer agents (WHO INN stems: -mab
# monoclonal antibodies, -nib kinase inhibitors, -tecan topoisomerase I inhibitors, -platin, -taxel,
# -citabine, -rubicin, -vedotin and -tansine conjugates, -ciclib, -parib, -lisib, -zomib, -limus), and
# development codes (letters, an optional hyphen, three or more digits: "TAS-102", "DS-8201").
_STEMS = r"(?:mab|nib|tecan|platin|taxel|citabine|rubicin|vedotin|tansine|ciclib|parib|lisib|zomib|limus)"
# "x-mab y-tecan"; [a-z](?<![\w-][a-z]) is (?<![\w-])[a-z], spelt to open with the letter (rule_text.py)
_INN_LIKE = re.compile(rf"[a-z](?<![\w-][a-z])[a-z-]*{_STEMS}( [a-z][a-z-]*{_STEMS})?(?![\w-])")
# not registry numbers, tumour markers, classification codes or cluster-of-differentiation targets
_CODE_LIKE = re.compile(r"(?<![\w-])(?!nct|ca-|icd|iso|cd-?\d)[a-z]{2,5}-?\d{3,}[a-z]?(?![\w-])")
# "(e.g. X or Y)", "such as X": examples of a class the criterion names, judged by the class
_EXAMPLES = re.compile(r"\((e\.g\.|eg\b|such as|including|i\.e\.)[^)]*\)")


def inn_like_names(text: str) -> list[str]:
    """Names in ``text`` (lower-cased) shaped like an agent's international nonproprietary name."""
    return [m.group(0) for m in _INN_LIKE.finditer(text)]


def unknown_agent_names(text: str) -> list[str]:
    """Names in ``text`` (lower-cased) shaped like an agent's name or development code that
    agents.yaml does not hold, in order, each once."""
    if not any(ch.isdigit() for ch in text) and not _INN_LIKE.search(text):
        return []
    blanked = text
    for _, start, end in known_agents(text):
        blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    blanked = _EXAMPLES.sub(lambda m: " " * len(m.group(0)), blanked)
    if "first" in blanked or "initial" in blanked:  # the study's own treatment is no prior agent
        blanked = re.sub(STUDY_DOSE, lambda m: " " * len(m.group(0)), blanked)
    found: list[str] = []
    for pattern in (_INN_LIKE, _CODE_LIKE):
        for m in pattern.finditer(blanked):
            name = m.group(0)
            listed = _LISTED_AFTER.search(blanked, 0, m.start()) is not None
            vocab = vocabulary()  # a near miss of a known name is a typo, not another agent
            if listed and name not in found and vocab.resolve(name) is None and vocab.misspelt(name) is None:
                found.append(name)
    return found


# What stands right before a listed agent: a prior-exposure word, a preposition of a treatment, a list
# joint or a bracket ("prior X", "treated with X", "A or X", "A, X", "A (X)", "e.g. X"); a name after
# other words ("absorption of X", "the study drug X") is not listed as a prior agent.
# (Spelt letter-first for speed, rule_text.py: x(?<=\bx) is \bx, and the punctuation as literals.)
_LISTED_AFTER = re.compile(
    r"(p(?<=\bp)rior|p(?<=\bp)revious|p(?<=\bp)reviously|r(?<=\br)eceived|r(?<=\br)eceiving|w(?<=\bw)ith|"
    r"o(?<=\bo)r|a(?<=\ba)nd|i(?<=\bi)ncluding|e(?<=\be)\.g\.|s(?<=\bs)uch as|,|\(|/)\s*((the|a|an|any) )?\Z"
)


# Optional partners of a listed agent ("with or without X", "± X", "and/or X", "or X therapy"): read as
# not required, unless the word is itself a known agent, which then belongs to the list.
_OPTIONAL = re.compile(
    r"with or without [^,;.]*|(±|\+/-)[^,;.]*|and/or (?P<a>[\w-]+)|"
    r"o(?<=\bo)r (?P<b>[\w-]+) (therapy|regimens?)"
)


def drop_optional_partners(text: str) -> str:
    """``text`` without optional partners that name no known agent."""

    def keep_agents(m: re.Match[str]) -> str:
        word = m.group("a") or m.group("b")
        if word and vocabulary().ids_in_group(word.split("-")[0]):  # "and/or fluoropyrimidine-based"
            return m.group(0)
        return m.group(0) if word and vocabulary().resolve(word) is not None else " "

    return _OPTIONAL.sub(keep_agents, text)
