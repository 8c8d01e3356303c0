"""How a reply reaches people outside a conversation: one Notifier per platform.

The scheduler builds platform-neutral replies and hands them to a Notifier; the Slack, Teams and
console edges implement it. Failures are classified so the ledger knows what to do next:
`Retryable` (429, 5xx, timeouts: try again later, after `retry_after` when given) and `Permanent`
(the bot was removed, the channel is gone: disable the target and tell the committee admin).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from handlers.replies import Reply
from storage.models import ChannelBinding, Person


@dataclass(frozen=True)
class Sent:
    message_id: str


class NotifierError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Retryable(NotifierError):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Permanent(NotifierError):
    """The target can't be reached any more (e.g. 403 BotNotInConversationRoster, channel_not_found)."""


class Notifier(Protocol):
    platform: str

    async def post_channel(self, binding: ChannelBinding, reply: Reply) -> Sent: ...

    async def post_direct(self, person: Person, reply: Reply) -> Sent: ...

    def reaches(self, person: Person) -> bool:
        """Whether this platform knows how to reach the person directly."""
        ...
