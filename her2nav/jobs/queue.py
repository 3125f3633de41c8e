"""The queue's transport, chosen by settings: huey on a SQLite file under ``var/`` (the embedded
default: nothing to install or run) or on Redis (``HER2NAV_QUEUE_URL=redis://127.0.0.1:6379/0``),
which every worker on every machine shares. Both take waiting jobs by priority (Redis >= 5). Jobs
themselves are rows of the ``jobs`` table (their state, progress and attempts); the queue only
carries which job to run next."""

from __future__ import annotations

from pathlib import Path

from huey import Huey, PriorityRedisHuey, SqliteHuey  # type: ignore[import-untyped]

from her2nav.settings import Settings


class QueueError(ValueError):
    """The queue URL cannot be used (the message names the setting)."""


def build_huey(settings: Settings) -> Huey:
    url = settings.effective_queue_url
    if url.startswith(("redis://", "rediss://", "unix://")):
        return PriorityRedisHuey(name=settings.queue_name, url=url, results=False, utc=True)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteHuey(name=settings.queue_name, filename=str(path), results=False, utc=True)
    raise QueueError(f"HER2NAV_QUEUE_URL: {url!r} is neither redis://… nor sqlite:///…")
