"""Sending what a tick plans, each item exactly once, one message per recipient per run,
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
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers.replies import Reply, plural
from scheduler import messages, warnings
from scheduler.model import ChannelTarget, PersonTarget, PlannedItem, PlannedMessage, State, Target
from scheduler.notifier import Notifier, Permanent, Retryable, Sent
from scheduler.tick_report import TickReport
from storage import bindings as store_bindings
from storage import deliveries as ledger
from storage.db import Database
from storage.models import Delivery, Person

log = logging.getLogger(__name__)

LATE = timedelta(minutes=10)
UNREACHABLE = "nobody can receive it: no Slack or Teams account is known for them"
NOTHING_OPEN = "nothing to show: the owner has no open action left to tell them of"


def message_key(message: PlannedMessage, now: datetime) -> str:
    """A new key for each message: which items it carried is in the ledger beside it."""
    return f"msg:{message.recipient}:{now.astimezone(UTC):%Y%m%dT%H%MZ}:{uuid.uuid4().hex[:10]}"


class Sender:
    """Delivering one planned message through the ledger (the engine is one)."""

    db: Database
    notifiers: list[Notifier]
    fallback: Notifier | None
    instance: str
    lease: timedelta
    max_attempts: int
    settled: set[str]
    _unroutable: set[str]
    _reach: Callable[[Person], bool] | None

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
        if all(i.digest_of is not None and not i.placements for i in items):
            # every action of the digest was closed (or snoozed) between the plan and the send
            if await self._record_skipped(message, items, absorb, NOTHING_OPEN, now=now, report=report):
                report.skipped.extend(i.key for i in items)
            return
        target = message.target
        notifier = self.notifier_for(target)
        if notifier is None:
            if isinstance(target, PersonTarget) and not has_account(target.person):
                if await self._record_skipped(message, items, absorb, UNREACHABLE, now=now, report=report):
                    report.unreachable.extend(i.key for i in items)
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

    async def _record_skipped(
        self,
        message: PlannedMessage,
        items: Sequence[PlannedItem],
        absorb: Sequence[str],
        reason: str,
        *,
        now: datetime,
        report: TickReport,
    ) -> bool:
        """Settle the items as skipped, for `reason`, without a send; False when another instance
        covered one of them first."""
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
                error=reason,
            )

        try:
            await self.db.run(record)
        except ledger.ClaimLost:
            report.busy.append(message.recipient)
            return False
        log.info("not sending %s to %s: %s", key, message.target.label, reason)
        self.settled.update(i.key for i in items)
        return True

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


def has_account(person: Person) -> bool:
    return bool(person.slack_user_id or person.teams_aad_id)


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(3600, 60 * 2**attempts))
