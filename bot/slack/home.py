"""The App Home tab: the person's open actions and their committees' next meetings (c.Home),
published when they open it and again after a button pressed there."""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks
from bot.slack.edge import SlackEdge
from bot.slack.request_context import context
from handlers import commands as c
from handlers import dispatch
from handlers.context import Context
from handlers.dispatch import Claim
from handlers.replies import Home, Level, Reply

log = logging.getLogger(__name__)

NO_COMMITTEES = (
    "You are not on a committee yet. A committee admin can add you with `/actions role add @you member`."
)


def home_view(home: Home, *, result_text: str | None = None, level: Level = Level.info) -> dict[str, Any]:
    """The Home tab as Block Kit, with what a button just did on top."""
    out: list[blocks.Block] = []
    if result_text:
        out.append(blocks.result_line(result_text, level))
    lines = []
    for m in home.meetings:
        name = blocks.escape(m.committee)
        if m.when is None:
            lines.append(f"*{name}*: no meeting in the calendar yet")
        else:
            place = f", {blocks.escape(m.location)}" if m.location else ""
            lines.append(f"*{name}*: {m.when}{place}")
    tail = [
        {"type": "divider"},
        blocks.header("Your committees' next meetings"),
        blocks.section("\n".join(lines) if lines else NO_COMMITTEES),
        blocks.context("In any channel: `/actions help` for everything you can ask."),
    ]
    out.extend(blocks.render(home.mine, limit=blocks.MAX_HOME_BLOCKS - len(out) - len(tail)))
    out.extend(tail)
    return {"type": "home", "blocks": out}


class AppHome:
    def __init__(self, edge: SlackEdge) -> None:
        self.edge = edge

    async def on_home_opened(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient
    ) -> None:
        """Published through the work queue; when it is too busy the tab keeps what it showed."""
        self.edge.work.submit(partial(self.opened, body, event, client))

    async def opened(self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient) -> None:
        if event.get("tab") not in (None, "home"):
            return
        ctx = await context(
            self.edge,
            client,
            user_id=event["user"],
            channel_id=None,
            team_id=body.get("team_id"),
            enterprise_id=body.get("enterprise_id"),
        )
        claim = Claim(f"slack:event:{body.get('event_id')}", reads_too=True)
        home = await dispatch.execute_once(c.Home(), ctx=ctx, db=self.edge.db, claim=claim)
        if home is not None:
            await self._publish(client, ctx, home)

    async def publish(
        self,
        client: AsyncWebClient,
        ctx: Context,
        *,
        result_text: str | None = None,
        level: Level = Level.info,
    ) -> None:
        home = await dispatch.execute(c.Home(), ctx=ctx, db=self.edge.db)
        await self._publish(client, ctx, home, result_text=result_text, level=level)

    async def _publish(
        self,
        client: AsyncWebClient,
        ctx: Context,
        home: Reply,
        *,
        result_text: str | None = None,
        level: Level = Level.info,
    ) -> None:
        assert ctx.actor is not None and ctx.actor.slack_user_id and isinstance(home, Home)
        view = home_view(home, result_text=result_text, level=level)
        await client.views_publish(user_id=ctx.actor.slack_user_id, view=view)
