"""The rows a reminder tick works on, as plain tuples, and their conversion from driver values.

Actions and meetings, the thousands of rows, are read with SQLAlchemy Core into plain tuples
(`ActionRow`, `MeetingRow`): building an ORM instance per row cost most of a tick at full size.
They are selected as the driver returns them (`plain`) and converted here, as SQLAlchemy's
per-value result processing cost more than the query: a tick with every digest due reads ~14,000
live actions, and a `UTCDateTime`, `Enum`, and (on SQLite) `Date` or `Boolean` column converts each
value with a Python call. The functions below convert such values exactly as the column's type
would (SQLite stores times and dates as ISO text, PostgreSQL returns them as objects), cheaply
enough to apply in a loop. The queries are in storage/reminder_reads.py.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any, NamedTuple, TypeVar

import sqlalchemy as sa

from storage.models import Action, ActionStatus, DueKind, Meeting, MeetingStatus, UTCDateTime
from storage.rules import LIVE

E = TypeVar("E", bound=enum.Enum)


class ActionRow(NamedTuple):
    """The columns of a live action that planning uses, read without building ORM objects.

    A tick reads the live actions some reminder is due about (thousands when every digest of the
    week is due); a plain tuple per row costs a fraction of an ORM instance. The fields are named
    as Action's columns, so the rules of `storage.rules` take it as they take an `Action`. What
    only the message shows (`ActionText`) is read for the deliveries actually sent.
    """

    id: int
    ref: str | None
    committee_id: int
    assignee_id: int | None
    due_kind: DueKind
    due_meeting_id: int | None
    due_date: date | None
    restricted: bool
    last_progress_at: datetime
    status: ActionStatus
    snoozed_until: datetime | None
    created_at: datetime
    """When the bot learnt of it: nudges are timed from this or the last update (`rules.nudge_from`)."""
    nudge_due: bool
    """Its `next_reminder_at` has come: a stale nudge may be due (worked out by the query)."""


class CommitteeRow(NamedTuple):
    """The columns of a committee that reminders use (a tick reads every committee's)."""

    id: int
    code: str
    name: str
    timezone: str
    reminder_lead_days: str
    reminder_time: str
    stale_days: int
    digest_weekday: int


class ActionText(NamedTuple):
    """The columns of an action that only a reminder's message shows."""

    text: str
    status: ActionStatus
    """Open or in progress (only live actions are reminded of); shown, and it sets the buttons."""
    minute: str | None
    owner_text: str | None
    due_text: str | None
    meeting_id: int | None


class MeetingRow(NamedTuple):
    """The columns of a meeting that reminders use."""

    id: int
    committee_id: int
    starts_at: datetime
    status: MeetingStatus


def plain(column: sa.ColumnElement[Any], name: str | None = None) -> sa.ColumnElement[Any]:
    """`column`, selected under its own name (or `name`), with no conversion of the values read."""
    return sa.type_coerce(column, sa.types.NullType()).label(name or column.key)


def utc(value: datetime | str) -> datetime:
    """A `UTCDateTime` value as read: tz-aware UTC (`storage.models.UTCDateTime`)."""
    if isinstance(value, str):  # SQLite: the ISO text of the naive UTC time
        try:
            fast = datetime.fromisoformat(value + "+00:00")  # a fifth of the time of .replace()
            if fast.tzinfo is UTC:
                return fast
        except ValueError:  # text carrying its own offset
            pass
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def day(value: date | str | None) -> date | None:
    """A `Date` value as read (SQLite keeps ISO text). A `Boolean` is `bool(value)` (SQLite: 0/1)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def members(cls: type[E]) -> dict[Any, E]:
    """`{stored value: member}`: `members(DueKind)[raw]` as the column's `Enum` reads it (the
    columns store `.value`; an unknown value raises KeyError, as SQLAlchemy raises LookupError)."""
    return {m.value: m for m in cls}


ACTION = sa.inspect(Action).local_table
MEETING = sa.inspect(Meeting).local_table
NOW = sa.bindparam("now", type_=UTCDateTime())
ACTION_ROW = sa.select(
    *(plain(ACTION.c[name]) for name in ActionRow._fields[:-1]),
    plain(sa.and_(ACTION.c.next_reminder_at.is_not(None), ACTION.c.next_reminder_at <= NOW), "nudge_due"),
)
"""A live action's row as the driver returns it: converted by `action_rows`, off the loop. The
meetings the actions are due at are read apart (`due_meeting_ids`): a join here cost SQLite a
lookup per row for a few hundred distinct meetings."""
MEETING_ROW = sa.select(*(plain(MEETING.c[name]) for name in MeetingRow._fields))
_STATUS = ActionRow._fields.index("status")
_DUE_MEETING = ActionRow._fields.index("due_meeting_id")
_COMMITTEE_ID = ActionRow._fields.index("committee_id")
_LIVE = frozenset(s.value for s in LIVE)
_DUE_KINDS = members(DueKind)
_ACTION_STATUSES = members(ActionStatus)
_MEETING_STATUSES = members(MeetingStatus)


def is_live(raw: Any) -> bool:
    """Whether a row of `ACTION_ROW`, as read, is of a live action."""
    return raw[_STATUS] in _LIVE


def committee_of(raw: Any) -> int:
    """The committee of a row of `ACTION_ROW`, as read."""
    return int(raw[_COMMITTEE_ID])


def due_meeting_ids(raw: list[Any]) -> set[int]:
    """The meetings the actions of these rows (as read) are due at."""
    return {row[_DUE_MEETING] for row in raw if row[_DUE_MEETING] is not None}


def action_rows(raw: list[Any]) -> list[ActionRow]:
    """Rows of `ACTION_ROW`, as read, as ActionRows in id order. Pure (a tick calls it in a
    worker thread)."""
    out: list[ActionRow] = []
    raw.sort(key=_first)
    kinds = _DUE_KINDS
    statuses = _ACTION_STATUSES
    for row in raw:
        (
            id_, ref, committee, assignee, kind, due_id, due_on, restricted, progress,
            status, snoozed, created, nudge_due,
        ) = row  # fmt: skip
        out.append(
            ActionRow(
                id_,
                ref,
                committee,
                assignee,
                kinds[kind],
                due_id,
                day(due_on),
                bool(restricted),
                utc(progress),
                statuses[status],
                None if snoozed is None else utc(snoozed),
                utc(created),
                bool(nudge_due),
            )
        )
    return out


def meeting(id_: int, committee_id: int, starts_at: datetime | str, status: str) -> MeetingRow:
    """A row of `MEETING_ROW`, as read, as a MeetingRow."""
    return MeetingRow(id_, committee_id, utc(starts_at), _MEETING_STATUSES[status])


def _first(row: Any) -> int:
    return int(row[0])
