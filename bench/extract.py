"""Extraction benchmark: per-field precision/recall on real TCGA text, text speed, OCR speed.

Run: .venv/bin/python bench/extract.py   (never part of `make test`)

- pT/pN/pM: against the TCGA registry labels (labels.csv), only where the report states a value.
  "finding" precision scores every stated category; "report" precision scores the highest stated
  category per report (AJCC stages multifocal tumours by the highest). pTX/pNX/pMX are not scored.
- HER2 (IHC score, ISH result, ratio, mean copies): against tests/extract/gold/her2_tcga.csv.
- Boilerplate: HER2 findings in reports whose only HER2 text is a legend/method statement.
- Speed: text reports per second (all 80 reports, several rounds); OCR seconds per page on scanned
  pages rendered from real report text (WeasyPrint → pdftoppm → image-only PDF).
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from her2nav.extract.run import extract_bytes, extract_text  # noqa: E402

TCGA = Path("/work/shared/data/reports/tcga")
GOLD = ROOT / "tests" / "extract" / "gold" / "her2_tcga.csv"
DISAGREE = ROOT / "tests" / "extract" / "gold" / "tnm_registry_disagreements.csv"
HER2_FIELDS = ("her2_ihc", "her2_ish_result", "her2_ish_ratio", "her2_mean_copies")
BOILERPLATE_ONLY = (
    "tcga_other_TCGA-FW-A5DX.txt",
    "tcga_other_TCGA-HZ-8002.txt",
    "tcga_other_TCGA-IH-A3EA.txt",
)


# Loose "does the report state this category at all" checks on the raw text (OCR variants included),
# independent of the extractor's patterns: the recall denominator.
LOOSE = {
    "pT": re.compile(
        r"(?<![A-Za-z])[my]?[pP]\s?T\s?[0-4OoIil]|(?<![A-Za-z0-9])[my]?[pP]?T\s?[0-4][a-d]?\s?,?\s?N\s?[0-3OX]"
    ),
    "pN": re.compile(
        r"(?<![A-Za-z])[my]?[pP]\s?N\s?[0-3OoIil]|(?<![A-Za-z0-9])[my]?[pP]?T\s?[0-4][a-d]?\s?,?\s?N\s?[0-3O]"
    ),
    "pM": re.compile(
        r"(?<![A-Za-z])[my]?[pP]\s?M\s?[01OoIl](?![A-Za-z])|(?<![A-Za-z])N\s?[0-3][a-c]?\s?,?\s?M\s?[01O]\b"
    ),
}


def _rank(value: str) -> str:
    """Category without the p/yp prefix; ``Tis`` sorts between T0 and T1."""
    return value.lstrip("y")[1:].replace("is", "0~")


def _agrees(value: str, gold: str) -> bool:
    stated = value.lstrip("y")[1:]
    return stated.startswith(gold) or gold.startswith(stated)


def _norm(field: str, value: object) -> str:
    return str(float(value)) if field in ("her2_ish_ratio", "her2_mean_copies") else str(value)  # type: ignore[arg-type]


def tnm_scores(texts: dict[str, str]) -> None:
    with (TCGA / "labels.csv").open(encoding="utf-8") as fh:
        labels = {row["file"]: row for row in csv.DictReader(fh)}
    with DISAGREE.open(encoding="utf-8") as fh:
        verified = {(row["file"], row["field"]) for row in csv.DictReader(fh)}
    print("TNM vs registry labels (where the report states a value)")
    header = f"  {'field':6} {'finding P':>10} {'report P':>9} {'text P':>7} {'recall':>7}"
    print(header + "  (findings / reports with a value found / reports stating the category / labelled)")
    print(
        "  text P = report-level precision with registry labels that contradict the report text (verified by"
    )
    print("  reading, tests/extract/gold/tnm_registry_disagreements.csv) counted as the report's value;")
    print("  recall = reports with the right value / reports that state the category (loose raw-text check)")
    for cat, col in (("pT", "gold_pT"), ("pN", "gold_pN"), ("pM", "gold_pM")):
        n_find = ok_find = n_rep = ok_rep = ok_text = labelled = stated = 0
        misses: list[str] = []
        for name, row in labels.items():
            gold = row[col]
            if not gold:
                continue
            labelled += 1
            stated += bool(LOOSE[cat].search(texts[name]))
            found = [f for f in extract_text(texts[name], name).findings if f["field"] == cat]
            values = [str(f["value"]) for f in found if not str(f["value"]).endswith("X")]
            if not values:
                continue
            n_find += len(values)
            ok_find += sum(_agrees(v, gold) for v in values)
            top = max(values, key=_rank)
            n_rep += 1
            if _agrees(top, gold):
                ok_rep += 1
                ok_text += 1
            else:
                ok_text += (name, cat) in verified
                misses.append(
                    f"{name}: {top} vs {gold}"
                    + (" (report text verified)" if (name, cat) in verified else "")
                )
        precision = (
            f"{ok_find / max(n_find, 1):10.3f} {ok_rep / max(n_rep, 1):9.3f} {ok_text / max(n_rep, 1):7.3f}"
        )
        counts = f"({n_find} / {n_rep} / {stated} / {labelled})"
        print(f"  {cat:6} {precision} {ok_text / max(stated, 1):7.3f}  {counts}")
        for miss in misses:
            print(f"         disagrees: {miss}")


def her2_scores(texts: dict[str, str]) -> None:
    gold: dict[str, set[tuple[str, str]]] = defaultdict(set)
    with GOLD.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            gold[row["file"]].add((row["field"], _norm(row["field"], row["value"])))
    print("HER2 vs our gold labels (80 reports; values stated, any assertion)")
    print(f"  {'field':17} {'precision':>9} {'recall':>7}  (tp / predicted / gold)")
    for field in HER2_FIELDS:
        tp = pred = want = 0
        wrong: list[str] = []
        for name, text in texts.items():
            truth = {g for g in gold.get(name, set()) if g[0] == field}
            got = {
                (f["field"], _norm(f["field"], f["value"]))
                for f in extract_text(text, name).findings
                if f["field"] == field and f["value"] is not None
            }
            tp += len(got & truth)
            pred += len(got)
            want += len(truth)
            wrong += [f"{name}: {v}" for _, v in got - truth]
            wrong += [f"{name}: missed {v}" for _, v in truth - got]
        print(f"  {field:17} {tp / max(pred, 1):9.3f} {tp / max(want, 1):7.3f}  ({tp} / {pred} / {want})")
        for w in wrong:
            print(f"         {w}")
    bad = [
        (name, f["field"], f["value"])
        for name in BOILERPLATE_ONLY
        for f in extract_text(texts[name], name).findings
        if f["field"] in HER2_FIELDS
    ]
    print(f"  findings from boilerplate-only reports: {len(bad)} {bad if bad else ''}")


def text_speed(texts: dict[str, str], rounds: int = 5) -> None:
    start = time.perf_counter()
    for _ in range(rounds):
        for name, text in texts.items():
            extract_text(text, name)
    elapsed = time.perf_counter() - start
    n = rounds * len(texts)
    mean = sum(map(len, texts.values())) // len(texts)
    print(f"Text: {n / elapsed:.1f} reports/s ({n} reports, {elapsed:.2f} s, mean {mean} chars)")


def _children_cpu() -> float:
    """CPU seconds (user + system) used so far by finished child processes (Tesseract, pdftoppm)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def ocr_speed(texts: dict[str, str], names: tuple[str, ...]) -> None:
    from PIL import Image
    from weasyprint import HTML

    pages: list[Image.Image] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, name in enumerate(names):
            pdf = Path(tmp) / f"{i}.pdf"
            HTML(string=f"<p style='font: 11pt sans-serif'>{texts[name][:3000]}</p>").write_pdf(pdf)
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "200",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-gray",
                    "-png",
                    "-singlefile",
                    str(pdf),
                    str(Path(tmp) / f"p{i}"),
                ],
                check=True,
            )
            pages.append(Image.open(Path(tmp) / f"p{i}.png").copy())
    scanned = io.BytesIO()
    pages[0].save(scanned, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    start = time.perf_counter()
    cpu_before = _children_cpu()
    result = extract_bytes(scanned.getvalue(), "application/pdf", source="scan.pdf")
    elapsed = time.perf_counter() - start
    cpu = _children_cpu() - cpu_before
    print(
        f"OCR: {elapsed / result.pages:.2f} s/page wall clock, {cpu / result.pages:.2f} s/page CPU of the "
        f"OCR tools (load-independent: one Tesseract thread per page) ({result.pages} image-only pages, "
        f"rasterised at 300 dpi, bounded worker pool; languages {sorted(set(result.ocr_languages))}; "
        f"{len(result.findings)} findings)"
    )


def main() -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(TCGA.glob("*.txt"))}
    tnm_scores(texts)
    her2_scores(texts)
    text_speed(texts)
    ocr_speed(
        texts,
        (
            "tcga_stad_TCGA-D7-8574.txt",
            "tcga_brca_TCGA-D8-A1JM.txt",
            "tcga_stad_TCGA-F1-6874.txt",
            "tcga_brca_TCGA-E2-A573.txt",
        ),
    )


if __name__ == "__main__":
    main()
