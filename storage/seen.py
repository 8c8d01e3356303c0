"""Remembering platform deliveries already handled, so a retried request changes nothing twice."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import SeenRequest


async def first_time(session: AsyncSession, *, key: str, now: datetime) -> bool:
    """Claim `key`; False when it was claimed before (a duplicate delivery).

    One INSERT ... ON CONFLICT DO NOTHING: the row count says who won, with no savepoint, and two
    concurrent claims of the same key can't both see it free."""
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else postgresql_insert
    claim = insert(SeenRequest).values(key=key[:255], at=now).on_conflict_do_nothing()
    result = await session.exec(claim)
    return bool(result.rowcount == 1)
