"""Actions and their audit trail.

Every change goes through `change_action`, which writes the new values with a version check and
adds the ActionEvent in the same transaction. A lost race raises `ConcurrentUpdate` and the caller's
unit of work is replayed (see `storage.db.Database.run`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import driver_sql, next_reminders
from storage.action_query import ActionQuery, bound_conditions, conditions
from storage.db import ConcurrentUpdate
from storage.models import (
    Action,
    ActionEvent,
    ActionStatus,
    DueKind,
    Meeting,
    Person,
)
from storage.rules import LIVE

__all__ = ["LIVE", "ActionQuery", "bound_conditions", "conditions"]

_ACTIONS: sa.Table = Action.__table__  # type: ignore[attr-defined]
_EVENTS = ActionEvent.__table__  # type: ignore[attr-defined]
_EVENT_INSERT = sa.insert(_EVENTS).values(
    {
        name: sa.bindparam(name, type_=_EVENTS.c[name].type)
        for name in ("action_id", "at", "actor_id", "actor_name", "kind", "before", "after", "note")
    }
)


@dataclass(frozen=True)
class Due:
    kind: DueKind = DueKind.none
    meeting_id: int | None = None
    on: date | None = None
    text: str | None = None

    def columns(self) -> dict[str, Any]:
        return {
            "due_kind": self.kind,
            "due_meeting_id": self.meeting_id,
            "due_date": self.on,
            "due_text": self.text,
        }


def actor_name(actor: Person | None) -> str:
    return actor.display_name if actor else "committee-bot"


async def create_action(
    session: AsyncSession,
    *,
    committee_id: int,
    text: str,
    actor: Person | None,
    now: datetime,
    status: ActionStatus = ActionStatus.open,
    meeting_id: int | None = None,
    minute: str | None = None,
    owner_text: str | None = None,
    assignee_id: int | None = None,
    due: Due = Due(),
    work_programme: bool = False,
    restricted: bool = False,
    is_request: bool = False,
    source_key: str | None = None,
    note: str | None = None,
    progress_at: datetime | None = None,
) -> Action:
    """`progress_at`: when the action was last heard of, if before `now` (an action imported from
    old minutes was last heard of at the meeting that agreed it)."""
    action = Action(
        committee_id=committee_id,
        text=text.strip(),
        status=status,
        meeting_id=meeting_id,
        minute=minute,
        owner_text=owner_text,
        assignee_id=assignee_id,
        work_programme=work_programme,
        restricted=restricted,
        is_request=is_request,
        source_key=source_key,
        created_at=now,
        last_progress_at=progress_at or now,
        **due.columns(),
    )
    action.next_reminder_at = await next_reminders.for_new(session, action=action, now=now)
    session.add(action)
    await session.flush()
    action.ref = f"A{action.id}"
    await session.flush()
    await record_event(
        session, action=action, actor=actor, now=now, kind="create", after=str(status), note=note
    )
    return action


async def record_event(
    session: AsyncSession,
    *,
    action: Action,
    actor: Person | None,
    now: datetime,
    kind: str,
    before: str | None = None,
    after: str | None = None,
    note: str | None = None,
) -> None:
    """Add one line to the action's audit trail (a Core insert, on the driver: no ORM object is
    needed after)."""
    assert action.id is not None
    if session.new or session.dirty or session.deleted:
        await session.flush()
    await driver_sql.rows(
        session,
        _EVENT_INSERT,
        {
            "action_id": action.id,
            "at": now,
            "actor_id": actor.id if actor else None,
            "actor_name": actor_name(actor),
            "kind": kind,
            "before": before,
            "after": after,
            "note": note,
        },
    )


_ACTION_COLUMNS = driver_sql.model_columns(Action)
_BY_REF = sa.select(*(c for _, c in _ACTION_COLUMNS)).where(_ACTIONS.c.ref == sa.bindparam("ref"))
_BY_REF_FOR_UPDATE = _BY_REF.with_for_update()


async def get_action(session: AsyncSession, *, ref: str, for_update: bool = False) -> Action | None:
    """The action with this reference, read on the driver, as a detached instance: every change
    goes through `change_action`, which writes with a version check and doesn't need the session
    to track it."""
    found = await driver_sql.rows(
        session, _BY_REF_FOR_UPDATE if for_update else _BY_REF, {"ref": ref.strip().upper()}
    )
    if not found:
        return None
    return driver_sql.detached(
        Action, {key: v for (key, _), v in zip(_ACTION_COLUMNS, found[0], strict=True)}
    )


async def action_by_id(session: AsyncSession, *, action_id: int) -> Action | None:
    return await session.get(Action, action_id)


async def change_action(
    session: AsyncSession,
    *,
    action: Action,
    actor: Person | None,
    now: datetime,
    kind: str,
    changes: Mapping[str, Any],
    before: str | None = None,
    after: str | None = None,
    note: str | None = None,
) -> Action:
    """Write `changes` if nobody changed the action since it was read; log the event with it.

    A change of what times the action's nudges (status, progress, snooze) recomputes its
    `next_reminder_at` in the same statement."""
    await change_returning(
        session,
        action=action,
        actor=actor,
        now=now,
        kind=kind,
        changes=changes,
        before=before,
        after=after,
        note=note,
    )
    return action


async def change_returning(
    session: AsyncSession,
    *,
    action: Action,
    actor: Person | None,
    now: datetime,
    kind: str,
    changes: Mapping[str, Any],
    before: str | None = None,
    after: str | None = None,
    note: str | None = None,
    returning: tuple[sa.ColumnElement[Any], ...] = (),
) -> tuple[Any, ...]:
    """`change_action`, whose versioned UPDATE also returns `returning` (columns of the action as
    written, or subqueries correlated to it; storage/listing_reads.py's reply to a change): one
    statement, where reading the row back was another."""
    assert action.id is not None
    values = dict(changes)
    values.update(await next_reminders.after_change(session, action=action, changes=changes, now=now))
    values["version"] = action.version + 1
    if session.new or session.dirty or session.deleted:
        await session.flush()
    written = await driver_sql.rows(
        session,
        _update_of(tuple(sorted(values)), returning),
        {
            "action_id": action.id,
            "read_version": action.version,
            **{f"new_{key}": value for key, value in values.items()},
        },
    )
    if len(written) != 1:
        raise ConcurrentUpdate(f"{action.ref} was changed by someone else")
    for key, value in values.items():
        # the row is written: the object takes the values as stored, not as a change to flush again
        set_committed_value(action, key, value)
    await record_event(
        session, action=action, actor=actor, now=now, kind=kind, before=before, after=after, note=note
    )
    return written[0]


_UPDATES: dict[tuple[tuple[str, ...], int], sa.Update] = {}


def _update_of(keys: tuple[str, ...], returning: tuple[sa.ColumnElement[Any], ...] = ()) -> sa.Update:
    """The versioned update of these columns, built once per set of columns a change writes (its
    values bound as `new_<column>`) and what it returns (a module's constant)."""
    found = _UPDATES.get((keys, id(returning)))
    if found is None:
        found = _UPDATES[(keys, id(returning))] = (
            sa.update(_ACTIONS)
            .where(
                _ACTIONS.c.id == sa.bindparam("action_id"),
                _ACTIONS.c.version == sa.bindparam("read_version"),
            )
            .values({key: sa.bindparam(f"new_{key}", type_=_ACTIONS.c[key].type) for key in keys})
            .returning(_ACTIONS.c.id, *returning)
        )
    return found


async def events_for(session: AsyncSession, *, action_id: int) -> list[ActionEvent]:
    q = (
        select(ActionEvent)
        .where(ActionEvent.action_id == action_id)
        .order_by(col(ActionEvent.at), col(ActionEvent.id))
    )
    return list((await session.exec(q)).all())


NOTE_KINDS = ("progress", "done", "drop", "reopen")
"""The events whose note is an action's latest word on its progress (shown as "latest: ...")."""


async def latest_notes(session: AsyncSession, *, action_ids: Sequence[int]) -> dict[int, ActionEvent]:
    """The newest progress or closing note of each action, for listings and the tracker paper."""
    if not action_ids:
        return {}
    q = (
        select(ActionEvent)
        .where(col(ActionEvent.action_id).in_(action_ids), col(ActionEvent.note).is_not(None))
        .where(col(ActionEvent.kind).in_(NOTE_KINDS))
        .order_by(col(ActionEvent.action_id), col(ActionEvent.at), col(ActionEvent.id))
    )
    out: dict[int, ActionEvent] = {}
    for ev in (await session.exec(q)).all():
        out[ev.action_id] = ev
    return out


async def list_actions(session: AsyncSession, query: ActionQuery) -> list[Action]:
    """Whole actions, for the tracker paper, exports and reviews (the chat listings read lean rows:
    storage/listing_reads.py). `due_meeting_ids` with `due_on`: either."""
    q = select(Action)
    if query.overdue_at is not None:
        q = q.outerjoin(Meeting, col(Meeting.id) == col(Action.due_meeting_id))
    q = q.where(*conditions(query, col(Meeting.starts_at)))
    q = q.order_by(*(query.order or [col(Action.id)])).offset(query.offset).limit(query.limit)
    return list((await session.exec(q)).all())


async def meetings_by_id(session: AsyncSession, *, ids: Iterable[int | None]) -> dict[int, Meeting]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = (await session.exec(select(Meeting).where(col(Meeting.id).in_(wanted)))).all()
    return {m.id: m for m in rows if m.id is not None}


async def find_by_source_key(session: AsyncSession, *, committee_id: int, source_key: str) -> Action | None:
    q = select(Action).where(Action.committee_id == committee_id, Action.source_key == source_key)
    return (await session.exec(q)).first()


async def proposals(session: AsyncSession, *, committee_id: int) -> list[Action]:
    """The actions imported minutes proposed that nobody has confirmed or discarded yet."""
    q = (
        select(Action)
        .where(Action.committee_id == committee_id, Action.status == ActionStatus.proposed)
        .order_by(col(Action.id))
    )
    return list((await session.exec(q)).all())


async def live_due_at(session: AsyncSession, *, meeting_ids: Sequence[int]) -> dict[int, int]:
    """How many live actions are due at each of these meetings (those with none are left out)."""
    key = col(Action.due_meeting_id)
    q = (
        select(key, func.count())
        .where(key.in_(meeting_ids), col(Action.status).in_(list(LIVE)))
        .group_by(key)
    )
    return {k: n for k, n in (await session.exec(q)).all() if k is not None}


async def from_document(session: AsyncSession, *, committee_id: int, document: str) -> list[Action]:
    """The actions an imported document gave the committee (their source keys start `document|`)."""
    q = select(Action).where(
        Action.committee_id == committee_id, col(Action.source_key).startswith(f"{document}|")
    )
    return list((await session.exec(q)).all())


async def open_refs(session: AsyncSession) -> list[str]:
    """The references of the open actions, oldest first."""
    q = select(Action.ref).where(Action.status == ActionStatus.open).order_by(col(Action.id))
    return [ref for ref in (await session.exec(q)).all() if ref]
