"""A PDF's running head or foot left between two points of a list when the page broke inside it:
"Licensing Committee - 4 February 2031", "Planning Committee 12.03.31", "Page 2", "BOARD MEETING
MINUTES – PUBLIC SESSION PAGE 2 December 11, 2031". A page's furniture
that recurs is cut before lines are joined (minutes/text.py); one that shows once (a two-page
excerpt) is told apart here by its shape: a title in capitals and a date, and nothing else."""

from __future__ import annotations

import re

from minutes.dates import MONTH_PATTERN

_RUNNING_HEAD = re.compile(
    r"^(?:minutes\s*[-–—:|]?\s*)?(?:(?:[-–—|]\s+)?(?-i:[A-Z])[\w'’&-]*\s+(?:(?:and|of|the|for|&)\s+){0,2}){1,8}[-–—|,:]?\s*"
    rf"(?:page\s+\d{{1,3}}\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN},?\s+\d{{4}}"
    rf"|{MONTH_PATTERN}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})"
    r"(?:\s*[-–—|,]?\s*page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)?$",
    re.I,
)


def running_head(text: str) -> bool:
    return len(text) <= 120 and _RUNNING_HEAD.match(text) is not None
