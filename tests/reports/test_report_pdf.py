"""The clinician PDF of every contract example, in English and Chinese: poppler finds the headline,
every option name and every gap code in it (CONTRACT §8), the Chinese one embeds a Simplified Chinese
font, the page count stays within bounds, and page 1 matches its golden image.

Golden images: ``HER2NAV_UPDATE_GOLDEN=1 pytest tests/reports`` rewrites them on purpose."""

from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops

from her2nav.case.load import load_case
from her2nav.case.models import Case
from her2nav.i18n import Language
from her2nav.render.headline import build_headline
from her2nav.reports.render import html_to_pdf, render_html
from her2nav.reports.view import headline_segments
from her2nav.reports.words import Words
from her2nav.review import build_review
from tests.reports.conftest import EXAMPLES, LANGS, META, Rendered, headline_text

GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_PAGES = {"e04-second-line-after-trastuzumab-england": "en", "e05-fourth-line-after-tdxd-china": "zh"}
MIN_PAGES, MAX_PAGES = 2, 20
# Share of pixels allowed to differ from the golden page (anti-aliasing, font hinting), and by how much.
CHANGED_PIXELS_MAX = 0.01
PIXEL_DELTA = 40

pytestmark = pytest.mark.skipif(not EXAMPLES, reason="no contract examples found")
CASES = [(path.name.removesuffix(".case.yaml"), lang) for path in EXAMPLES for lang in LANGS]


def squeeze(text: str) -> str:
    """Without whitespace: PDF text breaks lines where the layout does (Chinese has no spaces)."""
    return "".join(text.split())


@pytest.mark.parametrize(("case_id", "lang"), CASES)
def test_the_pdf_shows_the_headline_every_option_and_every_gap(
    rendered: dict[tuple[str, str], Rendered], case_id: str, lang: str
) -> None:
    item = rendered[(case_id, lang)]
    text = squeeze(item.text)
    if lang == "en":
        assert squeeze(headline_text(item)) in text
    else:
        segments = headline_segments(build_headline(item.review, item.case.patient.region), Words("zh"))
        for segment in segments:
            assert squeeze(segment.text) in text, segment
    words = Words("zh")
    for option in item.review["options"]:
        assert squeeze(option["name"]) in text, option["name"]
        if lang == "zh":
            assert squeeze(words.option(option).text) in text, option["id"]
    for gap in item.review["gaps"]:
        assert gap["code"] in text


@pytest.mark.parametrize(("case_id", "lang"), CASES)
def test_the_page_count_stays_within_bounds(
    rendered: dict[tuple[str, str], Rendered], case_id: str, lang: str
) -> None:
    assert MIN_PAGES <= rendered[(case_id, lang)].pages <= MAX_PAGES


@pytest.mark.parametrize("case_id", [c for c, lang in CASES if lang == "zh"])
def test_a_chinese_report_embeds_a_simplified_chinese_font(
    rendered: dict[tuple[str, str], Rendered], case_id: str
) -> None:
    rows = [line.split() for line in rendered[(case_id, "zh")].fonts.splitlines()[2:]]
    embedded_sc = [row for row in rows if "CJK-SC" in row[0] and row[-5] == "yes"]  # the 'emb' column
    assert embedded_sc, rendered[(case_id, "zh")].fonts
    # Chinese text set in the Japanese face of the same collection would show Japanese glyph forms
    assert not [row for row in rows if "CJK-JP" in row[0]], rendered[(case_id, "zh")].fonts


def test_every_font_of_an_english_report_is_embedded(rendered: dict[tuple[str, str], Rendered]) -> None:
    for (_, lang), item in rendered.items():
        if lang == "en":
            rows = [line.split() for line in item.fonts.splitlines()[2:]]
            assert rows and all(row[-5] == "yes" for row in rows), item.fonts


def page_one(pdf: Path) -> Image.Image:
    png = subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf)], capture_output=True, check=True
    ).stdout
    return Image.open(io.BytesIO(png)).convert("L")


def changed_share(a: Image.Image, b: Image.Image) -> float:
    if a.size != b.size:
        return 1.0
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v > PIXEL_DELTA else 0)
    histogram = diff.histogram()
    return histogram[255] / (a.size[0] * a.size[1])


def frozen_review(case_id: str, case: Case) -> dict[str, Any]:
    """The review the golden page was made from, kept beside it: the golden image checks the layout,
    so changes of the engine (other ranks, new texts) do not move it; the other tests use live reviews."""
    path = GOLDEN / f"{case_id.split('-')[0]}.review.json"
    if not path.exists() or os.environ.get("HER2NAV_UPDATE_GOLDEN") == "1":
        path.write_text(json.dumps(build_review(case).data, ensure_ascii=False, indent=1), encoding="utf-8")
    review: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return review


@pytest.mark.parametrize(("case_id", "lang"), sorted(GOLDEN_PAGES.items()))
def test_page_one_matches_its_golden_image(tmp_path: Path, case_id: str, lang: Language) -> None:
    paths = [p for p in EXAMPLES if p.name.startswith(case_id)]
    if not paths:
        pytest.skip(f"{case_id} is not among the examples")
    case = load_case(paths[0])
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(html_to_pdf(render_html(case, frozen_review(case_id, case), lang=lang, meta=META)))
    image = page_one(pdf)
    golden = GOLDEN / f"{case_id.split('-')[0]}-{lang}-page1.png"
    if os.environ.get("HER2NAV_UPDATE_GOLDEN") == "1" or not golden.exists():
        image.save(golden)
        if os.environ.get("HER2NAV_UPDATE_GOLDEN") != "1":
            pytest.fail(f"{golden.name} did not exist: written now, check it and commit it")
    assert changed_share(image, Image.open(golden).convert("L")) <= CHANGED_PIXELS_MAX


def test_the_golden_comparison_notices_a_changed_page() -> None:
    blank = Image.new("L", (100, 100), 255)
    marked = blank.copy()
    marked.paste(0, (0, 0, 20, 20))  # 4% of the page
    assert changed_share(blank, blank) == 0
    assert changed_share(blank, marked) > CHANGED_PIXELS_MAX
