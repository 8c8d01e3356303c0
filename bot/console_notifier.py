"""A Notifier that writes reminders as text: to the terminal chat, or to the log.

It reaches everyone, so it is also the fallback when no chat platform is configured (`committee-bot
remind` without credentials, `serve` before a Slack or Teams edge is mounted).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from bot.render_text import render
from handlers.replies import Reply
from scheduler.notifier import Sent
from storage.models import ChannelBinding, Person

log = logging.getLogger(__name__)


class ConsoleNotifier:
    def __init__(self, say: Callable[[str], None], *, platform: str = "console") -> None:
        self.say = say
        self.platform = platform
        self._ids = itertools.count(1)

    def _id(self) -> str:
        return f"{self.platform}-{next(self._ids)}"

    async def post_channel(self, binding: ChannelBinding, reply: Reply) -> Sent:
        where = binding.name or binding.channel_id
        if binding.platform != self.platform:
            where += f" ({binding.platform})"
        self.deliver(f"in {where}", reply)
        return Sent(self._id())

    async def post_direct(self, person: Person, reply: Reply) -> Sent:
        self.deliver(f"to {person.display_name}", reply)
        return Sent(self._id())

    def deliver(self, to: str, reply: Reply) -> None:
        """`to`: "to Tom Reed" or "in #asc"."""
        self.say(f"\n[reminder {to}]\n{render(reply)}")

    def reaches(self, person: Person) -> bool:
        return True


def log_notifier() -> ConsoleNotifier:
    """Reminders written to the log at INFO, when there is nowhere else to send them."""
    return ConsoleNotifier(lambda text: log.info("%s", text), platform="log")
