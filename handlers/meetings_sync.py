"""Keeping a committee's calendar in step with its ModernGov site (GetMeetings).

A ModernGov meeting is matched to ours by its id (kept as `Meeting.external_id`), or, the first
time, by the day it falls on, so meetings first recorded from minutes or typed in by an admin are
adopted rather than duplicated. New meetings are added, moved ones are moved (their actions follow
them), and ones ModernGov marks cancelled are cancelled here too. Meetings only we know about are
left alone: ModernGov's window may not cover them, and an admin may have added them on purpose.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers.replies import plural
from handlers.views import when
from minutes import moderngov as mg
from storage import committees
from storage import meetings as store
from storage.db import Database
from storage.models import Committee, Meeting, MeetingStatus, Person

LOOK_BACK = timedelta(days=31)
LOOK_AHEAD = timedelta(days=400)


def external_id(meeting: mg.Meeting) -> str:
    return f"moderngov:{meeting.id}"


@dataclass
class SyncResult:
    added: list[datetime] = field(default_factory=list)
    moved: list[tuple[datetime, datetime]] = field(default_factory=list)
    cancelled: list[datetime] = field(default_factory=list)
    adopted: int = 0
    unchanged: int = 0
    skipped: int = 0

    def summary(self, committee: Committee) -> str:
        tz = ZoneInfo(committee.timezone)
        parts = [f"{len(self.added)} new" + _dates(self.added, tz)]
        parts.append(
            f"{len(self.moved)} moved"
            + (
                " (" + ", ".join(f"{when(a, tz)} \u2192 {when(b, tz)}" for a, b in self.moved) + ")"
                if self.moved
                else ""
            )
        )
        parts.append(f"{len(self.cancelled)} cancelled" + _dates(self.cancelled, tz))
        parts.append(f"{self.unchanged + self.adopted} unchanged")
        text = f"Synced {committee.code} from ModernGov: " + ", ".join(parts) + "."
        if self.skipped:
            text += (
                f" {plural(self.skipped, 'meeting')} without a date "
                f"{'was' if self.skipped == 1 else 'were'} skipped."
            )
        return text


def _dates(days: list[datetime], tz: ZoneInfo) -> str:
    return " (" + ", ".join(when(d, tz) for d in days) + ")" if days else ""


async def fetch_meetings(client: mg.ModernGovClient, committee: Committee, now: datetime) -> list[mg.Meeting]:
    """The committee's meetings on ModernGov, from a month ago to a year ahead."""
    if committee.moderngov_committee_id is None:
        raise ValueError(f"{committee.code} has no ModernGov committee id")
    return await client.get_meetings(
        committee.moderngov_committee_id, (now - LOOK_BACK).date(), (now + LOOK_AHEAD).date()
    )


async def apply_meetings(
    session: AsyncSession,
    committee: Committee,
    fetched: Iterable[mg.Meeting],
    now: datetime,
    *,
    actor: Person | None = None,
) -> SyncResult:
    """Bring our calendar in step with what ModernGov said, in the caller's transaction."""
    result = SyncResult()
    # cancellations last, so the actions they carry on reach meetings this sync adds
    for remote in sorted(fetched, key=lambda m: (m.cancelled, m.start is None, m.start)):
        if remote.start is None:
            result.skipped += 1
            continue
        await _apply(session, committee, remote, remote.start, now, actor, result)
    return result


async def sync_meetings(
    db: Database,
    committee: Committee,
    client: mg.ModernGovClient,
    now: datetime,
    *,
    actor: Person | None = None,
) -> SyncResult:
    """Fetch the committee's meetings and apply them in one transaction."""
    assert committee.id is not None
    fetched = await fetch_meetings(client, committee, now)

    async def work(session: AsyncSession) -> SyncResult:
        return await apply_meetings(session, committee, fetched, now, actor=actor)

    return await db.run(work)


async def _apply(
    session: AsyncSession,
    committee: Committee,
    remote: mg.Meeting,
    start: datetime,
    now: datetime,
    actor: Person | None,
    result: SyncResult,
) -> None:
    assert committee.id is not None
    key = external_id(remote)
    ours = await store.by_external_id(session, committee_id=committee.id, external_id=key)
    adopted = False
    if ours is None:
        ours = await _same_day(session, committee, start)
        if ours is not None:
            ours.external_id = key
            adopted = True
    if ours is None:
        status = MeetingStatus.held if start < now else MeetingStatus.scheduled
        if remote.cancelled:
            status = MeetingStatus.cancelled
        await committees.add_meeting(
            session,
            committee_id=committee.id,
            starts_at=start,
            location=remote.location,
            status=status,
            external_id=key,
        )
        if not remote.cancelled:
            result.added.append(start)
        return
    if remote.location and ours.location != remote.location:
        ours.location = remote.location
    if remote.cancelled:
        if ours.status != MeetingStatus.cancelled and ours.starts_at > now:
            await store.cancel_meeting(
                session, meeting=ours, actor=actor, now=now, reason="cancelled in ModernGov"
            )
            result.cancelled.append(ours.starts_at)
            return
    elif ours.starts_at != start and adopted:
        # same day, now with ModernGov's exact time: a correction, not a move
        ours.starts_at = start
        ours.sequence += 1
    elif ours.starts_at != start and start > now:
        before = ours.starts_at
        await store.move_meeting(session, meeting=ours, starts_at=start, actor=actor, now=now)
        result.moved.append((before, start))
        return
    await store.save_meeting(session, meeting=ours)
    if adopted:
        result.adopted += 1
    else:
        result.unchanged += 1


async def _same_day(session: AsyncSession, committee: Committee, start: datetime) -> Meeting | None:
    """An unlinked meeting of ours on the same local day (recorded from minutes or by an admin)."""
    assert committee.id is not None
    tz = ZoneInfo(committee.timezone)
    day_start = datetime.combine(start.astimezone(tz).date(), time(0), tzinfo=tz)
    found = await committees.meeting_on(
        session, committee_id=committee.id, day_start=day_start, day_end=day_start + timedelta(days=1)
    )
    if found is not None and found.external_id is None:
        return found
    return None
