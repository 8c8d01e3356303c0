"""`committee-bot remind`, and the APScheduler runner in the terminal demo and the server."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest
from aiohttp import web

from bot.app_keys import NOTIFIERS_KEY, register_notifier
from bot.config import Settings
from bot.remind_cli import remind_cli
from bot.reminders import start_console_scheduler, start_server_scheduler
from storage import bindings
from storage import deliveries as ledger
from storage.db import Database
from tests.scheduler.support import RecordingNotifier, build_world, local


def _settings(url: str) -> Settings:
    return Settings(
        database_url=url,
        slack_bot_token=None,
        slack_signing_secret=None,
        slack_app_token=None,
        slack_client_id=None,
        slack_client_secret=None,
        microsoft_app_id=None,
    )


async def test_remind_dry_run_shows_what_would_go_where_then_remind_sends_it(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(sqlite_url)
    await build_world(db, meeting_at=local(date(2024, 4, 4), 17, 30), created=local(date(2024, 3, 20), 10))
    settings = _settings(sqlite_url)

    assert await remind_cli(settings, dry_run=True, at="2024-03-28T09:00") == 0
    out = capsys.readouterr().out
    assert "Reminders due at 28 Mar 2024 09:00 GMT (dry run" in out
    # the committee's local day and time, in words as every message has them, not 2024-04-04
    assert "-> channel #asc (slack): 7-day reminder of the meeting on 4 Apr 2024 17:30:" in out
    assert "key pre:" in out and ", due 28 Mar 2024 09:00" in out
    assert "-> DM to Tom Owner" in out and "Report travel time payments" in out
    async with db.transaction() as s:
        assert await ledger.list_deliveries(s) == []

    assert await remind_cli(settings, dry_run=True, at="2024-03-28T08:59") == 0
    assert "Nothing is due." in capsys.readouterr().out

    assert await remind_cli(settings, dry_run=False, at="2024-03-28T09:00") == 0
    out = capsys.readouterr().out
    assert "[reminder in #asc (slack)]" in out and "[reminder to Tom Owner]" in out
    assert "2 sent, 0 to retry, 0 failed" in out

    assert await remind_cli(settings, dry_run=True, at="2024-03-28T09:30") == 0
    assert "Nothing is due." in capsys.readouterr().out
    await db.dispose()


async def test_remind_refuses_a_time_it_cannot_read(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert await remind_cli(_settings(sqlite_url), dry_run=True, at="next tuesday") == 2
    assert "write it like 2021-06-22T09:00" in capsys.readouterr().err


async def test_the_terminal_demo_scheduler_posts_due_reminders_in_the_chat(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    created = datetime.now(UTC) - timedelta(days=30)
    await build_world(db, meeting_at=datetime.now(UTC) + timedelta(days=60), created=created)
    said: list[str] = []
    runner = await start_console_scheduler(db, say=said.append)
    try:
        for _ in range(100):
            if any("[reminder to Priya Other]" in s for s in said):
                break
            await asyncio.sleep(0.1)
    finally:
        await runner.stop()
    assert any("[reminder to Priya Other]" in s and "Needing an update" in s for s in said), said
    async with db.transaction() as s:
        bound = await bindings.binding_for(s, platform="console", channel_id="console:ASC")
    assert bound is not None and bound.enabled
    await db.dispose()


async def test_the_server_scheduler_uses_the_registered_notifiers_or_falls_back_to_the_log(
    sqlite_url: str,
) -> None:
    db = Database(sqlite_url)
    runner = await start_server_scheduler([], db, _settings(sqlite_url))
    assert runner.engine.notifiers == [] and runner.engine.fallback is not None
    assert runner.engine.fallback.platform == "log"
    await runner.stop()

    app = web.Application()
    slack, teams = RecordingNotifier(), RecordingNotifier(platform="teams")
    register_notifier(app, slack)
    register_notifier(app, teams)
    assert app[NOTIFIERS_KEY] == [slack, teams]
    runner = await start_server_scheduler(app[NOTIFIERS_KEY], db, _settings(sqlite_url))
    assert runner.engine.notifiers == [slack, teams] and runner.engine.fallback is None
    await runner.stop()
    await db.dispose()
