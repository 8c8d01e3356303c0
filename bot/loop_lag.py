"""A watch on `serve`'s event loop: any stretch over STALL_SECONDS in which the loop ran nothing else
(a long synchronous step: a big query's rows turned into objects, a policy over every action) is
logged as a warning, since every ack and answer waiting in that stretch waited that long.

The monitor is a timer that re-arms itself every INTERVAL_SECONDS and measures how late it ran;
lateness is the loop being held. A stall of S seconds shows as between S - INTERVAL_SECONDS and S of
lateness, so the interval is small; a timer callback (no task, no coroutine) keeps each wake-up to a
few microseconds. `parse_stall` reads the log line back (bench/ does, from `serve`'s log).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable

log = logging.getLogger(__name__)

STALL_SECONDS = 0.05
INTERVAL_SECONDS = 0.01
_LINE = "event loop stalled for %d ms"
_PATTERN = re.compile(r"event loop stalled for (\d+) ms")


def parse_stall(line: str) -> float | None:
    """The stall, in seconds, a monitor's log line reports; None for any other line."""
    found = _PATTERN.search(line)
    return int(found.group(1)) / 1000 if found else None


def log_stall(seconds: float) -> None:
    log.warning(_LINE, round(seconds * 1000))


class LoopLagMonitor:
    """Calls `on_stall(seconds)` for each stall over `threshold` on the running loop."""

    def __init__(
        self,
        *,
        threshold: float = STALL_SECONDS,
        interval: float = INTERVAL_SECONDS,
        on_stall: Callable[[float], None] = log_stall,
    ) -> None:
        self.threshold = threshold
        self.interval = interval
        self.on_stall = on_stall
        self._loop: asyncio.AbstractEventLoop | None = None
        self._handle: asyncio.TimerHandle | None = None
        self._due = 0.0

    def start(self) -> LoopLagMonitor:
        self._loop = asyncio.get_running_loop()
        self._arm()
        return self

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _arm(self) -> None:
        assert self._loop is not None
        self._due = self._loop.time() + self.interval
        self._handle = self._loop.call_at(self._due, self._beat)

    def _beat(self) -> None:
        assert self._loop is not None
        late = self._loop.time() - self._due
        if late > self.threshold:
            self.on_stall(late)
        self._arm()


def watch_loop() -> LoopLagMonitor:
    """Start logging the running loop's stalls; the monitor lives as long as the loop."""
    return LoopLagMonitor().start()
