"""The query plans of the hot queries, taken from the SQL the handlers and the scheduler really run.

Each command is run once with the statements recorded (a `before_cursor_execute` listener), and
each distinct SELECT is explained with its own parameters: EXPLAIN QUERY PLAN on SQLite, EXPLAIN on
PostgreSQL. A full scan of one of the big tables (action, actionevent, meeting, delivery) is
flagged, since at 100,000 actions that is what makes a command slow.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from storage.db import Database

BIG_TABLES = ("action", "actionevent", "meeting", "delivery", "seenrequest")


@dataclass
class Recorded:
    label: str
    statements: list[tuple[str, Any]] = field(default_factory=list)


@dataclass
class Plan:
    label: str
    sql: str
    plan: list[str]

    @property
    def full_scans(self) -> list[str]:
        found = []
        for line in self.plan:
            m = re.search(r"\bSCAN (\w+)", line) or re.search(r"Seq Scan on (\w+)", line)
            if m and m.group(1) in BIG_TABLES:
                found.append(m.group(1))
        return found


async def record(db: Database, label: str, run: Callable[[], Awaitable[object]]) -> Recorded:
    out = Recorded(label)

    def on_execute(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, executemany: bool
    ) -> None:
        select = not executemany and statement.lstrip().upper().startswith("SELECT")
        if select and all(statement != s for s, _ in out.statements):
            out.statements.append((statement, parameters))

    sa.event.listen(db.engine.sync_engine, "before_cursor_execute", on_execute)
    try:
        await run()
    finally:
        sa.event.remove(db.engine.sync_engine, "before_cursor_execute", on_execute)
    return out


async def explain(db: Database, recorded: Recorded) -> list[Plan]:
    prefix = "EXPLAIN QUERY PLAN " if db.is_sqlite else "EXPLAIN "
    plans = []
    async with db.engine.connect() as conn:
        for statement, parameters in recorded.statements:
            if statement.strip().upper() == "SELECT 1":
                continue
            rows = (await conn.exec_driver_sql(prefix + statement, parameters)).all()
            lines = [_cut(str(r[-1])) for r in rows]
            plans.append(Plan(recorded.label, _squeeze(statement), lines))
    return plans


def _cut(line: str, width: int = 240) -> str:
    """A plan line, shortened: PostgreSQL spells out every value of a long IN list."""
    return line if len(line) <= width else line[: width - 3] + "..."


def _squeeze(sql: str) -> str:
    """The SQL on one line, with the long column lists cut: what the reader needs to match a plan."""
    sql = re.sub(r"\s+", " ", sql).strip()
    param = r"(?:\?|\$\d+(?:::[A-Z]+(?: [A-Z]+)*)?)"
    sql = re.sub(rf"\((?:{param}, ){{3,}}{param}\)", "(?, ...)", sql)
    return re.sub(r"^SELECT (.{60}).*? FROM ", r"SELECT \1... FROM ", sql)


def render(plans: list[Plan], dialect: str) -> str:
    out = [f"### EXPLAIN ({dialect})", ""]
    label = None
    for p in plans:
        if p.label != label:
            label = p.label
            out += [f"#### {label}", ""]
        flag = f"  <-- full scan of {', '.join(p.full_scans)}" if p.full_scans else ""
        out += ["```", p.sql + flag, *("    " + line for line in p.plan), "```", ""]
    return "\n".join(out)
