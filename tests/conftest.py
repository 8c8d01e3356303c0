"""Shared fixtures: a fresh store on SQLite and on a real PostgreSQL server, and a frozen clock."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest

from storage.db import Database
from storage.migrate import upgrade
from tests.support.postgres import PostgresServer, start_postgres

NOW = datetime(2024, 1, 15, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = start_postgres()
    try:
        yield server
    finally:
        server.stop()


async def _create_database(server: PostgresServer) -> str:
    name = f"t_{uuid.uuid4().hex[:12]}"
    conn = await asyncpg.connect(host="127.0.0.1", port=server.port, user="postgres", database="postgres")
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return server.url(name)


def _new_pg_database(server: PostgresServer) -> str:
    url = asyncio.run(_create_database(server))
    upgrade(url)
    return url


def _new_sqlite_database(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'store.db'}"
    upgrade(url)
    return url


@pytest.fixture
def pg_url(postgres: PostgresServer) -> str:
    """A new, empty PostgreSQL database on the session's server, migrated to head."""
    return _new_pg_database(postgres)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return _new_sqlite_database(tmp_path)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return _new_sqlite_database(tmp_path)
    return _new_pg_database(request.getfixturevalue("postgres"))


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[Database]:
    """The store, migrated to head: every test using it runs on SQLite and on PostgreSQL."""
    database = Database(db_url)
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
def now() -> datetime:
    return NOW
