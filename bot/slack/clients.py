"""The Slack Web API client the bot uses everywhere, with SLACK_API_URL and the SDK's retry handlers."""

from __future__ import annotations

from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings

DEFAULT_API_URL = "https://slack.com/api/"


def api_url(settings: Settings) -> str:
    """The Web API base URL, ending in a slash as the SDK expects (GovSlack and tests use another)."""
    url = settings.slack_api_url or DEFAULT_API_URL
    return url if url.endswith("/") else url + "/"


def web_client(settings: Settings, token: str | None = None) -> AsyncWebClient:
    """A client that waits out a 429's Retry-After and retries once on a 5xx or a dropped connection."""
    return AsyncWebClient(
        token=token,
        base_url=api_url(settings),
        timeout=15,
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
