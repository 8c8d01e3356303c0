"""What the CLI subcommands that work on one committee share: the store, migrated, and the
committee looked up by its code, or a message on stderr naming the committees there are."""

from __future__ import annotations

import asyncio
import sys

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from storage import committees
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Committee


async def open_store(settings: Settings) -> Database:
    """The configured store, migrated to the latest schema first."""
    await asyncio.to_thread(upgrade, settings.database_url)
    return Database(settings.database_url)


async def committee_or_say(session: AsyncSession, *, command: str, code: str) -> Committee | None:
    """The committee with this code; None once stderr has said there is none (and which there are)."""
    found = await committees.get_committee(session, code=code)
    if found is None:
        known = ", ".join(c.code for c in await committees.list_committees(session)) or "none yet"
        print(f"committee-bot {command}: there is no committee {code!r} (known: {known})", file=sys.stderr)
    return found
