"""The values commands carry (due points, people, settings, views): kept apart from the command
union in handlers/commands.py, which re-exports them, so that `c.DueSpec` reads as before."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class DueSpecKind(enum.StrEnum):
    next_meeting = "next meeting"
    future_meeting = "future meeting"
    meeting_on = "meeting on"
    date = "date"
    none = "none"


@dataclass(frozen=True)
class DueSpec:
    kind: DueSpecKind
    on: date | None = None

    def label(self) -> str:
        if self.kind is DueSpecKind.meeting_on and self.on:
            return f"the meeting on {self.on.isoformat()}"
        if self.kind is DueSpecKind.date and self.on:
            return self.on.isoformat()
        return str(self.kind)


@dataclass(frozen=True)
class PersonSpec:
    """Who a command names: a chat mention (@U123 / <@U123>), a quoted role title, or a name."""

    text: str
    platform_id: str | None = None
    is_role: bool = False


class SnoozeUntil(enum.StrEnum):
    period = "period"
    next_meeting = "next meeting"
    date = "date"


class RoleChange(enum.StrEnum):
    add = "add"
    remove = "remove"
    list = "list"


class ReviewVerb(enum.StrEnum):
    confirm = "confirm"
    discard = "discard"
    edit = "edit"


class Format(enum.StrEnum):
    csv = "csv"
    md = "md"
    html = "html"
    ics = "ics"


DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class Setting(enum.StrEnum):
    show = "show"
    lead = "lead"
    time = "time"
    stale = "stale"
    digest = "digest"
    timezone = "timezone"


class View(enum.StrEnum):
    current = "current"
    all = "all"
    proposed = "proposed"
