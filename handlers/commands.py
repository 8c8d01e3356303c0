"""The typed commands that chat text is parsed into, once, at the edge.

`Command` is the union of them all: `handlers.grammar.parse` returns one, and
`handlers.table.HANDLERS` holds exactly one entry for each (tests/core/test_dispatch_table.py checks
both ways).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from handlers import command_values as _values

if TYPE_CHECKING:
    from minutes.model import Extraction
    from minutes.moderngov import Meeting as ModernGovMeeting

# the values commands carry, re-exported so that `c.DueSpec` reads as before
DAYS = _values.DAYS
DueSpec = _values.DueSpec
DueSpecKind = _values.DueSpecKind
Format = _values.Format
PersonSpec = _values.PersonSpec
ReviewVerb = _values.ReviewVerb
RoleChange = _values.RoleChange
Setting = _values.Setting
SnoozeUntil = _values.SnoozeUntil
View = _values.View


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
    """Bind the channel to a committee; with a name, create the committee first."""

    committee: str
    name: str | None = None


@dataclass(frozen=True)
class CreateCommittee:
    """A committee `setup` may create (the fetch of `Setup` checked who asks): never typed."""

    code: str
    name: str
    authorised_as: str
    """"organiser" or "workspace admin": why the asker may create it."""


@dataclass(frozen=True)
class BindChannel:
    """The channel `setup` binds to a committee of the asker's workspace: never typed."""

    committee_id: int


@dataclass(frozen=True)
class Review:
    pass


@dataclass(frozen=True)
class Home:
    """A person's own page (Slack's App Home): their open actions and their committees' next meetings."""


@dataclass(frozen=True)
class ReviewChange:
    verb: ReviewVerb
    ref: str
    text: str = ""


@dataclass(frozen=True)
class ImportMinutes:
    url: str


@dataclass(frozen=True)
class ImportFile:
    """Minutes shared with the bot as a file; the edge's `Context.download` fetches it by `url`."""

    filename: str
    size: int
    url: str


@dataclass(frozen=True)
class ImportDocument:
    """Minutes already read (the fetch of `ImportMinutes` or `ImportFile`), to store as proposals."""

    extraction: Extraction


@dataclass(frozen=True)
class Export:
    fmt: Format
    committee: str | None = None


"""The days a weekly digest may go on; a committee's `digest_weekday` indexes them (-1: none)."""


@dataclass(frozen=True)
class ReminderSettings:
    setting: Setting = Setting.show
    value: str = ""


@dataclass(frozen=True)
class ListMeetings:
    past: bool = False


@dataclass(frozen=True)
class AddMeeting:
    on: date
    at: time | None = None
    location: str = ""


@dataclass(frozen=True)
class MoveMeeting:
    on: date
    to: date
    at: time | None = None


@dataclass(frozen=True)
class CancelMeeting:
    on: date
    reason: str = ""


@dataclass(frozen=True)
class SyncMeetings:
    pass


@dataclass(frozen=True)
class LinkModernGov:
    site: str
    committee_id: int


@dataclass(frozen=True)
class ApplyMeetings:
    """What ModernGov said of a committee's meetings (the fetch of `SyncMeetings`), to apply."""

    committee_id: int
    meetings: tuple[ModernGovMeeting, ...]


@dataclass(frozen=True)
class ShowProgramme:
    view: View = View.current


@dataclass(frozen=True)
class CheckProgramme:
    pass


@dataclass(frozen=True)
class AddTopic:
    on: date | None
    topic: str
    lead: str | None = None
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class MoveTopic:
    item: int
    on: date | None


@dataclass(frozen=True)
class DropTopic:
    item: int
    reason: str = ""


@dataclass(frozen=True)
class NoteTopic:
    item: int
    text: str


@dataclass(frozen=True)
class ConfirmTopic:
    item: int | None  # None: all proposals


@dataclass(frozen=True)
class DiscardTopic:
    item: int


@dataclass(frozen=True)
class LinkTopic:
    ref: str
    item: int
    unlink: bool = False


Command = (
    ListActions
    | Show
    | Done
    | Reopen
    | Drop
    | Update
    | Assign
    | SetDue
    | Snooze
    | Unsnooze
    | Add
    | Help
    | Home
    | Roles
    | Title
    | Setup
    | CreateCommittee
    | BindChannel
    | Review
    | ReviewChange
    | ImportMinutes
    | ImportFile
    | ImportDocument
    | Export
    | ReminderSettings
    | ListMeetings
    | AddMeeting
    | MoveMeeting
    | CancelMeeting
    | SyncMeetings
    | LinkModernGov
    | ApplyMeetings
    | ShowProgramme
    | CheckProgramme
    | AddTopic
    | MoveTopic
    | DropTopic
    | NoteTopic
    | ConfirmTopic
    | DiscardTopic
    | LinkTopic
)
