"""The benchmarks of committee-bot, in one command (not part of the test suite):

    .venv/bin/python -m bench.run [--scale 1.0] [--db sqlite|postgres|both] [--explain]
    .venv/bin/python -m bench.run --only burst,cpu,tick --db both --scale 1 --tick-scale 5

from the repository root. It generates a store of 200 committees, 5,000 meetings, 100,000 actions
and 500,000 audit events (times --scale), on SQLite and/or a throwaway PostgreSQL server on
127.0.0.1, then measures: `/actions` handler latency in-process, the full HTTP path to
`committee-bot serve` next to a bare aiohttp endpoint, the scheduler tick, minutes import
throughput, and the peak RSS of `serve`; and issue 17's figures: a burst of 200 `/actions` at
once, `serve`'s CPU per command next to bolt that only acks, the loop's stalls during the ticks
(also at the extra `--tick-scale`s). It prints Markdown tables; `--explain` adds the query plans
of the hot queries. Use a small --scale (0.05) to try it; the targets are for 1.0.
See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench import baseline, report
from bench import explain as explain_mod
from bench.generate import Shape
from bench.handlers_bench import Cast, Latency, channel_ctx, dm_ctx, handler_latency, load_cast
from bench.http_bench import HttpFigures, describe_step, http_figures
from bench.import_bench import ImportFigures, import_figures
from bench.serve_bench import ServeFigures, serve_figures
from bench.stores import Fresh, PostgresStores, SqliteStores, postgres
from bench.tick_baseline import baseline_tick
from bench.tick_bench import TickFigures, tick_figures
from handlers.dispatch import respond
from scheduler.engine import Engine
from storage.db import Database

HANDLER_TARGET_MS = 25.0
RATIO_TARGET = 0.4
RSS_TARGET_MB = 250.0
PARTS = ("handlers", "tick", "http", "import", "burst", "cpu")


@dataclass
class Results:
    dialect: str
    setup: str = ""
    handlers: list[Latency] = field(default_factory=list)
    tick: TickFigures | None = None
    http: HttpFigures | None = None
    serve: ServeFigures | None = None
    ticks_at: dict[float, TickFigures] = field(default_factory=dict)
    """The tick at the extra --tick-scale scales."""
    ticks_before: dict[str, dict[float, TickFigures]] = field(default_factory=dict)
    """The tick of each --baseline commit, by its label, then by scale."""
    imports: ImportFigures | None = None
    plans: list[explain_mod.Plan] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


async def measure(
    dialect: str, fresh: Fresh, now: datetime, args: argparse.Namespace, workdir: Path, setup: str
) -> Results:
    """Each part that changes the store (`done`, the tick's ledger, the fan-out) has a copy of its
    own, so none sees what another left: the fan-out finds every reminder still due."""
    out = Results(dialect, setup)
    only: set[str] = set(args.only)
    if only & {"handlers", "import"} or args.explain:
        db = Database(await fresh("main"))
        try:
            if "handlers" in only:
                print(f"[{dialect}] handler latency ...", flush=True)
                out.handlers = await handler_latency(db, now, iterations=args.iterations)
            if args.explain:
                print(f"[{dialect}] EXPLAIN ...", flush=True)
                out.plans = await hot_plans(db, now)
            if "import" in only:
                print(f"[{dialect}] minutes import ...", flush=True)
                out.imports = await import_figures(db, now)
        finally:
            await db.dispose()
    if "tick" in only:
        await _baseline_ticks(out, fresh, now, args, workdir, scale=args.scale, repeats=5)
        print(f"[{dialect}] scheduler tick ...", flush=True)
        out.tick = await _tick(await fresh("tick"), now, repeats=5)
    if not args.no_http and "http" in only:
        print(f"[{dialect}] HTTP path and memory of serve ...", flush=True)
        url = await fresh("http")
        cast = await _cast(url, seed=11)
        out.http = await http_figures(
            url, cast, workdir, fixed_rate=args.rate, step_seconds=args.step_seconds
        )
    if only & {"burst", "cpu"}:
        url = await fresh("serve")
        cast = await _cast(url, seed=13)
        baselines = []
        if "cpu" in only:
            for i, ref in enumerate(args.baseline):
                base = baseline.export(ref, workdir)
                base_url = await fresh(f"serve-baseline{i}")
                await base.prepare(base_url)
                baselines.append((base, base_url))
        out.serve = await serve_figures(
            url,
            cast,
            workdir,
            label=dialect,
            parts=only,
            cpu_n=args.cpu_commands,
            burst_n=args.burst,
            baselines=baselines,
        )
    return out


async def _tick(url: str, now: datetime, *, repeats: int) -> TickFigures:
    db = Database(url)
    try:
        return await tick_figures(db, now, repeats=repeats)
    finally:
        await db.dispose()


async def _baseline_ticks(
    out: Results,
    fresh: Fresh,
    now: datetime,
    args: argparse.Namespace,
    workdir: Path,
    *,
    scale: float,
    repeats: int,
) -> None:
    """The tick of each --baseline commit on a copy of this store, just before this tree's."""
    for i, ref in enumerate(args.baseline):
        base = baseline.export(ref, workdir)
        print(f"[{out.dialect}] scheduler tick at scale {scale:g} of {base.label} ...", flush=True)
        figures = await baseline_tick(base, await fresh(f"tick-baseline{i}"), now, repeats=repeats)
        out.ticks_before.setdefault(base.label, {})[scale] = figures


async def _cast(url: str, *, seed: int) -> Cast:
    db = Database(url)
    try:
        return await load_cast(db, want_live=5000, seed=seed)
    finally:
        await db.dispose()


async def hot_plans(db: Database, now: datetime) -> list[explain_mod.Plan]:
    cast = await load_cast(db, want_live=1, seed=5)
    c = next(c for c in cast.committees if c.id in cast.members and c.id in cast.admins)
    assert c.id is not None
    member, admin = cast.members[c.id], cast.admins[cast.live[0][1]]
    admin_committee = next(x for x in cast.committees if x.id == cast.live[0][1])
    runs: list[tuple[str, Callable[[], Awaitable[object]]]] = [
        ("list in a channel", lambda: respond("", ctx=channel_ctx(c, member, now), db=db)),
        ("mine", lambda: respond("mine", ctx=dm_ctx(cast.officers[0], now), db=db)),
        ("overdue", lambda: respond("overdue", ctx=channel_ctx(c, member, now), db=db)),
        ("show", lambda: respond(f"show {cast.show_refs[0]}", ctx=channel_ctx(c, member, now), db=db)),
        (
            "done",
            lambda: respond(f"done {cast.live[0][0]}", ctx=channel_ctx(admin_committee, admin, now), db=db),
        ),
        ("scheduler: load state and plan", lambda: Engine(db, []).load(now)),
    ]
    plans: list[explain_mod.Plan] = []
    for label, run in runs:
        plans += await explain_mod.explain(db, await explain_mod.record(db, label, run))
    return plans


def _ok(good: bool) -> str:
    return "yes" if good else "**no**"


def table(results: list[Results]) -> str:
    head = "| What | Measure | Target | " + " | ".join(r.dialect for r in results) + " | Met |"
    rule = "|---|---|---|" + "---|" * len(results) + "---|"
    rows = [head, rule]

    def row(what: str, measure: str, target: str, cells: list[str], met: list[bool] | None) -> None:
        ok = "" if met is None else _ok(all(met))
        rows.append(f"| {what} | {measure} | {target} | " + " | ".join(cells) + f" | {ok} |")

    names = [h.name for h in results[0].handlers]
    for i, name in enumerate(names):
        cells, met = [], []
        for r in results:
            h = r.handlers[i]
            fail = f" ({h.failures} failed)" if h.failures else ""
            cells.append(f"{h.p50:.1f} / {h.p99:.1f} ms (n={len(h.samples)}){fail}")
            met.append(h.p99 < HANDLER_TARGET_MS and not h.failures)
        row(f"handler: {name}", "p50 / p99", "p99 < 25 ms", cells, met)
    if all(r.http for r in results):
        https = [r.http for r in results if r.http]
        row(
            "`serve`'s first reminder fan-out",
            "Slack calls; busy for; CPU used (waited out before the HTTP figures)",
            "",
            [
                f"{h.fanout.calls} calls; {h.fanout.seconds:.1f} s; {h.fanout.cpu_seconds:.1f} s CPU"
                for h in https
            ],
            None,
        )
        row(
            f"HTTP `serve`, {https[0].fixed_rate:g} req/s",
            "ack p50 / p99",
            "",
            [f"{quantile_pair(h.serve_fixed.acked)}" for h in https],
            None,
        )
        row(
            f"HTTP `serve`, {https[0].fixed_rate:g} req/s",
            "answer (in the ack or at response_url) p50 / p99",
            "",
            [f"{quantile_pair(h.serve_fixed.replied)}" for h in https],
            None,
        )
        row(
            f"HTTP bare aiohttp, {https[0].fixed_rate:g} req/s",
            "ack p50 / p99",
            "",
            [f"{quantile_pair(h.bare_fixed.acked)}" for h in https],
            None,
        )
        row(
            "HTTP sustained rate",
            "req/s: serve / bare",
            "",
            [f"{h.serve_sustained:g} / {h.bare_sustained:g}" for h in https],
            None,
        )
        ratios = [h.serve_sustained / h.bare_sustained if h.bare_sustained else 0.0 for h in https]
        row(
            "HTTP ratio",
            "serve / bare sustained",
            ">= 0.4",
            [f"{x:.3f}" for x in ratios],
            [x >= RATIO_TARGET for x in ratios],
        )
        row(
            "memory of `serve`",
            "peak RSS (VmHWM)",
            "< 250 MB",
            [f"{h.peak_rss_mb:.0f} MB (at start {h.start_rss_mb:.0f} MB)" for h in https],
            [h.peak_rss_mb < RSS_TARGET_MB for h in https],
        )
    imports = [r.imports for r in results if r.imports]
    if len(imports) == len(results):
        row(
            "minutes import",
            "documents/s (extract + import)",
            "none",
            [f"{m.per_second:.1f} ({m.documents} docs, {m.kb:.0f} KB a round)" for m in imports],
            None,
        )
    return "\n".join(rows)


def quantile_pair(samples: list[float]) -> str:
    from bench.handlers_bench import quantile

    if not samples:
        return "none answered"
    return f"{quantile(samples, 50):.1f} / {quantile(samples, 99):.1f} ms (n={len(samples)})"


async def main_async(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    shape = Shape.at(args.scale)
    workdir = Path(tempfile.mkdtemp(prefix="committee-bot-bench-"))
    results: list[Results] = []
    try:
        if args.db in ("sqlite", "both"):
            results.append(await _run_on("SQLite", SqliteStores(workdir, now), args, now, workdir))
        if args.db in ("postgres", "both"):
            async with postgres(now) as stores:
                results.append(await _run_on("PostgreSQL", stores, args, now, workdir))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print()
    print(f"## committee-bot benchmarks, --scale {args.scale:g}: {shape.describe()}")
    print()
    for r in results:
        print(f"- {r.dialect}: store {r.setup}")
    print()
    if args.only & {"handlers", "http", "import"}:
        print(table(results))
        print()
    columns = [
        report.Column(r.dialect, r.serve, {**({args.scale: r.tick} if r.tick else {}), **r.ticks_at})
        for r in results
    ]
    if args.only & {"burst", "cpu", "tick"}:
        print("### Issue 17: acks, CPU per command, loop stalls, ticks, memory")
        print()
        print(report.table(columns))
    side_by_side = [
        column
        for r, mine in zip(results, columns, strict=True)
        if r.ticks_before
        for column in [
            *(report.Column(f"{r.dialect}, {label}", None, ticks) for label, ticks in r.ticks_before.items()),
            report.Column(f"{r.dialect}, this tree", None, mine.ticks),
        ]
    ]
    if side_by_side:
        print()
        print("### The tick before (--baseline, run just before this tree's on a copy of its own) and after")
        print()
        print(report.table(side_by_side))
    for r in results:
        if r.http:
            print()
            print(f"HTTP steps on {r.dialect} (serve, then bare aiohttp):")
            for s in r.http.serve_steps:
                print(f"- serve {describe_step(s)}")
            for s in r.http.bare_steps:
                print(f"- bare  {describe_step(s)}")
    if args.explain:
        for r in results:
            print()
            print(explain_mod.render(r.plans, r.dialect))
    return 0


async def _run_on(
    dialect: str,
    stores: SqliteStores | PostgresStores,
    args: argparse.Namespace,
    now: datetime,
    workdir: Path,
) -> Results:
    store = await stores.make(args.scale)
    out = await measure(dialect, store.fresh, now, args, workdir, store.setup)
    for scale in sorted({s for s in args.tick_scale if s != args.scale}) if "tick" in args.only else []:
        extra = await stores.make(scale)
        out.setup += f"; at scale {scale:g} {extra.setup}"
        await _baseline_ticks(out, extra.fresh, now, args, workdir, scale=scale, repeats=3)
        print(f"[{dialect}] scheduler tick at scale {scale:g} ...", flush=True)
        out.ticks_at[scale] = await _tick(await extra.fresh("tick"), now, repeats=3)
    return out


def _parts(value: str) -> set[str]:
    parts = {p.strip() for p in value.split(",") if p.strip()}
    unknown = parts - set(PARTS)
    if unknown:
        raise argparse.ArgumentTypeError(
            f"no such part: {', '.join(sorted(unknown))} (parts: {', '.join(PARTS)})"
        )
    return parts


def _scales(value: str) -> list[float]:
    try:
        return [float(v) for v in value.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"scales are numbers, e.g. 5 or 1,5; not {value!r}") from None


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 200 committees, 100,000 actions")
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--explain", action="store_true", help="print the plans of the hot queries")
    parser.add_argument("--iterations", type=int, default=300, help="per handler command, after warm-up")
    parser.add_argument("--rate", type=float, default=20.0, help="the fixed HTTP rate, req/s")
    parser.add_argument("--step-seconds", type=float, default=4.0, help="length of each rate step")
    parser.add_argument("--no-http", action="store_true", help="skip the HTTP path and memory")
    parser.add_argument(
        "--only",
        action="append",
        type=_parts,
        help=f"measure only these parts, comma-separated or repeated ({', '.join(PARTS)}); "
        "default: handlers,tick,http,import",
    )
    parser.add_argument(
        "--tick-scale",
        action="append",
        type=_scales,
        default=[],
        help="also measure the tick on a store of this scale (e.g. 5: 500,000 actions)",
    )
    parser.add_argument(
        "--baseline",
        action="append",
        default=[],
        metavar="REF",
        help="also measure the CPU per command of this commit's `serve` (e.g. main), alternately "
        "with this tree's, and its scheduler tick just before this tree's, in the same run "
        "(repeatable)",
    )
    parser.add_argument("--burst", type=int, default=200, help="requests in the burst")
    parser.add_argument(
        "--cpu-commands", type=int, default=200, help="commands of each kind for the CPU figure"
    )
    args = parser.parse_args()
    args.only = set().union(*args.only) if args.only else {"handlers", "tick", "http", "import"}
    args.tick_scale = [s for group in args.tick_scale for s in group]
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    raise SystemExit(main())
