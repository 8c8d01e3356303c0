"""What a button on a message stands for: the same command whichever platform drew it.

Block Kit and Adaptive Cards carry a button's kind (`ButtonKind`) and the action's reference; the
edges read those back and ask here for the command, so a button can't mean one thing in Slack
and another in Teams.
"""

from __future__ import annotations

from datetime import timedelta

from handlers import commands as c
from handlers.replies import ButtonKind
from storage.clean_text import clean

ONE_WEEK = timedelta(weeks=1)


def button_command(kind: ButtonKind, ref: str, *, note: str = "") -> c.Command:
    """The command a button (or the update form it opens, with its `note`) stands for."""
    if kind is ButtonKind.done:
        return c.Done(ref=ref)
    if kind is ButtonKind.update:
        return c.Update(ref=ref, note=clean(note))
    if kind is ButtonKind.snooze_week:
        return c.Snooze(ref=ref, until=c.SnoozeUntil.period, period=ONE_WEEK)
    if kind is ButtonKind.snooze_meeting:
        return c.Snooze(ref=ref, until=c.SnoozeUntil.next_meeting)
    if kind is ButtonKind.confirm:
        return c.ReviewChange(verb=c.ReviewVerb.confirm, ref=ref)
    return c.ReviewChange(verb=c.ReviewVerb.discard, ref=ref)
