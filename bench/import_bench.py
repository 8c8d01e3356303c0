"""Minutes import throughput: `minutes.extract.extract_text` then `handlers.importing.import_extraction`
into the generated store, over our fixture minutes and the seeds in /work/shared/seeds (when present).

The documents are the ones bench/extract_bench.py times (it measures the reader alone). Each round
imports every document into another committee, so no import is skipped as already seen.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import col, select

from bench import extract_bench
from handlers.importing import import_extraction
from minutes.extract import extract_text
from minutes.formats import bytes_to_text
from storage.db import Database
from storage.models import Committee


def documents() -> list[tuple[str, str]]:
    docs: list[tuple[str, str]] = []
    seeds = Path(extract_bench.SEEDS)
    if seeds.is_dir():
        docs += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.txt"))]
    docs += [
        (p.name, bytes_to_text(p.read_bytes(), source=p.name))
        for p in sorted(Path(extract_bench.FIXTURES).iterdir())
        if p.is_file()
    ]
    return docs


@dataclass
class ImportFigures:
    documents: int
    seconds: float
    created: int
    kb: float

    @property
    def per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


async def import_figures(db: Database, now: datetime, *, rounds: int = 3) -> ImportFigures:
    docs = documents()
    async with db.transaction() as session:
        targets = list((await session.exec(select(Committee).order_by(col(Committee.id).desc()))).all())
    created = 0
    count = 0
    start = time.perf_counter()
    for r in range(min(rounds, len(targets))):
        committee = targets[r]
        for name, text in docs:
            extraction = extract_text(text, source=name)

            async def work(session, extraction=extraction, committee=committee):  # type: ignore[no-untyped-def]
                return await import_extraction(
                    session, extraction=extraction, committee=committee, actor=None, now=now
                )

            result = await db.run(work)
            created += len(result.created)
            count += 1
    took = time.perf_counter() - start
    return ImportFigures(count, took, created, sum(len(t) for _, t in docs) / 1024)
