"""The action tracker paper (CSV, Markdown, HTML) and the meetings calendar, from chat and the CLI."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest

from bot.config import Settings
from bot.export_cli import export_cli
from handlers.replies import FileReply, Level, Notice
from storage.actions import Due
from storage.db import Database
from storage.models import ActionStatus, DueKind
from tests.programme.helpers import NEXT_DAY, due_at, make_action, meetings
from tests.support.chat import Chat, build_committee


@pytest.fixture
async def chat(db: Database, now: datetime) -> Chat:
    await build_committee(db, now=now)
    return Chat(db, now)


async def seed(chat: Chat, db: Database) -> None:
    """One action of each RAG rating, an exempt one, an old done one and a proposal."""
    past, nxt, later = await meetings(db)
    now = chat.now
    await make_action(  # A1 red: due at the meeting already held
        db,
        text="Report <b>travel</b> times & costs",
        now=now,
        meeting=past,
        minute="21(2)",
        owner="Head of Commissioning",
        due=due_at(past),
    )
    await make_action(  # A2 amber: due at the next meeting
        db,
        text="Circulate the provider list",
        now=now,
        meeting=past,
        minute="22",
        due=Due(DueKind.next_meeting, meeting_id=nxt.id),
    )
    await make_action(  # A3 green: due at the later meeting
        db,
        text="Review | the strategy",
        now=now,
        meeting=past,
        minute="23",
        due=due_at(later),
    )
    await make_action(  # A4 amber by staleness: due later, no update for 30 days
        db,
        text="Write to the ICB",
        now=now - timedelta(days=30),
        meeting=past,
        due=due_at(later),
    )
    await make_action(  # A5 exempt
        db,
        text="Negotiate the depot sale with Acme Ltd",
        now=now,
        meeting=past,
        minute="25",
        owner="Director of Property",
        due=due_at(later),
        restricted=True,
    )
    await make_action(db, text="Done long ago", now=now - timedelta(days=60), status=ActionStatus.done)  # A6
    await make_action(db, text="Still a proposal", now=now, status=ActionStatus.proposed)  # A7
    await chat.say("done A3 strategy agreed", who="Sam Patel")  # A3 done since the last meeting
    await chat.say("assign A2 Tom Reed", who="Sam Patel")
    await chat.say("update A2 list sent to members on Friday", who="Tom Reed")
    await chat.say("update A5 heads of terms agreed with Acme", who="Sam Patel")


async def export(chat: Chat, fmt: str) -> FileReply:
    reply = await chat.reply(f"export {fmt}", who="Ed Grundy")
    assert isinstance(reply, FileReply), reply
    return reply


async def test_csv_columns_rag_and_exempt_rows(chat: Chat, db: Database) -> None:
    await seed(chat, db)
    file = await export(chat, "csv")
    assert file.filename == "ASC-action-tracker-2024-01-15.csv" and file.mime.startswith("text/csv")
    assert file.summary == "The action tracker of ASC: 5 actions, 1 overdue."
    rows = list(csv.reader(io.StringIO(file.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "Ref",
        "Meeting",
        "Minute",
        "Resolution",
        "Lead officer",
        "Status",
        "RAG",
        "Due",
        "Latest update",
    ]
    by_ref = {r[0]: r for r in rows[1:]}
    assert list(by_ref) == ["A1", "A2", "A3", "A4", "A5"]  # not the old done one, nor the proposal
    assert by_ref["A1"] == [
        "A1",
        "16 Dec 2023",
        "21(2)",
        "Report <b>travel</b> times & costs",
        "Head of Commissioning",
        "Open",
        "Red",
        "Meeting of 16 Dec 2023",
        "",
    ]
    assert by_ref["A2"][4:] == [
        "Tom Reed",
        "In progress",
        "Amber",
        "Meeting of 25 Jan 2024",
        "15 Jan 2024: list sent to members on Friday",
    ]
    assert by_ref["A3"][5:7] == ["Done", "Done"] and by_ref["A3"][8] == "15 Jan 2024: strategy agreed"
    assert by_ref["A4"][6] == "Amber"
    assert by_ref["A5"][:8] == [
        "A5",
        "16 Dec 2023",
        "25",
        "Exempt item",
        "Exempt item",
        "In progress",
        "Amber",  # nobody owns it: never green
        "Meeting of 7 Mar 2024",
    ]
    assert by_ref["A5"][8] == "Exempt item"
    assert "Acme" not in file.content.decode() and "Director of Property" not in file.content.decode()


async def test_markdown_and_html_escape_and_print(chat: Chat, db: Database) -> None:
    await seed(chat, db)
    md = (await export(chat, "md")).content.decode()
    assert md.startswith("# Adult Social Care Scrutiny Commission: action tracker\n")
    assert (
        "Produced 15 Jan 2024 for the meeting of 25 Jan 2024. 5 actions: 1 red, 3 amber, 0 green, 1 done"
        in md
    )
    table_lines = [line for line in md.splitlines() if line.startswith("|")]
    assert len(table_lines) == 2 + 5
    assert all(line.count(" | ") == 8 for line in table_lines[2:] if "\\|" not in line)
    assert "| A3 |" in md and "Review \\| the strategy" in md
    assert "Acme" not in md

    page = await export(chat, "html")
    assert page.mime.startswith("text/html") and page.filename.endswith(".html")
    html = page.content.decode()
    assert "<b>" not in html and "Report &lt;b&gt;travel&lt;/b&gt; times &amp; costs" in html
    assert "@media print" in html and '<html lang="en">' in html
    assert '<td class="rag rag-red">Red</td>' in html
    assert '<td class="exempt">Exempt item</td>' in html and "Acme" not in html
    assert len(re.findall(r"<tr>", html)) == 1 + 5


async def test_export_needs_a_committee_and_ics_from_chat(chat: Chat, db: Database) -> None:
    reply = await chat.reply("export csv", who="Ed Grundy", where=None)
    assert isinstance(reply, Notice) and reply.level is Level.error
    assert "Use this in its channel, or name it: `export csv ASC`." in reply.text
    assert "There is no committee XYZ. Known committees: ASC, HSC." in await chat.say(
        "export csv XYZ", who="Ed Grundy"
    )
    named = await chat.reply("export md ASC", who="Ed Grundy", where=None)
    assert isinstance(named, FileReply) and b"No actions to report." in named.content
    ics = await export(chat, "ics")
    assert ics.filename == "ASC-meetings.ics" and ics.mime.startswith("text/calendar")
    assert len(icalendar.Calendar.from_ical(ics.content).walk("VEVENT")) == 3


async def test_calendar_is_rfc5545_with_stable_uids_and_sequence(chat: Chat, db: Database) -> None:
    reply = await export(chat, "ics")
    first = parse_calendar(reply.content)
    await chat.say(f"meetings move {NEXT_DAY} 2024-02-01 18:00", who="Sam Patel")
    await chat.say("meetings cancel 2024-03-07", who="Sam Patel")
    second = parse_calendar((await export(chat, "ics")).content)
    assert [e["uid"] for e in first] == [e["uid"] for e in second]
    assert len({e["uid"] for e in second}) == 3
    assert [(e["status"], e["sequence"]) for e in first] == [("CONFIRMED", 0)] * 3
    assert [(e["status"], e["sequence"]) for e in second] == [
        ("CONFIRMED", 0),
        ("CONFIRMED", 1),
        ("CANCELLED", 1),
    ]
    assert second[1]["start"] == "2024-02-01 18:00 Europe/London"
    assert first[1]["start"] == "2024-01-25 17:30 Europe/London"


def parse_calendar(data: bytes) -> list[dict[str, object]]:
    """Parse strictly and check what RFC 5545 requires of a calendar and its events."""
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n")), "lines are folded at 75 octets"
    assert "\n" not in text.replace("\r\n", "")
    cal = icalendar.Calendar.from_ical(data)
    assert cal.errors == []
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"])
    tzids = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    out: list[dict[str, object]] = []
    for event in cal.walk("VEVENT"):
        assert event.errors == []
        for required in ("UID", "DTSTAMP", "DTSTART"):
            assert required in event, required
        stamp: Any = event["DTSTAMP"]
        assert stamp.dt.tzinfo is not None and stamp.to_ical().endswith(b"Z")
        start: Any = event["DTSTART"]
        tzid = start.params.get("TZID")
        assert tzid in tzids, "every TZID has its VTIMEZONE"
        out.append(
            {
                "uid": str(event["UID"]),
                "status": str(event["STATUS"]),
                "sequence": int(str(event["SEQUENCE"])),
                "start": f"{start.dt:%Y-%m-%d %H:%M} {tzid}",
            }
        )
    return out


async def test_cli_writes_every_format_into_a_directory(
    chat: Chat, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await seed(chat, db)
    settings = Settings(database_url=db.url)
    out = tmp_path / "pack"
    assert await export_cli(settings, committee="asc", fmt="all", out=str(out), now=chat.now) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "ASC-action-tracker-2024-01-15.csv",
        "ASC-action-tracker-2024-01-15.html",
        "ASC-action-tracker-2024-01-15.md",
        "ASC-meetings.ics",
    ]
    chat_csv = await export(chat, "csv")
    assert (out / "ASC-action-tracker-2024-01-15.csv").read_bytes() == chat_csv.content
    parse_calendar((out / "ASC-meetings.ics").read_bytes())
    printed = capsys.readouterr().out
    assert f"wrote {out / 'ASC-meetings.ics'}" in printed

    assert await export_cli(settings, committee="ASC", fmt="md", out="-", now=chat.now) == 0
    assert capsys.readouterr().out.startswith("# Adult Social Care Scrutiny Commission: action tracker")
    assert await export_cli(settings, committee="ASC", fmt="all", out="-", now=chat.now) == 2
    assert "writes one file to standard output" in capsys.readouterr().err
    assert await export_cli(settings, committee="NOPE", fmt="csv", out=str(out), now=chat.now) == 2
    assert "there is no committee 'NOPE' (known: ASC, HSC)" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert await export_cli(settings, committee="ASC", fmt="csv", out=str(blocker), now=chat.now) == 1


async def test_help_says_who_may_export_and_that_is_who_can(chat: Chat, db: Database) -> None:
    """`export` is listed with the listings, open to anyone who can list the committee's actions; a
    member of the workspace with no role on the committee exports it, without exempt text."""
    await seed(chat, db)
    listed = await chat.say("help", who="Olive Outsider")
    [row] = [line for line in listed.splitlines() if "export csv|md|html|ics" in line]
    assert row.strip().startswith("Listings"), row
    assert "anyone who can list the committee's actions" in await chat.say(
        "help export", who="Olive Outsider"
    )
    reply = await chat.reply("export csv", who="Olive Outsider")
    assert isinstance(reply, FileReply), reply
    assert "Exempt item" in reply.content.decode()
    assert "Admins" not in await chat.say("export html", who="Olive Outsider")
