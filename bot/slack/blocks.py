"""Replies as Block Kit, within Slack's limits: a listing or a card of actions
(bot/slack/action_blocks.py), a notice, a table, a file; and the message's fallback text.

`public=True` renders for a message everyone in a channel sees: actions from exempt items are left
out whatever the reply holds.
"""

from __future__ import annotations

from bot.render_text import render as render_text
from bot.slack.action_blocks import (
    SNOOZE_MEETING,
    SNOOZE_WEEK,
    action_list,
    item_blocks,
    item_text,
    query_of_block,
)
from bot.slack.block_elements import (
    MAX_BLOCKS,
    MAX_HOME_BLOCKS,
    SECTION_CHARS,
    TEXT_CHARS,
    Block,
    context,
    cut,
    escape,
    header,
    plain,
    section,
)
from handlers.replies import (
    ActionCard,
    ActionList,
    FileReply,
    Home,
    Level,
    Multi,
    Notice,
    Reply,
    Silent,
    Table,
    plural,
)

__all__ = [
    "MAX_BLOCKS",
    "MAX_HOME_BLOCKS",
    "SNOOZE_MEETING",
    "SNOOZE_WEEK",
    "Block",
    "context",
    "escape",
    "fallback_text",
    "header",
    "item_text",
    "plain",
    "query_of_block",
    "render",
    "result_line",
    "section",
    "summary",
]


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
            return cut(f"{reply.title}: {reply.empty}", TEXT_CHARS)
        return cut(f"{reply.title}: {shown} action{'s' if shown != 1 else ''}", TEXT_CHARS)
    if public and isinstance(reply, ActionCard) and reply.view.restricted:
        return f"{reply.view.ref} comes from an exempt item."
    if public and isinstance(reply, Notice) and reply.updated is not None and reply.updated.restricted:
        return cut(reply.text, TEXT_CHARS)
    return cut(render_text(reply), TEXT_CHARS)


def result_line(text: str, level: Level) -> Block:
    """One line saying what a button just did, shown above the refreshed listing."""
    mark = ":white_check_mark: " if level is Level.ok else ":x: " if level is Level.error else ""
    return context(mark + escape(text))
