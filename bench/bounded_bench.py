"""What bounded reading and fetching cost: the hostile documents of issue 14 under the real caps
and budgets, the largest document the caps let through, a normal import with and without the
worker process, and the hostile URL rows against a local server.

    .venv/bin/python -m bench.bounded_bench [--rounds 20]

Each hostile document is read by a fresh one-worker pool, so the worker's ru_maxrss (its peak
resident memory) is that document's alone. Times are wall clock in this process, the pipe both
ways included. The URL rows report this process's peak RSS growth
(VmHWM, reset through /proc/self/clear_refs before each row).

A new worker re-imports the main module (multiprocessing's rule for forked children), so this
module imports little at the top, as the `committee-bot` script does.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from minutes.bounded import ReaderPool
from minutes.errors import MinutesError
from minutes.limits import MB

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "004_d06f7c1cdf9178ce.txt"


def _hwm_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _reset_hwm() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


async def _hostile_row(name: str, data: bytes) -> str:
    readers = ReaderPool(1)
    started = time.perf_counter()
    try:
        answer, _ = await readers.measure(data, source=name)
        seconds = time.perf_counter() - started
        said = getattr(answer, "message", "read")
        return (
            f"| {name} ({len(data) / MB:.1f} MB) | {seconds:.2f} s | {answer.stats.seconds:.2f} s "
            f"| {answer.stats.peak_rss_kb / 1000:.0f} MB | {said[:90]} |"
        )
    except MinutesError as exc:
        return f"| {name} | {time.perf_counter() - started:.2f} s | - | - | {str(exc)[:90]} |"
    finally:
        readers.close()


async def _seed_overhead(rounds: int) -> list[str]:
    from minutes.extract import extract_bytes

    data = SEED.read_bytes()
    readers = ReaderPool(1)
    started = time.perf_counter()
    await readers.read(data, source=SEED.name)
    cold = time.perf_counter() - started
    inline: list[float] = []
    worker: list[float] = []
    for _ in range(rounds):  # alternated, so both see the same noise
        t = time.perf_counter()
        extract_bytes(data, source=SEED.name)
        inline.append(time.perf_counter() - t)
        t = time.perf_counter()
        await readers.read(data, source=SEED.name)
        worker.append(time.perf_counter() - t)
    replacement = ReaderPool(1)
    t = time.perf_counter()
    await replacement.read(data, source=SEED.name)
    fresh = time.perf_counter() - t
    readers.close()
    replacement.close()
    ms = 1000
    return [
        f"| seed agenda pack ({len(data) / 1000:.0f} kB), in process | {statistics.median(inline) * ms:.1f} ms "
        f"(min {min(inline) * ms:.1f}) | median of {rounds} |",
        f"| same, in a warm worker | {statistics.median(worker) * ms:.1f} ms (min {min(worker) * ms:.1f}) "
        f"| +{(statistics.median(worker) - statistics.median(inline)) * ms:.1f} ms |",
        f"| same, first read of the process (starts the forkserver) | {cold * ms:.0f} ms | once per process |",
        f"| same, in a new worker forked from the running forkserver | {fresh * ms:.0f} ms | after a kill |",
    ]


async def _url_rows() -> list[str]:
    from aiohttp import web

    from minutes.addresses import AllowList
    from minutes.fetch import fetch
    from tests.hostile.hostile_files import gzip_bomb

    chunk = b"x" * MB
    bomb = gzip_bomb(1_000 * MB)

    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        try:
            for _ in range(300):
                await response.write(chunk)
        except ConnectionError:
            pass
        return response

    async def gzipped(request: web.Request) -> web.Response:
        return web.Response(body=bomb, headers={"Content-Encoding": "gzip"})

    async def drip(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        try:
            for _ in range(14):
                await response.write(b"x")
                await asyncio.sleep(5)
        except (ConnectionError, asyncio.CancelledError):
            pass
        return response

    app = web.Application()
    app.router.add_get("/huge", huge)
    app.router.add_get("/gzip", gzipped)
    app.router.add_get("/drip", drip)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    allow = AllowList.parse("127.0.0.1")
    rows = []
    cases: list[tuple[str, Callable[[], Awaitable[object]]]] = [
        ("300 MB body", lambda: fetch(f"http://127.0.0.1:{port}/huge", allow=allow)),
        (
            f"gzip bomb ({len(bomb) / MB:.1f} MB -> 1 GB)",
            lambda: fetch(f"http://127.0.0.1:{port}/gzip", allow=allow),
        ),
        ("1 byte every 5 s", lambda: fetch(f"http://127.0.0.1:{port}/drip", allow=allow)),
        ("http://0x7f.1/ (default settings)", lambda: fetch(f"http://0x7f.1:{port}/huge")),
    ]
    for name, call in cases:
        reset = _reset_hwm()
        before = _hwm_kb()
        started = time.perf_counter()
        try:
            await call()
            said = "fetched"
        except MinutesError as exc:
            said = str(exc)
        seconds = time.perf_counter() - started
        growth = f"{(_hwm_kb() - before) / 1000:.0f} MB" if reset else "n/a"
        rows.append(f"| {name} | {seconds:.2f} s | {growth} | {said[:90]} |")
    await runner.cleanup()
    return rows


async def main(rounds: int) -> None:
    from tests.hostile.hostile_files import docx_bomb, pdf_of_pages

    print("## A normal import, with and without the worker\n")
    print("| read | time | note |\n|---|---|---|")
    for row in await _seed_overhead(rounds):
        print(row)
    print("\n## Hostile documents under the caps (default limits: 30 s, 1 GB)\n")
    print("| document | wall | in worker | worker peak RSS | answer |\n|---|---|---|---|---|")
    documents = [
        ("zip bomb .docx", docx_bomb(1_000_000_000)),
        ("30,000-page .pdf", pdf_of_pages(30_000)),
        ("50 MB .txt", b"RESOLVED: That the report be noted.\n" * (50 * MB // 36)),
        ("1,999-page .pdf, 45 lines a page (within the caps)", pdf_of_pages(1_999, lines_per_page=45)),
    ]
    for name, data in documents:
        print(await _hostile_row(name, data))
    print("\n## Hostile URLs (default limits: 30 s, 50 MB)\n")
    print("| URL | time | peak RSS growth of this process | answer |\n|---|---|---|---|")
    for row in await _url_rows():
        print(row)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    asyncio.run(main(parser.parse_args().rounds))
