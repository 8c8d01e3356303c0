"""The manifest matches what the code registers; Block Kit stays within Slack's limits."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from typing import Any

import pytest
import yaml
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.config import Settings
from bot.manifest_cli import manifest_cli
from bot.slack import blocks
from bot.slack.commands import COMMAND
from bot.slack.edge import SlackEdge
from bot.slack.interactivity import BUTTONS
from bot.slack.listeners import EVENTS
from bot.slack.manifest import load_manifest, render_manifest
from bot.slack.mount import build_bolt_app
from handlers.replies import ActionList, ActionView, Button, ButtonKind, Group, Level, Notice
from storage.db import Database

REQUIRED_SCOPES = {
    "commands",
    "chat:write",
    "chat:write.public",
    "users:read",
    "users:read.email",
    "files:read",
    "files:write",
    "im:write",
    "im:history",
}


def subscribed_types(manifest: dict[str, Any]) -> set[str]:
    """The event types the manifest subscribes to (`message.im` is the `message` type, from DMs)."""
    return {e.split(".")[0] for e in manifest["settings"]["event_subscriptions"]["bot_events"]}


async def _answers(app: AsyncApp, body: dict[str, Any]) -> bool:
    """Whether any of the app's listeners matches this request body (bolt's own matchers decide)."""
    request = AsyncBoltRequest(body="", mode="socket_mode")
    request.body = body
    for listener in app._async_listeners:
        if all([await m.async_matches(request, None) for m in listener.matchers]):  # type: ignore[arg-type]
            return True
    return False


async def _registered(app: AsyncApp, manifest: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The manifest's commands and events, and any other candidates, that the app answers."""
    commands = {c["command"] for c in manifest["features"]["slash_commands"]} | {COMMAND, "/action", "/help"}
    events = subscribed_types(manifest) | set(EVENTS) | {"message", "app_mention"}
    answered_commands = {c for c in commands if await _answers(app, {"command": c})}
    answered_events = {
        e for e in events if await _answers(app, {"type": "event_callback", "event": {"type": e}})
    }
    return answered_commands, answered_events


@pytest.mark.parametrize("oauth", [False, True])
async def test_commands_and_events_registered_match_the_manifest(oauth: bool) -> None:
    manifest = load_manifest()
    credentials = (
        {"slack_client_id": "1111.2222", "slack_client_secret": "c1i2e3n4t5s6e7c8r9e0t"}
        if oauth
        else {"slack_bot_token": "xoxb-test-token-0001"}
    )
    settings = Settings(_env_file=None, slack_signing_secret="s" * 32, **credentials)  # type: ignore[call-arg]
    app, _ = build_bolt_app(
        settings, Database("sqlite+aiosqlite://"), SlackEdge(Database("sqlite+aiosqlite://"))
    )
    assert (app.oauth_flow is not None) is oauth
    commands, events = await _registered(app, manifest)
    assert {c["command"] for c in manifest["features"]["slash_commands"]} == commands == {COMMAND}
    assert subscribed_types(manifest) == events == set(EVENTS)
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert scopes == REQUIRED_SCOPES  # what the bot uses, and nothing more
    assert scopes == set(Settings(_env_file=None).slack_scopes.split(","))  # type: ignore[call-arg]
    assert len(BUTTONS) == len(set(BUTTONS))


def test_manifest_with_urls_and_the_socket_mode_variant() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert (
            manifest_cli("slack", url="https://actions.borsetshire.gov.uk/", app_id=None, zip_path=None) == 0
        )
    http = yaml.safe_load(out.getvalue())
    events_url = "https://actions.borsetshire.gov.uk/slack/events"
    assert http["settings"]["socket_mode_enabled"] is False
    assert http["settings"]["event_subscriptions"]["request_url"] == events_url
    assert http["settings"]["interactivity"]["request_url"] == events_url
    assert http["features"]["slash_commands"][0]["url"] == events_url
    assert http["oauth_config"]["redirect_urls"] == [
        "https://actions.borsetshire.gov.uk/slack/oauth_redirect"
    ]
    socket = yaml.safe_load(render_manifest(base_url=None))
    assert socket["settings"]["socket_mode_enabled"] is True
    assert "https://" not in render_manifest(base_url=None)


def _view(n: int, **kw: Any) -> ActionView:
    ref = f"A{n}"
    return ActionView(
        ref=ref,
        text=f"Provide the figures <for> item {n} & more",
        committee="ASC",
        status="open",
        owner="Head of Commissioning",
        assignee=None,
        due="next meeting",
        since_update="2 weeks ago",
        buttons=(
            Button(ButtonKind.done, ref, "Mark done"),
            Button(ButtonKind.update, ref, "Add update"),
            Button(ButtonKind.snooze_week, ref, "Snooze 1 week"),
            Button(ButtonKind.snooze_meeting, ref, "Snooze until next meeting"),
        ),
        **kw,
    )


def test_a_full_page_in_many_groups_stays_within_fifty_blocks() -> None:
    groups = tuple(Group(f"Due at the meeting of {d} Feb 2024", (_view(d),)) for d in range(1, 21))
    listing = ActionList(
        title="Open actions", groups=groups, query="list", page=2, pages=3, next_page="list page 3"
    )
    out = blocks.render(listing)
    assert len(out) <= blocks.MAX_BLOCKS
    assert next(b for b in out if b["type"] == "section")["text"]["text"].startswith(
        "*Due at the meeting of 1 Feb"
    )
    assert len([b for b in out if b["type"] == "section"]) == 20
    assert {b["block_id"] for b in out if b["type"] == "actions"} >= {"act:A1:list page 2"}
    pager = out[-1]
    assert [e["value"] for e in pager["elements"]] == ["list", "list page 3"]
    assert "&lt;for&gt;" in json.dumps(out) and "&amp; more" in json.dumps(out)
    many = ActionList(title="All", groups=(Group("", tuple(_view(n) for n in range(1, 40))),), query="all")
    packed = blocks.render(many)  # too many for their buttons: one line each, packed in sections
    assert len(packed) <= blocks.MAX_BLOCKS and all(f"*A{n}*" in json.dumps(packed) for n in range(1, 40))
    assert "actions" not in {b["type"] for b in packed}


def test_public_rendering_leaves_out_exempt_items() -> None:
    listing = ActionList(
        title="Open", groups=(Group("", (_view(1), _view(2, restricted=True))),), query="share"
    )
    assert "*A2*" in json.dumps(blocks.render(listing))
    public = blocks.render(listing, public=True)
    assert "*A2*" not in json.dumps(public) and "*A1*" in json.dumps(public)
    assert blocks.fallback_text(listing, public=True) == "Open: 1 action"


@pytest.mark.parametrize(
    "typed",
    ["<!channel>", "<!here|here>", "<@U0SAMPATEL>", "<#C0ASCSCRU|asc>", "<https://evil.example|x>", "a & b"],
)
def test_user_text_is_escaped_in_the_text_field_as_in_blocks(typed: str) -> None:
    """Slack acts on mentions and links in a message's `text` as in its mrkdwn blocks."""
    shown = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    listing = ActionList(title=f"Actions matching \u201c{typed}\u201d", groups=(), query=f"search {typed}")
    notice = Notice(f"I can't find {typed}\x07\u202e.", Level.error)
    for reply in (listing, notice):
        for public in (False, True):
            text = blocks.fallback_text(reply, public=public)
            assert shown in text and "<" not in text and ">" not in text, text
            assert "\x07" not in text and "\u202e" not in text
    assert blocks.summary(notice) == f"\u2717 I can't find {typed}\x07\u202e.", (
        "the plain summary is as typed"
    )
