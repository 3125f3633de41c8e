"""Job handlers for the tests (a worker loads them with ``--import tests.jobs.handlers``). Their one
effect is an in-app notification keyed by the job, so a job that runs twice shows it once."""

from __future__ import annotations

import time
from pathlib import Path

from her2nav.coordination.messages import Message
from her2nav.coordination.notify import notify
from her2nav.jobs.registry import JobContext, handler
from her2nav.records.cases.flows import write


def effect(ctx: JobContext) -> None:
    with ctx.sessions() as session, write(session):
        notify(
            session,
            key=ctx.key,
            user_id=int(ctx.params["user_id"]),
            case_pk=None,
            kind="test",
            message=Message(f"job {ctx.key}", f"attempt {ctx.attempt}"),
        )


@handler("test_effect")
def once(ctx: JobContext) -> None:
    effect(ctx)


@handler("test_flaky")
def flaky(ctx: JobContext) -> None:
    if ctx.attempt < int(ctx.params["succeed_on"]):
        raise ConnectionError(f"the hospital's server did not answer (attempt {ctx.attempt})")
    effect(ctx)


@handler("test_effect_then_wait")
def effect_then_wait(ctx: JobContext) -> None:
    """The effect first, then wait for a file: a worker killed while waiting has done the effect."""
    effect(ctx)
    release = Path(ctx.params["release"])
    while not release.exists():
        ctx.progress(50, "waiting")
        time.sleep(0.05)


@handler("test_sleep")
def sleep(ctx: JobContext) -> None:
    time.sleep(float(ctx.params["seconds"]))
    effect(ctx)
