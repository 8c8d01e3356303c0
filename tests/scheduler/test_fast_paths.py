"""The tick's fast paths agree with the plain definitions they stand in for.

A tick reads thousands of actions as plain driver values and plans with precomputed cut-offs; these
tests hold each shortcut to the definition: the rows read to what the ORM reads (on both stores),
the occasions to those of every upcoming meeting, a shared NudgeClock to the stage by definition,
and the overdue and stale marks to the per-action rules.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from typing import cast
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.ext.asyncio import create_async_engine
from sqlmodel import select

from scheduler import compose, digests
from scheduler.model import MeetingRow, Occasion, Policy, State
from scheduler.nudges import NudgeClock
from scheduler.policy import _digest_occasions, _meeting_occasions, occasions, plan, stale_ids_of
from scheduler.state import load_state
from storage import actions, committees, people
from storage.actions import LIVE, Due
from storage.db import Database
from storage.models import Action, ActionStatus, Committee, DueKind, Meeting, MeetingStatus, UTCDateTime
from storage.reminder_rows import utc
from tests.scheduler.test_policy_rows import ZONES, row, stage_by_definition

NOW = datetime(2024, 3, 27, 10, 30, tzinfo=UTC)  # a Wednesday, days before the clocks change


@pytest.mark.parametrize(
    "stored",
    [
        "2024-03-27 10:30:05.123456",
        "2024-03-27 10:30:05",
        "2024-03-27 10:30",
        "2024-03-27",
        "2024-03-27T10:30:05+02:00",
        datetime(2024, 3, 27, 10, 30, tzinfo=UTC),
        datetime(2024, 3, 27, 12, 30, tzinfo=ZoneInfo("Europe/Paris")),
        datetime(2024, 3, 27, 10, 30),
    ],
)
def test_a_time_read_as_text_or_object_is_what_the_column_type_makes_of_it(stored: object) -> None:
    url = "sqlite+aiosqlite://" if isinstance(stored, str) else "postgresql+asyncpg://u@127.0.0.1/x"
    dialect = create_async_engine(url).dialect  # SQLite returns text, asyncpg datetimes; nothing connects
    read = cast(
        Callable[[object], datetime], UTCDateTime().dialect_impl(dialect).result_processor(dialect, None)
    )
    expected = read(stored)
    got = utc(stored)  # type: ignore[arg-type]
    assert got == expected and got.tzinfo is UTC and expected.tzinfo is UTC


@settings(max_examples=150, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    at=st.times().map(lambda t: time(t.hour, t.minute)),
    stale_days=st.integers(min_value=1, max_value=30),
    now=st.datetimes(
        min_value=datetime(2023, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC)
    ),
    ages=st.lists(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=160)), max_size=40),
)
def test_one_nudge_clock_for_many_actions_agrees_with_the_definition(
    zone: str, at: time, stale_days: int, now: datetime, ages: list[timedelta]
) -> None:
    policy = Policy(tz=ZoneInfo(zone), leads=(7, 1), at=at, stale_days=stale_days, digest_weekday=None)
    clock = NudgeClock(policy, now)  # its cache of reminder times is shared by all the actions
    for age in ages:
        action = row(now - age)
        assert clock.stage(action.last_progress_at) == stage_by_definition(action, policy, now)


def _every_meetings_occasions(
    committee_id: int, meetings: list[MeetingRow], policy: Policy, now: datetime
) -> list[Occasion]:
    out = [o for m in meetings for o in _meeting_occasions(committee_id, m, policy, now)]
    if policy.digest_weekday is not None:
        out.extend(_digest_occasions(committee_id, policy, now))
    return out


@settings(max_examples=150, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    at=st.times().map(lambda t: time(t.hour, t.minute)),
    leads=st.frozensets(st.integers(min_value=0, max_value=21), max_size=3),
    now=st.datetimes(
        min_value=datetime(2023, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC)
    ),
    starts=st.lists(st.timedeltas(min_value=timedelta(days=-1), max_value=timedelta(days=40)), max_size=8),
)
def test_occasions_pass_over_only_meetings_whose_lead_times_are_all_ahead(
    zone: str, at: time, leads: frozenset[int], now: datetime, starts: list[timedelta]
) -> None:
    policy = Policy(
        tz=ZoneInfo(zone), leads=tuple(sorted(leads, reverse=True)), at=at, stale_days=21, digest_weekday=2
    )
    meetings = sorted(
        (MeetingRow(i, 1, now + start, MeetingStatus.scheduled) for i, start in enumerate(starts)),
        key=lambda m: m.starts_at,
    )
    found = occasions([Committee(id=1, code="C", name="C")], {1: policy}, {1: meetings}, now)
    assert found == _every_meetings_occasions(1, meetings, policy, now)


async def test_the_rows_a_tick_reads_are_the_rows_the_orm_reads(db: Database) -> None:
    """Every value of every action and meeting read as driver values, converted by hand, equals
    (in value and type) what SQLAlchemy's types make of it; the overdue and stale marks made in
    bulk equal the per-action rules."""
    tomorrow = NOW.date() + timedelta(days=1)
    async with db.transaction() as s:
        admin = await people.add_person(s, display_name="Sam Admin", slack_user_id="UADMIN")
        owners = [await people.add_person(s, display_name=f"Officer {i}") for i in range(3)]
        made = []
        for code, zone, stale in (("ASC", "Europe/London", 21), ("NYC", "America/New_York", 7)):
            c = await committees.create_committee(s, code=code, name=code)
            c.timezone, c.stale_days, c.digest_weekday, c.reminder_time = zone, stale, NOW.weekday(), "00:00"
            s.add(c)
            assert c.id is not None
            meetings = [
                await committees.add_meeting(
                    s, committee_id=c.id, starts_at=NOW + timedelta(days=d), status=status
                )
                for d, status in (
                    (-60, MeetingStatus.held),
                    (-3, MeetingStatus.held),
                    (2, MeetingStatus.cancelled),
                    (6, MeetingStatus.scheduled),
                    (30, MeetingStatus.scheduled),
                )
            ]
            dues = [Due(DueKind.next_meeting, meeting_id=m.id) for m in meetings]
            dues += [Due(DueKind.meeting, meeting_id=m.id) for m in meetings]
            dues += [
                Due(DueKind.next_meeting),
                Due(DueKind.date, on=NOW.date() - timedelta(days=2)),
                Due(DueKind.date, on=tomorrow),
                Due(DueKind.future_meeting),
                Due(DueKind.none),
            ]
            for i, due in enumerate(dues):
                for age in (0, stale + 1, 3 * stale + 2, 9 * stale):
                    action = await actions.create_action(
                        s,
                        committee_id=c.id,
                        text=f"{code} {i} {age}",
                        actor=admin,
                        now=NOW - timedelta(days=age, minutes=i, microseconds=i * 7 + age),
                        assignee_id=owners[(i + age) % 3].id,
                        due=due,
                        restricted=i % 4 == 0,
                    )
                    made.append(action)
        made[1].status = ActionStatus.in_progress
        made[2].status = ActionStatus.done
        made[3].snoozed_until = NOW + timedelta(days=2)
        made[5].snoozed_until = NOW - timedelta(days=2)
        for a in made[1:6]:
            s.add(a)

    async with db.transaction() as s:
        state = await load_state(s, now=NOW)
        planned = plan(state, NOW)  # marks the actions planned on overdue or not in bulk
        await digests.fill(s, state, planned.messages)  # and those the digests show
        stored = {a.id or 0: a for a in (await s.exec(select(Action))).all()}
        stored_meetings = {m.id or 0: m for m in (await s.exec(select(Meeting))).all()}

    expected: set[int] = {
        i
        for i, a in stored.items()
        if a.status in LIVE
        and (a.snoozed_until is None or a.snoozed_until <= NOW)
        and (a.assignee_id or (a.next_reminder_at is not None and a.next_reminder_at <= NOW))
    }
    # every owner's digest is due: all their actions, read as the digests are sent; and the
    # unowned ones with a nudge due, read by the tick
    read = {a.id: a for a in state.actions} | {a.id: a for rows in state.owned.values() for a in rows}
    assert read.keys() == expected
    assert [a.id for a in state.actions] == sorted(a.id for a in state.actions)
    assert {a.id for a in state.actions} <= expected
    for got in read.values():
        orm = stored[got.id]
        for name in got._fields[:-1]:
            value = getattr(got, name)
            assert value == getattr(orm, name), name
            assert type(value) is type(getattr(orm, name)), name
        assert got.nudge_due is (orm.next_reminder_at is not None and orm.next_reminder_at <= NOW)
        assert got.last_progress_at.tzinfo is UTC
    due_at = {a.due_meeting_id for a in read.values() if a.due_meeting_id is not None}
    assert due_at <= state.meetings.keys()
    for meeting_id, got_meeting in state.meetings.items():
        orm_meeting = stored_meetings[meeting_id]
        assert got_meeting == MeetingRow(
            orm_meeting.id or 0, orm_meeting.committee_id, orm_meeting.starts_at, orm_meeting.status
        )
        assert type(got_meeting.status) is MeetingStatus and got_meeting.starts_at.tzinfo is UTC

    assert planned.messages
    fresh = State(**{**vars(state), "overdue": {}, "due_meetings": {}})
    assert state.overdue == {a.id: compose.is_overdue(a, fresh) for a in read.values()}
    assert set(state.overdue.values()) == {True, False}
    stale_by_rule = {
        a.id
        for a in read.values()
        if NOW - a.last_progress_at >= timedelta(days=state.policies[a.committee_id].stale_days)
    }
    assert stale_ids_of(state, list(read.values())) == stale_by_rule
    assert 0 < len(stale_by_rule) < len(read)
