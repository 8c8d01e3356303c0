"""The Teams edge: a botbuilder CloudAdapter answering POST /api/messages, request in, response out.

Authentication is ConfigurationBotFrameworkAuthentication from MICROSOFT_APP_ID, _PASSWORD,
_TENANT_ID and _TYPE (SingleTenant by default). With no app id the adapter runs the SDK's
anonymous mode (no inbound token check, no outbound token): that is how the tests reach a local
fake Bot Connector, and it is never what `serve` does (the edge is mounted only with an app id).

The door checks the request (bot/request_body.py: 400 for junk, one warning line), deserializes the
activity and checks its token (401). Every turn then runs in the server's bounded work queue
(bot/work_queue.py): a message or any other activity is answered 201 at once and its replies go
through the connector as its turn runs; an invoke (a card's Action.Execute, whose answer is the
HTTP response) waits for its turn. So a burst never holds the loop, and at most the queue's workers
reach the store at once. When the queue is too far behind, the sender of a message is told so in
the conversation, and an invoke is answered with that message.

This package is the only place that knows botbuilder. The rest of the bot sees replies and the
Notifier protocol, so moving to the Microsoft 365 Agents SDK means rewriting bot/teams/ alone.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any

from aiohttp import web
from botbuilder.core import MessageFactory, TurnContext, serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity
from botframework.connector.auth import AuthenticateRequestResult

from bot.config import Settings
from bot.request_body import BadBody, load_json, refused, text_of
from bot.teams.bot import CommitteeTeamsBot
from bot.teams.card_actions import ERROR_MESSAGE_TYPE
from bot.teams.notifier import TeamsNotifier
from bot.work_queue import BUSY, WorkQueue
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
    work: WorkQueue = field(default_factory=WorkQueue)
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    async def messages(self, request: web.Request) -> web.StreamResponse:
        """The door: the body is read strictly and checked (400), the activity deserialized (400 if it
        does not read as one), the Bot Framework token checked (401), and only then the turn run."""
        if "application/json" not in request.headers.get("Content-Type", ""):
            return refused("teams", request, "send the activity as application/json", status=415)
        try:
            parsed = load_json(text_of(await request.read(), request.charset))
            bad = activity_problem(parsed)
            activity = None if bad is not None else Activity().deserialize(parsed)
        except BadBody as exc:
            bad = str(exc)
        except ValueError as exc:  # msrest's DeserializationError: a field of the wrong type
            bad = f"the activity does not read as one ({str(exc)[:160]})"
        if bad is not None or activity is None:
            return refused("teams", request, f"malformed activity: {bad}")
        try:
            auth = await self.adapter.bot_framework_authentication.authenticate_request(
                activity, request.headers.get("Authorization", "")
            )
        except Exception as exc:  # PermissionError, or whatever the token's parsing raised
            why = f"{type(exc).__name__}: {str(exc)[:200]}"
            return refused("teams", request, f"no valid Bot Framework token ({why})", status=401)
        if activity.type == "invoke":
            return await self._invoke(activity, auth)
        busy = partial(self._busy, activity, auth)
        if not self.work.submit(partial(self._queued_turn, activity, auth), too_late=busy):
            self._spawn(busy())
        return web.Response(status=201)

    async def turn(self, activity: Activity, auth: AuthenticateRequestResult) -> web.Response:
        """Run an authenticated activity through the adapter (its middleware, turn error handler and
        the bot); an invoke's answer is the response."""
        invoke = await self.adapter.process_activity(auth, activity, self.bot.on_turn)
        if invoke is not None:
            return web.json_response(data=serializer_helper(invoke.body), status=invoke.status)
        return web.Response(status=201)

    async def _invoke(self, activity: Activity, auth: AuthenticateRequestResult) -> web.Response:
        """An invoke's answer is its HTTP response, so the request waits for its turn in the queue;
        when the queue is too far behind, the answer says so at once (a message, not a card)."""
        answer: asyncio.Future[web.Response] = asyncio.get_running_loop().create_future()

        async def run() -> None:
            try:
                response = await self.turn(activity, auth)
            except Exception as exc:
                if not answer.done():
                    answer.set_exception(exc)
                return
            if not answer.done():
                answer.set_result(response)

        async def too_late() -> None:
            if not answer.done():
                answer.set_result(_busy_invoke())

        if not self.work.submit(run, too_late=too_late):
            return _busy_invoke()
        return await answer

    async def _queued_turn(self, activity: Activity, auth: AuthenticateRequestResult) -> None:
        await self.adapter.process_activity(auth, activity, self.bot.on_turn)

    async def _busy(self, activity: Activity, auth: AuthenticateRequestResult) -> None:
        """A message the queue could not take in time: the sender is told, and nothing else happens."""
        if activity.type != "message":
            log.warning("teams: too busy for a %s activity; dropped", activity.type)
            return

        async def say_busy(turn_context: TurnContext) -> None:
            await turn_context.send_activity(MessageFactory.text(BUSY))

        await self.adapter.process_activity(auth, activity, say_busy)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def settle(self, timeout: float = 10.0) -> bool:
        """Wait until no turn waits or runs (tests, and the server's shutdown)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)
        return await self.work.settle(timeout) and not self._tasks

    async def aclose(self) -> None:
        await self.settle()


def _busy_invoke() -> web.Response:
    """The answer to a card's Action.Execute when the queue is too far behind: a message to show."""
    body = {"statusCode": 200, "type": ERROR_MESSAGE_TYPE, "value": BUSY}
    return web.json_response(body, status=200)


def activity_problem(activity: object) -> str | None:
    """What a posted activity lacks that every turn needs, or None.

    Checked before the token and the SDK, so a malformed body is a 400 saying what is missing (in
    anonymous mode and with an app id alike), never a 500 from deep in a turn; a well-formed activity
    without a valid token is still refused 401."""
    if not isinstance(activity, dict):
        return "the activity must be a JSON object"
    if not isinstance(activity.get("type"), str) or not activity["type"]:
        return "the activity has no type"
    if not isinstance(activity.get("serviceUrl"), str) or not activity["serviceUrl"]:
        return "the activity has no serviceUrl"
    for key in ("conversation", "from"):
        value = activity.get(key)
        if not isinstance(value, dict) or not isinstance(value.get("id"), str):
            return f"the activity needs {key}.id"
    return None


async def _on_turn_error(turn_context: TurnContext, error: Exception) -> None:
    log.exception("teams: turn failed", exc_info=error)
    if turn_context.activity.type == "message":
        try:
            await turn_context.send_activity("Sorry, something went wrong on my side; it has been logged.")
        except Exception:  # the connector itself may be what failed
            log.warning("teams: could not report the failure to the conversation", exc_info=True)


def build_edge(
    settings: Settings,
    db: Database,
    *,
    clock: Clock = utcnow,
    backoff: float = 1.0,
    work: WorkQueue | None = None,
) -> TeamsEdge:
    auth = ConfigurationBotFrameworkAuthentication(AuthConfig(settings))
    adapter = CloudAdapter(auth)
    adapter.on_turn_error = _on_turn_error
    bot = CommitteeTeamsBot(db, clock=clock)
    notifier = TeamsNotifier(
        adapter, db, app_id=settings.microsoft_app_id or "", backoff=backoff, clock=clock
    )
    return TeamsEdge(adapter=adapter, bot=bot, notifier=notifier, work=work or WorkQueue())
