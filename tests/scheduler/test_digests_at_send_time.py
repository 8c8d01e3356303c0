"""The weekly digest is planned per owner and filled in as it is sent (scheduler/digests.py):
the tick reads who is due a digest, not every action; each digest still goes once, across a
restart in the middle of its send, and one whose actions all closed meanwhile is skipped."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from bot.remind_cli import preview
from scheduler import digests
from scheduler.engine import Engine
from storage import deliveries as ledger
from storage.db import Database
from storage.models import Action, ActionStatus
from tests.scheduler.support import LONDON, RecordingNotifier, World, build_world, local

FAR_MEETING = local(date(2025, 6, 1), 17, 30)
CREATED = local(date(2024, 1, 8), 10)  # a Monday
MONDAY = local(date(2024, 1, 15), 9, 0)  # the digests' day, nothing stale yet


async def test_the_tick_plans_one_item_per_owner_and_reads_their_actions_as_it_sends(db: Database) -> None:
    world = await build_world(db, meeting_at=FAR_MEETING, created=CREATED, digest_weekday=0)
    slack = RecordingNotifier()
    state, planned = await Engine(db, [slack]).load(MONDAY)
    assert state.actions == []  # no action was read to plan the digests
    assert state.digest_owners == {world.committee_id: sorted([world.owner.id or 0, world.other.id or 0])}
    assert sorted(i.key for i in planned.items) == [
        f"digest:{world.owner.id}:2024-W03",
        f"digest:{world.other.id}:2024-W03",
    ]
    assert all(i.placements == () for i in planned.items)

    await Engine(db, [slack]).tick(MONDAY)
    [mine] = slack.to("@UOWNER")
    assert "Your reminders for Monday 15 January: 2 this week" in mine.text
    assert world.due_here.text in mine.text and world.restricted.text in mine.text
    [theirs] = slack.to("@UOTHER")
    assert world.undated.text in theirs.text and world.due_here.text not in theirs.text


async def test_a_restart_in_the_middle_of_a_digest_send_sends_it_once(db: Database) -> None:
    """The first engine dies holding the digest's claim (after claiming, before Slack answered):
    a new engine leaves it while the lease runs, then sends it, once, whole."""
    world = await build_world(db, meeting_at=FAR_MEETING, created=CREATED, digest_weekday=0)

    class Dies(RecordingNotifier):
        async def post_direct(self, person: Any, reply: Any) -> Any:
            if person.slack_user_id == "UOWNER":
                raise SystemExit("killed in the middle of the send")  # the process ends here
            return await super().post_direct(person, reply)

    with pytest.raises(SystemExit, match="killed"):
        await Engine(db, [Dies()], instance="died", lease=timedelta(minutes=5)).tick(MONDAY)
    async with db.read() as s:
        held = [d for d in await ledger.list_deliveries(s) if d.claimed_by == "died"]
        assert [d.status for d in held if d.recipient == f"person:{world.owner.id}"] == [ledger.CLAIMED]

    slack = RecordingNotifier()
    early = await Engine(db, [slack], lease=timedelta(minutes=5)).tick(MONDAY + timedelta(minutes=1))
    assert early.busy == [f"person:{world.owner.id}"] and slack.to("@UOWNER") == []
    for minutes in (6, 7, 60):
        await Engine(db, [slack], lease=timedelta(minutes=5)).tick(MONDAY + timedelta(minutes=minutes))
    [mine] = slack.to("@UOWNER")
    assert world.due_here.text in mine.text and world.restricted.text in mine.text
    assert len(slack.to("@UOTHER")) == 1


async def test_a_digest_whose_actions_all_closed_before_its_send_is_skipped(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = await build_world(db, meeting_at=FAR_MEETING, created=CREATED, digest_weekday=0)
    fill = digests.fill

    async def closed_meanwhile(*args: Any, **kwargs: Any) -> None:
        await _close(db, world, owner=world.owner.id or 0)
        await fill(*args, **kwargs)

    monkeypatch.setattr(digests, "fill", closed_meanwhile)
    slack = RecordingNotifier()
    report = await Engine(db, [slack]).tick(MONDAY)
    assert slack.to("@UOWNER") == [] and len(slack.to("@UOTHER")) == 1
    mine = f"digest:{world.owner.id}:2024-W03"
    assert [k for k in report.skipped if k.startswith("digest:")] == [mine]
    async with db.read() as s:
        [item] = [i for i in await ledger.list_items(s) if i.key == mine]
    assert item.status == ledger.SKIPPED
    monkeypatch.undo()
    again = await Engine(db, [slack]).tick(MONDAY + timedelta(hours=1))
    assert again.sent == [] and slack.to("@UOWNER") == []


async def _close(db: Database, world: World, *, owner: int) -> None:
    async with db.transaction() as s:
        for action_id in (world.due_here.id, world.restricted.id):
            action = await s.get(Action, action_id)
            assert action is not None and action.assignee_id == owner
            action.status = ActionStatus.done
            s.add(action)


async def test_a_dry_run_shows_each_digest_filled_in(db: Database) -> None:
    world = await build_world(db, meeting_at=FAR_MEETING, created=CREATED, digest_weekday=0)
    lines: list[str] = []
    assert await preview(db, MONDAY, out=lines.append, tz=LONDON) == 0
    out = "\n".join(lines)
    assert "weekly digest, week of 15 Jan 2024: 2 open actions (0 overdue)" in out
    assert world.due_here.text in out and world.undated.text in out
