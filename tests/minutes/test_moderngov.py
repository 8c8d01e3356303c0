"""The ModernGov client against a local fake of mgWebService.asmx (aiohttp on 127.0.0.1).

The fake is on loopback, which URL fetches refuse unless FETCH_ALLOWED_HOSTS names it, as a
council names its intranet ModernGov host; the last test shows the refusal without it."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from minutes.errors import ModernGovError
from minutes.moderngov import ModernGovClient
from minutes.sources import read_source

MINUTES_HTML = (
    "<p>The Head of Waste presented the report.</p><p>RESOLVED:</p>"
    "<ol><li>That the report be noted.</li>"
    "<li>That the Head of Waste provide collection figures by ward to the next meeting.</li></ol>"
)
TWICE = html.escape(html.escape(MINUTES_HTML))

COMMITTEES = """<?xml version="1.0" encoding="utf-8"?>
<committees><committee><committeeid>42</committeeid><committeetitle>Environment Scrutiny Panel</committeetitle>
<committeeexpired>False</committeeexpired><committeedeleted>False</committeedeleted></committee>
<committee><committeeid>7</committeeid><committeetitle>Old Panel</committeetitle>
<committeeexpired>True</committeeexpired><committeedeleted>False</committeedeleted></committee></committees>"""

MEETINGS = """<?xml version="1.0" encoding="utf-8"?>
<meetings><meeting><meetingid>901</meetingid><committeeid>42</committeeid><meetingdate>14/01/2025</meetingdate>
<meetingtime>18:30</meetingtime><meetinglocation>Room 1, Town Hall</meetinglocation><meetingstatus>Confirmed</meetingstatus></meeting>
<meeting><meetingid>902</meetingid><committeeid>42</committeeid><meetingdate>11/03/2025</meetingdate>
<meetingtime>18:30</meetingtime><meetinglocation>Town Hall</meetinglocation><meetingstatus>Cancelled</meetingstatus></meeting></meetings>"""

MEETING = f"""<?xml version="1.0" encoding="utf-8"?>
<meeting><meetingid>901</meetingid><committeeid>42</committeeid><committeetitle>Environment Scrutiny Panel</committeetitle>
<meetingdate>14/01/2025</meetingdate><meetingtime>18:30</meetingtime><meetinglocation>Town Hall</meetinglocation>
<meetingstatus>Confirmed</meetingstatus><minutepublished>True</minutepublished>
<agendaitems><agendaitem><agendaitemid>1</agendaitemid><agendaitemnumber>5</agendaitemnumber>
<agendaitemtitle>Waste collection performance</agendaitemtitle><isrestricted>False</isrestricted>
<minutesnonemptyhtmlbody>{TWICE}</minutesnonemptyhtmlbody></agendaitem>
<agendaitem><agendaitemid>2</agendaitemid><agendaitemnumber>6</agendaitemnumber>
<agendaitemtitle>Depot land sale</agendaitemtitle><isrestricted>True</isrestricted>
<minutesnonemptyhtmlbody>{html.escape(html.escape("<p>RESOLVED: That the Director of Property negotiate the sale.</p>"))}</minutesnonemptyhtmlbody>
</agendaitem></agendaitems></meeting>"""


@pytest.fixture
async def site(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[str]:
    monkeypatch.setenv("FETCH_ALLOWED_HOSTS", "127.0.0.1")

    async def committees(request: web.Request) -> web.Response:
        return web.Response(text=COMMITTEES, content_type="text/xml")

    async def meetings(request: web.Request) -> web.Response:
        if request.query.get("lCommitteeId") == "403":
            return web.Response(status=403, text="Forbidden")
        if request.query.get("lCommitteeId") == "666":
            return web.Response(text="<meetings><meeting><meetingid>1</meeting>", content_type="text/xml")
        return web.Response(text=MEETINGS, content_type="text/xml")

    async def meeting(request: web.Request) -> web.Response:
        if request.query.get("lMeetingId") == "999":
            await asyncio.sleep(2)
        return web.Response(text=MEETING, content_type="text/xml")

    app = web.Application()
    app.router.add_get("/mgWebService.asmx/GetCommittees", committees)
    app.router.add_get("/mgWebService.asmx/GetMeetings", meetings)
    app.router.add_get("/mgWebService.asmx/GetMeeting", meeting)
    runner = web.AppRunner(app)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    port = tcp._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


async def test_committees_and_meetings(site: str) -> None:
    async with ModernGovClient(site) as mg:
        committees = await mg.get_committees()
        meetings = await mg.get_meetings(42, dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert [(c.id, c.title, c.expired) for c in committees] == [
        (42, "Environment Scrutiny Panel", False),
        (7, "Old Panel", True),
    ]
    first, second = meetings
    assert first.id == 901 and first.committee_id == 42 and first.location == "Room 1, Town Hall"
    assert first.start is not None and first.start.hour == 18 and str(first.start.tzinfo) == "Europe/London"
    assert not first.cancelled and second.cancelled and second.status == "Cancelled"


async def test_meeting_minutes_are_decoded_twice(site: str) -> None:
    async with ModernGovClient(site) as mg:
        m = await mg.get_meeting(901)
    assert m.minutes_published and m.date == dt.date(2025, 1, 14)
    assert m.items[0].minutes_text.count("<") == 0
    assert "That the Head of Waste provide collection figures" in m.items[0].minutes_text
    assert m.items[1].restricted


async def test_read_source_getmeeting_url(site: str) -> None:
    e = await read_source(f"{site}/mgWebService.asmx/GetMeeting?lMeetingId=901")
    assert e.committee == "Environment Scrutiny Panel" and e.meeting_date == dt.date(2025, 1, 14)
    assert [(r.minute, r.actionable, r.due, r.restricted) for r in e.resolutions] == [
        ("5", False, None, False),
        ("5", True, "next meeting", False),
        ("6", True, None, True),
    ]
    assert e.resolutions[1].owner == "the Head of Waste"


async def test_timeout_is_a_modern_gov_error(site: str) -> None:
    async with ModernGovClient(site, timeout=0.2) as mg:
        with pytest.raises(ModernGovError, match="did not answer GetMeeting"):
            await mg.get_meeting(999)


async def test_403_is_a_modern_gov_error(site: str) -> None:
    mg = ModernGovClient(site)
    with pytest.raises(ModernGovError, match="HTTP 403"):
        await mg.get_meetings(403, dt.date(2025, 1, 1), dt.date(2025, 1, 2))


async def test_malformed_xml_is_a_modern_gov_error(site: str) -> None:
    async with ModernGovClient(site) as mg:
        with pytest.raises(ModernGovError, match="malformed XML"):
            await mg.get_meetings(666, dt.date(2025, 1, 1), dt.date(2025, 1, 2))


async def test_an_intranet_site_needs_naming_in_the_setting(
    site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FETCH_ALLOWED_HOSTS")
    async with ModernGovClient(site) as mg:
        with pytest.raises(ModernGovError, match=r"127\.0\.0\.1 is a loopback address.*FETCH_ALLOWED_HOSTS"):
            await mg.get_committees()
    with pytest.raises(ModernGovError, match="loopback"):
        await read_source(f"{site}/mgWebService.asmx/GetMeeting?lMeetingId=901")
