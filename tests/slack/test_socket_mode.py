"""Socket Mode: with SLACK_APP_TOKEN the bot connects out to Slack; no public URL, no /slack/events."""

from __future__ import annotations

import time

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app_keys import SLACK_EDGE_KEY
from bot.server import build_app
from storage.db import Database
from tests.slack.conftest import SAM, seed, settings_for
from tests.slack.fake_slack import FakeSlack


@pytest.mark.usefixtures("roomy_ack")
async def test_a_slash_command_over_socket_mode(fake: FakeSlack, sqlite_url: str) -> None:
    from datetime import UTC, datetime

    db = Database(sqlite_url)
    await seed(db, datetime.now(UTC))
    settings = settings_for(
        fake, sqlite_url, slack_app_token="xapp-1-A0COMMBOT-1234-abcdef", slack_signing_secret=None
    )
    app = await build_app(settings, db)
    async with TestClient(TestServer(app, host="127.0.0.1")) as http:
        resp = await http.post("/slack/events", data="x")
        assert resp.status in (404, 405)
        [opened] = await fake.wait_calls("apps.connections.open")
        assert opened.token == "xapp-1-A0COMMBOT-1234-abcdef"
        started = time.monotonic()
        envelope = await fake.send_envelope(
            "slash_commands",
            {
                "team_id": "T0COUNCIL",
                "channel_id": "D0SAMDM01",
                "channel_name": "directmessage",
                "user_id": SAM,
                "user_name": "sam",
                "command": "/actions",
                "text": "help",
                "api_app_id": "A0COMMBOT",
                "response_url": fake.response_url("socket"),
                "trigger_id": "1.2.socket",
            },
        )
        [ack] = await fake.wait_for(
            lambda: [c for c in fake.of("socket_ack") if c.args.get("envelope_id") == envelope]
        )
        assert ack.at - started < 3
        answer = ack.args["payload"]  # ready in time, so the answer rides on the ack
        assert answer["response_type"] == "ephemeral"
        assert "/actions: what you can type" in str(answer["blocks"])
        assert fake.of("response_url:socket") == []
    await db.dispose()


def _command(user: str, text: str, name: str) -> dict[str, str]:
    return {
        "team_id": "T0COUNCIL",
        "channel_id": "D" + user[1:],
        "channel_name": "directmessage",
        "user_id": user,
        "user_name": user.lower(),
        "command": "/actions",
        "text": text,
        "api_app_id": "A0COMMBOT",
        "response_url": f"{name}",
        "trigger_id": f"{name}.trigger",
    }


async def test_over_socket_mode_a_command_is_acked_at_once_while_the_workers_are_busy(
    fake: FakeSlack, sqlite_url: str
) -> None:
    """The same queue serves Socket Mode: with every worker held, the envelope is acked empty at
    once and the answer follows at the response_url."""
    from datetime import UTC, datetime

    db = Database(sqlite_url)
    await seed(db, datetime.now(UTC))
    settings = settings_for(
        fake, sqlite_url, slack_app_token="xapp-1-A0COMMBOT-1234-abcdef", slack_signing_secret=None
    )
    app = await build_app(settings, db)
    app[SLACK_EDGE_KEY].work.workers = 1
    async with TestClient(TestServer(app, host="127.0.0.1")):
        await fake.wait_calls("apps.connections.open")
        fake.hold("users.info")
        held = await fake.send_envelope(
            "slash_commands", _command("U0NEWBIE01", "mine", fake.response_url("held"))
        )
        await fake.wait_calls("users.info")
        envelope = await fake.send_envelope(
            "slash_commands", _command(SAM, "help", fake.response_url("queued"))
        )
        [ack] = await fake.wait_for(
            lambda: [c for c in fake.of("socket_ack") if c.args.get("envelope_id") == envelope]
        )
        assert not ack.args.get("payload"), "an empty ack: the one worker is busy"
        assert fake.of("response_url:queued") == []
        fake.release("users.info")
        [answer] = await fake.wait_calls("response_url:queued")
        assert "/actions: what you can type" in str(answer.args["blocks"])
        assert [c for c in fake.of("socket_ack") if c.args.get("envelope_id") == held]
        await app[SLACK_EDGE_KEY].settle()
    await db.dispose()
