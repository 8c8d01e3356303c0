"""Keeping every Teams message within the size Teams accepts.

Microsoft documents a bot message's limit as the whole activity, encoded as UTF-16 ("Format your
bot messages": 40 KB for years; the page now says about 100 KB and to keep within 80 KB, and
senders report 413 MessageSizeTooBig well below 100 KB; posts through the Teams connector of Power
Automate stop at about 28 KB, which does not apply to a bot). We keep every activity within
`MESSAGE_LIMIT`, 40 KB, measured as Teams measures it: the activity serialised to JSON as the
Bot Framework client sends it (json.dumps, which escapes non-ASCII), counted in UTF-16 bytes,
with `ENVELOPE` left for what the adapter adds on the way out (conversation, sender, recipient,
service URL, ids).

A reply that doesn't fit is made smaller the way Slack's is (bot/slack/action_blocks.py): a listing
keeps the buttons of as many items as fit, shows the rest without them, and past that shows "N
more not shown here; narrow the listing" (or the next page's command); an action's card keeps its
latest changes; a table its first rows; a file is offered instead of shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from bot.teams import cards
from bot.teams.cards import Card
from handlers.replies import ActionCard, ActionList, FileReply, Home, Multi, Notice, Reply, Table

MESSAGE_LIMIT = 40 * 1024
ENVELOPE = 2 * 1024
ACTIVITY = 512
"""The activity's own fields around its attachments (type, layout, input hint)."""
CARD_BUDGET = MESSAGE_LIMIT - ENVELOPE - ACTIVITY


def size(value: Any) -> int:
    """Bytes of `value` serialised as the Bot Framework client sends it, in UTF-16."""
    return len(json.dumps(value).encode("utf-16-le"))


def card_size(card: Card) -> int:
    return size(cards.attachment(card))


def render(reply: Reply, *, budget: int = CARD_BUDGET) -> list[Card]:
    """`cards.render`, with every card shrunk until all of them together fit `budget`."""
    parts = _parts(reply)
    rendered = [cards.render(part) for part in parts]
    if sum(card_size(c) for group in rendered for c in group) <= budget:
        return [c for group in rendered for c in group]
    # what doesn't shrink keeps its size; the rest share what is left
    fixed = sum(
        card_size(c) for part, group in zip(parts, rendered, strict=True) if not _shrinks(part) for c in group
    )
    shrinking = [p for p in parts if _shrinks(p)]
    share = max(0, budget - fixed) // max(1, sum(_cards_of(p) for p in shrinking))
    out: list[Card] = []
    for part, group in zip(parts, rendered, strict=True):
        out.extend(fit(part, share) if _shrinks(part) else group)
    return out


def _parts(reply: Reply) -> list[Reply]:
    """The replies that become one card each (a Home is its listing and its meetings)."""
    if isinstance(reply, Multi):
        return [p for part in reply.parts for p in _parts(part)]
    if isinstance(reply, Home):
        return [*_parts(reply.mine), cards.meetings_table(reply)]
    return [reply]


def _shrinks(reply: Reply) -> bool:
    return isinstance(reply, ActionList | ActionCard | Table | FileReply | Notice)


def _cards_of(reply: Reply) -> int:
    return 1


def fit(reply: Reply, budget: int) -> list[Card]:
    """The cards of one (not Multi) reply, each within `budget`."""
    if isinstance(reply, ActionList):
        return [fit_list(reply, budget)]
    if isinstance(reply, ActionCard):
        return [_largest(lambda n: cards.action_card(reply, history=n), len(reply.history), budget)]
    if isinstance(reply, Table):
        return [_largest(lambda n: cards.table_card(reply, rows_shown=n), len(reply.rows), budget)]
    if isinstance(reply, FileReply):
        card = cards.file_card(reply)
        return [
            card if card_size(card) <= budget else _cut_texts(cards.file_card(reply, inline=False), budget)
        ]
    return [_cut_texts(card, budget) for card in cards.render(reply)]


def fit_list(reply: ActionList, budget: int, notice: Notice | None = None) -> Card:
    """The listing's card within `budget`: every item with its buttons if it fits; else buttons
    on as many of the first items as fit and the rest without; else as many items as fit."""
    card = cards.list_card(reply, notice)
    if card_size(card) <= budget:
        return card
    n = reply.count
    plain = cards.list_card(reply, notice, buttons=0)
    if card_size(plain) <= budget:
        return _largest(lambda k: cards.list_card(reply, notice, buttons=k), n, budget, floor=plain)
    return _largest(lambda k: cards.list_card(reply, notice, buttons=0, shown=k), n, budget)


def _largest(build: Callable[[int], Card], most: int, budget: int, *, floor: Card | None = None) -> Card:
    """`build(k)` for the largest k in 0..most whose card fits (binary search: size grows with k)."""
    lo, hi = 0, most
    best = floor if floor is not None else build(0)
    while lo <= hi:
        mid = (lo + hi) // 2
        card = build(mid)
        if card_size(card) <= budget:
            best, lo = card, mid + 1
        else:
            hi = mid - 1
    return best if card_size(best) <= budget else _cut_texts(best, budget)


def _cut_texts(card: Card, budget: int) -> Card:
    """The last resort for text that alone is too long (a title, a notice): every text block cut
    to a shorter length until the card fits."""
    limit = 4000
    while card_size(card) > budget and limit > 40:
        card = _cut(card, limit)
        limit //= 2
    return card


def _cut(value: Any, limit: int) -> Any:
    if isinstance(value, dict):
        out = {k: _cut(v, limit) for k, v in value.items()}
        if out.get("type") == "TextBlock" and isinstance(out.get("text"), str) and len(out["text"]) > limit:
            out["text"] = out["text"][: limit - 1] + "\u2026"
        return out
    if isinstance(value, list):
        return [_cut(v, limit) for v in value]
    return value
