"""A change's reply is the action as it now is: what its versioned UPDATE returns
(storage.listing_reads.changed) is what reading the row back after the change would give, on SQLite
and PostgreSQL, the latest note included."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from storage import actions, committees, people
from storage import listing_reads as reads
from storage.actions import Due
from storage.db import Database
from storage.models import Action, ActionStatus, DueKind
from tests.conftest import NOW
from tests.support.chat import build_committee


async def _action(db: Database) -> dict[str, Any]:
    await build_committee(db, now=NOW)
    async with db.transaction() as session:
        asc = await committees.get_committee(session, code="ASC")
        assert asc is not None and asc.id is not None
        admin = (await people.find_people(session, name="Sam Patel"))[0]
        officer = (await people.find_people(session, name="Tom Reed"))[0]
        upcoming = await committees.next_meeting(session, committee_id=asc.id, after=NOW)
        assert upcoming is not None
        made = await actions.create_action(
            session,
            committee_id=asc.id,
            text="Report on the travel budget",
            actor=admin,
            now=NOW - timedelta(days=30),
            owner_text="Head of Commissioning",
            assignee_id=officer.id,
            due=Due(DueKind.next_meeting, meeting_id=upcoming.id),
        )
    return {"admin": admin, "ref": made.ref}


async def _change(db: Database, ref: str, **kw: Any) -> tuple[reads.ListedAction, reads.ListedAction | None]:
    async with db.transaction() as session:
        action = await actions.get_action(session, ref=ref)
        assert isinstance(action, Action)
        returned = await reads.changed(session, action=action, **kw)
        assert action.id is not None
        read_back = await reads.by_id(session, action_id=action.id)
    return returned, read_back


async def test_the_reply_to_a_change_is_the_row_read_back_after_it(db: Database) -> None:
    made = await _action(db)
    admin, ref = made["admin"], made["ref"]
    steps: list[dict[str, Any]] = [
        {"kind": "progress", "changes": {"last_progress_at": NOW - timedelta(days=3)}, "note": "Draft sent"},
        {"kind": "snooze", "changes": {"snoozed_until": NOW + timedelta(days=7)}},
        {"kind": "done", "changes": {"status": ActionStatus.done, "last_progress_at": NOW}, "note": ""},
        {"kind": "reopen", "changes": {"status": ActionStatus.open, "last_progress_at": NOW}},
        {
            "kind": "done",
            "changes": {"status": ActionStatus.done, "last_progress_at": NOW},
            "note": "Signed off",
        },
    ]
    notes = []
    for step in steps:
        returned, read_back = await _change(db, ref, actor=admin, now=NOW, **step)
        assert returned == read_back, step
        notes.append(returned.latest_note)
    assert returned.status is ActionStatus.done
    assert returned.assignee_name == "Tom Reed" and returned.committee_code == "ASC"
    assert returned.due_meeting is not None
    # "" closes with no word: by_id reads an empty note as none, as the UPDATE's reply does
    assert notes == ["Draft sent", "Draft sent", None, None, "Signed off"]
