"""Core statements run on the database driver itself, for the hot paths of every command.

SQLAlchemy's path for one statement (an execution context, a cursor adapted over the async
driver, a greenlet switch, a result object) costs about 0.4-0.7 ms of CPU, several times what
SQLite or PostgreSQL spend on a listing's page. Here a statement is compiled once per dialect by
SQLAlchemy itself (so its SQL, its parameter order and its types' conversions are SQLAlchemy's,
exactly as `session.execute` would use them), and run in the session's own transaction as one
call to the driver: on SQLite, on the loop's own thread (see below), a prepared statement from
SQLAlchemy's own cache on asyncpg.

On SQLite a statement here runs on aiosqlite's `sqlite3` connection directly, not through a trip
to aiosqlite's thread: a trip (queue, thread wake-up, the loop woken by its self-pipe) cost more
CPU than the statement (a listing's page is about 0.3 ms of SQLite, a lookup 10 us). The
connection is checked out to this session, whose statements are awaited one at a time, so the
thread is idle meanwhile (the connection is opened with `check_same_thread=False`: storage/db.py).
Nothing run here waits for a lock on the loop: a read never waits in WAL mode, and a write runs
inline only inside a transaction, which took SQLite's write lock at BEGIN IMMEDIATE (that BEGIN,
COMMIT and a write outside a transaction still go to aiosqlite's thread).

Two kinds of statement:
- built once, with named `bindparam`s (`rows(session, STATEMENT, {"name": value})`): compiled once,
  keyed by the statement object (a module's constant, or one of a few built per shape of a
  listing); nothing is built per call;
- built per call (`rows(session, statement)`): keyed by SQLAlchemy's cache key, as its own
  compiled cache is, so a listing's filters stay written once (storage.actions.conditions).

A driver error is raised as SQLAlchemy's (`IntegrityError`, `OperationalError`, ...), so
`Database.run` replays what it replayed before. Rows are plain tuples, converted by the result
processors of the columns' types (UTC datetimes, enums, booleans).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

import aiosqlite
import sqlalchemy as sa
from sqlalchemy.orm import attributes, make_transient_to_detached
from sqlalchemy.sql.compiler import SQLCompiler
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.lookup_models import LookupVersion
from storage.models import UTCDateTime

M = TypeVar("M", bound=SQLModel)


@dataclass(frozen=True)
class _Compiled:
    compiled: SQLCompiler
    sql: str
    positions: tuple[str, ...]
    binds: Mapping[str, Any]
    results: tuple[tuple[int, Callable[[Any], Any]], ...]
    """(position, processor) of each result column whose type converts what the driver gives."""
    expands: bool
    writes: bool


_BUILT_ONCE: dict[tuple[str, int], tuple[sa.Executable, _Compiled]] = {}
_BY_KEY: dict[tuple[str, Any], _Compiled] = {}
_MAX_KEYS = 2_000

OBSERVERS: list[Callable[[str], None]] = []
"""Called with each statement's SQL before it runs: SQLAlchemy's cursor events don't see these
(the statement counts of tests/core/test_statement_counts.py listen here too)."""


def _compile(stmt: sa.Executable, dialect: sa.Dialect, cache_key: Any = None) -> _Compiled:
    compiled = stmt.compile(dialect=dialect, cache_key=cache_key)  # type: ignore[attr-defined]
    assert isinstance(compiled, SQLCompiler)
    results = tuple(
        (i, process)
        for i, rc in enumerate(compiled._result_columns or ())
        if (process := _result_processor(rc[3], dialect)) is not None
    )
    return _Compiled(
        compiled=compiled,
        sql=compiled.string,
        positions=tuple(compiled.positiontup or ()),
        binds=compiled._bind_processors,
        results=results,
        expands=bool(compiled.post_compile_params or compiled.literal_execute_params),
        writes=bool(compiled.isinsert or compiled.isupdate or compiled.isdelete),
    )


def _prepared(stmt: sa.Executable, dialect: sa.Dialect, built_once: bool) -> tuple[_Compiled, Any]:
    """The compiled form, and the values bound in this statement (a cache key's) or None."""
    if built_once:
        key = (dialect.name, id(stmt))
        found = _BUILT_ONCE.get(key)
        if found is None or found[0] is not stmt:
            if len(_BUILT_ONCE) >= _MAX_KEYS:
                _BUILT_ONCE.clear()
            found = _BUILT_ONCE[key] = (stmt, _compile(stmt, dialect))
        return found[1], None
    cache_key = stmt._generate_cache_key()  # type: ignore[attr-defined]
    assert cache_key is not None, "a statement that SQLAlchemy can't cache"
    by = (dialect.name, cache_key.key)
    compiled = _BY_KEY.get(by)
    if compiled is None:
        if len(_BY_KEY) >= _MAX_KEYS:
            _BY_KEY.clear()
        compiled = _BY_KEY[by] = _compile(stmt, dialect, cache_key)
    return compiled, cache_key.bindparams


def _statement(c: _Compiled, params: Mapping[str, Any] | None, extracted: Any) -> tuple[str, list[Any]]:
    values: MutableMapping[str, Any] = c.compiled.construct_params(
        params, extracted_parameters=extracted, escape_names=False
    )
    sql, positions, binds = c.sql, c.positions, c.binds
    bound: Mapping[str, Any] = values
    if c.expands:
        expanded = c.compiled._process_parameters_for_postcompile(values)
        sql, positions, bound = expanded.statement, tuple(expanded.positiontup or ()), expanded.parameters
        binds = {**binds, **expanded.processors}
    out = []
    for name in positions:
        value = bound[name]
        process = binds.get(name)
        out.append(value if process is None or value is None else process(value))
    return sql, out


async def rows(
    session: AsyncSession, stmt: sa.Executable, params: Mapping[str, Any] | None = None
) -> list[tuple[Any, ...]]:
    """The rows `stmt` returns (a SELECT, or DML with RETURNING), run on the driver in the
    session's transaction. With `params`, `stmt` is one built once (a module's constant) whose
    `bindparam`s they fill; without, one built for this call."""
    info = session.info
    if ASSUMED_VERSION in info:
        return await _confirming(session, info.pop(ASSUMED_VERSION), stmt, params)
    conn = await session.connection()
    dialect = conn.dialect
    compiled, extracted = _prepared(stmt, dialect, params is not None)
    sql, args = _statement(compiled, params, extracted)
    for observe in OBSERVERS:
        observe(sql)
    raw = await conn.get_raw_connection()
    driver = raw.driver_connection
    if isinstance(driver, aiosqlite.Connection):
        try:
            if compiled.writes and not driver.in_transaction:
                found: Iterable[Any] = await driver.execute_fetchall(sql, args)
            else:
                found = driver._conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise sa.exc.DBAPIError.instance(sql, args, exc, sqlite3.Error) from exc
    else:
        found = await _asyncpg_fetch(raw.dbapi_connection, dialect, sql, args)
    results = compiled.results
    if not results:
        return [tuple(r) for r in found]
    out = []
    for r in found:
        row = list(r)
        for i, process in results:
            if row[i] is not None:
                row[i] = process(row[i])
        out.append(tuple(row))
    return out


ASSUMED_VERSION = "committee_bot_assumed_lookup_version"
"""`session.info` key: the lookup version (storage/lookups.py) this session took as current
without reading it (`lookups.assume_current`); its next statement reads it beside its rows."""


class VersionMoved(Exception):
    """The lookup version a session assumed had moved by its first statement: what was looked up
    from the cache may be late, so the unit of work starts again and looks it up."""


_LV = sa.inspect(LookupVersion).local_table
_VERSION = sa.select(_LV.c.n).where(_LV.c.id == 1)
_VERSION_COLUMN = _VERSION.scalar_subquery().label("committee_bot_lookup_version")
_WITH_VERSION: dict[sa.Select[Any], sa.Select[Any]] = {}


async def _confirming(
    session: AsyncSession, assumed: int, stmt: sa.Executable, params: Mapping[str, Any] | None
) -> list[tuple[Any, ...]]:
    """`rows`, checking the assumed version in the same statement (one snapshot) when it is a
    SELECT, else in a statement of its own first; raises VersionMoved when it moved. A SELECT
    that finds nothing has no row to carry it, so the version is read after, on its own."""
    if not isinstance(stmt, sa.Select) or params is None:
        await confirm(session, assumed)
        return await rows(session, stmt, params)
    with_version = _WITH_VERSION.get(stmt)
    if with_version is None:
        if len(_WITH_VERSION) >= _MAX_KEYS:
            _WITH_VERSION.clear()
        with_version = _WITH_VERSION[stmt] = stmt.add_columns(_VERSION_COLUMN)
    found = await rows(session, with_version, params)
    if not found:
        await confirm(session, assumed)
        return found
    if found[0][-1] != assumed:
        raise VersionMoved
    return [r[:-1] for r in found]


async def confirm(session: AsyncSession, assumed: int | None = None) -> None:
    """Read the version a session assumed (if it still holds one); VersionMoved if it moved."""
    if assumed is None:
        assumed = session.info.pop(ASSUMED_VERSION, None)
        if assumed is None:
            return
    if (await rows(session, _VERSION, {}))[0][0] != assumed:
        raise VersionMoved


def _result_processor(type_: Any, dialect: sa.Dialect) -> Callable[[Any], Any] | None:
    """What converts a column's value from the driver: the type's own result processor, except for
    our UTC timestamps, whose conversion is done here in one call (SQLAlchemy's wraps SQLite's
    text parser in the type decorator's: three Python calls a value, a tenth of a listing's rows)."""
    if isinstance(type_, UTCDateTime):
        return _utc_from_text if dialect.name == "sqlite" else _utc
    process: Callable[[Any], Any] | None = type_._cached_result_processor(dialect, None)
    return process


def _utc_from_text(value: Any) -> datetime:
    """`UTCDateTime`'s value from SQLite's text (SQLAlchemy's own SQLite DATETIME parser is
    `datetime.fromisoformat` too), as `UTCDateTime.process_result_value` gives it."""
    if not isinstance(value, str):
        return _utc(value)
    return _utc(datetime.fromisoformat(value))


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value if value.tzinfo is UTC else value.astimezone(UTC)


async def _asyncpg_fetch(adapted: Any, dialect: sa.Dialect, sql: str, args: list[Any]) -> Sequence[Any]:
    """What SQLAlchemy's asyncpg cursor does for one statement, less the cursor: the connection's
    lock, the transaction begun when none is yet, and its cache of prepared statements."""
    async with adapted._execute_mutex:
        try:
            if adapted._transaction is None:
                await adapted._start_transaction()
            prepared, _ = await adapted._prepare(sql, getattr(dialect, "_invalidate_schema_cache_asof", 0))
            return list(await prepared.fetch(*args))
        except Exception as exc:
            try:
                adapted._handle_exception(exc)
            except dialect.loaded_dbapi.Error as translated:
                raise sa.exc.DBAPIError.instance(sql, args, translated, dialect.loaded_dbapi.Error) from exc
            raise


def model_columns(cls: type[SQLModel]) -> list[tuple[str, sa.ColumnElement[Any]]]:
    """(attribute, column) of each column a model maps, for a select whose rows `detached` takes."""
    return [(a.key, a.columns[0]) for a in sa.inspect(cls).column_attrs]


def detached(cls: type[M], values: Mapping[str, Any]) -> M:
    """A detached instance of a table model holding these column values, made as the ORM's loader
    makes one (no `__init__`: SQLModel's validating constructor costs ~0.1 ms an object, this
    ~7 us). Changing it changes nothing in the store; adding it to a session updates its row."""
    obj: M = attributes.manager_of_class(cls).new_instance()
    obj.__dict__.update(values)
    make_transient_to_detached(obj)
    return obj
