"""Normalising extracted text and joining lines that a PDF or a web page wrapped.

Minutes arrive as text layers of PDFs (hard-wrapped lines, bullet glyphs from private-use
fonts, list markers alone on a line), as HTML turned into text, or as plain text. Everything
downstream works on *logical lines*: one paragraph, bullet, list point or heading each.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

_BULLET_CHARS = "·•▪●◦‣∙○■□➢➤✓✔\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
_BULLET_RE = re.compile(rf"^(?:[{_BULLET_CHARS}]|[-–—*](?=\s))\s*")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\ufeff\u00ad]")
_BOLD = re.compile(r"\*\*|__")
_SPACED_CAPS = re.compile(r"^(?:[A-Z] ){3,}[A-Z](?: ?:)?$")

MARKER_RE = re.compile(
    r"^(?P<marker>\(?(?P<label>\d{1,2}|[a-zA-Z]|[ivxlIVXL]{1,5})[.)](?:\s+|$)|\((?P<plabel>\d{1,2}|[a-zA-Z]|[ivxlIVXL]{1,5})\)\s*)"
)
_BARE_MARKER = re.compile(
    r"^(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivxlIVXL]{1,5})[.)]|\((?:\d{1,2}|[a-zA-Z]|[ivxl]{1,5})\)|-)$"
)
_TERMINAL = re.compile(r"[.:;!?]['\"”’)]?$")


@dataclass(frozen=True)
class Line:
    """One logical line, with `bullet` set when it began with a bullet glyph."""

    text: str
    bullet: bool = False
    table: bool = False


def normalise(text: str) -> str:
    """Unify line endings, spaces, quotes and bullet glyphs; strip markdown bold."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", _BOLD.sub("", raw)).strip()
        if _SPACED_CAPS.match(line):
            line = line.replace(" ", "")
        out.append(line)
    return "\n".join(out)


def content_hash(text: str) -> str:
    """sha256 of the text with all whitespace collapsed, so re-wrapping does not change it."""
    flat = " ".join(unicodedata.normalize("NFC", _BOLD.sub("", text)).split()).lower()
    return hashlib.sha256(flat.encode("utf-8")).hexdigest()


def is_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def strip_bullet(text: str) -> tuple[str, bool]:
    m = _BULLET_RE.match(text)
    if m and len(text) > m.end():
        return text[m.end() :].strip(), True
    return text, False


def logical_lines(text: str, *, starts_new: re.Pattern[str] | None = None) -> list[Line]:
    """Join wrapped physical lines back into paragraphs, list points and headings.

    A line continues the previous one when the previous did not end a sentence and the line
    does not open something new (a bullet, a list marker, a table row, a heading, or a
    `starts_new` keyword such as RESOLVED). A blank line ends a paragraph, except when the
    next line starts in lower case after an unfinished sentence (a PDF page break).
    """
    lines: list[Line] = []
    blank = True
    for raw in normalise(text).split("\n"):
        if not raw:
            blank = True
            continue
        body, bullet = strip_bullet(raw)
        if bullet and _BULLET_RE.match(body) is None and body in {"-", ""}:
            continue
        table = body.startswith("|")
        prev = lines[-1] if lines else None
        if (
            prev is not None
            and not table
            and not prev.table
            and _continues(prev, body, bullet, blank, starts_new)
        ):
            lines[-1] = Line(f"{prev.text} {body}".strip(), prev.bullet, False)
        else:
            lines.append(Line(body, bullet, table))
        blank = False
    return [ln for ln in lines if ln.text and not _BARE_MARKER.match(ln.text)]


def _continues(prev: Line, body: str, bullet: bool, blank: bool, starts_new: re.Pattern[str] | None) -> bool:
    p = prev.text
    if _BARE_MARKER.match(p) or p in {"", "-"}:
        return not bullet
    if bullet or MARKER_RE.match(body) or (starts_new is not None and starts_new.match(body)):
        return False
    if _TERMINAL.search(p):
        return False
    first = body[0]
    if blank:
        return first.islower()
    if is_heading(p) != is_heading(body):
        return first.islower()
    return True


_SENTENCE_END = re.compile(r"(?<=[.!?])['\"”’)]?\s+(?=[A-Z\"“‘(])")
_ABBREV = re.compile(
    r"(?:\b(?:approx|Mr|Mrs|Ms|Dr|Cllr|No|St|e\.g|i\.e|etc|Co|Ltd|vs|Prof|Rev|Sr|Jr|[A-Z])\.)$"
)


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations such as "Cllr." and "e.g." intact."""
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        head = text[start : m.start()]
        if _ABBREV.search(head):
            continue
        parts.append(text[start : m.start()].strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]
