"""What every field rule shares: the suggested finding, the report context (legend blocks,
sections, specimen labels) and the assertion cues (pending, historical, negated)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import cached_property
from typing import Literal

from her2nav.extract.normalise import NormalisedText
from her2nav.extract.scope import MentionScope
from her2nav.extract.sections import Kind, SectionMap

Assertion = Literal["present", "negated", "pending", "historical"]
Value = str | float | None


@dataclass(frozen=True)
class Hit:
    """A field value found at normalised offsets [start, end) of the cleaned text."""

    field: str
    value: Value
    start: int
    end: int
    assertion: Assertion = "present"
    note: str | None = None
    extra: dict[str, str] = dc_field(default_factory=dict)


# Legend / reference blocks: scoring keys, reference ranges and method statements that list
# several scores. A score inside such a block is not a finding about this patient.
_LEGEND_CUES = re.compile(
    r"scored as|reference ranges?|scale of 0\s*-\s*3"
    r"|scoring (?:system|criteria|key)\s*:(?!\s*(?:the\s+)?(?:gastric|breast|hofmann|r[uü]schoff|toga|asco))"
    r"|(?:is|are) (?:considered )?(?:negative|positive|equivocal|indeterminate|amplified)"
    r"\b(?=[^.;]{0,20}[0-3]\+)"
    r"|\b[0-3]\+?\s*(?:and|or|/)\s*[0-3]\+?\s*(?:are|is)\s*(?:considered\s*)?(?:negative|positive)"
    r"|interpretation (?:guide|key)|scoring (?:guide|key)"
    r"|(?:is|are) considered (?:negative|positive|equivocal)"
    r"|(?:is|are) (?:interpreted|defined|reported) as (?:follows|negative|positive|equivocal)"
    r"|\b[0-3]\s*\+?\s*=\s*(?:no|weak|faint|moderate|strong|negative|positive|equivocal|complete|incomplete)"
    r"|\bnegative\s*(?:<|<=)|\bpositive\s*(?:>|>=)|a ratio of [\d.]+ or (?:greater|more|higher|less)"
    r"|\bfor (?:all|any) [0-3]\+|\bif\b[^.]{0,30}\b[0-3]\+"
    r"|(?:ratio|copy number)\s*(?:>=|<=|<|>)\s*\d|判读标准|评分标准|判定标准",
    re.IGNORECASE,
)
LEGEND_CUES = _LEGEND_CUES  # for rules that look at a statement with its conditional asides removed
_SCORE_TOKEN = re.compile(r"(?<![\d.])([0-3])\s?\+(?!\s*(?:in\s+)?\d{1,3}\s*%|\d)")
_FULL_STOP = re.compile(r"\.\s|。|\n")
_LEGEND_STOP = re.compile(
    r"therefore|this (?:specimen|carcinoma|tumou?r|case)|\bresults?\s*:|in this case|本例|结果[:：]",
    re.IGNORECASE,
)
# NFKC has folded the full-width semicolon; a Chinese sentence ends without a following space.
_SENTENCE_END = re.compile(r"[.;](?:\s|(?=[\u4e00-\u9fff]))|[。；]|\n")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")

_SPECIMEN = re.compile(
    r"\b(?:part|specimen|block(?: number)?)\s*[#:]?\s*(?P<label>[A-Z]\d?"
    r"|\d{1,2})\b|(?:标本|蜡块)\s*[:：]?\s*(?P<zh>[A-Z0-9]{1,3})",
    re.IGNORECASE,
)

_PENDING = re.compile(
    r"pending|to follow|will follow|will be (?:reported|issued|performed"
    r"|sent)|being repeated|(?:has|have) been (?:ordered|requested|sent)"
    r"|(?:is|are|was|were) (?:ordered|requested)|in progress|under process"
    r"|待回报|待报|另发|补充报告(?:待|形式)|检测中|已(?:登记|申请|送检)",
    re.IGNORECASE,
)
# Strong cues count anywhere in the 150 characters before a hit; weak ones only in its sentence.
_HISTORICAL = re.compile(
    r"prior (?:biopsy|specimen|report)|performed on (?:another|the prior|a prior|outside)"
    r"|as per (?:the )?previous|previous (?:biopsy|specimen|report|pathology)|outside (?:report|institution)"
    r"|(?:original|earlier|referring|initial|diagnostic) (?:report|biopsy|diagnosis|specimen|institution)"
    r"|pre-?treatment (?:biopsy|specimen)|outside (?:slides?|HER2|score|block)"
    r"|既往|外院|前次|原单位|原(?:病理|报告|诊断|免疫组化)|治疗前|术前活检|引自",
    re.IGNORECASE,
)
_HISTORICAL_WEAK = re.compile(r"previously|reported to be|history of", re.IGNORECASE)
_NEGATION = re.compile(
    r"\b(?:no|negative for|free of|without|absence of"
    r"|absent)\b[^.;]{0,30}$|未见[^。；]{0,10}$|无[^。；]{0,4}$",
    re.IGNORECASE,
)


class Context:
    """The cleaned report text plus the lookups every rule needs."""

    def __init__(self, norm: NormalisedText) -> None:
        self.norm = norm
        self.text = norm.text
        self.lower = norm.text.lower()

    @cached_property
    def folded(self) -> str:
        """Lower-case text with the same offsets: case-sensitive patterns on it are ~3x faster than
        IGNORECASE on the text (used by the rules that scan the whole report for many words)."""
        low = self.text.lower()
        if len(low) == len(self.text):  # lower() only ever lengthens (e.g. U+0130): equal means aligned
            return low
        return "".join(c.lower() if len(c.lower()) == 1 else c for c in self.text)

    def mentions(self, *words: str) -> bool:
        """A cheap pre-check: does any of these (lower-case) words occur at all?"""
        return any(w in self.lower for w in words)

    @cached_property
    def legend_regions(self) -> list[tuple[int, int]]:
        regions: list[tuple[int, int]] = []
        text = self.text
        for cue in _LEGEND_CUES.finditer(text):
            if re.match(r"[\u4e00-\u9fff]", cue.group(0)):
                # "（胃癌判读标准）" after a result names the rules; only "判读标准：…" / "…为" lists them
                if not re.match(r"\s*(?:[:：]|为|如下)", text[cue.end() : cue.end() + 4]):
                    continue
                start = cue.start()
            else:
                back = max(0, cue.start() - 160)
                ends = [m.end() for m in _SENTENCE_END.finditer(text, back, cue.start())]
                start = ends[-1] if ends else back
            limit = min(len(text), cue.end() + 300)
            blank = _BLANK_LINE.search(text, cue.end(), limit)
            limit = blank.start() if blank else limit
            stop = _LEGEND_STOP.search(text, cue.end(), limit)
            end = stop.start() if stop else limit
            if regions and start <= regions[-1][1]:
                regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
            else:
                regions.append((start, end))
        return regions

    @cached_property
    def _score_clusters(self) -> list[tuple[int, int]]:
        """Three or more different IHC scores within 100 characters (not given as "% of cells"): a key."""
        found = [(m.start(), m.end(), m.group(1)) for m in _SCORE_TOKEN.finditer(self.text)]
        clusters: list[tuple[int, int]] = []
        for i, (start, _, _) in enumerate(found):
            near = [
                f for f in found[i:] if f[0] - start <= 100 and not _FULL_STOP.search(self.text, start, f[0])
            ]
            if len({f[2] for f in near}) >= 3:
                clusters.append((start, near[-1][1]))
        return clusters

    @cached_property
    def scope(self) -> MentionScope:
        return MentionScope(self.text, self.sections, self.folded)

    def in_legend(self, start: int, end: int) -> bool:
        """Is [start, end) a mention (a key, method, cut-off, condition), not a value of this specimen?"""
        return self.scope.covers(start, end) or self.in_key(start, end)

    def in_key(self, start: int, end: int) -> bool:
        """Is [start, end) inside a scoring key, legend or reference block?"""
        if self.section_kind(start) == "legend":
            return True
        if any(s <= start < e or s < end <= e for s, e in self._score_clusters):
            return True
        return any(s <= start and end <= e for s, e in self.legend_regions)

    @cached_property
    def sections(self) -> SectionMap:
        return SectionMap(self.text)

    def section_at(self, pos: int) -> str | None:
        return self.sections.name_at(pos)

    def section_kind(self, pos: int) -> Kind:
        return self.sections.kind_at(pos)

    def specimen_at(self, pos: int) -> str | None:
        found = None
        for m in _SPECIMEN.finditer(self.text, max(0, pos - 1500), pos):
            found = m.group("label") or m.group("zh")
        return found.upper() if found else None

    def sentence_before(self, pos: int, width: int = 160) -> str:
        """Text from the start of the sentence holding ``pos`` (at most ``width`` back) to ``pos``."""
        back = max(0, pos - width)
        ends = [m.end() for m in _SENTENCE_END.finditer(self.text, back, pos)]
        return self.text[ends[-1] if ends else back : pos]

    def assertion_for(self, start: int, end: int, *, after: int = 80) -> Assertion:
        """Pending / historical cues in the sentence before the hit, in it or just after it, and the
        section: a value in a clinical history or a quoted original diagnosis is historical."""
        before = self.sentence_before(start, 200)
        line_start = self.text.rfind("\n", 0, start) + 1
        same_line = self.text[max(line_start, start - 150) : start]  # OCR often breaks sentences apart
        inside = self.text[start:end]
        following = self.text[end : end + after]
        stop = _SENTENCE_END.search(following)
        rest_of_statement = following[: stop.start() if stop else 40][:40]
        if _PENDING.search(inside) or _PENDING.search(rest_of_statement):
            return "pending"
        statement = self.text[max(self.scope.statement_start(start), start - 200) : start]
        if _HISTORICAL.search(same_line + inside) or _HISTORICAL.search(statement):
            return "historical"
        if _HISTORICAL_WEAK.search(before) or re.match(
            r"\W{0,5}(?:as per |from )?(?:previous|prior|outside)", following, re.IGNORECASE
        ):
            return "historical"
        if self.section_kind(start) == "history":
            return "historical"
        return "present"

    def negated(self, start: int) -> bool:
        return bool(_NEGATION.search(self.sentence_before(start, 60)))
