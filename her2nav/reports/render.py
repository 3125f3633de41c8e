"""HTML and PDF from the same templates: Jinja2 renders the HTML (the stylesheet inlined, charts as
inline SVG), WeasyPrint lays it out as PDF with the Noto CJK fonts installed on the system (embedded as
subsets). Nothing is fetched over the network: the URL fetcher refuses every non-file URL."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from her2nav.case.models import Case
from her2nav.i18n import Language
from her2nav.reports.view import Audience, ReportMeta, build_view

TEMPLATES = Path(__file__).resolve().parent / "templates"
PAGE_OF = "Page {page} of {pages}"
# SVG text does not inherit the page's language rules in every renderer: the charts name their fonts.
CHART_FONTS = {
    "en": "DejaVu Sans, Noto Sans CJK SC, sans-serif",
    "zh": "Noto Sans CJK SC, DejaVu Sans, sans-serif",
}


class RenderError(Exception):
    """The report could not be laid out (message in words)."""


def css_string(value: str) -> Markup:
    """A text as the inside of a CSS string literal in a <style> element (raw text: no HTML escaping,
    so every character that could end the string or the element is written as a CSS escape)."""
    escaped = "".join(f"\\{ord(c):x} " if c in '\\"<>&\n' else c for c in value)
    return Markup(escaped)


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=False,
        lstrip_blocks=False,
        auto_reload=False,
    )
    env.filters["css_string"] = css_string
    return env


@cache
def stylesheet() -> str:
    return (TEMPLATES / "report.css").read_text(encoding="utf-8")


def render_html(
    case: Case,
    review: dict[str, Any],
    *,
    lang: Language = "en",
    audience: Audience = "clinician",
    meta: ReportMeta | None = None,
) -> str:
    view = build_view(case, review, lang=lang, audience=audience, meta=meta or ReportMeta())
    words = view["_"]
    before, _, rest = words(PAGE_OF).partition("{page}")
    middle, _, after = rest.partition("{pages}")
    template = environment().get_template(f"{audience}.html")
    return template.render(
        **view, css=Markup(stylesheet()), page_of=(before, middle, after), chart_font=CHART_FONTS[lang]
    )


def _local_only(url: str) -> dict[str, Any]:
    if not url.startswith("file:"):
        raise RenderError(f"the report asked for {url}; reports never fetch from the network")
    from weasyprint import default_url_fetcher

    fetched: dict[str, Any] = default_url_fetcher(url)
    return fetched


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML

    pdf: bytes = HTML(string=html, base_url=str(TEMPLATES), url_fetcher=_local_only).write_pdf()
    return pdf


def render_pdf(
    case: Case,
    review: dict[str, Any],
    *,
    lang: Language = "en",
    audience: Audience = "clinician",
    meta: ReportMeta | None = None,
) -> bytes:
    return html_to_pdf(render_html(case, review, lang=lang, audience=audience, meta=meta))
