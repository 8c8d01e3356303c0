"""Loading what one tick needs: which rows are wanted, read through storage.reminder_reads.

Only live actions are read, and only those some reminder could be about: the committees with a
pre-meeting or digest occasion that is due and not yet settled, and the actions inside the window
in which stale nudges are sent. Occasions already settled are known from their marker in the
ledger, so a quiet tick reads committees, meetings and roles, and the stale window.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import visibility
from scheduler import policy as reminder_policy
from scheduler.model import NUDGE_STAGES, ActionRow, MeetingRow, OccasionKind, OccasionState, Policy, State
from storage import deliveries, people
from storage import reminder_reads as reads
from storage.reminder_reads import NudgeWindow


async def load_state(
    session: AsyncSession,
    *,
    now: datetime,
    nudges_since: datetime | None = None,
    known_policies: dict[int, Policy] | None = None,
    also: Iterable[int] = (),
) -> State:
    """The state a tick needs.

    With `nudges_since` (the previous tick) only the actions whose nudge stage fell due since
    then, and the live ones in `also` (whose nudges that tick left unsettled), are read for
    nudging, unless a committee's policy changed.
    """
    committees = await reads.committees(session)
    policies = {cid: Policy.of(c) for cid, c in committees.items()}
    if known_policies != policies:
        nudges_since = None
    meeting_rows = await reads.meetings_since(session, since=now - reminder_policy.LOOKBACK)
    meetings = {m.id: m for m in meeting_rows}
    upcoming: dict[int, list[MeetingRow]] = defaultdict(list)
    for m in meeting_rows:
        upcoming[m.committee_id].append(m)

    found = reminder_policy.occasions(committees.values(), policies, upcoming, now)
    settled = await deliveries.statuses(session, keys=[o.marker for o in found])
    occasions = [o for o in found if o.marker not in settled]
    due = [o for o in occasions if o.state is OccasionState.due]
    pre_committees = {o.committee_id for o in due if o.kind is OccasionKind.pre_meeting}
    digest_committees = {o.committee_id for o in due if o.kind is OccasionKind.digest}

    stale_days = [p.stale_days for p in policies.values()]
    actions = await reads.live_actions(
        session,
        now=now,
        committee_ids=pre_committees,
        owners_in=digest_committees,
        every_owner=bool(digest_committees) and digest_committees >= policies.keys(),
        nudges=NudgeWindow(min(stale_days), max(stale_days), NUDGE_STAGES, nudges_since)
        if stale_days
        else None,
        ids=sorted(set(also)) if nudges_since is not None else [],
        meetings=meetings,
    )
    bindings = await reads.enabled_bindings(session, committee_ids=pre_committees)
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
        unheard=await _unheard(session, actions),
    )


async def _unheard(session: AsyncSession, actions: list[ActionRow]) -> frozenset[int]:
    """The exempt actions whose owner holds no role on their committee: the read rule
    (handlers/visibility.py) keeps them out of that owner's DMs, digests and nudges; escalations
    to the admins and the chair go on."""
    owners = {a.assignee_id for a in actions if a.restricted and a.assignee_id is not None}
    if not owners:
        return frozenset()
    held = await people.role_pairs(session, person_ids=owners)
    return frozenset(
        a.id
        for a in actions
        if a.restricted
        and a.assignee_id is not None
        and not visibility.exempt_reaches(holds_role=(a.committee_id, a.assignee_id) in held, private=True)
    )


async def load_texts(session: AsyncSession, state: State, ids: Iterable[int]) -> None:
    """Add to `state` what the messages about these actions show: their text, and the meetings
    they were agreed at. Called for the deliveries about to be sent, never for the whole plan."""
    state.texts.update(await reads.action_texts(session, ids=set(ids) - state.texts.keys()))
    origins = {t.meeting_id for t in state.texts.values() if t.meeting_id is not None}
    state.meetings.update(await reads.meetings_by_id(session, ids=origins - state.meetings.keys()))
