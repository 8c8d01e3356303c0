"""Drill: PostgreSQL is stopped and started again under a running `serve`.

"No user action lost" means: every slash command Slack delivered was either applied exactly once
or answered, to the person who typed it, with an error saying it was not done. Commands sent while
the database is down get that error (the ack still goes out, so Slack does not retry them); commands
after it is back are applied. Reminders already sent are not sent again, and new ones go out.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlmodel import col, select

from storage.db import Database
from storage.models import Action, ActionEvent, ActionStatus
from tests.drills.support import (
    Commands,
    all_sent,
    assert_sent_exactly_once,
    eventually,
    later_ticks,
    new_serve,
    seed_due_reminders,
    stop_quietly,
)
from tests.slack.fake_slack import FakeSlack
from tests.support.postgres import PostgresServer

pytestmark = pytest.mark.drill

SORRY = "Something went wrong on my side"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = FakeSlack()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def test_postgres_restart_under_serve_loses_no_action_and_doubles_no_reminder(
    fake: FakeSlack, pg_url: str, postgres: PostgresServer, tmp_path: Path
) -> None:
    db = Database(pg_url)
    first = await seed_due_reminders(db, code="ASC", channel="CASC", owners=2)
    owner, other = first.owners
    assert owner.slack_user_id and other.slack_user_id
    a1, a2 = (a.ref for a in first.actions)
    ids = [a.id for a in first.actions]
    serve = new_serve(tmp_path, fake, pg_url)
    stopped = False
    try:
        await serve.start()
        await eventually(lambda: all_sent(fake, db, first), timeout=15, what="the first reminders")
        slack = Commands(fake, serve.url)

        await asyncio.to_thread(postgres.pg_ctl, "stop")
        stopped = True
        assert await serve.health() == 503
        down = [
            await slack.command(
                f"update {a1} written while the database was down", user=owner.slack_user_id, channel="CASC"
            ),
            await slack.command(f"done {a2}", user=other.slack_user_id, channel="CASC"),
        ]
        for name in down:
            assert SORRY in await slack.answer(name)

        async def ticks_failed() -> bool:
            return "reminder tick failed" in serve.output()

        await eventually(ticks_failed, timeout=15, what="a tick to fail and be logged")

        await asyncio.to_thread(postgres.pg_ctl, "start")
        stopped = False
        await serve.wait_healthy(timeout=15)
        up = [
            await slack.command(
                f"update {a1} written once it was back", user=owner.slack_user_id, channel="CASC"
            ),
            await slack.command(f"done {a2}", user=other.slack_user_id, channel="CASC"),
        ]
        answers = [await slack.answer(name) for name in up]
        assert all(SORRY not in text and text for text in answers), answers

        second = await seed_due_reminders(db, code="HSC", channel="CHSC", owners=2)
        await eventually(lambda: all_sent(fake, db, second), timeout=15, what="reminders after the restart")
        await later_ticks(fake, db)
        await assert_sent_exactly_once(fake, db, first)
        await assert_sent_exactly_once(fake, db, second)

        async with db.transaction() as s:
            events = (await s.exec(select(ActionEvent).where(col(ActionEvent.action_id).in_(ids)))).all()
            done = await s.get(Action, first.actions[1].id)
        notes = [e.note or "" for e in events if "written" in (e.note or "")]
        assert notes == ["written once it was back"], notes
        assert [e.after for e in events if e.action_id == first.actions[1].id].count("done") == 1
        assert done is not None and done.status == ActionStatus.done
    finally:
        if stopped:
            await asyncio.to_thread(postgres.pg_ctl, "start")
        await stop_quietly(serve)
        await db.dispose()
    out = serve.output()
    assert "reminder tick failed" in out, out[-3000:]
