"""No Teams message the bot can build exceeds the size Teams accepts (bot/teams/limits.py): the
largest reply of every kind, as the activity the bot sends, measured as Teams measures it (the
JSON payload in UTF-16); and a 200-action listing through the real CloudAdapter, measured at the
fake Bot Connector from the bytes it received."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bot.teams import cards, limits
from bot.teams.delivery import message
from handlers.replies import ActionList, Group, Reply
from storage import actions, committees, people
from tests.support.largest import LONG, largest, view
from tests.teams.conftest import NOW, Teams
from tests.teams.test_messages import card_text

LARGEST = largest()


@pytest.mark.parametrize("name", sorted(LARGEST))
@pytest.mark.parametrize("personal", [True, False], ids=["personal", "channel"])
def test_the_largest_replies_fit_in_one_teams_message(name: str, personal: bool) -> None:
    reply: Reply = cards.for_audience(LARGEST[name], personal=personal)
    activity = message(reply).serialize()
    assert limits.size(activity) + limits.ENVELOPE <= limits.MESSAGE_LIMIT
    assert activity["attachments"], "something is shown"


def _page(text: str) -> ActionList:
    """A page of 20 ordinary actions (short names, no notes) whose text is `text`."""
    items = tuple(
        replace(view(n, text=text), owner="Head of Commissioning", latest_note=None) for n in range(20)
    )
    groups = tuple(
        Group(f"Due at the meeting of {g + 1} Feb 2025", items[g * 5 : g * 5 + 5]) for g in range(4)
    )
    return ActionList(title="Open actions", groups=groups, query="list", next_page="list page 2", pages=3)


def test_a_listing_keeps_the_buttons_that_fit_then_items_without_then_counts_the_rest() -> None:
    page = json.dumps(message(_page("Report back")).serialize())  # 87 KB in UTF-16 with every button
    assert "more not shown here" not in page and page.count('"id": "item_A') == 20
    assert 0 < page.count('"Action.ShowCard"') < 20  # the first items keep their buttons
    crammed = json.dumps(message(_page(LONG)).serialize())  # texts of 10,000 characters
    assert "more not shown here; type `list page 2`" in crammed
    history = json.dumps(message(LARGEST["action card"]).serialize())
    assert "earlier changes not shown here" in history


async def test_a_200_action_listing_posted_in_teams_stays_within_the_limit(teams: Teams) -> None:
    async with teams.db.transaction() as session:
        asc = await committees.get_committee(session, code="ASC")
        tom = (await people.find_people(session, name="Tom Reed"))[0]
        assert asc is not None and asc.id is not None
        for k in range(200):
            await actions.create_action(
                session,
                committee_id=asc.id,
                text=f"Item {k}: {LONG[:600]}",
                actor=None,
                now=NOW,
                assignee_id=tom.id,
            )
    await teams.send(teams.installed())
    await teams.send(teams.message("setup asc", who="Sam Patel"))
    for command in ("/actions all", "/actions list", "/actions mine"):
        await teams.send(teams.message(command, who="Tom Reed"))
        posted = teams.connector.sent()[-1]
        assert posted.utf16_bytes <= limits.MESSAGE_LIMIT - limits.ENVELOPE // 2, (
            command,
            posted.utf16_bytes,
        )
        assert "page 1 of" in card_text(posted.body), command
