"""Acks that never wait behind work: every request is acked at once while the server's work queue
is busy, its answer follows at the response_url (or in the conversation), and when the queue is too
far behind the user is told to try again instead of being left waiting.

The workers are kept busy the way a slow store or a slow Slack would: the first command of a user
the bot has never seen calls users.info, which the fake Slack holds until the test releases it.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any
from urllib.parse import urlencode

from sqlmodel import select

from bot.work_queue import BUSY
from storage.models import ActionEvent
from tests.slack.conftest import TOM, Slack, find_button
from tests.slack.test_requests import _bind, _dm_event, _open_action

RETRY = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}


async def _fill_workers(slack: Slack, workers: int) -> list[str]:
    """`workers` commands from users never seen before, each held in its worker by users.info."""
    slack.fake.hold("users.info")
    names = []
    for n in range(workers):
        names.append(await slack.command("mine", user=f"U0NEWBIE{n:02d}"))
    await slack.fake.wait_calls("users.info", count=workers)
    assert slack.edge.work.would_wait()
    return names


def _queue(slack: Slack, *, workers: int, **limits: Any) -> None:
    """Size the server's work queue before its first job starts the workers."""
    slack.edge.work.workers = workers
    for name, value in limits.items():
        setattr(slack.edge.work, name, value)


async def _notes(slack: Slack) -> list[str | None]:
    async with slack.db.transaction() as session:
        return [
            e.note for e in (await session.exec(select(ActionEvent).where(ActionEvent.kind == "progress")))
        ]


async def test_while_every_worker_is_busy_a_command_is_acked_at_once_and_answered_after(slack: Slack) -> None:
    _queue(slack, workers=2)
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    held = await _fill_workers(slack, 2)

    started = time.monotonic()
    body, name = slack.command_body("mine", user=TOM)
    status, text = await slack.post(body)
    acked = time.monotonic() - started
    assert status == 200 and text == "", "an empty ack: the workers are all busy"
    assert acked < 2.0, acked  # (no timing target here; a generous bound against a wait of seconds)
    assert slack.edge.work.waiting == 1
    assert slack.fake.of(f"response_url:{name}") == []

    slack.fake.release("users.info")
    answer = await slack.answer(name)
    assert ref in json.dumps(answer["blocks"])
    for newbie in held:
        assert "no open actions" in (await slack.answer(newbie))["text"].lower()


async def test_a_queue_too_far_behind_answers_busy_in_the_ack_and_changes_nothing(slack: Slack) -> None:
    _queue(slack, workers=1, capacity=1)
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    await _fill_workers(slack, 1)
    queued = await slack.command(f"update {ref} queued note", user=TOM)  # waits: the one place left
    body, refused = slack.command_body(f"update {ref} refused note", user=TOM)
    status, text = await slack.post(body)
    assert status == 200
    busy = json.loads(text)
    assert busy == {"text": BUSY, "response_type": "ephemeral"}
    slack.fake.release("users.info")
    assert "queued note" in json.dumps(await slack.answer(queued))
    await slack.settled()
    assert await _notes(slack) == ["queued note"]
    assert slack.fake.of(f"response_url:{refused}") == []


async def test_a_command_that_waited_too_long_is_answered_busy_and_not_done(slack: Slack) -> None:
    _queue(slack, workers=1, stale_after=0.3)
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    await _fill_workers(slack, 1)
    late = await slack.command(f"update {ref} too late", user=TOM)
    await asyncio.sleep(0.4)
    slack.fake.release("users.info")
    assert (await slack.answer(late))["text"] == BUSY
    await slack.settled()
    assert await _notes(slack) == []


async def test_a_retried_command_still_queued_changes_once(slack: Slack) -> None:
    _queue(slack, workers=1)
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    await _fill_workers(slack, 1)
    body, name = slack.command_body(f"update {ref} Figures sent to the clerk", user=TOM)
    assert (await slack.post(body))[0] == 200
    assert (await slack.post(body, extra=RETRY))[0] == 200
    assert slack.edge.work.waiting == 2, "both wait behind the held worker"
    slack.fake.release("users.info")
    await slack.settled()
    assert await _notes(slack) == ["Figures sent to the clerk"]
    [answer] = slack.fake.of(f"response_url:{name}")
    assert "Figures sent to the clerk" in json.dumps(answer.args)


async def test_direct_messages_and_buttons_wait_in_the_queue_not_in_the_ack(slack: Slack) -> None:
    _queue(slack, workers=1)
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    listing = await slack.answer(await slack.command("list", user=TOM))
    await _fill_workers(slack, 1)

    assert await slack.event(_dm_event("mine")) == 200
    button, block_id = find_button(listing["blocks"], "done", ref)
    click = slack.block_actions(button, block_id, user=TOM, response_url=slack.fake.response_url("click"))
    assert await slack.interaction(click) == 200
    assert slack.edge.work.waiting == 2
    assert slack.fake.of("chat.postMessage") == [] and slack.fake.of("response_url:click") == []

    slack.fake.release("users.info")
    [dm] = await slack.fake.wait_calls("chat.postMessage")
    assert dm.args["channel"] == "D" + TOM[1:] and ref in json.dumps(dm.args["blocks"])
    assert f"{ref} is done" in json.dumps((await slack.answer("click"))["blocks"])


async def test_when_too_busy_a_message_a_click_and_a_form_are_each_told_so(slack: Slack) -> None:
    _queue(slack, workers=1)
    await _bind(slack)
    ref = await _open_action(slack, "Report the day centre attendance figures")
    listing = await slack.answer(await slack.command("list", user=TOM))
    await slack.settled()
    slack.edge.work.capacity = 0  # from here on, nothing more is taken

    assert await slack.event(_dm_event("mine")) == 200
    [dm] = await slack.fake.wait_calls("chat.postMessage")
    assert dm.args["channel"] == "D" + TOM[1:] and BUSY in dm.args["text"]

    button, block_id = find_button(listing["blocks"], "done", ref)
    click = slack.block_actions(button, block_id, user=TOM, response_url=slack.fake.response_url("busy"))
    assert await slack.interaction(click) == 200
    told = await slack.answer("busy")
    assert BUSY in told["text"] and told.get("replace_original") is False, "the listing stays as it was"

    view = {
        "id": "V0BUSY0001",
        "type": "modal",
        "hash": "1.a",
        "callback_id": "add_update",
        "private_metadata": json.dumps({"ref": ref, "user_id": TOM, "response_url": None}),
        "state": {"values": {"note": {"note": {"type": "plain_text_input", "value": "Figures sent"}}}},
    }
    form = {"type": "view_submission", "user": {"id": TOM}, "team": {"id": "T0COUNCIL"}, "view": view}
    status, text = await slack.post(urlencode({"payload": json.dumps(form)}))
    assert status == 200
    assert json.loads(text) == {"response_action": "errors", "errors": {"note": BUSY}}, "the form stays open"
    await slack.settled()
    assert await _notes(slack) == []
    async with slack.db.transaction() as session:
        statuses = [e.kind for e in (await session.exec(select(ActionEvent)))]
    assert "done" not in statuses


async def test_an_ack_abandoned_while_it_waits_still_gets_its_answer_to_the_user(slack: Slack) -> None:
    """Should the request go away while its ack waits for the answer (its listener cancelled), the
    answer is not lost: it goes to the response_url."""
    from urllib.parse import parse_qsl

    from slack_sdk.web.async_client import AsyncWebClient

    from bot.slack.commands import SlashCommand

    await _bind(slack)
    body, name = slack.command_body("help", user=TOM)
    form = dict(parse_qsl(body))
    acks: list[dict[str, Any]] = []

    async def ack(**kwargs: Any) -> None:
        acks.append(kwargs)

    client = AsyncWebClient(token=slack.fake.token, base_url=slack.fake.api_url)
    listener = asyncio.get_running_loop().create_task(
        SlashCommand(slack.edge).on_command(ack, form, form, client)
    )
    await asyncio.sleep(0)
    listener.cancel()
    await asyncio.gather(listener, return_exceptions=True)
    assert acks == []
    answer = await slack.answer(name)
    assert "/actions" in json.dumps(answer["blocks"])
