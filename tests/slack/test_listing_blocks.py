"""How a listing fits Slack's 50 blocks: each group's heading in a block of its own while they all
fit, else in bold above the group's first action, else the actions as packed lines. The choice is
made from a count of the blocks, before any is built, so the count must match what is built."""

from __future__ import annotations

from typing import Any

import pytest

from bot.slack import blocks
from bot.slack.action_blocks import blocks_of, item_blocks
from handlers.replies import ActionList, ActionView, Button, ButtonKind, Group

SNOOZES = (ButtonKind.snooze_week, ButtonKind.snooze_meeting)


def _view(n: int, kinds: tuple[ButtonKind, ...] = (ButtonKind.done, *SNOOZES)) -> ActionView:
    ref = f"A{n}"
    return ActionView(
        ref=ref,
        text=f"Report on item {n}",
        committee="ASC",
        status="open",
        owner="Clerk",
        assignee=None,
        due="next meeting",
        since_update="today",
        buttons=tuple(Button(kind, ref, str(kind)) for kind in kinds),
    )


@pytest.mark.parametrize("kinds", [(), SNOOZES, (ButtonKind.done,), (ButtonKind.update, *SNOOZES)])
def test_the_count_of_an_actions_blocks_is_what_is_built(kinds: tuple[ButtonKind, ...]) -> None:
    v = _view(1, kinds)
    assert blocks_of(v) == len(item_blocks(v, "list"))


def _listing(groups: int, per_group: int, *, without_buttons: int = 0) -> ActionList:
    n = iter(range(1, 1000))
    made = [
        Group(
            f"Due at meeting {g}",
            tuple(
                _view(next(n), () if g < without_buttons else (ButtonKind.done,)) for _ in range(per_group)
            ),
        )
        for g in range(groups)
    ]
    return ActionList(title="Open actions", groups=tuple(made), query="list")


def _kinds(out: list[dict[str, Any]]) -> list[str]:
    return [b["type"] for b in out]


def test_headings_keep_their_own_blocks_while_everything_fits() -> None:
    # header + 7 headings + 7 x 3 actions of 2 blocks = 50
    out = blocks.render(_listing(7, 3))
    assert len(out) == blocks.MAX_BLOCKS
    assert _kinds(out).count("context") == 7


def test_one_block_over_puts_the_headings_above_their_first_action() -> None:
    # 8 headings + 8 x 3 actions, 2 of the groups' actions without buttons: 8 + 42 = 50 > 49
    out = blocks.render(_listing(8, 3, without_buttons=2))
    assert len(out) == 1 + 42
    assert "context" not in _kinds(out)
    assert out[1]["text"]["text"].startswith("*Due at meeting 0*")


def test_actions_without_room_for_their_buttons_are_packed_as_lines() -> None:
    out = blocks.render(_listing(5, 5))  # 50 blocks of actions alone
    assert "actions" not in _kinds(out) and len(out) <= blocks.MAX_BLOCKS
    assert all(f"*A{n}*" in out[1]["text"]["text"] for n in range(1, 26))
