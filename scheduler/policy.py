"""The reminder policy: given the store's state and the time, what is due to whom.

Pure functions only: no queries, no clock, no sending. Every time is computed in the committee's own
timezone with zoneinfo, so "09:00 seven days before" is 09:00 local on either side of a DST change.

What falls due (each an item the ledger sends once):

- Before each meeting, at each lead time (09:00 local, `lead` days before): a post to each of the
  committee's channels (restricted actions left out) and, for each owner, their items. When the
  bot was down across several lead times only the latest is sent; once the meeting has started
  none is (both are recorded as skipped).
- Stale nudges (scheduler/nudges.py): an action with no update for N days nudges its owner
  (stage 1), again after 2N (stage 2), then escalates to the admins (3N) and to the chair (4N).
- A weekly digest per person on the committee's digest day: all their open actions.
- Warnings that nobody will hear: a committee with a reminder due and no channel, an owner no
  notifier can reach. Each admin is told once.
- Snoozed actions are left out of everything until the snooze ends.

Then the items are grouped: one message per person per run (their sections: due at the next
meeting, overdue, needing an update, escalated to them by owner, this week), and one post per
channel per run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta

from handlers.replies import Reply, plural
from handlers.views import when
from scheduler import compose
from scheduler.model import (
    ActionRow,
    ChannelTarget,
    CommitteeRow,
    MeetingRow,
    Occasion,
    OccasionKind,
    OccasionState,
    PersonTarget,
    Placement,
    Plan,
    PlannedItem,
    PlannedMessage,
    Policy,
    Section,
    Skip,
    State,
    Target,
)
from scheduler.nudges import nudges
from scheduler.warnings import warnings
from storage.models import WorkProgrammeItem

LOOKBACK = timedelta(days=1)
"""How long after a meeting starts its unsent reminders are still noticed (and logged as skipped)."""


def lead_due_at(meeting: MeetingRow, lead_days: int, policy: Policy) -> datetime:
    day = meeting.starts_at.astimezone(policy.tz).date() - timedelta(days=lead_days)
    return datetime.combine(day, policy.at, tzinfo=policy.tz)


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def horizon(policies: dict[int, Policy]) -> timedelta:
    """How far ahead a meeting can be and still have a reminder due (its longest lead time)."""
    return timedelta(days=max((max(p.leads) for p in policies.values() if p.leads), default=0) + 2)


def occasions(
    committees: Iterable[CommitteeRow],
    policies: dict[int, Policy],
    upcoming: dict[int, list[MeetingRow]],
    now: datetime,
) -> list[Occasion]:
    """The pre-meeting and digest moments that are due, or that passed unsent and must be skipped."""
    out: list[Occasion] = []
    for committee in committees:
        policy = policies[committee.id]
        if policy.leads:
            horizon = now + timedelta(days=max(policy.leads) + 2)
            for meeting in upcoming.get(committee.id, []):
                if meeting.starts_at > horizon:
                    break  # soonest first: no lead time of this or a later meeting has come yet
                out.extend(_meeting_occasions(committee.id, meeting, policy, now))
        if policy.digest_weekday is not None:
            out.extend(_digest_occasions(committee.id, policy, now))
    return out


def _meeting_occasions(
    committee_id: int, meeting: MeetingRow, policy: Policy, now: datetime
) -> list[Occasion]:
    passed = [(lead, lead_due_at(meeting, lead, policy)) for lead in policy.leads]
    passed = [(lead, at) for lead, at in passed if at <= now]
    if not passed:
        return []
    day = meeting.starts_at.astimezone(policy.tz).date().isoformat()
    started = meeting.starts_at <= now
    latest = min((lead for lead, _ in passed), default=None)
    out = []
    for lead, at in passed:
        if started:
            state = OccasionState.expired
        else:
            state = OccasionState.due if lead == latest else OccasionState.superseded
        out.append(
            Occasion(
                kind=OccasionKind.pre_meeting,
                key=f"pre:{committee_id}:{meeting.id}:{day}:{lead}d",
                committee_id=committee_id,
                due_at=at,
                state=state,
                meeting_id=meeting.id,
                lead_days=lead,
            )
        )
    return out


def _digest_occasions(committee_id: int, policy: Policy, now: datetime) -> list[Occasion]:
    assert policy.digest_weekday is not None
    today = now.astimezone(policy.tz).date()
    monday = today - timedelta(days=today.weekday())
    out = []
    for week_start, state in (
        (monday - timedelta(days=7), OccasionState.expired),
        (monday, OccasionState.due),
    ):
        at = datetime.combine(week_start + timedelta(days=policy.digest_weekday), policy.at, tzinfo=policy.tz)
        if at > now:
            continue
        week = iso_week(week_start)
        out.append(
            Occasion(
                kind=OccasionKind.digest,
                key=f"digest:{committee_id}:{week}",
                committee_id=committee_id,
                due_at=at,
                state=state,
                week=week,
            )
        )
    return out


def plan(state: State, now: datetime) -> Plan:
    """Every item due at `now`, grouped into one message per recipient."""
    items: list[tuple[Target, PlannedItem]] = []
    skips: list[Skip] = []
    quiet = state.actions
    by_committee: dict[int, list[ActionRow]] = defaultdict(list)
    for action in quiet:
        by_committee[action.committee_id].append(action)
    digested: set[str] = set()
    # the pre-meeting reminders sort their committees' actions by overdue and stale (a digest
    # does so as it is sent, scheduler/digests.py; a nudge asks of its own action)
    pre = {
        o.committee_id
        for o in state.occasions
        if o.kind is OccasionKind.pre_meeting and o.state is OccasionState.due
    }
    placed = [a for cid in pre for a in by_committee.get(cid, [])]
    compose.note_overdue(state, placed)
    stale_ids = stale_ids_of(state, placed)
    for occasion in state.occasions:
        if occasion.state is not OccasionState.due:
            why = (
                "a shorter lead time is due as well; only the latest reminder is sent"
                if occasion.state is OccasionState.superseded
                else "no longer useful (the meeting has started, or the digest's week is over)"
            )
            skips.append(Skip(occasion.marker, str(occasion.kind), occasion.committee_id, why))
        elif occasion.kind is OccasionKind.pre_meeting:
            items.extend(_pre_meeting(state, occasion, by_committee[occasion.committee_id], stale_ids))
        else:
            items.extend(_digests(state, occasion, digested))
    items.extend(nudges(state, quiet, now))
    items.extend(warnings(state, items))
    return Plan(messages=group(items), skips=skips)


def group(items: Iterable[tuple[Target, PlannedItem]]) -> list[PlannedMessage]:
    """One message per recipient, channels first, in the order their first item was planned."""
    messages: dict[str, PlannedMessage] = {}
    for target, item in items:
        found = messages.get(target.recipient)
        if found is None:
            messages[target.recipient] = PlannedMessage(target, [item])
        else:
            found.items.append(item)
    channels = [m for m in messages.values() if isinstance(m.target, ChannelTarget)]
    return channels + [m for m in messages.values() if not isinstance(m.target, ChannelTarget)]


def stale_ids_of(state: State, actions: Iterable[ActionRow]) -> set[int]:
    """The actions with no update for their committee's `stale_days` at `state.now`.

    `now - last_progress_at >= stale` compared as `last_progress_at <= now - stale`, with the cut
    worked out once per committee (in UTC, so the subtraction is absolute time, as the difference is).
    """
    now = state.now.astimezone(UTC)
    cut = {cid: now - timedelta(days=p.stale_days) for cid, p in state.policies.items()}
    return {a.id for a in actions if a.last_progress_at <= cut[a.committee_id]}


def _pre_meeting(
    state: State, occasion: Occasion, live: Sequence[ActionRow], stale_ids: set[int]
) -> list[tuple[Target, PlannedItem]]:
    """`live`: the committee's live unsnoozed actions, in id order."""
    assert occasion.meeting_id is not None and occasion.lead_days is not None
    meeting = state.meetings[occasion.meeting_id]
    committee_id = occasion.committee_id
    policy = state.policies[committee_id]
    meeting_day = meeting.starts_at.astimezone(policy.tz).date()
    today = state.now.astimezone(policy.tz).date()
    due_here: list[ActionRow] = []
    older: list[ActionRow] = []
    stale: list[ActionRow] = []
    overdue = state.overdue
    for action in live:
        effective = compose.effective_meeting(action, state)
        at_this = effective is not None and effective.id == meeting.id
        if at_this or (action.due_date is not None and today <= action.due_date <= meeting_day):
            due_here.append(action)
        elif overdue[action.id]:
            older.append(action)
        elif action.id in stale_ids:
            stale.append(action)
    headings = (
        "Due at this meeting",
        "Older actions still outstanding",
        f"No update in {plural(policy.stale_days, 'day')} or more",
    )
    sections = list(zip(headings, (due_here, older, stale), strict=True))
    programme = state.programme.get(meeting.id, [])
    lead = occasion.lead_days
    when_text = when(meeting.starts_at, state.policies[committee_id].tz, time=True)
    out: list[tuple[Target, PlannedItem]] = []

    def public(items: Sequence[ActionRow]) -> list[ActionRow]:
        return [a for a in items if not a.restricted]

    channel_sections = [(h, public(items)) for h, items in sections]
    for binding in state.bindings.get(committee_id, []):
        out.append(
            (
                ChannelTarget(binding),
                PlannedItem(
                    key=f"{occasion.key}:channel:{binding.id}",
                    kind="pre-meeting",
                    committee_id=committee_id,
                    due_at=occasion.due_at,
                    summary=f"{lead}-day reminder of the meeting on {when_text}: "
                    + ", ".join(f"{len(items)} {h.lower()}" for h, items in channel_sections),
                    occasion=occasion.marker,
                    channel_reply=_bind_pre(state, meeting, lead, channel_sections, programme),
                    shows=tuple(a.id for _, items in channel_sections for a in items),
                ),
            )
        )
    owners: dict[int, list[Placement]] = {}
    where = (Section.due, Section.overdue, Section.update)
    for section, (_, items) in zip(where, sections, strict=True):
        group_id = meeting.id if section is Section.due else 0
        for action in items:
            if action.assignee_id is not None and action.id not in state.unheard:
                owners.setdefault(action.assignee_id, []).append((section, group_id, action.id))
    for person_id, placed in owners.items():
        person = state.people.get(person_id)
        if person is None:
            continue
        out.append(
            (
                PersonTarget(person),
                PlannedItem(
                    key=f"{occasion.key}:owner:{person_id}",
                    kind="pre-meeting-owner",
                    committee_id=committee_id,
                    due_at=occasion.due_at,
                    summary=f"{lead}-day reminder of the meeting on {when_text}: {len(placed)} of their actions",
                    placements=tuple(placed),
                    occasion=occasion.marker,
                ),
            )
        )
    return out


def _bind_pre(
    state: State,
    meeting: MeetingRow,
    lead: int,
    sections: Sequence[tuple[str, Sequence[ActionRow]]],
    programme: Sequence[WorkProgrammeItem],
) -> Callable[[], Reply]:
    return lambda: compose.pre_meeting(state, meeting, lead, sections, programme, for_owner=False)


def _digests(state: State, occasion: Occasion, digested: set[str]) -> list[tuple[Target, PlannedItem]]:
    """One digest per owner whose digest goes with this committee (`state.digest_owners`: the
    lowest of their committees whose digest is due), what it shows left to be filled in as it is
    sent (scheduler/digests.py): a morning when every digest is due plans one small item per
    owner, not a placement per action. `digested` holds the keys already planned.
    """
    week = occasion.week or ""
    tz = state.policies[occasion.committee_id].tz
    summary = f"weekly digest, week of {when(occasion.due_at, tz)}"
    out: list[tuple[Target, PlannedItem]] = []
    for person_id in state.digest_owners.get(occasion.committee_id, []):
        key = f"digest:{person_id}:{week}"
        if key in digested:
            continue
        person = state.people.get(person_id)
        if person is None:
            continue
        digested.add(key)
        item = PlannedItem(
            key=key,
            kind="digest",
            committee_id=occasion.committee_id,
            due_at=occasion.due_at,
            summary=summary,
            occasion=occasion.marker,
            digest_of=person_id,
        )
        out.append((PersonTarget(person), item))
    return out
