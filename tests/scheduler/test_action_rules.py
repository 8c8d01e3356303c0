"""One rule each for overdue, stale, snoozed and the RAG rating (storage/rules.py), held to a table
over both kinds of row they are asked about: the ORM `Action` that chat, cards and the tracker
read, and the scheduler's `ActionRow`. And chat and the reminders, asked about the same stored
action, agree."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.render_text import render
from handlers.context import Context
from handlers.dispatch import respond
from scheduler import digests
from scheduler.model import Section
from scheduler.policy import plan
from scheduler.state import load_state
from storage import actions, committees, people, rules
from storage.actions import Due
from storage.db import Database
from storage.models import Action, ActionStatus, DueKind, Meeting, MeetingStatus
from storage.reminder_rows import ActionRow, MeetingRow
from storage.rules import Rag

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
JUNE_10 = date(2024, 6, 10)
LATE_ON_THE_10TH = datetime(2024, 6, 10, 23, 30, tzinfo=UTC)  # already 11 June in London (BST)
PROGRESS = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Facts:
    status: ActionStatus = ActionStatus.open
    assignee_id: int | None = 7
    due_kind: DueKind = DueKind.date
    due_date: date | None = JUNE_10
    last_progress_at: datetime = PROGRESS
    snoozed_until: datetime | None = None
    meeting: datetime | None = None
    created_at: datetime | None = None
    """When the bot learnt of it; by default at its last update."""


def orm(f: Facts) -> tuple[Action, Meeting | None]:
    meeting = None if f.meeting is None else Meeting(id=5, committee_id=1, starts_at=f.meeting)
    action = Action(
        id=1,
        ref="A1",
        committee_id=1,
        text="Report back",
        status=f.status,
        assignee_id=f.assignee_id,
        due_kind=f.due_kind,
        due_meeting_id=5 if meeting else None,
        due_date=f.due_date,
        last_progress_at=f.last_progress_at,
        snoozed_until=f.snoozed_until,
        created_at=f.created_at or f.last_progress_at,
    )
    return action, meeting


def row(f: Facts) -> tuple[ActionRow, MeetingRow | None]:
    meeting = None if f.meeting is None else MeetingRow(5, 1, f.meeting, MeetingStatus.scheduled)
    action = ActionRow(
        id=1,
        ref="A1",
        committee_id=1,
        assignee_id=f.assignee_id,
        due_kind=f.due_kind,
        due_meeting_id=5 if meeting else None,
        due_date=f.due_date,
        restricted=False,
        last_progress_at=f.last_progress_at,
        status=f.status,
        snoozed_until=f.snoozed_until,
        created_at=f.created_at or f.last_progress_at,
        nudge_due=False,
    )
    return action, meeting


BUILDERS = pytest.mark.parametrize("build", [orm, row], ids=["orm-action", "scheduler-row"])
AT_MEETING = dict(due_kind=DueKind.meeting, due_date=None, meeting=datetime(2024, 6, 10, 16, 30, tzinfo=UTC))

OVERDUE = [
    ("due 10 June, 23:30Z on the 10th, London: already the 11th there", Facts(), LATE_ON_THE_10TH, LONDON, True),
    ("the same moment in New York: still the 10th", Facts(), LATE_ON_THE_10TH, NEW_YORK, False),
    ("22:59Z on the 10th in London: 23:59 BST", Facts(), datetime(2024, 6, 10, 22, 59, tzinfo=UTC), LONDON, False),
    ("due the day it is", Facts(), datetime(2024, 6, 10, 8, 0, tzinfo=UTC), LONDON, False),
    ("done is never overdue", Facts(status=ActionStatus.done), LATE_ON_THE_10TH, LONDON, False),
    ("dropped is never overdue", Facts(status=ActionStatus.dropped), LATE_ON_THE_10TH, LONDON, False),
    ("no due point", Facts(due_kind=DueKind.none, due_date=None), LATE_ON_THE_10TH, LONDON, False),
    ("a future meeting", Facts(due_kind=DueKind.future_meeting, due_date=None), LATE_ON_THE_10TH, LONDON, False),
    ("at a meeting, later that evening", Facts(**AT_MEETING), datetime(2024, 6, 10, 21, 0, tzinfo=UTC), LONDON, False),
    ("at a meeting, the next local day", Facts(**AT_MEETING), LATE_ON_THE_10TH, LONDON, True),
    ("at a meeting, New York's evening", Facts(**AT_MEETING), LATE_ON_THE_10TH, NEW_YORK, False),
    ("next meeting, none set", Facts(due_kind=DueKind.next_meeting, due_date=None), LATE_ON_THE_10TH, LONDON, False),
]  # fmt: skip


@BUILDERS
@pytest.mark.parametrize(("why", "facts", "now", "tz", "expected"), OVERDUE, ids=[c[0] for c in OVERDUE])
def test_overdue_is_read_in_the_committees_local_date(
    build: Any, why: str, facts: Facts, now: datetime, tz: ZoneInfo, expected: bool
) -> None:
    action, meeting = build(facts)
    assert rules.is_overdue(action, now=now, tz=tz, due_meeting=meeting) is expected


STALE = [
    ("21 days to the second", Facts(), PROGRESS + timedelta(days=21), True),
    ("a minute short", Facts(), PROGRESS + timedelta(days=21, minutes=-1), False),
    ("done is never stale", Facts(status=ActionStatus.done), PROGRESS + timedelta(days=60), False),
    ("in progress is", Facts(status=ActionStatus.in_progress), PROGRESS + timedelta(days=60), True),
]


@BUILDERS
@pytest.mark.parametrize(("why", "facts", "now", "expected"), STALE, ids=[c[0] for c in STALE])
def test_stale_is_no_update_for_the_committees_stale_days(
    build: Any, why: str, facts: Facts, now: datetime, expected: bool
) -> None:
    action, _ = build(facts)
    assert rules.is_stale(action, now=now, stale_days=21) is expected


@BUILDERS
@pytest.mark.parametrize(
    ("until", "expected"),
    [(None, False), (LATE_ON_THE_10TH + timedelta(seconds=1), True), (LATE_ON_THE_10TH, False)],
)
def test_snoozed_until_the_moment_it_ends(build: Any, until: datetime | None, expected: bool) -> None:
    action, _ = build(Facts(snoozed_until=until))
    assert rules.is_snoozed(action, now=LATE_ON_THE_10TH) is expected


NEXT = Meeting(id=9, committee_id=1, starts_at=datetime(2024, 6, 20, 16, 30, tzinfo=UTC))
EARLY = datetime(2024, 6, 5, 9, 0, tzinfo=UTC)
RAG = [
    ("overdue is red", Facts(), LATE_ON_THE_10TH, Rag.red, "overdue"),
    ("overdue and unowned is red", Facts(assignee_id=None), LATE_ON_THE_10TH, Rag.red, "overdue"),
    ("no owner is amber, never green", Facts(assignee_id=None, due_date=date(2024, 9, 1)), EARLY, Rag.amber, "needs an owner"),
    ("no due point is amber", Facts(due_kind=DueKind.none, due_date=None), EARLY, Rag.amber, "needs a due point"),
    ("unowned, no due point", Facts(assignee_id=None, due_kind=DueKind.none, due_date=None), EARLY, Rag.amber, "needs an owner"),
    ("due before the next meeting", Facts(), EARLY, Rag.amber, "due by the next meeting"),
    ("stale", Facts(due_date=date(2024, 9, 1)), PROGRESS + timedelta(days=22), Rag.amber, "no update for 21 days"),
    ("on track", Facts(due_date=date(2024, 9, 1)), EARLY, Rag.green, "on track"),
    ("done", Facts(status=ActionStatus.done), LATE_ON_THE_10TH, Rag.done, "done"),
]  # fmt: skip


@BUILDERS
@pytest.mark.parametrize(("why", "facts", "now", "rag", "reason"), RAG, ids=[c[0] for c in RAG])
def test_the_rag_rating(build: Any, why: str, facts: Facts, now: datetime, rag: Rag, reason: str) -> None:
    action, meeting = build(facts)
    got = rules.rating(action, now=now, tz=LONDON, due_meeting=meeting, next_meeting=NEXT, stale_days=21)
    assert (got.rag, got.why) == (rag, reason)


def test_snooze_until_the_next_meeting_lasts_until_the_meeting_is_over() -> None:
    evening = Meeting(id=1, committee_id=1, starts_at=datetime(2024, 6, 10, 17, 30, tzinfo=LONDON))
    ends = rules.meeting_ends_at(evening, LONDON)
    assert ends == datetime(2024, 6, 11, 0, 0, tzinfo=LONDON)
    assert ends - evening.starts_at > timedelta(hours=1)


@settings(max_examples=300, deadline=None)
@given(
    zone=st.sampled_from(("Europe/London", "America/New_York", "Australia/Lord_Howe", "UTC")),
    at=st.times().map(lambda t: time(t.hour, t.minute)),
    stale_days=st.integers(min_value=1, max_value=30),
    progress=st.datetimes(
        min_value=datetime(2023, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC)
    ),
    later=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=200)),
    snooze=st.one_of(st.none(), st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=60))),
)
def test_the_next_reminder_time_is_when_the_next_nudge_stage_can_be_sent(
    zone: str, at: time, stale_days: int, progress: datetime, later: timedelta, snooze: timedelta | None
) -> None:
    """From `start` (now, or the end of a snooze): a stage current then is due then; otherwise the
    next reminder is the first moment a stage becomes current, and none is current before it."""
    cadence = rules.Cadence(tz=ZoneInfo(zone), at=at, stale_days=stale_days)
    now = progress + later
    until = None if not snooze else now + snooze
    action, _ = row(Facts(last_progress_at=progress, snoozed_until=until))
    found = rules.next_reminder_at(action, cadence, now=now)
    start = until or now
    current = rules.nudge_stage(progress, cadence, start)
    if current is not None:
        assert found == (until or current[1])
    elif found is None:
        assert all(t <= start for t in rules.stage_times(progress, cadence))
    else:
        assert found > start
        assert rules.nudge_stage(progress, cadence, found) is not None
        assert rules.nudge_stage(progress, cadence, found - timedelta(microseconds=1)) is None


async def test_chat_and_the_reminders_agree_an_action_is_overdue_late_on_its_due_day(db: Database) -> None:
    """The case that once disagreed: due 10 June, at 23:30Z on the 10th, in London."""
    async with db.transaction() as s:
        c = await committees.create_committee(s, code="ASC", name="Adult Social Care")
        c.digest_weekday = LATE_ON_THE_10TH.weekday()
        c.reminder_time = "00:00"
        s.add(c)
        owner = await people.add_person(s, display_name="Tom Owner", slack_user_id="UOWNER")
        assert c.id is not None
        made = await actions.create_action(
            s,
            committee_id=c.id,
            text="Report travel time payments",
            actor=None,
            now=PROGRESS,
            assignee_id=owner.id,
            due=Due(DueKind.date, on=JUNE_10),
        )
    ctx = Context(actor=owner, now=LATE_ON_THE_10TH, committee=c, channel_id="console:ASC")
    listed = render(await respond("overdue", ctx=ctx, db=db))
    assert made.ref is not None and made.ref in listed and "[OVERDUE]" in listed
    async with db.read() as s:
        state = await load_state(s, now=LATE_ON_THE_10TH)
        planned = plan(state, LATE_ON_THE_10TH)
        await digests.fill(s, state, planned.messages)  # the digest due reads it as it is sent
    [digest] = [i for i in planned.items if i.kind == "digest"]
    assert digest.placements == ((Section.overdue, 0, made.id),)
    assert "(1 overdue)" in digest.summary


@pytest.mark.parametrize("build", [orm, row], ids=["Action", "ActionRow"])
def test_an_action_learnt_of_after_its_last_update_is_nudged_from_then(
    build: Callable[[Facts], tuple[Any, Any]],
) -> None:
    """An imported backlog: last heard of at its meeting, nudged a stale period after its import."""
    cadence = rules.Cadence(tz=LONDON, at=time(9), stale_days=21)
    imported = PROGRESS + timedelta(days=400)
    backlog, _ = build(Facts(created_at=imported))
    added, _ = build(Facts())
    assert rules.nudge_from(backlog) == imported and rules.nudge_from(added) == PROGRESS
    assert rules.is_stale(backlog, now=imported, stale_days=21), "it stays as stale as its minutes say"
    first = rules.next_reminder_at(backlog, cadence, now=imported)
    assert first == rules.reminder_at(imported + timedelta(days=21), cadence)


def test_a_row_without_created_at_is_nudged_from_its_last_update() -> None:
    """The rows migration 0003 and the bench build have no created_at; the rule still times them."""
    cadence = rules.Cadence(tz=LONDON, at=time(9), stale_days=21)
    facts, _ = row(Facts())
    bare = _OldFacts(1, 7, ActionStatus.open, DueKind.none, None, PROGRESS, None)
    assert rules.nudge_from(bare) == PROGRESS
    assert rules.next_reminder_at(bare, cadence, now=PROGRESS) == rules.next_reminder_at(
        facts, cadence, now=PROGRESS
    )


class _OldFacts(NamedTuple):
    committee_id: int
    assignee_id: int | None
    status: ActionStatus
    due_kind: DueKind
    due_date: date | None
    last_progress_at: datetime
    snoozed_until: datetime | None
