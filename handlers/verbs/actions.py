"""The verbs about actions: the listings, and the changes to one action."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from handlers import commands as c
from handlers.args import (
    REF,
    Args,
    ParseError,
    Verbs,
    date_arg,
    due_spec,
    is_date,
    no_more,
    person_spec,
    ref_arg,
    rest_after,
    split_words,
)

VERBS = Verbs()

_PERIOD = re.compile(r"^(\d{1,3})\s*(d|day|days|w|wk|week|weeks)$", re.IGNORECASE)


def _listing(kind: c.ListKind) -> Callable[[Args], c.ListActions]:
    def parse_listing(args: Args) -> c.ListActions:
        no_more(args, 0)
        return c.ListActions(kind=kind)

    return parse_listing


for _kind, _usage, _summary in (
    (c.ListKind.mine, "mine", "actions assigned to you"),
    (c.ListKind.overdue, "overdue", "actions past their due meeting or date"),
    (c.ListKind.stale, "stale", "open actions with no update for weeks"),
    (c.ListKind.all, "all", "every action, whatever its status"),
):
    VERBS.verb(_kind.value, usage=_usage, summary=_summary, group="Listings")(_listing(_kind))


@VERBS.verb(
    "list",
    usage="list",
    summary="open actions (this committee's in a channel, yours in a DM)",
    group="Listings",
)
def _parse_list(args: Args) -> c.ListActions:
    return _listing(c.ListKind.default)(args)


@VERBS.verb(
    "due",
    usage="due next | due YYYY-MM-DD | due A12 next meeting|future meeting|meeting YYYY-MM-DD|YYYY-MM-DD|none",
    summary="list what is due at the next meeting or on a date; or change an action's due point",
    group="Listings",
)
def _parse_due(args: Args) -> c.ListActions | c.SetDue:
    if not args.words:
        raise args.fail("Due when? `due next`, `due 2024-01-10`, or `due A12 next meeting`.")
    first = args.words[0]
    if REF.match(first.strip(",.;:")):
        return c.SetDue(ref=ref_arg(args), due=due_spec(args.words[1:], args))
    if first.lower() == "next":
        if args.words[1:] not in ((), ("meeting",)):
            raise args.fail(f"I didn't expect `{' '.join(args.words[1:])}` after `due next`.")
        return c.ListActions(kind=c.ListKind.due_next)
    no_more(args, 1)
    return c.ListActions(kind=c.ListKind.due_on, on=date_arg(first, args))


@VERBS.verb(
    "owner", usage='owner <name | @user | "role">', summary="actions owned by someone", group="Listings"
)
def _parse_owner(args: Args) -> c.ListActions:
    if not args.rest:
        raise args.fail("Whose actions? Give a name, an @mention or a role.")
    return c.ListActions(kind=c.ListKind.owner, words=args.rest)


@VERBS.verb(
    "search", usage="search <words>", summary="actions whose text has all these words", group="Listings"
)
def _parse_search(args: Args) -> c.ListActions:
    if not args.words:
        raise args.fail("Search for what? Give one or more words.")
    return c.ListActions(kind=c.ListKind.search, words=" ".join(args.words))


@VERBS.verb(
    "done",
    usage="done | done A12 [closing note]",
    summary="list finished actions; or mark one done",
    group="Changes",
)
def _parse_done(args: Args) -> c.ListActions | c.Done:
    if not args.words:
        return c.ListActions(kind=c.ListKind.done)
    return c.Done(ref=ref_arg(args), note=rest_after(args, 1))


@VERBS.verb("show", usage="show A12", summary="one action with its history", group="Changes")
def _parse_show(args: Args) -> c.Show:
    ref = ref_arg(args)
    no_more(args, 1)
    return c.Show(ref)


@VERBS.verb("reopen", usage="reopen A12 [reason]", summary="reopen a done or dropped action")
def _parse_reopen(args: Args) -> c.Reopen:
    return c.Reopen(ref=ref_arg(args), note=rest_after(args, 1))


@VERBS.verb(
    "update", usage="update A12 <progress note>", summary="add a progress note", aliases=("progress", "note")
)
def _parse_update(args: Args) -> c.Update:
    ref = ref_arg(args)
    note = rest_after(args, 1)
    if not note:
        raise args.fail(f"What is the update on {ref}? Write it after the reference.")
    return c.Update(ref=ref, note=note)


@VERBS.verb("assign", usage='assign A12 @user | "role title" | name', summary="give an action to someone")
def _parse_assign(args: Args) -> c.Assign:
    ref = ref_arg(args)
    return c.Assign(ref=ref, who=person_spec(rest_after(args, 1), args))


@VERBS.verb(
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


@VERBS.verb("unsnooze", usage="unsnooze A12", summary="end a snooze now")
def _parse_unsnooze(args: Args) -> c.Unsnooze:
    ref = ref_arg(args)
    no_more(args, 1)
    return c.Unsnooze(ref)


_ADD_KEYS = ("owner", "due")


@VERBS.verb(
    "add",
    usage='add <text> [owner <name | @user | "role">] [due next meeting | YYYY-MM-DD | future meeting]',
    summary="record a new action",
    details='Quote words of the text that would be read as owner or due: `add Check the "due diligence" owner Tom`.',
)
def _parse_add(args: Args) -> c.Add:
    try:
        words = split_words(args.rest)
    except ParseError:
        raise args.fail("A quotation mark is not closed.") from None
    keys = [
        i
        for i, w in enumerate(words)
        if 0 < i < len(words) - 1 and not w.quoted and w.text.lower() in _ADD_KEYS
    ]
    text = args.rest[: words[keys[0]].start].strip() if keys else args.rest.strip()
    if not text:
        raise args.fail("What is the action? Write its text after `add`.")
    owner: c.PersonSpec | None = None
    due: c.DueSpec | None = None
    for n, i in enumerate(keys):
        following = keys[n + 1] if n + 1 < len(keys) else len(words)
        if words[i].text.lower() == "owner":
            if owner is not None:
                raise args.fail("Give one owner.")
            end = words[following].start if following < len(words) else len(args.rest)
            owner = person_spec(args.rest[words[i].end : end], args)
        else:
            if due is not None:
                raise args.fail("Give one due point.")
            due = due_spec(tuple(w.text for w in words[i + 1 : following]), args)
    return c.Add(text=text, owner=owner, due=due)


@VERBS.verb("drop", usage="drop A12 <reason>", summary="drop an action that will not be done, saying why")
def _parse_drop(args: Args) -> c.Drop:
    ref = ref_arg(args)
    reason = rest_after(args, 1)
    if not reason:
        raise args.fail(f"Why is {ref} being dropped? Give a reason after the reference.")
    return c.Drop(ref=ref, reason=reason)
