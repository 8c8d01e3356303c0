"""`column IN (ids)` with the ids as one bound parameter, whatever their number.

An expanding `IN` binds one parameter per id: a reader's 200 committees cost SQLAlchemy a
re-rendered statement on every call (a fifth of a listing's statement work on PostgreSQL) and the
database a different statement for each number of ids. Here the list is one value: a PostgreSQL
array (`= ANY($1)`), or a JSON array that SQLite reads with `json_each`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal


class IdList(sa.types.TypeDecorator[Sequence[int]]):
    """A list of integer ids as one parameter: an array on PostgreSQL, JSON text elsewhere."""

    impl = sa.String
    cache_ok = True

    def load_dialect_impl(self, dialect: sa.Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.ARRAY(sa.Integer))
        return dialect.type_descriptor(sa.String())

    def process_bind_param(self, value: Sequence[int] | None, dialect: sa.Dialect) -> Any:
        if value is None:
            return None
        if dialect.name == "postgresql":
            return list(value)
        if isinstance(value, tuple):
            return _json_of(value)
        return json.dumps(list(value))


@lru_cache(maxsize=1024)
def _json_of(ids: tuple[int, ...]) -> str:
    """The JSON text of a tuple of ids, remembered: a reader's committees (a tuple kept with their
    read scope, storage/read_scope.py) are the same few hundred ids on every listing."""
    return json.dumps(list(ids))


class InIds(ColumnElement[bool]):
    """`column IN (the ids bound as `name`)`."""

    inherit_cache = True
    type = sa.Boolean()
    _is_implicitly_boolean = True
    _traverse_internals = [  # noqa: RUF012 (SQLAlchemy's declaration)
        ("column", InternalTraversal.dp_clauseelement),
        ("ids", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: Any, ids: sa.BindParameter[Any]) -> None:
        self.column = column
        self.ids = ids


def in_ids(column: Any, name: str, value: Sequence[int] | None = None) -> InIds:
    """`column IN (ids)`, the ids bound as the parameter `name` (a list of ints)."""
    ids = (
        sa.bindparam(name, type_=IdList())
        if value is None
        else sa.bindparam(name, list(value), type_=IdList())
    )
    return InIds(sa.sql.coercions.expect(sa.sql.roles.ExpressionElementRole, column), ids)


@compiles(InIds)
def _in_json(element: InIds, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{compiler.process(element.column, **kw)} IN (SELECT value FROM json_each({compiler.process(element.ids, **kw)}))"


@compiles(InIds, "postgresql")
def _any_array(element: InIds, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{compiler.process(element.column, **kw)} = ANY({compiler.process(element.ids, **kw)})"
