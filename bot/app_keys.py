"""The keys of what the aiohttp application holds, in one place so that the server, the edges and
the routes need not import each other to share them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from aiohttp import web

from bot.config import Settings
from bot.work_queue import WorkQueue
from scheduler.notifier import Notifier
from storage.db import Database

if TYPE_CHECKING:
    from slack_bolt.async_app import AsyncApp

    from bot.slack.edge import SlackEdge
    from bot.teams.edge import TeamsEdge

Cleanup = Callable[[], Awaitable[None]]

DB_KEY = web.AppKey("db", Database)
SETTINGS_KEY = web.AppKey("settings", Settings)
CLEANUPS_KEY: web.AppKey[list[Cleanup]] = web.AppKey("cleanups")
"""Run in reverse order when the server stops (an edge's work in flight, Socket Mode)."""
NOTIFIERS_KEY: web.AppKey[list[Notifier]] = web.AppKey("notifiers")
"""Each platform edge appends its Notifier when it mounts; the scheduler sends through these."""
SLACK_APP_KEY: web.AppKey[AsyncApp] = web.AppKey("slack_app")
SLACK_EDGE_KEY: web.AppKey[SlackEdge] = web.AppKey("slack_edge")
TEAMS_KEY: web.AppKey[TeamsEdge] = web.AppKey("teams")
WORK_KEY = web.AppKey("work", WorkQueue)
"""The server's one bounded work queue, which the edges share (bot/work_queue.py)."""


def work_queue(app: web.Application) -> WorkQueue:
    """The app's work queue, made (and stopped with the app's cleanups) on first use."""
    if WORK_KEY not in app:
        queue = app[WORK_KEY] = WorkQueue()
        if CLEANUPS_KEY in app:
            app[CLEANUPS_KEY].insert(0, queue.aclose)  # run last: after the edges have settled
        else:

            async def stop(_: web.Application) -> None:
                await queue.aclose()

            app.on_cleanup.append(stop)
    return app[WORK_KEY]


def register_notifier(app: web.Application, notifier: Notifier) -> None:
    """How an edge offers its Notifier to the scheduler (`serve`, `remind`)."""
    if NOTIFIERS_KEY not in app:
        app[NOTIFIERS_KEY] = []
    app[NOTIFIERS_KEY].append(notifier)
