"""The minutes documents imported, by content hash, so that importing the same file twice changes nothing."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import SourceDocument


async def imported(session: AsyncSession, *, committee_id: int, content_hash: str) -> SourceDocument | None:
    q = select(SourceDocument).where(
        SourceDocument.committee_id == committee_id, SourceDocument.content_hash == content_hash
    )
    return (await session.exec(q)).first()


async def record_import(
    session: AsyncSession,
    *,
    committee_id: int,
    source: str,
    content_hash: str,
    meeting_id: int | None,
    now: datetime,
) -> SourceDocument:
    document = SourceDocument(
        committee_id=committee_id,
        source=source[:1000],
        content_hash=content_hash,
        meeting_id=meeting_id,
        imported_at=now,
    )
    session.add(document)
    await session.flush()
    return document
