"""The reminder policy's fast paths agree with the plain definitions they replace."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.model import NUDGE_STAGES, ActionRow, Policy
from scheduler.nudges import nudge_stage, reminder_at
from storage.models import ActionStatus, DueKind

ZONES = ("Europe/London", "America/New_York", "Australia/Lord_Howe", "UTC")


def stage_by_definition(action: ActionRow, policy: Policy, now: datetime) -> tuple[int, datetime] | None:
    """Stage k falls due at the first reminder time at or after last_progress_at + k * stale_days;
    the stage reached is the last of 1..4 in turn whose time has come; the last expires after
    another stale period."""
    current = None
    for stage in range(1, NUDGE_STAGES + 1):
        at = reminder_at(action.last_progress_at + timedelta(days=stage * policy.stale_days), policy)
        if at > now:
            break
        current = (stage, at)
    if current and current[0] == NUDGE_STAGES and now >= current[1] + timedelta(days=policy.stale_days):
        return None
    return current


def row(last_progress_at: datetime) -> ActionRow:
    return ActionRow(
        id=1,
        ref="A1",
        committee_id=1,
        assignee_id=2,
        due_kind=DueKind.none,
        due_meeting_id=None,
        due_date=None,
        restricted=False,
        last_progress_at=last_progress_at,
        status=ActionStatus.open,
        snoozed_until=None,
        created_at=last_progress_at,
        nudge_due=False,
    )


@settings(max_examples=400, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    at=st.times().map(lambda t: time(t.hour, t.minute)),
    stale_days=st.integers(min_value=1, max_value=30),
    progress=st.datetimes(
        min_value=datetime(2023, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC)
    ),
    later=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=200)),
)
def test_nudge_stage_is_the_last_stage_whose_time_has_come(
    zone: str, at: time, stale_days: int, progress: datetime, later: timedelta
) -> None:
    policy = Policy(tz=ZoneInfo(zone), leads=(7, 1), at=at, stale_days=stale_days, digest_weekday=None)
    action = row(progress)
    now = progress + later
    assert nudge_stage(action, policy, now) == stage_by_definition(action, policy, now)


def test_a_stage_falls_due_at_the_reminder_time_on_or_after_it_goes_stale() -> None:
    london = ZoneInfo("Europe/London")
    policy = Policy(tz=london, leads=(7,), at=time(9, 0), stale_days=14, digest_weekday=None)
    action = row(datetime(2024, 3, 1, 10, 0, tzinfo=UTC))
    assert nudge_stage(action, policy, datetime(2024, 3, 16, 8, 59, tzinfo=UTC)) is None
    assert nudge_stage(action, policy, datetime(2024, 3, 16, 9, 0, tzinfo=UTC)) == (
        1,
        datetime(2024, 3, 16, 9, 0, tzinfo=london),
    )
    assert nudge_stage(action, policy, datetime(2024, 3, 30, 9, 0, tzinfo=UTC)) == (
        2,
        datetime(2024, 3, 30, 9, 0, tzinfo=london),
    )
    # stage 3 is after the clocks went forward: 09:00 BST is 08:00 UTC
    assert nudge_stage(action, policy, datetime(2024, 4, 13, 8, 0, tzinfo=UTC)) == (
        3,
        datetime(2024, 4, 13, 9, 0, tzinfo=london),
    )
    assert nudge_stage(action, policy, datetime(2024, 6, 1, tzinfo=UTC)) is None
