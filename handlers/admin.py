"""Help, roles and role titles (channel setup is handlers/setup.py)."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import commands as c
from handlers import permissions, resolve
from handlers.context import Context
from handlers.grammar import ALIASES, VERBS
from handlers.registry import handles
from handlers.replies import Notice, Reply, Table, error, ok
from storage import people
from storage.models import Committee, Role

GROUP_ORDER = ("Listings", "Changes", "Work programme", "Meetings", "Admin", "Help")


@handles(c.Help, writes=False)
async def help_handler(cmd: c.Help, ctx: Context, session: AsyncSession) -> Reply:
    if cmd.topic:
        name = ALIASES.get(cmd.topic, cmd.topic)
        spec = VERBS.get(name)
        if spec is None:
            return error(f"There is no command `{cmd.topic}`. `help` lists them all.")
        text = f"`{spec.usage}`\n{spec.summary}."
        if spec.details:
            text += f"\n{spec.details}"
        return Notice(text=text)
    groups: dict[str, list[tuple[str, str]]] = {}
    for spec in VERBS.values():
        groups.setdefault(spec.group, []).append((spec.usage, spec.summary))
    rows = []
    for group in sorted(groups, key=lambda g: GROUP_ORDER.index(g) if g in GROUP_ORDER else 99):
        for usage, summary in groups[group]:
            rows.append((group, usage, summary))
    return Table(
        title="/actions: what you can type",
        columns=("", "command", "what it does"),
        rows=tuple(rows),
        notes=(
            "References look like A12; dates like 2024-03-01. `share <listing>` posts a listing in the channel.",
            "In Teams, @mention the bot or write to it directly; in Slack, write to it in its Messages tab. "
            "There the leading /actions is optional.",
        ),
    )


async def _committee_for_admin(session: AsyncSession, ctx: Context, doing: str) -> Committee:
    if ctx.committee is None:
        raise resolve.NotFound(f"Use this in a committee's channel to {doing}.")
    await permissions.require_admin(session, ctx, ctx.committee, doing)
    return ctx.committee


@handles(c.Roles, writes=True)
async def roles_handler(cmd: c.Roles, ctx: Context, session: AsyncSession) -> Reply:
    if cmd.change is c.RoleChange.list:
        if ctx.committee is None or ctx.committee.id is None:
            return error("Use `role list` in a committee's channel.")
        rows = []
        notes = []
        for role in Role:
            for person in await people.holders(session, committee_id=ctx.committee.id, role=role):
                rows.append((str(role), person.display_name, ", ".join(person.titles)))
                if person.maybe_same_as is not None:
                    notes.append(
                        f"{person.display_name} may be the same person as record #{person.maybe_same_as} (same "
                        "name, nothing proves it). If so, whoever runs the bot merges them: "
                        f"`committee-bot people merge {person.maybe_same_as} {person.id}`."
                    )
        return Table(
            title=f"Roles in {ctx.committee.name}",
            columns=("role", "person", "role titles"),
            rows=tuple(rows),
            empty="Nobody has a role yet.",
            notes=tuple(dict.fromkeys(notes)),
        )
    committee = await _committee_for_admin(session, ctx, "manage roles")
    assert cmd.who is not None and cmd.role is not None and committee.id is not None
    person = await resolve.person(session, cmd.who, ctx)
    assert person.id is not None
    role = Role(cmd.role)
    if cmd.change is c.RoleChange.add:
        changed = await people.grant_role(session, committee_id=committee.id, person_id=person.id, role=role)
        if not changed:
            return error(f"{person.display_name} is already {role} of {committee.code}.")
        return ok(f"{person.display_name} is now {role} of {committee.code}.")
    if role is Role.admin and person.id == (ctx.actor.id if ctx.actor else None):
        admins = await people.holders(session, committee_id=committee.id, role=Role.admin)
        if len(admins) == 1:
            return error(f"You are the last admin of {committee.code}; add another admin first.")
    changed = await people.revoke_role(session, committee_id=committee.id, person_id=person.id, role=role)
    if not changed:
        return error(f"{person.display_name} is not {role} of {committee.code}.")
    return ok(f"{person.display_name} is no longer {role} of {committee.code}.")


@handles(c.Title, writes=True)
async def title_handler(cmd: c.Title, ctx: Context, session: AsyncSession) -> Reply:
    await _committee_for_admin(session, ctx, "record role titles")
    person = await resolve.person(session, cmd.who, ctx)
    titles = person.titles
    if cmd.title.strip().lower() in (t.lower() for t in titles):
        return error(f'{person.display_name} already holds "{cmd.title}".')
    await people.add_title(session, person=person, title=cmd.title)
    return ok(f'{person.display_name} now holds "{cmd.title.strip()}".')
