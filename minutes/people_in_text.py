"""People the minutes name as people though the attendance does not list them: a member of the
public who spoke ("Claire was given permission to address the meeting ... Claire highlighted items
to be purchased. Claire to send quote details to the clerk").

A first name given a task ("Liz to check re crockery") counts only from the attendance, because
"Cabinet to consider" and "Supposed to" read the same way. A word that speaks or acts at the meeting
("Claire highlighted") and never follows an article ("the Harold Hall") names somebody too. Only
the words given a task are looked for, each with a pattern that opens with the word itself."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from minutes.text import Line

_TASKED = re.compile(r"(?-i:([A-Z][a-z]{1,15}))\s+(?:(?:is|are|will)\s+)?to\s+(?-i:[a-z])")
_SAYS = (
    r"\s+(?:also\s+)?(?:said|reported|highlighted|explained|asked|confirmed|suggested|offered|thanked|stated|advised"
    r"|informed|presented|volunteered|undertook|was\s+given|was\s+thanked|has\s+found"
    r"|had\s+(?:spoken|contacted|found|met|written))\b"
)
"""What people do at a meeting: speak, report, offer."""
_ARTICLES = ("the", "The", "a", "A", "an", "An", "this", "This", "our", "Our", "their", "its", "his", "her")


def people_in_text(
    lines: Sequence[Line], known: frozenset[str], may_name: Callable[[str], bool]
) -> frozenset[str]:
    """First names the text shows to be people's, besides `known` (the attendance's); `may_name`
    says which words can be one ("Chair" and "Meeting" cannot). With no attendance to go by, any
    first name given a follow-up is taken already (minutes/people.py)."""
    if not known:
        return frozenset()
    text = "\n".join(line.text for line in lines if " to " in line.text)
    unknown = {m.group(1) for m in _TASKED.finditer(text)} - known
    unknown = {word for word in unknown if may_name(word)}
    if not unknown:
        return frozenset()
    whole = "\n".join(line.text for line in lines)
    return frozenset(word for word in unknown if _speaks(whole, word) and not _after_article(whole, word))


def _speaks(whole: str, word: str) -> bool:
    """Whether `word` speaks or acts at the meeting somewhere."""
    return re.search(rf"{word}(?<![\w'’]{word}){_SAYS}", whole) is not None


def _after_article(whole: str, word: str) -> bool:
    """Whether `word` follows an article anywhere ("the Harold Hall"): a thing's name, not a person's."""
    after = "|".join(rf"(?<=\b{a}\s{word})" for a in _ARTICLES)
    return re.search(rf"{word}(?:{after})(?![\w'’])", whole) is not None
