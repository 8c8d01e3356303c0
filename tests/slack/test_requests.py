"""Real signed requests into the real server: commands, buttons, the modal, App Home, shared files."""

from __future__ import annotations

import io
import json
import sqlite3
import time
from datetime import timedelta
from typing import Any

import docx
import pytest
from sqlmodel import select

from bot.slack.commands import ANSWER_IN_ACK_SECONDS
from storage import actions as store
from storage import committees, people
from storage.models import Action, ActionEvent, Person, SeenRequest
from tests.slack.conftest import CHANNEL, JO, MINUTES, SAM, TOM, Slack, find_button, refs_in


async def _bind(slack: Slack) -> None:
    answer = await slack.answer(await slack.command("setup ASC", user=SAM))
    assert "now follows" in answer["text"]


async def _open_action(slack: Slack, text: str, *, restricted: bool = False, assignee: str = TOM) -> str:
    """An open action of ASC assigned to Tom (seeded straight into the store)."""
    from datetime import UTC, datetime

    async with slack.db.transaction() as session:
        committee = await committees.get_committee(session, code="ASC")
        tom = (await people.find_people(session, name="Tom Reed"))[0]
        if tom.slack_user_id is None and assignee == TOM:
            tom.slack_user_id = TOM
            session.add(tom)
        assert committee is not None and committee.id is not None
        action = await store.create_action(
            session,
            committee_id=committee.id,
            text=text,
            actor=None,
            now=datetime.now(UTC),
            owner_text="Head of Commissioning",
            assignee_id=tom.id,
            restricted=restricted,
        )
        assert action.ref is not None
        return action.ref


async def test_bad_signature_and_stale_timestamp_get_401_and_change_nothing(slack: Slack) -> None:
    body, name = slack.command_body("setup ASC", user=SAM)
    status, _ = await slack.post(body, signature="v0=" + "0" * 64)
    assert status == 401
    status, _ = await slack.post(body, timestamp=int(time.time()) - 6 * 60)
    assert status == 401
    other = Slack(
        slack.fake, slack.url, slack.db, slack.http, slack.edge, secret="not-the-signing-secret-at-all"
    )
    status, _ = await other.post(body)
    assert status == 401
    await slack.settled()
    assert slack.fake.calls == []
    async with slack.db.transaction() as session:
        assert (await session.exec(select(SeenRequest))).all() == []
        assert (await session.exec(select(Person).where(Person.slack_user_id == SAM))).all() == []
    # the same body, signed properly, is accepted
    status, _ = await slack.post(body)
    assert status == 200
    assert "now follows" in (await slack.answer(name))["text"]


@pytest.mark.usefixtures("roomy_ack")
async def test_a_quick_answer_comes_back_in_the_ack_itself(slack: Slack) -> None:
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    body, name = slack.command_body("", user=SAM)
    status, text = await slack.post(body)
    assert status == 200
    answer = json.loads(text)
    assert answer["response_type"] == "ephemeral"
    assert refs_in(answer["blocks"]) == [ref]
    await slack.settled()
    assert slack.fake.of(f"response_url:{name}") == []


@pytest.mark.usefixtures("roomy_ack")
async def test_a_repeated_command_changes_once_and_a_repeated_read_is_answered_again(slack: Slack) -> None:
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}

    body, _ = slack.command_body(f"update {ref} Figures sent to the clerk", user=TOM)
    first = json.loads((await slack.post(body))[1])
    assert "Figures sent to the clerk" in json.dumps(first)
    status, again = await slack.post(body, extra=retry)
    assert status == 200 and again == ""  # the repeat is acked and does nothing
    async with slack.db.transaction() as session:
        events = (await session.exec(select(ActionEvent).where(ActionEvent.kind == "progress"))).all()
    assert [e.note for e in events] == ["Figures sent to the clerk"]

    body, _ = slack.command_body(f"show {ref}", user=TOM)
    answers = [json.loads((await slack.post(body, extra=extra))[1]) for extra in (None, retry)]
    assert answers[0] == answers[1] and ref in answers[0]["text"]


async def test_command_acks_in_time_while_the_store_is_busy_and_answers_after(slack: Slack) -> None:
    path = slack.db.url.split("///", 1)[1]
    locker = sqlite3.connect(path, timeout=1)
    locker.isolation_level = None
    locker.execute("BEGIN IMMEDIATE")  # nobody else can write until this ends
    try:
        started = time.monotonic()
        body, name = slack.command_body("mine", user=JO)  # JO is new: the bot must write her down
        status, text = await slack.post(body)
        acked = time.monotonic() - started
        assert status == 200 and text == ""  # an empty ack: the answer is not ready
        assert slack.edge.busy() and slack.fake.of(f"response_url:{name}") == []  # the work waits...
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert acked < ANSWER_IN_ACK_SECONDS + 1.0, f"ack took {acked:.2f}s"
    answer = await slack.answer(name)  # ...and answers once it is free
    assert "You have no open actions" in answer["text"]


async def test_listing_is_ephemeral_and_share_posts_without_exempt_items(slack: Slack) -> None:
    await _bind(slack)
    public = await _open_action(slack, "Report the day centre attendance figures")
    secret = await _open_action(slack, "Settle the contract dispute with the provider", restricted=True)

    answer = await slack.answer(await slack.command("", user=SAM))
    assert answer["response_type"] == "ephemeral"
    assert sorted(refs_in(answer["blocks"])) == sorted([public, secret])
    assert slack.fake.of("chat.postMessage") == []

    await slack.command("share", user=SAM)
    [post] = await slack.fake.wait_calls("chat.postMessage")
    assert post.args["channel"] == CHANNEL
    assert refs_in(post.args["blocks"]) == [public]
    assert "contract dispute" not in json.dumps(post.args)
    assert len(post.args["blocks"]) <= 50


async def test_share_where_the_bot_is_not_in_the_channel_tells_the_caller_and_the_admin(slack: Slack) -> None:
    await _bind(slack)
    await _open_action(slack, "Report the day centre attendance figures")
    slack.fake.script("chat.postMessage", {"ok": False, "error": "not_in_channel"})
    answer = await slack.answer(await slack.command("share overdue", user=TOM))
    assert answer["response_type"] == "ephemeral"
    assert "not_in_channel" in answer["text"] and "/invite" in answer["text"]
    dms = await slack.fake.wait_for(lambda: slack.fake.of("chat.postMessage")[1:])
    assert slack.fake.of("conversations.open")[0].args["users"] == SAM
    assert dms[0].args["channel"] == "D" + SAM[1:]
    assert "not_in_channel" in dms[0].args["text"] and "ASC" in dms[0].args["text"]


async def test_add_update_opens_a_modal_and_a_retried_submission_counts_once(slack: Slack) -> None:
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    listing = await slack.answer(await slack.command("list", user=TOM))
    button, block_id = find_button(listing["blocks"], "update", ref)
    payload = slack.block_actions(button, block_id, user=TOM, response_url=slack.fake.response_url("list-1"))
    assert await slack.interaction(payload) == 200
    [opened] = await slack.fake.wait_calls("views.open")
    assert opened.args["trigger_id"] == payload["trigger_id"]
    view = opened.args["view"]
    assert view["callback_id"] == "add_update"

    submission = {
        "type": "view_submission",
        "team": {"id": "T0COUNCIL", "domain": "borsetshire"},
        "user": {"id": TOM, "username": "tom", "team_id": "T0COUNCIL"},
        "api_app_id": "A0COMMBOT",
        "trigger_id": "99.1.trigger",
        "view": {
            **view,
            "id": "V0MODAL01",
            "hash": "1700000000.abc",
            "state": {
                "values": {"note": {"note": {"type": "plain_text_input", "value": "Figures sent to members"}}}
            },
        },
    }
    assert await slack.interaction(submission) == 200
    assert (
        await slack.interaction(
            submission, extra={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
        )
        == 200
    )
    replaced = await slack.answer("list-1")
    assert replaced["replace_original"] is True
    assert f"Update added to {ref}" in json.dumps(replaced["blocks"])
    assert refs_in(replaced["blocks"]) == [ref]
    await slack.settled()
    async with slack.db.transaction() as session:
        action = (await session.exec(select(Action).where(Action.ref == ref))).one()
        notes = (
            await session.exec(
                select(ActionEvent).where(
                    ActionEvent.action_id == action.id, ActionEvent.note == "Figures sent to members"
                )
            )
        ).all()
    assert len(notes) == 1 and notes[0].actor_name == "Tom Reed"
    assert len(slack.fake.of("response_url:list-1")) == 1

    empty = {
        **submission,
        "view": {
            **submission["view"],
            "id": "V0MODAL02",
            "state": {"values": {"note": {"note": {"value": "  "}}}},
        },
    }
    status, text = await slack.post("payload=" + __import__("urllib.parse").parse.quote(json.dumps(empty)))
    assert status == 200
    assert json.loads(text)["response_action"] == "errors"


async def test_snooze_menu_and_a_refusal_for_someone_else(slack: Slack) -> None:
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    listing = await slack.answer(await slack.command("list", user=TOM))
    menu, block_id = find_button(listing["blocks"], "snooze", ref)
    assert [o["text"]["text"] for o in menu["options"]] == ["1 week", "Until next meeting"]

    # Jo has no role on the committee: refused, privately, and the listing is left alone
    await slack.interaction(
        slack.block_actions(
            menu, block_id, user=JO, response_url=slack.fake.response_url("jo"), selected=f"week:{ref}"
        )
    )
    refusal = await slack.answer("jo")
    assert refusal.get("replace_original") is False and "Only" in refusal["text"]

    await slack.interaction(
        slack.block_actions(
            menu, block_id, user=TOM, response_url=slack.fake.response_url("tom"), selected=f"week:{ref}"
        )
    )
    replaced = await slack.answer("tom")
    assert replaced["replace_original"] is True
    async with slack.db.transaction() as session:
        action = (await session.exec(select(Action).where(Action.ref == ref))).one()
    assert action.snoozed_until is not None
    assert timedelta(days=6) < action.snoozed_until - action.created_at < timedelta(days=8)


async def test_done_in_a_shared_message_updates_it_with_chat_update(slack: Slack) -> None:
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    other = await _open_action(slack, "Write to the provider about travel time")
    await slack.command("share", user=SAM)
    [post] = await slack.fake.wait_calls("chat.postMessage")
    button, block_id = find_button(post.args["blocks"], "done", ref)
    await slack.interaction(
        slack.block_actions(
            button,
            block_id,
            user=TOM,
            response_url=slack.fake.response_url("shared"),
            ephemeral=False,
            message_ts="1700000000.000001",
        )
    )
    [update] = await slack.fake.wait_calls("chat.update")
    assert update.args["channel"] == CHANNEL and update.args["ts"] == "1700000000.000001"
    assert refs_in(update.args["blocks"]) == [other]
    assert f"{ref} is done" in json.dumps(update.args["blocks"])


async def test_app_home_shows_my_actions_and_next_meetings_once_per_event(slack: Slack) -> None:
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    async with slack.db.transaction() as session:
        tom = (await session.exec(select(Person).where(Person.slack_user_id == TOM))).one()
        committee = await committees.get_committee(session, code="ASC")
        assert committee is not None and committee.id is not None and tom.id is not None
        from storage.models import Role

        await people.grant_role(session, committee_id=committee.id, person_id=tom.id, role=Role.officer)
    event = {"type": "app_home_opened", "user": TOM, "channel": "D0TOMHOME", "tab": "home", "event_ts": "1.2"}
    assert await slack.event(event, event_id="Ev0HOME001") == 200
    assert await slack.event(event, event_id="Ev0HOME001", extra={"X-Slack-Retry-Num": "1"}) == 200
    [published] = await slack.fake.wait_calls("views.publish")
    await slack.settled()
    assert len(slack.fake.of("views.publish")) == 1
    assert published.args["user_id"] == TOM
    home = published.args["view"]
    assert home["type"] == "home"
    assert refs_in(home["blocks"]) == [ref]
    text = json.dumps(home)
    assert "Your open actions" in text and "Adult Social Care Scrutiny Commission (ASC)" in text
    assert "Shire Hall" in text

    # a button pressed in the Home tab re-publishes it
    button, block_id = find_button(home["blocks"], "done", ref)
    payload = slack.block_actions(button, block_id, user=TOM, response_url="")
    payload["container"] = {"type": "view", "view_id": "V0HOME"}
    payload.pop("response_url")
    payload.pop("channel")
    await slack.interaction(payload)
    second = (await slack.fake.wait_calls("views.publish", 2))[-1]
    assert refs_in(second.args["view"]["blocks"]) == []
    assert f"{ref} is done" in json.dumps(second.args["view"])


def _docx(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


async def test_minutes_shared_as_a_docx_are_imported_for_an_admin_only(slack: Slack) -> None:
    await _bind(slack)
    slack.fake.add_file("F0MINUTES1", "asc-minutes-2024-01-09.docx", _docx(MINUTES))
    slack.fake.add_file("F0HOLIDAY1", "holiday.jpg", b"\xff\xd8 not minutes")
    event = {
        "type": "file_shared",
        "file_id": "F0MINUTES1",
        "user_id": TOM,
        "channel_id": CHANNEL,
        "event_ts": "1.1",
    }
    assert await slack.event(event) == 200  # Tom is not an admin: ignored quietly
    assert await slack.event({**event, "file_id": "F0HOLIDAY1", "user_id": SAM}) == 200  # not minutes
    assert await slack.event({**event, "user_id": SAM}) == 200
    [told] = await slack.fake.wait_calls("chat.postEphemeral")
    assert told.args["channel"] == CHANNEL and told.args["user"] == SAM
    assert "2 new proposals" in told.args["text"]
    [download] = slack.fake.of("file_download")
    assert download.args["file"] == "F0MINUTES1" and download.token == f"Bearer {slack.fake.token}"
    async with slack.db.transaction() as session:
        assert len((await session.exec(select(Action))).all()) == 2


async def test_a_direct_message_lists_my_actions(slack: Slack) -> None:
    ref = await _open_action(slack, "Report the day centre attendance figures")
    answer = await slack.answer(
        await slack.command("", user=TOM, channel="D0TOMDM01", channel_name="directmessage")
    )
    assert answer["blocks"][0]["text"]["text"] == "Your open actions"
    assert refs_in(answer["blocks"]) == [ref]


async def test_a_new_slack_user_becomes_a_person_once(slack: Slack) -> None:
    first = await slack.answer(await slack.command("mine", user=JO))
    second = await slack.answer(await slack.command("help", user=JO))
    assert "no open actions" in first["text"].lower()
    assert "/actions" in json.dumps(second["blocks"])
    async with slack.db.transaction() as session:
        jo = (await session.exec(select(Person).where(Person.slack_user_id == JO))).all()
    assert [(p.display_name, p.email) for p in jo] == [("Jo Bloggs", None)]
    assert len(slack.fake.of("users.info")) == 1


async def test_a_bad_command_gets_a_specific_message(slack: Slack) -> None:
    answer = await slack.answer(await slack.command("snooze A1 forever", user=TOM))
    assert "forever" in answer["text"] and "7d" in answer["text"]
    assert "Usage" in json.dumps(answer["blocks"])


async def test_a_command_whose_text_says_payload_is_answered(slack: Slack) -> None:
    """bolt reads any form body holding the word "payload" as an interaction, finds no payload
    field and sees an empty request: the edge hands it the form it has parsed instead."""
    await _bind(slack)
    ref = await _open_action(slack, "Check the payload of the council's webhook")
    answer = await slack.answer(await slack.command("search payload", user=SAM))
    assert refs_in(answer["blocks"]) == [ref]
    answer = await slack.answer(await slack.command(f"update {ref} payload checked", user=TOM))
    assert "payload checked" in json.dumps(answer)


async def test_the_servers_web_api_calls_share_one_connection(slack: Slack) -> None:
    """slack_sdk opens a session, so a connection (a TLS handshake against Slack), per call unless
    it is given one: the server's clients share one."""
    for user in (JO, "U0NEWCOMER"):  # people it has not met: users.info for each
        await slack.answer(await slack.command("mine", user=user))
    calls = [c for c in slack.fake.calls if not c.method.startswith("response_url")]
    assert len(calls) >= 2 and {c.method for c in calls} >= {"users.info"}
    assert len({c.peer for c in calls}) == 1, [(c.method, c.peer) for c in calls]


def _dm_event(text: str, *, user: str = TOM, **extra: Any) -> dict[str, Any]:
    """A message someone writes to the bot in its Messages tab."""
    return {
        "type": "message",
        "channel_type": "im",
        "channel": "D" + user[1:],
        "user": user,
        "text": text,
        "ts": f"{time.time():.6f}",
        **extra,
    }


async def test_a_direct_message_is_answered_in_the_conversation(slack: Slack) -> None:
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    assert await slack.event(_dm_event("mine")) == 200
    [post] = await slack.fake.wait_calls("chat.postMessage")
    assert post.args["channel"] == "D" + TOM[1:]
    assert refs_in(post.args["blocks"]) == [ref]

    assert await slack.event(_dm_event("shwo " + ref)) == 200
    _, error = await slack.fake.wait_calls("chat.postMessage", count=2)
    assert "show" in error.args["text"]  # the same help as /actions gives

    assert await slack.event(_dm_event("search day &amp; centre")) == 200  # as Slack sends "day & centre"
    *_, found = await slack.fake.wait_calls("chat.postMessage", count=3)
    headers = [b["text"]["text"] for b in found.args["blocks"] if b["type"] == "header"]
    assert any("\u201cday & centre\u201d" in h for h in headers), headers


async def test_a_direct_message_changes_once_and_the_bots_own_messages_are_ignored(slack: Slack) -> None:
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    event = _dm_event(f"update {ref} Figures sent to the clerk")
    assert await slack.event(event, event_id="Ev0DM000001") == 200
    assert await slack.event(event, event_id="Ev0DM000001", extra={"X-Slack-Retry-Num": "1"}) == 200
    for ignored in (
        _dm_event("mine", bot_id="B0COMMBOT"),
        _dm_event("mine", subtype="message_changed"),
        {**_dm_event("mine"), "channel_type": "channel", "channel": CHANNEL},
    ):
        assert await slack.event(ignored) == 200
    [answer] = await slack.fake.wait_calls("chat.postMessage")
    assert "Figures sent to the clerk" in json.dumps(answer.args)
    await slack.settled()
    assert len(slack.fake.of("chat.postMessage")) == 1
    async with slack.db.transaction() as session:
        events = (await session.exec(select(ActionEvent).where(ActionEvent.kind == "progress"))).all()
    assert [e.note for e in events] == ["Figures sent to the clerk"]
