"""The Delivery ledger: each reminder's key is claimed before it is sent, so it is sent once.

A row moves through these states:

- `claimed`: an instance holds it and is sending. If that instance dies, the claim is taken over
  by another once `claimed_at` is older than the lease.
- `retry`: a send failed in a way worth retrying; anyone may claim it again from `next_attempt_at`.
- `sent`: done, with the platform's message id. Never sent again.
- `failed`: given up (a permanent failure, or too many attempts). Never sent again.
- `skipped`: no longer worth sending (the meeting has happened), or nobody can receive it; kept so
  it is logged once.
- `merged`: a message that failed in a retryable way, or whose holder died, whose items a later
  message to the same recipient took over (and sends with whatever else is due then).

A grouped reminder is one row (its key names the recipient and the run) with a `DeliveryItem`
row for each item it covers. An item's key is unique, so an item is covered by one message at a
time: it is sent once, and after a restart neither repeated nor dropped.

Every function here runs in the caller's transaction; the engine gives each claim its own short
transaction so a claim is visible to other instances before anything is sent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Delivery, DeliveryItem

CLAIMED = "claimed"
RETRY = "retry"
SENT = "sent"
FAILED = "failed"
SKIPPED = "skipped"
MERGED = "merged"
FINAL = (SENT, FAILED, SKIPPED)

_CHUNK = 500


async def claim(
    session: AsyncSession,
    *,
    key: str,
    kind: str,
    committee_id: int | None,
    recipient: str,
    now: datetime,
    owner: str,
    lease: timedelta,
) -> Delivery | None:
    """Take the key for `owner`; None when someone else holds it or it is already settled.

    A new key is inserted (a conflict on the unique key means another instance won). An existing
    key is taken over only when it is waiting for a retry that is due, or when its holder's lease
    has run out without a send being recorded. Both checks are a single conditional UPDATE, so two
    instances racing for the same row cannot both win.
    """
    values = {
        "key": key,
        "kind": kind,
        "committee_id": committee_id,
        "recipient": recipient,
        "claimed_at": now,
        "claimed_by": owner,
        "status": CLAIMED,
        "attempts": 0,
    }
    table = Delivery.__table__  # type: ignore[attr-defined]
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
    inserted = await session.execute(insert.values(**values).on_conflict_do_nothing(index_elements=["key"]))
    if inserted.rowcount != 1:  # type: ignore[attr-defined]
        taken = await session.execute(
            sa.update(Delivery)
            .where(
                col(Delivery.key) == key,
                col(Delivery.sent_at).is_(None),
                sa.or_(
                    sa.and_(col(Delivery.status) == RETRY, col(Delivery.next_attempt_at) <= now),
                    sa.and_(col(Delivery.status) == CLAIMED, col(Delivery.claimed_at) <= now - lease),
                ),
            )
            .values(claimed_at=now, claimed_by=owner, status=CLAIMED, next_attempt_at=None)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount != 1:  # type: ignore[attr-defined]
            return None
    return await get(session, key=key)


async def get(session: AsyncSession, *, key: str) -> Delivery | None:
    return (await session.exec(select(Delivery).where(Delivery.key == key))).first()


async def mark_sent(session: AsyncSession, *, key: str, owner: str, now: datetime, message_id: str) -> bool:
    """Record the send; False when the claim had been taken over meanwhile (the lease ran out)."""
    done = await session.execute(
        sa.update(Delivery)
        .where(col(Delivery.key) == key, col(Delivery.claimed_by) == owner, col(Delivery.sent_at).is_(None))
        .values(
            sent_at=now,
            message_id=message_id,
            status=SENT,
            attempts=Delivery.attempts + 1,
            error=None,
        )
        .execution_options(synchronize_session=False)
    )
    return bool(done.rowcount == 1)  # type: ignore[attr-defined]


async def mark_retry(
    session: AsyncSession, *, key: str, owner: str, error: str, not_before: datetime
) -> None:
    await session.execute(
        sa.update(Delivery)
        .where(col(Delivery.key) == key, col(Delivery.claimed_by) == owner, col(Delivery.sent_at).is_(None))
        .values(
            status=RETRY,
            attempts=Delivery.attempts + 1,
            error=error[:1000],
            next_attempt_at=not_before,
        )
        .execution_options(synchronize_session=False)
    )


async def mark_failed(session: AsyncSession, *, key: str, owner: str, error: str) -> None:
    await session.execute(
        sa.update(Delivery)
        .where(col(Delivery.key) == key, col(Delivery.claimed_by) == owner, col(Delivery.sent_at).is_(None))
        .values(
            status=FAILED,
            attempts=Delivery.attempts + 1,
            error=error[:1000],
            next_attempt_at=None,
        )
        .execution_options(synchronize_session=False)
    )


async def settle(
    session: AsyncSession,
    *,
    key: str,
    kind: str,
    committee_id: int | None,
    recipient: str,
    now: datetime,
    status: str,
    reason: str | None = None,
) -> bool:
    """Write a key that is settled without a send of its own: an occasion done, or skipped.

    True for the one instance whose row it is (so only that one logs it).
    """
    table = Delivery.__table__  # type: ignore[attr-defined]
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
    done = await session.execute(
        insert.values(
            key=key,
            kind=kind,
            committee_id=committee_id,
            recipient=recipient,
            claimed_at=now,
            sent_at=now if status == SENT else None,
            status=status,
            attempts=0,
            error=reason[:1000] if reason else None,
        ).on_conflict_do_nothing(index_elements=["key"])
    )
    return bool(done.rowcount == 1)  # type: ignore[attr-defined]


async def statuses(session: AsyncSession, *, keys: Iterable[str]) -> dict[str, str]:
    """The ledger state of each key that has a row.

    On PostgreSQL, one query with the keys as one array (`key = ANY(:keys)`), planned for the
    array it is given (`plan_cache_mode = force_custom_plan` for this transaction): there the array
    is a constant, so a scan tests each row against a hash of it. A generic plan of the prepared
    statement, made while the ledger's statistics still say it is small, tested each row against
    the whole array instead (835 ms for 4,600 keys, against 15 ms). A long `IN` list of parameters
    is planned badly too (300 ms against 13 ms). On SQLite, `IN` in chunks the driver accepts.
    """
    wanted = list(dict.fromkeys(keys))
    out: dict[str, str] = {}
    if not wanted:
        return out
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        array = sa.bindparam("keys", wanted, type_=postgresql.ARRAY(sa.String))
        await session.execute(sa.text("SET LOCAL plan_cache_mode = force_custom_plan"))
        rows = await session.execute(
            sa.select(col(Delivery.key), col(Delivery.status)).where(col(Delivery.key) == sa.any_(array))
        )
        return {str(k): str(s) for k, s in rows}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i : i + _CHUNK]
        rows = await session.execute(
            sa.select(col(Delivery.key), col(Delivery.status)).where(col(Delivery.key).in_(chunk))
        )
        out.update({str(k): str(s) for k, s in rows})
    return out


async def list_deliveries(session: AsyncSession, *, prefix: str | None = None) -> list[Delivery]:
    q = select(Delivery)
    if prefix:
        q = q.where(col(Delivery.key).startswith(prefix, autoescape=True))
    return list((await session.exec(q.order_by(col(Delivery.id)))).all())


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
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
    inserted = await session.execute(
        insert.values(
            key=key,
            kind=kind,
            committee_id=committee_id,
            recipient=recipient,
            claimed_at=now,
            claimed_by=owner,
            status=status,
            attempts=attempts,
            error=error[:1000] if error else None,
        ).on_conflict_do_nothing(index_elements=["key"])
    )
    if inserted.rowcount != 1:  # type: ignore[attr-defined]
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
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(item)
    keys = [k for k, _ in items]
    covered = 0
    for i in range(0, len(items), _CHUNK):
        chunk = items[i : i + _CHUNK]
        done = await session.execute(
            insert.values(
                [{"key": k, "kind": kind, "delivery_id": delivery_id} for k, kind in chunk]
            ).on_conflict_do_nothing(index_elements=["key"])
        )
        covered += done.rowcount  # type: ignore[attr-defined]
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
