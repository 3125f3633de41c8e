"""Real TCGA pathology text: HER2 against our gold labels, TNM against the registry labels."""

from __future__ import annotations

from pathlib import Path

from her2nav.extract.run import extract_text
from tests.extract.conftest import read_her2_gold, read_tnm_labels

HER2_FIELDS = {"her2_ihc", "her2_ish_result", "her2_ish_ratio", "her2_mean_copies"}


def _findings(tcga_dir: Path, name: str) -> list[dict[str, object]]:
    return extract_text((tcga_dir / name).read_text(encoding="utf-8"), name).findings


def _stated(findings: list[dict[str, object]], fields: set[str]) -> set[tuple[str, str]]:
    return {
        (str(f["field"]), str(f["value"]))
        for f in findings
        if f["field"] in fields and f["value"] is not None
    }


def test_every_span_quotes_the_extracted_text_exactly(tcga_dir: Path) -> None:
    for path in sorted(tcga_dir.glob("*.txt")):
        result = extract_text(path.read_text(encoding="utf-8"), path.name)
        for f in result.findings:
            span = f["span"]
            assert result.text[span["start"] : span["end"]] == span["text"], (path.name, f)


def test_her2_results_match_the_gold_labels_with_high_precision_and_recall(tcga_dir: Path) -> None:
    gold = read_her2_gold()
    correct = predicted = expected = found = 0
    wrong: list[tuple[str, tuple[str, str]]] = []
    for path in sorted(tcga_dir.glob("*.txt")):
        truth = {
            (f, str(float(v)) if f.endswith(("ratio", "copies")) else v) for f, v in gold.get(path.name, [])
        }
        got = _stated(_findings(tcga_dir, path.name), HER2_FIELDS)
        predicted += len(got)
        correct += len(got & truth)
        expected += len(truth)
        found += len(truth & got)
        wrong += [(path.name, g) for g in got - truth]
    assert wrong == [] or correct / predicted >= 0.97, wrong
    assert found / expected >= 0.9


def test_scoring_legends_and_reference_ranges_give_no_her2_finding(tcga_dir: Path) -> None:
    # These reports carry HER2 scoring keys ("scored as (0) ... (1+) ...", "Negative 0-1+, Equivocal 2+,
    # Positive 3+", "for all 2+ IHC please do FISH") but state no HER2 result of their own.
    for name in (
        "tcga_other_TCGA-FW-A5DX.txt",
        "tcga_other_TCGA-HZ-8002.txt",
        "tcga_other_TCGA-IH-A3EA.txt",
        "tcga_brca_TCGA-B6-A409.txt",
    ):
        assert _stated(_findings(tcga_dir, name), HER2_FIELDS) == set(), name
    ll = _stated(_findings(tcga_dir, "tcga_brca_TCGA-LL-A6FQ.txt"), {"her2_ihc"})
    assert ("her2_ihc", "2+") not in ll and ("her2_ihc", "3+") not in ll


def test_two_scores_given_as_one_yield_no_single_ihc_score(tcga_dir: Path) -> None:
    for name in ("tcga_brca_TCGA-AO-A0JG.txt", "tcga_brca_TCGA-BH-A0B1.txt", "tcga_brca_TCGA-BH-A0H6.txt"):
        assert _stated(_findings(tcga_dir, name), {"her2_ihc"}) == set(), name


def test_an_ordered_her2_test_is_reported_as_pending_without_a_value(tcga_dir: Path) -> None:
    findings = _findings(tcga_dir, "tcga_brca_TCGA-AR-A0TT.txt")
    her2 = [f for f in findings if f["field"] == "her2_ihc"]
    assert [(f["value"], f["assertion"]) for f in her2] == [(None, "pending")]


def test_a_result_quoted_from_a_prior_biopsy_is_historical(tcga_dir: Path) -> None:
    findings = _findings(tcga_dir, "tcga_brca_TCGA-AC-A2FB.txt")
    assert [(f["value"], f["assertion"]) for f in findings if f["field"] == "her2_ihc"] == [
        ("3+", "historical")
    ]


def _rank(value: str) -> str:
    return value.lstrip("y")[1:].replace("is", "0~")


def test_the_highest_stated_tnm_category_agrees_with_the_registry_labels(tcga_dir: Path) -> None:
    # A report may stage several tumours (pTis, pT1a, pT2a); AJCC stages by the highest, so compare that.
    # Registry labels can differ from the report text itself (e.g. "G2, pT2, pNO" labelled N3a): those
    # cases are genuine disagreements, not extraction errors, hence 0.9 and not 1.0 here.
    labels = read_tnm_labels()
    checked = agree = 0
    for name, row in labels.items():
        findings = _findings(tcga_dir, name)
        for cat, column in (("pT", "gold_pT"), ("pN", "gold_pN"), ("pM", "gold_pM")):
            gold = row[column]
            values = [
                str(f["value"]) for f in findings if f["field"] == cat and not str(f["value"]).endswith("X")
            ]
            if not gold or not values:
                continue
            top = max(values, key=_rank)
            checked += 1
            agree += _rank(top).startswith(gold) or gold.startswith(_rank(top))
    assert checked >= 70
    assert agree / checked >= 0.9


def test_ocr_noise_in_tnm_is_read_through(tcga_dir: Path) -> None:
    findings = _findings(tcga_dir, "tcga_stad_TCGA-HU-8244.txt")
    got = {(f["field"], f["value"]) for f in findings}
    assert ("pT", "pT1a") in got and ("pN", "pN0") in got
    span = next(f["span"] for f in findings if f["field"] == "pT")
    assert span["text"] == "pTla"
