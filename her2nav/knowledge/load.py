"""Loads the knowledge base from ``knowledge/data/*.yaml`` once per process (cached).

The review path skips the source index (sources.yaml, the largest file): a review only cites source
keys. ``kb check`` loads it (``load_from``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from her2nav.knowledge.models import KnowledgeBase

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DATA_DIR = Path(__file__).resolve().parent / "data"
SOURCES_FILE = "sources.yaml"
REVIEW_FILES = (
    "kb.yaml",
    "trials.yaml",
    "options.yaml",
    "exclusions.yaml",
    "access.yaml",
    "her2_notes.yaml",
    "review_texts.yaml",
)
KB_FILES = (*REVIEW_FILES, SOURCES_FILE)


def read_raw(folder: Path = DATA_DIR, files: tuple[str, ...] = KB_FILES) -> dict[str, Any]:
    """Knowledge files merged into one mapping (top-level keys must not clash)."""
    merged: dict[str, Any] = {}
    for name in files:
        data = yaml.load((folder / name).read_text(encoding="utf-8"), Loader=_Loader)
        if not isinstance(data, dict):
            raise ValueError(f"{name}: expected a mapping at the top level")
        for key, value in data.items():
            if key in merged:
                raise ValueError(f"{name}: top-level key {key!r} is defined twice")
            merged[key] = value
    return merged


def build(raw: dict[str, Any]) -> KnowledgeBase:
    """Validate raw data into a ``KnowledgeBase`` (lists keyed by their id)."""
    shaped = dict(raw)
    shaped["sources"] = {s["key"]: s for s in raw.get("sources", [])}
    shaped["trials"] = {t["id"]: t for t in raw.get("trials", [])}
    shaped["options"] = {o["id"]: o for o in raw.get("options", [])}
    shaped["exclusions"] = {e["id"]: e for e in raw.get("exclusions", [])}
    return KnowledgeBase.model_validate(shaped)


def load_from(folder: Path, *, with_sources: bool = True) -> KnowledgeBase:
    return build(read_raw(folder, KB_FILES if with_sources else REVIEW_FILES))


@cache
def knowledge_base() -> KnowledgeBase:
    """The installed knowledge base for reviews (without the source index), validated once per process."""
    return load_from(DATA_DIR, with_sources=False)


def threshold(name: str) -> float:
    """The value of one clinical threshold of ``kb.yaml`` (e.g. ``her2_ish_amplified_ratio``)."""
    return float(getattr(knowledge_base().thresholds, name).value)
