"""The one aiohttp server: Slack at /slack/events, Teams at /api/messages, /healthz, calendars.

Each platform edge mounts itself only when its credentials are set; the scheduler runs inside the
same process.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
from collections.abc import Awaitable, Callable
from contextlib import suppress

from aiohttp import web

from bot.app_keys import CLEANUPS_KEY, DB_KEY, NOTIFIERS_KEY, SETTINGS_KEY, work_queue
from bot.calendar_http import calendar_route
from bot.config import Settings
from bot.loop_lag import watch_loop
from storage.db import Database
from storage.migrate import upgrade

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


async def healthz(request: web.Request) -> web.Response:
    db = request.app[DB_KEY]
    try:
        await db.ping()
    except Exception as exc:  # the health check reports any database failure as unhealthy
        return web.json_response({"ok": False, "database": type(exc).__name__}, status=503)
    return web.json_response({"ok": True})


@web.middleware
async def refuse_oversized(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A declared Content-Length over the limit is answered 413 before any handler reads a byte.

    A body sent without a length (chunked) is still cut off at the limit by `client_max_size`."""
    limit = request.app[SETTINGS_KEY].max_body_bytes
    if request.content_length is not None and request.content_length > limit:
        return web.json_response({"error": f"the request body is over the {limit}-byte limit"}, status=413)
    return await handler(request)


async def build_app(settings: Settings, db: Database) -> web.Application:
    app = web.Application(client_max_size=settings.max_body_bytes, middlewares=[refuse_oversized])
    app[DB_KEY] = db
    app[SETTINGS_KEY] = settings
    app[CLEANUPS_KEY] = []
    app[NOTIFIERS_KEY] = []
    work_queue(app)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/calendar/{committee}.ics", calendar_route)
    if settings.slack_enabled:
        from bot.slack.mount import mount_slack

        await mount_slack(app, settings, db)
    if settings.teams_enabled:
        from bot.teams.mount import mount_teams

        await mount_teams(app, settings, db)

    async def on_cleanup(_: web.Application) -> None:
        for cleanup in app[CLEANUPS_KEY][::-1]:
            with suppress(Exception):
                await cleanup()

    app.on_cleanup.append(on_cleanup)
    return app


async def run_server(settings: Settings, *, scheduler: bool = True) -> int:
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from bot.redact import install

    install(settings.secrets)
    await asyncio.to_thread(upgrade, settings.database_url)
    db = Database(settings.database_url)
    app = await build_app(settings, db)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.host, settings.port)
    await site.start()
    # Everything loaded at start-up (modules, the app) lives for the whole process: moved out of
    # the collector's reach, a full collection takes a few ms instead of 50-100 ms mid-request.
    gc.collect()
    gc.freeze()
    watch_loop()
    log.info(
        "serving on http://%s:%s (database %s)", settings.host, settings.port, settings.safe_database_url
    )
    sched = None
    if scheduler:
        from bot.reminders import start_server_scheduler

        sched = await start_server_scheduler(app[NOTIFIERS_KEY], db, settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        if sched is not None:
            await sched.stop()
        await runner.cleanup()
        await db.dispose()
    return 0
