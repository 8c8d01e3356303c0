"""The per-request lookups cached per process (storage/lookups.py) never answer with what changed.

Two `Database` objects on one store stand for two instances of `serve` (each has its own pool,
so its own cache); a change made through either, or by SQL typed by hand, is seen by the other at
its next lookup, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from handlers import visibility
from handlers.context import Context
from storage import bindings, committees, lookups, people
from storage.db import Database
from storage.models import Committee, Person, Role
from tests.conftest import NOW
from tests.support.chat import build_committee

WORKSPACE = "slack:T0CACHE"


async def _ids(db: Database) -> tuple[int, int]:
    await build_committee(db, now=NOW, workspace=WORKSPACE)
    async with db.transaction() as session:
        asc = await committees.get_committee(session, code="ASC")
        olive = (await people.find_people(session, name="Olive Outsider"))[0]
        assert asc is not None and asc.id is not None and olive.id is not None
        return asc.id, olive.id


async def _held(db: Database, person_id: int, committee_id: int) -> bool:
    async with db.read() as session:
        found = await lookups.reader_roles(session, workspace=WORKSPACE, person_id=person_id)
    assert committee_id in found.committees
    return bool(found.held.get(committee_id))


async def test_a_role_granted_on_another_instance_is_seen_at_once(db: Database, other: Database) -> None:
    asc, olive = await _ids(db)
    assert not await _held(db, olive, asc)
    assert not await _held(db, olive, asc)  # cached now
    async with other.transaction() as session:
        await people.grant_role(session, committee_id=asc, person_id=olive, role=Role.member)
    assert await _held(db, olive, asc)


async def test_a_role_revoked_by_hand_in_sql_is_seen_at_once(db: Database, other: Database) -> None:
    asc, olive = await _ids(db)
    async with db.transaction() as session:
        await people.grant_role(session, committee_id=asc, person_id=olive, role=Role.member)
    assert await _held(db, olive, asc)
    async with other.transaction() as session:
        await session.execute(sa.text("DELETE FROM committeerole WHERE person_id = :p"), {"p": olive})
    assert not await _held(db, olive, asc)


@pytest.mark.parametrize("together", [False, True], ids=["apart", "in one statement"])
async def test_a_platform_id_and_a_channel_follow_their_changes(
    db: Database, other: Database, together: bool
) -> None:
    asc, olive = await _ids(db)

    async def lookup() -> tuple[str | None, str | None]:
        async with db.read() as session:
            if together:
                person, committee = await lookups.asker_and_committee(
                    session,
                    workspace=WORKSPACE,
                    slack_user_id="U0OLIVE",
                    platform="slack",
                    channel_id="C0ASC",
                )
            else:
                person = await lookups.person_by_slack_id(
                    session, workspace=WORKSPACE, slack_user_id="U0OLIVE"
                )
                committee = await lookups.bound_committee(session, platform="slack", channel_id="C0ASC")
        return (person.display_name if person else None, committee.code if committee else None)

    assert await lookup() == (None, None)
    assert await lookup() == (None, None)  # "nobody" is cached too
    async with other.transaction() as session:
        await session.execute(
            sa.text("UPDATE person SET slack_user_id = 'U0OLIVE' WHERE id = :p"), {"p": olive}
        )
        await session.execute(
            sa.text(
                "INSERT INTO channelbinding (committee_id, platform, channel_id, enabled, created_at) "
                "VALUES (:c, 'slack', 'C0ASC', true, :at)"
            ),
            {"c": asc, "at": NOW.replace(tzinfo=None)},
        )
    assert await lookup() == ("Olive Outsider", "ASC")
    async with other.transaction() as session:
        await session.execute(sa.text("UPDATE committee SET code = 'ASC2' WHERE id = :c"), {"c": asc})
    assert await lookup() == ("Olive Outsider", "ASC2")


async def test_a_change_rolled_back_is_never_cached(db: Database) -> None:
    asc, olive = await _ids(db)
    with pytest.raises(RuntimeError):
        async with db.transaction() as session:
            await people.grant_role(session, committee_id=asc, person_id=olive, role=Role.member)
            found = await lookups.reader_roles(session, workspace=WORKSPACE, person_id=olive)
            assert found.held.get(asc)
            raise RuntimeError("roll back")
    assert not await _held(db, olive, asc)


async def test_each_lookup_hands_out_its_own_detached_object(db: Database) -> None:
    _, olive = await _ids(db)
    async with db.transaction() as session:
        await session.execute(
            sa.text("UPDATE person SET slack_user_id = 'U0OLIVE' WHERE id = :p"), {"p": olive}
        )
    found = []
    for _ in range(2):
        async with db.read() as session:
            found.append(
                await lookups.person_by_slack_id(session, workspace=WORKSPACE, slack_user_id="U0OLIVE")
            )
    first, second = found
    assert first is not None and second is not None and first is not second
    second.display_name = "Olive Changed"
    async with db.transaction() as session:
        session.add(second)  # an update of the stored row, not an insert of a copy
    async with db.read() as session:
        again = await lookups.person_by_slack_id(session, workspace=WORKSPACE, slack_user_id="U0OLIVE")
        count = (await session.execute(sa.text("SELECT count(*) FROM person"))).scalar_one()
    assert again is not None and again.display_name == "Olive Changed"
    assert count == 6


async def test_a_context_taken_from_the_cache_is_looked_up_again_once_stale(
    db: Database, other: Database
) -> None:
    """The Slack edge builds a request's context from the cache without a transaction; the
    dispatcher's unit of work looks its asker and channel up again when the version moved."""
    asc, olive = await _ids(db)
    async with db.transaction() as session:
        await session.execute(
            sa.text("UPDATE person SET slack_user_id = 'U0OLIVE' WHERE id = :p"), {"p": olive}
        )
        hsc = await committees.get_committee(session, code="HSC")
        assert hsc is not None and hsc.id is not None
        await bindings.upsert_binding(
            session, platform="slack", channel_id="C0ASC", now=NOW, committee_id=asc
        )
    pool = db.engine.sync_engine.pool

    def peek() -> tuple[Person | None, Committee | None, lookups.Peeked] | None:
        return lookups.peek_slack(
            pool, workspace=WORKSPACE, slack_user_id="U0OLIVE", platform="slack", channel_id="C0ASC"
        )

    assert peek() is None  # nothing cached yet: the edge reads in a transaction
    async with db.read() as session:
        await lookups.person_by_slack_id(session, workspace=WORKSPACE, slack_user_id="U0OLIVE")
        await lookups.bound_committee(session, platform="slack", channel_id="C0ASC")
    peeked = peek()
    assert peeked is not None
    person, committee, keys = peeked
    assert person is not None and committee is not None and committee.code == "ASC"
    ctx = Context(
        actor=person,
        now=NOW,
        committee=committee,
        platform="slack",
        channel_id="C0ASC",
        workspace=WORKSPACE,
        extras={lookups.EXTRAS_KEY: keys},
    )
    async with db.read() as session:
        assert (await visibility.with_reader(session, ctx)).committee.code == "ASC"  # type: ignore[union-attr]
    async with other.transaction() as session:
        await bindings.upsert_binding(
            session, platform="slack", channel_id="C0ASC", now=NOW, committee_id=hsc.id
        )
        await session.execute(
            sa.text("UPDATE person SET display_name = 'Olive Renamed' WHERE id = :p"), {"p": olive}
        )
    async with db.read() as session:
        current = await visibility.with_reader(session, ctx)
    assert current.committee is not None and current.committee.code == "HSC"
    assert current.actor is not None and current.actor.display_name == "Olive Renamed"


async def test_a_lookup_left_to_the_unit_of_work_is_made_there_and_an_unknown_asker_is_refused(
    db: Database,
) -> None:
    """The Slack edge leaves an uncached asker and channel to the dispatcher's transaction
    (`lookups.unlooked`): it finds them there, in one statement; someone nobody knows yet raises
    `NewAsker` (the edge then links or adds them and asks again)."""
    asc, olive = await _ids(db)
    async with db.transaction() as session:
        await session.execute(
            sa.text("UPDATE person SET slack_user_id = 'U0OLIVE' WHERE id = :p"), {"p": olive}
        )
        await bindings.upsert_binding(
            session, platform="slack", channel_id="C0ASC", now=NOW, committee_id=asc
        )

    def ctx(slack_user_id: str) -> Context:
        keys = lookups.unlooked(workspace=WORKSPACE, slack_user_id=slack_user_id, channel_id="C0ASC")
        return Context(
            actor=None,
            now=NOW,
            platform="slack",
            channel_id="C0ASC",
            workspace=WORKSPACE,
            extras={lookups.EXTRAS_KEY: keys},
        )

    async with db.read() as session:
        found = await visibility.with_reader(session, ctx("U0OLIVE"))
    assert found.actor is not None and found.actor.id == olive
    assert found.committee is not None and found.committee.code == "ASC"
    with pytest.raises(visibility.NewAsker):
        async with db.read() as session:
            await visibility.with_reader(session, ctx("U0NOBODY"))
