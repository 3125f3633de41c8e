"""Domain errors of the records layer: why a change to a case cannot be made, in words.

The web layer maps each class to one HTTP status (``web/errors.py``); the CLI or a job can show the
message as it is. Invalid case content is a ``case.errors.CaseError`` (every problem with its field)."""

from __future__ import annotations


class FlowError(Exception):
    """A change that cannot be applied; ``str(err)`` says why."""


class StaleVersion(FlowError):
    """The caller's version of the case is not the current one (optimistic concurrency)."""

    def __init__(self, current: int) -> None:
        super().__init__(f"the case has changed (now version {current}); reload and retry")
        self.current = current


class CaseExists(FlowError):
    """The case_id is taken (by any case: ids are service-wide, the answer is the same for all)."""

    def __init__(self, case_id: str) -> None:
        super().__init__(
            f"a case with case_id {case_id!r} exists; choose another "
            "(case ids are shared across the service: never a name, hospital number or birth date)"
        )
        self.case_id = case_id


class Conflict(FlowError):
    """The change contradicts the record as it stands (a decided suggestion, a finding that is not a
    result, a report that disagrees with the case)."""
