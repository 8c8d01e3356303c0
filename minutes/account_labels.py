"""A "Decisions:" label that names a section rather than opening a decision: the paragraph under
it tells the discussion ("The Chair informed the members that ...", "18.1 The Lead Member considered
a report"), or the decision comes further down under its own RESOLVED."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.tags import Tag, Tagged
from minutes.triggers import PARA_NUMBER

_ACCOUNT = re.compile(
    r"^(?:[A-Z][\w'’.,/&-]*\s+){1,6}(?:informed|advised|reported|explained|said|stated|told|updated|presented|introduced"
    r"|considered|received|heard|discussed)\b"
)
_READS_AS_DECISION = re.compile(
    r"^(?:\(?[0-9a-z]{1,4}[.)]\s+)?(?:that|to)\b|\bbe\s+(?:\w+ly\s+)?\w+ed\b|\b(?:resolved|agreed|decided|approved"
    r"|noted|deferred|endorsed)\b",
    re.I,
)


def tells_an_account(lines: list[Tagged], i: int) -> bool:
    """A "Decisions:" label over a paragraph telling the discussion ("The Chair informed the
    members that ...", "18.1 The Lead Member considered a report"), or over anything but a decision
    when the decision comes further down under its own RESOLVED: the label names a section."""
    if i >= len(lines) or lines[i].tag is not Tag.NARRATIVE:
        return False
    text = PARA_NUMBER.sub("", lines[i].text)
    if _ACCOUNT.match(text) is not None or _READS_AS_DECISION.search(" ".join(text.split()[:40])) is None:
        return True
    for t in lines[i + 1 : i + 6]:
        if t.tag in (Tag.HEADING, Tag.STOP, Tag.TABLE):
            return False
        if t.tag is Tag.TRIGGER and t.hit.kind in ("resolved", "noted"):
            return True
    return False


_RECOMMENDATIONS = re.compile(r"^(?:\d{1,2}(?:\.0)?\.?\s+)?recommendations?\s*:?$", re.I)


def recommendations_head(lines: Sequence[Tagged], i: int) -> bool:
    """ "Decision:" over "1.0 Recommendations" over "1.1 That the Cabinet Member approves ...", as a
    delegated decision's page sets out the report's recommendations it approved: the heading is part of
    the label, not the next item."""
    return i < len(lines) and i + 1 < len(lines) and _RECOMMENDATIONS.match(lines[i].line.text) is not None
