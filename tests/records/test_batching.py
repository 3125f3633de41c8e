"""Batches handed over by coroutines: items asked for together share a batch, later ones form the next
batch while one is in flight, each coroutine gets its own result, and a failure reaches every item of
its batch only."""

from __future__ import annotations

import asyncio
import threading

import pytest

from her2nav.records.batching import LoopBatches


def test_items_asked_together_share_one_batch_and_each_gets_its_own_result() -> None:
    batches: list[list[int]] = []

    def handle(items: list[int]) -> list[int]:
        batches.append(items)
        return [item * 10 for item in items]

    runner = LoopBatches(handle, max_batch=100)

    async def main() -> list[int]:
        return await asyncio.gather(*(runner.submit(n) for n in range(40)))

    assert asyncio.run(main()) == [n * 10 for n in range(40)]
    assert batches == [list(range(40))]


def test_items_arriving_while_a_batch_is_handled_form_the_next_batch() -> None:
    batches: list[list[str]] = []
    first_started, let_first_finish = threading.Event(), threading.Event()

    def handle(items: list[str]) -> list[str]:
        batches.append(items)
        if items == ["first"]:
            first_started.set()
            assert let_first_finish.wait(5)
        return [item.upper() for item in items]

    runner = LoopBatches(handle, max_batch=3)

    async def main() -> list[str]:
        first = asyncio.ensure_future(runner.submit("first"))
        while not first_started.is_set():
            await asyncio.sleep(0.001)
        later = [asyncio.ensure_future(runner.submit(word)) for word in ("a", "b", "c", "d")]
        await asyncio.sleep(0.01)
        assert batches == [["first"]]  # one batch in flight: the others wait for it
        let_first_finish.set()
        return [await first, *[await item for item in later]]

    assert asyncio.run(main()) == ["FIRST", "A", "B", "C", "D"]
    assert batches == [["first"], ["a", "b", "c"], ["d"]]  # at most max_batch per batch


def test_a_failing_batch_fails_its_items_and_the_next_batch_still_runs() -> None:
    def handle(items: list[str]) -> list[str]:
        if "bad" in items:
            raise ValueError("the disk is full")
        return items

    runner = LoopBatches(handle, max_batch=10)

    async def main() -> str:
        results = await asyncio.gather(runner.submit("bad"), runner.submit("fine"), return_exceptions=True)
        assert all(isinstance(r, ValueError) for r in results)
        return await runner.submit("later")

    assert asyncio.run(main()) == "later"


def test_a_handler_that_loses_results_is_reported_not_misassigned() -> None:
    runner: LoopBatches[int, int] = LoopBatches(lambda items: items[:-1], max_batch=10)

    async def main() -> None:
        await asyncio.gather(runner.submit(1), runner.submit(2))

    with pytest.raises(RuntimeError, match="1 results for 2 items"):
        asyncio.run(main())


def test_a_late_batch_and_the_items_behind_it_get_a_timeout_in_time_and_work_resumes_after() -> None:
    release = threading.Event()
    handled: list[list[str]] = []

    def handle(items: list[str]) -> list[str]:
        handled.append(items)
        if "stuck" in items:
            release.wait(5)
        return items

    runner = LoopBatches(handle, max_batch=10, wait_seconds=0.1)

    async def main() -> tuple[list[object], float, str]:
        loop = asyncio.get_running_loop()
        began = loop.time()
        stuck = asyncio.ensure_future(runner.submit("stuck"))
        await asyncio.sleep(0.02)  # the stuck batch is in flight; these queue behind it
        queued = asyncio.ensure_future(runner.submit("queued"))
        await asyncio.sleep(0.15)
        also = asyncio.ensure_future(runner.submit("while stuck"))
        results = await asyncio.gather(stuck, queued, also, return_exceptions=True)
        waited = loop.time() - began
        release.set()  # the database is back
        return results, waited, await runner.submit("later")

    results, waited, later = asyncio.run(main())
    assert all(isinstance(r, TimeoutError) and "within 0.1 s" in str(r) for r in results)
    assert waited < 1
    assert later == "later"
    assert handled[0] == ["stuck"] and handled[-1] == ["later"]
    assert not any("queued" in items or "while stuck" in items for items in handled)  # no one waited


def test_items_of_several_event_loops_each_get_their_own_result() -> None:
    runner: LoopBatches[int, int] = LoopBatches(lambda items: [n * 2 for n in items], max_batch=5)
    outcomes: dict[int, list[int]] = {}

    def on_its_own_loop(base: int) -> None:
        async def main() -> list[int]:
            return await asyncio.gather(*(runner.submit(base + n) for n in range(12)))

        outcomes[base] = asyncio.run(main())

    threads = [threading.Thread(target=on_its_own_loop, args=(base,)) for base in (100, 200, 300)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert outcomes == {base: [(base + n) * 2 for n in range(12)] for base in (100, 200, 300)}


def test_a_handlers_own_timeout_is_a_failure_of_its_batch_only() -> None:
    def handle(items: list[str]) -> list[str]:
        if "slow driver" in items:
            raise TimeoutError("the driver gave up")
        return items

    runner = LoopBatches(handle, max_batch=10, wait_seconds=5)

    async def main() -> list[object]:
        first = asyncio.ensure_future(runner.submit("slow driver"))
        await asyncio.sleep(0)  # in flight; the next one queues
        return await asyncio.gather(first, runner.submit("fine"), return_exceptions=True)

    failed, fine = asyncio.run(main())
    assert isinstance(failed, TimeoutError) and str(failed) == "the driver gave up"
    assert fine == "fine"


def test_items_are_handled_when_the_loops_executor_is_already_shut_down() -> None:
    runner: LoopBatches[int, int] = LoopBatches(lambda items: [n + 1 for n in items], max_batch=5)

    async def main() -> int:
        await asyncio.get_running_loop().shutdown_default_executor()
        return await runner.submit(41)

    assert asyncio.run(main()) == 42
