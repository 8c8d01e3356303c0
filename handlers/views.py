"""Turning stored actions into ActionViews: ORM actions, loading what they refer to in a few
queries (`Views`), or the lean rows of storage/listing_reads.py, which carry it (`listed_view`);
both through one builder, `action_view`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers.replies import ActionView, Button, ButtonKind, age
from storage import actions as store_actions
from storage import committees, people, rules
from storage.listing_reads import ListedAction
from storage.models import Action, ActionStatus, Committee, DueKind, Meeting, Person


@lru_cache(maxsize=4096)
def when(dt: datetime, tz: ZoneInfo, *, time: bool = False) -> str:
    """A moment as people read it where the committee sits (remembered: a page of a listing names
    the same few meetings over and over)."""
    local = dt.astimezone(tz)
    text = f"{local.day} {local:%b %Y}"
    return f"{text} {local:%H:%M}" if time else text


class Views:
    """Caches the committees, meetings and people a batch of actions refers to."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.session = session
        self.now = now
        self.committees: dict[int, Committee] = {}
        self.meetings: dict[int, Meeting] = {}
        self.people: dict[int, Person] = {}
        self.notes: dict[int, str] = {}

    async def load(self, items: Sequence[Action], *, notes: bool = False) -> None:
        committee_ids = {a.committee_id for a in items} - set(self.committees)
        self.committees.update(await committees.committees_by_id(self.session, ids=committee_ids))
        meeting_ids = {a.due_meeting_id for a in items} | {a.meeting_id for a in items}
        self.meetings.update(
            await store_actions.meetings_by_id(self.session, ids=set(meeting_ids) - set(self.meetings))
        )
        person_ids = {a.assignee_id for a in items if a.assignee_id is not None} - set(self.people)
        self.people.update(await people.people_by_id(self.session, ids=person_ids))
        if notes:
            ids = [a.id for a in items if a.id is not None]
            for action_id, ev in (await store_actions.latest_notes(self.session, action_ids=ids)).items():
                if ev.note:
                    self.notes[action_id] = ev.note

    def tz(self, action: Action) -> ZoneInfo:
        committee = self.committees.get(action.committee_id)
        return rules.zone(committee.timezone if committee else None)

    def due_meeting(self, action: Action) -> Meeting | None:
        return self.meetings.get(action.due_meeting_id) if action.due_meeting_id else None

    def due_label(self, action: Action) -> str:
        return due_label(action, self.due_meeting(action), self.tz(action))

    def stale(self, action: Action) -> bool:
        committee = self.committees.get(action.committee_id)
        return rules.is_stale(action, now=self.now, stale_days=committee.stale_days if committee else 21)

    def overdue(self, action: Action) -> bool:
        return rules.is_overdue(
            action, now=self.now, tz=self.tz(action), due_meeting=self.due_meeting(action)
        )

    def view(self, action: Action, *, buttons: bool = True) -> ActionView:
        committee = self.committees.get(action.committee_id)
        assignee = self.people.get(action.assignee_id) if action.assignee_id else None
        origin = self.meetings.get(action.meeting_id) if action.meeting_id else None
        return action_view(
            action,
            now=self.now,
            tz=self.tz(action),
            committee_code=committee.code if committee else "?",
            stale_days=committee.stale_days if committee else 21,
            due_meeting=self.due_meeting(action),
            origin_starts_at=origin.starts_at if origin else None,
            assignee_name=assignee.display_name if assignee else None,
            latest_note=self.notes.get(action.id) if action.id else None,
            buttons=buttons,
        )


class Shown(rules.ActionFacts, Protocol):
    """What a view shows of an action besides what the rules read: the ORM `Action` and the lean
    `ListedAction` of storage/listing_reads.py alike."""

    @property
    def ref(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def owner_text(self) -> str | None: ...
    @property
    def minute(self) -> str | None: ...
    @property
    def due_text(self) -> str | None: ...
    @property
    def restricted(self) -> bool: ...


def due_label(action: Shown, meeting: rules.MeetingFacts | None, tz: ZoneInfo) -> str:
    if action.due_kind == DueKind.next_meeting:
        return f"next meeting ({when(meeting.starts_at, tz)})" if meeting else "next meeting (not yet set)"
    if action.due_kind == DueKind.meeting and meeting:
        return f"meeting of {when(meeting.starts_at, tz)}"
    if action.due_kind == DueKind.date and action.due_date:
        return f"{action.due_date.day} {action.due_date:%b %Y}"
    if action.due_kind == DueKind.future_meeting:
        return "a future meeting"
    if action.due_kind == DueKind.other and action.due_text:
        return action.due_text
    return "no due point"


def action_view(
    action: Shown,
    *,
    now: datetime,
    tz: ZoneInfo,
    committee_code: str,
    stale_days: int,
    due_meeting: rules.MeetingFacts | None,
    origin_starts_at: datetime | None,
    assignee_name: str | None,
    latest_note: str | None,
    buttons: bool = True,
) -> ActionView:
    """The view of one action, whichever row it was read as."""
    assert action.ref is not None
    origin = None
    if origin_starts_at is not None:
        origin = f"meeting of {when(origin_starts_at, tz)}"
        if action.minute:
            origin += f", minute {action.minute}"
    snoozed = None
    if rules.is_snoozed(action, now=now) and action.snoozed_until:
        snoozed = when(action.snoozed_until, tz)
    return ActionView(
        ref=action.ref,
        text=action.text,
        committee=committee_code,
        status=str(action.status),
        owner=action.owner_text,
        assignee=assignee_name,
        due=due_label(action, due_meeting, tz),
        since_update=age(action.last_progress_at, now),
        overdue=rules.is_overdue(action, now=now, tz=tz, due_meeting=due_meeting),
        stale=rules.is_stale(action, now=now, stale_days=stale_days),
        restricted=action.restricted,
        snoozed_until=snoozed,
        origin=origin,
        latest_note=latest_note,
        buttons=buttons_for(action) if buttons else (),
    )


def listed_view(row: ListedAction, now: datetime, *, buttons: bool = True) -> ActionView:
    """The view of a lean row (storage/listing_reads.py), which carries what it refers to."""
    return action_view(
        row,
        now=now,
        tz=rules.zone(row.timezone),
        committee_code=row.committee_code,
        stale_days=row.stale_days,
        due_meeting=row.due_meeting,
        origin_starts_at=row.origin_starts_at,
        assignee_name=row.assignee_name,
        latest_note=row.latest_note,
        buttons=buttons,
    )


def buttons_for(action: Shown) -> tuple[Button, ...]:
    ref = action.ref or ""
    if action.status == ActionStatus.proposed:
        return (Button(ButtonKind.confirm, ref, "Confirm"), Button(ButtonKind.discard, ref, "Discard"))
    if action.status in (ActionStatus.open, ActionStatus.in_progress):
        return (
            Button(ButtonKind.done, ref, "Mark done"),
            Button(ButtonKind.update, ref, "Add update"),
            Button(ButtonKind.snooze_week, ref, "Snooze 1 week"),
            Button(ButtonKind.snooze_meeting, ref, "Snooze until next meeting"),
        )
    return ()
