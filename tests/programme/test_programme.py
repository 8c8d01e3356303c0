"""The work programme as conversations over the store (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlmodel import col, select

from handlers.importing import import_extraction
from handlers.replies import Level, Multi, Notice, Table
from minutes.extract import extract_text
from storage import committees
from storage.db import Database
from storage.models import ActionProgrammeLink, ActionStatus, WorkProgrammeItem
from tests.programme.helpers import LATER_DAY, NEXT_DAY, action, due_at, events, make_action, meetings
from tests.support.chat import Chat, build_committee

FIXTURES = "tests/fixtures/minutes"


@pytest.fixture
async def chat(db: Database, now: datetime) -> Chat:
    await build_committee(db, now=now)
    return Chat(db, now)


async def table(chat: Chat, text: str, who: str = "Ed Grundy") -> Table:
    reply = await chat.reply(text, who=who)
    assert isinstance(reply, Table), reply
    return reply


async def items(db: Database) -> list[WorkProgrammeItem]:
    async with db.transaction() as session:
        return list((await session.exec(select(WorkProgrammeItem).order_by(col(WorkProgrammeItem.id)))).all())


async def test_add_show_by_meeting_move_note_drop(chat: Chat, db: Database) -> None:
    out = await chat.say(
        f"programme add {LATER_DAY} Carers strategy lead Head of Commissioning", who="Sam Patel"
    )
    assert "Added W1 \u201cCarers strategy\u201d to the work programme (7 Mar 2024)." in out
    out = await chat.say(
        f'programme add {NEXT_DAY} "Lead practitioners in reablement" lead Tom Reed', who="Sam Patel"
    )
    assert "Added W2 \u201cLead practitioners in reablement\u201d" in out
    assert "Added W3" in await chat.say("programme add unscheduled Home care market", who="Sam Patel")

    shown = await table(chat, "/actions programme")
    assert shown.columns == ("ref", "Meeting Date", "Topic", "Lead Officer", "Actions Arising", "Progress")
    # by meeting: the next meeting first, then the later one, unscheduled last
    assert [(r[0], r[1], r[2], r[3]) for r in shown.rows] == [
        ("W2", "25 Jan 2024", "Lead practitioners in reablement", "Tom Reed"),
        ("W1", "7 Mar 2024", "Carers strategy", "Head of Commissioning"),
        ("W3", "Unscheduled", "Home care market", ""),
    ]

    assert "Moved W3 \u201cHome care market\u201d to 25 Jan 2024." in await chat.say(
        f"programme move W3 {NEXT_DAY}", who="Sam Patel"
    )
    assert "W3 is already at 25 Jan 2024." in await chat.say(f"programme move W3 {NEXT_DAY}", who="Sam Patel")
    missing = await chat.say("programme move W3 2024-02-02", who="Sam Patel")
    assert "ASC has no meeting on 2024-02-02. Upcoming meetings: 25 Jan 2024, 7 Mar 2024." in missing
    assert "W1 progress: report drafted" in await chat.say(
        "programme note W1 report drafted", who="Sam Patel"
    )
    shown = await table(chat, "programme")
    assert [r[0] for r in shown.rows] == ["W2", "W3", "W1"]
    assert shown.rows[2][5] == "report drafted"

    assert "Dropped W2" in await chat.say("programme drop W2 covered at budget meeting", who="Sam Patel")
    assert [i.id for i in await items(db)] == [1, 3]
    assert "There is no row W2 in the work programme of ASC" in await chat.say(
        "programme note W2 x", who="Sam Patel"
    )


async def test_only_admins_change_it_and_refusals_change_nothing(chat: Chat, db: Database) -> None:
    out = await chat.say(f"programme add {NEXT_DAY} Carers strategy", who="Joan Archer")
    assert "Only an admin of ASC can change the work programme. Admins: Sam Patel." in out
    assert await items(db) == []
    await chat.say(f"programme add {NEXT_DAY} Carers strategy", who="Sam Patel")
    assert "Only an admin" in await chat.say("programme drop W1", who="Ed Grundy")
    assert "Only an admin" in await chat.say("programme note W1 hi", who="Tom Reed")
    assert len(await items(db)) == 1
    # reading is open to all, in the committee's channel
    assert len((await table(chat, "programme", who="Olive Outsider")).rows) == 1
    assert "Use this in a committee's channel" in await chat.say("programme", who="Ed Grundy", where=None)
    # another committee's rows are not reachable from here
    async with db.transaction() as session:
        hsc = await committees.get_committee(session, code="HSC")
        assert hsc is not None
        session.add(WorkProgrammeItem(committee_id=hsc.id or 0, topic="Dentistry"))
    assert "There is no row W2 in the work programme of ASC" in await chat.say(
        "programme drop W2", who="Sam Patel"
    )


async def test_imported_topics_are_proposals_to_confirm_or_discard(chat: Chat, db: Database) -> None:
    with open(f"{FIXTURES}/07_agenda_pack.txt", encoding="utf-8") as fh:
        extraction = extract_text(fh.read(), source="07_agenda_pack.txt")
    asc = await chat.committee("ASC")
    async with db.transaction() as session:
        result = await import_extraction(
            session, extraction=extraction, committee=asc, actor=None, now=chat.now
        )
    assert len(result.topics_added) == 4
    shown = await table(chat, "programme")
    assert shown.rows == ()
    assert any("4 topics from imported minutes await confirmation (W1, W2, W3, W4)" in n for n in shown.notes)
    proposed = await table(chat, "programme proposed")
    assert [(r[0], r[1], r[2], r[3]) for r in proposed.rows][-1] == (
        "W4",
        "22 Jul 2024",
        "Fly-tipping enforcement",
        "Sam Oduya",
    )

    assert "Confirmed 1 work programme topic: W1." in await chat.say("programme confirm W1", who="Sam Patel")
    assert "W1 is already on the work programme." in await chat.say("programme confirm W1", who="Sam Patel")
    assert "Discarded the proposed topic W3" in await chat.say("programme discard W3", who="Sam Patel")
    assert "W1 is confirmed, not a proposal; `programme drop W1` removes it." in await chat.say(
        "programme discard W1", who="Sam Patel"
    )
    assert "Confirmed 2 work programme topics: W2, W4." in await chat.say(
        "programme confirm all", who="Sam Patel"
    )
    assert "There are no proposed topics to confirm." in await chat.say(
        "programme confirm all", who="Sam Patel"
    )
    shown = await table(chat, "programme")
    assert [r[0] for r in shown.rows] == ["W1", "W2", "W4"]
    assert not any("await confirmation" in n for n in shown.notes)


async def test_linked_actions_fill_the_row_and_check_finds_gaps(chat: Chat, db: Database) -> None:
    _past, nxt, later = await meetings(db)
    a1 = await make_action(
        db,
        text="Report on the carers strategy to a future meeting",
        now=chat.now,
        due=due_at(later),
        work_programme=True,
        owner="Head of Commissioning",
    )
    a2 = await make_action(
        db,
        text="Bring the home care market review to the next meeting",
        now=chat.now,
        due=due_at(nxt),
        work_programme=True,
    )
    a3 = await make_action(
        db, text="Exempt land sale report", now=chat.now, work_programme=True, restricted=True
    )
    await chat.say(f"programme add {LATER_DAY} Carers strategy", who="Sam Patel")

    check = await chat.reply("programme check", who="Ed Grundy")
    assert isinstance(check, Multi)
    missing, finished = check.parts
    assert isinstance(missing, Table) and isinstance(finished, Table)
    assert [(r[0], r[3]) for r in missing.rows] == [
        (a1, "programme link A1 W1"),  # a row exists at the meeting it is due at
        (a2, "programme add <date|unscheduled> <topic> for A2"),
        (a3, "programme add <date|unscheduled> <topic> for A3"),
    ]
    assert missing.rows[2][1] == "exempt item"
    assert finished.rows == ()

    assert "Linked A1 to W1" in await chat.say("programme link A1 W1", who="Sam Patel")
    assert "A1 is already linked to W1." in await chat.say("programme link A1 W1", who="Sam Patel")
    out = await chat.say(
        f"programme add {NEXT_DAY} Home care market lead Tom Reed for A2, A3", who="Sam Patel"
    )
    assert "Added W2 \u201cHome care market\u201d" in out and "Linked A2, A3." in out
    last = (await events(db, a1))[-1]
    assert (last.kind, last.after) == ("programme", "W1")

    await chat.say(f"update {a1} draft strategy out for consultation", who="Sam Patel")
    shown = await table(chat, "programme")
    w2, w1 = shown.rows
    assert w1[4] == "A1: Report on the carers strategy to a future meeting"
    assert w1[5] == "A1 in progress, due meeting of 7 Mar 2024: draft strategy out for consultation"
    assert w2[4] == "A2: Bring the home care market review to the next meeting; A3: exempt item"
    assert "A3 open" in w2[5] and "Exempt" not in w2[4]

    missing, finished = (await chat.reply("programme check", who="Ed Grundy")).parts  # type: ignore[union-attr]
    assert missing.rows == ()  # type: ignore[union-attr]
    await chat.say(f"done {a1} strategy agreed", who="Sam Patel")
    missing, finished = (await chat.reply("programme check", who="Ed Grundy")).parts  # type: ignore[union-attr]
    assert [r[0] for r in finished.rows] == ["W1"]  # type: ignore[union-attr]
    assert "A1 done: strategy agreed" in (await table(chat, "programme")).rows[1][5]

    assert "Unlinked A2 from W2." in await chat.say("programme unlink A2 W2", who="Sam Patel")
    assert "A2 is not linked to W2." in await chat.say("programme unlink A2 W2", who="Sam Patel")
    out = await chat.say("programme drop W2", who="Sam Patel")
    assert "A3 are no longer linked to it" in out
    async with db.transaction() as session:
        links = (await session.exec(select(ActionProgrammeLink))).all()
    assert [(link.action_id, link.item_id) for link in links] == [(1, 1)]
    assert (await action(db, a3)).status == ActionStatus.open
    assert [e.kind for e in await events(db, a3)] == ["create", "programme", "programme"]


async def test_link_refuses_discarded_and_other_committees_actions(chat: Chat, db: Database) -> None:
    await chat.say(f"programme add {NEXT_DAY} Carers", who="Sam Patel")
    gone = await make_action(db, text="Old idea", now=chat.now, status=ActionStatus.discarded)
    assert f"{gone} was discarded, so it can't be linked" in await chat.say(
        f"programme link {gone} W1", who="Sam Patel"
    )
    assert "There is no action A99." in await chat.say("programme link A99 W1", who="Sam Patel")
    reply = await chat.reply("programme link A1 W7", who="Sam Patel")
    assert isinstance(reply, Notice) and reply.level is Level.error
