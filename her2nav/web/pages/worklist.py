"""GET /cases: the worklist. Every visible case with its brief (``records.cases.worklist``), filtered,
searched, sorted and paged here; only the cases on the page shown that have no current review yet are
reviewed (and their snapshots stored), never the whole list."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from her2nav.coordination.models import Task
from her2nav.coordination.tasks import open_for_cases
from her2nav.knowledge.regions import REGIONS
from her2nav.records.cases.reviews import ReviewCache, review_basis
from her2nav.records.cases.worklist import Row, Summaries, remember, worklist
from her2nav.records.store.db import begin_write
from her2nav.records.store.models import CaseRecord
from her2nav.render.actions import gap_action
from her2nav.reports import texts
from her2nav.reports.words import Words
from her2nav.web.deps import DbDep
from her2nav.web.pages.base import PageActor, choose_language, render
from her2nav.web.pages.coordwords import TASK_LABELS

router = APIRouter()
PAGE_SIZE = 50
HER2_FILTERS = ("positive", "negative", "equivocal", "unknown", "unreviewed")
SORTS: dict[str, Callable[[Row], Any]] = {
    "case": lambda r: r.case_id,
    "her2": lambda r: (r.summary is None, r.summary.her2_status if r.summary else ""),
    "line": lambda r: (r.summary is None or r.summary.line is None, r.summary.line if r.summary else 0),
    "best": lambda r: (
        r.summary is None or r.summary.best_name is None,
        r.summary.best_name if r.summary else "",
    ),
    "gaps": lambda r: -len(r.summary.blocking) if r.summary else 1,
    "owner": lambda r: (r.owner is None, r.owner or ""),
    "region": lambda r: (r.region is None, r.region or ""),
    "updated": lambda r: r.updated_at,
}
SORT_NAMES = (*SORTS, "overdue")  # overdue: by the count of overdue tasks (see ``TaskBrief``)


@dataclass(frozen=True)
class TaskBrief:
    """A case's open tasks on the worklist: the next one (soonest due) and how many are overdue."""

    next: Task | None = None
    overdue: int = 0


def task_briefs(db: Session, rows: list[Row], today: dt.date) -> dict[int, TaskBrief]:
    found: dict[int, TaskBrief] = {}
    for task in open_for_cases(db, [r.pk for r in rows]):
        brief = found.get(task.case_pk, TaskBrief(next=task))
        late = task.due_on is not None and task.due_on < today
        found[task.case_pk] = TaskBrief(brief.next, brief.overdue + (1 if late else 0))
    return found


def summaries(request: Request) -> Summaries:
    """The app's cache of review briefs (made on first use)."""
    state = request.app.state
    if not hasattr(state, "worklist_summaries"):
        state.worklist_summaries = Summaries()
    found: Summaries = state.worklist_summaries
    return found


@dataclass(frozen=True)
class Filters:
    q: str = ""
    her2: str = ""
    owner: str = ""
    gaps: str = ""  # "yes": has a blocking gap, "no": none
    overdue: str = ""  # "yes": has an overdue task, "no": none
    region: str = ""
    sort: str = "updated"
    descending: bool = True
    page: int = 1

    @classmethod
    def of(cls, request: Request) -> Filters:
        params = request.query_params
        sort = params.get("sort", "-updated")
        descending = sort.startswith("-")
        sort = sort.lstrip("-")
        try:
            page = max(1, min(int(params.get("page", "1")), 10_000))
        except ValueError:
            page = 1
        return cls(
            q=params.get("q", "").strip()[:100],
            her2=params.get("her2", "") if params.get("her2", "") in HER2_FILTERS else "",
            owner=params.get("owner", "")[:64],
            gaps=params.get("gaps", "") if params.get("gaps", "") in ("yes", "no") else "",
            overdue=params.get("overdue", "") if params.get("overdue", "") in ("yes", "no") else "",
            region=params.get("region", "") if params.get("region", "") in REGIONS else "",
            sort=sort if sort in SORT_NAMES else "updated",
            descending=descending,
            page=page,
        )

    def keeps(self, row: Row, overdue: int = 0) -> bool:
        s = row.summary
        if self.overdue and bool(overdue) != (self.overdue == "yes"):
            return False
        if self.her2 == "unreviewed" and s is not None:
            return False
        if self.her2 and self.her2 != "unreviewed" and (s is None or s.her2_status != self.her2):
            return False
        if self.owner and row.owner != self.owner:
            return False
        if self.gaps and (s is None or bool(s.blocking) != (self.gaps == "yes")):
            return False
        if self.region and row.region != self.region:
            return False
        if self.q:
            needle = self.q.casefold()
            hay = " ".join(x for x in (row.case_id, row.owner, s.best_name if s else None) if x)
            return needle in hay.casefold()
        return True

    def link(self, **changes: Any) -> str:
        values = {
            "q": self.q,
            "her2": self.her2,
            "owner": self.owner,
            "gaps": self.gaps,
            "overdue": self.overdue,
            "region": self.region,
            "sort": ("-" if self.descending else "") + self.sort,
            "page": self.page,
        }
        values.update(changes)
        return "/cases?" + urlencode({k: v for k, v in values.items() if v not in ("", None, 1)})

    def sort_link(self, column: str) -> str:
        descending = not self.descending if column == self.sort else column in ("updated", "gaps", "overdue")
        return self.link(sort=("-" if descending else "") + column, page=1)


def _review_missing(
    request: Request, db: Session, rows: list[Row], basis: str | None, cache: Summaries
) -> list[Row]:
    """Review the rows shown that have no current review yet; store their snapshots."""
    reviews: ReviewCache = request.app.state.reviews
    out: list[Row] = []
    stored = []
    for row in rows:
        if row.summary is not None:
            out.append(row)
            continue
        record = db.get_one(CaseRecord, row.pk)
        review = reviews.review(session=db, record=record)
        if review.snapshot is not None:
            stored.append(review.snapshot)
        summary = remember(cache, record, review.basis or basis, json.loads(review.text))
        out.append(Row(row.pk, row.case_id, row.version, row.updated_at, row.region, row.owner, summary))
    if stored:
        begin_write(db)
        db.add_all(stored)
        db.commit()
    return out


def _cells(row: Row, words: Words, brief: TaskBrief) -> dict[str, Any]:
    s = row.summary
    if s is None:
        return {"row": row, "reviewed": False, "tasks": brief}
    first = s.blocking[0] if s.blocking else None
    return {
        "row": row,
        "reviewed": True,
        "tasks": brief,
        "her2": words.label(texts.HER2_STATUS, s.her2_status),
        "her2_category": words.label(texts.HER2_CATEGORY, s.her2_category),
        "best": words.option({"id": s.best_id, "name": s.best_name}) if s.best_id else None,
        "next": words(gap_action(first)) if first else None,
        "next_code": first["code"] if first else None,
    }


@router.get("/cases")
def cases(request: Request, actor: PageActor, db: DbDep) -> Response:
    if actor.user.role == "patient":  # a family sees its own case only
        rows = worklist(session=db, user=actor.user, basis=None, cache=summaries(request))
        db.rollback()
        return RedirectResponse(f"/cases/{rows[0].case_id}" if rows else "/login", status_code=303)
    filters = Filters.of(request)
    basis, _problem = review_basis()
    cache = summaries(request)
    every = worklist(session=db, user=actor.user, basis=basis, cache=cache)
    briefs = task_briefs(db, every, dt.datetime.now(dt.UTC).date())
    db.rollback()
    none = TaskBrief()
    kept = [r for r in every if filters.keeps(r, briefs.get(r.pk, none).overdue)]
    kept.sort(key=lambda r: r.case_id)
    if filters.sort == "overdue":
        kept.sort(key=lambda r: briefs.get(r.pk, none).overdue, reverse=filters.descending)
    else:
        kept.sort(key=SORTS[filters.sort], reverse=filters.descending)
    pages = max(1, -(-len(kept) // PAGE_SIZE))
    page = min(filters.page, pages)
    shown = _review_missing(request, db, kept[(page - 1) * PAGE_SIZE : page * PAGE_SIZE], basis, cache)
    words = Words(choose_language(request))
    context = {
        "rows": [_cells(r, words, briefs.get(r.pk, none)) for r in shown],
        "task_labels": TASK_LABELS,
        "filters": filters,
        "total": len(every),
        "matching": len(kept),
        "page": page,
        "pages": pages,
        "owners": sorted({r.owner for r in every if r.owner}),
        "regions": [(r, words.label(texts.REGIONS, r)) for r in REGIONS],
        "her2_filters": HER2_FILTERS,
        "may_create": actor.user.role in ("admin", "coordinator"),
    }
    return render(request, "worklist.html", context, actor=actor)
