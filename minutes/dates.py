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
    rf"(?:(?P<wd>{_WEEKDAY}),?(?:\s+|(?=\d)))?(?:the\s+)?(?<![\d/.,-])(?P<d>\d{{1,2}})(?:\s?(?:st|nd|rd|th)\b\s?\.?)?(?:\s+of)?\s*(?P<m>{_MONTH})\.?(?:,?\s*(?P<y>(?:19|20)\d\d)(?!\d))?(?:\b|(?<=\d)(?=[a-z]))"
    rf"|(?:(?P<wd2>{_WEEKDAY}),?\s+)?(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?,?\s+(?P<y2>(?:19|20)\d\d))?\b"
    r"|\b(?P<d3>\d{1,2})[/.](?P<m3>\d{1,2})[/.](?P<y3>(?:19|20)?\d\d)\b"
    r"|\b(?P<y4>(?:19|20)\d\d)-(?P<m4>[01]\d)-(?P<d4>[0-3]\d)(?![\d-])",
    re.IGNORECASE,
)
"""A date as minutes write it: "Thursday, 24 August 2023", "Wednesday14th November 2018", "9th
March", "2 nd October 2008", "15 TH MAY, 2013", "10th October 2017at 7.30pm", "5January 2009", "3rd November2014", "Oct. 13, 2020", "Tuesday January 30th", "NOVEMBER 17 , 1987", "24/11/2020" (or "11/17/1987" where only the
American order makes a date), "2021-10-12"."""


def parse_date(match: re.Match[str], *, after: dt.date | None = None, listed: bool = False) -> dt.date | None:
    """The date a DATE_RE match names; a missing year is the first such day after `after`. In a
    list of meeting dates (`listed`), "Feb 28th" needs no day name."""
    try:
        if match.group("d"):
            day, month = int(match.group("d")), MONTHS[match.group("m").lower().rstrip(".")]
            year_s = match.group("y")
        elif match.group("m2"):
            day, month = int(match.group("d2")), MONTHS[match.group("m2").lower().rstrip(".")]
            year_s = match.group("y2")
            if not year_s and not match.group("wd2") and not listed:
                # "may 10 members", "March 2 reports": month first and no year needs its day name
                return None
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


_DIGIT = re.compile(r"\d")
"""Every date form has a digit: text without one is not searched."""


def first_date(text: str, *, after: dt.date | None = None) -> dt.date | None:
    if not _DIGIT.search(text):
        return None
    for m in DATE_RE.finditer(text):
        d = parse_date(m, after=after)
        if d is not None:
            return d
    return None


def all_dates(text: str, *, after: dt.date | None = None, listed: bool = False) -> list[dt.date]:
    if not _DIGIT.search(text):
        return []
    out = []
    for m in DATE_RE.finditer(text):
        d = parse_date(m, after=after, listed=listed)
        if d is not None:
            out.append(d)
    return out
