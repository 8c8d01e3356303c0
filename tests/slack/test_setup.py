"""`setup CODE "Name"` in a Slack channel: who may create a committee (a workspace admin or owner,
as users.info says through the real client, or an organiser), who becomes its admin, and the
refusals that say who can."""

from __future__ import annotations

from sqlmodel import select

from storage import audit, committees, people
from storage.models import ChannelBinding, Committee, CommitteeRole, Person, Role
from tests.slack.conftest import JO, SAM, WORKSPACE, Slack

WS_ADMIN = "U0WSADMIN1"
PLANNING = "C0PLANNING"


async def _committee(slack: Slack, code: str) -> Committee | None:
    async with slack.db.read() as s:
        return await committees.get_committee(s, code=code)


async def test_a_workspace_admin_creates_a_committee_and_becomes_its_admin(slack: Slack) -> None:
    slack.fake.add_user(WS_ADMIN, "Wendy Owner", "wendy@borsetshire.gov.uk", owner=True)
    text = 'setup PSC "Planning Scrutiny Committee"'
    answer = await slack.answer(
        await slack.command(text, user=WS_ADMIN, channel=PLANNING, channel_name="planning")
    )
    assert "Created Planning Scrutiny Committee (PSC); you are its admin" in answer["text"], answer
    psc = await _committee(slack, "PSC")
    assert psc is not None and psc.workspace == WORKSPACE
    async with slack.db.read() as s:
        wendy = (await s.exec(select(Person).where(Person.slack_user_id == WS_ADMIN))).one()
        assert wendy.id is not None and psc.id is not None
        assert await people.roles_of(s, person_id=wendy.id, committee_id=psc.id) == {Role.admin}
        binding = (await s.exec(select(ChannelBinding).where(ChannelBinding.channel_id == PLANNING))).one()
        [event] = await audit.events(s, workspace=WORKSPACE)
    assert binding.committee_id == psc.id
    assert (event.kind, event.subject, event.actor_name) == ("committee created", "PSC", "Wendy Owner")
    asked = [c for c in slack.fake.of("users.info") if c.args.get("user") == WS_ADMIN]
    assert len(asked) == 2, "once to know who Wendy is, once to ask whether she administers the workspace"

    # binding another channel to it is for its admins, and the refusal says who they are
    answer = await slack.answer(await slack.command("setup PSC", user=JO, channel="C0OTHER"))
    assert "Only an admin of PSC can bind channels to PSC. Admins: Wendy Owner." in answer["text"]


async def test_anyone_else_is_refused_with_who_can_and_nothing_changes(slack: Slack) -> None:
    answer = await slack.answer(
        await slack.command('setup PSC "Planning Scrutiny Committee"', user=JO, channel=PLANNING)
    )
    assert "Only a Slack workspace admin or owner, or an organiser" in answer["text"]
    assert "committee-bot organisers add" in answer["text"]
    assert await _committee(slack, "PSC") is None
    async with slack.db.read() as s:
        assert (await s.exec(select(ChannelBinding).where(ChannelBinding.channel_id == PLANNING))).all() == []
        roles = (await s.exec(select(CommitteeRole))).all()
    assert len(roles) == 1, "only the seeded admin of ASC"

    # an existing committee is not the first comer's: its code can't be taken over
    answer = await slack.answer(
        await slack.command('setup ASC "Adult Social Care Scrutiny Commission"', user=JO)
    )
    assert "Only an admin of ASC can bind channels to ASC. Admins: Sam Patel." in answer["text"]
    answer = await slack.answer(await slack.command("setup XYZ", user=SAM))
    assert (
        'There is no committee XYZ. Known committees: ASC. To create it here: `setup XYZ "Its full name"`'
        in (answer["text"])
    )
    answer = await slack.answer(await slack.command('setup PSC "Planning"', user=JO, channel="D0JOBLOGGS"))
    assert "not in a direct message" in answer["text"]


async def test_an_organiser_creates_one_without_being_a_workspace_admin(slack: Slack) -> None:
    await slack.answer(await slack.command("help", user=JO))  # Jo is now known to the bot
    async with slack.db.transaction() as s:
        jo = (await s.exec(select(Person).where(Person.slack_user_id == JO))).one()
        jo.organiser = True
        await people.save_person(s, person=jo)
    answer = await slack.answer(await slack.command('setup HSC "Health Scrutiny"', user=JO, channel=PLANNING))
    assert "Created Health Scrutiny (HSC)" in answer["text"]
    assert not [c for c in slack.fake.of("users.info") if c.args.get("user") == JO][1:], (
        "an organiser is not asked about"
    )
