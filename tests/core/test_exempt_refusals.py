"""A refused change to an exempt action tells no more of it than `show` would: whoever may not read
the exempt item here is not told who owns it (its owner is hidden in listings as its text is)."""

from __future__ import annotations

import pytest

from storage import actions
from storage.db import Database
from tests.conftest import NOW
from tests.support.chat import Chat, build_committee

REFUSED_CHANGES = (
    "done {ref}",
    "reopen {ref}",
    "drop {ref} no longer needed",
    "assign {ref} Ed Grundy",
    "due {ref} none",
    "snooze {ref} 7d",
    "unsnooze {ref}",
)


@pytest.fixture
async def chat(sqlite_url: str) -> Chat:
    db = Database(sqlite_url)
    await build_committee(db, now=NOW)
    chat = Chat(db, NOW)
    asc, tom = await chat.committee("ASC"), await chat.person("Tom Reed")
    async with db.transaction() as s:
        for restricted in (True, False):
            await actions.create_action(
                s,
                committee_id=asc.id or 0,
                text="Negotiate the Brookfield contract",
                actor=None,
                now=NOW,
                assignee_id=tom.id,
                restricted=restricted,
            )
    return chat


@pytest.mark.parametrize("change", REFUSED_CHANGES)
async def test_a_refusal_does_not_name_the_owner_of_an_exempt_action(chat: Chat, change: str) -> None:
    """Before: `done A1` by Olive (no role) answered "Only the assigned officer (Tom Reed), ..."."""
    answer = await chat.say(change.format(ref="A1"), who="Olive Outsider", where=None)
    assert "Only the assigned officer," in answer, answer
    assert "Tom Reed" not in answer
    assert "Sam Patel" in answer, "the refusal still says who can: the admins and the chair by name"


async def test_a_refusal_names_the_owner_where_the_asker_could_read_it(chat: Chat) -> None:
    public = await chat.say("done A2", who="Olive Outsider", where=None)
    assert "Only the assigned officer (Tom Reed)" in public, public
    # Ed is a member: he may read the exempt item in a direct message, so he may know its owner there
    assert "the assigned officer (Tom Reed)" in await chat.say("done A1", who="Ed Grundy", where=None)
    in_teams_channel = await chat.say("done A1", who="Ed Grundy", where="ASC", ephemeral=False)
    assert "Tom Reed" not in in_teams_channel, in_teams_channel
