"""`committee-bot import FILE|URL --committee C`."""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime

from bot.config import Settings
from handlers.importing import import_extraction
from minutes.errors import MinutesError
from minutes.sources import read_source
from storage import committees, people
from storage.db import Database
from storage.migrate import upgrade


async def import_cli(settings: Settings, *, source: str, committee: str, as_name: str | None) -> int:
    try:
        extraction = await read_source(source)
    except MinutesError as exc:
        print(f"committee-bot import: {source}: {exc}", file=sys.stderr)
        return 1
    await asyncio.to_thread(upgrade, settings.database_url)
    db = Database(settings.database_url)
    try:
        async with db.transaction() as session:
            found = await committees.get_committee(session, code=committee)
            if found is None:
                known = ", ".join(c.code for c in await committees.list_committees(session)) or "none yet"
                print(
                    f"committee-bot import: there is no committee {committee!r} (known: {known})",
                    file=sys.stderr,
                )
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
        return 0
    finally:
        await db.dispose()
