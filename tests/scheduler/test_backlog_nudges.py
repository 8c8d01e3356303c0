"""An imported backlog is nudged as any new action is: a stale period after the import, in one
grouped message per person, then escalated in the usual steps. It stays as stale as its minutes
say (the nudge tells how long since the meeting), but its nudges are timed from the import: timed
from the meeting, actions older than the whole cadence were never nudged, and younger ones were
nudged and escalated to the admin on the first mornings after the import."""

from __future__ import annotations

from datetime import date, timedelta

from scheduler.engine import Engine
from storage import actions
from storage.db import Database
from storage.models import ActionStatus
from tests.scheduler.support import RecordingNotifier, build_world, local
from tests.support.chat import Chat

IMPORTED = local(date(2024, 1, 8), 10)
FAR_MEETING = local(date(2025, 6, 1), 17, 30)
OLD = "Report the outcome of the 2021 home care tender"  # agreed in June 2021
YOUNGER = "Circulate the day centres attendance figures"  # agreed 50 days before the import


async def test_an_imported_backlog_is_nudged_a_stale_period_after_the_import(db: Database) -> None:
    world = await build_world(db, meeting_at=FAR_MEETING, created=IMPORTED)
    async with db.transaction() as s:
        for text, agreed in (
            (OLD, local(date(2021, 6, 24), 17, 30)),
            (YOUNGER, IMPORTED - timedelta(days=50)),
        ):
            await actions.create_action(
                s,
                committee_id=world.committee_id,
                text=text,
                actor=None,
                now=IMPORTED,
                status=ActionStatus.proposed,
                assignee_id=world.other.id,
                progress_at=agreed,
            )
    chat = Chat(db, IMPORTED + timedelta(hours=1))
    confirmed = await chat.say("review confirm all", who="Sam Admin", where="ASC")
    assert "Confirmed 2 actions" in confirmed, confirmed

    slack = RecordingNotifier()
    engine = Engine(db, [slack])
    by_day: dict[date, list[str]] = {}
    for n in range(1, 100):
        day = date(2024, 1, 8) + timedelta(days=n)
        before = len(slack.posts)
        await engine.tick(local(day, 9, 5))
        by_day[day] = [f"{p.where} {p.text}" for p in slack.posts[before:]]

    def days_with(who: str, text: str) -> list[date]:
        return [d for d, posts in by_day.items() if any(p.startswith(who) and text in p for p in posts)]

    stage_1 = date(2024, 1, 30)  # the first 09:00 at least 21 days after the import (10:00, 8 Jan)
    assert days_with("@UOTHER", OLD) == days_with("@UOTHER", YOUNGER) == [stage_1, stage_1 + timedelta(21)]
    morning = [p for p in by_day[stage_1] if p.startswith("@UOTHER")]
    assert len(morning) == 1, "the backlog and her other stale action come in one message"
    assert OLD in morning[0] and YOUNGER in morning[0] and "Circulate the carers survey" in morning[0]
    assert "updated 2 years ago" in morning[0], "the nudge is honest about how old the action is"
    assert days_with("@UADMIN", OLD) == days_with("@UADMIN", YOUNGER) == [stage_1 + timedelta(42)]
    assert days_with("@UCHAIR", OLD) == [stage_1 + timedelta(63)]
    assert all(len([p for p in posts if p.startswith("@UOTHER")]) <= 1 for posts in by_day.values())
