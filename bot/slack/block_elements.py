"""Block Kit's small parts: text objects and single blocks, escaped and cut to Slack's limits.

Limits (api.slack.com/reference/block-kit): 50 blocks in a message and 100 in the App Home, a
section's text 3,000 characters, a header's 150, a block_id 255, a message's fallback text kept to
3,000 here.
"""

from __future__ import annotations

from typing import Any

from storage.clean_text import clean

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_HOME_BLOCKS = 100
SECTION_CHARS = 3000
HEADER_CHARS = 150
BLOCK_ID_CHARS = 255
TEXT_CHARS = 3000


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def escape(text: str) -> str:
    """User text as Slack mrkdwn that shows it as typed: &, < and > escaped (so `<!channel>`,
    `<@U123>`, `<#C123>` and `<https://x|y>` are shown, never acted on), and control or bidi-override
    characters taken out (text stored before they were refused at the door may still hold them)."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": cut(text, SECTION_CHARS)}


def plain(text: str, limit: int = 75) -> dict[str, Any]:
    return {"type": "plain_text", "text": cut(clean(text, one_line=True), limit), "emoji": True}


def section(text: str) -> Block:
    return {"type": "section", "text": mrkdwn(text)}


def context(text: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(text)]}


def header(text: str) -> Block:
    return {"type": "header", "text": plain(text, HEADER_CHARS)}
