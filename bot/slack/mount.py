"""Putting the Slack app on the bot's one aiohttp server, or on Socket Mode when SLACK_APP_TOKEN is set.

Like bolt's own adapters, the route only translates: aiohttp request in, AsyncBoltRequest to the
app, BoltResponse out. The signature and the 5-minute timestamp window are checked here, once, over
the body's bytes as Slack signs them (401 and no listener runs otherwise, a malformed timestamp or
signature header included; bolt's own check is off, as it would repeat this one). A signed body is
then decoded strictly and its shape checked (400 for an unknown charset, bytes that are not text,
JSON that does not parse or nests too deep, or a body missing what its kind needs: see
bot/request_body.py and bot/slack/shape.py), each refusal logged as one warning line; the
body read there is the one bolt is given (ReadRequest), so it is parsed once. Bolt answers Slack
as soon as a listener acks. Socket Mode needs no signature. The app runs with
process_before_response=True: each listener acks, hands its work to the work queue and returns, so
the answer leaves without bolt's 10 ms polling for the ack.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.app_keys import CLEANUPS_KEY, SLACK_APP_KEY, SLACK_EDGE_KEY, register_notifier, work_queue
from bot.config import Settings
from bot.request_body import BadBody, refused, text_of
from bot.slack import installations, shape
from bot.slack.allow_list import NOT_INSTALLED, AllowListedOAuthFlow, WorkspaceGuard
from bot.slack.clients import api_session, web_client
from bot.slack.edge import SlackEdge
from bot.slack.listeners import register
from bot.slack.notifier import SlackNotifier
from storage.db import Database

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
MAX_CLOCK_SKEW_SECONDS = 300


def signature_problem(secret: str, raw: bytes, headers: Mapping[str, str], now: float) -> str | None:
    """Why a request is not signed by Slack, or None when it is: `v0=` HMAC-SHA256 of
    `v0:{timestamp}:{body bytes}` with the signing secret, within five minutes of now."""
    timestamp = headers.get("X-Slack-Request-Timestamp", "")
    signature = headers.get("X-Slack-Signature", "")
    if not timestamp or not signature:
        return "no Slack signature"
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
        return "the Slack timestamp is not a number of seconds"
    if abs(now - int(timestamp)) > MAX_CLOCK_SKEW_SECONDS:
        return "the Slack timestamp is more than five minutes away"
    mac = hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + raw, hashlib.sha256)
    expected = ("v0=" + mac.hexdigest()).encode()
    if not hmac.compare_digest(expected, signature.encode("utf-8", "surrogateescape")):
        return "the Slack signature does not match"
    return None


class ReadRequest(AsyncBoltRequest):
    """A request whose body the edge has read and checked (bot/slack/shape.py), handed to bolt as
    it is: bolt would parse the text again, and read a form holding the word "payload" as an empty
    interaction. Bolt takes a parsed body only in its Socket Mode, where the mode does nothing more
    than skip its own signature check (off here, as the edge has checked the signature); the
    request says "http" once made, with its text as Slack signed it."""

    def __init__(
        self,
        *,
        raw_body: str,
        body: dict[str, Any],
        query: str | dict[str, Sequence[str]],
        headers: dict[str, str | Sequence[str]],
        context: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(body=body, query=query, headers=headers, context=context, mode="socket_mode")
        self.raw_body = raw_body
        self.mode = "http"

    def to_copyable(self) -> AsyncBoltRequest:
        return ReadRequest(
            raw_body=self.raw_body,
            body=self.body,
            query=self.query,
            headers=dict(self.headers),
            context=self.context.to_copyable(),
        )


def build_bolt_app(
    settings: Settings, db: Database, edge: SlackEdge, *, session: aiohttp.ClientSession | None = None
) -> tuple[AsyncApp, SlackNotifier]:
    """`session`: the one the Web API clients share (clients.api_session); without it, a session per call."""
    oauth = bool(settings.slack_client_id and settings.slack_client_secret)
    if oauth:
        store = installations.installation_store(settings, db)
        client = web_client(settings, session=session)
        flow = AllowListedOAuthFlow(
            allowed=settings.slack_allowed_ids,
            client=client,
            settings=installations.oauth_settings(settings, db, store),
        )
        bolt = AsyncApp(
            client=client,
            signing_secret=settings.slack_signing_secret or "",
            installation_store=store,
            oauth_flow=flow,
            user_facing_authorize_error_message=NOT_INSTALLED,
            request_verification_enabled=False,
            process_before_response=True,
        )
        notifier = SlackNotifier(
            web_client(settings, session=session), token_for=installations.token_finder(store)
        )
    else:
        client = web_client(settings, settings.slack_bot_token, session=session)
        bolt = AsyncApp(
            client=client,
            signing_secret=settings.slack_signing_secret or "",
            request_verification_enabled=False,
            process_before_response=True,
        )
        notifier = SlackNotifier(web_client(settings, settings.slack_bot_token, session=session))
    bolt.use(WorkspaceGuard(settings.slack_allowed_ids, single_workspace=not oauth))
    register(bolt, edge, oauth=oauth)
    return bolt, notifier


async def mount_slack(app: web.Application, settings: Settings, db: Database) -> None:
    edge = SlackEdge(db, work=work_queue(app))
    session = api_session()
    app[CLEANUPS_KEY].append(session.close)  # run after the edge's: cleanups run last first
    bolt, notifier = build_bolt_app(settings, db, edge, session=session)
    app[SLACK_APP_KEY] = bolt
    app[SLACK_EDGE_KEY] = edge
    register_notifier(app, notifier)
    app[CLEANUPS_KEY].append(edge.aclose)
    if settings.slack_app_token:
        await _start_socket_mode(app, bolt, settings.slack_app_token)
        return

    secret = settings.slack_signing_secret or ""

    async def events(request: web.Request) -> web.Response:
        raw = await request.read()
        unsigned = signature_problem(secret, raw, request.headers, time.time())
        if unsigned is not None:
            return refused("slack", request, unsigned, status=401)
        try:
            text = text_of(raw, request.charset)
            body = shape.read(text, request.content_type)
        except BadBody as exc:
            return refused("slack", request, f"signed but malformed: {exc}")
        headers: dict[str, str | Sequence[str]] = dict(request.headers)
        bolt_request = ReadRequest(raw_body=text, body=body, query=request.query_string, headers=headers)
        return await to_aiohttp_response(await bolt.async_dispatch(bolt_request))

    app.router.add_post(EVENTS_PATH, events)
    flow = bolt.oauth_flow
    if flow is not None:

        async def install(request: web.Request) -> web.Response:
            bolt_request = AsyncBoltRequest(
                body="", query=request.query_string, headers=dict(request.headers)
            )
            return await to_aiohttp_response(await flow.handle_installation(bolt_request))

        async def redirect(request: web.Request) -> web.Response:
            bolt_request = AsyncBoltRequest(
                body="", query=request.query_string, headers=dict(request.headers)
            )
            return await to_aiohttp_response(await flow.handle_callback(bolt_request))

        app.router.add_get(flow.install_path, install)
        app.router.add_get(flow.redirect_uri_path, redirect)


async def _start_socket_mode(app: web.Application, bolt: AsyncApp, app_token: str) -> None:
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    handler = AsyncSocketModeHandler(bolt, app_token)
    await handler.connect_async()  # type: ignore[no-untyped-call]
    log.info("Slack: connected over Socket Mode")
    app[CLEANUPS_KEY].append(handler.close_async)
