"""What every verb's parser works with: the words after the verb, the helpers that read a
reference, a date, a due point or a person from them, and the error that says what was wrong."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from handlers import commands as c

QUOTES = '"\u201c\u201d\u201e'
"""What groups words: the straight double quote and the curly ones phones and word processors type.
An apostrophe is part of a word (Jo's, don't, O'Brien), so single quotes never group."""
_WORD = re.compile(rf"(?:[^\s{QUOTES}]|[{QUOTES}][^{QUOTES}]*[{QUOTES}])+")
_QUOTE_CHARS = re.compile(f"[{QUOTES}]")


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


@dataclass(frozen=True)
class Word:
    """One word of the text, its quotation marks taken off, and where it stands in the text."""

    text: str
    start: int
    end: int
    quoted: bool


def split_words(text: str) -> list[Word]:
    """The words of `text`: runs of non-space characters, where a double-quoted stretch (straight or
    curly quotes) counts as part of one word, spaces and all; a ParseError if a quote is not closed."""
    if len(_QUOTE_CHARS.findall(text)) % 2:
        raise ParseError("A quotation mark is not closed.")
    out = []
    for m in _WORD.finditer(text):
        raw = m.group()
        bare = _QUOTE_CHARS.sub("", raw)
        out.append(Word(bare, m.start(), m.end(), len(bare) != len(raw)))
    return out


Parse = Callable[[Args], c.Command]
P = TypeVar("P", bound=Parse)


@dataclass(frozen=True)
class Verb:
    name: str
    usage: str
    summary: str
    parse: Parse
    group: str
    details: str = ""
    aliases: tuple[str, ...] = ()


class Verbs:
    """The verbs one module defines, in the order it defines them (help lists them so)."""

    def __init__(self) -> None:
        self.verbs: list[Verb] = []

    def verb(
        self,
        name: str,
        *,
        usage: str,
        summary: str,
        group: str = "Changes",
        details: str = "",
        aliases: tuple[str, ...] = (),
    ) -> Callable[[P], P]:
        def register(fn: P) -> P:
            self.verbs.append(Verb(name, usage, summary, fn, group, details, aliases))
            return fn

        return register


REF = re.compile(r"^[Aa](\d{1,9})$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_SLACK_MENTION = re.compile(r"^<@([A-Z0-9]+)(?:\|[^>]*)?>$")
_AT_ID = re.compile(r"^@([UW][A-Z0-9]{6,})$")


def ref_arg(args: Args, index: int = 0) -> str:
    if len(args.words) <= index:
        raise args.fail("Which action? Give its reference, like A12.")
    word = args.words[index].strip(",.;:")
    m = REF.match(word)
    if not m:
        raise args.fail(f"`{word}` is not an action reference; references look like A12.")
    return f"A{int(m.group(1))}"


def rest_after(args: Args, count: int) -> str:
    """The raw text after the first `count` words, quotes kept as typed."""
    if count <= 0:
        return args.rest.strip()
    try:
        words = split_words(args.rest)
    except ParseError:
        raise args.fail("A quotation mark is not closed.") from None
    if len(words) < count:
        return ""
    return args.rest[words[count - 1].end :].strip()


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
    if len(raw) > 1 and raw[0] in QUOTES and raw[-1] in QUOTES:
        return c.PersonSpec(text=raw[1:-1].strip(), is_role=True)
    return c.PersonSpec(text=raw.lstrip("@"))


def no_more(args: Args, count: int) -> None:
    """Refuse words after the first `count`."""
    if len(args.words) > count:
        extra = " ".join(args.words[count:])
        raise args.fail(f"I didn't expect `{extra}` here.")
