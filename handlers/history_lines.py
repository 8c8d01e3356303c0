"""An action's history as the card shows it: each event in words, times in the committee's clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.replies import HistoryLine
from handlers.views import when
from storage import history_reads as reads


def history_lines(events: Sequence[reads.EventLine], tz: ZoneInfo) -> tuple[HistoryLine, ...]:
    return tuple(
        HistoryLine(
            at=when(ev.at, tz, time=True),
            actor=ev.actor_name,
            what=_describe(ev.kind, _human(ev.before, tz), _human(ev.after, tz), ev.note),
        )
        for ev in events
    )


def _human(value: str | None, tz: ZoneInfo) -> str | None:
    """A time stored as ISO text (as snoozes once were) shown as people write it."""
    if value is None or len(value) < 16 or "T" not in value:
        return value
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return value
    return when(at, tz, time=True) if at.tzinfo is not None else value


def _describe(kind: str, before: str | None, after: str | None, note: str | None) -> str:
    change = f" ({before or '-'} \u2192 {after or '-'})" if before or after else ""
    if kind == "create":
        change = f" as {after}" if after else ""
    text = f"{kind}{change}"
    return f"{text}: {note}" if note else text
