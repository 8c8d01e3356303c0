"""Loading what one tick needs, in a few index-friendly queries.

Only live actions are read, and only those some reminder could be about: the committees with a
pre-meeting or digest occasion that is due and not yet settled, and the actions inside the window
in which stale nudges are sent. Occasions already settled are known from their marker in the
ledger, so a quiet tick reads committees, meetings, bindings and roles, and the stale window.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from scheduler import policy as reminder_policy
from scheduler.model import NUDGE_STAGES, OccasionKind, OccasionState, Policy, State
from storage import deliveries
from storage.actions import LIVE, meetings_by_id
from storage.models import (
    Action,
    ChannelBinding,
    Committee,
    CommitteeRole,
    Meeting,
    MeetingStatus,
    Person,
    Role,
    WorkProgrammeItem,
)

_CHUNK = 500


async def load_state(
    session: AsyncSession,
    *,
    now: datetime,
    nudges_since: datetime | None = None,
    known_policies: dict[int, Policy] | None = None,
) -> State:
    """The state a tick needs.

    With `nudges_since` (the previous tick, whose nudges were all settled) only the actions whose
    nudge stage fell due since then are read for nudging, unless a committee's policy changed.
    """
    committees = {c.id: c for c in (await session.exec(select(Committee))).all() if c.id is not None}
    policies = {cid: Policy.of(c) for cid, c in committees.items()}
    if known_policies != policies:
        nudges_since = None
    meeting_rows = (
        await session.exec(
            select(Meeting)
            .where(
                col(Meeting.starts_at) > now - reminder_policy.LOOKBACK,
                Meeting.status != MeetingStatus.cancelled,
            )
            .order_by(col(Meeting.starts_at))
        )
    ).all()
    meetings = {m.id: m for m in meeting_rows if m.id is not None}
    upcoming: dict[int, list[Meeting]] = defaultdict(list)
    for m in meeting_rows:
        upcoming[m.committee_id].append(m)

    found = reminder_policy.occasions(committees.values(), policies, upcoming, now)
    settled = await deliveries.statuses(session, keys=[o.marker for o in found])
    occasions = [o for o in found if o.marker not in settled]
    due = [o for o in occasions if o.state is OccasionState.due]
    pre_committees = {o.committee_id for o in due if o.kind is OccasionKind.pre_meeting}
    digest_committees = {o.committee_id for o in due if o.kind is OccasionKind.digest}

    actions = await _live_actions(session, now, policies, pre_committees, digest_committees, nudges_since)
    meetings.update(
        await meetings_by_id(
            session,
            ids=({a.due_meeting_id for a in actions} | {a.meeting_id for a in actions}) - set(meetings),
        )
    )

    bindings: dict[int, list[ChannelBinding]] = defaultdict(list)
    for b in (
        await session.exec(
            select(ChannelBinding)
            .where(ChannelBinding.enabled == True, col(ChannelBinding.committee_id).is_not(None))  # noqa: E712
            .order_by(col(ChannelBinding.id))
        )
    ).all():
        assert b.committee_id is not None
        bindings[b.committee_id].append(b)

    admins: dict[int, list[int]] = defaultdict(list)
    chairs: dict[int, list[int]] = defaultdict(list)
    for role in (
        await session.exec(
            select(CommitteeRole)
            .where(col(CommitteeRole.role).in_([Role.admin, Role.chair]))
            .order_by(col(CommitteeRole.person_id))
        )
    ).all():
        (admins if role.role == Role.admin else chairs)[role.committee_id].append(role.person_id)

    person_ids = {a.assignee_id for a in actions if a.assignee_id is not None}
    for group in (admins, chairs):
        for ids in group.values():
            person_ids.update(ids)
    people = await _people(session, person_ids)

    programme: dict[int, list[WorkProgrammeItem]] = defaultdict(list)
    programme_meetings = [o.meeting_id for o in due if o.meeting_id is not None]
    if programme_meetings:
        for item in (
            await session.exec(
                select(WorkProgrammeItem)
                .where(
                    col(WorkProgrammeItem.meeting_id).in_(programme_meetings),
                    WorkProgrammeItem.proposed == False,  # noqa: E712
                )
                .order_by(col(WorkProgrammeItem.id))
            )
        ).all():
            assert item.meeting_id is not None
            programme[item.meeting_id].append(item)

    return State(
        now=now,
        committees=committees,
        policies=policies,
        meetings=meetings,
        upcoming=dict(upcoming),
        occasions=occasions,
        actions=actions,
        bindings=dict(bindings),
        people=people,
        admins=dict(admins),
        chairs=dict(chairs),
        programme=dict(programme),
    )


async def _live_actions(
    session: AsyncSession,
    now: datetime,
    policies: dict[int, Policy],
    pre_committees: set[int],
    digest_committees: set[int],
    nudges_since: datetime | None,
) -> list[Action]:
    live = col(Action.status).in_(list(LIVE))
    not_snoozed = sa.or_(col(Action.snoozed_until).is_(None), col(Action.snoozed_until) <= now)
    found: dict[int, Action] = {}

    def keep(rows: Iterable[Action]) -> None:
        for a in rows:
            if a.id is not None:
                found[a.id] = a

    if pre_committees:
        keep(
            (
                await session.exec(select(Action).where(live, col(Action.committee_id).in_(pre_committees)))
            ).all()
        )
    if digest_committees:
        owners = (
            select(Action.assignee_id)
            .where(
                live, col(Action.committee_id).in_(digest_committees), col(Action.assignee_id).is_not(None)
            )
            .distinct()
        )
        keep((await session.exec(select(Action).where(live, col(Action.assignee_id).in_(owners)))).all())
    if policies:
        shortest = min(p.stale_days for p in policies.values())
        longest = max(p.stale_days for p in policies.values())
        if nudges_since is None:
            newest = now - timedelta(days=shortest - 1)
            oldest = now - timedelta(days=(NUDGE_STAGES + 1) * longest + 1)
            window = sa.and_(col(Action.last_progress_at) <= newest, col(Action.last_progress_at) > oldest)
        else:
            # a stage k falls due at the first reminder time after last_progress_at + k * stale_days
            window = sa.or_(
                *(
                    sa.and_(
                        col(Action.last_progress_at) > nudges_since - timedelta(days=k * longest + 1),
                        col(Action.last_progress_at) <= now - timedelta(days=k * shortest),
                    )
                    for k in range(1, NUDGE_STAGES + 1)
                ),
                sa.and_(col(Action.snoozed_until) > nudges_since, col(Action.snoozed_until) <= now),
            )
        keep((await session.exec(select(Action).where(live, not_snoozed, window))).all())
    return [found[i] for i in sorted(found)]


async def _people(session: AsyncSession, ids: set[int]) -> dict[int, Person]:
    wanted = sorted(ids)
    out: dict[int, Person] = {}
    for i in range(0, len(wanted), _CHUNK):
        rows = (await session.exec(select(Person).where(col(Person.id).in_(wanted[i : i + _CHUNK])))).all()
        out.update({p.id: p for p in rows if p.id is not None})
    return out
