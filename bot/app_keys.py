"""The keys of what the aiohttp application holds, in one place so that the server, the edges and
the routes need not import each other to share them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from aiohttp import web

from bot.config import Settings
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


def register_notifier(app: web.Application, notifier: Notifier) -> None:
    """How an edge offers its Notifier to the scheduler (`serve`, `remind`)."""
    if NOTIFIERS_KEY not in app:
        app[NOTIFIERS_KEY] = []
    app[NOTIFIERS_KEY].append(notifier)
