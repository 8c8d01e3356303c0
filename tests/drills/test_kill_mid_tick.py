"""Drill: `serve` is killed with SIGKILL in the middle of a reminder fan-out, then started again.

Each owner's message groups several items (the pre-meeting reminder and stale nudges). The fake
Slack holds one chat.postMessage unanswered, so the kill lands deterministically while a grouped
message is claimed in the ledger, with its items, and on its way. Two cases:

- killed before Slack accepted the message (the usual case: most of a send is waiting on the
  network): after the restart the claim's lease runs out and its items go in one message, once,
  none repeated and none dropped;
- killed after Slack accepted it but before `sent` was recorded: the one window the engine
  documents (Slack has no idempotency key), so that single message is posted a second time and
  nothing else is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from storage import deliveries as ledger
from storage.db import Database
from tests.drills.support import (
    all_sent,
    assert_sent_exactly_once,
    eventually,
    later_ticks,
    ledger_rows,
    new_serve,
    posts_per_channel,
    seed_due_reminders,
    stop_quietly,
)
from tests.slack.fake_slack import FakeSlack

pytestmark = pytest.mark.drill

POST = "chat.postMessage"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = FakeSlack()
    await server.start()
    try:
        yield server
    finally:
        server.release(POST)
        await server.stop()


async def test_sigkill_before_slack_accepts_then_restart_sends_each_reminder_once(
    fake: FakeSlack, sqlite_url: str, tmp_path: Path
) -> None:
    db = Database(sqlite_url)
    seeded = await seed_due_reminders(db, owners=5, stale=3)
    fake.hold(POST, after=3)
    serve = new_serve(tmp_path, fake, sqlite_url)
    try:
        await serve.start()
        await fake.wait_calls(POST, count=4, timeout=15)
        assert len(fake.accepted(POST)) == 3
        rows = await ledger_rows(db, seeded.committee_id)
        assert sorted(r.status for r in rows) == [ledger.CLAIMED] + [ledger.SENT] * 3
        dead = next(r for r in rows if r.status == ledger.CLAIMED)
        async with db.transaction() as s:
            carried = await ledger.items_of(s, key=dead.key)
        assert len(carried) == 4, carried  # the owner's pre-meeting reminder and three nudges
        serve.kill()
        fake.release(POST)
        in_flight = await fake.wait_for(lambda: [c for c in fake.of(POST) if c.status == 0], timeout=5)
        assert len(in_flight) == 1, "the held post saw its caller die and was not posted"

        await serve.start()
        await eventually(lambda: all_sent(fake, db, seeded), timeout=20, what="the rest of the fan-out")
        markers = await later_ticks(fake, db)
        rows = await assert_sent_exactly_once(fake, db, seeded)
        async with db.transaction() as s:
            merged = {d.key: d for d in await ledger.list_deliveries(s)}[dead.key]
            taken_over = next(r for r in rows if r.recipient == dead.recipient)
            assert await ledger.items_of(s, key=taken_over.key) == carried
    finally:
        await stop_quietly(serve)
        await db.dispose()
    assert merged.status == ledger.MERGED and merged.sent_at is None
    assert taken_over.claimed_by != dead.claimed_by, "the restarted serve took the dead claim over"
    assert {r.claimed_by for r in rows if r.key != taken_over.key} != {taken_over.claimed_by}
    assert sum(posts_per_channel(fake).values()) == len(seeded.expected_channels) + len(markers)


async def test_sigkill_after_slack_accepted_resends_only_that_reminder_as_documented(
    fake: FakeSlack, sqlite_url: str, tmp_path: Path
) -> None:
    db = Database(sqlite_url)
    seeded = await seed_due_reminders(db, owners=3, stale=2)
    fake.hold(POST, after=2, accept=True)
    serve = new_serve(tmp_path, fake, sqlite_url)
    try:
        await serve.start()
        await fake.wait_for(lambda: len(fake.accepted(POST)) == 3, timeout=15)
        serve.kill()
        fake.release(POST)
        caught = fake.of(POST)[2]
        await serve.start()
        await eventually(lambda: all_sent(fake, db, seeded), timeout=20, what="the rest of the fan-out")
        await later_ticks(fake, db)
        rows = await ledger_rows(db, seeded.committee_id)
    finally:
        await stop_quietly(serve)
        await db.dispose()
    counts = posts_per_channel(fake)
    twice = {ch for ch, n in counts.items() if n == 2}
    assert twice == {caught.args["channel"]}, counts
    assert all(counts[ch] == 1 for ch in seeded.expected_channels if ch not in twice), counts
    assert len(rows) == len(seeded.expected_channels)
    assert all(r.status == ledger.SENT for r in rows)
