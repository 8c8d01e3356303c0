"""A council motion worded in the present tense over its points ("This Council resolves to:" over
"• write to the Secretary of State ..."), as motions on notice are printed in the minutes: the
body's decision when the motion carried, and nothing to do when it was lost."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.motions import failed
from minutes.sentence_split import sentences
from minutes.tags import Tag, Tagged

_PRESENT_STEM = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s))[\"“]?(?P<body>(?:this\s+|the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}?"
    r"(?:council|committee|board|cabinet|panel|authority|assembly))\s+(?:therefore\s+|further\s+|also\s+|hereby\s+)?"
    r"(?P<kw>resolves|agrees|decides)(?P<to>\s+(?:that|to))?\s*[:\-–—]\s*[·•]?$",
    re.I,
)
"""The stem, alone or after the motion's other sentences ("This Council notes ... This Council
agrees to:"), in any of the ways it is written ("Council therefore resolves:")."""

_OUTCOME_WITHIN = 8
"""How many lines after its points a motion's outcome is looked for."""


def present_stem(text: str) -> str | None:
    """The stem as the past-tense decision it becomes ("This Council resolved to:"), or None."""
    m = _PRESENT_STEM.search(text)
    return None if m is None else f"{m.group('body')} resolved{m.group('to') or ''}:"


def lost_motion_end(lines: Sequence[Tagged], i: int) -> int | None:
    """Where reading goes on after a present-tense motion at `i` whose outcome says it fell ("Upon
    being put to the vote the Motion was LOST."), or None when it carried or no outcome is told."""
    if lines[i].tag is not Tag.TRIGGER or present_stem(lines[i].text) is None:
        return None
    j = i + 1
    while j < len(lines) and lines[j].tag is Tag.POINT:
        j += 1
    for k in range(j, min(len(lines), j + _OUTCOME_WITHIN)):
        if lines[k].tag in (Tag.HEADING, Tag.TRIGGER):
            return None
        if any(failed(s) and "amendment" not in s.lower() for s in sentences(lines[k].text)):
            return j
    return None
