"""Action lines and action logs: "ACTION: Chief Executive" under a decision, "Action: Clerk to
write to the owner", and a list under an "Actions" / "Action items" / "Next steps" heading whose
entries carry their state ("[closed]", "[On Hold]") and owner ("[new for Dana Lee]", "Dana Lee:
send the figures", "Dana Lee and Ravi Shah to draft the leaflet")."""

from __future__ import annotations

import re

from minutes.actors import ACTOR_TO
from minutes.sentence_split import sentences

ACTION_LOG_TITLE = re.compile(
    r"^(?:(?:agreed\s+|outstanding\s+|new\s+)?actions?(?:\s+(?:log|list|items?|points?|tracker|agreed|arising|summary"
    r"|update|from\s+(?:the\s+)?(?:last|previous|this)\s+meeting))?|next\s+steps"
    r"|(?:assigned|agreed|new|open|outstanding)\s+tasks|tasks\s+(?:assigned|agreed|allocated))\s*:?$",
    re.I,
)
"""The heading of an action log: "Actions", "Action log", "Action items", "Action summary", "Next steps",
"Assigned tasks"."""
LOG_IN_TITLE = re.compile(
    r"\baction\s+(?:points?|log|list|items?|tracker|sheet)\b|\bactions?\s+(?:from|arising)\b"
    r"|\b(?:review|schedule|update|register)\s+(?:of|on)\s+(?:outstanding\s+|previous\s+)?actions\b|\boutstanding\s+actions\b"
    r"|\bactions?\s+register\b",
    re.I,
)
"""An item that reviews its action points, whatever else its title says ("Matters arising and action
points", "Review of outstanding actions", "Register of Actions"): the list under it is the log, after any
narrative."""
LOG_ENTRY_LINE = re.compile(
    r"^(?-i:[A-Z]{2,3})(?:\s*(?:,|and|&)\s*(?-i:[A-Z]{2,3}))*,?\s+(?:to\s+\w|update\b)"
    r"|^[^.]{3,100}?\s[-–]\s+(?:complete[d]?|done|closed|ongoing|in\s+progress|still\b|awaiting|open|on\s+hold"
    r"|not\s+(?:yet|necessary|required|needed))",
    re.I,
)
"""An entry of such a log written as a plain line: initials and their task ("BE to sign the Code of
conduct - still in progress"), or a task with its state after a dash ("Map of defib units to be
obtained – Not necessary ...")."""
ENTRY_REF = re.compile(r"^(?:\d{1,4}/\d{1,4}|[A-Z]{1,3}\d{1,4})\.?\s+(?=\S)")
"""A log entry's reference ("17/06.", "AP14")."""
NAME_ONLY = re.compile(r"^(?:(?:[A-Z][\w'’.-]*|of|and|&|the|for)\s*[,/]?\s*){1,7}$")
"""What follows "ACTION:" when it names only who acts ("ACTION: Chief Executive")."""
_CLOSED = re.compile(
    r"[\[(]\s*(?:closed|complete[d]?|done|finished|discharged|superseded|withdrawn|cancell?ed)\s*[\])]"
    r"|(?:,|\s[-–—:])\s*(?:closed|complete[d]?|done|discharged|superseded|withdrawn|cancell?ed)\s*\.?$"
    r"|\s[-–—:]\s*(?:not\s+(?:necessary|required|needed)|no\s+longer\s+(?:required|needed)|no\s+further\s+action)\b"
    r"|\s(?-i:Action|ACTION)(?:\s*[:\-–]\s*|\s+)(?:now\s+)?(?:closed|complete[d]?|done)\s*\.?$"
    r"|\b(?:this|the|that)\s+(?:action|item|entry)\s+(?:could|can|should|would|to)\s+(?:now\s+)?be\s+"
    r"(?:closed|removed\s+from\s+the\s+(?:action\s+)?(?:tracker|log|list|register))\b"
    r"|\b(?-i:CLOSED|COMPLETED?|DONE|DISCHARGED|SUPERSEDED|WITHDRAWN|CANCELL?ED)\b"
    r"(?![^.]*\b(?-i:ONGOING|CHASE|OUTSTANDING|PENDING|OPEN|IN\s+PROGRESS)\b)",
    re.I,
)
"""An entry's state when the log marks it done: "[closed]", "- Complete", ", done - CLOSED.", "Action –
The Clerk Action complete.", "APPROVED the revised policy. Action: Complete",
"COMPLETED – NO REPLY", "It was agreed that this action could be removed from the tracker"; an open state ("ONGOING", "[On Hold]", "NEW", "IN PROGRESS", "COMPLETED
... CHASE") leaves the task to do."""
_FOR = re.compile(
    r"[\[(]\s*(?:new\s+)?(?:for|owner\s*:?|lead\s*:?)\s+(?P<who>[^\[\]()]{2,60}?)\s*[\])]", re.I
)


_ELSEWHERE = re.compile(
    r"^(?:please\s+)?(?:see|refer\s+to|as\s+per)\s+(?:the\s+)?(?:attached|separate|appendix|below|above|online"
    r"|action\s+(?:item\s+|point\s+)?(?:log|register|list|tracker|sheet)|actions?\s+(?:log|register|list|tracker))\b[^.;]{0,60}\.?$",
    re.I,
)


def kept_elsewhere(entry: str) -> bool:
    """ "See action item register." under an "Action items" heading: the actions are kept in another
    document, and the line names none."""
    return _ELSEWHERE.match(entry) is not None


def names_only(rest: str) -> bool:
    """Whether an "Action:" label names who acts and nothing else ("ACTION: Chief Executive"); an
    outcome in capitals ("Action: Approved Action Summary Minutes.") names nobody."""
    return (
        bool(rest)
        and NAME_ONLY.match(rest) is not None
        and len(rest.split()) <= 6
        and not _VOTE_ITEM.match(rest)
        and not _OUTCOME_TOLD.match(rest)
    )


_CHECKBOX = re.compile(r"^\[(?P<done>[ xX✓✔]?)\]\s*")
"""A task list's box ("- [ ] Dana Lee: send ...", "- [x] ..."), ticked when the task is done."""


DONE = re.compile(r"^(?:closed|complete[d]?|done|finished|discharged)\.?$", re.I)
"""A state where a name would stand ("Action: Complete" under a decision log's entry): it is done."""


def closed(entry: str) -> bool:
    """An entry the log marks done: nothing is left to do."""
    box = _CHECKBOX.match(entry)
    if box is not None and box.group("done").strip():
        return True
    return _CLOSED.search(entry) is not None


def entry_owner(entry: str) -> str | None:
    """Who an entry is for, from its tag ("[new for Dana Lee/SIG leads]"); "members" alone is the
    body's own members, named in the entry's text instead."""
    m = _FOR.search(entry)
    if m is None:
        return None
    who = m.group("who").strip()
    return None if who.lower() in ("members", "all", "all members") else who


_NAME = r"(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})"
_LEAD_OWNER = re.compile(
    rf"^(?P<who>{_NAME}(?:\s*(?:,|&|/|\band\b)\s*{_NAME}){{0,4}})"
    r"(?:\s*:\s+(?=(?-i:[A-Z][a-z]+)\s+(?-i:[a-z]))|\s*:\s+|\s+(?:(?:is|are|will)\s+)?to\s+(?!(?:be|the|a|an|this|that|these|date)\b))"
    r"(?=(?-i:[a-z])|(?-i:[A-Z][a-z]+)\s+(?-i:[a-z]))",
)
"""An entry of an action list that opens with who acts: "Dana Lee: send the figures", "Ravi and
Dana Lee: draft the leaflet", "Geoff: Put the link up", "Ravi to book the hall" (under the heading, a
first name is enough)."""
_NOT_WHO = re.compile(
    r"^(?:note|notes|update|status|owner|due|deadline|progress|action|actions|outcome|decision|comment|comments"
    r"|response|reply|question|answer|result|topic|item|agenda|summary|background|proposal|request|ongoing"
    r"|complete[d]?|closed|open|new|done|next|tbc|n/?a|all|everyone|members?)\b",
    re.I,
)


_FIRST_NAME = r"(?:(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z])[a-z]*\.?)?|(?-i:[A-Z]{2,4}))"
_TRAILING_NAMES = re.compile(
    rf"\s\((?P<who>{_FIRST_NAME}(?:\s*(?:,|&|/|\band\b)\s*{_FIRST_NAME}){{0,5}})\)\s*\.?\s*$"
)
"""Who an entry of an action list is for, in brackets at its end, by first name or initials as a
board or group writes it: "Report back with a camera policy proposal (Craig, Laria, Mike G.,
Dustin)", "Create a proposal for email simplification (James & Craig)"."""


_DASHED_NAMES = re.compile(
    rf"\s[-–—]\s*(?P<who>{_FIRST_NAME}(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    rf"(?:\s*(?:,|&|/|\band\b)\s*{_FIRST_NAME}(?:\s+(?-i:[A-Z])[\w'’-]+)?){{0,4}})\s*\.?\s*$"
)
"""Who an entry of an action list is for, after a dash at its end: "Purchase a marquee - Rowan",
"Ask Mr Wilson to help with the bands - Vicky and Jenni", "get quote for repair – Rich Roper"."""


def trailing_names(entry: str) -> str | None:
    if entry.endswith((")", ").")):
        m = _TRAILING_NAMES.search(entry)
    elif " - " in entry or "– " in entry or "— " in entry:
        m = _DASHED_NAMES.search(entry)
        if m is not None and _TOPIC_END.search(m.group("who")):
            return None
    else:
        return None
    if m is None or _NOT_WHO.match(m.group("who")) or len(entry[: m.start()].split()) < 2:
        return None
    return m.group("who")


_DASH_OWNER = re.compile(rf"^(?P<who>{_NAME}(?:\s*(?:&|/|\band\b)\s*{_NAME})?)\s+[-–—]\s+(?=\w)")
"""An action given as "Paul – Balance sheet to be placed on the website", "James McQ – these are
obtained through the league": a name, a dash, the task."""
_TOPIC_END = re.compile(r"(?:ing|tion|sion|ment|ness|ity|ance|ence|ship|ies|age|ures?|ers)$")
"""Endings of a topic's noun ("Fencing – ...", "Maintenance – ..."), rare in names."""


def lead_owner(entry: str) -> str | None:
    """Who an action-list entry names first, before a colon, "to" or a dash ("Dana Lee: send ...")."""
    box = _CHECKBOX.match(entry)
    rest = entry[box.end() :] if box else entry
    m = _LEAD_OWNER.match(rest)
    if m is None:
        m = _DASH_OWNER.match(rest)
        if m is not None and _TOPIC_END.search(m.group("who")):
            return None
    if m is None or _NOT_WHO.match(m.group("who")):
        return None
    return m.group("who").strip()


_VOTE_ITEM = re.compile(
    r"^(?:to\s+)?(?:approve|adopt|accept|ratify|confirm|receive|note|elect|appoint)\b", re.I
)
"""An American agenda's "Action: Approve agenda", "Action: Approve March 15 minutes": the item is put
to the vote, and whether anything is left to do afterwards is in its words, not in its label."""


_RECORDS_ONLY = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:noted|received|welcomed|thanked|acknowledged)\s+(?:the\s+|members['’]?\s+)?[\w'’-]+",
    re.I,
)
"""An "Action:" label over what was done there and then ("Action: Officers noted members'
comments."): its words, not its label, say whether anything is left to do."""


_OUTCOME_TOLD = re.compile(
    r"^(?:approved|adopted|accepted|ratified|carried|passed|denied|rejected)\b(?!\s+(?:to|that)\b)"
    r"|^(?:(?:the\s+)?motion\s+)?(?:moved|made)\s+by\b|^(?:on|upon)\s+(?:a\s+|the\s+)?motion\s+(?:by|of)\b"
    r"|^(?:the\s+)?motion\s+(?:carried|passed|failed|approved)\b"
    r"|^(?:[\w'’-]+\s+){0,2}received,?\s+(?:and\s+)?no\s+(?:further\s+)?action\s+(?:was\s+)?(?:taken|required)\b",
    re.I,
)
"""An American board's "Action:" under each agenda item, telling how it was disposed of ("Action:
Adopted Resolution No. 41.", "Action: On a motion by Ruiz, seconded by Park, and carried ...",
"Action: Presentation received, no action taken."): the outcome of a vote, not a task."""


def not_a_task(entry: str) -> bool:
    """An "Action:" entry that puts an approval to the vote or records what was done there and then."""
    return (
        _VOTE_ITEM.match(entry) is not None
        or _RECORDS_ONLY.match(entry) is not None
        or _OUTCOME_TOLD.match(entry) is not None
    )


def log_line(bullet: bool, text: str) -> bool:
    """Whether a line under an item that reviews its actions is one of its entries."""
    return bullet or LOG_ENTRY_LINE.match(text) is not None


_THANKS = re.compile(r"^(?:thanks|thank\s+you)\s+(?:to|for)\b", re.I)
"""An entry that thanks somebody ("Thanks to Neil for the progress made with the drains") asks nothing."""


def log_entry_point(text: str) -> tuple[str, str | None, bool]:
    """An entry of the action points an item reviews: its task, who does it and whether it is
    still to do (not when its state says "COMPLETED")."""
    entry = ENTRY_REF.sub("", text, count=1)
    if closed(entry) or _THANKS.match(entry):
        return entry, None, False
    return entry, list_entry_owner(entry), True


_DAY_MADE = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d\s*:\s*")


def list_entry_owner(entry: str) -> str | None:
    """Who an entry of an action list names: in its tag, at its end in brackets or after a dash
    (before a name that opens the task: "Ask Mr Wilson to help - Vicky"), or first (after the day the
    entry was made, "2016-05-28: Paul to ...")."""
    return entry_owner(entry) or trailing_names(entry) or lead_owner(_DAY_MADE.sub("", entry, count=1))


_ACTION_STEM = re.compile(
    r"^(?P<who>[^:;.]{1,60}?)\s+to(?:\s+(?-i:[a-z]+))?(?:\s+the\s+following)?\s*[:\-–]\s*$"
)
""""ACTION: Officers to provide:" over numbered points: each point is a task of the one named."""


def action_stem_owner(rest: str) -> str | None:
    m = _ACTION_STEM.match(rest.strip()) if rest.rstrip().endswith((":", "-", "–")) else None
    if m is None:
        return None
    who = m.group("who").strip()
    return who if names_only(who) else None


def restated_clause(text: str) -> str:
    """A decision's clause as a sentence of the paragraph says it ("That X ..." -> "x ...")."""
    low = text.lower().rstrip(" .;")
    return low[5:] if low.startswith("that ") else low


def tasks_of(text: str) -> list[str]:
    """The tasks of one action label, one a sentence when each sentence after the first gives its
    own ("Action: Clerk to order the rope ladder. Clerk to write to the donors to thank them."), or
    the label's text whole."""
    said = sentences(text) if " to " in text else [text]
    if len(said) > 1 and all(ACTOR_TO.match(s) is not None for s in said[1:]):
        return said
    return [text]
