"""The delivery engine on SQLite and PostgreSQL: each reminder once, across DST, restarts, crashes
and notifier failures. Time is frozen: every tick is given its `now`."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from scheduler.engine import Engine
from scheduler.notifier import Permanent, Retryable
from storage import deliveries as ledger
from storage import meetings as store_meetings
from storage.db import Database
from storage.models import ChannelBinding, Meeting
from tests.scheduler.support import RecordingNotifier, build_world, local

MEETING = local(date(2024, 4, 4), 17, 30)  # BST: the clocks went forward on 31 March
CREATED = local(date(2024, 3, 20), 10)
SEVEN_DAYS = datetime(2024, 3, 28, 9, 0, tzinfo=UTC)  # 09:00 GMT
ONE_DAY = datetime(2024, 4, 3, 8, 0, tzinfo=UTC)  # 09:00 BST


async def test_lead_time_reminders_land_at_nine_local_either_side_of_the_dst_change(db: Database) -> None:
    await build_world(db, meeting_at=MEETING, created=CREATED)
    slack = RecordingNotifier()
    engine = Engine(db, [slack])
    seen: list[tuple[datetime, str]] = []
    now = datetime(2024, 3, 27, 0, 0, tzinfo=UTC)
    while now < datetime(2024, 4, 5, tzinfo=UTC):
        before = len(slack.posts)
        await engine.tick(now)
        seen.extend((now, p.where) for p in slack.posts[before:])
        now += timedelta(hours=1)
    assert [t for t, where in seen if where == "#CASC"] == [SEVEN_DAYS, ONE_DAY]
    assert [t for t, where in seen if where == "@UOWNER"] == [SEVEN_DAYS, ONE_DAY]
    assert [where for _, where in seen if where not in ("#CASC", "@UOWNER")] == []


async def test_channel_post_leaves_out_restricted_items_the_owner_dm_has_them(db: Database) -> None:
    world = await build_world(db, meeting_at=MEETING, created=CREATED)
    slack = RecordingNotifier()
    await Engine(db, [slack]).tick(SEVEN_DAYS)
    [channel] = slack.to("#CASC")
    [dm] = slack.to("@UOWNER")
    assert world.due_here.ref and world.restricted.ref
    assert "Adult Social Care meets in 7 days" in channel.text
    assert "Due at this meeting" in channel.text
    assert world.due_here.text in channel.text
    assert world.restricted.text not in channel.text
    assert world.due_here.text in dm.text and world.restricted.text in dm.text


async def test_a_restarted_engine_sends_nothing_twice(db: Database) -> None:
    await build_world(db, meeting_at=MEETING, created=CREATED)
    slack = RecordingNotifier()
    first = await Engine(db, [slack]).tick(SEVEN_DAYS)
    assert len(first.sent) == 2
    for minutes in (1, 2, 60):
        again = await Engine(db, [slack]).tick(SEVEN_DAYS + timedelta(minutes=minutes))
        assert again.sent == [] and again.busy == []
    assert len(slack.posts) == 2
    async with db.transaction() as s:
        rows = {d.key: d for d in await ledger.list_deliveries(s)}
    channel = next(d for d in rows.values() if d.recipient == "slack:CASC")
    assert channel.status == ledger.SENT and channel.message_id == "#CASC:1"
    async with db.transaction() as s:
        assert await ledger.items_of(s, key=channel.key) == [
            f"pre:1:1:2024-04-04:7d:channel:{channel.committee_id}"
        ]


async def test_after_downtime_only_the_latest_reminder_is_sent_and_the_older_is_skipped(db: Database) -> None:
    await build_world(db, meeting_at=MEETING, created=CREATED)
    slack = RecordingNotifier()
    report = await Engine(db, [slack]).tick(ONE_DAY + timedelta(hours=5))
    assert len(slack.to("#CASC")) == 1 and "meets tomorrow" in slack.to("#CASC")[0].text
    assert [k for k in report.skipped if ":7d" in k] != []
    async with db.transaction() as s:
        skipped = [d for d in await ledger.list_deliveries(s) if d.status == ledger.SKIPPED]
    assert len(skipped) == 1 and skipped[0].key.endswith(":7d")


async def test_reminders_of_a_meeting_that_has_happened_are_skipped_not_sent(db: Database) -> None:
    await build_world(db, meeting_at=MEETING, created=CREATED)
    slack = RecordingNotifier()
    engine = Engine(db, [slack])
    report = await engine.tick(MEETING + timedelta(hours=2))
    assert slack.posts == []
    assert sorted(k.rsplit(":", 1)[1] for k in report.skipped) == ["1d", "7d"]
    assert (await engine.tick(MEETING + timedelta(hours=3))).skipped == []


async def test_a_crash_between_claim_and_send_is_retried_on_the_next_tick(db: Database) -> None:
    await build_world(db, meeting_at=MEETING, created=CREATED)
    crashes = {"#CASC": 1}

    def fail(where: str) -> Exception | None:
        if crashes.get(where):
            crashes[where] -= 1
            return RuntimeError("connection reset in the middle of the send")
        return None

    slack = RecordingNotifier(fail=fail)
    first = await Engine(db, [slack]).tick(SEVEN_DAYS)
    assert len(first.retrying) == 1 and slack.to("#CASC") == []
    second = await Engine(db, [slack]).tick(SEVEN_DAYS + timedelta(minutes=1))
    assert len(second.sent) == 1
    await Engine(db, [slack]).tick(SEVEN_DAYS + timedelta(minutes=2))
    assert len(slack.to("#CASC")) == 1 and len(slack.to("@UOWNER")) == 1


async def test_a_claim_abandoned_by_a_dead_instance_is_taken_over_after_its_lease(db: Database) -> None:
    world = await build_world(db, meeting_at=MEETING, created=CREATED)
    slack = RecordingNotifier()
    item = f"pre:{world.committee_id}:{world.meeting_id}:2024-04-04:7d:channel:{world.binding.id}"
    async with db.transaction() as s:
        held = await ledger.claim_message(
            s,
            key="msg:slack:CASC:died",
            kind="channel post",
            committee_id=world.committee_id,
            recipient="slack:CASC",
            now=SEVEN_DAYS,
            owner="died-mid-send",
            lease=timedelta(minutes=5),
            items=[(item, "pre-meeting")],
        )
    assert held is not None
    engine = Engine(db, [slack], lease=timedelta(minutes=5))
    early = await engine.tick(SEVEN_DAYS + timedelta(minutes=1))
    assert early.busy == ["slack:CASC"] and slack.to("#CASC") == []
    late = await engine.tick(SEVEN_DAYS + timedelta(minutes=6))
    assert late.covered == [item] and len(slack.to("#CASC")) == 1
    await engine.tick(SEVEN_DAYS + timedelta(minutes=20))
    assert len(slack.to("#CASC")) == 1
    async with db.transaction() as s:
        rows = {d.key: d for d in await ledger.list_deliveries(s)}
        assert rows["msg:slack:CASC:died"].status == ledger.MERGED
        assert await ledger.items_of(s, key=late.sent[0]) == [item]


async def test_a_429_is_retried_after_retry_after_and_sent_once(db: Database) -> None:
    await build_world(db, meeting_at=MEETING, created=CREATED)
    limited = {"#CASC": 1}

    def fail(where: str) -> Exception | None:
        if limited.get(where):
            limited[where] -= 1
            return Retryable("Slack said ratelimited", retry_after=90)
        return None

    slack = RecordingNotifier(fail=fail)
    engine = Engine(db, [slack])
    assert len((await engine.tick(SEVEN_DAYS)).retrying) == 1
    assert (await engine.tick(SEVEN_DAYS + timedelta(minutes=1))).sent == []  # Retry-After not yet over
    assert len((await engine.tick(SEVEN_DAYS + timedelta(minutes=2))).sent) == 1
    await engine.tick(SEVEN_DAYS + timedelta(minutes=3))
    assert len(slack.to("#CASC")) == 1
    async with db.transaction() as s:
        rows = [d for d in await ledger.list_deliveries(s) if d.recipient == "slack:CASC"]
    assert [r.status for r in rows] == [ledger.MERGED, ledger.SENT] and rows[1].attempts == 2


async def test_a_permanent_403_disables_the_channel_and_tells_the_admin_once(db: Database) -> None:
    world = await build_world(db, meeting_at=MEETING, created=CREATED)

    def fail(where: str) -> Exception | None:
        return Permanent("Teams answered 403 BotNotInConversationRoster") if where == "#CASC" else None

    slack = RecordingNotifier(fail=fail)
    engine = Engine(db, [slack])
    report = await engine.tick(SEVEN_DAYS)
    assert len(report.failed) == 1
    [told] = slack.to("@UADMIN")
    assert "BotNotInConversationRoster" in told.text and "setup ASC" in told.text
    async with db.transaction() as s:
        binding = await s.get(ChannelBinding, world.binding.id)
        assert binding is not None and not binding.enabled
    for hours in (1, 24 * 6):
        await Engine(db, [slack]).tick(SEVEN_DAYS + timedelta(hours=hours))
    assert slack.calls.count("#CASC") == 1
    assert len(slack.to("@UADMIN")) == 1
    assert len(slack.to("@UOWNER")) == 2  # 7-day and 1-day DMs still go


async def test_an_action_due_next_meeting_follows_its_meeting_when_it_moves(db: Database) -> None:
    await build_world(db, meeting_at=MEETING, created=CREATED)
    slack = RecordingNotifier()
    engine = Engine(db, [slack])
    await engine.tick(SEVEN_DAYS)
    moved = local(date(2024, 4, 18), 17, 30)
    async with db.transaction() as s:
        from sqlmodel import select

        meeting = (await s.exec(select(Meeting))).one()
        await store_meetings.move_meeting(s, meeting=meeting, starts_at=moved, actor=None, now=ONE_DAY)
    await engine.tick(ONE_DAY)
    assert len(slack.to("#CASC")) == 1  # the old date's 1-day reminder no longer applies
    await engine.tick(datetime(2024, 4, 11, 8, 0, tzinfo=UTC))
    posts = slack.to("#CASC")
    assert len(posts) == 2 and "18 Apr 2024" in posts[1].text
    assert "Report travel time payments" in posts[1].text.split("Due at this meeting")[1]


async def test_a_meeting_with_no_channel_reaches_nobody_until_one_is_bound(db: Database) -> None:
    world = await build_world(db, meeting_at=MEETING, created=CREATED)
    teams_only = RecordingNotifier(platform="teams")
    teams_only.reaches = lambda person: False  # type: ignore[method-assign]
    report = await Engine(db, [teams_only]).tick(SEVEN_DAYS)
    assert report.sent == [] and len(report.unroutable) == 2
    slack = RecordingNotifier()
    later = await Engine(db, [slack]).tick(SEVEN_DAYS + timedelta(minutes=1))
    assert len(later.sent) == 2 and world.binding.id is not None
