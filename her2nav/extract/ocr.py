"""OCR of page images with the Debian ``tesseract`` binary, and PDF page rasterising with ``pdftoppm``.

Language per page: a first pass in English; when that output does not look like English words (a
Chinese page read as English gives short junk tokens), the page is read again with ``chi_sim+eng``.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

OCR_DPI = 300
_TIMEOUT_S = 120
_WORD = re.compile(r"[A-Za-z]{3,}")
_TOKEN = re.compile(r"\S+")


class OcrError(Exception):
    """The OCR or rasterising tool failed on this input."""


def _run(args: list[str]) -> str:
    try:
        done = subprocess.run(args, capture_output=True, timeout=_TIMEOUT_S, check=False)
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


def ocr_image(path: Path) -> tuple[str, str]:
    """Text of one image file and the language setting used."""
    first = _run(["tesseract", str(path), "-", "-l", "eng", "--psm", "3"])
    if looks_english(first):
        return first, "eng"
    return _run(["tesseract", str(path), "-", "-l", "chi_sim+eng", "--psm", "3"]), "chi_sim+eng"


def ocr_pdf_page(pdf: Path, page: int) -> tuple[str, str]:
    """Rasterise one PDF page (1-based) and OCR it."""
    with tempfile.TemporaryDirectory(prefix="her2nav-ocr-") as tmp:
        stem = Path(tmp) / "page"
        _run(
            [
                "pdftoppm",
                "-f",
                str(page),
                "-l",
                str(page),
                "-r",
                str(OCR_DPI),
                "-gray",
                "-png",
                "-singlefile",
                str(pdf),
                str(stem),
            ]
        )
        return ocr_image(stem.with_suffix(".png"))
