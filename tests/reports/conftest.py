"""Reports of every contract example, rendered once per test session: each (example, language) as HTML
and as PDF (the clinician report, the one CONTRACT §8 speaks of), with the text, fonts and page count
that poppler reads from the PDF. Examples come from ../shared/examples (those that load), else from the
demo copies shipped in the package."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from her2nav.case.errors import CaseError
from her2nav.case.load import load_case
from her2nav.case.models import Case
from her2nav.i18n import Language
from her2nav.render.headline import build_headline
from her2nav.reports.render import html_to_pdf, render_html
from her2nav.reports.view import ReportMeta
from her2nav.review import build_review

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "examples"
DEMO = Path(__file__).resolve().parents[2] / "her2nav" / "records" / "demo"
FOLDER = SHARED if SHARED.is_dir() else DEMO
META = ReportMeta(
    prepared_on=dt.date(2026, 11, 23), prepared_by="Test navigator", registry="not used in tests"
)


def loadable_examples() -> list[Path]:
    found = []
    for path in sorted(FOLDER.glob("*.case.yaml")):
        try:
            load_case(path)
        except CaseError:
            continue  # e07 is the contract's invalid example: it has no report
        found.append(path)
    return found


EXAMPLES = loadable_examples()
LANGS: tuple[Language, ...] = ("en", "zh")


@dataclass
class Rendered:
    case: Case
    review: dict[str, Any]
    html: str
    pdf_path: Path
    text: str  # pdftotext, whitespace collapsed
    fonts: str  # pdffonts output
    pages: int


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Rendered]:
    folder = tmp_path_factory.mktemp("reports")
    found: dict[tuple[str, str], Rendered] = {}
    for path in EXAMPLES:
        case = load_case(path)
        review = build_review(case).data  # the report's own content; trials are tested separately
        for lang in LANGS:
            html = render_html(case, review, lang=lang, meta=META)
            pdf_path = folder / f"{case.case_id}-{lang}.pdf"
            pdf_path.write_bytes(html_to_pdf(html))
            text = subprocess.run(
                ["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True
            )
            fonts = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True)
            found[(case.case_id, lang)] = Rendered(
                case, review, html, pdf_path, " ".join(text.stdout.split()), fonts.stdout, _pages(pdf_path)
            )
    return found


def headline_text(item: Rendered) -> str:
    return build_headline(item.review, item.case.patient.region).text
