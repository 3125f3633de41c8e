"""How a prior-therapy inclusion lists its agents (issue 15, class 3; found on a blind set of real
registry records, TG): which listed agents are alternatives, which only describe the lines counted,
and which clauses ask nothing at all. Read by rules_history.prior_therapy."""

from __future__ import annotations

import itertools
import re

from her2nav.trials.criteria.agent_names import known_agents
from her2nav.trials.criteria.rule_text import Req, _has
from her2nav.trials.criteria.therapy_groups import therapy_groups

# A clause that lets in both those who had a therapy and those who did not ("acceptable or not received
# bevacizumab/cetuximab", "whether or not previously treated with X"): it asks nothing.
_EITHER_WAY = (
    r"\b(acceptable|allowed|permitted|eligible) or not (received|treated|given|exposed)\b|\bwhether or not\b"
)
# Agents joined by slashes are alternatives: "paclitaxel/docetaxel", "fluorouracil (5-FU / capecitabine
# / tegafur)" (a regimen given together is written "X + Y" or "X and Y").
_SLASH_RUN = re.compile(r"[\w-]+(?:\s?/\s?[\w-]+)+")
# "at least 2 lines of systemic therapy (anti-PD-(L)1 with platinum or fluoropyrimidines, paclitaxel/
# docetaxel, irinotecan)": a bracket after a count of lines describes what those lines usually were; it
# asks for none of them unless it says so ("including", "must", "containing").
_LINES_DESCRIBED = re.compile(
    r"(\b(lines?|regimens?) of (prior |previous )?(systemic |standard )?(therapy|therapies|treatments?)|"
    r"\blines? (therapy|therapies|treatments?))\s?\((?P<inside>(?:[^()]|\([^()]*\))*)\)"
)
_ASKS = r"includ|must|contain|requir"


def without_either_way(text: str) -> str:
    """``text`` without the clauses (between full stops and semicolons) that let in either way."""
    if "or not" not in text:
        return text
    return "".join("" if _has(_EITHER_WAY, part) else part for part in re.split(r"([.;])", text))


def without_line_description(text: str) -> str:
    if "(" not in text:
        return text
    text = _KINDS_LISTED.sub(_kinds_listed_only, text)
    if "line" not in text:
        return text
    return _LINES_DESCRIBED.sub(_described_lines_only, text)


# "after prior frontline anti-tumor therapy (including ineffective first- and second-line chemotherapy,
# targeted therapy, and immunotherapy …)": a bracket listing kinds of therapy says what the therapy may
# have been, and asks for none of them (eleventh blind set, NCT07212933).
_KINDS_LISTED = re.compile(r"\((including|includes|such as|e\.g\.,?|for example)\s(?P<inside>[^()]*)\)")
_KINDS = (r"chemotherap", r"targeted", r"immunotherap", r"radiotherap|radiation", r"surgery|surgical")


def _kinds_listed_only(m: re.Match[str]) -> str:
    return " " if sum(_has(k, m.group("inside")) for k in _KINDS) >= 2 else m.group(0)


def _described_lines_only(m: re.Match[str]) -> str:
    """The count of lines without its bracket, unless the bracket asks for something."""
    if _has(_ASKS, m.group("inside")):
        return m.group(0)
    return m.group(0)[: m.start("inside") - m.start() - 1]


# "any platinum/fluoropyrimidine or platinum/taxane doublet": inside a doublet or combination the slash
# joins agents given together, and "or" separates the doublets (RAMIRIS-type second-line studies,
# NCT04342910, fifteenth blind set; read as asking for a taxane before).
_DOUBLETS = re.compile(
    r"(?P<run>[\w-]+\s?/\s?[\w-]+(?:(?:\s*,\s*|\s*,?\s*\bor\s+)[\w-]+\s?/\s?[\w-]+)*)"
    r"\s+(?:chemotherapy\s+)?(?:doublets?|combinations?)\b"
)


def doublet_alternatives(text: str, reqs: list[Req]) -> list[Req]:
    """``reqs`` with the groups of each "A/B or C/D doublet" run turned into one ``any_of`` whose options
    each ask for one doublet's agents together."""
    if "/" not in text or not ("doublet" in text or "combination" in text):
        return reqs
    out = list(reqs)
    for m in _DOUBLETS.finditer(text):
        pairs = [set(therapy_groups(pair)) for pair in re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", m["run"])]
        held = {r["group"]: r for r in out if r.get("type") == "prior_therapy"}
        if not all(len(pair) == 2 and pair <= set(held) for pair in pairs):
            continue
        used = [held[g] for pair in pairs for g in pair]
        at = min(out.index(r) for r in used)
        options = [[held[g] for g in sorted(pair)] for pair in pairs]
        out = [r for r in out if r not in used]
        out.insert(at, {"type": "any_of", "options": options})
    return out


def slash_alternatives(text: str, reqs: list[Req]) -> list[Req]:
    """``reqs`` (one prior_therapy requirement per agent group) with the groups a slash run names
    together turned into one ``any_of`` requirement."""
    if "/" not in text:
        return reqs
    return _as_alternatives(reqs, [set(therapy_groups(run)) for run in _SLASH_RUN.findall(text)])


def _as_alternatives(reqs: list[Req], runs: list[set[str]]) -> list[Req]:
    """``reqs`` with the prior_therapy requirements of each run of groups (two or more) joined into
    one ``any_of`` requirement, where the first of them stood."""
    out = list(reqs)
    for named in runs:
        together = [r for r in out if r.get("type") == "prior_therapy" and r["group"] in named]
        if len(together) < 2:
            continue
        at = out.index(together[0])
        out = [r for r in out if r not in together]
        out.insert(at, {"type": "any_of", "options": [[r] for r in together]})
    return out


# Agents named one after another with "or" ("cisplatin or oxaliplatin", "irinotecan- or cisplatin-based",
# "trastuzumab, pertuzumab or lapatinib") are alternatives too (issue 15, seventh blind set: "at least one
# irinotecan- or cisplatin-based" regimen asked for both). What may stand between two names of a run:
_OR_GAP = re.compile(r"\s*(-?\s*(based|containing)\s*)?(,\s*(or\s+)?|/\s*|-?\s*or\s+)(either\s+)?")


# Classes named the same way: "a platinum-containing or fluoropyrimidine-containing regimen", "platinum-
# or fluoropyrimidine-based chemotherapy" (eighteenth blind set, TU, MORPHEUS: both were asked for)
_CLASS_OR_CLASS = re.compile(
    r"\b([a-z]+)(?:-\s?(?:containing|based))?-?\s+(?:and/)?or\s+([a-z]+)-\s?(?:containing|based)\b"
)


def or_alternatives(text: str, reqs: list[Req]) -> list[Req]:
    """``reqs`` with the agents or classes an "or" run names turned into one ``any_of`` requirement."""
    if " or " not in text:
        return reqs
    if "containing" in text or "based" in text:
        pairs = [[therapy_groups(word) for word in m.groups()] for m in _CLASS_OR_CLASS.finditer(text)]
        classes = [{a[0], b[0]} for a, b in pairs if len(a) == 1 and len(b) == 1]
        reqs = _as_alternatives(reqs, classes)
    named = known_agents(text)
    runs: list[list[str]] = []
    run: list[str] = []
    has_or = False
    for (agent, _, end), (following, start, _) in itertools.pairwise(named):
        gap = text[end:start]
        if _OR_GAP.fullmatch(gap):
            run = run or [agent]
            run.append(following)
            has_or = has_or or "or" in gap
            continue
        if has_or:
            runs.append(run)
        run, has_or = [], False
    if has_or:
        runs.append(run)
    return _as_alternatives(reqs, [set(agents) for agents in runs])
