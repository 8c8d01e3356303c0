"""The values the reminder policy works on: a committee's policy, the store state it reads, and
the deliveries and skips it plans."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time
from zoneinfo import ZoneInfo

from handlers.replies import Reply
from storage import rules
from storage.models import (
    ChannelBinding,
    Person,
    WorkProgrammeItem,
)
from storage.reminder_rows import ActionRow, ActionText, CommitteeRow, MeetingRow
from storage.rules import NUDGE_STAGES

__all__ = ["NUDGE_STAGES", "ActionRow", "ActionText", "CommitteeRow", "MeetingRow"]

DEFAULT_TZ = rules.DEFAULT_TZ


@dataclass(frozen=True)
class Policy:
    """A committee's reminder settings, parsed once from its row."""

    tz: ZoneInfo
    leads: tuple[int, ...]
    at: time
    stale_days: int
    digest_weekday: int | None

    @classmethod
    def of(cls, committee: CommitteeRow) -> Policy:
        cadence = rules.Cadence.of(committee)
        leads = tuple(
            sorted(
                {int(x) for x in committee.reminder_lead_days.split(",") if x.strip().isdigit()}, reverse=True
            )
        )
        digest = committee.digest_weekday if 0 <= committee.digest_weekday <= 6 else None
        return cls(
            tz=cadence.tz, leads=leads, at=cadence.at, stale_days=cadence.stale_days, digest_weekday=digest
        )

    @property
    def cadence(self) -> rules.Cadence:
        return rules.Cadence(tz=self.tz, at=self.at, stale_days=self.stale_days)


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


class Section(enum.IntEnum):
    """The sections of a person's grouped message, in the order it shows them."""

    due = 1
    """Due at the next meeting: their actions due at a meeting whose reminder is due now."""
    overdue = 2
    update = 3
    """Needing an update: stale, or nudged."""
    escalated = 4
    """Escalated to you: others' actions with no update despite reminders, by owner."""
    week = 5
    """This week: the rest of their open actions (the weekly digest)."""


Placement = tuple[Section, int, int]
"""(section, group, action id): the group is the meeting id in `due`, the owner's person id (0 for
none) in `escalated`, else 0."""


@dataclass(slots=True)
class PlannedItem:
    """One thing due to one recipient: a nudge stage, a pre-meeting reminder, a digest, a warning.

    Items are what the ledger guarantees once; a run sends each recipient one message with all
    their items (`PlannedMessage`). Not frozen: a tick plans thousands, and a frozen dataclass takes
    three times as long to make.
    """

    key: str
    kind: str
    committee_id: int | None
    due_at: datetime
    summary: str
    placements: tuple[Placement, ...] = ()
    occasion: str | None = None
    nudge: tuple[int, int] | None = None
    """(action id, stage) of a nudge or escalation: the tick moves the action's next reminder on
    once every item of that stage is settled."""
    warning: str | None = None
    """A line for a person's message that is not about one of their actions ("nobody will hear")."""
    channel_reply: Callable[[], Reply] | None = None
    """A channel post's content (built only when it is sent or shown)."""
    shows: tuple[int, ...] = ()
    """The actions a channel post shows: their `ActionText` must be loaded before the reply."""
    digest_of: int | None = None
    """The owner whose weekly digest this is: its placements are filled in as it is sent
    (scheduler/digests.py), from the owner's actions read then."""

    @property
    def actions(self) -> tuple[int, ...]:
        return self.shows or tuple(p[2] for p in self.placements)


@dataclass(slots=True)
class PlannedMessage:
    """Everything due to one recipient in one run: one post, whatever the number of items."""

    target: Target
    items: list[PlannedItem]

    @property
    def recipient(self) -> str:
        return self.target.recipient


@dataclass(frozen=True)
class Skip:
    key: str
    kind: str
    committee_id: int | None
    reason: str


@dataclass(frozen=True)
class Plan:
    messages: list[PlannedMessage]
    skips: list[Skip]

    @property
    def items(self) -> list[PlannedItem]:
        return [i for m in self.messages for i in m.items]


@dataclass
class State:
    """What one tick knows: loaded in a few queries by `scheduler.state.load_state`."""

    now: datetime
    committees: dict[int, CommitteeRow]
    policies: dict[int, Policy]
    meetings: dict[int, MeetingRow]
    """The upcoming meetings and those actions are due at; `load_texts` adds where they were agreed."""
    upcoming: dict[int, list[MeetingRow]]
    """Per committee, meetings not cancelled that start after a day ago, soonest first: those
    within the reach of the longest lead time, and all of them for the committees of the actions
    read that are due at a "next meeting" not set or cancelled."""
    occasions: list[Occasion]
    actions: list[ActionRow]
    """Live actions that are not snoozed at `now` (a snoozed one is left out of every reminder),
    in id order: those of the committees and owners with an occasion due, and those whose
    `next_reminder_at` has come (their nudges)."""
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
    disabled_channels: set[int] = field(default_factory=set)
    """Committees due a channel post whose only channels were disabled (the admins were told then)."""
    by_id: dict[int, ActionRow] = field(default_factory=dict)
    """`actions` by id, made when a message is first composed."""
    digest_owners: dict[int, list[int]] = field(default_factory=dict)
    """Per committee whose digest is due, the owners of a live action there they may be told of."""
    owned: dict[int, list[ActionRow]] = field(default_factory=dict)
    """The live actions of the owners whose digests are being sent (scheduler/digests.py)."""
    borrowed: set[int] = field(default_factory=set)
    """The ids of those the plan itself does not hold: dropped once their digest is sent."""
    unreachable: set[int] = field(default_factory=set)
    """People no notifier can reach (set by the engine, which knows the notifiers): their items
    are not sent, and their committees' admins are told once."""
