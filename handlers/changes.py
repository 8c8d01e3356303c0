"""Changing one action: show, done, reopen, update, assign, due, snooze, add, drop.

Each change is one transaction: the new values and their ActionEvent commit together or not at
all, and a lost race replays the whole change on the fresh row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import commands as c
from handlers import permissions, resolve, visibility
from handlers.context import Context
from handlers.history_lines import history_lines
from handlers.registry import handles
from handlers.replies import ActionCard, Reply, error, ok
from handlers.views import Views, listed_view, when
from storage import actions as store
from storage import committees, history_reads, lookups, people, rules
from storage import listing_reads as reads
from storage.actions import LIVE
from storage.models import Action, ActionStatus, DueKind


async def _card(
    session: AsyncSession, ctx: Context, row: reads.ListedAction, notice: str | None = None
) -> ActionCard:
    """The card of one action: its lean row and its history, in two queries."""
    events = await history_reads.history(session, action_id=row.id)
    history = history_lines(events, rules.zone(row.timezone))
    row = row._replace(latest_note=history_reads.latest_note(events))
    return ActionCard(view=listed_view(row, ctx.now), history=history, notice=notice)


@handles(c.Show, writes=False)
async def show(cmd: c.Show, ctx: Context, session: AsyncSession) -> Reply:
    row = await reads.by_ref(session, ref=cmd.ref)
    if row is None or not visibility.reader(ctx).sees(row.committee_id):
        raise resolve.NotFound(resolve.no_such_action(cmd.ref))
    if row.restricted:
        refused = visibility.show_refusal(row.committee_id, ctx)
        if refused is not None:
            return error(f"I can't show {row.ref} here: {refused}.")
    return await _card(session, ctx, row)


def _live_or_refuse(action: Action, doing: str) -> None:
    if action.status == ActionStatus.proposed:
        raise permissions.Refused(
            f"{action.ref} is still a proposal from imported minutes; an admin confirms it first with "
            f"`review confirm {action.ref}`."
        )
    if action.status == ActionStatus.discarded:
        raise permissions.Refused(f"{action.ref} was discarded at review, so it can't {doing}.")


async def _action(
    session: AsyncSession, ref: str, ctx: Context, *, refuse_doing: str | None = None
) -> Action:
    """The action, refusing proposals and discarded ones when `refuse_doing` says what is refused."""
    action = await resolve.action(session, ref, ctx)
    if refuse_doing is not None:
        _live_or_refuse(action, refuse_doing)
    return action


async def _change(
    session: AsyncSession,
    ctx: Context,
    action: Action,
    *,
    kind: str,
    changes: dict[str, Any],
    message: str,
    before: str | None = None,
    after: str | None = None,
    note: str | None = None,
) -> Reply:
    row = await reads.changed(
        session,
        action=action,
        actor=ctx.actor,
        now=ctx.now,
        kind=kind,
        changes=changes,
        before=before,
        after=after,
        note=note or None,
    )
    return ok(message, updated=listed_view(row, ctx.now))


async def _set_status(
    session: AsyncSession,
    ctx: Context,
    action: Action,
    *,
    kind: str,
    to: ActionStatus,
    note: str,
    message: str,
) -> Reply:
    changes: dict[str, Any] = {"status": to}
    if to in (ActionStatus.done, ActionStatus.open):
        changes["last_progress_at"] = ctx.now
    return await _change(
        session,
        ctx,
        action,
        kind=kind,
        changes=changes,
        message=message,
        before=str(action.status),
        after=str(to),
        note=note,
    )


@dataclass(frozen=True)
class StatusChange:
    """What done, reopen and drop each do: the status they set, when they are refused, what they say."""

    to: ActionStatus
    kind: str
    doing: str
    """For refusals: "mark {ref} done", and "can't {doing}" for proposals ("be marked done")."""
    being: str
    already: Callable[[Action], str | None]
    """Why the action can't take this change as it stands, or None."""
    said: str


def _done_already(a: Action) -> str | None:
    if a.status == ActionStatus.done:
        return f"{a.ref} is already done. `reopen {a.ref}` opens it again."
    if a.status == ActionStatus.dropped:
        return f"{a.ref} was dropped. `reopen {a.ref}` first if it is back on."
    return None


def _open_already(a: Action) -> str | None:
    return f"{a.ref} is already open." if a.status in LIVE else None


def _closed_already(a: Action) -> str | None:
    return f"{a.ref} is {a.status} already." if a.status not in LIVE else None


STATUS_CHANGES: dict[type, StatusChange] = {
    c.Done: StatusChange(
        ActionStatus.done,
        "done",
        "mark {ref} done",
        "be marked done",
        _done_already,
        "{ref} is done. Thank you.",
    ),
    c.Reopen: StatusChange(
        ActionStatus.open, "reopen", "reopen {ref}", "be reopened", _open_already, "{ref} is open again."
    ),
    c.Drop: StatusChange(
        ActionStatus.dropped, "drop", "drop {ref}", "be dropped", _closed_already, "{ref} is dropped."
    ),
}


async def change_status(cmd: c.Done | c.Reopen | c.Drop, ctx: Context, session: AsyncSession) -> Reply:
    """done, reopen and drop: the same change with its own rule (STATUS_CHANGES)."""
    change = STATUS_CHANGES[type(cmd)]
    action = await _action(session, cmd.ref, ctx, refuse_doing=change.being)
    held = (
        None
        if ctx.actor is None or ctx.actor.id is None
        else await lookups.roles_held(
            session, workspace=ctx.workspace, person_id=ctx.actor.id, committee_id=action.committee_id
        )
    )
    await permissions.require_owner_or_lead(
        session, ctx, action, change.doing.format(ref=action.ref), held=held
    )
    problem = change.already(action)
    if problem is not None:
        return error(problem)
    return await _set_status(
        session,
        ctx,
        action,
        kind=change.kind,
        to=change.to,
        note=cmd.reason if isinstance(cmd, c.Drop) else cmd.note,
        message=change.said.format(ref=action.ref),
    )


done = handles(c.Done, writes=True)(change_status)
reopen = handles(c.Reopen, writes=True)(change_status)
drop = handles(c.Drop, writes=True)(change_status)


@handles(c.Update, writes=True)
async def update(cmd: c.Update, ctx: Context, session: AsyncSession) -> Reply:
    action = await _action(session, cmd.ref, ctx, refuse_doing="take updates")
    await permissions.require_member(
        session, ctx, action.committee_id, action, f"add an update to {action.ref}"
    )
    if action.status not in LIVE:
        return error(
            f"{action.ref} is {action.status}, so it takes no more updates. "
            f"If there is more to do, `reopen {action.ref} <reason>` first, then add the update."
        )
    changes: dict[str, Any] = {"last_progress_at": ctx.now}
    before = after = None
    if action.status == ActionStatus.open:
        changes["status"] = ActionStatus.in_progress
        before, after = str(ActionStatus.open), str(ActionStatus.in_progress)
    return await _change(
        session,
        ctx,
        action,
        kind="progress",
        changes=changes,
        before=before,
        after=after,
        note=cmd.note,
        message=f"Update added to {action.ref}.",
    )


@handles(c.Assign, writes=True)
async def assign(cmd: c.Assign, ctx: Context, session: AsyncSession) -> Reply:
    action = await _action(session, cmd.ref, ctx, refuse_doing="be reassigned")
    await permissions.require_owner_or_lead(session, ctx, action, f"reassign {action.ref}")
    person = await resolve.person(session, cmd.who, ctx)
    if person.id == action.assignee_id:
        return error(f"{action.ref} is already assigned to {person.display_name}.")
    previous = await people.get_person(session, person_id=action.assignee_id) if action.assignee_id else None
    return await _change(
        session,
        ctx,
        action,
        kind="assign",
        changes={"assignee_id": person.id},
        before=previous.display_name if previous else None,
        after=person.display_name,
        message=f"{action.ref} is now assigned to {person.display_name}.",
    )


@handles(c.SetDue, writes=True)
async def set_due(cmd: c.SetDue, ctx: Context, session: AsyncSession) -> Reply:
    action = await _action(session, cmd.ref, ctx, refuse_doing="change its due point")
    await permissions.require_owner_or_lead(session, ctx, action, f"change when {action.ref} is due")
    committee = await resolve.committee_of(session, action)
    due = await resolve.due(session, cmd.due, committee=committee, now=ctx.now)
    views = Views(session, ctx.now)
    probe = action.model_copy(update=due.columns())
    await views.load([action, probe])
    after = views.due_label(probe)
    return await _change(
        session,
        ctx,
        action,
        kind="due",
        changes=due.columns(),
        before=views.due_label(action),
        after=after,
        message=f"{action.ref} is now due: {after}.",
    )


@handles(c.Snooze, writes=True)
async def snooze(cmd: c.Snooze, ctx: Context, session: AsyncSession) -> Reply:
    action = await _action(session, cmd.ref, ctx, refuse_doing="be snoozed")
    if action.status not in LIVE:
        return error(f"{action.ref} is {action.status}; only open actions have reminders to snooze.")
    await permissions.require_owner_or_lead(session, ctx, action, f"snooze {action.ref}")
    committee = await resolve.committee_of(session, action)
    tz = rules.zone(committee.timezone)
    until, meeting_id = await _snooze_until(
        session, cmd, committee_id=action.committee_id, tz=tz, now=ctx.now
    )
    shown = when(until, tz, time=True)
    return await _change(
        session,
        ctx,
        action,
        kind="snooze",
        changes={"snoozed_until": until, "snooze_meeting_id": meeting_id},
        before=when(action.snoozed_until, tz, time=True)
        if action.snoozed_until and action.snoozed_until > ctx.now
        else None,
        after=shown,
        note="until the next meeting is over" if meeting_id is not None else None,
        message=f"{action.ref} is snoozed until {shown}.",
    )


async def _snooze_until(
    session: AsyncSession, cmd: c.Snooze, *, committee_id: int, tz: ZoneInfo, now: datetime
) -> tuple[datetime, int | None]:
    """When the snooze ends, and the meeting it lasts until (for "until the next meeting")."""
    if cmd.until is c.SnoozeUntil.period:
        assert cmd.period is not None
        return now + cmd.period, None
    if cmd.until is c.SnoozeUntil.date:
        assert cmd.on is not None
        until = datetime.combine(cmd.on, time(9), tzinfo=tz)
        if until <= now:
            raise resolve.NotFound(f"{cmd.on.isoformat()} has passed; snooze until a later date.")
        return until, None
    upcoming = await committees.next_meeting(session, committee_id=committee_id, after=now)
    if upcoming is None:
        raise resolve.NotFound("No next meeting is in the calendar; snooze for a period instead, e.g. 14d.")
    return rules.meeting_ends_at(upcoming, tz), upcoming.id


@handles(c.Unsnooze, writes=True)
async def unsnooze(cmd: c.Unsnooze, ctx: Context, session: AsyncSession) -> Reply:
    action = await _action(session, cmd.ref, ctx)
    await permissions.require_owner_or_lead(session, ctx, action, f"unsnooze {action.ref}")
    if not rules.is_snoozed(action, now=ctx.now) or action.snoozed_until is None:
        return error(f"{action.ref} is not snoozed.")
    committee = await resolve.committee_of(session, action)
    return await _change(
        session,
        ctx,
        action,
        kind="snooze",
        changes={"snoozed_until": None, "snooze_meeting_id": None},
        before=when(action.snoozed_until, rules.zone(committee.timezone), time=True),
        note="snooze ended",
        message=f"{action.ref} is no longer snoozed.",
    )


@handles(c.Add, writes=True)
async def add(cmd: c.Add, ctx: Context, session: AsyncSession) -> Reply:
    if ctx.committee is None or ctx.committee.id is None:
        return error("Add actions in a committee's channel (or pick one with --committee in the terminal).")
    await permissions.require_member(session, ctx, ctx.committee.id, None, "add actions")
    assignee = await resolve.person(session, cmd.owner, ctx) if cmd.owner else None
    due = (
        await resolve.due(session, cmd.due, committee=ctx.committee, now=ctx.now) if cmd.due else store.Due()
    )
    owner_text = None
    if cmd.owner:
        owner_text = assignee.display_name if assignee and not cmd.owner.is_role else cmd.owner.text
    action = await store.create_action(
        session,
        committee_id=ctx.committee.id,
        text=cmd.text,
        actor=ctx.actor,
        now=ctx.now,
        owner_text=owner_text,
        assignee_id=assignee.id if assignee else None,
        due=due,
        work_programme=due.kind == DueKind.future_meeting,
    )
    assert action.id is not None
    row = await reads.by_id(session, action_id=action.id)
    assert row is not None
    return await _card(session, ctx, row, notice=f"Added {action.ref}.")
