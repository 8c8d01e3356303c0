"""`committee-bot committee add|list|rename|archive`, `admin grant` and `organisers`: a council's
first committees and admins from the command line, and the refusals that change nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import select

from bot.cli import run
from bot.config import Settings
from storage import audit, bindings, committees, people
from storage.db import Database
from storage.models import AuditEvent, Committee, Person, Role
from tests.slack.fake_slack import BOT_TOKEN, TEAM_ID, FakeSlack


def settings(url: str, **more: Any) -> Settings:
    return Settings(_env_file=None, database_url=url, **more)  # type: ignore[call-arg]


async def cli(url: str, *argv: str, **more: Any) -> int:
    return await run(list(argv), settings=settings(url, **more))


async def _committee(db: Database, code: str) -> Committee | None:
    async with db.read() as s:
        return await committees.get_committee(s, code=code)


async def test_add_with_a_first_admin_then_list_rename_and_archive(
    db_url: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "Adult Social Care Scrutiny Commission"
    rc = await cli(
        db_url, "committee", "add", "asc", "--name", name, "--admin", "Sam.Patel@borsetshire.gov.uk"
    )
    assert rc == 0
    out = capsys.readouterr().out
    assert f"Created ASC, {name}, in console" in out
    assert (
        "Sam Patel <Sam.Patel@borsetshire.gov.uk> (recorded now; linked when they first use the bot)" in out
    )
    asc = await _committee(db, "ASC")
    assert (
        asc is not None and asc.id is not None and asc.workspace == "console" and asc.meeting_time == "10:00"
    )
    async with db.read() as s:
        [admin] = await people.holders(s, committee_id=asc.id, role=Role.admin)
    assert (admin.display_name, admin.email, admin.workspace) == (
        "Sam Patel",
        "sam.patel@borsetshire.gov.uk",
        "console",
    )

    assert await cli(db_url, "admin", "grant", "ASC", "sam.patel@borsetshire.gov.uk") == 0
    assert "was already an admin of ASC" in capsys.readouterr().out
    assert await cli(db_url, "admin", "grant", "ASC", "slack:U0JOANARC", "--name", "Joan Archer") == 0
    assert "Joan Archer <slack:U0JOANARC> (recorded now" in capsys.readouterr().out

    assert await cli(db_url, "committee", "list") == 0
    listed = capsys.readouterr().out
    assert "ASC" in listed and "admins: Joan Archer, Sam Patel" in listed

    assert await cli(db_url, "committee", "rename", "ASC", "--name", "Adult Social Care Commission") == 0
    assert await cli(db_url, "committee", "archive", "ASC") == 0
    assert "archived: no more reminders" in capsys.readouterr().out
    asc = await _committee(db, "ASC")
    assert asc is not None and asc.name == "Adult Social Care Commission" and asc.archived_at is not None
    assert await cli(db_url, "committee", "archive", "ASC", "--undo") == 0
    asc = await _committee(db, "ASC")
    assert asc is not None and asc.archived_at is None
    async with db.read() as s:
        kinds = [e.kind for e in reversed(await audit.events(s))]
    assert kinds == [
        "committee created",
        "admin granted",
        "admin granted",
        "committee renamed",
        "committee archived",
        "committee restored",
    ]


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["committee", "add", "ASC", "--name", "Again"], "there is already a committee ASC"),
        (["committee", "add", "9XY", "--name", "N"], "'9XY' is not a code"),
        (["committee", "add", "HSC", "--name", "N", "--timezone", "Mars/Olympus"], "not a timezone"),
        (["committee", "add", "HSC", "--name", "N", "--meeting-time", "25:00"], "write the time as HH:MM"),
        (["committee", "add", "HSC", "--name", "N", "--admin", "Sam Patel"], "names nobody"),
        (["committee", "add", "HSC", "--name", "N", "--workspace", "slack:lowercase!"], "is not a workspace"),
        (["admin", "grant", "NOPE", "sam@x.gov.uk"], "there is no committee 'NOPE' (known: ASC)"),
        (["committee", "rename", "ASC", "--name", "  "], "give the new name"),
    ],
)
async def test_a_bad_command_says_what_was_wrong_and_changes_nothing(
    db_url: str, db: Database, capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    assert await cli(db_url, "committee", "add", "ASC", "--name", "Adult Social Care") == 0
    capsys.readouterr()
    async with db.read() as s:
        before = [
            repr(x) for x in (await s.exec(select(Committee))).all() + (await s.exec(select(Person))).all()
        ]
    assert await cli(db_url, *argv) == 2
    assert says in capsys.readouterr().err
    async with db.read() as s:
        after = [
            repr(x) for x in (await s.exec(select(Committee))).all() + (await s.exec(select(Person))).all()
        ]
        assert len((await s.exec(select(AuditEvent))).all()) == 1
    assert after == before


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = FakeSlack()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def test_the_workspace_comes_from_the_settings(
    db_url: str, db: Database, fake: FakeSlack, capsys: pytest.CaptureFixture[str]
) -> None:
    slack = {"slack_bot_token": BOT_TOKEN, "slack_signing_secret": "s" * 32, "slack_api_url": fake.api_url}
    assert await cli(db_url, "committee", "add", "ASC", "--name", "A", **slack) == 0
    assert [c.method for c in fake.calls] == ["auth.test"], "the bot token's own workspace, asked of Slack"
    assert await cli(db_url, "committee", "add", "HSC", "--name", "H", slack_allowed_teams="T0OTHER") == 0
    assert await cli(db_url, "committee", "add", "PSC", "--name", "P", slack_allowed_teams="T0A,E0GRID") == 2
    assert "serves several workspaces (slack:E0GRID, slack:T0A); give --workspace" in capsys.readouterr().err
    assert (
        await cli(db_url, "committee", "add", "PSC", "--name", "P", "--workspace", "teams:ABC-123-def") == 0
    )
    async with db.read() as s:
        placed = {c.code: c.workspace for c in await committees.list_committees(s)}
    assert placed == {"ASC": f"slack:{TEAM_ID}", "HSC": "slack:T0OTHER", "PSC": "teams:abc-123-def"}
    fake.fail("auth.test", 1, status=200, error="invalid_auth")
    assert await cli(db_url, "committee", "add", "OSC", "--name", "O", **slack) == 2
    assert (
        "Slack would not say which workspace SLACK_BOT_TOKEN belongs to (invalid_auth)"
        in capsys.readouterr().err
    )


async def test_organisers_are_added_listed_and_removed_in_their_workspace(
    db_url: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        await cli(db_url, "organisers", "add", "jo@borsetshire.gov.uk", "--workspace", "slack:T0COUNCIL") == 0
    )
    assert await cli(db_url, "organisers", "add", "teams:0f1e2d3c-aaaa", "--workspace", "teams:tenant-1") == 0
    capsys.readouterr()
    assert await cli(db_url, "organisers", "list", "--workspace", "slack:T0COUNCIL") == 0
    listed = capsys.readouterr().out
    assert "Jo (jo@borsetshire.gov.uk)" in listed and "0f1e2d3c" not in listed
    assert (
        await cli(db_url, "organisers", "remove", "jo@borsetshire.gov.uk", "--workspace", "slack:T0COUNCIL")
        == 0
    )
    async with db.read() as s:
        assert [p.display_name for p in await people.organisers(s, workspace="slack:T0COUNCIL")] == []
        assert len(await people.organisers(s, workspace="teams:tenant-1")) == 1


async def test_move_takes_the_people_only_that_committee_has(
    db_url: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    target = "slack:T0COUNCIL"
    assert await cli(db_url, "committee", "add", "ASC", "--name", "A", "--admin", "sam@council.gov.uk") == 0
    assert await cli(db_url, "committee", "add", "HSC", "--name", "H", "--admin", "joan@council.gov.uk") == 0
    assert await cli(db_url, "admin", "grant", "ASC", "joan@council.gov.uk") == 0
    assert await cli(db_url, "admin", "grant", "ASC", "ed@council.gov.uk") == 0
    async with db.transaction() as s:
        await people.add_person(s, display_name="Ed (Slack)", email="ed@council.gov.uk", workspace=target)
        asc = await committees.get_committee(s, code="ASC")
        assert asc is not None
        await bindings.upsert_binding(
            s,
            platform="console",
            channel_id="console:ASC",
            now=datetime.now(UTC),
            committee_id=asc.id,
            name="#asc",
        )
    capsys.readouterr()
    assert await cli(db_url, "committee", "move", "ASC", "--workspace", target) == 0
    out = capsys.readouterr().out
    assert f"ASC moved from console to {target}, with Sam." in out
    # before: the old workspace's channel still followed ASC, and got its reminders
    assert "its channels in console no longer follow it: #asc (console)" in out
    async with db.read() as s:
        assert await bindings.bindings_for_committee(s, committee_id=asc.id or 0, enabled_only=False) == []
    assert "not moved: Ed (#" in out and "is already #" in out
    assert "not moved: Joan (#" in out and "serves another committee there" in out
    async with db.read() as s:
        placed = {p.display_name: p.workspace for p in await people.list_people(s)}
        asc = await committees.get_committee(s, code="ASC")
    assert asc is not None and asc.workspace == target
    assert placed == {"Sam": target, "Joan": "console", "Ed": "console", "Ed (Slack)": target}


async def test_a_committee_name_is_one_clean_line_of_at_most_200_characters(
    db_url: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: `--name` kept ESC and a right-to-left override (a channel header then read backwards)
    and took any length; the chat's `setup` took out the one and capped neither."""
    assert await cli(db_url, "committee", "add", "ASC", "--name", "Adult\x1b[31m Social\n Care\u202e") == 0
    asc = await _committee(db, "ASC")
    assert asc is not None and asc.name == "Adult[31m Social  Care"
    capsys.readouterr()
    assert await cli(db_url, "committee", "add", "HSC", "--name", "x" * 201) == 2
    assert "the name is 201 characters long; give at most 200" in capsys.readouterr().err
    assert await _committee(db, "HSC") is None
    assert await cli(db_url, "committee", "rename", "ASC", "--name", "\u202e\x07") == 2
    assert "give the new name with --name" in capsys.readouterr().err
    assert await cli(db_url, "committee", "rename", "ASC", "--name", "Adult Social Care\u2066 Scrutiny") == 0
    asc = await _committee(db, "ASC")
    assert asc is not None and asc.name == "Adult Social Care Scrutiny"
