"""Items of minutes run into one paragraph, as a PDF's text layer or a document mirror gives them
("160 Apologies for Absence RESOLVED that ... 161 Requests for dispensation No requests received
162 Minutes of Meeting RESOLVED that ..."): the numbers that count up one by one mark where each
item starts, and each is given its own paragraph, so a decision ends where its item does."""

from __future__ import annotations

import re

_LONG = 300
"""A line shorter than this holds one item at most."""
_NUMBER = re.compile(
    r"(?<!\S)(?P<n>\d{1,4})\.?\s+(?=[A-Z])"
    r"(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\b)"
)
"""A number before a capitalised word that is not a month ("161 Requests", not "5 September")."""
_FEWEST = 3
"""Three numbers in a row: two could be a count and a day; three that count up are items."""


def split_run_on_items(line: str) -> str:
    """The line with a blank line before each item number of the longest run counting up by one,
    when that run is long enough; the line unchanged otherwise."""
    if len(line) < _LONG:
        return line
    ending: dict[int, tuple[int, int]] = {}  # number -> (longest run ending with it, its index in starts)
    starts: list[int] = []
    back: list[int] = []
    best = (0, -1)
    for m in _NUMBER.finditer(line):
        n = int(m.group("n"))
        length, before = ending.get(n - 1, (0, -1))
        starts.append(m.start())
        back.append(before)
        here = (length + 1, len(starts) - 1)
        if here[0] > ending.get(n, (0, -1))[0]:
            ending[n] = here
        if here[0] > best[0]:
            best = here
    if best[0] < _FEWEST:
        return line
    at = best[1]
    cuts: list[int] = []
    while at >= 0:
        cuts.append(starts[at])
        at = back[at]
    cuts = [c for c in reversed(cuts) if c > 0]
    parts, last = [], 0
    for at in cuts:
        parts.append(line[last:at].rstrip())
        last = at
    parts.append(line[last:])
    return "\n\n".join(p for p in parts if p)
