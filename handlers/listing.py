"""The listings: what is open, overdue, stale, due, mine, someone's, matching words, done."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import resolve, visibility
from handlers.args import Args, person_spec
from handlers.commands import ListActions, ListKind, PersonSpec
from handlers.context import Context
from handlers.registry import handles
from handlers.replies import ActionList, Group, Reply, error
from handlers.views import Views, when
from storage import committees, people
from storage.actions import LIVE, ActionQuery, list_actions
from storage.models import Action, ActionStatus, Meeting

PAGE = 20


@handles(ListActions, writes=False)
async def list_handler(cmd: ListActions, ctx: Context, session: AsyncSession) -> Reply:
    return await listing(session, cmd, ctx)


async def _scope(session: AsyncSession, ctx: Context) -> list[int]:
    """The committees a listing covers: the channel's, else the actor's, else every committee of
    the workspace (what the reader may see of them is `visibility`'s business)."""
    visible = visibility.reader(ctx)
    if ctx.committee is not None and ctx.committee.id is not None:
        return [ctx.committee.id] if visible.sees(ctx.committee.id) else []
    if ctx.actor is not None and ctx.actor.id is not None:
        mine = [
            cid for cid in await people.committees_of(session, person_id=ctx.actor.id) if visible.sees(cid)
        ]
        if mine:
            return mine
    return sorted(visible.committees)


async def listing(session: AsyncSession, cmd: ListActions, ctx: Context) -> Reply:
    kind = cmd.kind
    if kind is ListKind.default and (ctx.committee is None or ctx.is_dm):
        kind = ListKind.mine
    scope = await _scope(session, ctx)
    q = ActionQuery(committee_ids=scope, readable=visibility.reader(ctx))
    title = ""
    where = f" in {ctx.committee.code}" if ctx.committee else ""
    grouped_by_meeting = False
    if kind is ListKind.default:
        title = f"Open actions of {ctx.committee.name}" if ctx.committee else "Open actions"
        grouped_by_meeting = True
    elif kind is ListKind.mine:
        if ctx.actor is None or ctx.actor.id is None:
            return error(
                "I don't know who you are yet, so I can't list your actions. Ask an admin to add you."
            )
        q.committee_ids = None
        q.assignee_id = ctx.actor.id
        title = "Your open actions"
        grouped_by_meeting = True
    elif kind is ListKind.overdue:
        q.overdue_at = ctx.now
        title = f"Overdue actions{where}"
    elif kind is ListKind.stale:
        title = f"Stale actions{where} (no update for a while)"
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
        q.order = [col(Action.last_progress_at).desc()]
        title = f"Done actions{where}"
    rows = await list_actions(session, q)
    views = Views(session, ctx.now)
    await views.load(rows)
    if kind is ListKind.stale:
        rows = [a for a in rows if views.stale(a)]
    elif kind is ListKind.overdue:
        rows = [a for a in rows if views.overdue(a)]
    groups = _by_due_meeting(rows, views) if grouped_by_meeting else [("", rows)]
    return _page(title, groups, cmd, views, empty=_empty(kind))


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
    rows = await list_actions(session, q)
    views = Views(session, ctx.now)
    await views.load(rows)
    groups = _by_due_meeting(rows, views)
    title = "Due at the next meeting"
    if len(meetings) == 1:
        tz = ctx.tz
        title += f" ({when(meetings[0].starts_at, tz, time=True)})"
    return _page(
        title, groups, ListActions(ListKind.due_next), views, empty="Nothing is due at the next meeting."
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
    by_meeting = (
        await list_actions(session, ActionQuery(**{**q.__dict__, "due_meeting_ids": ids})) if ids else []
    )
    by_date = await list_actions(session, ActionQuery(**{**q.__dict__, "due_on": cmd.on}))
    rows = list({a.id: a for a in [*by_meeting, *by_date]}.values())
    views = Views(session, ctx.now)
    await views.load(rows)
    return _page(
        f"Due on {cmd.on.day} {cmd.on:%b %Y}",
        [("", rows)],
        cmd,
        views,
        empty=f"Nothing is due on {cmd.on.isoformat()}.",
    )


def _by_due_meeting(rows: list[Action], views: Views) -> list[tuple[str, list[Action]]]:
    buckets: dict[tuple[int, datetime | None, str], list[Action]] = defaultdict(list)
    far = datetime.max.replace(tzinfo=ZoneInfo("UTC"))
    headings: dict[tuple[int, int], str] = {}
    for a in rows:
        meeting = views.due_meeting(a)
        if meeting is not None:
            heading = headings.get((meeting.id or 0, a.committee_id))
            if heading is None:
                heading = f"Due at the meeting of {when(meeting.starts_at, views.tz(a), time=True)}"
                headings[(meeting.id or 0, a.committee_id)] = heading
            key = (0, meeting.starts_at, heading)
        elif a.due_date is not None:
            key = (1, far, "Due by a date")
        elif a.due_kind in ("future meeting",):
            key = (2, far, "Due at a future meeting")
        else:
            key = (3, far, "No due point")
        buckets[key].append(a)
    return [(heading, items) for (_, _, heading), items in sorted(buckets.items(), key=lambda kv: kv[0][:2])]


def _empty(kind: ListKind) -> str:
    return {
        ListKind.mine: "You have no open actions.",
        ListKind.overdue: "Nothing is overdue.",
        ListKind.stale: "Nothing is stale: every open action has a recent update.",
        ListKind.done: "No action is done yet.",
        ListKind.search: "No action matches those words.",
    }.get(kind, "There are no open actions.")


def _page(
    title: str, groups: list[tuple[str, list[Action]]], cmd: ListActions, views: Views, *, empty: str
) -> ActionList:
    """Cut the listing to one page, keeping the grouping of what is shown.

    Only the page's actions are turned into views: a committee can have hundreds of live actions.
    """
    flat = [(heading, item) for heading, items in groups for item in items]
    pages = max(1, (len(flat) + PAGE - 1) // PAGE)
    page = min(cmd.page, pages)
    shown = flat[(page - 1) * PAGE : page * PAGE]
    out: list[Group] = []
    for heading, action in shown:
        item = views.view(action)
        if out and out[-1].heading == heading:
            out[-1] = Group(heading, (*out[-1].items, item))
        else:
            out.append(Group(heading, (item,)))
    if pages > 1:
        title = f"{title} \u2014 page {page} of {pages} ({len(flat)} in all)"
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
