"""The calendar feed over a real aiohttp server, and the ModernGov sync against a local fake
GetMeetings service (both on 127.0.0.1, free ports)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime

import httpx
import icalendar
import pytest
from aiohttp import web

from bot.config import Settings
from bot.server import build_app
from handlers.meetings_sync import sync_meetings
from minutes.moderngov import ModernGovClient
from storage.actions import Due
from storage.db import Database
from storage.models import DueKind, MeetingStatus
from tests.programme.helpers import action, due_at, make_action, meetings
from tests.programme.test_export import parse_calendar
from tests.support.chat import Chat, build_committee


@pytest.fixture
async def chat(db: Database, now: datetime) -> Chat:
    await build_committee(db, now=now)
    return Chat(db, now)


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    return runner, f"http://127.0.0.1:{port}"


async def test_calendar_route_serves_ics_and_404s_unknown(chat: Chat, db: Database) -> None:
    settings = Settings(_env_file=None, database_url=db.url)
    assert not settings.has_chat_credentials
    runner, base = await serve(await build_app(settings, db))
    try:
        async with httpx.AsyncClient(base_url=base) as client:
            found = await client.get("/calendar/asc.ics")
            missing = await client.get("/calendar/NOPE.ics")
            health = await client.get("/healthz")
    finally:
        await runner.cleanup()
    assert found.status_code == 200
    assert found.headers["content-type"] == "text/calendar; charset=utf-8"
    events = parse_calendar(found.content)
    assert [e["start"] for e in events] == [
        "2023-12-16 17:30 Europe/London",
        "2024-01-25 17:30 Europe/London",
        "2024-03-07 17:30 Europe/London",
    ]
    assert str(icalendar.Calendar.from_ical(found.content)["X-WR-CALNAME"]).startswith("Adult Social Care")
    assert missing.status_code == 404
    assert "There is no committee with the code 'NOPE'" in missing.text
    assert health.status_code == 200


def mg_meeting(mid: int, day: str, at: str, status: str = "Confirmed", place: str = "Town Hall") -> str:
    return (
        f"<meeting><meetingid>{mid}</meetingid><committeeid>42</committeeid><meetingdate>{day}</meetingdate>"
        f"<meetingtime>{at}</meetingtime><meetinglocation>{place}</meetinglocation>"
        f"<meetingstatus>{status}</meetingstatus></meeting>"
    )


@dataclass
class FakeModernGov:
    url: str = ""
    meetings: list[str] = field(default_factory=list)
    status: int = 200
    queries: list[dict[str, str]] = field(default_factory=list)


@pytest.fixture
async def moderngov(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeModernGov]:
    monkeypatch.setenv("FETCH_ALLOWED_HOSTS", "127.0.0.1")  # as a council names its intranet site
    fake = FakeModernGov()

    async def get_meetings(request: web.Request) -> web.Response:
        fake.queries.append(dict(request.query))
        if fake.status != 200:
            return web.Response(status=fake.status, text="Forbidden")
        body = '<?xml version="1.0" encoding="utf-8"?><meetings>' + "".join(fake.meetings) + "</meetings>"
        return web.Response(text=body, content_type="text/xml")

    app = web.Application()
    app.router.add_get("/mgWebService.asmx/GetMeetings", get_meetings)
    runner, fake.url = await serve(app)
    try:
        yield fake
    finally:
        await runner.cleanup()


async def test_sync_adds_moves_and_cancels(chat: Chat, db: Database, moderngov: FakeModernGov) -> None:
    _past, nxt, later = await meetings(db)
    carried = await make_action(db, text="Report to the March meeting", now=chat.now, due=due_at(later))
    not_linked = await chat.say("meetings sync", who="Sam Patel")
    assert "ASC is not linked to a ModernGov site yet" in not_linked
    assert "Only an admin" in await chat.say(f"meetings moderngov {moderngov.url} 42", who="Ed Grundy")
    linked = await chat.say(f"meetings moderngov {moderngov.url} 42", who="Sam Patel")
    assert f"ASC now follows committee 42 on {moderngov.url}" in linked

    moderngov.meetings = [
        mg_meeting(901, "25/01/2024", "18:00"),  # ours at 17:30 that day: adopted, time corrected
        mg_meeting(902, "18/04/2024", "17:30", place="Council Chamber"),  # new
        mg_meeting(903, "07/03/2024", "17:30", status="Cancelled"),  # ours: cancelled, actions carried
        mg_meeting(904, "", ""),  # no date: skipped
    ]
    out = await chat.say("meetings sync", who="Sam Patel")
    assert out == (
        "\u2713 Synced ASC from ModernGov: 1 new (18 Apr 2024), 0 moved, 1 cancelled (7 Mar 2024), "
        "1 unchanged. 1 meeting without a date was skipped."
    )
    assert moderngov.queries[0] == {"lCommitteeId": "42", "sFromDate": "15/12/2023", "sToDate": "18/02/2025"}
    rows = await meetings(db)
    assert [(m.external_id, m.status, m.sequence) for m in rows] == [
        (None, MeetingStatus.scheduled, 0),
        ("moderngov:901", MeetingStatus.scheduled, 1),
        ("moderngov:903", MeetingStatus.cancelled, 1),
        ("moderngov:902", MeetingStatus.scheduled, 0),
    ]
    assert rows[1].id == nxt.id and rows[1].starts_at.hour == 18
    assert rows[3].location == "Council Chamber"
    assert (await action(db, carried)).due_meeting_id == rows[3].id

    # ModernGov moves the April meeting; an action due at it follows; a repeat sync changes nothing
    april = await make_action(
        db, text="April report", now=chat.now, due=Due(DueKind.meeting, meeting_id=rows[3].id)
    )
    moderngov.meetings[1] = mg_meeting(902, "25/04/2024", "17:30", place="Council Chamber")
    out = await chat.say("meetings sync", who="Sam Patel")
    assert "0 new, 1 moved (18 Apr 2024 \u2192 25 Apr 2024), 0 cancelled, 2 unchanged" in out
    moved = (await meetings(db))[3]
    assert (moved.status, moved.sequence, moved.starts_at.day) == (MeetingStatus.rescheduled, 1, 25)
    assert (await action(db, april)).due_meeting_id == moved.id
    assert "0 new, 0 moved, 0 cancelled, 3 unchanged" in await chat.say("meetings sync", who="Sam Patel")
    assert len(await meetings(db)) == 4


async def test_sync_failure_changes_nothing(chat: Chat, db: Database, moderngov: FakeModernGov) -> None:
    await chat.say(f"meetings moderngov {moderngov.url} 42", who="Sam Patel")
    moderngov.status = 403
    out = await chat.say("meetings sync", who="Sam Patel")
    assert "The sync from ModernGov failed and changed nothing" in out and "HTTP 403" in out
    assert len(await meetings(db)) == 3


async def test_sync_function_with_the_client(chat: Chat, db: Database, moderngov: FakeModernGov) -> None:
    await chat.say(f"meetings moderngov {moderngov.url} 42", who="Sam Patel")
    moderngov.meetings = [mg_meeting(905, "02/05/2024", "10:00")]
    asc = await chat.committee("ASC")
    async with ModernGovClient(moderngov.url) as client:
        result = await sync_meetings(db, asc, client, chat.now)
    assert len(result.added) == 1 and result.added[0].isoformat() == "2024-05-02T10:00:00+01:00"
