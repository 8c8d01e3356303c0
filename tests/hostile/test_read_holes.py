"""The two read holes issue 14 found in `serve`, as regression tests against the real `serve`:

- "Anyone can read exempt (restricted) items": a Slack user with no role asked `show`, `all`,
  `search` and `owner` in a DM and got the exempt text; a person with no committee got listings
  over every committee.
- "A foreign workspace can read everything and take over an admin (OAuth mode)": after another team
  installed the app, its users read every committee, and a user whose email matched an admin
  recorded without a Slack id was linked to that admin and could mark actions done.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest
from sqlmodel import select

from storage import actions, bindings, committees, people
from storage.db import Database
from storage.models import Action, ActionStatus, Person, Role
from tests.drills.support import SLACK_WORKSPACE, Commands, new_serve, seed_due_reminders, stop_quietly
from tests.slack.fake_slack import TEAM_ID, FakeSlack

SECRET = "renegotiate the Brookfield care home contract"
NOBODY = "U0NOROLE01"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = FakeSlack()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def test_a_user_with_no_role_reads_no_exempt_item(
    fake: FakeSlack, sqlite_url: str, tmp_path: Path
) -> None:
    db = Database(sqlite_url)
    seeded = await seed_due_reminders(db, owners=2, restricted=True)
    await seed_due_reminders(db, code="HSC", channel="CHSC", owners=1)
    assert seeded.restricted is not None and seeded.restricted.ref
    fake.add_user(NOBODY, "Nora Norole", "nora@borsetshire.gov.uk")
    owner = seeded.owners[0]
    serve = new_serve(tmp_path, fake, sqlite_url)
    try:
        await serve.start()
        slack = Commands(fake, serve.url)
        dm = "D0NOROLE01"
        said = {}
        for text in (
            f"show {seeded.restricted.ref}",
            "all",
            "search care home",
            f"owner {owner.display_name}",
            "mine",
        ):
            said[text] = await slack.everything(await slack.command(text, user=NOBODY, channel=dm))
        for text, answer in said.items():
            assert SECRET not in answer, f"`{text}` gave a user with no role the exempt text: {answer}"
        assert (
            "only the committee's members, officers, chair and admins can read"
            in said[f"show {seeded.restricted.ref}"]
        )
        assert "Report the ASC figures for area 1" in said["all"] and "Report the HSC figures" in said["all"]

        # the committee's officer, in a DM, still reads it (the rule is not "nobody")
        mine = await slack.everything(
            await slack.command(f"show {seeded.restricted.ref}", user=owner.slack_user_id or "", channel=dm)
        )
        assert SECRET in mine
    finally:
        await stop_quietly(serve)
        await db.dispose()


OTHER_TEAM, OTHER_TOKEN = "T0OTHERCO", "xoxb-other-council-0002"
EVIL_TEAM, EVIL_TOKEN = "T0NOTOURS", "xoxb-not-on-the-list-0003"


async def _install(base: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{base}/slack/install") as resp:
            page = await resp.text()
            cookie = resp.headers["Set-Cookie"].split(";", 1)[0]
        state = re.search(r"state=([\w-]+)", page)
        assert state is not None
        async with http.get(
            f"{base}/slack/oauth_redirect?code=temp-code&state={state.group(1)}", headers={"Cookie": cookie}
        ) as resp:
            return resp.status, await resp.text()


async def test_another_workspace_reads_nothing_and_takes_over_no_admin(
    fake: FakeSlack, sqlite_url: str, tmp_path: Path
) -> None:
    db = Database(sqlite_url)
    async with db.transaction() as s:
        asc = await committees.create_committee(
            s, code="ASC", name="Adult Social Care", workspace=SLACK_WORKSPACE
        )
        sam = await people.add_person(
            s, display_name="Sam Patel", email="sam.patel@borsetshire.gov.uk", workspace=SLACK_WORKSPACE
        )
        assert asc.id is not None and sam.id is not None
        await people.grant_role(s, committee_id=asc.id, person_id=sam.id, role=Role.admin)
        await bindings.upsert_binding(
            s,
            platform="slack",
            channel_id="C0ASC",
            now=datetime.now(UTC),
            committee_id=asc.id,
            team_id=TEAM_ID,
        )
        public = await actions.create_action(
            s, committee_id=asc.id, text="Report the travel time payments", actor=sam, now=datetime.now(UTC)
        )
    serve = new_serve(
        tmp_path,
        fake,
        sqlite_url,
        SLACK_CLIENT_ID="1111.2222",
        SLACK_CLIENT_SECRET="c1i2e3n4t5s6e7c8r9e0t",
        SLACK_ALLOWED_TEAMS=f"{TEAM_ID},{OTHER_TEAM}",
    )
    try:
        await serve.start()
        assert (await _install(serve.url))[0] == 200
        fake.add_workspace(EVIL_TEAM, EVIL_TOKEN)
        status, page = await _install(serve.url)
        assert status == 403 and "SLACK_ALLOWED_TEAMS" in page
        fake.add_workspace(OTHER_TEAM, OTHER_TOKEN)
        assert (await _install(serve.url))[0] == 200
        fake.add_user("U0OTHERSAM", "Sam Patel", "sam.patel@borsetshire.gov.uk", admin=True)

        slack = Commands(fake, serve.url)
        said = {}
        for text in (
            "all",
            "search travel",
            f"show {public.ref}",
            f"done {public.ref}",
            "setup ASC",
            "role list",
        ):
            name = await slack.command(text, user="U0OTHERSAM", channel="C0ASC", team_id=OTHER_TEAM)
            said[text] = await slack.everything(name)
        for text, answer in said.items():
            assert "travel time" not in answer and "Adult Social Care" not in answer, f"`{text}`: {answer}"
        assert f"There is no action {public.ref}" in said[f"done {public.ref}"]
        evil = await slack.everything(
            await slack.command("all", user="U0EVIL0001", channel="C0X", team_id=EVIL_TEAM)
        )
        assert "not installed for this workspace, or this is not a workspace it serves" in evil
    finally:
        await stop_quietly(serve)
    async with db.read() as s:
        done = (await s.exec(select(Action).where(Action.id == public.id))).one()
        recorded = await people.get_person(s, person_id=sam.id)
        others = (await s.exec(select(Person).where(Person.slack_user_id == "U0OTHERSAM"))).all()
    await db.dispose()
    assert done.status == ActionStatus.open
    assert recorded is not None and recorded.slack_user_id is None, "the admin was not taken over"
    assert [p.workspace for p in others] == [f"slack:{OTHER_TEAM}"]
