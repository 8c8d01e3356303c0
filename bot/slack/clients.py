"""The Slack Web API client the bot uses everywhere, with SLACK_API_URL and the SDK's retry handlers,
and the HTTP session the server's clients share."""

from __future__ import annotations

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings

DEFAULT_API_URL = "https://slack.com/api/"
TIMEOUT_SECONDS = 15


def api_url(settings: Settings) -> str:
    """The Web API base URL, ending in a slash as the SDK expects (GovSlack and tests use another)."""
    url = settings.slack_api_url or DEFAULT_API_URL
    return url if url.endswith("/") else url + "/"


def api_session() -> aiohttp.ClientSession:
    """The session for every Web API call of a long-running server (the listeners' clients, which
    bolt copies per request with their session, and the notifier's). Without one, slack_sdk opens a
    session per call: a new connection, and against Slack a TLS handshake, for every message. Its
    timeout is the client's, as the SDK applies a shared session's own. Made on the running loop;
    whoever makes it closes it."""
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=TIMEOUT_SECONDS))


def web_client(
    settings: Settings, token: str | None = None, *, session: aiohttp.ClientSession | None = None
) -> AsyncWebClient:
    """A client that waits out a 429's Retry-After and retries once on a 5xx or a dropped connection
    (a pooled connection Slack had closed among them)."""
    return AsyncWebClient(
        token=token,
        base_url=api_url(settings),
        timeout=TIMEOUT_SECONDS,
        session=session,
        retry_handlers=[
            AsyncConnectionErrorRetryHandler(max_retry_count=1),
            AsyncRateLimitErrorRetryHandler(max_retry_count=2),
            AsyncServerErrorRetryHandler(max_retry_count=1),
        ],
    )


def slack_error(exc: SlackApiError) -> str:
    """The `error` code of a failed call, or its HTTP status when Slack sent no JSON."""
    data = exc.response.data
    if isinstance(data, dict) and data.get("error"):
        return str(data["error"])
    return f"http_{exc.response.status_code}"
