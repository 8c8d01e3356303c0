"""Fixtures shared by the core tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from storage.db import Database


@pytest.fixture
async def other(db_url: str) -> AsyncIterator[Database]:
    """A second instance of `serve` on the same store, with its own engine and lookup cache."""
    database = Database(db_url)
    try:
        yield database
    finally:
        await database.dispose()
