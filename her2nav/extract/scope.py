"""Assertion scope: where a value is asserted about this specimen, and where it is only mentioned.

A value counts only when it is said about this specimen: a result line, a table cell, a diagnosis.
The same words are mentions when they are

- inside a methods or legend section (how the test is done and scored, what a result would mean);
- in a statement that is a condition or a template ("if", "would", "若", "如为"), or in the clause of
  a definition ("is defined as", "为阳性" after a cut-off), a cut-off or threshold, or a likelihood
  ("low probability of MSI-H");
  a condition that introduces a list ("若确诊…应行 HER2 检测：") covers the list up to the end of its
  item or paragraph (a line break within 300 characters; a report with no line breaks has no lists),
  while an English form question ("If adenocarcinoma, is it arising in: Barrett's mucosa") ends at
  its colon: the answer is asserted;
- in the indented list below "The following studies have been ordered:" (each test described);
- a status used as the name of a class of tumours ("MSI-H tumours may be eligible").

``MentionScope.covers(start, end)`` answers for a value at [start, end) of the cleaned text.
"""

from __future__ import annotations

import bisect
import re

from her2nav.extract.sections import SectionMap

# A statement ends at a full stop or semicolon followed by a space (not the one in "18.2"), at a
# Chinese full stop or semicolon, or at a line end, unless the next line carries on an indented or
# lower-case continuation of an unfinished line (one ending in a comma or a word, not a colon); OCR
# puts blank lines inside sentences, so a blank line followed by a lower-case word does not end one.
_STATEMENT_END = re.compile(
    r"[.;](?=\s|$)|;(?=[\u4e00-\u9fff])|[。；]|\n[ \t]*\n(?![ \t]*[a-z])|(?<=[:：])\n"
    r"|(?<![,，、(（/-])\n(?![ \t]+\S)(?![a-z(])"
)
# A condition or template covers the rest of its statement (from the start of its clause).
_CONDITION = re.compile(
    r"\bif\b|\bwould\b|\bwhether\b|\bshould\b|\bin (?:some|the) (?:trials?|protocols?|studies)"
    r"|若|如果|如为|如系|一旦|假如|适用于",
)
# A definition or cut-off covers only its own clause: "Claudin 18.2 (cut-off >= 75%): 60%" keeps 60.
_DEFINITION = re.compile(
    r"(?:is|are) defined as|\bdefin(?:ed|ition)\b|\bcut-?offs?\b|\bthresholds?\b"
    r"|\b(?:probability|likelihood|possibility|risk) of\b|可能性"
    r"|(?:is|are) (?:also )?considered (?:positive|negative|amplified|equivocal|high|low)"
    r"|\b(?:positive|negative|equivocal|amplified|high|low)\s*=\s*(?:ihc|ish|cps|>|<|\d)"
    r"|定义为|界值|阈值|临界值"
    r"|(?:>|<|>=|<=)\s*\d+(?:\.\d+)?\s*%?\s*(?:为|判读为|判定为|即为)(?:阳性|阴性|扩增|高表达)"
    r"|(?:为|判读为|判定为)(?:阳性|阴性)[^。；;\n]{0,6}(?:>|<|>=|<=)",
)
_CLAUSE_END = re.compile(r"[,，)）]")
# A list item or paragraph ends at a blank line or at a line that starts a new item or label.
_ITEM_END = re.compile(
    r"\n[ \t]*\n|\n[ \t]*(?:\d{1,2}\s*[.、)）]|[-•*]\s|[^\s:：\n]{1,20}[:：])",
)
# "The following tests have been ordered:" and the indented lines listing them.
_ORDERED = re.compile(
    r"(?:has|have) been (?:ordered|requested)|(?:are|were) (?:ordered|requested|pending)|will be reported"
    r"|to follow|已(?:申请|登记|送检)|检测中|待回报",
)
# The cue patterns are lower-case and run on the lower-cased text (same offsets): ~3x faster than
# IGNORECASE over a whole report.
_ANY_CUE = re.compile("|".join(f"(?:{p.pattern})" for p in (_ORDERED, _DEFINITION, _CONDITION)))
_INDENTED_LINES = re.compile(r"\n?(?:[ \t]+\S[^\n]*(?:\n|$))*")
# A condition or cut-off covers its clause: "HER2 2+, ISH if requested" keeps its score.
_CLAUSE = re.compile(r"[,，(（:：]")
_CLASS_NOUN = re.compile(
    r"\s*(?:/\s*\w+\s*)?(?:tumou?rs|cancers|patients|cases|carcinomas|population|subgroup|肿瘤患者|患者|人群)\b",
    re.IGNORECASE,
)


def statements(text: str, ends: re.Pattern[str] = _STATEMENT_END) -> list[tuple[int, int]]:
    """[start, end) of each statement of the text, in order (``ends``: what closes a statement)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in ends.finditer(text):
        if m.end() - start > 1:
            spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


class MentionScope:
    """The regions of a report where values are mentioned rather than asserted."""

    def __init__(self, text: str, sections: SectionMap, folded: str | None = None) -> None:
        """``folded``: the lower-cased text with the same offsets (``text.lower()`` when not given)."""
        self.text = text
        self.sections = sections
        low = folded if folded is not None else text.lower()
        if len(low) != len(text):
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        regions: list[tuple[int, int]] = []
        spans = statements(text)
        span_starts = [start for start, _ in spans]
        self._spans, self._span_starts = spans, span_starts
        # one pass over the text for any cue; only the statements holding one are looked at again
        cued = sorted(
            {spans[bisect.bisect_right(span_starts, m.start()) - 1] for m in _ANY_CUE.finditer(low)}
        )
        for start, end in cued:
            if _ORDERED.search(low, start, end) and text[start:end].rstrip().endswith((":", "：")):
                listed = _INDENTED_LINES.match(text, end)
                if listed and listed.end() > end:
                    regions.append((end, listed.end()))  # the tests ordered, described: no results
                continue
            for found in _DEFINITION.finditer(low, start, end):
                close = _CLAUSE_END.search(text, found.end(), end)
                self._add(regions, self._clause_start(start, found.start()), close.start() if close else end)
            cue = _CONDITION.search(low, start, end)
            if cue is None:
                continue
            colon = re.compile(r"[:：]").search(text, cue.end(), end)
            if colon and cue.group(0).isascii() and text[colon.end() : end].strip():
                end = colon.end()  # a form question ("If adenocarcinoma, arising in: Barrett's"): answered
            elif colon:
                item_end = _ITEM_END.search(text, end - 1, end + 300)
                end = item_end.start() if item_end else end
            self._add(regions, self._clause_start(start, cue.start()), end)
        merged: list[tuple[int, int]] = []
        for begin, end in sorted(regions):
            self._add(merged, begin, end)
        self.regions = merged
        self._starts = [s for s, _ in merged]

    def _clause_start(self, start: int, cue: int) -> int:
        clauses = [m.end() for m in _CLAUSE.finditer(self.text, start, cue)]
        return clauses[-1] if clauses else start

    @staticmethod
    def _add(regions: list[tuple[int, int]], begin: int, end: int) -> None:
        if regions and regions[-1][0] <= begin <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
        else:
            regions.append((begin, end))

    def statement_start(self, pos: int) -> int:
        """Where the statement holding ``pos`` starts (a line wrapped mid-sentence does not end it)."""
        i = bisect.bisect_right(self._span_starts, pos) - 1
        return self._spans[i][0] if i >= 0 else 0

    def in_statement(self, start: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and start < self.regions[i][1]

    def covers(self, start: int, end: int) -> bool:
        if self.sections.kind_at(start) in ("legend", "methods"):
            return True
        return self.in_statement(start) or self.in_statement(max(start, end - 1))

    def names_a_class(self, end: int) -> bool:
        """The status just before ``end`` names a class of tumours or patients, not this one."""
        return bool(_CLASS_NOUN.match(self.text, end))
