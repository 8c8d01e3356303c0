"""What a listing asks of the actions (`ActionQuery`), as WHERE clauses: with its values bound
in them (`conditions`, for the ORM's reads), or as named parameters whose statement is built once
per shape of query (`bound_conditions`, for the chat listings: storage/listing_reads.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import visitors
from sqlmodel import col, or_

from storage.id_lists import in_ids
from storage.models import Action, ActionStatus, DueKind
from storage.read_scope import ReadScope
from storage.rules import AT_MEETINGS, LIVE


@dataclass
class ActionQuery:
    committee_ids: Sequence[int] | None = None
    statuses: Sequence[ActionStatus] = LIVE
    assignee_id: int | None = None
    owner_words: str | None = None
    search: str | None = None
    due_meeting_ids: Sequence[int] | None = None
    due_on: date | None = None
    overdue_at: datetime | None = None
    """Actions that may be overdue at this time (a superset: see `list_actions`)."""
    include_restricted: bool = True
    readable: ReadScope | None = None
    """Who reads: only what they may see is selected (handlers/visibility.py decides what)."""
    requests: bool | None = None
    limit: int = 500
    offset: int = 0
    order: list[Any] = field(default_factory=list)


def conditions(query: ActionQuery, due_starts_at: Any = None) -> list[sa.ColumnElement[bool]]:
    """The query's filters as WHERE clauses over `Action`, with its values bound in them; the
    overdue bound also reads when the meeting an action is due at starts (`due_starts_at`, a column
    of the joined meeting)."""
    _, clauses, values = bound_conditions(query, due_starts_at)
    return [_with_values(c, values) for c in clauses]


def _with_values(clause: sa.ColumnElement[bool], values: dict[str, Any]) -> sa.ColumnElement[bool]:
    """A copy of `clause` with its bound parameters set to `values`: what `ClauseElement.params`
    did, which SQLAlchemy 2.1 deprecates on anything but a whole statement."""

    def bind(param: sa.BindParameter[Any]) -> None:
        if param.key in values:
            param.value = values[param.key]
            param.required = False

    return visitors.cloned_traverse(clause, {"maintain_key": True}, {"bindparam": bind})


def bound_conditions(
    query: ActionQuery, due_starts_at: Any = None
) -> tuple[tuple[Any, ...], list[sa.ColumnElement[bool]], dict[str, Any]]:
    """The query's filters as WHERE clauses over `Action` with named bound parameters: (the shape,
    the clauses, the parameters' values). Two queries of one shape give the same SQL, so a caller
    may build a statement once per shape and run it with each query's values."""
    return _bound(query, due_starts_at, build=True)


def bound_values(query: ActionQuery) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """`bound_conditions`' shape and values without its clauses, for a caller whose statement of
    this shape is built already: building the clauses per call cost a listing more CPU than its
    values."""
    shape, _, values = _bound(query, None, build=False)
    return shape, values


def _bound(
    query: ActionQuery, due_starts_at: Any, *, build: bool
) -> tuple[tuple[Any, ...], list[sa.ColumnElement[bool]], dict[str, Any]]:
    out: list[sa.ColumnElement[bool]] = []
    values: dict[str, Any] = {}
    shape: list[Any] = []

    if query.committee_ids is not None:
        shape.append("committees")
        values["committee_ids"] = list(query.committee_ids)
        if build:
            out.append(in_ids(col(Action.committee_id), "committee_ids"))
    if query.statuses:
        # one parameter per status (a shape per count of them): an expanding IN is rendered again
        # on every call
        shape.append(("statuses", len(query.statuses)))
        names = [f"status_{i}" for i in range(len(query.statuses))]
        values.update(zip(names, query.statuses, strict=True))
        if build:
            out.append(col(Action.status).in_([sa.bindparam(name) for name in names]))
    if query.assignee_id is not None:
        shape.append("assignee")
        values["assignee_id"] = query.assignee_id
        if build:
            out.append(col(Action.assignee_id) == sa.bindparam("assignee_id"))
    for kind, text, column in (
        ("owner", query.owner_words, Action.owner_text),
        ("search", query.search, Action.text),
    ):
        if not text:
            continue
        words = text.split()
        shape.append((kind, len(words)))
        for i, word in enumerate(words):
            values[f"{kind}_{i}"] = f"%{_like(word)}%"
            if build:
                out.append(col(column).ilike(sa.bindparam(f"{kind}_{i}")))
    if query.due_meeting_ids is not None or query.due_on is not None:
        shape.append(("due", query.due_meeting_ids is not None, query.due_on is not None))
        due: list[sa.ColumnElement[bool]] = []
        if query.due_meeting_ids is not None:
            values["due_meeting_ids"] = list(query.due_meeting_ids)
            due.append(in_ids(col(Action.due_meeting_id), "due_meeting_ids"))
        if query.due_on is not None:
            values["due_on"] = query.due_on
            due.append(col(Action.due_date) == sa.bindparam("due_on"))
        if build:
            out.append(or_(*due) if len(due) > 1 else due[0])
    if not query.include_restricted:
        shape.append("unrestricted")
        if build:
            out.append(col(Action.restricted) == sa.false())
    if query.readable is not None:
        read_shape, readable, read_values = query.readable.bound_clause()
        shape.append(read_shape)
        out.append(readable)
        values.update(read_values)
    if query.requests is not None:
        shape.append("requests")
        values["requests"] = query.requests
        if build:
            out.append(col(Action.is_request) == sa.bindparam("requests"))
    if query.overdue_at is not None:
        # a bound wide enough for any timezone (today where the committee sits is at most the day
        # after the UTC date): the caller keeps what storage.rules.is_overdue says is overdue
        assert due_starts_at is not None or not build, "the overdue bound needs the due meeting joined"
        shape.append("overdue")
        values["day_after"] = query.overdue_at.astimezone(UTC).date() + timedelta(days=1)
        values["overdue_at"] = query.overdue_at
        if build:
            out.append(
                or_(
                    sa.and_(
                        col(Action.due_kind) == DueKind.date,
                        col(Action.due_date) < sa.bindparam("day_after"),
                    ),
                    sa.and_(
                        col(Action.due_kind).in_(list(AT_MEETINGS)),
                        due_starts_at < sa.bindparam("overdue_at"),
                    ),
                )
            )
    return tuple(shape), out, values


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
