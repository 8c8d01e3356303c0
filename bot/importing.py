"""`committee-bot import FILE|URL --committee C`."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from bot.cli_store import committee_or_say, open_store
from bot.config import Settings
from handlers.importing import import_extraction
from minutes.errors import MinutesError
from minutes.sources import read_source
from storage import people


async def import_cli(settings: Settings, *, source: str, committee: str, as_name: str | None) -> int:
    try:
        extraction = await read_source(source)
    except MinutesError as exc:
        print(f"committee-bot import: {source}: {exc}", file=sys.stderr)
        return 1
    db = await open_store(settings)
    try:
        async with db.transaction() as session:
            found = await committee_or_say(session, command="import", code=committee)
            if found is None:
                return 2
            actor = None
            if as_name:
                matches = await people.find_people(session, name=as_name)
                if len(matches) != 1:
                    print(
                        f"committee-bot import: --as {as_name!r} matches {len(matches)} people",
                        file=sys.stderr,
                    )
                    return 2
                actor = matches[0]
            result = await import_extraction(
                session, extraction=extraction, committee=found, actor=actor, now=datetime.now(UTC)
            )
        print(result.summary(found))
        return 1 if result.nothing_found is not None else 0
    finally:
        await db.dispose()
