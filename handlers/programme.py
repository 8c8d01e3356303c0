"""The work programme: the topics each meeting will consider, shaped like the table councils
publish (Meeting Date | Topic | Lead Officer | Actions Arising | Progress).

Rows have short references (W3 is row 3) that people type. Topics found in imported minutes and
agenda packs arrive as proposals that an admin confirms or discards. Actions that ask for a report
to a future meeting are linked to a row; the row's "Actions Arising" and "Progress" columns are
filled from those actions, so they never go out of date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import resolve
from handlers.commands import (
    AddTopic,
    CheckProgramme,
    ConfirmTopic,
    DiscardTopic,
    DropTopic,
    LinkTopic,
    MoveTopic,
    NoteTopic,
    ShowProgramme,
    View,
)
from handlers.context import Context
from handlers.meetings import admin_committee, channel_committee, find_meeting
from handlers.registry import handles
from handlers.replies import Multi, Reply, Table, error, ok, plural
from handlers.views import Views, when
from storage import actions as store_actions
from storage import programme as store
from storage.actions import LIVE
from storage.models import Action, ActionStatus, Committee, Meeting, MeetingStatus, WorkProgrammeItem

SHORT = 90


def short(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


async def _item(session: AsyncSession, committee: Committee, item_id: int) -> WorkProgrammeItem:
    item = await store.get_item(session, item_id=item_id)
    if item is None or item.committee_id != committee.id:
        raise resolve.NotFound(
            f"There is no row W{item_id} in the work programme of {committee.code}; `programme` lists them."
        )
    return item


async def _meeting_for(
    session: AsyncSession, committee: Committee, on: date | None, now: datetime
) -> Meeting | None:
    return None if on is None else await find_meeting(session, committee, on, now=now)


def _meeting_label(meeting: Meeting | None, tz: ZoneInfo) -> str:
    if meeting is None:
        return "Unscheduled"
    text = when(meeting.starts_at, tz)
    if meeting.status == MeetingStatus.cancelled:
        text += " (cancelled)"
    elif meeting.status == MeetingStatus.rescheduled:
        text += " (moved)"
    return text


@dataclass(frozen=True)
class ProgrammeRow:
    item: WorkProgrammeItem
    meeting: Meeting | None
    actions: tuple[Action, ...]


async def programme_rows(
    session: AsyncSession, committee: Committee, *, proposed: bool = False
) -> list[ProgrammeRow]:
    """Every row with its meeting and linked actions, in meeting order (unscheduled last)."""
    assert committee.id is not None
    items = await store.list_items(session, committee_id=committee.id, proposed=proposed)
    meetings = await store_actions.meetings_by_id(session, ids=[i.meeting_id for i in items])
    linked = await store.linked_actions(session, item_ids=[i.id for i in items if i.id is not None])
    rows = [
        ProgrammeRow(
            item=i,
            meeting=meetings.get(i.meeting_id) if i.meeting_id else None,
            actions=tuple(linked.get(i.id or 0, ())),
        )
        for i in items
    ]
    far = datetime.max.replace(tzinfo=ZoneInfo("UTC"))
    rows.sort(key=lambda r: (r.meeting.starts_at if r.meeting else far, r.item.id or 0))
    return rows


def _arising(row: ProgrammeRow) -> str:
    parts = [row.item.actions_arising.strip()] if row.item.actions_arising else []
    for a in row.actions:
        parts.append(f"{a.ref}: {'exempt item' if a.restricted else short(a.text)}")
    return "; ".join(parts)


def _progress(row: ProgrammeRow, notes: dict[int, str], views: Views) -> str:
    parts = [row.item.progress.strip()] if row.item.progress else []
    for a in row.actions:
        text = f"{a.ref} {a.status}"
        if a.status in LIVE:
            text += f", due {views.due_label(a)}"
            if views.overdue(a):
                text += " (overdue)"
        note = notes.get(a.id or 0)
        if note and not a.restricted:
            text += f": {short(note, 60)}"
        parts.append(text)
    return "; ".join(parts)


@handles(ShowProgramme, writes=True)
async def show_programme(cmd: ShowProgramme, ctx: Context, session: AsyncSession) -> Reply:
    committee = channel_committee(ctx, "see its work programme")
    tz = ZoneInfo(committee.timezone)
    rows = await programme_rows(session, committee, proposed=cmd.view is View.proposed)
    hidden = 0
    if cmd.view is View.current:
        today = datetime.combine(ctx.now.astimezone(tz).date(), time(0), tzinfo=tz)
        kept = [r for r in rows if r.meeting is None or r.meeting.starts_at >= today]
        hidden = len(rows) - len(kept)
        rows = kept
    actions = [a for r in rows for a in r.actions]
    views = Views(session, ctx.now)
    await views.load(actions, notes=True)
    table_rows = tuple(
        (
            f"W{r.item.id}",
            _meeting_label(r.meeting, tz),
            r.item.topic,
            r.item.lead_officer or "",
            _arising(r),
            _progress(r, views.notes, views),
        )
        for r in rows
    )
    notes: list[str] = []
    if hidden:
        notes.append(
            f"{plural(hidden, 'row')} for past meetings {'is' if hidden == 1 else 'are'} hidden; "
            "`programme all` shows them."
        )
    if cmd.view is not View.proposed:
        assert committee.id is not None
        waiting = await store.list_items(session, committee_id=committee.id, proposed=True)
        if waiting:
            refs = ", ".join(f"W{i.id}" for i in waiting[:10])
            notes.append(
                f"{plural(len(waiting), 'topic')} from imported minutes "
                f"{'awaits' if len(waiting) == 1 else 'await'} confirmation ({refs}): "
                f"`programme proposed`, then `programme confirm W{waiting[0].id}` or `programme confirm all`."
            )
    else:
        notes.append(
            "Confirm with `programme confirm W3` or `programme confirm all`; `programme discard W3`."
        )
    title = {
        View.current: f"Work programme of {committee.name}",
        View.all: f"Work programme of {committee.name}, including past meetings",
        View.proposed: f"Proposed work programme topics for {committee.name}",
    }[cmd.view]
    return Table(
        title=title,
        columns=("ref", "Meeting Date", "Topic", "Lead Officer", "Actions Arising", "Progress"),
        rows=table_rows,
        empty=(
            "No proposed topics are waiting."
            if cmd.view is View.proposed
            else "The work programme is empty. An admin adds topics with `programme add`."
        ),
        notes=tuple(notes),
    )


@handles(CheckProgramme, writes=True)
async def check_programme(cmd: CheckProgramme, ctx: Context, session: AsyncSession) -> Reply:
    committee = channel_committee(ctx, "check its work programme")
    assert committee.id is not None
    tz = ZoneInfo(committee.timezone)
    orphans = await store.unlinked_programme_actions(session, committee_id=committee.id)
    rows = await programme_rows(session, committee)
    views = Views(session, ctx.now)
    await views.load(orphans)
    by_meeting: dict[int, ProgrammeRow] = {}
    for r in rows:
        if r.meeting is not None and r.meeting.id is not None:
            by_meeting.setdefault(r.meeting.id, r)
    missing = []
    for a in orphans:
        match = by_meeting.get(a.due_meeting_id) if a.due_meeting_id else None
        hint = (
            f"programme link {a.ref} W{match.item.id}"
            if match
            else f"programme add <date|unscheduled> <topic> for {a.ref}"
        )
        text = "exempt item" if a.restricted else short(a.text)
        missing.append((a.ref or "", text, views.due_label(a), hint))
    finished = [
        (
            f"W{r.item.id}",
            r.item.topic,
            _meeting_label(r.meeting, tz),
            ", ".join(a.ref or "" for a in r.actions),
        )
        for r in rows
        if r.actions and all(a.status in (ActionStatus.done, ActionStatus.dropped) for a in r.actions)
    ]
    return Multi(
        parts=(
            Table(
                title="Actions asking for a report to a future meeting, with no work programme row",
                columns=("ref", "action", "due", "to fix"),
                rows=tuple(missing),
                empty="None: every such action has a row.",
            ),
            Table(
                title="Work programme rows whose linked actions are all done",
                columns=("ref", "topic", "meeting", "actions"),
                rows=tuple(finished),
                empty="None.",
                notes=("Take these to the meeting, or `programme drop W3` once they have been heard.",)
                if finished
                else (),
            ),
        )
    )


async def _programme_event(
    session: AsyncSession,
    ctx: Context,
    action: Action,
    item: WorkProgrammeItem,
    *,
    linked: bool,
    note: str,
    reason: str | None = None,
) -> None:
    """An action's audit trail records each change to its work-programme link."""
    ref = f"W{item.id}"
    await store_actions.record_event(
        session,
        action=action,
        actor=ctx.actor,
        now=ctx.now,
        kind="programme",
        before=None if linked else ref,
        after=ref if linked else None,
        note=f"{note}: {short(item.topic, 120)}" + (f" ({reason})" if reason else ""),
    )


async def _link_actions(
    session: AsyncSession, ctx: Context, committee: Committee, item: WorkProgrammeItem, refs: tuple[str, ...]
) -> list[Action]:
    linked = []
    for ref in refs:
        action = await resolve.action(session, ref, ctx)
        if action.committee_id != committee.id:
            raise resolve.NotFound(
                f"{ref} belongs to another committee; link actions of {committee.code} only."
            )
        if action.status in (ActionStatus.discarded, ActionStatus.dropped):
            raise resolve.NotFound(f"{ref} was {action.status}, so it can't be linked to the work programme.")
        assert action.id is not None and item.id is not None
        if await store.link(session, action_id=action.id, item_id=item.id):
            await _programme_event(
                session, ctx, action, item, linked=True, note="linked to the work programme"
            )
            linked.append(action)
    return linked


@handles(AddTopic, writes=True)
async def add_topic(cmd: AddTopic, ctx: Context, session: AsyncSession) -> Reply:
    committee = await admin_committee(session, ctx, "change the work programme")
    assert committee.id is not None
    meeting = await _meeting_for(session, committee, cmd.on, ctx.now)
    item = await store.add_item(
        session,
        committee_id=committee.id,
        topic=cmd.topic,
        meeting_id=meeting.id if meeting else None,
        lead_officer=cmd.lead,
    )
    linked = await _link_actions(session, ctx, committee, item, cmd.refs)
    where = _meeting_label(meeting, ZoneInfo(committee.timezone))
    text = f"Added W{item.id} \u201c{item.topic}\u201d to the work programme ({where})."
    if linked:
        text += f" Linked {', '.join(a.ref or '' for a in linked)}."
    return ok(text)


@handles(MoveTopic, writes=True)
async def move_topic(cmd: MoveTopic, ctx: Context, session: AsyncSession) -> Reply:
    committee = await admin_committee(session, ctx, "change the work programme")
    item = await _item(session, committee, cmd.item)
    meeting = await _meeting_for(session, committee, cmd.on, ctx.now)
    new_id = meeting.id if meeting else None
    where = _meeting_label(meeting, ZoneInfo(committee.timezone))
    if item.meeting_id == new_id:
        return error(f"W{item.id} is already at {where}.")
    item.meeting_id = new_id
    await store.save_item(session, item=item)
    return ok(f"Moved W{item.id} \u201c{item.topic}\u201d to {where}.")


@handles(DropTopic, writes=True)
async def drop_topic(cmd: DropTopic, ctx: Context, session: AsyncSession) -> Reply:
    committee = await admin_committee(session, ctx, "change the work programme")
    item = await _item(session, committee, cmd.item)
    linked = (await store.linked_actions(session, item_ids=[cmd.item])).get(cmd.item, [])
    for action in linked:
        await _programme_event(
            session,
            ctx,
            action,
            item,
            linked=False,
            note="work programme row dropped",
            reason=cmd.reason,
        )
    await store.delete_item(session, item=item)
    text = f"Dropped W{cmd.item} \u201c{item.topic}\u201d from the work programme."
    if linked:
        text += f" {', '.join(a.ref or '' for a in linked)} are no longer linked to it."
    return ok(text)


@handles(NoteTopic, writes=True)
async def note_topic(cmd: NoteTopic, ctx: Context, session: AsyncSession) -> Reply:
    committee = await admin_committee(session, ctx, "change the work programme")
    item = await _item(session, committee, cmd.item)
    item.progress = cmd.text.strip()
    await store.save_item(session, item=item)
    return ok(f"W{item.id} progress: {item.progress}")


@handles(ConfirmTopic, writes=True)
async def confirm_topic(cmd: ConfirmTopic, ctx: Context, session: AsyncSession) -> Reply:
    committee = await admin_committee(session, ctx, "confirm work programme topics")
    assert committee.id is not None
    if cmd.item is None:
        items = await store.list_items(session, committee_id=committee.id, proposed=True)
        if not items:
            return error("There are no proposed topics to confirm.")
    else:
        item = await _item(session, committee, cmd.item)
        if not item.proposed:
            return error(f"W{item.id} is already on the work programme.")
        items = [item]
    for item in items:
        item.proposed = False
        await store.save_item(session, item=item)
    refs = ", ".join(f"W{i.id}" for i in items)
    return ok(f"Confirmed {plural(len(items), 'work programme topic')}: {refs}.")


@handles(DiscardTopic, writes=True)
async def discard_topic(cmd: DiscardTopic, ctx: Context, session: AsyncSession) -> Reply:
    committee = await admin_committee(session, ctx, "discard work programme topics")
    item = await _item(session, committee, cmd.item)
    if not item.proposed:
        return error(f"W{item.id} is confirmed, not a proposal; `programme drop W{item.id}` removes it.")
    await store.delete_item(session, item=item)
    return ok(f"Discarded the proposed topic W{cmd.item} \u201c{item.topic}\u201d.")


@handles(LinkTopic, writes=True)
async def link_topic(cmd: LinkTopic, ctx: Context, session: AsyncSession) -> Reply:
    committee = await admin_committee(session, ctx, "change the work programme")
    item = await _item(session, committee, cmd.item)
    if not cmd.unlink:
        linked = await _link_actions(session, ctx, committee, item, (cmd.ref,))
        if not linked:
            return error(f"{cmd.ref} is already linked to W{item.id}.")
        return ok(f"Linked {cmd.ref} to W{item.id} \u201c{item.topic}\u201d.")
    action = await resolve.action(session, cmd.ref, ctx)
    assert action.id is not None and item.id is not None
    if not await store.unlink(session, action_id=action.id, item_id=item.id):
        return error(f"{cmd.ref} is not linked to W{item.id}.")
    await _programme_event(session, ctx, action, item, linked=False, note="unlinked from the work programme")
    return ok(f"Unlinked {cmd.ref} from W{item.id}.")
