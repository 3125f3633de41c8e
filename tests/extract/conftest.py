"""Fixtures for extraction tests: the shared TCGA reports, their labels and our HER2 gold."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

TCGA = Path("/work/shared/data/reports/tcga")
HERE = Path(__file__).parent
SYNTHETIC = HERE / "reports"


def read_her2_gold() -> dict[str, list[tuple[str, str]]]:
    gold: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with (HERE / "gold" / "her2_tcga.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            gold[row["file"]].append((row["field"], row["value"]))
    return dict(gold)


def read_tnm_labels() -> dict[str, dict[str, str]]:
    with (TCGA / "labels.csv").open(encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh)}


@pytest.fixture(scope="session")
def tcga_dir() -> Path:
    if not TCGA.is_dir():
        pytest.skip("shared TCGA reports are not present on this machine")
    return TCGA
