"""A tick: what is due now (read and planned off the loop's back), then sent, each item exactly
once, one message per recipient per run (scheduler/sending.py).

The heavy part of a tick, planning over thousands of rows, runs in a worker thread: the policy is
a pure function of the state, and the event loop (which `serve` shares with every Slack ack) keeps
turning meanwhile. Reading the rows gives the loop back between partitions. The messages are then
sent a batch at a time: what a batch shows (its digests' actions, the texts) is read just before
it is sent, and dropped after. No full garbage collection runs during a tick; the young ones do;
and what the tick held is emptied a slice at a time before it returns (scheduler/collector.py).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from scheduler import collector, digests
from scheduler.model import PersonTarget, Plan, PlannedMessage, State
from scheduler.notifier import Notifier
from scheduler.nudges import next_times
from scheduler.policy import plan
from scheduler.sending import LATE, UNREACHABLE, Sender, has_account, message_key
from scheduler.state import load_state, load_texts
from scheduler.tick_report import TickReport
from storage import deliveries as ledger
from storage import next_reminders
from storage.db import Database
from storage.models import Person

__all__ = ["FULL_SCAN", "LATE", "UNREACHABLE", "Engine", "has_account", "message_key", "tick"]

log = logging.getLogger(__name__)

FULL_SCAN = timedelta(hours=1)
"""How often a running engine forgets the keys it knows are settled (so its memory stays bounded)."""
BATCH = 200
"""Messages whose content is read at once, before they are sent."""


class Engine(Sender):
    def __init__(
        self,
        db: Database,
        notifiers: Sequence[Notifier],
        *,
        fallback: Notifier | None = None,
        instance: str | None = None,
        lease: timedelta = timedelta(minutes=5),
        max_attempts: int = 8,
        reach: Callable[[Person], bool] | None = None,
    ) -> None:
        """`reach` says who can be reached when no notifier is there to say (`remind --dry-run`)."""
        self.db = db
        self._reach = reach
        self.notifiers = list(notifiers)
        self.fallback = fallback
        self.instance = instance or f"engine-{uuid.uuid4().hex[:12]}"
        self.lease = lease
        self.max_attempts = max_attempts
        self.settled: set[str] = set()
        """Item and occasion keys this engine knows are final (sent, failed, skipped)."""
        self._unroutable: set[str] = set()
        self._forget_at: datetime | None = None

    def reaches(self, person: Person) -> bool:
        if self._reach is not None:
            return self._reach(person)
        return self.notifier_for(PersonTarget(person)) is not None

    async def load(self, now: datetime) -> tuple[State, Plan]:
        """The state and the plan at `now`: the rows read (giving the loop back between
        partitions, converted in a worker thread), then the plan made in a worker thread; with
        no full garbage collection meanwhile (scheduler/collector.py)."""
        with collector.paused():
            async with self.db.read() as session:
                state = await load_state(session, now=now, settled=self.settled)
            state.unreachable = {pid for pid, p in state.people.items() if not self.reaches(p)}
            return state, await asyncio.to_thread(plan, state, now)

    async def tick(self, now: datetime) -> TickReport:
        with collector.paused():
            return await self._tick(now)

    async def _tick(self, now: datetime) -> TickReport:
        if self._forget_at is None or now >= self._forget_at:
            self.settled.clear()
            self._forget_at = now + FULL_SCAN
        state, planned = await self.load(now)
        report = TickReport(planned=len(planned.items))
        for skip in planned.skips:
            if skip.key in self.settled:
                continue
            noted = await self.db.run(
                lambda s, skip=skip: ledger.settle(  # type: ignore[misc]
                    s,
                    key=skip.key,
                    kind=skip.kind,
                    committee_id=skip.committee_id,
                    recipient="*",
                    now=now,
                    status=ledger.SKIPPED,
                    reason=skip.reason,
                )
            )
            if noted:
                log.info("skipped %s: %s", skip.key, skip.reason)
                report.skipped.append(skip.key)
            self.settled.add(skip.key)
        items = [i for i in planned.items if i.key not in self.settled]
        async with self.db.read() as session:
            known = await ledger.item_states(session, keys=[i.key for i in items])
        for key, found in known.items():
            if found.final:
                self.settled.add(key)
        todo = [m for m in planned.messages if any(i.key not in self.settled for i in m.items)]
        for start in range(0, len(todo), BATCH):
            batch = todo[start : start + BATCH]
            async with self.db.read() as session:
                await digests.fill(session, state, batch)
                await load_texts(session, state, _shown(batch))
            for message in batch:
                await self.deliver(message, now=now, state=state, known=known, report=report)
            digests.forget(state, batch)
        await self._settle_occasions(state, planned, now)
        await self._advance_nudges(state, planned, now)
        await collector.release(
            todo, items, known, planned.messages, planned.skips, state.by_id, state.owned, state.texts,
            state.overdue, state.due_meetings, state.people, state.actions, state.meetings,
        )  # fmt: skip
        return report

    async def _settle_occasions(self, state: State, planned: Plan, now: datetime) -> None:
        keys_of: dict[str, list[str]] = {}
        for item in planned.items:
            if item.occasion:
                keys_of.setdefault(item.occasion, []).append(item.key)
        for occasion in state.occasions:
            if occasion.state.value != "due" or occasion.marker in self.settled:
                continue
            if all(k in self.settled for k in keys_of.get(occasion.marker, [])):
                await self.db.run(
                    lambda s, o=occasion: ledger.settle(  # type: ignore[misc]
                        s,
                        key=o.marker,
                        kind=str(o.kind),
                        committee_id=o.committee_id,
                        recipient="*",
                        now=now,
                        status=ledger.SENT,
                    )
                )
                self.settled.add(occasion.marker)

    async def _advance_nudges(self, state: State, planned: Plan, now: datetime) -> None:
        """Move each action whose next reminder had come on to its next time, once every item of
        its nudge is settled (one that is still waiting keeps it due, so it is read again)."""
        unsettled = {i.nudge[0] for i in planned.items if i.nudge is not None and i.key not in self.settled}
        moves = await asyncio.to_thread(next_times, state, planned, unsettled, now)
        if moves:
            await self.db.run(lambda s: next_reminders.advance(s, moves=moves, now=now))


async def tick(
    db: Database, notifiers: Sequence[Notifier], now: datetime, *, fallback: Notifier | None = None
) -> TickReport:
    """One pass with a fresh engine (no memory of earlier ticks): what `remind` runs."""
    return await Engine(db, notifiers, fallback=fallback).tick(now)


def _shown(messages: Sequence[PlannedMessage]) -> set[int]:
    """The actions these messages show (a morning's digests show every live action)."""
    return {a for m in messages for i in m.items for a in i.actions}
