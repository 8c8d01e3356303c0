"""Reminder content as the same platform-neutral replies the handlers return.

Built from the tick's `State` alone (no queries), so the policy stays a pure function.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from handlers.replies import ActionList, ActionView, Button, Group, Multi, Reply, Table, age
from handlers.views import buttons_for, when
from scheduler.model import ActionRow, ActionText, MeetingRow, State
from storage import rules
from storage.models import ActionStatus, DueKind, WorkProgrammeItem


def effective_meeting(action: ActionRow, state: State) -> MeetingRow | None:
    """The meeting an action is due at now (`storage.rules.effective_meeting`), once per state."""
    if action.due_kind not in rules.AT_MEETINGS:
        return None
    known = state.due_meetings
    if action.id in known:
        return known[action.id]
    due = state.meetings.get(action.due_meeting_id) if action.due_meeting_id else None
    found = known[action.id] = rules.effective_meeting(
        action, due_meeting=due, upcoming=state.upcoming.get(action.committee_id, []), now=state.now
    )
    return found


def is_overdue(action: ActionRow, state: State) -> bool:
    known = state.overdue.get(action.id)
    if known is None:
        tz = state.policies[action.committee_id].tz
        due = effective_meeting(action, state)
        known = state.overdue[action.id] = rules.is_overdue(action, now=state.now, tz=tz, due_meeting=due)
    return known


def note_overdue(state: State, actions: Iterable[ActionRow]) -> None:
    """`is_overdue` of many actions at once, into `state.overdue` (a tick with a digest due asks
    it of every live action): the same rule, with each committee's local date worked out once.
    The rows are live (the tick reads no other)."""
    known = state.overdue
    now = state.now
    today: dict[int, date] = {}
    for action in actions:
        if action.id in known:
            continue
        kind = action.due_kind
        if kind == DueKind.date:
            due_on = action.due_date
        elif kind in rules.AT_MEETINGS:
            meeting = effective_meeting(action, state)
            due_on = None if meeting is None else meeting.starts_at.astimezone(_tz(state, action)).date()
        else:
            due_on = None
        if due_on is None:
            known[action.id] = False
            continue
        day = today.get(action.committee_id)
        if day is None:
            day = today[action.committee_id] = now.astimezone(_tz(state, action)).date()
        known[action.id] = due_on < day


def _tz(state: State, action: ActionRow) -> ZoneInfo:
    return state.policies[action.committee_id].tz


class _Shown(NamedTuple):
    """An action as `handlers.views` shows it, made from the tick's rows: an ORM `Action` built
    for each action of a morning's digests (70,000 at 500k actions) cost ~30 us each on the loop,
    and its instance state again when freed."""

    committee_id: int
    assignee_id: int | None
    status: ActionStatus
    due_kind: DueKind
    due_date: date | None
    last_progress_at: datetime
    snoozed_until: datetime | None
    ref: str | None
    text: str
    owner_text: str | None
    minute: str | None
    due_text: str | None
    restricted: bool


def buttons(action: ActionRow, shown: ActionText) -> tuple[Button, ...]:
    """The handlers' buttons for the action (they depend on its ref and status alone)."""
    return buttons_for(
        _Shown(
            action.committee_id,
            action.assignee_id,
            shown.status,
            action.due_kind,
            action.due_date,
            action.last_progress_at,
            action.snoozed_until,
            action.ref,
            shown.text,
            shown.owner_text,
            shown.minute,
            shown.due_text,
            action.restricted,
        )
    )


def view(action: ActionRow, state: State) -> ActionView:
    assert action.ref is not None
    now = state.now
    committee = state.committees[action.committee_id]
    policy = state.policies[action.committee_id]
    shown = state.texts[action.id]
    assignee = state.people.get(action.assignee_id) if action.assignee_id else None
    origin = state.meetings.get(shown.meeting_id) if shown.meeting_id else None
    origin_text = f"meeting of {when(origin.starts_at, policy.tz)}" if origin else None
    if origin_text and shown.minute:
        origin_text += f", minute {shown.minute}"
    return ActionView(
        ref=action.ref,
        text=shown.text,
        committee=committee.code,
        status=str(shown.status),
        owner=shown.owner_text,
        assignee=assignee.display_name if assignee else None,
        due=due_label(action, state),
        since_update=age(action.last_progress_at, now),
        overdue=is_overdue(action, state),
        stale=rules.is_stale(action, now=now, stale_days=policy.stale_days),
        restricted=action.restricted,
        snoozed_until=None,  # reminders are never about a snoozed action
        origin=origin_text,
        buttons=buttons(action, shown),
    )


def due_label(action: ActionRow, state: State) -> str:
    tz = state.policies[action.committee_id].tz
    meeting = effective_meeting(action, state)
    if action.due_kind == DueKind.next_meeting:
        return f"next meeting ({when(meeting.starts_at, tz)})" if meeting else "next meeting (not yet set)"
    if action.due_kind == DueKind.meeting and meeting:
        return f"meeting of {when(meeting.starts_at, tz)}"
    if action.due_kind == DueKind.date and action.due_date:
        return f"{action.due_date.day} {action.due_date:%b %Y}"
    if action.due_kind == DueKind.future_meeting:
        return "a future meeting"
    due_text = state.texts[action.id].due_text
    if action.due_kind == DueKind.other and due_text:
        return due_text
    return "no due point"


def _groups(state: State, sections: Sequence[tuple[str, Sequence[ActionRow]]]) -> tuple[Group, ...]:
    return tuple(Group(heading, tuple(view(a, state) for a in items)) for heading, items in sections if items)


def pre_meeting(
    state: State,
    meeting: MeetingRow,
    lead_days: int,
    sections: Sequence[tuple[str, Sequence[ActionRow]]],
    programme: Sequence[WorkProgrammeItem],
    *,
    for_owner: bool,
) -> Reply:
    committee = state.committees[meeting.committee_id]
    tz = state.policies[meeting.committee_id].tz
    in_days = "tomorrow" if lead_days == 1 else f"in {lead_days} days" if lead_days else "today"
    start = when(meeting.starts_at, tz, time=True)
    title = (
        f"Your actions for the {committee.name} meeting {in_days} ({start})"
        if for_owner
        else f"{committee.name} meets {in_days} ({start})"
    )
    listing = ActionList(
        title=title,
        groups=_groups(state, sections),
        empty="Nothing is due and nothing is outstanding.",
    )
    if for_owner or not programme:
        return listing
    table = Table(
        title="On the work programme for this meeting",
        columns=("topic", "lead officer"),
        rows=tuple((item.topic, item.lead_officer or "-") for item in programme),
    )
    return Multi((listing, table))


def binding_disabled_text(name: str, platform: str, code: str, reason: str) -> str:
    return (
        f"I can no longer post reminders for {code} in {name} ({platform}): {reason}. "
        "I have stopped posting there. Add me back to the channel and run `setup "
        f"{code}` in it to start again."
    )
