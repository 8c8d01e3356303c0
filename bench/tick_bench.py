"""The scheduler tick on the generated store, with a notifier that records and sends nothing.

`serve` runs one Engine that ticks every minute; `remind` runs a fresh one once. The figures:

- compute everything due, from cold: a fresh engine's `load` (read the state, run the policy)
  with nothing yet in the ledger, so every digest of the week and every stale nudge is due;
  median of 5, each on a new Engine;
- the first full tick, which claims and records every delivery due in the ledger;
- the steady tick of a running engine: the same engine ticking each minute after that, reading
  only the actions whose nudge fell due since its last tick (median of 5);
- the running engine's hourly full read (median of 3): it reads the whole stale window again, but
  knows which keys it has settled;
- the quiet tick of a fresh engine (what `remind` costs once the ledger holds the keys), median of 5.

Around each, the loop-lag monitor `serve` runs (bot/loop_lag.py, here with a 5 ms timer) watches
this process's event loop, on which the engine runs as it does in `serve`: every stall over
50 ms is kept, by phase. A stall there is a stall of every ack `serve` owes meanwhile.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.loop_lag import LoopLagMonitor
from handlers.replies import Reply
from scheduler import collector
from scheduler.engine import FULL_SCAN, Engine
from scheduler.notifier import Sent
from storage.db import Database
from storage.models import ChannelBinding, Person


@dataclass
class RecordingNotifier:
    platform: str = "slack"
    sent: list[str] = field(default_factory=list)

    async def post_channel(self, binding: ChannelBinding, reply: Reply) -> Sent:
        self.sent.append(binding.channel_id)
        return Sent(f"m{len(self.sent)}")

    async def post_direct(self, person: Person, reply: Reply) -> Sent:
        self.sent.append(person.slack_user_id or "")
        return Sent(f"m{len(self.sent)}")

    def reaches(self, person: Person) -> bool:
        return bool(person.slack_user_id)


@dataclass
class TickFigures:
    plan_ms: list[float]
    planned: int
    live_loaded: int
    first_tick_s: float
    first_sent: int
    steady_ms: list[float]
    hourly_ms: list[float]
    quiet_ms: list[float]
    stalls: dict[str, list[float]] = field(default_factory=dict)
    """Stalls of the loop over 50 ms, in seconds, by phase: cold, first, steady, hourly, quiet."""
    plan_cpu_ms: list[float] = field(default_factory=list)
    """This process's CPU (all threads: the loop and aiosqlite's) in each cold load: less moved
    by other work on the machine than the time; PostgreSQL's own work is not in it."""
    sends: dict[str, int] = field(default_factory=dict)
    """Deliveries sent by phase after the first tick: what was due in the steady ticks, etc."""

    @property
    def plan_median_ms(self) -> float:
        return statistics.median(self.plan_ms)

    @property
    def steady_tick_ms(self) -> float:
        return statistics.median(self.steady_ms)

    @property
    def hourly_tick_ms(self) -> float:
        return statistics.median(self.hourly_ms)

    @property
    def quiet_tick_ms(self) -> float:
        return statistics.median(self.quiet_ms)


STALL_INTERVAL_S = 0.005


@asynccontextmanager
async def watching(stalls: dict[str, list[float]], phase: str) -> AsyncIterator[None]:
    """Keep the loop's stalls over 50 ms while the body runs, under `phase`."""
    seen = stalls.setdefault(phase, [])
    monitor = LoopLagMonitor(interval=STALL_INTERVAL_S, on_stall=seen.append).start()
    try:
        yield
    finally:
        await asyncio.sleep(2 * STALL_INTERVAL_S)  # a stall at the very end is seen too
        monitor.stop()


async def _tick_ms(engine: Engine, at: datetime) -> float:
    start = time.perf_counter()
    await engine.tick(at)
    return (time.perf_counter() - start) * 1000


async def tick_figures(db: Database, now: datetime, *, repeats: int = 5) -> TickFigures:
    notifier = RecordingNotifier()
    stalls: dict[str, list[float]] = {}
    await Engine(db, [notifier]).load(now)  # warm the caches, as a running server has them
    gc.collect()
    gc.freeze()  # as `serve` does after start-up
    times, cpu = [], []
    planned = live = 0
    for _ in range(repeats):
        engine = Engine(db, [notifier])
        # as in a tick, no full collection until the state is gone (scheduler/collector.py)
        with collector.paused():
            async with watching(stalls, "cold"):
                start, start_cpu = time.perf_counter(), time.process_time()
                state, plan = await engine.load(now)
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            planned, live = len(plan.items), len(state.actions)
            del state, plan
    running = Engine(db, [notifier])
    async with watching(stalls, "first"):
        start = time.perf_counter()
        await running.tick(now)
        first = time.perf_counter() - start
    first_sent = len(notifier.sent)
    minute = timedelta(minutes=1)
    async with watching(stalls, "steady"):
        steady = [await _tick_ms(running, now + i * minute) for i in range(1, repeats + 1)]
    sends = {"steady": len(notifier.sent) - first_sent}
    async with watching(stalls, "hourly"):
        hourly = [await _tick_ms(running, now + i * (FULL_SCAN + minute)) for i in range(1, 4)]
    sends["hourly"] = len(notifier.sent) - first_sent - sends["steady"]
    async with watching(stalls, "quiet"):
        quiet = [await _tick_ms(Engine(db, [notifier]), now) for _ in range(repeats)]
    gc.unfreeze()
    return TickFigures(times, planned, live, first, first_sent, steady, hourly, quiet, stalls, cpu, sends)
