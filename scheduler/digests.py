"""Weekly digests, filled in as they are sent.

A digest shows all of a person's open actions. Planning one item per action of every owner made
the morning when every digest is due the costliest tick by far (at 100k actions it read 14,000
rows, and at 500k 70,000, on the loop's side of the store). So the plan holds one small item per
owner and digest (`PlannedItem.digest_of`, the key the ledger claims once, as any other item),
and the owner's actions are read here, for one batch of messages at a time, just before they
are sent: the tick itself reads the owners, not what they own.

The rows read here are dropped again once their batch is sent (`forget`), so the state a long run
of sends keeps stays the size of a batch.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers.replies import plural
from scheduler import compose
from scheduler.model import ActionRow, PlannedItem, PlannedMessage, Section, State
from scheduler.policy import LOOKBACK, stale_ids_of
from scheduler.state import convert, follow, unheard
from storage import reminder_reads as reads


def pending(messages: Sequence[PlannedMessage]) -> list[PlannedItem]:
    return [i for m in messages for i in m.items if i.digest_of is not None]


async def fill(session: AsyncSession, state: State, messages: Sequence[PlannedMessage]) -> None:
    """Read the actions of the owners whose digests are among these messages, and fill in what
    each digest shows and says. Rows already in the state (a pre-meeting reminder or a nudge read
    them) are kept as they are."""
    digests = pending(messages)
    owners = {i.digest_of for i in digests if i.digest_of is not None} - state.owned.keys()
    rows: list[ActionRow] = []
    if owners:
        raw = await reads.actions_of(session, now=state.now, owner_ids=owners)
        rows, wanted = await asyncio.to_thread(convert, raw)
        del raw
        await follow(session, state.meetings, state.upcoming, wanted, since=state.now - LOOKBACK)
        state.unheard = state.unheard | await unheard(session, wanted.exempt)
    await asyncio.to_thread(_take, state, owners, rows, digests)


def _take(state: State, owners: set[int], rows: list[ActionRow], digests: list[PlannedItem]) -> None:
    """Keep the owners' rows and place each digest's actions. Pure but for `state`: run in a
    worker thread (a batch's digests show thousands of actions)."""
    by_id = _rows(state)
    for owner in owners:
        state.owned[owner] = []
    kept = []
    for row in rows:
        if row.committee_id not in state.policies:
            continue  # of an archived committee: reminded of no more
        known = by_id.get(row.id)
        if known is None:
            known = by_id[row.id] = row
            state.borrowed.add(row.id)
        assert known.assignee_id is not None
        state.owned[known.assignee_id].append(known)
        kept.append(known)
    compose.note_overdue(state, kept)
    mine = {
        i.key: [a for a in state.owned.get(i.digest_of or 0, []) if a.id not in state.unheard]
        for i in digests
    }
    stale = stale_ids_of(state, (a for rows in mine.values() for a in rows))
    for item in digests:
        _place(state, item, mine[item.key], stale)


def _place(state: State, item: PlannedItem, mine: list[ActionRow], stale: set[int]) -> None:
    overdue = state.overdue
    placed = []
    late = 0
    for a in mine:
        if overdue[a.id]:
            placed.append((Section.overdue, 0, a.id))
            late += 1
        elif a.id in stale:
            placed.append((Section.update, 0, a.id))
        else:
            placed.append((Section.week, 0, a.id))
    item.placements = tuple(placed)
    base = item.summary.split(": ", 1)[0]
    item.summary = f"{base}: {plural(len(mine), 'open action')} ({late} overdue)"


def forget(state: State, messages: Sequence[PlannedMessage]) -> None:
    """Drop what `fill` read for these messages' digests once they are sent, keeping the rows the
    plan itself holds (`state.actions`)."""
    for item in pending(messages):
        assert item.digest_of is not None
        for row in state.owned.pop(item.digest_of, []):
            if row.id not in state.borrowed:
                continue
            state.borrowed.discard(row.id)
            state.by_id.pop(row.id, None)
            state.texts.pop(row.id, None)
            state.overdue.pop(row.id, None)
            state.due_meetings.pop(row.id, None)


def _rows(state: State) -> dict[int, ActionRow]:
    if len(state.by_id) < len(state.actions):
        state.by_id.update((a.id, a) for a in state.actions)
    return state.by_id
