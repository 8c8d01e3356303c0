"""Running the reminder engine inside `committee-bot serve` and the terminal demo, through the
notifiers the edges registered.

APScheduler 3's AsyncIOScheduler runs one job, a tick every minute, with an explicit UTC timezone.
Each tick works out from the store what is due now (in each committee's own timezone), so nothing
depends on jobs surviving a restart, and a tick missed while the process was down is made up by
the next one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Settings
from bot.console_notifier import ConsoleNotifier, log_notifier
from scheduler.engine import Engine
from scheduler.notifier import Notifier
from storage import bindings, committees
from storage.db import Database

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


class Runner:
    """The running scheduler; `stop()` ends it after any tick in progress.

    APScheduler's asyncio executor cancels the tasks of running jobs when it shuts down, which
    would cut a tick off between claiming a reminder and recording it as sent (and log the
    cancellation as a failed job). So `stop()` first pauses the scheduler and waits, up to `grace`
    seconds, for the ticks it started; only a tick still running after that is cancelled.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        clock: Clock = utcnow,
        every: timedelta = timedelta(minutes=1),
        after_tick: Callable[[], None] | None = None,
        grace: float = 20.0,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.after_tick = after_tick
        self.grace = grace
        self._lock = asyncio.Lock()
        self._ticks: set[asyncio.Task[object]] = set()
        self._scheduler = AsyncIOScheduler(timezone=UTC)
        self._scheduler.add_job(
            self._scheduled,
            IntervalTrigger(seconds=every.total_seconds(), timezone=UTC),
            id="reminders",
            next_run_time=clock() + timedelta(seconds=2),
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
        )

    def start(self) -> None:
        self._scheduler.start()

    async def _scheduled(self) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._ticks.add(task)
            task.add_done_callback(self._ticks.discard)
        await self.run_once()

    async def run_once(self, *, announce: bool = True) -> None:
        async with self._lock:
            try:
                report = await self.engine.tick(self.clock())
            except Exception:  # a failed tick is logged; the next one starts afresh
                log.exception("reminder tick failed")
                return
        if announce and self.after_tick is not None:
            self.after_tick()
        if report.sent or report.failed or report.retrying:
            log.info(
                "reminders: %d sent, %d retrying, %d failed",
                len(report.sent),
                len(report.retrying),
                len(report.failed),
            )

    async def stop(self) -> None:
        if self._scheduler.running:
            self._scheduler.pause()
            await asyncio.sleep(0)  # a job submitted just now starts, and so is waited for
            if self._ticks:
                _, late = await asyncio.wait(set(self._ticks), timeout=self.grace)
                if late:
                    log.warning("a reminder tick still running after %gs is cancelled", self.grace)
            self._scheduler.shutdown(wait=False)
        async with self._lock:
            pass


async def start_server_scheduler(notifiers: list[Notifier], db: Database, settings: Settings) -> Runner:
    """The scheduler of `serve`, sending through the edges' notifiers (`app[NOTIFIERS_KEY]`), or
    to the log when no chat platform is configured."""
    fallback = None if notifiers else log_notifier()
    if fallback is not None:
        log.info("no chat platform is configured: reminders are written to the log")
    engine = Engine(
        db, notifiers, fallback=fallback, lease=timedelta(seconds=settings.reminder_lease_seconds)
    )
    runner = Runner(engine, every=timedelta(seconds=settings.reminder_tick_seconds))
    runner.start()
    return runner


async def start_console_scheduler(
    db: Database,
    *,
    say: Callable[[str], None],
    notifier: ConsoleNotifier | None = None,
    after_tick: Callable[[], None] | None = None,
) -> Runner:
    """Reminders in the terminal chat: each committee's channel is the terminal (`console:CODE`).
    What is due at the start is sent before this returns, so the chat can say so before its first
    prompt; `after_tick` is called after each later tick."""
    now = utcnow()
    async with db.transaction() as session:
        for committee in await committees.list_committees(session):
            await bindings.upsert_binding(
                session,
                platform="console",
                channel_id=f"console:{committee.code}",
                now=now,
                committee_id=committee.id,
                name=f"#{committee.code.lower()}",
            )
    runner = Runner(Engine(db, [notifier or ConsoleNotifier(say)]), after_tick=after_tick)
    await runner.run_once(announce=False)
    runner.start()
    return runner


def describe(notifiers: Iterable[Notifier]) -> str:
    return ", ".join(n.platform for n in notifiers) or "none"
