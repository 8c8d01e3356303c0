"""The end-to-end story: an admin binds a channel, imports minutes and confirms; an officer marks done."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from storage.models import Action, ActionEvent, ActionStatus, ChannelBinding, Person
from tests.slack.conftest import CHANNEL, MINUTES, SAM, TOM, Slack, find_button, refs_in


async def test_admin_imports_and_officer_marks_done(
    slack_both: Slack, monkeypatch: pytest.MonkeyPatch
) -> None:
    slack, fake = slack_both, slack_both.fake
    monkeypatch.setenv("FETCH_ALLOWED_HOSTS", "127.0.0.1")  # the minutes page is on the fake, on loopback

    # 1. the admin binds the channel, imports minutes and confirms what the bot found
    answer = await slack.answer(await slack.command("setup asc", user=SAM))
    assert answer["response_type"] == "ephemeral"
    assert "now follows Adult Social Care Scrutiny Commission (ASC)" in answer["text"]
    async with slack.db.transaction() as session:
        binding = (await session.exec(select(ChannelBinding))).one()
        sam = (await session.exec(select(Person).where(Person.slack_user_id == SAM))).one()
    assert (binding.platform, binding.channel_id, binding.name) == ("slack", CHANNEL, "asc-scrutiny")
    assert sam.display_name == "Sam Patel"  # linked to the admin by the email users.info gave

    url = fake.add_page("asc/2024-01-09-minutes.txt", MINUTES.encode())
    answer = await slack.answer(await slack.command(f"import <{url}>", user=SAM))
    assert "2 new proposals" in answer["text"], answer["text"]

    review = await slack.answer(await slack.command("review", user=SAM))
    proposals = refs_in(review["blocks"])
    assert len(proposals) == 2
    button, block_id = find_button(review["blocks"], "confirm", proposals[0])
    await slack.interaction(
        slack.block_actions(button, block_id, user=SAM, response_url=fake.response_url("review-click"))
    )
    replaced = await slack.answer("review-click")
    assert replaced["replace_original"] is True
    assert f"{proposals[0]} is confirmed and open" in replaced["blocks"][0]["elements"][0]["text"]
    assert refs_in(replaced["blocks"]) == [proposals[1]]  # the review listing, shown again in place
    answer = await slack.answer(await slack.command("confirm all", user=SAM))
    assert f"Confirmed 1 action: {proposals[1]}" in answer["text"]

    # 2. the officer lists their actions and clicks Mark done
    mine = await slack.answer(await slack.command("mine", user=TOM))
    assert mine["response_type"] == "ephemeral"
    [ref] = refs_in(mine["blocks"])
    assert "attendance figures for each day centre" in json.dumps(mine["blocks"])
    button, block_id = find_button(mine["blocks"], "done", ref)
    assert block_id.endswith(":mine")
    status = await slack.interaction(
        slack.block_actions(button, block_id, user=TOM, response_url=fake.response_url("done-click"))
    )
    assert status == 200

    # 3. the action is done, with its audit event, and the message was updated in place
    updated = await slack.answer("done-click")
    assert updated["replace_original"] is True
    assert f"{ref} is done" in updated["blocks"][0]["elements"][0]["text"]
    assert ref not in refs_in(updated["blocks"])
    async with slack.db.transaction() as session:
        action = (await session.exec(select(Action).where(Action.ref == ref))).one()
        events = (await session.exec(select(ActionEvent).where(ActionEvent.action_id == action.id))).all()
        tom = (await session.exec(select(Person).where(Person.slack_user_id == TOM))).one()
    assert action.status == ActionStatus.done
    assert action.assignee_id == tom.id  # "the Head of Commissioning" in the minutes is Tom
    done = [e for e in events if e.kind == "done"]
    assert len(done) == 1 and done[0].actor_id == tom.id and done[0].actor_name == "Tom Reed"
    assert [c.method for c in fake.calls if c.method == "users.info"] == ["users.info", "users.info"]
