"""Sending what the policy plans, each item exactly once, one message per recipient per run,
through the Delivery ledger.

For each recipient's message the engine:

1. looks up its items in the ledger: an item already sent, failed or skipped is left out; when one
   is held by another instance (or waits for a retry) the whole message waits for it, so the
   recipient still gets one message;
2. claims the message in a short transaction of its own: its row, and one row per item it covers
   (an item's key is unique, so no two messages cover it); a message that failed in a retryable
   way, or whose holder died, is merged into it;
3. sends it through the Notifier for the target;
4. records `sent` with the platform's message id, guarded by its own claim.

A send that fails in a retryable way (429, 5xx, a timeout, or an unexpected error) leaves the row
`retry` with a next-attempt time; a later tick (of any instance) sends its items again, with
whatever else is due to that recipient then. A permanent failure marks it `failed`; for a channel
the binding is disabled and the committee's admins are told by DM. A person no notifier can reach
and who has no platform account at all is recorded as skipped (their admins are warned once).

Once the nudges of an action are settled, the action's `next_reminder_at` moves on to its next
stage, so the next tick doesn't read it again.

The one window left: a crash after the platform accepted a message and before `sent` is committed
(a few milliseconds). Slack and Teams offer no idempotency key for posts, so that message is sent
again once the lease runs out. Everything else, restarts, crashes before sending, two instances
on one PostgreSQL, is sent once.

The heavy part of a tick, planning over thousands of rows, runs in a worker thread: the policy is
a pure function of the state, and the event loop (which `serve` shares with every Slack ack) keeps
turning meanwhile. Reading the rows gives the loop back between partitions.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers.replies import Reply, plural
from scheduler import collector, messages, warnings
from scheduler.model import (
    ChannelTarget,
    PersonTarget,
    Plan,
    PlannedItem,
    PlannedMessage,
    State,
    Target,
)
from scheduler.notifier import Notifier, Permanent, Retryable, Sent
from scheduler.nudges import next_times
from scheduler.policy import plan
from scheduler.state import load_state, load_texts
from scheduler.tick_report import TickReport
from storage import bindings as store_bindings
from storage import deliveries as ledger
from storage import next_reminders
from storage.db import Database
from storage.models import Delivery, Person

log = logging.getLogger(__name__)

LATE = timedelta(minutes=10)
FULL_SCAN = timedelta(hours=1)
"""How often a running engine forgets the keys it knows are settled (so its memory stays bounded)."""
UNREACHABLE = "nobody can receive it: no Slack or Teams account is known for them"


def message_key(message: PlannedMessage, now: datetime) -> str:
    """A new key for each message: which items it carried is in the ledger beside it."""
    return f"msg:{message.recipient}:{now.astimezone(UTC):%Y%m%dT%H%MZ}:{uuid.uuid4().hex[:10]}"


class Engine:
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
        no garbage collection meanwhile (scheduler/collector.py)."""
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
        if todo:
            async with self.db.read() as session:
                await load_texts(session, state, await asyncio.to_thread(_shown, todo))
        for message in todo:
            await self.deliver(message, now=now, state=state, known=known, report=report)
        await self._settle_occasions(state, planned, now)
        await self._advance_nudges(state, planned, now)
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

    def notifier_for(self, target: Target) -> Notifier | None:
        if isinstance(target, ChannelTarget):
            for n in self.notifiers:
                if n.platform == target.binding.platform:
                    return n
            return self.fallback
        for n in self.notifiers:
            if n.reaches(target.person):
                return n
        if self.fallback is not None and self.fallback.reaches(target.person):
            return self.fallback
        return None

    async def deliver(
        self,
        message: PlannedMessage,
        *,
        now: datetime,
        state: State,
        known: dict[str, ledger.ItemState],
        report: TickReport,
    ) -> None:
        items = [i for i in message.items if i.key not in self.settled]
        if not items:
            return
        held = [known[i.key] for i in items if i.key in known]
        if any(h.held(now=now, lease=self.lease) for h in held):
            report.busy.append(message.recipient)
            return
        absorb = sorted({h.message for h in held if h.status in (ledger.CLAIMED, ledger.RETRY)})
        target = message.target
        notifier = self.notifier_for(target)
        if notifier is None:
            if isinstance(target, PersonTarget) and not has_account(target.person):
                await self._record_unreachable(message, items, absorb, now=now, report=report)
                return
            if message.recipient not in self._unroutable:
                log.warning("no notifier can reach %s yet; its reminders wait for one", target.label)
                self._unroutable.add(message.recipient)
            report.unroutable.append(message.recipient)
            return
        key = message_key(message, now)
        committees = {i.committee_id for i in items}
        committee_id = next(iter(committees)) if len(committees) == 1 else None

        async def take(session: AsyncSession) -> Delivery:
            return await ledger.claim_message(
                session,
                key=key,
                kind="channel post" if isinstance(target, ChannelTarget) else "reminder",
                committee_id=committee_id,
                recipient=message.recipient,
                now=now,
                owner=self.instance,
                lease=self.lease,
                items=[(i.key, i.kind) for i in items],
                absorb=absorb,
            )

        try:
            row = await self.db.run(take)
        except ledger.ClaimLost:
            report.busy.append(message.recipient)
            return
        late = [i for i in items if now - i.due_at > LATE]
        if late:
            log.info("sending %s late (due %s): %s", key, late[0].due_at.isoformat(), late[0].summary)
        try:
            sent = await self._send(notifier, target, self.reply(message, items, state))
        except Retryable as exc:
            await self._retry(key, row.attempts, exc.message, now, exc.retry_after, report)
            return
        except Permanent as exc:
            await self._permanent(message, key, items, exc.message, now=now, state=state, report=report)
            return
        except Exception as exc:  # a bug or an outage in a notifier must not lose the reminder
            log.exception("sending %s failed unexpectedly", key)
            await self._retry(key, row.attempts, f"{type(exc).__name__}: {exc}", now, 0.0, report)
            return
        recorded = await self.db.run(
            lambda s: ledger.mark_sent(s, key=key, owner=self.instance, now=now, message_id=sent.message_id)
        )
        if not recorded:
            log.warning("%s was sent, but its claim had been taken over meanwhile; it may be sent twice", key)
        self.settled.update(i.key for i in items)
        report.sent.append(key)
        report.covered.extend(i.key for i in items)

    @staticmethod
    def reply(message: PlannedMessage, items: Sequence[PlannedItem], state: State) -> Reply:
        if isinstance(message.target, ChannelTarget):
            return messages.channel_message(items)
        return messages.person_message(state, items)

    async def _record_unreachable(
        self,
        message: PlannedMessage,
        items: Sequence[PlannedItem],
        absorb: Sequence[str],
        *,
        now: datetime,
        report: TickReport,
    ) -> None:
        key = message_key(message, now)

        async def record(session: AsyncSession) -> None:
            await ledger.claim_message(
                session,
                key=key,
                kind="reminder",
                committee_id=None,
                recipient=message.recipient,
                now=now,
                owner=self.instance,
                lease=self.lease,
                items=[(i.key, i.kind) for i in items],
                absorb=absorb,
                status=ledger.SKIPPED,
                error=UNREACHABLE,
            )

        try:
            await self.db.run(record)
        except ledger.ClaimLost:
            report.busy.append(message.recipient)
            return
        log.info("not sending %s to %s: %s", key, message.target.label, UNREACHABLE)
        self.settled.update(i.key for i in items)
        report.unreachable.extend(i.key for i in items)

    async def _send(self, notifier: Notifier, target: Target, reply: Reply) -> Sent:
        if isinstance(target, ChannelTarget):
            return await notifier.post_channel(target.binding, reply)
        return await notifier.post_direct(target.person, reply)

    async def _retry(
        self,
        key: str,
        attempts: int,
        error: str,
        now: datetime,
        retry_after: float | None,
        report: TickReport,
    ) -> None:
        if attempts + 1 >= self.max_attempts:
            await self._fail(key, f"gave up after {plural(attempts + 1, 'attempt')}: {error}")
            report.failed.append(key)
            return
        wait = timedelta(seconds=retry_after) if retry_after is not None else _backoff(attempts)
        log.warning("sending %s failed (%s); retrying from %s", key, error, (now + wait).isoformat())
        await self.db.run(
            lambda s: ledger.mark_retry(s, key=key, owner=self.instance, error=error, not_before=now + wait)
        )
        report.retrying.append(key)

    async def _fail(self, key: str, error: str) -> None:
        log.error("not sending %s: %s", key, error)
        await self.db.run(lambda s: ledger.mark_failed(s, key=key, owner=self.instance, error=error))

    async def _permanent(
        self,
        message: PlannedMessage,
        key: str,
        items: Sequence[PlannedItem],
        error: str,
        *,
        now: datetime,
        state: State,
        report: TickReport,
    ) -> None:
        await self._fail(key, error)
        self.settled.update(i.key for i in items)
        report.failed.append(key)
        if not isinstance(message.target, ChannelTarget):
            return
        binding = message.target.binding
        assert binding.id is not None

        async def disable(session: AsyncSession) -> None:
            await store_bindings.disable_binding(session, binding_id=binding.id or 0, reason=error)

        await self.db.run(disable)
        log.warning("disabled %s for committee %s: %s", message.target.label, binding.committee_id, error)
        for told in warnings.binding_disabled(state, message.target, error, now=now):
            if told.items[0].key not in self.settled:
                await self.deliver(told, now=now, state=state, known={}, report=report)


def _shown(messages: Sequence[PlannedMessage]) -> set[int]:
    """The actions these messages show (a morning's digests show every live action)."""
    return {a for m in messages for i in m.items for a in i.actions}


def has_account(person: Person) -> bool:
    return bool(person.slack_user_id or person.teams_aad_id)


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(3600, 60 * 2**attempts))


async def tick(
    db: Database, notifiers: Sequence[Notifier], now: datetime, *, fallback: Notifier | None = None
) -> TickReport:
    """One pass with a fresh engine (no memory of earlier ticks): what `remind` runs."""
    return await Engine(db, notifiers, fallback=fallback).tick(now)
