"""One entry point for every platform: chat text or a typed command in, a Reply out.

The dispatcher owns the unit of work. It looks the command up in the handler table, opens a lookup
session (`Database.lookup`) for a handler that only reads, or a write transaction (`Database.run`, replayed when
it loses a race) for one that writes, and turns a refusal or an unknown name into a reply that
changes nothing.

An edge that gets the same delivery more than once (Slack retries, Teams redelivers) passes the
platform's id of it as a `Claim`. The claim is recorded in the transaction of the change itself, so
the change and the record that it was made commit together or not at all; a repeat answers None and
changes nothing. A read is claimed only when its answer is posted where a repeat would show twice
(`Claim.reads_too`, or a listing shared in the channel); otherwise a repeat is simply answered again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import commands as c
from handlers import visibility
from handlers.context import Context
from handlers.grammar import ParseError, parse
from handlers.permissions import Refused
from handlers.registry import Fetcher, Handler
from handlers.replies import REPLY_TYPES, Notice, Reply, error
from handlers.resolve import NotFound
from handlers.table import HANDLERS
from storage import driver_sql, seen
from storage.db import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Claim:
    """The platform's id of one delivery, e.g. `slack:command:<trigger id>`."""

    key: str
    reads_too: bool = False


async def respond(text: str, *, ctx: Context, db: Database) -> Reply:
    command = parse_or_error(text)
    if isinstance(command, Notice):
        return command
    return await execute(command, ctx=ctx, db=db)


async def respond_once(text: str, *, ctx: Context, db: Database, claim: Claim) -> Reply | None:
    """`respond`, for a delivery that may come again; None when it was handled before."""
    command = parse_or_error(text)
    if isinstance(command, Notice):
        return await _claimed(command, ctx, db, claim if claim.reads_too else None)
    return await execute_once(command, ctx=ctx, db=db, claim=claim)


def parse_or_error(text: str) -> c.Command | Notice:
    """The typed command, or the error Notice that explains what was wrong with the text."""
    try:
        return parse(text)
    except ParseError as exc:
        return error(exc.message, usage=exc.usage)


async def execute(command: c.Command, *, ctx: Context, db: Database) -> Reply:
    reply = await _execute(command, ctx, db, None)
    assert reply is not None  # only a claimed delivery can be a repeat
    return reply


async def execute_once(command: c.Command, *, ctx: Context, db: Database, claim: Claim) -> Reply | None:
    """`execute`, for a delivery that may come again; None when it was handled before."""
    return await _execute(command, ctx, db, claim)


def _posts_publicly(command: c.Command) -> bool:
    """A listing shared in the channel: answering a repeat would post it twice."""
    return isinstance(command, c.ListActions) and command.share


async def _execute(command: c.Command, ctx: Context, db: Database, claim: Claim | None) -> Reply | None:
    entry = HANDLERS.entry(command)
    if isinstance(entry, Fetcher):
        return await _fetch_then_execute(entry, command, ctx, db, claim)
    if not isinstance(entry, Handler):
        log.error("no handler for %s", type(command).__name__)
        return error(f"`{type(command).__name__}` is understood but not handled yet.")
    if claim is not None and not (entry.writes or claim.reads_too or _posts_publicly(command)):
        claim = None
    handler = entry
    public = _posts_publicly(command)
    try:
        if not handler.writes and claim is None:
            try:
                async with db.lookup() as session:
                    return await _handle(handler, command, ctx, session, public, assume=True)
            except driver_sql.VersionMoved:
                async with db.lookup() as session:
                    return await _handle(handler, command, ctx, session, public)

        async def work(session: AsyncSession) -> Reply | None:
            if claim is not None and not await seen.first_time(session, key=claim.key, now=ctx.now):
                return None
            return await _handle(handler, command, ctx, session, public)

        return await db.run(work)
    except (Refused, NotFound) as exc:
        # the refused work is rolled back; the delivery is still recorded as answered
        return await _claimed(error(exc.message), ctx, db, claim)


async def _handle(
    handler: Handler[c.Command],
    command: c.Command,
    ctx: Context,
    session: AsyncSession,
    public: bool,
    *,
    assume: bool = False,
) -> Reply:
    """Run the handler as this reader, in this place; what it answers passes the read rule once
    more on the way out (handlers/visibility.py). With `assume`, the reader is as the edge found
    it in the cache, checked by the handler's first statement, or after it by one of its own."""
    ctx = await visibility.with_reader(session, ctx, public=public, assume=assume)
    try:
        reply = await handler.handle(command, ctx, session)
    except (Refused, NotFound):
        await driver_sql.confirm(session)  # a refusal may have been worked out from late roles
        raise
    await driver_sql.confirm(session)
    assert ctx.reader is not None
    return visibility.redact(reply, ctx.reader)


async def _fetch_then_execute(
    entry: Fetcher[c.Command, object], command: c.Command, ctx: Context, db: Database, claim: Claim | None
) -> Reply | None:
    try:
        async with db.lookup() as session:
            step = await entry.check_then(command, await visibility.with_reader(session, ctx), session)
    except (Refused, NotFound) as exc:
        return await _claimed(error(exc.message), ctx, db, claim)
    fetched = step if not callable(step) else await step()
    if isinstance(fetched, REPLY_TYPES):
        return await _claimed(fetched, ctx, db, claim)
    return await _execute(fetched, ctx, db, claim)


async def answer_once(reply: Reply, *, ctx: Context, db: Database, claim: Claim) -> Reply | None:
    """An answer the edge worked out itself (e.g. a button that names no action), for a delivery
    that may come again: recorded, so a repeat gets no second answer."""
    return await _claimed(reply, ctx, db, claim)


async def _claimed(reply: Reply, ctx: Context, db: Database, claim: Claim | None) -> Reply | None:
    if claim is None:
        return reply

    async def work(session: AsyncSession) -> bool:
        return await seen.first_time(session, key=claim.key, now=ctx.now)

    return reply if await db.run(work) else None
