"""When the meeting started: "Held: THURSDAY, 24 AUGUST 2023 at 5:30 pm", "TIME: 5.30 pm",
"Planning Committee - Wednesday, 5th February, 2025 7.00 pm", "The meeting opened at 10.35am",
"... met in session on this date at 9:30 a.m.". A time someone joined, left or the meeting
closed is not the start."""

from __future__ import annotations

import datetime as dt
import re

from minutes.dates import DATE_RE

_CLOCK = re.compile(
    r"(?<![\d:.T])(?P<h>[01]?\d|2[0-3])(?:\s?[.:]\s?(?P<m>[0-5]\d))?\s?"
    r"(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|noon\b|hrs\b|hours\b)?(?![\d:])",
    re.I,
)
_LABEL = re.compile(
    r"\b(?:time|start(?:s|ing)?(?:\s+time)?)\s*(?:of\s+(?:the\s+)?meeting\s*)?[:\-–]\s*$", re.I
)
_STARTED = re.compile(
    r"\b(?:opened|commenced|started|began|convened|met|held|meeting|session)\b[^.;]{0,80}?\bat\s*$", re.I
)
_NOT_START = re.compile(
    r"\b(?:closed|ended|finished|adjourned|concluded|joined|left|arrived|departed|rose|terminated|resumed"
    r"|reconvened|returned)\s+(?:the\s+(?:meeting|room|chamber)\s+)?at\s*$|\b(?:until|till|to|by)\s*$"
    r"|(?:(?<!\d\d\d)\d|[ap]\.?m\.?)\s*[-–]\s*$",
    re.I,
)


_AFTER_DATE = re.compile(r"(?:\b(?:19|20)\d\d|\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}),?\s*$")
"""A 24-hour time straight after the date on a short heading line ("Date: 12 February 2026, 10:00",
"Meeting of the Board of Directors, 23 March 2020, 14:30 UTC") is the meeting's start."""


_LATER_MEETING = re.compile(r"\b(?:next|following|future)\s+(?:[\w-]+\s+){0,2}?meeting\b", re.I)
"""A short page ends with the next meeting ("Date of next meeting: 11 March 2031 at 10.00am"): its
time is not this meeting's."""


def _as_time(m: re.Match[str], labelled: bool) -> dt.time | None:
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    ampm = (m.group("ampm") or "").lower().replace(" ", "").replace(".", "")
    if ampm == "noon":
        return dt.time(12, 0) if hour == 12 else None
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    elif ampm in ("", "hrs", "hours") and (
        m.group("m") is None or not (labelled or hour >= 8 or m.group(0).startswith("0"))
    ):
        return None
    return dt.time(hour, minute) if hour < 24 else None


def meeting_time(lines: list[str]) -> dt.time | None:
    """The start time the opening of the minutes gives, if any: labelled, after "opened at" or
    "held ... at", or with am/pm on (or just above or under) a line that gives a date. The end of
    a span ("14:00 - 16:00") is not the start; a time after a dash that follows a date is
    ("Thursday, March 12, 2031 – 6:30 p.m.")."""
    after_date = False
    top = lines[:40]
    for at, whole in enumerate(top):
        text = whole[:1000]
        if _LATER_MEETING.search(text):
            after_date = False
            continue
        on_line = DATE_RE.search(text) is not None
        before_date = at < 10 and at + 1 < len(top) and DATE_RE.search(top[at + 1][:200]) is not None
        dated, after_date = on_line or after_date or before_date, on_line
        for m in _CLOCK.finditer(text):
            before = text[max(0, m.start() - 90) : m.start()]
            if _NOT_START.search(before):
                continue
            labelled = _LABEL.search(before) is not None or (
                on_line
                and len(text) <= 100
                and m.group("m") is not None
                and _AFTER_DATE.search(before) is not None
            )
            if not (labelled or _STARTED.search(before) or (dated and m.group("ampm"))):
                continue
            found = _as_time(m, labelled)
            if found is not None:
                return found
    return None
