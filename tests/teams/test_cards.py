"""The Adaptive Card renderer and the card buttons' commands, from tables."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from bot.teams import cards
from bot.teams.card_actions import card_action
from handlers import commands as c
from handlers.replies import (
    ActionCard,
    ActionList,
    ActionView,
    Button,
    ButtonKind,
    FileReply,
    Group,
    HistoryLine,
    Multi,
    Notice,
    Table,
    error,
    ok,
)


def view(ref: str = "A1", *, restricted: bool = False, buttons: bool = True) -> ActionView:
    kinds = (ButtonKind.done, ButtonKind.update, ButtonKind.snooze_week) if buttons else ()
    return ActionView(
        ref=ref,
        text=f"text of {ref}",
        committee="ASC",
        status="open",
        owner="Head of Commissioning",
        assignee="Tom Reed",
        due="next meeting",
        since_update="today",
        overdue=True,
        restricted=restricted,
        buttons=tuple(Button(k, ref, k.value) for k in kinds),
    )


def actions_of(card: dict[str, Any]) -> list[dict[str, Any]]:
    """Every button in the card, including those inside ShowCards and ActionSets."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if str(node.get("type", "")).startswith("Action."):
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card)
    return found


REPLIES = [
    ActionList("Open", (Group("Meeting 1", (view("A1"), view("A2"))),), next_page="list page 2"),
    ActionCard(view(), history=(HistoryLine("1 Jan 2024 10:00", "Sam", "create"),), notice="Done"),
    ok("A1 is done.", updated=view(buttons=False)),
    error("No such thing", usage="show A12"),
    Table("Help", ("", "command"), (("Listings", "overdue"),), notes=("a note",)),
    FileReply("tracker.csv", b"ref,text\nA1,x\n", "text/csv", "Action tracker"),
]


@pytest.mark.parametrize("reply", REPLIES, ids=lambda r: type(r).__name__)
def test_every_reply_is_an_adaptive_card_1_5(reply: Any) -> None:
    [card] = cards.render(reply)
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    for action in actions_of(card):
        if action["type"] == "Action.Execute":
            assert action["data"]["cb"] == cards.CALLBACK
            assert action["fallback"]["type"] == "Action.Submit"
            assert action["fallback"]["data"] == action["data"]


def test_list_buttons_carry_ref_and_query_and_update_has_a_text_input() -> None:
    [card] = cards.render(ActionList("Open", (Group("", (view("A7"),)),), query="overdue"))
    verbs = {
        (a.get("verb"), a["data"].get("ref"), a["data"].get("q")) for a in actions_of(card) if "data" in a
    }
    assert {("done", "A7", "overdue"), ("update", "A7", "overdue"), ("snooze_week", "A7", "overdue")} <= verbs
    assert '"id": "note_A7"' in json.dumps(card)


def test_multi_is_one_card_per_part() -> None:
    assert len(cards.render(Multi((ok("one"), ok("two"))))) == 2


def test_exempt_items_are_kept_out_of_shared_conversations() -> None:
    listing = ActionList("Open", (Group("", (view("A1"), view("A2", restricted=True))),))
    shared = cards.for_audience(listing, personal=False)
    assert isinstance(shared, ActionList) and [v.ref for g in shared.groups for v in g.items] == ["A1"]
    assert "1 exempt item" in shared.title
    assert cards.for_audience(listing, personal=True) is listing
    card = cards.for_audience(ActionCard(view("A2", restricted=True)), personal=False)
    assert isinstance(card, Notice) and "text of A2" not in card.text
    notice = cards.for_audience(ok("done", updated=view("A2", restricted=True)), personal=False)
    assert isinstance(notice, Notice) and notice.updated is None


@pytest.mark.parametrize(
    ("value", "command"),
    [
        ({"verb": "done", "ref": "A3"}, c.Done(ref="A3")),
        ({"verb": "update", "ref": "A3", "note_A3": " Met them "}, c.Update(ref="A3", note="Met them")),
        (
            {"verb": "snooze_week", "ref": "A3"},
            c.Snooze(ref="A3", until=c.SnoozeUntil.period, period=timedelta(days=7)),
        ),
        ({"verb": "snooze_meeting", "ref": "A3"}, c.Snooze(ref="A3", until=c.SnoozeUntil.next_meeting)),
        ({"verb": "confirm", "ref": "A3"}, c.ReviewChange(verb=c.ReviewVerb.confirm, ref="A3")),
        ({"verb": "run", "text": "overdue page 2"}, c.ListActions(kind=c.ListKind.overdue, page=2)),
    ],
)
def test_buttons_become_typed_commands(value: dict[str, Any], command: Any) -> None:
    assert card_action(value) == (command, None)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ({"verb": "done"}, "did not say which action"),
        ({"verb": "update", "ref": "A3"}, "Write the update on A3"),
        ({"verb": "explode", "ref": "A3"}, "I don't know the button `explode`"),
        ({"verb": "run", "text": "frobnicate"}, "I don't know the command `frobnicate`"),
    ],
)
def test_bad_button_data_says_what_is_wrong(value: dict[str, Any], problem: str) -> None:
    command, message = card_action(value)
    assert command is None and message is not None and problem in message
