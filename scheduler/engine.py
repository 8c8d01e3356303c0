"""Sending what the policy plans, each delivery exactly once, through the Delivery ledger.

For each planned delivery the engine:

1. claims its key in a short transaction of its own (an INSERT; a conflict means another instance
   or an earlier tick has it), so the claim is committed before anything is sent;
2. sends through the Notifier for the target;
3. records `sent` with the platform's message id, guarded by its own claim.

A send that fails in a retryable way (429, 5xx, a timeout, or an unexpected error) leaves the row
`retry` with a next-attempt time; any instance takes it up on a later tick. A permanent failure marks
it `failed`; for a channel the binding is disabled and the committee's admins are told by DM (a
delivery with its own key). A claim whose holder died before recording anything is taken over once
its lease runs out, and sent then.

The one window left: a crash after the platform accepted a message and before `sent` is committed
(a few milliseconds). Slack and Teams offer no idempotency key for posts, so that message is sent
again once the lease runs out. Everything else, restarts, crashes before sending, two instances
on one PostgreSQL, is sent once.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from scheduler import compose
from scheduler.model import ChannelTarget, PersonTarget, Plan, PlannedDelivery, Policy, State, Target
from scheduler.notifier import Notifier, Permanent, Retryable, Sent
from scheduler.policy import plan
from scheduler.state import load_state, load_texts
from storage import bindings as store_bindings
from storage import deliveries as ledger
from storage.db import Database
from storage.models import Delivery

log = logging.getLogger(__name__)

LATE = timedelta(minutes=10)
NUDGES = ("nudge", "escalation")
FULL_SCAN = timedelta(hours=1)


@dataclass
class TickReport:
    planned: int = 0
    sent: list[str] = field(default_factory=list)
    retrying: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    busy: list[str] = field(default_factory=list)
    """Keys held by another instance, or waiting for their next attempt."""
    unroutable: list[str] = field(default_factory=list)
    """Keys no configured notifier can reach (e.g. a Slack channel while Slack is not set up)."""


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
    ) -> None:
        self.db = db
        self.notifiers = list(notifiers)
        self.fallback = fallback
        self.instance = instance or f"engine-{uuid.uuid4().hex[:12]}"
        self.lease = lease
        self.max_attempts = max_attempts
        self.settled: set[str] = set()
        """Keys this engine knows are final (sent, failed, skipped): not looked up again."""
        self._unroutable: set[str] = set()
        self._nudges_since: datetime | None = None
        self._full_scan_at: datetime | None = None
        self._carried: set[int] = set()
        """Actions whose nudge the last tick left unsettled: read again by the next one."""
        self._policies: dict[int, Policy] | None = None

    async def load(self, now: datetime, *, incremental: bool = False) -> tuple[State, Plan]:
        """The state and the plan at `now`.

        `incremental` reads, for nudges, only the actions whose stage fell due since this engine's
        last tick; a full read is still made every FULL_SCAN (so a retry left by a dead instance is
        picked up) and whenever a policy changed; the actions of nudges the last tick left unsettled
        (retrying, held elsewhere, unroutable) are read again with the new ones.
        """
        since = None
        if incremental and self._full_scan_at is not None and now - self._full_scan_at < FULL_SCAN:
            since = self._nudges_since
        async with self.db.transaction() as session:
            state = await load_state(
                session,
                now=now,
                nudges_since=since,
                known_policies=self._policies,
                also=self._carried if since is not None else (),
            )
        if since is None:
            self._full_scan_at = now
        self._policies = state.policies
        return state, plan(state, now)

    async def tick(self, now: datetime) -> TickReport:
        state, planned = await self.load(now, incremental=True)
        report = TickReport(planned=len(planned.deliveries))
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
        pending = [d for d in planned.deliveries if d.key not in self.settled]
        async with self.db.transaction() as session:
            known = await ledger.statuses(session, keys=[d.key for d in pending])
        for key, status in known.items():
            if status in ledger.FINAL:
                self.settled.add(key)
        todo = [d for d in pending if d.key not in self.settled]
        if todo:
            async with self.db.transaction() as session:
                await load_texts(session, state, (i for d in todo for i in d.actions))
        for delivery in todo:
            if delivery.key not in self.settled:
                await self.deliver(delivery, now=now, state=state, report=report)
        await self._settle_occasions(state, planned, now)
        unsettled = {*report.retrying, *report.busy, *report.unroutable}
        self._carried = {
            i for d in planned.deliveries if d.key in unsettled and d.kind in NUDGES for i in d.actions
        }
        self._nudges_since = now
        return report

    async def _settle_occasions(self, state: State, planned: Plan, now: datetime) -> None:
        keys_of: dict[str, list[str]] = {}
        for d in planned.deliveries:
            if d.occasion:
                keys_of.setdefault(d.occasion, []).append(d.key)
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

    async def deliver(self, d: PlannedDelivery, *, now: datetime, state: State, report: TickReport) -> None:
        async def take(session: AsyncSession) -> Delivery | None:
            return await ledger.claim(
                session,
                key=d.key,
                kind=d.kind,
                committee_id=d.committee_id,
                recipient=d.target.recipient,
                now=now,
                owner=self.instance,
                lease=self.lease,
            )

        notifier = self.notifier_for(d.target)
        if notifier is None:
            if d.key not in self._unroutable:
                log.warning("no notifier can reach %s yet; %s waits for one", d.target.label, d.key)
                self._unroutable.add(d.key)
            report.unroutable.append(d.key)
            return
        row = await self.db.run(take)
        if row is None:
            report.busy.append(d.key)
            return
        if now - d.due_at > LATE:
            log.info("sending %s late (due %s): %s", d.key, d.due_at.isoformat(), d.summary)
        try:
            sent = await self._send(notifier, d.target, d)
        except Retryable as exc:
            await self._retry(d.key, row.attempts, exc.message, now, exc.retry_after, report)
            return
        except Permanent as exc:
            await self._permanent(d, exc.message, now=now, state=state, report=report)
            return
        except Exception as exc:  # a bug or an outage in a notifier must not lose the reminder
            log.exception("sending %s failed unexpectedly", d.key)
            await self._retry(d.key, row.attempts, f"{type(exc).__name__}: {exc}", now, 0.0, report)
            return
        recorded = await self.db.run(
            lambda s: ledger.mark_sent(s, key=d.key, owner=self.instance, now=now, message_id=sent.message_id)
        )
        if not recorded:
            log.warning(
                "%s was sent, but its claim had been taken over meanwhile; it may be sent twice", d.key
            )
        self.settled.add(d.key)
        report.sent.append(d.key)

    async def _send(self, notifier: Notifier, target: Target, d: PlannedDelivery) -> Sent:
        reply = d.reply()
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
            await self._fail(key, f"gave up after {attempts + 1} attempts: {error}")
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
        self.settled.add(key)

    async def _permanent(
        self, d: PlannedDelivery, error: str, *, now: datetime, state: State, report: TickReport
    ) -> None:
        await self._fail(d.key, error)
        report.failed.append(d.key)
        if not isinstance(d.target, ChannelTarget):
            return
        binding = d.target.binding
        assert binding.id is not None

        async def disable(session: AsyncSession) -> None:
            await store_bindings.disable_binding(session, binding_id=binding.id or 0, reason=error)

        await self.db.run(disable)
        log.warning("disabled %s for committee %s: %s", d.target.label, binding.committee_id, error)
        committee_id = binding.committee_id
        if committee_id is None or committee_id not in state.committees:
            return
        state.bindings[committee_id] = [b for b in state.bindings.get(committee_id, []) if b.id != binding.id]
        code = state.committees[committee_id].code
        reply = compose.binding_disabled(binding.name or binding.channel_id, binding.platform, code, error)
        for admin_id in state.admins.get(committee_id, []):
            admin = state.people.get(admin_id)
            if admin is None:
                continue
            notice = PlannedDelivery(
                key=f"binding-disabled:{binding.id}:{admin_id}",
                kind="binding-disabled",
                committee_id=committee_id,
                due_at=now,
                target=PersonTarget(admin),
                make_reply=lambda: reply,
                summary=f"tell {admin.display_name} that {d.target.label} was disabled",
            )
            if notice.key not in self.settled:
                await self.deliver(notice, now=now, state=state, report=report)


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(3600, 60 * 2**attempts))


async def tick(
    db: Database, notifiers: Sequence[Notifier], now: datetime, *, fallback: Notifier | None = None
) -> TickReport:
    """One pass with a fresh engine (no memory of earlier ticks): what `remind` runs."""
    return await Engine(db, notifiers, fallback=fallback).tick(now)
