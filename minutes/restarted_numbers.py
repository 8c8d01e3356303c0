"""Numbered items whose every number reads "1.": a word processor's list saved as a web page or as
text, where each item became a list of its own, and markdown, where "1." on every line is the usual
way to write a numbered list. The items are numbered again in order, so each is read as the next
item and not as the same item again or as a point of a list."""

from __future__ import annotations

import re

_ONE = re.compile(r"^(?P<indent>[ \t]*)1\.(?=[ \t]+\S)", re.M)
_TWO = re.compile(r"^[ \t]*2\.[ \t]+\S", re.M)
_OPENS_POINTS = re.compile(r"[:\-–—]\s*$")
"""A line that opens a list ("RESOLVED:", "That -"): a "1." under it is the first point of its own
list, which may well be the only one."""
_FEWEST = 3


def renumber_restarted(text: str) -> str:
    """`text` with its "1." items numbered 1, 2, 3 ..., when three or more items each read "1." at
    the same indentation and no line is numbered "2."; unchanged otherwise."""
    if text.count("1.") < _FEWEST or _TWO.search(text):
        return text
    found = [m for m in _ONE.finditer(text) if not _OPENS_POINTS.search(_line_before(text, m.start()))]
    indents = {m.group("indent") for m in found}
    if len(found) < _FEWEST or len(indents) != 1:
        return text
    out: list[str] = []
    last = 0
    for number, m in enumerate(found, start=1):
        out.append(text[last : m.start()])
        out.append(f"{m.group('indent')}{number}.")
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _line_before(text: str, at: int) -> str:
    """The last line with text before position `at` (looking back a few lines only, so a long list
    costs no more than its own lines)."""
    end = text.rfind("\n", 0, at)
    for _ in range(6):
        if end < 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            return line
        end = start - 1
    return ""
