"""Time to render the case review report of a contract example (issue 18 target: PDF < 3 s).

    .venv/bin/python bench/report.py [--runs 5] [--case FILE] [--check]

For each language: the first PDF in a fresh process (the cost a CLI user pays: templates, catalogues,
glossary and fonts loaded once, fonts subset) and the median of the next runs (a server's cost), split
into HTML (view + Jinja) and PDF layout (WeasyPrint). The review itself is computed once, without
trials, and not counted: `bench/review.py` measures it. ``--check`` exits 1 when a first PDF is at or
above the target.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from her2nav.case.load import load_case  # noqa: E402
from her2nav.case.models import Case  # noqa: E402
from her2nav.i18n import LANGUAGES, Language  # noqa: E402
from her2nav.reports.render import html_to_pdf, render_html  # noqa: E402
from her2nav.review import build_review  # noqa: E402

TARGET_SECONDS = 3.0
DEFAULT_CASE = ROOT.parent / "shared" / "examples" / "e05-fourth-line-after-tdxd-china.case.yaml"
FALLBACK_CASE = ROOT / "her2nav" / "records" / "demo" / "e05-fourth-line-after-tdxd-china.case.yaml"


def once(case: Case, review: dict[str, Any], lang: Language) -> tuple[float, float, int]:
    start = time.perf_counter()
    html = render_html(case, review, lang=lang)
    middle = time.perf_counter()
    pdf = html_to_pdf(html)
    return middle - start, time.perf_counter() - middle, len(pdf)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--case", type=Path, default=DEFAULT_CASE if DEFAULT_CASE.exists() else FALLBACK_CASE)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    case = load_case(args.case)
    review = build_review(case).data
    print(
        f"case {case.case_id}: {len(review['options'])} options, {len(review['gaps'])} gaps; "
        f"target {TARGET_SECONDS} s"
    )
    worst_first = 0.0
    for lang in LANGUAGES:
        html_s, pdf_s, size = once(case, review, lang)
        first = html_s + pdf_s
        worst_first = max(worst_first, first)
        later = [once(case, review, lang) for _ in range(args.runs)]
        median = statistics.median(h + p for h, p, _ in later)
        html_m = statistics.median(h for h, _, _ in later)
        pdf_m = statistics.median(p for _, p, _ in later)
        print(
            f"{lang}: first {first:.2f} s (html {html_s:.2f}, pdf {pdf_s:.2f}); "
            f"median of {args.runs} more {median:.2f} s (html {html_m:.2f}, pdf {pdf_m:.2f}); "
            f"{size / 1024:.0f} KiB"
        )
    verdict = "OK" if worst_first < TARGET_SECONDS else "ABOVE TARGET"
    print(f"slowest first PDF {worst_first:.2f} s: {verdict}")
    return 1 if args.check and worst_first >= TARGET_SECONDS else 0


if __name__ == "__main__":
    sys.exit(main())
