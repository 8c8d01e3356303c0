"""`setup`: bind a channel to a committee, or create the committee there first.

Binding takes an admin of the committee. Creating one takes an organiser of the workspace
(`committee-bot organisers add`) or, in Slack, a workspace admin or owner (users.info is_admin /
is_owner, asked only then, outside any transaction); whoever creates it becomes its first admin.
Nobody else becomes an admin by being first. Committees are created in the asker's workspace, and
`setup` never finds, names or binds a committee of another workspace.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import commands as c
from handlers import permissions, resolve, visibility
from handlers.context import Context
from handlers.registry import fetches, handles
from handlers.replies import Reply, error, ok
from storage import audit, bindings, committees, people
from storage.models import Committee, Role

WHO_CREATES = (
    "a Slack workspace admin or owner, or an organiser named by whoever runs the bot "
    "(`committee-bot organisers add EMAIL`)"
)


@dataclass(frozen=True)
class _Plan:
    bind: int | None = None
    """The committee to bind the channel to; None: create the committee."""
    organiser: bool = False


def _in_channel(ctx: Context) -> Reply | None:
    if ctx.channel_id is None or ctx.is_dm:
        return error("Run `setup` in the channel that should follow the committee, not in a direct message.")
    return None


async def _visible(session: AsyncSession, ctx: Context, code: str) -> tuple[Committee | None, bool]:
    """The committee with this code if the asker's workspace has it, and whether the code is taken."""
    found = await committees.get_committee(session, code=code)
    if found is None or found.id is None:
        return None, False
    return (found if visibility.reader(ctx).sees(found.id) else None), True


SHARED_CHANNEL = (
    "This channel is shared with another workspace, and follows one of its committees; a channel "
    "follows one committee, so I won't move it. Run `setup` in a channel of your own workspace."
)


async def _follows_another_workspace(session: AsyncSession, ctx: Context) -> bool:
    """Whether the channel is bound to a committee of a workspace other than the asker's (a Slack
    Connect channel, a Teams shared channel): `setup` there would silently take the channel from
    that workspace's committee."""
    if ctx.channel_id is None:
        return False
    binding = await bindings.binding_for(session, platform=ctx.platform, channel_id=ctx.channel_id)
    if binding is None or binding.committee_id is None:
        return False
    bound = await committees.committee_by_id(session, committee_id=binding.committee_id)
    return bound is not None and bound.workspace != ctx.workspace


async def _check(cmd: c.Setup, ctx: Context, session: AsyncSession) -> _Plan | Reply:
    refused = _in_channel(ctx)
    if refused is not None:
        return refused
    if await _follows_another_workspace(session, ctx):
        return error(SHARED_CHANNEL)
    committee, taken = await _visible(session, ctx, cmd.committee)
    if committee is not None and committee.id is not None:
        if committee.archived_at is not None:
            return error(f"{committee.code} is archived; whoever runs the bot can restore it.")
        if cmd.name and cmd.name.strip().lower() != committee.name.lower():
            return error(
                f"{committee.code} already exists, as {committee.name}. `setup {committee.code}` binds this "
                "channel to it; `committee-bot committee rename` renames it."
            )
        await permissions.require_admin(session, ctx, committee, f"bind channels to {committee.code}")
        return _Plan(bind=committee.id)
    if taken:
        if cmd.name:
            return error(f"The code {cmd.committee} is already in use; choose another code.")
        return await _no_such(session, ctx, cmd.committee)
    if not cmd.name:
        return await _no_such(session, ctx, cmd.committee)
    if ctx.actor is None:
        return error("I don't know who you are yet, so I can't make you the admin of a new committee.")
    return _Plan(organiser=ctx.actor.organiser)


async def _no_such(session: AsyncSession, ctx: Context, code: str) -> Reply:
    known = ", ".join(sorted(visibility.reader(ctx).committees.values())) or "none yet"
    return error(
        f'There is no committee {code}. Known committees: {known}. To create it here: `setup {code} "Its full '
        f'name"` ({WHO_CREATES}).'
    )


@fetches(c.Setup, check=_check)
async def setup(cmd: c.Setup, ctx: Context, plan: _Plan) -> c.Command | Reply:
    if plan.bind is not None:
        return c.BindChannel(plan.bind)
    assert cmd.name is not None
    if plan.organiser:
        return c.CreateCommittee(cmd.committee, cmd.name, authorised_as="organiser")
    if ctx.workspace_admin is not None and await ctx.workspace_admin():
        return c.CreateCommittee(cmd.committee, cmd.name, authorised_as="workspace admin")
    return error(
        f"Only {WHO_CREATES} can create a committee. Ask one of them, or ask an admin of an existing one."
    )


@handles(c.CreateCommittee, writes=True)
async def create(cmd: c.CreateCommittee, ctx: Context, session: AsyncSession) -> Reply:
    if ctx.actor is None or ctx.actor.id is None:
        raise permissions.Refused(
            "I don't know who you are yet, so I can't make you the admin of a new committee."
        )
    if cmd.authorised_as == "organiser" and not ctx.actor.organiser:
        raise permissions.Refused(f"Only {WHO_CREATES} can create a committee.")
    if await committees.get_committee(session, code=cmd.code) is not None:
        return error(f"The code {cmd.code} is already in use; choose another code.")
    committee = await committees.create_committee(
        session, code=cmd.code, name=cmd.name, workspace=ctx.workspace
    )
    assert committee.id is not None
    await people.grant_role(session, committee_id=committee.id, person_id=ctx.actor.id, role=Role.admin)
    await _bind(session, ctx, committee)
    await audit.record(
        session,
        at=ctx.now,
        actor_name=ctx.actor.display_name,
        workspace=ctx.workspace,
        kind="committee created",
        subject=committee.code,
        detail=f"{committee.name}; created in chat by a {cmd.authorised_as}, who is its first admin",
    )
    return ok(
        f"Created {committee.name} ({committee.code}); you are its admin, and this channel follows it. "
        f"Next: `role add @someone admin|chair|member|officer`, then `import <minutes url>`."
    )


@handles(c.BindChannel, writes=True)
async def bind(cmd: c.BindChannel, ctx: Context, session: AsyncSession) -> Reply:
    committee = await committees.committee_by_id(session, committee_id=cmd.committee_id)
    if committee is None or not visibility.reader(ctx).sees(cmd.committee_id):
        raise resolve.NotFound("That committee no longer exists.")
    await permissions.require_admin(session, ctx, committee, f"bind channels to {committee.code}")
    await _bind(session, ctx, committee)
    return ok(f"This channel now follows {committee.name} ({committee.code}).")


async def _bind(session: AsyncSession, ctx: Context, committee: Committee) -> None:
    assert ctx.channel_id is not None
    if await _follows_another_workspace(session, ctx):
        raise permissions.Refused(SHARED_CHANNEL)  # bound there since the check: nothing is kept
    await bindings.upsert_binding(
        session,
        platform=ctx.platform,
        channel_id=ctx.channel_id,
        now=ctx.now,
        committee_id=committee.id,
        team_id=ctx.extras.get("team_id"),
        name=ctx.extras.get("channel_name"),
    )
