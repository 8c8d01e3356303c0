"""The future meetings a document names: a list under "Dates of future meetings", "the next
meeting will be held on ...", "Date of next meeting 13th July", "deferred to the meeting on ...",
"the 23 January agenda", a paper going to another body's meeting on a day. A day without a year
is the first such day after the meeting."""

from __future__ import annotations

import datetime as dt
import re

from minutes.dates import DATE_RE, all_dates, first_date, parse_date

_DATES_HEADING = re.compile(
    r"^(?:(?:agenda\s+item|item|minute)\s+)?(?:[a-z]{0,4}[/.]?\d{1,4}(?:[./]\d{1,4})?[.):]?\s+)?(?:dates?\s+of\s+(?:the\s+)?(?:future\s+|next\s+)?(?:meetings?|commission|committee|panel|board|sub-committee|forum)"
    r"|(?:future|forthcoming|proposed|scheduled)\s+meeting\s+dates|(?:programme|schedule|calendar)\s+of\s+meetings"
    r"|dates?\s+(?:(?:and|&)\s+times?\s+)?of\s+(?:the\s+)?(?:next|future|forthcoming)\s+meetings?"
    r"|(?:\d{1,3}\)\s+)?(?:future\s+|next\s+|forthcoming\s+|\d{4}(?:/\d{2,4})?\s+)?meeting\s+dates)\b.{0,60}$",
    re.IGNORECASE,
)
_NEXT_HEADING = re.compile(r"^(?:#{1,6}\s*)?(?:\d{1,3}[.)]?\s+)?next\s+meeting\s*:?$", re.I)
"""A heading "Next meeting" (or "## Next meeting") over the line that gives its day ("17:15, Wednesday
21 September 2022, Ayton PS")."""
_NEXT_MEETING = re.compile(
    r"\b(?:date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|next\s+meeting\s+(?:of\s+the\s+[\w\s-]{3,60}?\s+)?"
    r"(?:will|would|is|was|to|shall)\s+(?:be\s+)?(?:held|take\s+place|scheduled|on|be)"
    r"|next\s+meeting\s*[:\-–]|next\s+meeting\s+(?=(?:[a-z]+day,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})|(?:future|next|the|a|special|additional|extraordinary)\s+meeting\s+(?:on|of\s+the\s+[\w\s&-]{3,60}?\s+on|to\s+be\s+held\s+on|scheduled\s+for|set\s+for|arranged\s+for|planned\s+for)"
    r"|next\s+(?:[\w-]+\s+){1,4}meeting,?\s+(?:(?:to\s+be\s+)?held\s+)?on"
    r"|next\s+(?:[\w-]+\s+){0,3}meeting\s+(?:is|will\s+be|would\s+be|shall\s+be)\s+(?:on\s+)?"
    r"(?=(?:[a-z]+day,?\s+)?(?:the\s+)?(?:\d|(?-i:[A-Z])[a-z]+\.?\s+\d))"
    r"|(?:would|will|shall|to)\s+(?:next\s+)?meet\s+(?:again\s+)?on"
    r"|next\s+(?:(?-i:[A-Z])[\w&'’-]*\s+){1,5}(?:(?:group|panel|committee|board|forum|sub-committee)\s+)?"
    r"(?:(?:would|will|is\s+to|shall)\s+be\s+held\s+)?on\b"
    r"|(?:panel|committee|board|commission|council|group|forum)['’]s\s+(?:next\s+)?meeting\s+on"
    r"|(?:meeting|hearing)\b[^.;]{0,60}?\b(?:would|will|is\s+to|to)\s+be\s+held\s+(?:(?:[^.;]|\.(?=\d)){0,40}?\s)?on"
    r"|meeting\b[^.;]{0,60}?\b(?:is|was|has\s+been)\s+(?:proposed|scheduled|planned|arranged|set)\s+for)",
    re.IGNORECASE,
)
_GOES_TO = re.compile(
    r"(?:(?:\b(?:will|shall|would|(?<!\bdue\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bnot\s)to)\s+(?:then\s+)?|(?<!\bto\s)(?<!\bnot\s)(?<!\bnever\s)\b)be\s+"
    r"(?:(?:presented|submitted|considered|reported|taken|forwarded|referred)\s+(?:to|by)|placed\s+before)"
    r"|\brefers?\s+(?:this|the)\s+(?:report|matter|item|recommendations?)\s+to"
    r"|\b(?<!\bhad\s)report(?:ing)?\s+back\s+to)\s+(?:the\s+)?"
    r"(?:(?:annual|next|special|budget)\s+meeting\s+of\s+(?:the\s+)?)?(?:full\s+)?(?:(?:(?-i:[A-Z])[\w'’-]*|and|&|of)\s+){0,4}"
    r"(?:council|cabinet|executive|committee|commission|panel|board|forum|group|authority)\s+"
    r"(?:meeting\s+)?(?:on|at\s+its\s+meeting\s+on)\s",
    re.IGNORECASE,
)
"""A paper that will go to a named meeting ("a formal resolution will be presented to Council on
27 February", "would be presented to the Annual Meeting of Council on 22 May", "to be presented to Full Council on
19th July", "would then be considered by the Schools' Forum on 9th December"): that meeting is
named as future, and so is one a resolution sends it to ("That a report ... be submitted to Full
Council on 22 January", "That Cabinet refer this report to Council on 30 May", "would be placed
before the Committee at its meeting on 29th March"). "was due to be presented" reports an
intention."""
_GOES_TO_HINT = re.compile(
    r"(?:presented|submitted|considered|reported|taken|forwarded|referred)\s+(?:to|by)\s|placed\s+before\s"
    r"|refers?\s+(?:this|the)\s|back\s+to\s"
)
"""The words `_GOES_TO` turns on, looked for (cheaply) before the pattern runs over a line."""
_LIST_LEAD = re.compile(r"\bdates\b[^:]{0,60}:\s*$", re.IGNORECASE)
"""A sentence that opens a list of dates ("The new dates were:") when it or the line before it
speaks of meetings."""
_HISTORIC = re.compile(
    r"\b(?:previous|last|earlier|prior(?!\s+to\b)|held\s+on|had\s+been|recalled|recalling)\b", re.IGNORECASE
)
_MINUTES_OF = re.compile(r"\bminutes\s+of\s*$", re.I)
"""The meeting whose minutes are confirmed ("That the Minutes of the meeting on 22 March be
confirmed") has been held."""
_FUTURE_SAID = re.compile(r"^next\b|\b(?:will|would|shall|is\s+to|to)\s+be\s+held\b", re.IGNORECASE)


def dates_list_after_heading(lines: list[str], start: int, *, after: dt.date | None = None) -> list[dt.date]:
    """Dates listed under a "DATES OF THE COMMITTEE" heading, up to the first line that is prose
    without a date (an introductory sentence before the list is skipped)."""
    out: list[dt.date] = []
    for i, text in enumerate(lines[start + 1 : start + 40]):
        found = all_dates(text, after=after, listed=True)
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


_MEETINGS_BELOW = re.compile(r"\bmeetings\b[^:.;]{0,80}?\bas\s+follows\s*[:\-–—]*\s*$", re.I)
_LIST_GLYPH = re.compile(r"^[\s\-–—•·*]+")


def meetings_listed_below(lines: list[str], start: int, *, after: dt.date | None = None) -> list[dt.date]:
    """The meetings a sentence lists below itself ("further meetings of the Group are scheduled as
    follows:", "that the meetings and venues be confirmed as follows:"): every line up to the next
    paragraph of prose that opens with a day, its time, venue or business after it ("- Wednesday
    4 September 2019, 7pm – Nansen Road Baptist Church"); lines between the days (a time, a venue,
    the items of business) are passed over."""
    out: list[dt.date] = []
    for text in lines[start + 1 : start + 40]:
        item = _LIST_GLYPH.sub("", text)
        m = DATE_RE.match(item)
        d = parse_date(m, after=after, listed=True) if m is not None else None
        if d is not None:
            out.append(d)
        elif len(item) > 100 or (not out and item):
            break
    return out


_DAY_AHEAD = (
    r"(?P<when>(?:(?:[a-z]+day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s*)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]+\.?(?:,?\s+\d{4})?"
    r"|[a-z]+day,?\s+(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)"
)
_DAY_BEHIND = r"(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]+\.?(?:,?\s+\d{4})?)"
_DATED_MEETINGS = tuple(
    (words, re.compile(pattern, re.I))
    for words, pattern in (
        (("agenda",), rf"\bagenda\s+(?:for|of|on)\s+(?:the\s+meeting\s+(?:on|of)\s+)?{_DAY_AHEAD}"),
        (
            ("agenda", "meeting"),
            rf"\b(?:the\s+)?{_DAY_BEHIND}\s+(?:(?-i:[A-Z])[\w&-]*\s+){{0,3}}(?:agenda|meeting)\b",
        ),
        (
            ("meeting",),
            r"\bthe\s+(?:next\s+)?(?P<month_first>(?-i:[A-Z])[a-z]+\.?\s+\d{1,2})(?:st|nd|rd|th)?\s+meeting\b",
        ),
        (
            ("moved", "deferred", "postponed", "forward", "rescheduled", "adjourned", "continued"),
            rf"\b(?:moved|deferred|postponed|brought\s+forward|rescheduled|adjourned|carried\s+forward|continued)\s+"
            rf"(?:to|until|till)\s+(?:the\s+meeting\s+on\s+)?{_DAY_AHEAD}",
        ),
        (
            ("held", "arranged", "fixed", "set", "scheduled", "take place", "confirmed"),
            rf"\b(?:meeting|agm|hearing)\b[^.;]{{0,80}}?\b(?:should|will|would|shall|to|is\s+to|is|was|has\s+been)\s+"
            rf"(?:be\s+)?(?:\w+ly\s+)?(?:held|arranged|fixed|set|scheduled|confirmed|take\s+place)\b[^.;]{{0,60}}?\b(?:on|for)\s+{_DAY_AHEAD}",
        ),
        (
            ("next",),
            r"\bnext\s+(?:[\w-]+\s+){0,3}meeting\b[^.;]{0,40}?\b(?:is|was|will\s+be|has\s+been|would\s+be)\s+"
            r"(?:(?:held|confirmed|scheduled|set|fixed|arranged)\s+)?(?:on|for)\s+"
            r"(?P<month_first>(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2})(?:st|nd|rd|th)?\b",
        ),
        (
            ("hold",),
            rf"\bhold(?:ing)?\s+(?:the|a|an|its|their)\s+(?:next\s+)?(?:[\w&'’-]+\s+){{0,3}}?(?:meeting|agm)\b[^.;]{{0,60}}?"
            rf"\bon\s+{_DAY_AHEAD}",
        ),
        (
            ("reconven", "adjourned"),
            rf"\b(?:reconven(?:e|ed)|adjourned\b[^.;]{{0,120}}?\b(?:dealt\s+with|continued|resumed))\s+on\s+{_DAY_AHEAD}",
        ),
        (("confirmed",), rf"\b(?:date|agm|meeting)\b[^.;]{{0,30}}?\bconfirmed\s+(?:as|for)\s+{_DAY_AHEAD}"),
        (
            ("return",),
            rf"\breturn(?:s|ed)?\s+to\s+(?:the\s+)?(?:full\s+)?(?:(?:(?-i:[A-Z])[\w'’-]*|and|&|of)\s+){{0,4}}"
            rf"(?:council|cabinet|executive|committee|commission|panel|board|forum)\s+(?:meeting\s+)?on\s+{_DAY_AHEAD}",
        ),
        (
            ("date of",),
            rf"\bdate\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?meeting\s+(?:is|will\s+be|has\s+been\s+"
            rf"(?:set|fixed|changed|moved)\s+(?:to|for))\s+{_DAY_AHEAD}",
        ),
        (
            ("meeting on", "held on", "scheduled for"),
            rf"\b(?:panel|committee|board|council|cabinet|commission|group|forum|pcp|(?-i:[A-Z]{{2,5}}))\s+meeting\s+"
            rf"(?:(?:to\s+be\s+held\s+)?on|scheduled\s+for)\s+{_DAY_AHEAD}",
        ),
    )
)
"""A meeting to come, named with its day: "added to the agenda for 20 March", "the 23
January agenda", "moved to 2 October", "the annual meeting should be held at the Scout Hut on
Monday 6th December", "the date of the Annual Meeting is 25th May", "the Panel meeting on 8
December", "the IJB meeting on 25 June", "the Parish Council meeting scheduled for 29 August", "the next May 10th meeting", "a special meeting ... is held on the 8 December", "to hold
the AGM on Monday 20th March", "adjourned ... to be reconvened on 27 March", "AGM. Date confirmed as Tuesday 22nd
November", "the policy return to the Licensing Committee on 10 September" (a day before the meeting is one the text
looks back on)."""


_DIGIT = re.compile(r"\d")


def _day_first(month_day: str | None) -> str | None:
    """ "May 10" as "10 May": a month-first day with no year or weekday is read only here, where
    "the ... meeting" around it says it is a date."""
    if not month_day:
        return None
    month, day = month_day.split()
    return f"{day} {month}"


def _dated_meetings(text: str, after: dt.date | None) -> list[dt.date]:
    out: list[dt.date] = []
    if not _DIGIT.search(text):
        return out
    low = text.lower()
    for words, pattern in _DATED_MEETINGS:
        if not any(word in low for word in words):
            continue
        for m in pattern.finditer(text):
            head = text[max(0, m.start() - 40) : m.start()].rsplit(". ", 1)[-1]
            if _HISTORIC.search(head) or "minutes" in head.lower():
                continue
            groups = m.groupdict()
            when = groups.get("when") or groups.get("day") or _day_first(groups.get("month_first")) or ""
            d = first_date(when, after=after)
            if d is not None:
                out.append(d)
    return out


_SCANNED_LINES = 2000
_SCANNED_CHARS = 5000


def latest_written_date(lines: list[str]) -> dt.date | None:
    """The latest full date a document writes."""
    latest: dt.date | None = None
    for text in lines[:_SCANNED_LINES]:
        if not _DIGIT.search(text):
            continue
        for m in DATE_RE.finditer(text[:_SCANNED_CHARS]):
            d = parse_date(m)
            if d is not None and (latest is None or d > latest):
                latest = d
    return latest


_HALF_YEAR = dt.timedelta(days=182)


def undated_reference(lines: list[str]) -> dt.date | None:
    """What dates a day written without its year where the minutes do not say when their meeting
    was: the half year either side of the latest full date they write. That date is often a
    deadline after the meeting ("responses by 12 June 2018"), so "Council on 30 May" is the May
    before it, not the May after."""
    latest = latest_written_date(lines)
    return latest - _HALF_YEAR if latest is not None else None


def _date_line(lines: list[str], i: int, after: dt.date | None) -> dt.date | None:
    """ "The next meeting to be held at the Public House at 7.15pm." over a line holding only its day
    ("Tuesday 5th July 2022")."""
    if i >= len(lines) or len(lines[i]) > 40:
        return None
    m = DATE_RE.search(lines[i])
    if m is None or len(lines[i]) - len(m.group(0)) > 12:
        return None
    return parse_date(m, after=after)


def _day_line(lines: list[str], i: int, after: dt.date | None) -> dt.date | None:
    """The line under a "Next meeting" heading that opens with the meeting's day, its time perhaps
    first ("17:15, Wednesday 21 September 2022, Ayton PS"); not a sentence that mentions a date."""
    if i >= len(lines) or len(lines[i]) > 100:
        return None
    m = DATE_RE.search(lines[i])
    if m is None or m.start() > 20:
        return None
    return parse_date(m, after=after)


_SCHEDULED_FOR = re.compile(r"\b(?:scheduled|set|arranged|planned)\s+for\s*$", re.I)
_MONTH_DAY_FIRST = re.compile(r"^\s*(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b")


def _labelled_day(said: str, tail: str, after: dt.date | None) -> dt.date | None:
    """ "Next Meeting: November 15 @ 12:00 PM", "Next meeting scheduled for January 14, at 5:00p.m.":
    after the label, or right after "scheduled for", a month-first day needs no weekday or year to
    be read as one."""
    if not said.rstrip().endswith((":", "-", "–")) and not (
        _SCHEDULED_FOR.search(said) and _MONTH_DAY_FIRST.match(tail)
    ):
        return None
    found = all_dates(tail[:30], after=after, listed=True)
    return found[0] if found else None


def future_meeting_dates(
    lines: list[str], meeting_date: dt.date | None, reference: dt.date | None = None
) -> list[dt.date]:
    """The meetings after `meeting_date` the text names; `reference` (by default the meeting
    date) dates a day written without its year."""
    found: list[dt.date] = []
    after = reference or meeting_date
    for i, text in enumerate(lines):
        if text[-1:] in "gG:" and _NEXT_HEADING.match(text):
            if (d := _day_line(lines, i + 1, after)) is not None:
                found.append(d)
            continue
        if _DATES_HEADING.match(text):
            found.extend(all_dates(text, after=after) or dates_list_after_heading(lines, i, after=after))
            continue
        low = text.lower()
        if (
            "dates" in low
            and _LIST_LEAD.search(text)
            and ("meeting" in low or (i and "meeting" in lines[i - 1].lower()))
        ):
            listed = dates_list_after_heading(lines, i - 1, after=after)
            if not listed and i + 1 < len(lines):
                listed = leading_dates(lines[i + 1], after=after)
            found.extend(listed)
        if "as follows" in low and _MEETINGS_BELOW.search(text):
            found.extend(meetings_listed_below(lines, i, after=after))
        if (
            "will be" in low
            or "shall be" in low
            or "would be" in low
            or "to be" in low
            or "then be" in low
            or "back to" in low
            or " be " in low
            or "refer" in low
        ) and _GOES_TO_HINT.search(low) is not None:
            for m in _GOES_TO.finditer(text):
                d = first_date(text[m.end() : m.end() + 40], after=after)
                if d is not None:
                    found.append(d)
        if "agenda" in low or "meeting" in low or " to " in low or "agm" in low:
            found.extend(_dated_meetings(text, after))
        if "meeting" not in low and "meet " not in low and "hearing" not in low and "next " not in low:
            continue
        for m in _NEXT_MEETING.finditer(text):
            tail = text[m.end() : m.end() + 80]
            head = text[max(0, m.start() - 40) : m.start()].rsplit(". ", 1)[-1]
            said = m.group(0)
            if _HISTORIC.search(head) or (_HISTORIC.search(said) and not _FUTURE_SAID.search(said)):
                continue
            if _MINUTES_OF.search(head):
                continue
            d = (
                first_date(tail, after=after)
                or first_date(said, after=after)
                or _date_line(lines, i + 1, after)
                or _labelled_day(said, tail, after)
            )
            if d is not None:
                found.append(d)
    return sorted({d for d in found if meeting_date is None or d > meeting_date})
