"""An "Actions" heading over plain lines, one task each, with no bullet or number to hold them
together ("Purchase a marquee - Rowan", blank, "Stock the bar - Jenni"): the list reader takes the
first line as the heading's one point, and the rest are its entries all the same while each names
who does it."""

from __future__ import annotations

from collections.abc import Sequence

from minutes.action_lines import list_entry_owner
from minutes.list_labels import Points
from minutes.tags import Tag, Tagged

_ENTRY_CHARS = 300


def owned_entries_below(lines: Sequence[Tagged], points: Points, j: int) -> tuple[Points, int]:
    """`points`, one unlabelled entry read up to line `j`, with the entries after it that name their
    owner; unchanged unless the first one names its owner too."""
    if list_entry_owner(points[0][1]) is None:
        return points, j
    found = list(points)
    while j < len(lines):
        t = lines[j]
        if t.tag not in (Tag.NARRATIVE, Tag.POINT) or t.line.bullet or len(t.text) > _ENTRY_CHARS:
            break
        if list_entry_owner(t.text) is None:
            break
        found.append((None, t.text))
        j += 1
    return found, j
