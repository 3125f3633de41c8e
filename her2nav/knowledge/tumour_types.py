"""Tumour-type words for reading trial eligibility text, loaded from ``data/tumour_types.yaml``: which
words name the gastro-oesophageal tumours the product serves, and which name other kinds of tumour.
Kept apart from the rest of the knowledge base (like the agent vocabulary): the criterion parser
reads one small file."""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class OtherTumour(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    family: str
    words: str
    plain: str
    # the words that name this tumour on their own, without "cancer" or "tumour" ("unresectable NSCLC",
    # "advanced melanoma"): a sentence with one of them names a study's tumour
    alone: str | None = None


class TumourTypes(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    checked_on: dt.date
    sources: tuple[str, ...] = Field(min_length=1)
    gastro_oesophageal: str
    others: tuple[OtherTumour, ...]
    # metastases only a woman can have (a Krukenberg tumour is an ovarian metastasis)
    female_only_sites: str


@cache
def tumour_types() -> TumourTypes:
    text = (
        resources.files("her2nav.knowledge").joinpath("data", "tumour_types.yaml").read_text(encoding="utf-8")
    )
    raw = yaml.load(text, Loader=_Loader)
    assert isinstance(raw, dict)
    return TumourTypes.model_validate(raw["tumour_types"])
