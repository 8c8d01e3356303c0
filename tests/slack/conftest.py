"""The Slack edge under test: the real server, real signed requests, the real client against a fake Slack."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlencode

import aiohttp
import pytest
from aiohttp import web
from slack_sdk.signature import SignatureVerifier

from bot.app_keys import SLACK_EDGE_KEY
from bot.config import Settings
from bot.server import build_app
from bot.slack.edge import SlackEdge
from storage import committees, people
from storage.db import Database
from storage.models import Role
from tests.slack.fake_slack import BOT_TOKEN, TEAM_ID, FakeSlack

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
CHANNEL = "C0ASCSCRU"
SAM = "U0SAMPATEL"
TOM = "U0TOMREED1"
JO = "U0JOBLOGGS"
WORKSPACE = f"slack:{TEAM_ID}"

MINUTES = """Borsetshire County Council

Minutes of the Meeting of the
ADULT SOCIAL CARE SCRUTINY COMMISSION

Held: Tuesday, 9 January 2024 at 5:30 pm

PRESENT:
Councillor Archer (Chair)
Councillor Grundy

14. DAY CENTRES REVIEW

The Head of Commissioning presented a report on the review of day centres.

RESOLVED:
1. That the report be noted.
2. That the Head of Commissioning provide attendance figures for each day centre to the next meeting.

15. CARERS STRATEGY

RESOLVED:
That the Director of Adult Social Care circulate the results of the carers survey to Members.
"""


@dataclass
class Slack:
    """Sends Slack's requests to the bot, signed as Slack signs them."""

    fake: FakeSlack
    url: str
    db: Database
    http: aiohttp.ClientSession
    edge: SlackEdge
    secret: str = SIGNING_SECRET
    _n: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    in_ack: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Answers that came back in the ack of a slash command, by the name of its response_url."""

    def headers(self, body: str, *, timestamp: int | None = None, content_type: str) -> dict[str, str]:
        ts = str(timestamp if timestamp is not None else int(time.time()))
        signature = SignatureVerifier(self.secret).generate_signature(timestamp=ts, body=body)
        return {
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": signature,
            "Content-Type": content_type,
        }

    async def post(
        self,
        body: str,
        *,
        content_type: str = "application/x-www-form-urlencoded",
        extra: dict[str, str] | None = None,
        timestamp: int | None = None,
        signature: str | None = None,
    ) -> tuple[int, str]:
        headers = self.headers(body, timestamp=timestamp, content_type=content_type)
        if signature is not None:
            headers["X-Slack-Signature"] = signature
        headers.update(extra or {})
        async with self.http.post(f"{self.url}/slack/events", data=body.encode(), headers=headers) as resp:
            status, text = resp.status, await resp.text()
        if status == 200 and text.startswith("{") and content_type.endswith("x-www-form-urlencoded"):
            url = parse_qs(body).get("response_url", [""])[0]
            if "/response/" in url:
                self.in_ack[url.rsplit("/", 1)[1]] = json.loads(text)
        return status, text

    def command_body(
        self,
        text: str,
        *,
        user: str,
        channel: str = CHANNEL,
        channel_name: str = "asc-scrutiny",
        team_id: str = TEAM_ID,
    ) -> tuple[str, str]:
        n = next(self._n)
        name = f"cmd-{n}"
        form = {
            "token": "legacy-verification-token",
            "team_id": team_id,
            "team_domain": "borsetshire",
            "channel_id": channel,
            "channel_name": channel_name,
            "user_id": user,
            "user_name": user.lower(),
            "command": "/actions",
            "text": text,
            "api_app_id": "A0COMMBOT",
            "response_url": self.fake.response_url(name),
            "trigger_id": f"{n}.{int(time.time())}.trigger",
        }
        return urlencode(form), name

    async def command(self, text: str, *, user: str, **kw: Any) -> str:
        """Run a slash command; the name of its response_url, where the answer arrives."""
        body, name = self.command_body(text, user=user, **kw)
        status, _ = await self.post(body)
        assert status == 200
        return name

    async def settled(self, timeout: float = 10.0) -> None:
        """Wait until the bot's work after its acks is done: no more calls will come from it."""
        assert await self.edge.settle(timeout), "the bot's work is still running"

    async def answer(self, name: str, timeout: float = 15.0) -> dict[str, Any]:
        """The answer to a command: in its ack when it was ready in time, else at its response_url."""
        if name in self.in_ack:
            return self.in_ack[name]
        calls = await self.fake.wait_calls(f"response_url:{name}", timeout=timeout)
        return calls[-1].args

    async def interaction(self, payload: dict[str, Any], *, extra: dict[str, str] | None = None) -> int:
        status, _ = await self.post(urlencode({"payload": json.dumps(payload)}), extra=extra)
        return status

    def block_actions(
        self,
        button: dict[str, Any],
        block_id: str,
        *,
        user: str,
        response_url: str,
        ephemeral: bool = True,
        channel: str = CHANNEL,
        message_ts: str = "1700000000.000001",
        selected: str | None = None,
    ) -> dict[str, Any]:
        n = next(self._n)
        action: dict[str, Any] = {
            "action_id": button["action_id"],
            "block_id": block_id,
            "type": button["type"],
            "action_ts": f"{int(time.time())}.{n:06d}",
        }
        if "value" in button:
            action["value"] = button["value"]
        if selected is not None:
            action["selected_option"] = {"value": selected}
        return {
            "type": "block_actions",
            "user": {"id": user, "username": user.lower(), "team_id": TEAM_ID},
            "api_app_id": "A0COMMBOT",
            "token": "legacy-verification-token",
            "container": {
                "type": "message",
                "message_ts": message_ts,
                "channel_id": channel,
                "is_ephemeral": ephemeral,
            },
            "trigger_id": f"{n}.{int(time.time())}.trigger",
            "team": {"id": TEAM_ID, "domain": "borsetshire"},
            "channel": {"id": channel, "name": "asc-scrutiny"},
            "response_url": response_url,
            "actions": [action],
        }

    async def event(
        self, event: dict[str, Any], *, event_id: str | None = None, extra: dict[str, str] | None = None
    ) -> int:
        body = {
            "token": "legacy-verification-token",
            "team_id": TEAM_ID,
            "api_app_id": "A0COMMBOT",
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(self._n):08d}",
            "event_time": int(time.time()),
            "authorizations": [{"team_id": TEAM_ID, "user_id": "UBOTCOMM1", "is_bot": True}],
        }
        status, _ = await self.post(json.dumps(body), content_type="application/json", extra=extra)
        return status


def find_button(blocks: list[dict[str, Any]], action_id: str, ref: str) -> tuple[dict[str, Any], str]:
    """The button (or menu) for `ref` in a message, with its block's id."""
    for block in blocks:
        if block.get("type") != "actions":
            continue
        for element in block["elements"]:
            values = [element.get("value")] + [o["value"] for o in element.get("options", [])]
            if element["action_id"] == action_id and any(v and v.endswith(ref) for v in values):
                return element, block["block_id"]
    raise AssertionError(f"no {action_id} for {ref} in {json.dumps(blocks)[:2000]}")


def refs_in(blocks: list[dict[str, Any]]) -> list[str]:
    import re

    out = []
    for block in blocks:
        if block.get("type") == "section":
            m = re.search(r"\*(A\d+)\* \u00b7", block["text"]["text"])
            if m:
                out.append(m.group(1))
    return out


async def seed(db: Database, now: datetime) -> None:
    async with db.transaction() as session:
        committee = await committees.create_committee(
            session, code="ASC", name="Adult Social Care Scrutiny Commission", workspace=WORKSPACE
        )
        assert committee.id is not None
        await committees.add_meeting(
            session, committee_id=committee.id, starts_at=now + timedelta(days=14), location="Shire Hall"
        )
        sam = await people.add_person(
            session, display_name="Sam Patel", email="sam.patel@borsetshire.gov.uk", workspace=WORKSPACE
        )
        assert sam.id is not None
        await people.grant_role(session, committee_id=committee.id, person_id=sam.id, role=Role.admin)
        await people.add_person(
            session,
            display_name="Tom Reed",
            role_titles=["Head of Commissioning"],
            email="tom.reed@borsetshire.gov.uk",
            workspace=WORKSPACE,
        )


def settings_for(fake: FakeSlack, database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "slack_bot_token": BOT_TOKEN,
        "slack_signing_secret": SIGNING_SECRET,
        "slack_api_url": fake.api_url,
        "database_url": database_url,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def roomy_ack(monkeypatch: pytest.MonkeyPatch) -> None:
    """A slash command waits up to 3 s (not 0.25 s) for its answer to ride on the ack: for tests of
    what the ack carries, on a machine that may be slow."""
    monkeypatch.setattr("bot.slack.commands.ANSWER_IN_ACK_SECONDS", 3.0)


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = FakeSlack()
    await server.start()
    server.add_user(SAM, "Sam Patel", "Sam.Patel@borsetshire.gov.uk")
    server.add_user(TOM, "Tom Reed", "tom.reed@borsetshire.gov.uk")
    server.add_user(JO, "Jo Bloggs")
    try:
        yield server
    finally:
        await server.stop()


async def _serve(fake: FakeSlack, database_url: str, **settings: Any) -> AsyncIterator[Slack]:
    db = Database(database_url)
    await seed(db, datetime.now(UTC))
    app = await build_app(settings_for(fake, database_url, **settings), db)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    async with aiohttp.ClientSession() as http:
        try:
            yield Slack(fake=fake, url=f"http://127.0.0.1:{port}", db=db, http=http, edge=app[SLACK_EDGE_KEY])
        finally:
            await runner.cleanup()
            await db.dispose()


@pytest.fixture
async def slack(fake: FakeSlack, sqlite_url: str) -> AsyncIterator[Slack]:
    """The bot on SQLite, with the ASC committee, its admin Sam and officer Tom."""
    async for s in _serve(fake, sqlite_url):
        yield s


@pytest.fixture
async def slack_both(fake: FakeSlack, db_url: str) -> AsyncIterator[Slack]:
    """The same, once on SQLite and once on PostgreSQL."""
    async for s in _serve(fake, db_url):
        yield s
