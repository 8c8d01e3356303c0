"""One entry point for every platform: chat text in, a Reply out."""

from __future__ import annotations

import logging
from typing import Any

from handlers import admin, changes, export, listing, meetings, programme, review, settings  # noqa: F401  (register their handlers)
from handlers.context import Context
from handlers.grammar import ParseError, parse
from handlers.registry import HANDLERS
from handlers.replies import Reply, error
from storage.db import Database

log = logging.getLogger(__name__)


async def respond(text: str, *, ctx: Context, db: Database) -> Reply:
    try:
        command = parse(text)
    except ParseError as exc:
        return error(exc.message, usage=exc.usage)
    return await execute(command, ctx=ctx, db=db)


async def execute(command: Any, *, ctx: Context, db: Database) -> Reply:
    handler = HANDLERS.get(type(command))
    if handler is None:
        log.error("no handler for %s", type(command).__name__)
        return error(f"`{type(command).__name__}` is understood but not handled yet.")
    return await handler(command, ctx, db)
