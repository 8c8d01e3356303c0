"""What a reminder tick reads, in a few index-friendly queries, as plain rows.

The action and meeting rows come as the driver returns them and are converted by
storage/reminder_rows.py (off the loop, for the thousands of actions). Committees are plain rows
too; channel bindings and people stay ORM objects, as the notifiers and the messages take them.

Which rows a tick wants is the scheduler's business (scheduler/state.py); this module only reads.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import (
    ChannelBinding,
    Committee,
    CommitteeRole,
    MeetingStatus,
    Person,
    Role,
    WorkProgrammeItem,
)
from storage.reminder_rows import (
    ACTION,
    ACTION_ROW,
    MEETING,
    MEETING_ROW,
    ActionText,
    CommitteeRow,
    MeetingRow,
    committee_of,
    is_live,
    meeting,
)
from storage.rules import LIVE

_CHUNK = 500
_COMMITTEE = sa.inspect(Committee).local_table
_ROLE = sa.inspect(CommitteeRole).local_table
_PERSON = sa.inspect(Person).local_table
_PARTITION = 2000
"""Rows read between two yields to the loop."""
_TEXTS = 1000
_ACTION_TEXT = sa.select(ACTION.c.id, *(ACTION.c[name] for name in ActionText._fields))


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
        MEETING_ROW.where(
            MEETING.c.starts_at > since,
            MEETING.c.starts_at <= until,
            MEETING.c.status != MeetingStatus.cancelled,
        ).order_by(MEETING.c.starts_at)
    )
    return [meeting(*row) for row in rows.all()]


async def upcoming_of(
    session: AsyncSession, *, committee_ids: Collection[int], since: datetime
) -> list[MeetingRow]:
    """The meetings of these committees that are not cancelled and start after `since`, earliest
    first: where a "next meeting" action whose meeting is not set, or was cancelled, is due."""
    if not committee_ids:
        return []
    conn = await session.connection()
    rows = await conn.execute(
        MEETING_ROW.where(
            MEETING.c.committee_id.in_(sorted(committee_ids)),
            MEETING.c.starts_at > since,
            MEETING.c.status != MeetingStatus.cancelled,
        ).order_by(MEETING.c.starts_at)
    )
    return [meeting(*row) for row in rows.all()]


RawRows = list[Any]
"""Rows of `storage.reminder_rows.ACTION_ROW` as the driver returned them."""


async def live_actions(
    session: AsyncSession, *, now: datetime, committee_ids: Collection[int], reminded: Collection[int]
) -> RawRows:
    """The live, unsnoozed actions wanted for any reason, each read once: those whose
    `next_reminder_at` has come (an index range: what is due, not what is stored), and those of
    `committee_ids` (a pre-meeting reminder is due there). The digests' owners are read apart
    (`digest_owners`) and their actions as the digests are sent (`actions_of`).

    A UNION of parts that each have an index: the nudges' part is picked by the time index alone
    and its status checked on the rows read, as SQLite otherwise walks the status index over every
    live action (the time is set only on live actions anyway). Only actions of the `reminded`
    committees are kept: an archived committee's actions keep their time but are passed over here,
    in Python, as a filter on the committee in SQL turns SQLite's plan into a scan of every action
    (the steady tick at 500k went from 40 ms to 1.1 s).

    The rows come as the driver returns them, read in partitions with the loop given back between
    them; `storage.reminder_rows.action_rows` converts them (a tick does that in a worker thread).
    """
    conn = await session.connection()
    c = ACTION.c
    not_snoozed = sa.or_(c.snoozed_until.is_(None), c.snoozed_until <= now)
    due = ACTION_ROW.where(c.next_reminder_at <= now, not_snoozed)
    query: sa.Executable = due
    if committee_ids:
        committee = ACTION_ROW.where(
            c.committee_id.in_(sorted(committee_ids)), c.status.in_(list(LIVE)), not_snoozed
        )
        query = sa.union(due, committee)
    out: RawRows = []
    result = await conn.stream(query, {"now": now})
    async for part in result.partitions(_PARTITION):
        out.extend(row for row in part if is_live(row) and committee_of(row) in reminded)
        await asyncio.sleep(0)
    return out


async def digest_owners(
    session: AsyncSession, *, now: datetime, committee_ids: Collection[int]
) -> list[tuple[int, int, bool]]:
    """`(committee, owner, restricted)` of the live, unsnoozed actions with an owner in these
    committees, each once: who a weekly digest may go to (the read rule decides whether an owner
    may be told of a restricted one). Distinct in the database: a morning when every digest is
    due reads a few thousand small rows, not every action they own (those are read as the
    digests are sent, `actions_of`)."""
    if not committee_ids:
        return []
    conn = await session.connection()
    c = ACTION.c
    query = (
        sa.select(c.committee_id, c.assignee_id, c.restricted)
        .where(
            c.status.in_(list(LIVE)),
            c.assignee_id.is_not(None),
            sa.or_(c.snoozed_until.is_(None), c.snoozed_until <= now),
            sa.or_(*_id_sets(conn, c.committee_id, committee_ids)),
        )
        .distinct()
    )
    return [(int(cid), int(pid), bool(r)) for cid, pid, r in await conn.execute(query)]


async def actions_of(session: AsyncSession, *, now: datetime, owner_ids: Collection[int]) -> RawRows:
    """The live, unsnoozed actions of these owners, as `live_actions` returns rows (an index on
    the owner): what their digests show, read as they are sent."""
    conn = await session.connection()
    c = ACTION.c
    not_snoozed = sa.or_(c.snoozed_until.is_(None), c.snoozed_until <= now)
    out: RawRows = []
    for among in _id_sets(conn, c.assignee_id, owner_ids):
        rows = await conn.execute(
            ACTION_ROW.where(among, c.status.in_(list(LIVE)), not_snoozed), {"now": now}
        )
        out.extend(rows.all())
        await asyncio.sleep(0)
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
        for among in _id_sets(conn, ACTION.c.id, wanted[start : start + _TEXTS]):
            rows = (await conn.execute(_ACTION_TEXT.where(among))).all()
            out.update((row[0], ActionText._make(row[1:])) for row in rows)
        await asyncio.sleep(0)
    return out


async def meetings_by_id(session: AsyncSession, *, ids: Iterable[int]) -> dict[int, MeetingRow]:
    conn = await session.connection()
    out: dict[int, MeetingRow] = {}
    for among in _id_sets(conn, MEETING.c.id, ids):
        rows = (await conn.execute(MEETING_ROW.where(among))).all()
        out.update((row[0], meeting(*row)) for row in rows)
    return out


async def people(session: AsyncSession, *, ids: Iterable[int]) -> dict[int, Person]:
    conn = await session.connection()
    out: dict[int, Person] = {}
    for among in _id_sets(conn, _PERSON.c.id, ids):
        rows = (await session.exec(select(Person).where(among))).all()
        out.update({p.id: p for p in rows if p.id is not None})
    return out


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
