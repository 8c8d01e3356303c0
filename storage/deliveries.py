"""The Delivery ledger: each reminder's key is claimed before it is sent, so it is sent once.

A grouped reminder is one Delivery row (its key names the recipient and the run; its states are
in storage/delivery_rows.py) with a `DeliveryItem` row for each item it covers. An item's key is
unique, so an item is covered by one message at a time: it is sent once, and after a restart
neither repeated nor dropped.

Every function here runs in the caller's transaction; the engine gives each claim its own short
transaction so a claim is visible to other instances before anything is sent. The rows' states
and writes are re-exported here, so the ledger is one import for its callers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.delivery_rows import (
    CLAIMED,
    FAILED,
    FINAL,
    MERGED,
    RETRY,
    SENT,
    SKIPPED,
    get,
    insert_new,
    list_deliveries,
    mark_failed,
    mark_retry,
    mark_sent,
    settle,
    statuses,
)
from storage.models import Delivery, DeliveryItem

__all__ = [
    "CLAIMED",
    "FAILED",
    "FINAL",
    "MERGED",
    "RETRY",
    "SENT",
    "SKIPPED",
    "ClaimLost",
    "CoveredItem",
    "ItemState",
    "claim_message",
    "get",
    "item_states",
    "items_of",
    "list_deliveries",
    "list_items",
    "mark_failed",
    "mark_retry",
    "mark_sent",
    "settle",
    "statuses",
]

_CHUNK = 500
_COVER = 100
"""Items inserted by one statement when a message is claimed: a multi-row INSERT is compiled anew
for each (its cache key walks every value), 20 ms on the loop for 500 rows, 4 ms for 100; a
message with thousands of items (an admin's escalations at 500k actions) stalled the loop."""


@dataclass(frozen=True)
class ItemState:
    """Where an item stands: the message covering it and that message's state."""

    message: str
    status: str
    attempts: int
    claimed_at: datetime
    next_attempt_at: datetime | None

    @property
    def final(self) -> bool:
        return self.status in FINAL

    def held(self, *, now: datetime, lease: timedelta) -> bool:
        """Its message is being sent by someone (lease not run out), or waits for its retry."""
        if self.status == CLAIMED:
            return self.claimed_at > now - lease
        if self.status == RETRY:
            return self.next_attempt_at is not None and self.next_attempt_at > now
        return False


class ClaimLost(Exception):
    """Another instance covered one of the items, or took over a message first: nothing changed."""


async def item_states(session: AsyncSession, *, keys: Iterable[str]) -> dict[str, ItemState]:
    """The state of each item that some message covers (or covered, before it was merged)."""
    wanted = list(dict.fromkeys(keys))
    out: dict[str, ItemState] = {}
    item, msg = DeliveryItem.__table__, Delivery.__table__  # type: ignore[attr-defined]
    base = sa.select(
        item.c.key, msg.c.key, msg.c.status, msg.c.attempts, msg.c.claimed_at, msg.c.next_attempt_at
    ).select_from(item.join(msg, msg.c.id == item.c.delivery_id))
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        await session.execute(sa.text("SET LOCAL plan_cache_mode = force_custom_plan"))
        array = sa.bindparam("keys", wanted, type_=postgresql.ARRAY(sa.String))
        chunks = [base.where(item.c.key == sa.any_(array))] if wanted else []
    else:
        chunks = [base.where(item.c.key.in_(wanted[i : i + _CHUNK])) for i in range(0, len(wanted), _CHUNK)]
    for query in chunks:
        for key, message, status, attempts, claimed_at, next_at in await session.execute(query):
            out[str(key)] = ItemState(str(message), str(status), int(attempts), claimed_at, next_at)
        await asyncio.sleep(0)
    return out


async def claim_message(
    session: AsyncSession,
    *,
    key: str,
    kind: str,
    committee_id: int | None,
    recipient: str,
    now: datetime,
    owner: str,
    lease: timedelta,
    items: Sequence[tuple[str, str]],
    absorb: Sequence[str] = (),
    status: str = CLAIMED,
    error: str | None = None,
) -> Delivery:
    """Claim a grouped message for `owner`: its row, and the `(key, kind)` of each item it covers.

    `absorb` are earlier messages to the recipient whose items this one takes over (waiting for a
    retry that is due, or held by an instance whose lease ran out): they are marked `merged`, and
    the message starts from their count of attempts. Raises `ClaimLost`, having changed nothing
    (the caller's transaction is rolled back), when another instance got there first. With
    `status=SKIPPED` the message is recorded as settled without being sent.
    """
    table = Delivery.__table__  # type: ignore[attr-defined]
    attempts = 0
    if absorb:
        taken = await session.execute(
            sa.update(Delivery)
            .where(
                col(Delivery.key).in_(list(absorb)),
                col(Delivery.sent_at).is_(None),
                sa.or_(
                    sa.and_(col(Delivery.status) == RETRY, col(Delivery.next_attempt_at) <= now),
                    sa.and_(col(Delivery.status) == CLAIMED, col(Delivery.claimed_at) <= now - lease),
                ),
            )
            .values(status=MERGED, claimed_by=owner)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount != len(set(absorb)):  # type: ignore[attr-defined]
            raise ClaimLost(key)
        found = await session.execute(
            sa.select(sa.func.max(col(Delivery.attempts))).where(col(Delivery.key).in_(list(absorb)))
        )
        attempts = int(found.scalar() or 0)
    claim = {
        "key": key,
        "kind": kind,
        "committee_id": committee_id,
        "recipient": recipient,
        "claimed_at": now,
        "claimed_by": owner,
        "status": status,
        "attempts": attempts,
        "error": error[:1000] if error else None,
    }
    if await insert_new(session, table, claim) != 1:
        raise ClaimLost(key)
    row = await get(session, key=key)
    assert row is not None and row.id is not None
    await _cover(session, delivery_id=row.id, items=items, absorb=absorb, key=key)
    return row


async def _cover(
    session: AsyncSession,
    *,
    delivery_id: int,
    items: Sequence[tuple[str, str]],
    absorb: Sequence[str],
    key: str,
) -> None:
    """Point each item at the message: new items are inserted; items of the absorbed messages, or
    of merged ones, are moved over. Any other item is covered by someone else: `ClaimLost`."""
    item, msg = DeliveryItem.__table__, Delivery.__table__  # type: ignore[attr-defined]
    keys = [k for k, _ in items]
    covered = 0
    for i in range(0, len(items), _COVER):
        chunk = items[i : i + _COVER]
        covered += await insert_new(
            session, item, [{"key": k, "kind": kind, "delivery_id": delivery_id} for k, kind in chunk]
        )
    if covered < len(items):
        movable = sa.select(msg.c.id).where(
            sa.or_(msg.c.key.in_(list(absorb) or [""]), msg.c.status == MERGED)
        )
        for i in range(0, len(keys), _CHUNK):
            moved = await session.execute(
                item.update()
                .where(
                    item.c.key.in_(keys[i : i + _CHUNK]),
                    item.c.delivery_id != delivery_id,
                    item.c.delivery_id.in_(movable),
                )
                .values(delivery_id=delivery_id)
            )
            covered += moved.rowcount  # type: ignore[attr-defined]
    if covered != len(items):
        raise ClaimLost(key)


async def items_of(session: AsyncSession, *, key: str) -> list[str]:
    """The keys of the items a message covers."""
    rows = await session.execute(
        sa.select(col(DeliveryItem.key))
        .join(Delivery, col(Delivery.id) == col(DeliveryItem.delivery_id))
        .where(col(Delivery.key) == key)
        .order_by(col(DeliveryItem.id))
    )
    return [str(k) for (k,) in rows]


@dataclass(frozen=True)
class CoveredItem:
    key: str
    kind: str
    message: str
    status: str
    recipient: str


async def list_items(session: AsyncSession) -> list[CoveredItem]:
    """Every item with the message that covers it, in the order they were covered."""
    item, msg = DeliveryItem.__table__, Delivery.__table__  # type: ignore[attr-defined]
    rows = await session.execute(
        sa.select(item.c.key, item.c.kind, msg.c.key, msg.c.status, msg.c.recipient)
        .select_from(item.join(msg, msg.c.id == item.c.delivery_id))
        .order_by(item.c.id)
    )
    return [CoveredItem(*(str(v) for v in row)) for row in rows]
