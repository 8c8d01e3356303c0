"""Multi-workspace installs (OAuth): only workspaces on SLACK_ALLOWED_TEAMS may install, and a
second workspace, even an allowed one, sees nothing of the first and can change nothing there."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import aiohttp
import sqlalchemy as sa
from aiohttp import web
from sqlmodel import SQLModel, select

from bot.app_keys import SLACK_EDGE_KEY
from bot.server import build_app
from storage import actions, committees, people
from storage.db import Database
from storage.models import Person
from storage.slack_models import slack_bots, slack_installations
from tests.slack.conftest import CHANNEL, SAM, SIGNING_SECRET, WORKSPACE, Slack, seed, settings_for
from tests.slack.fake_slack import BOT_TOKEN, TEAM_ID, FakeSlack

OTHER_TEAM, OTHER_TOKEN = "T0OTHERCO", "xoxb-other-council-0002"
EVIL_TEAM, EVIL_TOKEN = "T0NOTOURS", "xoxb-not-on-the-list-0003"
FAKE_SAM = "U0OTHERSAM"
"""A user of the other workspace with the same name and email as ASC's admin, and admin there."""
UNCHANGED = ("committee", "committeerole", "action", "actionevent", "channelbinding", "meeting", "auditevent")


@dataclass
class Served:
    base: str
    db: Database
    http: aiohttp.ClientSession
    slack: Slack

    async def install(self) -> tuple[int, str]:
        async with self.http.get(f"{self.base}/slack/install") as resp:
            assert resp.status == 200
            page = await resp.text()
            cookie = resp.headers["Set-Cookie"].split(";", 1)[0]
        state = re.search(r"state=([\w-]+)", page)
        assert state is not None
        async with self.http.get(
            f"{self.base}/slack/oauth_redirect?code=temp-code&state={state.group(1)}",
            headers={"Cookie": cookie},
        ) as resp:
            return resp.status, await resp.text()

    async def installed_teams(self) -> list[str]:
        async with self.db.transaction() as session:
            rows = (await session.exec(sa.select(slack_installations.c.team_id))).all()  # type: ignore[call-overload]
            bots = (await session.exec(sa.select(slack_bots.c.team_id))).all()  # type: ignore[call-overload]
        assert sorted(r[0] for r in bots) == sorted(r[0] for r in rows)
        return sorted(r[0] for r in rows)


@asynccontextmanager
async def oauth_bot(fake: FakeSlack, db_url: str, *, allowed: str) -> AsyncIterator[Served]:
    db = Database(db_url)
    await seed(db, datetime.now(UTC))
    settings = settings_for(
        fake,
        db_url,
        slack_bot_token=None,
        slack_client_id="1111.2222",
        slack_client_secret="c1i2e3n4t5s6e7c8r9e0t",
        slack_signing_secret=SIGNING_SECRET,
        slack_allowed_teams=allowed,
    )
    app = await build_app(settings, db)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as http:
            yield Served(
                base, db, http, Slack(fake=fake, url=base, db=db, http=http, edge=app[SLACK_EDGE_KEY])
            )
    finally:
        await runner.cleanup()
        await db.dispose()


async def test_install_then_a_command_from_that_workspace(fake: FakeSlack, db_url: str) -> None:
    async with oauth_bot(fake, db_url, allowed=TEAM_ID) as served:
        status, page = await served.install()
        assert status == 200, page
        assert fake.of("oauth.v2.access")[0].args["code"] == "temp-code"
        assert await served.installed_teams() == [TEAM_ID]
        answer = await served.slack.answer(await served.slack.command("mine", user=SAM))
        assert "no open actions" in answer["text"]
        assert fake.of("users.info")[0].token == BOT_TOKEN


async def test_a_workspace_not_on_the_list_gets_a_clear_page_and_nothing_is_kept(
    fake: FakeSlack, db_url: str
) -> None:
    async with oauth_bot(fake, db_url, allowed=f"{TEAM_ID}, E0SOMEGRID") as served:
        fake.add_workspace(EVIL_TEAM, EVIL_TOKEN)
        fake.add_user("U0EVILUSER", "Sam Patel", "sam.patel@borsetshire.gov.uk", admin=True)
        status, page = await served.install()
        assert status == 403
        assert (
            "can&#x27;t install committee-bot" in page and EVIL_TEAM in page and "SLACK_ALLOWED_TEAMS" in page
        )
        assert await served.installed_teams() == []
        assert [c.token for c in fake.of("auth.revoke")] == [EVIL_TOKEN]

        # a request signed with the app's secret but from that workspace reaches no handler
        name = await served.slack.command("all", user="U0EVILUSER", team_id=EVIL_TEAM)
        answer = await served.slack.answer(name)
        assert "not installed for this workspace, or this is not a workspace it serves" in answer["text"]
        async with served.db.read() as session:
            assert (
                await session.exec(select(Person).where(Person.slack_user_id == "U0EVILUSER"))
            ).all() == []
        assert not [c for c in fake.of("users.info") if c.args.get("user") == "U0EVILUSER"]


async def _snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    async with db.read() as session:
        return {
            name: sorted((tuple(r) for r in (await session.execute(sa.select(table))).all()), key=repr)
            for name, table in SQLModel.metadata.tables.items()
            if name in UNCHANGED
        }


async def test_a_second_workspace_sees_nothing_of_the_first_and_changes_nothing(
    fake: FakeSlack, db_url: str
) -> None:
    async with oauth_bot(fake, db_url, allowed=f"{TEAM_ID},{OTHER_TEAM}") as served:
        slack, db = served.slack, served.db
        assert (await served.install())[0] == 200
        fake.add_workspace(OTHER_TEAM, OTHER_TOKEN)
        assert (await served.install())[0] == 200
        assert await served.installed_teams() == sorted([TEAM_ID, OTHER_TEAM])
        fake.add_user(FAKE_SAM, "Sam Patel", "Sam.Patel@borsetshire.gov.uk", admin=True, owner=True)

        assert "now follows" in (await slack.answer(await slack.command("setup ASC", user=SAM)))["text"]
        async with db.transaction() as s:
            asc = await committees.get_committee(s, code="ASC")
            tom = (await people.find_people(s, name="Tom Reed", workspace=WORKSPACE))[0]
            assert asc is not None and asc.id is not None
            made = [
                await actions.create_action(
                    s, committee_id=asc.id, text=text, actor=None, now=datetime.now(UTC), assignee_id=tom.id
                )
                for text in ("Report the travel time payments", "Exempt: the Brookfield contract")
            ]
            made[1].restricted = True
            s.add(made[1])
        public, exempt = made[0].ref, made[1].ref
        before = await _snapshot(db)

        asks = [
            "list",
            "all",
            "mine",
            "overdue",
            "search travel",
            "search Brookfield",
            "owner Tom Reed",
            f"show {public}",
            f"show {exempt}",
            "export csv ASC",
            "due next",
            "role list",
            "programme",
            f"done {public} finished",
            f"update {public} nothing to see",
            f"assign {public} <@{FAKE_SAM}>",
            f"drop {exempt} not needed",
            f"snooze {public} 2w",
            "review confirm all",
            "setup ASC",
            'setup ASC "Adult Social Care Scrutiny Commission"',
            f"role add <@{FAKE_SAM}> admin",
            "settings lead 3",
            'add Take over the committee owner "Director of Adult Social Care"',
        ]
        answers = {}
        for text in asks:
            for channel in (CHANNEL, "D0OTHERDM"):
                name = await slack.command(text, user=FAKE_SAM, team_id=OTHER_TEAM, channel=channel)
                answers[(text, channel)] = json.dumps(await slack.answer(name))
        await slack.settled()
        for (text, channel), said in answers.items():
            for secret in ("travel time", "Brookfield", "Adult Social Care", "Tom Reed", "Sam Patel"):
                if secret not in text:
                    assert secret not in said, (
                        f"`{text}` in {channel} told the other workspace {secret!r}: {said}"
                    )
        assert "There is no action" in answers[(f"done {public} finished", CHANNEL)]
        assert "There is no committee ASC" in answers[("export csv ASC", "D0OTHERDM")]
        assert await _snapshot(db) == before, "the other workspace changed something"

        async with db.read() as s:
            sam = (await s.exec(select(Person).where(Person.display_name == "Sam Patel"))).all()
        homes = {p.workspace: p for p in sam}
        assert set(homes) == {WORKSPACE, f"slack:{OTHER_TEAM}"}, "one Sam per workspace, never linked across"
        assert (
            homes[WORKSPACE].slack_user_id == SAM and homes[f"slack:{OTHER_TEAM}"].slack_user_id == FAKE_SAM
        )
        assert {c.token for c in fake.of("users.info") if c.args.get("user") == FAKE_SAM} == {OTHER_TOKEN}
