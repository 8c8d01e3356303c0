"""A Slack Connect channel shared by two workspaces the bot serves: each sees only its own
committees there, and neither can take the channel from the other's committee with `setup`."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from storage import actions, committees
from storage.models import Action, ChannelBinding, Committee, Person
from tests.slack.conftest import CHANNEL, SAM, WORKSPACE, Slack, _serve
from tests.slack.fake_slack import FakeSlack

NOW = datetime.now(UTC)
OTHER_TEAM = "T0OTHERCO"
FAY = "U0FAYOTHER"  # a workspace admin of the other council


@pytest.fixture
async def shared(fake: FakeSlack, sqlite_url: str) -> AsyncIterator[Slack]:
    """The bot serving its own workspace and another council's, ASC bound to the shared channel."""
    async for slack in _serve(fake, sqlite_url, slack_allowed_teams=OTHER_TEAM):
        fake.add_user(FAY, "Fay Other", "fay@other-council.gov.uk", admin=True)
        answer = await slack.answer(await slack.command("setup ASC", user=SAM))
        assert "This channel now follows Adult Social Care Scrutiny Commission (ASC)" in answer["text"], (
            answer
        )
        yield slack


async def _bound(slack: Slack) -> list[tuple[str, int | None]]:
    async with slack.db.read() as s:
        rows = (await s.exec(select(ChannelBinding).where(ChannelBinding.channel_id == CHANNEL))).all()
    return [(b.channel_id, b.committee_id) for b in rows]


async def _asc_id(slack: Slack) -> int | None:
    async with slack.db.read() as s:
        asc = await committees.get_committee(s, code="ASC")
    assert asc is not None
    return asc.id


async def test_another_workspace_cannot_take_a_shared_channel_from_a_committee(shared: Slack) -> None:
    """Before: Fay's `setup OTH "..."` created OTH in her workspace and moved the shared channel to
    it, so ASC's reminders silently stopped; `setup ASC` answered "There is no committee ASC"."""
    before = await _bound(shared)
    assert before == [(CHANNEL, await _asc_id(shared))]
    for text in ('setup OTH "Other Council Scrutiny"', "setup ASC", 'setup ASC "Anything"'):
        answer = await shared.answer(await shared.command(text, user=FAY, team_id=OTHER_TEAM))
        assert "shared with another workspace, and follows one of its committees" in answer["text"], answer
        assert "Adult Social Care" not in answer["text"]
    assert await _bound(shared) == before
    async with shared.db.read() as s:
        assert (await s.exec(select(Committee).where(Committee.code == "OTH"))).all() == []

    # she creates it in a channel of her own, and the shared channel still follows ASC
    answer = await shared.answer(
        await shared.command(
            'setup OTH "Other Council Scrutiny"', user=FAY, team_id=OTHER_TEAM, channel="C0OTHERS"
        )
    )
    assert "Created Other Council Scrutiny (OTH)" in answer["text"], answer
    assert await _bound(shared) == before


async def test_the_channel_s_own_workspace_still_rebinds_it(shared: Slack) -> None:
    answer = await shared.answer(await shared.command('setup NEW "New Scrutiny Panel"', user=SAM))
    assert "Only a Slack workspace admin or owner, or an organiser" in answer["text"], answer
    answer = await shared.answer(await shared.command("setup ASC", user=SAM))
    assert "This channel now follows Adult Social Care Scrutiny Commission (ASC)" in answer["text"], answer


SAM_EMAIL = "sam.patel@borsetshire.gov.uk"  # the admin, recorded by the seed without a Slack id
OUTSIDER = "U0OUTSIDE1"  # a user of another organisation whose Slack says the same email


THEIRS_AND_OURS = sorted([(SAM, WORKSPACE), (OUTSIDER, f"slack:{OTHER_TEAM}")])
"""Sam, linked in our workspace; the outsider, a person of their own workspace with the same email."""


async def _sam_links(slack: Slack) -> list[tuple[str | None, str]]:
    async with slack.db.read() as s:
        rows = (await s.exec(select(Person).where(Person.email == SAM_EMAIL))).all()
    return sorted((p.slack_user_id, p.workspace) for p in rows)


async def test_a_file_shared_by_another_organisation_s_user_is_theirs_not_our_admin_s(
    shared: Slack,
) -> None:
    """Before: the file_shared event comes to our install with our team id, so the sharer was looked
    up in our workspace, linked by email to Sam (our admin), and the minutes were imported."""
    shared.fake.add_user(OUTSIDER, "Sam Patel", SAM_EMAIL)
    shared.fake.add_file("F0OUTSIDE1", "minutes.docx", b"PK not really", user_team=OTHER_TEAM)
    event = {"type": "file_shared", "file_id": "F0OUTSIDE1", "user_id": OUTSIDER, "channel_id": CHANNEL}
    assert await shared.event(event) == 200
    await shared.settled()
    assert shared.fake.of("file_download") == []
    assert await _sam_links(shared) == THEIRS_AND_OURS, "Sam's record is still Sam's alone"
    async with shared.db.read() as s:
        assert (await s.exec(select(Action))).all() == []


async def test_a_direct_message_from_another_organisation_s_user_reads_nothing_of_ours(
    shared: Slack,
) -> None:
    """Before: the message event's team is our install's, so the writer counted as one of ours."""
    shared.fake.add_user(OUTSIDER, "Sam Patel", SAM_EMAIL)
    async with shared.db.transaction() as s:
        asc = await committees.get_committee(s, code="ASC")
        assert asc is not None and asc.id is not None
        await actions.create_action(
            s, committee_id=asc.id, text="Report the day centre figures", actor=None, now=NOW
        )
    dm = {
        "type": "message",
        "channel_type": "im",
        "channel": "D0OUTSIDE1",
        "user": OUTSIDER,
        "user_team": OTHER_TEAM,
        "text": "all",
        "ts": "1.000001",
    }
    assert await shared.event(dm) == 200
    [answer] = await shared.fake.wait_calls("chat.postMessage")
    assert "day centre" not in json.dumps(answer.args), answer.args
    assert await _sam_links(shared) == THEIRS_AND_OURS


async def test_another_organisation_s_click_does_not_replace_a_committee_s_channel_message(
    shared: Slack,
) -> None:
    """Before: Fay's "Next page" on a listing posted in the shared channel re-ran the listing as
    her (her own committees, nothing of ours) and chat.update replaced ASC's message for everyone."""
    shared.fake.add_user(FAY, "Fay Other", "fay@other-council.gov.uk", admin=True)
    button = {"type": "button", "action_id": "page_next", "value": "list page 2"}
    payload = shared.block_actions(button, "list", user=FAY, response_url="", ephemeral=False)
    payload["user"]["team_id"] = OTHER_TEAM
    assert await shared.interaction(payload) == 200
    [told] = await shared.fake.wait_calls("chat.postEphemeral")
    assert told.args["user"] == FAY and "belongs to a committee of another organisation" in told.args["text"]
    await shared.settled()
    assert shared.fake.of("chat.update") == []
