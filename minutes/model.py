"""The typed result of reading one minutes document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Item:
    minute: str
    title: str


@dataclass(frozen=True)
class Resolution:
    text: str
    actionable: bool
    owner: str | None = None
    due: str | None = None
    """"next meeting", "future meeting", an ISO date, other free text, or None."""
    work_programme: bool = False
    minute: str | None = None
    item_title: str | None = None
    restricted: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "actionable": self.actionable,
            "owner": self.owner,
            "due": self.due,
            "work_programme": self.work_programme,
            "minute": self.minute,
            "item_title": self.item_title,
            "restricted": self.restricted,
        }


@dataclass(frozen=True)
class Request:
    text: str
    owner: str | None = None
    due: str | None = None
    minute: str | None = None


@dataclass(frozen=True)
class ProgrammeTopic:
    topic: str
    meeting_date: dt.date | None = None
    lead_officer: str | None = None
    actions_arising: str | None = None
    progress: str | None = None


@dataclass(frozen=True)
class Extraction:
    source: str
    committee: str | None
    meeting_date: dt.date | None
    meeting_time: dt.time | None = None
    """When the meeting started, as the minutes say ("at 5:30 pm" -> 17:30); None when not said."""
    items: list[Item] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    work_programme: list[ProgrammeTopic] = field(default_factory=list)
    meeting_dates: list[dt.date] = field(default_factory=list)
    content_hash: str = ""

    @property
    def actions(self) -> list[Resolution]:
        return [r for r in self.resolutions if r.actionable]

    def to_json(self) -> dict[str, Any]:
        """The JSON of `extract --json`, described in docs/extract-json.md."""
        return {
            "source": self.source,
            "committee": self.committee,
            "meeting_date": self.meeting_date.isoformat() if self.meeting_date else None,
            "meeting_time": self.meeting_time.strftime("%H:%M") if self.meeting_time else None,
            "resolutions": [r.to_json() for r in self.resolutions],
            "requests": [r.text for r in self.requests],
            "work_programme_topics": [t.topic for t in self.work_programme],
            "meeting_dates": [d.isoformat() for d in self.meeting_dates],
            "items": [{"minute": i.minute, "title": i.title} for i in self.items],
            "content_hash": self.content_hash,
        }
