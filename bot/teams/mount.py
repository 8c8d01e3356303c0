"""Putting the Teams edge on the bot's one aiohttp server (bot/teams/edge.py is the edge itself)."""

from __future__ import annotations

from aiohttp import web

from bot.app_keys import CLEANUPS_KEY, TEAMS_KEY, register_notifier, work_queue
from bot.config import Settings
from bot.teams.edge import ROUTE, Clock, build_edge, utcnow
from storage.db import Database


async def mount_teams(
    app: web.Application, settings: Settings, db: Database, *, clock: Clock = utcnow, backoff: float = 1.0
) -> None:
    """Serve Teams at POST /api/messages, and send reminders through the edge's notifier. Turns run
    in the server's work queue, shared with Slack."""
    edge = build_edge(settings, db, clock=clock, backoff=backoff, work=work_queue(app))
    app[TEAMS_KEY] = edge
    if CLEANUPS_KEY in app:
        app[CLEANUPS_KEY].append(edge.aclose)
    register_notifier(app, edge.notifier)
    app.router.add_post(ROUTE, edge.messages)
