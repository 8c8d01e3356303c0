"""The full HTTP path: signed `/actions` slash commands to `committee-bot serve`, next to a bare
aiohttp endpoint measured the same way in the same run.

`serve` runs as a subprocess on a free 127.0.0.1 port with the generated store, Slack credentials,
and SLACK_API_URL pointing at a small fake Slack Web API (in this process) that also takes the
response_url posts. Each request carries a v0 signature (HMAC-SHA256 of "v0:{ts}:{body}") and a
response_url naming the request, so both figures are known per request:

- ack: until `serve` answers the POST;
- reply: until the user has the answer (the work done: store, handler, Block Kit): in the ack when
  it was ready within 0.25 s while a worker was free, else when it arrives at the response_url.

Load is open-loop at a fixed rate (requests leave on schedule whatever the answers do, so a slow
server can't slow the load down and hide its queue). A stepped search doubles the rate until a
step fails: fewer than 97% of the requests answered (acked, and for `serve` replied) within
`BOUND_S`; two bisection steps then narrow it. The highest rate that passed is the sustained
rate. Everything is bounded in count and time.

BENCH_PROFILE_SERVE=/path/to/file runs `serve` under cProfile and dumps the profile there.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import aiohttp

from bench.handlers_bench import Cast, quantile
from bench.harness import ROOT, Busy, Commands, FakeSlack, free_port, process, server_env, wait_idle
from bench.proc import rss_mb

BOUND_S = 1.0
PASS_SHARE = 0.97
DRAIN_S = 5.0
BISECT = 2


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


@dataclass
class HttpFigures:
    fixed_rate: float
    serve_fixed: Step
    bare_fixed: Step
    serve_steps: list[Step]
    bare_steps: list[Step]
    peak_rss_mb: float
    start_rss_mb: float
    fanout: Busy

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
    env = server_env(database_url, secret, fake, serve_port)
    rates = [fixed_rate * 2**i for i in range(12) if fixed_rate * 2**i <= max_rate]
    serve_cmd = [str(ROOT / ".venv" / "bin" / "committee-bot"), "serve"]
    if os.environ.get("BENCH_PROFILE_SERVE"):  # a cProfile dump of serve, written when it stops
        serve_cmd = [sys.executable, "-m", "cProfile", "-o", os.environ["BENCH_PROFILE_SERVE"], *serve_cmd]
    bare_cmd = [sys.executable, "-m", "bench.bare_server", str(bare_port)]
    bare_env = server_env(database_url, secret, fake, bare_port)
    try:
        async with process(serve_cmd, env, serve_port, workdir, workdir / "serve.log") as serve:
            fanout = await settle(serve.pid, fake)
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


async def settle(pid: int, fake: FakeSlack) -> Busy:
    """Wait out the first reminder fan-out of a fresh `serve` (its first tick, 2 s after start,
    sends every reminder due on the generated store), so the HTTP figures are of a server in its
    steady state. Idle is `serve`'s CPU as well as the fake Slack's call count standing still: a
    tick that computes for seconds before its first Slack call is busy, not idle."""
    return await wait_idle(pid, fake, quiet_s=3.0, at_least_s=5.0)


def describe_step(step: Step) -> str:
    ack = f"ack p50 {quantile(step.acked, 50):.1f} / p99 {quantile(step.acked, 99):.1f} ms"
    if step.replied:
        ack += f", reply p50 {quantile(step.replied, 50):.1f} / p99 {quantile(step.replied, 99):.1f} ms"
    return f"{step.rate:g}/s: {len(step.acked)}/{step.sent} acked, {step.errors} errors, {ack}"
