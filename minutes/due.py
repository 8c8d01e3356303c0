"""By when a resolution is to be done, as the minutes word it: "next meeting", "future meeting",
a day (ISO), or other words ("July 2025", "within six weeks", "before submission to Council")."""

from __future__ import annotations

import datetime as dt
import re

from minutes.dates import first_date

_BEFORE_STEP = re.compile(
    r"\bbefore\s+(?:its\s+|their\s+|the\s+)?(?:submission|presentation|consideration|publication|referral)\s+"
    r"(?:to|by)\s+(?:the\s+)?(?:full\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}",
    re.I,
)
"""A deadline set by the next step rather than a date: "before submission to the Council"."""
_NEXT = re.compile(
    r"\bnext\s+(?:(?:available|scheduled|formal|ordinary|full|(?-i:[A-Z])[\w-]*)\s+){0,2}(?:meeting|committee|commission|panel|board)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:(?:a\s+|the\s+)?future\s+(?:meeting|commission|committee|panel|board|session)s?|later\s+meeting|"
    r"(?:when|once|as\s+soon\s+as)\s+(?:appropriate|available|possible|known|ready|complete|completed|finalised)|"
    r"in\s+due\s+course|report\s+back|future\s+date|appropriate\s+time|"
    r"(?:be\s+)?(?:submitted|presented|brought)\s+(?:back\s+)?to\s+(?:the|this)\s+(?:committee|commission|panel|board|sub-committee)\b(?!\s+(?:on|in)\s+\d))\b",
    re.I,
)
_BY_DATE = re.compile(
    r"\b(?:by|before|no\s+later\s+than|on\s+or\s+before|at\s+the\s+meeting\s+on|on|in|within)\s+(?P<when>.{3,40})",
    re.I,
)
_MONTH_YEAR = re.compile(
    r"\b(?:by|before|in|during|from)\s+(?P<when>(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d)\b",
    re.I,
)
_MONTH_ONLY = re.compile(
    r"\b(?:by|before|in|during|to\s+the|at\s+the)\s+(?P<when>(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+meeting(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*)?)?)\b(?!\s*\d)",
    re.I,
)
"""A month with no year ("a report ... to the Committee in October", "to the September meeting of
Council"): kept as written."""
_WITHIN = re.compile(
    r"\bwithin\s+(?:\w+\s+){1,3}(?:days|weeks|months)\b|\b(?:as\s+a\s+matter\s+of\s+urgency|immediately)\b",
    re.I,
)


def find_due(text: str, meeting_date: dt.date | None = None) -> str | None:
    if _NEXT.search(text):
        return "next meeting"
    m = _BY_DATE.search(text)
    while m:
        d = first_date(m.group("when"), after=meeting_date)
        if d is not None and re.match(r"\W*(?:\w+day,?\s+)?(?:the\s+)?\d|\W*[A-Za-z]+\s+\d", m.group("when")):
            return d.isoformat()
        m = _BY_DATE.search(text, m.end("when") - len(m.group("when")) + 1)
    my = _MONTH_YEAR.search(text)
    if my:
        return my.group("when")
    if _FUTURE.search(text):
        return "future meeting"
    mo = _MONTH_ONLY.search(text)
    if mo:
        return mo.group("when")
    w = _WITHIN.search(text)
    if w:
        return w.group(0)
    b = _BEFORE_STEP.search(text)
    if b:
        return b.group(0)
    return None
