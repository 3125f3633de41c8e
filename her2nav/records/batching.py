"""Batches of work handed over by coroutines, handled in a worker thread: group commit for an event loop.

A coroutine submits an item and awaits its result. The first item is handled at once, in a worker
thread (as soon as the current turn of the event loop is over, so that the items of requests handled
together share it); the items that arrive while a batch is being handled form the next one. There is
no timer: batches grow with the load, and a lone item waits for its own handling only. One batch is
in flight at a time. The worker thread chains the batches itself — when one is done it takes the next without
waiting for the event loop — and hands each coroutine its result on that coroutine's own loop. (When
the loop had to start every batch, the next batch waited for the loop to get round to it, behind the
responses it was sending: about a third of each cycle on a busy server.)

Items may be given a deadline (``wait_seconds``): an item not handled by then gets ``TimeoutError``.
A watch on each event loop checks the waiting items (at most every second), so the cost is a few
timers per loop, not one per item. A stuck batch cannot be stopped (it is in a thread): the items
behind it time out too, and the worker goes on with the items still waited for once it returns.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import deque
from collections.abc import Callable
from typing import Generic, NamedTuple, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

WATCH_EVERY = 1.0  # seconds between looks at the items waiting on a loop (at most)


class _Ask(NamedTuple, Generic[Item, Result]):
    item: Item
    waiter: asyncio.Future[Result]
    loop: asyncio.AbstractEventLoop


_Answers = list[tuple[asyncio.Future[Result], Result | BaseException]]  # (waiter, its result or error)


def _settle(answers: _Answers[Result]) -> None:
    """On the waiters' loop: tell each coroutine still waiting how its item went."""
    for waiter, answer in answers:
        if waiter.done():  # the coroutine stopped waiting (deadline passed, or cancelled)
            continue
        if isinstance(answer, BaseException):
            waiter.set_exception(answer)
        else:
            waiter.set_result(answer)


class LoopBatches(Generic[Item, Result]):
    """``handle`` takes a batch of items and returns one result per item, in order; it runs in a worker
    thread. If it raises, every item of that batch gets the exception. ``wait_seconds``: how long an
    item may wait for its result (None: for ever)."""

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
        self._lock = threading.Lock()  # guards _open and _draining (coroutines and the worker use them)
        self._open: deque[_Ask[Item, Result]] = deque()
        self._draining = False
        # Per event loop, used on that loop's thread only: (deadline, waiter) in the order submitted.
        self._watched: dict[asyncio.AbstractEventLoop, deque[tuple[float, asyncio.Future[Result]]]] = {}

    async def submit(self, item: Item) -> Result:
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[Result] = loop.create_future()
        with self._lock:
            self._open.append(_Ask(item, waiter, loop))
            start, self._draining = not self._draining, True
        if start:  # after this turn of the loop, so that the items of requests handled together share it
            loop.call_soon(self._start, loop)
        if self._wait_seconds is not None:
            self._watch(loop, waiter, self._wait_seconds)
        return await waiter

    # --- the worker thread ---

    def _start(self, loop: asyncio.AbstractEventLoop) -> None:
        try:
            loop.run_in_executor(None, self._drain)
        except RuntimeError:  # the loop's executor is shut down (the loop is closing): a thread of its own
            threading.Thread(target=self._drain, name="her2nav-batches", daemon=True).start()

    def _drain(self) -> None:
        """Handle batches one after another until no item is left."""
        while True:
            with self._lock:
                batch = [self._open.popleft() for _ in range(min(len(self._open), self._max_batch))]
                if not batch:
                    self._draining = False
                    return
            batch = [ask for ask in batch if not ask.waiter.done()]  # no one waits for these any more
            if batch:
                self._answer(batch, self._results(batch))

    def _results(self, batch: list[_Ask[Item, Result]]) -> list[Result] | Exception:
        try:
            results = self._handle([ask.item for ask in batch])
        except Exception as err:
            return err
        if len(results) != len(batch):
            return RuntimeError(f"{len(results)} results for {len(batch)} items")
        return results

    @staticmethod
    def _answer(batch: list[_Ask[Item, Result]], results: list[Result] | Exception) -> None:
        """Hand the results over, one call per event loop."""
        answers: dict[asyncio.AbstractEventLoop, _Answers[Result]] = {}
        for n, ask in enumerate(batch):
            answer = results if isinstance(results, Exception) else results[n]
            answers.setdefault(ask.loop, []).append((ask.waiter, answer))
        for loop, pairs in answers.items():
            with contextlib.suppress(RuntimeError):  # that loop is closed: no one is left to tell
                loop.call_soon_threadsafe(_settle, pairs)

    # --- deadlines, on each event loop ---

    def _watch(self, loop: asyncio.AbstractEventLoop, waiter: asyncio.Future[Result], wait: float) -> None:
        watched = self._watched.get(loop)
        if watched is None:
            watched = self._watched[loop] = deque()
            loop.call_later(min(wait, WATCH_EVERY), self._look, loop, wait)
        watched.append((loop.time() + wait, waiter))

    def _look(self, loop: asyncio.AbstractEventLoop, wait: float) -> None:
        """Refuse the items past their deadline; look again while any is waiting."""
        watched = self._watched[loop]
        now = loop.time()
        while watched and (watched[0][1].done() or watched[0][0] <= now):
            _, waiter = watched.popleft()
            if not waiter.done():
                waiter.set_exception(TimeoutError(f"not handled within {wait} s"))
        if watched:
            loop.call_later(min(wait, WATCH_EVERY), self._look, loop, wait)
        else:
            del self._watched[loop]
