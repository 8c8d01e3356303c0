"""Decisions about the meeting itself, which leave nothing to do afterwards: when the next one is
held, a break taken during this one, an item withdrawn from it."""

from __future__ import annotations

import re

_RECESS = re.compile(
    r"\btake\s+a\s+(?:short\s+|brief\s+|(?:\w+|\d+)[- ]minutes?\s+)?(?:break|recess|comfort\s+break)\b"
    r"|\btake\s+a\s+(?:short\s+|brief\s+)?(?:break|recess)\s+of\s+\d+\s+minutes\b",
    re.I,
)
"""A break taken during the meeting ("THAT Mayor and Council take a short break of 10 minutes"):
nothing is left to do afterwards."""


_MEETING_SET = re.compile(
    r"^(?:(?:that\s+|(?:members|it\s+was)\s+agreed\s+(?:that\s+)?)?(?:the\s+|an?\s+)?(?:next|additional|extra|special|further)"
    r"\s+(?:\w+\s+)?meeting\s+(?:would|will|shall|should|to|is\s+to|be)?\s*(?:be\s+held|take\s+place|scheduled\s+to\s+take\s+place)"
    r"|(?:(?:it\s+was\s+)?(?:resolved|agreed|decided)\s+)?to\s+hold\s+(?:the\s+|an?\s+)?(?:next|additional|extra|special|further)"
    r"\s+(?:\w+\s+)?meeting)\s+(?:on|at)\s+"
    r"(?![^.;]*\b(?:to|which\s+will)\s+(?:consider|discuss|receive|review)\b)[^.;]{1,80}\.?$",
    re.I,
)
"""A meeting's date set ("Members agreed that the additional meeting would take place on 11
January", "That the next meeting be held on 4 March at 7pm", "It was resolved to hold the next
meeting on the 03 October 2023 at 18:00hrs."): nobody has a task. (A meeting called to consider
a matter puts the matter on the programme, `feeds_work_programme`.)"""


_WITHDRAWN = re.compile(
    r"^(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:agreed|resolved|decided)\s+to\s+withdraw\s+(?:this|the)\s+(?:item|report)"
    r"(?:\s+from\s+(?:the|this)\s+agenda)?\s*\.?$",
    re.I,
)
"""An item taken off this meeting's agenda ("The Cabinet agreed to withdraw this item."): nothing is
decided, so nothing is left to do."""


def of_the_meeting_itself(text: str) -> bool:
    return (
        _MEETING_SET.match(text) is not None
        or _RECESS.search(text) is not None
        or _WITHDRAWN.match(text) is not None
    )
