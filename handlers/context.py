"""Who is asking, from where, and when: everything a handler knows besides the command."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from storage.models import Committee, Person

Download = Callable[[str], Awaitable[bytes]]
"""Fetches a file shared on the platform, by its URL there, with the edge's credentials."""


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

    def __post_init__(self) -> None:
        if self.now.tzinfo is None:
            raise ValueError("Context.now must be tz-aware")

    @property
    def actor_name(self) -> str:
        return self.actor.display_name if self.actor else "someone not yet known to the bot"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.committee.timezone if self.committee else "Europe/London")

    def with_committee(self, committee: Committee | None) -> Context:
        return replace(self, committee=committee)
