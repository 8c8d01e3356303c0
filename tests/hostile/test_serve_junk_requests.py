"""The real `committee-bot serve`, Slack and Teams mounted: junk at either door is a 4xx and one
warning line, never a 500 and a traceback.

Issue 14 found `X-Slack-Request-Timestamp: abc`, a body with byte 0xFF, `charset=no-such-charset`
and signed JSON nested 100,000 deep each answered 500 with a traceback in the log. Each is sent here
unsigned and signed (Slack), and to /api/messages (Teams, which checks the body before the token).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
import pytest

from tests.drills.support import SIGNING_SECRET, Serve, new_serve, stop_quietly
from tests.slack.fake_slack import TEAM_ID, FakeSlack

FORM = "application/x-www-form-urlencoded"
SLACK = "/slack/events"
TEAMS = "/api/messages"
DEEP = 100_000
NESTED = ("[" * DEEP + "]" * DEEP).encode()
COMMAND = urlencode(
    {"command": "/actions", "text": "mine", "user_id": "U0JUNK0001", "team_id": TEAM_ID, "trigger_id": "t.1"}
).encode()
TEAMS_APP = {
    "MICROSOFT_APP_ID": "00000000-0000-0000-0000-0000000000aa",
    "MICROSOFT_APP_PASSWORD": "a-real-looking-password-value",
    "MICROSOFT_APP_TENANT_ID": "72f988bf-0000-0000-0000-000000000001",
}


def signed(body: bytes, content_type: str, *, timestamp: str | None = None) -> dict[str, str]:
    """Headers as Slack signs a request: HMAC-SHA256 over `v0:{timestamp}:` and the body's bytes."""
    ts = timestamp if timestamp is not None else str(int(time.time()))
    mac = hmac.new(SIGNING_SECRET.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256)
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={mac.hexdigest()}", "Content-Type": content_type}  # fmt: skip


def deep(levels: int) -> object:
    value: object = "bottom"
    for _ in range(levels):
        value = {"x": [value]}
    return value


def activity(**extra: object) -> dict[str, object]:
    return {
        "type": "message",
        "id": "junk-1",
        "serviceUrl": "http://127.0.0.1:9/",
        "channelId": "msteams",
        "from": {"id": "29:aad-x", "name": "X"},
        "recipient": {"id": "28:committee-bot"},
        "conversation": {"id": "a:personal", "conversationType": "personal"},
        "text": "mine",
        **extra,
    }


JSON = "application/json"
ACTIVITY = json.dumps(activity()).encode()
EVENT_DEEP = json.dumps(
    {"type": "event_callback", "event": {"type": "message", "blocks": deep(100)}}
).encode()
PAYLOAD_DEEP = b"payload=" + b"%5B" * DEEP + b"%5D" * DEEP


@dataclass(frozen=True)
class Junk:
    what: str
    path: str
    body: bytes
    content_type: str = FORM
    sign: bool = False
    timestamp: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    status: int = 400

    def request_headers(self) -> dict[str, str]:
        out = signed(self.body, self.content_type, timestamp=self.timestamp) if self.sign else {}
        out["Content-Type"] = self.content_type
        out.update(self.headers)
        return out


BAD_TS = (("X-Slack-Request-Timestamp", "abc"), ("X-Slack-Signature", "v0=00"))
JUNK = [
    Junk("slack: timestamp abc", SLACK, COMMAND, headers=BAD_TS, status=401),
    Junk("slack: timestamp abc, signed with it", SLACK, COMMAND, sign=True, timestamp="abc", status=401),
    Junk("slack: timestamp 1e9999, signed with it", SLACK, COMMAND, sign=True, timestamp="1e9999", status=401),
    Junk("slack: a signature not in ASCII", SLACK, COMMAND, sign=True,
         headers=(("X-Slack-Signature", "v0=\u00e9t\u00e9"),), status=401),
    Junk("slack: byte 0xFF, unsigned", SLACK, b"command=%2Factions&text=\xff", status=401),
    Junk("slack: byte 0xFF, signed", SLACK, b"command=%2Factions&text=\xff", sign=True),
    Junk("slack: unknown charset, unsigned", SLACK, COMMAND, FORM + "; charset=no-such-charset", status=401),
    Junk("slack: unknown charset, signed", SLACK, COMMAND, FORM + "; charset=no-such-charset", sign=True),
    Junk("slack: a codec that is no text encoding", SLACK, COMMAND, FORM + "; charset=rot13", sign=True),
    Junk("slack: JSON nested 100k deep, signed", SLACK, NESTED, JSON, sign=True),
    Junk("slack: an event nested 200 deep, signed", SLACK, EVENT_DEEP, JSON, sign=True),
    Junk("slack: a payload nested 100k deep, signed", SLACK, PAYLOAD_DEEP, sign=True),
    Junk("teams: byte 0xFF", TEAMS, ACTIVITY[:-1] + b', "text2": "\xff"}', JSON),
    Junk("teams: unknown charset", TEAMS, ACTIVITY, JSON + "; charset=no-such-charset"),
    Junk("teams: JSON nested 100k deep", TEAMS, NESTED, JSON),
    Junk("teams: a value nested 200 deep", TEAMS, json.dumps(activity(value=deep(100))).encode(), JSON),
    Junk("teams: a timestamp that is no time", TEAMS, json.dumps(activity(timestamp="abc")).encode(), JSON),
    Junk("teams: a good activity without a token", TEAMS, ACTIVITY, JSON, status=401),
]  # fmt: skip


@dataclass
class Served:
    serve: Serve
    fake: FakeSlack

    async def send(self, junk: Junk) -> tuple[int, str]:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http,
            http.post(self.serve.url + junk.path, data=junk.body, headers=junk.request_headers()) as r,
        ):
            return r.status, await r.text()


@pytest.fixture
async def served(tmp_path: Path, sqlite_url: str) -> AsyncIterator[Served]:
    fake = FakeSlack()
    await fake.start()
    serve = new_serve(tmp_path, fake, sqlite_url, REMINDER_TICK_SECONDS="3600", **TEAMS_APP)
    try:
        await serve.start()
        yield Served(serve, fake)
    finally:
        await stop_quietly(serve)
        await fake.stop()


async def test_junk_at_either_door_is_a_4xx_and_one_warning_line(served: Served) -> None:
    for junk in JUNK:
        before = len(served.serve.output().splitlines())
        status, text = await served.send(junk)
        assert status == junk.status, f"{junk.what}: answered {status} {text[:200]}"
        assert "error" in json.loads(text), junk.what
        await _logged(served.serve, before, junk)
    assert await served.serve.health() == 200
    assert served.fake.calls == [], "no junk reached a listener"
    out = served.serve.output()
    assert "Traceback" not in out and " ERROR " not in out, out[-3000:]


async def _logged(serve: Serve, before: int, junk: Junk) -> None:
    """One new line in serve's log says so: a warning naming the door and the status."""
    door = "slack" if junk.path == SLACK else "teams"
    for _ in range(100):
        new = [ln for ln in serve.output().splitlines()[before:] if "refused" in ln]
        if new:
            break
        await asyncio.sleep(0.02)
    assert len(new) == 1, f"{junk.what}: {new}"
    assert " WARNING " in new[0] and f"{door}: refused POST {junk.path} with {junk.status}" in new[0], new[0]
