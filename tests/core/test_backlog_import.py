"""Importing a backlog honestly: old actions keep their age, a past meeting is never "the next
meeting", past work-programme rows are not proposed, and meetings keep their start time."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from handlers.commands import Format
from handlers.export import export_file
from handlers.importing import import_extraction
from minutes.model import Extraction
from minutes.sources import read_source
from storage import committees, people
from storage.db import Database
from storage.models import Meeting, MeetingStatus, Role, WorkProgrammeItem
from tests.support.chat import Chat

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2024, 1, 15, 12, 0, tzinfo=UTC)
FIXTURES = Path(__file__).parents[1] / "fixtures" / "minutes"

MINUTES_2021 = """Borsetshire County Council

Minutes of the Meeting of the
ADULT SOCIAL CARE SCRUTINY COMMISSION

Held: Thursday, 24 June 2021 at 5:30 pm

PRESENT:
Councillor Archer (Chair)
Councillor Grundy

21. HOME CARE RECOMMISSIONING

The Head of Commissioning presented a report on the recommissioning of home care.

RESOLVED:
1. That the report be noted.
2. That the Head of Commissioning report the outcome of the tender to the next meeting.

22. DAY OPPORTUNITIES

RESOLVED:
That a report on the future of day opportunities be brought to a future meeting.

23. DATE OF NEXT MEETING

The next meeting will be held on Thursday, 7 October 2021 at 5:30 pm.
"""


async def _committee(db: Database, code: str, *, meeting_time: str = "17:30") -> None:
    async with db.transaction() as s:
        made = await committees.create_committee(
            s, code=code, name=f"{code} Committee", meeting_time=meeting_time
        )
        sam = await people.add_person(s, display_name="Sam Patel")
        tom = await people.add_person(s, display_name="Tom Reed", role_titles=["Head of Commissioning"])
        assert made.id is not None and sam.id is not None and tom.id is not None
        await people.grant_role(s, committee_id=made.id, person_id=sam.id, role=Role.admin)
        await people.grant_role(s, committee_id=made.id, person_id=tom.id, role=Role.officer)


async def _import(db: Database, code: str, extraction: Extraction, now: datetime = NOW) -> str:
    async with db.transaction() as s:
        committee = await committees.get_committee(s, code=code)
        assert committee is not None
        result = await import_extraction(s, extraction=extraction, committee=committee, actor=None, now=now)
        return result.summary(committee)


async def _meetings(db: Database) -> list[Meeting]:
    async with db.read() as s:
        return list((await s.exec(select(Meeting).order_by(col(Meeting.starts_at)))).all())


async def test_confirmed_old_actions_keep_their_age_and_an_unowned_one_is_not_green(
    db: Database, tmp_path: Path
) -> None:
    await _committee(db, "ASC")
    source = tmp_path / "asc-2021-06-24.txt"
    source.write_text(MINUTES_2021)
    await _import(db, "ASC", await read_source(str(source)))
    chat = Chat(db, NOW)
    assert "Confirmed 2 actions" in await chat.say("confirm all", who="Sam Patel")

    listing = await chat.say("all", who="Sam Patel")
    assert "updated today" not in listing and "years ago" in listing, listing
    assert "due next meeting" not in listing, "a meeting held in 2021 is not the next meeting"
    assert "meeting of 7 Oct 2021" in listing

    async with db.read() as s:
        asc = await committees.get_committee(s, code="ASC")
        assert asc is not None
        paper = await export_file(s, asc, Format.csv, now=NOW)
    rows = list(csv.DictReader(io.StringIO(paper.content.decode("utf-8-sig"))))
    [tender] = [r for r in rows if "tender" in r["Resolution"]]
    [unowned] = [r for r in rows if "day opportunities" in r["Resolution"]]
    assert tender["RAG"] == "Red", tender  # due at the meeting of 7 October 2021, never reported
    assert unowned["Lead officer"] == "" and unowned["RAG"] != "Green", unowned

    meetings = await _meetings(db)
    assert [(m.starts_at.astimezone(LONDON), m.status) for m in meetings] == [
        (datetime(2021, 6, 24, 17, 30, tzinfo=LONDON), MeetingStatus.held),
        (datetime(2021, 10, 7, 17, 30, tzinfo=LONDON), MeetingStatus.held),
    ]
    assert "No upcoming meeting" in await chat.say("due next", who="Sam Patel")


async def test_an_agenda_pack_imported_after_its_meeting(db: Database) -> None:
    await _committee(db, "ENV", meeting_time="18:00")
    after_the_meeting = datetime(2024, 6, 20, 9, 0, tzinfo=UTC)
    summary = await _import(
        db, "ENV", await read_source(str(FIXTURES / "07_agenda_pack.txt")), after_the_meeting
    )
    assert (
        "3 future meetings added" in summary and "3 work programme rows for past meetings left out" in summary
    )
    async with db.read() as s:
        topics = (await s.exec(select(WorkProgrammeItem))).all()
        env = await committees.get_committee(s, code="ENV")
        assert env is not None and env.id is not None
        upcoming = await committees.next_meeting(s, committee_id=env.id, after=after_the_meeting)
    assert [t.topic for t in topics] == ["Fly-tipping enforcement"]
    assert upcoming is not None and upcoming.starts_at.astimezone(LONDON).date() == date(2024, 7, 22)
    own = (await _meetings(db))[0]
    assert own.starts_at.astimezone(LONDON) == datetime(2024, 6, 10, 18, 0, tzinfo=LONDON)
    assert own.status == MeetingStatus.held
    chat = Chat(db, after_the_meeting)
    assert "22 Jul 2024" in await chat.say("due next", who="Sam Patel", where="ENV")


async def test_the_meeting_keeps_the_start_time_the_minutes_give(db: Database, tmp_path: Path) -> None:
    await _committee(db, "ASC", meeting_time="10:00")
    source = tmp_path / "asc.txt"
    source.write_text(MINUTES_2021)
    read = await read_source(str(source))
    timed = dataclasses.replace(read, meeting_time=time(17, 30))
    await _import(db, "ASC", timed)
    first = (await _meetings(db))[0]
    assert first.starts_at.astimezone(LONDON) == datetime(2021, 6, 24, 17, 30, tzinfo=LONDON)
