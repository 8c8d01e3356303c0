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
    rf"(?:(?P<wd>{_WEEKDAY}),?(?:\s+|(?=\d)))?(?:the\s+)?(?<![\d/.,-])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{_MONTH})\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
    rf"|(?:(?P<wd2>{_WEEKDAY}),?\s+)?(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s?,?\s+(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<d3>\d{1,2})[/.](?P<m3>\d{1,2})[/.](?P<y3>(?:19|20)?\d\d)\b"
    r"|\b(?P<y4>(?:19|20)\d\d)-(?P<m4>[01]\d)-(?P<d4>[0-3]\d)(?![\d-])",
    re.IGNORECASE,
)
"""A date as minutes write it: "Thursday, 24 August 2023", "Wednesday14th November 2018", "9th
March", "Oct. 13, 2020", "NOVEMBER 17 , 1987", "24/11/2020" (or "11/17/1987" where only the
American order makes a date), "2021-10-12"."""


def parse_date(match: re.Match[str], *, after: dt.date | None = None) -> dt.date | None:
    """The date a DATE_RE match names; a missing year is the first such day after `after`."""
    try:
        if match.group("d"):
            day, month = int(match.group("d")), MONTHS[match.group("m").lower().rstrip(".")]
            year_s = match.group("y")
        elif match.group("m2"):
            day, month = int(match.group("d2")), MONTHS[match.group("m2").lower().rstrip(".")]
            year_s = match.group("y2")
        elif match.group("y4"):
            return dt.date(int(match.group("y4")), int(match.group("m4")), int(match.group("d4")))
        else:
            day, month, year_s = int(match.group("d3")), int(match.group("m3")), match.group("y3")
            if month > 12 >= day:
                day, month = month, day
            if len(year_s) == 2:
                year_s = "20" + year_s
        if year_s:
            return dt.date(int(year_s), month, day)
        if after is None:
            return None
        return _next_occurrence(after, month, day, match.group("wd") or match.group("wd2"))
    except (KeyError, ValueError):
        return None


_WEEKDAY_PREFIXES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _next_occurrence(after: dt.date, month: int, day: int, weekday: str | None) -> dt.date | None:
    """The first `day month` after `after`; when a weekday is written ("Monday 31st October") and
    that year's date falls on another day, the following year's is taken if the weekday fits it
    (minutes name the coming meeting, rarely one more than a year away)."""
    years = [y for y in (after.year, after.year + 1, after.year + 2) if _valid(y, month, day)]
    candidates = [dt.date(y, month, day) for y in years if dt.date(y, month, day) > after]
    if not candidates:
        return None
    if weekday:
        wanted = _WEEKDAY_PREFIXES.index(weekday.lower()[:3])
        for candidate in candidates[:2]:
            if candidate.weekday() == wanted:
                return candidate
    return candidates[0]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


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
    r"|next\s+meeting\s*[:\-–]|(?:future|next|the|a|special|additional|extraordinary)\s+meeting\s+(?:on|of\s+the\s+[\w\s-]{3,60}?\s+on|to\s+be\s+held\s+on|scheduled\s+for|arranged\s+for|planned\s+for)"
    r"|next\s+(?:[\w-]+\s+){1,4}meeting,?\s+(?:(?:to\s+be\s+)?held\s+)?on"
    r"|(?:would|will|shall|to)\s+(?:next\s+)?meet\s+(?:again\s+)?on"
    r"|(?:panel|committee|board|commission|council|group|forum)['’]s\s+(?:next\s+)?meeting\s+on"
    r"|(?:meeting|hearing)\b[^.;]{0,40}?\b(?:would|will|is\s+to)\s+be\s+held\s+on)",
    re.IGNORECASE,
)
_GOES_TO = re.compile(
    r"\b(?:will|shall)\s+(?:then\s+)?be\s+(?:presented|submitted|considered|reported|taken)\s+(?:to|by)\s+(?:the\s+)?"
    r"(?:full\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:council|cabinet|executive|committee|commission|panel|board)\s+"
    r"(?:meeting\s+)?(?:on|at\s+its\s+meeting\s+on)\s",
    re.IGNORECASE,
)
"""A paper that will go to a named meeting ("a formal resolution will be presented to Council on
27 February"): that meeting is named as future. "was due to be presented" reports an intention."""
_LIST_LEAD = re.compile(r"\bdates\b[^:]{0,60}:\s*$", re.IGNORECASE)
"""A sentence that opens a list of dates ("The new dates were:") when it or the line before it
speaks of meetings."""
_HISTORIC = re.compile(r"\b(?:previous|last|earlier|prior(?!\s+to\b)|held\s+on|had\s+been)\b", re.IGNORECASE)
_FUTURE_SAID = re.compile(r"^next\b|\b(?:will|would|shall|is\s+to|to)\s+be\s+held\b", re.IGNORECASE)


def dates_list_after_heading(lines: list[str], start: int, *, after: dt.date | None = None) -> list[dt.date]:
    """Dates listed under a "DATES OF THE COMMITTEE" heading, up to the first line that is prose
    without a date (an introductory sentence before the list is skipped)."""
    out: list[dt.date] = []
    for i, text in enumerate(lines[start + 1 : start + 40]):
        found = all_dates(text, after=after)
        if (found and len(text) < 30 * len(found) + 40) or (found and out):
            out.extend(found)
        elif i == 0 and not found:
            continue
        else:
            break
    return out


def leading_dates(text: str, *, after: dt.date | None = None, gap: int = 30) -> list[dt.date]:
    """The run of dates a line opens with, when a list was joined into one line with the prose
    after it ("Thursday 6 March 2014, 2 pm, venue TBC Thursday 4 September 2014, 2 pm With ...")."""
    out: list[dt.date] = []
    end = 0
    for m in DATE_RE.finditer(text):
        if m.start() - end > gap:
            break
        d = parse_date(m, after=after)
        if d is None:
            break
        out.append(d)
        end = m.end()
    return out


def future_meeting_dates(lines: list[str], meeting_date: dt.date | None) -> list[dt.date]:
    found: list[dt.date] = []
    for i, text in enumerate(lines):
        if _DATES_HEADING.match(text):
            found.extend(
                all_dates(text, after=meeting_date) or dates_list_after_heading(lines, i, after=meeting_date)
            )
            continue
        low = text.lower()
        if (
            "dates" in low
            and _LIST_LEAD.search(text)
            and ("meeting" in low or (i and "meeting" in lines[i - 1].lower()))
        ):
            listed = dates_list_after_heading(lines, i - 1, after=meeting_date)
            if not listed and i + 1 < len(lines):
                listed = leading_dates(lines[i + 1], after=meeting_date)
            found.extend(listed)
        if "will be" in low or "shall be" in low:
            for m in _GOES_TO.finditer(text):
                d = first_date(text[m.end() : m.end() + 40], after=meeting_date)
                if d is not None:
                    found.append(d)
        if "meeting" not in low and "meet " not in low and "hearing" not in low:
            continue
        for m in _NEXT_MEETING.finditer(text):
            tail = text[m.end() : m.end() + 80]
            head = text[max(0, m.start() - 40) : m.start()]
            said = m.group(0)
            if _HISTORIC.search(head) or (_HISTORIC.search(said) and not _FUTURE_SAID.search(said)):
                continue
            d = first_date(tail, after=meeting_date)
            if d is not None:
                found.append(d)
    return sorted({d for d in found if meeting_date is None or d > meeting_date})
