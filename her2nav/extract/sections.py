"""The section model of a report: where each heading starts a section, and what kind of section it is.

A heading is a label at the start of a line followed by a colon. A label the model knows (in English
or Chinese) gives its kind; an unknown label starts a new ``body`` section when it stands alone on its
line or is written in capitals, so that results below an unknown heading never continue a clinical
history. A ``history`` section (clinical details, the original or outside diagnosis) also ends at the
first blank line or at the next label of a Chinese report, whose every line starts with one.

A line with no colon is a heading too when it names a known kind ("INTERPRETIVE GUIDE (for clinician
reference)", "检测方法") or is a short line in capitals ("RESULTS").

Kinds: ``history`` (what was known before this specimen: values quoted from earlier reports),
``legend`` (interpretation keys, reference ranges), ``methods`` (how a test is done and scored: its
scores and cut-offs are no results), ``comment`` (notes, recommendations) and ``body`` (description,
results, diagnosis).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["history", "legend", "methods", "comment", "body"]

_KINDS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        "history",
        re.compile(
            r"clinical(?: (?:history|information|details|diagnosis|data|notes|summary|indication))?"
            r"|(?:relevant |past |medical )?history|pre-?operative diagnosis|referring diagnosis"
            r"|original (?:specimen|diagnosis|report)|previous (?:diagnosis|report|pathology|results?)"
            r"|outside (?:diagnosis|report)|referral diagnosis"
            r"|临床(?:病史|资料|诊断|信息|摘要)?|病史(?:摘要)?|既往(?:史|病史|病理)?|原(?:单位)?(?:病理)?诊断(?:摘要)?"
            r"|原免疫组化(?:结果)?|原报告|病理诊断[(（]送检单位[)）]|治疗前(?:分期|诊断)|术前(?:诊断|分期)",
            re.IGNORECASE,
        ),
    ),
    (
        "legend",
        re.compile(
            r"(?:interpretation|interpretive|scoring) (?:guide|key|criteria|notes?)"
            r"|reference ranges?(?: \(\w+\))?"
            r"|判读标准|评分标准|判定标准|结果判读标准|参考(?:范围|标准)",
            re.IGNORECASE,
        ),
    ),
    (
        "methods",
        re.compile(
            r"(?:[a-z][\w ,&/()]*?[\s-]+)?(?:methods?|methodology|techniques?|test principle)"
            r"|(?:检测|实验|材料(?:与|和)?)?方法(?:学)?|检测方法(?:及|与|和)试剂|试剂(?:与方法)?",
            re.IGNORECASE,
        ),
    ),
    (
        "comment",
        re.compile(r"comments?|notes?|recommendations?|备注|建议|说明|注", re.IGNORECASE),
    ),
)
_LABEL = re.compile(
    r"^[ \t]*(?P<label>[^\s:：\n][^:：\n]{0,39}?)[ \t]*[:：][ \t]*(?P<rest>[^\n]*)$", re.MULTILINE
)
# A line with no colon: a heading when it names a known kind or is short and in capitals.
_BARE_LINE = re.compile(r"^[ \t]*(?P<label>[^\s:：\n][^:：\n]{1,59}?)[ \t]*$", re.MULTILINE)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Section:
    start: int
    name: str | None
    kind: Kind


def _kind_of(label: str) -> Kind | None:
    clean = re.sub(r"\s+", " ", label.strip()).strip("*#- ")
    for kind, pattern in _KINDS:
        if pattern.fullmatch(clean):
            return kind
    return None


def _bare_heading(label: str, after_blank: bool) -> Kind | None:
    """The kind of a line without a colon that is a heading, else None. A line in capitals counts only
    after a blank line (OCR'd reports are often in capitals throughout)."""
    core = re.sub(r"\s*[(（][^)）]*[)）]\s*$", "", label).strip()
    if not core or len(core.split()) > 6 or re.search(r"\d|[|+=.,;]", core):
        return None
    kind = _kind_of(core)
    if kind is not None:
        return kind
    if not after_blank:
        return None
    letters = [c for c in core if c.isalpha()]
    if len(letters) >= 4 and all(c.isascii() and c.isupper() for c in letters):
        return "body"
    return None


def _is_heading(label: str, rest: str) -> bool:
    """An unknown label is a heading when it stands alone on its line or is written in capitals."""
    if len(label.split()) > 6:
        return False
    if not rest.strip():
        return True
    if re.search(r"\d", label):
        return False  # "HER2 (4B5): 3+" is a result line
    letters = [c for c in label if c.isalpha() and c.isascii()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def find_sections(text: str) -> list[Section]:
    sections: list[Section] = []
    chinese = bool(_CJK.search(text[:2000]))
    for m in _BARE_LINE.finditer(text):
        after_blank = m.start() == 0 or text[: m.start()].rstrip(" \t").endswith(("\n\n", "\f"))
        kind = _bare_heading(m.group("label"), after_blank or m.start() == 0)
        if kind is not None:
            sections.append(Section(m.start("label"), m.group("label").strip(), kind))
    bare = sorted(sections, key=lambda s: s.start)
    sections = []
    for m in _LABEL.finditer(text):
        while bare and bare[0].start < m.start("label"):
            sections.append(bare.pop(0))
        label, rest = m.group("label"), m.group("rest")
        if re.fullmatch(r"[\d\s./:-]+", label):
            continue  # a time or a number, not a label
        kind = _kind_of(label)
        if kind == "legend" and rest.strip() and not re.search(r"\d", rest):
            continue  # "Scoring criteria: gastric (Hofmann)" names the rules used, it lists no key
        current = sections[-1] if sections else None
        if kind is None:
            if current is not None and current.kind == "history" and chinese and _CJK.search(label):
                kind = "body"  # a Chinese report's next labelled line ends the quoted history
            elif _is_heading(label, rest):
                kind = "body"
            else:
                continue
        sections.append(Section(m.start("label"), label.strip(), kind))
    sections.extend(bare)
    return _end_history_at_blank_lines(text, sections)


def _end_history_at_blank_lines(text: str, sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for i, section in enumerate(sections):
        out.append(section)
        if section.kind != "history":
            continue
        limit = sections[i + 1].start if i + 1 < len(sections) else len(text)
        blank = _BLANK_LINE.search(text, section.start, limit)
        if blank:
            out.append(Section(blank.end(), None, "body"))
    return out


class SectionMap:
    """Section lookups by offset."""

    def __init__(self, text: str) -> None:
        self.sections = find_sections(text)
        self._starts = [s.start for s in self.sections]

    def at(self, pos: int) -> Section | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.sections[i] if i >= 0 else None

    def kind_at(self, pos: int) -> Kind:
        section = self.at(pos)
        return section.kind if section else "body"

    def name_at(self, pos: int) -> str | None:
        """The heading of the section holding ``pos`` (a body paragraph after a history keeps no name)."""
        section = self.at(pos)
        return section.name if section else None
