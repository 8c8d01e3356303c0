"""End to end: `committee-bot serve` at DEBUG, driven through successes and failures, prints no secret."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
import pytest
from sqlalchemy.engine import make_url

from storage.db import Database
from tests.drills.support import Commands, eventually, new_serve, seed_due_reminders, stop_quietly
from tests.slack.fake_slack import FakeSlack
from tests.support.postgres import PostgresServer

BOT_TOKEN = "xoxb-4242424242-7373737373-DrillSecretBotToken42"
SIGNING = "c0ffee5ecretsigningvalue0123456789"
DB_PASSWORD = "Pg-Dr1ll-Passw0rd-xyz"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = FakeSlack()
    server.token = BOT_TOKEN
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def test_serve_at_debug_never_prints_a_secret(
    fake: FakeSlack, pg_url: str, postgres: PostgresServer, tmp_path: Path
) -> None:
    url = make_url(pg_url).set(password=DB_PASSWORD).render_as_string(hide_password=False)
    db = Database(pg_url)
    seeded = await seed_due_reminders(db, owners=2)
    fake.fail("chat.postMessage", 1, status=429, error="ratelimited", retry_after=1)
    fake.fail("chat.postMessage", 2, status=500, error="internal_error", retry_after=1)
    fake.fail("conversations.open", 1, status=200, error="user_not_found")
    serve = new_serve(
        tmp_path, fake, url, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING, LOG_LEVEL="DEBUG"
    )
    try:
        await serve.start()
        await eventually(
            lambda: _settled(db, seeded.committee_id), timeout=20, what="every reminder to be settled"
        )
        slack = Commands(fake, serve.url, secret=SIGNING)
        owner = seeded.owners[1].slack_user_id or ""
        await slack.answer(await slack.command("mine", user=owner, channel=seeded.channel))
        await slack.answer(await slack.command("done A999", user=owner, channel=seeded.channel))
        fake.fail("users.info", 1, status=500, error="internal_error")
        await slack.command("mine", user="UNEWCOMER", channel=seeded.channel)
        assert await slack.post(urlencode({"payload": "{broken"})) == 400
        async with (
            aiohttp.ClientSession() as http,
            http.post(f"{serve.url}/slack/events", data=b"command=%2Factions") as r,
        ):
            assert r.status == 401
        await asyncio.sleep(1.5)
    finally:
        await stop_quietly(serve)
        await db.dispose()
    out = serve.output()
    assert "serving on http://127.0.0.1" in out and "DEBUG" in out, out[:2000]
    assert "reminder" in out.lower()
    for secret in (BOT_TOKEN, SIGNING, DB_PASSWORD, BOT_TOKEN[5:20]):
        assert secret not in out, f"{secret[:6]}... appears in serve's output"


async def _settled(db: Database, committee_id: int) -> bool:
    from tests.drills.support import ledger_rows

    rows = await ledger_rows(db, committee_id)
    return len(rows) == 3 and all(r.status in ("sent", "failed") for r in rows)
