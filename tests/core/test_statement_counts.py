"""How many SQL statements each hot command runs, pinned, so the count cannot creep back.

A listing once loaded every live action of the committee as ORM objects, then the committees,
meetings and people they named, to show a page of 20. It is now one statement that pages in the
database (storage/listing_reads.py); `show` is the row and its history; a change's reply is the
row read back. The figures are those of the dispatcher's unit of work (the read rule's cached
lookup and the handler), on SQLite and PostgreSQL alike; BEGIN/COMMIT are not counted. When a change makes a
command need another statement, change its figure here and say why in the commit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from handlers import commands as c
from handlers.context import Context
from handlers.dispatch import execute, respond
from handlers.replies import ActionCard, ActionList, Home, Notice, Reply
from storage import actions, committees, driver_sql, people
from storage.actions import Due
from storage.db import Database
from storage.models import DueKind
from tests.conftest import NOW
from tests.support.chat import build_committee

WORKSPACE = "slack:T0COUNT"
ADMIN = "Sam Patel"
OFFICER = "Tom Reed"

STATEMENTS = {
    "list": 2,
    "list page 2": 2,
    "mine": 2,
    "overdue": 2,
    "stale": 2,
    "due next": 3,
    "due <date>": 3,
    "search": 2,
    "owner": 3,
    "show": 3,
    "done": 4,
    "home": 3,
}
"""Per command, warm: the version of the cached lookups (1; storage/lookups.py), then the
handler's."""
COLD = 1
"""A reader not yet cached: their roles (the version is read first in every transaction)."""
COLD_WORKSPACE = 1
"""The first reader of a workspace: its committees, kept for every reader of it after."""


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        first = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else ""
        if first not in ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA"):
            seen.append(statement)

    sa.event.listen(db.engine.sync_engine, "before_cursor_execute", count)
    # the hot reads and writes go to the driver, past SQLAlchemy's events: counted there
    driver_sql.OBSERVERS.append(seen.append)
    try:
        yield seen
    finally:
        driver_sql.OBSERVERS.remove(seen.append)
        sa.event.remove(db.engine.sync_engine, "before_cursor_execute", count)


async def _store(db: Database) -> dict[str, Any]:
    await build_committee(db, now=NOW, workspace=WORKSPACE)
    async with db.transaction() as session:
        asc = await committees.get_committee(session, code="ASC")
        assert asc is not None and asc.id is not None
        admin = (await people.find_people(session, name=ADMIN))[0]
        officer = (await people.find_people(session, name=OFFICER))[0]
        upcoming = await committees.next_meeting(session, committee_id=asc.id, after=NOW)
        assert upcoming is not None
        refs = []
        for i in range(45):
            due = (
                Due(DueKind.next_meeting, meeting_id=upcoming.id)
                if i % 3 == 0
                else Due(DueKind.date, on=date(2024, 1, 5) + timedelta(days=i))
                if i % 3 == 1
                else Due()
            )
            made = await actions.create_action(
                session,
                committee_id=asc.id,
                text=f"Report {i} on the travel budget",
                actor=admin,
                now=NOW - timedelta(days=40),
                owner_text="Head of Commissioning",
                assignee_id=officer.id if i % 2 else None,
                due=due,
            )
            refs.append(made.ref)
    return {"asc": asc, "admin": admin, "officer": officer, "refs": refs, "due_day": upcoming.starts_at}


def _ctx(store: dict[str, Any], who: str, *, dm: bool = False) -> Context:
    return Context(
        actor=store[who],
        now=NOW,
        committee=None if dm else store["asc"],
        platform="slack",
        channel_id="D0COUNT" if dm else "C0COUNT",
        is_dm=dm,
        ephemeral=True,
        workspace=WORKSPACE,
    )


async def _run(db: Database, store: dict[str, Any], command: str, turn: int = 0) -> Reply:
    due_day = store["due_day"].date().isoformat()
    texts = {
        "list": "list",
        "list page 2": "list page 2",
        "overdue": "overdue",
        "stale": "stale",
        "due next": "due next",
        "due <date>": f"due {due_day}",
        "search": "search travel budget",
        "owner": f"owner {OFFICER}",
        "show": f"show {store['refs'][4]}",
        "done": f"done {store['refs'][7 + 2 * turn]}",
    }
    if command == "home":
        return await execute(c.Home(), ctx=_ctx(store, "officer", dm=True), db=db)
    if command == "mine":
        return await respond("mine", ctx=_ctx(store, "officer", dm=True), db=db)
    return await respond(texts[command], ctx=_ctx(store, "admin"), db=db)


async def test_each_hot_command_runs_its_pinned_number_of_statements(db: Database) -> None:
    store = await _store(db)
    observed: dict[str, int] = {}
    for command in STATEMENTS:
        await _run(db, store, command, 1)  # warm: the cached lookups are filled
        with counted(db) as seen:
            reply = await _run(db, store, command)
        assert not (isinstance(reply, Notice) and reply.level.name == "error"), (command, reply)
        if command == "home":
            assert isinstance(reply, Home) and reply.mine.groups
        elif command == "show":
            assert isinstance(reply, ActionCard)
        elif command == "done":
            assert isinstance(reply, Notice) and reply.updated is not None
        else:
            assert isinstance(reply, ActionList) and reply.groups, command
        observed[command] = len(seen)
    assert observed == STATEMENTS


async def test_a_listing_reads_one_page_not_the_committee(db: Database) -> None:
    """The page of 20 is cut by the database: the rows fetched are the page's."""
    store = await _store(db)
    with counted(db) as seen:
        reply = await respond("list", ctx=_ctx(store, "admin"), db=db)
    assert isinstance(reply, ActionList)
    assert sum(len(g.items) for g in reply.groups) == 20
    assert reply.pages == 3
    listing = [s for s in seen if "FROM action" in s and "count(*) OVER ()" in s]
    assert len(listing) == 1 and "LIMIT" in listing[0].upper()


@pytest.mark.parametrize("command", ["list", "overdue", "show"])
async def test_counts_hold_when_asked_twice(db: Database, command: str) -> None:
    store = await _store(db)
    counts = []
    for turn in range(3):
        with counted(db) as seen:
            await _run(db, store, command, turn)
        counts.append(len(seen))
    assert counts[1] == counts[2] == STATEMENTS[command]
    assert counts[0] == STATEMENTS[command] + COLD + COLD_WORKSPACE


async def test_a_new_reader_of_a_known_workspace_reads_only_their_roles(db: Database) -> None:
    store = await _store(db)
    await _run(db, store, "list")  # the admin: the workspace's committees are cached now
    with counted(db) as seen:
        reply = await _run(db, store, "mine")  # the officer, not yet seen
    assert isinstance(reply, ActionList) and reply.groups
    assert len(seen) == STATEMENTS["mine"] + COLD
