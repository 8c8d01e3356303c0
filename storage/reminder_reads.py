"""What a reminder tick reads, in a few index-friendly queries, as plain rows.

Actions and meetings, the thousands of rows, are read with SQLAlchemy Core into plain tuples
(`ActionRow`, `MeetingRow`): building an ORM instance per row cost most of a tick at full size.
They are selected as the driver returns them (`plain`) and converted here, as SQLAlchemy's
per-value result processing cost more than the query: a tick with every digest due reads ~14,000
live actions, and a `UTCDateTime`, `Enum`, and (on SQLite) `Date` or `Boolean` column converts each
value with a Python call. The functions below convert such values exactly as the column's type
would (SQLite stores times and dates as ISO text, PostgreSQL returns them as objects), cheaply
enough to apply in a loop. Committees, channel bindings and people stay ORM objects, as the
notifiers and the messages take them.

Which rows a tick wants is the scheduler's business (scheduler/state.py); this module only reads.
"""

from __future__ import annotations

import asyncio
import enum
from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import UTC, date, datetime
from typing import Any, NamedTuple, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import (
    Action,
    ActionStatus,
    ChannelBinding,
    Committee,
    CommitteeRole,
    DueKind,
    Meeting,
    MeetingStatus,
    Person,
    Role,
    UTCDateTime,
    WorkProgrammeItem,
)
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
    """The enum's members by stored value: `members(DueKind)[raw]` as the column's `Enum` reads it
    (the columns store `.value`; an unknown value raises KeyError, as SQLAlchemy raises LookupError)."""
    return {m.value: m for m in cls}


_CHUNK = 500
_COMMITTEE = sa.inspect(Committee).local_table
_ACTION = sa.inspect(Action).local_table
_MEETING = sa.inspect(Meeting).local_table
_ROLE = sa.inspect(CommitteeRole).local_table
_PERSON = sa.inspect(Person).local_table
_DUE_AT = _MEETING.alias("due_at")
_NOW = sa.bindparam("now", type_=UTCDateTime())
_ACTION_ROW = sa.select(
    *(plain(_ACTION.c[name]) for name in ActionRow._fields[:-1]),
    plain(sa.and_(_ACTION.c.next_reminder_at.is_not(None), _ACTION.c.next_reminder_at <= _NOW), "nudge_due"),
    # the joined meeting: where the action is due (`due_at_status` is read before conversion)
    *(plain(_DUE_AT.c[name], f"due_at_{name}") for name in MeetingRow._fields[1:]),
).select_from(_ACTION.outerjoin(_DUE_AT, _DUE_AT.c.id == _ACTION.c.due_meeting_id))
"""A live action's row, with the meeting it is due at (joined: planning needs when that is), as
the driver returns them: converted by `action_rows`, off the loop."""
_DUE_KINDS = members(DueKind)
_ACTION_STATUSES = members(ActionStatus)
_PARTITION = 2000
_TEXTS = 1000
"""Rows converted between two yields to the loop (about 5 ms of work)."""
_MEETING_STATUSES = members(MeetingStatus)
_ACTION_TEXT = sa.select(_ACTION.c.id, *(_ACTION.c[name] for name in ActionText._fields))
_MEETING_ROW = sa.select(*(plain(_MEETING.c[name]) for name in MeetingRow._fields))


async def committees(session: AsyncSession) -> dict[int, CommitteeRow]:
    """The committees reminders are sent for: every one not archived."""
    conn = await session.connection()
    rows = await conn.execute(
        sa.select(*(_COMMITTEE.c[name] for name in CommitteeRow._fields)).where(
            _COMMITTEE.c.archived_at.is_(None)
        )
    )
    return {row[0]: CommitteeRow._make(row) for row in rows}


async def meetings_between(session: AsyncSession, *, since: datetime, until: datetime) -> list[MeetingRow]:
    """The meetings that are not cancelled and start after `since` and by `until`, earliest first:
    those whose reminders can be due (an index range on the start)."""
    conn = await session.connection()
    rows = await conn.execute(
        _MEETING_ROW.where(
            _MEETING.c.starts_at > since,
            _MEETING.c.starts_at <= until,
            _MEETING.c.status != MeetingStatus.cancelled,
        ).order_by(_MEETING.c.starts_at)
    )
    return [_meeting(*row) for row in rows.all()]


async def upcoming_of(
    session: AsyncSession, *, committee_ids: Collection[int], since: datetime
) -> list[MeetingRow]:
    """The meetings of these committees that are not cancelled and start after `since`, earliest
    first: where a "next meeting" action whose meeting is not set, or was cancelled, is due."""
    if not committee_ids:
        return []
    conn = await session.connection()
    rows = await conn.execute(
        _MEETING_ROW.where(
            _MEETING.c.committee_id.in_(sorted(committee_ids)),
            _MEETING.c.starts_at > since,
            _MEETING.c.status != MeetingStatus.cancelled,
        ).order_by(_MEETING.c.starts_at)
    )
    return [_meeting(*row) for row in rows.all()]


RawRows = list[Any]
"""Rows of `_ACTION_ROW` as the driver returned them."""


async def live_actions(
    session: AsyncSession,
    *,
    now: datetime,
    committee_ids: Collection[int],
    owners_in: Collection[int],
    every_owner: bool,
) -> RawRows:
    """The live, unsnoozed actions wanted for any reason, each read once: those whose
    `next_reminder_at` has come (an index range: what is due, not what is stored); those of
    `committee_ids`; every action of the owners with a live action in `owners_in` (or of every
    owner). One query, a union of index-friendly parts.

    The rows come as the driver returns them, read in partitions with the loop given back between
    them; `action_rows` converts them (a tick does that in a worker thread).
    """
    conn = await session.connection()
    c = _ACTION.c
    live = c.status.in_(list(LIVE))
    not_snoozed = sa.or_(c.snoozed_until.is_(None), c.snoozed_until <= now)
    nudges = (
        _ACTION_ROW.where(c.next_reminder_at <= now, live, not_snoozed)
        # SQLite otherwise walks the status index over every live action
        .with_hint(_ACTION, "INDEXED BY ix_action_next_reminder", "sqlite")
    )
    parts: list[sa.Select[Any]] = [nudges]
    if committee_ids:
        parts.append(_ACTION_ROW.where(c.committee_id.in_(sorted(committee_ids)), live, not_snoozed))
    if every_owner:
        parts.append(_ACTION_ROW.where(c.assignee_id.is_not(None), live, not_snoozed))
    elif owners_in:
        owners = (
            sa.select(c.assignee_id)
            .where(live, c.committee_id.in_(sorted(owners_in)), c.assignee_id.is_not(None))
            .distinct()
        )
        parts.append(_ACTION_ROW.where(c.assignee_id.in_(owners), live, not_snoozed))
    query: sa.Executable = parts[0] if len(parts) == 1 else sa.union(*parts)
    out: RawRows = []
    result = await conn.stream(query, {"now": now})
    async for part in result.partitions(_PARTITION):
        out.extend(part)
        await asyncio.sleep(0)
    return out


def action_rows(raw: RawRows, meetings: dict[int, MeetingRow]) -> list[ActionRow]:
    """`live_actions`' rows as ActionRows, in id order; the meetings they are due at are added to
    `meetings`. Pure (a tick calls it in a worker thread)."""
    out: list[ActionRow] = []
    raw.sort(key=_first)
    kinds = _DUE_KINDS
    statuses = _ACTION_STATUSES
    for row in raw:
        (
            id_, ref, committee, assignee, kind, due_id, due_on, restricted, progress,
            status, snoozed, created, nudge_due, held_by, at, meeting_status,
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
        if due_id is not None and due_id not in meetings:
            meetings[due_id] = _meeting(due_id, held_by, at, meeting_status)
    return out


async def enabled_bindings(
    session: AsyncSession, *, committee_ids: Collection[int]
) -> dict[int, list[ChannelBinding]]:
    """The enabled channel bindings of these committees, oldest first."""
    out: dict[int, list[ChannelBinding]] = defaultdict(list)
    if not committee_ids:
        return {}
    for b in (
        await session.exec(
            select(ChannelBinding)
            .where(
                ChannelBinding.enabled == True,  # noqa: E712
                col(ChannelBinding.committee_id).in_(sorted(committee_ids)),
            )
            .order_by(col(ChannelBinding.id))
        )
    ).all():
        assert b.committee_id is not None
        out[b.committee_id].append(b)
    return dict(out)


async def with_disabled_bindings(session: AsyncSession, *, committee_ids: Collection[int]) -> set[int]:
    """Those of these committees with a channel binding that was disabled (their admins were told)."""
    if not committee_ids:
        return set()
    rows = await session.execute(
        sa.select(col(ChannelBinding.committee_id))
        .where(
            col(ChannelBinding.enabled).is_(False),
            col(ChannelBinding.committee_id).in_(sorted(committee_ids)),
        )
        .distinct()
    )
    return {int(cid) for (cid,) in rows if cid is not None}


async def admins_and_chairs(
    session: AsyncSession, *, committee_ids: Collection[int]
) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """The ids of the admins and of the chairs of these committees."""
    admins: dict[int, list[int]] = defaultdict(list)
    chairs: dict[int, list[int]] = defaultdict(list)
    if not committee_ids:
        return {}, {}
    conn = await session.connection()
    for among in _id_sets(conn, _ROLE.c.committee_id, committee_ids):
        for committee_id, person_id, role in await conn.execute(
            sa.select(_ROLE.c.committee_id, _ROLE.c.person_id, _ROLE.c.role)
            .where(among, _ROLE.c.role.in_([Role.admin, Role.chair]))
            .order_by(_ROLE.c.person_id)
        ):
            (admins if role == Role.admin else chairs)[committee_id].append(person_id)
    return dict(admins), dict(chairs)


async def programme_at(
    session: AsyncSession, *, meeting_ids: Collection[int]
) -> dict[int, list[WorkProgrammeItem]]:
    """The confirmed work programme topics of these meetings."""
    out: dict[int, list[WorkProgrammeItem]] = defaultdict(list)
    if not meeting_ids:
        return {}
    for item in (
        await session.exec(
            select(WorkProgrammeItem)
            .where(
                col(WorkProgrammeItem.meeting_id).in_(list(meeting_ids)),
                WorkProgrammeItem.proposed == False,  # noqa: E712
            )
            .order_by(col(WorkProgrammeItem.id))
        )
    ).all():
        assert item.meeting_id is not None
        out[item.meeting_id].append(item)
    return dict(out)


async def action_texts(session: AsyncSession, *, ids: Iterable[int]) -> dict[int, ActionText]:
    """What the messages about these actions show, read a thousand at a time with the loop given
    back between reads (a morning's digests show thousands)."""
    conn = await session.connection()
    out: dict[int, ActionText] = {}
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), _TEXTS):
        for among in _id_sets(conn, _ACTION.c.id, wanted[start : start + _TEXTS]):
            rows = (await conn.execute(_ACTION_TEXT.where(among))).all()
            out.update((row[0], ActionText._make(row[1:])) for row in rows)
        await asyncio.sleep(0)
    return out


async def meetings_by_id(session: AsyncSession, *, ids: Iterable[int]) -> dict[int, MeetingRow]:
    conn = await session.connection()
    out: dict[int, MeetingRow] = {}
    for among in _id_sets(conn, _MEETING.c.id, ids):
        rows = (await conn.execute(_MEETING_ROW.where(among))).all()
        out.update((row[0], _meeting(*row)) for row in rows)
    return out


async def people(session: AsyncSession, *, ids: Iterable[int]) -> dict[int, Person]:
    conn = await session.connection()
    out: dict[int, Person] = {}
    for among in _id_sets(conn, _PERSON.c.id, ids):
        rows = (await session.exec(select(Person).where(among))).all()
        out.update({p.id: p for p in rows if p.id is not None})
    return out


def _first(row: Any) -> int:
    return int(row[0])


def _meeting(id_: int, committee_id: int, starts_at: datetime | str, status: str) -> MeetingRow:
    return MeetingRow(id_, committee_id, utc(starts_at), _MEETING_STATUSES[status])


def _id_sets(
    conn: AsyncConnection, column: sa.ColumnElement[int], ids: Iterable[int]
) -> list[sa.ColumnElement[bool]]:
    """Conditions that together pick the rows with these ids: on PostgreSQL one `= ANY(:ids)`
    (a long `IN` list of parameters is planned badly there), on SQLite `IN` chunks."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    if conn.dialect.name == "postgresql":
        return [column == sa.any_(sa.bindparam(None, wanted, type_=postgresql.ARRAY(sa.Integer)))]
    return [column.in_(wanted[i : i + _CHUNK]) for i in range(0, len(wanted), _CHUNK)]
