"""No Slack message the bot can build breaks Block Kit's limits: the largest reply of every kind
(tests/support/largest.py), rendered for a message, a shared post and the App Home, is checked
against each documented limit.

Limits (api.slack.com/reference/block-kit and chat.postMessage): 50 blocks in a message, 100 in
the App Home; a section's text 3,000 characters, its fields 10 of 2,000; a header's text 150; a
context 10 elements; an actions block 25 elements; a button's text 75, its value 2,000, an
action_id or block_id 255; a static select 100 options of text 75 and value 150, placeholder 150;
a message's `text` 40,000 characters.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.slack import blocks
from handlers.replies import Home, Reply
from tests.support.largest import largest

MESSAGE_TEXT = 40_000


def problems(rendered: list[dict[str, Any]], *, surface: str) -> list[str]:
    """Every limit the blocks break, said plainly."""
    out: list[str] = []
    most = blocks.MAX_HOME_BLOCKS if surface == "home" else blocks.MAX_BLOCKS
    if len(rendered) > most:
        out.append(f"{len(rendered)} blocks, more than {most}")

    def text_of(obj: dict[str, Any] | None, limit: int, where: str) -> None:
        if obj is None:
            return
        if obj.get("type") not in ("mrkdwn", "plain_text"):
            out.append(f"{where}: not a text object")
        if len(obj.get("text", "")) > limit:
            out.append(f"{where}: {len(obj['text'])} characters, more than {limit}")
        if obj.get("text", "") == "":
            out.append(f"{where}: empty text")

    for i, b in enumerate(rendered):
        kind = b["type"]
        if len(b.get("block_id", "")) > 255:
            out.append(f"block {i}: block_id longer than 255")
        if kind == "section":
            text_of(b.get("text"), 3000, f"section {i}")
            fields = b.get("fields", [])
            if len(fields) > 10:
                out.append(f"section {i}: {len(fields)} fields")
            for f in fields:
                text_of(f, 2000, f"section {i} field")
        elif kind == "header":
            text_of(b["text"], 150, f"header {i}")
            if b["text"]["type"] != "plain_text":
                out.append(f"header {i}: not plain text")
        elif kind == "context":
            if len(b["elements"]) > 10:
                out.append(f"context {i}: {len(b['elements'])} elements")
            for e in b["elements"]:
                text_of(e, 3000, f"context {i}")
        elif kind == "actions":
            if len(b["elements"]) > 25:
                out.append(f"actions {i}: {len(b['elements'])} elements")
            for e in b["elements"]:
                if len(e.get("action_id", "")) > 255:
                    out.append(f"actions {i}: action_id longer than 255")
                if e["type"] == "button":
                    text_of(e["text"], 75, f"button in {i}")
                    if len(e.get("value", "")) > 2000:
                        out.append(f"button in {i}: value longer than 2000")
                elif e["type"] == "static_select":
                    text_of(e["placeholder"], 150, f"select in {i}")
                    if len(e["options"]) > 100:
                        out.append(f"select in {i}: {len(e['options'])} options")
                    for o in e["options"]:
                        text_of(o["text"], 75, f"option in {i}")
                        if len(o["value"]) > 150:
                            out.append(f"option in {i}: value longer than 150")
                else:
                    out.append(f"actions {i}: unexpected element {e['type']}")
        elif kind != "divider":
            out.append(f"block {i}: unexpected type {kind}")
    return out


LARGEST = largest()


@pytest.mark.parametrize("name", sorted(LARGEST))
@pytest.mark.parametrize("public", [False, True], ids=["private", "shared"])
def test_the_largest_replies_stay_within_block_kits_limits(name: str, public: bool) -> None:
    reply: Reply = LARGEST[name]
    surface = "home" if isinstance(reply, Home) else "message"
    limit = blocks.MAX_HOME_BLOCKS if surface == "home" else blocks.MAX_BLOCKS
    rendered = blocks.render(reply, public=public, limit=limit)
    assert problems(rendered, surface=surface) == []
    assert rendered, "something is shown"
    assert 0 < len(blocks.fallback_text(reply, public=public)) <= MESSAGE_TEXT


def test_a_listing_too_long_for_its_buttons_shows_every_item_it_can_and_counts_the_rest() -> None:
    rendered = blocks.render(LARGEST["listing of 200"])
    shown = sum(
        str(b.get("text", {}).get("text", "")).count("*A1") for b in rendered if b["type"] == "section"
    )
    last = rendered[-2]["elements"][0]["text"] if rendered[-1]["type"] == "actions" else ""
    assert shown > 20, "more items than the blocks allow with buttons, one line each"
    assert f"{200 - shown} more not shown here; type `/actions search" in last


def test_a_post_of_two_parts_too_big_for_one_message_shows_both_and_says_what_is_left_out() -> None:
    rendered = blocks.render(LARGEST["pre-meeting post"])
    headers = [b["text"]["text"] for b in rendered if b["type"] == "header"]
    assert len(headers) == 2 and headers[1].startswith("Upcoming meetings of")
    said = " ".join(e["text"] for b in rendered if b["type"] == "context" for e in b["elements"])
    assert "more not shown here" in said and "more rows not shown here" in said
