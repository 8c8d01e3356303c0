"""A committee's meetings as an RFC 5545 calendar.

Each meeting keeps one UID for its whole life, so a calendar that subscribed to the feed updates
the event in place: a moved or cancelled meeting carries a higher SEQUENCE, and a cancelled one
stays in the feed with STATUS:CANCELLED so clients remove it rather than keep a stale copy.
Times are given with the committee's TZID and a VTIMEZONE for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import icalendar

from storage.models import Committee, Meeting, MeetingStatus

PRODID = "-//committee-bot//Committee meetings//EN"


def meeting_uid(committee: Committee, meeting: Meeting) -> str:
    return f"meeting-{meeting.id}-{committee.code.lower()}@committee-bot"


def meetings_calendar(committee: Committee, meetings: Iterable[Meeting], *, now: datetime) -> bytes:
    tz = ZoneInfo(committee.timezone)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{committee.name} meetings")
    cal.add("x-wr-timezone", committee.timezone)
    stamp = now.astimezone(UTC)
    meetings = list(meetings)
    for meeting in meetings:
        event = icalendar.Event()
        event.add("uid", meeting_uid(committee, meeting))
        event.add("dtstamp", stamp)
        event.add("dtstart", meeting.starts_at.astimezone(tz))
        summary = meeting.title or f"{committee.name} ({committee.code})"
        if meeting.status == MeetingStatus.rescheduled:
            summary += " (rescheduled)"
        event.add("summary", summary)
        if meeting.location:
            event.add("location", meeting.location)
        event.add("status", "CANCELLED" if meeting.status == MeetingStatus.cancelled else "CONFIRMED")
        event.add("sequence", meeting.sequence)
        cal.add_component(event)
    if meetings:
        # a VTIMEZONE covering the years the feed spans, not icalendar's default 1970-2038
        first = min(m.starts_at for m in meetings).date()
        last = max(m.starts_at for m in meetings).date()
        cal.add_missing_timezones(first_date=date(first.year, 1, 1), last_date=date(last.year + 2, 1, 1))
    return bytes(cal.to_ical())
