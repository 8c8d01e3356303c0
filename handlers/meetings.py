"""The meeting calendar: `meetings` lists what is coming; admins add, move and cancel meetings,
link the committee to its ModernGov site and sync from it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import permissions, resolve
from handlers.commands import (
    AddMeeting,
    ApplyMeetings,
    CancelMeeting,
    Command,
    LinkModernGov,
    ListMeetings,
    MoveMeeting,
    SyncMeetings,
)
from handlers.context import Context
from handlers.registry import fetches, handles
from handlers.replies import Reply, Table, error, ok, plural
from handlers.views import when
from storage import actions as store_actions
from storage import committees
from storage import meetings as store
from storage import programme as store_programme
from storage.models import Committee, Meeting, MeetingStatus

DEFAULT_TIME = time(10, 0)


def local_start(day: date, committee: Committee, at: time | None = None) -> datetime:
    return datetime.combine(day, at or DEFAULT_TIME, tzinfo=ZoneInfo(committee.timezone))


async def find_meeting(
    session: AsyncSession, committee: Committee, day: date, *, now: datetime, include_cancelled: bool = False
) -> Meeting:
    """The committee's meeting on a local day, or NotFound listing the upcoming ones."""
    assert committee.id is not None
    tz = ZoneInfo(committee.timezone)
    start = datetime.combine(day, time(0), tzinfo=tz)
    found = await committees.meetings_on_day(
        session, committee_id=committee.id, day_start=start, day_end=start + timedelta(days=1)
    )
    live = [m for m in found if m.status != MeetingStatus.cancelled]
    if live:
        return live[0]
    if found and include_cancelled:
        return found[0]
    upcoming = await committees.list_meetings(session, committee_id=committee.id, after=now, limit=4)
    listed = ", ".join(when(m.starts_at, tz) for m in upcoming) or "none are scheduled"
    what = "only a cancelled meeting" if found else "no meeting"
    raise resolve.NotFound(
        f"{committee.code} has {what} on {day.isoformat()}. Upcoming meetings: {listed}. "
        "An admin adds one with `meetings add YYYY-MM-DD`."
    )


async def admin_committee(session: AsyncSession, ctx: Context, doing: str) -> Committee:
    committee = channel_committee(ctx, doing)
    await permissions.require_admin(session, ctx, committee, doing)
    return committee


def channel_committee(ctx: Context, doing: str) -> Committee:
    if ctx.committee is None or ctx.committee.id is None:
        raise resolve.NotFound(f"Use this in a committee's channel to {doing}.")
    return ctx.committee


@handles(ListMeetings, writes=True)
async def list_meetings(cmd: ListMeetings, ctx: Context, session: AsyncSession) -> Reply:
    committee = channel_committee(ctx, "see its meetings")
    assert committee.id is not None
    tz = ZoneInfo(committee.timezone)
    if cmd.past:
        rows = await committees.list_meetings(
            session, committee_id=committee.id, before=ctx.now, include_cancelled=True
        )
        rows = rows[::-1][:20]
    else:
        rows = await committees.list_meetings(
            session, committee_id=committee.id, after=ctx.now, include_cancelled=True, limit=20
        )
    ids = [m.id for m in rows if m.id is not None]
    due = await store_actions.live_due_at(session, meeting_ids=ids)
    topics = await store_programme.topic_counts(session, meeting_ids=ids)
    table_rows = tuple(
        (
            when(m.starts_at, tz),
            f"{m.starts_at.astimezone(tz):%H:%M}",
            str(m.status),
            m.location or m.title or "",
            str(due.get(m.id or 0, 0)),
            str(topics.get(m.id or 0, 0)),
        )
        for m in rows
    )
    notes = (
        () if cmd.past else ("`meetings past` lists the recent ones; `programme` what each will consider.",)
    )
    return Table(
        title=f"{'Recent' if cmd.past else 'Upcoming'} meetings of {committee.name}",
        columns=("date", "time", "status", "where", "actions due", "topics"),
        rows=table_rows,
        empty=(
            "No past meetings are recorded."
            if cmd.past
            else "No upcoming meetings are recorded. An admin adds one with `meetings add YYYY-MM-DD`."
        ),
        notes=notes,
    )


@handles(AddMeeting, writes=True)
async def add_meeting(cmd: AddMeeting, ctx: Context, session: AsyncSession) -> Reply:
    committee = await admin_committee(session, ctx, "add meetings")
    assert committee.id is not None
    starts = local_start(cmd.on, committee, cmd.at)
    if starts <= ctx.now:
        return error(
            f"{cmd.on.isoformat()} is in the past; add future meetings here (past ones come with "
            "their minutes, through `import`)."
        )
    clash = await _meeting_or_none(session, committee, cmd.on, ctx.now)
    if clash is not None:
        return error(
            f"{committee.code} already has a meeting on {when(clash.starts_at, ZoneInfo(committee.timezone))}."
        )
    meeting = await committees.add_meeting(
        session, committee_id=committee.id, starts_at=starts, location=cmd.location or None
    )
    return ok(f"Added the meeting of {_label(meeting, committee)}.")


async def _meeting_or_none(
    session: AsyncSession, committee: Committee, day: date, now: datetime
) -> Meeting | None:
    try:
        return await find_meeting(session, committee, day, now=now)
    except resolve.NotFound:
        return None


def _label(meeting: Meeting, committee: Committee) -> str:
    tz = ZoneInfo(committee.timezone)
    text = f"{when(meeting.starts_at, tz, time=True)}"
    return text + (f" ({meeting.location})" if meeting.location else "")


@handles(MoveMeeting, writes=True)
async def move_meeting(cmd: MoveMeeting, ctx: Context, session: AsyncSession) -> Reply:
    committee = await admin_committee(session, ctx, "move meetings")
    meeting = await find_meeting(session, committee, cmd.on, now=ctx.now)
    tz = ZoneInfo(committee.timezone)
    clock = cmd.at or meeting.starts_at.astimezone(tz).time()
    starts = local_start(cmd.to, committee, clock)
    if starts == meeting.starts_at:
        return error(f"The meeting is already at {when(starts, tz, time=True)}.")
    if starts <= ctx.now:
        return error(f"{when(starts, tz, time=True)} is in the past; move meetings to a future date.")
    if cmd.to != cmd.on:
        clash = await _meeting_or_none(session, committee, cmd.to, ctx.now)
        if clash is not None:
            return error(
                f"{committee.code} already has a meeting on {cmd.to.isoformat()}; "
                f"cancel one of them with `meetings cancel`."
            )
    before = _label(meeting, committee)
    await store.move_meeting(session, meeting=meeting, starts_at=starts, actor=ctx.actor, now=ctx.now)
    assert meeting.id is not None
    following = (await store_actions.live_due_at(session, meeting_ids=[meeting.id])).get(meeting.id, 0)
    carried = (
        f" {plural(following, 'action')} due at it {'moves' if following == 1 else 'move'} with it."
        if following
        else ""
    )
    return ok(f"Moved the meeting of {before} to {_label(meeting, committee)}.{carried}")


@handles(CancelMeeting, writes=True)
async def cancel_meeting(cmd: CancelMeeting, ctx: Context, session: AsyncSession) -> Reply:
    committee = await admin_committee(session, ctx, "cancel meetings")
    meeting = await find_meeting(session, committee, cmd.on, now=ctx.now)
    if meeting.starts_at <= ctx.now:
        return error("That meeting has already taken place; only future meetings can be cancelled.")
    label = _label(meeting, committee)
    carried, following = await store.cancel_meeting(
        session, meeting=meeting, actor=ctx.actor, now=ctx.now, reason=cmd.reason
    )
    assert meeting.id is not None
    topics = await store_programme.confirmed_items_at(session, meeting_id=meeting.id)
    text = f"Cancelled the meeting of {label}."
    if carried:
        refs = ", ".join(a.ref or "" for a in carried)
        where = (
            f"the meeting of {when(following.starts_at, ZoneInfo(committee.timezone))}"
            if following
            else "the next meeting, once one is added"
        )
        text += (
            f" {plural(len(carried), 'action')} due at it {'is' if len(carried) == 1 else 'are'} "
            f"now due at {where}: {refs}."
        )
    if topics:
        refs = ", ".join(f"W{t.id}" for t in topics)
        text += (
            f" Its work programme topics ({refs}) need a new date: `programme move W{topics[0].id} <date>`."
        )
    return ok(text)


@handles(LinkModernGov, writes=True)
async def link_moderngov(cmd: LinkModernGov, ctx: Context, session: AsyncSession) -> Reply:
    committee = await admin_committee(session, ctx, "link the committee to ModernGov")
    fresh = await committees.committee_by_id(session, committee_id=committee.id or 0)
    assert fresh is not None
    fresh.moderngov_site = cmd.site
    fresh.moderngov_committee_id = cmd.committee_id
    await committees.save_committee(session, committee=fresh)
    return ok(
        f"{committee.code} now follows committee {cmd.committee_id} on {cmd.site}. "
        "`meetings sync` fetches its meetings."
    )


async def _sync_check(cmd: SyncMeetings, ctx: Context, session: AsyncSession) -> Committee | Reply:
    committee = await admin_committee(session, ctx, "sync meetings")
    fresh = await committees.committee_by_id(session, committee_id=committee.id or 0)
    assert fresh is not None
    if not fresh.moderngov_site or fresh.moderngov_committee_id is None:
        return error(
            f"{fresh.code} is not linked to a ModernGov site yet; an admin links it with "
            "`meetings moderngov <site url> <committee id>`."
        )
    return fresh


@fetches(SyncMeetings, check=_sync_check)
async def sync_fetch(cmd: SyncMeetings, ctx: Context, committee: Committee) -> Command | Reply:
    """ModernGov is asked outside any transaction; what it says is applied by ApplyMeetings."""
    from handlers.meetings_sync import fetch_meetings
    from minutes.errors import ModernGovError
    from minutes.moderngov import ModernGovClient

    assert committee.moderngov_site is not None and committee.id is not None
    try:
        async with ModernGovClient(committee.moderngov_site) as client:
            fetched = await fetch_meetings(client, committee, ctx.now)
    except ModernGovError as exc:
        return error(f"The sync from ModernGov failed and changed nothing: {exc}")
    return ApplyMeetings(committee_id=committee.id, meetings=tuple(fetched))


@handles(ApplyMeetings, writes=True)
async def sync_apply(cmd: ApplyMeetings, ctx: Context, session: AsyncSession) -> Reply:
    from handlers.meetings_sync import apply_meetings

    committee = await committees.committee_by_id(session, committee_id=cmd.committee_id)
    if committee is None:
        raise resolve.NotFound("This channel's committee no longer exists.")
    result = await apply_meetings(session, committee, cmd.meetings, ctx.now, actor=ctx.actor)
    return ok(result.summary(committee))
