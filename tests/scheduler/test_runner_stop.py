"""Stopping the scheduler of `serve` and the terminal chat while a tick is sending."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime, timedelta

import pytest

from bot.reminders import Runner
from scheduler.engine import Engine
from storage import deliveries as ledger
from storage.db import Database
from tests.scheduler.support import RecordingNotifier, build_world


def _due_at_once() -> datetime:
    """A clock two seconds behind, so the first tick (at clock() + 2 s) runs at once."""
    return datetime.now(UTC) - timedelta(seconds=2)


async def _runner_mid_send(db: Database, notifier: RecordingNotifier, *, grace: float) -> Runner:
    now = datetime.now(UTC)
    await build_world(db, meeting_at=now + timedelta(days=60), created=now - timedelta(days=30))
    runner = Runner(Engine(db, [notifier]), clock=_due_at_once, every=timedelta(minutes=1), grace=grace)
    runner.start()
    for _ in range(200):
        if notifier.calls:
            return runner
        await asyncio.sleep(0.02)
    await runner.stop()
    raise AssertionError("the first tick never began to send")


async def test_stopping_lets_the_tick_in_progress_finish_and_record_what_it_sent(
    sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    db = Database(sqlite_url)
    notifier = RecordingNotifier(delay=0.3)
    caplog.set_level(logging.INFO)
    runner = await _runner_mid_send(db, notifier, grace=20)
    await runner.stop()

    assert notifier.posts and len(notifier.posts) == len(notifier.calls), notifier.calls
    async with db.transaction() as s:
        rows = await ledger.list_deliveries(s)
    assert rows and all(r.status == "sent" for r in rows), [(r.key, r.status) for r in rows]
    assert {r.message_id for r in rows} == {p.message_id for p in notifier.posts}
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not problems, [r.getMessage() for r in problems]
    await db.dispose()


async def test_a_tick_still_running_after_the_grace_period_is_cancelled_and_said(
    sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    db = Database(sqlite_url)
    notifier = RecordingNotifier(delay=30)
    runner = await _runner_mid_send(db, notifier, grace=0.2)
    began = time.monotonic()
    await runner.stop()

    assert time.monotonic() - began < 5
    assert notifier.posts == []
    assert "a reminder tick still running after 0.2s is cancelled" in caplog.text
    async with db.transaction() as s:
        rows = await ledger.list_deliveries(s)
    # the claim stays, unsent: after its lease another tick may take it over and send it once
    assert rows and all(r.status == "claimed" and r.sent_at is None for r in rows)
    await db.dispose()
