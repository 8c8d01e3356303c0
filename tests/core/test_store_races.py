"""Races in the store: the loser of a race replays its work and finds the winner's row."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import people
from storage.db import Database
from storage.models import Person


async def test_two_first_sightings_of_one_user_make_one_person(db: Database) -> None:
    async def first_sighting(session: AsyncSession) -> Person:
        known = await people.person_by_platform(
            session, workspace="slack:T0COUNCIL", slack_user_id="U0NEWUSER"
        )
        if known is not None:
            return known
        await asyncio.sleep(0.05)  # both look before either inserts
        return await people.add_person(
            session, display_name="New User", slack_user_id="U0NEWUSER", workspace="slack:T0COUNCIL"
        )

    first, second = await asyncio.gather(db.run(first_sighting), db.run(first_sighting))
    assert first.id == second.id
    async with db.transaction() as session:
        assert (await session.exec(select(func.count()).select_from(Person))).one() == 1


async def test_a_real_constraint_error_still_surfaces(db: Database) -> None:
    async with db.transaction() as session:
        await people.add_person(session, display_name="A", slack_user_id="U0TAKEN")

    async def clash(session: AsyncSession) -> Person:
        return await people.add_person(session, display_name="B", slack_user_id="U0TAKEN")

    with pytest.raises(IntegrityError):
        await db.run(clash)
