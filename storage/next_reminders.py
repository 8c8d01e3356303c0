"""Keeping each action's `next_reminder_at` current, in the unit of work that changes its inputs.

A stale nudge of an action depends on its status, its last progress, its snooze, and its
committee's cadence (timezone, reminder time, stale days). `storage.actions` recomputes the time
when a change touches the action's own inputs; a change of the committee's settings recomputes it
for the committee's live actions here; and the tick moves it on once a stage is settled
(`advance`). The rule itself is `storage.rules.next_reminder_at`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import rules
from storage.models import Action, ActionStatus, Committee, DueKind

_CHUNK = 500
INPUTS = frozenset(("status", "last_progress_at", "snoozed_until"))
"""The action's own columns its next reminder depends on."""


class _Facts(NamedTuple):
    committee_id: int
    assignee_id: int | None
    status: ActionStatus
    due_kind: DueKind
    due_date: Any
    last_progress_at: datetime
    snoozed_until: datetime | None
    created_at: datetime | None = None


async def cadence(session: AsyncSession, *, committee_id: int) -> rules.Cadence | None:
    """The committee's cadence (from the session's identity map when it is loaded already)."""
    committee = await session.get(Committee, committee_id)
    return rules.Cadence.of(committee) if committee is not None else None


async def after_change(
    session: AsyncSession, *, action: Action, changes: Mapping[str, Any], now: datetime
) -> dict[str, Any]:
    """`{"next_reminder_at": ...}` for a change that touches the action's own inputs, else {}."""
    if not INPUTS & changes.keys() or "next_reminder_at" in changes:
        return {}
    facts = _Facts(
        action.committee_id,
        action.assignee_id,
        changes.get("status", action.status),
        action.due_kind,
        action.due_date,
        changes.get("last_progress_at", action.last_progress_at),
        changes.get("snoozed_until", action.snoozed_until),
        action.created_at,
    )
    if not rules.is_live(facts):
        return {"next_reminder_at": None}
    found = await cadence(session, committee_id=action.committee_id)
    at = rules.next_reminder_at(facts, found, now=now) if found is not None else None
    return {"next_reminder_at": at}


async def for_new(session: AsyncSession, *, action: Action, now: datetime) -> datetime | None:
    if not rules.is_live(action):
        return None
    found = await cadence(session, committee_id=action.committee_id)
    return rules.next_reminder_at(action, found, now=now) if found is not None else None


async def refresh_committee(session: AsyncSession, *, committee: Committee, now: datetime) -> int:
    """Recompute the time of every live action of the committee (its cadence changed); how many
    changed. Plain rows and one executemany: a committee has hundreds of live actions at most."""
    assert committee.id is not None
    cad = rules.Cadence.of(committee)
    rows = (
        await session.execute(
            sa.select(
                col(Action.id),
                col(Action.status),
                col(Action.last_progress_at),
                col(Action.snoozed_until),
                col(Action.next_reminder_at),
                col(Action.created_at),
            ).where(col(Action.committee_id) == committee.id, col(Action.status).in_(list(rules.LIVE)))
        )
    ).all()
    updates = []
    for id_, status, progress, snoozed, current, created in rows:
        facts = _Facts(committee.id, None, status, DueKind.none, None, progress, snoozed, created)
        at = rules.next_reminder_at(facts, cad, now=now)
        if at != current:
            updates.append({"b_id": id_, "b_at": at})
    await _write(session, updates)
    return len(updates)


async def advance(
    session: AsyncSession, *, moves: Sequence[tuple[int, datetime | None]], now: datetime
) -> None:
    """Move actions on to their next time once the tick settled what was due at `now`: each
    `(action id, new time)`, written only where the row's time is still one that had come (a
    change made meanwhile computed a time of its own, later than now)."""
    table = Action.__table__  # type: ignore[attr-defined]
    statement = (
        table.update()
        .where(table.c.id == sa.bindparam("b_id"), table.c.next_reminder_at <= sa.bindparam("b_now"))
        .values(next_reminder_at=sa.bindparam("b_at"))
    )
    for i in range(0, len(moves), _CHUNK):
        rows = [{"b_id": a, "b_at": at, "b_now": now} for a, at in moves[i : i + _CHUNK]]
        await session.execute(statement, rows)
        await asyncio.sleep(0)


async def _write(session: AsyncSession, updates: list[dict[str, Any]]) -> None:
    if not updates:
        return
    table = Action.__table__  # type: ignore[attr-defined]
    await session.execute(
        table.update()
        .where(table.c.id == sa.bindparam("b_id"))
        .values(next_reminder_at=sa.bindparam("b_at")),
        updates,
    )
