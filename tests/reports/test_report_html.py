"""The HTML report of every contract example, in English and Chinese: well-formed (html5lib is not
installed, so a strict checker over Python's html.parser: every element closed in order, no duplicate
id, the language declared), self-contained (no URL fetched), and free of axe violations in Chromium when
/usr/bin/chromium is there."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import escape

from tests.reports.conftest import EXAMPLES, LANGS, Rendered

VOID = {"meta", "link", "br", "hr", "img", "input", "col", "area", "base", "wbr", "source", "track"}
CHROMIUM = Path("/usr/bin/chromium")
CASES = [(path.name.removesuffix(".case.yaml"), lang) for path in EXAMPLES for lang in LANGS]
pytestmark = pytest.mark.skipif(not EXAMPLES, reason="no contract examples found")


class StrictHTML(HTMLParser):
    """Collects every structural error html.parser itself would let through."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: set[str] = set()
        self.root_lang: str | None = None
        self.urls: list[str] = []

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value is not None:
                if value in self.ids:
                    self.errors.append(f"duplicate id {value!r}")
                self.ids.add(value)
            if name in ("src", "href") and value:
                self.urls.append(value)
        if tag == "html":
            self.root_lang = dict(attrs).get("lang")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)  # <rect .../> inside SVG, <meta .../>

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.errors.append(f"end tag for void element <{tag}>")
        elif not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
        else:
            self.stack.pop()

    def check(self, html: str) -> list[str]:
        if not html.lstrip().lower().startswith("<!doctype html>"):
            self.errors.append("no <!DOCTYPE html>")
        self.feed(html)
        self.close()
        return self.errors + [f"<{tag}> never closed" for tag in self.stack]


def test_the_checker_finds_a_misnested_element() -> None:
    assert StrictHTML().check("<!DOCTYPE html><html><p><b>x</p></b></html>")
    assert StrictHTML().check("<!DOCTYPE html><html><div id=a></div><div id=a></div></html>")
    assert not StrictHTML().check("<!DOCTYPE html><html lang=en><p>x<br></p><svg><rect/></svg></html>")


@pytest.mark.parametrize(("case_id", "lang"), CASES)
def test_the_html_is_well_formed_and_self_contained(
    rendered: dict[tuple[str, str], Rendered], case_id: str, lang: str
) -> None:
    checker = StrictHTML()
    assert checker.check(rendered[(case_id, lang)].html) == []
    assert checker.root_lang == {"en": "en", "zh": "zh-Hans"}[lang]
    assert checker.urls == []  # nothing to fetch: stylesheet inline, charts inline SVG


def test_english_kept_in_a_chinese_report_is_marked_as_english(
    rendered: dict[tuple[str, str], Rendered],
) -> None:
    for (_, lang), item in rendered.items():
        if lang == "zh":
            basis = item.review["her2"]["basis"]
            assert f'<span lang="en" class="untranslated">{escape(basis)}</span>' in item.html


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium for axe")
def test_axe_finds_no_violations_in_chromium(rendered: dict[tuple[str, str], Rendered]) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    picked = [key for key in rendered if key[0].startswith(("e04", "e05"))]
    with sync_playwright() as play:
        browser = play.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            for key in picked:
                page.set_content(rendered[key].html)
                results = Axe().run(page)
                violations = [(v["id"], v["help"]) for v in results.response["violations"]]
                assert violations == [], (key, violations)
        finally:
            browser.close()
