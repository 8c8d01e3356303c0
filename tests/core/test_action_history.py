"""An action's history as `show` tells it: times in the committee's own clock, written as people
write them, and every change that touched the action, a moved or cancelled meeting included."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from handlers.replies import ActionCard
from storage import actions as store
from storage.db import Database
from tests.support.chat import Chat, build_committee

SUMMER = datetime(2024, 6, 10, 8, 0, tzinfo=UTC)  # 09:00 in London (BST)
ISO = re.compile(r"\d{4}-\d\d-\d\d(T|\b)")


@pytest.fixture
async def chat(db: Database) -> Chat:
    await build_committee(db, now=SUMMER)
    return Chat(db, SUMMER)


async def history(chat: Chat, ref: str) -> list[str]:
    card = await chat.reply(f"show {ref}", who="Sam Patel")
    assert isinstance(card, ActionCard)
    return [f"{h.at}  {h.actor}: {h.what}" for h in card.history]


async def test_snoozes_are_told_in_local_time_not_iso(chat: Chat) -> None:
    await chat.say("add Write to the ICB owner Tom Reed", who="Sam Patel")
    await chat.say("snooze A1 2w", who="Tom Reed")
    await chat.say("unsnooze A1", who="Tom Reed")
    lines = await history(chat, "A1")
    assert lines[1:] == [
        "10 Jun 2024 09:00  Tom Reed: snooze (- \u2192 24 Jun 2024 09:00)",
        "10 Jun 2024 09:00  Tom Reed: snooze (24 Jun 2024 09:00 \u2192 -): snooze ended",
    ]


async def test_a_time_stored_as_iso_text_is_shown_as_people_write_it(chat: Chat, db: Database) -> None:
    await chat.say("add Write to the ICB owner Tom Reed", who="Sam Patel")
    async with db.transaction() as session:
        action = await store.get_action(session, ref="A1")
        assert action is not None
        await store.record_event(
            session,
            action=action,
            actor=None,
            now=SUMMER,
            kind="snooze",
            before=None,
            after="2024-06-24T08:00:00.073632+00:00",
        )
    lines = await history(chat, "A1")
    assert lines[-1].endswith("snooze (- \u2192 24 Jun 2024 09:00)")
    assert not any(ISO.search(line) for line in lines), lines


async def test_a_moved_meeting_is_in_the_history_of_each_action_due_at_it(chat: Chat) -> None:
    await chat.say("add Report on carers owner Tom Reed due next meeting", who="Sam Patel")
    await chat.say("add Dementia update owner Tom Reed due next meeting", who="Sam Patel")
    await chat.say("add Closed already owner Tom Reed due next meeting", who="Sam Patel")
    await chat.say("done A3", who="Tom Reed")
    moved = await chat.say("meetings move 2024-06-20 to 2024-06-27 18:00", who="Sam Patel")
    assert "2 actions due at it move with it." in moved
    for ref in ("A1", "A2"):
        assert (await history(chat, ref))[-1] == (
            "10 Jun 2024 09:00  Sam Patel: due (meeting of 20 Jun 2024 17:30 \u2192 meeting of "
            "27 Jun 2024 18:00): the meeting was moved"
        )
    assert "moved" not in (await history(chat, "A3"))[-1]


async def test_a_cancelled_meeting_is_told_in_local_dates(chat: Chat) -> None:
    await chat.say("add Report on carers owner Tom Reed due next meeting", who="Sam Patel")
    await chat.say("meetings cancel 2024-06-20 not quorate", who="Sam Patel")
    last = (await history(chat, "A1"))[-1]
    assert last == (
        "10 Jun 2024 09:00  Sam Patel: due (meeting of 20 Jun 2024 17:30 \u2192 meeting of "
        "1 Aug 2024 17:30): the meeting it was due at was cancelled: not quorate"
    )
