"""The Slack edge's own state: the store, the clock, the work in flight after each ack, and the
HTTP session that response_url posts share.

Slack wants every request answered within 3 seconds, whatever the store is doing. Every listener
acks first (a slash command may put its answer in the ack, see bot/slack/commands.py), hands the
rest of its work to a task of its own (`spawn`) and returns, so bolt answers the request at once
(the app runs with process_before_response=True: no 10 ms polling for the ack). `aclose` waits for
the work still running when the server stops. Which request goes to which listener is in
bot/slack/listeners.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

import aiohttp

from storage.db import Database

DRAIN_SECONDS = 10.0

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


class SlackEdge:
    def __init__(self, db: Database, *, clock: Clock = utcnow) -> None:
        self.db = db
        self.clock = clock
        self._tasks: set[asyncio.Task[None]] = set()
        self._http: aiohttp.ClientSession | None = None

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        """Run a listener's work after its ack, holding the task until it ends (asyncio keeps only
        a weak reference)."""
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def settle(self, timeout: float = DRAIN_SECONDS) -> bool:
        """Wait until no listener work is in flight, work spawned meanwhile included; False when
        some is still running after `timeout`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._tasks:
            left = deadline - loop.time()
            if left <= 0:
                return False
            await asyncio.wait(set(self._tasks), timeout=left)
        return True

    def busy(self) -> bool:
        return bool(self._tasks)

    async def aclose(self, timeout: float = DRAIN_SECONDS) -> None:
        """Let the work in flight finish (cancelled after `timeout`), then close the HTTP session."""
        if not await self.settle(timeout):
            pending = set(self._tasks)
            for task in pending:
                task.cancel()
            await asyncio.wait(pending, timeout=1.0)
        if self._http is not None:
            await self._http.close()
            self._http = None

    def http(self) -> aiohttp.ClientSession:
        """The session response_url posts share (a new one per post costs a connection each time)."""
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        return self._http
