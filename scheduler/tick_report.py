"""What one tick did, by message and item key: what `remind` prints and the tests read."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TickReport:
    planned: int = 0
    """Items due (each one message's part)."""
    sent: list[str] = field(default_factory=list)
    """Keys of the messages sent."""
    covered: list[str] = field(default_factory=list)
    """Keys of the items those messages carried."""
    retrying: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    busy: list[str] = field(default_factory=list)
    """Recipients whose message waits: an item held by another instance, or waiting for its retry."""
    unroutable: list[str] = field(default_factory=list)
    """Recipients no configured notifier can reach (e.g. a Slack channel while Slack is not set up)."""
    unreachable: list[str] = field(default_factory=list)
    """Items recorded as skipped: the person has no account on any platform."""
