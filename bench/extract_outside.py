"""Score extraction on the outside set (tests/extract/outside/, 47 reports written by someone who had not
read the field rules; 12 also as degraded scans).

    .venv/bin/python bench/extract_outside.py                 # text reports: figures, every error
    .venv/bin/python bench/extract_outside.py --scans         # also the scans (OCR; about a minute)
    .venv/bin/python bench/extract_outside.py --worst 5       # only the five worst reports
    .venv/bin/python bench/extract_outside.py --json          # figures as JSON
    .venv/bin/python bench/extract_outside.py --write-floor   # record the text figures as the ratchet
    .venv/bin/python bench/extract_outside.py --scans --write-floor   # ... and the scans' figures too

A finding matches gold by field, value, assertion and organ (tests/extract/outside_score.py).
Targets (issue 16): precision >= 0.97, recall >= 0.95, Chinese recall >= 0.95, HER2 precision >= 0.99
and recall >= 0.95, no wrong date, >= 50 text reports/s, OCR <= 5 s per page.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.extract.outside_score import (  # noqa: E402
    ReportScore,
    load_gold,
    run_scans,
    run_text,
    summary,
)
from tests.extract.test_outside_set import FLOOR, SCANS_FLOOR, write_floor  # noqa: E402

TARGETS = {
    "precision": 0.97,
    "recall": 0.95,
    "recall_zh": 0.95,
    "her2_precision": 0.99,
    "her2_recall": 0.95,
}


def _key(k: tuple[Any, ...]) -> str:
    field, value, assertion, organ = k
    text = f"{field}={value!r} {assertion}"
    return text + (f" [{organ}]" if organ else "")


def _badness(r: ReportScore) -> tuple[int, int]:
    return (len(r.spurious) + len(r.missed), len(r.wrong_values))


def _print_reports(title: str, scores: list[ReportScore], worst: int | None) -> None:
    ranked = sorted(scores, key=_badness, reverse=True)
    shown = ranked[:worst] if worst is not None else ranked
    print(f"\n{title}: per report (spurious -, missed +, wrong value !)")
    for r in shown:
        if not r.spurious and not r.missed:
            continue
        timing = f"  {r.seconds:.2f} s / {r.pages} page(s)" if r.seconds >= 0.5 else ""
        print(f"  {r.name}  ({len(r.spurious)} spurious, {len(r.missed)} missed){timing}")
        wrong = set(r.wrong_values)
        for k in r.spurious:
            print(f"    {'!' if k in wrong else '-'} {_key(k)}")
        for k in r.missed:
            print(f"    + {_key(k)}")


def _print_summary(title: str, figures: dict[str, float]) -> None:
    print(f"\n{title} ({int(figures['reports'])} reports)")
    for name in (
        "precision",
        "recall",
        "precision_en",
        "recall_en",
        "precision_zh",
        "recall_zh",
        "her2_precision",
        "her2_recall",
    ):
        target = TARGETS.get(name)
        mark = ""
        if target is not None:
            mark = f"   target >= {target:.2f}" + ("" if figures[name] >= target else "  MISSED")
        print(f"  {name:15} {figures[name]:.3f}{mark}")
    for name in ("wrong_values", "wrong_dates", "flagged_dates", "spurious", "missed"):
        print(f"  {name:15} {int(figures[name])}")


def _children_cpu() -> float:
    """CPU seconds used so far by finished child processes (Tesseract, pdftoppm): on a shared machine
    the wall clock per page follows the load, this does not (one Tesseract thread per page)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _speed(rounds: int = 5) -> float:
    from her2nav.extract.run import extract_bytes

    texts = [(g.text.read_bytes(), g.text.name) for g in load_gold()]
    began = time.perf_counter()
    for _ in range(rounds):
        for data, name in texts:
            extract_bytes(data, "text/plain", name)
    return rounds * len(texts) / (time.perf_counter() - began)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scans", action="store_true", help="also read the scanned reports (OCR)")
    parser.add_argument("--worst", type=int, default=None, help="only the N worst reports")
    parser.add_argument("--json", action="store_true", help="figures as JSON")
    parser.add_argument(
        "--write-floor",
        action="store_true",
        help=f"record text figures in {FLOOR.name} (with --scans, scan figures in {SCANS_FLOOR.name})",
    )
    args = parser.parse_args(argv)

    golds = load_gold()
    text_scores = run_text(golds)
    out: dict[str, Any] = {"text": summary(text_scores)}
    scan_scores: list[ReportScore] = []
    if args.scans:
        cpu_before = _children_cpu()
        scan_scores = run_scans(golds)
        cpu = _children_cpu() - cpu_before
        out["scans"] = summary(scan_scores)
        pages = sum(r.pages for r in scan_scores)
        out["scans"]["cpu_seconds_per_page"] = round(cpu / max(1, pages), 2)
        out["scans"]["seconds_per_page"] = round(sum(r.seconds for r in scan_scores) / max(1, pages), 2)
        out["scans"]["slowest_page_s"] = round(max((r.seconds / r.pages for r in scan_scores), default=0), 2)
    out["text"]["reports_per_s"] = round(_speed(), 1)

    if args.write_floor:
        write_floor(out["text"])
        if scan_scores:
            write_floor(out["scans"], SCANS_FLOOR, "scans (OCR)")
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    _print_reports("Text reports", text_scores, args.worst)
    if scan_scores:
        _print_reports("Scans", scan_scores, args.worst)
    _print_summary("Text reports", out["text"])
    print(f"  {'reports/s':15} {out['text']['reports_per_s']:.1f}   target >= 50")
    if scan_scores:
        _print_summary("Scans", out["scans"])
        print(f"  {'s/page':15} {out['scans']['seconds_per_page']:.2f}   target <= 5")
        print(f"  {'slowest s/page':15} {out['scans']['slowest_page_s']:.2f}")
        print(f"  {'CPU s/page':15} {out['scans']['cpu_seconds_per_page']:.2f}   (OCR tools; any load)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
