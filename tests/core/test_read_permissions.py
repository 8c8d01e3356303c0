"""The read rule (handlers/visibility.py) as one table: every read command, asked by every kind of
reader, in every kind of place.

A reader sees the committees of their own workspace only; exempt items reach the committee's role
holders only, and only in a direct message or a reply only they see. The exempt actions below carry
made-up place names, so a leak shows up as the name anywhere in the reply (its repr: every field,
rendered or not), and a rule that hid too much shows up as a name missing where it must appear.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.render_text import render
from handlers import commands as c
from handlers.context import Context
from handlers.dispatch import execute, respond
from handlers.replies import ActionList, FileReply, Multi, Reply
from handlers.visibility import read_scope
from storage import actions, committees, people
from storage.actions import Due
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Action, ActionStatus, DueKind
from tests.conftest import NOW
from tests.support.chat import build_committee

HOME = "slack:T0COUNCIL"
FOREIGN = "slack:T0FOREIGN"
PUBLIC = "travel time payments"
OPEN = "Brookfield"  # exempt, open, Tom's, due at the next meeting, no update for 60 days
OVERDUE = "Larkspur"  # exempt, Tom's, due on 5 Jan 2024
DONE = "Quarrydale"  # exempt, done, Tom's
OLIVES = "Wychwood"  # exempt, open, owned by Olive, who holds no role
SECRETS = (OPEN, OVERDUE, DONE, OLIVES)


@dataclass(frozen=True)
class Read:
    text: str
    shows: tuple[str, ...]
    """What a role holder asking privately finds in the answer."""
    own: bool = False
    """The answer is about the asker's own actions (mine, App Home, a listing in a DM)."""


READS = [
    Read("list", (OPEN, OVERDUE, OLIVES)),
    Read("mine", (OPEN, OVERDUE), own=True),
    Read("overdue", (OVERDUE,)),
    Read("stale", (OPEN,)),
    Read("due next", (OPEN,)),
    Read("due 2024-01-05", (OVERDUE,)),
    Read("owner Tom Reed", (OPEN, OVERDUE)),
    Read('owner "Head of Commissioning"', (OPEN,)),
    Read(f"search {OPEN}", (OPEN,)),
    Read(f"search {OLIVES}", (OLIVES,)),
    Read("all", (OPEN, OVERDUE, OLIVES, DONE)),
    Read("done", (DONE,)),
    Read("show {open_ref}", (OPEN,)),
    Read("show {olives_ref}", (OLIVES,)),
    Read("home", (OPEN, OVERDUE), own=True),
    Read("export csv ASC", ()),
    Read("export html ASC", ()),
]


@dataclass(frozen=True)
class Reader:
    name: str
    who: str | None
    workspace: str
    channel: bool
    ephemeral: bool = False
    share: bool = False
    exempt: bool = False
    """Whether exempt items may reach this reader here."""
    foreign: bool = False
    """Whether the reader is of another workspace and must see nothing of ASC at all."""


READERS = [
    Reader("officer in a DM", "Tom Reed", HOME, channel=False, exempt=True),
    Reader(
        "officer, ephemeral reply in the channel", "Tom Reed", HOME, channel=True, ephemeral=True, exempt=True
    ),
    Reader("officer in the channel (Teams: everyone sees it)", "Tom Reed", HOME, channel=True),
    Reader("officer sharing in the channel", "Tom Reed", HOME, channel=True, ephemeral=True, share=True),
    Reader("admin in a DM", "Sam Patel", HOME, channel=False, exempt=True),
    Reader("chair in a DM", "Joan Archer", HOME, channel=False, exempt=True),
    Reader("member in a DM", "Ed Grundy", HOME, channel=False, exempt=True),
    Reader("no role, owner of an exempt action, in a DM", "Olive Outsider", HOME, channel=False),
    Reader("no role, ephemeral in the channel", "Olive Outsider", HOME, channel=True, ephemeral=True),
    Reader("nobody known, in a DM", None, HOME, channel=False),
    Reader(
        "another workspace, same email as the admin, DM", "Fay Foreign", FOREIGN, channel=False, foreign=True
    ),
    Reader(
        "another workspace, in the channel (Slack Connect)",
        "Fay Foreign",
        FOREIGN,
        channel=True,
        ephemeral=True,
        foreign=True,
    ),
]


async def _seed(db: Database) -> dict[str, str]:
    await build_committee(db, now=NOW, workspace=HOME)
    async with db.transaction() as s:
        asc = await committees.get_committee(s, code="ASC")
        assert asc is not None and asc.id is not None
        tom = (await people.find_people(s, name="Tom Reed"))[0]
        olive = (await people.find_people(s, name="Olive Outsider"))[0]
        sam = (await people.find_people(s, name="Sam Patel"))[0]
        sam.email = "sam.patel@borsetshire.gov.uk"
        await people.save_person(s, person=sam)
        await people.add_person(
            s, display_name="Fay Foreign", email="sam.patel@borsetshire.gov.uk", workspace=FOREIGN
        )
        meeting = await committees.next_meeting(s, committee_id=asc.id, after=NOW)
        assert meeting is not None
        next_meeting = Due(DueKind.next_meeting, meeting_id=meeting.id)
        long_ago = NOW - timedelta(days=60)
        refs = {}
        for key, text, owner, due, restricted, status, at in (
            ("public", f"Report the {PUBLIC}", tom, next_meeting, False, ActionStatus.open, NOW),
            (
                "open",
                f"Negotiate the {OPEN} care home contract",
                tom,
                next_meeting,
                True,
                ActionStatus.open,
                long_ago,
            ),
            (
                "overdue",
                f"Settle the {OVERDUE} claim",
                tom,
                Due(DueKind.date, on=date(2024, 1, 5)),
                True,
                ActionStatus.open,
                NOW,
            ),
            ("done", f"Close the {DONE} file", tom, Due(), True, ActionStatus.done, NOW),
            ("olives", f"Value the {OLIVES} site", olive, Due(), True, ActionStatus.open, NOW),
        ):
            made = await actions.create_action(
                s,
                committee_id=asc.id,
                text=text,
                actor=None,
                now=at,
                status=status,
                assignee_id=owner.id,
                owner_text="Head of Commissioning" if key == "open" else None,
                due=due,
                restricted=restricted,
            )
            refs[f"{key}_ref"] = made.ref or ""
    return refs


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    url = f"sqlite+aiosqlite:///{Path(tmp_path_factory.mktemp('reads')) / 'store.db'}"
    upgrade(url)

    async def seed() -> dict[str, str]:
        db = Database(url)
        try:
            return await _seed(db)
        finally:
            await db.dispose()

    yield url, asyncio.run(seed())


async def _ask(db: Database, read: Read, reader: Reader, refs: dict[str, str]) -> Reply:
    async with db.read() as s:
        actor = (
            (await people.find_people(s, name=reader.who, workspace=reader.workspace))[0]
            if reader.who
            else None
        )
        asc = await committees.get_committee(s, code="ASC")
    ctx = Context(
        actor=actor,
        now=NOW,
        committee=asc if reader.channel else None,
        platform="slack",
        channel_id="C0ASC" if reader.channel else "D0DM",
        is_dm=not reader.channel,
        ephemeral=reader.ephemeral,
        workspace=reader.workspace,
    )
    if read.text == "home":
        return await execute(c.Home(), ctx=ctx, db=db)
    text = read.text.format(**refs)
    return await respond(f"share {text}" if reader.share else text, ctx=ctx, db=db)


def _everything(reply: Reply) -> str:
    """Every field of the reply, rendered or not, and the files' bytes; not the title and the query,
    which echo what was asked (`search Brookfield` says "matching Brookfield")."""
    if isinstance(reply, ActionList):
        reply = replace(reply, title="", query="", next_page=None, empty="")
    if isinstance(reply, FileReply):
        return repr(reply) + reply.content.decode("utf-8", "replace")
    if isinstance(reply, Multi):
        return "".join(_everything(p) for p in reply.parts)
    return repr(reply) + render(reply)


@pytest.mark.parametrize("reader", READERS, ids=lambda r: r.name)
@pytest.mark.parametrize("read", READS, ids=lambda r: r.text)
async def test_read_rule(store: tuple[str, dict[str, str]], read: Read, reader: Reader) -> None:
    url, refs = store
    if reader.share and not read.text.startswith(
        ("list", "mine", "overdue", "stale", "due", "owner", "search", "all", "done")
    ):
        pytest.skip("`share` takes listings only")
    db = Database(url)
    try:
        reply = await _ask(db, read, reader, refs)
    finally:
        await db.dispose()
    seen = _everything(reply)
    if reader.foreign:
        assert PUBLIC not in seen and "Adult Social Care" not in seen, f"another workspace read ASC: {seen}"
    if read.text.startswith("show") and not reader.exempt:
        assert "Exempt item" not in seen or "I can't show" in seen or "There is no action" in seen
    leaked = [s for s in SECRETS if s in seen]
    if not reader.exempt:
        assert not leaked, f"{reader.name} read exempt text with `{read.text}`: {seen}"
        return
    wanted = read.shows if not read.own or reader.who == "Tom Reed" else ()
    if read.text == "list" and not reader.channel:
        wanted = (OPEN, OVERDUE) if reader.who == "Tom Reed" else ()  # in a DM, `list` is `mine`
    missing = [s for s in wanted if s not in seen]
    assert not missing, f"{reader.name} should read {missing} with `{read.text}`: {seen}"
    assert not [s for s in SECRETS if s in seen and s not in read.shows and s not in wanted]


async def test_public_items_still_reach_everyone_of_the_workspace(store: tuple[str, dict[str, str]]) -> None:
    url, refs = store
    db = Database(url)
    try:
        for reader in (r for r in READERS if not r.foreign):
            seen = _everything(await _ask(db, Read("all", ()), reader, refs))
            assert PUBLIC in seen, f"{reader.name} can't see the committee's public actions: {seen}"
    finally:
        await db.dispose()


@pytest.mark.parametrize("reader", READERS, ids=lambda r: r.name)
async def test_the_rule_as_a_where_clause_of_a_core_select(
    store: tuple[str, dict[str, str]], reader: Reader
) -> None:
    """What a lean listing would do: the ReadScope's clause over the bare table's columns."""
    url, _ = store
    db = Database(url)
    try:
        async with db.read() as s:
            actor = (
                (await people.find_people(s, name=reader.who, workspace=reader.workspace))[0]
                if reader.who
                else None
            )
            asc = await committees.get_committee(s, code="ASC")
            ctx = Context(
                actor=actor,
                now=NOW,
                committee=asc if reader.channel else None,
                channel_id="C0ASC" if reader.channel else "D0DM",
                is_dm=not reader.channel,
                ephemeral=reader.ephemeral,
                workspace=reader.workspace,
            )
            scope = await read_scope(s, ctx, public=reader.share)
            table = sa.inspect(Action).local_table
            q = sa.select(table.c.text).where(scope.clause(table.c.committee_id, table.c.restricted))
            texts = " ".join(str(t) for (t,) in (await s.execute(q)).all())
    finally:
        await db.dispose()
    assert (PUBLIC in texts) == (not reader.foreign)
    assert all((secret in texts) == reader.exempt for secret in SECRETS), texts
