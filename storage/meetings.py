"""Changing a committee's meetings: moving and cancelling, and what that does to actions due at them.

A moved meeting keeps its row, so actions due at it ("next meeting" or "the meeting of ...") follow
it; each records the move in its history. A cancelled meeting hands its live actions on to the next meeting, each
change logged as an ActionEvent. Both bump the meeting's iCalendar SEQUENCE, so calendar clients
replace the event they hold.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import actions as store
from storage import committees, rules
from storage.actions import LIVE
from storage.models import Action, Committee, DueKind, Meeting, MeetingStatus, Person


async def by_external_id(session: AsyncSession, *, committee_id: int, external_id: str) -> Meeting | None:
    q = select(Meeting).where(Meeting.committee_id == committee_id, Meeting.external_id == external_id)
    return (await session.exec(q)).first()


async def move_meeting(
    session: AsyncSession, *, meeting: Meeting, starts_at: datetime, actor: Person | None, now: datetime
) -> Meeting:
    """Move a meeting. The live actions due at it follow it, and each says so in its history; a
    snooze "until the next meeting" on it now lasts until the moved meeting is over."""
    assert meeting.id is not None
    before = meeting.starts_at
    meeting.starts_at = starts_at
    meeting.status = MeetingStatus.rescheduled
    meeting.sequence += 1
    session.add(meeting)
    await session.flush()
    committee = await session.get(Committee, meeting.committee_id)
    tz = rules.zone(committee.timezone if committee else None)
    was, now_at = _at(before, tz), _at(starts_at, tz)
    due_here = await _live(session, col(Action.due_meeting_id) == meeting.id)
    for action in due_here:
        await store.record_event(
            session,
            action=action,
            actor=actor,
            now=now,
            kind="due",
            before=f"meeting of {was}",
            after=f"meeting of {now_at}",
            note="the meeting was moved",
        )
    ends = rules.meeting_ends_at(meeting, tz)
    for action in await _live(session, col(Action.snooze_meeting_id) == meeting.id):
        if action.snoozed_until is None or action.snoozed_until == ends:
            continue
        await store.change_action(
            session,
            action=action,
            actor=actor,
            now=now,
            kind="snooze",
            changes={"snoozed_until": ends},
            before=_at(action.snoozed_until, tz),
            after=_at(ends, tz),
            note="the meeting it was snoozed until was moved",
        )
    return meeting


def _at(moment: datetime, tz: ZoneInfo) -> str:
    local = moment.astimezone(tz)
    return f"{local.day} {local:%b %Y %H:%M}"


async def _live(session: AsyncSession, where: sa.ColumnElement[bool]) -> list[Action]:
    q = select(Action).where(where, col(Action.status).in_(list(LIVE))).order_by(col(Action.id))
    return list((await session.exec(q)).all())


async def cancel_meeting(
    session: AsyncSession, *, meeting: Meeting, actor: Person | None, now: datetime, reason: str = ""
) -> tuple[list[Action], Meeting | None]:
    """Cancel a meeting and carry the live actions due at it to the next one.

    Returns the actions carried and the meeting they now point at (None when no later meeting is
    scheduled yet; "next meeting" actions then wait for one).
    """
    assert meeting.id is not None
    meeting.status = MeetingStatus.cancelled
    meeting.sequence += 1
    session.add(meeting)
    await session.flush()
    following = await committees.next_meeting(
        session, committee_id=meeting.committee_id, after=meeting.starts_at
    )
    due_here = (
        await session.exec(
            select(Action)
            .where(Action.due_meeting_id == meeting.id, col(Action.status).in_(list(LIVE)))
            .order_by(col(Action.id))
        )
    ).all()
    note = "the meeting it was due at was cancelled" + (f": {reason}" if reason else "")
    committee = await session.get(Committee, meeting.committee_id)
    tz = rules.zone(committee.timezone if committee else None)
    for action in due_here:
        kind = action.due_kind if following is not None else DueKind.next_meeting
        await store.change_action(
            session,
            action=action,
            actor=actor,
            now=now,
            kind="due",
            changes={"due_kind": kind, "due_meeting_id": following.id if following else None},
            before=f"meeting of {_at(meeting.starts_at, tz)}",
            after=f"meeting of {_at(following.starts_at, tz)}" if following else "next meeting",
            note=note,
        )
    return list(due_here), following


async def save_meeting(session: AsyncSession, *, meeting: Meeting) -> Meeting:
    """Store changes made to a meeting's row (its place, its ModernGov id, a corrected time)."""
    session.add(meeting)
    await session.flush()
    return meeting
