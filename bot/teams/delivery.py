"""Replies as Teams activities: one Adaptive Card per part of the reply, for the turn's answer and
for proactive posts alike, within the size Teams accepts (bot/teams/limits.py)."""

from __future__ import annotations

from botbuilder.core import MessageFactory
from botbuilder.schema import Activity, Attachment

from bot.teams import cards, limits
from bot.teams.cards import Card
from handlers.replies import Reply


def attachment(card: Card) -> Attachment:
    return Attachment(content_type=cards.CARD_TYPE, content=card)


def attachments(reply: Reply) -> list[Attachment]:
    return [attachment(card) for card in limits.render(reply)]


def message(reply: Reply) -> Activity:
    parts = attachments(reply)
    return MessageFactory.attachment(parts[0]) if len(parts) == 1 else MessageFactory.list(parts)
