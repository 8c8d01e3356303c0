"""A person's own page (Slack's App Home): what they owe, and when their committees next meet."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import commands as c
from handlers import visibility
from handlers.context import Context
from handlers.listing import listing
from handlers.registry import handles
from handlers.replies import Home, NextMeeting, Reply
from handlers.views import when
from storage import next_meeting_reads as reads


@handles(c.Home, writes=False)
async def home(cmd: c.Home, ctx: Context, session: AsyncSession) -> Reply:
    mine = await listing(session, c.ListActions(kind=c.ListKind.mine), ctx)
    meetings: list[NextMeeting] = []
    if ctx.actor is not None and ctx.actor.id is not None:
        held = sorted(visibility.reader(ctx).held)
        for m in await reads.next_meetings(session, committee_ids=held, after=ctx.now):
            name = f"{m.name} ({m.code})"
            if m.starts_at is None:
                meetings.append(NextMeeting(name))
            else:
                tz = ZoneInfo(m.timezone)
                meetings.append(NextMeeting(name, when(m.starts_at, tz, time=True), m.location))
    return Home(mine=mine, meetings=tuple(meetings))
