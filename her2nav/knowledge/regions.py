"""The regions of CONTRACT §4 (one definition for the whole package) and the countries each covers,
as ClinicalTrials.gov names them (``data/regions.yaml``, with its sources)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Literal, get_args

import yaml

Region = Literal["US", "EU", "GB", "CN", "JP"]
REGIONS: tuple[Region, ...] = get_args(Region)


@cache
def region_countries() -> dict[str, frozenset[str]]:
    """Region code → country names, from knowledge/data/regions.yaml."""
    raw = yaml.safe_load((Path(__file__).parent / "data" / "regions.yaml").read_text(encoding="utf-8"))
    return {code: frozenset(entry["countries"]) for code, entry in raw["regions"].items()}


def countries_for(regions: Iterable[str]) -> frozenset[str]:
    table = region_countries()
    return frozenset(c for r in regions for c in table.get(r, ()))
