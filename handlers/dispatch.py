"""One entry point for every platform: chat text in, a Reply out."""

from __future__ import annotations

import logging
from typing import Any

from handlers import admin, changes, export, listing, meetings, programme, review, settings  # noqa: F401  (register their handlers)
from handlers.commands import Help, ListActions, Show
from handlers.context import Context
from handlers.grammar import ParseError, parse
from handlers.registry import HANDLERS
from handlers.replies import Reply, error
from storage.db import Database

log = logging.getLogger(__name__)


READS: tuple[type, ...] = (ListActions, Show, Help)


async def respond(text: str, *, ctx: Context, db: Database) -> Reply:
    command = parse_or_error(text)
    if isinstance(command, Reply):
        return command
    return await execute(command, ctx=ctx, db=db)


def parse_or_error(text: str) -> Any:
    """The typed command, or the error Reply that explains what was wrong with the text."""
    try:
        return parse(text)
    except ParseError as exc:
        return error(exc.message, usage=exc.usage)


def changes_nothing(command: Any) -> bool:
    """A read (or an error reply): running it twice is as good as once, so an edge need not claim
    the request first. A shared listing posts to the channel, so it is not one."""
    if isinstance(command, Reply):
        return True
    return isinstance(command, READS) and not getattr(command, "share", False)


async def execute(command: Any, *, ctx: Context, db: Database) -> Reply:
    handler = HANDLERS.get(type(command))
    if handler is None:
        log.error("no handler for %s", type(command).__name__)
        return error(f"`{type(command).__name__}` is understood but not handled yet.")
    return await handler(command, ctx, db)
