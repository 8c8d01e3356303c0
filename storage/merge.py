"""Merging two records of one person: everything the dropped record held moves to the kept one,
in the caller's transaction, and the dropped record is deleted."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import actions, audit
from storage.models import Action, ActionEvent, CommitteeRole, Person

PLATFORM_IDS = ("slack_user_id", "teams_aad_id")


class CannotMerge(ValueError):
    pass


@dataclass
class Merged:
    roles: int = 0
    titles: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    history: int = 0
    ids: list[str] = field(default_factory=list)

    def summary(self, keep: Person, drop: Person) -> str:
        parts = [
            _counted(self.roles, "role"),
            f"{_counted(len(self.actions), 'action')} ({', '.join(self.actions) or 'none'})",
            _counted(self.history, "history entry", "history entries"),
        ]
        if self.titles:
            parts.append("titles " + "; ".join(self.titles))
        if self.ids:
            parts.append(", ".join(self.ids))
        return (
            f"Merged #{drop.id} {drop.display_name} into #{keep.id} {keep.display_name}: "
            + ", ".join(parts)
            + "."
        )


async def merge_people(
    session: AsyncSession, *, keep: Person, drop: Person, now: datetime, actor_name: str
) -> Merged:
    """Move roles, titles, assignments, history, platform ids and email of `drop` to `keep`."""
    if keep.id is None or drop.id is None or keep.id == drop.id:
        raise CannotMerge("give two different people")
    if keep.workspace != drop.workspace:
        raise CannotMerge(
            f"#{keep.id} is of {keep.workspace} and #{drop.id} of {drop.workspace}; people of different "
            "workspaces are never merged"
        )
    for column in PLATFORM_IDS:
        mine, theirs = getattr(keep, column), getattr(drop, column)
        if mine and theirs and mine != theirs:
            raise CannotMerge(
                f"#{keep.id} and #{drop.id} are different {column.split('_')[0].capitalize()} users "
                f"({mine}, {theirs}), so they are not one person"
            )
    if keep.email and drop.email and keep.email != drop.email:
        raise CannotMerge(
            f"#{keep.id} ({keep.email}) and #{drop.id} ({drop.email}) have different emails; correct one first"
        )
    done = Merged()
    held = {
        (r.committee_id, r.role)
        for r in (await session.exec(select(CommitteeRole).where(CommitteeRole.person_id == keep.id))).all()
    }
    for role in (await session.exec(select(CommitteeRole).where(CommitteeRole.person_id == drop.id))).all():
        if (role.committee_id, role.role) in held:
            await session.delete(role)
        else:
            role.person_id = keep.id
            session.add(role)
            done.roles += 1
    for title in drop.titles:
        if title.lower() not in (t.lower() for t in keep.titles):
            keep.role_titles = "; ".join([*keep.titles, title])
            done.titles.append(title)
    owned = (
        await session.exec(select(Action).where(Action.assignee_id == drop.id).order_by(col(Action.id)))
    ).all()
    for action in owned:
        await actions.change_action(
            session,
            action=action,
            actor=None,
            now=now,
            kind="assign",
            changes={"assignee_id": keep.id},
            before=drop.display_name,
            after=keep.display_name,
            note=f"people merge by {actor_name}: #{drop.id} is #{keep.id}",
        )
        done.actions.append(action.ref or "")
    history = await session.execute(
        sa.update(ActionEvent)
        .where(col(ActionEvent.actor_id) == drop.id)
        .values(actor_id=keep.id)
        .execution_options(synchronize_session=False)
    )
    done.history = history.rowcount  # type: ignore[attr-defined]
    await session.execute(
        sa.update(Person)
        .where(col(Person.maybe_same_as) == drop.id)
        .values(maybe_same_as=keep.id)
        .execution_options(synchronize_session=False)
    )
    moved = {
        column: getattr(drop, column)
        for column in PLATFORM_IDS
        if getattr(drop, column) and not getattr(keep, column)
    }
    email = keep.email or drop.email
    keep.organiser = keep.organiser or drop.organiser
    if keep.maybe_same_as in (drop.id, keep.id):
        keep.maybe_same_as = None
    await session.delete(drop)
    await session.flush()
    for column, value in moved.items():
        setattr(keep, column, value)
        done.ids.append(f"{column} {value}")
    keep.email = email
    session.add(keep)
    await session.flush()
    await audit.record(
        session,
        at=now,
        actor_name=actor_name,
        workspace=keep.workspace,
        kind="people merged",
        subject=f"#{drop.id} {drop.display_name} into #{keep.id} {keep.display_name}",
        detail=done.summary(keep, drop),
    )
    return done


def _counted(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"
