"""The generated store on SQLite and on a throwaway PostgreSQL server, with a fresh copy for each part
of a run: a part that changes the store (`done`, the tick's ledger, the fan-out) leaves nothing
for the next one to find.

SQLite: the generated file is cached in bench/.cache (bench/generate.py) and copied. PostgreSQL: the
store is written once per run with COPY into a database of its own, and each part gets a
`CREATE DATABASE ... TEMPLATE` copy of it (a file copy in the server).
"""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bench.generate import Shape, sqlite_store, write_postgres

Fresh = Callable[[str], Awaitable[str]]
"""A fresh copy of the generated store for one part of the run (its name): the URL."""


@dataclass
class Store:
    fresh: Fresh
    setup: str
    """How the store was made, and how long that took."""


class SqliteStores:
    def __init__(self, workdir: Path, now: datetime) -> None:
        self.workdir = workdir
        self.now = now

    async def make(self, scale: float) -> Store:
        print(f"[sqlite] store: {Shape.at(scale).describe()} ...", flush=True)
        where = self.workdir / f"sqlite-{scale:g}"
        where.mkdir(exist_ok=True)
        path, took = await asyncio.to_thread(sqlite_store, scale, where, self.now)

        async def fresh(part: str) -> str:
            """A copy for `part`; the copies of the parts before are done with, except those of the
            same group (`serve` and `serve-baseline0` run side by side)."""
            group = part.split("-")[0]
            for old in where.glob("*.db*"):
                if old != path and old.name.split(".")[0].split("-")[0] != group:
                    old.unlink()
            copy = where / f"{part}.db"
            await asyncio.to_thread(shutil.copyfile, path, copy)
            return f"sqlite+aiosqlite:///{copy}"

        return Store(fresh, f"generated in {took:.1f} s" if took is not None else "cached")


class PostgresStores:
    def __init__(self, port: int, url: Callable[[str], str], now: datetime) -> None:
        self.port = port
        self.url = url
        self.now = now

    async def sql(self, statement: str) -> None:
        import asyncpg  # type: ignore[import-untyped]

        conn = await asyncpg.connect(host="127.0.0.1", port=self.port, user="postgres", database="postgres")
        try:
            await conn.execute(statement)
        finally:
            await conn.close()

    async def make(self, scale: float) -> Store:
        print(f"[postgres] store: {Shape.at(scale).describe()} ...", flush=True)
        template = f"bench_{scale:g}".replace(".", "_")
        await self.sql(f'CREATE DATABASE "{template}"')
        start = time.perf_counter()
        await write_postgres(self.url(template), Shape.at(scale), self.now)
        took = time.perf_counter() - start

        async def fresh(part: str) -> str:
            name = f"{template}_{part}"
            await self.sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
            return self.url(name)

        return Store(fresh, f"generated in {took:.1f} s (COPY)")


@asynccontextmanager
async def postgres(now: datetime) -> AsyncIterator[PostgresStores]:
    from tests.support.postgres import start_postgres

    print("[postgres] starting a server ...", flush=True)
    server = await asyncio.to_thread(start_postgres)
    try:
        yield PostgresStores(server.port, server.url, now)
    finally:
        await asyncio.to_thread(server.stop)
