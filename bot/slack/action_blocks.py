"""Actions as Block Kit: one section per action, its buttons below, a listing within the block limit.

Interactive elements carry what the click handler needs: a button's value is the action's
reference, and the actions block's id carries the listing's query text, so after a click the
listing can be asked for again and the message replaced in place.

`public=True` renders for a message everyone in a channel sees: actions from exempt items are left
out whatever the reply holds.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.slack.block_elements import (
    BLOCK_ID_CHARS,
    HEADER_CHARS,
    MAX_BLOCKS,
    SECTION_CHARS,
    Block,
    context,
    cut,
    escape,
    header,
    plain,
    section,
)
from handlers.replies import ActionList, ActionView, ButtonKind, Flag, flags

ITEM_LINE_CHARS = 300

ACTION_BLOCK_PREFIX = "act"
SNOOZE_WEEK = "week"
SNOOZE_MEETING = "meeting"


def action_block_id(ref: str, query: str) -> str:
    return cut(f"{ACTION_BLOCK_PREFIX}:{ref}:{query}", BLOCK_ID_CHARS)


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
    """The action's section, and the row of its buttons when it has any (see `blocks_of`)."""
    blocks = [section(item_text(v, heading))]
    row = buttons(v, query)
    if row is not None:
        blocks.append(row)
    return blocks


def blocks_of(v: ActionView) -> int:
    """How many blocks `item_blocks` makes for the action, without making them: every button kind
    becomes a button or an option of the snooze menu, so there is a row exactly when it has buttons."""
    return 2 if v.buttons else 1


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

    # counted first and built once: a page of 20 actions with their headings is usually over the
    # limit, and building it twice to find out cost a third of a listing's Block Kit
    room = limit - reserved
    item_count = sum(blocks_of(v) for _, views in groups for v in views)
    headings = sum(1 for heading, _ in groups if heading)
    if item_count + headings <= room:
        body = build(inline_headings=False)
    elif item_count <= room:
        body = build(inline_headings=True)
    else:
        body = _packed(groups, reply, room)
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
    return f"*{v.ref}* · {escape(cut(v.text, ITEM_LINE_CHARS))} · " + " · ".join(details)


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
        rows = ([(f"*{escape(cut(heading, HEADER_CHARS))}*", 0)] if heading else []) + [
            (item_line(v), 1) for v in views
        ]
        for line, count in rows:
            line = cut(line, SECTION_CHARS)
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
