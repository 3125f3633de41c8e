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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from her2nav.extract.ocr import OcrError, ocr_image, ocr_pdf_page

PAGE_BREAK = "\f"
MIN_TEXT_LAYER_CHARS = 20  # fewer characters than this on a page: treat it as scanned
MAX_OCR_WORKERS = max(1, min(4, os.cpu_count() or 2))  # bounded pool: one Tesseract per core


class UnreadableInput(Exception):
    """The bytes are not a readable PDF, image or text file."""


@dataclass(frozen=True)
class Document:
    text: str
    page_starts: tuple[int, ...]
    ocr: bool
    ocr_languages: tuple[str, ...] = ()

    @property
    def pages(self) -> int:
        return len(self.page_starts)

    def page_of(self, pos: int) -> int:
        return bisect.bisect_right(self.page_starts, pos)


def _join(pages: list[str], *, ocr: bool, languages: tuple[str, ...] = ()) -> Document:
    starts: list[int] = []
    pos = 0
    for page in pages:
        starts.append(pos)
        pos += len(page) + len(PAGE_BREAK)
    return Document(PAGE_BREAK.join(pages), tuple(starts), ocr, languages)


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


def _pdf_pages(data: bytes) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings are not for the user

    try:
        reader = PdfReader(io.BytesIO(data))
        layers = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
        raise UnreadableInput(f"PDF cannot be read: {err}") from err
    if not layers:
        raise UnreadableInput("PDF has no pages")
    scanned = [i for i, text in enumerate(layers) if len(text.strip()) < MIN_TEXT_LAYER_CHARS]
    if not scanned:
        return _join(layers, ocr=False)
    languages = ["" for _ in layers]
    with tempfile.TemporaryDirectory(prefix="her2nav-pdf-") as tmp:
        pdf = Path(tmp) / "input.pdf"
        pdf.write_bytes(data)
        with ThreadPoolExecutor(max_workers=MAX_OCR_WORKERS) as pool:
            results = pool.map(lambda i: ocr_pdf_page(pdf, i + 1), scanned)
            try:
                for i, (text, lang) in zip(scanned, results, strict=True):
                    layers[i], languages[i] = text, lang
            except OcrError as err:
                raise UnreadableInput(f"OCR failed: {err}") from err
    return _join(layers, ocr=True, languages=tuple(languages))


def _image_pages(data: bytes) -> Document:
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
        try:
            with ThreadPoolExecutor(max_workers=MAX_OCR_WORKERS) as pool:
                results = list(pool.map(ocr_image, paths))
        except OcrError as err:
            raise UnreadableInput(f"OCR failed: {err}") from err
    return _join([t for t, _ in results], ocr=True, languages=tuple(lang for _, lang in results))


def document_from_text(text: str) -> Document:
    """Text already extracted (form feeds separate pages)."""
    return _join(text.split(PAGE_BREAK), ocr=False)


def document_from_bytes(data: bytes, content_type: str | None = None) -> Document:
    """Extract text from PDF, image or text bytes; raise ``UnreadableInput`` with one clear reason."""
    if not data:
        raise UnreadableInput("file is empty")
    kind = sniff(data, content_type)
    if kind == "pdf":
        return _pdf_pages(data)
    if kind == "image":
        return _image_pages(data)
    return document_from_text(_decode_text(data))
