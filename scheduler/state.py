"""Loading what one tick needs, in a few index-friendly queries.

Only live actions are read, and only those some reminder could be about: the committees with a
pre-meeting or digest occasion that is due and not yet settled, and the actions inside the window
in which stale nudges are sent. Occasions already settled are known from their marker in the
ledger, so a quiet tick reads committees, meetings and roles, and the stale window.

Actions and meetings, the thousands of rows, are read with SQLAlchemy Core into plain tuples
(`ActionRow`, `MeetingRow`): building an ORM instance per row cost most of a tick at full size.
They are selected as the driver returns them and converted here (`storage.reminder_reads`), as
SQLAlchemy's per-value result processing cost more than the query; the meeting each action is due
at comes joined to it. Committees, the channel bindings of committees with a pre-meeting reminder
due, and people stay ORM objects, as the notifiers and compose take them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from scheduler import policy as reminder_policy
from scheduler.model import (
    NUDGE_STAGES,
    ActionRow,
    ActionText,
    MeetingRow,
    OccasionKind,
    OccasionState,
    Policy,
    State,
)
from storage import deliveries
from storage.actions import LIVE
from storage.models import (
    Action,
    ChannelBinding,
    Committee,
    CommitteeRole,
    DueKind,
    Meeting,
    MeetingStatus,
    Person,
    Role,
    WorkProgrammeItem,
)
from storage.reminder_reads import day, members, plain, utc

_CHUNK = 500
_ACTION: sa.Table = Action.__table__  # type: ignore[attr-defined]
_MEETING: sa.Table = Meeting.__table__  # type: ignore[attr-defined]
_ROLE: sa.Table = CommitteeRole.__table__  # type: ignore[attr-defined]
_PERSON: sa.Table = Person.__table__  # type: ignore[attr-defined]
_DUE_AT = _MEETING.alias("due_at")
_ACTION_ROW = sa.select(
    *(plain(_ACTION.c[name]) for name in ActionRow._fields),
    *(plain(_DUE_AT.c[name], f"due_at_{name}") for name in MeetingRow._fields[1:]),
).select_from(_ACTION.outerjoin(_DUE_AT, _DUE_AT.c.id == _ACTION.c.due_meeting_id))
"""A live action's row, with the meeting it is due at (joined: planning needs when that is), as
the driver returns them: converted in `_live_actions` (see `storage.reminder_reads`)."""
_DUE_KINDS = members(DueKind)
_MEETING_STATUSES = members(MeetingStatus)
_ACTION_TEXT = sa.select(_ACTION.c.id, *(_ACTION.c[name] for name in ActionText._fields))
_MEETING_ROW = sa.select(*(plain(_MEETING.c[name]) for name in MeetingRow._fields))


async def load_state(
    session: AsyncSession,
    *,
    now: datetime,
    nudges_since: datetime | None = None,
    known_policies: dict[int, Policy] | None = None,
    also: Iterable[int] = (),
) -> State:
    """The state a tick needs.

    With `nudges_since` (the previous tick) only the actions whose nudge stage fell due since
    then, and the live ones in `also` (whose nudges that tick left unsettled), are read for
    nudging, unless a committee's policy changed.
    """
    conn = await session.connection()
    committees = {c.id: c for c in (await session.exec(select(Committee))).all() if c.id is not None}
    policies = {cid: Policy.of(c) for cid, c in committees.items()}
    if known_policies != policies:
        nudges_since = None
    meeting_rows = [
        _meeting(*row)
        for row in (
            await conn.execute(
                _MEETING_ROW.where(
                    _MEETING.c.starts_at > now - reminder_policy.LOOKBACK,
                    _MEETING.c.status != MeetingStatus.cancelled,
                ).order_by(_MEETING.c.starts_at)
            )
        ).all()
    ]
    meetings = {m.id: m for m in meeting_rows}
    upcoming: dict[int, list[MeetingRow]] = defaultdict(list)
    for m in meeting_rows:
        upcoming[m.committee_id].append(m)

    found = reminder_policy.occasions(committees.values(), policies, upcoming, now)
    settled = await deliveries.statuses(session, keys=[o.marker for o in found])
    occasions = [o for o in found if o.marker not in settled]
    due = [o for o in occasions if o.state is OccasionState.due]
    pre_committees = {o.committee_id for o in due if o.kind is OccasionKind.pre_meeting}
    digest_committees = {o.committee_id for o in due if o.kind is OccasionKind.digest}

    carried = sorted(set(also)) if nudges_since is not None else []
    actions = await _live_actions(
        conn, now, policies, pre_committees, digest_committees, nudges_since, carried, meetings
    )

    bindings: dict[int, list[ChannelBinding]] = defaultdict(list)
    if pre_committees:
        for b in (
            await session.exec(
                select(ChannelBinding)
                .where(
                    ChannelBinding.enabled == True,  # noqa: E712
                    col(ChannelBinding.committee_id).in_(sorted(pre_committees)),
                )
                .order_by(col(ChannelBinding.id))
            )
        ).all():
            assert b.committee_id is not None
            bindings[b.committee_id].append(b)

    admins: dict[int, list[int]] = defaultdict(list)
    chairs: dict[int, list[int]] = defaultdict(list)
    for committee_id, person_id, role in await conn.execute(
        sa.select(_ROLE.c.committee_id, _ROLE.c.person_id, _ROLE.c.role)
        .where(_ROLE.c.role.in_([Role.admin, Role.chair]))
        .order_by(_ROLE.c.person_id)
    ):
        (admins if role == Role.admin else chairs)[committee_id].append(person_id)

    person_ids = {a.assignee_id for a in actions if a.assignee_id is not None}
    for group in (admins, chairs):
        for ids in group.values():
            person_ids.update(ids)
    people = await _people(session, person_ids)

    programme: dict[int, list[WorkProgrammeItem]] = defaultdict(list)
    programme_meetings = [o.meeting_id for o in due if o.meeting_id is not None]
    if programme_meetings:
        for item in (
            await session.exec(
                select(WorkProgrammeItem)
                .where(
                    col(WorkProgrammeItem.meeting_id).in_(programme_meetings),
                    WorkProgrammeItem.proposed == False,  # noqa: E712
                )
                .order_by(col(WorkProgrammeItem.id))
            )
        ).all():
            assert item.meeting_id is not None
            programme[item.meeting_id].append(item)

    return State(
        now=now,
        committees=committees,
        policies=policies,
        meetings=meetings,
        upcoming=dict(upcoming),
        occasions=occasions,
        actions=actions,
        bindings=dict(bindings),
        people=people,
        admins=dict(admins),
        chairs=dict(chairs),
        programme=dict(programme),
    )


async def _live_actions(
    conn: AsyncConnection,
    now: datetime,
    policies: dict[int, Policy],
    pre_committees: set[int],
    digest_committees: set[int],
    nudges_since: datetime | None,
    carried: list[int],
    meetings: dict[int, MeetingRow],
) -> list[ActionRow]:
    """One query, one pass over the live actions: each row is read once, however many reasons
    (a pre-meeting reminder, a digest, a nudge) it is wanted for. The meetings they are due at
    come joined, and are added to `meetings`."""
    c = _ACTION.c
    live = c.status.in_(list(LIVE))
    not_snoozed = sa.or_(c.snoozed_until.is_(None), c.snoozed_until <= now)
    wanted: list[sa.ColumnElement[bool]] = []
    if pre_committees:
        wanted.append(c.committee_id.in_(sorted(pre_committees)))
    if digest_committees and digest_committees >= policies.keys():
        wanted.append(c.assignee_id.is_not(None))  # everyone's digest is due: all owners
    elif digest_committees:
        owners = (
            sa.select(c.assignee_id)
            .where(live, c.committee_id.in_(sorted(digest_committees)), c.assignee_id.is_not(None))
            .distinct()
        )
        wanted.append(c.assignee_id.in_(owners))
    if policies:
        shortest = min(p.stale_days for p in policies.values())
        longest = max(p.stale_days for p in policies.values())
        if nudges_since is None:
            newest = now - timedelta(days=shortest - 1)
            oldest = now - timedelta(days=(NUDGE_STAGES + 1) * longest + 1)
            window = sa.and_(c.last_progress_at <= newest, c.last_progress_at > oldest)
        else:
            # a stage k falls due at the first reminder time after last_progress_at + k * stale_days
            window = sa.or_(
                *(
                    sa.and_(
                        c.last_progress_at > nudges_since - timedelta(days=k * longest + 1),
                        c.last_progress_at <= now - timedelta(days=k * shortest),
                    )
                    for k in range(1, NUDGE_STAGES + 1)
                ),
                sa.and_(c.snoozed_until > nudges_since, c.snoozed_until <= now),
            )
        wanted.append(window)
    wanted.extend(_id_sets(conn, c.id, carried))
    if not wanted:
        return []
    query = _ACTION_ROW.where(live, not_snoozed, sa.or_(*wanted)).order_by(c.id)
    out: list[ActionRow] = []
    kinds = _DUE_KINDS
    for row in (await conn.execute(query)).all():
        id_, ref, committee, assignee, kind, due_id, due_on, restricted, progress, held_by, at, status = row
        due = kinds[kind]
        out.append(
            ActionRow(
                id_, ref, committee, assignee, due, due_id, day(due_on), bool(restricted), utc(progress)
            )
        )
        if due_id is not None and due_id not in meetings:
            meetings[due_id] = _meeting(due_id, held_by, at, status)
    return out


async def load_texts(session: AsyncSession, state: State, ids: Iterable[int]) -> None:
    """Add to `state` what the messages about these actions show: their text, and the meetings
    they were agreed at. Called for the deliveries about to be sent, never for the whole plan."""
    conn = await session.connection()
    for among in _id_sets(conn, _ACTION.c.id, set(ids) - state.texts.keys()):
        rows = (await conn.execute(_ACTION_TEXT.where(among))).all()
        state.texts.update((row[0], ActionText._make(row[1:])) for row in rows)
    origins = {t.meeting_id for t in state.texts.values() if t.meeting_id is not None}
    state.meetings.update(await _meetings(conn, origins - state.meetings.keys()))


def _meeting(id_: int, committee_id: int, starts_at: datetime | str, status: str) -> MeetingRow:
    return MeetingRow(id_, committee_id, utc(starts_at), _MEETING_STATUSES[status])


async def _meetings(conn: AsyncConnection, ids: set[int]) -> dict[int, MeetingRow]:
    out: dict[int, MeetingRow] = {}
    for among in _id_sets(conn, _MEETING.c.id, ids):
        rows = (await conn.execute(_MEETING_ROW.where(among))).all()
        out.update((row[0], _meeting(*row)) for row in rows)
    return out


async def _people(session: AsyncSession, ids: set[int]) -> dict[int, Person]:
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
