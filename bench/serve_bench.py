"""`committee-bot serve` as Slack sees it: the first reminder fan-out, the server's CPU per command,
a burst of 200 `/actions` at once, and its peak memory; next to bolt that only acks.

One `serve` runs on the generated store, with the fake Slack of bench/harness.py, in this order:

1. **fan-out**: its first tick, 2 s after start, sends every reminder due on the store. The bench
   waits until `serve` is idle (no Slack call and its CPU still for 3 s, bench.harness.wait_idle)
   and reports the Slack calls, the time until `serve` was last busy and the CPU it used; the
   stalls its loop-lag monitor logged meanwhile are read from its log.
2. **CPU per command**: for each of list, mine, overdue, show and done, N commands one after
   another (each waits for its answer), and the server's utime+stime from /proc/PID/stat before
   and after, divided by N. The same is measured on bench/floor_server.py in `ack` mode (bolt
   checks the signature and acks, nothing else) in its own process.
3. **burst**: BURST commands in the mixed traffic of bench.harness.MIX, each on a connection of its
   own, opened first; the requests are then written back to back (a few ms for all). Timing is
   from each request's arrival in the server's socket (bench/rawhttp.py): the ack when its
   response is read; the answer when it came in the ack, or else when it reached the response_url.
   The burst is then sent again with each request connecting as it is sent, all at once, timed
   from the start of its connection: what the listen backlog (aiohttp's 128) and the accepts
   add while the loop is busy.
4. **memory**: VmHWM of `serve`: over its life so far before the bursts, then reset
   (/proc/PID/clear_refs) and read after them, so the bursts' own peak is known too.

`serve` runs with REMINDER_TICK_SECONDS=3600: its first tick still comes 2 s after start, but the
minute tick (measured on its own by bench/tick_bench.py) can't land in a CPU window at random.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench import rawhttp
from bench.baseline import Baseline
from bench.handlers_bench import Cast
from bench.harness import ROOT, Busy, Commands, FakeSlack, free_port, process, server_env, wait_idle
from bench.proc import cpu_seconds, reset_peak_rss, rss_mb
from bot.loop_lag import parse_stall

PATH = "/slack/events"
CPU_KINDS = ("list", "mine", "overdue", "show", "done")
ANSWER_TIMEOUT_S = 60.0


@dataclass
class CpuFigure:
    name: str
    commands: int
    cpu_ms: float
    """Server CPU per command."""
    wall_ms: list[float] = field(default_factory=list)
    failures: int = 0


@dataclass
class Burst:
    sent: int
    kinds: Counter[str]
    write_span_ms: float
    """From the first request written to the last."""
    acks: list[float] = field(default_factory=list)
    answers: list[float] = field(default_factory=list)
    errors: int = 0
    failed: int = 0
    """Answers that were an error message."""
    busy: int = 0
    """Answers that asked the user to try again later."""
    connects: list[float] = field(default_factory=list)
    """For a burst that connects as it sends: seconds until each connection was open."""

    @property
    def unanswered(self) -> int:
        return self.sent - len(self.answers)

    def acks_over(self, seconds: float) -> int:
        return sum(1 for a in self.acks if a > seconds) + self.errors


@dataclass
class ServeFigures:
    fanout: Busy
    fanout_stalls: list[float]
    idle_cpu_ms_per_s: float
    cpu: list[CpuFigure]
    floor_ack: CpuFigure | None
    burst: Burst | None
    burst_connecting: Burst | None
    burst_stalls: list[float]
    cpu_stalls: list[float]
    rss_settled_mb: float
    hwm_before_burst_mb: float
    hwm_burst_mb: float | None
    """VmHWM after the burst, counted from a reset just before it (None: the reset was refused)."""
    hwm_after_mb: float
    baseline_cpu: list[tuple[str, list[CpuFigure]]] = field(default_factory=list)
    """The same CPU figures of an earlier commit's `serve` (`--baseline`), measured kind by kind
    alternately with this tree's: (its label, figures in the order of `cpu`)."""

    @property
    def peak_rss_mb(self) -> float:
        return max(self.hwm_before_burst_mb, self.hwm_after_mb)


class LogTail:
    """The loop-lag monitor's lines in a server's log since the last look."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0

    def stalls(self) -> list[float]:
        with self.path.open("rb") as f:
            f.seek(self.offset)
            text = f.read()
        cut = text.rfind(b"\n") + 1
        self.offset += cut
        found = (parse_stall(line) for line in text[:cut].decode(errors="replace").splitlines())
        return [s for s in found if s is not None]


def _failed(body: bytes) -> bool:
    return b":x: " in body or b"Something went wrong" in body


def _busy(body: bytes) -> bool:
    return b"busy" in body.lower()


async def one_command(
    port: int, commands: Commands, fake: FakeSlack, kind: str, *, timeout: float = 30.0, answer: bool = True
) -> tuple[float, bool]:
    """(seconds from arrival to answer, whether the answer was a real one); with `answer=False`
    (a server that only acks) until the ack."""
    rid, body, headers = commands.make(kind)
    ex = await rawhttp.post(port, PATH, rid, body, headers, timeout=timeout)
    if ex.error or ex.status != 200:
        return float("nan"), False
    if not answer:
        return ex.ack_s, True
    if ex.body:
        fake.answered(rid, ex.acked, ex.body)
    elif not await fake.wait_answer(rid, timeout):
        return float("nan"), False
    got = fake.reply_bodies[rid]
    return fake.replies[rid] - ex.arrived, not _failed(got) and not _busy(got)


async def cpu_per_command(
    pid: int,
    port: int,
    commands: Commands,
    fake: FakeSlack,
    kind: str,
    *,
    n: int,
    name: str = "",
    answer: bool = True,
) -> CpuFigure:
    for _ in range(5):
        await one_command(port, commands, fake, kind, answer=answer)
    await wait_idle(pid, fake, quiet_s=1.0, limit_s=30)
    figure = CpuFigure(name or kind, n, 0.0)
    before = cpu_seconds(pid)
    for _ in range(n):
        wall, ok = await one_command(port, commands, fake, kind, answer=answer)
        figure.wall_ms.append(wall * 1000)
        figure.failures += not ok
    await asyncio.sleep(0.05)  # work a response_url post leaves behind (closing the exchange)
    figure.cpu_ms = (cpu_seconds(pid) - before) / n * 1000
    return figure


async def burst(port: int, commands: Commands, fake: FakeSlack, *, n: int) -> Burst:
    prepared = [commands.next() for _ in range(n)]
    raws = [(rid, rawhttp.request_bytes(port, PATH, body, headers)) for rid, body, headers in prepared]
    conns = await rawhttp.connect_many(port, n)
    await asyncio.sleep(0.3)  # every connection accepted by the server before the clock starts
    exchanges = [rawhttp.Exchange(rid) for rid, _ in raws]
    for (_, raw), streams, ex in zip(raws, conns, exchanges, strict=True):
        rawhttp.send(streams, raw, ex)
    out = Burst(
        sent=n,
        kinds=Counter(commands.kinds[rid] for rid, _ in raws),
        write_span_ms=(exchanges[-1].arrived - exchanges[0].arrived) * 1000,
    )
    await asyncio.gather(
        *(
            rawhttp.read_response(s, ex, timeout=ANSWER_TIMEOUT_S)
            for s, ex in zip(conns, exchanges, strict=True)
        )
    )
    return await _answers(out, exchanges, fake)


async def burst_connecting(port: int, commands: Commands, fake: FakeSlack, *, n: int) -> Burst:
    """The burst again, each request connecting as it is sent (all at once), timed from the start
    of its connection: what the listen backlog and the accepts add when the loop is busy."""
    prepared = [commands.next() for _ in range(n)]
    start = time.perf_counter()
    exchanges = await asyncio.gather(
        *(
            rawhttp.post(port, PATH, rid, body, headers, timeout=ANSWER_TIMEOUT_S)
            for rid, body, headers in prepared
        )
    )
    out = Burst(
        sent=n,
        kinds=Counter(commands.kinds[rid] for rid, _, _ in prepared),
        write_span_ms=(max(ex.arrived for ex in exchanges) - start) * 1000,
        connects=[ex.arrived - ex.started for ex in exchanges if ex.arrived],
    )
    for ex in exchanges:
        ex.arrived = ex.started
    return await _answers(out, exchanges, fake)


async def _answers(out: Burst, exchanges: list[rawhttp.Exchange], fake: FakeSlack) -> Burst:
    """Acks and answers of a burst's exchanges, timed from their `arrived`."""
    for ex in exchanges:
        if ex.error or ex.status != 200:
            out.errors += 1
            continue
        out.acks.append(ex.ack_s)
        if ex.body:
            fake.answered(ex.rid, ex.acked, ex.body)
    deadline = time.perf_counter() + ANSWER_TIMEOUT_S
    await asyncio.gather(*(fake.wait_answer(ex.rid, deadline - time.perf_counter()) for ex in exchanges))
    for ex in exchanges:
        if ex.rid in fake.replies:
            out.answers.append(fake.replies[ex.rid] - ex.arrived)
            out.failed += _failed(fake.reply_bodies[ex.rid])
            out.busy += _busy(fake.reply_bodies[ex.rid])
    return out


async def serve_figures(
    database_url: str,
    cast: Cast,
    workdir: Path,
    *,
    label: str,
    cpu_n: int = 200,
    burst_n: int = 200,
    parts: set[str],
    baselines: Sequence[tuple[Baseline, str]] = (),
) -> ServeFigures:
    """`baselines`: earlier commits' `serve`s and their own copy of the store, for the CPU figures."""
    fake = FakeSlack()
    await fake.start()
    secret = "bench-" + label
    commands = Commands(cast, secret, fake, seed=17)
    port = free_port()
    env = server_env(database_url, secret, fake, port, REMINDER_TICK_SECONDS="3600")
    cmd = [str(ROOT / ".venv" / "bin" / "committee-bot"), "serve"]
    log = workdir / f"serve-{label}.log"
    cpu: list[CpuFigure] = []
    before: list[tuple[str, list[CpuFigure]]] = []
    result_burst: Burst | None = None
    connecting: Burst | None = None
    try:
        async with process(cmd, env, port, workdir, log) as serve:
            tail = LogTail(log)
            print(f"[{label}] serve is up; waiting out its first reminder fan-out ...", flush=True)
            fanout = await wait_idle(serve.pid, fake, quiet_s=3.0, at_least_s=5.0)
            fanout_stalls = tail.stalls()
            rss_settled = rss_mb(serve.pid, "VmRSS")
            cpu0 = cpu_seconds(serve.pid)
            await asyncio.sleep(3.0)
            idle_cpu = (cpu_seconds(serve.pid) - cpu0) / 3.0 * 1000
            if "cpu" in parts:
                async with contextlib.AsyncExitStack() as stack:
                    others = []
                    for i, (base, base_url) in enumerate(baselines):
                        bport = free_port()
                        benv = server_env(
                            base_url,
                            secret,
                            fake,
                            bport,
                            REMINDER_TICK_SECONDS="3600",
                            PYTHONPATH=str(base.tree),
                        )
                        blog = workdir / f"serve-{label}-baseline{i}.log"
                        proc = await stack.enter_async_context(
                            process(base.serve_command(), benv, bport, workdir, blog)
                        )
                        print(
                            f"[{label}] {base.label}: waiting out its first reminder fan-out ...", flush=True
                        )
                        await wait_idle(proc.pid, fake, quiet_s=3.0, at_least_s=5.0)
                        bcommands = Commands(cast, secret, fake, seed=17, prefix=f"b{i}-")
                        others.append((base, proc.pid, bport, bcommands, []))
                    before = [(base.label, figures) for base, _, _, _, figures in others]
                    for kind in CPU_KINDS:
                        print(f"[{label}] server CPU per command: {kind} x {cpu_n} ...", flush=True)
                        cpu.append(await cpu_per_command(serve.pid, port, commands, fake, kind, n=cpu_n))
                        for base, pid, bport, bcommands, figures in others:
                            print(f"[{label}]   the same on {base.label} ...", flush=True)
                            figures.append(await cpu_per_command(pid, bport, bcommands, fake, kind, n=cpu_n))
            cpu_stalls = tail.stalls()
            hwm_before = rss_mb(serve.pid, "VmHWM")
            hwm_burst = None
            if "burst" in parts:
                for kind in CPU_KINDS:  # as a server that has been up a while: every path warm
                    await one_command(port, commands, fake, kind)
                await wait_idle(serve.pid, fake, quiet_s=2.0, limit_s=60)
                reset = reset_peak_rss(serve.pid)
                tail.stalls()
                print(f"[{label}] burst of {burst_n} ...", flush=True)
                result_burst = await burst(port, commands, fake, n=burst_n)
                await wait_idle(serve.pid, fake, quiet_s=2.0, limit_s=60)
                print(f"[{label}] burst of {burst_n}, each connecting as it sends ...", flush=True)
                connecting = await burst_connecting(port, commands, fake, n=burst_n)
                await wait_idle(serve.pid, fake, quiet_s=1.0, limit_s=60)
                hwm_burst = rss_mb(serve.pid, "VmHWM") if reset else None
            burst_stalls = tail.stalls()
            hwm_after = rss_mb(serve.pid, "VmHWM")
        floor = (
            await floor_ack_cpu(database_url, cast, workdir, fake, n=5 * cpu_n) if "cpu" in parts else None
        )
    finally:
        await fake.stop()
    return ServeFigures(
        fanout=fanout,
        fanout_stalls=fanout_stalls,
        idle_cpu_ms_per_s=idle_cpu,
        cpu=cpu,
        floor_ack=floor,
        burst=result_burst,
        burst_connecting=connecting,
        burst_stalls=burst_stalls,
        cpu_stalls=cpu_stalls,
        rss_settled_mb=rss_settled,
        hwm_before_burst_mb=hwm_before,
        hwm_burst_mb=hwm_burst,
        hwm_after_mb=hwm_after,
        baseline_cpu=before,
    )


async def floor_ack_cpu(
    database_url: str, cast: Cast, workdir: Path, fake: FakeSlack, *, n: int
) -> CpuFigure:
    """The same CPU figure for bolt that only acks (bench/floor_server.py, mode `ack`); it is
    run 5 times as often, as each costs about a clock tick of /proc's 10 ms."""
    secret = "bench-floor"
    commands = Commands(cast, secret, fake, seed=5)
    port = free_port()
    env = server_env(database_url, secret, fake, port)
    cmd = [sys.executable, "-m", "bench.floor_server", str(port), "ack"]
    async with process(cmd, env, port, workdir, workdir / "floor-ack.log") as floor:
        print("[floor] bolt that only acks: CPU per command ...", flush=True)
        return await cpu_per_command(
            floor.pid, port, commands, fake, "list", n=n, name="bolt, ack only", answer=False
        )


def median(values: list[float]) -> float:
    real = [v for v in values if v == v]
    return statistics.median(real) if real else float("nan")
