"""PostgreSQL's pooled connections: pinged at checkout only after a rest (a connection the
server dropped while it rested is replaced before a command gets it), and no transaction for a
command's lookups."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from storage import db as db_module
from storage.db import Database


async def _terminate_others(url: str) -> int:
    """Ends every other session of the database, as a server restart or a failover would.

    Returns once those backends have exited (pg_terminate_backend's timeout waits for it) and
    this loop has had a moment to read the closed sockets: without that wait, the next statement
    could race the server's goodbye and find asyncpg between states ("another operation is in
    progress"), a case no checkout can see."""
    parsed = make_url(url)
    conn = await asyncpg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, database=parsed.database
    )
    try:
        rows = await conn.fetch(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    finally:
        await conn.close()
    await asyncio.sleep(0.2)
    return len(rows)


def _count_pings(database: Database, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    pings: list[int] = []
    dialect = database.engine.sync_engine.dialect
    real = dialect.do_ping

    def counted(dbapi_conn: Any) -> bool:
        pings.append(1)
        return real(dbapi_conn)

    monkeypatch.setattr(dialect, "do_ping", counted)
    return pings


async def test_a_connection_dropped_while_it_rested_is_replaced(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Database(pg_url)
    try:
        async with database.read() as session:
            await session.execute(sa.text("select 1"))
        assert await _terminate_others(pg_url) >= 1
        monkeypatch.setattr(db_module, "PING_AFTER_IDLE", 0.0)
        async with database.read() as session:
            assert (await session.execute(sa.text("select 41 + 1"))).scalar_one() == 42
    finally:
        await database.dispose()


async def test_a_connection_the_server_closed_is_replaced_without_waiting_for_a_rest(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restart closes the pooled connections moments after their last use: asyncpg knows, and
    no ping is needed to replace them (the restart drill of tests/drills relies on it)."""
    database = Database(pg_url)
    try:
        async with database.read() as session:
            await session.execute(sa.text("select 1"))
        assert await _terminate_others(pg_url) >= 1
        monkeypatch.setattr(db_module, "PING_AFTER_IDLE", 3600.0)
        pings = _count_pings(database, monkeypatch)
        async with database.read() as session:
            assert (await session.execute(sa.text("select 41 + 1"))).scalar_one() == 42
        assert pings == []
    finally:
        await database.dispose()


async def test_a_connection_in_steady_use_is_not_pinged(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    database = Database(pg_url)
    try:
        pings = _count_pings(database, monkeypatch)
        for _ in range(5):
            async with database.read() as session:
                await session.execute(sa.text("select 1"))
        assert pings == []
        monkeypatch.setattr(db_module, "PING_AFTER_IDLE", 0.0)
        async with database.read() as session:
            await session.execute(sa.text("select 1"))
        assert pings == [1]
    finally:
        await database.dispose()


async def test_a_lookup_holds_no_transaction_open_on_postgresql(pg_url: str) -> None:
    """A command's lookups run in autocommit (READ COMMITTED gives them no snapshot beyond each
    statement's own): no BEGIN and COMMIT round trips. A write's transaction is unchanged."""
    # now() is when the transaction began: moments ago in autocommit, before the sleep in one
    probe = sa.text("select clock_timestamp() - now() < interval '100 milliseconds'")
    database = Database(pg_url)
    try:
        async with database.lookup() as session:
            await session.execute(sa.text("select pg_sleep(0.2)"))
            assert (await session.execute(probe)).scalar_one() is True
        async with database.transaction() as session:
            await session.execute(sa.text("select pg_sleep(0.2)"))
            assert (await session.execute(probe)).scalar_one() is False
    finally:
        await database.dispose()
