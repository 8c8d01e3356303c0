"""The table of issue 17's figures (burst, server CPU per command, loop stalls, ticks, peak RSS),
one column per store, with the issue's targets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bench.handlers_bench import quantile
from bench.serve_bench import CpuFigure, ServeFigures, median
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

        def burst_acks(c: Column) -> tuple[str, bool | None]:
            b = c.serve.burst if c.serve else None
            assert b is not None
            worst = max(b.acks) if b.acks else float("inf")
            text = f"{_ms(quantile(b.acks, 50) / 1000)} / {_ms(worst)}"
            return text + (
                f" ({b.errors} not acked)" if b.errors else ""
            ), worst <= ACK_TARGET_S and not b.errors

        def burst_late(c: Column) -> tuple[str, bool | None]:
            b = c.serve.burst if c.serve else None
            assert b is not None
            return f"{b.acks_over(1.0)} / {b.acks_over(3.0)}", b.acks_over(1.0) == 0

        def burst_answers(c: Column) -> tuple[str, bool | None]:
            b = c.serve.burst if c.serve else None
            assert b is not None
            times = b.answers + [float("inf")] * b.unanswered
            p99 = sorted(times)[max(0, round(0.99 * len(times)) - 1)] if b.unanswered else None
            p99 = quantile(b.answers, 99) / 1000 if p99 is None else p99
            notes = [
                f"{n} {what}"
                for n, what in ((b.unanswered, "unanswered"), (b.failed, "errors"), (b.busy, "busy"))
                if n
            ]
            text = f"{_ms(quantile(b.answers, 50) / 1000)} / {_ms(p99) if p99 != float('inf') else 'never'}"
            return text + (
                f" ({', '.join(notes)})" if notes else ""
            ), p99 < ANSWER_P99_TARGET_S and not b.failed

        n = serves[0].burst.sent if serves[0] and serves[0].burst else 0
        row(f"burst of {n} `/actions` at once", "ack p50 / max", "max <= 1 s", burst_acks)
        row(f"burst of {n}", "acks over 1 s / over 3 s", "0 / 0", burst_late)
        row(f"burst of {n}", "answer p50 / p99 (in the ack or at response_url)", "p99 < 5 s", burst_answers)
        row(
            f"burst of {n}",
            "the mix; requests written within",
            "",
            lambda c: (
                ", ".join(f"{k} {v}" for k, v in sorted(c.serve.burst.kinds.items()))
                + f"; {c.serve.burst.write_span_ms:.0f} ms"
                if c.serve and c.serve.burst
                else "",
                None,
            ),
        )
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
    text = f"{_ms(t.plan_median_ms / 1000)} ({t.planned} due, {t.live_loaded:,} actions read)"
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
        return "; ".join(f"{x:.0f} ms" for x in times), all(x < TICK_TARGET_MS for x in times)

    def steady_stalls(c: Column) -> tuple[str, bool | None]:
        return phases(c.ticks[scale], "steady", "hourly", "quiet")

    return [
        ("cold: ", "fresh engine, load + plan, median", "< 250 ms at 100k" if scale == 1 else "", cold),
        ("stalls over 50 ms: ", "cold load; first full tick", "none", cold_stalls),
        ("first full tick: ", "claim + record every delivery", "", first),
        ("median: ", "steady (each minute); hourly full read; quiet fresh engine", "< 250 ms each", steady),
        ("stalls over 50 ms: ", "steady; hourly; quiet", "none", steady_stalls),
    ]
