"""Replies as Adaptive Cards 1.5, the way Teams shows them.

Buttons are `Action.Execute` (Universal Actions), each with an `Action.Submit` fallback for clients
that only know Submit; both carry the same data: `{"cb": CALLBACK, "verb": ..., "ref": ...}`, plus
`q`, the listing's chat text, so a list card can be refreshed in place after an action.

Conversations other than personal chat are seen by many people, so exempt (restricted) items are
taken out of replies bound there (`for_audience`) before they are rendered.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from handlers.replies import (
    ActionCard,
    ActionList,
    ActionView,
    Button,
    ButtonKind,
    FileReply,
    Flag,
    Group,
    Home,
    Level,
    Multi,
    Notice,
    Reply,
    Silent,
    Table,
    flags,
    plural,
)
from storage.clean_text import clean

CARD_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"
CALLBACK = "committee-bot"
PAGE_VERB = "run"
INLINE_FILE_LIMIT = 12_000

Card = dict[str, Any]
Element = dict[str, Any]

_COLOUR = {Level.ok: "Good", Level.error: "Attention", Level.info: "Default"}
EXEMPT_HIDDEN = "{n} exempt item{s} not shown here; ask me in a personal chat to see {them}."


def note_input_id(ref: str) -> str:
    return f"note_{ref}"


def card(body: list[Element], actions: list[Element] | None = None) -> Card:
    out: Card = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "body": body}
    if actions:
        out["actions"] = actions
    out["msteams"] = {"width": "Full"}
    return out


def attachment(content: Card) -> dict[str, Any]:
    return {"contentType": CARD_TYPE, "content": content}


_MARKUP = re.compile(r"([\\*_~\[\]<>&])")
_LINE_MARKER = re.compile(r"(?m)^(\s*(?:\d+)?)([-+#.)])")


def md(value: str) -> str:
    """User text for a TextBlock or a fact, shown as typed. Adaptive Cards read TextBlock text as
    Markdown (a CommonMark subset: bold, italic, lists, links): without escaping, a note could carry
    a link whose words lie about where it goes, or turn a listing into a bulleted list. Every character
    that can open markup is backslash-escaped, as CommonMark allows for any ASCII punctuation, and
    control or bidi-override characters are taken out. Backticks are left: a code span only shows
    its text as it is, and the bot's own messages quote commands in them."""
    escaped = _MARKUP.sub(r"\\\1", clean(value))
    return _LINE_MARKER.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def text(value: str, *, markdown: bool = False, **style: Any) -> Element:
    """A TextBlock showing `value` as plain text; with `markdown`, value is markup already (its user
    text escaped with `md`)."""
    return {"type": "TextBlock", "text": value if markdown else md(value), "wrap": True, **style}


def render(reply: Reply) -> list[Card]:
    """One card per part of the reply."""
    if isinstance(reply, Multi):
        return [c for part in reply.parts for c in render(part)]
    if isinstance(reply, Notice):
        return [notice_card(reply)]
    if isinstance(reply, ActionList):
        return [list_card(reply)]
    if isinstance(reply, ActionCard):
        return [action_card(reply)]
    if isinstance(reply, Table):
        return [table_card(reply)]
    if isinstance(reply, FileReply):
        return [file_card(reply)]
    if isinstance(reply, Home):
        return [*render(reply.mine), table_card(meetings_table(reply))]
    if isinstance(reply, Silent):
        return []
    raise TypeError(f"cannot render {type(reply).__name__} as a card")


def meetings_table(reply: Home) -> Table:
    rows = tuple(
        (m.committee, m.when or "no meeting in the calendar yet", m.location or "") for m in reply.meetings
    )
    return Table("Your committees' next meetings", ("committee", "next meeting", "where"), rows)


def data(verb: str, ref: str = "", query: str = "", **extra: str) -> dict[str, str]:
    out = {"cb": CALLBACK, "verb": verb}
    if ref:
        out["ref"] = ref
    if query:
        out["q"] = query
    out.update(extra)
    return out


def execute(title: str, payload: dict[str, str], *, style: str | None = None) -> Element:
    action: Element = {
        "type": "Action.Execute",
        "title": title,
        "verb": payload["verb"],
        "data": payload,
        "fallback": {"type": "Action.Submit", "title": title, "data": payload},
    }
    if style:
        action["style"] = style
    return action


def _buttons(view: ActionView, query: str) -> list[Element]:
    out: list[Element] = []
    for b in view.buttons:
        out.append(_button(b, query))
    return out


def _button(b: Button, query: str) -> Element:
    payload = data(str(b.kind), b.ref, query)
    if b.kind is ButtonKind.update:
        return {
            "type": "Action.ShowCard",
            "title": b.label,
            "card": {
                "type": "AdaptiveCard",
                "version": VERSION,
                "body": [
                    {
                        "type": "Input.Text",
                        "id": note_input_id(b.ref),
                        "label": f"Progress on {b.ref}",
                        "isMultiline": True,
                        "isRequired": True,
                        "errorMessage": "Write the update first.",
                        "maxLength": 2000,
                    }
                ],
                "actions": [execute("Save update", payload, style="positive")],
            },
        }
    style = "positive" if b.kind in (ButtonKind.done, ButtonKind.confirm) else None
    return execute(b.label, payload, style=style)


FLAGS = {
    Flag.overdue: "**OVERDUE**",
    Flag.stale: "stale",
    Flag.snoozed: "snoozed until {}",
    Flag.exempt: "exempt",
}


def _flags(v: ActionView) -> list[str]:
    """Markup: the flags' own emphasis, with any detail escaped."""
    return [FLAGS[flag].format(md(detail)) for flag, detail in flags(v)]


def _who(v: ActionView) -> str:
    who = v.assignee or v.owner or "no owner"
    if v.assignee and v.owner and v.owner != v.assignee:
        who = f"{v.assignee} (minutes: {v.owner})"
    return who


def item(v: ActionView, query: str = "", *, separator: bool = True, buttons: bool = True) -> Element:
    details = [md(_who(v)), md(f"due {v.due}"), md(v.status), md(f"updated {v.since_update}"), *_flags(v)]
    body: list[Element] = [
        text(f"**{md(v.ref)}** {md(v.text)}", markdown=True),
        text(" · ".join(details), markdown=True, isSubtle=True, spacing="None", size="Small"),
    ]
    if v.latest_note:
        body.append(text(f"Latest: {v.latest_note}", spacing="None", size="Small"))
    actions = _buttons(v, query) if buttons else []
    if actions:
        body.append({"type": "ActionSet", "actions": actions})
    return {
        "type": "Container",
        "id": f"item_{v.ref}",
        "separator": separator,
        "style": "attention" if v.overdue else "default",
        "items": body,
    }


def _banner(message: str | None, level: Level = Level.ok) -> list[Element]:
    if not message:
        return []
    return [text(message, color=_COLOUR[level], weight="Bolder")]


def list_card(
    reply: ActionList,
    notice: Notice | None = None,
    *,
    buttons: int | None = None,
    shown: int | None = None,
) -> Card:
    """The listing as a card. `buttons`: only the first so many items carry their buttons;
    `shown`: only the first so many items, then a line saying how many more there are (the
    sizes Teams accepts, bot/teams/limits.py, choose both)."""
    body: list[Element] = _banner(notice.text, notice.level) if notice else []
    body.append(text(reply.title, size="Medium", weight="Bolder"))
    if not reply.count:
        body.append(text(reply.empty, isSubtle=True))
    n = 0
    for group in reply.groups:
        if shown is not None and n >= shown:
            break
        if group.heading:
            body.append(text(group.heading, weight="Bolder", spacing="Medium"))
        for v in group.items:
            if shown is not None and n >= shown:
                break
            body.append(item(v, reply.query, buttons=buttons is None or n < buttons))
            n += 1
    if shown is not None and shown < reply.count:
        more = f"type `{reply.next_page}`" if reply.next_page else "narrow the listing"
        body.append(text(f"{reply.count - shown} more not shown here; {more}.", isSubtle=True))
    actions = []
    if reply.next_page:
        actions.append(execute("Next page", data(PAGE_VERB, text=reply.next_page)))
    return card(body, actions)


def action_card(reply: ActionCard, *, history: int | None = None) -> Card:
    """An action's card; `history`: only its latest so many changes (the size Teams accepts)."""
    v = reply.view
    body = _banner(reply.notice)
    body.append(text(f"{v.ref} ({v.committee}) — {v.status}", size="Medium", weight="Bolder"))
    body.append(text(v.text))
    facts = [
        {"title": "Owner in the minutes", "value": md(v.owner or "-")},
        {"title": "Assigned to", "value": md(v.assignee or "-")},
        {"title": "Due", "value": md(v.due)},
        {"title": "Last update", "value": md(v.since_update)},
    ]
    if v.origin:
        facts.append({"title": "From", "value": md(v.origin)})
    if _flags(v):
        facts.append({"title": "Flags", "value": ", ".join(_flags(v))})
    body.append({"type": "FactSet", "facts": facts})
    if v.latest_note:
        body.append(text(f"Latest: {v.latest_note}", size="Small"))
    if reply.history:
        lines = reply.history if history is None else reply.history[len(reply.history) - history :]
        body.append(text("History", weight="Bolder", spacing="Medium"))
        if len(lines) < len(reply.history):
            earlier = len(reply.history) - len(lines)
            body.append(
                text(f"{plural(earlier, 'earlier change')} not shown here.", isSubtle=True, size="Small")
            )
        body.extend(text(f"{h.at} · {h.actor}: {h.what}", size="Small", spacing="None") for h in lines)
    return card(body, _buttons(v, ""))


def notice_card(reply: Notice) -> Card:
    body = _banner(reply.text, reply.level)
    if reply.level is Level.info:
        body = [text(reply.text)]
    if reply.usage:
        body.append(text(f"Usage: {reply.usage}", fontType="Monospace", size="Small"))
    if reply.updated is not None:
        body.append(item(reply.updated))
    return card(body)


def table_card(reply: Table, *, rows_shown: int | None = None) -> Card:
    """A table as a card; `rows_shown`: only the first so many rows (the size Teams accepts)."""
    body: list[Element] = [text(reply.title, size="Medium", weight="Bolder")]
    if not reply.rows:
        body.append(text(reply.empty, isSubtle=True))
    else:
        header = any(reply.columns)
        kept = reply.rows if rows_shown is None else reply.rows[:rows_shown]
        rows = [reply.columns, *kept] if header else list(kept)
        body.append(
            {
                "type": "Table",
                "firstRowAsHeader": header,
                "showGridLines": False,
                "columns": [{"width": 1} for _ in reply.columns],
                "rows": [
                    {
                        "type": "TableRow",
                        "cells": [{"type": "TableCell", "items": [text(cell or " ")]} for cell in row],
                    }
                    for row in rows
                ],
            }
        )
    if rows_shown is not None and rows_shown < len(reply.rows):
        body.append(
            text(f"{plural(len(reply.rows) - rows_shown, 'more row')} not shown here.", isSubtle=True)
        )
    body.extend(text(n, isSubtle=True, size="Small") for n in reply.notes)
    return card(body)


def file_card(reply: FileReply, *, inline: bool = True) -> Card:
    """Teams bots can't attach arbitrary files to a message; small text files are shown inline."""
    body: list[Element] = [text(reply.title, size="Medium", weight="Bolder")]
    if reply.summary:
        body.append(text(reply.summary))
    if inline and reply.mime.startswith("text/") and len(reply.content) <= INLINE_FILE_LIMIT:
        body.append(text(reply.content.decode("utf-8", "replace"), fontType="Monospace", size="Small"))
    else:
        body.append(
            text(
                f"{reply.filename} ({len(reply.content)} bytes) is too large to show here; "
                "run `committee-bot export` to get the file.",
                isSubtle=True,
            )
        )
    return card(body)


def for_audience(reply: Reply, *, personal: bool) -> Reply:
    """The reply with exempt items taken out unless it goes to a personal chat."""
    if personal:
        return reply
    if isinstance(reply, Multi):
        return Multi(tuple(for_audience(p, personal=False) for p in reply.parts))
    if isinstance(reply, ActionList):
        hidden = sum(1 for g in reply.groups for v in g.items if v.restricted)
        if not hidden:
            return reply
        groups = tuple(
            Group(g.heading, tuple(v for v in g.items if not v.restricted))
            for g in reply.groups
            if any(not v.restricted for v in g.items)
        )
        s, them = ("", "it") if hidden == 1 else ("s", "them")
        title = f"{reply.title} ({EXEMPT_HIDDEN.format(n=hidden, s=s, them=them)})"
        return replace(reply, groups=groups, title=title)
    if isinstance(reply, ActionCard) and reply.view.restricted:
        return Notice(
            text=f"{reply.view.ref} comes from an exempt item; ask me about it in a personal chat.",
            level=Level.info,
        )
    if isinstance(reply, Notice) and reply.updated is not None and reply.updated.restricted:
        return replace(reply, updated=None)
    return reply
