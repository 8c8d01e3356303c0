"""Any text sent to the bot gives a Reply; when that reply is an error, the store is exactly as before.

Runs `handlers.dispatch.respond` over a real (SQLite) store with a committee, people and actions,
as an admin, an officer, a stranger and nobody, in the committee's channel and in a DM.
"""

from __future__ import annotations

import asyncio
from typing import Any

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel

from handlers.context import Context
from handlers.dispatch import respond
from handlers.grammar import VERBS
from handlers.replies import ActionCard, ActionList, FileReply, Level, Multi, Notice, Table
from storage import actions, committees, people
from storage.actions import Due
from storage.db import Database
from storage.models import DueKind
from tests.conftest import NOW
from tests.support.chat import Chat, build_committee

REPLIES = (ActionList, ActionCard, Notice, Table, FileReply, Multi)
WHO = ("Sam Patel", "Tom Reed", "Olive Outsider", None)

words = st.sampled_from(
    [
        *VERBS,
        "A1",
        "A2",
        "A3",
        "A999",
        "A0",
        "ASC",
        "HSC",
        "next",
        "meeting",
        "all",
        "share",
        "mine",
        "overdue",
        "2024-02-30",
        "2024-03-01",
        "31/12/2024",
        "7d",
        "3w",
        "-1",
        "99999999999999999999",
        '"',
        "'",
        "@Tom",
        "<@U1>",
        "Reed",
        "member",
        "admin",
        "chair",
        "on",
        "off",
        "to",
        "\u00a0",
        "\x00",
        "😀",
        "https://example.invalid/minutes.pdf",
        "page",
        "2",
    ]
)
texts = st.one_of(st.text(max_size=200), st.lists(words, min_size=1, max_size=7).map(" ".join))


async def _seed(db: Database) -> None:
    await build_committee(db, now=NOW)
    async with db.transaction() as s:
        asc = await committees.get_committee(s, code="ASC")
        assert asc is not None and asc.id is not None
        sam = (await people.find_people(s, name="Sam Patel"))[0]
        tom = (await people.find_people(s, name="Tom Reed"))[0]
        meeting = await committees.next_meeting(s, committee_id=asc.id, after=NOW)
        assert meeting is not None
        for text, restricted in (("Report travel time payments", False), ("Exempt: provider contract", True)):
            await actions.create_action(
                s,
                committee_id=asc.id,
                text=text,
                actor=sam,
                now=NOW,
                assignee_id=tom.id,
                due=Due(DueKind.next_meeting, meeting_id=meeting.id),
                restricted=restricted,
            )
        await actions.create_action(s, committee_id=asc.id, text="Circulate the survey", actor=sam, now=NOW)


async def _snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    async with db.transaction() as s:
        for name, table in sorted(SQLModel.metadata.tables.items()):
            rows = (await s.execute(sa.select(table))).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def test_any_text_gives_a_reply_and_an_error_changes_nothing(sqlite_url: str) -> None:
    with asyncio.Runner() as runner:
        db = Database(sqlite_url)
        runner.run(_seed(db))
        chat = Chat(db, NOW)

        async def one(text: str, who: str | None, where: str | None) -> None:
            before = await _snapshot(db)
            actor = await chat.person(who) if who else None
            committee = await chat.committee(where) if where else None
            ctx = Context(
                actor=actor,
                now=NOW,
                committee=committee,
                platform="console",
                channel_id=f"console:{where or 'dm'}",
                is_dm=where is None,
            )
            reply = await respond(text, ctx=ctx, db=db)
            assert isinstance(reply, REPLIES), reply
            if isinstance(reply, Notice) and reply.level is Level.error:
                assert reply.text.strip()
                assert await _snapshot(db) == before, f"{text!r} was refused but changed the store"

        @settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
        @given(texts, st.sampled_from(WHO), st.sampled_from(["ASC", None]))
        def check(text: str, who: str | None, where: str | None) -> None:
            runner.run(one(text, who, where))

        try:
            check()
        finally:
            runner.run(db.dispose())
