"""Reading dates as minutes write them ("THURSDAY, 24 AUGUST 2023", "9th March 2021", "2 Dec 2021",
"30 November", "12/03/2024") and finding the future meetings a document names."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
MONTH_PATTERN = _MONTH
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)"
)

DATE_RE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{_MONTH})\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
    rf"|(?:{_WEEKDAY},?\s+)?(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<d3>\d{1,2})[/.](?P<m3>\d{1,2})[/.](?P<y3>(?:19|20)?\d\d)\b",
    re.IGNORECASE,
)


def parse_date(match: re.Match[str], *, after: dt.date | None = None) -> dt.date | None:
    """The date a DATE_RE match names; a missing year is the first such day after `after`."""
    try:
        if match.group("d"):
            day, month = int(match.group("d")), MONTHS[match.group("m").lower().rstrip(".")]
            year_s = match.group("y")
        elif match.group("m2"):
            day, month = int(match.group("d2")), MONTHS[match.group("m2").lower().rstrip(".")]
            year_s = match.group("y2")
        else:
            day, month, year_s = int(match.group("d3")), int(match.group("m3")), match.group("y3")
            if len(year_s) == 2:
                year_s = "20" + year_s
        if year_s:
            return dt.date(int(year_s), month, day)
        if after is None:
            return None
        candidate = dt.date(after.year, month, day)
        return candidate if candidate > after else dt.date(after.year + 1, month, day)
    except (KeyError, ValueError):
        return None


def first_date(text: str, *, after: dt.date | None = None) -> dt.date | None:
    for m in DATE_RE.finditer(text):
        d = parse_date(m, after=after)
        if d is not None:
            return d
    return None


def all_dates(text: str, *, after: dt.date | None = None) -> list[dt.date]:
    out = []
    for m in DATE_RE.finditer(text):
        d = parse_date(m, after=after)
        if d is not None:
            out.append(d)
    return out


_DATES_HEADING = re.compile(
    r"^(?:\d{1,3}\.?\s+)?(?:dates?\s+of\s+(?:the\s+)?(?:future\s+|next\s+)?(?:meetings?|commission|committee|panel|board|sub-committee|forum)"
    r"|(?:future|forthcoming|proposed|scheduled)\s+meeting\s+dates|(?:programme|schedule|calendar)\s+of\s+meetings"
    r"|dates?\s+of\s+(?:the\s+)?(?:next|future|forthcoming)\s+meetings?)\b.{0,60}$",
    re.IGNORECASE,
)
_NEXT_MEETING = re.compile(
    r"\b(?:date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|next\s+meeting\s+(?:of\s+the\s+[\w\s-]{3,60}?\s+)?"
    r"(?:will|would|is|was|to|shall)\s+(?:be\s+)?(?:held|take\s+place|scheduled|on|be)"
    r"|next\s+meeting\s*[:\-–]|(?:future|next|the|a|special|additional|extraordinary)\s+meeting\s+(?:on|of\s+the\s+[\w\s-]{3,60}?\s+on|to\s+be\s+held\s+on|scheduled\s+for|arranged\s+for|planned\s+for))",
    re.IGNORECASE,
)
_HISTORIC = re.compile(r"\b(?:previous|last|earlier|prior|held\s+on|had\s+been)\b", re.IGNORECASE)


def dates_list_after_heading(lines: list[str], start: int) -> list[dt.date]:
    """Dates listed under a "DATES OF THE COMMITTEE" heading, up to the first line that is prose
    without a date (an introductory sentence before the list is skipped)."""
    out: list[dt.date] = []
    for i, text in enumerate(lines[start + 1 : start + 40]):
        found = all_dates(text)
        if (found and len(text) < 30 * len(found) + 40) or (found and out):
            out.extend(found)
        elif i == 0 and not found:
            continue
        else:
            break
    return out


def future_meeting_dates(lines: list[str], meeting_date: dt.date | None) -> list[dt.date]:
    found: list[dt.date] = []
    for i, text in enumerate(lines):
        if _DATES_HEADING.match(text):
            found.extend(all_dates(text, after=meeting_date) or dates_list_after_heading(lines, i))
            continue
        if "meeting" not in text.lower():
            continue
        for m in _NEXT_MEETING.finditer(text):
            tail = text[m.end() : m.end() + 80]
            head = text[max(0, m.start() - 40) : m.start()]
            if _HISTORIC.search(head + text[m.start() : m.end()]):
                continue
            d = first_date(tail, after=meeting_date)
            if d is not None:
                found.append(d)
    return sorted({d for d in found if meeting_date is None or d > meeting_date})
