"""Importing minutes stores the meeting at the start time the minutes give, not at a default hour."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bot.demo import sample_minutes
from handlers.importing import DEFAULT_MEETING_TIME, import_extraction
from minutes.extract import extract_text
from storage.db import Database
from storage.models import Meeting
from tests.support.chat import Chat, build_committee

LONDON = ZoneInfo("Europe/London")
HELD = datetime(2024, 1, 11).date()


@pytest.fixture
async def chat(db: Database, now: datetime) -> Chat:
    await build_committee(db, now=now)
    return Chat(db, now)


async def _held_meeting(db: Database, chat: Chat, text: str) -> Meeting:
    extraction = extract_text(text, source="minutes.txt")
    committee = await chat.committee("ASC")
    async with db.transaction() as session:
        await import_extraction(session, extraction=extraction, committee=committee, actor=None, now=chat.now)
    async with db.transaction() as session:
        meetings = (await session.exec(select(Meeting))).all()
    (held,) = [m for m in meetings if m.starts_at.astimezone(LONDON).date() == HELD]
    return held


async def test_meeting_is_stored_at_the_time_the_minutes_give(chat: Chat, db: Database) -> None:
    text = sample_minutes(HELD, datetime(2023, 11, 30).date(), [datetime(2024, 2, 22).date()])
    assert "at 5:30 pm" in text
    held = await _held_meeting(db, chat, text)
    assert held.starts_at.astimezone(LONDON).time() == time(17, 30)


async def test_minutes_without_a_time_keep_the_default_hour(chat: Chat, db: Database) -> None:
    text = sample_minutes(HELD, datetime(2023, 11, 30).date(), []).replace(" at 5:30 pm", "")
    held = await _held_meeting(db, chat, text)
    assert held.starts_at.astimezone(LONDON).time() == DEFAULT_MEETING_TIME
