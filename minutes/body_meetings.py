"""A point due at another body ("be referred to Council") is due at that body's meeting when the
minutes give its date elsewhere ("... would be presented to the Annual Meeting of Council on 22
May"): the dated meeting is the due point an officer can plan for."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from minutes.dates import first_date
from minutes.model import Resolution

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NOT_A_BODY = re.compile(r"\b(?:meeting|when|future|appropriate|next|later|due|course)\b", re.I)


def _dated(body: str, lines: Sequence[str], after: dt.date | None) -> dt.date | None:
    """The one date the text gives a meeting of `body` ("Council on 22 May", "the meeting of the
    Cabinet on 3 June 2025", "Full Council (22 May)"); None when it gives none or several."""
    name = re.escape(body.strip())
    pattern = re.compile(
        rf"\b{name}(?:\s+meeting)?\s*(?:on|of|\(|,)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?=\d)",
        re.I,
    )
    found: set[dt.date] = set()
    for text in lines:
        if body[:4].lower() not in text.lower():
            continue
        for m in pattern.finditer(text):
            d = first_date(text[m.end() : m.end() + 30], after=after)
            if d is not None and (after is None or d > after):
                found.add(d)
    return found.pop() if len(found) == 1 else None


def dated_at_bodies(
    resolutions: list[Resolution], lines: Sequence[str], meeting_date: dt.date | None
) -> list[Resolution]:
    """The resolutions, each due at another body given that body's meeting date where the text
    names one."""
    out = []
    for res in resolutions:
        due = res.due
        if res.actionable and due and not _ISO.match(due) and not _NOT_A_BODY.search(due) and len(due) < 60:
            when = _dated(due, lines, meeting_date)
            if when is not None:
                res = replace(res, due=when.isoformat())
        out.append(res)
    return out
