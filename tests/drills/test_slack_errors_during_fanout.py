"""Drill: Slack answers 429 (with Retry-After) and 500 in the middle of a reminder fan-out of
grouped messages: each owner still gets one message with all their items, once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from storage.db import Database
from tests.drills.support import (
    all_sent,
    assert_sent_exactly_once,
    eventually,
    later_ticks,
    new_serve,
    posts_per_channel,
    seed_due_reminders,
    stop_quietly,
)
from tests.slack.fake_slack import FakeSlack

pytestmark = pytest.mark.drill


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = FakeSlack()
    await server.start()
    try:
        yield server
    finally:
        server.release("chat.postMessage")
        await server.stop()


async def test_429_and_500_during_fanout_still_send_each_reminder_once(
    fake: FakeSlack, sqlite_url: str, tmp_path: Path
) -> None:
    db = Database(sqlite_url)
    seeded = await seed_due_reminders(db, owners=5, stale=3)
    # the client waits out two 429s itself; the third reaches the ledger as a retry after 1 s
    fake.fail("chat.postMessage", 3, status=429, error="ratelimited", retry_after=1)
    # a 500 is retried once by the client; the second goes to the ledger (Retry-After: 1)
    fake.fail("chat.postMessage", 2, status=500, error="internal_error", retry_after=1)
    fake.fail("conversations.open", 1, status=503, error="service_unavailable")
    serve = new_serve(tmp_path, fake, sqlite_url)
    try:
        await serve.start()
        await eventually(lambda: all_sent(fake, db, seeded), timeout=25, what="every reminder to be sent")
        markers = await later_ticks(fake, db)  # two more ticks: nothing is sent again
        rows = await assert_sent_exactly_once(fake, db, seeded)
    finally:
        await stop_quietly(serve)
        await db.dispose()

    answered = [c.status for c in fake.of("chat.postMessage")]
    assert answered.count(429) == 3 and answered.count(500) == 2, answered
    assert sum(posts_per_channel(fake).values()) == len(seeded.expected_channels) + len(markers)
    retried = [r for r in rows if r.attempts > 1]  # a claim is attempt 1; a retry merges its items
    assert len(retried) == 2, [(r.key, r.attempts) for r in rows]
    out = serve.output()
    assert "retrying from" in out and "Slack said ratelimited" in out, out[-3000:]
    assert "Traceback" not in out, out[-3000:]
