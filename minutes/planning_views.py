"""A parish or town council's answer to a planning application, written as a notes line: "Mill
Farm - extension - recommend approval.", "H15-0575-21 4 Watergate Lane extension- no objection",
"25/0123/HH The Old Forge -Recommend Refusal". It is a recommendation to the planning authority,
which someone must send: an action. "Coachmans Cottage - approved by Parish Council" in a list of
planning decisions records the parish's own view, with nothing left to do."""

from __future__ import annotations

import re

_PLANNING_VIEW = re.compile(
    r"(?:^|[-–—]\s*|,\s+|\.\s+)(?:we\s+|the\s+(?:parish\s+|town\s+)?council\s+)?"
    r"(?:recommends?|recommended|supports?|supported)\s+(?:approval|refusal)\b"
    r"|\b(?:no\s+objections?|object(?:s|ed)?\s+to\s+the\s+application)\s*\.?$"
    r"|\b(?:raised|had|have|has|made)\s+no\s+objections?\s+to\s+(?:this|the)\s+(?:planning\s+)?application\s*\.?$",
    re.I,
)
_OWN_PLANNING_VIEW = re.compile(
    r"\s[-–—]\s*(?:approved|refused|supported|not\s+supported|objected\s+to)\s+by\s+(?:the\s+)?"
    r"(?:parish|town|community)\s+council\s*\.?$",
    re.I,
)
_NO_OBJECTION = re.compile(
    r"[-–—:]\s*no\s+objections?\s*\.?$"
    r"|\b(?:raised|had|have|has|made)\s+no\s+objections?\s+to\s+(?:this|the)\s+(?:planning\s+)?application\s*\.?$",
    re.I,
)
"""The answer written after the application, as a notes line closes: "extension- no objection", or
told of the members: "Members raised no objections to this application."."""


def planning_view(text: str) -> bool:
    return _PLANNING_VIEW.search(text) is not None and _REPORTED_VIEW.search(text) is None


_REPORTED_VIEW = re.compile(
    r"\b(?:reported|said|stated|advised|informed|confirmed|explained)\b[^.;]{0,80}?\bthat\b|\bhad\s+(?:offered|raised|made)\b",
    re.I,
)
"""Another body's view told in the discussion ("The Chairman reported that Historic England had
offered no objections."): the council has not answered yet."""


def answers_the_application(text: str) -> bool:
    """ "... extension - no objection": the parish's answer to send to the planning authority (a
    plain "The Committee raised no objection" tells the discussion)."""
    return "objection" in text.lower() and _NO_OBJECTION.search(text) is not None


def own_planning_view(text: str) -> bool:
    """The parish's view recorded in a list of planning decisions: nothing is left to do."""
    return "council" in text.lower() and _OWN_PLANNING_VIEW.search(text) is not None
