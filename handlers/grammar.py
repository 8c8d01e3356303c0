"""The `/actions` command language: chat text in, one typed command out.

The same grammar serves Slack (`/actions overdue`), Teams (`@bot overdue`, with or without
`/actions`) and the terminal. Each verb registers a parse function, a usage line and a summary, so
help text and error messages come from the same table as the parser. A parse failure is a
`ParseError` carrying a specific message and the verb's usage; nothing downstream runs.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from handlers import commands as c

MAX_TEXT = 4000


class ParseError(ValueError):
    def __init__(self, message: str, usage: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.usage = usage


@dataclass(frozen=True)
class Args:
    """The words after the verb, with the raw remainder for free text."""

    words: tuple[str, ...]
    rest: str
    usage: str

    def fail(self, message: str) -> ParseError:
        return ParseError(message, self.usage)


Parse = Callable[[Args], Any]
P = TypeVar("P", bound=Parse)


@dataclass(frozen=True)
class Verb:
    name: str
    usage: str
    summary: str
    parse: Parse
    group: str
    details: str = ""


VERBS: dict[str, Verb] = {}
ALIASES: dict[str, str] = {}


def verb(
    name: str,
    *,
    usage: str,
    summary: str,
    group: str = "Changes",
    details: str = "",
    aliases: tuple[str, ...] = (),
) -> Callable[[P], P]:
    def register(fn: P) -> P:
        VERBS[name] = Verb(name, usage, summary, fn, group, details)
        for alias in aliases:
            ALIASES[alias] = name
        return fn

    return register


_PREFIX = re.compile(r"^\s*(?:/actions\b|actions:)\s*", re.IGNORECASE)
_REF = re.compile(r"^[Aa](\d{1,9})$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_PAGE = re.compile(r"\s+page\s+(\d{1,4})$|^page\s+(\d{1,4})$", re.IGNORECASE)
_PERIOD = re.compile(r"^(\d{1,3})\s*(d|day|days|w|wk|week|weeks)$", re.IGNORECASE)
_SLACK_MENTION = re.compile(r"^<@([A-Z0-9]+)(?:\|[^>]*)?>$")
_AT_ID = re.compile(r"^@([UW][A-Z0-9]{6,})$")


def strip_prefix(text: str) -> str:
    return _PREFIX.sub("", text.replace("\u00a0", " ").strip(), count=1).strip()


def parse(text: str) -> Any:
    """Parse one line of chat into a command, or raise ParseError."""
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
        words = tuple(shlex.split(rest)) if rest.strip() else ()
    except ValueError:
        raise ParseError("A quotation mark is not closed.", spec.usage) from None
    command = spec.parse(Args(words=words, rest=rest.strip(), usage=spec.usage))
    if (share or paged) and not isinstance(command, c.ListActions):
        what = "`share` goes before" if share else "`page N` goes after"
        raise ParseError(f"{what} a listing, e.g. `share overdue` or `overdue page 2`.", spec.usage)
    if isinstance(command, c.ListActions) and (share or paged):
        command = c.ListActions(command.kind, command.on, command.words, share, page)
    return command


def _closest(name: str) -> str | None:
    import difflib

    found = difflib.get_close_matches(name, [*VERBS, *ALIASES], n=1, cutoff=0.7)
    return ALIASES.get(found[0], found[0]) if found else None


def ref_arg(args: Args, index: int = 0) -> str:
    if len(args.words) <= index:
        raise args.fail("Which action? Give its reference, like A12.")
    word = args.words[index].strip(",.;:")
    m = _REF.match(word)
    if not m:
        raise args.fail(f"`{word}` is not an action reference; references look like A12.")
    return f"A{int(m.group(1))}"


def rest_after(args: Args, count: int) -> str:
    """The raw text after the first `count` words, quotes kept as typed."""
    text = args.rest
    for _ in range(count):
        text = text.lstrip()
        if text[:1] in ('"', "'"):
            q = text[0]
            end = text.find(q, 1)
            text = text[end + 1 :] if end > 0 else ""
        else:
            _, _, text = text.partition(" ")
    return text.strip()


def date_arg(word: str, args: Args) -> date:
    m = _DATE.match(word)
    if not m:
        raise args.fail(f"`{word}` is not a date; write dates as YYYY-MM-DD, like 2024-03-01.")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise args.fail(f"{word} is not a real date.") from None


def is_date(word: str) -> bool:
    return bool(_DATE.match(word))


def due_spec(words: tuple[str, ...], args: Args) -> c.DueSpec:
    text = " ".join(words).lower().strip()
    if text in ("next", "next meeting"):
        return c.DueSpec(c.DueSpecKind.next_meeting)
    if text in ("future", "future meeting", "a future meeting"):
        return c.DueSpec(c.DueSpecKind.future_meeting)
    if text in ("none", "no date", "clear"):
        return c.DueSpec(c.DueSpecKind.none)
    if len(words) == 2 and words[0].lower() == "meeting":
        return c.DueSpec(c.DueSpecKind.meeting_on, date_arg(words[1], args))
    if len(words) == 1 and is_date(words[0]):
        return c.DueSpec(c.DueSpecKind.date, date_arg(words[0], args))
    shown = " ".join(words) or "nothing"
    raise args.fail(
        f"I can't read the due point `{shown}`. Use `next meeting`, `future meeting`, "
        "`meeting YYYY-MM-DD`, a date YYYY-MM-DD, or `none`."
    )


def person_spec(text: str, args: Args) -> c.PersonSpec:
    raw = text.strip()
    if not raw:
        raise args.fail("Who? Give an @mention, a name, or a role title in quotes.")
    m = _SLACK_MENTION.match(raw) or _AT_ID.match(raw)
    if m:
        return c.PersonSpec(text=raw, platform_id=m.group(1))
    if raw[0] in "\"'" and raw[-1] == raw[0] and len(raw) > 1:
        return c.PersonSpec(text=raw[1:-1].strip(), is_role=True)
    return c.PersonSpec(text=raw.lstrip("@"))


def _no_more(args: Args, count: int) -> None:
    if len(args.words) > count:
        extra = " ".join(args.words[count:])
        raise args.fail(f"I didn't expect `{extra}` here.")


def _listing(kind: c.ListKind) -> Parse:
    def parse_listing(args: Args) -> c.ListActions:
        _no_more(args, 0)
        return c.ListActions(kind=kind)

    return parse_listing


for _kind, _usage, _summary in (
    (c.ListKind.mine, "mine", "actions assigned to you"),
    (c.ListKind.overdue, "overdue", "actions past their due meeting or date"),
    (c.ListKind.stale, "stale", "open actions with no update for weeks"),
    (c.ListKind.all, "all", "every action, whatever its status"),
):
    verb(_kind.value, usage=_usage, summary=_summary, group="Listings")(_listing(_kind))


@verb(
    "list",
    usage="list",
    summary="open actions (this committee's in a channel, yours in a DM)",
    group="Listings",
)
def _parse_list(args: Args) -> c.ListActions:
    cmd: c.ListActions = _listing(c.ListKind.default)(args)
    return cmd


@verb(
    "due",
    usage="due next | due YYYY-MM-DD | due A12 next meeting|future meeting|meeting YYYY-MM-DD|YYYY-MM-DD|none",
    summary="list what is due at the next meeting or on a date; or change an action's due point",
    group="Listings",
)
def _parse_due(args: Args) -> c.ListActions | c.SetDue:
    if not args.words:
        raise args.fail("Due when? `due next`, `due 2024-01-10`, or `due A12 next meeting`.")
    first = args.words[0]
    if _REF.match(first.strip(",.;:")):
        return c.SetDue(ref=ref_arg(args), due=due_spec(args.words[1:], args))
    if first.lower() == "next":
        if args.words[1:] not in ((), ("meeting",)):
            raise args.fail(f"I didn't expect `{' '.join(args.words[1:])}` after `due next`.")
        return c.ListActions(kind=c.ListKind.due_next)
    _no_more(args, 1)
    return c.ListActions(kind=c.ListKind.due_on, on=date_arg(first, args))


@verb("owner", usage='owner <name | @user | "role">', summary="actions owned by someone", group="Listings")
def _parse_owner(args: Args) -> c.ListActions:
    if not args.rest:
        raise args.fail("Whose actions? Give a name, an @mention or a role.")
    return c.ListActions(kind=c.ListKind.owner, words=args.rest)


@verb("search", usage="search <words>", summary="actions whose text has all these words", group="Listings")
def _parse_search(args: Args) -> c.ListActions:
    if not args.words:
        raise args.fail("Search for what? Give one or more words.")
    return c.ListActions(kind=c.ListKind.search, words=" ".join(args.words))


@verb(
    "done",
    usage="done | done A12 [closing note]",
    summary="list finished actions; or mark one done",
    group="Changes",
)
def _parse_done(args: Args) -> c.ListActions | c.Done:
    if not args.words:
        return c.ListActions(kind=c.ListKind.done)
    return c.Done(ref=ref_arg(args), note=rest_after(args, 1))


@verb("show", usage="show A12", summary="one action with its history", group="Changes")
def _parse_show(args: Args) -> c.Show:
    ref = ref_arg(args)
    _no_more(args, 1)
    return c.Show(ref)


@verb("reopen", usage="reopen A12 [reason]", summary="reopen a done or dropped action")
def _parse_reopen(args: Args) -> c.Reopen:
    return c.Reopen(ref=ref_arg(args), note=rest_after(args, 1))


@verb(
    "update", usage="update A12 <progress note>", summary="add a progress note", aliases=("progress", "note")
)
def _parse_update(args: Args) -> c.Update:
    ref = ref_arg(args)
    note = rest_after(args, 1)
    if not note:
        raise args.fail(f"What is the update on {ref}? Write it after the reference.")
    return c.Update(ref=ref, note=note)


@verb("assign", usage='assign A12 @user | "role title" | name', summary="give an action to someone")
def _parse_assign(args: Args) -> c.Assign:
    ref = ref_arg(args)
    return c.Assign(ref=ref, who=person_spec(rest_after(args, 1), args))


@verb(
    "snooze",
    usage="snooze A12 7d | 2w | next meeting | YYYY-MM-DD",
    summary="quiet the reminders for an action for a while",
)
def _parse_snooze(args: Args) -> c.Snooze:
    ref = ref_arg(args)
    spec = " ".join(args.words[1:]).strip()
    if not spec:
        raise args.fail(f"Snooze {ref} for how long? e.g. `snooze {ref} 7d` or `snooze {ref} next meeting`.")
    low = spec.lower()
    if low in ("next meeting", "until next meeting", "next"):
        return c.Snooze(ref=ref, until=c.SnoozeUntil.next_meeting)
    m = _PERIOD.match(low.replace(" ", "")) or _PERIOD.match(low)
    if m:
        n = int(m.group(1))
        days = n * 7 if m.group(2).lower().startswith("w") else n
        if not 1 <= days <= 365:
            raise args.fail("Snooze for between 1 day and a year.")
        return c.Snooze(ref=ref, until=c.SnoozeUntil.period, period=timedelta(days=days))
    if is_date(spec):
        return c.Snooze(ref=ref, until=c.SnoozeUntil.date, on=date_arg(spec, args))
    raise args.fail(f"I can't read `{spec}` as a snooze; use 7d, 2w, `next meeting` or a date YYYY-MM-DD.")


@verb("unsnooze", usage="unsnooze A12", summary="end a snooze now")
def _parse_unsnooze(args: Args) -> c.Unsnooze:
    ref = ref_arg(args)
    _no_more(args, 1)
    return c.Unsnooze(ref)


_ADD_SPLIT = re.compile(r"\s+\b(owner|due)\b\s+", re.IGNORECASE)


@verb(
    "add",
    usage='add <text> [owner <name | @user | "role">] [due next meeting | YYYY-MM-DD | future meeting]',
    summary="record a new action",
)
def _parse_add(args: Args) -> c.Add:
    parts = _ADD_SPLIT.split(" " + args.rest)
    text = parts[0].strip()
    if not text:
        raise args.fail("What is the action? Write its text after `add`.")
    owner: c.PersonSpec | None = None
    due: c.DueSpec | None = None
    for key, value in zip(parts[1::2], parts[2::2], strict=True):
        key = key.lower()
        if key == "owner":
            if owner is not None:
                raise args.fail("Give one owner.")
            owner = person_spec(value, args)
        else:
            if due is not None:
                raise args.fail("Give one due point.")
            try:
                words = tuple(shlex.split(value))
            except ValueError:
                raise args.fail("A quotation mark is not closed.") from None
            due = due_spec(words, args)
    return c.Add(text=text, owner=owner, due=due)


@verb("drop", usage="drop A12 <reason>", summary="drop an action that will not be done, saying why")
def _parse_drop(args: Args) -> c.Drop:
    ref = ref_arg(args)
    reason = rest_after(args, 1)
    if not reason:
        raise args.fail(f"Why is {ref} being dropped? Give a reason after the reference.")
    return c.Drop(ref=ref, reason=reason)


@verb("help", usage="help [command]", summary="this list, or how to use one command", group="Help")
def _parse_help(args: Args) -> c.Help:
    return c.Help(topic=(args.words[0].lower() if args.words else ""))


@verb(
    "role",
    usage="role add|remove <@user | name> admin|chair|member|officer  |  role list",
    summary="manage who is admin, chair, member or officer of this committee (admins)",
    group="Admin",
    aliases=("roles",),
)
def _parse_role(args: Args) -> c.Roles:
    if not args.words or args.words[0].lower() in ("list", "ls"):
        return c.Roles(change=c.RoleChange.list)
    op = args.words[0].lower()
    if op not in ("add", "remove") or len(args.words) < 3:
        raise args.fail("Say `role add <person> <role>`, `role remove <person> <role>` or `role list`.")
    role = args.words[-1].lower()
    if role not in ("admin", "chair", "member", "officer"):
        raise args.fail(f"`{args.words[-1]}` is not a role; roles are admin, chair, member and officer.")
    who = " ".join(args.words[1:-1])
    return c.Roles(change=c.RoleChange(op), who=person_spec(who, args), role=role)


@verb(
    "title",
    usage='title <@user | name> "Director of Adult Social Care"',
    summary="record a person's role title, so minutes that name the role reach them (admins)",
    group="Admin",
)
def _parse_title(args: Args) -> c.Title:
    if len(args.words) < 2:
        raise args.fail("Give the person and then the title in quotes.")
    return c.Title(who=person_spec(" ".join(args.words[:-1]), args), title=args.words[-1])


@verb(
    "setup",
    usage="setup <committee code>",
    summary="bind this channel to a committee (admins)",
    group="Admin",
)
def _parse_setup(args: Args) -> c.Setup:
    if len(args.words) != 1:
        raise args.fail("Give the committee's short code, e.g. `setup ASC`.")
    return c.Setup(committee=args.words[0].upper())


@verb(
    "review",
    usage="review | review confirm A12|all | review discard A12 | review edit A12 <text>",
    summary="confirm, edit or discard the actions found in imported minutes (admins)",
    group="Admin",
)
def _parse_review(args: Args) -> c.Review | c.ReviewChange:
    if not args.words:
        return c.Review()
    op = args.words[0].lower()
    if op not in ("confirm", "discard", "edit"):
        raise args.fail(f"`{args.words[0]}`: review takes confirm, discard or edit.")
    if len(args.words) < 2:
        raise args.fail(f"{op.capitalize()} which proposal? Give its reference, or `all` to confirm all.")
    if op == "confirm" and args.words[1].lower() == "all":
        _no_more(args, 2)
        return c.ReviewChange(verb=c.ReviewVerb.confirm, ref="all")
    ref = ref_arg(Args(args.words[1:], rest_after(args, 1), args.usage))
    text = rest_after(args, 2)
    if op == "edit" and not text:
        raise args.fail(f"Give the corrected text after {ref}.")
    return c.ReviewChange(verb=c.ReviewVerb(op), ref=ref, text=text)


@verb(
    "confirm",
    usage="confirm A12|all",
    summary="confirm a proposed action (same as review confirm)",
    group="Admin",
)
def _parse_confirm(args: Args) -> c.Review | c.ReviewChange:
    return _parse_review(Args(("confirm", *args.words), "confirm " + args.rest, args.usage))


@verb(
    "discard",
    usage="discard A12",
    summary="discard a proposed action (same as review discard)",
    group="Admin",
)
def _parse_discard(args: Args) -> c.Review | c.ReviewChange:
    return _parse_review(Args(("discard", *args.words), "discard " + args.rest, args.usage))


@verb("import", usage="import <url>", summary="import minutes from a web address (admins)", group="Admin")
def _parse_import(args: Args) -> c.ImportMinutes:
    if len(args.words) != 1:
        raise args.fail("Give one web address of the minutes (http or https).")
    url = args.words[0].strip("<>")
    url = url.split("|", 1)[0]
    if not re.match(r"^https?://", url, re.IGNORECASE):
        raise args.fail(f"`{url}` is not a web address; give one starting with https://.")
    return c.ImportMinutes(url=url)
