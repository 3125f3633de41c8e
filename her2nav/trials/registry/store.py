"""The trial registry: its own tables (``registry_*``) on its own database.

Default: SQLite at ``var/registry.sqlite``; ``HER2NAV_REGISTRY_URL`` overrides (any SQLAlchemy URL,
PostgreSQL included). Criteria are parsed once, at import, and stored as JSON next to the columns a
query filters on (relevance, HER2 requirement, status, countries), so matching never re-reads text.
Upsert is by NCT id; a record older (by last-update date) than the stored one does not replace it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import (
    Engine,
    and_,
    create_engine,
    delete,
    event,
    func,
    or_,
    select,
)

from her2nav.trials.registry.index import CaseFilter
from her2nav.trials.registry.parsing import (
    Parsed,
    row_for,
)
from her2nav.trials.registry.study import Study, results_reported
from her2nav.trials.registry.tables import (
    DEFAULT_URL,
    FIRST_RANK_PAGE,
    RANK_PAGE,
    RANK_WINDOW,
    TREATMENT_TRIAL,
    meta_table,
    metadata,
    studies,
)
from her2nav.trials.registry.upgrade import open_countries_of, upgrade


def registry_url() -> str:
    return os.environ.get("HER2NAV_REGISTRY_URL") or DEFAULT_URL


class Ranked(NamedTuple):
    """A candidate as ranked_keys() gives it: the best score (thousandths, without the region bonus) and the
    fewest unknown criteria its entry can have (index.py), and what a case-dependent bound needs."""

    nct_id: str
    bound_milli: int
    unknowns_min: int
    score_bound: float
    rank_profile: str | None
    her2_requirement: str
    lines_min: int | None
    lines_max: int | None
    ecog_max: int | None


@dataclass
class StoredStudy:
    nct_id: str
    title: str
    overall_status: str | None
    phases: list[str]
    last_update: str | None
    countries: list[str]
    sites: list[dict[str, Any]]
    criteria: list[dict[str, Any]]
    open_countries: list[str]


@dataclass
class StudyCriteria:
    """What ranking a study needs (load_criteria: no title, sites, countries or other display fields)."""

    nct_id: str
    overall_status: str | None
    criteria: list[dict[str, Any]]
    open_countries: list[str]


RELEVANT = ("gastric", "her2_pan_tumour", "pan_tumour")
_STORED_COLUMNS = (
    studies.c.nct_id,
    studies.c.title,
    studies.c.overall_status,
    studies.c.phases,
    studies.c.last_update,
    studies.c.countries,
    studies.c.sites,
    studies.c.criteria,
    studies.c.open_countries,
)


def offered() -> tuple[Any, ...]:
    """What every query that offers trials requires: relevant, not closed, a treatment trial, and not a
    study whose results the knowledge base already cites (it no longer recruits, whatever its record
    says)."""
    reported = sorted(results_reported())
    return (
        studies.c.relevance.in_(RELEVANT),
        studies.c.closed.is_(False),
        TREATMENT_TRIAL,
        *([studies.c.nct_id.not_in(reported)] if reported else []),
    )


def _stored(row: Any) -> StoredStudy:
    sites = json.loads(row.sites)
    return StoredStudy(
        nct_id=row.nct_id,
        title=row.title,
        overall_status=row.overall_status,
        phases=json.loads(row.phases),
        last_update=row.last_update,
        countries=json.loads(row.countries),
        sites=sites,
        criteria=json.loads(row.criteria),
        open_countries=open_countries_of(row.open_countries, sites, row.overall_status),
    )


def import_time() -> dt.datetime:
    """The ``imported_at`` stamp (UTC, stored without a zone)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _last_update(item: Study | dict[str, Any]) -> str | None:
    return item["last_update"] if isinstance(item, dict) else item.last_update


# Page size of a registry file created from now on (an existing file keeps its own). The walk index
# (tables.py) carries each study's rank profile; at the default 4 KB an entry above about 1 KB spills
# to overflow pages, which most entries near the top of the ranking did (72 % of those a shortlist
# scanned at 100,000 studies), so every one scanned cost extra page reads. 16 KB held every shipped
# study's entry until the prior-therapy families (platinum, fluoropyrimidine) lengthened the longest
# (NCT05365581, 4.2 KB with its countries) past 16 KB's in-page limit of ~4.1 KB: 32 KB holds ~8.2 KB.
PAGE_SIZE = 32768


def _sqlite_registry_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """The page size for a new file (set before WAL, which fixes it); WAL (reviews read while an
    import writes) and flushes at checkpoints rather than at every commit: the registry is a copy of
    public records, rebuilt by importing them again, so an import interrupted by a power cut may lose
    its last batches but never corrupts what is stored."""
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA page_size={PAGE_SIZE}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Registry:
    def __init__(self, url: str | None = None, *, engine: Engine | None = None) -> None:
        self.url = url or registry_url()
        if engine is None:
            if self.url.startswith("sqlite:///") and not self.url.startswith("sqlite:///:memory:"):
                Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(self.url)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_registry_pragmas)
        self.engine = engine
        metadata.create_all(self.engine)
        upgrade(self.engine)

    # ------------------------------------------------------------------ writing
    def upsert(self, batch: Iterable[Study], ready: dict[str, Parsed] | None = None) -> tuple[int, int]:
        """Insert or replace studies by NCT id; returns (written, skipped as older than stored).
        ``ready``: eligibility texts already parsed (by import's worker processes)."""
        now = import_time()
        incoming: dict[str, Study] = {}
        for study in batch:
            incoming[study.nct_id] = study
        return self._write(incoming, lambda keep: [row_for(incoming[n], now, ready) for n in keep])

    def upsert_rows(self, rows: Iterable[dict[str, Any]]) -> tuple[int, int]:
        """``upsert`` for rows already built (``parsing.row_for``, by import's worker processes)."""
        incoming = {row["nct_id"]: row for row in rows}
        return self._write(incoming, lambda keep: [incoming[n] for n in keep])

    def _write(
        self, incoming: Mapping[str, Any], rows_of: Callable[[list[str]], list[dict[str, Any]]]
    ) -> tuple[int, int]:
        """Replace or insert the incoming studies (by NCT id) whose record is not older than the
        stored one; ``rows_of`` builds the rows of those kept. Returns (written, skipped as older)."""
        if not incoming:
            return 0, 0
        with self.engine.begin() as conn:
            stored = dict(
                conn.execute(
                    select(studies.c.nct_id, studies.c.last_update).where(
                        studies.c.nct_id.in_(list(incoming))
                    )
                ).all()
            )
            keep = [
                nct
                for nct, item in incoming.items()
                if nct not in stored or (_last_update(item) or "") >= (stored[nct] or "")
            ]
            ids = [nct for nct in keep if nct in stored]
            if ids:
                conn.execute(delete(studies).where(studies.c.nct_id.in_(ids)))
            if keep:
                conn.execute(studies.insert(), rows_of(keep))
        return len(keep), len(incoming) - len(keep)

    def set_meta(self, key: str, value: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(meta_table).where(meta_table.c.key == key))
            conn.execute(meta_table.insert().values(key=key, value=value))

    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(meta_table.c.value).where(meta_table.c.key == key)).scalar()

    # ------------------------------------------------------------------ reading
    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(studies)).scalar_one())

    def fingerprint(self) -> str:
        """Changes whenever an import writes a study: the study count and the latest import time.
        Stored reviews that list trials are valid only while it stays the same."""
        with self.engine.connect() as conn:
            count, latest = conn.execute(select(func.count(), func.max(studies.c.imported_at))).one()
        return f"{count}@{latest.isoformat() if latest else '-'}"

    def candidates(
        self,
        relevance: tuple[str, ...] = RELEVANT,
        exclude_her2: frozenset[str] = frozenset(),
    ) -> Iterator[StoredStudy]:
        """Studies relevant to gastric/GEJ cancer that are not withdrawn, terminated or completed, nor
        cited as evidence by the knowledge base (optionally leaving out those whose indexed HER2
        requirement is in ``exclude_her2``)."""
        query = select(*_STORED_COLUMNS).where(*offered(), studies.c.relevance.in_(relevance))
        if exclude_her2:
            query = query.where(studies.c.her2_requirement.not_in(sorted(exclude_her2)))
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield _stored(row)

    def ranked_keys(
        self,
        case_filter: CaseFilter,
        countries: frozenset[str],
        *,
        in_countries: bool,
        relevance: tuple[str, ...] = RELEVANT,
        page: int = RANK_PAGE,
    ) -> Iterator[Ranked]:
        """The open relevant studies that have (``in_countries``) or have not a site in ``countries``
        and that the case is not certainly ineligible for by its hard limits, with their rank columns,
        in match.py's ranking order at best (bound down, fewest unknowns up, NCT id up). The rank index
        carries every column filtered on and is walked in order a page at a time (the first page small,
        then growing), so a caller that stops early never makes the database rank every candidate."""
        if in_countries and not countries:
            return
        columns = [studies.c[name] for name in Ranked._fields]
        query = select(*columns).where(*offered(), studies.c.relevance.in_(relevance))
        if countries:
            # the countries column (a JSON list, in the walk index) names each country as its JSON
            # string: read from the index entry, no lookup per row walked
            near = or_(
                *(studies.c.countries.contains(json.dumps(c), autoescape=True) for c in sorted(countries))
            )
            query = query.where(near if in_countries else ~near)
        if case_filter.exclude_her2:
            query = query.where(studies.c.her2_requirement.not_in(sorted(case_filter.exclude_her2)))
        if case_filter.prior_lines is not None:
            n = case_filter.prior_lines
            query = query.where(
                or_(studies.c.lines_min.is_(None), studies.c.lines_min <= n),
                or_(studies.c.lines_max.is_(None), studies.c.lines_max >= n),
            )
        if case_filter.ecog is not None:
            query = query.where(or_(studies.c.ecog_max.is_(None), studies.c.ecog_max >= case_filter.ecog))
        query = query.order_by(
            studies.c.bound_milli.desc(), studies.c.unknowns_min.asc(), studies.c.nct_id.asc()
        )
        with self.engine.connect() as conn:
            highest = select(studies.c.bound_milli).where(studies.c.closed.is_(False))
            top = conn.execute(highest.order_by(studies.c.bound_milli.desc()).limit(1)).scalar()
        if top is None:
            return
        # Read by windows of the bound (an index range each), a page at a time within a window: when
        # few studies pass the filters, finding the next one never scans past the window the caller
        # is still interested in.
        high, size, after = int(top), min(page, FIRST_RANK_PAGE), None
        while high >= 0:
            window = query.where(studies.c.bound_milli <= high, studies.c.bound_milli > high - RANK_WINDOW)
            if after is not None:  # keyset: start after the last row read (no rows scanned again)
                bound, unknowns, nct_id = after
                window = window.where(
                    or_(
                        studies.c.bound_milli < bound,
                        and_(studies.c.bound_milli == bound, studies.c.unknowns_min > unknowns),
                        and_(
                            studies.c.bound_milli == bound,
                            studies.c.unknowns_min == unknowns,
                            studies.c.nct_id > nct_id,
                        ),
                    )
                )
            with self.engine.connect() as conn:
                rows = conn.execute(window.limit(size)).all()
            for row in rows:
                yield Ranked(*row)
            if len(rows) < size:
                high, after = high - RANK_WINDOW, None
            else:
                after = (rows[-1].bound_milli, rows[-1].unknowns_min, rows[-1].nct_id)
                size = min(page, size * 2)

    def load(self, nct_ids: list[str]) -> list[StoredStudy]:
        """The studies named, in the order named (one query)."""
        query = select(*_STORED_COLUMNS).where(studies.c.nct_id.in_(nct_ids))
        with self.engine.connect() as conn:
            found = {row.nct_id: _stored(row) for row in conn.execute(query)}
        return [found[n] for n in nct_ids if n in found]

    def load_criteria(self, nct_ids: list[str]) -> list[StudyCriteria]:
        """The criteria (and status and open countries) of the studies named, in the order named (one
        query)."""
        cols = (studies.c.nct_id, studies.c.overall_status, studies.c.criteria, studies.c.open_countries)
        query = select(*cols).where(studies.c.nct_id.in_(nct_ids))
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
            unstored = [r.nct_id for r in rows if r.open_countries is None]
            sites: dict[str, str] = {}
            if unstored:  # stored before the column existed: read from the sites
                stored_sites = select(studies.c.nct_id, studies.c.sites).where(studies.c.nct_id.in_(unstored))
                sites = {str(row.nct_id): str(row.sites) for row in conn.execute(stored_sites)}
        found = {
            r.nct_id: StudyCriteria(
                r.nct_id,
                r.overall_status,
                json.loads(r.criteria),
                open_countries_of(r.open_countries, sites.get(r.nct_id, "[]"), r.overall_status),
            )
            for r in rows
        }
        return [found[n] for n in nct_ids if n in found]

    def get(self, nct_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(studies).where(studies.c.nct_id == nct_id)).mappings().first()
        return dict(row) if row else None
