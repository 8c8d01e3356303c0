"""Putting the Teams edge on the bot's one aiohttp server (bot/teams/edge.py is the edge itself)."""

from __future__ import annotations

from aiohttp import web

from bot.app_keys import TEAMS_KEY, register_notifier
from bot.config import Settings
from bot.teams.edge import ROUTE, Clock, build_edge, utcnow
from storage.db import Database


async def mount_teams(
    app: web.Application, settings: Settings, db: Database, *, clock: Clock = utcnow, backoff: float = 1.0
) -> None:
    """Serve Teams at POST /api/messages, and send reminders through the edge's notifier."""
    edge = build_edge(settings, db, clock=clock, backoff=backoff)
    app[TEAMS_KEY] = edge
    register_notifier(app, edge.notifier)
    app.router.add_post(ROUTE, edge.messages)
