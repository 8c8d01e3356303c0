"""The Delivery ledger's rows: a key's state, and the writes that move it on.

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

Each write is guarded by the claim (`claimed_by`), so an instance whose lease ran out changes
nothing. Claiming a grouped message, and the items it covers, is storage/deliveries.py. Every
function here runs in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Delivery

CLAIMED = "claimed"
RETRY = "retry"
SENT = "sent"
FAILED = "failed"
SKIPPED = "skipped"
MERGED = "merged"
FINAL = (SENT, FAILED, SKIPPED)

_CHUNK = 500


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
    await _mark_unsent(session, key=key, owner=owner, status=RETRY, error=error, next_attempt_at=not_before)


async def mark_failed(session: AsyncSession, *, key: str, owner: str, error: str) -> None:
    await _mark_unsent(session, key=key, owner=owner, status=FAILED, error=error, next_attempt_at=None)


async def _mark_unsent(
    session: AsyncSession, *, key: str, owner: str, status: str, error: str, next_attempt_at: datetime | None
) -> None:
    """Count a failed attempt on a claim this instance still holds and that was never sent."""
    await session.execute(
        sa.update(Delivery)
        .where(col(Delivery.key) == key, col(Delivery.claimed_by) == owner, col(Delivery.sent_at).is_(None))
        .values(
            status=status,
            attempts=Delivery.attempts + 1,
            error=error[:1000],
            next_attempt_at=next_attempt_at,
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
    row = {
        "key": key,
        "kind": kind,
        "committee_id": committee_id,
        "recipient": recipient,
        "claimed_at": now,
        "sent_at": now if status == SENT else None,
        "status": status,
        "attempts": 0,
        "error": reason[:1000] if reason else None,
    }
    return await insert_new(session, Delivery.__table__, row) == 1  # type: ignore[attr-defined]


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


async def insert_new(
    session: AsyncSession, table: sa.Table, rows: dict[str, Any] | list[dict[str, Any]]
) -> int:
    """Insert the rows whose `key` is not in `table` yet (ON CONFLICT DO NOTHING in either
    dialect); how many were inserted. Ledger keys are claimed this way, so of two instances racing
    for one key, the count tells each whether it won."""
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
    done = await session.execute(insert.values(rows).on_conflict_do_nothing(index_elements=["key"]))
    return int(done.rowcount)  # type: ignore[attr-defined]
