"""Normalising extracted text and joining lines that a PDF or a web page wrapped.

Minutes arrive as text layers of PDFs (hard-wrapped lines, bullet glyphs from private-use
fonts, list markers alone on a line), as HTML turned into text, or as plain text. Everything
downstream works on *logical lines*: one paragraph, bullet, list point or heading each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.actors import INITIALS_TAG, JOINT_ACTOR
from minutes.headings import title_like
from minutes.line_openers import LISTED_APPLICATION, MOTION_OPENS, MOVED_AND, STATE_END, opens_named_task
from minutes.next_agenda import NEXT_AGENDA_END
from minutes.normalise import normalise
from minutes.page_marks import RUNNING_OK, page_mark

_BULLET_CHARS = "·•▪●◦‣∙○■□➢➤✓✔\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
_BULLET_RE = re.compile(rf"^(?:[{_BULLET_CHARS}]|[-–—*>Ø](?=\s)|o(?=\s+(?-i:[A-Z])))\s*")
"""A bullet glyph, a dash or star, or the "o" a word processor's second-level bullet becomes as text
("o It was decided to ask Cllr Llewellyn ...")."""
MD_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")

MARKER_RE = re.compile(
    r"^(?P<marker>\(?(?P<label>\d{1,2}|[a-zA-Z]|[ivxlIVXL]{1,5})[.)](?:\s+|$)|\((?P<plabel>\d{1,2}|[a-zA-Z]|[ivxlIVXL]{1,5})\)\s*)"
)
_BARE_MARKER = re.compile(
    r"^(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivxlIVXL]{1,5})[.)]|\((?:\d{1,2}|[a-zA-Z]|[ivxl]{1,5})\)|-"
    r"|\d{3,4}\.|\d{1,3}/\d{2})$"
)
"""A label alone on its line, which the next line completes: a list marker, or a meeting page's
minute number ("124." or "35/20" over "Apologies for absence")."""
_BARE_ROMAN = re.compile(r"^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})\s+(?-i:[A-Z])")
"""A list's roman label with no stop after it, over its own paragraph ("ii Ms M Keane 11/00145/FUL
(Garden Studios)"): the next entry, not the end of the sentence above."""
_TERMINAL = re.compile(r"[.:;!?]['\"”’)]?$|\s\|$")
ACTION_TAG = r"(?-i:ACTION|Action)S?\s*[:\-–]\s*(?:(?-i:[A-Z])[\w'’.-]*\s*(?:[,/&]\s*|and\s+)?){1,6}\.?"
"""An action tag that names only who acts, at the end of a paragraph ("... before winter. ACTION:
JK/TC"): it closes the line, so the next line is not read as more names."""
_ACTION_TAG_END = re.compile(rf"(?:^|\s){ACTION_TAG}$|(?:^|(?<=[.!?)])\s+(?:[–—-]\s+)?){INITIALS_TAG}\s*\.?$")


@dataclass(frozen=True)
class Line:
    """One logical line, with `bullet` set when it began with a bullet glyph."""

    text: str
    bullet: bool = False
    table: bool = False
    glyph: str = ""
    """The bullet character ("•", "-") so a nested list in another glyph can be told apart."""


def is_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def strip_bullet(text: str) -> tuple[str, bool]:
    m = _BULLET_RE.match(text)
    if m and len(text) > m.end():
        return text[m.end() :].strip(), True
    return text, False


def page_furniture(lines: list[str]) -> set[str]:
    """Lines that are page furniture of a PDF: page numbers, "Chair's initials", and running
    titles (a short line of two or more words that is not a sentence and recurs on three or more
    pages; one word on its own, such as "Noted" in a wrapped list, is text)."""
    counts: dict[str, int] = {}
    for line in lines:
        if line and len(line) <= 100:
            counts[line] = counts.get(line, 0) + 1
    out = {line for line in counts if page_mark(line)}
    out.update(
        line
        for line, n in counts.items()
        if n >= 3
        and " " in line
        and not RUNNING_OK.search(line)
        and not _BULLET_RE.match(line)
        and not MARKER_RE.match(line)
    )
    return out


_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_ASCII_LOWER = re.compile(r"[a-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
"""A line's dashes, quotes and pound signs: when no letter is among them, its letters are ASCII."""
_THREE_LETTERS = re.compile(r"[A-Za-z](?:[^A-Za-z]*[A-Za-z]){2}")
"""Enough letters for a heading: a line's letters are counted up to three (finding every letter of
every line cost more than the rest of joining lines)."""


class _Open:
    """The logical line being built: its physical parts, and what `_continues` asks of it, kept
    up to date as parts are added (a text with no line breaks must not cost a pass per line)."""

    __slots__ = ("bullet", "caps", "first", "glyph", "letters", "parts", "table", "words")

    def __init__(self, body: str, bullet: bool, table: bool, glyph: str) -> None:
        self.parts = [body]
        self.first = body
        self.bullet, self.table, self.glyph = bullet, table, glyph
        self.letters = 0
        self.caps = True
        self.words = 0
        self._count(body)

    def _count(self, body: str) -> None:
        if self.caps or self.letters < 3:
            if body.isascii() or not any(c.isalpha() for c in _NON_ASCII.findall(body)):
                self.letters += 3 if _THREE_LETTERS.search(body) else len(_ASCII_LETTERS.findall(body))
                self.caps = self.caps and _ASCII_LOWER.search(body) is None
            else:
                letters = [c for c in body if c.isalpha()]
                self.letters += len(letters)
                self.caps = self.caps and all(c.isupper() for c in letters)
        self.words += body.count(" ") + 1

    def add(self, body: str, hyphenated: bool) -> None:
        if hyphenated:
            self.parts[-1] = self.parts[-1][:-1]
            self.parts.append(body)
        else:
            self.parts.append(" " + body)
        self._count(body)

    @property
    def heading(self) -> bool:
        return self.letters >= 3 and self.caps

    @property
    def tail(self) -> str:
        return self.parts[-1][-60:]

    def line(self) -> Line:
        return Line("".join(self.parts).strip(), self.bullet, self.table, self.glyph)


def logical_lines(text: str, *, starts_new: re.Pattern[str] | None = None) -> list[Line]:
    """Join wrapped physical lines back into paragraphs, list points and headings.

    A line continues the previous one when the previous did not end a sentence and the line
    does not open something new (a bullet, a list marker, a table row, a heading, or a
    `starts_new` keyword such as RESOLVED). A blank line ends a paragraph, except when the
    next line starts in lower case after an unfinished sentence (a PDF page break).
    """
    done: list[Line] = []
    current: _Open | None = None
    blank = True
    last = ""
    physical = normalise(text).split("\n")
    furniture = page_furniture(physical)
    for raw in physical:
        if not raw or _PIPES_ONLY.match(raw):
            blank = True
            continue
        if raw in furniture:
            continue
        cell_end = raw[0] != "|" and raw.endswith(" |")
        if cell_end:
            raw = raw[:-2].rstrip()
        body, bullet = strip_bullet(raw)
        glyph = raw[0] if bullet else ""
        if bullet and _BULLET_RE.match(body) is None and body in {"-", ""}:
            continue
        table = body.startswith("|") or (body.count(" | ") >= 2 and not cell_end)
        if (
            current is not None
            and not table
            and not current.table
            and _continues(current, body, bullet, blank, starts_new, last)
        ):
            if len(current.parts) == 1 and current.first in _LONE_BULLETS:
                current = _Open(body, True, False, current.first)
            else:
                current.add(body, _HYPHENATED.search(current.tail) is not None and body[:1].islower())
        else:
            if current is not None:
                done.append(current.line())
            current = _Open(body, bullet, table, glyph)
        blank = cell_end
        last = body
    if current is not None:
        done.append(current.line())
    return [ln for ln in done if ln.text and not _BARE_MARKER.match(ln.text)]


_PIPES_ONLY = re.compile(r"^[\s|:-]*\|[\s|:-]*$")
"""A web page flattened to text keeps its table cells: a line of pipes and rules is a break, and
a line ending in " |" ends its cell ("RESOLVED: |" then "That |" then "1. |"); a row written
without its outer pipes ("1 | Circulate the policy | BM | 30 April") is a table row all the same."""
_LONE_BULLETS = frozenset("-–—*" + _BULLET_CHARS)
_HYPHENATED = re.compile(r"[a-z]{2}-$")
_TITLE_ITEM = re.compile(
    r"^(?:[A-Z]{0,4}[/.]?\d{1,4}(?:[./]\d{1,4})?[.)]?|(?i:agenda\s+item|item|minute)\s+\d{1,4}[.:]?(?:\s+[-–])?)\s+[A-Z][^.;:]{2,100}$"
)
_THAT_POINT = re.compile(r"^(?:\(?[0-9a-z]{1,4}[.)]\s+)?That\s")
"""Unpunctuated resolution points, one a line: "That the Officer circulates ..." then "That the
Head of Service prepare ...". A wrapped sentence does not carry on with a capital "That"."""
_OPENS_PHRASE = re.compile(
    r"^(?:\(?[0-9a-zivx]{1,4}[.)]\s+)?(?:the|a|an|this|that|these|our|its|their|his|her)\s", re.I
)
"""A short line that opens a noun phrase ("The Environmental" / "Health Manager introduced ...")
runs on; a short title ("Content") does not."""
_NUMBERED_TITLE = re.compile(
    r"^\d{1,4}(?:[/.]\d{1,4})?[.)]?\s+[A-Z][\w'’&/-]*(?:\s+(?:[A-Z0-9][\w'’&/-]*|of|and|the|for|to|in|on|&|[-–]))*\s*$"
)
"""A numbered item title on a line of its own ("41 Depot Relocation", a parish's "17/29 Outstanding
Applications"): never the end of a sentence."""
INITIALS_TASK = re.compile(r"^(?-i:[A-Z]{2,3})(?:\s*(?:,|and|&|/)\s*(?-i:[A-Z]{2,3}))*\s+to\s+[A-Za-z]")
"""An action-log entry opens with the initials of who does it ("BE to sign the Code of conduct",
"SH/BE to update the website"): a new line, though the entry before it has no full stop, and as
formal as an action line (minutes/reading.py)."""
_OPENS_ANEW = re.compile(
    r"(?:resolved|agreed|decided|recommended|it\s+was|that|now\s+therefore|be\s+it|whereas)\b", re.I
)
"""What starts a sentence of its own after a blank line even when the line before ended in "and"."""
_WRAPPED_END = re.compile(r"(?<![;:,]\s)\b(?:of|on|and|the|for|to|in|with|at|a|an|by|or|from|into)$")
"""Words no sentence ends on: a line ending in one was wrapped, even over a blank line ("... it was" may
have lost its "RESOLVED")."""
_SMALL_END = re.compile(r"\b(?:of|on|and|the|for|to|in|with|at|a|an|by|or|from|into|was|were|be|been)$", re.I)


_DECIMAL_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}\.?\s+(?-i:[A-Z])")
"""Paragraphs numbered "1.1." and "1.2." each start a line, though the first ends "; and"."""


def _continues(
    prev: _Open, body: str, bullet: bool, blank: bool, starts_new: re.Pattern[str] | None, last: str
) -> bool:
    """Whether physical line `body` carries on the logical line `prev` (whose last physical line
    was `last`)."""
    single = len(prev.parts) == 1
    first_part = prev.first
    if single and (_BARE_MARKER.match(first_part) or first_part in {"", "-"}):
        return not bullet
    if bullet or MARKER_RE.match(body) or INITIALS_TASK.match(body):
        return False
    if _DECIMAL_NUMBER.match(body) and _DECIMAL_NUMBER.match(first_part):
        return False
    tail = prev.tail
    if starts_new is not None and starts_new.match(body) and not _SMALL_END.search(tail):
        return False
    if (body[0] == "#" and MD_HEADING.match(body)) or (
        first_part[:1] == "#" and MD_HEADING.match(first_part)
    ):
        return False
    if _AMOUNT_END.search(body) and _PAYMENTS_HEAD.match(first_part):
        return True
    if tail[-3:] == "and" and MOVED_AND.search(" ".join(prev.parts[-2:])):
        return False
    if _TERMINAL.search(tail) or (("ction" in tail or "CTION" in tail) and _ACTION_TAG_END.search(tail)):
        return False
    if body[:1].isupper() and STATE_END.search(tail):
        return False
    if single and _SCRIBED.match(first_part) and not _wraps(tail, body):
        return False
    if len(body) <= 90 and _NUMBERED_TITLE.match(body) and not _SMALL_END.search(tail):
        return False
    if MOTION_OPENS.match(body) and not _SMALL_END.search(tail) and tail[-1:] not in ",-–(&/":
        return False
    if LISTED_APPLICATION.match(body) and not _SMALL_END.search(tail):
        return False
    if (
        " to " in body[:80]
        and not _SMALL_END.search(tail)
        and tail[-1:] not in ",-–(&/"
        and opens_named_task(body, tail)
    ):
        return False
    if _THAT_POINT.match(body) and _THAT_POINT.match(first_part) and prev.words >= 8:
        return False
    first = body[0]
    if _outcome_line(body) and _ends_a_topic(prev, last, tail):
        return False
    if (
        first.isupper()
        and _TOPIC_COLON.match(body)
        and not (single and _TOPIC_COLON.match(first_part))
        and not _SMALL_END.search(tail)
        and tail[-1:] not in ",-–(&/"
    ):
        return False
    if blank:
        return (first.islower() and _BARE_ROMAN.match(body) is None) or (
            first.isalpha() and _WRAPPED_END.search(tail) is not None and _OPENS_ANEW.match(body) is None
        )
    if (
        (first.isupper() or first.isdigit())
        and single
        and _TITLE_ITEM.match(first_part)
        and not _SMALL_END.search(tail)
        and title_like(first_part)
    ):
        return False
    if prev.heading != is_heading(body):
        return first.islower()
    if (first.isupper() or first.isdigit()) and _outcome_line(last):
        return False
    return not (
        first.isupper()
        and len(last) < 30
        and not _SMALL_END.search(last)
        and last[-1:] not in ",-–(&/"
        and not _OPENS_PHRASE.match(last)
    )


_OUTCOME_END = re.compile(
    r"(?:(?:\s|(?<=[a-z)]))[-–—]|(?<=[a-z]):)\s+(?:(?:all\s+|duly\s+)?(?:noted|agreed|approved|refused|accepted|received)"
    r"(?:\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:council|committee|authority))?"
    r"|(?:we\s+)?(?:recommend(?:s|ed)?|support(?:s|ed)?)\s+(?:approval|refusal)"
    r"|referred\s+to\s+[^-–—]{1,60}"
    rf"|no\s+objections?|(?:{JOINT_ACTOR})\s+to\s+(?-i:[a-z])[^-–—]{{0,90}}|to\s+be\s+[^-–—]{{1,90}}|{NEXT_AGENDA_END})$",
    re.I,
)
_TIGHT_OUTCOME = re.compile(
    rf"(?:(?<=[a-z]{{3}})|(?<=\s))(?<!vice)[-–—](?:{JOINT_ACTOR})\s+to\s+(?-i:[a-z])[^-–—]{{0,90}}$"
    r"|(?:(?<=[a-z]{3})|(?<=\s))[-–—](?:no\s+objections?|(?:recommend(?:s|ed)?|support(?:s|ed)?)\s+(?:approval|refusal))\.?$",
    re.I,
)
"""The same with no space after the dash ("bus shelter-clerk to chase"), never a hyphenated word."""
"""A notes-style line that ends with its outcome: "Park inspection- clerk to get quotes", "Hedge on
Mill Lane – TD & AV to inspect", "Police report – all noted", "Signage – to be put on the next
agenda", "25/0123/FUL, 3 Church Street – no objection". Such a line is whole: the next line that opens in capitals is the next topic."""


_PAYMENTS_HEAD = re.compile(
    r"^(?:\d{1,3}[.)]?\s+)?(?:the\s+)?(?:following\s+)?(?:accounts|payments|invoices|cheques)\b[^.;]{0,60}?"
    r"\b(?:agreed|approved|authori[sz]ed|passed|signed)\b[^.;]{0,30}:$",
    re.I,
)
_AMOUNT_END = re.compile(r"[£$€]\s?\d[\d,]*(?:\.\d\d)?\s*$")
"""A list of payments under its approval ("The following payments were agreed:" then "Green Cuts
Ltd, grass cutting £240.00" a line): one decision, the list its object."""


def _ends_a_topic(prev: _Open, last: str, tail: str) -> bool:
    """Whether a notes-style outcome line ("bus shelter-clerk to chase") starts afresh after what
    came before, whatever its case: after another outcome line, or after a short title ("9.
    Highways") that ends on no small word."""
    if _SMALL_END.search(tail) or tail[-1:] in ",-–(&/":
        return False
    return _outcome_line(last) or (len(prev.parts) == 1 and len(prev.first) < 40)


def _outcome_line(last: str) -> bool:
    if (
        len(last) > 160
        or not ("-" in last or "–" in last or "—" in last or ": " in last)
        or _SMALL_END.search(last)
    ):
        return False
    if ("- " in last or "– " in last or "— " in last or ": " in last) and _OUTCOME_END.search(last):
        return True
    return ("-" in last or "–" in last or "—" in last) and _TIGHT_OUTCOME.search(last) is not None


_TOPIC_COLON = re.compile(
    r"^(?!(?i:minutes|decisions?|motion|moved|second(?:ed|er)?|votes?|resolved|agreed|actions?|results?|carried|proposed)\s*:)"
    r"[A-Z][\w'’&/-]*(?:\s+(?:[A-Z0-9][\w'’&/-]*|of|and|the|for|to|in|on|&)){0,4}\s*:\s+(?-i:[A-Z])"
)
"""A notes line that opens with its topic and a colon ("Rhynie Flower Tubs: The committee agreed
to ..."): a new paragraph, though the line above ends with a figure and no full stop; a page's
fields one a line ("Venue: ..." over "Contact: ...") are left as they were read."""


_SCRIBED = re.compile(r"^(?-i:RESOLUTION|ACTION)S?\s*:\s*\S")
"""A scribe's line ("RESOLUTION: Merge pull request 88", "ACTION: dana to close the issues"): a
line of a chat log, so it ends where the line ends, unless it plainly wraps."""
_SPEAKER = re.compile(r"^(?:<[\w.-]{1,30}>|[\w.-]{1,30}:\s)")


def _wraps(tail: str, body: str) -> bool:
    """A physical line cut mid-sentence: it ends on a small word or a comma, or the next starts
    in lower case and is not a speaker's line ("dana: ...")."""
    if _SMALL_END.search(tail) or tail[-1:] in ",-–(&/":
        return True
    return body[:1].islower() and _SPEAKER.match(body) is None
