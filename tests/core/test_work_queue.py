"""The server's bounded work queue: first in, first out, a fixed number at a time, and a refusal
(rather than a wait that helps nobody) when it is too far behind."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.work_queue import WorkQueue


class Gate:
    """Jobs that wait for the test to let them finish, recording when they start."""

    def __init__(self) -> None:
        self.open = asyncio.Event()
        self.started: list[int] = []
        self.running = 0
        self.most = 0

    def job(self, n: int):  # type: ignore[no-untyped-def]
        async def run() -> None:
            self.started.append(n)
            self.running += 1
            self.most = max(self.most, self.running)
            try:
                await self.open.wait()
            finally:
                self.running -= 1

        return run


async def _until(check, timeout: float = 2.0) -> None:  # type: ignore[no-untyped-def]
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(0.005)


async def test_a_fixed_number_of_jobs_run_at_once_in_the_order_they_came() -> None:
    queue, gate = WorkQueue(workers=3), Gate()
    assert not queue.would_wait()
    for n in range(10):
        assert queue.submit(gate.job(n))
    await _until(lambda: len(gate.started) == 3)
    assert gate.started == [0, 1, 2] and queue.waiting == 7
    assert queue.would_wait() and queue.busy()
    gate.open.set()
    assert await queue.settle(2)
    assert gate.started == list(range(10)) and gate.most == 3
    assert not queue.busy() and not queue.would_wait()
    await queue.aclose()


async def test_a_job_would_wait_only_when_every_worker_is_taken() -> None:
    queue, gate = WorkQueue(workers=2), Gate()
    queue.submit(gate.job(1))
    assert not queue.would_wait(), "one worker is still free"
    queue.submit(gate.job(2))
    assert queue.would_wait()
    gate.open.set()
    await queue.settle(2)
    assert not queue.would_wait()
    await queue.aclose()


async def test_a_full_queue_refuses_and_runs_nothing_more() -> None:
    queue, gate = WorkQueue(workers=1, capacity=3), Gate()
    assert queue.submit(gate.job(0))
    await _until(lambda: gate.started == [0])
    assert all(queue.submit(gate.job(n)) for n in range(1, 4))  # one runs, three wait
    assert not queue.submit(gate.job(99))
    assert queue.refused == 1
    gate.open.set()
    await queue.settle(2)
    assert gate.started == [0, 1, 2, 3]
    await queue.aclose()


async def test_it_refuses_when_the_jobs_ahead_would_take_too_long_at_the_recent_pace() -> None:
    queue = WorkQueue(workers=2, busy_after=0.5)

    async def slow() -> None:
        await asyncio.sleep(0.1)

    for _ in range(4):
        queue.submit(slow)
    await queue.settle(2)  # the pace: about 0.1 s a job
    accepted = 0
    while queue.submit(slow):
        accepted += 1
        assert accepted < 100
    # 2 workers at 0.1 s a job: about 10 jobs make half a second
    assert 8 <= accepted <= 14, accepted
    assert queue.expected_wait() > 0.5
    await queue.settle(5)
    assert queue.submit(slow), "once the queue has drained it takes work again"
    await queue.aclose()


async def test_a_job_that_waited_too_long_runs_its_too_late_instead() -> None:
    queue, gate = WorkQueue(workers=1, stale_after=0.05), Gate()
    ran: list[str] = []

    async def late_job() -> None:
        ran.append("job")

    async def too_late() -> None:
        ran.append("too late")

    queue.submit(gate.job(1))
    queue.submit(late_job, too_late=too_late)
    await asyncio.sleep(0.1)
    gate.open.set()
    await queue.settle(2)
    assert ran == ["too late"]
    await queue.aclose()


async def test_a_failing_job_is_logged_and_the_worker_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    queue = WorkQueue(workers=1)
    done: list[int] = []

    async def fails() -> None:
        raise RuntimeError("boom")

    async def works() -> None:
        done.append(1)

    with caplog.at_level(logging.ERROR, logger="bot.work_queue"):
        queue.submit(fails)
        queue.submit(works)
        assert await queue.settle(2)
    assert done == [1]
    assert "a queued job failed" in caplog.text and "boom" in caplog.text
    await queue.aclose()


async def test_close_lets_queued_work_finish_then_stops_the_workers() -> None:
    queue = WorkQueue(workers=2)
    done: list[int] = []

    async def job() -> None:
        await asyncio.sleep(0.01)
        done.append(1)

    for _ in range(6):
        queue.submit(job)
    await queue.aclose(timeout=2)
    assert done == [1] * 6
    assert not queue.busy()
