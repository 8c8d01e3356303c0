"""The Teams bot: chat text and card actions in, Adaptive Cards out, through the shared handlers.

Every turn first stores the conversation's reference (so `setup` and proactive posts find it), then
works out who is writing and which committee the conversation follows, and hands the command to
`handlers.dispatch`. Card buttons arrive two ways: `Action.Submit` as a message with a `value`
(the card is then updated in place with update_activity), and `Action.Execute` as an
`adaptiveCard/action` invoke (the refreshed card is the invoke's answer).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any, cast

from botbuilder.core import InvokeResponse, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.schema import (
    Activity,
    AdaptiveCardInvokeValue,
    ChannelAccount,
)
from botbuilder.schema.teams import TeamInfo

from bot.teams import cards, identity, limits
from bot.teams.card_actions import ERROR_MESSAGE_TYPE, CardActionAnswer, card_action
from bot.teams.cards import Card
from bot.teams.conversations import Where, forget, remember
from bot.teams.delivery import attachment, attachments, message
from handlers.context import Context
from handlers.dispatch import Claim, answer_once, execute, execute_once, respond, respond_once
from handlers.replies import ActionList, Level, Notice, Reply, error
from storage.db import Database

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class CommitteeTeamsBot(TeamsActivityHandler):  # type: ignore[misc]
    def __init__(self, db: Database, *, clock: Clock) -> None:
        super().__init__()
        self.db = db
        self.clock = clock

    async def _context(self, turn_context: TurnContext) -> tuple[Context, Where]:
        now = self.clock()
        where = await remember(self.db, turn_context.activity, now=now)
        workspace = identity.workspace_of(turn_context.activity)
        actor = await identity.actor(self.db, turn_context, workspace=workspace)
        ctx = Context(
            actor=actor,
            now=now,
            committee=where.committee,
            platform="teams",
            channel_id=where.key,
            is_dm=where.personal,
            extras={"team_id": where.team_id, "channel_name": where.name},
            workspace=workspace,
        )
        return ctx, where

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        ctx, where = await self._context(turn_context)
        value = activity.value if isinstance(activity.value, dict) else None
        if value is not None and value.get("cb") == cards.CALLBACK:
            await self._submitted(turn_context, ctx, where, value, claim=_claim(activity))
            return
        text = TurnContext.remove_recipient_mention(activity) if activity.entities else activity.text
        text = (text or "").strip()
        claim = _claim(activity)
        if claim is None:
            reply: Reply | None = await respond(text, ctx=ctx, db=self.db)
        else:
            reply = await respond_once(text, ctx=ctx, db=self.db, claim=claim)
        if reply is None:
            log.info("teams: activity %s delivered again; ignored", activity.id)
            return
        await self._send(turn_context, reply, where)

    async def _send(self, turn_context: TurnContext, reply: Reply, where: Where) -> None:
        shown = cards.for_audience(reply, personal=where.personal)
        await turn_context.send_activity(message(shown))

    async def _refreshed(self, ctx: Context, value: dict[str, Any], reply: Reply, where: Where) -> Card:
        """The card after a successful button press: its listing again, or the changed action."""
        query = str(value.get("q") or "")
        if isinstance(reply, Notice) and query:
            listing = cards.for_audience(await respond(query, ctx=ctx, db=self.db), personal=where.personal)
            if isinstance(listing, ActionList):
                return limits.fit_list(listing, limits.CARD_BUDGET, notice=replace(reply, updated=None))
        return limits.render(cards.for_audience(reply, personal=where.personal))[0]

    async def _act(self, ctx: Context, value: dict[str, Any], *, claim: Claim | None = None) -> Reply | None:
        command, problem = card_action(value)
        if command is None:
            refused = error(problem or "That button did nothing.")
            return refused if claim is None else await answer_once(refused, ctx=ctx, db=self.db, claim=claim)
        if claim is None:
            return await execute(command, ctx=ctx, db=self.db)
        return await execute_once(command, ctx=ctx, db=self.db, claim=claim)

    async def _submitted(
        self,
        turn_context: TurnContext,
        ctx: Context,
        where: Where,
        value: dict[str, Any],
        *,
        claim: Claim | None,
    ) -> None:
        reply = await self._act(ctx, value, claim=claim)
        if reply is None:
            log.info("teams: activity %s delivered again; ignored", turn_context.activity.id)
            return
        card_id = turn_context.activity.reply_to_id
        if _failed(reply) or not card_id:
            await self._send(turn_context, reply, where)
            return
        update = MessageFactory.attachment(attachment(await self._refreshed(ctx, value, reply, where)))
        update.id = card_id
        await turn_context.update_activity(update)

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse | None:
        """Answer Action.Execute here: the SDK's own path serializes the response twice under CloudAdapter."""
        activity = turn_context.activity
        if activity.name != "adaptiveCard/action":
            return cast(InvokeResponse | None, await super().on_invoke_activity(turn_context))
        raw = activity.value if isinstance(activity.value, dict) else {}
        action = raw.get("action")
        if not isinstance(action, dict) or action.get("type") != "Action.Execute":
            problem = CardActionAnswer(
                status_code=400,
                type="application/vnd.microsoft.error",
                value={"code": "BadRequest", "message": "expected an Action.Execute with data"},
            )
            return InvokeResponse(status=400, body=problem)
        answer = await self.on_adaptive_card_invoke(turn_context, AdaptiveCardInvokeValue(action=action))
        return InvokeResponse(status=200, body=answer)

    async def on_adaptive_card_invoke(
        self, turn_context: TurnContext, invoke_value: AdaptiveCardInvokeValue
    ) -> CardActionAnswer:
        ctx, where = await self._context(turn_context)
        value = dict(invoke_value.action.get("data") or {})
        value.setdefault("verb", invoke_value.action.get("verb"))
        reply = await self._act(ctx, value)
        assert reply is not None  # unclaimed: never a repeat
        if _failed(reply):
            assert isinstance(reply, Notice)
            return CardActionAnswer(status_code=200, type=ERROR_MESSAGE_TYPE, value=reply.text)
        card = await self._refreshed(ctx, value, reply, where)
        return CardActionAnswer(status_code=200, type=cards.CARD_TYPE, value=card)

    async def on_teams_members_added(
        self,
        teams_members_added: list[ChannelAccount],
        team_info: TeamInfo,
        turn_context: TurnContext,
    ) -> None:
        bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
        if any(m.id == bot_id for m in teams_members_added):
            await self._installed(turn_context)

    async def on_teams_members_removed(
        self,
        teams_members_removed: list[ChannelAccount],
        team_info: TeamInfo,
        turn_context: TurnContext,
    ) -> None:
        bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
        if any(m.id == bot_id for m in teams_members_removed):
            await forget(self.db, turn_context.activity, reason="the bot was removed from the conversation")

    async def on_installation_update_add(self, turn_context: TurnContext) -> None:
        await self._installed(turn_context)

    async def on_installation_update_remove(self, turn_context: TurnContext) -> None:
        await forget(self.db, turn_context.activity, reason="the app was uninstalled from the conversation")

    async def _installed(self, turn_context: TurnContext) -> None:
        where = await remember(self.db, turn_context.activity, now=self.clock())
        if where.personal:
            hello = "Hello. Type `help` to see what I can do, or `mine` for the actions you owe."
        elif where.committee is None:
            hello = (
                "Hello. An admin of a committee can type `@committee-bot setup <committee code>` here "
                "so this conversation follows that committee's actions."
            )
        else:
            hello = f"Hello again. This conversation follows {where.committee.name}."
        await turn_context.send_activity(MessageFactory.attachment(attachments(Notice(hello))[0]))


def _claim(activity: Activity) -> Claim | None:
    """Teams may deliver an activity again; its id is claimed with what it changes (reads too: a
    repeated answer would show twice in the conversation)."""
    if not activity.id:
        return None
    return Claim(f"teams:{activity.conversation.id}:{activity.id}", reads_too=True)


def _failed(reply: Reply) -> bool:
    return isinstance(reply, Notice) and reply.level is Level.error
