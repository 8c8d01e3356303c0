"""Turning what a command names (a person, a due point, an action) into rows of the store."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import visibility
from handlers.commands import DueSpec, DueSpecKind, PersonSpec
from handlers.context import Context
from handlers.views import when
from storage import actions as store_actions
from storage import committees, people
from storage.actions import Due
from storage.models import Action, Committee, DueKind, Person


class NotFound(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


async def action(session: AsyncSession, ref: str, ctx: Context) -> Action:
    """The action with this reference, if the asker's workspace may see its committee: one of
    another workspace is not found, exactly as if it did not exist."""
    found = await store_actions.get_action(session, ref=ref)
    if found is None or not visibility.reader(ctx).sees(found.committee_id):
        raise NotFound(no_such_action(ref))
    return found


def no_such_action(ref: str) -> str:
    return f"There is no action {ref}. `search <words>` finds actions by their text."


async def committee_of(session: AsyncSession, act: Action) -> Committee:
    found = await committees.committee_by_id(session, committee_id=act.committee_id)
    assert found is not None
    return found


async def person(session: AsyncSession, spec: PersonSpec, ctx: Context) -> Person:
    """The person a command names, among the people of the asker's workspace."""
    workspace = ctx.workspace
    if spec.platform_id:
        kwargs = (
            {"teams_aad_id": spec.platform_id}
            if ctx.platform == "teams"
            else {"slack_user_id": spec.platform_id}
        )
        found = await people.person_by_platform(session, workspace=workspace, **kwargs)
        if found is None:
            raise NotFound(
                f"{spec.text} has not used the bot yet, so I can't assign to them; ask them to type "
                "`/actions help` once, or name a person the bot knows."
            )
        return found
    if spec.is_role:
        holders = await people.people_with_title(session, title=spec.text, workspace=workspace)
        if len(holders) == 1:
            return holders[0]
        if not holders:
            # a name in quotes ("Tom Reed") is as good as a name: people quote names with spaces
            named = await people.find_people(session, name=spec.text, workspace=workspace)
            if len(named) == 1 and named[0].display_name.casefold() == spec.text.strip().casefold():
                return named[0]
            raise NotFound(
                f'Nobody holds the role "{spec.text}" yet. An admin can record it with '
                f'`title <person> "{spec.text}"`.'
            )
        names = ", ".join(p.display_name for p in holders)
        raise NotFound(f'Several people hold "{spec.text}": {names}. Name one of them.')
    matches = await people.find_people(session, name=spec.text, workspace=workspace)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(
            f'I don\'t know anyone called "{spec.text}". Use an @mention, or a role title in quotes.'
        )
    names = ", ".join(p.display_name for p in matches[:6])
    raise NotFound(f'"{spec.text}" could be {names}. Be more specific.')


def local_day(day_start: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day_start.date(), time(0), tzinfo=tz)
    return start, start + timedelta(days=1)


async def due(session: AsyncSession, spec: DueSpec, *, committee: Committee, now: datetime) -> Due:
    assert committee.id is not None
    tz = ZoneInfo(committee.timezone)
    if spec.kind is DueSpecKind.next_meeting:
        upcoming = await committees.next_meeting(session, committee_id=committee.id, after=now)
        return Due(DueKind.next_meeting, meeting_id=upcoming.id if upcoming else None)
    if spec.kind is DueSpecKind.future_meeting:
        return Due(DueKind.future_meeting)
    if spec.kind is DueSpecKind.none:
        return Due()
    assert spec.on is not None
    if spec.kind is DueSpecKind.date:
        return Due(DueKind.date, on=spec.on)
    start = datetime.combine(spec.on, time(0), tzinfo=tz)
    on_day = await committees.meeting_on(
        session, committee_id=committee.id, day_start=start, day_end=start + timedelta(days=1)
    )
    if on_day is None:
        soon = await committees.list_meetings(session, committee_id=committee.id, after=now, limit=4)
        listed = ", ".join(when(m.starts_at, tz) for m in soon) or "none are scheduled"
        raise NotFound(
            f"{committee.code} has no meeting on {spec.on.isoformat()}. Upcoming meetings: {listed}."
        )
    return Due(DueKind.meeting, meeting_id=on_day.id)


def describe_due(d: Due, meeting_label: str | None = None) -> str:
    if d.kind == DueKind.next_meeting:
        return f"next meeting ({meeting_label})" if meeting_label else "next meeting"
    if d.kind == DueKind.meeting:
        return f"meeting of {meeting_label}" if meeting_label else "a meeting"
    if d.kind == DueKind.date and d.on:
        return d.on.isoformat()
    if d.kind == DueKind.future_meeting:
        return "a future meeting"
    return "no due point"
