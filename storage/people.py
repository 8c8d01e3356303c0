"""People, their role titles, and their roles on committees."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import CONSOLE, CommitteeRole, Person, Role

Platform = Literal["slack", "teams"]


async def add_person(
    session: AsyncSession,
    *,
    display_name: str,
    role_titles: Sequence[str] = (),
    slack_user_id: str | None = None,
    teams_aad_id: str | None = None,
    email: str | None = None,
    workspace: str = CONSOLE,
    maybe_same_as: int | None = None,
) -> Person:
    person = Person(
        display_name=display_name,
        role_titles="; ".join(role_titles),
        workspace=workspace,
        slack_user_id=slack_user_id,
        teams_aad_id=teams_aad_id,
        email=email.strip().lower() if email else None,
        maybe_same_as=maybe_same_as,
    )
    session.add(person)
    await session.flush()
    return person


async def get_person(session: AsyncSession, *, person_id: int) -> Person | None:
    return await session.get(Person, person_id)


async def find_people(session: AsyncSession, *, name: str, workspace: str | None = None) -> list[Person]:
    """People of the workspace (None: of any, for the operator's CLI and terminal) whose display
    name matches: exact (any case) first, else by word prefix."""
    wanted = name.strip().lstrip("@").lower()
    if not wanted:
        return []
    q = select(Person)
    if workspace is not None:
        q = q.where(Person.workspace == workspace)
    exact = (await session.exec(q.where(sa.func.lower(Person.display_name) == wanted))).all()
    if exact:
        return list(exact)
    rows = (await session.exec(q.where(col(Person.display_name).ilike(f"%{_like(wanted)}%")))).all()
    words = wanted.split()
    return [
        p for p in rows if all(any(w.startswith(x) for w in p.display_name.lower().split()) for x in words)
    ] or list(rows)


async def person_by_platform(
    session: AsyncSession,
    *,
    workspace: str,
    slack_user_id: str | None = None,
    teams_aad_id: str | None = None,
    email: str | None = None,
) -> Person | None:
    """The person of this workspace with this Slack user id, AAD object id or email (tried in
    that order). Nobody of another workspace is ever found: ids are unique only within one."""
    in_workspace = select(Person).where(Person.workspace == workspace)
    if slack_user_id:
        found = (await session.exec(in_workspace.where(Person.slack_user_id == slack_user_id))).first()
        if found:
            return found
    if teams_aad_id:
        found = (await session.exec(in_workspace.where(Person.teams_aad_id == teams_aad_id))).first()
        if found:
            return found
    if email:
        q = in_workspace.where(Person.email == email.strip().lower()).order_by(col(Person.id))
        return (await session.exec(q)).first()
    return None


async def people_with_title(session: AsyncSession, *, title: str, workspace: str) -> list[Person]:
    """People of the workspace holding a role title that the minutes' wording names ("the
    Director of ...")."""
    wanted = _title_key(title)
    if not wanted:
        return []
    q = select(Person).where(Person.role_titles != "", Person.workspace == workspace)
    rows = (await session.exec(q)).all()
    return [p for p in rows if any(_title_key(t) == wanted for t in p.titles)]


def _title_key(title: str) -> str:
    t = title.lower().strip()
    t = re.sub(r"^(the|our)\s+", "", t)
    t = t.replace("&", "and")
    t = re.sub(r"\s+for\s+", " of ", t)
    return re.sub(r"[^a-z ]+", "", re.sub(r"\s+", " ", t)).strip()


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


async def grant_role(session: AsyncSession, *, committee_id: int, person_id: int, role: Role) -> bool:
    """Give a role; False when the person already had it."""
    existing = (
        await session.exec(
            select(CommitteeRole).where(
                CommitteeRole.committee_id == committee_id,
                CommitteeRole.person_id == person_id,
                CommitteeRole.role == role,
            )
        )
    ).first()
    if existing:
        return False
    session.add(CommitteeRole(committee_id=committee_id, person_id=person_id, role=role))
    await session.flush()
    return True


async def revoke_role(session: AsyncSession, *, committee_id: int, person_id: int, role: Role) -> bool:
    row = (
        await session.exec(
            select(CommitteeRole).where(
                CommitteeRole.committee_id == committee_id,
                CommitteeRole.person_id == person_id,
                CommitteeRole.role == role,
            )
        )
    ).first()
    if row is None:
        return False
    await session.delete(row)
    await session.flush()
    return True


async def roles_of(session: AsyncSession, *, person_id: int, committee_id: int) -> set[Role]:
    rows = (
        await session.exec(
            select(CommitteeRole.role).where(
                CommitteeRole.person_id == person_id, CommitteeRole.committee_id == committee_id
            )
        )
    ).all()
    return {Role(r) for r in rows}


async def committees_of(session: AsyncSession, *, person_id: int) -> list[int]:
    rows = (
        await session.exec(
            select(CommitteeRole.committee_id).where(CommitteeRole.person_id == person_id).distinct()
        )
    ).all()
    return list(rows)


async def role_pairs(session: AsyncSession, *, person_ids: Iterable[int]) -> set[tuple[int, int]]:
    """(committee id, person id) for every role these people hold, whatever the role."""
    wanted = set(person_ids)
    if not wanted:
        return set()
    q = select(CommitteeRole.committee_id, CommitteeRole.person_id).where(
        col(CommitteeRole.person_id).in_(wanted)
    )
    return {(cid, pid) for cid, pid in (await session.exec(q)).all()}


async def holders(session: AsyncSession, *, committee_id: int, role: Role) -> list[Person]:
    rows = (
        await session.exec(
            select(Person)
            .join(CommitteeRole, col(CommitteeRole.person_id) == col(Person.id))
            .where(CommitteeRole.committee_id == committee_id, CommitteeRole.role == role)
            .order_by(col(Person.display_name))
        )
    ).all()
    return list(rows)


async def people_by_id(session: AsyncSession, *, ids: Iterable[int]) -> dict[int, Person]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = (await session.exec(select(Person).where(col(Person.id).in_(wanted)))).all()
    return {p.id: p for p in rows if p.id is not None}


async def list_people(session: AsyncSession, *, workspace: str | None = None) -> list[Person]:
    q = select(Person).order_by(col(Person.workspace), col(Person.display_name), col(Person.id))
    if workspace is not None:
        q = q.where(Person.workspace == workspace)
    return list((await session.exec(q)).all())


async def organisers(session: AsyncSession, *, workspace: str) -> list[Person]:
    """Who may create committees in the workspace besides its Slack admins and owners."""
    q = select(Person).where(Person.workspace == workspace, Person.organiser == True)  # noqa: E712
    return list((await session.exec(q.order_by(col(Person.display_name)))).all())


async def save_person(session: AsyncSession, *, person: Person) -> Person:
    session.add(person)
    await session.flush()
    return person


async def add_title(session: AsyncSession, *, person: Person, title: str) -> Person:
    """Record one more role title the person holds."""
    person.role_titles = "; ".join([*person.titles, title.strip()])
    session.add(person)
    await session.flush()
    return person


async def person_for_chat_user(
    session: AsyncSession, *, platform: Platform, workspace: str, user_id: str, name: str, email: str | None
) -> Person:
    """The Person behind a Slack user id or a Teams AAD object id in one workspace: found by that
    id, else linked by the email the platform verified to a person of the same workspace recorded
    before they used the chat (with no id on this platform yet), else added.

    A name alone proves nothing: a new person whose name matches someone already recorded is
    added, noting whom they may be (`maybe_same_as`) for an admin to merge. Run it in a unit of
    work that `Database.run` replays: the loser of two first sightings of one user then finds
    the winner's row."""
    column = "slack_user_id" if platform == "slack" else "teams_aad_id"
    found = await person_by_platform(session, workspace=workspace, **{column: user_id})
    if found is not None:
        return found
    if email:
        by_email = await person_by_platform(session, workspace=workspace, email=email)
        if by_email is not None and not getattr(by_email, column):
            setattr(by_email, column, user_id)
            if by_email.maybe_same_as is not None:
                by_email.maybe_same_as = None
            session.add(by_email)
            await session.flush()
            return by_email
    namesakes = [
        p
        for p in await find_people(session, name=name, workspace=workspace)
        if p.display_name.lower() == name.strip().lower() and not getattr(p, column)
    ]
    return await add_person(
        session,
        display_name=name,
        email=email,
        workspace=workspace,
        maybe_same_as=namesakes[0].id if namesakes else None,
        **{column: user_id},
    )
