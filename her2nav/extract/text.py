"""Input bytes → extracted text with page boundaries.

PDF pages use their text layer (pypdf); a page without one is rasterised and OCR'd. Images are
OCR'd. Plain text is decoded (UTF-8, then GB18030 for Chinese). Pages are joined with a form feed,
so offsets index one string (``Document.text``) and ``page_of`` gives the 1-based page.
"""

from __future__ import annotations

import bisect
import io
import logging
import os
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from her2nav.extract.ocr import OcrError, ocr_image, ocr_pdf_page

PAGE_BREAK = "\f"
MIN_TEXT_LAYER_CHARS = 20  # fewer characters than this on a page: treat it as scanned
MAX_OCR_WORKERS = max(1, min(4, os.cpu_count() or 2))  # bounded pool: one Tesseract per core


class UnreadableInput(Exception):
    """The bytes are not a readable PDF, image or text file."""


# Called after each OCR'd page: (pages done, pages to OCR, seconds that page took).
Progress = Callable[[int, int, float], None]


@dataclass(frozen=True)
class Document:
    text: str
    page_starts: tuple[int, ...]
    ocr: bool
    ocr_languages: tuple[str, ...] = ()
    page_seconds: tuple[float, ...] = ()  # OCR time of each page (0 for a page with a text layer)

    @property
    def pages(self) -> int:
        return len(self.page_starts)

    def page_of(self, pos: int) -> int:
        return bisect.bisect_right(self.page_starts, pos)


def _join(
    pages: list[str], *, ocr: bool, languages: tuple[str, ...] = (), seconds: tuple[float, ...] = ()
) -> Document:
    starts: list[int] = []
    pos = 0
    for page in pages:
        starts.append(pos)
        pos += len(page) + len(PAGE_BREAK)
    return Document(PAGE_BREAK.join(pages), tuple(starts), ocr, languages, seconds)


def _timed_ocr(
    work: Callable[[int], tuple[str, str]], items: list[int], progress: Progress | None
) -> list[tuple[str, str, float]]:
    """OCR the pages on a bounded pool, in order, reporting each page as it is done."""

    def one(i: int) -> tuple[str, str, float]:
        began = time.perf_counter()
        text, lang = work(i)
        return text, lang, time.perf_counter() - began

    results: list[tuple[str, str, float]] = []
    with ThreadPoolExecutor(max_workers=MAX_OCR_WORKERS) as pool:
        try:
            for result in pool.map(one, items):
                results.append(result)
                if progress is not None:
                    progress(len(results), len(items), result[2])
        except OcrError as err:
            raise UnreadableInput(f"OCR failed: {err}") from err
    return results


def sniff(data: bytes, content_type: str | None = None) -> str:
    """``pdf``, ``image`` or ``text`` from the magic bytes (the content type only breaks ties)."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if (
        data[:8] == b"\x89PNG\r\n\x1a\n"
        or data[:3] == b"\xff\xd8\xff"
        or data[:4] in (b"II*\x00", b"MM\x00*")
    ):
        return "image"
    if content_type and content_type.startswith("image/"):
        return "image"
    return "text"


def _decode_text(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnreadableInput("not a PDF, image or text file (binary content)")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableInput("text is neither UTF-8 nor GB18030")


def _pdf_pages(data: bytes, progress: Progress | None = None) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings are not for the user

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableInput("PDF is password-protected: save an unprotected copy and try again")
        layers = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
        raise UnreadableInput(f"PDF cannot be read: {err}") from err
    if not layers:
        raise UnreadableInput("PDF has no pages")
    scanned = [i for i, text in enumerate(layers) if len(text.strip()) < MIN_TEXT_LAYER_CHARS]
    if not scanned:
        return _join(layers, ocr=False)
    languages = ["" for _ in layers]
    seconds = [0.0 for _ in layers]
    with tempfile.TemporaryDirectory(prefix="her2nav-pdf-") as tmp:
        pdf = Path(tmp) / "input.pdf"
        pdf.write_bytes(data)
        results = _timed_ocr(lambda i: ocr_pdf_page(pdf, i + 1), scanned, progress)
        for i, (text, lang, took) in zip(scanned, results, strict=True):
            layers[i], languages[i], seconds[i] = text, lang, took
    return _join(layers, ocr=True, languages=tuple(languages), seconds=tuple(seconds))


def _image_pages(data: bytes, progress: Progress | None = None) -> Document:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        frames = getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, OSError) as err:
        raise UnreadableInput(f"image cannot be read: {err}") from err
    with tempfile.TemporaryDirectory(prefix="her2nav-img-") as tmp:
        paths: list[Path] = []
        for frame in range(frames):
            image.seek(frame)
            path = Path(tmp) / f"page-{frame + 1}.pgm"
            image.convert("L").save(path)  # uncompressed greyscale: fast to write, read directly by Tesseract
            paths.append(path)
        results = _timed_ocr(lambda i: ocr_image(paths[i]), list(range(len(paths))), progress)
    return _join(
        [t for t, _, _ in results],
        ocr=True,
        languages=tuple(lang for _, lang, _ in results),
        seconds=tuple(s for _, _, s in results),
    )


def document_from_text(text: str) -> Document:
    """Text already extracted (form feeds separate pages)."""
    return _join(text.split(PAGE_BREAK), ocr=False)


def document_from_bytes(
    data: bytes, content_type: str | None = None, progress: Progress | None = None
) -> Document:
    """Extract text from PDF, image or text bytes; raise ``UnreadableInput`` with one clear reason.
    ``progress`` is called after each OCR'd page."""
    if not data.strip():
        raise UnreadableInput("file is empty")
    kind = sniff(data, content_type)
    if kind == "pdf":
        return _pdf_pages(data, progress)
    if kind == "image":
        return _image_pages(data, progress)
    return document_from_text(_decode_text(data))
