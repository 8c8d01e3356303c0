"""A council's first day, from an empty database, through the CLI and Slack (the real server, the
real slack_sdk client, the fake Slack Web API), on SQLite and on PostgreSQL:

1. `committee add` (the workspace is the bot token's, as Slack's auth.test says) and `people import`;
2. the admin binds the channel, imports minutes we wrote (`committee-bot import`) and confirms;
3. the officer sees their action in `mine` the first time they use the bot, as the person the
   people list recorded: no second record.
"""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from sqlmodel import select

from bot.app_keys import SLACK_EDGE_KEY
from bot.cli import run
from bot.server import build_app
from storage.db import Database
from storage.models import Action, ActionStatus, Committee, Person
from tests.slack.conftest import CHANNEL, MINUTES, SAM, TOM, WORKSPACE, Slack, refs_in, settings_for
from tests.slack.fake_slack import FakeSlack

PEOPLE = """name,email,title,committee,role
Sam Patel,sam.patel@borsetshire.gov.uk,Scrutiny Support Officer,ASC,admin
Tom Reed,tom.reed@borsetshire.gov.uk,Head of Commissioning,ASC,officer
Priya Shah,priya.shah@borsetshire.gov.uk,Director of Adult Social Care,ASC,officer
Joan Archer,joan.archer@borsetshire.gov.uk,,ASC,chair
"""


async def test_first_day_from_an_empty_database(
    fake: FakeSlack, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings_for(fake, db_url)
    name = "Adult Social Care Scrutiny Commission"
    assert (
        await run(
            ["committee", "add", "ASC", "--name", name, "--admin", "sam.patel@borsetshire.gov.uk"],
            settings=settings,
        )
        == 0
    )
    assert f"Created ASC, {name}, in {WORKSPACE}" in capsys.readouterr().out
    sheet = tmp_path / "people.csv"
    sheet.write_text(PEOPLE)
    assert await run(["people", "import", str(sheet)], settings=settings) == 0
    assert "3 people added, 1 already known; 3 titles and 3 roles added." in capsys.readouterr().out

    db = Database(db_url)
    app = await build_app(settings, db)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as http:
            slack = Slack(fake=fake, url=url, db=db, http=http, edge=app[SLACK_EDGE_KEY])
            answer = await slack.answer(await slack.command("setup ASC", user=SAM))
            assert f"This channel now follows {name} (ASC)" in answer["text"], answer

            minutes = tmp_path / "asc-2024-01-09-minutes.txt"
            minutes.write_text(MINUTES)
            assert await run(["import", str(minutes), "--committee", "ASC"], settings=settings) == 0
            assert "Imported into ASC: Meeting of 09 Jan 2024; 2 new proposals" in capsys.readouterr().out

            review = await slack.answer(await slack.command("review", user=SAM))
            assert len(refs_in(review["blocks"])) == 2
            assert (
                "Confirmed 2 actions"
                in (await slack.answer(await slack.command("confirm all", user=SAM)))["text"]
            )

            mine = await slack.answer(await slack.command("mine", user=TOM, channel=CHANNEL))
            [ref] = refs_in(mine["blocks"])
            assert "attendance figures for each day centre" in str(mine["blocks"])
            await slack.settled()
    finally:
        await runner.cleanup()

    async with db.read() as s:
        everyone = (await s.exec(select(Person).order_by(Person.display_name))).all()
        action = (await s.exec(select(Action).where(Action.ref == ref))).one()
        [asc] = (await s.exec(select(Committee))).all()
    await db.dispose()
    assert [(p.display_name, p.slack_user_id) for p in everyone] == [
        ("Joan Archer", None),
        ("Priya Shah", None),
        ("Sam Patel", SAM),
        ("Tom Reed", TOM),
    ], "Sam and Tom were linked by the email Slack gave, not added again"
    assert all(p.workspace == WORKSPACE and p.maybe_same_as is None for p in everyone)
    tom = next(p for p in everyone if p.display_name == "Tom Reed")
    assert action.assignee_id == tom.id and action.status == ActionStatus.open
    assert asc.workspace == WORKSPACE
