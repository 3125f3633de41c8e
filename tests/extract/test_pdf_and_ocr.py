"""Real PDFs and real scanned images, generated here from report text: WeasyPrint renders a report,
pdftoppm rasterises it, and the image (or an image-only PDF made from it) goes through Tesseract."""

from __future__ import annotations

import html
import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from her2nav.extract.run import extract_bytes
from tests.extract.conftest import SYNTHETIC, TCGA

_CSS = "@page { size: A4; margin: 18mm } body { font: 12pt 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif }"


def _render_pdf(pages: list[str]) -> bytes:
    from weasyprint import HTML

    paragraphs = ["".join(f"<p>{html.escape(line)}</p>" for line in page.splitlines()) for page in pages]
    body = "".join(f"<div style='page-break-after: always'>{p}</div>" for p in paragraphs)
    document = HTML(string=f"<html><head><style>{_CSS}</style></head><body>{body}</body></html>")
    return bytes(document.write_pdf())


def _rasterise(pdf: bytes, tmp: Path, dpi: int = 200) -> Image.Image:
    src = tmp / "in.pdf"
    src.write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-f",
            "1",
            "-l",
            "1",
            "-gray",
            "-png",
            "-singlefile",
            str(src),
            str(tmp / "page"),
        ],
        check=True,
    )
    return Image.open(tmp / "page.png")


def _pairs(result_findings: list[dict[str, object]]) -> set[tuple[object, object]]:
    return {(f["field"], f["value"]) for f in result_findings}


# A short gastric report: real TCGA text (STAD D7-8574), one A4 page.
_STAD = "tcga_stad_TCGA-D7-8574.txt"


@pytest.fixture(scope="module")
def stad_text() -> str:
    if not (TCGA / _STAD).is_file():
        pytest.skip("shared TCGA reports are not present")
    return (TCGA / _STAD).read_text(encoding="utf-8")


def test_a_two_page_pdf_text_layer_gives_findings_on_the_right_page(stad_text: str) -> None:
    modern = (SYNTHETIC / "synthetic_gastric_modern.txt").read_text(encoding="utf-8")
    result = extract_bytes(_render_pdf([stad_text, modern]), "application/pdf", source="two.pdf")
    assert result.pages == 2 and result.ocr is False
    pages = {(f["field"], f["value"]): f["page"] for f in result.findings}
    assert pages[("her2_ihc", "1+")] == 1 and pages[("her2_ihc", "3+")] == 2
    for f in result.findings:
        assert result.text[f["span"]["start"] : f["span"]["end"]] == f["span"]["text"]


def test_an_image_only_pdf_is_ocrd_and_gives_the_her2_and_tnm_findings(
    stad_text: str, tmp_path: Path
) -> None:
    image = _rasterise(_render_pdf([stad_text]), tmp_path)
    scanned = io.BytesIO()
    image.save(scanned, "PDF", resolution=200)
    result = extract_bytes(scanned.getvalue(), "application/pdf", source="scan.pdf")
    assert result.ocr is True and result.pages == 1 and result.ocr_languages == ("eng",)
    assert {("her2_ihc", "1+"), ("pT", "pT2"), ("pN", "pN2")} <= _pairs(result.findings)
    for f in result.findings:
        assert result.text[f["span"]["start"] : f["span"]["end"]] == f["span"]["text"]


def test_a_chinese_png_scan_is_read_with_the_chinese_model(tmp_path: Path) -> None:
    lines = [
        "病理诊断：胃窦低分化腺癌。",
        "免疫组化：HER2（3+），Claudin18.2 阳性率：80%。",
        "FISH：HER2 基因扩增。",
    ]
    image = _rasterise(_render_pdf(["\n".join(lines)]), tmp_path, dpi=200)
    image = image.crop((0, 0, image.width, image.height // 5))  # just the text: keeps OCR fast
    png = io.BytesIO()
    image.save(png, "PNG")
    result = extract_bytes(png.getvalue(), "image/png", source="scan.png")
    assert result.ocr is True and result.ocr_languages == ("chi_sim",)
    assert {("her2_ihc", "3+"), ("cldn18_2", 80.0), ("her2_ish_result", "amplified")} <= _pairs(
        result.findings
    )
