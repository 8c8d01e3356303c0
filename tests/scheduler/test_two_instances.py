"""Two `serve` processes on one PostgreSQL: every reminder is sent once, by whichever claims it."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from scheduler.engine import Engine
from storage import deliveries as ledger
from storage.db import Database
from tests.scheduler.support import RecordingNotifier, build_world, local

MEETING = local(date(2024, 4, 4), 17, 30)
CREATED = local(date(2024, 2, 1), 10)


async def test_two_engines_ticking_together_send_each_reminder_once(pg_url: str) -> None:
    first_db, second_db = Database(pg_url), Database(pg_url)
    try:
        await build_world(first_db, meeting_at=MEETING, created=CREATED, digest_weekday=3)
        first, second = RecordingNotifier(delay=0.01), RecordingNotifier(delay=0.01)
        engines = (Engine(first_db, [first], instance="a"), Engine(second_db, [second], instance="b"))
        now = datetime(2024, 3, 27, 23, 0, tzinfo=UTC)
        while now < datetime(2024, 4, 5, tzinfo=UTC):
            await asyncio.gather(*(e.tick(now) for e in engines))
            now += timedelta(hours=1)
        both = first.posts + second.posts
        assert first.posts and second.posts, "the work should be shared, not done by one"
        counts = Counter((p.where, p.text) for p in both)
        assert [k for k, n in counts.items() if n > 1] == []
        async with first_db.transaction() as s:
            rows = await ledger.list_deliveries(s)
            items = await ledger.list_items(s)
        sent = [d for d in rows if d.status == ledger.SENT and d.message_id]
        assert len(sent) == len(both)
        assert {d.claimed_by for d in sent} == {"a", "b"}
        assert len({i.key for i in items}) == len(items)
        kinds = Counter(i.kind for i in items if i.status == ledger.SENT)
        assert kinds["pre-meeting"] == 2 and kinds["pre-meeting-owner"] == 4  # two owners, two leads
        assert kinds["digest"] == 4 and kinds["nudge"] >= 1  # two Thursdays, two people
    finally:
        await first_db.dispose()
        await second_db.dispose()
