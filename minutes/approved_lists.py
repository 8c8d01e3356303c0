"""A list approved as a whole: "The following policies were reviewed and approved:" over the
policies, one a line. It is one decision whose object is the list (as a payments list is), so the
lines under it are neither points of their own nor discussion."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.tags import Tag, Tagged
from minutes.text import MARKER_RE

_APPROVED_LIST = re.compile(
    r"^(?:the\s+)?following\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|had\s+been|have\s+been)\s+"
    r"(?:(?:duly|unanimously|formally|then|reviewed|considered|read)\s+(?:and\s+)?){0,2}"
    r"(?:approved|adopted|agreed|ratified|endorsed|accepted|re-?adopted)"
    r"(?:\s+(?:by|at)\s+(?:the\s+)?(?:meeting|governors|trustees|members|board|committee|council))?\s*[:\-–—]\s*$",
    re.I,
)
_MOST = 30


def approved_list(lines: Sequence[Tagged], i: int) -> tuple[str, int] | None:
    """The stem at `lines[i]` with the list under it as one decision, and the index after it."""
    text = lines[i].text
    if len(text) > 200 or _APPROVED_LIST.match(text) is None:
        return None
    rows: list[str] = []
    j = i + 1
    while j < len(lines) and len(rows) < _MOST and lines[j].tag is Tag.POINT and not lines[j].cut:
        row = MARKER_RE.sub("", lines[j].text, count=1).strip().rstrip(";,.")
        rows.append(row)
        j += 1
    if not rows:
        return None
    return f"{text.rstrip(' :-–—')}: {'; '.join(rows)}", j
