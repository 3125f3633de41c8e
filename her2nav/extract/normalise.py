"""Normalised text with a map back to the original characters.

Field rules match against a cleaned copy of the extracted text (NFKC, full-width forms folded to
ASCII, common OCR confusions in TNM and IHC scores repaired). Every character of the cleaned copy
remembers the range of original characters it came from, so a match in the cleaned copy can be
reported as a span of the ORIGINAL extracted text (CONTRACT §7: ``span.text`` equals that text).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from her2nav.extract.labels import OCR_LABEL_RULES, Edit

# Characters NFKC leaves alone but that mean the same thing in a report.
_FOLD = {
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2212": "-",  # minus sign
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00a0": " ",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u3000": " ",
}


@dataclass(frozen=True)
class NormalisedText:
    """``text`` is the cleaned copy; ``starts[i]``/``ends[i]`` give the original range of char i."""

    original: str
    text: str
    starts: list[int]
    ends: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covering the normalised [start, end) (end > start)."""
        if end <= start:
            raise ValueError("empty span")
        return self.starts[start], self.ends[end - 1]


def _fold_char(ch: str) -> str:
    if ch < "\u0080":
        return ch
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    return _FOLD.get(unicodedata.normalize("NFKC", ch), unicodedata.normalize("NFKC", ch))


def _apply(
    chars: str, starts: list[int], ends: list[int], edits: list[Edit]
) -> tuple[str, list[int], list[int]]:
    """Apply non-overlapping edits; replacement characters map to the whole replaced original range."""
    if not edits:
        return chars, starts, ends
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for start, end, repl in sorted(edits):
        if start < pos:
            continue  # overlapping edit: keep the first
        out.append(chars[pos:start])
        new_starts.extend(starts[pos:start])
        new_ends.extend(ends[pos:start])
        o_start, o_end = starts[start], ends[end - 1]
        out.append(repl)
        new_starts.extend([o_start] * len(repl))
        new_ends.extend([o_end] * len(repl))
        pos = end
    out.append(chars[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(out), new_starts, new_ends


# --- OCR confusion rules: each is a pattern and a function giving the edits for one match ---------


def _digit_for(ch: str) -> str:
    return "0" if ch in "Oo" else "1"


def _tnm_letter_digit(m: re.Match[str]) -> list[Edit]:
    """``pNO`` → ``pN0``, ``pTl``/``pTI``/``pTic`` → ``pT1``/``pT1c``: a letter where a TNM digit belongs."""
    return [(m.start(2), m.end(2), _digit_for(m.group(2)))]


def _compact_n(m: re.Match[str]) -> list[Edit]:
    """``pT2b NO MX`` / ``pT1cNO(sn)`` / ``T4b, NO, MX``: the N category after a T written with letter O."""
    return [(m.start(1), m.end(1), "0")]


def _score_space(m: re.Match[str]) -> list[Edit]:
    """``3 +`` → ``3+`` (an IHC score split by OCR)."""
    return [(m.start(1), m.end(1), "")]


_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], list[Edit]]], ...] = (
    (re.compile(r"(?<![A-Za-z])([my]?[pP]\s?[TNM])([OoIl|i])(?=[a-d]?(?![A-Za-z]))"), _tnm_letter_digit),
    (
        # also without the p ("T4b, NO, MX"), but "pT2 NO MALIGNANCY" keeps its word
        re.compile(
            r"(?<![A-Za-z])[my]?[pP]?\s?T\s?[0-4][a-d]?(?:\([^)]{0,8}\))?[\s,]{0,3}N([Oo])"
            r"(?=\s*[,.;()]|\s*M\s?[X01x](?![A-Za-z])|\s*$)"
        ),
        _compact_n,
    ),
    (re.compile(r"(?<![\d.])[0-3]( )\+(?!\s*\d)"), _score_space),
)


_OCR_RULES = OCR_LABEL_RULES  # labels.py: one wrong, dropped or extra character in a label


def normalise(original: str, *, ocr: bool = False) -> NormalisedText:
    """Fold Unicode (NFKC, full-width → ASCII) and repair common OCR confusions, keeping the map.

    ``ocr``: the text was read by OCR, so one-character misreadings of labels are repaired too
    (``labels.py``; values never)."""
    if original.isascii():  # the common case: nothing to fold, identity map
        chars = original
        starts = list(range(len(original)))
        ends = list(range(1, len(original) + 1))
    else:
        pieces: list[str] = []
        starts = []
        ends = []
        for i, ch in enumerate(original):
            folded = _fold_char(ch)
            pieces.append(folded)
            if len(folded) == 1:
                starts.append(i)
                ends.append(i + 1)
            else:
                starts.extend([i] * len(folded))
                ends.extend([i + 1] * len(folded))
        chars = "".join(pieces)
    for pattern, rule in _RULES + (_OCR_RULES if ocr else ()):
        if not pattern.search(chars):
            continue
        edits = [edit for m in pattern.finditer(chars) for edit in rule(m)]
        chars, starts, ends = _apply(chars, starts, ends, edits)
    return NormalisedText(original=original, text=chars, starts=starts, ends=ends)
