"""The meeting calendar as conversations: list, add, move (actions follow), cancel (actions carried)."""

from __future__ import annotations

from datetime import datetime

import pytest

from handlers.replies import Table
from storage.actions import Due
from storage.db import Database
from storage.models import DueKind, MeetingStatus
from tests.programme.helpers import (
    LATER_DAY,
    NEXT_DAY,
    PAST_DAY,
    action,
    due_at,
    events,
    make_action,
    meetings,
)
from tests.support.chat import Chat, build_committee


@pytest.fixture
async def chat(db: Database, now: datetime) -> Chat:
    await build_committee(db, now=now)
    return Chat(db, now)


async def test_lists_upcoming_with_what_is_due(chat: Chat, db: Database) -> None:
    await chat.say("add Report on carers owner Tom Reed due next meeting", who="Sam Patel")
    await chat.say(f"programme add {LATER_DAY} Carers strategy", who="Sam Patel")
    reply = await chat.reply("/actions meetings", who="Olive Outsider")
    assert isinstance(reply, Table)
    assert reply.rows == (
        ("25 Jan 2024", "17:30", "scheduled", "", "1", "0"),
        ("7 Mar 2024", "17:30", "scheduled", "", "0", "1"),
    )
    past = await chat.reply("meetings past", who="Olive Outsider")
    assert isinstance(past, Table) and [r[0] for r in past.rows] == ["16 Dec 2023"]
    assert "Use this in a committee's channel" in await chat.say("meetings", who="Ed Grundy", where=None)


async def test_add_refuses_the_past_clashes_and_non_admins(chat: Chat, db: Database) -> None:
    out = await chat.say("meetings add 2024-04-18 14:00 Committee Room 2", who="Sam Patel")
    assert "Added the meeting of 18 Apr 2024 14:00 (Committee Room 2)." in out
    assert "ASC already has a meeting on 25 Jan 2024." in await chat.say(
        f"meetings add {NEXT_DAY}", who="Sam Patel"
    )
    assert "2024-01-01 is in the past" in await chat.say("meetings add 2024-01-01", who="Sam Patel")
    assert "Only an admin of ASC can add meetings" in await chat.say(
        "meetings add 2024-05-01", who="Joan Archer"
    )
    found = await meetings(db)
    assert len(found) == 4
    assert found[-1].location == "Committee Room 2" and found[-1].starts_at.hour == 13  # 14:00 BST


async def test_move_keeps_actions_pointing_at_the_meeting(chat: Chat, db: Database) -> None:
    await chat.say("add Report on carers owner Tom Reed due next meeting", who="Sam Patel")
    await chat.say(f"add Dementia update owner Tom Reed due meeting {NEXT_DAY}", who="Sam Patel")
    before = await meetings(db)
    out = await chat.say(f"meetings move {NEXT_DAY} to 2024-02-01 18:00", who="Sam Patel")
    assert (
        out
        == "\u2713 Moved the meeting of 25 Jan 2024 17:30 to 1 Feb 2024 18:00. 2 actions due at it move with it."
    )
    after = await meetings(db)
    moved = after[1]
    assert moved.id == before[1].id and moved.status == MeetingStatus.rescheduled and moved.sequence == 1
    for ref in ("A1", "A2"):
        assert (await action(db, ref)).due_meeting_id == moved.id
    assert "next meeting (1 Feb 2024)" in await chat.say("show A1", who="Ed Grundy")
    assert "A1" in await chat.say("due 2024-02-01", who="Ed Grundy")
    # a second move bumps the sequence again; moving onto another meeting's day is refused
    assert "Moved" in await chat.say("meetings move 2024-02-01 2024-02-08", who="Sam Patel")
    assert (await meetings(db))[1].sequence == 2
    assert "ASC already has a meeting on 2024-03-07" in await chat.say(
        f"meetings move 2024-02-08 {LATER_DAY}", who="Sam Patel"
    )
    assert "is in the past" in await chat.say("meetings move 2024-02-08 2024-01-02", who="Sam Patel")
    assert "ASC has no meeting on 2024-02-09" in await chat.say(
        "meetings move 2024-02-09 2024-02-10", who="Sam Patel"
    )
    assert "Only an admin" in await chat.say("meetings move 2024-02-08 2024-02-12", who="Tom Reed")


async def test_cancel_carries_live_actions_to_the_next_meeting(chat: Chat, db: Database) -> None:
    _past, nxt, later = await meetings(db)
    a1 = await make_action(
        db, text="Next meeting report", now=chat.now, due=Due(DueKind.next_meeting, meeting_id=nxt.id)
    )
    a2 = await make_action(db, text="Report at that meeting", now=chat.now, due=due_at(nxt))
    await chat.say(f"programme add {NEXT_DAY} Carers strategy", who="Sam Patel")
    out = await chat.say(f"meetings cancel {NEXT_DAY} not quorate", who="Sam Patel")
    assert "Cancelled the meeting of 25 Jan 2024 17:30." in out
    assert "2 actions due at it are now due at the meeting of 7 Mar 2024: A1, A2." in out
    assert "Its work programme topics (W1) need a new date: `programme move W1 <date>`." in out
    cancelled = (await meetings(db))[1]
    assert cancelled.status == MeetingStatus.cancelled and cancelled.sequence == 1
    first, second = await action(db, a1), await action(db, a2)
    assert (first.due_kind, first.due_meeting_id) == (DueKind.next_meeting, later.id)
    assert (second.due_kind, second.due_meeting_id) == (DueKind.meeting, later.id)
    last = (await events(db, a1))[-1]
    assert (last.kind, last.note) == ("due", "the meeting it was due at was cancelled: not quorate")
    # cancelled meetings stay listed, marked, and can't be cancelled or moved again
    listed = await chat.reply("meetings", who="Ed Grundy")
    assert isinstance(listed, Table) and listed.rows[0][2] == "cancelled"
    assert "only a cancelled meeting on 2024-01-25" in await chat.say(
        f"meetings cancel {NEXT_DAY}", who="Sam Patel"
    )
    assert "has already taken place" in await chat.say(f"meetings cancel {PAST_DAY}", who="Sam Patel")
    # the last meeting cancelled: its actions wait for the next one to be added
    out = await chat.say(f"meetings cancel {LATER_DAY}", who="Sam Patel")
    assert "now due at the next meeting, once one is added: A1, A2" in out
    assert (await action(db, a2)).due_kind == DueKind.next_meeting
    assert (await action(db, a2)).due_meeting_id is None
