"""Restricted (exempt) actions never reach a channel, end to end; their owner still hears of them by DM.

Slack: the real `serve` sends the pre-meeting reminder through its Slack notifier to the fake
Slack, and an admin's `share all` posts a listing in the channel. Teams: the scheduler's engine
sends the same reminder through the Teams notifier to the fake Bot Connector, and a listing is
asked for in the Teams channel.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from scheduler.engine import Engine
from storage.db import Database
from storage.models import Action
from tests.drills.support import (
    Commands,
    all_sent,
    dm_channel,
    eventually,
    new_serve,
    seed_due_reminders,
    stop_quietly,
)
from tests.slack.fake_slack import FakeSlack
from tests.teams.conftest import CHANNEL, Teams, connector, teams  # noqa: F401  (fixtures)

SECRET_TEXT = "Brookfield care home contract"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = FakeSlack()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


def _posted(fake: FakeSlack, channel: str) -> list[str]:
    return [json.dumps(c.args) for c in fake.accepted("chat.postMessage") if c.args.get("channel") == channel]


async def test_slack_reminders_and_share_all_leave_exempt_items_out_of_the_channel(
    fake: FakeSlack, sqlite_url: str, tmp_path: Path
) -> None:
    db = Database(sqlite_url)
    seeded = await seed_due_reminders(db, owners=2, restricted=True)
    assert seeded.restricted is not None and seeded.admin is not None
    secret_ref = seeded.restricted.ref
    owner_dm = dm_channel(seeded.owners[0].slack_user_id or "")
    serve = new_serve(tmp_path, fake, sqlite_url)
    try:
        await serve.start()
        await eventually(lambda: all_sent(fake, db, seeded), timeout=15, what="the reminders")
        [channel_post] = _posted(fake, seeded.channel)
        [dm] = _posted(fake, owner_dm)
        assert seeded.actions[0].text in channel_post and seeded.actions[1].text in channel_post
        assert SECRET_TEXT not in channel_post and f"*{secret_ref}*" not in channel_post
        assert SECRET_TEXT in dm, "the owner is told of the exempt item in private"

        slack = Commands(fake, serve.url)
        name = await slack.command("share all", user=seeded.admin.slack_user_id or "", channel=seeded.channel)
        shared = await fake.wait_for(lambda: _posted(fake, seeded.channel)[1:], timeout=10)
        assert seeded.actions[0].text in shared[0]
        assert SECRET_TEXT not in shared[0] and f"*{secret_ref}*" not in shared[0]
        assert not fake.of(f"response_url:{name}") or SECRET_TEXT not in json.dumps(
            fake.of(f"response_url:{name}")[-1].args
        )
    finally:
        await stop_quietly(serve)
        await db.dispose()


async def test_teams_reminder_and_channel_listing_leave_exempt_items_out(teams: Teams) -> None:  # noqa: F811
    await teams.send(teams.installed())
    await teams.send(teams.message("setup ASC", who="Sam Patel"))
    async with teams.db.transaction() as s:
        exempt = (await s.exec(select(Action).where(Action.restricted == True))).one()  # noqa: E712
        shown = (await s.exec(select(Action).where(Action.restricted == False))).first()  # noqa: E712
    assert shown is not None
    before = len(teams.connector.sent())

    seven_days_before = datetime(2024, 1, 18, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    report = await Engine(teams.db, [teams.edge.notifier]).tick(seven_days_before)
    assert report.sent and not report.failed, report
    posts = teams.connector.sent()[before:]
    in_channel = [json.dumps(p.body) for p in posts if p.conversation_id == CHANNEL]
    elsewhere = [json.dumps(p.body) for p in posts if p.conversation_id != CHANNEL]
    assert len(in_channel) == 1 and shown.text in in_channel[0]
    assert exempt.text not in in_channel[0] and f'"{exempt.ref}' not in in_channel[0]
    assert any(exempt.text in body for body in elsewhere), "the owner's personal chat has it"

    before = len(teams.connector.sent())
    await teams.send(teams.message("all", who="Sam Patel"))
    listing = [json.dumps(p.body) for p in teams.connector.sent()[before:] if p.conversation_id == CHANNEL]
    assert listing and shown.text in listing[-1]
    assert exempt.text not in listing[-1]
