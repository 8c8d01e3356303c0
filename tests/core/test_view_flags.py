"""An action's flags come from one mapping (handlers.replies.flags); each renderer only dresses them."""

from __future__ import annotations

import json

import pytest

from bot.render_text import render
from bot.slack import blocks
from bot.teams import cards
from handlers.replies import ActionList, ActionView, Flag, Group, flags

VIEW = ActionView(
    ref="A7",
    text="Report the day centre figures",
    committee="ASC",
    status="open",
    owner=None,
    assignee="Tom Reed",
    due="next meeting",
    since_update="5 weeks ago",
    overdue=True,
    stale=True,
    restricted=True,
    snoozed_until="3 Jun 2024",
)


def test_the_flags_and_their_order() -> None:
    assert flags(VIEW) == (
        (Flag.overdue, ""),
        (Flag.stale, ""),
        (Flag.snoozed, "3 Jun 2024"),
        (Flag.exempt, ""),
    )
    plain = ActionView(
        **{**VIEW.__dict__, "overdue": False, "stale": False, "restricted": False, "snoozed_until": None}
    )
    assert flags(plain) == ()


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        (
            lambda: render(ActionList("t", (Group("", (VIEW,)),))),
            "[OVERDUE, stale, snoozed until 3 Jun 2024, exempt]",
        ),
        (
            lambda: blocks.item_text(VIEW),
            ":warning: *overdue* \u00b7 :hourglass: stale \u00b7 :zzz: snoozed until 3 Jun 2024 \u00b7 :lock: exempt item",
        ),
        (
            lambda: json.dumps(cards.item(VIEW), ensure_ascii=False),
            "**OVERDUE** \u00b7 stale \u00b7 snoozed until 3 Jun 2024 \u00b7 exempt",
        ),
    ],
    ids=["text", "block kit", "adaptive card"],
)
def test_each_renderer_shows_them_in_its_own_dress(shown: object, expected: str) -> None:
    assert expected in shown()  # type: ignore[operator]
