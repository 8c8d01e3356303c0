"""In Teams, organisers create committees with `setup CODE "Name"` (Teams has no workspace admin
the bot can ask), in the tenant the message comes from; a message from another tenant sees
nothing of this one."""

from __future__ import annotations

from sqlmodel import select

from storage import committees, people
from storage.models import Person, Role
from tests.teams.conftest import TENANT, WORKSPACE, Teams
from tests.teams.test_messages import card_text


async def test_an_organiser_creates_a_committee_and_anyone_else_is_told_who_can(teams: Teams) -> None:
    await teams.send(teams.message('setup PSC "Planning Scrutiny"', who="Tom Reed"))
    refused = card_text(teams.connector.sent()[-1].body)
    assert "Only a Slack workspace admin or owner, or an organiser" in refused
    async with teams.db.transaction() as s:
        assert await committees.get_committee(s, code="PSC") is None
        tom = (await s.exec(select(Person).where(Person.teams_aad_id == "aad-tom"))).one()
        tom.organiser = True
        await people.save_person(s, person=tom)
    await teams.send(teams.message('setup PSC "Planning Scrutiny"', who="Tom Reed"))
    assert "Created Planning Scrutiny (PSC); you are its admin" in card_text(teams.connector.sent()[-1].body)
    async with teams.db.read() as s:
        psc = await committees.get_committee(s, code="PSC")
        assert psc is not None and psc.id is not None and tom.id is not None
        assert psc.workspace == WORKSPACE
        assert await people.roles_of(s, person_id=tom.id, committee_id=psc.id) == {Role.admin}


async def test_a_message_from_another_tenant_sees_nothing_here(teams: Teams) -> None:
    other = TENANT.replace("0001", "0999")
    body = teams.message("all", who="Sam Patel", personal=True, conversation="a:personal-other")
    body["conversation"]["tenantId"] = other
    body["channelData"]["tenant"]["id"] = other
    body["from"]["aadObjectId"] = "aad-sam"  # the same AAD id, in another tenant
    await teams.send(body)
    shown = card_text(teams.connector.sent()[-1].body)
    assert "home care" not in shown and "legal advice" not in shown, shown
    async with teams.db.read() as s:
        sams = (await s.exec(select(Person).where(Person.teams_aad_id == "aad-sam"))).all()
    assert sorted(p.workspace for p in sams) == sorted([WORKSPACE, f"teams:{other.lower()}"])
