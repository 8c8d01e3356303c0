"""Work-programme topics named in words rather than in a work-programme table: "an item be put on
the Work Programme on respite care", "a report on bus punctuality to come to the March
meeting", "Contrast for malignancy to be discussed at next meeting", "the January agenda would
include consideration of school exclusions", "a review of allotment rents be undertaken and the
findings reported back", "deferred the appointment of a Vice-Chair to the next meeting"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from minutes.model import ProgrammeTopic, Request, Resolution

_END = (
    r"(?=\s+(?:which|that|who|be|to\s+be|to\s+come|come|coming|is|are|was|were|at|when|once|in\s+due|by|until"
    r"|as\s+soon|for\s+(?:a|the)\s+(?:future|next)|and\s+that|(?:to|until)\s+(?:the\s+|a\s+)?(?:next|future|later))\b"
    r"|\s*[.,;:(]|\s*$)"
)
_NP = rf"(?P<topic>[^.,;:()]{{3,90}}?){_END}"
_FORMS = tuple(
    re.compile(p, re.I)
    for p in (
        rf"\b(?:an?\s+)?(?:item|report|update|briefing|presentation|paper)s?\s+(?:be\s+|to\s+be\s+)?"
        rf"(?:(?:put|added|placed|included|brought)\s+(?:on|onto|to|in)\s+(?:the\s+)?(?:[\w'’]+\s+){{0,3}}?"
        rf"(?:work\s+programme|forward\s+plan|agenda)\s+)?(?:on|about|regarding|in\s+relation\s+to)\s+{_NP}",
        rf"\bconsideration\s+of\s+{_NP}",
        r"\b(?P<topic>review\s+of\s+[^.,;:()]{3,80}?)\s+be\s+(?:undertaken|carried\s+out|conducted)\b",
        r"\bdefer(?:red|s)?\s+(?P<topic>(?:the\s+)?[^.,;:()]{3,80}?)\s+(?:to|until)\s+(?:the\s+|a\s+)?(?:next|future|later|\d)",
        r"^(?P<topic>(?!(?:it|this|that|there|he|she|they)\b)[^.,;:()]{3,80}?)\s+to\s+be\s+(?:discussed|considered"
        r"|brought|added|reviewed|revisited|re-visited|decided)\s+(?:at|to|on|by)\b",
    )
)
_THIS_ITEM = re.compile(r"^(?:this|the)\s+(?:item|matter)(?:\s+of\s+business)?$|^it$", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\w)", re.I)


def _topic(text: str, title: str | None) -> str | None:
    for form in _FORMS:
        m = form.search(text)
        if m is None:
            continue
        topic = m.group("topic").strip()
        if _THIS_ITEM.match(topic):
            return title
        topic = _ARTICLE.sub("", topic) if len(topic.split()) > 2 else topic
        if len(topic.split()) <= 14:
            return topic
    return None


def narrative_topics(resolutions: Iterable[Resolution], requests: Iterable[Request]) -> list[ProgrammeTopic]:
    """Topics that formal points sending something to a future meeting, and follow-ups, name. A
    document that lists its work programme is read for that list instead (minutes/programme.py)."""
    found: list[str] = []
    for res in resolutions:
        if res.work_programme:
            title = None if res.item_title is None or _STANDARD.search(res.item_title) else res.item_title
            found.append(_topic(res.text, title) or "")
    for req in requests:
        if _FUTURE.search(req.text):
            found.append(_topic(req.text, None) or "")
    out: list[ProgrammeTopic] = []
    seen: set[str] = set()
    for topic in found:
        key = _ARTICLE.sub("", topic).lower()
        if topic and key not in seen:
            seen.add(key)
            out.append(ProgrammeTopic(topic))
    return out


_STANDARD = re.compile(
    r"\b(?:matters\s+arising|any\s+other\s+business|minutes|apologies|declarations?)\b", re.I
)
"""A standard agenda title says nothing about what "this item" was."""


_FUTURE = re.compile(
    r"\b(?:work\s+programme|forward\s+plan|agenda|(?:next|future|later|following)\s+meetings?|come\s+back|brought\s+back"
    r"|report(?:ed)?\s+back|in\s+due\s+course)\b",
    re.I,
)
