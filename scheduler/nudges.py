"""Stale nudges: an action with no update for N days nudges its owner (stage 1), again after 2N
(stage 2), then escalates to the committee's admins (3N) and to its chair (4N).

An update starts it over, because the key holds the date of the last update. After downtime only
the current stage is sent. Pure functions, as the rest of the policy (scheduler/policy.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import partial

from handlers.replies import Reply
from scheduler import compose
from scheduler.model import NUDGE_STAGES, ActionRow, PersonTarget, PlannedDelivery, Policy, State

_SLACK = timedelta(days=2)
"""More than the longest wait from going stale to the reminder time (a day, plus a DST hour)."""


def reminder_at(stale_at: datetime, policy: Policy) -> datetime:
    """The first reminder time (`policy.at`, local) at or after `stale_at`."""
    at = datetime.combine(stale_at.astimezone(policy.tz).date(), policy.at, tzinfo=policy.tz)
    if at < stale_at:
        at = datetime.combine(at.date() + timedelta(days=1), policy.at, tzinfo=policy.tz)
    return at


def nudge_stage(action: ActionRow, policy: Policy, now: datetime) -> tuple[int, datetime] | None:
    """The stage of nudging an action has reached, and when it fell due; None when none applies.

    Stage k falls due at the first reminder time at or after `last_progress_at + k * stale_days`,
    so no stage beyond `elapsed // stale_days` can be due, and those times only grow with k: the
    stage reached is the highest k up to that bound whose time has come (usually the bound itself).
    """
    return NudgeClock(policy, now).stage(action.last_progress_at)


class NudgeClock:
    """`nudge_stage` for one committee's policy at one `now`.

    A tick asks it of thousands of actions: what does not depend on the action is worked out once
    (the instants at which an action enters each stage, or leaves the last), and each local day's
    reminder time is looked up once, so most actions cost a few comparisons of UTC instants.
    """

    __slots__ = ("_days", "_now", "_oldest", "_policy", "_stale", "_steps", "_within")

    def __init__(self, policy: Policy, now: datetime) -> None:
        self._policy = policy
        self._now = now.astimezone(UTC)
        stale = timedelta(days=policy.stale_days)
        self._stale = stale
        self._steps = [k * stale for k in range(NUDGE_STAGES + 1)]
        # last_progress_at <= _within[k]  <=>  now - last_progress_at >= k * stale
        self._within = [self._now - step for step in self._steps]
        self._oldest = self._now - ((NUDGE_STAGES + 1) * stale + _SLACK)
        self._days: dict[date, tuple[datetime, datetime, datetime]] = {}

    def stage(self, last_progress_at: datetime) -> tuple[int, datetime] | None:
        within = self._within
        if last_progress_at > within[1] or last_progress_at <= self._oldest:
            return None  # not stale yet, or the last stage (due within a day of going stale) expired
        stage = NUDGE_STAGES
        while last_progress_at > within[stage]:
            stage -= 1
        while stage:
            local, at, expires = self._reminder(last_progress_at + self._steps[stage])
            if at <= self._now:
                break
            stage -= 1
        if not stage:
            return None
        if stage == NUDGE_STAGES and self._now >= expires:
            return None
        return stage, local

    def _reminder(self, stale_at: datetime) -> tuple[datetime, datetime, datetime]:
        """`reminder_at(stale_at)`: local, in UTC, and (in UTC) a stale period after it, local."""
        day = stale_at.astimezone(self._policy.tz).date()
        found = self._on(day)
        if found[1] < stale_at:
            found = self._on(day + timedelta(days=1))
        return found

    def _on(self, day: date) -> tuple[datetime, datetime, datetime]:
        known = self._days.get(day)
        if known is None:
            local = datetime.combine(day, self._policy.at, tzinfo=self._policy.tz)
            known = self._days[day] = (local, local.astimezone(UTC), (local + self._stale).astimezone(UTC))
        return known


def nudges(state: State, quiet: Sequence[ActionRow], now: datetime) -> list[PlannedDelivery]:
    """The nudges and escalations due at `now` about these (unsnoozed, live) actions."""
    out = []
    clocks = {cid: NudgeClock(policy, now) for cid, policy in state.policies.items()}
    targets: dict[int, PersonTarget] = {}
    for action in quiet:
        clock = clocks.get(action.committee_id)
        if clock is None:
            continue
        found = clock.stage(action.last_progress_at)
        if found is None:
            continue
        stage, at = found
        if stage <= 2:
            owner = action.assignee_id if action.id not in state.unheard else None
            recipients = [owner] if owner is not None else []
        elif stage == 3:
            recipients = state.admins.get(action.committee_id, [])
        else:
            recipients = state.chairs.get(action.committee_id, [])
        base = action.last_progress_at.astimezone(state.policies[action.committee_id].tz).date().isoformat()
        stale_for = (now - action.last_progress_at).days
        what = "nudge" if stage <= 2 else "escalation"
        for person_id in recipients:
            target = targets.get(person_id)
            if target is None:
                person = state.people.get(person_id)
                if person is None:
                    continue
                target = targets[person_id] = PersonTarget(person)
            out.append(
                PlannedDelivery(
                    key=f"nudge:{action.id}:{stage}:{base}:{person_id}",
                    kind=what,
                    committee_id=action.committee_id,
                    due_at=at,
                    target=target,
                    make_reply=_bind_nudge(state, action, stage, stale_for),
                    summary=f"{what} {stage} on {action.ref}: no update for {stale_for} days",
                    actions=(action.id,),
                )
            )
    return out


def _bind_nudge(state: State, action: ActionRow, stage: int, stale_for: int) -> Callable[[], Reply]:
    return partial(compose.nudge, state, action, stage, stale_for)  # fewer objects than a closure
