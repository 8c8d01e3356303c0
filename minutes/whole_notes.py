"""A note whose only decision is its closing sentence, when that sentence cannot stand without the
ones before it: the whole note is the decision."""

from __future__ import annotations

from minutes.bare_tasks import bare_task
from minutes.planning_views import answers_applications_before

_NOTE_CHARS = 250
"""A short note closed by a bare task ("Drain blocked in Buckland Drive, manhole cover cracked. To
report.") is the task with what it is about."""


def closed_by_its_decision(paragraph: str, said: list[str], decisions: list[str]) -> bool:
    """Whether the note's one decision, its last sentence, is a bare task or a planning answer that
    points back at the applications listed before it ("Both applications to be recommended for
    approval.")."""
    if not said or decisions != [said[-1]]:
        return False
    last = said[-1]
    return (bare_task(last) and len(paragraph) <= _NOTE_CHARS) or (
        answers_applications_before(last) and len(paragraph) <= 2 * _NOTE_CHARS
    )
