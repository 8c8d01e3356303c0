"""Platform-neutral replies. Handlers return these; bot/ renders them as text, Block Kit or cards."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple


class ButtonKind(enum.StrEnum):
    done = "done"
    update = "update"
    snooze_week = "snooze_week"
    snooze_meeting = "snooze_meeting"
    confirm = "confirm"
    discard = "discard"


class Button(NamedTuple):
    """(A tuple: a listing makes four for each of its 20 actions.)"""

    kind: ButtonKind
    ref: str
    label: str


@dataclass(frozen=True)
class ActionView:
    ref: str
    text: str
    committee: str
    status: str
    owner: str | None
    assignee: str | None
    due: str
    since_update: str
    overdue: bool = False
    stale: bool = False
    restricted: bool = False
    snoozed_until: str | None = None
    origin: str | None = None
    latest_note: str | None = None
    buttons: tuple[Button, ...] = ()


class Flag(enum.StrEnum):
    overdue = "overdue"
    stale = "stale"
    snoozed = "snoozed"
    exempt = "exempt"


def flags(v: ActionView) -> tuple[tuple[Flag, str], ...]:
    """The flags an action shows, in the order every renderer shows them, each with its detail
    (the end of a snooze; "" for the others). The renderers only choose how each one looks."""
    out: list[tuple[Flag, str]] = []
    if v.overdue:
        out.append((Flag.overdue, ""))
    if v.stale:
        out.append((Flag.stale, ""))
    if v.snoozed_until:
        out.append((Flag.snoozed, v.snoozed_until))
    if v.restricted:
        out.append((Flag.exempt, ""))
    return tuple(out)


@dataclass(frozen=True)
class Group:
    heading: str
    items: tuple[ActionView, ...]


@dataclass(frozen=True)
class ActionList:
    title: str
    groups: tuple[Group, ...]
    empty: str = "Nothing to show."
    share: bool = False
    query: str = ""
    page: int = 1
    pages: int = 1
    next_page: str | None = None

    @property
    def count(self) -> int:
        return sum(len(g.items) for g in self.groups)


@dataclass(frozen=True)
class HistoryLine:
    at: str
    actor: str
    what: str


@dataclass(frozen=True)
class ActionCard:
    view: ActionView
    history: tuple[HistoryLine, ...] = ()
    notice: str | None = None


class Level(enum.StrEnum):
    info = "info"
    ok = "ok"
    error = "error"


@dataclass(frozen=True)
class Notice:
    text: str
    level: Level = Level.info
    usage: str | None = None
    updated: ActionView | None = None


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str = "Nothing to show."
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileReply:
    filename: str
    content: bytes
    mime: str
    title: str
    summary: str = ""


@dataclass(frozen=True)
class NextMeeting:
    committee: str
    """Its name and code: "Adult Social Care Scrutiny Commission (ASC)"."""
    when: str | None = None
    """None when no meeting is in the calendar yet."""
    location: str | None = None


@dataclass(frozen=True)
class Home:
    """A person's own page: their open actions, and the next meeting of each of their committees."""

    mine: Reply
    meetings: tuple[NextMeeting, ...] = ()


@dataclass(frozen=True)
class Silent:
    """No answer at all: what came was not for the bot (a file shared in a channel by someone who
    is not the committee's admin). The edges send nothing."""


@dataclass(frozen=True)
class Multi:
    parts: tuple[Reply, ...] = field(default_factory=tuple)


Reply = ActionList | ActionCard | Notice | Table | FileReply | Multi | Home | Silent
REPLY_TYPES = (ActionList, ActionCard, Notice, Table, FileReply, Multi, Home, Silent)


def error(text: str, usage: str | None = None) -> Notice:
    return Notice(text=text, level=Level.error, usage=usage)


def ok(text: str, updated: ActionView | None = None) -> Notice:
    return Notice(text=text, level=Level.ok, updated=updated)


def plural(n: int, word: str, words: str | None = None) -> str:
    """ "1 action", "2 actions": the count with the word in the form it takes."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


def age(since: datetime, now: datetime) -> str:
    """How long ago, the way people say it: "today", "3 days ago", "5 weeks ago", "2 years ago"."""
    days = (now - since).days
    if days <= 0:
        return "today"
    if days == 1:
        return "1 day ago"
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    if days < 730:
        return f"{days // 30} months ago"
    return f"{days // 365} years ago"
