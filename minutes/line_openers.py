"""Lines that open something of their own though the line above has no full stop: a listed planning
application, a motion, the mover and seconder over a resolution whose label a page lost, and what
ends an action-log entry. minutes/text.py asks these when it joins wrapped lines back into
paragraphs."""

from __future__ import annotations

import re

from minutes.name_words import NOT_A_NAME, may_be_first_name
from minutes.request_words import FOLLOW_UP_VERB

LISTED_APPLICATION = re.compile(r"^(?:[A-Z]{1,3}/)?\d{2,4}/\d{3,6}/[A-Z]{2,6}\b|^[A-Z]{1,3}/\d{4}/\d{3,6}\b")
"""A planning application's full reference opening a line ("19/01961/FUL Single storey extension",
"WL/2024/00861"): the next application of a list, whose answer above had no full stop ("No objection")."""


MOTION_OPENS = re.compile(
    r"^(?:motion\s+(?:was\s+)?(?:made\s+)?by|moved\s+by|it\s+was\s+moved\s+by)\s+\S", re.I
)
"""A motion opens its own line ("1. Town Attorney re the impact statement" over "Motion by Supervisor
Clark, seconded by ..."), though the item's title above it has no full stop."""


STATE_END = re.compile(
    r"\b(?-i:COMPLETED?|ONGOING|CLOSED|DONE|CHASE(?: UP)?|NO REPLY|OUTSTANDING|PENDING)\s*\.?$"
    r"|\s[-–]\s*(?i:complete[d]?|done|closed)\s*\.?$"
)
"""An action-log entry ends with its state in capitals ("... COMPLETED"): what follows is not its text."""


MOVED_AND = re.compile(
    r"\b(?:moved|proposed)\s+by\s+[^;]{2,80}?,?\s+seconded\s+by\s+[^;]{2,80}?,?\s+and$|^seconded\s+by\s+[^;]{2,80}?,?\s+and$",
    re.I,
)
"""A motion's mover and seconder over the resolution, whose bold "RESOLVED" a web page lost ("It was
moved by Councillor Sayers, seconded by Councillor Grace and" / "That ..."): the resolution is not the
rest of their sentence; nor where the mover stands on a line of their own above ("Proposed by Councillor
Quinn" / "Seconded by Councillor Burton and" / "Resolved That ...")."""


_NAMED_TASK = re.compile(
    r"^(?P<who>(?-i:[A-Z][a-z]{1,15})(?:\s*(?:,|&|/|\+|\band\b)\s*(?-i:[A-Z][a-z]{1,15}))*)"
    r"\s+(?:(?:is|are|will)\s+)?to\s+(?:also\s+)?"
    rf"(?:(?!(?:be|the|a|an|this|that|these|date|have|do)\b)(?-i:[a-z][a-z-]+)\s+\S|(?i:{FOLLOW_UP_VERB}))"
)
_ROLES = frozenset(["Clerk", "Chair", "Chairman", "Treasurer", "Secretary"])


def opens_named_task(body: str, tail: str) -> bool:
    """A notes-style line giving somebody a task by first name or role ("Liz to send rent reminders"
    over "Jill to purchase refreshments", "Clerk to contact Highways"): one task a line, though none
    ends with a full stop. Not where the line above ends on a title ("Mr" / "Jones to check") or a
    word a name completes ("Parish" / "Clerk to write")."""
    m = _NAMED_TASK.match(body)
    if m is None:
        return False
    who = re.split(r"\s*(?:,|&|/|\+|\band\b)\s*", m.group("who"))
    if not all(w in _ROLES or may_be_first_name(w) for w in who):
        return False
    last = tail.rsplit(None, 1)[-1].rstrip(".") if tail.strip() else ""
    return last not in NOT_A_NAME and last not in _ROLES
