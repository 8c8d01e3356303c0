"""Stale nudges and their escalation, snoozes, and the weekly digest."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlmodel import select

from scheduler.engine import Engine
from storage import actions
from storage.db import Database
from storage.models import Action, Person
from tests.scheduler.support import RecordingNotifier, build_world, local

FAR_MEETING = local(date(2025, 6, 1), 17, 30)
CREATED = local(date(2024, 1, 8), 10)  # a Monday


async def _tick_daily(engine: Engine, start: date, days: int) -> None:
    for n in range(days):
        await engine.tick(local(start + timedelta(days=n), 9, 5))


async def test_stale_actions_nudge_the_owner_twice_then_the_admin_then_the_chair(db: Database) -> None:
    world = await build_world(db, meeting_at=FAR_MEETING, created=CREATED)
    slack = RecordingNotifier()
    await _tick_daily(Engine(db, [slack]), date(2024, 1, 9), 130)
    ref = world.undated.ref
    assert ref is not None

    def about(where: str) -> list[str]:
        return [p.text for p in slack.to(where) if ref in p.text]

    assert len(about("@UOTHER")) == 2
    assert all("Needing an update" in t for t in about("@UOTHER"))
    assert "updated 3 weeks ago" in about("@UOTHER")[0] and "updated 6 weeks ago" in about("@UOTHER")[1]
    assert len(about("@UADMIN")) == 1 and "Escalated to you — Priya Other" in about("@UADMIN")[0]
    assert "updated 2 months ago" in about("@UADMIN")[0]
    assert len(about("@UCHAIR")) == 1 and "Escalated to you — Priya Other" in about("@UCHAIR")[0]
    assert "updated 2 months ago" in about("@UCHAIR")[0]
    async with db.transaction() as s:
        action = await s.get(Action, world.undated.id)
    assert action is not None and action.next_reminder_at is None  # the last stage is behind it


async def test_an_update_starts_the_nudges_over(db: Database) -> None:
    world = await build_world(db, meeting_at=FAR_MEETING, created=CREATED)
    slack = RecordingNotifier()
    engine = Engine(db, [slack])
    await _tick_daily(engine, date(2024, 1, 9), 25)  # first nudge on 29 Jan
    async with db.transaction() as s:
        action = (await s.exec(select(Action).where(Action.id == world.undated.id))).one()
        await actions.change_action(
            s,
            action=action,
            actor=world.other,
            now=local(date(2024, 2, 3), 11),
            kind="progress",
            changes={"last_progress_at": local(date(2024, 2, 3), 11)},
            note="Survey is out",
        )
    await _tick_daily(engine, date(2024, 2, 3), 30)
    texts = [p.text for p in slack.to("@UOTHER") if world.undated.text in p.text]
    assert len(texts) == 2 and all("updated 3 weeks ago" in t for t in texts)
    assert slack.to("@UADMIN") == []


async def test_snoozed_actions_stay_quiet_until_the_snooze_ends(db: Database) -> None:
    world = await build_world(db, meeting_at=FAR_MEETING, created=CREATED)
    until = local(date(2024, 2, 12), 9)
    async with db.transaction() as s:
        action = (await s.exec(select(Action).where(Action.id == world.undated.id))).one()
        await actions.change_action(
            s, action=action, actor=world.other, now=CREATED, kind="snooze", changes={"snoozed_until": until}
        )
    slack = RecordingNotifier()
    engine = Engine(db, [slack])
    await _tick_daily(engine, date(2024, 1, 9), 34)  # to 11 Feb: the first nudge would be 29 Jan
    assert [p for p in slack.posts if world.undated.text in p.text] == []
    await engine.tick(local(date(2024, 2, 12), 9, 5))
    assert len([p for p in slack.to("@UOTHER") if world.undated.text in p.text]) == 1


async def test_the_weekly_digest_is_one_message_per_person_once_a_week(db: Database) -> None:
    world = await build_world(db, meeting_at=FAR_MEETING, created=CREATED, digest_weekday=0)
    slack = RecordingNotifier()
    engine = Engine(db, [slack])
    monday = date(2024, 1, 15)
    assert (await engine.tick(local(monday, 8, 59))).sent == []
    for minutes in range(0, 120, 30):
        await engine.tick(local(monday, 9, minutes % 60) + timedelta(hours=minutes // 60))
    digests = [p for p in slack.posts if "This week" in p.text]
    assert sorted(p.where for p in digests) == ["@UOTHER", "@UOWNER"]
    mine = next(p for p in digests if p.where == "@UOWNER")
    assert "Your reminders for Monday 15 January: 2 this week" in mine.text
    assert world.restricted.text in mine.text and world.due_here.text in mine.text
    await _tick_daily(engine, monday + timedelta(days=1), 6)
    assert len([p for p in slack.posts if "This week" in p.text]) == 2
    await engine.tick(local(monday + timedelta(days=7), 9, 1))
    assert len([p for p in slack.posts if "This week" in p.text]) == 4


async def test_a_missed_digest_is_sent_late_in_its_week_and_skipped_after(db: Database) -> None:
    await build_world(db, meeting_at=FAR_MEETING, created=CREATED, digest_weekday=0)
    slack = RecordingNotifier()
    engine = Engine(db, [slack])
    report = await engine.tick(datetime(2024, 1, 18, 15, 0, tzinfo=UTC))  # Thursday: still that week
    assert len(slack.posts) == 2 and all("This week" in p.text for p in slack.posts)
    assert sorted(k for k in report.covered if k.startswith("digest:")) == [
        "digest:3:2024-W03",
        "digest:4:2024-W03",
    ]
    other = Engine(db, [RecordingNotifier()])
    report = await other.tick(datetime(2024, 1, 29, 12, 0, tzinfo=UTC))  # W04's never went
    assert any(k.endswith("2024-W04") for k in report.skipped)


async def test_minute_ticks_read_only_new_stages_and_still_nudge_on_time(db: Database) -> None:
    world = await build_world(db, meeting_at=FAR_MEETING, created=CREATED)
    slack = RecordingNotifier()
    engine = Engine(db, [slack])
    nudged_at: list[datetime] = []
    now = local(date(2024, 1, 29), 0, 0)
    while now < local(date(2024, 1, 31), 12):
        before = len(slack.posts)
        await engine.tick(now)
        nudged_at.extend(now for p in slack.posts[before:] if world.undated.text in p.text)
        now += timedelta(minutes=15)
    # last update 8 Jan 10:00 + 21 days = 29 Jan 10:00; the first 09:00 after that is 30 Jan
    assert nudged_at == [local(date(2024, 1, 30), 9, 0)]
    [both] = slack.to("@UOWNER")  # the owner's two stale actions, in one message
    assert world.due_here.text in both.text and world.restricted.text in both.text


async def test_a_nudge_nobody_can_hear_is_skipped_the_admin_told_once_and_the_next_stage_reaches_them(
    db: Database,
) -> None:
    world = await build_world(db, meeting_at=FAR_MEETING, created=CREATED)
    async with db.transaction() as s:
        owner = await s.get(Person, world.owner.id)
        assert owner is not None
        owner.slack_user_id = None
        s.add(owner)
    slack = RecordingNotifier()
    engine = Engine(db, [slack])
    reports = [await engine.tick(local(date(2024, 1, 30), hh, mm)) for hh, mm in ((8, 45), (9, 0), (9, 1))]
    skipped = reports[1].unreachable
    assert skipped and all(k.startswith("nudge:") and k.endswith(f":{world.owner.id}") for k in skipped)
    assert reports[2].unreachable == [] and reports[2].sent == []
    [told] = slack.to("@UADMIN")
    assert "Tom Owner has 2 reminders from ASC that nobody will hear" in told.text
    assert slack.to("@UOTHER") and not [p for p in slack.posts if p.where == "@None"]
    async with db.transaction() as s:
        owner = await s.get(Person, world.owner.id)
        assert owner is not None
        owner.slack_user_id = "UOWNER"
        s.add(owner)
    await _tick_daily(engine, date(2024, 1, 31), 21)  # the second stage falls due on 20 Feb
    [nudged] = slack.to("@UOWNER")
    assert "Needing an update" in nudged.text and "updated 6 weeks ago" in nudged.text
    assert len(slack.to("@UADMIN")) == 1
