"""The `/actions` slash command, and what people write to the bot in its Messages tab: chat text
in, through the dispatcher, the answer out.

A slash command's work goes to the server's bounded work queue (bot/work_queue.py). While a worker
is free, the command waits up to ANSWER_IN_ACK_SECONDS for its answer and, when it is ready and
only for the one who asked, sends it in the ack itself: one round trip sooner, and no response_url
post. Otherwise (a slower answer, or every worker busy, as in a burst at the start of a meeting) it
acks empty at once and the answer follows at the response_url. When the queue is too long to
answer in time, the ack says so ("busy, try again in a minute") and nothing is done.

A command Slack repeats (x-slack-retry-num) is claimed by its trigger id in the transaction of its
change, so the repeat changes nothing, even while the first is still queued; a read is simply
answered again. A direct message is claimed by its event id, reads too: its answer is posted in the
conversation, where a repeat would show twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks, delivery, json_text
from bot.slack.edge import SlackEdge
from bot.slack.request_context import bare_context, context, unescape
from bot.work_queue import BUSY
from handlers import dispatch
from handlers.context import Context
from handlers.dispatch import Claim
from handlers.replies import Level, Notice, Reply
from handlers.visibility import NewAsker

log = logging.getLogger(__name__)

COMMAND = "/actions"
ANSWER_IN_ACK_SECONDS = 0.25
"""How long a slash command may wait for its answer to ride on the ack. A listing takes about 10 ms
of work; an answer not ready in this budget is held up by something (the store's write lock, a
new user's users.info), and the user is better served by an ack now and the answer after it."""

Answered = tuple[Context, Reply] | None


@dataclass
class _Asked:
    """Between a command's ack and its job: whether the ack still waits, and the answer handed to it."""

    waiting: bool
    handed: bool = False
    answered: Answered = None
    ready: asyncio.Event = field(default_factory=asyncio.Event)


class SlashCommand:
    def __init__(self, edge: SlackEdge) -> None:
        self.edge = edge

    async def on_command(
        self, ack: Any, body: dict[str, Any], command: dict[str, Any], client: AsyncWebClient
    ) -> None:
        work = self.edge.work
        asked = _Asked(waiting=not work.would_wait())
        job = partial(self._job, asked, body, command, client)
        if not work.submit(job, too_late=partial(self._busy, command)):
            await ack(text=BUSY, response_type="ephemeral")
            return
        try:
            if asked.waiting:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asked.ready.wait(), ANSWER_IN_ACK_SECONDS)
        except asyncio.CancelledError:
            # the request went away while its ack waited: an answer handed over meanwhile is
            # delivered at the response_url instead, and one still coming is delivered by its job
            asked.waiting = False
            if asked.handed and asked.answered is not None:
                ctx, reply = asked.answered
                self.edge.spawn(self._deliver(reply, ctx, command, client))
            raise
        asked.waiting = False
        if not asked.handed or asked.answered is None:
            await ack()
            return
        reply = asked.answered[1]
        # bolt's ack would encode the same body with the stdlib encoder; the response it would set
        ack.response = BoltResponse(
            status=200,
            body=json_text.dumps(
                {
                    "text": blocks.fallback_text(reply),
                    "response_type": "ephemeral",
                    "blocks": blocks.render(reply),
                }
            ),
        )

    async def _job(
        self, asked: _Asked, body: dict[str, Any], command: dict[str, Any], client: AsyncWebClient
    ) -> None:
        answered = await self.answer(body, command, client)
        if asked.waiting:
            # the ack is still waiting: it takes an answer only the asker sees; anything else is
            # delivered here once the ack has gone
            if answered is None or delivery.only_for_the_asker(answered[1], answered[0]):
                asked.answered, asked.handed = answered, True
                asked.ready.set()
                return
            asked.ready.set()
        if answered is not None:
            await self._deliver(answered[1], answered[0], command, client)

    async def answer(self, body: dict[str, Any], command: dict[str, Any], client: AsyncWebClient) -> Answered:
        """The reply to a slash command; None for a delivery already handled."""
        text = command.get("text") or ""
        claim = Claim(f"slack:command:{body.get('trigger_id') or command.get('trigger_id')}")
        asker = partial(
            context,
            self.edge,
            client,
            user_id=command["user_id"],
            user_name=command.get("user_name"),
            channel_id=command.get("channel_id"),
            channel_name=command.get("channel_name"),
            team_id=command.get("team_id"),
            enterprise_id=command.get("enterprise_id"),
        )
        try:
            try:
                ctx = await asker(defer=True)
                reply = await dispatch.respond_once(text, ctx=ctx, db=self.edge.db, claim=claim)
            except NewAsker:
                ctx = await asker()
                reply = await dispatch.respond_once(text, ctx=ctx, db=self.edge.db, claim=claim)
            return None if reply is None else (ctx, reply)
        except Exception:
            log.exception("/actions %r failed", text)
            ctx = bare_context(
                command.get("channel_id"), self.edge.clock(), channel_name=command.get("channel_name")
            )
            return ctx, Notice(delivery.SORRY, Level.error)

    async def _busy(self, command: dict[str, Any]) -> None:
        """The answer to a command that waited too long in the queue: not done, try again."""
        response_url = command.get("response_url")
        if response_url:
            await delivery.send_response(
                response_url, session=self.edge.http(), text=BUSY, response_type="ephemeral"
            )

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
        """The /actions grammar, answered in the conversation, through the work queue. The bot's own
        messages, edits and other subtypes are not for it."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        user_id = event.get("user")
        if not user_id or user_id == getattr(context, "bot_user_id", None):
            return
        busy = partial(self._busy, event, client, user_id)
        if not self.edge.work.submit(partial(self.answer, body, event, client, user_id), too_late=busy):
            self.edge.spawn(busy())

    async def answer(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, user_id: str
    ) -> None:
        text = unescape(str(event.get("text") or ""))
        claim = Claim(f"slack:event:{body.get('event_id')}", reads_too=True)
        try:
            ctx = await context(
                self.edge,
                client,
                user_id=user_id,
                channel_id=event.get("channel"),
                channel_name="directmessage",
                team_id=event.get("user_team") or body.get("team_id"),  # the writer's, not our install's
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

    async def _busy(self, event: dict[str, Any], client: AsyncWebClient, user_id: str) -> None:
        ctx = bare_context(event.get("channel"), self.edge.clock(), channel_name="directmessage")
        await delivery.private(self.edge, client, ctx, user_id, None, Notice(BUSY, Level.error))
