"""Sending a reply in Slack: a listing shared in the channel, a file by direct message, anything
else to the one who asked (through the response_url when there is one, else ephemeral in the
channel, or in the direct message)."""

from __future__ import annotations

import logging
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks, json_text
from bot.slack.clients import slack_error
from bot.slack.edge import SlackEdge
from handlers.context import Context
from handlers.replies import ActionList, FileReply, Level, Notice, Reply, Silent
from storage import lookups, people
from storage.models import Role

log = logging.getLogger(__name__)

UNREACHABLE = frozenset({"not_in_channel", "channel_not_found", "is_archived"})
SORRY = (
    "Something went wrong on my side while answering that. Please try again; "
    "if it keeps happening, tell your committee's admin."
)


def shared_in_channel(reply: Reply, ctx: Context) -> bool:
    return isinstance(reply, ActionList) and reply.share and not ctx.is_dm and bool(ctx.channel_id)


def only_for_the_asker(reply: Reply, ctx: Context) -> bool:
    """Whether `deliver` would send this reply to the user alone (not shared, not a file)."""
    return not shared_in_channel(reply, ctx) and not isinstance(reply, FileReply | Silent)


async def deliver(
    edge: SlackEdge,
    reply: Reply,
    *,
    ctx: Context,
    client: AsyncWebClient,
    user_id: str,
    response_url: str | None,
) -> None:
    """Send a command's reply: listings shared in the channel, files by DM, the rest privately."""
    if isinstance(reply, Silent):
        return
    if shared_in_channel(reply, ctx):
        assert ctx.channel_id is not None
        try:
            await client.chat_postMessage(
                channel=ctx.channel_id,
                text=blocks.fallback_text(reply, public=True),
                blocks=blocks.render(reply, public=True),
                unfurl_links=False,
            )
        except SlackApiError as exc:
            code = slack_error(exc)
            if code not in UNREACHABLE:
                raise
            await private(
                edge,
                client,
                ctx,
                user_id,
                response_url,
                Notice(
                    f"I can't post in this channel (Slack said `{code}`). Invite me with "
                    "`/invite @committee-bot` and try again; I've told the committee's admins.",
                    Level.error,
                ),
            )
            await report_unreachable(edge, client, ctx, code)
        return
    if isinstance(reply, FileReply):
        opened = await client.conversations_open(users=user_id)
        await client.files_upload_v2(
            channel=opened["channel"]["id"],
            content=reply.content,
            filename=reply.filename,
            title=reply.title,
            initial_comment=reply.summary or None,
        )
        reply = Notice(f"I've sent you {reply.filename} in a direct message.", Level.ok)
    await private(edge, client, ctx, user_id, response_url, reply)


async def private(
    edge: SlackEdge,
    client: AsyncWebClient,
    ctx: Context,
    user_id: str,
    response_url: str | None,
    reply: Reply,
    *,
    replace: bool = False,
) -> None:
    """An answer only the user sees."""
    payload_blocks = blocks.render(reply)
    text = blocks.fallback_text(reply)
    if response_url:
        await send_response(
            response_url,
            session=edge.http(),
            text=text,
            blocks=payload_blocks,
            response_type="ephemeral",
            replace_original=replace,
        )
    elif ctx.is_dm or not ctx.channel_id:
        opened = await client.conversations_open(users=user_id)
        await client.chat_postMessage(channel=opened["channel"]["id"], text=text, blocks=payload_blocks)
    else:
        await client.chat_postEphemeral(
            channel=ctx.channel_id, user=user_id, text=text, blocks=payload_blocks
        )


async def report_unreachable(edge: SlackEdge, client: AsyncWebClient, ctx: Context, problem: str) -> None:
    """Tell the committee's admins that the bot can't post in one of its channels."""
    committee = ctx.committee
    if committee is None and ctx.channel_id and not ctx.is_dm:
        # a context whose lookup was left to the dispatcher (request_context.context's `defer`)
        async with edge.db.read() as session:
            committee = await lookups.bound_committee(
                session, platform=ctx.platform, channel_id=ctx.channel_id
            )
    if committee is None or committee.id is None:
        return
    async with edge.db.transaction() as session:
        admins = await people.holders(session, committee_id=committee.id, role=Role.admin)
    text = (
        f":warning: I could not post in <#{ctx.channel_id}>, bound to {blocks.escape(committee.code)}: "
        f"Slack said `{problem}`. Invite me to the channel (`/invite @committee-bot`) or bind another one "
        f"with `/actions setup {blocks.escape(committee.code)}`."
    )
    for admin in admins:
        if not admin.slack_user_id:
            continue
        try:
            opened = await client.conversations_open(users=admin.slack_user_id)
            await client.chat_postMessage(channel=opened["channel"]["id"], text=text)
        except SlackApiError as exc:
            log.warning("could not tell admin %s: %s", admin.display_name, slack_error(exc))


RESPONSE_HEADERS = {"Content-Type": "application/json; charset=utf-8"}
RETRIED = (aiohttp.ServerConnectionError, aiohttp.ClientOSError)
"""What a second try may get past: a pooled connection the far end had closed, a reset (slack_sdk's
webhook client retried these once too)."""


async def send_response(url: str, *, session: aiohttp.ClientSession, **payload: Any) -> None:
    """Post to a response_url (ephemeral answers, replacing a message in place), on the edge's
    shared session. The payload is encoded once, by json_text: slack_sdk's webhook client, used
    before, encoded it with the standard library and built a client and its headers per post,
    2.4 times the CPU of this for a listing (0.41 against 0.17 ms, micro-measure)."""
    body = json_text.encode(payload)
    for attempt in (1, 2):
        try:
            async with session.post(url, data=body, headers=RESPONSE_HEADERS) as response:
                answer = await response.read()
        except RETRIED:
            if attempt == 2:
                raise
            continue
        if response.status >= 400:
            log.warning(
                "response_url answered %s: %s", response.status, answer[:300].decode(errors="replace")
            )
        return
