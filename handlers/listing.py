"""The listings: what is open, overdue, stale, due, mine, someone's, matching words, done.

Each reads one page of lean rows (storage/listing_reads.py), ordered and cut by the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from functools import partial

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import resolve, visibility
from handlers.args import Args, person_spec
from handlers.commands import ListActions, ListKind, PersonSpec
from handlers.context import Context
from handlers.registry import handles
from handlers.replies import ActionList, Group, Reply, error
from handlers.views import listed_view, when
from storage import committees, rules
from storage import listing_reads as reads
from storage.actions import LIVE, ActionQuery
from storage.models import ActionStatus, DueKind, Meeting

PAGE = 20


@handles(ListActions, writes=False)
async def list_handler(cmd: ListActions, ctx: Context, session: AsyncSession) -> Reply:
    return await listing(session, cmd, ctx)


def _scope(ctx: Context) -> list[int]:
    """The committees a listing covers: the channel's, else the actor's, else every committee of
    the workspace (what the reader may see of them is `visibility`'s business)."""
    visible = visibility.reader(ctx)
    if ctx.committee is not None and ctx.committee.id is not None:
        return [ctx.committee.id] if visible.sees(ctx.committee.id) else []
    if ctx.actor is not None and ctx.actor.id is not None and visible.held:
        return sorted(visible.held)
    return sorted(visible.committees)


async def listing(session: AsyncSession, cmd: ListActions, ctx: Context) -> Reply:
    kind = cmd.kind
    if kind is ListKind.default and (ctx.committee is None or ctx.is_dm):
        kind = ListKind.mine
    scope = _scope(ctx)
    q = ActionQuery(committee_ids=scope, readable=visibility.reader(ctx))
    title = ""
    where = f" in {ctx.committee.code}" if ctx.committee else ""
    grouping = reads.Grouping.by_id
    keep: Callable[[reads.ListedAction], bool] | None = None
    if kind is ListKind.default:
        title = f"Open actions of {ctx.committee.name}" if ctx.committee else "Open actions"
        grouping = reads.Grouping.by_due_meeting
    elif kind is ListKind.mine:
        if ctx.actor is None or ctx.actor.id is None:
            return error(
                "I don't know who you are yet, so I can't list your actions. Ask an admin to add you."
            )
        q.committee_ids = None
        q.assignee_id = ctx.actor.id
        title = "Your open actions"
        grouping = reads.Grouping.by_due_meeting
    elif kind is ListKind.overdue:
        q.overdue_at = ctx.now
        title = f"Overdue actions{where}"
        keep = partial(_overdue, now=ctx.now)
    elif kind is ListKind.stale:
        title = f"Stale actions{where} (no update for a while)"
        keep = partial(_stale, now=ctx.now)
    elif kind is ListKind.due_next:
        return await _due_next(session, ctx, q, scope)
    elif kind is ListKind.due_on:
        assert cmd.on is not None
        return await _due_on(session, ctx, q, scope, cmd)
    elif kind is ListKind.owner:
        spec = person_spec(cmd.words, Args((), cmd.words, "owner <name>"))
        title = await _owner_filter(session, ctx, q, spec)
    elif kind is ListKind.search:
        q.search = cmd.words
        q.statuses = ()
        title = f"Actions{where} matching \u201c{cmd.words}\u201d"
    elif kind is ListKind.all:
        q.statuses = [s for s in ActionStatus if s is not ActionStatus.discarded]
        title = f"All actions{where}"
    elif kind is ListKind.done:
        q.statuses = [ActionStatus.done]
        grouping = reads.Grouping.latest_progress
        title = f"Done actions{where}"
    if keep is not None:
        rows, total, page = await reads.kept(session, q, keep, number=cmd.page, size=PAGE)
    else:
        rows, total, page = await reads.page(session, q, grouping=grouping, number=cmd.page, size=PAGE)
    grouped = grouping is reads.Grouping.by_due_meeting
    return _page(title, rows, total, page, cmd, ctx.now, grouped=grouped, empty=_empty(kind))


def _overdue(row: reads.ListedAction, *, now: datetime) -> bool:
    return rules.is_overdue(row, now=now, tz=rules.zone(row.timezone), due_meeting=row.due_meeting)


def _stale(row: reads.ListedAction, *, now: datetime) -> bool:
    return rules.is_stale(row, now=now, stale_days=row.stale_days)


async def _owner_filter(session: AsyncSession, ctx: Context, q: ActionQuery, spec: PersonSpec) -> str:
    if spec.platform_id or not spec.is_role:
        try:
            person = await resolve.person(session, spec, ctx)
        except resolve.NotFound:
            if spec.platform_id:
                raise
            q.owner_words = spec.text
            return f"Actions whose owner is written as \u201c{spec.text}\u201d"
        q.assignee_id = person.id
        return f"Open actions of {person.display_name}"
    q.owner_words = spec.text
    return f"Open actions owned by \u201c{spec.text}\u201d"


async def _due_next(session: AsyncSession, ctx: Context, q: ActionQuery, scope: list[int]) -> Reply:
    meetings: list[Meeting] = []
    for committee_id in scope:
        upcoming = await committees.next_meeting(session, committee_id=committee_id, after=ctx.now)
        if upcoming:
            meetings.append(upcoming)
    if not meetings:
        return error("No upcoming meeting is in the calendar, so nothing is due at one yet.")
    q.due_meeting_ids = [m.id for m in meetings if m.id]
    cmd = ListActions(ListKind.due_next)
    rows, total, page = await reads.page(
        session, q, grouping=reads.Grouping.by_due_meeting, number=cmd.page, size=PAGE
    )
    title = "Due at the next meeting"
    if len(meetings) == 1:
        tz = ctx.tz
        title += f" ({when(meetings[0].starts_at, tz, time=True)})"
    return _page(
        title, rows, total, page, cmd, ctx.now, grouped=True, empty="Nothing is due at the next meeting."
    )


async def _due_on(
    session: AsyncSession, ctx: Context, q: ActionQuery, scope: list[int], cmd: ListActions
) -> Reply:
    assert cmd.on is not None
    tz = ctx.tz
    start = datetime.combine(cmd.on, time(0), tzinfo=tz)
    ids: list[int] = []
    for committee_id in scope:
        m = await committees.meeting_on(
            session, committee_id=committee_id, day_start=start, day_end=start + timedelta(days=1)
        )
        if m and m.id:
            ids.append(m.id)
    q.due_on = cmd.on
    q.due_meeting_ids = ids or None
    rows, total, page = await reads.page(
        session, q, grouping=reads.Grouping.meeting_first, number=cmd.page, size=PAGE
    )
    return _page(
        f"Due on {cmd.on.day} {cmd.on:%b %Y}",
        rows,
        total,
        page,
        cmd,
        ctx.now,
        grouped=False,
        empty=f"Nothing is due on {cmd.on.isoformat()}.",
    )


def _heading(row: reads.ListedAction) -> str:
    """The group of a listing by due meeting that an action falls in (the order is the query's)."""
    if row.due_meeting is not None:
        return f"Due at the meeting of {when(row.due_meeting.starts_at, rules.zone(row.timezone), time=True)}"
    if row.due_date is not None:
        return "Due by a date"
    if row.due_kind == DueKind.future_meeting:
        return "Due at a future meeting"
    return "No due point"


def _empty(kind: ListKind) -> str:
    return {
        ListKind.mine: "You have no open actions.",
        ListKind.overdue: "Nothing is overdue.",
        ListKind.stale: "Nothing is stale: every open action has a recent update.",
        ListKind.done: "No action is done yet.",
        ListKind.search: "No action matches those words.",
    }.get(kind, "There are no open actions.")


def _page(
    title: str,
    rows: list[reads.ListedAction],
    total: int,
    page: int,
    cmd: ListActions,
    now: datetime,
    *,
    grouped: bool,
    empty: str,
) -> ActionList:
    """One page of a listing (the database cut it), keeping the grouping of what is shown."""
    pages = max(1, (total + PAGE - 1) // PAGE)
    out: list[Group] = []
    for row in rows:
        heading = _heading(row) if grouped else ""
        item = listed_view(row, now)
        if out and out[-1].heading == heading:
            out[-1] = Group(heading, (*out[-1].items, item))
        else:
            out.append(Group(heading, (item,)))
    if pages > 1:
        title = f"{title} \u2014 page {page} of {pages} ({total} in all)"
    return ActionList(
        title=title,
        groups=tuple(out),
        empty=empty,
        share=cmd.share,
        query=_command_text(cmd, 1),
        page=page,
        pages=pages,
        next_page=_command_text(cmd, page + 1) if page < pages else None,
    )


def _command_text(cmd: ListActions, page: int) -> str:
    """The chat text that asks for this listing again, at another page."""
    base = {
        ListKind.default: "list",
        ListKind.due_next: "due next",
        ListKind.due_on: f"due {cmd.on.isoformat() if cmd.on else ''}",
        ListKind.owner: f"owner {cmd.words}",
        ListKind.search: f"search {cmd.words}",
    }.get(cmd.kind, str(cmd.kind))
    if cmd.share:
        base = f"share {base}"
    return f"{base} page {page}" if page > 1 else base


__all__ = ["LIVE", "list_handler"]
