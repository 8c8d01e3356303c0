"""What the HTTP benches share: a fake Slack Web API, signed `/actions` bodies, a server process on
127.0.0.1, and the wait until that server is idle.

The fake Slack (in the bench's process) answers the Web API methods the bot calls and records each
response_url post by the request id in its path, so the time a user has an answer is known per
request. Requests are signed as Slack signs them: v0=HMAC-SHA256 of "v0:{ts}:{body}".
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import itertools
import os
import random
import secrets
import socket
import subprocess
import time
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web

from bench.generate import SLACK_TEAM, channel_id
from bench.handlers_bench import Cast
from bench.proc import cpu_seconds

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("list", "mine", "overdue", "show", "done")
MIX = (("list", 0.3), ("mine", 0.2), ("overdue", 0.2), ("show", 0.2), ("done", 0.1))
"""The share of each command in mixed traffic: listings most, a `done` in ten."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class FakeSlack:
    """Enough of the Slack Web API for the bot, plus response_url endpoints that record arrivals."""

    def __init__(self) -> None:
        self.replies: dict[str, float] = {}
        self.reply_bodies: dict[str, bytes] = {}
        self.api_calls = 0
        self.methods: Counter[str] = Counter()
        self._waiters: dict[str, asyncio.Event] = {}
        self._ts = itertools.count(1)
        self.runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self.api)
        app.router.add_post("/respond/{rid}", self.respond)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        self.port = free_port()
        await web.TCPSite(self.runner, "127.0.0.1", self.port, backlog=1024).start()

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, rid: str) -> str:
        return f"http://127.0.0.1:{self.port}/respond/{rid}"

    def answered(self, rid: str, at: float, body: bytes) -> None:
        """Note the answer to `rid` (a response_url post, or an answer that came in the ack)."""
        self.replies.setdefault(rid, at)
        self.reply_bodies.setdefault(rid, body)
        waiter = self._waiters.get(rid)
        if waiter is not None:
            waiter.set()

    async def wait_answer(self, rid: str, timeout: float) -> bool:
        if rid in self.replies:
            return True
        waiter = self._waiters.setdefault(rid, asyncio.Event())
        try:
            await asyncio.wait_for(waiter.wait(), timeout)
        except TimeoutError:
            return False
        finally:
            self._waiters.pop(rid, None)
        return True

    async def respond(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.answered(request.match_info["rid"], time.perf_counter(), body)
        return web.Response(text="ok")

    async def api(self, request: web.Request) -> web.Response:
        await request.read()
        self.api_calls += 1
        method = request.match_info["method"]
        self.methods[method] += 1
        body: dict[str, Any] = {"ok": True}
        if method == "auth.test":
            body.update(user_id="UBENCHBOT", bot_id="BBENCH", team_id=SLACK_TEAM, team="Bench Council")
        elif method == "conversations.open":
            body["channel"] = {"id": f"D{next(self._ts):09d}"}
        elif method in ("chat.postMessage", "chat.postEphemeral", "chat.update"):
            body.update(ts=f"{time.time():.6f}", channel="C0", message_ts=f"{next(self._ts)}.0")
        elif method == "users.info":
            body["user"] = {"id": "U0", "name": "someone", "profile": {"real_name": "Some One"}}
        return web.json_response(body)


def signed_headers(secret: bytes, body: bytes) -> dict[str, str]:
    """A form body's headers, signed as Slack signs: v0=HMAC-SHA256 of "v0:{ts}:{body}"."""
    ts = str(int(time.time()))
    signature = "v0=" + hmac.new(secret, b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature,
    }


class Commands:
    """Signed slash-command bodies: the listing, mine, overdue, show and done, as people type them.

    `next()` draws from MIX; `make(kind)` builds one of a kind. Every `done` names another live
    action of the cast, by an admin of its committee, in its channel."""

    def __init__(self, cast: Cast, secret: str, fake: FakeSlack, seed: int = 3, prefix: str = "") -> None:
        """`prefix`: of the request ids, so two servers sharing one fake Slack don't mix answers."""
        self.cast = cast
        self.prefix = prefix
        self.secret = secret.encode()
        self.fake = fake
        self.rnd = random.Random(seed)
        self.live = list(cast.live)
        self.count = itertools.count(1)
        self.kinds: dict[str, str] = {}
        self.committees = [c for c in cast.committees if c.id in cast.members and c.id in cast.admins]

    def next(self) -> tuple[str, bytes, dict[str, str]]:
        r, kind = self.rnd.random(), MIX[-1][0]
        for name, share in MIX:
            if r < share:
                kind = name
                break
            r -= share
        if kind == "done" and not self.live:
            kind = "overdue"  # long mixed runs (the rate search) outlast the live actions of the cast
        return self.make(kind)

    def make(self, kind: str) -> tuple[str, bytes, dict[str, str]]:
        rid = f"{self.prefix}r{next(self.count)}"
        self.kinds[rid] = kind
        c = self.rnd.choice(self.committees)
        assert c.id is not None
        user = self.cast.members[c.id]
        channel, name = channel_id(c.id), f"c{c.id:03d}"
        if kind == "list":
            text = ""
        elif kind == "mine":
            user = self.rnd.choice(self.cast.officers)
            channel, name, text = f"D{user.id:08d}", "directmessage", "mine"
        elif kind == "overdue":
            text = "overdue"
        elif kind == "show":
            text = f"show {self.rnd.choice(self.cast.show_refs)}"
        elif kind == "done":
            if not self.live:
                raise RuntimeError("the cast has no live action left to mark done; load more")
            ref, committee_id = self.live.pop()
            user = self.cast.admins[committee_id]
            channel, name, text = channel_id(committee_id), f"c{committee_id:03d}", f"done {ref}"
        else:
            raise ValueError(f"no such command kind: {kind}")
        body = urlencode(
            {
                "token": "legacy-unused",
                "team_id": SLACK_TEAM,
                "team_domain": "bench-council",
                "channel_id": channel,
                "channel_name": name,
                "user_id": user.slack_user_id or "",
                "user_name": user.display_name,
                "command": "/actions",
                "text": text,
                "api_app_id": "ABENCH",
                "response_url": self.fake.response_url(rid),
                "trigger_id": f"{rid}.{secrets.token_hex(6)}",
            }
        ).encode()
        return rid, body, signed_headers(self.secret, body)


def server_env(database_url: str, secret: str, fake: FakeSlack, port: int, **extra: str) -> dict[str, str]:
    """The environment of a server under test: this store, the fake Slack, 127.0.0.1 only."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MICROSOFT_", "DATABASE_"))},
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": "xoxb-bench-" + secrets.token_hex(8),
        "SLACK_SIGNING_SECRET": secret,
        "SLACK_API_URL": fake.api_url,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
        **extra,
    }


@contextlib.asynccontextmanager
async def process(
    cmd: list[str], env: dict[str, str], port: int, cwd: Path, log: Path
) -> AsyncIterator[subprocess.Popen[bytes]]:
    """A server process, yielded once its /healthz answers; stopped (SIGTERM, then SIGKILL) after."""
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        async with aiohttp.ClientSession() as s:
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"{cmd[0]} exited with {proc.returncode}; see {log}")
                with contextlib.suppress(aiohttp.ClientError):
                    async with s.get(f"http://127.0.0.1:{port}/healthz") as r:
                        if r.status == 200:
                            break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{cmd[0]} did not answer /healthz in 90 s; see {log}")
                await asyncio.sleep(0.1)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@dataclass(frozen=True)
class Busy:
    """What a server did between the start of a wait and its becoming idle."""

    seconds: float
    """Until the server was last busy (its CPU last moved, or it last called Slack)."""
    cpu_seconds: float
    calls: int
    """Slack Web API calls it made meanwhile."""
    first_call_s: float
    """When the first of those calls came, from the start of the wait (0 if none)."""
    last_call_s: float
    """When the last of them came."""
    settled: bool
    """False when the limit ran out first."""


async def wait_idle(
    pid: int,
    fake: FakeSlack,
    *,
    quiet_s: float = 3.0,
    idle_share: float = 0.03,
    at_least_s: float = 0.0,
    limit_s: float = 600.0,
    poll_s: float = 0.25,
) -> Busy:
    """Wait until the server has been idle for `quiet_s`: no Slack call and under `idle_share` of a
    core of CPU, the timer of its own loop-lag monitor and the like. `at_least_s` covers work
    that is known to start later (the first reminder tick, 2 s after start).

    Counting Slack calls alone misses a tick that computes for seconds before its first call; its
    CPU time does not."""
    start = time.perf_counter()
    cpu0, calls0 = cpu_seconds(pid), fake.api_calls
    samples: list[tuple[float, float, int]] = [(start, cpu0, calls0)]
    last_busy, first_call, last_call = start, 0.0, 0.0
    while True:
        await asyncio.sleep(poll_s)
        now, cpu, calls = time.perf_counter(), cpu_seconds(pid), fake.api_calls
        prev = samples[-1]
        if calls != prev[2]:
            last_call = now - start
            first_call = first_call or last_call
        if calls != prev[2] or cpu - prev[1] > idle_share * (now - prev[0]) + 0.01:
            last_busy = now
        samples.append((now, cpu, calls))
        quiet = now - last_busy >= quiet_s and now - start >= at_least_s
        if quiet or now - start >= limit_s:
            busy_until = next((s for s in samples if s[0] >= last_busy), samples[-1])
            return Busy(
                seconds=last_busy - start,
                cpu_seconds=busy_until[1] - cpu0,
                calls=busy_until[2] - calls0,
                first_call_s=first_call,
                last_call_s=last_call,
                settled=quiet,
            )
