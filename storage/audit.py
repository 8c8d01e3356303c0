"""The audit trail of committees and people: who created, renamed or archived a committee, who
granted whom a role from the CLI, who merged two people. (An action's own history is ActionEvent.)"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import AuditEvent


async def record(
    session: AsyncSession,
    *,
    at: datetime,
    actor_name: str,
    workspace: str,
    kind: str,
    subject: str,
    detail: str | None = None,
) -> AuditEvent:
    event = AuditEvent(
        at=at, actor_name=actor_name, workspace=workspace, kind=kind, subject=subject, detail=detail
    )
    session.add(event)
    await session.flush()
    return event


async def events(
    session: AsyncSession, *, workspace: str | None = None, limit: int = 200
) -> list[AuditEvent]:
    q = select(AuditEvent).order_by(col(AuditEvent.at).desc(), col(AuditEvent.id).desc()).limit(limit)
    if workspace is not None:
        q = q.where(AuditEvent.workspace == workspace)
    return list((await session.exec(q)).all())
