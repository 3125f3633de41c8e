"""Page clean-up before OCR (OpenCV): the skew of a tilted scan is measured from its text lines and
levelled; a level page is left alone; a 30-page tilted, noisy scanned PDF finishes with a time per page."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from typer.testing import CliRunner

from her2nav.cli import app
from her2nav.extract.clean import clean_page, skew_angle

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_LINES = [
    "Specimen A: stomach, antrum, endoscopic biopsies.",
    "Diagnosis: invasive adenocarcinoma, moderately differentiated.",
    "HER2 immunohistochemistry (4B5): score 2+, equivocal.",
    "Dual ISH on block A1 has been requested and will follow.",
    "Mismatch repair proteins: MLH1, PMS2, MSH2, MSH6 retained.",
    "PD-L1 (22C3): combined positive score 7.",
    "Reported by the consultant pathologist after review.",
]


def _page(size: tuple[int, int] = (1240, 620), angle: float = 0.0, seed: int = 0) -> Image.Image:
    """A white page of report lines in a 26 pt font, tilted by ``angle`` degrees (anticlockwise) and
    given scanner grain and a slight blur."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(_FONT, 26)
    for i, line in enumerate(_LINES):
        draw.text((60, 50 + 44 * i), line, fill=0, font=font)
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    grain = np.random.default_rng(seed).normal(0, 12, (size[1], size[0]))
    noisy = np.clip(np.asarray(image, dtype=float) + grain, 0, 255).astype(np.uint8)
    return Image.fromarray(noisy).filter(ImageFilter.GaussianBlur(0.6))


@pytest.mark.parametrize("angle", [-3.5, -1.2, 1.5, 4.0])
def test_the_skew_of_a_tilted_noisy_page_is_measured_from_its_text_lines(angle: float) -> None:
    assert abs(skew_angle(np.asarray(_page(angle=angle))) - angle) < 0.3


def test_a_tilted_page_is_levelled_and_a_level_page_is_left_alone(tmp_path: Path) -> None:
    tilted = tmp_path / "tilted.png"
    _page(angle=2.5).save(tilted)
    cleaned, removed = clean_page(tilted, tmp_path)
    assert cleaned != tilted and abs(removed - 2.5) < 0.3
    assert abs(skew_angle(np.asarray(Image.open(cleaned)))) < 0.3
    level = tmp_path / "level.png"
    _page(angle=0.0).save(level)
    assert clean_page(level, tmp_path, frozenset({"deskew"})) == (level, 0.0)  # no turn, no copy


@pytest.mark.slow
def test_a_thirty_page_tilted_scan_finishes_with_the_time_of_each_page(tmp_path: Path) -> None:
    rng = random.Random(16)
    pages = [_page(angle=rng.choice([-1, 1]) * rng.uniform(1.0, 4.0), seed=i) for i in range(30)]
    pdf = tmp_path / "thirty.pdf"
    pages[0].save(pdf, "PDF", resolution=150, save_all=True, append_images=pages[1:])
    result = CliRunner().invoke(app, ["extract", str(pdf), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    seconds = data["ocr_seconds_per_page"]
    assert data["pages"] == 30 and len(seconds) == 30
    # the <= 5 s per page target is measured by bench/extract_outside.py --scans on a quiet machine;
    # here (shared cores, any load) every page must have finished and been timed
    assert all(0 < s < 60 for s in seconds), seconds
    assert "30/30" in result.stderr and "s per page" in result.stderr
    found = {(f["field"], f["value"]) for f in data["findings"]}
    assert ("her2_ihc", "2+") in found and ("pdl1_cps", 7.0) in found


def test_a_chinese_page_keeps_a_one_pixel_stroke_that_a_median_filter_would_erase(tmp_path: Path) -> None:
    from her2nav.extract.clean import CLEAN_STEPS, HAN_STEPS

    rng = np.random.default_rng(9)
    page = np.clip(235 + rng.normal(0, 10, (200, 400)), 0, 255).astype(np.uint8)
    page[100, 50:350] = 20  # a thin horizontal stroke, as in 窦 or the bar of a small "b"
    path = tmp_path / "stroke.pgm"
    Image.fromarray(page).save(path)
    for steps, kept in ((HAN_STEPS, True), (CLEAN_STEPS, False)):
        cleaned = np.asarray(Image.open(clean_page(path, tmp_path, steps)[0]))
        assert bool(cleaned[100, 60:340].mean() < 128) == kept, sorted(steps)
        assert cleaned[20:80].std() < page[20:80].std() / 2, "grain is smoothed either way"
