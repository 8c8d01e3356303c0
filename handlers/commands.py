"""The typed commands that chat text is parsed into, once, at the edge."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta


class ListKind(enum.StrEnum):
    default = "default"
    mine = "mine"
    overdue = "overdue"
    stale = "stale"
    due_next = "due next"
    due_on = "due on"
    owner = "owner"
    search = "search"
    all = "all"
    done = "done"


@dataclass(frozen=True)
class ListActions:
    kind: ListKind = ListKind.default
    on: date | None = None
    words: str = ""
    share: bool = False
    page: int = 1


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


@dataclass(frozen=True)
class Show:
    ref: str


@dataclass(frozen=True)
class Done:
    ref: str
    note: str = ""


@dataclass(frozen=True)
class Reopen:
    ref: str
    note: str = ""


@dataclass(frozen=True)
class Update:
    ref: str
    note: str


@dataclass(frozen=True)
class Assign:
    ref: str
    who: PersonSpec


@dataclass(frozen=True)
class SetDue:
    ref: str
    due: DueSpec


class SnoozeUntil(enum.StrEnum):
    period = "period"
    next_meeting = "next meeting"
    date = "date"


@dataclass(frozen=True)
class Snooze:
    ref: str
    until: SnoozeUntil
    period: timedelta | None = None
    on: date | None = None


@dataclass(frozen=True)
class Unsnooze:
    ref: str


@dataclass(frozen=True)
class Add:
    text: str
    owner: PersonSpec | None = None
    due: DueSpec | None = None


@dataclass(frozen=True)
class Drop:
    ref: str
    reason: str


@dataclass(frozen=True)
class Help:
    topic: str = ""


class RoleChange(enum.StrEnum):
    add = "add"
    remove = "remove"
    list = "list"


@dataclass(frozen=True)
class Roles:
    change: RoleChange
    who: PersonSpec | None = None
    role: str | None = None


@dataclass(frozen=True)
class Title:
    who: PersonSpec
    title: str


@dataclass(frozen=True)
class Setup:
    committee: str


@dataclass(frozen=True)
class Review:
    pass


class ReviewVerb(enum.StrEnum):
    confirm = "confirm"
    discard = "discard"
    edit = "edit"


@dataclass(frozen=True)
class ReviewChange:
    verb: ReviewVerb
    ref: str
    text: str = ""


@dataclass(frozen=True)
class ImportMinutes:
    url: str
