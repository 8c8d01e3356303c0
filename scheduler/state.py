"""Loading what one tick needs: which rows are wanted, read through storage.reminder_reads.

Only live actions are read, and only those some reminder is due about: those of the committees
with a pre-meeting occasion that is due and not yet settled, and those whose `next_reminder_at`
has come (their stale nudges; an index range, so O(due), not O(stored)). For a digest that is
due only its owners are read, one row each; what it shows is read as it is sent
(scheduler/digests.py).
Occasions already settled are known from their marker in the ledger (a running engine remembers
them), so a quiet tick reads the committees' settings, the meetings within reach of a lead time,
and the few actions that are due; roles and people only of the committees something is due in.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import visibility
from scheduler import policy as reminder_policy
from scheduler.model import ActionRow, MeetingRow, OccasionKind, OccasionState, Policy, State
from storage import deliveries, people
from storage import reminder_reads as reads
from storage import reminder_rows as rows_mod
from storage.models import DueKind, MeetingStatus


async def load_state(session: AsyncSession, *, now: datetime, settled: Iterable[str] = ()) -> State:
    """The state a tick needs; `settled` are occasion markers the caller already knows are settled.

    The actions' rows are converted, and what the next reads need of them gathered, in a worker
    thread: a pass over thousands of them on the loop held it for 50-100 ms each."""
    committees = await reads.committees(session)
    policies = {cid: Policy.of(c) for cid, c in committees.items()}
    since = now - reminder_policy.LOOKBACK
    meeting_rows = await reads.meetings_between(
        session, since=since, until=now + reminder_policy.horizon(policies)
    )
    meetings = {m.id: m for m in meeting_rows}
    upcoming: dict[int, list[MeetingRow]] = defaultdict(list)
    for m in meeting_rows:
        upcoming[m.committee_id].append(m)

    found = reminder_policy.occasions(committees.values(), policies, upcoming, now)
    known = set(settled)
    unknown = [o.marker for o in found if o.marker not in known]
    done = await deliveries.statuses(session, keys=unknown) if unknown else {}
    occasions = [o for o in found if o.marker not in known and o.marker not in done]
    due = [o for o in occasions if o.state is OccasionState.due]
    pre_committees = {o.committee_id for o in due if o.kind is OccasionKind.pre_meeting}
    digest_committees = {o.committee_id for o in due if o.kind is OccasionKind.digest}

    raw = await reads.live_actions(session, now=now, committee_ids=pre_committees, reminded=committees.keys())
    actions, wanted = await asyncio.to_thread(convert, raw)
    del raw
    await follow(session, meetings, upcoming, wanted, since=since)
    owners = await reads.digest_owners(session, now=now, committee_ids=digest_committees)
    digest_owners = await _told(session, owners)
    bindings = await reads.enabled_bindings(session, committee_ids=pre_committees)
    disabled = await reads.with_disabled_bindings(session, committee_ids=pre_committees - bindings.keys())
    # admins and chairs are asked for only where an escalation or a warning can go to them
    admins, chairs = await reads.admins_and_chairs(
        session, committee_ids=pre_committees | digest_committees | wanted.committees
    )
    person_ids = set(wanted.owners)
    for group in (admins, chairs, digest_owners):
        for ids in group.values():
            person_ids.update(ids)
    people = await reads.people(session, ids=person_ids)
    programme = await reads.programme_at(
        session, meeting_ids=[o.meeting_id for o in due if o.meeting_id is not None]
    )
    return State(
        now=now,
        committees=committees,
        policies=policies,
        meetings=meetings,
        upcoming=dict(upcoming),
        occasions=occasions,
        actions=actions,
        bindings=bindings,
        people=people,
        admins=admins,
        chairs=chairs,
        programme=programme,
        disabled_channels=disabled,
        unheard=await unheard(session, wanted.exempt),
        digest_owners=digest_owners,
    )


async def follow(
    session: AsyncSession,
    meetings: dict[int, MeetingRow],
    upcoming: dict[int, list[MeetingRow]],
    wanted: Wanted,
    *,
    since: datetime,
) -> None:
    """Read the meetings these actions are due at, into `meetings` and `upcoming`."""
    meetings.update(await reads.meetings_by_id(session, ids=wanted.due_meetings - meetings.keys()))
    # a "next meeting" action with no meeting set, or a cancelled one, is due at the committee's
    # next meeting, which may be further ahead than any reminder reaches
    unset = {
        committee_id
        for committee_id, meeting_id in wanted.at_next_meeting
        if meeting_id is None or _cancelled(meetings.get(meeting_id))
    }
    if unset:
        for committee_id in unset:
            upcoming[committee_id] = []
        for m in await reads.upcoming_of(session, committee_ids=unset, since=since):
            upcoming[m.committee_id].append(m)
            meetings.setdefault(m.id, m)


async def _told(session: AsyncSession, owners: list[tuple[int, int, bool]]) -> dict[int, list[int]]:
    """Per committee, in id order, the owners whose digest goes with it: the lowest committee whose
    digest is due where they own a live action they may be told of (one not exempt, or an exempt
    one where they hold a role: the read rule). A digest shows all of a person's actions, so it is
    planned once (`reads.digest_owners`)."""
    held = await people.role_pairs(session, person_ids={p for _, p, r in owners if r}) if owners else set()
    first: dict[int, int] = {}
    for committee_id, person_id, restricted in owners:
        if restricted and not visibility.exempt_reaches(
            holds_role=(committee_id, person_id) in held, private=True
        ):
            continue
        if committee_id < first.get(person_id, committee_id + 1):
            first[person_id] = committee_id
    told: dict[int, list[int]] = defaultdict(list)
    for person_id in sorted(first):
        told[first[person_id]].append(person_id)
    return dict(told)


@dataclass(frozen=True)
class Wanted:
    """What the reads after the actions' need of them (a few sets, not the rows)."""

    due_meetings: set[int]
    at_next_meeting: set[tuple[int, int | None]]
    """(committee, meeting set) of each action due at its committee's next meeting."""
    committees: set[int]
    owners: set[int]
    exempt: list[ActionRow]
    """The restricted actions that have an owner."""


def convert(raw: reads.RawRows) -> tuple[list[ActionRow], Wanted]:
    """The rows read as ActionRows, and what the next reads need of them. Pure: run in a worker
    thread."""
    actions = rows_mod.action_rows(raw)
    wanted = Wanted(set(), set(), set(), set(), [])
    for a in actions:
        wanted.committees.add(a.committee_id)
        if a.due_meeting_id is not None:
            wanted.due_meetings.add(a.due_meeting_id)
        if a.due_kind is DueKind.next_meeting:
            wanted.at_next_meeting.add((a.committee_id, a.due_meeting_id))
        if a.assignee_id is not None:
            wanted.owners.add(a.assignee_id)
            if a.restricted:
                wanted.exempt.append(a)
    return actions, wanted


def _cancelled(meeting: MeetingRow | None) -> bool:
    return meeting is not None and meeting.status is MeetingStatus.cancelled


async def unheard(session: AsyncSession, exempt: list[ActionRow]) -> frozenset[int]:
    """The exempt actions (restricted, with an owner) whose owner holds no role on their
    committee: the read rule (handlers/visibility.py) keeps them out of that owner's DMs, digests
    and nudges; escalations to the admins and the chair go on."""
    if not exempt:
        return frozenset()
    held = await people.role_pairs(session, person_ids={r.assignee_id for r in exempt if r.assignee_id})
    return frozenset(
        r.id
        for r in exempt
        if not visibility.exempt_reaches(holds_role=(r.committee_id, r.assignee_id) in held, private=True)
    )


async def load_texts(session: AsyncSession, state: State, ids: Iterable[int]) -> None:
    """Add to `state` what the messages about these actions show: their text, and the meetings
    they were agreed at. Called for the deliveries about to be sent, never for the whole plan."""
    state.texts.update(await reads.action_texts(session, ids=set(ids) - state.texts.keys()))
    origins = {t.meeting_id for t in state.texts.values() if t.meeting_id is not None}
    state.meetings.update(await reads.meetings_by_id(session, ids=origins - state.meetings.keys()))
