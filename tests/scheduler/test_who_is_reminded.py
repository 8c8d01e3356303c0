"""Who is reminded: an exempt item reaches its owner by DM only if they hold a role on its
committee (the role holders' case is in test_engine.py); an archived committee is not reminded of."""

from __future__ import annotations

from datetime import UTC, date, datetime

from scheduler.engine import Engine
from storage import committees, people
from storage.db import Database
from storage.models import Role
from tests.scheduler.support import RecordingNotifier, build_world, local

MEETING = local(date(2024, 4, 4), 17, 30)
CREATED = local(date(2024, 3, 20), 10)
SEVEN_DAYS = datetime(2024, 3, 28, 9, 0, tzinfo=UTC)


async def test_an_owner_with_no_role_is_not_sent_the_exempt_item(db: Database) -> None:
    world = await build_world(db, meeting_at=MEETING, created=CREATED)
    async with db.transaction() as s:
        assert world.owner.id is not None
        await people.revoke_role(
            s, committee_id=world.committee_id, person_id=world.owner.id, role=Role.officer
        )
    slack = RecordingNotifier()
    await Engine(db, [slack]).tick(SEVEN_DAYS)
    [dm] = slack.to("@UOWNER")
    [channel] = slack.to("#CASC")
    assert world.due_here.text in dm.text
    assert world.restricted.text not in dm.text and world.restricted.text not in channel.text


async def test_an_archived_committee_is_not_reminded_of(db: Database) -> None:
    world = await build_world(db, meeting_at=MEETING, created=CREATED)
    async with db.transaction() as s:
        asc = await committees.committee_by_id(s, committee_id=world.committee_id)
        assert asc is not None
        asc.archived_at = CREATED
        await committees.save_committee(s, committee=asc)
    slack = RecordingNotifier()
    report = await Engine(db, [slack]).tick(SEVEN_DAYS)
    assert slack.posts == [] and not report.sent


async def test_an_archived_committee_s_overdue_actions_are_not_nudged(db: Database) -> None:
    """Its actions keep the time their next nudge was due; the tick passes over them."""
    world = await build_world(db, meeting_at=MEETING, created=CREATED)
    slack = RecordingNotifier()
    weeks_later = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)
    async with db.transaction() as s:
        asc = await committees.committee_by_id(s, committee_id=world.committee_id)
        assert asc is not None
        asc.archived_at = CREATED
        await committees.save_committee(s, committee=asc)
    report = await Engine(db, [slack]).tick(weeks_later)
    assert slack.posts == [] and not report.sent
    async with db.transaction() as s:
        asc = await committees.committee_by_id(s, committee_id=world.committee_id)
        assert asc is not None
        asc.archived_at = None
        await committees.save_committee(s, committee=asc)
    report = await Engine(db, [RecordingNotifier()]).tick(weeks_later)
    assert report.sent, "unarchived, its overdue actions are nudged again"
