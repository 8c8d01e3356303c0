"""The database handle: one async engine, and transactions that retry a lost race.

Every change runs inside `Database.transaction()`. A write that loses a race (the action's version
moved on, or SQLite reports the database busy) raises `ConcurrentUpdate`; `Database.run` replays the
whole unit of work on fresh rows, so both of two concurrent changes land and neither is lost.

On SQLite a transaction takes the write lock at BEGIN (BEGIN IMMEDIATE). Within one process the
transactions also queue on an asyncio lock first: waiting there is a FIFO hand-over, where waiting in
SQLite's busy handler is a sleep-and-poll with growing sleeps (up to 100 ms) that starves a busy
server. `Database.read()` is for lookups that change nothing: a deferred BEGIN and no queue, since
WAL readers never block writers or each other.
"""

from __future__ import annotations

import asyncio
import contextvars
import random
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.util import await_only
from sqlmodel.ext.asyncio.session import AsyncSession

T = TypeVar("T")

DEFAULT_SQLITE_URL = "sqlite+aiosqlite:///committee-bot.db"


_HOLDS_WRITE_LOCK: contextvars.ContextVar[bool] = contextvars.ContextVar("holds_write_lock", default=False)
_READ_OPTION = "committee_bot_read_only"
_LOOKUP_OPTION = "committee_bot_lookup"


class ConcurrentUpdate(Exception):
    """Another transaction changed the row first; the unit of work should be replayed."""


def normalise_url(url: str) -> str:
    """Accept the plain scheme names people paste and pick the async drivers."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url.removeprefix("postgres://")
    if url.startswith("postgresql://"):
        url = "postgresql+asyncpg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite://") and not url.startswith("sqlite+aiosqlite://"):
        url = "sqlite+aiosqlite://" + url.removeprefix("sqlite://")
    return url


def safe_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


class Database:
    def __init__(self, url: str, *, echo: bool = False, pool_size: int = 10) -> None:
        self.url = normalise_url(url)
        parsed = make_url(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            # the hot statements run on the loop's thread, on a connection aiosqlite's thread opened
            # and is idle on meanwhile (storage/driver_sql.py)
            kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
        else:
            kwargs.update(pool_size=pool_size, max_overflow=pool_size)
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        if not self.is_sqlite:
            _ping_when_idle(self.engine.sync_engine)
        if self.is_sqlite:
            sa.event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            sa.event.listen(self.engine.sync_engine, "begin", _sqlite_begin_immediate)
            _sqlite_ends_only_open_transactions(self.engine.sync_engine.dialect)
        self._sessions = async_sessionmaker(self.engine, class_=AsyncSession, expire_on_commit=False)
        self._read_sessions = async_sessionmaker(
            self.engine.execution_options(**{_READ_OPTION: True}), class_=AsyncSession, expire_on_commit=False
        )
        lookup_options = {_LOOKUP_OPTION: True} if self.is_sqlite else {"isolation_level": "AUTOCOMMIT"}
        self._lookup_sessions = async_sessionmaker(
            self.engine.execution_options(**lookup_options), class_=AsyncSession, expire_on_commit=False
        )
        self._write_lock: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None

    async def dispose(self) -> None:
        await self.engine.dispose()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        if not self.is_sqlite or _HOLDS_WRITE_LOCK.get():
            async with self._sessions() as session, session.begin():
                yield session
            return
        async with self._lock():
            token = _HOLDS_WRITE_LOCK.set(True)
            try:
                async with self._sessions() as session, session.begin():
                    yield session
            finally:
                _HOLDS_WRITE_LOCK.reset(token)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """A transaction for lookups only: on SQLite a deferred BEGIN that doesn't queue for the
        write lock. Writing in it may fail with "database is locked"; use `transaction()` or `run()`."""
        if not self.is_sqlite:
            async with self.transaction() as session:
                yield session
            return
        async with self._read_sessions() as session, session.begin():
            yield session

    @asynccontextmanager
    async def lookup(self) -> AsyncIterator[AsyncSession]:
        """`read()` for a command's lookups, which are a few plain statements, each run in its own
        implicit transaction: no BEGIN and COMMIT (round trips on PostgreSQL, trips to aiosqlite's
        thread on SQLite). At PostgreSQL's READ COMMITTED each statement saw its own snapshot inside
        a transaction too; on SQLite the lookups' statements may now see two snapshots, as two
        commands a moment apart would. Not for a streamed result (a server-side cursor needs a
        transaction) nor for writes."""
        async with self._lookup_sessions() as session, session.begin():
            yield session

    async def ping(self) -> None:
        """One round trip to the database; raises when it can't be reached."""
        async with self.transaction() as session:
            await session.execute(sa.text("select 1"))

    def _lock(self) -> asyncio.Lock:
        """The in-process queue for SQLite's write lock, one per event loop (tests run several)."""
        loop = asyncio.get_running_loop()
        if self._write_lock is None or self._write_lock[0] is not loop:
            self._write_lock = (loop, asyncio.Lock())
        return self._write_lock[1]

    async def run(self, work: Callable[[AsyncSession], Awaitable[T]], *, attempts: int = 8) -> T:
        """Run `work` in one transaction, replaying it when it loses a race.

        A unique-key violation counts as a lost race too (two first sightings of one new user
        inserting the same Slack id), but is replayed only twice: work that re-reads before it
        inserts then finds the winner's row, and a real constraint error still surfaces.
        """
        unique_replays = 2
        for attempt in range(attempts):
            try:
                async with self.transaction() as session:
                    return await work(session)
            except ConcurrentUpdate:
                if attempt == attempts - 1:
                    raise
            except IntegrityError:
                unique_replays -= 1
                if unique_replays < 0 or attempt == attempts - 1:
                    raise
            except OperationalError as exc:
                if not _is_busy(exc) or attempt == attempts - 1:
                    raise
            await asyncio.sleep(random.uniform(0.005, 0.03) * (attempt + 1))
        raise AssertionError("unreachable")


def _is_busy(exc: OperationalError) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "deadlock" in text or "could not serialize" in text


PING_AFTER_IDLE = 5.0
"""Seconds a pooled PostgreSQL connection may rest before its next checkout pings it first."""


def _ping_when_idle(engine: sa.Engine) -> None:
    """Ping a pooled connection at checkout only when it has rested a while.

    SQLAlchemy's `pool_pre_ping` pings at every checkout: three round trips on asyncpg (begin,
    `;`, rollback), about 5% of a listing's CPU. A connection the server closed (a restart, a
    terminated backend) is known to asyncpg without a round trip, and is replaced; one that rested
    (and may have been dropped without a word, e.g. by a firewall) is pinged first, as
    `pool_pre_ping` would."""
    dialect = engine.dialect

    def rested(_dbapi_conn: Any, record: Any, *_: Any) -> None:
        record.info["rested_since"] = time.monotonic()

    def checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        driver = getattr(dbapi_conn, "_connection", None)
        if driver is not None and driver.is_closed():
            raise sa.exc.DisconnectionError("the server closed this pooled connection")
        since = record.info.get("rested_since")
        if since is not None and time.monotonic() - since < PING_AFTER_IDLE:
            return
        try:
            dialect.do_ping(dbapi_conn)
        except Exception as exc:
            raise sa.exc.DisconnectionError(f"a pooled connection failed its ping: {exc}") from exc

    sa.event.listen(engine, "connect", rested)
    sa.event.listen(engine, "checkin", rested)
    sa.event.listen(engine, "checkout", checkout)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # aiosqlite opens in the legacy transaction mode; let SQLAlchemy's "begin" hook control it
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA cache_size=-16384")
    cur.close()


def _sqlite_ends_only_open_transactions(dialect: sa.Dialect) -> None:
    """COMMIT and ROLLBACK only a connection in a transaction. Python's sqlite3 does nothing
    for one that isn't, but on aiosqlite asking costs a trip to its thread: the pool's rollback of
    every connection it takes back after a commit, and a lookup's commit (it ran no BEGIN)."""
    commit, rollback = dialect.do_commit, dialect.do_rollback

    def in_transaction(dbapi_conn: Any) -> bool:
        driver = getattr(dbapi_conn, "driver_connection", None)
        return not isinstance(driver, aiosqlite.Connection) or driver.in_transaction

    def do_commit(dbapi_conn: Any) -> None:
        if in_transaction(dbapi_conn):
            commit(dbapi_conn)

    def do_rollback(dbapi_conn: Any) -> None:
        if in_transaction(dbapi_conn):
            rollback(dbapi_conn)

    setattr(dialect, "do_commit", do_commit)  # noqa: B010 (an instance's method, replaced)
    setattr(dialect, "do_rollback", do_rollback)  # noqa: B010


def _sqlite_begin_immediate(conn: Any) -> None:
    """Take SQLite's write lock at BEGIN, so concurrent writers queue instead of failing late
    (a plain deferred BEGIN for `Database.read()`).

    On aiosqlite the BEGIN goes to the driver directly: one trip to its thread, where SQLAlchemy's
    statement path takes three (open a cursor, execute, close it) and an execution context; every
    command pays it once per transaction. Its error is raised as SQLAlchemy's, as before."""
    options = conn.get_execution_options()
    if options.get(_LOOKUP_OPTION):
        return
    sql = "BEGIN" if options.get(_READ_OPTION) else "BEGIN IMMEDIATE"
    driver = conn.connection.driver_connection
    if not isinstance(driver, aiosqlite.Connection):
        conn.exec_driver_sql(sql)
        return
    try:
        await_only(driver.execute_fetchall(sql))
    except sqlite3.Error as exc:
        raise sa.exc.DBAPIError.instance(sql, None, exc, sqlite3.Error) from exc
