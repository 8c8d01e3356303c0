"""The `/actions` slash command, and what people write to the bot in its Messages tab: chat text
in, through the dispatcher, the answer out.

A slash command waits up to ANSWER_IN_ACK_SECONDS for its answer and, when it is ready and only
for the one who asked, sends it in the ack itself: one round trip sooner, and no response_url
post. Otherwise it acks empty (Slack wants an answer within 3 seconds) and the answer follows at the
response_url. A command Slack repeats (x-slack-retry-num) is claimed by its trigger id in the
transaction of its change, so the repeat changes nothing; a read is simply answered again. A
direct message is claimed by its event id, reads too: its answer is posted in the conversation,
where a repeat would show twice.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks, delivery
from bot.slack.edge import SlackEdge
from bot.slack.request_context import bare_context, context, unescape
from handlers import dispatch
from handlers.context import Context
from handlers.dispatch import Claim
from handlers.replies import Level, Notice, Reply

log = logging.getLogger(__name__)

COMMAND = "/actions"
ANSWER_IN_ACK_SECONDS = 1.5
"""How long a slash command may work before its ack goes without the answer: Slack allows 3 s
for the whole round trip, and half of that is left for the network."""

Answered = tuple[Context, Reply] | None


class SlashCommand:
    def __init__(self, edge: SlackEdge) -> None:
        self.edge = edge

    async def on_command(
        self, ack: Any, body: dict[str, Any], command: dict[str, Any], client: AsyncWebClient
    ) -> None:
        work = asyncio.get_running_loop().create_task(self.answer(body, command, client))
        done, _ = await asyncio.wait({work}, timeout=ANSWER_IN_ACK_SECONDS)
        if work not in done:
            await ack()
            self.edge.spawn(self._finish(work, command, client))
            return
        answered = work.result()
        if answered is None:
            await ack()
            return
        ctx, reply = answered
        if delivery.only_for_the_asker(reply, ctx):
            await ack(
                text=blocks.fallback_text(reply), blocks=blocks.render(reply), response_type="ephemeral"
            )
            return
        await ack()
        self.edge.spawn(self._deliver(reply, ctx, command, client))

    async def answer(self, body: dict[str, Any], command: dict[str, Any], client: AsyncWebClient) -> Answered:
        """The reply to a slash command; None for a delivery already handled."""
        text = command.get("text") or ""
        claim = Claim(f"slack:command:{body.get('trigger_id') or command.get('trigger_id')}")
        try:
            ctx = await context(
                self.edge,
                client,
                user_id=command["user_id"],
                user_name=command.get("user_name"),
                channel_id=command.get("channel_id"),
                channel_name=command.get("channel_name"),
                team_id=command.get("team_id"),
                enterprise_id=command.get("enterprise_id"),
            )
            reply = await dispatch.respond_once(text, ctx=ctx, db=self.edge.db, claim=claim)
            return None if reply is None else (ctx, reply)
        except Exception:
            log.exception("/actions %r failed", text)
            ctx = bare_context(
                command.get("channel_id"), self.edge.clock(), channel_name=command.get("channel_name")
            )
            return ctx, Notice(delivery.SORRY, Level.error)

    async def _finish(
        self, work: asyncio.Task[Answered], command: dict[str, Any], client: AsyncWebClient
    ) -> None:
        answered = await work
        if answered is not None:
            await self._deliver(answered[1], answered[0], command, client)

    async def _deliver(
        self, reply: Reply, ctx: Context, command: dict[str, Any], client: AsyncWebClient
    ) -> None:
        response_url = command.get("response_url")
        try:
            await delivery.deliver(
                self.edge,
                reply,
                ctx=ctx,
                client=client,
                user_id=command["user_id"],
                response_url=response_url,
            )
        except Exception:
            log.exception("/actions %r: the answer could not be sent", command.get("text"))
            if response_url:
                await delivery.send_response(
                    response_url, session=self.edge.http(), text=delivery.SORRY, response_type="ephemeral"
                )


class DirectMessages:
    def __init__(self, edge: SlackEdge) -> None:
        self.edge = edge

    async def on_message(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: Any
    ) -> None:
        self.edge.spawn(self.answer(body, event, client, context))

    async def answer(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, bolt: Any
    ) -> None:
        """The /actions grammar, answered in the conversation. The bot's own messages, edits and
        other subtypes are not for it."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        user_id = event.get("user")
        if not user_id or user_id == getattr(bolt, "bot_user_id", None):
            return
        text = unescape(str(event.get("text") or ""))
        claim = Claim(f"slack:event:{body.get('event_id')}", reads_too=True)
        try:
            ctx = await context(
                self.edge,
                client,
                user_id=user_id,
                channel_id=event.get("channel"),
                channel_name="directmessage",
                team_id=body.get("team_id"),
                enterprise_id=body.get("enterprise_id"),
            )
            reply = await dispatch.respond_once(text, ctx=ctx, db=self.edge.db, claim=claim)
            if reply is None:
                return
        except Exception:
            log.exception("direct message %r failed", text)
            reply = Notice(delivery.SORRY, Level.error)
            ctx = bare_context(event.get("channel"), self.edge.clock(), channel_name="directmessage")
        await delivery.deliver(self.edge, reply, ctx=ctx, client=client, user_id=user_id, response_url=None)
