"""The full HTTP path: signed `/actions` slash commands to `committee-bot serve`, next to a bare
aiohttp endpoint measured the same way in the same run.

`serve` runs as a subprocess on a free 127.0.0.1 port with the generated store, Slack credentials,
and SLACK_API_URL pointing at a small fake Slack Web API (in this process) that also takes the
response_url posts. Each request carries a v0 signature (HMAC-SHA256 of "v0:{ts}:{body}") and a
response_url naming the request, so both figures are known per request:

- ack: until `serve` answers the POST;
- reply: until the user has the answer (the work done: store, handler, Block Kit): in the ack when
  it was ready within 1.5 s, which is nearly always, else when it arrives at the response_url.

Load is open-loop at a fixed rate (requests leave on schedule whatever the answers do, so a slow
server can't slow the load down and hide its queue). A stepped search doubles the rate until a
step fails: fewer than 97% of the requests answered (acked, and for `serve` replied) within
`BOUND_S`; two bisection steps then narrow it. The highest rate that passed is the sustained
rate. Everything is bounded in count and time.

BENCH_PROFILE_SERVE=/path/to/file runs `serve` under cProfile and dumps the profile there.
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
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlencode

import aiohttp
from aiohttp import web

from bench.generate import SLACK_TEAM, channel_id
from bench.handlers_bench import Cast, quantile

ROOT = Path(__file__).resolve().parents[1]
BOUND_S = 1.0
PASS_SHARE = 0.97
DRAIN_S = 5.0
BISECT = 2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class FakeSlack:
    """Enough of the Slack Web API for the bot, plus response_url endpoints that record arrivals."""

    def __init__(self) -> None:
        self.replies: dict[str, float] = {}
        self.api_calls = 0
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
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, rid: str) -> str:
        return f"http://127.0.0.1:{self.port}/respond/{rid}"

    async def respond(self, request: web.Request) -> web.Response:
        await request.read()
        self.replies[request.match_info["rid"]] = time.perf_counter()
        return web.Response(text="ok")

    async def api(self, request: web.Request) -> web.Response:
        await request.read()
        self.api_calls += 1
        method = request.match_info["method"]
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


class Source(Protocol):
    """Where the signed requests come from: (request id, body, headers)."""

    def next(self) -> tuple[str, bytes, dict[str, str]]: ...


@dataclass
class Step:
    rate: float
    sent: int
    acked: list[float] = field(default_factory=list)
    replied: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    def passed(self, *, needs_reply: bool) -> bool:
        answered = self.replied if needs_reply else self.acked
        within = sum(1 for t in answered if t <= BOUND_S)
        return self.errors == 0 and within >= PASS_SHARE * self.sent

    @property
    def achieved(self) -> float:
        return len(self.acked) / self.seconds if self.seconds else 0.0


class Commands:
    """Signed slash-command bodies: the listing, mine, overdue, show and done, as people type them."""

    def __init__(self, cast: Cast, secret: str, fake: FakeSlack, seed: int = 3) -> None:
        self.cast = cast
        self.secret = secret.encode()
        self.fake = fake
        self.rnd = random.Random(seed)
        self.live = iter(cast.live)
        self.count = itertools.count(1)
        self.committees = [c for c in cast.committees if c.id in cast.members and c.id in cast.admins]

    def next(self) -> tuple[str, bytes, dict[str, str]]:
        rid = f"r{next(self.count)}"
        r = self.rnd.random()
        c = self.rnd.choice(self.committees)
        assert c.id is not None
        user = self.cast.members[c.id]
        channel, name = channel_id(c.id), f"c{c.id:03d}"
        if r < 0.3:
            text = ""
        elif r < 0.5:
            user = self.rnd.choice(self.cast.officers)
            channel, name, text = f"D{user.id:08d}", "directmessage", "mine"
        elif r < 0.7:
            text = "overdue"
        elif r < 0.9:
            text = f"show {self.rnd.choice(self.cast.show_refs)}"
        else:
            live = next(self.live, None)
            if live is None:
                text = "overdue"
            else:
                ref, committee_id = live
                user = self.cast.admins[committee_id]
                channel, name, text = channel_id(committee_id), f"c{committee_id:03d}", f"done {ref}"
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


def signed_headers(secret: bytes, body: bytes) -> dict[str, str]:
    """A form body's headers, signed as Slack signs: v0=HMAC-SHA256 of "v0:{ts}:{body}"."""
    ts = str(int(time.time()))
    signature = "v0=" + hmac.new(secret, b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature,
    }


async def run_step(
    session: aiohttp.ClientSession,
    url: str,
    commands: Source,
    fake: FakeSlack,
    *,
    rate: float,
    seconds: float,
    needs_reply: bool,
) -> Step:
    count = max(1, int(rate * seconds))
    step = Step(rate, count)
    scheduled: dict[str, float] = {}
    prepared = [commands.next() for _ in range(count)]

    async def one(rid: str, body: bytes, headers: dict[str, str], at: float) -> None:
        try:
            async with session.post(url, data=body, headers=headers) as response:
                answer = await response.read()
                if response.status != 200:
                    step.errors += 1
                    return
                if answer:  # the answer came back in the ack itself
                    fake.replies[rid] = time.perf_counter()
        except (TimeoutError, aiohttp.ClientError):
            step.errors += 1
            return
        step.acked.append(time.perf_counter() - at)

    start = time.perf_counter()
    tasks = []
    for i, (rid, body, headers) in enumerate(prepared):
        at = start + i / rate
        delay = at - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        scheduled[rid] = at
        tasks.append(asyncio.create_task(one(rid, body, headers, at)))
    await asyncio.wait(tasks, timeout=seconds + DRAIN_S)
    for t in tasks:
        t.cancel()
    step.seconds = time.perf_counter() - start
    if needs_reply:
        deadline = time.perf_counter() + DRAIN_S
        while time.perf_counter() < deadline and any(r not in fake.replies for r in scheduled):
            await asyncio.sleep(0.05)
        step.replied = [fake.replies[r] - at for r, at in scheduled.items() if r in fake.replies]
    return step


@dataclass(frozen=True)
class Fanout:
    """The first tick's reminders: Slack Web API calls made, and seconds until the last."""

    calls: int
    seconds: float


@dataclass
class HttpFigures:
    fixed_rate: float
    serve_fixed: Step
    bare_fixed: Step
    serve_steps: list[Step]
    bare_steps: list[Step]
    peak_rss_mb: float
    start_rss_mb: float
    fanout: Fanout

    @staticmethod
    def sustained(steps: list[Step], *, needs_reply: bool) -> float:
        passed = [s.rate for s in steps if s.passed(needs_reply=needs_reply)]
        return max(passed) if passed else 0.0

    @property
    def serve_sustained(self) -> float:
        return self.sustained(self.serve_steps, needs_reply=True)

    @property
    def bare_sustained(self) -> float:
        return self.sustained(self.bare_steps, needs_reply=False)


@contextlib.asynccontextmanager
async def process(
    cmd: list[str], env: dict[str, str], port: int, cwd: Path, log: Path
) -> AsyncIterator[subprocess.Popen[bytes]]:
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
                await asyncio.sleep(0.2)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def rss_mb(pid: int, field_name: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _steps(
    url: str, commands: Source, fake: FakeSlack, *, rates: list[float], seconds: float, needs_reply: bool
) -> list[Step]:
    out = []
    connector = aiohttp.TCPConnector(limit=256)
    timeout = aiohttp.ClientTimeout(total=seconds + DRAIN_S)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        low, high = 0.0, 0.0
        for rate in rates:
            step = await run_step(
                session, url, commands, fake, rate=rate, seconds=seconds, needs_reply=needs_reply
            )
            out.append(step)
            await asyncio.sleep(0.5)
            if not step.passed(needs_reply=needs_reply):
                high = rate
                break
            low = rate
        for _ in range(BISECT if high and low else 0):
            rate = round((low + high) / 2)
            step = await run_step(
                session, url, commands, fake, rate=rate, seconds=seconds, needs_reply=needs_reply
            )
            out.append(step)
            await asyncio.sleep(0.5)
            if step.passed(needs_reply=needs_reply):
                low = rate
            else:
                high = rate
    return out


async def http_figures(
    database_url: str,
    cast: Cast,
    workdir: Path,
    *,
    fixed_rate: float = 20.0,
    fixed_seconds: float = 10.0,
    step_seconds: float = 4.0,
    max_rate: float = 6400.0,
) -> HttpFigures:
    fake = FakeSlack()
    await fake.start()
    secret = secrets.token_hex(16)
    commands = Commands(cast, secret, fake)
    serve_port, bare_port = free_port(), free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MICROSOFT_", "DATABASE_"))},
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": "xoxb-bench-" + secrets.token_hex(8),
        "SLACK_SIGNING_SECRET": secret,
        "SLACK_API_URL": fake.api_url,
        "HOST": "127.0.0.1",
        "PORT": str(serve_port),
        "LOG_LEVEL": "WARNING",
    }
    rates = [fixed_rate * 2**i for i in range(12) if fixed_rate * 2**i <= max_rate]
    serve_cmd = [str(ROOT / ".venv" / "bin" / "committee-bot"), "serve"]
    if os.environ.get("BENCH_PROFILE_SERVE"):  # a cProfile dump of serve, written when it stops
        serve_cmd = [sys.executable, "-m", "cProfile", "-o", os.environ["BENCH_PROFILE_SERVE"], *serve_cmd]
    bare_cmd = [sys.executable, "-m", "bench.bare_server", str(bare_port)]
    bare_env = {**env, "PYTHONPATH": str(ROOT)}
    try:
        async with process(serve_cmd, env, serve_port, workdir, workdir / "serve.log") as serve:
            fanout = await settle(fake)
            start_rss = rss_mb(serve.pid, "VmRSS")
            url = f"http://127.0.0.1:{serve_port}/slack/events"
            await _steps(url, commands, fake, rates=[fixed_rate / 2], seconds=2, needs_reply=True)  # warm-up
            serve_fixed = (
                await _steps(url, commands, fake, rates=[fixed_rate], seconds=fixed_seconds, needs_reply=True)
            )[0]
            serve_steps = await _steps(
                url, commands, fake, rates=rates, seconds=step_seconds, needs_reply=True
            )
            peak = rss_mb(serve.pid, "VmHWM")
        async with process(bare_cmd, bare_env, bare_port, workdir, workdir / "bare.log"):
            url = f"http://127.0.0.1:{bare_port}/slack/events"
            await _steps(url, commands, fake, rates=[fixed_rate / 2], seconds=2, needs_reply=False)
            bare_fixed = (
                await _steps(
                    url, commands, fake, rates=[fixed_rate], seconds=fixed_seconds, needs_reply=False
                )
            )[0]
            bare_steps = await _steps(
                url, commands, fake, rates=rates, seconds=step_seconds, needs_reply=False
            )
    finally:
        await fake.stop()
    return HttpFigures(fixed_rate, serve_fixed, bare_fixed, serve_steps, bare_steps, peak, start_rss, fanout)


async def settle(fake: FakeSlack, *, quiet_s: float = 3.0, limit_s: float = 300.0) -> Fanout:
    """Wait out the first reminder fan-out of a fresh `serve` (its first tick, 2 s after start,
    sends every reminder due on the generated store), so the HTTP figures are of a server in its
    steady state: from then on a tick costs about 100 ms a minute. The fan-out is reported apart."""
    start = time.perf_counter()
    last, last_change = fake.api_calls, start
    while time.perf_counter() - start < limit_s:
        await asyncio.sleep(0.25)
        now = time.perf_counter()
        if fake.api_calls != last:
            last, last_change = fake.api_calls, now
        elif now - last_change >= quiet_s and now - start >= quiet_s + 2:
            break
    return Fanout(calls=last, seconds=last_change - start)


def describe_step(step: Step) -> str:
    ack = f"ack p50 {quantile(step.acked, 50):.1f} / p99 {quantile(step.acked, 99):.1f} ms"
    if step.replied:
        ack += f", reply p50 {quantile(step.replied, 50):.1f} / p99 {quantile(step.replied, 99):.1f} ms"
    return f"{step.rate:g}/s: {len(step.acked)}/{step.sent} acked, {step.errors} errors, {ack}"
