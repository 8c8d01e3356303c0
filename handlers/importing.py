"""Storing what the minutes reader found: the meeting, proposed actions, topics, future meetings.

Idempotent twice over: the same document (by content hash) changes nothing, and a corrected version
of a document updates the proposals it made before (matched by meeting, minute and position) while
confirmed actions and their history are left alone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers.replies import plural
from minutes.model import Extraction
from storage import actions as store
from storage import committees, documents, people, programme
from storage.actions import Due
from storage.clean_text import clean, clean_optional
from storage.models import (
    ActionStatus,
    Committee,
    DueKind,
    Meeting,
    MeetingStatus,
    Person,
)

DEFAULT_MEETING_TIME = time(10, 0)


def meeting_clock(extraction: Extraction, committee: Committee) -> time:
    """When the minutes' meeting started: as the minutes say (the reader's `meeting_time`, when it
    gives one), else the committee's usual time."""
    if extraction.meeting_time is not None:
        return extraction.meeting_time
    return meeting_clock_of(committee)


@dataclass
class ImportResult:
    already_imported: bool = False
    nothing_found: str | None = None
    """The document (by its name) in which nothing was found to import; then nothing was stored."""
    meeting: Meeting | None = None
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    meetings_added: list[date] = field(default_factory=list)
    past_meetings: list[date] = field(default_factory=list)
    topics_added: list[str] = field(default_factory=list)
    past_topics: list[str] = field(default_factory=list)

    def summary(self, committee: Committee) -> str:
        if self.already_imported:
            return f"These minutes were imported into {committee.code} before; nothing changed."
        if self.nothing_found is not None:
            return (
                f"I found nothing to import in {self.nothing_found}: no actions, follow-up requests, "
                "work programme topics or later meetings. Nothing changed. If it is a committee's minutes, "
                "check that it has their text (a scanned PDF has none: ask for the published PDF or "
                "the web page) and that it is the minutes, not the agenda."
            )
        parts = []
        if self.meeting is not None:
            tz = ZoneInfo(committee.timezone)
            parts.append(f"Meeting of {self.meeting.starts_at.astimezone(tz):%d %b %Y}")
        parts.append(f"{plural(len(self.created), 'new proposal')} ({', '.join(self.created) or 'none'})")
        if self.updated:
            parts.append(f"{plural(len(self.updated), 'proposal')} corrected ({', '.join(self.updated)})")
        if self.withdrawn:
            parts.append(f"{plural(len(self.withdrawn), 'proposal')} withdrawn ({', '.join(self.withdrawn)})")
        if self.kept:
            parts.append(
                f"{plural(len(self.kept), 'confirmed action')} left as {'it is' if len(self.kept) == 1 else 'they are'}"
            )
        if self.meetings_added:
            parts.append(f"{plural(len(self.meetings_added), 'future meeting')} added")
        if self.past_meetings:
            parts.append(f"{plural(len(self.past_meetings), 'past meeting')} recorded as held")
        if self.topics_added:
            parts.append(f"{plural(len(self.topics_added), 'work programme topic')} proposed")
        if self.past_topics:
            parts.append(f"{plural(len(self.past_topics), 'work programme row')} for past meetings left out")
        review = " Review them with `review`." if self.created or self.updated or self.topics_added else ""
        return "Imported into " + committee.code + ": " + "; ".join(parts) + "." + review


def _at(day: date, tz: ZoneInfo, clock: time | None = None) -> datetime:
    return datetime.combine(day, clock or DEFAULT_MEETING_TIME, tzinfo=tz)


def meeting_clock_of(committee: Committee) -> time:
    try:
        return time.fromisoformat(committee.meeting_time)
    except ValueError:
        return DEFAULT_MEETING_TIME


async def _meeting_on(
    session: AsyncSession, committee: Committee, day: date, *, now: datetime, clock: time | None = None
) -> tuple[Meeting, bool]:
    assert committee.id is not None
    tz = ZoneInfo(committee.timezone)
    start = datetime.combine(day, time(0), tzinfo=tz)
    found = await committees.meeting_on(
        session, committee_id=committee.id, day_start=start, day_end=start + timedelta(days=1)
    )
    if found is not None:
        return found, False
    when = _at(day, tz, clock or meeting_clock_of(committee))
    status = MeetingStatus.held if when < now else MeetingStatus.scheduled
    return await committees.add_meeting(
        session, committee_id=committee.id, starts_at=when, status=status
    ), True


async def _assignee_for(session: AsyncSession, committee: Committee, owner: str | None) -> Person | None:
    """The one person of the committee's workspace holding the role title the minutes name."""
    if not owner:
        return None
    holders = await people.people_with_title(session, title=owner, workspace=committee.workspace)
    return holders[0] if len(holders) == 1 else None


async def _due_for(
    session: AsyncSession, committee: Committee, due: str | None, *, after: datetime, now: datetime
) -> Due:
    """The due point the minutes give. "The next meeting" is the one after the meeting that agreed
    the action; when that one has been held already it is that meeting (the action is overdue),
    never "the next meeting", which is always still to come."""
    assert committee.id is not None
    if not due:
        return Due()
    low = due.strip().lower()
    if low == "next meeting":
        upcoming = await committees.next_meeting(session, committee_id=committee.id, after=after)
        if upcoming is not None and upcoming.starts_at <= now:
            return Due(DueKind.meeting, meeting_id=upcoming.id)
        return Due(DueKind.next_meeting, meeting_id=upcoming.id if upcoming else None)
    if low == "future meeting":
        return Due(DueKind.future_meeting)
    try:
        return Due(DueKind.date, on=date.fromisoformat(low))
    except ValueError:
        return Due(DueKind.other, text=due.strip()[:200])


def _finds_anything(extraction: Extraction) -> bool:
    """Whether the document gives anything to import besides its own meeting's date."""
    own = extraction.meeting_date
    return bool(
        extraction.actions
        or extraction.requests
        or extraction.work_programme
        or any(own is None or day > own for day in extraction.meeting_dates)
    )


def document_key(committee: Committee, extraction: Extraction, source: str) -> str:
    """What makes two versions of a document "the same minutes": the meeting they record."""
    if extraction.meeting_date is not None:
        return f"{committee.code}:{extraction.meeting_date.isoformat()}"
    return f"{committee.code}:src:{hashlib.sha256(source.encode()).hexdigest()[:16]}"


async def import_extraction(
    session: AsyncSession,
    *,
    extraction: Extraction,
    committee: Committee,
    actor: Person | None,
    now: datetime,
) -> ImportResult:
    assert committee.id is not None
    result = ImportResult()
    seen = await documents.imported(session, committee_id=committee.id, content_hash=extraction.content_hash)
    if seen is not None:
        result.already_imported = True
        return result
    doc = document_key(committee, extraction, extraction.source)
    if not _finds_anything(extraction) and not await store.from_document(
        session, committee_id=committee.id, document=doc
    ):
        # nothing to propose, and no earlier version whose proposals it would withdraw
        result.nothing_found = clean(extraction.source, one_line=True)
        return result

    meeting: Meeting | None = None
    if extraction.meeting_date is not None:
        clock = meeting_clock(extraction, committee)
        meeting, _ = await _meeting_on(session, committee, extraction.meeting_date, now=now, clock=clock)
        result.meeting = meeting
    for day in extraction.meeting_dates:
        if extraction.meeting_date is not None and day <= extraction.meeting_date:
            continue
        held, added = await _meeting_on(session, committee, day, now=now)
        if added:
            (result.meetings_added if held.starts_at > now else result.past_meetings).append(day)

    after = meeting.starts_at if meeting is not None else now
    agreed_at = min(after, now)  # age and staleness run from the meeting that agreed an action
    wanted: dict[str, tuple[str, str | None, str | None, bool, str | None, bool, bool]] = {}
    minute: str | None
    ordinals: dict[str, int] = {}
    for res in extraction.resolutions:
        if not res.actionable:
            continue
        slot = res.minute or "-"
        ordinals[slot] = ordinals.get(slot, 0) + 1
        key = f"{doc}|{slot}|{ordinals[slot]}"
        wanted[key] = (
            clean(res.text),
            clean_optional(res.owner, one_line=True),
            res.due,
            res.work_programme,
            clean_optional(res.minute, one_line=True),
            res.restricted,
            False,
        )
    for req in extraction.requests:
        slot = f"req:{req.minute or '-'}"
        ordinals[slot] = ordinals.get(slot, 0) + 1
        key = f"{doc}|{slot}|{ordinals[slot]}"
        wanted[key] = (
            clean(req.text),
            clean_optional(req.owner, one_line=True),
            req.due,
            False,
            clean_optional(req.minute, one_line=True),
            False,
            True,
        )

    existing = {
        a.source_key: a
        for a in await store.from_document(session, committee_id=committee.id, document=doc)
        if a.source_key
    }
    for key, (text, owner, due_text, wp, minute, restricted, is_request) in wanted.items():
        due = await _due_for(session, committee, due_text, after=after, now=now)
        current = existing.get(key)
        if current is None:
            assignee = await _assignee_for(session, committee, owner)
            created = await store.create_action(
                session,
                committee_id=committee.id,
                text=text,
                actor=actor,
                now=now,
                progress_at=agreed_at,
                status=ActionStatus.proposed,
                meeting_id=meeting.id if meeting else None,
                minute=minute,
                owner_text=owner,
                assignee_id=assignee.id if assignee else None,
                due=due,
                work_programme=wp,
                restricted=restricted,
                is_request=is_request,
                source_key=key,
                note=f"found in {clean(extraction.source, one_line=True)}",
            )
            result.created.append(created.ref or "")
        elif current.status == ActionStatus.proposed:
            changes = {
                k: v
                for k, v in {"text": text, "owner_text": owner, "work_programme": wp, **due.columns()}.items()
                if getattr(current, k) != v
            }
            if changes:
                await store.change_action(
                    session,
                    action=current,
                    actor=actor,
                    now=now,
                    kind="edit",
                    changes=changes,
                    note=f"corrected by a new version of {extraction.source}",
                )
                result.updated.append(current.ref or "")
        else:
            result.kept.append(current.ref or "")
    for key, current in existing.items():
        if key not in wanted and current.status == ActionStatus.proposed:
            await store.change_action(
                session,
                action=current,
                actor=actor,
                now=now,
                kind="discard",
                changes={"status": ActionStatus.discarded},
                before=str(ActionStatus.proposed),
                after=str(ActionStatus.discarded),
                note="no longer in the corrected minutes",
            )
            result.withdrawn.append(current.ref or "")

    for topic in extraction.work_programme:
        key = f"{doc}|wp|{topic.topic.strip().lower()[:120]}"
        if await programme.item_by_source_key(session, committee_id=committee.id, source_key=key):
            continue
        topic_meeting = None
        if (
            topic.meeting_date is not None
            and topic.meeting_date < now.astimezone(ZoneInfo(committee.timezone)).date()
        ):
            result.past_topics.append(topic.topic)
            continue
        if topic.meeting_date is not None:
            topic_meeting, added = await _meeting_on(session, committee, topic.meeting_date, now=now)
            if added:
                result.meetings_added.append(topic.meeting_date)
        await programme.propose_item(
            session,
            committee_id=committee.id,
            meeting_id=topic_meeting.id if topic_meeting else None,
            topic=clean(topic.topic, one_line=True),
            lead_officer=clean_optional(topic.lead_officer, one_line=True),
            actions_arising=clean_optional(topic.actions_arising),
            progress=clean_optional(topic.progress),
            source_key=key,
        )
        result.topics_added.append(clean(topic.topic, one_line=True))
    await documents.record_import(
        session,
        committee_id=committee.id,
        source=clean(extraction.source, one_line=True),
        content_hash=extraction.content_hash,
        meeting_id=meeting.id if meeting else None,
        now=now,
    )
    return result
