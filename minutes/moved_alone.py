"""A motion moved by one member with no seconder, as Canadian councils minute it: "Motion 233/2024
Moved by Councillor Eastman, “THAT the report be accepted as information.”" over "Carried". The
clause is the decision when the line after it says it carried; a page may run the motion on after the
item's title ("a) Delegation – 2024 Annual Report Motion 233/2024 Moved by ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.motions import MOVER_NAME
from minutes.tags import Hit, Tag, Tagged
from minutes.text import Line

_MOVED_ALONE = re.compile(
    r"(?:^|(?<=\s))(?:motion\s+(?:no\.?\s*|#\s*)?\d[\d/#-]*\s+)?moved\s+by\s+"
    rf"{MOVER_NAME}\s*[,:;]?\s*[“\"]?(?P<clause>(?-i:THAT|That)\s+\S.*)$",
    re.I,
)
_CLOSING_QUOTE = re.compile(r"[”\"]\s*$")
_LOOK_AHEAD = 3
"""Lines between the motion and the word that says it carried (a page break, a note of who voted)."""


def moved_alone(line: Line) -> Hit | None:
    if "oved by" not in line.text or "second" in line.text.lower() or line.bullet:
        return None
    m = _MOVED_ALONE.search(line.text)
    if m is None:
        return None
    clause = _CLOSING_QUOTE.sub("", m.group("clause")).strip()
    return Hit(kind="motion", rest=clause, before=line.text[: m.start()].strip(), text=line.text[m.start() :])


def moved_alone_carried(lines: Sequence[Tagged], i: int) -> bool:
    """Whether an outcome line just below the motion says it carried ("Carried", "CARRIED
    UNANIMOUSLY"); one that says it was defeated, or none at all, leaves it unresolved."""
    for j in range(i + 1, min(len(lines), i + 1 + _LOOK_AHEAD)):
        t = lines[j]
        if t.rule == "outcome_line":
            return t.hit.kind != "lost"
        if t.tag in (Tag.HEADING, Tag.MOTION, Tag.TRIGGER):
            return False
    return False
