"""Which Slack workspaces the bot serves: OAuth installs and requests from others are refused.

With OAuth (several workspaces), only the teams and Enterprise Grid organisations named in
SLACK_ALLOWED_TEAMS may install the app: another workspace completing the install gets a page
saying so, its token is revoked and nothing is stored. In single-workspace mode the bot serves
the bot token's own workspace (and any SLACK_ALLOWED_TEAMS). Every request from any other
workspace (an install made before the list was set, a user of another organisation in a shared
channel) is answered with that refusal and reaches no handler.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.error import BoltError
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.oauth.async_callback_options import AsyncCallbackOptions, AsyncFailureArgs, AsyncSuccessArgs
from slack_bolt.oauth.async_oauth_flow import AsyncOAuthFlow
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store import Installation

log = logging.getLogger(__name__)

REFUSED = (
    "This committee-bot serves other Slack workspaces only, so it can't answer here. "
    "Ask whoever runs it to add your workspace to SLACK_ALLOWED_TEAMS if it should."
)


NOT_INSTALLED = (
    "committee-bot is not installed for this workspace, or this is not a workspace it serves. "
    "Ask whoever runs it: they list the workspaces it serves in SLACK_ALLOWED_TEAMS."
)
"""What bolt answers (OAuth mode) when a request comes from a workspace with no install."""


class NotAllowed(BoltError):
    def __init__(self, workspace: str) -> None:
        super().__init__(f"the Slack workspace {workspace} is not in SLACK_ALLOWED_TEAMS")
        self.workspace = workspace


def allows(allowed: frozenset[str], *ids: str | None) -> bool:
    return any(i and i.upper() in allowed for i in ids)


class AllowListedOAuthFlow(AsyncOAuthFlow):
    """Bolt's OAuth flow, storing an installation only for a workspace on the allow-list."""

    def __init__(self, *, allowed: frozenset[str], **kw: Any) -> None:
        super().__init__(**kw)
        self.allowed = allowed

    async def store_installation(self, request: AsyncBoltRequest, installation: Installation) -> None:
        if not allows(self.allowed, installation.team_id, installation.enterprise_id):
            workspace = installation.enterprise_id or installation.team_id or "(unknown)"
            log.warning("slack: refused an install from workspace %s (not in SLACK_ALLOWED_TEAMS)", workspace)
            if installation.bot_token:
                try:
                    await self.client.auth_revoke(token=installation.bot_token)
                except SlackApiError as exc:
                    log.warning("slack: could not revoke the refused install's token: %s", exc)
            raise NotAllowed(workspace)
        await super().store_installation(request, installation)


def _page(title: str, body: str, status: int) -> BoltResponse:
    text = (
        "<!doctype html><html><head><meta charset='utf-8'><title>committee-bot</title></head>"
        f"<body><h1>{html.escape(title)}</h1><p>{html.escape(body)}</p></body></html>"
    )
    return BoltResponse(status=status, body=text, headers={"Content-Type": "text/html; charset=utf-8"})


async def _success(args: AsyncSuccessArgs) -> BoltResponse:
    return await args.default.success(args)


async def _failure(args: AsyncFailureArgs) -> BoltResponse:
    if isinstance(args.error, NotAllowed):
        return _page(
            "This workspace can't install committee-bot",
            f"This committee-bot serves the Slack workspaces its council has listed, and "
            f"{args.error.workspace} is not one of them, so nothing was installed. If your workspace "
            "should be served, ask whoever runs the bot to add its id to SLACK_ALLOWED_TEAMS, then "
            "install again.",
            403,
        )
    return await args.default.failure(args)


CALLBACKS = AsyncCallbackOptions(success=_success, failure=_failure)


class WorkspaceGuard(AsyncMiddleware):
    """A bolt middleware refusing requests from workspaces the bot does not serve.

    A middleware class rather than a function: bolt calls a function middleware with keyword
    arguments it builds afresh for every request (about 30 of them), where this one reads the two
    it needs from the request."""

    def __init__(self, allowed: frozenset[str], *, single_workspace: bool) -> None:
        self.allowed = allowed
        self.single_workspace = single_workspace

    async def async_process(
        self, *, req: AsyncBoltRequest, resp: BoltResponse, next: Callable[[], Awaitable[BoltResponse]]
    ) -> BoltResponse | None:
        context, body = req.context, req.body
        served = set(self.allowed)
        if self.single_workspace and context.authorize_result is not None:
            own = (context.authorize_result.team_id, context.authorize_result.enterprise_id)
            served.update(i.upper() for i in own if i)
        user_team = (body.get("user") or {}).get("team_id") if isinstance(body.get("user"), dict) else None
        ids = [context.enterprise_id, context.team_id]
        if allows(frozenset(served), *ids) and (
            user_team is None or allows(frozenset(served), user_team, context.enterprise_id)
        ):
            return await next()
        log.warning(
            "slack: refused a request from workspace %s (not served; see SLACK_ALLOWED_TEAMS)",
            context.enterprise_id or context.team_id,
        )
        if body.get("command"):
            return BoltResponse(
                status=200,
                body=json.dumps({"response_type": "ephemeral", "text": REFUSED}),
                headers={"Content-Type": "application/json"},
            )
        return BoltResponse(status=200, body="")
