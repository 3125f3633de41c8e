"""The registry's tables (``registry_*``) and indexes, and the filter every offering query applies."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Column, DateTime, Float, Index, Integer, MetaData, String, Table, Text, or_
from sqlalchemy.engine import Dialect

from her2nav.trials.registry.study import NON_TREATMENT_TYPES

DEFAULT_URL = "sqlite:///var/registry.sqlite"
metadata = MetaData()

studies = Table(
    "registry_study",
    metadata,
    Column("nct_id", String(16), primary_key=True),
    Column("title", Text, nullable=False),
    Column("overall_status", String(40)),
    Column("closed", Boolean, nullable=False),
    Column("relevance", String(24), nullable=False),
    Column("her2_requirement", String(24), nullable=False),
    Column("last_update", String(10)),
    Column("phases", Text, nullable=False),
    Column("countries", Text, nullable=False),
    Column("sites", Text, nullable=False),
    Column("criteria", Text, nullable=False),
    Column("parser_version", String(8), nullable=False),
    Column("imported_at", DateTime, nullable=False),
    # index.py: case-independent score bound and hard limits (NULL: not indexed yet → never skipped)
    Column("score_bound", Float),  # set by every import; filled when the column is added
    Column("lines_min", Integer),
    Column("lines_max", Integer),
    Column("ecog_max", Integer),
    Column("bound_milli", Integer),  # score_bound in thousandths, rounded half up
    Column("unknowns_min", Integer),  # fewest unknown criteria an entry can show
    Column("rank_profile", Text),  # reach.rank_profile: what a case-dependent bound needs
    # API v2 designModule.studyType (NULL: not stated, or stored before the column existed)
    Column("study_type", String(24)),
    # The eligibility text as the record gives it, kept only when the criteria were not interpreted
    # (a study no case can be offered: criteria "[]"); an import that makes it offerable interprets it.
    Column("eligibility", Text),
    # JSON list of the countries with a site that takes patients (study.open_countries; NULL: stored
    # before the column existed, read from the sites)
    Column("open_countries", Text),
    Index("ix_registry_study_match", "relevance", "closed", "her2_requirement"),
)
# ranked_keys() walks this index in order and filters on the columns it carries (never reads the table).
# PostgreSQL limits an index entry to about 2.7 kB, which long country lists and profiles could pass:
# there the index leaves them out (they are read from the table).
_WALK_COLUMNS = (
    studies.c.closed,
    studies.c.bound_milli.desc(),
    studies.c.unknowns_min,
    studies.c.nct_id,
    studies.c.relevance,
    studies.c.study_type,
    studies.c.her2_requirement,
    studies.c.lines_min,
    studies.c.lines_max,
    studies.c.ecog_max,
    studies.c.score_bound,
)
Index("ix_registry_study_walk", *_WALK_COLUMNS, studies.c.rank_profile, studies.c.countries).ddl_if(
    dialect="sqlite"
)


def _not_sqlite(
    ddl: Any,
    target: Any,
    bind: Any,
    tables: Any = None,
    state: Any = None,
    *,
    dialect: Dialect,
    compiler: Any = None,
    checkfirst: bool = False,
) -> bool:
    return dialect.name != "sqlite"


Index("ix_registry_study_walk_narrow", *_WALK_COLUMNS).ddl_if(callable_=_not_sqlite)
INDEX_COLUMNS = (
    "score_bound",
    "lines_min",
    "lines_max",
    "ecog_max",
    "bound_milli",
    "unknowns_min",
    "rank_profile",
)
# added to an older registry as NULL; the next import fills them
PLAIN_COLUMNS = ("study_type", "eligibility", "open_countries")
RANK_PAGE = 512
FIRST_RANK_PAGE = 64
RANK_WINDOW = 25  # thousandths of score bound per range read by ranked_keys
meta_table = Table(
    "registry_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


# Queries that offer trials keep only treatment trials: observational studies and expanded access are
# left out; a study whose type is not stated is kept.
TREATMENT_TRIAL = or_(
    studies.c.study_type.is_(None), studies.c.study_type.not_in(sorted(NON_TREATMENT_TYPES))
)
