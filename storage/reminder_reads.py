"""Reading thousands of rows as plain values, without SQLAlchemy's result processing.

A scheduler tick with every digest due reads ~14,000 live actions. SQLAlchemy converts each value
of a `UTCDateTime`, `Enum`, and (on SQLite) `Date` or `Boolean` column with a Python call, which
cost more than the query itself. `plain(column)` selects a column as the driver returns it; the
functions below convert such values exactly as the column's type would (SQLite stores times and
dates as ISO text, PostgreSQL returns them as objects), cheaply enough to apply in a loop.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any, TypeVar

import sqlalchemy as sa

E = TypeVar("E", bound=enum.Enum)


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
