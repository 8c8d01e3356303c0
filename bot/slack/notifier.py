"""Posting replies to Slack outside a conversation: reminders, digests, reports to admins.

The client already waits out 429s (slack_sdk's rate-limit retry handler); what still fails is
classified for the delivery ledger: rate limits and server errors are `Retryable`, a channel or
user the bot can no longer reach is `Permanent`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks
from bot.slack.clients import slack_error
from handlers.replies import Reply
from scheduler.notifier import Permanent, Retryable, Sent
from storage.models import ChannelBinding, Person

PERMANENT_ERRORS = frozenset(
    {
        "not_in_channel",
        "channel_not_found",
        "is_archived",
        "account_inactive",
        "invalid_auth",
        "token_revoked",
        "not_authed",
        "user_not_found",
        "user_disabled",
        "cannot_dm_bot",
        "restricted_action",
        "ekm_access_denied",
    }
)
RETRYABLE_ERRORS = frozenset(
    {"ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)

KEPT_CONVERSATIONS = 10_000
"""Direct-message conversations whose ids the notifier keeps (a few dozen bytes each)."""

TokenFor = Callable[[str | None, str | None], Awaitable[str | None]]


def classify(exc: SlackApiError) -> Retryable | Permanent:
    response = exc.response
    code = slack_error(exc)
    status = response.status_code
    if status == 429 or code in RETRYABLE_ERRORS or status >= 500:
        after = response.headers.get("Retry-After") or response.headers.get("retry-after")
        retry_after = float(after) if isinstance(after, str) and after.isdigit() else None
        return Retryable(f"Slack said {code or status}", retry_after=retry_after)
    if code in PERMANENT_ERRORS:
        return Permanent(f"Slack said {code}")
    return Permanent(f"Slack refused the message: {code or status}")


class SlackNotifier:
    platform = "slack"

    def __init__(self, client: AsyncWebClient, *, token_for: TokenFor | None = None) -> None:
        """`token_for(team_id)` finds the bot token of an OAuth install; without it the client's own."""
        self.client = client
        self.token_for = token_for
        self._conversations: dict[tuple[str | None, str], str] = {}
        """(token, Slack user id) -> the id of their conversation with the bot, oldest first."""

    def reaches(self, person: Person) -> bool:
        return bool(person.slack_user_id)

    async def _token(self, team_id: str | None, enterprise_id: str | None = None) -> str | None:
        if self.token_for is None:
            return None
        token = await self.token_for(team_id, enterprise_id)
        if token is None:
            raise Permanent(
                f"the bot is not installed in Slack workspace {enterprise_id or team_id or '(unknown)'}"
            )
        return token

    async def post_channel(self, binding: ChannelBinding, reply: Reply) -> Sent:
        token = await self._token(binding.team_id)
        return await self._post(binding.channel_id, reply, token=token)

    async def post_direct(self, person: Person, reply: Reply) -> Sent:
        """In the person's conversation with the bot. Its id is asked for (conversations.open, a
        call of its own, rate-limited more tightly than posting) once per person and then kept: a
        post to a kept conversation that fails has it opened again, once."""
        if not person.slack_user_id:
            raise Permanent(f"{person.display_name} has no Slack user id")
        ident = person.workspace.removeprefix("slack:") if person.workspace.startswith("slack:") else None
        grid = ident is not None and ident.startswith("E")
        token = await self._token(None if grid else ident, ident if grid else None)
        key = (token, person.slack_user_id)
        kept = self._conversations.get(key)
        if kept is not None:
            try:
                return await self._post(kept, reply, token=token, private=True)
            except Permanent:
                del self._conversations[key]
        channel = await self._open(person.slack_user_id, token)
        if len(self._conversations) >= KEPT_CONVERSATIONS:
            del self._conversations[next(iter(self._conversations))]
        self._conversations[key] = channel
        return await self._post(channel, reply, token=token, private=True)

    async def _open(self, user_id: str, token: str | None) -> str:
        try:
            opened = await self.client.conversations_open(users=user_id, token=token)
        except SlackApiError as exc:
            raise classify(exc) from exc
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise Retryable(f"could not reach Slack: {exc}") from exc
        channel = (opened.get("channel") or {}).get("id")
        if not channel:
            raise Retryable("conversations.open gave no channel")
        return str(channel)

    async def _post(self, channel: str, reply: Reply, *, token: str | None, private: bool = False) -> Sent:
        public = not private
        try:
            response = await self.client.chat_postMessage(
                channel=channel,
                text=blocks.fallback_text(reply, public=public),
                blocks=blocks.render(reply, public=public),
                token=token,
                unfurl_links=False,
            )
        except SlackApiError as exc:
            raise classify(exc) from exc
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise Retryable(f"could not reach Slack: {exc}") from exc
        return Sent(message_id=f"{response.get('channel') or channel}:{response.get('ts')}")
