"""Where `serve`'s CPU goes for one kind of command: py-spy samples of the running server (the
threads holding the GIL) while it answers N commands of that kind one after another.

    .venv/bin/pip install py-spy    # a tool of the bench, not a dependency of the bot
    .venv/bin/python -m bench.profile_serve [--db sqlite|postgres] [--scale 1] [--kinds list,done] [-n 500]
        [--keep DIR]   # py-spy's raw stacks, for a flame graph (e.g. inferno, flamegraph.pl)

`serve` runs on the generated store with the fake Slack of bench/harness.py, as in
bench/serve_bench.py, and its first reminder fan-out is waited out first. For each kind it prints
the share of samples by package of the innermost frame (where the time is spent), by package
anywhere on the stack (what the time is spent for), and the top functions by own time.
py-spy pauses the process at each sample (500 a second), so the commands run slower meanwhile;
the shares, not the times, are the figure.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench.generate import Shape, sqlite_store, write_postgres
from bench.handlers_bench import load_cast
from bench.harness import ROOT, Commands, FakeSlack, free_port, process, server_env, wait_idle
from bench.serve_bench import one_command
from storage.db import Database

OURS = ("bot", "handlers", "storage", "scheduler", "minutes")
_FRAME = re.compile(r"^(?P<func>.*) \((?P<path>[^()]*)\)$")


@dataclass
class Profile:
    kind: str
    commands: int
    samples: int
    leaf: Counter[str]
    anywhere: Counter[str]
    functions: Counter[str]
    detail: Counter[str]
    """SQLAlchemy's own time by sub-package (sql: statement build and compile, orm, engine, util)."""


def category(path: str) -> str:
    """The package a frame's file belongs to: ours by top directory, a library by its
    site-packages name, the standard library as asyncio, json, or stdlib."""
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    root = str(ROOT) + "/"
    if path.startswith(root):
        return path[len(root) :].split("/", 1)[0]
    for lib in ("asyncio", "json", "concurrent", "threading", "selectors", "ssl", "logging"):
        if f"/{lib}/" in path or path.endswith(f"/{lib}.py"):
            return lib
    return "stdlib" if "/lib/python" in path else path


def parse_raw(text: str) -> tuple[int, Counter[str], Counter[str], Counter[str], Counter[str]]:
    total = 0
    leaf: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    functions: Counter[str] = Counter()
    detail: Counter[str] = Counter()
    for line in text.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = [m for m in (_FRAME.match(f) for f in stack.split(";")) if m]
        if not frames:
            continue
        total += n
        cats = [category(m["path"]) for m in frames]
        leaf[cats[-1]] += n
        for c in set(cats):
            anywhere[c] += n
        last = frames[-1]
        functions[f"{last['func']} ({_short(last['path'])})"] += n
        if cats[-1] == "sqlalchemy":
            detail["/".join(_short(last["path"]).split("/")[:2])] += n
    return total, leaf, anywhere, functions, detail


def _short(path: str) -> str:
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1]
    return path.removeprefix(str(ROOT) + "/").split("/lib/python3.11/")[-1]


async def profile_kind(
    pid: int, port: int, commands: Commands, fake: FakeSlack, kind: str, *, n: int, out: Path
) -> Profile:
    for _ in range(10):
        await one_command(port, commands, fake, kind)
    await wait_idle(pid, fake, quiet_s=1.0, limit_s=30)
    raw = out / f"{kind}.txt"
    spy = shutil.which("py-spy") or str(ROOT / ".venv" / "bin" / "py-spy")
    cmd = [spy, "record", "--pid", str(pid), "--rate", "500", "--gil", "--format", "raw"]
    cmd += ["--full-filenames", "--nolineno", "--output", str(raw)]
    recorder = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    await asyncio.sleep(1.0)  # py-spy attached
    for _ in range(n):
        await one_command(port, commands, fake, kind)
    recorder.send_signal(signal.SIGINT)
    _, err = recorder.communicate(timeout=60)
    if not raw.exists():
        raise RuntimeError(f"py-spy wrote no profile: {err.decode(errors='replace')[-500:]}")
    total, leaf, anywhere, functions, detail = parse_raw(raw.read_text())
    return Profile(kind, n, total, leaf, anywhere, functions, detail)


def render(p: Profile, *, top: int = 12) -> str:
    def share(n: int) -> str:
        return f"{100 * n / p.samples:.1f}%" if p.samples else "-"

    lines = [f"#### `{p.kind}`: {p.samples} samples over {p.commands} commands", ""]
    lines.append("| package | own time (innermost frame) | on the stack |")
    lines.append("|---|---|---|")
    for name, n in p.leaf.most_common(top):
        lines.append(f"| {name} | {share(n)} | {share(p.anywhere[name])} |")
    ours = [c for c in OURS if c in p.anywhere and c not in dict(p.leaf.most_common(top))]
    for name in ours:
        lines.append(f"| {name} | {share(p.leaf[name])} | {share(p.anywhere[name])} |")
    lines += ["", "| function (own time) | share |", "|---|---|"]
    lines += [f"| {f} | {share(n)} |" for f, n in p.functions.most_common(top)]
    lines += ["", "| SQLAlchemy's own time, by module | share |", "|---|---|"]
    lines += [f"| {m} | {share(n)} |" for m, n in p.detail.most_common(8)]
    mine = Counter({f: n for f, n in p.functions.items() if f.split("(")[-1].split("/")[0] in OURS})
    lines += ["", "| our functions (own time) | share |", "|---|---|"]
    lines += [f"| {f} | {share(n)} |" for f, n in mine.most_common(top)]
    return "\n".join(lines)


async def main_async(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    workdir = Path(tempfile.mkdtemp(prefix="committee-bot-profile-"))
    server = None
    try:
        if args.db == "sqlite":
            path, _ = await asyncio.to_thread(sqlite_store, args.scale, workdir, now)
            url = f"sqlite+aiosqlite:///{path}"
        else:
            from tests.support.postgres import start_postgres

            server = await asyncio.to_thread(start_postgres)
            url = server.url("postgres")
            await write_postgres(url, Shape.at(args.scale), now)
        db = Database(url)
        cast = await load_cast(db, want_live=max(2000, 2 * args.n), seed=21)
        await db.dispose()
        fake = FakeSlack()
        await fake.start()
        port = free_port()
        commands = Commands(cast, "bench-profile", fake, seed=23)
        env = server_env(url, "bench-profile", fake, port, REMINDER_TICK_SECONDS="3600")
        cmd = [str(ROOT / ".venv" / "bin" / "committee-bot"), "serve"]
        profiles = []
        try:
            async with process(cmd, env, port, workdir, workdir / "serve.log") as serve:
                print("serve is up; waiting out its first reminder fan-out ...", flush=True)
                await wait_idle(serve.pid, fake, quiet_s=3.0, at_least_s=5.0)
                for kind in args.kinds.split(","):
                    print(f"profiling {args.n} x {kind} ...", flush=True)
                    profiles.append(
                        await profile_kind(serve.pid, port, commands, fake, kind, n=args.n, out=workdir)
                    )
        finally:
            await fake.stop()
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            for p in profiles:
                shutil.copy(workdir / f"{p.kind}.txt", args.keep / f"{p.kind}.txt")
    finally:
        if server is not None:
            await asyncio.to_thread(server.stop)
        shutil.rmtree(workdir, ignore_errors=True)
    print()
    print(f"### Where `serve`'s CPU goes ({args.db}, scale {args.scale:g}; py-spy --gil, 500 Hz)")
    for p in profiles:
        print()
        print(render(p))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.profile_serve", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument(
        "--kinds", default="list,done", help="comma-separated: list, mine, overdue, show, done"
    )
    parser.add_argument("-n", type=int, default=500, help="commands of each kind while sampling")
    parser.add_argument("--keep", type=Path, help="copy py-spy's raw stacks (KIND.txt) into this directory")
    if shutil.which("py-spy") is None and not (ROOT / ".venv" / "bin" / "py-spy").exists():
        print("py-spy is not installed: .venv/bin/pip install py-spy", file=sys.stderr)
        return 2
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    raise SystemExit(main())
