"""One message per person per run, one post per channel per run: nudges, escalations, the
pre-meeting reminder and the digest of one morning, grouped; each item still sent exactly once."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from bot.config import Settings
from bot.remind_cli import remind_cli
from scheduler.engine import Engine
from storage import actions, bindings, committees, people
from storage import deliveries as ledger
from storage.actions import Due
from storage.db import Database
from storage.models import DueKind, Person, Role
from tests.scheduler.support import RecordingNotifier, local

MORNING = local(date(2024, 6, 10), 9, 5)  # a Monday
MEETING = local(date(2024, 6, 11), 17, 30)


async def big_committee(db: Database, *, owners: int = 5, per_owner: int = 40) -> list[Person]:
    """ASC, due its 1-day reminder and its Monday digest this morning, with an admin, a chair and
    `owners` officers who each own `per_owner` live actions, all stale: some a stage past another
    (nudges, escalations to the admin, to the chair), some due at tomorrow's meeting, some overdue."""
    async with db.transaction() as s:
        c = await committees.create_committee(s, code="ASC", name="Adult Social Care")
        assert c.id is not None
        c.digest_weekday = 0
        s.add(c)
        admin = await people.add_person(s, display_name="Sam Admin", slack_user_id="UADMIN")
        chair = await people.add_person(s, display_name="Joan Chair", slack_user_id="UCHAIR")
        for person, role in ((admin, Role.admin), (chair, Role.chair)):
            assert person.id is not None
            await people.grant_role(s, committee_id=c.id, person_id=person.id, role=role)
        meeting = await committees.add_meeting(s, committee_id=c.id, starts_at=MEETING)
        await bindings.upsert_binding(
            s, platform="slack", channel_id="CASC", now=MORNING, committee_id=c.id, name="#asc"
        )
        made: list[Person] = []
        for i in range(owners):
            owner = await people.add_person(s, display_name=f"Officer {i + 1}", slack_user_id=f"UOFF{i + 1}")
            assert owner.id is not None
            await people.grant_role(s, committee_id=c.id, person_id=owner.id, role=Role.officer)
            made.append(owner)
            for k in range(per_owner):
                due = (
                    Due(DueKind.next_meeting, meeting_id=meeting.id)
                    if k % 4 == 0
                    else Due(DueKind.date, on=date(2024, 5, 1))
                    if k % 4 == 1
                    else Due()
                )
                await actions.create_action(
                    s,
                    committee_id=c.id,
                    text=f"Officer {i + 1}'s action {k + 1}",
                    actor=admin,
                    now=MORNING - timedelta(days=22 + (k % 5) * 21),
                    assignee_id=owner.id,
                    due=due,
                )
    return made


async def test_two_hundred_stale_actions_make_one_message_per_person_and_one_channel_post(
    db: Database,
) -> None:
    owners = await big_committee(db)
    slack = RecordingNotifier()
    report = await Engine(db, [slack]).tick(MORNING)
    per_place = Counter(p.where for p in slack.posts)
    assert per_place == Counter(
        {"#CASC": 1, "@UADMIN": 1, "@UCHAIR": 1, **{f"@UOFF{i}": 1 for i in range(1, 6)}}
    )
    # 160 nudges and escalations (a fifth lapsed long ago), 5 pre-meeting reminders, 5 digests, a channel post
    assert len(report.sent) == 8 and report.planned == 171
    mine = slack.to("@UOFF1")[0].text
    sections = ["Due at the Adult Social Care meeting tomorrow", "Overdue", "Needing an update"]
    assert [mine.index(s) for s in sections] == sorted(mine.index(s) for s in sections)
    for k in range(1, 41):
        assert mine.count(f"Officer 1's action {k}\n") == 1, k
    admin = slack.to("@UADMIN")[0].text
    assert all(f"Escalated to you \u2014 {o.display_name}" in admin for o in owners)
    async with db.transaction() as s:
        items = await ledger.list_items(s)
    assert len(items) == report.planned and len({i.key for i in items}) == len(items)
    assert all(i.status == ledger.SENT for i in items)

    again = RecordingNotifier()
    later = await Engine(db, [again]).tick(MORNING + timedelta(minutes=5))  # a restart: nothing twice
    assert again.posts == [] and later.sent == []


@pytest.mark.parametrize("fails", ["@UOFF3", "#CASC"])
async def test_a_retried_message_goes_once_with_everything_due_by_then(db: Database, fails: str) -> None:
    await big_committee(db, owners=3, per_owner=8)
    left = {fails: 1}

    def fail(where: str) -> Exception | None:
        if left.get(where):
            left[where] -= 1
            return RuntimeError("connection reset")
        return None

    slack = RecordingNotifier(fail=fail)
    engine = Engine(db, [slack])
    first = await engine.tick(MORNING)
    assert len(first.retrying) == 1 and slack.to(fails) == []
    await engine.tick(MORNING + timedelta(minutes=2))  # the backoff (60 s) is over
    await engine.tick(MORNING + timedelta(minutes=3))
    assert len(slack.to(fails)) == 1
    async with db.transaction() as s:
        items = await ledger.list_items(s)
    assert len(items) == first.planned and all(i.status == ledger.SENT for i in items)


def _settings(url: str) -> Settings:
    return Settings(
        database_url=url,
        slack_bot_token=None,
        slack_signing_secret=None,
        slack_app_token=None,
        slack_client_id=None,
        slack_client_secret=None,
        microsoft_app_id=None,
    )


async def test_one_remind_run_prints_one_message_per_person(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(sqlite_url)
    await big_committee(db)
    await db.dispose()
    at = MORNING.isoformat()
    assert await remind_cli(_settings(sqlite_url), dry_run=True, at=at) == 0
    preview = capsys.readouterr().out
    assert preview.count("\n-> DM to ") == 7 and preview.count("\n-> channel #asc") == 1
    assert await remind_cli(_settings(sqlite_url), dry_run=False, at=at) == 0
    out = capsys.readouterr().out
    told = Counter(line for line in out.splitlines() if line.startswith("[reminder "))
    assert set(told.values()) == {1} and len(told) == 8, told
    assert "8 sent, 0 to retry, 0 failed" in out


async def test_nobody_will_hear_is_said_in_the_dry_run_and_told_to_the_admin_once(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(sqlite_url)
    await big_committee(db, owners=2, per_owner=2)
    async with db.transaction() as s:
        found = await people.find_people(s, name="Officer 2")
        found[0].slack_user_id = None
        s.add(found[0])
        for b in await bindings.bindings_for_committee(s, committee_id=1):
            await s.delete(b)
    assert await remind_cli(_settings(sqlite_url), dry_run=True, at=MORNING.isoformat()) == 0
    preview = capsys.readouterr().out
    assert "!! ASC has a pre-meeting reminder due and no channel bound" in preview
    assert "!! nobody will hear this: no Slack or Teams account is known for them" in preview
    slack = RecordingNotifier()
    for minutes in (0, 1, 60 * 24):
        await Engine(db, [slack]).tick(MORNING + timedelta(minutes=minutes))
    [told] = slack.to("@UADMIN")
    assert "Nobody will see ASC's reminders before its meetings: no channel is bound" in told.text
    assert "Officer 2 has 4 reminders from ASC that nobody will hear" in told.text
    assert not any(p.where == "@None" for p in slack.posts)
    await db.dispose()
