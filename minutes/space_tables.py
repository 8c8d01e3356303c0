"""Action logs laid out with spaces, as a PDF read with its layout gives them:

    Ref   Action                               Lead    Due         Status
    15    Review the sepsis audit findings     PK      April 2031  Open
          and report to the Board

Each such table is rewritten as pipe rows ("| 15 | Review the sepsis ... | PK | April 2031 | Open |"),
the form minutes/tables.py reads, before spaces are collapsed and the columns lost. Only a header
that names an action column and an owner column starts a table, so prose with wide spaces is left
alone; a line that is not laid out in the table's columns ends it.
"""

from __future__ import annotations

import re

from minutes.tables import is_header

_GATE = re.compile(r"\bactions?\b[^\n]{0,120}? {2}| {2}actions?\b", re.I)
"""A header's "Action" column with wide spaces near it; bounded, so a long line of "action"
words costs one pass, not one per word."""
_CHUNK = re.compile(r"\S+(?: \S+)*")
_MAX_GAP = 2
"""Blank lines a table may hold between its rows (a PDF spaces its rows apart)."""
_LONGEST_ROW = 1000
"""A laid-out row fits a page's width; a longer line is prose (or hostile), and ends the table."""
_SLACK = 3
"""How far left of its header a cell's text may start and still sit in that column."""


def _chunks(line: str) -> list[tuple[int, str]]:
    """The runs of text a line holds, split where two or more spaces part them."""
    return [(m.start(), m.group(0)) for m in _CHUNK.finditer(line)]


def _header(line: str) -> list[int] | None:
    chunks = _chunks(line)
    if len(chunks) < 3 or len(chunks) > 8:
        return None
    names = [c.lower() for _, c in chunks]
    if any(len(n.split()) > 3 for n in names) or not is_header(names):
        return None
    return [start for start, _ in chunks]


def _column(starts: list[int], at: int) -> int:
    col = 0
    for k, start in enumerate(starts):
        if at + _SLACK >= start:
            col = k
    return col


def _cells(line: str, starts: list[int]) -> list[str] | None:
    """The row's cells by column, or None when the line is not laid out in the table's columns
    (a paragraph of prose: one run of text wider than its column)."""
    if len(line) > _LONGEST_ROW:
        return None
    cells = [""] * len(starts)
    chunks = _chunks(line)
    if (
        len(chunks) == 1
        and chunks[0][0] < starts[1] - _SLACK
        and chunks[0][0] + len(chunks[0][1]) > starts[-1]
    ):
        return None
    for at, text in chunks:
        k = _column(starts, at)
        cells[k] = f"{cells[k]} {text}".strip()
    return cells


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"


def pipe_space_tables(text: str) -> str:
    if "  " not in text or _GATE.search(text) is None:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        starts = _header(lines[i]) if "  " in lines[i] else None
        if starts is None:
            out.append(lines[i])
            i += 1
            continue
        names = [c for _, c in _chunks(lines[i])]
        action_first = names[0].lower().startswith(("action", "agreed action", "decision"))
        out.append(_pipe(names))
        i += 1
        rows: list[list[str]] = []
        gap = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                gap += 1
                if gap > _MAX_GAP:
                    break
                i += 1
                continue
            cells = _cells(line, starts)
            if cells is None:
                break
            gap = 0
            goes_on = rows and (
                (not cells[0] and sum(1 for c in cells if c) <= 2) or (action_first and not any(cells[1:]))
            )
            if goes_on:
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
            else:
                rows.append(cells)
            i += 1
        out.extend(_pipe(r) for r in rows)
        out.append("")
    return "\n".join(out)
