"""Where HER2 tests sit relative to anti-HER2 therapy.

Every course with a HER2-directed agent (``history.exposed_to(case, "her2_directed")``) starts a new
"era". A test belongs to the era of the last course that started strictly before it (a test on the day a
course starts is taken as the baseline for it); undated tests are the oldest and belong to era 0
(before any anti-HER2 therapy). A course with no start date is placed at its end date; a course with no
date at all cannot be placed and is reported in a note.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from her2nav.case.history import exposed_to, progressed_on
from her2nav.case.models import Case, TreatmentLine
from her2nav.knowledge.agents import vocabulary


@dataclass(frozen=True)
class Her2Timeline:
    courses: tuple[TreatmentLine, ...]
    progressed: tuple[TreatmentLine, ...]

    @classmethod
    def of(cls, case: Case) -> Her2Timeline:
        return cls(tuple(exposed_to(case, "her2_directed")), tuple(progressed_on(case, "her2_directed")))

    @property
    def boundaries(self) -> list[dt.date]:
        dates = {c.started_on or c.ended_on for c in self.courses}
        return sorted(d for d in dates if d is not None)

    @property
    def undated_courses(self) -> int:
        return sum(1 for c in self.courses if c.started_on is None and c.ended_on is None)

    def era(self, day: dt.date | None) -> int:
        """0 before any anti-HER2 therapy (and for undated tests), n after the n-th course began."""
        if day is None:
            return 0
        return sum(1 for b in self.boundaries if day > b)

    def started_before(self, day: dt.date | None) -> list[TreatmentLine]:
        """Anti-HER2 courses that had begun before ``day``."""
        if day is None:
            return []
        return [c for c in self.courses if (c.started_on or c.ended_on or dt.date.max) < day]

    def progressions_before(self, day: dt.date | None) -> list[TreatmentLine]:
        """Courses ending in progression that a test on ``day`` follows (after the end, or during it)."""
        if day is None:
            return []
        return [
            c
            for c in self.progressed
            if (c.ended_on is not None and day >= c.ended_on)
            or (c.started_on is not None and day > c.started_on)
        ]

    def progressions_after(self, day: dt.date | None) -> list[TreatmentLine]:
        """Courses ending in progression whose end is not known to precede a test on ``day``."""
        return [c for c in self.progressed if day is None or c.ended_on is None or day < c.ended_on]


def her2_agents(course: TreatmentLine) -> str:
    """The HER2-directed agents of a course, by name ('trastuzumab', 'trastuzumab deruxtecan')."""
    vocab = vocabulary()
    names = [vocab.get(a).name.lower() for a in course.agents if vocab.get(a).her2_directed]
    return " + ".join(names) or "anti-HER2 therapy"


def describe_course(course: TreatmentLine) -> str:
    when = f"ended {course.ended_on.isoformat()}" if course.ended_on else "end date not recorded"
    line = f"line {course.line}, " if course.line else ""
    return f"{her2_agents(course)} ({line}{when})"
