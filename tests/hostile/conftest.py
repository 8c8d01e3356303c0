"""A hostile web site on 127.0.0.1: huge and slow bodies, compression bombs, redirects inward."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from aiohttp import web

from tests.hostile.hostile_files import gzip_bomb
from tests.slack.conftest import MINUTES

MB = 1_000_000
HUGE = 300 * MB

LOOPBACK_SPELLINGS = [
    "127.0.0.1",
    "127.1",
    "127.0.1",
    "0x7f.1",
    "0x7f000001",
    "0177.0.0.1",
    "2130706433",
    "017700000001",
    "127.255.255.254",
    "[::1]",
    "[0:0:0:0:0:0:0:1]",
    "[::ffff:127.0.0.1]",
    "[::ffff:7f00:1]",
    "[64:ff9b::127.0.0.1]",
    "[2002:7f00:1::]",
    "[::127.0.0.1]",
    "localhost",
    "LOCALHOST.",
    "minutes.localhost",
    "0.0.0.0",
    "0",
]


@dataclass
class HostileSite:
    port: int = 0
    hits: Counter[str] = field(default_factory=Counter)
    sent: Counter[str] = field(default_factory=Counter)
    """Bytes each path managed to send before the client hung up."""

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}/{path.lstrip('/')}"

    @property
    def total_hits(self) -> int:
        return sum(self.hits.values())


async def _stream(request: web.Request, site: HostileSite, *, declared: bool) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/plain"})
    if declared:
        response.content_length = HUGE
    await response.prepare(request)
    chunk = b"RESOLVED: That the report be noted.\n" * 28_000  # about 1 MB
    try:
        while site.sent[request.path] < HUGE:
            await response.write(chunk)
            site.sent[request.path] += len(chunk)
    except (ConnectionError, asyncio.CancelledError):
        pass
    return response


@functools.cache
def _bomb() -> bytes:
    return gzip_bomb(HUGE)


@pytest.fixture
async def hostile_site() -> AsyncIterator[HostileSite]:
    site = HostileSite()
    bomb = _bomb()
    closing = asyncio.Event()

    async def minutes(request: web.Request) -> web.Response:
        return web.Response(text=MINUTES, content_type="text/plain")

    async def huge(request: web.Request) -> web.StreamResponse:
        return await _stream(request, site, declared=False)

    async def huge_declared(request: web.Request) -> web.StreamResponse:
        return await _stream(request, site, declared=True)

    async def gzip(request: web.Request) -> web.Response:
        return web.Response(body=bomb, headers={"Content-Type": "text/plain", "Content-Encoding": "gzip"})

    async def brotli(request: web.Request) -> web.Response:
        return web.Response(
            body=b"\x0b" * 100, headers={"Content-Type": "text/plain", "Content-Encoding": "br"}
        )

    async def drip(request: web.Request) -> web.StreamResponse:
        """One byte every 5 s, for 70 s."""
        response = web.StreamResponse(headers={"Content-Type": "text/plain"})
        await response.prepare(request)
        try:
            for _ in range(14):
                await response.write(b"R")
                site.sent[request.path] += 1
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(closing.wait(), 5)
                if closing.is_set():
                    break
        except (ConnectionError, asyncio.CancelledError):
            pass
        return response

    async def redirect(request: web.Request) -> web.Response:
        raise web.HTTPFound(request.query["to"])

    async def loop(request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop")

    @web.middleware
    async def count(request: web.Request, handler: web.RequestHandler) -> web.StreamResponse:
        site.hits[request.path] += 1
        return await handler(request)

    app = web.Application(middlewares=[count])
    app.router.add_get("/minutes.txt", minutes)
    app.router.add_get("/huge", huge)
    app.router.add_get("/huge-declared", huge_declared)
    app.router.add_get("/gzip-bomb", gzip)
    app.router.add_get("/brotli", brotli)
    app.router.add_get("/drip", drip)
    app.router.add_get("/redirect", redirect)
    app.router.add_get("/loop", loop)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    site.port = tcp._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield site
    finally:
        closing.set()
        await runner.cleanup()
