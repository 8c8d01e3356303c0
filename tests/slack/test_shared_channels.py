"""A Slack Connect channel shared by two workspaces the bot serves: each sees only its own
committees there, and neither can take the channel from the other's committee with `setup`."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlmodel import select

from storage import committees
from storage.models import ChannelBinding, Committee
from tests.slack.conftest import CHANNEL, SAM, Slack, _serve
from tests.slack.fake_slack import FakeSlack

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
