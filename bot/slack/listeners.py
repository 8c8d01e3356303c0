"""Which Slack request goes to which listener: the /actions command and direct messages
(bot/slack/commands.py), buttons and the update modal (interactivity.py), App Home (home.py) and
shared minutes files (files.py)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp

from bot.slack.commands import COMMAND, DirectMessages, SlashCommand
from bot.slack.edge import SlackEdge
from bot.slack.files import SharedFiles
from bot.slack.home import AppHome
from bot.slack.interactivity import BUTTONS, UPDATE_VIEW, Interactivity

log = logging.getLogger(__name__)

EVENTS = ("app_home_opened", "file_shared", "message", "app_uninstalled", "tokens_revoked")
"""The event types the app answers; the manifest subscribes to `message` as `message.im` (only
what people write to the bot in its Messages tab)."""


def register(app: AsyncApp, edge: SlackEdge, *, oauth: bool) -> None:
    command = SlashCommand(edge)
    home = AppHome(edge)
    clicks = Interactivity(edge, home)
    app.command(COMMAND)(command.on_command)
    for action_id in BUTTONS:
        app.action(action_id)(clicks.on_button)
    app.view(UPDATE_VIEW)(clicks.on_update_submitted)
    app.event("app_home_opened")(home.on_home_opened)
    app.event("file_shared")(SharedFiles(edge).on_file_shared)
    app.event("message")(DirectMessages(edge).on_message)
    if oauth:
        app.enable_token_revocation_listeners()
    else:
        app.event("app_uninstalled")(on_uninstalled)
        app.event("tokens_revoked")(on_uninstalled)


async def on_uninstalled(body: dict[str, Any]) -> None:
    log.warning("Slack says the app was uninstalled or its tokens revoked (team %s)", body.get("team_id"))
