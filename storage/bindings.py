"""Where the bot lives: Slack channels and Teams conversations, and the committee each serves."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import ChannelBinding, Committee


async def binding_for(session: AsyncSession, *, platform: str, channel_id: str) -> ChannelBinding | None:
    q = select(ChannelBinding).where(
        ChannelBinding.platform == platform, ChannelBinding.channel_id == channel_id
    )
    return (await session.exec(q)).first()


async def upsert_binding(
    session: AsyncSession,
    *,
    platform: str,
    channel_id: str,
    now: datetime,
    committee_id: int | None = None,
    team_id: str | None = None,
    name: str | None = None,
    conversation_ref: str | None = None,
) -> ChannelBinding:
    """Record that the bot is in a conversation; keep an existing committee unless one is given."""
    binding = await binding_for(session, platform=platform, channel_id=channel_id)
    if binding is None:
        binding = ChannelBinding(platform=platform, channel_id=channel_id, created_at=now)
    if committee_id is not None:
        binding.committee_id = committee_id
    if team_id is not None:
        binding.team_id = team_id
    if name is not None:
        binding.name = name
    if conversation_ref is not None:
        binding.conversation_ref = conversation_ref
    binding.enabled = True
    binding.disabled_reason = None
    session.add(binding)
    await session.flush()
    return binding


async def bindings_for_committee(
    session: AsyncSession, *, committee_id: int, platform: str | None = None, enabled_only: bool = True
) -> list[ChannelBinding]:
    q = select(ChannelBinding).where(ChannelBinding.committee_id == committee_id)
    if platform:
        q = q.where(ChannelBinding.platform == platform)
    if enabled_only:
        q = q.where(ChannelBinding.enabled == True)  # noqa: E712
    return list((await session.exec(q.order_by(col(ChannelBinding.id)))).all())


async def disable_binding(session: AsyncSession, *, binding_id: int, reason: str) -> None:
    binding = await session.get(ChannelBinding, binding_id)
    if binding is not None:
        binding.enabled = False
        binding.disabled_reason = reason
        session.add(binding)
        await session.flush()


async def bound_committee(session: AsyncSession, *, platform: str, channel_id: str) -> Committee | None:
    """The committee a channel is bound to, in one query."""
    q = (
        select(Committee)
        .join(ChannelBinding, col(ChannelBinding.committee_id) == col(Committee.id))
        .where(ChannelBinding.platform == platform, ChannelBinding.channel_id == channel_id)
    )
    return (await session.exec(q)).first()


async def platform_bindings(session: AsyncSession, *, platform: str) -> list[ChannelBinding]:
    """Every conversation of a platform, enabled ones first, newest first."""
    q = (
        select(ChannelBinding)
        .where(ChannelBinding.platform == platform)
        .order_by(col(ChannelBinding.enabled).desc(), col(ChannelBinding.id).desc())
    )
    return list((await session.exec(q)).all())
