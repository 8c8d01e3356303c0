"""An earlier commit's scheduler tick, measured in the same run as this tree's (`--baseline REF`
with part `tick`).

The commit's files (bench.baseline.export) are run in a child process with this tree's
virtualenv, on a copy of the same generated store of its own: the commit's own
`bench.tick_bench.tick_figures`, so the engine, the reads and the way they are timed are the
commit's. The child prints the figures as JSON; fields the commit's `TickFigures` lacks keep
this tree's defaults.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import sys
from datetime import datetime
from typing import Any

from bench.baseline import Baseline
from bench.tick_bench import TickFigures

_CHILD = """
import asyncio, dataclasses, json, sys
from datetime import datetime
from bench.tick_bench import tick_figures
from storage.db import Database

async def main():
    db = Database(sys.argv[1])
    try:
        figures = await tick_figures(db, datetime.fromisoformat(sys.argv[2]), repeats=int(sys.argv[3]))
    finally:
        await db.dispose()
    print("TICK-FIGURES " + json.dumps(dataclasses.asdict(figures)))

asyncio.run(main())
"""


async def baseline_tick(base: Baseline, url: str, now: datetime, *, repeats: int) -> TickFigures:
    """The tick figures of `base`'s tree on the store at `url` (prepared here to its schema)."""
    await base.prepare(url)
    env = {**os.environ, "PYTHONPATH": str(base.tree)}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _CHILD,
        url,
        now.isoformat(),
        str(repeats),
        cwd=base.tree,
        env=env,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"the tick of {base.label} failed (exit {proc.returncode})")
    line = next(x for x in out.decode().splitlines() if x.startswith("TICK-FIGURES "))
    return figures_of(json.loads(line.split(" ", 1)[1]))


def figures_of(data: dict[str, Any]) -> TickFigures:
    known = {f.name for f in dataclasses.fields(TickFigures)}
    return TickFigures(**{k: v for k, v in data.items() if k in known})
