"""Replies as Block Kit: one section per action, its buttons below, within Slack's limits.

Interactive elements carry what the click handler needs: a button's value is the action's
reference, and the actions block's id carries the listing's query text, so after a click the
listing can be asked for again and the message replaced in place.

`public=True` renders for a message everyone in a channel sees: actions from exempt items are left
out whatever the reply holds.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.render_text import render as render_text
from handlers.replies import (
    ActionCard,
    ActionList,
    ActionView,
    ButtonKind,
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
    plural,
)
from storage.clean_text import clean

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_HOME_BLOCKS = 100
SECTION_CHARS = 3000
HEADER_CHARS = 150
BLOCK_ID_CHARS = 255
TEXT_CHARS = 3000
ITEM_LINE_CHARS = 300

ACTION_BLOCK_PREFIX = "act"
SNOOZE_WEEK = "week"
SNOOZE_MEETING = "meeting"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def escape(text: str) -> str:
    """User text as Slack mrkdwn that shows it as typed: &, < and > escaped (so `<!channel>`,
    `<@U123>`, `<#C123>` and `<https://x|y>` are shown, never acted on), and control or bidi-override
    characters taken out (text stored before they were refused at the door may still hold them)."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": _cut(text, SECTION_CHARS)}


def plain(text: str, limit: int = 75) -> dict[str, Any]:
    return {"type": "plain_text", "text": _cut(clean(text, one_line=True), limit), "emoji": True}


def section(text: str) -> Block:
    return {"type": "section", "text": mrkdwn(text)}


def context(text: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(text)]}


def header(text: str) -> Block:
    return {"type": "header", "text": plain(text, HEADER_CHARS)}


def action_block_id(ref: str, query: str) -> str:
    return _cut(f"{ACTION_BLOCK_PREFIX}:{ref}:{query}", BLOCK_ID_CHARS)


def query_of_block(block_id: str) -> str:
    """The listing query an actions block was rendered for ("" when it came from a single card)."""
    prefix, _, rest = block_id.partition(":")
    if prefix != ACTION_BLOCK_PREFIX:
        return ""
    _, _, query = rest.partition(":")
    return query


FLAGS = {
    Flag.overdue: ":warning: *overdue*",
    Flag.stale: ":hourglass: stale",
    Flag.snoozed: ":zzz: snoozed until {}",
    Flag.exempt: ":lock: exempt item",
}


def _flags(v: ActionView) -> list[str]:
    return [FLAGS[flag].format(detail) for flag, detail in flags(v)]


def _who(v: ActionView) -> str:
    if v.assignee and v.owner and v.owner != v.assignee:
        return f"{escape(v.assignee)} (minutes: {escape(v.owner)})"
    return escape(v.assignee or v.owner or "no owner")


def item_text(v: ActionView, heading: str | None = None) -> str:
    lines = []
    if heading:
        lines.append(f"*{escape(heading)}*")
    lines.append(f"*{v.ref}* \u00b7 {escape(v.text)}")
    lines.append(
        " \u00b7 ".join(
            [
                f":bust_in_silhouette: {_who(v)}",
                f":calendar: due {escape(v.due)}",
                f"*{v.status}*",
                f"updated {v.since_update}",
                *_flags(v),
            ]
        )
    )
    if v.latest_note:
        lines.append(f"> {escape(v.latest_note)}")
    return "\n".join(lines)


_STYLES = {ButtonKind.done: "primary", ButtonKind.confirm: "primary", ButtonKind.discard: "danger"}
_SNOOZES = {ButtonKind.snooze_week: SNOOZE_WEEK, ButtonKind.snooze_meeting: SNOOZE_MEETING}
_SNOOZE_LABELS = {ButtonKind.snooze_week: "1 week", ButtonKind.snooze_meeting: "Until next meeting"}
_ACTION_IDS = {kind: str(kind) for kind in ButtonKind}


@lru_cache(maxsize=64)
def _label(text: str) -> dict[str, Any]:
    """A button's text, cleaned once per label (blocks are never changed once built)."""
    return plain(text)


@lru_cache(maxsize=64)
def _button(kind: ButtonKind, label: str) -> tuple[dict[str, Any], dict[str, str]]:
    """A button's keys before and after its value, built once per kind and label: a listing's
    buttons differ only in the action they name."""
    style = _STYLES.get(kind)
    return (
        {"type": "button", "action_id": _ACTION_IDS[kind], "text": _label(label)},
        {"style": style} if style is not None else {},
    )


def buttons(v: ActionView, query: str) -> Block | None:
    elements: list[dict[str, Any]] = []
    snooze: list[dict[str, Any]] = []
    for kind, ref, label in v.buttons:
        until = _SNOOZES.get(kind)
        if until is not None:
            snooze.append({"text": _label(_SNOOZE_LABELS[kind]), "value": f"{until}:{ref}"})
            continue
        head, tail = _button(kind, label)
        elements.append({**head, "value": ref, **tail})
    if snooze:
        elements.append(
            {
                "type": "static_select",
                "action_id": "snooze",
                "placeholder": _label("Snooze"),
                "options": snooze,
            }
        )
    if not elements:
        return None
    return {"type": "actions", "block_id": action_block_id(v.ref, query), "elements": elements}


def item_blocks(v: ActionView, query: str = "", heading: str | None = None) -> list[Block]:
    blocks = [section(item_text(v, heading))]
    row = buttons(v, query)
    if row is not None:
        blocks.append(row)
    return blocks


def _previous_page(reply: ActionList) -> str | None:
    if reply.page <= 1:
        return None
    return reply.query if reply.page == 2 else f"{reply.query} page {reply.page - 1}"


def _pager(reply: ActionList) -> Block | None:
    elements = []
    previous = _previous_page(reply)
    if previous is not None:
        elements.append(
            {"type": "button", "action_id": "page_previous", "text": plain("Previous"), "value": previous}
        )
    if reply.next_page:
        elements.append(
            {"type": "button", "action_id": "page_next", "text": plain("Next page"), "value": reply.next_page}
        )
    if not elements:
        return None
    return {"type": "actions", "block_id": f"pager:{reply.page}", "elements": elements}


def action_list(reply: ActionList, *, public: bool = False, limit: int = MAX_BLOCKS) -> list[Block]:
    groups = [(g.heading, [v for v in g.items if not (public and v.restricted)]) for g in reply.groups]
    groups = [(h, items) for h, items in groups if items]
    pager = _pager(reply)
    reserved = 1 + (1 if pager else 0)
    current = reply.query if reply.page <= 1 else f"{reply.query} page {reply.page}"

    def build(inline_headings: bool) -> list[Block]:
        out: list[Block] = []
        for heading, items in groups:
            if heading and not inline_headings:
                out.append(context(f"*{escape(heading)}*"))
            for i, v in enumerate(items):
                out.extend(item_blocks(v, current, heading if inline_headings and i == 0 else None))
        return out

    body = build(inline_headings=False)
    if len(body) + reserved > limit:
        body = build(inline_headings=True)
    if len(body) + reserved > limit:
        body = _packed(groups, reply, limit - reserved)
    blocks = [header(reply.title)]
    if not body:
        blocks.append(section(escape(reply.empty)))
    blocks.extend(body)
    if pager:
        blocks.append(pager)
    return blocks


def item_line(v: ActionView) -> str:
    """An action on one line, without its buttons: how a listing too long for its buttons shows."""
    details = [_who(v), f"due {escape(v.due)}", f"*{v.status}*", f"updated {v.since_update}", *_flags(v)]
    return f"*{v.ref}* · {escape(_cut(v.text, ITEM_LINE_CHARS))} · " + " · ".join(details)


def _packed(groups: list[tuple[str, list[ActionView]]], reply: ActionList, room: int) -> list[Block]:
    """A listing with more items than blocks for their buttons: the items as lines, packed into
    as few sections as fit (each within SECTION_CHARS), their headings in bold; what still doesn't
    fit is counted in a last line, as a page too long is."""
    sections: list[tuple[str, int]] = []
    lines: list[str] = []
    items = 0

    def flush() -> None:
        nonlocal lines, items
        if lines:
            sections.append(("\n".join(lines), items))
        lines, items = [], 0

    for heading, views in groups:
        rows = ([(f"*{escape(_cut(heading, HEADER_CHARS))}*", 0)] if heading else []) + [
            (item_line(v), 1) for v in views
        ]
        for line, count in rows:
            line = _cut(line, SECTION_CHARS)
            if lines and sum(len(x) + 1 for x in lines) + len(line) > SECTION_CHARS:
                flush()
            lines.append(line)
            items += count
    flush()
    total = sum(n for _, n in sections)
    if len(sections) <= room:
        return [section(text) for text, _ in sections]
    kept = sections[: room - 1]
    shown = sum(n for _, n in kept)
    more = f"type `/actions {reply.next_page}`" if reply.next_page else "narrow the listing"
    return [*(section(text) for text, _ in kept), context(f"{total - shown} more not shown here; {more}.")]


def notice(reply: Notice, *, public: bool = False) -> list[Block]:
    mark = {Level.ok: ":white_check_mark: ", Level.error: ":x: ", Level.info: ""}[reply.level]
    blocks = [section(mark + escape(reply.text))]
    if reply.usage:
        blocks.append(context(f"Usage: `/actions {escape(reply.usage)}`"))
    if reply.updated is not None and not (public and reply.updated.restricted):
        blocks.extend(item_blocks(reply.updated))
    return blocks


def card(reply: ActionCard, *, public: bool = False) -> list[Block]:
    v = reply.view
    if public and v.restricted:
        return [section(f"{v.ref} comes from an exempt item; ask for it in a direct message with the bot.")]
    blocks: list[Block] = []
    if reply.notice:
        blocks.append(section(":white_check_mark: " + escape(reply.notice)))
    blocks.append(header(f"{v.ref} ({v.committee}) \u2014 {v.status}"))
    blocks.extend(item_blocks(v))
    details = [f"Owner in the minutes: {escape(v.owner or '-')}"]
    if v.origin:
        details.append(f"From the {escape(v.origin)}")
    blocks.append(context(" \u00b7 ".join(details)))
    if reply.history:
        lines = [f"`{h.at}` {escape(h.actor)}: {escape(h.what)}" for h in reply.history]
        blocks.append(section("*History*\n" + "\n".join(lines)))
    return blocks


def table(reply: Table, *, limit: int = MAX_BLOCKS) -> list[Block]:
    blocks = [header(reply.title)]
    if not reply.rows:
        blocks.append(section(escape(reply.empty)))
    chunk: list[str] = []
    current = None
    for row in reply.rows:
        first, rest = row[0], row[1:]
        if not reply.columns[0] and first != current:
            current = first
            chunk.append(f"*{escape(first)}*")
            cells = rest
        else:
            cells = row
        line = " \u2014 ".join(
            f"`{escape(c)}`" if i == 0 and not reply.columns[0] else escape(c)
            for i, c in enumerate(cells)
            if c
        )
        if sum(len(x) + 1 for x in chunk) + len(line) > SECTION_CHARS - 10:
            blocks.append(section("\n".join(chunk)))
            chunk = []
        chunk.append(line)
    if chunk:
        blocks.append(section("\n".join(chunk)))
    notes = [context(escape(n)) for n in reply.notes]
    if len(blocks) + len(notes) > limit:
        kept = blocks[: max(1, limit - len(notes) - 1)]
        shown = sum(b["text"]["text"].count("\n") + 1 for b in kept[1:] if b["type"] == "section")
        hidden = max(0, len(reply.rows) - shown)
        blocks = [*kept, context(f"About {plural(hidden, 'more row')} not shown here.")]
    return [*blocks, *notes][:limit]


def file_reply(reply: FileReply) -> list[Block]:
    text = f":page_facing_up: *{escape(reply.title)}* ({reply.filename})"
    if reply.summary:
        text += f"\n{escape(reply.summary)}"
    return [section(text)]


def render(reply: Reply, *, public: bool = False, limit: int = MAX_BLOCKS) -> list[Block]:
    if isinstance(reply, ActionList):
        return action_list(reply, public=public, limit=limit)
    if isinstance(reply, Notice):
        return notice(reply, public=public)
    if isinstance(reply, ActionCard):
        return card(reply, public=public)
    if isinstance(reply, Table):
        return table(reply, limit=limit)
    if isinstance(reply, FileReply):
        return file_reply(reply)
    if isinstance(reply, Multi):
        rendered = [render(part, public=public) for part in reply.parts]
        room = limit - (len(rendered) - 1)  # a divider between parts
        if sum(len(r) for r in rendered) > room:
            # each part gets an even share of the blocks, and says itself what it leaves out
            share = max(2, room // max(1, len(rendered)))
            rendered = [render(part, public=public, limit=share) for part in reply.parts]
        out: list[Block] = []
        for part_blocks in rendered:
            if out:
                out.append({"type": "divider"})
            out.extend(part_blocks)
        return out[:limit]
    if isinstance(reply, Home):
        return render(reply.mine, public=public, limit=limit)
    if isinstance(reply, Silent):
        return []
    raise TypeError(f"cannot render {type(reply).__name__}")


def fallback_text(reply: Reply, *, public: bool = False) -> str:
    """The message's `text`: shown in notifications and by clients that can't show blocks. Slack
    reads it as mrkdwn, mentions and links included, so it is escaped as the blocks are: a search
    for `<!channel>` shared in a channel must not notify the channel."""
    return escape(summary(reply, public=public))


def summary(reply: Reply, *, public: bool = False) -> str:
    """The reply in a line or a few, as plain text (unescaped)."""
    if isinstance(reply, ActionList):
        shown = sum(1 for g in reply.groups for v in g.items if not (public and v.restricted))
        if not shown:
            return _cut(f"{reply.title}: {reply.empty}", TEXT_CHARS)
        return _cut(f"{reply.title}: {shown} action{'s' if shown != 1 else ''}", TEXT_CHARS)
    if public and isinstance(reply, ActionCard) and reply.view.restricted:
        return f"{reply.view.ref} comes from an exempt item."
    if public and isinstance(reply, Notice) and reply.updated is not None and reply.updated.restricted:
        return _cut(reply.text, TEXT_CHARS)
    return _cut(render_text(reply), TEXT_CHARS)


def result_line(text: str, level: Level) -> Block:
    """One line saying what a button just did, shown above the refreshed listing."""
    mark = ":white_check_mark: " if level is Level.ok else ":x: " if level is Level.error else ""
    return context(mark + escape(text))
