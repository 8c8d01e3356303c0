"""Who is asking, from where, and when: everything a handler knows besides the command."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from storage.models import CONSOLE, Committee, Person
from storage.read_scope import ReadScope

Download = Callable[[str], Awaitable[bytes]]
"""Fetches a file shared on the platform, by its URL there, with the edge's credentials."""

WorkspaceAdmin = Callable[[], Awaitable[bool]]
"""Asks the platform whether the asker administers their workspace (Slack: users.info
is_admin/is_owner). Only `setup` creating a committee asks."""


@dataclass(frozen=True)
class Context:
    actor: Person | None
    now: datetime
    committee: Committee | None = None
    platform: str = "console"
    channel_id: str | None = None
    is_dm: bool = False
    extras: dict[str, Any] = field(default_factory=dict)
    download: Download | None = None
    workspace: str = ""
    """The asker's workspace (storage/workspaces.py); left empty, the actor's, else the
    committee's, else the console's."""
    ephemeral: bool = False
    """The answer is seen by the asker alone although it is given in a channel (Slack's ephemeral
    replies, the terminal). With `is_dm` it makes the place private (`private`)."""
    workspace_admin: WorkspaceAdmin | None = None
    reader: ReadScope | None = None
    """What this asker may read here; the dispatcher fills it in (handlers/visibility.py)."""

    def __post_init__(self) -> None:
        if self.now.tzinfo is None:
            raise ValueError("Context.now must be tz-aware")
        if not self.workspace:
            derived = (
                self.actor.workspace
                if self.actor is not None
                else self.committee.workspace
                if self.committee is not None
                else CONSOLE
            )
            object.__setattr__(self, "workspace", derived)

    @property
    def private(self) -> bool:
        """Whether only the asker sees the answer: a direct message or an ephemeral reply."""
        return self.is_dm or self.ephemeral

    @property
    def actor_name(self) -> str:
        return self.actor.display_name if self.actor else "someone not yet known to the bot"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.committee.timezone if self.committee else "Europe/London")

    def with_committee(self, committee: Committee | None) -> Context:
        return replace(self, committee=committee)
