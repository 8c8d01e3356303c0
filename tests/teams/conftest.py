"""The Teams edge under test: the real CloudAdapter on a local aiohttp server, a fake Bot Connector."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.app_keys import TEAMS_KEY
from bot.config import Settings
from bot.teams.edge import TeamsEdge
from bot.teams.mount import mount_teams
from storage import actions, committees, people
from storage.actions import Due
from storage.db import Database
from storage.models import DueKind
from tests.conftest import NOW
from tests.support.chat import build_committee
from tests.teams.fake_connector import FakeConnector

BOT_ID = "28:committee-bot"
TENANT = "72f988bf-0000-0000-0000-000000000001"
CHANNEL = "19:asc-general@thread.tacv2"
TEAM = "19:asc-team@thread.tacv2"
WORKSPACE = f"teams:{TENANT}"
AAD = {"Sam Patel": "aad-sam", "Tom Reed": "aad-tom", "Joan Archer": "aad-joan"}


@dataclass
class Teams:
    """Sends real Activity JSON to /api/messages, as the Teams service would."""

    url: str
    connector: FakeConnector
    edge: TeamsEdge
    db: Database
    http: aiohttp.ClientSession
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def activity(
        self,
        kind: str,
        *,
        who: str = "Tom Reed",
        conversation: str = CHANNEL,
        personal: bool = False,
        **extra: Any,
    ) -> dict[str, Any]:
        aad = AAD.get(who, f"aad-{who.split()[0].lower()}")
        body: dict[str, Any] = {
            "type": kind,
            "id": f"in-{next(self.ids)}",
            "timestamp": NOW.isoformat(),
            "serviceUrl": self.connector.url,
            "channelId": "msteams",
            "from": {"id": f"29:{aad}", "name": who, "aadObjectId": aad},
            "recipient": {"id": BOT_ID, "name": "committee-bot"},
            "conversation": (
                {"id": conversation, "conversationType": "personal", "tenantId": TENANT}
                if personal
                else {"id": conversation, "conversationType": "channel", "isGroup": True, "tenantId": TENANT}
            ),
            "channelData": (
                {"tenant": {"id": TENANT}}
                if personal
                else {
                    "tenant": {"id": TENANT},
                    "team": {"id": TEAM, "name": "Scrutiny"},
                    "channel": {"id": CHANNEL.split(";")[0], "name": "ASC actions"},
                }
            ),
        }
        body.update(extra)
        return body

    def message(self, text: str, *, mention: bool = True, **kw: Any) -> dict[str, Any]:
        entities = []
        if mention and not kw.get("personal"):
            text = f"<at>committee-bot</at> {text}"
            entities = [
                {
                    "type": "mention",
                    "text": "<at>committee-bot</at>",
                    "mentioned": {"id": BOT_ID, "name": "committee-bot"},
                }
            ]
        return self.activity("message", text=text, textFormat="plain", entities=entities, **kw)

    def installed(self, **kw: Any) -> dict[str, Any]:
        return self.activity(
            "conversationUpdate", membersAdded=[{"id": BOT_ID, "name": "committee-bot"}], **kw
        )

    async def post(
        self, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> aiohttp.ClientResponse:
        """Post an activity, then wait for its turn: a message is answered 201 at once and its turn
        runs in the server's work queue."""
        response = await self.http.post(f"{self.url}/api/messages", json=body, headers=headers or {})
        await response.read()
        assert await self.edge.settle(), "the turn is still running"
        return response

    async def send(self, body: dict[str, Any]) -> aiohttp.ClientResponse:
        response = await self.post(body)
        assert response.status in (200, 201), await response.text()
        return response


async def serve(settings: Settings, db: Database) -> tuple[web.AppRunner, str, TeamsEdge]:
    app = web.Application()
    await mount_teams(app, settings, db, clock=lambda: NOW, backoff=0.001)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    assert site._server is not None
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
    return runner, f"http://127.0.0.1:{port}", app[TEAMS_KEY]


async def seed(db: Database, now: datetime) -> None:
    """The ASC committee, Teams ids for three people, an open action A1 and an exempt one A2."""
    await build_committee(db, now=now, workspace=WORKSPACE)
    async with db.transaction() as session:
        for name, aad in AAD.items():
            person = (await people.find_people(session, name=name))[0]
            person.teams_aad_id = aad
            session.add(person)
        asc = await committees.get_committee(session, code="ASC")
        tom = (await people.find_people(session, name="Tom Reed"))[0]
        assert asc is not None and asc.id is not None
        upcoming = await committees.next_meeting(session, committee_id=asc.id, after=now)
        assert upcoming is not None
        for text, restricted in (
            ("Report back on the home care recommissioning timetable", False),
            ("Share the legal advice on the care home closure", True),
        ):
            action = await actions.create_action(
                session,
                committee_id=asc.id,
                text=text,
                actor=None,
                now=now,
                assignee_id=tom.id,
                owner_text="Head of Commissioning",
                due=Due(DueKind.next_meeting, meeting_id=upcoming.id),
                restricted=restricted,
            )
            action.ref = action.ref or f"A{action.id}"


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    fake = FakeConnector()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


@pytest.fixture
async def teams(db: Database, connector: FakeConnector) -> AsyncIterator[Teams]:
    await seed(db, NOW)
    runner, url, edge = await serve(Settings(microsoft_app_id=None, _env_file=None), db)
    async with aiohttp.ClientSession() as http:
        try:
            yield Teams(url=url, connector=connector, edge=edge, db=db, http=http)
        finally:
            await runner.cleanup()
