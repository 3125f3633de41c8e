"""Batches of work handed over by coroutines, handled in a worker thread: group commit for an event loop.

A coroutine submits an item and awaits its result. The first item of a batch is handled at once (as
soon as the current turn of the event loop is over, so that the items of requests handled together
share it); the items that arrive while a batch is being handled form the next one. There is no timer:
batches grow with the load, and a lone item waits for its own handling only. One batch per event
loop is in flight at a time, handled by one call in the loop's default executor, so the loop itself
never waits for a disk or a database.

A batch may be given a deadline (``wait_seconds``): if it is not handled by then, its items, and the
items queued behind it, get ``TimeoutError`` — one timer per batch rather than one per item. The
late handling goes on in its thread (a thread cannot be stopped) and the next batch starts beside it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def _settle(waiters: list[asyncio.Future[Result]], results: list[Result] | BaseException) -> None:
    """Tell the coroutines waiting on a batch (on their own event loop) how it went."""
    for n, waiter in enumerate(waiters):
        if waiter.done():  # the coroutine stopped waiting (timeout or cancelled)
            continue
        if isinstance(results, BaseException):
            waiter.set_exception(results)
        else:
            waiter.set_result(results[n])


class LoopBatches(Generic[Item, Result]):
    """``handle`` takes a batch of items and returns one result per item, in order; it runs in a worker
    thread. If it raises, every item of that batch gets the exception. ``wait_seconds``: the deadline
    of a batch (None: none)."""

    def __init__(
        self,
        handle: Callable[[list[Item]], list[Result]],
        *,
        max_batch: int,
        wait_seconds: float | None = None,
    ) -> None:
        self._handle = handle
        self._max_batch = max_batch
        self._wait_seconds = wait_seconds
        # Per event loop: the items waiting for the next batch, each with the future its coroutine awaits,
        # and the task that hands that loop's batches over one after another (while it has any).
        self._open: dict[asyncio.AbstractEventLoop, list[tuple[Item, asyncio.Future[Result]]]] = {}
        self._flushers: dict[asyncio.AbstractEventLoop, asyncio.Task[None]] = {}

    async def submit(self, item: Item) -> Result:
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[Result] = loop.create_future()
        self._open.setdefault(loop, []).append((item, waiter))
        if loop not in self._flushers:
            self._flushers[loop] = loop.create_task(self._flush(loop))
        return await waiter

    def _next_batch(self, loop: asyncio.AbstractEventLoop) -> list[tuple[Item, asyncio.Future[Result]]]:
        """The loop's open batch (at most ``max_batch`` items; the rest wait for the next one)."""
        batch = self._open.pop(loop, [])
        if len(batch) > self._max_batch:
            batch, self._open[loop] = batch[: self._max_batch], batch[self._max_batch :]
        return batch

    async def _flush(self, loop: asyncio.AbstractEventLoop) -> None:
        try:
            while batch := self._next_batch(loop):
                waiters = [waiter for _, waiter in batch]
                deadline = asyncio.timeout(self._wait_seconds)
                try:
                    async with deadline:
                        results = await loop.run_in_executor(None, self._handle, [item for item, _ in batch])
                except TimeoutError as err:
                    if not deadline.expired():  # the handler's own TimeoutError: a failure like any other
                        _settle(waiters, err)
                        continue
                    late = TimeoutError(f"a batch was not handled within {self._wait_seconds} s")
                    _settle(waiters, late)
                    _settle([waiter for _, waiter in self._open.pop(loop, [])], late)  # they waited as long
                    continue
                except Exception as err:
                    _settle(waiters, err)
                    continue
                if len(results) != len(batch):
                    _settle(waiters, RuntimeError(f"{len(results)} results for {len(batch)} items"))
                    continue
                _settle(waiters, results)
        finally:  # nothing awaits between the last (empty) look and here: no item can slip in unseen
            del self._flushers[loop]
