"""An action's history as `show` and a change's reply read it: its events as plain tuples, oldest
first, and the note the history ends on."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import driver_sql
from storage.actions import NOTE_KINDS
from storage.models import ActionEvent

_EVENT = sa.inspect(ActionEvent).local_table


class EventLine(NamedTuple):
    """One line of an action's history."""

    at: datetime
    actor_name: str
    kind: str
    before: str | None
    after: str | None
    note: str | None


_HISTORY = (
    sa.select(*(_EVENT.c[name] for name in EventLine._fields))
    .where(_EVENT.c.action_id == sa.bindparam("action_id"))
    .order_by(_EVENT.c.at, _EVENT.c.id)
)


async def history(session: AsyncSession, *, action_id: int) -> list[EventLine]:
    """An action's events, oldest first."""
    rows = await driver_sql.rows(session, _HISTORY, {"action_id": action_id})
    return [EventLine._make(r) for r in rows]


def latest_note(events: Sequence[EventLine]) -> str | None:
    """The note an action's history ends on, as `storage.actions.latest_notes` picks it."""
    for ev in reversed(events):
        if ev.note is not None and ev.kind in NOTE_KINDS:
            return ev.note or None
    return None
