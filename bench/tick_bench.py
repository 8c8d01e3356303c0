"""The scheduler tick on the generated store, with a notifier that records and sends nothing.

Three figures: the planning pass (`Engine.load`: load the state, compute everything due) repeated
on the same store; the first full tick, which claims and records every delivery due in the ledger;
and quiet ticks after it (what every minute costs once the ledger holds the keys), median of 5.
"""

from __future__ import annotations

import gc
import statistics
import time
from dataclasses import dataclass, field
from datetime import datetime

from handlers.replies import Reply
from scheduler.engine import Engine, tick
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
    quiet_tick_ms: float

    @property
    def plan_median_ms(self) -> float:
        return statistics.median(self.plan_ms)


async def tick_figures(db: Database, now: datetime, *, repeats: int = 5) -> TickFigures:
    notifier = RecordingNotifier()
    engine = Engine(db, [notifier])
    await engine.load(now)  # warm the caches, as a running server has them
    gc.collect()
    gc.freeze()  # as `serve` does after start-up
    times = []
    planned = live = 0
    for _ in range(repeats):
        start = time.perf_counter()
        state, plan = await engine.load(now)
        times.append((time.perf_counter() - start) * 1000)
        planned, live = len(plan.deliveries), len(state.actions)
    start = time.perf_counter()
    await engine.tick(now)
    first = time.perf_counter() - start
    quiet = []
    for _ in range(repeats):
        start = time.perf_counter()
        await tick(db, [notifier], now)
        quiet.append((time.perf_counter() - start) * 1000)
    gc.unfreeze()
    return TickFigures(times, planned, live, first, len(notifier.sent), statistics.median(quiet))
