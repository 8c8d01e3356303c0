"""Stale nudges: an action with no update for N days nudges its owner (stage 1), again after 2N
(stage 2), then escalates to the committee's admins (3N) and to its chair (4N). The days count from
the last update, or from when the bot learnt of the action if later (`storage.rules.nudge_from`:
an imported backlog is nudged a stale period after its import, not never or all at once).

An update starts it over, because the key holds the date of the last update. After downtime only
the current stage is sent. Only the actions whose `next_reminder_at` has come are looked at; the
engine moves that time on once a stage is settled. Pure functions, as the rest of the policy
(scheduler/policy.py); the rule itself is `storage.rules.nudge_stage`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from handlers.replies import plural
from scheduler.model import (
    NUDGE_STAGES,
    ActionRow,
    PersonTarget,
    Plan,
    PlannedItem,
    Policy,
    Section,
    State,
    Target,
)
from storage import rules

_SLACK = timedelta(days=2)
"""More than the longest wait from going stale to the reminder time (a day, plus a DST hour)."""


def reminder_at(stale_at: datetime, policy: Policy) -> datetime:
    """The first reminder time (`policy.at`, local) at or after `stale_at`."""
    return rules.reminder_at(stale_at, policy.cadence)


def nudge_stage(action: ActionRow, policy: Policy, now: datetime) -> tuple[int, datetime] | None:
    """The stage of nudging an action has reached, and when it fell due; None when none applies
    (`storage.rules.nudge_stage`, the definition the fast `NudgeClock` is held to)."""
    return rules.nudge_stage(rules.nudge_from(action), policy.cadence, now)


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


def nudges(state: State, quiet: Sequence[ActionRow], now: datetime) -> list[tuple[Target, PlannedItem]]:
    """The nudges and escalations due at `now`: of the (unsnoozed, live) actions whose
    `next_reminder_at` has come. The others were read for an occasion: their nudge, if any, was
    settled already, and their time says when the next one is.

    A morning's tick asks this of thousands of actions (20,000 at 500k): what depends only on the
    committee (its clock, shared by the committees of one policy, its timezone, admins and chair)
    is looked up once per committee, and the
    start of each action's clock (`rules.nudge_from`) is worked out inline."""
    out: list[tuple[Target, PlannedItem]] = []
    per_committee: dict[int, tuple[NudgeClock, ZoneInfo, list[int], list[int]] | None] = {}
    clocks: dict[Policy, NudgeClock] = {}  # committees of one policy share a clock, and its days
    targets: dict[int, PersonTarget | None] = {}
    people, unheard = state.people, state.unheard
    for action in quiet:
        if not action.nudge_due:
            continue
        committee_id = action.committee_id
        found_committee = per_committee.get(committee_id, _UNSEEN)
        if found_committee is _UNSEEN:
            policy = state.policies.get(committee_id)
            found_committee = per_committee[committee_id] = (
                None
                if policy is None
                else (
                    clocks.get(policy) or clocks.setdefault(policy, NudgeClock(policy, now)),
                    policy.tz,
                    state.admins.get(committee_id, []),
                    state.chairs.get(committee_id, []),
                )
            )
        if found_committee is None:
            continue
        clock, tz, admins, chairs = found_committee
        progress, created = action.last_progress_at, action.created_at
        found = clock.stage(progress if created is None or created <= progress else created)
        if found is None:
            continue
        stage, at = found
        owner = action.assignee_id
        if stage <= 2:
            recipients = [owner] if owner is not None and action.id not in unheard else []
            where = (Section.update, 0, action.id)
            what = "nudge"
        else:
            recipients = admins if stage == 3 else chairs
            where = (Section.escalated, owner or 0, action.id)
            what = "escalation"
        if not recipients:
            continue
        base = progress.astimezone(tz).date().isoformat()
        summary = f"{what} {stage} on {action.ref}: no update for {plural((now - progress).days, 'day')}"
        for person_id in recipients:
            target = targets.get(person_id, _UNSEEN)
            if target is _UNSEEN:
                person = people.get(person_id)
                target = targets[person_id] = PersonTarget(person) if person is not None else None
            if target is None:
                continue
            placement = (Section.update, 0, action.id) if person_id == owner else where
            out.append(
                (
                    target,
                    PlannedItem(
                        f"nudge:{action.id}:{stage}:{base}:{person_id}",
                        what,
                        committee_id,
                        at,
                        summary,
                        (placement,),
                        None,
                        (action.id, stage),
                    ),
                )
            )
    return out


_UNSEEN: Any = object()
"""Not looked up yet (None is a lookup that found nothing)."""


def next_times(
    state: State, planned: Plan, unsettled: set[int], now: datetime
) -> list[tuple[int, datetime | None]]:
    """Where each action whose nudge was due moves on to: past the stage that was settled (or, when
    no stage was current, to its next time). Pure, and run in a worker thread (thousands of actions
    at the first tick of a day)."""
    stages = {i.nudge[0]: i.nudge[1] for i in planned.items if i.nudge is not None}
    moves: list[tuple[int, datetime | None]] = []
    for action in state.actions:
        if not action.nudge_due or action.id in unsettled:
            continue
        cadence = state.policies[action.committee_id].cadence
        stage = stages.get(action.id)
        if stage is None:  # no stage is current (it lapsed, or no one holds the role it goes to)
            current = rules.nudge_stage(rules.nudge_from(action), cadence, now)
            stage = current[0] if current is not None else None
        if stage is not None:
            later = rules.after_stage(rules.nudge_from(action), cadence, stage)
        else:
            later = rules.next_reminder_at(action, cadence, now=now)
        moves.append((action.id, later))
    return moves
