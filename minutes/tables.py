"""Rows of an "Action | Owner | Due" table, the form many county and NHS-style minutes use; a row
whose "Status" column says it is done ("Complete", "Closed") leaves nothing to do."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from minutes.action_lines import closed, log_entry_point
from minutes.dates import first_date
from minutes.due import find_due
from minutes.model import Resolution
from minutes.point import Where, make_resolution

_TABLE_SPLIT = re.compile(r"\s*\|\s*")
_RULE_CELL = re.compile(r":?-{2,}:?|")
_ACTION_HEAD = re.compile(
    r"(?:agreed\s+)?actions?(?:\s+(?:agreed|items?))?|decisions?(?:\s+/\s+actions?)?|tasks?|description"
)
_OWNER_HEAD = re.compile(
    r"\bowner|\blead\b|responsib|\bwho\b|\bby whom|\bofficer|\bassigned|\bactionee|^names?$|^res\.?$"
)
"""Who acts: "Owner", "Lead", "Responsible", and a club's "Name" or a project's "Res" beside the action."""
_DUE_HEAD = re.compile(r"\bdue|deadline|\bby when|\bdate|\btimescale|\bwhen\b|\beta\b")
_MINUTE_HEAD = re.compile(r"\bminute|\bitem|\bref|\bno\.?$")
_TEXT_HEAD = re.compile(r"\baction|\bdecision|\bagreed|\btask|\bdescription")
_STATE_HEAD = re.compile(r"\bstatus|\brag\b|\bprogress|\bopen\s*/\s*closed")


_HTML_PARA = re.compile(r"</?(?:p|ul|ol|strong|b|em|i|u|span)(?:\s[^<>]{0,60})?/?>|</li\s{0,5}>", re.I)
"""HTML a markdown table's cell keeps ("<p>", "<strong>Action:</strong>"), its words kept."""
_CELL_BREAK = re.compile(r"\s*<(?:br\s{0,5}/?|li(?:\s[^<>]{0,60})?)>\s*", re.I)
_TAGGED = re.compile(r"^(?-i:ACTION|Action)S?(?:\s+by)?\s*:\s*(?P<task>\S.{3,})$")
"""An action given inside a cell of a table that is not an action log ("| 4. Club communications |
<ul><li><strong>Action:</strong> Jonathon to create a Slack channel</li></ul> |")."""
_ENTRY_DASH = re.compile(r"^[-–•*]\s*")
_NO_ACTION = re.compile(r"(?:n/?a|none|nil|no\s+(?:further\s+)?actions?(?:\s+required)?|-+|–|—)\.?", re.I)
_ACTIONS_COLUMN = re.compile(r"actions?\b(?:\s*(?:[:/&,]|and|arising|agreed|required)\s*.{0,40})?")
"""A column of actions whose head also says what else it holds ("Actions: Responsible / Note",
"Action / Owner", "Actions arising")."""

_DECIDED = re.compile(
    r"^(?:decision|decided|agreed|approved|noted)\b|\b(?:was|were)\s+(?:passed|approved|agreed|carried|noted|accepted)\b",
    re.I,
)
"""An entry of the actions column that records what was decided ("Decision to fund the licences", "A
motion of thanks was passed"): nothing follows from it."""


def cells(row: str) -> list[str]:
    row = _HTML_PARA.sub("", row) if "<" in row else row
    return [c.strip() for c in _TABLE_SPLIT.split(row.strip().strip("|"))]


def entries(cell: str) -> list[str]:
    """The entries of an action cell: one, or several parted by HTML breaks ("- Prepare the deck<br>-
    Send out the notices"); an empty cell or "N/A" holds none."""
    parts = _CELL_BREAK.split(cell) if "<" in cell else [cell]
    found = [_ENTRY_DASH.sub("", p).strip() for p in parts]
    return [p for p in found if p and not _NO_ACTION.fullmatch(p)]


def is_header(low: list[str]) -> bool:
    short = [c for c in low if len(c.split()) <= 3]
    return (
        any(_ACTION_HEAD.fullmatch(c) for c in short)
        and any(_OWNER_HEAD.search(c) for c in short)
        and not any(c.startswith("topic") for c in low)
    ) or (len(low) >= 2 and _ACTIONS_COLUMN.fullmatch(low[-1]) is not None)


def action_table(rows: list[str], where: Where, meeting_date: dt.date | None) -> Iterator[Resolution]:
    header: list[str] | None = None
    for row in rows:
        row_cells = cells(row)
        if all(_RULE_CELL.fullmatch(c) for c in row_cells):
            continue
        low = [c.lower() for c in row_cells]
        if header is None and not is_header(low):
            yield from _tagged_actions(row_cells, where, meeting_date)
            continue
        if header is None or low == header:
            header = low
            continue
        if len(row_cells) < 2:
            continue
        rec = dict(zip(header, row_cells, strict=False))
        key = next((k for k in rec if _TEXT_HEAD.search(k)), "")
        action = rec.get(key, "")
        owner = next((v for k, v in rec.items() if k != key and _OWNER_HEAD.search(k)), "")
        due = next((v for k, v in rec.items() if _DUE_HEAD.search(k)), "")
        minute = next((v for k, v in rec.items() if _MINUTE_HEAD.search(k)), "")
        state = next((v for k, v in rec.items() if _STATE_HEAD.search(k)), "")
        local = Where(minute or where.minute, where.title, where.restricted)
        named = first_date(due, after=meeting_date) if due else None
        due_value = named.isoformat() if named else (find_due(due, meeting_date) or due or None)
        to_do = not closed(f"[{state}]") if state else True
        for entry in entries(action):
            task, entry_owner, open_entry = log_entry_point(entry)
            yield make_resolution(
                task,
                None,
                local,
                meeting_date,
                owner=owner or entry_owner,
                due=due_value,
                actionable=to_do and open_entry and _DECIDED.search(task) is None,
            )


def _tagged_actions(row: list[str], where: Where, meeting_date: dt.date | None) -> Iterator[Resolution]:
    """The actions tagged inside the cells of a row of a table that is not an action log."""
    for cell in row:
        if "ction" not in cell and "CTION" not in cell:
            continue
        for entry in entries(cell):
            m = _TAGGED.match(entry)
            if m is not None:
                task, owner, to_do = log_entry_point(m.group("task"))
                yield make_resolution(task, None, where, meeting_date, owner=owner, actionable=to_do)
