"""One resolution point and its fields: actionable (minutes/classify.py), owner
(minutes/owners.py), due (minutes/due.py) and work programme (minutes/work_programme.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from minutes.classify import is_actionable, refuses
from minutes.decided_clause import decided_clause
from minutes.due import find_due
from minutes.model import Resolution
from minutes.owner_tags import owner_tag, trailing_owner
from minutes.owners import find_owner, role_action
from minutes.work_programme import feeds_work_programme

_VOTES = re.compile(
    r"\s*\((?:\d+|unanimous)[^()]{0,40}\b(?:favour|for|against|abstentions?|votes?)\b[^()]{0,40}\)\.?", re.I
)
_SPACE = re.compile(r"\s+")


_NOTHING_SAID = re.compile(
    r"^\W*(?:(?:https?://|www\.)\S+\W*|(?:[\w'’&/()-]+\s+){0,3}[\w'’&/()-]+\s*:\s*)$|^\W*$"
    r"|^[^.;]{0,200}:\s*\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s*$",
    re.I,
)


def says_nothing(text: str) -> bool:
    """A point that is only a link ("[https://example.org/faq]") or only a label over what follows
    ("Action Items:", "Links:"): notes kept as markdown list both among their points; or a stem a page
    excerpt stops after, at its first label ("... it was RESOLVED to: 1.")."""
    return _NOTHING_SAID.match(text) is not None


@dataclass
class Where:
    """The item a point sits under, and whether it was taken in private."""

    minute: str | None = None
    title: str | None = None
    restricted: bool = False


def without_votes(text: str) -> str:
    """ "That the plan be approved (7 for, 2 against)." loses the count."""
    return _VOTES.sub("", text) if "(" in text else text


_CARRIED_AFTER = re.compile(r"(?<=[.;:\w])\s+(?:the\s+)?motion\s+(?:was\s+)?carried$", re.I)
"""The outcome a run-together page leaves on the end of the motion ("... from Cr Kate Wilson. Motion
carried"): it says the point was decided, and is not part of it."""
_QUOTED = re.compile(r"^[“\"](?P<inner>(?:That|To)\s[^“”\"]+?[.;]?)[”\"]\s*([.;]?)$")


def unquoted(text: str) -> str:
    """“That the minutes be adopted.” as minutes quote a resolution: the words, not the marks."""
    if not text.startswith(("“", '"')):
        return text
    m = _QUOTED.match(text)
    return m.group("inner") + m.group(2) if m else text


_RESOLUTION_NUMBER = re.compile(r"^(?:\d{4}[./]\d{1,3}[./]\d{1,3}|\d{1,4}/\d{2,4})\s+(?=(?-i:That|THAT)\s)")
"""A resolution's own number before its clause, as an Australian shire numbers its resolutions
("2008.11.2 That the Chief Executive Officer obtain ...") or a council by year ("0421/11 That ...")."""


def make_resolution(
    text: str,
    label: str | None,
    where: Where,
    meeting_date: dt.date | None,
    *,
    owner: str | None = None,
    due: str | None = None,
    actionable: bool | None = None,
) -> Resolution:
    text = unquoted(_SPACE.sub(" ", text).strip())
    if text[:1].isdigit():
        text = _RESOLUTION_NUMBER.sub("", text, count=1)
    if text.endswith(("carried", "CARRIED", "Carried")) and len(text) > 24:
        text = _CARRIED_AFTER.sub("", text)
    clause = decided_clause(text)
    if actionable is None:
        actionable = (
            owner is not None
            or trailing_owner(text) is not None
            or owner_tag(text) is not None
            or is_actionable(text)
            or (clause is not None and is_actionable(clause))
            or (not refuses(text) and role_action(text) is not None)
        )
    if owner is None and actionable:
        owner = find_owner(text) or (find_owner(clause) if clause else None)
    return Resolution(
        text=text,
        actionable=actionable,
        owner=owner,
        due=due if due is not None else (find_due(text, meeting_date) if actionable else None),
        work_programme=actionable and feeds_work_programme(text),
        minute=where.minute or label,
        item_title=where.title,
        restricted=where.restricted,
    )


def as_task(res: Resolution, who: str, meeting_date: dt.date | None) -> Resolution:
    """A decision found to give somebody a task after it was read: an action, theirs unless it
    names another."""
    return replace(
        res,
        actionable=True,
        owner=res.owner or who,
        due=res.due if res.due is not None else find_due(res.text, meeting_date),
        work_programme=feeds_work_programme(res.text),
    )
