"""Action lines and action logs: "ACTION: Chief Executive" under a decision, "Action: Clerk to
write to the owner", and a numbered list under an "Actions" heading whose entries carry their
state ("[closed]", "[On Hold]") and owner ("[new for Dana Lee]")."""

from __future__ import annotations

import re

ACTION_LOG_TITLE = re.compile(
    r"^(?:agreed\s+|outstanding\s+|new\s+)?actions?(?:\s+(?:log|list|points?|tracker|agreed|arising|update"
    r"|from\s+(?:the\s+)?(?:last|previous)\s+meeting))?\s*:?$",
    re.I,
)
"""The heading of an action log: "Actions", "Action log", "Actions from the last meeting"."""
NAME_ONLY = re.compile(r"^(?:(?:[A-Z][\w'’.-]*|of|and|&|the|for)\s*,?\s*){1,7}$")
"""What follows "ACTION:" when it names only who acts ("ACTION: Chief Executive")."""
_CLOSED = re.compile(
    r"[\[(]\s*(?:closed|complete[d]?|done|finished|discharged|superseded|withdrawn|cancell?ed)\s*[\])]"
    r"|(?:,|\s[-–—:])\s*(?:closed|complete[d]?|done|discharged|superseded|withdrawn|cancell?ed)\s*\.?$"
    r"|\b(?-i:CLOSED|COMPLETED?|DONE|DISCHARGED|SUPERSEDED|WITHDRAWN|CANCELL?ED)\s*\.?$",
    re.I,
)
"""An entry's state when the log marks it done: "[closed]", "- Complete", ", done - CLOSED."; an
open state ("ONGOING", "[On Hold]", "NEW", "IN PROGRESS") leaves the task to do."""
_FOR = re.compile(
    r"[\[(]\s*(?:new\s+)?(?:for|owner\s*:?|lead\s*:?)\s+(?P<who>[^\[\]()]{2,60}?)\s*[\])]", re.I
)


def names_only(rest: str) -> bool:
    return bool(rest) and NAME_ONLY.match(rest) is not None and len(rest.split()) <= 6


def closed(entry: str) -> bool:
    """An entry the log marks done: nothing is left to do."""
    return _CLOSED.search(entry) is not None


def entry_owner(entry: str) -> str | None:
    """Who an entry is for, from its tag ("[new for Dana Lee/SIG leads]"); "members" alone is the
    body's own members, named in the entry's text instead."""
    m = _FOR.search(entry)
    if m is None:
        return None
    who = m.group("who").strip()
    return None if who.lower() in ("members", "all", "all members") else who
