"""The one message a run sends each recipient: a person's grouped reminder, a channel's post.

A person's message gathers every item due to them in the run (the pre-meeting reminder, stale
nudges, escalations of other people's actions, the weekly digest, warnings) into sections, each
action shown once, in its most pressing section: due at the next meeting, overdue, needing an
update, escalated to you (by owner), this week. Built from the tick's `State` alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from handlers.replies import ActionList, Group, Multi, Notice, Reply
from handlers.views import when
from scheduler import compose
from scheduler.model import ActionRow, PlannedItem, Section, State

TITLES = {
    Section.due: "due at the next meeting",
    Section.overdue: "overdue",
    Section.update: "needing an update",
    Section.escalated: "escalated to you",
    Section.week: "this week",
}


def person_message(state: State, items: Sequence[PlannedItem]) -> Reply:
    """The grouped message for one person from their items still to send."""
    best: dict[int, tuple[Section, int]] = {}
    for item in items:
        for section, group, action_id in item.placements:
            known = best.get(action_id)
            if known is None or section < known[0]:
                best[action_id] = (section, group)
    rows = _rows(state)
    grouped: dict[tuple[Section, int], list[ActionRow]] = defaultdict(list)
    for action_id, where in best.items():
        row = rows.get(action_id)
        if row is not None:
            grouped[where].append(row)
    groups: list[Group] = []
    counts: dict[Section, int] = defaultdict(int)
    for (section, group), actions in sorted(grouped.items(), key=lambda kv: _order(state, kv[0])):
        actions.sort(key=lambda a: a.id)
        counts[section] += len(actions)
        groups.append(Group(_heading(state, section, group), tuple(compose.view(a, state) for a in actions)))
    warnings = [item.warning for item in items if item.warning]
    first = items[0].committee_id if items else None
    tz = state.policies[first].tz if first in state.policies else None
    day = state.now.astimezone(tz) if tz is not None else state.now
    summary = ", ".join(f"{n} {TITLES[s]}" for s, n in sorted(counts.items()))
    title = f"Your reminders for {day:%A} {day.day} {day:%B}" + (f": {summary}" if summary else "")
    if not groups:
        return Notice("\n\n".join(warnings)) if warnings else ActionList(title=title, groups=())
    listing = ActionList(title=title, groups=tuple(groups), empty="Nothing is due.")
    if not warnings:
        return listing
    return Multi((listing, Notice("\n\n".join(warnings))))


def channel_message(items: Sequence[PlannedItem]) -> Reply:
    """A channel's post: its pre-meeting reminders of the run (one, unless two meetings' fall due)."""
    parts = [item.channel_reply() for item in items if item.channel_reply is not None]
    return parts[0] if len(parts) == 1 else Multi(tuple(parts))


def _rows(state: State) -> dict[int, ActionRow]:
    if len(state.by_id) < len(state.actions):  # it holds more while digests are sent
        state.by_id.update((a.id, a) for a in state.actions)
    return state.by_id


def _order(state: State, where: tuple[Section, int]) -> tuple[int, float, str]:
    section, group = where
    if section is Section.due:
        meeting = state.meetings.get(group)
        return (section, meeting.starts_at.timestamp() if meeting else 0.0, "")
    if section is Section.escalated:
        person = state.people.get(group)
        return (section, 0.0, person.display_name if person else "~")
    return (section, 0.0, "")


def _heading(state: State, section: Section, group: int) -> str:
    if section is Section.due:
        meeting = state.meetings.get(group)
        if meeting is None:
            return "Due at the next meeting"
        committee = state.committees[meeting.committee_id]
        tz = state.policies[meeting.committee_id].tz
        days = (meeting.starts_at.astimezone(tz).date() - state.now.astimezone(tz).date()).days
        in_days = "today" if days <= 0 else "tomorrow" if days == 1 else f"in {days} days"
        return f"Due at the {committee.name} meeting {in_days} ({when(meeting.starts_at, tz, time=True)})"
    if section is Section.overdue:
        return "Overdue"
    if section is Section.update:
        return "Needing an update"
    if section is Section.escalated:
        person = state.people.get(group) if group else None
        owner = person.display_name if person is not None else "no owner"
        return f"Escalated to you — {owner}: no update despite reminders"
    return "This week: your other open actions"
