"""`committee-bot export --committee C [--format csv|md|html|ics|all] [--out DIR|-]`."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.cli_store import committee_or_say, open_store
from bot.config import Settings
from handlers.commands import Format
from handlers.export import export_file


async def export_cli(
    settings: Settings, *, committee: str, fmt: str, out: str, now: datetime | None = None
) -> int:
    formats = list(Format) if fmt == "all" else [Format(fmt)]
    if out == "-" and len(formats) > 1:
        print(
            "committee-bot export: --out - writes one file to standard output; give --format csv, md, "
            "html or ics, or a directory",
            file=sys.stderr,
        )
        return 2
    when = now or datetime.now(UTC)
    db = await open_store(settings)
    try:
        async with db.transaction() as session:
            found = await committee_or_say(session, command="export", code=committee)
            if found is None:
                return 2
            files = [await export_file(session, found, f, now=when) for f in formats]
    finally:
        await db.dispose()
    if out == "-":
        sys.stdout.buffer.write(files[0].content)
        sys.stdout.flush()
        return 0
    target = Path(out)
    try:
        target.mkdir(parents=True, exist_ok=True)
        for file in files:
            path = target / file.filename
            path.write_bytes(file.content)
            print(f"wrote {path} ({len(file.content)} bytes): {file.summary}")
    except OSError as exc:
        print(f"committee-bot export: cannot write into {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0
