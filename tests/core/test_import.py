"""Importing minutes into the store: proposals, review, idempotency, corrected versions."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlmodel import func, select

from bot.demo import sample_minutes
from handlers.importing import import_extraction
from minutes.extract import extract_text
from storage import actions as store
from storage.db import Database
from storage.models import Action, ActionEvent, ActionStatus, Meeting, SourceDocument, WorkProgrammeItem
from tests.support.chat import Chat, build_committee

HELD = datetime(2024, 1, 11).date()
LATER = [datetime(2024, 2, 22).date(), datetime(2024, 4, 4).date()]
EARLIER = datetime(2023, 11, 30).date()


@pytest.fixture
async def chat(db: Database, now: datetime) -> Chat:
    await build_committee(db, now=now)
    return Chat(db, now)


async def run_import(db: Database, chat: Chat, text: str, source: str = "minutes.txt") -> str:
    extraction = extract_text(text, source=source)
    committee = await chat.committee("ASC")
    admin = await chat.person("Sam Patel")
    async with db.transaction() as session:
        result = await import_extraction(
            session, extraction=extraction, committee=committee, actor=admin, now=chat.now
        )
    return result.summary(committee)


async def counts(db: Database) -> tuple[int, int, int, int]:
    async with db.transaction() as session:
        actions = (await session.exec(select(func.count()).select_from(Action))).one()
        events = (await session.exec(select(func.count()).select_from(ActionEvent))).one()
        meetings = (await session.exec(select(func.count()).select_from(Meeting))).one()
        topics = (await session.exec(select(func.count()).select_from(WorkProgrammeItem))).one()
    return actions, events, meetings, topics


async def test_import_proposes_then_review_confirms(chat: Chat, db: Database) -> None:
    summary = await run_import(db, chat, sample_minutes(HELD, EARLIER, LATER))
    assert "Imported into ASC" in summary and "new proposals" in summary
    async with db.transaction() as session:
        rows = (await session.exec(select(Action).order_by(Action.id))).all()  # type: ignore[arg-type]
    assert rows and all(a.status == ActionStatus.proposed for a in rows)
    texts = [a.text for a in rows]
    assert any("travel time payments" in t for t in texts)
    assert not any("be noted" in t for t in texts), "non-actionable resolutions are not actions"
    assert any(a.is_request for a in rows), "the Chair's request is proposed too"
    travel = next(a for a in rows if "travel time" in a.text)
    assert travel.owner_text and "Head of Commissioning" in travel.owner_text
    assert travel.assignee_id == (await chat.person("Tom Reed")).id, "owner matched to a person by role title"
    assert travel.due_kind == "next meeting" and travel.due_meeting_id is not None
    assert travel.minute == "22"

    review = await chat.say("review", who="Sam Patel")
    assert "Proposals to review in ASC" in review and "Agreed in the minutes" in review
    assert "Only an admin of ASC" in await chat.say("review", who="Tom Reed")
    assert "is confirmed and open" in await chat.say(f"review confirm {travel.ref}", who="Sam Patel")
    out = await chat.say("review confirm all", who="Sam Patel")
    assert out.startswith("\u2713 Confirmed")
    assert "Nothing to review" in await chat.say("review", who="Sam Patel")
    assert travel.ref in await chat.say("/actions", who="Ed Grundy")


async def test_same_document_twice_changes_nothing(chat: Chat, db: Database) -> None:
    text = sample_minutes(HELD, EARLIER, LATER)
    await run_import(db, chat, text)
    before = await counts(db)
    again = await run_import(db, chat, text, source="another/path/minutes.txt")
    assert "imported into ASC before; nothing changed" in again
    assert await counts(db) == before
    assert before[2] == 3 + 1 + len(LATER), "the minuted meeting and future meetings were added"


async def test_corrected_version_updates_proposals_only(chat: Chat, db: Database) -> None:
    text = sample_minutes(HELD, EARLIER, LATER)
    await run_import(db, chat, text)
    async with db.transaction() as session:
        rows = (await session.exec(select(Action).order_by(Action.id))).all()  # type: ignore[arg-type]
    travel = next(a for a in rows if "travel time" in a.text)
    survey = next(a for a in rows if "carers survey" in a.text)
    await chat.say(f"review confirm {survey.ref}", who="Sam Patel")
    await chat.say(f"update {survey.ref} results being analysed", who="Priya Shah")

    corrected = text.replace("travel time payments", "mileage and travel time payments").replace(
        "carers survey", "carers' survey"
    )
    summary = await run_import(db, chat, corrected)
    assert "1 proposal corrected (" in summary
    async with db.transaction() as session:
        new_travel = await store.get_action(session, ref=travel.ref or "")
        new_survey = await store.get_action(session, ref=survey.ref or "")
        assert new_travel and new_survey
        assert "mileage and travel time" in new_travel.text
        assert new_survey.text == survey.text, "a confirmed action keeps its text"
        assert new_survey.status == ActionStatus.in_progress
        survey_events = await store.events_for(session, action_id=new_survey.id or 0)
        travel_events = await store.events_for(session, action_id=new_travel.id or 0)
    assert [e.kind for e in survey_events] == ["create", "confirm", "progress"]
    assert [e.kind for e in travel_events] == ["create", "edit"]


async def test_import_by_url_is_admin_only(chat: Chat) -> None:
    out = await chat.say("import https://127.0.0.1:9/minutes.pdf", who="Tom Reed")
    assert "Only an admin of ASC can import minutes" in out


NOTHING = """Minutes of a meeting held on 5 March 2024.
Present: Councillor Archer (Chair).
The meeting closed at 6pm.
"""


@pytest.mark.parametrize("text", [NOTHING, "", "   \n"], ids=["no actions", "empty", "blank"])
async def test_a_document_with_nothing_to_import_changes_nothing_and_says_so(
    chat: Chat, db: Database, text: str
) -> None:
    """Before: "Imported into ASC: Meeting of 05 Mar 2024; 0 new proposals (none). Review them with
    `review`.", a held meeting and the document recorded; an empty file "imported" the same way."""
    before = (await counts(db), await _documents(db))
    for _ in range(2):
        summary = await run_import(db, chat, text, source="notes.txt")
        assert summary.startswith("I found nothing to import in notes.txt: no actions"), summary
        assert "Nothing changed." in summary and "Review them" not in summary
        assert (await counts(db), await _documents(db)) == before


async def test_a_corrected_version_with_no_actions_left_still_withdraws_the_proposals(
    chat: Chat, db: Database
) -> None:
    first = await run_import(db, chat, sample_minutes(HELD, EARLIER, LATER))
    assert "new proposals" in first
    held = HELD.strftime("%-d %B %Y")
    corrected = await run_import(db, chat, f"Minutes of the meeting held on {held}.\nNo decisions.\n")
    assert "withdrawn" in corrected and "Review them" not in corrected, corrected


async def _documents(db: Database) -> int:
    async with db.read() as session:
        return (await session.exec(select(func.count()).select_from(SourceDocument))).one()
