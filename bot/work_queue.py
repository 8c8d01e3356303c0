"""The server's one bounded work queue: what the edges do after they have acked, run by a fixed
number of workers on the event loop, so no request's ack waits behind another request's work.

Slack wants every request acked within 3 s, and Teams within 15 s; a committee typing `/actions` at
the start of a meeting sends two hundred at once. An edge acks first and submits the rest here:
the store, the handler, the answer posted to Slack's response_url or the Bot Connector. The queue is
first in, first out; WORKERS jobs run at a time, each to its end.

- `would_wait()` tells an edge whether a job submitted now would wait for a worker: a slash command
  then acks at once instead of waiting for its answer (bot/slack/commands.py).
- `submit` refuses a job (False) when CAPACITY jobs are waiting, or when the ones ahead would take
  longer than BUSY_AFTER_SECONDS at the recent pace (the median time a job took, over the last
  SAMPLE jobs, times the jobs ahead, over the workers); the edge then says "busy, try again in a
  minute" at once rather than leave the user waiting for an answer that comes too late to help.
- A job that still waited longer than STALE_SECONDS when a worker takes it runs its `too_late`
  instead (the same "busy" answer, nothing changed).

Every job is awaited by a worker, so nothing runs unbounded beside the queue; `settle` waits until
the queue is empty and no job runs; `aclose` lets the work finish (or cancels it after a timeout)
when the server stops.
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

WORKERS = 8
CAPACITY = 2000
BUSY_AFTER_SECONDS = 20.0
STALE_SECONDS = 60.0
SAMPLE = 64
DRAIN_SECONDS = 10.0

BUSY = (
    "I'm answering a lot of requests at once just now, so I haven't done that. Please try again in a minute."
)

Work = Callable[[], Awaitable[None]]


@dataclass
class _Job:
    run: Work
    too_late: Work | None
    queued: float = field(default_factory=time.monotonic)


class WorkQueue:
    def __init__(
        self,
        *,
        workers: int = WORKERS,
        capacity: int = CAPACITY,
        busy_after: float = BUSY_AFTER_SECONDS,
        stale_after: float = STALE_SECONDS,
    ) -> None:
        self.workers = workers
        self.capacity = capacity
        self.busy_after = busy_after
        self.stale_after = stale_after
        self._jobs: asyncio.Queue[_Job] | None = None
        self._quiet: asyncio.Event | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._idle = 0
        self._running = 0
        self._took: deque[float] = deque(maxlen=SAMPLE)
        self.refused = 0

    def _start(self) -> None:
        if self._tasks:
            return
        self._jobs = asyncio.Queue()
        self._quiet = asyncio.Event()
        self._quiet.set()
        loop = asyncio.get_running_loop()
        self._tasks = [loop.create_task(self._worker(), name=f"work-{n}") for n in range(self.workers)]
        self._idle = self.workers

    @property
    def waiting(self) -> int:
        return 0 if self._jobs is None else self._jobs.qsize()

    def would_wait(self) -> bool:
        """Whether a job submitted now would wait for a worker."""
        return bool(self._tasks) and self.waiting >= self._idle

    def expected_wait(self) -> float:
        """Seconds until a job submitted now would start, at the recent pace."""
        if not self.waiting or not self._took:
            return 0.0
        return self.waiting * statistics.median(self._took) / self.workers

    def submit(self, run: Work, *, too_late: Work | None = None) -> bool:
        """Queue `run`; False, and nothing queued, when the server is too busy to do it in time."""
        self._start()
        if self.waiting >= self.capacity or self.expected_wait() > self.busy_after:
            self.refused += 1
            log.warning(
                "busy: refused a job (%d waiting, about %.1f s ahead)", self.waiting, self.expected_wait()
            )
            return False
        assert self._jobs is not None and self._quiet is not None
        self._jobs.put_nowait(_Job(run, too_late))
        self._quiet.clear()
        return True

    async def _worker(self) -> None:
        assert self._jobs is not None and self._quiet is not None
        while True:
            job = await self._jobs.get()
            self._idle -= 1
            self._running += 1
            started = time.monotonic()
            late = started - job.queued > self.stale_after
            try:
                if not late:
                    await job.run()
                elif job.too_late is not None:
                    await job.too_late()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("a queued job failed")
            finally:
                self._idle += 1
                self._running -= 1
                if not late:
                    self._took.append(time.monotonic() - started)
                if not self.waiting and not self._running:
                    self._quiet.set()

    def busy(self) -> bool:
        return self.waiting > 0 or self._running > 0

    async def settle(self, timeout: float = DRAIN_SECONDS) -> bool:
        """Wait until no job waits or runs; False when some still do after `timeout`."""
        if self._quiet is None:
            return True
        try:
            await asyncio.wait_for(self._quiet.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def aclose(self, timeout: float = DRAIN_SECONDS) -> None:
        """Let the queued work finish, then stop the workers (cancelling what still runs after `timeout`)."""
        if not self._tasks:
            return
        if not await self.settle(timeout):
            log.warning("stopping with %d jobs waiting and %d running", self.waiting, self._running)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        self._jobs = None
