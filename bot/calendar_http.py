"""GET /calendar/{committee}.ics: a committee's meetings as a calendar people can subscribe to."""

from __future__ import annotations

from datetime import UTC, datetime

from aiohttp import web

from bot.app_keys import DB_KEY
from handlers.export import load_calendar
from storage import committees


async def calendar_route(request: web.Request) -> web.Response:
    code = request.match_info["committee"]
    db = request.app[DB_KEY]
    async with db.transaction() as session:
        found = await committees.get_committee(session, code=code) if len(code) <= 32 else None
        if found is None:
            raise web.HTTPNotFound(
                text=f"There is no committee with the code {code!r}; calendars are at /calendar/<CODE>.ics.\n",
                content_type="text/plain",
            )
        body = await load_calendar(session, found, now=datetime.now(UTC))
    return web.Response(
        body=body,
        content_type="text/calendar",
        charset="utf-8",
        headers={
            "Content-Disposition": f'inline; filename="{found.code}-meetings.ics"',
            "Cache-Control": "max-age=300",
        },
    )
