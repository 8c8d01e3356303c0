"""The table of issue 17's figures (burst, server CPU per command, loop stalls, ticks, peak RSS),
one column per store, with the issue's targets."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bench.handlers_bench import quantile
from bench.serve_bench import Burst, CpuFigure, ServeFigures, median
from bench.tick_bench import TickFigures

ACK_TARGET_S = 1.0
ANSWER_P99_TARGET_S = 5.0
CPU_TARGET_MS = 4.0
TICK_TARGET_MS = 250.0
STALL_S = 0.05
RSS_TARGET_MB = 250.0
CPU_TARGETS = {"list": CPU_TARGET_MS, "mine": CPU_TARGET_MS, "overdue": CPU_TARGET_MS, "done": CPU_TARGET_MS}


@dataclass
class Column:
    dialect: str
    serve: ServeFigures | None = None
    ticks: dict[float, TickFigures] = field(default_factory=dict)
    """By scale."""


def _ok(met: Sequence[bool]) -> str:
    return "" if not met else "yes" if all(met) else "**no**"


def _stalls(stalls: Sequence[float]) -> str:
    over = [s for s in stalls if s > STALL_S]
    if not over:
        return "none"
    return f"{len(over)}, longest {max(over) * 1000:.0f} ms"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def table(columns: list[Column]) -> str:
    head = "| What | Measure | Target | " + " | ".join(c.dialect for c in columns) + " | Met |"
    rows = [head, "|---|---|---|" + "---|" * len(columns) + "---|"]

    def row(what: str, measure: str, target: str, cell: Callable[[Column], tuple[str, bool | None]]) -> None:
        cells, met = [], []
        for c in columns:
            text, ok = cell(c)
            cells.append(text)
            if ok is not None:
                met.append(ok)
        rows.append(f"| {what} | {measure} | {target} | " + " | ".join(cells) + f" | {_ok(met)} |")

    serves = [c.serve for c in columns]
    if all(s is not None and s.burst is not None for s in serves):
        n = serves[0].burst.sent if serves[0] and serves[0].burst else 0
        for what, measure, goal, cell in _burst_rows(
            lambda c: c.serve.burst if c.serve else None, connecting=False
        ):
            row(f"burst of {n} `/actions` at once" + what, measure, goal, cell)
    if all(s is not None and s.burst_connecting is not None for s in serves):
        for what, measure, goal, cell in _burst_rows(
            lambda c: c.serve.burst_connecting if c.serve else None, connecting=True
        ):
            row("burst again, each connecting as it sends" + what, measure, goal, cell)
    if all(s is not None and s.cpu for s in serves):
        kinds = [f.name for f in serves[0].cpu] if serves[0] else []
        for i, kind in enumerate(kinds):
            target = CPU_TARGETS.get(kind)

            def cpu_cell(c: Column, i: int = i, target: float | None = target) -> tuple[str, bool | None]:
                assert c.serve is not None
                f = c.serve.cpu[i]
                floor = c.serve.floor_ack.cpu_ms if c.serve.floor_ack else 0.0
                return _cpu(f, floor), None if target is None else (f.cpu_ms <= target and not f.failures)

            label = {"list": "list in a channel", "show": "`show A<n>`", "done": "`done A<n>`"}.get(
                kind, f"`{kind}`"
            )
            row(
                f"server CPU: {label}",
                "ms per command (x bolt-only-ack); answer p50",
                f"<= {target:g} ms" if target else "",
                cpu_cell,
            )
            for b, (base_label, _) in enumerate(serves[0].baseline_cpu if serves[0] else []):

                def base_cell(c: Column, i: int = i, b: int = b) -> tuple[str, bool | None]:
                    assert c.serve is not None
                    floor = c.serve.floor_ack.cpu_ms if c.serve.floor_ack else 0.0
                    return _cpu(c.serve.baseline_cpu[b][1][i], floor), None

                row(f"... the same, before: {base_label}", "the same, measured alternately", "", base_cell)
        row(
            "server CPU: bolt that only acks",
            "ms per command (bench/floor_server.py ack)",
            "",
            lambda c: (_cpu(c.serve.floor_ack, 0.0) if c.serve and c.serve.floor_ack else "", None),
        )
        row(
            "server CPU: `serve` idle",
            "ms of CPU per s (loop-lag timer, nothing else due)",
            "",
            lambda c: (f"{c.serve.idle_cpu_ms_per_s:.1f}" if c.serve else "", None),
        )
    if all(s is not None for s in serves):
        row(
            "`serve`'s first reminder fan-out",
            "Slack calls (the first after); busy for; CPU used",
            "",
            lambda c: (
                f"{c.serve.fanout.calls} calls (first {c.serve.fanout.first_call_s:.1f} s); "
                f"{c.serve.fanout.seconds:.1f} s; {c.serve.fanout.cpu_seconds:.1f} s CPU"
                + ("" if c.serve.fanout.settled else " (not settled)")
                if c.serve
                else "",
                None,
            ),
        )
        row(
            "`serve`'s loop stalls (its log)",
            "over 50 ms: during the fan-out",
            "none",
            lambda c: (_stalls(c.serve.fanout_stalls), not c.serve.fanout_stalls) if c.serve else ("", None),
        )
        row(
            "`serve`'s loop stalls (its log)",
            "over 50 ms: during the CPU runs; during the burst",
            "",
            lambda c: (
                f"{_stalls(c.serve.cpu_stalls)}; {_stalls(c.serve.burst_stalls)}" if c.serve else "",
                None,
            ),
        )
    scales = sorted({s for c in columns for s in c.ticks})
    for scale in scales:
        if all(scale in c.ticks for c in columns):
            for what, measure, goal, cell in _tick_rows(scale):
                row(f"tick, scale {scale:g}", what + measure, goal, cell)
    if all(s is not None for s in serves):

        def rss(c: Column) -> tuple[str, bool | None]:
            assert c.serve is not None
            s = c.serve
            burst = f"; the burst alone {s.hwm_burst_mb:.0f} MB" if s.hwm_burst_mb is not None else ""
            text = f"{s.peak_rss_mb:.0f} MB (settled {s.rss_settled_mb:.0f} MB{burst})"
            return text, s.peak_rss_mb < RSS_TARGET_MB

        row("memory of `serve`", "peak RSS (VmHWM) over its life", "< 250 MB", rss)
    return "\n".join(rows)


def _cpu(f: CpuFigure, floor: float) -> str:
    ratio = f" (x{f.cpu_ms / floor:.1f})" if floor else ""
    fails = f", {f.failures} failed" if f.failures else ""
    return f"{f.cpu_ms:.1f}{ratio}; {median(f.wall_ms):.0f} ms{fails}"


def _tick_cold(t: TickFigures, scale: float) -> tuple[str, bool | None]:
    cpu = f", CPU {statistics.median(t.plan_cpu_ms):.0f} ms" if t.plan_cpu_ms else ""
    text = f"{_ms(t.plan_median_ms / 1000)}{cpu} ({t.planned} due, {t.live_loaded:,} actions read)"
    return text, (t.plan_median_ms < TICK_TARGET_MS) if scale == 1 else None


TickCell = Callable[[Column], tuple[str, bool | None]]


def _tick_rows(scale: float) -> list[tuple[str, str, str, TickCell]]:
    def phases(t: TickFigures, *names: str) -> tuple[str, bool]:
        text = "; ".join(_stalls(t.stalls.get(p, [])) for p in names)
        return text, not any(x > STALL_S for p in names for x in t.stalls.get(p, []))

    def cold(c: Column) -> tuple[str, bool | None]:
        return _tick_cold(c.ticks[scale], scale)

    def cold_stalls(c: Column) -> tuple[str, bool | None]:
        return phases(c.ticks[scale], "cold", "first")

    def first(c: Column) -> tuple[str, bool | None]:
        t = c.ticks[scale]
        return f"{t.first_tick_s:.1f} s for {t.first_sent} sends", None

    def steady(c: Column) -> tuple[str, bool | None]:
        t = c.ticks[scale]
        times = (t.steady_tick_ms, t.hourly_tick_ms, t.quiet_tick_ms)
        sent = f" ({t.sends.get('steady', 0)} + {t.sends.get('hourly', 0)} sent)"
        return "; ".join(f"{x:.0f} ms" for x in times) + sent, all(x < TICK_TARGET_MS for x in times)

    def steady_stalls(c: Column) -> tuple[str, bool | None]:
        return phases(c.ticks[scale], "steady", "hourly", "quiet")

    return [
        (
            "cold: ",
            "fresh engine, load + plan, median (and its CPU in the bench's process)",
            "< 250 ms at 100k" if scale == 1 else "",
            cold,
        ),
        ("stalls over 50 ms: ", "cold load; first full tick", "none", cold_stalls),
        ("first full tick: ", "claim + record every delivery", "", first),
        (
            "median: ",
            "steady (each minute); hourly full read; quiet fresh engine (sent in steady + hourly)",
            "< 250 ms each",
            steady,
        ),
        ("stalls over 50 ms: ", "steady; hourly; quiet", "none", steady_stalls),
    ]


def _burst_rows(
    of: Callable[[Column], Burst | None], *, connecting: bool
) -> list[tuple[str, str, str, Callable[[Column], tuple[str, bool | None]]]]:
    since = "from the start of its connection" if connecting else "from arrival"

    def get(c: Column) -> Burst:
        b = of(c)
        assert b is not None
        return b

    def acks(c: Column) -> tuple[str, bool | None]:
        b = get(c)
        worst = max(b.acks) if b.acks else float("inf")
        text = f"{_ms(quantile(b.acks, 50) / 1000)} / {_ms(worst)}" + (
            f" ({b.errors} not acked)" if b.errors else ""
        )
        return text, (worst <= ACK_TARGET_S and not b.errors) if not connecting else None

    def late(c: Column) -> tuple[str, bool | None]:
        b = get(c)
        return f"{b.acks_over(1.0)} / {b.acks_over(3.0)}", (b.acks_over(1.0) == 0) if not connecting else None

    def answers(c: Column) -> tuple[str, bool | None]:
        b = get(c)
        times = sorted(b.answers + [float("inf")] * b.unanswered)
        p99 = times[max(0, round(0.99 * len(times)) - 1)] if b.unanswered else quantile(b.answers, 99) / 1000
        notes = [
            f"{n} {what}"
            for n, what in ((b.unanswered, "unanswered"), (b.failed, "errors"), (b.busy, "busy"))
            if n
        ]
        text = f"{_ms(quantile(b.answers, 50) / 1000)} / {_ms(p99) if p99 != float('inf') else 'never'}"
        text += f" ({', '.join(notes)})" if notes else ""
        return text, (p99 < ANSWER_P99_TARGET_S and not b.failed) if not connecting else None

    def mix(c: Column) -> tuple[str, bool | None]:
        b = get(c)
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(b.kinds.items()))
        if connecting:
            return f"{kinds}; longest connect {_ms(max(b.connects))}" if b.connects else kinds, None
        return f"{kinds}; written within {b.write_span_ms:.0f} ms", None

    rows: list[tuple[str, str, str, Callable[[Column], tuple[str, bool | None]]]] = [
        ("", f"ack p50 / max, {since}", "" if connecting else "max <= 1 s", acks),
        ("", "acks over 1 s / over 3 s", "" if connecting else "0 / 0", late),
        ("", "answer p50 / p99 (in the ack or at response_url)", "" if connecting else "p99 < 5 s", answers),
        ("", "the mix", "", mix),
    ]
    return rows
