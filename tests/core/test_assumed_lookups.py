"""A read command whose asker and channel the edge took from the cache (`lookups.peek_slack`) checks
that they are still current in its own first statement, the version read beside its rows
(`lookups.assume_current`), not in a statement of its own; and a change to a person, role or
binding committed on another instance between the peek and the command is still seen by that
command: the unit of work starts again and looks them up. On SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from handlers.context import Context
from handlers.dispatch import respond
from handlers.replies import ActionList, Notice
from storage import actions, bindings, committees, driver_sql, lookups, people
from storage.db import Database
from storage.models import Role
from tests.conftest import NOW
from tests.support.chat import build_committee

WORKSPACE = "slack:T0ASSUME"
MEMBER = "Ed Grundy"


@contextmanager
def counted() -> Iterator[list[str]]:
    seen: list[str] = []
    driver_sql.OBSERVERS.append(seen.append)
    try:
        yield seen
    finally:
        driver_sql.OBSERVERS.remove(seen.append)


async def _setup(db: Database) -> dict[str, Any]:
    """ASC bound to C0ASC, HSC not bound, each with a plain and an exempt action; Ed, an ASC
    member, known by his Slack id."""
    await build_committee(db, now=NOW, workspace=WORKSPACE)
    async with db.transaction() as session:
        asc = await committees.get_committee(session, code="ASC")
        hsc = await committees.get_committee(session, code="HSC")
        admin = (await people.find_people(session, name="Sam Patel"))[0]
        member = (await people.find_people(session, name=MEMBER))[0]
        assert asc is not None and asc.id and hsc is not None and hsc.id and member.id
        await session.execute(
            sa.text("UPDATE person SET slack_user_id = 'U0ED' WHERE id = :p"), {"p": member.id}
        )
        await bindings.upsert_binding(
            session, platform="slack", channel_id="C0ASC", now=NOW, committee_id=asc.id
        )
        refs = []
        for committee_id, text, restricted in (
            (asc.id, "Plain ASC report", False),
            (asc.id, "Exempt ASC report", True),
            (hsc.id, "HSC report", False),
            (hsc.id, "Exempt HSC report", True),
        ):
            made = await actions.create_action(
                session,
                committee_id=committee_id,
                text=text,
                actor=admin,
                now=NOW,
                owner_text="Head of Commissioning",
                restricted=restricted,
            )
            refs.append(made.ref)
    return {"asc": asc.id, "hsc": hsc.id, "member": member.id, "hsc_exempt_ref": refs[3]}


async def _peeked_ctx(db: Database) -> Context:
    """Ed's context as the Slack edge builds it from a warm cache."""
    async with db.read() as session:
        await lookups.asker_and_committee(
            session, workspace=WORKSPACE, slack_user_id="U0ED", platform="slack", channel_id="C0ASC"
        )
    peeked = lookups.peek_slack(
        db.engine.sync_engine.pool,
        workspace=WORKSPACE,
        slack_user_id="U0ED",
        platform="slack",
        channel_id="C0ASC",
    )
    assert peeked is not None
    person, committee, keys = peeked
    return Context(
        actor=person,
        now=NOW,
        committee=committee,
        platform="slack",
        channel_id="C0ASC",
        ephemeral=True,
        workspace=WORKSPACE,
        extras={lookups.EXTRAS_KEY: keys},
    )


def _texts(reply: object) -> list[str]:
    assert isinstance(reply, ActionList), reply
    return sorted(item.text for group in reply.groups for item in group.items)


async def test_a_warm_listing_checks_the_cache_in_its_own_statement(db: Database) -> None:
    await _setup(db)
    ctx = await _peeked_ctx(db)
    await respond("list", ctx=ctx, db=db)  # the reader's roles, cached
    with counted() as seen:
        reply = await respond("list", ctx=ctx, db=db)
    assert _texts(reply) == ["Exempt ASC report", "Plain ASC report"]
    assert len(seen) == 1, seen
    assert "lookupversion" in seen[0]


async def test_a_listing_that_finds_nothing_still_checks_the_cache(db: Database) -> None:
    await _setup(db)
    ctx = await _peeked_ctx(db)
    await respond("list", ctx=ctx, db=db)
    with counted() as seen:
        reply = await respond("search no such words anywhere", ctx=ctx, db=db)
    assert isinstance(reply, ActionList) and reply.count == 0
    assert any("lookupversion" in s for s in seen)


async def test_a_role_revoked_on_another_instance_is_seen_by_the_next_command(
    db: Database, other: Database
) -> None:
    ids = await _setup(db)
    ctx = await _peeked_ctx(db)
    assert "Exempt ASC report" in _texts(await respond("list", ctx=ctx, db=db))
    async with other.transaction() as session:
        await people.revoke_role(session, committee_id=ids["asc"], person_id=ids["member"], role=Role.member)
    assert _texts(await respond("list", ctx=ctx, db=db)) == ["Plain ASC report"]


async def test_a_channel_rebound_on_another_instance_is_seen_by_the_next_command(
    db: Database, other: Database
) -> None:
    ids = await _setup(db)
    ctx = await _peeked_ctx(db)
    assert _texts(await respond("list", ctx=ctx, db=db)) == ["Exempt ASC report", "Plain ASC report"]
    async with other.transaction() as session:
        await bindings.upsert_binding(
            session, platform="slack", channel_id="C0ASC", now=NOW, committee_id=ids["hsc"]
        )
    assert _texts(await respond("list", ctx=ctx, db=db)) == ["HSC report"]


async def test_a_refusal_from_late_roles_is_checked_before_it_is_given(db: Database, other: Database) -> None:
    """Ed is refused `show` of HSC's exempt action while he holds no HSC role; granted one on another
    instance, the very next `show` answers it."""
    ids = await _setup(db)
    ctx = await _peeked_ctx(db)
    ref = ids["hsc_exempt_ref"]
    refused = await respond(f"show {ref}", ctx=ctx, db=db)
    assert isinstance(refused, Notice)
    async with other.transaction() as session:
        await people.grant_role(session, committee_id=ids["hsc"], person_id=ids["member"], role=Role.member)
    shown = await respond(f"show {ref}", ctx=ctx, db=db)
    assert not isinstance(shown, Notice), shown
