"""The hot statements of storage/driver_sql.py on SQLite: run on the loop's thread, with the
transaction rules of the session they run in (a write inside a transaction commits or rolls back
with it; a write outside one still goes to aiosqlite's thread, where waiting for the lock blocks
nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import aiosqlite
import pytest
import sqlalchemy as sa

from storage import driver_sql
from storage.db import Database

_PROBE = sa.table("probe", sa.column("x", sa.Integer))
_READ = sa.select(_PROBE.c.x).order_by(_PROBE.c.x)
_WRITE = sa.insert(_PROBE).values(x=sa.bindparam("x")).returning(_PROBE.c.x)


@contextmanager
def thread_trips() -> Iterator[list[str]]:
    """The calls queued to aiosqlite's thread meanwhile."""
    trips: list[str] = []
    queue = aiosqlite.Connection._execute

    async def counted(self: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
        trips.append(getattr(fn, "__name__", repr(fn)))
        return await queue(self, fn, *args, **kwargs)  # type: ignore[no-untyped-call]

    aiosqlite.Connection._execute = counted  # type: ignore[method-assign]
    try:
        yield trips
    finally:
        aiosqlite.Connection._execute = queue  # type: ignore[method-assign]


@pytest.fixture
async def store(sqlite_url: str) -> Any:
    database = Database(sqlite_url)
    async with database.transaction() as session:
        await session.execute(sa.text("create table probe (x integer)"))
    try:
        yield database
    finally:
        await database.dispose()


async def test_a_lookups_reads_make_no_trip_to_aiosqlites_thread(store: Database) -> None:
    async with store.lookup() as session:
        await driver_sql.rows(session, _READ, {})  # the connection is checked out and opened
        with thread_trips() as trips:
            assert await driver_sql.rows(session, _READ, {}) == []
            assert await driver_sql.rows(session, _READ, {}) == []
    assert trips == []


async def test_a_write_in_a_transaction_runs_inline_and_rolls_back_with_it(store: Database) -> None:
    with pytest.raises(RuntimeError):
        async with store.transaction() as session:
            await session.connection()  # BEGIN IMMEDIATE: a trip, as it may wait for the lock
            with thread_trips() as trips:
                assert await driver_sql.rows(session, _WRITE, {"x": 1}) == [(1,)]
            assert trips == []
            raise RuntimeError("the unit of work fails")
    async with store.transaction() as session:
        await driver_sql.rows(session, _WRITE, {"x": 2})
    async with store.lookup() as session:
        assert await driver_sql.rows(session, _READ, {}) == [(2,)]


async def test_a_write_outside_a_transaction_goes_to_aiosqlites_thread(store: Database) -> None:
    async with store.lookup() as session:
        await driver_sql.rows(session, _READ, {})
        with thread_trips() as trips:
            assert await driver_sql.rows(session, _WRITE, {"x": 3}) == [(3,)]
        assert trips == ["_execute_fetchall"]
    async with store.lookup() as session:
        assert await driver_sql.rows(session, _READ, {}) == [(3,)]


async def test_a_driver_error_is_raised_as_sqlalchemys(store: Database) -> None:
    bad = sa.select(sa.table("no_such_table", sa.column("x")).c.x)
    async with store.lookup() as session:
        with pytest.raises(sa.exc.OperationalError, match="no_such_table"):
            await driver_sql.rows(session, bad)
