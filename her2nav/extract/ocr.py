"""OCR of page images with the Debian ``tesseract`` binary, and PDF page rasterising with ``pdftoppm``.

Per page: Tesseract's orientation and script detection (OSD) turns a rotated page upright and picks
the Chinese model for a Han page; otherwise a first pass in English, and when that output does not look
like English words (a Chinese page read as English gives short junk tokens) a second with the Chinese
model.

The Chinese model alone (``chi_sim``, which reads Latin letters and digits too) and not ``chi_sim+eng``:
with both, Tesseract reads short Chinese runs as English junk ("（贲门-胃底）" as "(AM-BE)", "2025年4月24日"
as "2025445248"). Measured on the six Chinese outside scans (``bench/extract_outside.py --scans``),
character error rate against their source text 9.9 % with ``chi_sim+eng``, 6.7 % with ``chi_sim``, 5.7 %
with ``chi_sim`` on a page smoothed by ``clean.HAN_STEPS``; and one model is faster than two.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

from her2nav.extract.clean import CLEAN_STEPS, HAN_STEPS

OCR_DPI = 300
ENGLISH_MIN_CONFIDENCE = 80.0
ENGLISH = "eng"
CHINESE = "chi_sim"  # not chi_sim+eng: see the module docstring
_TIMEOUT_S = 120
# One OpenMP thread per Tesseract process: pages already run in parallel, and Tesseract's own threads
# oversubscribe a small machine badly (measured 2.3 s vs 15.7 s for one page on 2 shared cores).
_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}
_WORD = re.compile(r"[A-Za-z]{3,}")
_TOKEN = re.compile(r"\S+")


class OcrError(Exception):
    """The OCR or rasterising tool failed on this input."""


def _run(args: list[str]) -> str:
    try:
        done = subprocess.run(args, capture_output=True, timeout=_TIMEOUT_S, check=False, env=_ENV)
    except FileNotFoundError as err:
        raise OcrError(f"{args[0]} is not installed") from err
    except subprocess.TimeoutExpired as err:
        raise OcrError(f"{args[0]} took longer than {_TIMEOUT_S} s") from err
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"{args[0]} failed: {message[-1] if message else 'no message'}")
    return done.stdout.decode("utf-8", "replace")


def looks_english(text: str) -> bool:
    """Most tokens are real-looking Latin words (a heuristic for choosing the OCR language)."""
    tokens = _TOKEN.findall(text)
    if len(tokens) < 5:
        return False
    wordy = sum(1 for t in tokens if _WORD.search(t))
    return wordy / len(tokens) >= 0.5


def _mean_confidence(tsv: str) -> float:
    """Mean Tesseract word confidence (0-100) from its TSV output; 0 when no word was read."""
    confidences: list[float] = []
    for line in tsv.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) == 12 and cells[0] == "5" and cells[11].strip():
            try:
                confidences.append(float(cells[10]))
            except ValueError:
                continue
    return sum(confidences) / len(confidences) if confidences else 0.0


def _tesseract(path: Path, lang: str) -> tuple[str, float]:
    with tempfile.TemporaryDirectory(prefix="her2nav-tess-") as tmp:
        base = Path(tmp) / "out"
        _run(["tesseract", str(path), str(base), "-l", lang, "--psm", "3", "txt", "tsv"])
        text = base.with_suffix(".txt").read_text(encoding="utf-8", errors="replace")
        tsv = base.with_suffix(".tsv").read_text(encoding="utf-8", errors="replace")
    return text, _mean_confidence(tsv)


_OSD_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_OSD_ROTATE_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")
_OSD_SCRIPT = re.compile(r"Script:\s*(\w+)")
_OSD_SCRIPT_CONFIDENCE = re.compile(r"Script confidence:\s*([\d.]+)")
# Below these OSD confidences the answer is a guess (an all-capitals English page came out "180°, Greek").
MIN_ROTATE_CONFIDENCE = 5.0
MIN_SCRIPT_CONFIDENCE = 1.0


def _confidence(pattern: re.Pattern[str], out: str) -> float:
    m = pattern.search(out)
    return float(m.group(1)) if m else 0.0


def detect_orientation(path: Path) -> tuple[int, str | None]:
    """Tesseract's orientation and script detection (``--psm 0``, package tesseract-ocr-osd): the
    clockwise rotation that makes the page upright and the script (``Latin``, ``Han``...). A page with
    too little text, an unconfident answer, or a machine without the OSD model gives ``(0, None)``."""
    try:
        out = _run(["tesseract", str(path), "-", "--psm", "0"])
    except OcrError:
        return 0, None
    rotate, script = _OSD_ROTATE.search(out), _OSD_SCRIPT.search(out)
    turn = int(rotate.group(1)) % 360 if rotate else 0
    if _confidence(_OSD_ROTATE_CONFIDENCE, out) < MIN_ROTATE_CONFIDENCE:
        turn = 0
    if script is None or _confidence(_OSD_SCRIPT_CONFIDENCE, out) < MIN_SCRIPT_CONFIDENCE:
        return turn, None
    return turn, script.group(1)


def _upright(path: Path, rotate: int) -> Path:
    from PIL import Image

    turned = path.with_name(f"{path.stem}-upright.pgm")
    with Image.open(path) as image:
        image.rotate(-rotate, expand=True, fillcolor=255).save(turned)
    return turned


def ocr_image(path: Path) -> tuple[str, str]:
    """Text of one image file and the language setting used.

    Tesseract's orientation detection first, on the page as scanned: a page on its side or upside down
    is turned upright. The page is then cleaned with OpenCV (``clean.py``: a skew of a few degrees is
    levelled, grain removed: ``HAN_STEPS`` for a Chinese page). A page in Han script is read with the
    Chinese model. Otherwise English
    first; a page whose English reading is not confident (mean word confidence below
    ``ENGLISH_MIN_CONFIDENCE``) or does not look like English words is read again with the Chinese model.
    """
    with tempfile.TemporaryDirectory(prefix="her2nav-clean-") as tmp:
        rotate, script = detect_orientation(path)  # on the page as scanned: levelling can cost its script
        if rotate in (90, 180, 270):
            path = _upright(path, rotate)
        if script == "Han":
            return _tesseract(_cleaned(path, Path(tmp), HAN_STEPS), CHINESE)[0], CHINESE
        first, confidence = _tesseract(_cleaned(path, Path(tmp)), ENGLISH)
        if confidence >= ENGLISH_MIN_CONFIDENCE and looks_english(first):
            return first, ENGLISH
        return _tesseract(_cleaned(path, Path(tmp), HAN_STEPS), CHINESE)[0], CHINESE


def _cleaned(path: Path, folder: Path, steps: frozenset[str] = CLEAN_STEPS) -> Path:
    """The page after OpenCV clean-up (``clean.py``); the page itself if OpenCV cannot read it."""
    from her2nav.extract.clean import clean_page

    try:
        return clean_page(path, folder, steps)[0]
    except ValueError:
        return path


def ocr_pdf_page(pdf: Path, page: int) -> tuple[str, str]:
    """Rasterise one PDF page (1-based) and OCR it."""
    with tempfile.TemporaryDirectory(prefix="her2nav-ocr-") as tmp:
        stem = Path(tmp) / "page"
        # uncompressed greyscale (PGM): ~20x faster to write than PNG, and Tesseract reads it directly
        args = ["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(OCR_DPI), "-gray", "-singlefile"]
        _run([*args, str(pdf), str(stem)])
        return ocr_image(stem.with_suffix(".pgm"))
