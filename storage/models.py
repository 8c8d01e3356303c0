"""The tables of the store.

Times are stored as UTC and come back tz-aware (see `UTCDateTime`); a committee's own timezone is
applied only when a time is shown or a reminder is planned.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always tz-aware UTC in Python, on SQLite as on PostgreSQL."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass a tz-aware time")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _ts(**kw: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kw)


def _enum(cls: type[enum.StrEnum], default: enum.StrEnum) -> Any:
    """A VARCHAR column holding the enum's value (no native PostgreSQL enum to migrate)."""
    return Field(
        default=default,
        sa_type=sa.Enum(
            cls,
            native_enum=False,
            create_constraint=False,
            length=24,
            values_callable=lambda e: [m.value for m in e],
        ),
    )


class MeetingStatus(enum.StrEnum):
    scheduled = "scheduled"
    rescheduled = "rescheduled"
    cancelled = "cancelled"
    held = "held"


class ActionStatus(enum.StrEnum):
    proposed = "proposed"
    open = "open"
    in_progress = "in progress"
    done = "done"
    dropped = "dropped"
    discarded = "discarded"

    @property
    def is_live(self) -> bool:
        return self in (ActionStatus.open, ActionStatus.in_progress)


class DueKind(enum.StrEnum):
    none = "none"
    next_meeting = "next meeting"
    meeting = "meeting"
    date = "date"
    future_meeting = "future meeting"
    other = "other"


class Role(enum.StrEnum):
    admin = "admin"
    chair = "chair"
    member = "member"
    officer = "officer"


CONSOLE = "console"
"""The workspace of committees and people that only the terminal and the CLI reach."""


class Committee(SQLModel, table=True):
    """A committee belongs to one workspace (`storage.workspaces`): only people of that workspace
    read or change it."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(index=True, unique=True, max_length=32)
    name: str
    workspace: str = Field(default=CONSOLE, index=True, max_length=80)
    meeting_time: str = "10:00"
    """The usual local start time of its meetings, for a meeting whose minutes give none."""
    archived_at: datetime | None = _ts(default=None)
    timezone: str = "Europe/London"
    reminder_lead_days: str = "7,1"
    reminder_time: str = "09:00"
    stale_days: int = 21
    digest_weekday: int = 0
    moderngov_site: str | None = None
    moderngov_committee_id: int | None = None


class Meeting(SQLModel, table=True):
    __table_args__ = (
        sa.Index("ix_meeting_committee_start", "committee_id", "starts_at"),
        sa.Index("ix_meeting_starts_at", "starts_at"),  # the scheduler's upcoming meetings
    )

    id: int | None = Field(default=None, primary_key=True)
    committee_id: int = Field(foreign_key="committee.id")
    starts_at: datetime = _ts()
    location: str | None = None
    status: MeetingStatus = _enum(MeetingStatus, MeetingStatus.scheduled)
    title: str | None = None
    external_id: str | None = Field(default=None, index=True)
    sequence: int = 0  # the iCalendar SEQUENCE: bumped when the meeting is moved or cancelled


class Person(SQLModel, table=True):
    """One person in one workspace. A Slack user id is unique only within its team (or Grid
    organisation) and an AAD object id within its tenant, so both are unique per workspace."""

    __table_args__ = (
        sa.UniqueConstraint("workspace", "slack_user_id", name="uq_person_workspace_slack"),
        sa.UniqueConstraint("workspace", "teams_aad_id", name="uq_person_workspace_teams"),
    )

    id: int | None = Field(default=None, primary_key=True)
    display_name: str = Field(index=True)
    role_titles: str = ""
    workspace: str = Field(default=CONSOLE, index=True, max_length=80)
    slack_user_id: str | None = Field(default=None, index=True)
    teams_aad_id: str | None = Field(default=None, index=True)
    email: str | None = Field(default=None, index=True)
    organiser: bool = False
    """May create committees in its workspace (`committee-bot organisers add`)."""
    maybe_same_as: int | None = None
    """Another person of the workspace with the same name, whom nothing proved to be this one:
    an admin decides (`committee-bot people merge`)."""

    @property
    def titles(self) -> list[str]:
        return [t.strip() for t in self.role_titles.split(";") if t.strip()]


class CommitteeRole(SQLModel, table=True):
    __table_args__ = (sa.UniqueConstraint("committee_id", "person_id", "role"),)

    id: int | None = Field(default=None, primary_key=True)
    committee_id: int = Field(foreign_key="committee.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: Role = _enum(Role, Role.member)


class SourceDocument(SQLModel, table=True):
    """A minutes document that was imported; its content hash makes re-imports idempotent."""

    __table_args__ = (sa.UniqueConstraint("committee_id", "content_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    committee_id: int = Field(foreign_key="committee.id")
    source: str
    content_hash: str = Field(index=True)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    imported_at: datetime = _ts()


class Action(SQLModel, table=True):
    __table_args__ = (
        sa.Index("ix_action_committee_status", "committee_id", "status"),
        sa.Index("ix_action_assignee_status", "assignee_id", "status"),
        sa.Index("ix_action_due_meeting", "due_meeting_id"),
        sa.Index("ix_action_status_progress", "status", "last_progress_at"),  # the stale window
        sa.Index("ix_action_next_reminder", "next_reminder_at"),  # what a tick must look at
        # who a weekly digest goes to, answered from the index alone
        sa.Index(
            "ix_action_committee_owner",
            "committee_id",
            "status",
            "assignee_id",
            "restricted",
            "snoozed_until",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    ref: str | None = Field(default=None, index=True, unique=True, max_length=16)
    committee_id: int = Field(foreign_key="committee.id")
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    minute: str | None = None
    text: str
    owner_text: str | None = None
    assignee_id: int | None = Field(default=None, foreign_key="person.id")
    due_kind: DueKind = _enum(DueKind, DueKind.none)
    due_meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    due_date: date | None = None
    due_text: str | None = None
    status: ActionStatus = _enum(ActionStatus, ActionStatus.open)
    work_programme: bool = False
    restricted: bool = False
    is_request: bool = False
    source_key: str | None = Field(default=None, index=True)
    created_at: datetime = _ts()
    last_progress_at: datetime = _ts()
    snoozed_until: datetime | None = _ts(default=None)
    snooze_meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    """Set while snoozed "until the next meeting": the snooze ends when that meeting does, and
    follows it when it moves."""
    next_reminder_at: datetime | None = _ts(default=None)
    """When the scheduler must next look at this action for a stale nudge (`storage.rules`); None
    when no nudge is ahead. Kept by every change of the action and of what times its nudges
    (storage.next_reminders), and moved on by the tick once a stage is settled."""
    version: int = 1


class ActionEvent(SQLModel, table=True):
    __table_args__ = (sa.Index("ix_event_action_at", "action_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id")
    at: datetime = _ts()
    actor_id: int | None = Field(default=None, foreign_key="person.id")
    actor_name: str
    kind: str
    before: str | None = None
    after: str | None = None
    note: str | None = None


class WorkProgrammeItem(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    committee_id: int = Field(foreign_key="committee.id", index=True)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    topic: str
    lead_officer: str | None = None
    actions_arising: str | None = None
    progress: str | None = None
    proposed: bool = False
    source_key: str | None = None


class ActionProgrammeLink(SQLModel, table=True):
    action_id: int = Field(foreign_key="action.id", primary_key=True)
    item_id: int = Field(foreign_key="workprogrammeitem.id", primary_key=True)


class ChannelBinding(SQLModel, table=True):
    """A Slack channel or Teams conversation the bot is in, and the committee it serves.

    For Teams the serialized ConversationReference is kept here, so proactive posts survive
    restarts and work from any instance.
    """

    __table_args__ = (sa.UniqueConstraint("platform", "channel_id"),)

    id: int | None = Field(default=None, primary_key=True)
    committee_id: int | None = Field(default=None, foreign_key="committee.id", index=True)
    platform: str
    channel_id: str
    team_id: str | None = None
    name: str | None = None
    conversation_ref: str | None = None
    enabled: bool = True
    disabled_reason: str | None = None
    created_at: datetime = _ts()


class Delivery(SQLModel, table=True):
    """The reminder ledger: a key is claimed before anything is sent, so each is sent once."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=255)
    kind: str
    committee_id: int | None = Field(default=None, foreign_key="committee.id")
    recipient: str
    claimed_at: datetime = _ts()
    claimed_by: str | None = None
    sent_at: datetime | None = _ts(default=None)
    message_id: str | None = None
    status: str = "claimed"
    attempts: int = 0
    next_attempt_at: datetime | None = _ts(default=None)
    error: str | None = None


class AuditEvent(SQLModel, table=True):
    """Changes to committees and people (an action's own changes are ActionEvents)."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _ts(index=True)
    actor_name: str
    workspace: str = Field(max_length=80, index=True)
    kind: str
    subject: str
    detail: str | None = None


class DeliveryItem(SQLModel, table=True):
    """What one grouped reminder covered: a nudge stage, a pre-meeting reminder, a digest, a warning.

    An item belongs to one message at a time (its key is unique), so it is sent once: a message
    that failed in a retryable way hands its items on to the next message to that recipient.
    """

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=255)
    delivery_id: int = Field(foreign_key="delivery.id", index=True)
    kind: str


class SeenRequest(SQLModel, table=True):
    """Platform delivery ids already handled (Slack retries, Teams redeliveries)."""

    key: str = Field(primary_key=True, max_length=255)
    at: datetime = _ts()
