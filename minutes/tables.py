"""Rows of an "Action | Owner | Due" table, the form many county and NHS-style minutes use; a row
whose "Status" column says it is done ("Complete", "Closed") leaves nothing to do."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from minutes.action_lines import closed
from minutes.dates import first_date
from minutes.due import find_due
from minutes.model import Resolution
from minutes.point import Where, make_resolution

_TABLE_SPLIT = re.compile(r"\s*\|\s*")
_RULE_CELL = re.compile(r":?-{2,}:?|")
_ACTION_HEAD = re.compile(
    r"(?:agreed\s+)?actions?(?:\s+(?:agreed|items?))?|decisions?(?:\s+/\s+actions?)?|tasks?|description"
)
_OWNER_HEAD = re.compile(r"\bowner|\blead\b|responsib|\bwho\b|\bby whom|\bofficer|\bassigned|\bactionee")
_DUE_HEAD = re.compile(r"\bdue|deadline|\bby when|\bdate|\btimescale|\bwhen\b|\beta\b")
_MINUTE_HEAD = re.compile(r"\bminute|\bitem|\bref|\bno\.?$")
_TEXT_HEAD = re.compile(r"\baction|\bdecision|\bagreed|\btask|\bdescription")
_STATE_HEAD = re.compile(r"\bstatus|\brag\b|\bprogress|\bopen\s*/\s*closed")


def cells(row: str) -> list[str]:
    return [c.strip() for c in _TABLE_SPLIT.split(row.strip().strip("|"))]


def is_header(low: list[str]) -> bool:
    short = [c for c in low if len(c.split()) <= 3]
    return (
        any(_ACTION_HEAD.fullmatch(c) for c in short)
        and any(_OWNER_HEAD.search(c) for c in short)
        and not any(c.startswith("topic") for c in low)
    )


def action_table(rows: list[str], where: Where, meeting_date: dt.date | None) -> Iterator[Resolution]:
    header: list[str] | None = None
    for row in rows:
        row_cells = cells(row)
        if all(_RULE_CELL.fullmatch(c) for c in row_cells):
            continue
        low = [c.lower() for c in row_cells]
        if header is None or low == header:
            if is_header(low):
                header = low
            continue
        if len(row_cells) < 2:
            continue
        rec = dict(zip(header, row_cells, strict=False))
        action = next((v for k, v in rec.items() if _TEXT_HEAD.search(k)), "")
        owner = next((v for k, v in rec.items() if _OWNER_HEAD.search(k)), "")
        due = next((v for k, v in rec.items() if _DUE_HEAD.search(k)), "")
        minute = next((v for k, v in rec.items() if _MINUTE_HEAD.search(k)), "")
        state = next((v for k, v in rec.items() if _STATE_HEAD.search(k)), "")
        if not action:
            continue
        local = Where(minute or where.minute, where.title, where.restricted)
        named = first_date(due, after=meeting_date) if due else None
        due_value = named.isoformat() if named else (find_due(due, meeting_date) or due or None)
        done = bool(state) and closed(f"[{state}]")
        yield make_resolution(
            action, None, local, meeting_date, owner=owner or None, due=due_value, actionable=not done
        )
