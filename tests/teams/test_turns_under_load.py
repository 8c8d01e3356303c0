"""Teams turns run in the server's work queue: a message is answered 201 at once however busy the
workers are, its reply follows; when the queue is too far behind, the sender is told so."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from bot.work_queue import BUSY
from storage.models import ActionStatus
from tests.teams.conftest import Teams
from tests.teams.test_messages import action, card_text


async def _raw_post(teams: Teams, body: dict[str, Any]) -> tuple[int, str]:
    """Post without waiting for the turn (Teams.post waits for the queue to settle)."""
    async with teams.http.post(f"{teams.url}/api/messages", json=body) as response:
        return response.status, await response.text()


async def _hold_workers(teams: Teams) -> asyncio.Event:
    """The one worker kept busy until the event is set."""
    teams.edge.work.workers = 1
    release = asyncio.Event()

    async def held() -> None:
        await release.wait()

    assert teams.edge.work.submit(held)
    await asyncio.sleep(0)
    return release


async def test_a_message_is_answered_201_at_once_and_its_reply_follows(teams: Teams) -> None:
    release = await _hold_workers(teams)
    status, _ = await _raw_post(teams, teams.message("mine", personal=True, conversation="a:tom"))
    assert status == 201
    assert teams.edge.work.waiting == 1 and teams.connector.sent() == []
    release.set()
    assert await teams.edge.settle()
    [reply] = teams.connector.sent()
    assert "home care recommissioning" in card_text(reply.body)


async def test_when_too_busy_a_message_is_told_so_and_a_card_action_gets_a_message(teams: Teams) -> None:
    release = await _hold_workers(teams)
    teams.edge.work.capacity = 0
    status, _ = await _raw_post(teams, teams.message("done A1", personal=True, conversation="a:tom"))
    assert status == 201
    [told] = await _sent(teams, 1)
    assert told.body.get("text") == BUSY

    invoke = teams.activity(
        "invoke",
        name="adaptiveCard/action",
        value={
            "action": {"type": "Action.Execute", "verb": "done", "data": {"cb": "committee-bot", "ref": "A1"}}
        },
    )
    status, text = await _raw_post(teams, invoke)
    assert status == 200
    body = json.loads(text)
    assert body["type"] == "application/vnd.microsoft.activity.message" and body["value"] == BUSY
    release.set()
    assert await teams.edge.settle()
    assert (await action(teams, "A1")).status == ActionStatus.open, "nothing was done"


async def _sent(teams: Teams, count: int) -> list[Any]:
    async with asyncio.timeout(10):
        while len(teams.connector.sent()) < count:
            await asyncio.sleep(0.01)
    return teams.connector.sent()
