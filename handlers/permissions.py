"""Who may do what. A refusal always says who can."""

from __future__ import annotations

from collections.abc import Collection

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import visibility
from handlers.context import Context
from storage import people
from storage.models import Action, Committee, Role


class Refused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


async def _names(session: AsyncSession, committee_id: int, role: Role) -> str:
    held = await people.holders(session, committee_id=committee_id, role=role)
    return ", ".join(p.display_name for p in held) or "nobody yet"


async def roles(session: AsyncSession, ctx: Context, committee_id: int) -> set[Role]:
    if ctx.actor is None or ctx.actor.id is None:
        return set()
    return await people.roles_of(session, person_id=ctx.actor.id, committee_id=committee_id)


async def require_admin(session: AsyncSession, ctx: Context, committee: Committee, doing: str) -> None:
    assert committee.id is not None
    if Role.admin in await roles(session, ctx, committee.id):
        return
    admins = await _names(session, committee.id, Role.admin)
    raise Refused(f"Only an admin of {committee.code} can {doing}. Admins: {admins}.")


async def require_member(
    session: AsyncSession, ctx: Context, committee_id: int, action: Action | None, doing: str
) -> None:
    """Reading is open; adding notes and actions needs a role on the committee (or the assignment)."""
    if ctx.actor is not None and action is not None and action.assignee_id == ctx.actor.id:
        return
    if await roles(session, ctx, committee_id):
        return
    admins = await _names(session, committee_id, Role.admin)
    raise Refused(
        f"Only members, officers, the chair and admins of the committee can {doing}; "
        f"ask an admin ({admins}) to add you with `role add`."
    )


async def require_owner_or_lead(
    session: AsyncSession, ctx: Context, action: Action, doing: str, *, held: Collection[Role] | None = None
) -> None:
    """The assigned officer, a committee admin or the chair may change an action's course. `held`:
    the actor's roles on the action's committee, where the caller has them already."""
    if ctx.actor is not None and action.assignee_id is not None and action.assignee_id == ctx.actor.id:
        return
    if held is None:
        held = await roles(session, ctx, action.committee_id)
    if Role.admin in held or Role.chair in held:
        return
    who = "the assigned officer"
    if not action.restricted or visibility.reader(ctx).sees_exempt(action.committee_id):
        # an exempt action's owner is as hidden as its text from whoever may not read it here
        assignee = (
            await people.get_person(session, person_id=action.assignee_id) if action.assignee_id else None
        )
        who += f" ({assignee.display_name})" if assignee else " (none yet)"
    admins = await _names(session, action.committee_id, Role.admin)
    chair = await _names(session, action.committee_id, Role.chair)
    raise Refused(f"Only {who}, a committee admin ({admins}) or the chair ({chair}) can {doing}.")
