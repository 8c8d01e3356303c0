"""Where a decision's list ends: a point runs on over a paragraph or a running head, and stops at a
table, the next decision, a motion put in a bullet, the next agenda title or planning application
bulleted after a decision said whole on its line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.headings import standard_title
from minutes.list_labels import follows
from minutes.running_heads import running_head
from minutes.tags import Tag, Tagged
from minutes.text import MARKER_RE, strip_bullet

LIST_OPENS = re.compile(r"(?:[:\-–—]|\bas\s+follows)\s*$", re.I)


def point_goes_on(lines: Sequence[Tagged], j: int, previous: str | None) -> bool:
    """A paragraph between two points of a list belongs to the point above it ("(b) Instructed the
    Officer to write ..." / "A report should come forward ..." / "(c) ..."), also when a page's
    running head stands between it and the next point."""
    while j < len(lines) and running_head(lines[j].line.text):
        j += 1
    if j >= len(lines) or lines[j].line.bullet or ends_list(lines[j]):
        return False
    m = MARKER_RE.match(lines[j].line.text)
    return (
        m is not None
        and previous is not None
        and follows(m.group("label") or m.group("plabel") or "", previous)
    )


_MOTION_BULLET = re.compile(r"^(?-i:MOTION|Motion)\s*[:\-–—]\s*\S")
"""A bullet that puts a motion ("• MOTION: approve the minutes"), under a list of tasks or points: a
decision of its own, not the next entry."""


def dated_entry(t: Tagged) -> bool:
    """A point with neither bullet nor label: a log's entry opening with its date ("2016-05-28: Paul to
    ..."), listed as bullets are."""
    return t.tag is Tag.POINT and not t.line.bullet and MARKER_RE.match(t.line.text) is None


def ends_list(t: Tagged) -> bool:
    """A line no list runs past: a table, the end of a block, page furniture, a new decision (a
    numbered point that tells a decision in a sentence is still a point of the list, and so is the
    sentence straight under a bare "RESOLVED –" or "Decision:")."""
    if t.tag in (Tag.TABLE, Tag.STOP, Tag.FURNITURE) or t.cut or t.rule == "outcome_line":
        return True
    if t.line.bullet and t.line.text[:6].lower() == "motion" and _MOTION_BULLET.match(t.line.text):
        return True
    if t.line.bullet or not t.opens_block:
        return False
    return not (t.hit.kind == "said" and MARKER_RE.match(t.line.text))


LIST_GOES_ON = re.compile(r"(?:;|;\s*(?:and|or)|,\s*and)\s*$", re.I)
"""An unmarked point ending as a list's points do ("... remain at 2.00pm;"): the next line is the
next point, whatever its first word ("The order of the agenda remain the same;")."""


_APPLICATION_REF = re.compile(r"^(?:[A-Z]{1,4}/)?\d{2,4}/\d{3,6}(?:/[A-Z]{2,6})?\b")
"""A planning application's reference ("20/501113/FULL", "DC/19/01234", "19/01234/FUL")."""


def said_whole(point: str, bullet: str) -> bool:
    """A decision written whole on its trigger's line ("RESOLVED Councillor Maxwell accepted and
    took the chair for the meeting") with an agenda title bulleted after it ("• Apologies for
    absence"), or the next planning application ("- 20/501113/FULL 3 Walters Cottages"): the bullet
    is the next item, not a point of the decision."""
    return (
        point[-1:] not in ":;,"
        and LIST_OPENS.search(point) is None
        and LIST_GOES_ON.search(point) is None
        and _OPEN_ENDED.search(point) is None
        and (
            standard_title(strip_bullet(bullet)[0].strip(" -–:"), sentence_case=True)
            or _APPLICATION_REF.match(strip_bullet(bullet)[0].strip(" -–:")) is not None
        )
    )


_OPEN_ENDED = re.compile(
    r"\b(?:to\s+[\w-]+|to|of|for|and|or|the|an?|with|by|including|namely|include)\s*$", re.I
)
""""... subject to an agreement by 17 November to secure": a line left open for the bullets under it."""
