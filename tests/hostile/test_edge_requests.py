"""Hostile HTTP at the edges: oversized bodies get 413 early; malformed Slack and Teams payloads get 4xx.

The Slack requests are correctly signed, so they get past bolt's signature check and reach the
parsing the edge does; a 500 anywhere here is a bug. Teams is tested in the SDK's anonymous mode
and as `serve` mounts it (an app id): either way a malformed activity is answered 400, and with an
app id a well-formed one without a Bot Framework token 401.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from aiohttp import web

from bot.config import Settings
from bot.server import build_app
from bot.teams.mount import mount_teams
from storage.db import Database
from storage.models import SeenRequest
from tests.drills.support import Commands
from tests.slack.fake_slack import BOT_TOKEN, TEAM_ID, FakeSlack

LIMIT = 20_000
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@dataclass
class Edges:
    url: str
    slack: Commands
    fake: FakeSlack
    db: Database

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        async with (
            aiohttp.ClientSession() as http,
            http.post(self.url + path, data=body, headers=headers) as r,
        ):
            return r.status, await r.text()

    async def slack_post(self, body: str, content_type: str = "application/x-www-form-urlencoded") -> int:
        return await self.slack.post(body, content_type)


async def _start(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


def _settings(fake: FakeSlack, url: str, **extra: Any) -> Settings:
    return Settings(
        _env_file=None,
        database_url=url,
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SECRET,
        slack_api_url=fake.api_url,
        max_body_bytes=LIMIT,
        **extra,
    )


@pytest.fixture
async def edges(sqlite_url: str) -> AsyncIterator[Edges]:
    """Slack as `serve` mounts it, and Teams in anonymous mode, on one app with a 20 kB body limit."""
    fake = FakeSlack()
    await fake.start()
    db = Database(sqlite_url)
    app = await build_app(_settings(fake, sqlite_url), db)
    await mount_teams(app, Settings(_env_file=None, microsoft_app_id=None), db)
    runner, url = await _start(app)
    try:
        yield Edges(url, Commands(fake, url, secret=SECRET), fake, db)
    finally:
        await runner.cleanup()
        await db.dispose()
        await fake.stop()


async def _seen(db: Database) -> int:
    from sqlmodel import select

    async with db.transaction() as s:
        return len((await s.exec(select(SeenRequest))).all())


# ---- oversized bodies ----------------------------------------------------------------------------


async def test_oversized_slack_command_is_413_and_never_handled(edges: Edges) -> None:
    form = {"command": "/actions", "text": "x" * (LIMIT * 2), "user_id": "U1", "channel_id": "C1",
            "team_id": TEAM_ID, "trigger_id": "big.1", "response_url": edges.fake.response_url("big")}  # fmt: skip
    assert await edges.slack_post(urlencode(form)) == 413
    await asyncio.sleep(0.3)
    assert await _seen(edges.db) == 0
    assert not edges.fake.of("response_url:big")


async def test_oversized_teams_activity_is_413(edges: Edges) -> None:
    body = json.dumps({"type": "message", "text": "x" * (LIMIT * 2)}).encode()
    status, _ = await edges.post("/api/messages", body, {"Content-Type": "application/json"})
    assert status == 413
    assert await _seen(edges.db) == 0


@pytest.mark.parametrize("path", ["/slack/events", "/api/messages"])
async def test_a_huge_content_length_is_refused_before_the_body_arrives(edges: Edges, path: str) -> None:
    """Claim 1 GB and send a few bytes: the answer comes at once, not after a read that never ends."""
    host, port = edges.url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    try:
        writer.write(
            f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            f"Content-Length: 1000000000\r\n\r\n{{".encode()
        )
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), timeout=3)
    finally:
        writer.close()
    assert status_line.split()[1] == b"413", status_line


# ---- malformed Slack payloads, correctly signed ---------------------------------------------------


SLACK_BAD: list[tuple[str, str, str]] = [
    ("command without command", urlencode({"text": "mine", "user_id": "U1", "team_id": TEAM_ID}), "form"),
    ("command without user_id", urlencode({"command": "/actions", "text": "mine", "team_id": TEAM_ID}), "form"),
    ("payload that is not JSON", urlencode({"payload": "{not json"}), "form"),
    ("payload that is a JSON list", urlencode({"payload": "[1, 2]"}), "form"),
    ("payload without type", urlencode({"payload": json.dumps({"user": {"id": "U1"}})}), "form"),
    ("block_actions without actions",
     urlencode({"payload": json.dumps({"type": "block_actions", "user": {"id": "U1"}, "team": {"id": TEAM_ID}})}),
     "form"),
    ("block_actions with actions not a list",
     urlencode({"payload": json.dumps({"type": "block_actions", "user": {"id": "U1"}, "actions": "done"})}), "form"),
    ("block_actions without user",
     urlencode({"payload": json.dumps({"type": "block_actions", "actions": [{"action_id": "done", "value": "A1"}]})}),
     "form"),
    ("view_submission without view",
     urlencode({"payload": json.dumps({"type": "view_submission", "user": {"id": "U1"}, "team": {"id": TEAM_ID}})}),
     "form"),
    ("view_submission with a view without type",
     urlencode({"payload": json.dumps({"type": "view_submission", "user": {"id": "U1"}, "view": {"id": "V1"}})}),
     "form"),
    ("event_callback without event", json.dumps({"type": "event_callback", "team_id": TEAM_ID, "event_id": "Ev1"}), "json"),
    ("event_callback with event not an object", json.dumps({"type": "event_callback", "event": "x"}), "json"),
    ("JSON body that is not JSON", "{oops", "json"),
    ("JSON body that is a string", '"hello"', "json"),
    ("empty form", "", "form"),
    ("url_verification without challenge", json.dumps({"type": "url_verification"}), "json"),
    ("form body with a JSON content type", urlencode({"command": "/actions", "text": "mine"}), "json"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "body", "kind"), SLACK_BAD, ids=[w for w, _, _ in SLACK_BAD])
async def test_malformed_signed_slack_request_is_400(edges: Edges, what: str, body: str, kind: str) -> None:
    content_type = "application/json" if kind == "json" else "application/x-www-form-urlencoded"
    status = await edges.slack_post(body, content_type)
    assert status == 400, f"{what}: answered {status}"


async def test_unsigned_slack_request_is_401(edges: Edges) -> None:
    status, _ = await edges.post(
        "/slack/events", b"command=%2Factions", {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 401


# ---- malformed Teams activities ------------------------------------------------------------------


def _activity(**drop_or_set: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "message",
        "id": "in-1",
        "serviceUrl": "http://127.0.0.1:9/",
        "channelId": "msteams",
        "from": {"id": "29:aad-tom", "name": "Tom Reed", "aadObjectId": "aad-tom"},
        "recipient": {"id": "28:committee-bot", "name": "committee-bot"},
        "conversation": {"id": "a:personal", "conversationType": "personal", "tenantId": "t"},
        "text": "mine",
    }
    for key, value in drop_or_set.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return body


TEAMS_BAD: list[tuple[str, bytes, str]] = [
    ("missing type", json.dumps(_activity(type=None)).encode(), "application/json"),
    ("missing from", json.dumps(_activity(**{"from": None})).encode(), "application/json"),
    ("missing conversation", json.dumps(_activity(conversation=None)).encode(), "application/json"),
    ("missing serviceUrl", json.dumps(_activity(serviceUrl=None)).encode(), "application/json"),
    ("conversation not an object", json.dumps(_activity(conversation="x")).encode(), "application/json"),
    ("from not an object", json.dumps(_activity(**{"from": 7})).encode(), "application/json"),
    ("not JSON", b"{not json", "application/json"),
    ("a JSON list", b"[1, 2, 3]", "application/json"),
    ("empty body", b"", "application/json"),
]


@pytest.mark.parametrize(("what", "body", "ctype"), TEAMS_BAD, ids=[w for w, _, _ in TEAMS_BAD])
async def test_malformed_teams_activity_is_400(edges: Edges, what: str, body: bytes, ctype: str) -> None:
    status, text = await edges.post("/api/messages", body, {"Content-Type": ctype})
    assert status == 400, f"{what}: answered {status} {text[:300]}"


async def test_teams_activity_in_the_wrong_content_type_is_415(edges: Edges) -> None:
    status, _ = await edges.post(
        "/api/messages", json.dumps(_activity()).encode(), {"Content-Type": "text/plain"}
    )
    assert status == 415


async def test_with_an_app_id_junk_is_400_and_a_good_activity_without_a_token_401(sqlite_url: str) -> None:
    """As `serve` runs Teams: the shape is checked first, then the Bot Framework token."""
    fake = FakeSlack()
    await fake.start()
    db = Database(sqlite_url)
    settings = _settings(
        fake,
        sqlite_url,
        microsoft_app_id="00000000-0000-0000-0000-0000000000aa",
        microsoft_app_password="a-real-looking-password-value",
        microsoft_app_tenant_id="72f988bf-0000-0000-0000-000000000001",
    )
    runner, url = await _start(await build_app(settings, db))
    cases = [
        (b"{not json", 400),
        (b"[]", 400),
        (json.dumps(_activity(type=None)).encode(), 400),
        (json.dumps(_activity()).encode(), 401),
    ]
    try:
        async with aiohttp.ClientSession() as http:
            for body, expected in cases:
                headers = {"Content-Type": "application/json"}
                async with http.post(f"{url}/api/messages", data=body, headers=headers) as r:
                    assert r.status == expected, (body[:40], r.status, await r.text())
    finally:
        await runner.cleanup()
        await db.dispose()
        await fake.stop()
