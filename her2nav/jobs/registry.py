"""What a job is: a name, JSON parameters and a handler that does its work. Handlers register here by
name (``@handler("send_reminder")``); a worker runs any job whose name it knows.

A handler may run more than once for the same job (a worker killed mid-job, a retry after an
error), so its effects carry the job's key and happen once: a row with a unique key, an e-mail
marked sent in the same transaction that records it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from her2nav.settings import Settings


@dataclass
class JobContext:
    key: str
    name: str
    params: dict[str, Any]
    attempt: int
    settings: Settings
    sessions: sessionmaker[Session]
    progress: Callable[[int, str | None], None]  # percent done, what is happening
    submit: Callable[..., Any]  # submit another job (same signature as Jobs.submit)


Handler = Callable[[JobContext], None]
HANDLERS: dict[str, Handler] = {}


def handler(name: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        HANDLERS[name] = func
        return func

    return register


class UnknownJob(LookupError):
    def __init__(self, name: str) -> None:
        super().__init__(f"no handler for jobs named {name!r} in this worker")
