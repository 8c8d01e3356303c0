"""Who is asking, from where: a Slack user and channel as a handlers Context.

The person behind the Slack user id and the committee the channel is bound to come from the
per-process cache of storage/lookups.py when it holds both (no transaction: the dispatcher's unit
of work checks they are still current, handlers/visibility.py), else from one read transaction;
a user seen for the first time is then linked or added (bot/slack/identity.py).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import identity
from bot.slack.edge import SlackEdge
from handlers.context import Context
from storage import lookups, workspaces

PLATFORM = "slack"


def is_dm(channel_id: str | None, channel_name: str | None = None) -> bool:
    return channel_id is None or channel_name == "directmessage" or channel_id.startswith("D")


async def context(
    edge: SlackEdge,
    client: AsyncWebClient,
    *,
    user_id: str,
    channel_id: str | None,
    channel_name: str | None = None,
    team_id: str | None = None,
    enterprise_id: str | None = None,
    user_name: str | None = None,
    ephemeral: bool = True,
    defer: bool = False,
) -> Context:
    """`ephemeral`: the answer goes to the asker alone even in a channel (a slash command's answer,
    a button pressed on an ephemeral message); False for a click on a message everyone sees.
    `defer`: when the cache can't answer, leave the lookup to the dispatcher's unit of work (one
    transaction for the request, not two); it raises `visibility.NewAsker` for someone it doesn't
    know, and the caller asks again without `defer`. The context's actor and committee are then
    None: only the dispatcher's view of them is current."""
    dm = is_dm(channel_id, channel_name)
    workspace = workspaces.slack(team_id=team_id, enterprise_id=enterprise_id)
    channel = None if dm or not channel_id else channel_id
    peeked = lookups.peek_slack(
        edge.db.engine.sync_engine.pool,
        workspace=workspace,
        slack_user_id=user_id,
        platform=PLATFORM,
        channel_id=channel,
    )
    unlooked = None
    if peeked is not None:
        person, committee, _ = peeked
    elif defer:
        person, committee = None, None
        unlooked = lookups.unlooked(workspace=workspace, slack_user_id=user_id, channel_id=channel)
    else:
        async with edge.db.read() as session:
            person, committee = await lookups.asker_and_committee(
                session, workspace=workspace, slack_user_id=user_id, platform=PLATFORM, channel_id=channel
            )
    if person is None and unlooked is None:
        person = await identity.person_for(
            client, edge.db, workspace=workspace, user_id=user_id, user_name=user_name
        )
    extras: dict[str, object] = {k: v for k, v in (("team_id", team_id), ("channel_name", channel_name)) if v}
    if peeked is not None:
        extras[lookups.EXTRAS_KEY] = peeked[2]
    elif unlooked is not None:
        extras[lookups.EXTRAS_KEY] = unlooked
    return Context(
        actor=person,
        now=edge.clock(),
        committee=committee,
        platform=PLATFORM,
        channel_id=channel_id,
        is_dm=dm,
        extras=extras,
        workspace=workspace,
        ephemeral=ephemeral,
        workspace_admin=partial(identity.is_workspace_admin, client, user_id),
    )


def bare_context(channel_id: str | None, now: datetime, *, channel_name: str | None = None) -> Context:
    """Where to say sorry when working out the real context (or the answer) failed."""
    return Context(
        actor=None, now=now, platform=PLATFORM, channel_id=channel_id, is_dm=is_dm(channel_id, channel_name)
    )


def unescape(text: str) -> str:
    """Message text as typed: Slack sends &, < and > in messages as entities (mentions and links
    keep their literal <...>, which the grammar reads). Slash-command text comes unescaped."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
