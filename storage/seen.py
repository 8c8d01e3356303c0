"""Remembering platform deliveries already handled, so a retried request changes nothing twice."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import driver_sql
from storage.models import SeenRequest

_SEEN: sa.Table = SeenRequest.__table__  # type: ignore[attr-defined]
_CLAIMS = {
    name: insert(_SEEN)
    .values(key=sa.bindparam("key"), at=sa.bindparam("at", type_=_SEEN.c.at.type))
    .on_conflict_do_nothing()
    .returning(_SEEN.c.key)
    for name, insert in (("sqlite", sqlite_insert), ("postgresql", postgresql_insert))
}


async def first_time(session: AsyncSession, *, key: str, now: datetime) -> bool:
    """Claim `key`; False when it was claimed before (a duplicate delivery).

    One INSERT ... ON CONFLICT DO NOTHING RETURNING: a row back says this one won, with no
    savepoint, and two concurrent claims of the same key can't both see it free."""
    claim = _CLAIMS[session.get_bind().dialect.name]
    return len(await driver_sql.rows(session, claim, {"key": key[:255], "at": now})) == 1
