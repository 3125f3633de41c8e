"""Result tables: rows of marker | clone | intensity | % | score | result, with ``|`` borders or columns
aligned by runs of spaces (OCR often keeps the bars and breaks the spacing, or adds blank lines).

A row is a line of three or more cells whose first cell names the marker. A table's header row (a row
naming a percentage column: "%", "% TC", "percent", "阳性率") tells which cell holds the percentage; a
row whose cells OCR merged falls back to its first bare number after the clone.

- CLDN18.2: the percentage cell of its row (the "75%" in a "positive (>= 75%)" cell is a cut-off).
- MMR: a protein row whose cells say lost / absent / negative is a loss (deficient); the four proteins
  each retained in one table are proficient.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from her2nav.extract.fields.base import Context, Hit

_BAR_ROW = re.compile(r"^[ \t]*\|?(?P<body>[^\n|]*(?:\|[^\n|]*){2,})$", re.MULTILINE)
_SPACED_ROW = re.compile(
    r"^[ \t]*(?P<body>\S[^\n]*?(?: {2,}|\t)\S[^\n]*?(?: {2,}|\t)\S[^\n]*)$", re.MULTILINE
)
_PERCENT_HEADER = re.compile(
    r"^(?:%.*|.*\bpercent\w*|.*%\s*(?:TC|tumou?r cells?)|阳性率.*|.*阳性细胞.*)$", re.IGNORECASE
)
_NUMBER = re.compile(r"^(?P<num>\d{1,3}(?:\.\d+)?)\s*%?$")
# a number standing alone in a cell: not a cut-off (">= 75%"), a percentage sign or part of a clone
_BARE_NUMBER = re.compile(r"(?<![\w.<>=/-])(?P<num>\d{1,3}(?:\.\d+)?)(?![\w.%/-])")
_CLDN = re.compile(r"^(?:claudin|CLDN)\s?-?\s?18", re.IGNORECASE)
_PROTEIN = re.compile(r"^(?P<p>MLH1|MSH2|MSH6|PMS2)\b", re.IGNORECASE)
_LOST = re.compile(r"\b(?:loss|lost|absent|negative|deficient)\b|缺失|阴性|不表达|无表达", re.IGNORECASE)
_KEPT = re.compile(r"\b(?:retained|intact|preserved|positive)\b|表达|阳性|完整", re.IGNORECASE)


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


def _cells(ctx: Context, start: int, body: str) -> list[Cell]:
    cells: list[Cell] = []
    pattern = r"[^|]+" if "|" in body else r"\S+(?: \S+)*"
    for m in re.finditer(pattern, body):
        text = m.group(0).strip()
        if text:
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            cells.append(Cell(start + m.start() + lead, start + m.start() + lead + len(text), text))
    return cells


def rows(ctx: Context) -> list[list[Cell]]:
    """Every table row of the report, in order (cached on the context)."""
    cached = ctx.__dict__.get("_table_rows")
    if cached is not None:
        return list(cached)
    found: dict[int, list[Cell]] = {}
    for pattern in (_BAR_ROW, _SPACED_ROW):
        for m in pattern.finditer(ctx.text):
            if m.start() in found:
                continue
            cells = _cells(ctx, m.start("body"), m.group("body"))
            if len(cells) >= 3:
                found[m.start()] = cells
    out = [found[k] for k in sorted(found)]
    ctx.__dict__["_table_rows"] = out
    return list(out)


def _percent_column(table: list[list[Cell]], row: int) -> tuple[int, int] | None:
    """(index of the percentage column, cells in the header) from the nearest header row above."""
    for cells in reversed(table[:row]):
        for i, cell in enumerate(cells):
            if _PERCENT_HEADER.match(cell.text):
                return i, len(cells)
    return None


def cldn18_2_cells(ctx: Context) -> list[Hit]:
    table = rows(ctx)
    hits: list[Hit] = []
    for i, cells in enumerate(table):
        if not _CLDN.match(cells[0].text):
            continue
        column = _percent_column(table, i)
        value: tuple[float, int] | None = None
        if column is not None and column[1] == len(cells):
            number = _NUMBER.match(cells[column[0]].text)
            if number:
                value = float(number.group("num")), cells[column[0]].end
        if value is None:  # cells merged by OCR: the first bare number after the clone
            for cell in cells[2:]:
                bare = _BARE_NUMBER.search(cell.text)
                if bare:
                    value = float(bare.group("num")), cell.start + bare.end()
                    break
        if value is None or value[0] > 100 or ctx.in_legend(cells[0].start, value[1]):
            continue
        hits.append(Hit("cldn18_2", value[0], cells[0].start, value[1]))
    return hits


def mmr_rows(ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    kept: dict[str, list[Cell]] = {}
    for cells in rows(ctx):
        protein = _PROTEIN.match(cells[0].text)
        if protein is None:
            continue
        results = " ".join(c.text for c in cells[1:])
        if _LOST.search(results):
            start, end = cells[0].start, cells[-1].end
            if not ctx.in_legend(start, end):
                hits.append(Hit("mmr", "deficient", start, end, ctx.assertion_for(start, end)))
        elif _KEPT.search(results):
            kept[protein.group("p").upper()] = cells
    if len(kept) == 4 and not hits:
        first = min(c[0].start for c in kept.values())
        last = max(c[-1].end for c in kept.values())
        if last - first < 600:
            hits.append(Hit("mmr", "proficient", first, last, ctx.assertion_for(first, last)))
    return hits
