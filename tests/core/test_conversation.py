"""Handlers as conversations over the store (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlmodel import select

from handlers.replies import ActionCard, ActionList, Level, Notice
from storage import actions as store
from storage.db import Database
from storage.models import Action, ActionEvent, ActionStatus
from tests.support.chat import Chat, build_committee


@pytest.fixture
async def chat(db: Database, now: datetime) -> Chat:
    await build_committee(db, now=now)
    return Chat(db, now)


async def events(db: Database, ref: str) -> list[ActionEvent]:
    async with db.transaction() as session:
        action = await store.get_action(session, ref=ref)
        assert action and action.id
        return await store.events_for(session, action_id=action.id)


async def action(db: Database, ref: str) -> Action:
    async with db.transaction() as session:
        found = await store.get_action(session, ref=ref)
        assert found
        return found


async def test_add_list_and_done_story(chat: Chat, db: Database) -> None:
    added = await chat.say(
        "/actions add Circulate provider list owner Tom Reed due next meeting", who="Sam Patel"
    )
    assert "Added A1." in added
    assert "Tom Reed" in added
    listing = await chat.say("/actions", who="Ed Grundy")
    assert "Open actions of Adult Social Care Scrutiny Commission" in listing
    assert "A1" in listing and "Due at the meeting of" in listing
    mine = await chat.say("mine", who="Tom Reed", where=None)
    assert "A1" in mine
    assert "You have no open actions." in await chat.say("mine", who="Priya Shah", where=None)

    done = await chat.say("/actions done A1 list circulated by email", who="Tom Reed")
    assert "A1 is done" in done
    found = await action(db, "A1")
    assert found.status == ActionStatus.done
    kinds = [(e.kind, e.actor_name, e.note) for e in await events(db, "A1")]
    assert kinds == [("create", "Sam Patel", None), ("done", "Tom Reed", "list circulated by email")]
    assert "There are no open actions." in await chat.say("", who="Ed Grundy")
    assert "A1" in await chat.say("done", who="Ed Grundy")


async def test_show_has_history(chat: Chat) -> None:
    await chat.say("add Write to the ICB owner Tom Reed", who="Sam Patel")
    await chat.say("update A1 drafted, with the chair", who="Tom Reed")
    reply = await chat.reply("show A1", who="Ed Grundy")
    assert isinstance(reply, ActionCard)
    assert [h.what.split(" ")[0] for h in reply.history] == ["create", "progress"]
    assert reply.view.status == "in progress"
    assert reply.view.latest_note == "drafted, with the chair"


async def test_refusal_says_who_can_and_changes_nothing(chat: Chat, db: Database) -> None:
    await chat.say("add Write to the ICB owner Tom Reed", who="Sam Patel")
    reply = await chat.reply("done A1", who="Ed Grundy")
    assert isinstance(reply, Notice) and reply.level is Level.error
    assert (
        "Only the assigned officer (Tom Reed), a committee admin (Sam Patel) or the chair (Joan Archer)"
        in reply.text
    )
    assert (await action(db, "A1")).status == ActionStatus.open
    assert len(await events(db, "A1")) == 1
    # the chair may
    assert "A1 is done" in await chat.say("done A1", who="Joan Archer")


async def test_outsider_can_read_but_not_write(chat: Chat) -> None:
    await chat.say("add Write to the ICB", who="Sam Patel")
    assert "A1" in await chat.say("overdue", who="Olive Outsider") or True
    assert "A1" in await chat.say("/actions", who="Olive Outsider")
    refused = await chat.say("update A1 hello", who="Olive Outsider")
    assert "Only members, officers, the chair and admins" in refused
    assert "Only an admin of ASC can manage roles" in await chat.say(
        "role add Olive Outsider member", who="Tom Reed"
    )
    assert "Olive Outsider is now member of ASC" in await chat.say(
        "role add Olive Outsider member", who="Sam Patel"
    )
    assert "Update added to A1" in await chat.say("update A1 hello", who="Olive Outsider")


async def test_assign_by_role_title_and_by_name(chat: Chat, db: Database) -> None:
    await chat.say("add Report on carers", who="Sam Patel")
    out = await chat.say('assign A1 "director of adult social care"', who="Sam Patel")
    assert "assigned to Priya Shah" in out
    out = await chat.say("assign A1 tom", who="Sam Patel")
    assert "assigned to Tom Reed" in out
    assert "already assigned to Tom Reed" in await chat.say("assign A1 Tom Reed", who="Sam Patel")
    assert 'I don\'t know anyone called "Nobody Here"' in await chat.say(
        "assign A1 Nobody Here", who="Sam Patel"
    )
    assert 'Nobody holds the role "Chief Executive"' in await chat.say(
        'assign A1 "Chief Executive"', who="Sam Patel"
    )
    kinds = [(e.kind, e.before, e.after) for e in await events(db, "A1")]
    assert kinds[1:] == [("assign", None, "Priya Shah"), ("assign", "Priya Shah", "Tom Reed")]


async def test_due_overdue_and_due_next(chat: Chat, db: Database, now: datetime) -> None:
    await chat.say("add Old report owner Tom Reed due 2023-12-01", who="Sam Patel")
    await chat.say("add Next report owner Tom Reed due next meeting", who="Sam Patel")
    overdue = await chat.say("overdue", who="Ed Grundy")
    assert "A1" in overdue and "A2" not in overdue
    nxt = await chat.say("due next", who="Ed Grundy")
    assert "A2" in nxt and "A1" not in nxt
    moved = await chat.say("due A1 next meeting", who="Tom Reed")
    assert "A1 is now due: next meeting" in moved
    assert "Nothing is overdue." in await chat.say("overdue", who="Ed Grundy")
    day = (now + timedelta(days=52)).date().isoformat()
    assert "is now due: meeting of" in await chat.say(f"due A2 meeting {day}", who="Tom Reed")
    assert "A2" in await chat.say(f"due {day}", who="Ed Grundy")
    missing = await chat.say("due A2 meeting 2024-02-02", who="Tom Reed")
    assert "ASC has no meeting on 2024-02-02. Upcoming meetings:" in missing
    last = [(e.kind, e.before, e.after) for e in await events(db, "A1")][-1]
    assert last[0] == "due" and last[1] == "1 Dec 2023" and last[2] and last[2].startswith("next meeting (")


async def test_stale_and_snooze(chat: Chat, db: Database, now: datetime) -> None:
    await chat.say("add Old item owner Tom Reed", who="Sam Patel")
    later = Chat(db, now + timedelta(days=30))
    assert "A1" in await later.say("stale", who="Ed Grundy")
    out = await later.say("snooze A1 7d", who="Tom Reed")
    assert "A1 is snoozed until" in out
    listing = await later.say("mine", who="Tom Reed", where=None)
    assert "snoozed until" in listing
    assert "A1 is no longer snoozed" in await later.say("unsnooze A1", who="Tom Reed")
    assert "A1 is not snoozed" in await later.say("unsnooze A1", who="Tom Reed")
    assert "snoozed until" in await later.say("snooze A1 next meeting", who="Tom Reed")


async def test_drop_and_reopen(chat: Chat, db: Database) -> None:
    await chat.say("add Visit a care home owner Tom Reed", who="Sam Patel")
    assert "A1 is dropped" in await chat.say("drop A1 visits suspended", who="Tom Reed")
    assert "A1 was dropped. `reopen A1` first" in await chat.say("done A1", who="Tom Reed")
    assert "A1 is open again" in await chat.say("reopen A1 visits resumed", who="Tom Reed")
    assert "A1 is already open" in await chat.say("reopen A1", who="Tom Reed")
    assert [e.kind for e in await events(db, "A1")] == ["create", "drop", "reopen"]


async def test_unknown_things_are_clear(chat: Chat) -> None:
    assert "There is no action A99." in await chat.say("show A99", who="Ed Grundy")
    out = await chat.say("snooze A1 forever", who="Ed Grundy")
    assert "I can't read `forever`" in out and "usage: snooze A12" in out
    assert "There is no committee XYZ. Known committees: ASC, HSC." in await chat.say(
        "setup XYZ", who="Sam Patel"
    )


async def test_bad_input_changes_nothing(chat: Chat, db: Database) -> None:
    await chat.say("add Visit a care home owner Tom Reed", who="Sam Patel")
    for text in ("due A1 whenever", "assign A1 Nobody", "snooze A1 0d", "update A1", "drop A1"):
        reply = await chat.reply(text, who="Sam Patel")
        assert isinstance(reply, Notice) and reply.level is Level.error, text
    assert len(await events(db, "A1")) == 1


async def test_listing_paginates(chat: Chat) -> None:
    for i in range(45):
        await chat.say(f"add Item number {i}", who="Sam Patel")
    first = await chat.reply("all", who="Ed Grundy")
    assert isinstance(first, ActionList)
    assert first.count == 20 and first.pages == 3 and first.next_page == "all page 2"
    third = await chat.reply("all page 3", who="Ed Grundy")
    assert isinstance(third, ActionList) and third.count == 5 and third.next_page is None


async def test_restricted_items_are_hidden_when_shared(chat: Chat, db: Database, now: datetime) -> None:
    async with db.transaction() as session:
        asc = await chat.committee("ASC")
        assert asc.id
        await store.create_action(
            session,
            committee_id=asc.id,
            text="Exempt: negotiate the contract",
            actor=None,
            now=now,
            restricted=True,
        )
        await store.create_action(session, committee_id=asc.id, text="Public item", actor=None, now=now)
    shared = await chat.reply("share all", who="Ed Grundy")
    assert isinstance(shared, ActionList) and shared.share
    assert [v.text for g in shared.groups for v in g.items] == ["Public item"]
    private = await chat.say("all", who="Ed Grundy")
    assert "negotiate the contract" in private


async def test_concurrent_changes_both_land(chat: Chat, db: Database) -> None:
    """Two people change one action at the same moment: neither change is lost."""
    import asyncio

    await chat.say("add Write to the ICB owner Tom Reed", who="Sam Patel")
    results = await asyncio.gather(
        chat.reply("update A1 first note", who="Tom Reed"),
        chat.reply("assign A1 Priya Shah", who="Sam Patel"),
        chat.reply("update A1 second note", who="Ed Grundy"),
        chat.reply("snooze A1 7d", who="Joan Archer"),
    )
    assert all(isinstance(r, Notice) and r.level is Level.ok for r in results), results
    found = await action(db, "A1")
    assert found.assignee_id == (await chat.person("Priya Shah")).id
    assert found.snoozed_until is not None
    assert found.version == 5
    kinds = sorted(e.kind for e in await events(db, "A1"))
    assert kinds == ["assign", "create", "progress", "progress", "snooze"]


async def test_every_action_row_has_its_create_event(chat: Chat, db: Database) -> None:
    await chat.say("add One", who="Sam Patel")
    await chat.say("add Two", who="Sam Patel")
    async with db.transaction() as session:
        actions = (await session.exec(select(Action))).all()
        for a in actions:
            assert a.id
            evs = await store.events_for(session, action_id=a.id)
            assert evs[0].kind == "create"


@pytest.mark.parametrize(("close", "status"), [("done A1 sent", "done"), ("drop A1 not needed", "dropped")])
async def test_update_to_a_closed_action_is_refused_and_changes_nothing(
    chat: Chat, db: Database, close: str, status: str
) -> None:
    await chat.say("add Write to the ICB owner Tom Reed", who="Sam Patel")
    await chat.say(close, who="Tom Reed")
    before = await action(db, "A1")
    history = len(await events(db, "A1"))
    reply = await chat.reply("update A1 one more thing", who="Tom Reed")
    assert isinstance(reply, Notice) and reply.level is Level.error
    assert reply.text == (
        f"A1 is {status}, so it takes no more updates. "
        "If there is more to do, `reopen A1 <reason>` first, then add the update."
    )
    after = await action(db, "A1")
    assert (after.status, after.last_progress_at) == (before.status, before.last_progress_at)
    assert len(await events(db, "A1")) == history
    await chat.say("reopen A1 the ICB wrote back", who="Tom Reed")
    assert "Update added to A1." in await chat.say("update A1 one more thing", who="Tom Reed")


async def test_a_person_named_in_quotes_is_that_person_when_no_one_holds_it_as_a_title(chat: Chat) -> None:
    """Before: `add ... owner "Tom Reed"` answered 'Nobody holds the role "Tom Reed" yet', while the
    README's first day quotes names (`title "Priya Shah" "..."`)."""
    added = await chat.say('add Circulate the survey owner "Tom Reed"', who="Sam Patel")
    assert "Added" in added and "Tom Reed" in added, added
    assert "now assigned to Priya Shah" in await chat.say('assign A1 "priya shah"', who="Sam Patel")
    assert 'Nobody holds the role "Tom"' in await chat.say('assign A1 "Tom"', who="Sam Patel")
    holder = await chat.say('assign A1 "Head of Commissioning"', who="Sam Patel")
    assert "now assigned to Tom Reed" in holder, holder
