"""Slack users as People: found by Slack user id, else linked by email, else created on first sight.

An admin may already have recorded an officer (by name, role title and email) before the officer
ever used Slack; users.info gives the email where the workspace allows `users:read.email`, and that
joins the two. Without the scope (or the email) the officer becomes a new Person.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.slack.clients import slack_error
from storage import people
from storage.clean_text import clean
from storage.db import Database
from storage.models import Person

log = logging.getLogger(__name__)


def _profile_name(user: dict[str, Any], fallback: str) -> str:
    profile = user.get("profile") or {}
    for name in (
        profile.get("real_name"),
        profile.get("display_name"),
        user.get("real_name"),
        user.get("name"),
    ):
        if isinstance(name, str) and clean(name, one_line=True).strip():
            return clean(name, one_line=True).strip()
    return fallback


async def slack_profile(client: AsyncWebClient, user_id: str) -> tuple[str | None, str | None]:
    """(name, email) from users.info; (None, None) when Slack won't say."""
    try:
        response = await client.users_info(user=user_id)
    except SlackApiError as exc:
        log.warning("users.info for %s failed: %s", user_id, slack_error(exc))
        return None, None
    user = response.get("user") or {}
    email = (user.get("profile") or {}).get("email")
    return _profile_name(user, user_id), email if isinstance(email, str) and email else None


async def person_for(
    client: AsyncWebClient, db: Database, *, workspace: str, user_id: str, user_name: str | None = None
) -> Person:
    """The Person behind a Slack user id in one workspace, linking (by the email Slack verified,
    within that workspace only) or creating them the first time they are seen."""
    async with db.read() as session:
        known = await people.person_by_platform(session, workspace=workspace, slack_user_id=user_id)
    if known is not None:
        return known
    name, email = await slack_profile(client, user_id)

    async def work(session: AsyncSession) -> Person:
        return await people.person_for_chat_user(
            session,
            platform="slack",
            workspace=workspace,
            user_id=user_id,
            name=name or user_name or user_id,
            email=email,
        )

    return await db.run(work)


async def is_workspace_admin(client: AsyncWebClient, user_id: str) -> bool:
    """Whether Slack says the user is an admin or owner of their workspace (users.info)."""
    try:
        response = await client.users_info(user=user_id)
    except SlackApiError as exc:
        log.warning("users.info for %s failed: %s", user_id, slack_error(exc))
        return False
    user = response.get("user") or {}
    return bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"))
