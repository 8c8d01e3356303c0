"""The values the reminder policy works on: a committee's policy, the store state it reads, and
the deliveries and skips it plans."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from handlers.replies import Reply
from storage.models import (
    ChannelBinding,
    Committee,
    Person,
    WorkProgrammeItem,
)
from storage.reminder_reads import ActionRow, ActionText, MeetingRow

__all__ = ["ActionRow", "ActionText", "MeetingRow"]

DEFAULT_TZ = "Europe/London"
NUDGE_STAGES = 4
"""Stages 1 and 2 nudge the owner; 3 escalates to the committee's admins, 4 to its chair."""


@dataclass(frozen=True)
class Policy:
    """A committee's reminder settings, parsed once from its row."""

    tz: ZoneInfo
    leads: tuple[int, ...]
    at: time
    stale_days: int
    digest_weekday: int | None

    @classmethod
    def of(cls, committee: Committee) -> Policy:
        try:
            tz = ZoneInfo(committee.timezone or DEFAULT_TZ)
        except (ZoneInfoNotFoundError, ValueError):
            tz = ZoneInfo(DEFAULT_TZ)
        leads = tuple(
            sorted(
                {int(x) for x in committee.reminder_lead_days.split(",") if x.strip().isdigit()}, reverse=True
            )
        )
        try:
            hour, minute = (int(x) for x in committee.reminder_time.split(":"))
            at = time(hour, minute)
        except ValueError:
            at = time(9, 0)
        digest = committee.digest_weekday if 0 <= committee.digest_weekday <= 6 else None
        return cls(tz=tz, leads=leads, at=at, stale_days=max(1, committee.stale_days), digest_weekday=digest)


class OccasionKind(enum.StrEnum):
    pre_meeting = "pre"
    digest = "digest"


class OccasionState(enum.StrEnum):
    due = "due"
    superseded = "superseded"
    """A shorter lead time is due too (the bot was down): only the latest reminder is sent."""
    expired = "expired"
    """The meeting has started, or the digest's week is over."""


@dataclass(frozen=True)
class Occasion:
    """A moment when a batch of reminders falls due: a meeting's lead time, or a weekly digest."""

    kind: OccasionKind
    key: str
    committee_id: int
    due_at: datetime
    state: OccasionState
    meeting_id: int | None = None
    lead_days: int | None = None
    week: str | None = None

    @property
    def marker(self) -> str:
        """The ledger key noting the occasion is settled, so later ticks don't load its actions."""
        return f"occ:{self.key}"


@dataclass(frozen=True)
class ChannelTarget:
    binding: ChannelBinding

    @property
    def recipient(self) -> str:
        return f"{self.binding.platform}:{self.binding.channel_id}"

    @property
    def label(self) -> str:
        name = self.binding.name or self.binding.channel_id
        return f"channel {name} ({self.binding.platform})"


@dataclass(frozen=True)
class PersonTarget:
    person: Person

    @property
    def recipient(self) -> str:
        return f"person:{self.person.id}"

    @property
    def label(self) -> str:
        return f"DM to {self.person.display_name}"


Target = ChannelTarget | PersonTarget


@dataclass(slots=True)
class PlannedDelivery:
    """Not frozen, though never changed: a tick plans thousands, and a frozen dataclass takes
    three times as long to make."""

    key: str
    kind: str
    committee_id: int | None
    due_at: datetime
    target: Target
    make_reply: Callable[[], Reply]
    """Built only when the delivery is actually sent or shown: most planned keys are already settled."""
    summary: str
    occasion: str | None = None
    actions: tuple[int, ...] = ()
    """The actions the message shows: their `ActionText` must be in the state before `reply()`
    (`scheduler.state.load_texts`)."""

    def reply(self) -> Reply:
        return self.make_reply()


@dataclass(frozen=True)
class Skip:
    key: str
    kind: str
    committee_id: int | None
    reason: str


@dataclass(frozen=True)
class Plan:
    deliveries: list[PlannedDelivery]
    skips: list[Skip]


@dataclass
class State:
    """What one tick knows: loaded in a few queries by `scheduler.state.load_state`."""

    now: datetime
    committees: dict[int, Committee]
    policies: dict[int, Policy]
    meetings: dict[int, MeetingRow]
    """The upcoming meetings and those actions are due at; `load_texts` adds where they were agreed."""
    upcoming: dict[int, list[MeetingRow]]
    """Per committee, meetings not cancelled that start after a day ago, soonest first."""
    occasions: list[Occasion]
    actions: list[ActionRow]
    """Live actions that are not snoozed at `now` (a snoozed one is left out of every reminder),
    in id order."""
    bindings: dict[int, list[ChannelBinding]]
    """The enabled channels of the committees with a pre-meeting reminder due (no one else posts
    to a channel)."""
    people: dict[int, Person]
    admins: dict[int, list[int]]
    chairs: dict[int, list[int]]
    programme: dict[int, list[WorkProgrammeItem]] = field(default_factory=dict)
    """Work programme items per meeting id."""
    texts: dict[int, ActionText] = field(default_factory=dict)
    """What the messages show of each action, read only for the deliveries about to be sent."""
    overdue: dict[int, bool] = field(default_factory=dict)
    """`compose.is_overdue` per action id, worked out once per state (it depends on `now` only)."""
    due_meetings: dict[int, MeetingRow | None] = field(default_factory=dict)
    """`compose.effective_meeting` per action id, worked out once per state."""
    unheard: frozenset[int] = frozenset()
    """Exempt actions whose owner may not be told of them (no role on the committee)."""
