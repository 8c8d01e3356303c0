"""The Teams edge: a botbuilder CloudAdapter answering POST /api/messages, request in, response out.

Authentication is ConfigurationBotFrameworkAuthentication from MICROSOFT_APP_ID, _PASSWORD,
_TENANT_ID and _TYPE (SingleTenant by default). With no app id the adapter runs the SDK's
anonymous mode (no inbound token check, no outbound token): that is how the tests reach a local
fake Bot Connector, and it is never what `serve` does (the edge is mounted only with an app id).

This package is the only place that knows botbuilder. The rest of the bot sees replies and the
Notifier protocol, so moving to the Microsoft 365 Agents SDK means rewriting bot/teams/ alone.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from aiohttp import web
from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

from bot.config import Settings
from bot.teams.bot import CommitteeTeamsBot
from bot.teams.notifier import TeamsNotifier
from storage.db import Database

log = logging.getLogger(__name__)

ROUTE = "/api/messages"
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


class AuthConfig:
    """The attribute names ConfigurationBotFrameworkAuthentication reads."""

    def __init__(self, settings: Settings) -> None:
        self.APP_ID = settings.microsoft_app_id or ""
        self.APP_PASSWORD = settings.microsoft_app_password or ""
        self.APP_TENANTID = settings.microsoft_app_tenant_id or ""
        self.APP_TYPE = settings.microsoft_app_type if self.APP_ID else "MultiTenant"
        if (
            self.APP_ID
            and self.APP_TYPE.lower() == "singletenant"
            and not (self.APP_PASSWORD and self.APP_TENANTID)
        ):
            raise ValueError(
                "MICROSOFT_APP_TYPE is SingleTenant, so MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID "
                "must be set too (or set MICROSOFT_APP_TYPE=MultiTenant / UserAssignedMSI)"
            )


@dataclass
class TeamsEdge:
    adapter: CloudAdapter
    bot: CommitteeTeamsBot
    notifier: TeamsNotifier

    async def messages(self, request: web.Request) -> web.StreamResponse:
        if "application/json" not in request.headers.get("Content-Type", ""):
            return web.json_response({"error": "send the activity as application/json"}, status=415)
        bad = activity_problem(await request.read())
        if bad is not None:
            log.warning("teams: refused a malformed activity: %s", bad)
            return web.json_response({"error": bad}, status=400)
        turn = _Turn(self.bot)
        try:
            response = await self.adapter.process(request, turn)
        except web.HTTPUnauthorized:
            return _unauthorized()
        except web.HTTPException:
            raise
        except Exception:
            if not turn.started:
                log.warning("teams: request refused before the turn began", exc_info=True)
                return _unauthorized()
            raise
        return response if response is not None else web.Response(status=201)


def activity_problem(body: bytes) -> str | None:
    """What a posted activity lacks that every turn needs, or None.

    Checked before the token and the SDK, so a malformed body is a 400 saying what is missing (in
    anonymous mode and with an app id alike), never a 500 from deep in a turn; a well-formed activity
    without a valid token is still refused 401 by the adapter."""
    try:
        activity = json.loads(body)
    except ValueError:
        return "the body is not valid JSON"
    if not isinstance(activity, dict):
        return "the activity must be a JSON object"
    if not isinstance(activity.get("type"), str) or not activity["type"]:
        return "the activity has no type"
    if not isinstance(activity.get("serviceUrl"), str) or not activity["serviceUrl"]:
        return "the activity has no serviceUrl"
    for field in ("conversation", "from"):
        value = activity.get(field)
        if not isinstance(value, dict) or not isinstance(value.get("id"), str):
            return f"the activity needs {field}.id"
    return None


def _unauthorized() -> web.Response:
    return web.json_response({"error": "a valid Bot Framework token is required"}, status=401)


class _Turn:
    """The bot as the adapter sees it, noting whether authentication let the turn start."""

    def __init__(self, bot: CommitteeTeamsBot) -> None:
        self.bot = bot
        self.started = False

    async def on_turn(self, turn_context: TurnContext) -> None:
        self.started = True
        await self.bot.on_turn(turn_context)


async def _on_turn_error(turn_context: TurnContext, error: Exception) -> None:
    log.exception("teams: turn failed", exc_info=error)
    if turn_context.activity.type == "message":
        try:
            await turn_context.send_activity("Sorry, something went wrong on my side; it has been logged.")
        except Exception:  # the connector itself may be what failed
            log.warning("teams: could not report the failure to the conversation", exc_info=True)


def build_edge(settings: Settings, db: Database, *, clock: Clock = utcnow, backoff: float = 1.0) -> TeamsEdge:
    auth = ConfigurationBotFrameworkAuthentication(AuthConfig(settings))
    adapter = CloudAdapter(auth)
    adapter.on_turn_error = _on_turn_error
    bot = CommitteeTeamsBot(db, clock=clock)
    notifier = TeamsNotifier(
        adapter, db, app_id=settings.microsoft_app_id or "", backoff=backoff, clock=clock
    )
    return TeamsEdge(adapter=adapter, bot=bot, notifier=notifier)
