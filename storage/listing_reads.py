"""What the chat listings, `show` and a change's reply read: lean rows, paged in the database.

A listing shows a page of 20 of a committee's hundreds of actions. It is one Core select: the
database orders the listing's narrow rows (id and order keys, with the count of the whole listing,
`count(*) OVER ()`), cuts the page, and joins only the page's rows to the columns the view needs
and what it names (the meeting an action is due at, the one that agreed it, the assignee's name,
the committee's code and timezone).
No ORM object is built: a `ListedAction` is a plain tuple whose fields are named as `Action`'s
columns, so the rules of storage/rules.py (overdue, stale) take it as they take an `Action`.

Overdue and stale are decided by those rules, in the committee's local date, so those two
listings read the lean rows of a superset bounded in SQL (storage.actions.conditions) and page
after the rule: the rule stays written once.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import actions as store_actions
from storage import driver_sql
from storage.action_query import bound_values
from storage.actions import NOTE_KINDS, ActionQuery, bound_conditions
from storage.id_lists import in_ids
from storage.models import (
    Action,
    ActionEvent,
    ActionStatus,
    Committee,
    DueKind,
    Meeting,
    MeetingStatus,
    Person,
)


class DueMeeting(NamedTuple):
    """The meeting an action is due at, as the rules read it (`rules.MeetingFacts`)."""

    id: int
    starts_at: datetime
    status: MeetingStatus


class ListedAction(NamedTuple):
    """An action as a listing, a card or a change's reply shows it."""

    id: int
    ref: str | None
    committee_id: int
    meeting_id: int | None
    minute: str | None
    text: str
    owner_text: str | None
    assignee_id: int | None
    due_kind: DueKind
    due_meeting_id: int | None
    due_date: date | None
    due_text: str | None
    status: ActionStatus
    restricted: bool
    last_progress_at: datetime
    snoozed_until: datetime | None
    due_meeting: DueMeeting | None
    origin_starts_at: datetime | None
    """When the meeting that agreed it started."""
    assignee_name: str | None
    committee_code: str
    timezone: str
    stale_days: int
    latest_note: str | None
    """Only where asked for (`with_note`): listings don't show it."""


class Grouping(enum.Enum):
    """The order of a listing."""

    by_id = "by id"
    by_due_meeting = "by due meeting"
    """By the meeting each is due at (earliest first), then due by a date, at a future meeting, with
    no due point; within each, by id. Actions due at meetings that start at the same moment are
    one group where the committees' clocks read alike, in the order the groups first appear."""
    latest_progress = "latest progress first"
    meeting_first = "due at the meetings first"
    """Those due at `due_meeting_ids` first, then those due on `due_on`; each by id."""


_A = sa.inspect(Action).local_table
_DUE_AT = sa.inspect(Meeting).local_table.alias("due_at")
_ORIGIN = sa.inspect(Meeting).local_table.alias("origin")
_PERSON = sa.inspect(Person).local_table
_COMMITTEE = sa.inspect(Committee).local_table
_EVENT = sa.inspect(ActionEvent).local_table

_ACTION_COLUMNS = ListedAction._fields[:16]
_NOTE = (
    sa.select(_EVENT.c.note)
    .where(_EVENT.c.action_id == _A.c.id, _EVENT.c.note.is_not(None), _EVENT.c.kind.in_(NOTE_KINDS))
    .order_by(_EVENT.c.at.desc(), _EVENT.c.id.desc())
    .limit(1)
    .correlate(_A)
    .scalar_subquery()
)
_FROM = (
    _A.join(_COMMITTEE, _COMMITTEE.c.id == _A.c.committee_id)
    .outerjoin(_DUE_AT, _DUE_AT.c.id == _A.c.due_meeting_id)
    .outerjoin(_ORIGIN, _ORIGIN.c.id == _A.c.meeting_id)
    .outerjoin(_PERSON, _PERSON.c.id == _A.c.assignee_id)
)
_COLUMNS = (
    *(_A.c[name] for name in _ACTION_COLUMNS),
    _DUE_AT.c.starts_at.label("due_starts_at"),
    _DUE_AT.c.status.label("due_status"),
    _ORIGIN.c.starts_at.label("origin_starts_at"),
    _PERSON.c.display_name.label("assignee_name"),
    _COMMITTEE.c.code,
    _COMMITTEE.c.timezone,
    _COMMITTEE.c.stale_days,
)
_GROUP_RANK = sa.case(
    (_A.c.due_meeting_id.is_not(None), 0),
    (_A.c.due_date.is_not(None), 1),
    (_A.c.due_kind == DueKind.future_meeting, 2),
    else_=3,
)


def _row(raw: Sequence[Any], note: str | None = None) -> ListedAction:
    (*action, due_starts_at, due_status, origin_starts_at, assignee_name, code, timezone, stale_days) = raw[
        : len(_COLUMNS)
    ]
    due_meeting_id = action[9]
    due = (
        DueMeeting(due_meeting_id, due_starts_at, due_status)
        if due_meeting_id is not None and due_starts_at is not None
        else None
    )
    return ListedAction._make(
        (*action, due, origin_starts_at, assignee_name, code, timezone, stale_days, note)
    )


def _order(grouping: Grouping, query: ActionQuery) -> list[tuple[sa.ColumnElement[Any], bool]]:
    """The keys a listing is ordered by, each with whether it descends."""
    if grouping is Grouping.by_due_meeting:
        first_of_group = sa.func.min(_A.c.id).over(
            partition_by=(_GROUP_RANK, _DUE_AT.c.starts_at, _COMMITTEE.c.timezone)
        )
        return [(_GROUP_RANK, False), (_DUE_AT.c.starts_at, False), (first_of_group, False), (_A.c.id, False)]
    if grouping is Grouping.latest_progress:
        return [(_A.c.last_progress_at, True), (_A.c.id, False)]
    if grouping is Grouping.meeting_first and query.due_meeting_ids:
        # the same parameter as the query's condition (storage.actions.bound_conditions)
        at_meetings = in_ids(_A.c.due_meeting_id, "due_meeting_ids")
        return [(sa.case((at_meetings, 0), else_=1), False), (_A.c.id, False)]
    return [(_A.c.id, False)]


_NARROW = _A.join(_COMMITTEE, _COMMITTEE.c.id == _A.c.committee_id).outerjoin(
    _DUE_AT, _DUE_AT.c.id == _A.c.due_meeting_id
)
"""What a listing's conditions and order read: the page is chosen over these narrow rows, and only
its 20 rows are joined to the rest (sorting the whole listing's text cost twice the time)."""

_OFFSET = sa.bindparam("offset", type_=sa.Integer)
_SIZE = sa.bindparam("size", type_=sa.Integer)
_BUILT: dict[tuple[Any, ...], tuple[sa.Select[Any], ...]] = {}
"""The statements of each listing's shape (its kind of grouping and which filters it has), built
once with bound parameters: building and compiling a listing's select per call cost more CPU than
running it."""
_MAX_SHAPES = 256


def _built(
    key: tuple[Any, ...], build: Callable[[], tuple[sa.Select[Any], ...]]
) -> tuple[sa.Select[Any], ...]:
    found = _BUILT.get(key)
    if found is None:
        if len(_BUILT) >= _MAX_SHAPES:
            _BUILT.clear()
        found = _BUILT[key] = build()
    return found


async def page(
    session: AsyncSession, query: ActionQuery, *, grouping: Grouping, number: int, size: int
) -> tuple[list[ListedAction], int, int]:
    """Page `number` (the last, when fewer) of the actions `query` selects: (rows, how many in all,
    the page number given)."""
    shape, values = bound_values(query)
    meeting_first = grouping is Grouping.meeting_first and bool(query.due_meeting_ids)

    def build() -> tuple[sa.Select[Any], ...]:
        _, where, _ = bound_conditions(query, _DUE_AT.c.starts_at)
        keys = _order(grouping, query)
        ranked = (
            sa.select(
                _A.c.id.label("listed_id"),
                sa.func.count().over().label("total"),
                *(key.label(f"k{i}") for i, (key, _) in enumerate(keys)),
            )
            .select_from(_NARROW)
            .where(*where)
            .subquery("ranked")
        )
        order = [ranked.c[f"k{i}"].desc() if down else ranked.c[f"k{i}"] for i, (_, down) in enumerate(keys)]
        chosen = sa.select(ranked).order_by(*order).offset(_OFFSET).limit(_SIZE).subquery("chosen")
        again = [chosen.c[f"k{i}"].desc() if down else chosen.c[f"k{i}"] for i, (_, down) in enumerate(keys)]
        listed = (
            sa.select(*_COLUMNS, chosen.c.total)
            .select_from(_FROM.join(chosen, chosen.c.listed_id == _A.c.id))
            .order_by(*again)
        )
        return listed, sa.select(sa.func.count()).select_from(_NARROW).where(*where)

    listed, count_all = _built(("page", grouping, meeting_first, *shape), build)
    number = max(1, number)
    rows = await driver_sql.rows(session, listed, {**values, "offset": (number - 1) * size, "size": size})
    if not rows and number > 1:
        count = (await driver_sql.rows(session, count_all, values))[0][0]
        if not count:
            return [], 0, 1
        number = (count + size - 1) // size
        rows = await driver_sql.rows(session, listed, {**values, "offset": (number - 1) * size, "size": size})
    return [_row(r) for r in rows], (rows[0][-1] if rows else 0), number


async def kept(
    session: AsyncSession,
    query: ActionQuery,
    keep: Callable[[ListedAction], bool],
    *,
    number: int,
    size: int,
) -> tuple[list[ListedAction], int, int]:
    """`page`, of the actions `query` selects that `keep` keeps (a rule of storage/rules.py), by id."""
    shape, values = bound_values(query)

    def build() -> tuple[sa.Select[Any], ...]:
        _, where, _ = bound_conditions(query, _DUE_AT.c.starts_at)
        return (sa.select(*_COLUMNS).select_from(_FROM).where(*where).order_by(_A.c.id).limit(_SIZE),)

    (select,) = _built(("kept", *shape), build)
    found = await driver_sql.rows(session, select, {**values, "size": query.limit})
    rows = [row for row in map(_row, found) if keep(row)]
    pages = max(1, (len(rows) + size - 1) // size)
    number = min(max(1, number), pages)
    return rows[(number - 1) * size : number * size], len(rows), number


_BY_REF = sa.select(*_COLUMNS, _NOTE).select_from(_FROM).where(_A.c.ref == sa.bindparam("ref"))
_BY_ID = sa.select(*_COLUMNS, _NOTE).select_from(_FROM).where(_A.c.id == sa.bindparam("action_id"))


async def by_ref(session: AsyncSession, *, ref: str) -> ListedAction | None:
    """The action with this reference, with its latest note."""
    return _one(await driver_sql.rows(session, _BY_REF, {"ref": ref.strip().upper()}))


async def by_id(session: AsyncSession, *, action_id: int) -> ListedAction | None:
    """The action with this id, with its latest note: a change's reply, read after the change."""
    return _one(await driver_sql.rows(session, _BY_ID, {"action_id": action_id}))


def _one(found: list[tuple[Any, ...]]) -> ListedAction | None:
    return _row(found[0], found[0][-1] or None) if found else None


def _written(name: str) -> sa.ColumnElement[Any]:
    """A column of the action an UPDATE writes, named with its table: SQLite and PostgreSQL render
    RETURNING's columns unqualified, where a subquery's own columns of the same name would win."""
    return sa.literal_column(f"{Action.__tablename__}.{name}", _A.c[name].type)


def _of_action(column: sa.ColumnElement[Any], key: str) -> sa.ScalarSelect[Any]:
    return sa.select(column).where(column.table.c.id == _written(key)).scalar_subquery()


_LATEST_NOTE_EVENT = (
    sa.select(_EVENT.c.at, _EVENT.c.note)
    .where(
        _EVENT.c.action_id == _written("id"),
        _EVENT.c.note.is_not(None),
        _EVENT.c.kind.in_([sa.bindparam(f"note_kind_{i}", kind) for i, kind in enumerate(NOTE_KINDS)]),
    )
    .order_by(_EVENT.c.at.desc(), _EVENT.c.id.desc())
    .limit(1)
)
_RETURNED = (
    *(_A.c[name] for name in _ACTION_COLUMNS),
    _of_action(_DUE_AT.c.starts_at, "due_meeting_id"),
    _of_action(_DUE_AT.c.status, "due_meeting_id"),
    _of_action(_ORIGIN.c.starts_at, "meeting_id"),
    _of_action(_PERSON.c.display_name, "assignee_id"),
    _of_action(_COMMITTEE.c.code, "committee_id"),
    _of_action(_COMMITTEE.c.timezone, "committee_id"),
    _of_action(_COMMITTEE.c.stale_days, "committee_id"),
    _LATEST_NOTE_EVENT.with_only_columns(_EVENT.c.at).scalar_subquery(),
    _LATEST_NOTE_EVENT.with_only_columns(_EVENT.c.note).scalar_subquery(),
)
"""What a change's versioned UPDATE returns for its reply: the row as `by_id` reads it (the joined
rows as subqueries correlated to the action), and its latest note before this change's event."""


async def changed(
    session: AsyncSession,
    *,
    action: Action,
    actor: Person | None,
    now: datetime,
    kind: str,
    changes: dict[str, Any],
    before: str | None = None,
    after: str | None = None,
    note: str | None = None,
) -> ListedAction:
    """`storage.actions.change_action`, answering the action as it now is (what `by_id` would read
    after it) from the UPDATE itself."""
    written = await store_actions.change_returning(
        session,
        action=action,
        actor=actor,
        now=now,
        kind=kind,
        changes=changes,
        before=before,
        after=after,
        note=note,
        returning=_RETURNED,
    )
    *row, noted_at, latest = written[1:]
    if note is not None and kind in NOTE_KINDS and (noted_at is None or noted_at <= now):
        latest = note  # this change's event, written after the UPDATE, is the newest note
    return _row(row, latest or None)


__all__ = ["DueMeeting", "Grouping", "ListedAction", "by_id", "by_ref", "page"]
