"""Replies as plain text, for the terminal chat and logs, wrapped to a width (the terminal's, in
the chat)."""

from __future__ import annotations

import shutil
import textwrap

from handlers.replies import (
    ActionCard,
    ActionList,
    ActionView,
    FileReply,
    Flag,
    Home,
    Level,
    Multi,
    Notice,
    Reply,
    Silent,
    Table,
    flags,
)

WIDTH = 100
NARROWEST = 40


def terminal_width() -> int:
    """The terminal's width (COLUMNS when set), at least NARROWEST; WIDTH when it is not a terminal."""
    return max(NARROWEST, shutil.get_terminal_size((WIDTH, 24)).columns)


def render(reply: Reply, width: int = WIDTH) -> str:
    if isinstance(reply, Notice):
        mark = {Level.ok: "\u2713 ", Level.error: "\u2717 ", Level.info: ""}[reply.level]
        text = mark + reply.text
        if reply.usage:
            text += f"\n  usage: {reply.usage}"
        if reply.updated is not None:
            text += "\n" + _item(reply.updated, width)
        return text
    if isinstance(reply, ActionList):
        return _list(reply, width)
    if isinstance(reply, ActionCard):
        return _card(reply, width)
    if isinstance(reply, Table):
        return _table(reply, width)
    if isinstance(reply, FileReply):
        return f"[file {reply.filename}, {len(reply.content)} bytes] {reply.summary or reply.title}"
    if isinstance(reply, Multi):
        return "\n\n".join(render(p, width) for p in reply.parts)
    if isinstance(reply, Home):
        return _home(reply, width)
    if isinstance(reply, Silent):
        return ""
    raise TypeError(f"cannot render {type(reply).__name__}")


FLAGS = {
    Flag.overdue: "OVERDUE",
    Flag.stale: "stale",
    Flag.snoozed: "snoozed until {}",
    Flag.exempt: "exempt",
}


def _flags(v: ActionView) -> str:
    shown = [FLAGS[flag].format(detail) for flag, detail in flags(v)]
    return f" [{', '.join(shown)}]" if shown else ""


def _item(v: ActionView, width: int) -> str:
    head = f"  {v.ref:>5}  {v.text}"
    lines = textwrap.wrap(head, width, subsequent_indent=" " * 9) or [head]
    who = v.assignee or v.owner or "no owner"
    if v.assignee and v.owner and v.owner != v.assignee:
        who = f"{v.assignee} (minutes: {v.owner})"
    meta = _wrap(f"{who} \u00b7 due {v.due} \u00b7 {v.status} \u00b7 updated {v.since_update}", width, 9)
    flagged = _flags(v)
    if flagged and len(meta[-1]) + len(flagged) <= width:
        meta[-1] += flagged
    elif flagged:
        meta.append(" " * 9 + flagged.strip())
    lines.extend(meta)
    if v.latest_note:
        lines.extend(_wrap(f"latest: {v.latest_note}", width, 9))
    return "\n".join(lines)


def _wrap(text: str, width: int, indent: int) -> list[str]:
    pad = " " * indent
    return textwrap.wrap(text, width, initial_indent=pad, subsequent_indent=pad, break_on_hyphens=False) or [
        pad
    ]


def _list(reply: ActionList, width: int) -> str:
    out = [reply.title]
    if not reply.count:
        out.append(f"  {reply.empty}")
    for group in reply.groups:
        if group.heading:
            out.append(f" {group.heading}")
        out.extend(_item(v, width) for v in group.items)
    if reply.next_page:
        out.append(f"  more: type `{reply.next_page}`")
    return "\n".join(out)


def _card(reply: ActionCard, width: int) -> str:
    v = reply.view
    out = []
    if reply.notice:
        out.append(f"\u2713 {reply.notice}")
    out.append(f"{v.ref} ({v.committee}) \u2014 {v.status}{_flags(v)}")
    out.extend(_wrap(v.text, width, 2))
    out.append(f"  owner in the minutes: {v.owner or '-'}; assigned to: {v.assignee or '-'}")
    out.append(f"  due: {v.due}; last update {v.since_update}")
    if v.origin:
        out.append(f"  from: {v.origin}")
    if reply.history:
        out.append("  history:")
        for h in reply.history:
            out.extend(
                textwrap.wrap(
                    f"    {h.at}  {h.actor}: {h.what}",
                    width,
                    subsequent_indent=" " * 6,
                    break_on_hyphens=False,
                )
            )
    return "\n".join(out)


def _home(reply: Home, width: int) -> str:
    out = [render(reply.mine, width), "Your committees' next meetings"]
    for m in reply.meetings:
        where = f", {m.location}" if m.location else ""
        out.append(
            f"  {m.committee}: {m.when}{where}"
            if m.when
            else f"  {m.committee}: no meeting in the calendar yet"
        )
    if not reply.meetings:
        out.append("  You are not on a committee yet.")
    return "\n".join(out)


def _table(reply: Table, width: int) -> str:
    """Columns as wide as their longest cell (at most 40), narrowed from the widest until a row fits
    `width`; a cell longer than its column wraps onto the following lines."""
    out = [reply.title]
    if not reply.rows:
        out.append(f"  {reply.empty}")
    else:
        widths = [
            min(40, max(len(col), *(len(r[i]) for r in reply.rows))) for i, col in enumerate(reply.columns)
        ]
        room = width - 2 - 2 * (len(widths) - 1)
        while sum(widths) > room and max(widths) > 8:
            widest = widths.index(max(widths))
            widths[widest] -= 1
        if any(reply.columns):
            out.extend(_row(reply.columns, widths))
        for row in reply.rows:
            out.extend(_row(row, widths))
    for note in reply.notes:
        out.extend(_wrap(note, width, 2))
    return "\n".join(out)


def _row(cells: tuple[str, ...], widths: list[int]) -> list[str]:
    wrapped = [
        textwrap.wrap(c, w, break_on_hyphens=False) or [""] for c, w in zip(cells, widths, strict=True)
    ]
    lines = []
    for i in range(max(len(w) for w in wrapped)):
        parts = [(w[i] if i < len(w) else "").ljust(n) for w, n in zip(wrapped, widths, strict=True)]
        lines.append(("  " + "  ".join(parts)).rstrip())
    return lines
