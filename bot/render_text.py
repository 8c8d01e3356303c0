"""Replies as plain text, for the terminal chat and logs."""

from __future__ import annotations

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


def render(reply: Reply) -> str:
    if isinstance(reply, Notice):
        mark = {Level.ok: "\u2713 ", Level.error: "\u2717 ", Level.info: ""}[reply.level]
        text = mark + reply.text
        if reply.usage:
            text += f"\n  usage: {reply.usage}"
        if reply.updated is not None:
            text += "\n" + _item(reply.updated)
        return text
    if isinstance(reply, ActionList):
        return _list(reply)
    if isinstance(reply, ActionCard):
        return _card(reply)
    if isinstance(reply, Table):
        return _table(reply)
    if isinstance(reply, FileReply):
        return f"[file {reply.filename}, {len(reply.content)} bytes] {reply.summary or reply.title}"
    if isinstance(reply, Multi):
        return "\n\n".join(render(p) for p in reply.parts)
    if isinstance(reply, Home):
        return _home(reply)
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


def _item(v: ActionView) -> str:
    head = f"  {v.ref:>5}  {v.text}"
    lines = textwrap.wrap(head, WIDTH, subsequent_indent=" " * 9) or [head]
    who = v.assignee or v.owner or "no owner"
    if v.assignee and v.owner and v.owner != v.assignee:
        who = f"{v.assignee} (minutes: {v.owner})"
    lines.append(
        f"{'':9}{who} \u00b7 due {v.due} \u00b7 {v.status} \u00b7 updated {v.since_update}{_flags(v)}"
    )
    if v.latest_note:
        lines.append(f"{'':9}latest: {v.latest_note}")
    return "\n".join(lines)


def _list(reply: ActionList) -> str:
    out = [reply.title]
    if not reply.count:
        out.append(f"  {reply.empty}")
    for group in reply.groups:
        if group.heading:
            out.append(f" {group.heading}")
        out.extend(_item(v) for v in group.items)
    if reply.next_page:
        out.append(f"  more: type `{reply.next_page}`")
    return "\n".join(out)


def _card(reply: ActionCard) -> str:
    v = reply.view
    out = []
    if reply.notice:
        out.append(f"\u2713 {reply.notice}")
    out.append(f"{v.ref} ({v.committee}) \u2014 {v.status}{_flags(v)}")
    out.extend(textwrap.wrap(v.text, WIDTH, initial_indent="  ", subsequent_indent="  "))
    out.append(f"  owner in the minutes: {v.owner or '-'}; assigned to: {v.assignee or '-'}")
    out.append(f"  due: {v.due}; last update {v.since_update}")
    if v.origin:
        out.append(f"  from: {v.origin}")
    if reply.history:
        out.append("  history:")
        out.extend(f"    {h.at}  {h.actor}: {h.what}" for h in reply.history)
    return "\n".join(out)


def _home(reply: Home) -> str:
    out = [render(reply.mine), "Your committees' next meetings"]
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


def _table(reply: Table) -> str:
    out = [reply.title]
    if not reply.rows:
        out.append(f"  {reply.empty}")
    else:
        widths = [
            min(40, max(len(col), *(len(r[i]) for r in reply.rows))) for i, col in enumerate(reply.columns)
        ]
        if any(reply.columns):
            out.append("  " + "  ".join(c.ljust(w) for c, w in zip(reply.columns, widths, strict=True)))
        for row in reply.rows:
            out.append("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    out.extend(f"  {n}" for n in reply.notes)
    return "\n".join(out)
