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


HOSTILE = "Read [the minutes](https://evil.example) *now* <at>Tom Reed</at> & \u202eco\x07\n- not a list\n1. nor this"


def _texts(card: dict[str, Any]) -> list[str]:
    """Every TextBlock text and fact value in a card: the strings Teams reads as Markdown."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "TextBlock":
                out.append(node["text"])
            if node.get("type") == "FactSet":
                out.extend(f["value"] for f in node["facts"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card)
    return out


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("[click](https://evil.example)", "\\[click\\](https://evil.example)"),
        ("**bold** and _it_ and ~gone~", "\\*\\*bold\\*\\* and \\_it\\_ and \\~gone\\~"),
        ("<at>Tom</at> & <b>", "\\<at\\>Tom\\</at\\> \\& \\<b\\>"),
        ("- item\n+ item\n# head\n12. item\n3) item", "\\- item\n\\+ item\n\\# head\n12\\. item\n3\\) item"),
        ("Jo's `code` 1. mid-line - dash", "Jo's `code` 1. mid-line - dash"),
        ("back\\slash", "back\\\\slash"),
        ("NUL\x00BEL\x07ESC\x1b \u202eRLO", "NULBELESC RLO"),
    ],
)
def test_user_text_is_escaped_markdown(typed: str, shown: str) -> None:
    assert cards.md(typed) == shown


def test_user_text_in_every_card_is_escaped() -> None:
    hostile = ActionView(
        ref="A1",
        text=HOSTILE,
        committee="ASC [x](https://evil.example)",
        status="open",
        owner=HOSTILE,
        assignee="Tom *Reed*",
        due="next meeting",
        since_update="today",
        latest_note=HOSTILE,
        overdue=True,
    )
    replies = [
        ActionList(
            title=f"Actions matching {HOSTILE}", groups=(Group(HOSTILE, (hostile,)),), query="search x"
        ),
        ActionCard(hostile, history=(HistoryLine(at="today", actor="Tom *Reed*", what=HOSTILE),)),
        Notice(HOSTILE, updated=hostile),
        Table("Roles", ("who", "role"), ((HOSTILE, "member"),)),
    ]
    for reply in replies:
        for card in cards.render(reply):
            texts = _texts(card)
            assert texts
            for text in texts:
                assert "[the minutes](" not in text and "<at>" not in text and "*now*" not in text, text
                assert not any(ch in text for ch in "\x00\x07\x1b\u202e"), text
                assert "\n- " not in text and "\n1. " not in text, text
    card = cards.render(ActionList(title="t", groups=(Group("", (hostile,)),), query="q"))[0]
    assert "**A1** Read \\[the minutes\\]" in json.loads(json.dumps(card))["body"][1]["items"][0]["text"]
    assert "**OVERDUE**" in json.dumps(card), "the card's own emphasis stays"
