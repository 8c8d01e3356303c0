"""The rules of an action's state, each written once: live, snoozed, stale, overdue, the RAG rating,
and when its next stale nudge falls due.

Chat listings, cards, the App Home, the tracker paper and the reminders all call these. They work on
any row with the few fields of `ActionFacts` (the ORM `Action` and the scheduler's `ActionRow`
alike), and take `now` and the committee's timezone as arguments: nothing here reads a clock or
the store.

Dates are the committee's local dates. An action due on 10 June is overdue from the start of
11 June where the committee sits; one due at a meeting is overdue from the day after the meeting's
local date (the meeting had the whole of its day). At 2024-06-10 23:30Z it is already 11 June in
London, so an action due 10 June is overdue there, whatever the server's clock says.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from storage.models import ActionStatus, DueKind, MeetingStatus

DEFAULT_TZ = "Europe/London"
LIVE = (ActionStatus.open, ActionStatus.in_progress)
AT_MEETINGS = frozenset((DueKind.next_meeting, DueKind.meeting))
NUDGE_STAGES = 4
"""Stages 1 and 2 nudge the owner; 3 escalates to the committee's admins, 4 to its chair."""


class ActionFacts(Protocol):
    """What the rules read of an action."""

    @property
    def committee_id(self) -> int: ...
    @property
    def assignee_id(self) -> int | None: ...
    @property
    def status(self) -> ActionStatus: ...
    @property
    def due_kind(self) -> DueKind: ...
    @property
    def due_date(self) -> date | None: ...
    @property
    def last_progress_at(self) -> datetime: ...
    @property
    def snoozed_until(self) -> datetime | None: ...


class NudgeFacts(ActionFacts, Protocol):
    """What the nudge timing reads besides: when the bot learnt of the action."""

    @property
    def created_at(self) -> datetime | None: ...


class MeetingFacts(Protocol):
    """What the rules read of a meeting (the ORM `Meeting` and the scheduler's `MeetingRow`)."""

    @property
    def id(self) -> int | None: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def status(self) -> MeetingStatus: ...


class CommitteeSettings(Protocol):
    """What the rules read of a committee (the ORM `Committee` and the scheduler's `CommitteeRow`)."""

    @property
    def timezone(self) -> str: ...
    @property
    def reminder_time(self) -> str: ...
    @property
    def stale_days(self) -> int: ...


M = TypeVar("M", bound=MeetingFacts)


def zone(name: str | None) -> ZoneInfo:
    """A committee's timezone; an unknown name falls back to Europe/London rather than failing."""
    try:
        return ZoneInfo(name or DEFAULT_TZ)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TZ)


@lru_cache(maxsize=4096)
def local_date(at: datetime, tz: ZoneInfo) -> date:
    """The day a moment falls on where the committee sits (remembered: a listing asks it of the
    same `now` and the same few meetings for every row)."""
    return at.astimezone(tz).date()


def is_live(action: ActionFacts) -> bool:
    return action.status in LIVE


def is_snoozed(action: ActionFacts, *, now: datetime) -> bool:
    return action.snoozed_until is not None and action.snoozed_until > now


def is_stale(action: ActionFacts, *, now: datetime, stale_days: int) -> bool:
    """Live, with no update for `stale_days` days (elapsed time, so a DST change doesn't move it)."""
    return is_live(action) and now - action.last_progress_at >= timedelta(days=stale_days)


def effective_meeting(
    action: ActionFacts,
    *,
    due_meeting: M | None,
    upcoming: Sequence[M] = (),
    now: datetime,
) -> M | None:
    """The meeting an action is due at now. A "next meeting" action whose meeting was cancelled, or
    that names none yet, is due at the first later meeting in `upcoming` (the committee's meetings
    that are not cancelled, soonest first), when the caller knows them."""
    if action.due_kind not in AT_MEETINGS:
        return None
    if due_meeting is None:
        if action.due_kind == DueKind.next_meeting:
            return next((m for m in upcoming if m.starts_at > now), None)
        return None
    if due_meeting.status == MeetingStatus.cancelled and action.due_kind == DueKind.next_meeting:
        return next((m for m in upcoming if m.starts_at > due_meeting.starts_at), None)
    return due_meeting


def due_day(action: ActionFacts, *, tz: ZoneInfo, due_meeting: MeetingFacts | None) -> date | None:
    """The local date an action is due by: its date, or the day of the meeting it is due at."""
    if action.due_kind == DueKind.date:
        return action.due_date
    if action.due_kind in AT_MEETINGS and due_meeting is not None:
        return local_date(due_meeting.starts_at, tz)
    return None


def is_overdue(action: ActionFacts, *, now: datetime, tz: ZoneInfo, due_meeting: MeetingFacts | None) -> bool:
    """Live, and its due day is before today in the committee's timezone."""
    if not is_live(action):
        return False
    day = due_day(action, tz=tz, due_meeting=due_meeting)
    return day is not None and day < local_date(now, tz)


def has_due_point(action: ActionFacts) -> bool:
    return action.due_kind != DueKind.none and not (
        action.due_kind == DueKind.date and action.due_date is None
    )


class Rag(enum.StrEnum):
    red = "Red"
    amber = "Amber"
    green = "Green"
    done = "Done"


@dataclass(frozen=True)
class Rating:
    rag: Rag
    why: str


def rating(
    action: ActionFacts,
    *,
    now: datetime,
    tz: ZoneInfo,
    due_meeting: MeetingFacts | None,
    next_meeting: MeetingFacts | None,
    stale_days: int,
) -> Rating:
    """The RAG rating and why. Red is overdue. Amber needs attention: no owner, no due point, due
    at the next meeting (or before it), or no update for `stale_days`. Green is on track. An
    action nobody owns, or that has no due point, is never green."""
    if action.status == ActionStatus.done:
        return Rating(Rag.done, "done")
    if not is_live(action):
        return Rating(Rag.done, str(action.status))
    if is_overdue(action, now=now, tz=tz, due_meeting=due_meeting):
        return Rating(Rag.red, "overdue")
    if action.assignee_id is None:
        return Rating(Rag.amber, "needs an owner")
    if not has_due_point(action):
        return Rating(Rag.amber, "needs a due point")
    if next_meeting is not None:
        if due_meeting is not None and due_meeting.id == next_meeting.id:
            return Rating(Rag.amber, "due at the next meeting")
        day = due_day(action, tz=tz, due_meeting=due_meeting)
        if day is not None and day <= local_date(next_meeting.starts_at, tz):
            return Rating(Rag.amber, "due by the next meeting")
    if is_stale(action, now=now, stale_days=stale_days):
        return Rating(Rag.amber, f"no update for {stale_days} day{'' if stale_days == 1 else 's'}")
    return Rating(Rag.green, "on track")


def meeting_ends_at(meeting: MeetingFacts, tz: ZoneInfo) -> datetime:
    """When a meeting is over, for "snooze until the next meeting": the end of its local day. A
    meeting's length isn't recorded, and evening meetings run late; by midnight it has ended."""
    day = local_date(meeting.starts_at, tz) + timedelta(days=1)
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


# ---- when the next stale nudge falls due ----------------------------------------------------------


@dataclass(frozen=True)
class Cadence:
    """The parts of a committee's settings that time its stale nudges."""

    tz: ZoneInfo
    at: time
    stale_days: int

    @classmethod
    def of(cls, committee: CommitteeSettings) -> Cadence:
        return cls(
            tz=zone(committee.timezone),
            at=reminder_time(committee.reminder_time),
            stale_days=max(1, committee.stale_days),
        )


def reminder_time(text: str) -> time:
    try:
        hour, minute = (int(x) for x in text.split(":"))
        return time(hour, minute)
    except ValueError:
        return time(9, 0)


def reminder_at(moment: datetime, cadence: Cadence) -> datetime:
    """The first reminder time (`cadence.at`, local) at or after `moment`, as a local time."""
    local = datetime.combine(local_date(moment, cadence.tz), cadence.at, tzinfo=cadence.tz)
    if local < moment:
        local = datetime.combine(local.date() + timedelta(days=1), cadence.at, tzinfo=cadence.tz)
    return local


def nudge_from(action: ActionFacts | NudgeFacts) -> datetime:
    """When an action's nudge clock starts: its last update, or when the bot learnt of it, if later.

    An action imported from old minutes (a council's backlog) was last heard of at the meeting that
    agreed it, and stays as stale as that says (listings, the tracker paper). But its nudges wait a
    stale period from the import, as for any new action: its owner has the import's weekly digest
    first, then one grouped nudge of everything still without an update, then the escalations in
    their usual steps. Timed from the meeting, a backlog older than the whole cadence was never
    nudged at all, and a younger one nudged and escalated on the first morning after the import."""
    # rows of an older shape (a migration's, the bench's) carry no created_at: their last update then
    created: datetime | None = getattr(action, "created_at", None)
    return action.last_progress_at if created is None or created <= action.last_progress_at else created


def stage_times(last_progress_at: datetime, cadence: Cadence) -> tuple[datetime, ...]:
    """When each nudge stage falls due: stage k at the first reminder time at or after
    `last_progress_at + k * stale_days` (index 0 is stage 1)."""
    step = timedelta(days=cadence.stale_days)
    return tuple(reminder_at(last_progress_at + k * step, cadence) for k in range(1, NUDGE_STAGES + 1))


def nudge_stage(last_progress_at: datetime, cadence: Cadence, now: datetime) -> tuple[int, datetime] | None:
    """The stage of nudging reached at `now` and when it fell due (local), or None; from the time
    the nudge clock starts (`nudge_from`: the last update, as the parameter is named).

    The highest stage whose time has come; the last stage lapses a stale period (local days) after
    its time: after downtime only the current stage is sent, and the last not for ever."""
    times = stage_times(last_progress_at, cadence)
    reached = [k for k, at in enumerate(times, start=1) if at <= now]
    if not reached:
        return None
    stage = reached[-1]
    at = times[stage - 1]
    if stage == NUDGE_STAGES and now >= at + timedelta(days=cadence.stale_days):
        return None
    return stage, at


def next_reminder_at(action: ActionFacts | NudgeFacts, cadence: Cadence, *, now: datetime) -> datetime | None:
    """When the scheduler must next look at this action for a stale nudge, as of `now`.

    None for an action that is not live or whose nudges are all behind it. While a stage is current
    (due and not lapsed) that is its time, or the end of a snooze: the tick then finds it due and
    the ledger says whether it was sent. Else the time of the next stage. A snooze holds everything
    back until it ends."""
    if not is_live(action):
        return None
    start = now
    snoozed = (
        action.snoozed_until if action.snoozed_until is not None and action.snoozed_until > now else None
    )
    if snoozed is not None:
        start = snoozed
    since = nudge_from(action)
    current = nudge_stage(since, cadence, start)
    if current is not None:
        return max(current[1], snoozed) if snoozed is not None else current[1]
    for at in stage_times(since, cadence):
        if at > start:
            return at
    return None


def after_stage(last_progress_at: datetime, cadence: Cadence, stage: int) -> datetime | None:
    """When the stage after `stage` falls due (None after the last): where a tick moves an action's
    `next_reminder_at` once the nudges of `stage` are settled."""
    if stage >= NUDGE_STAGES:
        return None
    return stage_times(last_progress_at, cadence)[stage]
