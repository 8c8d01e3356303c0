"""What a PDF prints on its pages around the minutes: page numbers ("Page 3 of 12", "- 4 -",
"3/20"), "Chair's initials" and signature lines, and the line endings that keep a recurring short
line from being taken for a running title."""

from __future__ import annotations

import re

_PAGE_MARK = re.compile(
    r"^(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,3}|\d{1,3}\s*/\s*\d{1,3}"
    r"|chair(?:man|person)?'?s?\s+initials\b.*|signed\s*\.{3,}.*|\.{5,})$",
    re.I,
)
_MINUTE_OF_YEAR = re.compile(r"^(?P<n>\d{1,3})/(?P<year>\d{2})$")


def _minute_of_year(line: str) -> bool:
    """ "35/20" over its title is minute 35 of 2020, not page 35 of 20 (page "3/20" stays a page)."""
    m = _MINUTE_OF_YEAR.match(line)
    return m is not None and int(m.group("n")) > int(m.group("year"))


RUNNING_OK = re.compile(
    r"[.:;!?][-–—]?$|\b(?:resolved|agreed|decided)\s*[:\-–—]*$|^\||^(?:resolved|agreed|decisions?|actions?|minutes|proposed|seconded|moved|carried|approved"
    r"|unanimously|motion|made\s+at\s+meeting)\b|\b(?:carried|defeated|passed|adopted|approved|agreed|lost)(?:\s+unanimously)?$"
    r"|\b(?:supports?|object(?:s|ed)?\s+to)\s+(?:this|the)\s+application\b|^no\s+objections?\b|\brecommends?\s+(?:approval|refusal)\b",
    re.I,
)
"""A short line that recurs but is text, not a running title: a sentence, a table row, a decision word,
an outcome ("MOTION CARRIED" under each motion of a council's minutes), a decision stem ("The
Committee resolved:-" over each item of a Scottish council's minute), and the meeting a decision page's
entries were made at ("Made at meeting: 20/06/2024 - Cabinet" under each decision of that meeting), and
a council's answer under each planning application ("The Council support this application")."""


def page_mark(line: str) -> bool:
    """A line that is a page's number or signing furniture on its own."""
    return _PAGE_MARK.match(line) is not None and not _minute_of_year(line)
