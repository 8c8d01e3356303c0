"""`export csv|md|html|ics`: the action tracker paper and the meetings calendar as files.

The same loaders serve the chat verb, `committee-bot export` and the calendar feed, so the paper
the officer downloads in Slack is byte for byte the one the CLI writes.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import resolve, visibility
from handlers.calendar_ics import meetings_calendar
from handlers.commands import Export, Format
from handlers.context import Context
from handlers.registry import handles
from handlers.replies import FileReply, Reply, plural
from handlers.tracker import Tracker, build_rows, to_csv, to_html, to_markdown
from storage import actions as store_actions
from storage import committees
from storage import people as store_people
from storage.actions import LIVE
from storage.models import Action, ActionStatus, Committee

MIME = {
    Format.csv: "text/csv; charset=utf-8",
    Format.md: "text/markdown; charset=utf-8",
    Format.html: "text/html; charset=utf-8",
    Format.ics: "text/calendar; charset=utf-8",
}


async def load_tracker(session: AsyncSession, committee: Committee, *, now: datetime) -> Tracker:
    """Every open action, and those done since the last meeting (the paper reports them once)."""
    assert committee.id is not None
    live = await store_actions.list_actions(
        session, store_actions.ActionQuery(committee_ids=[committee.id], statuses=LIVE, limit=100_000)
    )
    done = await store_actions.list_actions(
        session,
        store_actions.ActionQuery(committee_ids=[committee.id], statuses=[ActionStatus.done], limit=100_000),
    )
    last = await committees.previous_meeting(session, committee_id=committee.id, now=now)
    if last is not None:
        done = [a for a in done if a.last_progress_at >= last.starts_at]
    rows: list[Action] = sorted([*live, *done], key=lambda a: a.id or 0)
    meetings = await store_actions.meetings_by_id(
        session, ids=[a.meeting_id for a in rows] + [a.due_meeting_id for a in rows]
    )
    people = await store_people.people_by_id(
        session, ids=(a.assignee_id for a in rows if a.assignee_id is not None)
    )
    notes = {
        action_id: (ev.at, ev.note)
        for action_id, ev in (
            await store_actions.latest_notes(session, action_ids=[a.id for a in rows if a.id is not None])
        ).items()
        if ev.note
    }
    upcoming = await committees.next_meeting(session, committee_id=committee.id, after=now)
    if upcoming is not None and upcoming.id is not None:
        meetings.setdefault(upcoming.id, upcoming)
    return Tracker(
        committee=committee,
        generated=now,
        next_meeting=upcoming,
        rows=build_rows(
            rows,
            committee=committee,
            now=now,
            meetings=meetings,
            people=people,
            notes=notes,
            next_meeting=upcoming,
        ),
    )


async def load_calendar(session: AsyncSession, committee: Committee, *, now: datetime) -> bytes:
    assert committee.id is not None
    meetings = await committees.list_meetings(session, committee_id=committee.id, include_cancelled=True)
    return meetings_calendar(committee, meetings, now=now)


def filename(committee: Committee, fmt: Format, now: datetime) -> str:
    if fmt is Format.ics:
        return f"{committee.code}-meetings.ics"
    local = now.astimezone(ZoneInfo(committee.timezone))
    return f"{committee.code}-action-tracker-{local:%Y-%m-%d}.{fmt.value}"


async def export_file(
    session: AsyncSession, committee: Committee, fmt: Format, *, now: datetime
) -> FileReply:
    if fmt is Format.ics:
        content = await load_calendar(session, committee, now=now)
        return FileReply(
            filename=filename(committee, fmt, now),
            content=content,
            mime=MIME[fmt],
            title=f"{committee.name} meetings calendar",
            summary=f"The meetings of {committee.code} as a calendar file.",
        )
    tracker = await load_tracker(session, committee, now=now)
    render = {Format.csv: to_csv, Format.md: to_markdown, Format.html: to_html}[fmt]
    red = sum(1 for r in tracker.rows if r.rag.value == "Red")
    return FileReply(
        filename=filename(committee, fmt, now),
        content=render(tracker),
        mime=MIME[fmt],
        title=tracker.title,
        summary=f"The action tracker of {committee.code}: {plural(len(tracker.rows), 'action')}, {red} overdue.",
    )


@handles(Export, writes=True)
async def export_handler(cmd: Export, ctx: Context, session: AsyncSession) -> Reply:
    committee = ctx.committee
    if cmd.committee is not None:
        reader = visibility.reader(ctx)
        committee = await committees.get_committee(session, code=cmd.committee)
        if committee is None or committee.id is None or not reader.sees(committee.id):
            known = ", ".join(sorted(reader.committees.values())) or "none yet"
            raise resolve.NotFound(f"There is no committee {cmd.committee}. Known committees: {known}.")
    if committee is None:
        raise resolve.NotFound(
            "Export which committee's paper? Use this in its channel, or name it: `export csv ASC`."
        )
    return await export_file(session, committee, cmd.fmt, now=ctx.now)
