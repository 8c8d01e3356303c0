"""The Slack edge's own state: the store, the clock, the work after each ack, and the HTTP session
that response_url posts share.

Slack wants every request answered within 3 seconds, whatever the store is doing. Every listener
acks first (a slash command may put its answer in the ack, see bot/slack/commands.py) and hands the
rest of its work to the server's bounded work queue (`work`, bot/work_queue.py), so bolt answers the
request at once (the app runs with process_before_response=True: no 10 ms polling for the ack) and
a burst of requests queues behind a fixed number of workers instead of all running at once. The
little that must happen within seconds of the click and touches no store (opening a modal while
its trigger id is valid) or that has its own bound (reading a shared file, in the reader's worker
process) runs as a task of its own (`spawn`). `aclose` waits for both when the server stops. Which
request goes to which listener is in bot/slack/listeners.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

import aiohttp

from bot.work_queue import WorkQueue
from storage.db import Database

DRAIN_SECONDS = 10.0

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


class SlackEdge:
    def __init__(self, db: Database, *, work: WorkQueue | None = None, clock: Clock = utcnow) -> None:
        self.db = db
        self.clock = clock
        self.work = work if work is not None else WorkQueue()
        self._owns_work = work is None
        self._tasks: set[asyncio.Task[None]] = set()
        self._http: aiohttp.ClientSession | None = None

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        """Run a short job of a listener at once, beside the queue, holding the task until it ends
        (asyncio keeps only a weak reference)."""
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def settle(self, timeout: float = DRAIN_SECONDS) -> bool:
        """Wait until no listener work is queued or in flight, work added meanwhile included; False
        when some is still running after `timeout`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._tasks or self.work.busy():
            left = deadline - loop.time()
            if left <= 0:
                return False
            if self._tasks:
                await asyncio.wait(set(self._tasks), timeout=left)
            elif not await self.work.settle(left):
                return False
        return True

    def busy(self) -> bool:
        return bool(self._tasks) or self.work.busy()

    async def aclose(self, timeout: float = DRAIN_SECONDS) -> None:
        """Let the work in flight finish (cancelled after `timeout`), then close the HTTP session.
        The queue's workers are stopped by the server, which owns the queue."""
        if not await self.settle(timeout):
            pending = set(self._tasks)
            for task in pending:
                task.cancel()
            await asyncio.wait(pending, timeout=1.0)
        if self._owns_work:
            await self.work.aclose(timeout)
        if self._http is not None:
            await self._http.close()
            self._http = None

    def http(self) -> aiohttp.ClientSession:
        """The session response_url posts share (a new one per post costs a connection each time)."""
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        return self._http
