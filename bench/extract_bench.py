"""Extraction speed: median time for the 91 KB agenda pack seed, and documents per second over
all seeds and our fixtures. Run as `.venv/bin/python bench/extract_bench.py` from the repo root."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutes.extract import extract_text  # noqa: E402
from minutes.formats import bytes_to_text  # noqa: E402

SEEDS = Path("/work/shared/seeds")
FIXTURES = ROOT / "tests" / "fixtures" / "minutes"
RUNS = 15


def _median_ms(text: str, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract_text(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


HOSTILE = (
    "(a) ",
    "proposed by Cllr A seconded by Cllr B and ",
    "• x\n",
    "next meeting on ",
    "a" * 200 + "\n",
)


def _hostile(size: int = 1_000_000) -> None:
    """Worst of a few 1 MB texts of one repeated token: reading must stay linear in the length."""
    worst = ("", 0.0)
    for unit in HOSTILE:
        text = unit * (size // len(unit))
        start = time.perf_counter()
        extract_text(text)
        took = time.perf_counter() - start
        if took > worst[1]:
            worst = (unit, took)
    print(f"hostile 1 MB texts: slowest {worst[1]:.1f} s ({worst[0][:24]!r} repeated)")


def main() -> int:
    docs: list[tuple[str, str]] = []
    if SEEDS.is_dir():
        big = sorted(SEEDS.glob("004_*.txt"))
        if big:
            text = big[0].read_text(encoding="utf-8")
            print(
                f"{big[0].name} ({len(text) / 1024:.0f} KB): median {_median_ms(text):.1f} ms over {RUNS} runs"
            )
        docs += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    else:
        print(f"{SEEDS} is absent: skipping the seed timing")
    docs += [
        (p.name, bytes_to_text(p.read_bytes(), source=p.name))
        for p in sorted(FIXTURES.iterdir())
        if p.is_file()
    ]
    if not docs:
        print("no documents to time")
        return 0
    _hostile()
    start = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        for _, text in docs:
            extract_text(text)
    elapsed = time.perf_counter() - start
    print(
        f"throughput: {rounds * len(docs) / elapsed:.0f} documents/s over {len(docs)} documents x {rounds} rounds"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
