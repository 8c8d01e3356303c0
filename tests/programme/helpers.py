"""Shared set-up for the work programme, calendar and export tests."""

from __future__ import annotations

from datetime import datetime

from storage import actions as store
from storage import committees
from storage.actions import Due
from storage.db import Database
from storage.models import Action, ActionEvent, ActionStatus, DueKind, Meeting

# tests.support.chat.build_committee gives ASC meetings 30 days before NOW and 10 and 52 days after
PAST_DAY = "2023-12-16"
NEXT_DAY = "2024-01-25"
LATER_DAY = "2024-03-07"


async def meetings(db: Database, code: str = "ASC") -> list[Meeting]:
    async with db.transaction() as session:
        found = await committees.get_committee(session, code=code)
        assert found is not None and found.id is not None
        return await committees.list_meetings(session, committee_id=found.id, include_cancelled=True)


async def action(db: Database, ref: str) -> Action:
    async with db.transaction() as session:
        found = await store.get_action(session, ref=ref)
        assert found is not None
        return found


async def events(db: Database, ref: str) -> list[ActionEvent]:
    async with db.transaction() as session:
        found = await store.get_action(session, ref=ref)
        assert found is not None and found.id is not None
        return await store.events_for(session, action_id=found.id)


async def make_action(
    db: Database,
    *,
    text: str,
    now: datetime,
    meeting: Meeting | None = None,
    minute: str | None = None,
    owner: str | None = None,
    due: Due | None = None,
    status: ActionStatus = ActionStatus.open,
    work_programme: bool = False,
    restricted: bool = False,
) -> str:
    """An action as the minutes reader leaves it after review (flags the grammar cannot set)."""
    async with db.transaction() as session:
        asc = await committees.get_committee(session, code="ASC")
        assert asc is not None and asc.id is not None
        created = await store.create_action(
            session,
            committee_id=asc.id,
            text=text,
            actor=None,
            now=now,
            status=status,
            meeting_id=meeting.id if meeting else None,
            minute=minute,
            owner_text=owner,
            due=due or Due(),
            work_programme=work_programme,
            restricted=restricted,
        )
        assert created.ref is not None
        return created.ref


def due_at(meeting: Meeting) -> Due:
    return Due(DueKind.meeting, meeting_id=meeting.id)
