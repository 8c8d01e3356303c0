"""Remembering platform deliveries already handled, so a retried request changes nothing twice."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import SeenRequest


async def first_time(session: AsyncSession, *, key: str, now: datetime) -> bool:
    """Claim `key`; False when it was claimed before (a duplicate delivery)."""
    if await session.get(SeenRequest, key) is not None:
        return False
    try:
        async with session.begin_nested():
            session.add(SeenRequest(key=key[:255], at=now))
            await session.flush()
    except sa.exc.IntegrityError:
        return False
    return True
