"""Committees and their meetings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import CONSOLE, Action, Committee, CommitteeRole, Meeting, MeetingStatus


class DuplicateCode(ValueError):
    pass


MAX_NAME = 200
"""The longest committee name: it heads channel posts (Slack's header block takes 150 characters,
more is cut there) and the tracker paper."""


async def create_committee(
    session: AsyncSession,
    *,
    code: str,
    name: str,
    timezone: str = "Europe/London",
    workspace: str = CONSOLE,
    meeting_time: str = "10:00",
) -> Committee:
    """A new committee of the workspace. Codes are unique across the store (the CLI, exports and
    calendars name committees by code alone)."""
    code = code.strip().upper()
    if await get_committee(session, code=code):
        raise DuplicateCode(f"a committee with the code {code} already exists")
    committee = Committee(
        code=code, name=name, timezone=timezone, workspace=workspace, meeting_time=meeting_time
    )
    session.add(committee)
    await session.flush()
    return committee


async def get_committee(session: AsyncSession, *, code: str) -> Committee | None:
    return (await session.exec(select(Committee).where(Committee.code == code.strip().upper()))).first()


async def committee_by_id(session: AsyncSession, *, committee_id: int) -> Committee | None:
    return await session.get(Committee, committee_id)


async def list_committees(session: AsyncSession, *, workspace: str | None = None) -> list[Committee]:
    """The committees of a workspace (None: of every workspace, for the operator's CLI)."""
    q = select(Committee).order_by(col(Committee.code))
    if workspace is not None:
        q = q.where(Committee.workspace == workspace)
    return list((await session.exec(q)).all())


async def add_meeting(
    session: AsyncSession,
    *,
    committee_id: int,
    starts_at: datetime,
    location: str | None = None,
    title: str | None = None,
    status: MeetingStatus = MeetingStatus.scheduled,
    external_id: str | None = None,
) -> Meeting:
    meeting = Meeting(
        committee_id=committee_id,
        starts_at=starts_at,
        location=location,
        title=title,
        status=status,
        external_id=external_id,
    )
    session.add(meeting)
    await session.flush()
    return meeting


async def get_meeting(session: AsyncSession, *, meeting_id: int) -> Meeting | None:
    return await session.get(Meeting, meeting_id)


async def meeting_on(
    session: AsyncSession, *, committee_id: int, day_start: datetime, day_end: datetime
) -> Meeting | None:
    return (
        await session.exec(
            select(Meeting)
            .where(
                Meeting.committee_id == committee_id,
                col(Meeting.starts_at) >= day_start,
                col(Meeting.starts_at) < day_end,
            )
            .order_by(col(Meeting.starts_at))
        )
    ).first()


async def list_meetings(
    session: AsyncSession,
    *,
    committee_id: int,
    after: datetime | None = None,
    before: datetime | None = None,
    include_cancelled: bool = False,
    limit: int | None = None,
) -> list[Meeting]:
    q = select(Meeting).where(Meeting.committee_id == committee_id)
    if after is not None:
        q = q.where(col(Meeting.starts_at) > after)
    if before is not None:
        q = q.where(col(Meeting.starts_at) < before)
    if not include_cancelled:
        q = q.where(Meeting.status != MeetingStatus.cancelled)
    q = q.order_by(col(Meeting.starts_at))
    if limit:
        q = q.limit(limit)
    return list((await session.exec(q)).all())


async def next_meeting(session: AsyncSession, *, committee_id: int, after: datetime) -> Meeting | None:
    found = await list_meetings(session, committee_id=committee_id, after=after, limit=1)
    return found[0] if found else None


async def committees_by_id(session: AsyncSession, *, ids: Iterable[int]) -> dict[int, Committee]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = (await session.exec(select(Committee).where(col(Committee.id).in_(wanted)))).all()
    return {c.id: c for c in rows if c.id is not None}


async def save_committee(session: AsyncSession, *, committee: Committee) -> Committee:
    """Store the changes made to a committee's settings or links."""
    session.add(committee)
    await session.flush()
    return committee


async def meetings_on_day(
    session: AsyncSession, *, committee_id: int, day_start: datetime, day_end: datetime
) -> list[Meeting]:
    """Every meeting of the committee in [day_start, day_end), cancelled ones too, earliest first."""
    q = (
        select(Meeting)
        .where(
            Meeting.committee_id == committee_id,
            col(Meeting.starts_at) >= day_start,
            col(Meeting.starts_at) < day_end,
        )
        .order_by(col(Meeting.starts_at))
    )
    return list((await session.exec(q)).all())


async def previous_meeting(session: AsyncSession, *, committee_id: int, now: datetime) -> Meeting | None:
    """The last meeting that was not cancelled, at or before `now`."""
    q = (
        select(Meeting)
        .where(
            Meeting.committee_id == committee_id,
            col(Meeting.starts_at) <= now,
            Meeting.status != MeetingStatus.cancelled,
        )
        .order_by(col(Meeting.starts_at).desc())
        .limit(1)
    )
    return (await session.exec(q)).first()


async def owners_of(session: AsyncSession, *, committee_id: int) -> set[int]:
    """Whoever is assigned an action of the committee."""
    q = select(Action.assignee_id).where(Action.committee_id == committee_id).distinct()
    return {p for p in (await session.exec(q)).all() if p is not None}


async def held_elsewhere(
    session: AsyncSession, *, person_ids: Iterable[int], committee_id: int, workspace: str
) -> set[int]:
    """Those of these people who hold a role on, or own an action of, another committee of the
    workspace."""
    wanted = set(person_ids)
    if not wanted:
        return set()
    others = select(Committee.id).where(Committee.workspace == workspace, Committee.id != committee_id)
    roles = select(CommitteeRole.person_id).where(
        col(CommitteeRole.person_id).in_(wanted), col(CommitteeRole.committee_id).in_(others)
    )
    owned = select(Action.assignee_id).where(
        col(Action.assignee_id).in_(wanted), col(Action.committee_id).in_(others)
    )
    found = {p for p in (await session.exec(roles)).all()} | {
        p for p in (await session.exec(owned)).all() if p
    }
    return {p for p in found if p is not None}
