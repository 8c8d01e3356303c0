"""The `programme` verb: the work programme, and the admin changes to it."""

from __future__ import annotations

import re
from datetime import date

from handlers import commands as c
from handlers.args import QUOTES, Args, Verbs, date_arg, is_date, no_more, ref_arg, rest_after

VERBS = Verbs()

_WREF = re.compile(r"^[Ww](\d{1,9})$")
_REF_LIST = re.compile(r"\s+for\s+((?:[Aa]\d{1,9}[\s,]*)+)$", re.IGNORECASE)
_LEAD = re.compile(r"\s+\blead\b\s+", re.IGNORECASE)
UNSCHEDULED = ("unscheduled", "none", "tbc", "tba")


def item_arg(args: Args, index: int) -> int:
    if len(args.words) <= index:
        raise args.fail("Which work programme row? Give its reference, like W3 (`programme` lists them).")
    word = args.words[index].strip(",.;:")
    m = _WREF.match(word)
    if not m:
        raise args.fail(f"`{word}` is not a work programme reference; those look like W3.")
    return int(m.group(1))


def when_arg(word: str, args: Args) -> date | None:
    if word.lower() in UNSCHEDULED:
        return None
    if not is_date(word):
        raise args.fail(f"`{word}` is not a meeting date; give YYYY-MM-DD, or `unscheduled`.")
    return date_arg(word, args)


def _unquote(text: str) -> tuple[str, str] | None:
    """(quoted part, what follows) when the text starts with a quotation."""
    if text[:1] and text[0] in QUOTES:
        end = next((i for i, ch in enumerate(text[1:], 1) if ch in QUOTES), -1)
        if end > 0:
            return text[1:end].strip(), text[end + 1 :].strip()
    return None


PROGRAMME_USAGE = (
    "programme [all|proposed|check] | programme add <YYYY-MM-DD|unscheduled> <topic> [lead <name>] "
    "[for A12] | programme move W3 <YYYY-MM-DD|unscheduled> | programme drop W3 | programme note W3 "
    "<progress> | programme confirm W3|all | programme discard W3 | programme link|unlink A12 W3"
)


@VERBS.verb(
    "programme",
    usage=PROGRAMME_USAGE,
    summary="the work programme by meeting; `check` finds gaps; admins add, move, drop and note topics",
    group="Work programme",
    details=(
        "Rows are W1, W2, ... Quote a topic that contains the word lead: "
        '`programme add 2024-03-05 "Lead pipes in schools" lead Head of Estates`. Actions Arising and '
        "Progress come from the actions linked to a row (`programme link A12 W3`)."
    ),
    aliases=("program", "wp", "workprogramme"),
)
def _parse_programme(
    args: Args,
) -> (
    c.ShowProgramme
    | c.CheckProgramme
    | c.AddTopic
    | c.MoveTopic
    | c.DropTopic
    | c.NoteTopic
    | c.ConfirmTopic
    | c.DiscardTopic
    | c.LinkTopic
):
    words = args.words
    if not words:
        return c.ShowProgramme()
    op = words[0].lower()
    if op in ("all", "proposed", "proposals", "check"):
        if len(words) > 1:
            raise args.fail(f"I didn't expect `{' '.join(words[1:])}` after `programme {op}`.")
        if op == "check":
            return c.CheckProgramme()
        return c.ShowProgramme(c.View.all if op == "all" else c.View.proposed)
    if op == "add":
        return _parse_add(args)
    if op == "move":
        item = item_arg(args, 1)
        if len(words) < 3:
            raise args.fail(f"Move W{item} to which meeting? Give its date YYYY-MM-DD, or `unscheduled`.")
        if len(words) > 3:
            raise args.fail(f"I didn't expect `{' '.join(words[3:])}` here.")
        return c.MoveTopic(item=item, on=when_arg(words[2], args))
    if op == "drop":
        return c.DropTopic(item=item_arg(args, 1), reason=rest_after(args, 2))
    if op == "note":
        item = item_arg(args, 1)
        text = rest_after(args, 2)
        if not text:
            raise args.fail(f"What is the progress on W{item}? Write it after the reference.")
        return c.NoteTopic(item=item, text=text)
    if op == "confirm":
        if len(words) == 2 and words[1].lower() == "all":
            return c.ConfirmTopic(item=None)
        item = item_arg(args, 1)
        no_more(args, 2)
        return c.ConfirmTopic(item=item)
    if op == "discard":
        item = item_arg(args, 1)
        no_more(args, 2)
        return c.DiscardTopic(item=item)
    if op in ("link", "unlink"):
        if len(words) != 3:
            raise args.fail(f"Say `programme {op} A12 W3`: the action, then the work programme row.")
        ref = ref_arg(args, 1)
        return c.LinkTopic(ref=ref, item=item_arg(args, 2), unlink=op == "unlink")
    raise args.fail(
        f"`{words[0]}`: programme takes all, proposed, check, add, move, drop, note, confirm, discard, "
        "link or unlink."
    )


def _parse_add(args: Args) -> c.AddTopic:
    if len(args.words) < 2:
        raise args.fail(
            "Add a topic for which meeting? e.g. `programme add 2024-03-05 Home care market` "
            "or `programme add unscheduled Home care market`."
        )
    on = when_arg(args.words[1], args)
    rest = rest_after(args, 2)
    refs: tuple[str, ...] = ()
    m = _REF_LIST.search(" " + rest)
    if m:
        refs = tuple(f"A{int(r[1:])}" for r in re.findall(r"[Aa]\d+", m.group(1)))
        rest = (" " + rest)[: m.start()].strip()
    lead: str | None = None
    quoted = _unquote(rest)
    if quoted is not None:
        topic, after = quoted
        if after:
            low = after.lower()
            if not low.startswith("lead "):
                raise args.fail(f"After the quoted topic I expected `lead <name>`, not `{after}`.")
            lead = after[5:].strip()
    else:
        parts = _LEAD.split(" " + rest)
        if len(parts) > 2:
            raise args.fail("The word lead appears more than once; quote the topic, then `lead <name>`.")
        topic = parts[0].strip()
        lead = parts[1].strip() if len(parts) == 2 else None
    if not topic:
        raise args.fail("What is the topic? Write it after the date.")
    if lead is not None and not lead:
        raise args.fail("Who is the lead officer? Write a name or role after `lead`.")
    if len(topic) > 300:
        raise args.fail(f"That topic is {len(topic)} characters long; keep it under 300.")
    return c.AddTopic(on=on, topic=topic, lead=lead, refs=refs)
