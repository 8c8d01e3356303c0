"""Minutes shared with the bot as a PDF or DOCX file: handed to the dispatcher as c.ImportFile,
with a way to download the file with the bot token (files:read). Whose files are imported, and
which pass without a word, the ImportFile check decides (handlers/review.py)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import delivery
from bot.slack.edge import SlackEdge
from bot.slack.request_context import context
from handlers import commands as c
from handlers import dispatch
from handlers.dispatch import Claim
from handlers.review import MINUTES_FILES

DOWNLOAD_SECONDS = 60


class SharedFiles:
    def __init__(self, edge: SlackEdge) -> None:
        self.edge = edge

    async def on_file_shared(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: Any
    ) -> None:
        self.edge.spawn(self.shared(body, event, client, context))

    async def shared(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, bolt: Any
    ) -> None:
        user_id = event.get("user_id")
        if not user_id or user_id == getattr(bolt, "bot_user_id", None):
            return
        info = await client.files_info(file=event["file_id"])
        file = info.get("file") or {}
        name = str(file.get("name") or "file")
        if not name.lower().endswith(MINUTES_FILES):
            return
        token = getattr(bolt, "bot_token", None) or client.token
        ctx = await context(
            self.edge,
            client,
            user_id=user_id,
            channel_id=event.get("channel_id"),
            # in a channel shared with another organisation the event comes to our install, but the
            # file's owner may be of the other one: their team, never ours, says whose they are
            team_id=file.get("user_team") or body.get("team_id"),
            enterprise_id=body.get("enterprise_id"),
        )
        ctx = replace(ctx, download=partial(download, token=token))
        command = c.ImportFile(
            filename=name,
            size=int(file.get("size") or 0),
            url=str(file.get("url_private_download") or file.get("url_private")),
        )
        claim = Claim(f"slack:event:{body.get('event_id')}", reads_too=True)
        reply = await dispatch.execute_once(command, ctx=ctx, db=self.edge.db, claim=claim)
        if reply is not None:
            await delivery.deliver(
                self.edge, reply, ctx=ctx, client=client, user_id=user_id, response_url=None
            )


async def download(url: str, *, token: str | None) -> bytes:
    """A private Slack file, fetched with the bot token (files:read)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    timeout = aiohttp.ClientTimeout(total=DOWNLOAD_SECONDS)
    async with aiohttp.ClientSession(timeout=timeout) as session, session.get(url, headers=headers) as resp:
        resp.raise_for_status()
        if resp.content_type == "text/html":
            raise ValueError("Slack sent a web page instead of the file; is the files:read scope granted?")
        return await resp.read()
