"""The version of the per-request lookups (storage/lookups.py): one row, bumped by triggers."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class LookupVersion(SQLModel, table=True):
    """One row (id 1) whose `n` database triggers bump in the transaction of any change to a
    person, a committee, a role or a channel binding (migration 0004): whoever caches what those
    tables say (every instance of `serve`) compares `n` to know the cache still holds."""

    id: int = Field(primary_key=True)
    n: int = 0
