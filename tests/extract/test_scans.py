"""Scans: the Chinese model alone for a Chinese page, OCR-tolerant terms, Tesseract's orientation
detection, per-page progress and timing, and the files that cannot be read (password-protected,
corrupt, empty) as one line and exit 2."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from typer.testing import CliRunner

from her2nav.cli import app
from her2nav.extract.normalise import normalise
from her2nav.extract.ocr import detect_orientation
from her2nav.extract.run import extract_bytes

runner = CliRunner()
_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _page(lines: list[str], size: tuple[int, int] = (1240, 500)) -> Image.Image:
    """A white page with the lines in a 30 pt font (about 150 dpi A4 width), greyscale."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(_FONT, 30)
    for i, line in enumerate(lines):
        draw.text((60, 60 + 50 * i), line, fill=0, font=font)
    return image


def test_one_misread_character_in_a_chinese_label_is_repaired_in_ocr_text_only() -> None:
    assert "报告日期" in normalise("报告日晶：2024年1月2日", ocr=True).text
    assert "报告日晶" in normalise("报告日晶：2024年1月2日").text  # typed text is left as written


def test_a_misread_her2_before_its_score_is_repaired_in_ocr_text() -> None:
    assert "HER2 (3+)" in normalise("HER? (3+)", ocr=True).text


def test_a_three_character_term_is_not_forced_onto_a_similar_word() -> None:
    assert "基因扩增" in normalise("HER2 基因扩增", ocr=True).text


def test_a_page_on_its_side_is_turned_upright_before_ocr(tmp_path: Path) -> None:
    lines = [
        "Gastric biopsy: adenocarcinoma, moderately differentiated.",
        "HER2 immunohistochemistry (4B5): score 3+ positive.",
        "Mismatch repair proteins are retained in the tumour.",
        "The report was reviewed and authorised by the pathologist.",
        "Further comments are not required for this specimen.",
    ]
    sideways = _page(lines).rotate(90, expand=True)
    path = tmp_path / "side.pgm"
    sideways.save(path)
    rotate, script = detect_orientation(path)
    assert rotate == 90 and script == "Latin"  # turned a quarter anticlockwise: a quarter clockwise back
    png = io.BytesIO()
    sideways.save(png, "PNG")
    result = extract_bytes(png.getvalue(), "image/png", "side.png")
    assert ("her2_ihc", "3+") in {(f["field"], f["value"]) for f in result.findings}


def test_multi_page_ocr_shows_progress_and_the_time_of_each_page(tmp_path: Path) -> None:
    pages = [_page(["HER2 (4B5): 2+"], (900, 200)), _page(["FISH: not amplified, ratio 1.2"], (900, 200))]
    pdf = tmp_path / "scan.pdf"
    pages[0].save(pdf, "PDF", resolution=150, save_all=True, append_images=pages[1:])
    result = runner.invoke(app, ["extract", str(pdf), "--json"])
    assert result.exit_code == 0, result.output
    assert "2/2" in result.stderr and "s per page" in result.stderr
    assert '"ocr_seconds_per_page"' in result.stdout


def test_a_password_protected_pdf_exits_2_with_one_line(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    result = runner.invoke(app, ["extract", str(locked)])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "password-protected" in result.stderr
    assert "Traceback" not in result.output


def test_a_truncated_pdf_and_a_blank_file_exit_2_with_one_line(tmp_path: Path) -> None:
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n ")
    for path in (truncated, blank):
        result = runner.invoke(app, ["extract", str(path)])
        assert result.exit_code == 2, path
        assert result.stderr.strip() and result.stderr.strip().count("\n") == 0, result.stderr


def test_chinese_in_brackets_on_a_chinese_scan_is_read_as_chinese_not_as_english() -> None:
    # chi_sim+eng read "（胃窦活检，蜡块 2）" on this page as "(SBE, wR 2)"; the Chinese model alone reads it
    lines = [
        "报告医师：[隐去]    审核医师：[隐去]     报告日期：2025年4月24日",
        "检测编号：TJ-FISH-2025-1468   病理号：TJ25-22107（胃窦活检，蜡块 2）",
    ]
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 33)
    image = Image.new("L", (1654, 200), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((100, 40 + 60 * i), line, font=font, fill=20)
    grain = np.random.default_rng(3).normal(0, 18, (image.height, image.width))
    blurred = np.asarray(image.filter(ImageFilter.GaussianBlur(0.8)), dtype=float)
    png = io.BytesIO()
    Image.fromarray(np.clip(blurred + grain, 0, 255).astype(np.uint8)).save(png, "PNG")
    result = extract_bytes(png.getvalue(), "image/png", "zh.png")
    assert result.ocr_languages == ("chi_sim",) and "活检，蜡块" in result.text
    found = {(f["field"], f["value"]) for f in result.findings}
    assert {("specimen_type", "biopsy"), ("report_date", "2025-04-24")} <= found
