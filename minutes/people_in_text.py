"""People the minutes name as people though the attendance does not list them: a member of the
public who spoke ("Claire was given permission to address the meeting ... Claire to send quote
details to the clerk"), or a member listed under another form of her name ("Present: Elizabeth
Hassall" and "Liz, Jill and Keith to confirm at the next committee meeting").

A first name given a task ("Liz to check re crockery") counts only from the attendance, because
"Cabinet to consider" and "Supposed to" read the same way; these are the other places a name shows
that it names somebody."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from minutes.text import Line

_SAYS = re.compile(
    r"(?<![\w'’])(?-i:([A-Z][a-z]{1,15}))\s+(?:also\s+)?(?:said|reported|highlighted|explained|asked|confirmed|suggested"
    r"|offered|thanked|stated|advised|informed|presented|volunteered|undertook|was\s+given|was\s+thanked|has\s+found"
    r"|had\s+(?:spoken|contacted|found|met|written))\b"
)
"""A word that does what people do at a meeting: speaks, reports, offers."""
_LISTED = re.compile(
    r"(?<![\w'’])(?-i:[A-Z][a-z]{1,15})(?:\s*,\s*(?-i:[A-Z][a-z]{1,15}))*\s+(?:and|&)\s+(?-i:[A-Z][a-z]{1,15})"
    r"\s+(?:(?:is|are|will)\s+)?to\s"
)
"""Names listed together for a task ("Liz, Jill and Keith to confirm"): one known name vouches for the rest."""
_WORD = re.compile(r"(?-i:[A-Z][a-z]{1,15})")
_ARTICLE_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|our|their|its|his|her)\s+(?-i:([A-Z][a-z]{1,15}))\b", re.I
)


def people_in_text(
    lines: Sequence[Line], known: frozenset[str], may_name: Callable[[str], bool]
) -> frozenset[str]:
    """First names the text shows to be people's, besides `known` (the attendance's); `may_name`
    says which words can be one ("Chair" and "Meeting" cannot). With no attendance to go by, any
    first name given a follow-up is taken already (minutes/people.py)."""
    if not known:
        return frozenset()
    found: set[str] = set()
    articled: set[str] = set()
    for line in lines:
        text = line.text
        articled.update(m.group(1) for m in _ARTICLE_BEFORE.finditer(text))
        found.update(m.group(1) for m in _SAYS.finditer(text))
        for listed in _LISTED.finditer(text):
            names = _WORD.findall(listed.group(0))
            if any(name in known for name in names):
                found.update(names)
    return frozenset(n for n in found if n not in known and n not in articled and may_name(n))
