"""Who is writing in Teams: the AAD object id first, then the email, else a new Person.

The email comes from the conversation's member record (the connector's members API), fetched only
the first time an AAD object id is seen; a person first recorded by email (e.g. by an admin or
another platform) is linked to their AAD id here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsInfo
from botbuilder.schema import Activity
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import people, workspaces
from storage.db import Database
from storage.models import Person

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Member:
    aad_id: str
    name: str
    email: str | None = None


async def lookup_member(turn_context: TurnContext) -> Member | None:
    """The sender as the connector describes them (with email); None for a sender with no AAD id."""
    sender = turn_context.activity.from_property
    if sender is None:
        return None
    aad_id = getattr(sender, "aad_object_id", None)
    name = sender.name or "Teams user"
    if not aad_id:
        return None
    try:
        account = await TeamsInfo.get_member(turn_context, sender.id)
    except Exception as exc:  # the members API is an optimisation: without it we go by AAD id alone
        log.info("teams member lookup failed for %s: %s", aad_id, exc)
        return Member(aad_id=aad_id, name=name)
    email = account.email or account.user_principal_name
    return Member(aad_id=aad_id, name=account.name or name, email=email if email and "@" in email else None)


async def known_person(db: Database, *, workspace: str, aad_id: str) -> Person | None:
    async with db.read() as session:
        return await people.person_by_platform(session, workspace=workspace, teams_aad_id=aad_id)


async def person_for(db: Database, member: Member, *, workspace: str) -> Person:
    """Match by AAD id, then by email within the tenant (linking the AAD id), else create the person."""

    async def work(session: AsyncSession) -> Person:
        return await people.person_for_chat_user(
            session,
            platform="teams",
            workspace=workspace,
            user_id=member.aad_id,
            name=member.name,
            email=member.email,
        )

    return await db.run(work)


def tenant_of(activity: Activity) -> str | None:
    """The tenant an activity comes from: the conversation's, else the channel data's."""
    conversation = activity.conversation
    tenant = getattr(conversation, "tenant_id", None) if conversation is not None else None
    if tenant:
        return str(tenant)
    data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    found = data.get("tenant")
    return str(found["id"]) if isinstance(found, dict) and found.get("id") else None


def workspace_of(activity: Activity) -> str:
    return workspaces.teams(tenant_id=tenant_of(activity))


async def actor(db: Database, turn_context: TurnContext, *, workspace: str) -> Person | None:
    sender = turn_context.activity.from_property
    aad_id = getattr(sender, "aad_object_id", None) if sender else None
    if not aad_id:
        return None
    known = await known_person(db, workspace=workspace, aad_id=aad_id)
    if known is not None:
        return known
    member = await lookup_member(turn_context)
    return await person_for(db, member, workspace=workspace) if member else None
