"""A task written as a bare infinitive in parish notes, with nobody named because the clerk does it:
"To contact B.T. re telephone kiosk, it is a listed building and has been vandalised.", "... was
contravening the planning regulations. To contact the planning dept.", "Drain blocked in Buckland
Drive. To report." The verbs are those of a clerk's errands; an agenda's purpose lines ("To receive
the minutes", "To consider ...", "To invite Councillors to declare an interest") use others."""

from __future__ import annotations

import re

_TASK_VERB = (
    r"(?:contact|ask|arrange|request(?!\s+(?:the|this|that)\s+(?:committee|council|board|panel|cabinet|members)\b)"
    r"|write\s+to|chase|obtain|progress|investigate|seek|send|e-?mail|phone|notify|remind|pursue|look\s+into"
    r"|liaise\s+with|suggest\s+to|enquire|inquire|follow\s+up|inform)"
)
_PUT_OFF = (
    r"(?i:(?:be\s+(?:discussed|considered|reviewed|revisited|looked\s+at|raised|brought\s+back|an\s+agenda\s+item)"
    r"|(?:decide|discuss|consider|review)(?:\s+(?:this|it))?)\s+(?:again\s+|further\s+)?"
    r"(?:at|to|for)\s+(?:the\s+|a\s+)?(?:next|future|following)\s+(?:[\w-]+\s+){0,3}?meeting\b)"
)
"""A note's matter put off: "To be discussed at the next meeting.", "Asset Register – to be reviewed at a
future meeting."."""
_BARE_TASK = re.compile(
    rf"^To\s+(?:{_TASK_VERB}\s+\S|write(?:\s+\S|\s*[,.]?\s*$))|^To\s+report(?:\s+(?:it|this|them))?\s*\.?$"
    rf"|^(?:To|(?-i:[A-Z])[^.;:]{{1,60}}?\s[-–—]\s*to)\s+{_PUT_OFF}"
)
_BARE_TASK_IN = re.compile(rf"(?:^|[.!?]\s+)To\s+(?:{_TASK_VERB}\s+\S|report\b|write\b)")
_PUT_OFF_IN = re.compile(rf"[Tt](?<!\w[Tt])o\s+{_PUT_OFF}")
"""Written "T(?<!\\wT)o", not "\\bTo", so that `re` skips from "t" to "t" instead of trying every place."""


def bare_task(sentence: str) -> bool:
    return _BARE_TASK.match(sentence) is not None


def bare_task_in(paragraph: str) -> bool:
    return ("To" in paragraph and _BARE_TASK_IN.search(paragraph) is not None) or (
        _PUT_OFF_IN.search(paragraph) is not None
    )


def holds_bare_task(text: str) -> bool:
    """Whether a point is, or is closed by, a bare errand: the point is a task whoever does it."""
    if bare_task(text):
        return True
    at = text.rfind("To ")
    return at > 0 and text[:at].rstrip()[-1:] in ".!?" and bare_task(text[at:])
