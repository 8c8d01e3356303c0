"""Loading what one tick needs: which rows are wanted, read through storage.reminder_reads.

Only live actions are read, and only those some reminder is due about: the committees with a
pre-meeting or digest occasion that is due and not yet settled, and the actions whose
`next_reminder_at` has come (their stale nudges; an index range, so O(due), not O(stored)).
Occasions already settled are known from their marker in the ledger, so a quiet tick reads
committees, the meetings of the next days, roles, and the few actions that are due.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from scheduler import policy as reminder_policy
from scheduler.model import MeetingRow, OccasionKind, OccasionState, Policy, State
from storage import deliveries
from storage import reminder_reads as reads


async def load_state(session: AsyncSession, *, now: datetime, settled: Iterable[str] = ()) -> State:
    """The state a tick needs; `settled` are occasion markers the caller already knows are settled."""
    committees = await reads.committees(session)
    policies = {cid: Policy.of(c) for cid, c in committees.items()}
    meeting_rows = await reads.meetings_since(session, since=now - reminder_policy.LOOKBACK)
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

    actions = await reads.live_actions(
        session,
        now=now,
        committee_ids=pre_committees,
        owners_in=digest_committees,
        every_owner=bool(digest_committees) and digest_committees >= policies.keys(),
        meetings=meetings,
    )
    bindings = await reads.enabled_bindings(session, committee_ids=pre_committees)
    disabled = await reads.with_disabled_bindings(session, committee_ids=pre_committees - bindings.keys())
    admins, chairs = await reads.admins_and_chairs(session)

    person_ids = {a.assignee_id for a in actions if a.assignee_id is not None}
    for group in (admins, chairs):
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
    )


async def load_texts(session: AsyncSession, state: State, ids: Iterable[int]) -> None:
    """Add to `state` what the messages about these actions show: their text, and the meetings
    they were agreed at. Called for the deliveries about to be sent, never for the whole plan."""
    state.texts.update(await reads.action_texts(session, ids=set(ids) - state.texts.keys()))
    origins = {t.meeting_id for t in state.texts.values() if t.meeting_id is not None}
    state.meetings.update(await reads.meetings_by_id(session, ids=origins - state.meetings.keys()))
