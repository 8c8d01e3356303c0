"""Motions written as a label and their words rather than as a sentence with a mover's verb: "Motion:
move to approve the textbooks. Hancock, Denny. Approved.", "Motion by Hocker to approve the charge.",
and the label over who moved and seconded ("MOTION: Proposed by Councillor Brooks and seconded by
Councillor Cottam.")."""

from __future__ import annotations

import re

from minutes.motions import MOVER_NAME, failed
from minutes.text import MARKER_RE

_MOTION_TO = re.compile(
    rf"^(?:motion|motions)(?:\s+(?:by|from|of)\s+{MOVER_NAME})?\s*[:\-–—]?\s*(?:(?:i|we)\s+)?(?:move[sd]?\s+)?"
    r"to\s+(?!the\s+next\b|adjourn\b)(?-i:[a-z])",
    re.I,
)
_VOTED_THROUGH = re.compile(
    r"\b(?:approved|carried|passed|adopted|unanimous(?:ly)?|all\s+in\s+favou?r|(?:ayes?|yeas?)\b)", re.I
)


def put_to_the_vote(sentence: str, paragraph: str) -> bool:
    """A motion written as its words, without a mover's verb ("Motion: move to approve the textbooks.",
    "Motion by Hocker to approve the charge."), as a school or township board minutes it, with who
    moved and seconded and the vote after it ("Hancock, Denny. Approved. Unanimous."): a decision when
    the paragraph records it passed."""
    return (
        _MOTION_TO.match(sentence) is not None
        and _VOTED_THROUGH.search(paragraph) is not None
        and not failed(paragraph)
    )


_MOTION_LABEL = re.compile(r"^(?:motion|resolution)\s*:\s*", re.I)


def motion_label_end(sentence: str) -> int:
    """Where a motion's words start after its label ("MOTION: Proposed by Councillor Brooks and seconded
    by Councillor Cottam."): the label names no decision of its own."""
    m = _MOTION_LABEL.match(sentence) if sentence[:1] in "MmRr" else None
    return m.end() if m is not None else 0


_RECOMMEND_LEAD = re.compile(
    r"^that\s+(?:the\s+)?[\w&' -]{2,60}?\s+recommends?\s+to\s+(?P<body>(?:the\s+)?(?:[\w&'-]+\s+){0,3}?"
    r"(?:council|cabinet|executive|board|committee|assembly))\s*[:,-]?$",
    re.I,
)


def motion_points(texts: list[str]) -> list[tuple[str | None, str, str | None]]:
    """The points of a motion written under its mover, each with its label and where it goes: "THAT
    the Committee recommend to Council" over "A. THAT the City Clerk be directed to ..." is the
    lead-in, not a decision of its own, and sends each lettered point to Council."""
    lead = _RECOMMEND_LEAD.match(texts[0]) if len(texts) > 1 else None
    marked = [MARKER_RE.match(t) for t in texts[1:]]
    if lead is None or not all(marked):
        return [(None, t, None) for t in texts]
    body = re.sub(r"^the\s+", "", lead.group("body"), flags=re.I)
    return [
        (m.group("label") or m.group("plabel"), t[m.end() :], body)
        for m, t in zip(marked, texts[1:], strict=True)
        if m is not None
    ]
