"""A command's lookups (`Database.lookup`) run without a transaction of their own; a write's
transaction still commits or rolls back whole, on SQLite and PostgreSQL."""

from __future__ import annotations

import aiosqlite
import pytest
import sqlalchemy as sa

from storage.db import Database


async def _in_transaction(session: object) -> bool:
    conn = await session.connection()  # type: ignore[attr-defined]
    raw = await conn.get_raw_connection()
    driver = raw.driver_connection
    assert isinstance(driver, aiosqlite.Connection)
    return bool(driver.in_transaction)


async def test_a_lookup_on_sqlite_opens_no_transaction(sqlite_url: str) -> None:
    database = Database(sqlite_url)
    try:
        async with database.lookup() as session:
            await session.execute(sa.text("select 1"))
            assert not await _in_transaction(session)
        async with database.read() as session:
            await session.execute(sa.text("select 1"))
            assert await _in_transaction(session)
    finally:
        await database.dispose()


async def test_a_failed_write_is_rolled_back_and_a_lookup_sees_only_what_committed(db: Database) -> None:
    async with db.transaction() as session:
        await session.execute(sa.text("create table probe (x integer)"))
    async with db.transaction() as session:
        await session.execute(sa.text("insert into probe values (1)"))
    with pytest.raises(RuntimeError):
        async with db.transaction() as session:
            await session.execute(sa.text("insert into probe values (2)"))
            raise RuntimeError("the unit of work fails")
    async with db.lookup() as session:
        assert (await session.execute(sa.text("select x from probe"))).scalars().all() == [1]
    async with db.transaction() as session:
        await session.execute(sa.text("insert into probe values (3)"))
    async with db.lookup() as session:
        assert (await session.execute(sa.text("select x from probe order by x"))).scalars().all() == [1, 3]
