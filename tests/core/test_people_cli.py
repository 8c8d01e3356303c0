"""`committee-bot people import|list|merge`: a people list from a spreadsheet, imported twice to
the same effect, bad rows reported by line; one person, one record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from storage import actions, audit, committees, people
from storage.db import Database
from storage.models import Action, ActionEvent, Person, Role
from tests.conftest import NOW
from tests.core.test_committee_cli import cli

PEOPLE = """name,email,title,committee,role
Sam Patel,sam.patel@borsetshire.gov.uk,Scrutiny Support Officer,ASC,admin
Tom Reed,Tom.Reed@borsetshire.gov.uk,Head of Commissioning,ASC,officer
Priya Shah,priya.shah@borsetshire.gov.uk,Director of Adult Social Care; Strategic Director of Social Care,ASC,officer
Joan Archer,joan.archer@borsetshire.gov.uk,,ASC,chair
Joan Archer,joan.archer@borsetshire.gov.uk,,HSC,member
Ed Grundy,,,ASC,councillor
Ann Other,not-an-email,,ASC,member
Bob Nobody,bob@borsetshire.gov.uk,,XYZ,member
,nameless@borsetshire.gov.uk,,ASC,member
Liz Lone,liz@borsetshire.gov.uk,Democratic Services Manager,,
Rob Roleless,rob@borsetshire.gov.uk,,,chair
"""


async def _snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    async with db.read() as s:
        return {
            name: sorted((tuple(r) for r in (await s.execute(sa.select(table))).all()), key=repr)
            for name, table in SQLModel.metadata.tables.items()
        }


async def _two_committees(url: str) -> None:
    assert (
        await cli(
            url, "committee", "add", "ASC", "--name", "Adult Social Care", "--workspace", "slack:T0COUNCIL"
        )
        == 0
    )
    assert (
        await cli(url, "committee", "add", "HSC", "--name", "Health", "--workspace", "slack:T0COUNCIL") == 0
    )


async def test_import_reports_bad_rows_by_line_imports_the_rest_and_twice_changes_nothing(
    db_url: str, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await _two_committees(db_url)
    sheet = tmp_path / "people.csv"
    sheet.write_text("\ufeff" + PEOPLE, encoding="utf-8")  # as Excel saves "CSV UTF-8"
    capsys.readouterr()
    assert await cli(db_url, "people", "import", str(sheet)) == 1
    out, err = capsys.readouterr()
    assert "people.csv: 5 people added, 0 already known; 5 titles and 5 roles added." in out
    assert err.splitlines()[1:] == [
        "  line 7: role 'councillor' is not one of admin, chair, member, officer",
        "  line 8: 'not-an-email' is not an email address",
        "  line 9: there is no committee 'XYZ'",
        "  line 10: no name",
        "  line 12: role chair needs a committee code",
    ]
    async with db.read() as s:
        everyone = {p.display_name: p for p in await people.list_people(s)}
        asc = await committees.get_committee(s, code="ASC")
        hsc = await committees.get_committee(s, code="HSC")
        assert asc is not None and asc.id is not None and hsc is not None and hsc.id is not None
        joan = everyone["Joan Archer"]
        assert joan.id is not None
        assert await people.roles_of(s, person_id=joan.id, committee_id=asc.id) == {Role.chair}
        assert await people.roles_of(s, person_id=joan.id, committee_id=hsc.id) == {Role.member}
    assert sorted(everyone) == ["Joan Archer", "Liz Lone", "Priya Shah", "Sam Patel", "Tom Reed"]
    assert everyone["Tom Reed"].email == "tom.reed@borsetshire.gov.uk"
    assert everyone["Priya Shah"].titles == [
        "Director of Adult Social Care",
        "Strategic Director of Social Care",
    ]
    assert everyone["Liz Lone"].workspace == "console", "no committee: the default workspace"
    assert everyone["Sam Patel"].workspace == "slack:T0COUNCIL", "the workspace of the row's committee"

    before = await _snapshot(db)
    assert await cli(db_url, "people", "import", str(sheet)) == 1
    assert (
        "0 people added, 5 already known; 0 titles and 0 roles added; nothing changed."
        in capsys.readouterr().out
    )
    assert await _snapshot(db) == before


async def test_a_bad_header_imports_nothing(
    db_url: str, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name,Email,Job title\nSam Patel,sam@x.gov.uk,Officer\n")
    assert await cli(db_url, "people", "import", str(sheet)) == 2
    assert (
        "line 1: the header must be name,email,title,committee,role (no title, committee, role column; "
        in (capsys.readouterr().err)
    )
    async with db.read() as s:
        assert await people.list_people(s) == []


async def test_merge_moves_roles_titles_assignments_and_history_in_one_go(
    db_url: str, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await _two_committees(db_url)
    async with db.transaction() as s:
        asc = await committees.get_committee(s, code="ASC")
        assert asc is not None and asc.id is not None
        imported = await people.add_person(
            s, display_name="Tom Reed", email="tom.reed@borsetshire.gov.uk", workspace="slack:T0COUNCIL"
        )
        chatting = await people.person_for_chat_user(
            s,
            platform="slack",
            workspace="slack:T0COUNCIL",
            user_id="U0TOMREED1",
            name="Tom Reed",
            email=None,
        )
        assert imported.id is not None and chatting.id is not None
        assert chatting.maybe_same_as == imported.id, "a name alone links nobody, but an admin is asked"
        await people.add_title(s, person=chatting, title="Head of Commissioning")
        await people.grant_role(s, committee_id=asc.id, person_id=imported.id, role=Role.officer)
        await people.grant_role(s, committee_id=asc.id, person_id=chatting.id, role=Role.officer)
        await people.grant_role(s, committee_id=asc.id, person_id=chatting.id, role=Role.member)
        made = await actions.create_action(
            s,
            committee_id=asc.id,
            text="Report the figures",
            actor=chatting,
            now=NOW,
            assignee_id=chatting.id,
        )
        await people.add_person(
            s, display_name="Tom Reed", email="tom@elsewhere.gov.uk", workspace="teams:other"
        )
    keep, drop = imported.id, chatting.id
    assert await cli(db_url, "people", "list") == 0
    assert f"MAY BE #{keep} (same name, nothing proves it): `committee-bot people merge {keep} {drop}`" in (
        capsys.readouterr().out
    )
    assert await cli(db_url, "people", "merge", str(keep), f"#{drop}") == 0
    assert (
        f"Merged #{drop} Tom Reed into #{keep} Tom Reed: 1 role, 1 action ({made.ref})"
        in capsys.readouterr().out
    )
    async with db.read() as s:
        tom = await people.get_person(s, person_id=keep)
        assert tom is not None and await people.get_person(s, person_id=drop) is None
        assert (tom.slack_user_id, tom.email, tom.titles) == (
            "U0TOMREED1",
            "tom.reed@borsetshire.gov.uk",
            ["Head of Commissioning"],
        )
        assert await people.roles_of(s, person_id=keep, committee_id=asc.id) == {Role.officer, Role.member}
        action = (await s.exec(select(Action).where(Action.id == made.id))).one()
        events = (await s.exec(select(ActionEvent).where(ActionEvent.action_id == made.id))).all()
        [merged] = [e for e in await audit.events(s) if e.kind == "people merged"]
    assert action.assignee_id == keep
    assert [e.actor_id for e in events] == [keep, None] and events[1].kind == "assign"
    assert merged.subject == f"#{drop} Tom Reed into #{keep} Tom Reed"

    async with db.read() as s:
        [other] = await people.list_people(s, workspace="teams:other")
    assert await cli(db_url, "people", "merge", str(keep), str(other.id)) == 2
    assert "people of different workspaces are never merged" in capsys.readouterr().err


async def test_a_chat_user_is_linked_by_email_in_their_own_workspace_only(db: Database) -> None:
    async with db.transaction() as s:
        sam = await people.add_person(
            s, display_name="Sam Patel", email="sam.patel@borsetshire.gov.uk", workspace="slack:T0COUNCIL"
        )
        foreign = await people.person_for_chat_user(
            s,
            platform="slack",
            workspace="slack:T0FOREIGN",
            user_id="U0SAMPATEL",
            name="Sam Patel",
            email="sam.patel@borsetshire.gov.uk",
        )
        home = await people.person_for_chat_user(
            s,
            platform="slack",
            workspace="slack:T0COUNCIL",
            user_id="U0SAMPATEL",
            name="Sam Patel",
            email="Sam.Patel@borsetshire.gov.uk",
        )
        everyone = (await s.exec(select(Person))).all()
    assert foreign.id != sam.id and foreign.workspace == "slack:T0FOREIGN" and foreign.maybe_same_as is None
    assert home.id == sam.id and home.slack_user_id == "U0SAMPATEL"
    assert len(everyone) == 2


async def test_names_and_titles_are_stored_without_control_or_bidi_characters(
    db_url: str, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: an ESC and a right-to-left override in a spreadsheet cell were stored as they came and
    printed by `people list` (and reached cards, channel posts and the tracker paper)."""
    await _two_committees(db_url)
    sheet = tmp_path / "people.csv"
    sheet.write_text(
        "name,email,title,committee,role\n"
        '"Tom\x1b[2J\tReed",tom.reed@borsetshire.gov.uk,Head of \u202eCommissioning,ASC,officer\n'
        f"{'x' * 201},long@borsetshire.gov.uk,,ASC,member\n",
        encoding="utf-8",
    )
    assert await cli(db_url, "people", "import", str(sheet)) == 1
    assert "line 3: the name is 201 characters long; at most 200" in capsys.readouterr().err
    async with db.read() as s:
        [tom] = await people.list_people(s)
    assert (tom.display_name, tom.titles) == ("Tom[2J Reed", ["Head of Commissioning"])
