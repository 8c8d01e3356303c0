"""The people a document names in its attendance, so a task given to a first name alone
("Carol to turn these notes into a blog post.") can be told from a title ("Request to install a
bench", "Motion to adopt the policy"): only a first name of somebody present is an actor."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.text import Line

_ATTENDANCE = re.compile(
    r"^(?:(?:members\s+|directors\s+|trustees\s+|also\s+)?present|attendees|attendance|in\s+attendance"
    r"|(?:board\s+|staff\s+|committee\s+|[A-Z]{2,5}\s+)?(?:attendees|participants|members\s+present)"
    r"|participants|apologies(?:\s+for\s+absence)?|attending|invited|guests)\b\s*[:\-–—]?\s*(?P<rest>.*)$",
    re.I,
)
_FULL_NAME = re.compile(
    r"(?<![\w'’-])(?-i:[A-Z][a-z]{1,15})(?=\s+(?-i:[A-Z])(?:[a-z'’-]|\.\s*[A-Z])[\w'’-]*)"
)
"""The first word of "Carol Diaz" or "Carol A. Diaz"."""
_NAME_LINE = re.compile(r"^(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*(?:[(,–—-].{0,60})?)$")
"""A line of an attendance list set one name a line ("Carol Diaz (Chair)")."""
_ACTS = re.compile(
    r"^(?P<who>(?-i:[A-Z][a-z]{1,15}))\s+(?:(?:is|will)\s+)?to\s+(?:also\s+|then\s+)?"
    r"(?!(?:be|the|a|an|this|that|these|date|have)\b)(?-i:[a-z][a-z-]+)\b\s+\S"
)


def first_names(lines: Sequence[Line]) -> frozenset[str]:
    """First names of the people in the attendance ("Present: Alice Park, Ben Ode"), on its
    own line or set one a line under an "Attendees" heading."""
    names: set[str] = set()
    under = 0
    for line in lines:
        text = line.text.lstrip("# ")
        m = _ATTENDANCE.match(text) if len(text) < 2000 else None
        if m is not None:
            names.update(_FULL_NAME.findall(m.group("rest")))
            under = 30
            continue
        if under and len(text) <= 80 and _NAME_LINE.match(text):
            names.update(_FULL_NAME.findall(text))
            under -= 1
        else:
            under = 0
    return frozenset(names)


def named_action(text: str, names: frozenset[str]) -> str | None:
    """Who a line gives a task to by first name ("Carol to turn these notes into a post"), when
    that first name is somebody in the attendance."""
    if not names:
        return None
    m = _ACTS.match(text)
    if m is None or m.group("who") not in names:
        return None
    return m.group("who")
