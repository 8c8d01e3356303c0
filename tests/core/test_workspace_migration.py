"""Migration 0002 gives existing committees and people the one workspace they are used in."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from storage.migrate import upgrade
from tests.conftest import _create_database
from tests.support.postgres import PostgresServer

TENANT = "72F988BF-0000-0000-0000-0000000000AA"
ROWS = [
    "INSERT INTO committee (id, code, name, timezone, reminder_lead_days, reminder_time, stale_days, "
    "digest_weekday) VALUES (1, 'ASC', 'Adult Social Care', 'Europe/London', '7,1', '09:00', 21, 0), "
    "(2, 'HSC', 'Health', 'Europe/London', '7,1', '09:00', 21, 0), "
    "(3, 'OSC', 'Overview', 'Europe/London', '7,1', '09:00', 21, 0)",
    "INSERT INTO person (id, display_name, role_titles, slack_user_id, teams_aad_id, email) VALUES "
    "(1, 'Sam Patel', '', NULL, NULL, 'sam@council.gov.uk'), (2, 'Jo Bloggs', '', 'U0JO', NULL, NULL), "
    "(3, 'Tia Teams', '', NULL, 'aad-tia', NULL), (4, 'Nobody Yet', '', NULL, NULL, NULL)",
    "INSERT INTO committeerole (committee_id, person_id, role) VALUES (1, 1, 'admin'), (2, 3, 'member')",
    "INSERT INTO channelbinding (committee_id, platform, channel_id, team_id, conversation_ref, enabled, "
    "created_at) VALUES (1, 'slack', 'C0ASC', 'T0COUNCIL', NULL, true, '2024-01-01 00:00:00'), "
    "(2, 'teams', '19:hsc@thread.tacv2', '19:team@thread.tacv2', :ref, true, '2024-01-01 00:00:00')",
]


async def _fill_then_read(url: str) -> tuple[dict[str, str], dict[str, str]]:
    engine = create_async_engine(url)
    ref = json.dumps({"conversation": {"id": "19:hsc@thread.tacv2", "tenantId": TENANT}})
    async with engine.begin() as conn:
        for statement in ROWS:
            await conn.execute(sa.text(statement), {"ref": ref} if ":ref" in statement else {})
    await asyncio.to_thread(upgrade, url)
    async with engine.connect() as conn:
        committees = dict((await conn.execute(sa.text("SELECT code, workspace FROM committee"))).all())
        people = dict((await conn.execute(sa.text("SELECT display_name, workspace FROM person"))).all())
    await engine.dispose()
    return committees, people


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
async def test_existing_rows_get_the_workspace_they_are_used_in(
    store: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if store == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
    else:
        server: PostgresServer = request.getfixturevalue("postgres")
        url = await _create_database(server)
    await asyncio.to_thread(upgrade, url, "0001")
    committees, people = await _fill_then_read(url)
    assert committees == {"ASC": "slack:T0COUNCIL", "HSC": f"teams:{TENANT.lower()}", "OSC": "console"}
    assert people == {
        "Sam Patel": "slack:T0COUNCIL",  # admin of a committee used in that Slack workspace
        "Jo Bloggs": "slack:T0COUNCIL",  # a Slack id, and only one Slack workspace is known
        "Tia Teams": f"teams:{TENANT.lower()}",
        "Nobody Yet": "console",
    }
