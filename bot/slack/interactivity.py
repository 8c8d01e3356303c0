"""Buttons, the snooze menu and the update modal: a click in, the command it stands for
(handlers/buttons.py) through the dispatcher, and the message it came from shown again, updated.

A button's value is the action's reference; the actions block's id carries the listing's query
text, so after a click the listing can be asked for again and the message replaced in place. A
click is claimed by its trigger id (a modal by its view id), reads too: its result replaces a
message, where a repeat would show twice.

Clicks and submitted forms are acked at once and their work goes to the server's work queue
(bot/work_queue.py); when it is too busy, the one who clicked is told so, and a submitted form stays
open with the message under its box, so the note is not lost. "Add an update" opens its modal at
once instead, beside the queue: Slack's trigger id for it lasts 3 seconds.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from functools import partial
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks, delivery
from bot.slack.edge import SlackEdge
from bot.slack.home import AppHome
from bot.slack.request_context import bare_context, context
from bot.work_queue import BUSY
from handlers import commands as c
from handlers import dispatch
from handlers.buttons import button_command
from handlers.context import Context
from handlers.dispatch import Claim
from handlers.replies import ButtonKind, Level, Notice, Reply

log = logging.getLogger(__name__)

PAGES = ("page_next", "page_previous")
BUTTONS = ("done", "update", "confirm", "discard", "snooze", *PAGES)
"""The action ids of the buttons and menus the bot draws (bot/slack/action_blocks.py)."""
UPDATE_VIEW = "add_update"
NOTE_BLOCK = "note"
NOTE_INPUT = "note"


@dataclass(frozen=True)
class Origin:
    """The message (or Home tab) a button was pressed in, so the result can replace it."""

    user_id: str
    channel_id: str | None = None
    message_ts: str | None = None
    ephemeral: bool = True
    response_url: str | None = None
    query: str = ""
    home: bool = False

    @classmethod
    def from_block_actions(cls, body: dict[str, Any], action: dict[str, Any]) -> Origin:
        container = body.get("container") or {}
        return cls(
            user_id=body["user"]["id"],
            channel_id=container.get("channel_id") or (body.get("channel") or {}).get("id"),
            message_ts=container.get("message_ts"),
            ephemeral=bool(container.get("is_ephemeral", True)),
            response_url=body.get("response_url"),
            query=blocks.query_of_block(action.get("block_id") or ""),
            home=container.get("type") == "view",
        )


def team_of(body: dict[str, Any]) -> str | None:
    """The clicking user's team (a click in a shared channel may come from another team's user)."""
    team = (body.get("user") or {}).get("team_id") or (body.get("team") or {}).get("id")
    return str(team) if team else None


def clicked(action_id: str, action: dict[str, Any]) -> c.Command:
    """The command a button or menu choice stands for."""
    if action_id == "snooze":
        choice = str((action.get("selected_option") or {}).get("value") or "")
        how, _, ref = choice.partition(":")
        kind = ButtonKind.snooze_meeting if how == blocks.SNOOZE_MEETING else ButtonKind.snooze_week
        return button_command(kind, ref)
    if action_id not in (ButtonKind.done, ButtonKind.confirm, ButtonKind.discard):
        raise ValueError(f"no command for the button {action_id!r}")
    return button_command(ButtonKind(action_id), str(action.get("value") or ""))


def update_modal(ref: str, origin: Origin) -> dict[str, Any]:
    meta = {"ref": ref, **asdict(origin)}
    return {
        "type": "modal",
        "callback_id": UPDATE_VIEW,
        "title": blocks.plain("Add an update", 24),
        "submit": blocks.plain("Save", 24),
        "close": blocks.plain("Cancel", 24),
        "private_metadata": json.dumps(meta),
        "blocks": [
            blocks.section(
                f"Progress on *{blocks.escape(ref)}*. It is recorded in the action's history with your name."
            ),
            {
                "type": "input",
                "block_id": NOTE_BLOCK,
                "label": blocks.plain("What has happened?", 2000),
                "element": {
                    "type": "plain_text_input",
                    "action_id": NOTE_INPUT,
                    "multiline": True,
                    "max_length": 2000,
                },
            },
        ],
    }


class Interactivity:
    def __init__(self, edge: SlackEdge, home: AppHome) -> None:
        self.edge = edge
        self.home = home

    async def on_button(
        self, ack: Any, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        origin = Origin.from_block_actions(body, action)
        if action.get("action_id") == ButtonKind.update:
            self.edge.spawn(self.open_update(body, action, origin, client))
            return
        busy = partial(self._sorry, client, origin, BUSY)
        if not self.edge.work.submit(partial(self.button, body, action, client), too_late=busy):
            self.edge.spawn(busy())

    async def open_update(
        self, body: dict[str, Any], action: dict[str, Any], origin: Origin, client: AsyncWebClient
    ) -> None:
        try:
            await client.views_open(trigger_id=body["trigger_id"], view=update_modal(action["value"], origin))
        except Exception:
            log.exception("opening the update form failed")
            await self._sorry(client, origin)

    async def button(self, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient) -> None:
        origin = Origin.from_block_actions(body, action)
        action_id = action.get("action_id", "")
        try:
            claim = Claim(f"slack:action:{body.get('trigger_id')}:{action.get('action_ts')}", reads_too=True)
            ctx = await context(
                self.edge,
                client,
                user_id=origin.user_id,
                user_name=(body.get("user") or {}).get("username"),
                channel_id=None if origin.home else origin.channel_id,
                team_id=team_of(body),
                enterprise_id=(body.get("enterprise") or {}).get("id"),
                ephemeral=origin.ephemeral or origin.home,
            )
            if _not_theirs(ctx, origin):
                await delivery.private(
                    self.edge,
                    client,
                    ctx,
                    origin.user_id,
                    origin.response_url,
                    Notice(NOT_THEIRS, Level.error),
                )
                return
            if action_id in PAGES:
                listing = await dispatch.respond_once(action["value"], ctx=ctx, db=self.edge.db, claim=claim)
                if listing is not None:
                    new = blocks.render(listing, public=not origin.ephemeral)
                    await self.replace(client, ctx, origin, new, listing)
                return
            result = await dispatch.execute_once(
                clicked(action_id, action), ctx=ctx, db=self.edge.db, claim=claim
            )
            if result is not None:
                await self.refresh(client, ctx, origin, result)
        except Exception:
            log.exception("button %s failed", action_id)
            await self._sorry(client, origin)

    async def on_update_submitted(
        self, ack: Any, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient
    ) -> None:
        values = (view.get("state") or {}).get("values") or {}
        note = str(((values.get(NOTE_BLOCK) or {}).get(NOTE_INPUT) or {}).get("value") or "").strip()
        if not note:
            await ack(
                response_action="errors",
                errors={NOTE_BLOCK: "Write what has happened; an empty update changes nothing."},
            )
            return
        try:
            ref, origin = _form_origin(view)
        except (ValueError, TypeError):
            log.warning("an update form came back without the metadata the bot put in it")
            await ack(
                response_action="errors", errors={NOTE_BLOCK: "This form is out of date; open it again."}
            )
            return
        busy = partial(self._sorry, client, origin, BUSY)
        job = partial(self.update_submitted, body, view, ref, origin, note, client)
        if not self.edge.work.submit(job, too_late=busy):
            await ack(response_action="errors", errors={NOTE_BLOCK: BUSY})
            return
        await ack()

    async def update_submitted(
        self,
        body: dict[str, Any],
        view: dict[str, Any],
        ref: str,
        origin: Origin,
        note: str,
        client: AsyncWebClient,
    ) -> None:
        try:
            claim = Claim(f"slack:view:{view.get('id')}:{view.get('hash')}", reads_too=True)
            ctx = await context(
                self.edge,
                client,
                user_id=body["user"]["id"],
                channel_id=None if origin.home else origin.channel_id,
                team_id=team_of(body),
                enterprise_id=(body.get("enterprise") or {}).get("id"),
                ephemeral=origin.ephemeral or origin.home,
            )
            command = button_command(ButtonKind.update, ref, note=note)
            result = await dispatch.execute_once(command, ctx=ctx, db=self.edge.db, claim=claim)
            if result is not None:
                await self.refresh(client, ctx, origin, result)
        except Exception:
            log.exception("update of %s failed", ref)
            await self._sorry(client, origin)

    async def refresh(self, client: AsyncWebClient, ctx: Context, origin: Origin, result: Reply) -> None:
        """After a change: the message it came from is shown again, updated, with the result on top."""
        level = result.level if isinstance(result, Notice) else Level.info
        text = result.text if isinstance(result, Notice) else blocks.summary(result)
        if origin.home:
            await self.home.publish(client, ctx, result_text=text, level=level)
            return
        if level is Level.error:
            # a refusal is for the one who clicked; the message others see stays as it was
            await delivery.private(self.edge, client, ctx, origin.user_id, origin.response_url, result)
            return
        public = not origin.ephemeral
        if origin.query:
            listing = await dispatch.respond(origin.query, ctx=ctx, db=self.edge.db)
            new = [
                blocks.result_line(text, level),
                *blocks.render(listing, public=public, limit=blocks.MAX_BLOCKS - 1),
            ]
        else:
            new = blocks.render(result, public=public)
        await self.replace(client, ctx, origin, new, result)

    async def replace(
        self, client: AsyncWebClient, ctx: Context, origin: Origin, new: list[blocks.Block], reply: Reply
    ) -> None:
        text = blocks.fallback_text(reply, public=not origin.ephemeral)
        if origin.home:
            await self.home.publish(client, ctx)
        elif not origin.ephemeral and origin.channel_id and origin.message_ts:
            await client.chat_update(channel=origin.channel_id, ts=origin.message_ts, text=text, blocks=new)
        elif origin.response_url:
            await delivery.send_response(
                origin.response_url,
                session=self.edge.http(),
                text=text,
                blocks=new,
                response_type="ephemeral",
                replace_original=True,
            )

    async def _sorry(self, client: AsyncWebClient, origin: Origin, text: str = delivery.SORRY) -> None:
        ctx = bare_context(origin.channel_id, self.edge.clock())
        await delivery.private(
            self.edge, client, ctx, origin.user_id, origin.response_url, Notice(text, Level.error)
        )


NOT_THEIRS = (
    "This message belongs to a committee of another organisation this channel is shared with; "
    "its buttons are for that organisation's people."
)


def _not_theirs(ctx: Context, origin: Origin) -> bool:
    """A click on a message everyone in the channel sees, by someone of another workspace than the
    channel's committee (a Slack Connect channel): paging or refreshing would replace that
    committee's message, for everyone, with what the clicker may see."""
    committee = ctx.committee
    return (
        not origin.ephemeral
        and not origin.home
        and committee is not None
        and committee.workspace != ctx.workspace
    )


def _form_origin(view: dict[str, Any]) -> tuple[str, Origin]:
    """The action an update form is for, and where its button was pressed (kept in the modal)."""
    meta = json.loads(view.get("private_metadata") or "{}")
    ref = str(meta.pop("ref", ""))
    return ref, Origin(**meta)
