"""The meeting's date read from the opening of a document that has no heading or label to date it:
a sentence that says the meeting was held ("A meeting of Quadring Parish Council was held on Monday
19th of July 2021"), or failing that the first date the opening names."""

from __future__ import annotations

import datetime as dt
import re

from minutes.dates import DATE_RE, parse_date

LISTS_DATES = r"\b(?:dates|meetings)\b[^:]{0,40}?\b(?:were|are|will\s+be|as\s+follows|agreed|set|confirmed|scheduled|proposed)\s*:"
"""A sentence that opens a list of dates ("The new dates were:")."""
LISTED = re.compile(LISTS_DATES, re.I)
"""The same opener anywhere in a run-together opening."""
_OPENING_ENDS = re.compile(
    r"^(?:members\s+|councillors\s+|those\s+)?(?:present|in\s+attendance|attendance|attendees|apologies|roll\s+call)\b"
    r"|^(?:minutes|decisions?)\s*:\s*$|^(?:agenda\s+item|resolved|minute\s+\d{1,3}$)\b|^\d{1,3}(?:[.)]|/\d{1,4}\.?)?\s+\S",
    re.I,
)
"""The opening of minutes ends where they list who came or where the first item begins (a numbered
title, "Agenda item", "Minutes:", a decision): from there on, a meeting "held on" a date is one the
item speaks of."""
_ATTENDANCE = re.compile(
    r"(?<![-\w])(?:present|apologies|in\s+attendance|attendance|minutes|decision)\s*[:\-–/](?!\d)|\bno\.?\s*\|?\s*item\b",
    re.I,
)
"""Where a run-together opening reaches the attendance, an item's minutes, or a ModernGov page's list
of items ("No. | Item"); not a file's name ("BHPC-Minutes-18-03-14.Pdf")."""
_TITLE_ON_PAGE_ONE = re.compile(r"^1\s+(?-i:[A-Z])[^.]{0,150}?\bminutes\s+of\b", re.I)
"""A PDF's first page number run into its title ("1 Municipal District of X Minutes of proceedings of
the monthly meeting ... held on 15 th May 2017"): the title, not an item numbered 1."""
_HELD_WORDS = re.compile(
    r"\b(?:minutes\s+of|held|took\s+place|convened|called\s+to\s+order|meeting\s+of|meeting\s*:|met(?=\s+(?:as|at|in|on)\b)"
    r"|minutes\s+of\s+proceedings|decisions?\s+(?:was\s+|were\s+)?taken|agenda\s+for)\b",
    re.I,
)
_EARLIER_MEETING = re.compile(
    r"\b(?:previous|last|preceding|earlier|approv\w*|confirm\w*|signed|adopt\w*|(?:next|following|future)\s+meeting"
    r"|to\s+(?:consider|receive|note|agree)|(?:its|their|his|her)\s+meeting|sign|(?:correct|true|accurate)\s+record"
    r"|recommendations?\s+arising\s+from|review\w*|meetings|(?:to|will|would|shall)\s+be\s+held)\b",
    re.I,
)
"""Words that make a held date another meeting's: "to approve the minutes of the meeting held on", "the
recommendations arising from the meeting of ... held on", "a report reviewing the decisions taken at the
Council meeting held on", "the minutes of the meetings of ... held on"."""
_RECORD_APPROVED = re.compile(
    r"^[\s,.]*(?:was|were|be|are)\s+(?:approved|signed|confirmed|agreed|accepted|adopted|submitted|presented|received"
    r"|considered|noted|circulated|read)\b",
    re.I,
)


def held_in_opening(lines: list[str]) -> dt.date | None:
    """The date a sentence of the opening says the meeting was held, called to order or took its
    decisions on, wrapped over lines as PDFs print it ("A meeting of Grimstead Parish Council was /
    held at 7:30pm on 24th January 2005"). The opening stops at the list of who was present, below
    which "the minutes of the meeting held on ..." are an earlier meeting's."""
    kept: list[str] = []
    for text in lines[:15]:
        if _OPENING_ENDS.match(text) and _TITLE_ON_PAGE_ONE.match(text) is None:
            break
        kept.append(text)
    head = " ".join(kept)[:1200]
    attendance = _ATTENDANCE.search(head)
    if attendance is not None:
        head = head[: attendance.start()]
    for word in _HELD_WORDS.finditer(head):
        window = head[word.end() : word.end() + 160]
        for m in DATE_RE.finditer(window):
            sentence_start = max(head.rfind(". ", 0, word.start()) + 2, word.start() - 200, 0)
            before = head[sentence_start : word.end()] + window[: m.start()]
            if _EARLIER_MEETING.search(before) or _RECORD_APPROVED.match(window[m.end() :]):
                break
            d = parse_date(m)
            if d is not None:
                return d
    return None


_EARLIER_DATE = re.compile(
    r"\b(?:previous|last|earlier|preceding|held|dated|published|minutes\s+of|since|until|from"
    r"|(?:next|following|future)\s+meetings?)\b[^.]{0,40}$",
    re.I,
)
"""Words before a date that make it another meeting's: an earlier one ("The last meeting was on"), a
later one ("The next meeting is scheduled for"), or the date a page was published."""


_IN_PROSE = re.compile(r"\b(?:by|before|after|from|until|till|since|of|on|in|at|to)\s*$", re.I)
"""A date the opening's prose mentions ("... to be set up by 1 April 2031") is not the meeting's."""


def date_near_top(lines: list[str]) -> dt.date | None:
    """The first full date in the opening of a document that says nothing else about its date
    ("... Special Session 7 MARCH 14, 2031 SPECIAL SESSION - ROADS ..."), unless the words
    before it say it is an earlier meeting's."""
    head = " ".join(lines[:6])[:200]
    pos = 0
    while (m := DATE_RE.search(head, pos)) is not None:
        pos = m.end()
        before = head[max(0, m.start() - 60) : m.start()]
        if (
            _EARLIER_DATE.search(before)
            or _IN_PROSE.search(head, 0, m.start())
            or LISTED.search(head, 0, m.start())
        ):
            continue
        d = parse_date(m)
        if d is not None:
            return d
        if m.group("m"):
            pos = m.start("m")
    return None
