"""A person's own page (Slack's App Home): what they owe, and when their committees next meet."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import commands as c
from handlers import visibility
from handlers.context import Context
from handlers.listing import listing
from handlers.registry import handles
from handlers.replies import Home, NextMeeting, Reply
from handlers.views import when
from storage import committees, people


@handles(c.Home, writes=False)
async def home(cmd: c.Home, ctx: Context, session: AsyncSession) -> Reply:
    mine = await listing(session, c.ListActions(kind=c.ListKind.mine), ctx)
    meetings: list[NextMeeting] = []
    if ctx.actor is not None and ctx.actor.id is not None:
        reader = visibility.reader(ctx)
        for committee_id in await people.committees_of(session, person_id=ctx.actor.id):
            if not reader.sees(committee_id):
                continue
            committee = await committees.committee_by_id(session, committee_id=committee_id)
            if committee is None:
                continue
            name = f"{committee.name} ({committee.code})"
            meeting = await committees.next_meeting(session, committee_id=committee_id, after=ctx.now)
            if meeting is None:
                meetings.append(NextMeeting(name))
            else:
                tz = ctx.with_committee(committee).tz
                meetings.append(NextMeeting(name, when(meeting.starts_at, tz, time=True), meeting.location))
    return Home(mine=mine, meetings=tuple(meetings))
