"""Work programme topics: bullet lists after a "Work Programme" lead-in, and the
Meeting Date | Topic | Lead Officer | Actions Arising | Progress table, including the form a
PDF text layer flattens into one cell per row."""

from __future__ import annotations

import datetime as dt
import re

from minutes.dates import first_date
from minutes.model import ProgrammeTopic
from minutes.text import Line

_LEAD_IN = re.compile(
    r"\bwork\s*programme\b.{0,300}:$|\b(?:topics?|items?|suggestions?)\b.{0,200}?\b(?:work\s*programme|future\s+meetings?)\b",
    re.I,
)
_TAGS = re.compile(r"<[^>]+>")
_ITALIC_NOTE = re.compile(r"<i>.*?</i>", re.I | re.S)
_PAREN_NOTE = re.compile(r"^\([^)]{10,}\)\s*")
_SMALL = {
    "in",
    "of",
    "and",
    "the",
    "for",
    "on",
    "to",
    "with",
    "&",
    "a",
    "an",
    "at",
    "by",
    "from",
    "into",
    "or",
    "vs",
}
_YEARISH = re.compile(r"^(?:(?:19|20)\d\d(?:[-/–](?:\d\d|\d{4}))?|\d{4}/\d\d)$")
_STANDING = re.compile(r"^\s*to\s+keep\s+a\s+watching\s+brief|^\s*standing\s+items?", re.I)


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def split_flattened(cell: str, known_titles: list[str]) -> list[str]:
    """Split a table cell whose list of topics a PDF flattened into one run of words.

    A new topic starts where a lower-case word ("update") or a year ("2021-24") is followed by a
    capitalised word, or where a title the document already used (an agenda item) ends.
    """
    cell = _ITALIC_NOTE.sub(" ", cell)
    parts = [p for p in re.split(r"\s*(?:<br\s*/?>|</?li>|</?p>|[•·▪●]|;)\s*", cell, flags=re.I) if p.strip()]
    out: list[str] = []
    for part in parts:
        part = _PAREN_NOTE.sub("", _TAGS.sub(" ", part)).strip()
        words = part.split()
        current: list[str] = []
        for w in words:
            if current:
                prev = current[-1]
                bare = prev.strip("-–()").lower()
                starts_cap = w[:1].isupper()
                if starts_cap and (
                    (prev.strip("-–()")[:1].islower() and bare not in _SMALL)
                    or _YEARISH.match(prev.strip("()"))
                ):
                    out.append(" ".join(current))
                    current = []
            current.append(w)
        if current:
            out.append(" ".join(current))
    final: list[str] = []
    lowered = [t.lower() for t in known_titles if len(t.split()) >= 3]
    for topic in out:
        low = topic.lower()
        cut = next(
            (len(t) for t in lowered if low.startswith(t) and len(low) > len(t) + 3 and topic[len(t)] == " "),
            0,
        )
        if cut:
            final.extend([topic[:cut].strip(), topic[cut:].strip()])
        else:
            final.append(topic)
    return [t.strip(" ,;") for t in final if len(t.strip(" ,;")) > 2]


def from_table(
    lines: list[Line], known_titles: list[str], meeting_date: dt.date | None
) -> list[ProgrammeTopic]:
    topics: list[ProgrammeTopic] = []
    header: list[str] | None = None
    for line in lines:
        if not line.table:
            header = None
            continue
        cells = _cells(line.text)
        low = [c.lower() for c in cells]
        if any(
            c == "topic" or c.startswith("topic") or c in ("item", "subject", "report") for c in low
        ) and any("date" in c or "meeting" in c for c in low):
            header = low
            continue
        if header is None or all(re.fullmatch(r":?-*:?", c) for c in cells):
            continue
        rec = dict(zip(header, cells, strict=False))
        date_cell = next((v for k, v in rec.items() if "date" in k or k == "meeting"), "")
        topic_cell = next(
            (v for k, v in rec.items() if k.startswith("topic") or k in ("item", "subject", "report")), ""
        )
        when = first_date(date_cell)
        if not topic_cell or when is None or _STANDING.match(_TAGS.sub("", topic_cell)):
            continue

        def pick(*names: str, rec: dict[str, str] = rec) -> str | None:
            v = next((v for k, v in rec.items() if any(n in k for n in names)), "")
            return _TAGS.sub(" ", v).strip() or None

        for topic in split_flattened(topic_cell, known_titles):
            topics.append(
                ProgrammeTopic(
                    topic, when, pick("lead", "officer"), pick("action"), pick("progress", "status")
                )
            )
    return topics


def from_bullets(lines: list[Line]) -> list[ProgrammeTopic]:
    topics: list[ProgrammeTopic] = []
    for i, line in enumerate(lines):
        if (
            line.table
            or "programme" not in line.text.lower()
            or not _LEAD_IN.search(line.text)
            or not re.search(r"work\s*programme", line.text, re.I)
        ):
            continue
        glyph: str | None = None
        for nxt in lines[i + 1 : i + 40]:
            if not nxt.bullet or len(nxt.text.split()) > 14 or glyph not in (None, nxt.glyph):
                break
            glyph = nxt.glyph
            topics.append(ProgrammeTopic(nxt.text.rstrip(".;,")))
    return topics


def find_topics(
    lines: list[Line], known_titles: list[str], meeting_date: dt.date | None
) -> list[ProgrammeTopic]:
    seen: set[str] = set()
    out: list[ProgrammeTopic] = []
    for t in from_bullets(lines) + from_table(lines, known_titles, meeting_date):
        key = t.topic.lower()
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out
