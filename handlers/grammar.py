"""The `/actions` command language: chat text in, one typed command out.

The same grammar serves Slack (`/actions overdue`), Teams (`@bot overdue`, with or without
`/actions`) and the terminal. Each verb comes with its parse function, a usage line and a summary
(handlers/verbs/), so help text and error messages come from the same table as the parser. The table
is joined here, in the order help lists the verbs. A parse failure is a `ParseError` carrying a
specific message and the verb's usage; nothing downstream runs.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from handlers import commands as c
from handlers.args import Args, ParseError, Verb, split_words
from handlers.verbs import actions, admin, meetings, programme
from storage.clean_text import clean

__all__ = ["ALIASES", "MAX_TEXT", "VERBS", "Args", "ParseError", "Verb", "parse", "strip_prefix"]

MAX_TEXT = 4000


def _table(verbs: Iterable[Verb]) -> tuple[dict[str, Verb], dict[str, str]]:
    table: dict[str, Verb] = {}
    aliases: dict[str, str] = {}
    for v in verbs:
        for name in (v.name, *v.aliases):
            if name in table or name in aliases:
                raise ValueError(f"the verb {name!r} is defined twice")
        table[v.name] = v
        aliases.update((alias, v.name) for alias in v.aliases)
    return table, aliases


_ADMIN = {v.name: v for v in admin.VERBS.verbs}
VERBS, ALIASES = _table(
    [
        *actions.VERBS.verbs,
        *(_ADMIN[name] for name in ("help", "role", "title", "setup", "review", "confirm", "discard")),
        *(_ADMIN[name] for name in ("import", "export")),
        *meetings.VERBS.verbs,
        *programme.VERBS.verbs,
        _ADMIN["settings"],
    ]
)
"""Every verb by name, and the aliases people type for some of them."""

_PREFIX = re.compile(r"^\s*(?:/actions\b|actions:)\s*", re.IGNORECASE)
_PAGE = re.compile(r"\s+page\s+(\d{1,4})$|^page\s+(\d{1,4})$", re.IGNORECASE)


def strip_prefix(text: str) -> str:
    return _PREFIX.sub("", text.replace("\u00a0", " ").strip(), count=1).strip()


def parse(text: str) -> c.Command:
    """Parse one line of chat into a command, or raise ParseError. Control and bidi-override
    characters are taken out first (storage/clean_text.py): every command's text is stored clean."""
    text = clean(text)
    if len(text) > MAX_TEXT:
        raise ParseError(f"That message is too long ({len(text)} characters); keep it under {MAX_TEXT}.")
    body = strip_prefix(text)
    if not body:
        return c.ListActions()
    page = 1
    paged = _PAGE.search(body)
    if paged:
        page = int(paged.group(1) or paged.group(2))
        body = body[: paged.start()].strip()
        if page < 1:
            raise ParseError("Pages are numbered from 1.")
        if not body:
            return c.ListActions(page=page)
    head, _, rest = body.partition(" ")
    name = head.lower()
    share = False
    if name == "share":
        share = True
        body = rest.strip()
        head, _, rest = body.partition(" ")
        name = head.lower() or "list"
    name = ALIASES.get(name, name)
    spec = VERBS.get(name)
    if spec is None:
        suggestion = _closest(name)
        hint = f" Did you mean `{suggestion}`?" if suggestion else ""
        raise ParseError(f"I don't know the command `{head}`.{hint} Type `help` for the list.")
    try:
        words = tuple(w.text for w in split_words(rest))
    except ParseError as exc:
        raise ParseError(exc.message, spec.usage) from None
    command = spec.parse(Args(words=words, rest=rest.strip(), usage=spec.usage))
    if (share or paged) and not isinstance(command, c.ListActions):
        what = "`share` goes before" if share else "`page N` goes after"
        raise ParseError(f"{what} a listing, e.g. `share overdue` or `overdue page 2`.", spec.usage)
    if isinstance(command, c.ListActions) and (share or paged):
        command = c.ListActions(command.kind, command.on, command.words, share, page)
    return command


def _closest(name: str) -> str | None:
    found = difflib.get_close_matches(name, [*VERBS, *ALIASES], n=1, cutoff=0.7)
    return ALIASES.get(found[0], found[0]) if found else None
