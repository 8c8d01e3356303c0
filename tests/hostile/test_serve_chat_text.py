"""The real `committee-bot serve`: what people type comes back as they typed it, never as a command
to Slack, never with control characters, and an apostrophe is just a letter.

Issue 14 found `share search <!channel>` put `<!channel>` in the channel post's `text` (so Slack
notified the whole channel), `add Jo's report` answered "A quotation mark is not closed", and NUL,
BEL, ESC and a right-to-left override stored, echoed and shown in a channel header.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from sqlmodel import select

from storage import bindings, committees, people
from storage.db import Database
from storage.models import Action, ActionEvent, Role
from tests.drills.support import SLACK_WORKSPACE, Serve, new_serve, stop_quietly
from tests.drills.support import Commands as Signed
from tests.slack.fake_slack import TEAM_ID, FakeSlack

ADMIN = "U0ADMIN001"
CHANNEL = "C0ASCSCRU"
UNWANTED = ("\x00", "\x07", "\x1b", "\u202e", "\u202c", "\u2066")


@dataclass
class Chat:
    serve: Serve
    fake: FakeSlack
    slack: Signed
    db: Database

    async def ask(self, text: str, *, channel: str = CHANNEL) -> dict[str, Any]:
        """`/actions text` from the admin in the committee's channel: the answer, whole (blocks and
        all), from the ack when it came in the ack, else from the response_url."""
        name = f"ask-{time.time_ns()}"
        form = {
            "team_id": TEAM_ID, "channel_id": channel, "channel_name": "asc", "user_id": ADMIN,
            "user_name": "sam", "command": "/actions", "text": text, "api_app_id": "A0COMMBOT",
            "response_url": self.fake.response_url(name), "trigger_id": f"{name}.trigger",
        }  # fmt: skip
        status, body = await self.slack.exchange(urlencode(form))
        assert status == 200, (text, status, body)
        if body:
            return dict(json.loads(body))
        calls = await self.fake.wait_calls(f"response_url:{name}", timeout=15)
        return calls[-1].args

    async def shared(self, text: str) -> dict[str, Any]:
        """`/actions share ...`: the message posted in the channel."""
        before = len(self.fake.of("chat.postMessage"))
        await self.slack.command(text, user=ADMIN, channel=CHANNEL)
        calls = await self.fake.wait_calls("chat.postMessage", count=before + 1, timeout=15)
        return calls[before].args

    async def actions(self) -> list[Action]:
        async with self.db.transaction() as s:
            return list((await s.exec(select(Action).order_by(Action.id))).all())  # type: ignore[arg-type]


async def _seed(db: Database, committee_name: str) -> None:
    async with db.transaction() as s:
        committee = await committees.create_committee(
            s, code="ASC", name=committee_name, workspace=SLACK_WORKSPACE
        )
        assert committee.id is not None
        admin = await people.add_person(
            s, display_name="Sam Patel", slack_user_id=ADMIN, workspace=SLACK_WORKSPACE
        )
        obrien = await people.add_person(
            s, display_name="Siobhan O'Brien", email="s.obrien@example.gov.uk", workspace=SLACK_WORKSPACE
        )
        assert admin.id is not None and obrien.id is not None
        await people.grant_role(s, committee_id=committee.id, person_id=admin.id, role=Role.admin)
        await people.grant_role(s, committee_id=committee.id, person_id=obrien.id, role=Role.officer)
        await bindings.upsert_binding(
            s,
            platform="slack",
            channel_id=CHANNEL,
            now=datetime.now(UTC),
            committee_id=committee.id,
            name="#asc",
        )


@pytest.fixture
async def chat(tmp_path: Path, sqlite_url: str) -> AsyncIterator[Chat]:
    fake = FakeSlack()
    await fake.start()
    db = Database(sqlite_url)
    # a name stored before names were cleaned at the door: the override must still not reach a header
    await _seed(db, "Adult Social Care \u202eScrutiny")
    serve = new_serve(
        tmp_path, fake, sqlite_url, FETCH_ALLOWED_HOSTS="localhost", REMINDER_TICK_SECONDS="3600"
    )
    try:
        await serve.start()
        yield Chat(serve, fake, Signed(fake, serve.url), db)
    finally:
        await stop_quietly(serve)
        await db.dispose()
        await fake.stop()


def mrkdwn_texts(message: dict[str, Any]) -> list[str]:
    """The `text` field and every mrkdwn text object in the blocks: where Slack acts on <!channel>,
    <@U...> and links (plain_text, as in headers and buttons, is shown as it is)."""
    out = [str(message.get("text") or "")]

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn" and isinstance(node.get("text"), str):
                out.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(message.get("blocks") or [])
    return out


SPECIAL = ["<!channel>", "<!here>", f"<@{ADMIN}>", f"<#{CHANNEL}|asc>", "<https://evil.example|the minutes>"]


@pytest.mark.drill
async def test_user_text_in_a_channel_post_pings_nobody_and_links_nowhere(chat: Chat) -> None:
    added = await chat.ask("add Tell <!channel> & <@U0ADMIN001> about <https://evil.example|the minutes>")
    assert "A1" in added["text"]
    for special in SPECIAL:
        post = await chat.shared(f"share search {special}")
        assert post["channel"] == CHANNEL
        for text in mrkdwn_texts(post):
            assert "<" not in text and ">" not in text, (special, text)
        assert special.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in post["text"]
    listing = await chat.shared("share search minutes")
    shown = "\n".join(mrkdwn_texts(listing))
    assert (
        "Tell &lt;!channel&gt; &amp; &lt;@U0ADMIN001&gt; about &lt;https://evil.example|the minutes&gt;"
        in shown
    )
    private = await chat.ask("search <!channel>")
    assert all("<!channel>" not in t for t in mrkdwn_texts(private)), private


@pytest.mark.drill
async def test_an_apostrophe_is_part_of_a_word(chat: Chat) -> None:
    answers = [
        await chat.ask(text)
        for text in (
            "add Jo's report on day centres owner O'Brien",
            "update A1 don't know yet",
            "assign A1 O'Brien",
            "search Jo's",
            "owner O'Brien",
            "done A1 Jo's figures went to the clerk",
        )
    ]
    for answer in answers:
        assert "quotation mark" not in answer["text"], answer["text"]
        assert ":x:" not in answer["text"], answer["text"]
    [action] = await chat.actions()
    assert action.text == "Jo's report on day centres"
    assert action.status == "done"
    async with chat.db.transaction() as s:
        notes = [
            e.note
            for e in (await s.exec(select(ActionEvent).where(ActionEvent.action_id == action.id))).all()
        ]
    assert "don't know yet" in notes and "Jo's figures went to the clerk" in notes
    assert "A1" in "\n".join(mrkdwn_texts(answers[3])) and "A1" in "\n".join(mrkdwn_texts(answers[4]))


@pytest.mark.drill
async def test_control_and_bidi_characters_are_neither_stored_nor_echoed(chat: Chat) -> None:
    typed = "add Re\x00port\x07 on \x1b[31mcarers\u202e reversed\u202c\u2066 now"
    answer = await chat.ask(typed)
    [action] = await chat.actions()
    assert action.text == "Report on [31mcarers reversed now"
    for text in mrkdwn_texts(answer):
        assert not any(ch in text for ch in UNWANTED), repr(text)
    await chat.ask("update A1 first line\nsecond\tline\x1b")
    async with chat.db.transaction() as s:
        notes = [e.note for e in (await s.exec(select(ActionEvent))).all()]
    assert "first line\nsecond\tline" in notes, "newlines and tabs stay"

    post = await chat.shared("share")
    header = post["blocks"][0]
    assert (
        header["type"] == "header" and header["text"]["text"] == "Open actions of Adult Social Care Scrutiny"
    )
    for text in mrkdwn_texts(post):
        assert not any(ch in text for ch in UNWANTED), repr(text)

    minutes = (
        "Minutes of the Meeting of the ADULT SOCIAL CARE SCRUTINY COMMISSION\n\n"
        "Held: Tuesday, 9 January 2024 at 5:30 pm\n\n14. DAY CENTRES\n\nRESOLVED:\n"
        "That the Head of Commissioning\x07 provide \u202eattendance\u202c figures\x1b to the next meeting.\n"
    )
    page = chat.fake.add_page("asc-minutes.txt", minutes.encode()).replace("127.0.0.1", "localhost")
    imported = await chat.ask(f"import <{page}>")
    assert "1 new proposal (" in imported["text"], imported["text"]
    found = (await chat.actions())[-1]
    assert found.text == "That the Head of Commissioning provide attendance figures to the next meeting."
    assert not any(ch in (found.owner_text or "") for ch in UNWANTED)
