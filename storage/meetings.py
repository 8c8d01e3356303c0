"""Changing a committee's meetings: moving and cancelling, and what that does to actions due at them.

A moved meeting keeps its row, so actions due at it ("next meeting" or "the meeting of ...") follow
it without being touched. A cancelled meeting hands its live actions on to the next meeting, each
change logged as an ActionEvent. Both bump the meeting's iCalendar SEQUENCE, so calendar clients
replace the event they hold.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import actions as store
from storage import committees
from storage.actions import LIVE
from storage.models import Action, DueKind, Meeting, MeetingStatus, Person


async def by_external_id(session: AsyncSession, *, committee_id: int, external_id: str) -> Meeting | None:
    q = select(Meeting).where(Meeting.committee_id == committee_id, Meeting.external_id == external_id)
    return (await session.exec(q)).first()


async def move_meeting(session: AsyncSession, *, meeting: Meeting, starts_at: datetime) -> Meeting:
    meeting.starts_at = starts_at
    meeting.status = MeetingStatus.rescheduled
    meeting.sequence += 1
    session.add(meeting)
    await session.flush()
    return meeting


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
    for action in due_here:
        kind = action.due_kind if following is not None else DueKind.next_meeting
        await store.change_action(
            session,
            action=action,
            actor=actor,
            now=now,
            kind="due",
            changes={"due_kind": kind, "due_meeting_id": following.id if following else None},
            before=f"meeting {meeting.starts_at.date().isoformat()}",
            after=f"meeting {following.starts_at.date().isoformat()}" if following else "next meeting",
            note=note,
        )
    return list(due_here), following


async def save_meeting(session: AsyncSession, *, meeting: Meeting) -> Meeting:
    """Store changes made to a meeting's row (its place, its ModernGov id, a corrected time)."""
    session.add(meeting)
    await session.flush()
    return meeting
