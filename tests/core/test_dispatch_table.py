"""The dispatcher: one handler per command type, and the unit of work it owns (SQLite and
PostgreSQL): the delivery's claim commits with the change or not at all."""

from __future__ import annotations

import typing
from datetime import datetime

import pytest
from sqlmodel import select

from handlers import changes
from handlers import commands as c
from handlers.context import Context
from handlers.dispatch import Claim, execute_once, respond_once
from handlers.registry import Fetcher, Handler
from handlers.replies import ActionList, Level, Notice
from handlers.table import HANDLERS
from storage import actions as store
from storage.db import Database
from storage.models import ActionStatus, SeenRequest
from tests.support.chat import Chat, build_committee


def test_every_command_has_one_handler_and_every_handler_a_command() -> None:
    union = set(typing.get_args(c.Command))
    assert union, "Command is a union of the command types"
    assert union - HANDLERS.types() == set(), "commands nobody handles"
    assert HANDLERS.types() - union == set(), "handlers of types missing from the Command union"


def test_handlers_say_whether_they_write() -> None:
    reads = set()
    for command in typing.get_args(c.Command):
        entry = HANDLERS.of(command)
        assert isinstance(entry, Handler | Fetcher)
        if isinstance(entry, Handler) and not entry.writes:
            reads.add(command)
    assert reads == {c.ListActions, c.Show, c.Help, c.Home}


@pytest.fixture
async def chat(db: Database, now: datetime) -> Chat:
    await build_committee(db, now=now)
    chat = Chat(db, now)
    await chat.say("add Circulate the provider list owner Tom Reed", who="Sam Patel")
    return chat


async def _ctx(chat: Chat, who: str) -> Context:
    return Context(
        actor=await chat.person(who),
        now=chat.now,
        committee=await chat.committee("ASC"),
        platform="slack",
        channel_id="C1",
    )


async def _claimed(db: Database, key: str) -> bool:
    async with db.read() as session:
        return (await session.exec(select(SeenRequest).where(SeenRequest.key == key))).first() is not None


async def _status(db: Database, ref: str) -> ActionStatus:
    async with db.read() as session:
        action = await store.get_action(session, ref=ref)
    assert action is not None
    return action.status


async def test_a_change_and_its_claim_commit_together(chat: Chat, db: Database) -> None:
    ctx = await _ctx(chat, "Tom Reed")
    claim = Claim("test:1")
    first = await execute_once(c.Done("A1", "sent"), ctx=ctx, db=db, claim=claim)
    assert isinstance(first, Notice) and first.level is Level.ok
    assert await _claimed(db, "test:1")
    assert await execute_once(c.Reopen("A1"), ctx=ctx, db=db, claim=claim) is None
    assert await _status(db, "A1") == ActionStatus.done


async def test_a_failed_change_leaves_the_delivery_unclaimed(
    chat: Chat, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = await _ctx(chat, "Tom Reed")

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the store went away mid-change")

    monkeypatch.setattr(changes.store, "change_returning", broken)
    with pytest.raises(RuntimeError):
        await execute_once(c.Done("A1"), ctx=ctx, db=db, claim=Claim("test:2"))
    assert not await _claimed(db, "test:2")
    monkeypatch.undo()
    again = await execute_once(c.Done("A1"), ctx=ctx, db=db, claim=Claim("test:2"))
    assert isinstance(again, Notice) and again.level is Level.ok
    assert await _status(db, "A1") == ActionStatus.done


async def test_a_refusal_is_answered_once_and_changes_nothing(chat: Chat, db: Database) -> None:
    ctx = await _ctx(chat, "Olive Outsider")
    refused = await execute_once(c.Done("A1"), ctx=ctx, db=db, claim=Claim("test:3"))
    assert isinstance(refused, Notice) and refused.level is Level.error and "Only" in refused.text
    assert await execute_once(c.Done("A1"), ctx=ctx, db=db, claim=Claim("test:3")) is None
    assert await _status(db, "A1") == ActionStatus.open


async def test_a_read_is_answered_again_unless_its_answer_would_show_twice(chat: Chat, db: Database) -> None:
    ctx = await _ctx(chat, "Ed Grundy")
    for _ in range(2):
        assert isinstance(await respond_once("list", ctx=ctx, db=db, claim=Claim("test:4")), ActionList)
    assert not await _claimed(db, "test:4")
    assert isinstance(
        await respond_once("list", ctx=ctx, db=db, claim=Claim("test:5", reads_too=True)), ActionList
    )
    assert await respond_once("list", ctx=ctx, db=db, claim=Claim("test:5", reads_too=True)) is None
    assert isinstance(await respond_once("share list", ctx=ctx, db=db, claim=Claim("test:6")), ActionList)
    assert await respond_once("share list", ctx=ctx, db=db, claim=Claim("test:6")) is None
    bad = await respond_once("dnoe A1", ctx=ctx, db=db, claim=Claim("test:7", reads_too=True))
    assert isinstance(bad, Notice) and bad.level is Level.error
    assert await respond_once("dnoe A1", ctx=ctx, db=db, claim=Claim("test:7", reads_too=True)) is None
