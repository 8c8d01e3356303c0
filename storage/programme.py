"""The work programme: its rows (WorkProgrammeItem) and the actions linked to them."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Action, ActionProgrammeLink, ActionStatus, WorkProgrammeItem

LINKABLE = (ActionStatus.open, ActionStatus.in_progress, ActionStatus.done)


async def list_items(
    session: AsyncSession, *, committee_id: int, proposed: bool | None = False
) -> list[WorkProgrammeItem]:
    q = select(WorkProgrammeItem).where(WorkProgrammeItem.committee_id == committee_id)
    if proposed is not None:
        q = q.where(WorkProgrammeItem.proposed == proposed)
    return list((await session.exec(q.order_by(col(WorkProgrammeItem.id)))).all())


async def get_item(session: AsyncSession, *, item_id: int) -> WorkProgrammeItem | None:
    return await session.get(WorkProgrammeItem, item_id)


async def add_item(
    session: AsyncSession,
    *,
    committee_id: int,
    topic: str,
    meeting_id: int | None = None,
    lead_officer: str | None = None,
    proposed: bool = False,
) -> WorkProgrammeItem:
    item = WorkProgrammeItem(
        committee_id=committee_id,
        meeting_id=meeting_id,
        topic=topic.strip(),
        lead_officer=lead_officer,
        proposed=proposed,
    )
    session.add(item)
    await session.flush()
    return item


async def save_item(session: AsyncSession, *, item: WorkProgrammeItem) -> WorkProgrammeItem:
    session.add(item)
    await session.flush()
    return item


async def delete_item(session: AsyncSession, *, item: WorkProgrammeItem) -> None:
    """Remove a row and its links (the linked actions themselves stay as they are)."""
    await session.execute(sa.delete(ActionProgrammeLink).where(col(ActionProgrammeLink.item_id) == item.id))
    await session.delete(item)
    await session.flush()


async def link(session: AsyncSession, *, action_id: int, item_id: int) -> bool:
    """Link an action to a row; False when it already was."""
    if await session.get(ActionProgrammeLink, (action_id, item_id)) is not None:
        return False
    session.add(ActionProgrammeLink(action_id=action_id, item_id=item_id))
    await session.flush()
    return True


async def unlink(session: AsyncSession, *, action_id: int, item_id: int) -> bool:
    found = await session.get(ActionProgrammeLink, (action_id, item_id))
    if found is None:
        return False
    await session.delete(found)
    await session.flush()
    return True


async def linked_actions(session: AsyncSession, *, item_ids: Sequence[int]) -> dict[int, list[Action]]:
    """The actions linked to each row, oldest first."""
    if not item_ids:
        return {}
    q = (
        select(ActionProgrammeLink, Action)
        .join(Action, col(Action.id) == col(ActionProgrammeLink.action_id))
        .where(col(ActionProgrammeLink.item_id).in_(item_ids))
        .order_by(col(Action.id))
    )
    out: dict[int, list[Action]] = {i: [] for i in item_ids}
    for link_row, action in (await session.exec(q)).all():
        out[link_row.item_id].append(action)
    return out


async def items_of_action(session: AsyncSession, *, action_id: int) -> list[WorkProgrammeItem]:
    q = (
        select(WorkProgrammeItem)
        .join(ActionProgrammeLink, col(ActionProgrammeLink.item_id) == col(WorkProgrammeItem.id))
        .where(ActionProgrammeLink.action_id == action_id)
        .order_by(col(WorkProgrammeItem.id))
    )
    return list((await session.exec(q)).all())


async def unlinked_programme_actions(session: AsyncSession, *, committee_id: int) -> list[Action]:
    """Live actions that ask for a report to a future meeting but have no work-programme row."""
    linked = select(ActionProgrammeLink.action_id)
    q = (
        select(Action)
        .where(
            Action.committee_id == committee_id,
            Action.work_programme == True,  # noqa: E712
            col(Action.status).in_([ActionStatus.open, ActionStatus.in_progress]),
            col(Action.id).not_in(linked),
        )
        .order_by(col(Action.id))
    )
    return list((await session.exec(q)).all())


async def items_for_meeting(session: AsyncSession, *, meeting_id: int) -> list[WorkProgrammeItem]:
    q = (
        select(WorkProgrammeItem)
        .where(WorkProgrammeItem.meeting_id == meeting_id)
        .order_by(col(WorkProgrammeItem.id))
    )
    return list((await session.exec(q)).all())


async def confirmed_items_at(session: AsyncSession, *, meeting_id: int) -> list[WorkProgrammeItem]:
    q = (
        select(WorkProgrammeItem)
        .where(WorkProgrammeItem.meeting_id == meeting_id, WorkProgrammeItem.proposed == False)  # noqa: E712
        .order_by(col(WorkProgrammeItem.id))
    )
    return list((await session.exec(q)).all())


async def topic_counts(session: AsyncSession, *, meeting_ids: Sequence[int]) -> dict[int, int]:
    """How many confirmed topics each of these meetings will consider (those with none are left out)."""
    key = col(WorkProgrammeItem.meeting_id)
    q = (
        select(key, sa.func.count())
        .where(key.in_(meeting_ids), WorkProgrammeItem.proposed == False)  # noqa: E712
        .group_by(key)
    )
    return {k: n for k, n in (await session.exec(q)).all() if k is not None}


async def item_by_source_key(
    session: AsyncSession, *, committee_id: int, source_key: str
) -> WorkProgrammeItem | None:
    q = select(WorkProgrammeItem).where(
        WorkProgrammeItem.committee_id == committee_id, WorkProgrammeItem.source_key == source_key
    )
    return (await session.exec(q)).first()


async def propose_item(
    session: AsyncSession,
    *,
    committee_id: int,
    meeting_id: int | None,
    topic: str,
    lead_officer: str | None,
    actions_arising: str | None,
    progress: str | None,
    source_key: str,
) -> WorkProgrammeItem:
    """A topic found in imported minutes or an agenda pack, waiting for an admin's confirmation."""
    item = WorkProgrammeItem(
        committee_id=committee_id,
        meeting_id=meeting_id,
        topic=topic,
        lead_officer=lead_officer,
        actions_arising=actions_arising,
        progress=progress,
        proposed=True,
        source_key=source_key,
    )
    session.add(item)
    return item
