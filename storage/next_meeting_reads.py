"""Each committee's next meeting, for the App Home: one query for all of a reader's committees."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Committee, Meeting, MeetingStatus

_COMMITTEE = sa.inspect(Committee).local_table


class NextMeetingOf(NamedTuple):
    """A committee and when it next meets (None: nothing in the calendar)."""

    committee_id: int
    name: str
    code: str
    timezone: str
    starts_at: datetime | None
    location: str | None


_MEETING = sa.inspect(Meeting).local_table


async def next_meetings(
    session: AsyncSession, *, committee_ids: Sequence[int], after: datetime
) -> list[NextMeetingOf]:
    """Each committee (in the order given) and its next meeting that is not cancelled, in one query
    (as `storage.committees.next_meeting` finds it)."""
    if not committee_ids:
        return []

    def first(column: sa.ColumnElement[Any]) -> sa.ScalarSelect[Any]:
        return (
            sa.select(column)
            .where(
                _MEETING.c.committee_id == _COMMITTEE.c.id,
                _MEETING.c.starts_at > after,
                _MEETING.c.status != MeetingStatus.cancelled,
            )
            .order_by(_MEETING.c.starts_at)
            .limit(1)
            .correlate(_COMMITTEE)
            .scalar_subquery()
        )

    conn = await session.connection()
    rows = await conn.execute(
        sa.select(
            _COMMITTEE.c.id,
            _COMMITTEE.c.name,
            _COMMITTEE.c.code,
            _COMMITTEE.c.timezone,
            first(_MEETING.c.starts_at).label("starts_at"),
            first(_MEETING.c.location).label("location"),
        ).where(_COMMITTEE.c.id.in_(committee_ids))
    )
    found = {r[0]: NextMeetingOf._make(r) for r in rows}
    return [found[i] for i in committee_ids if i in found]
