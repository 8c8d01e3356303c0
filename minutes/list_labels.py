"""List labels and lists run into one sentence: which label follows which ("3" after "2", "(ii)"
after "(i)", a roman "i" after "h" being a letter), and "that (a) the report be noted; and (b)
officers report back" split into its stem and points."""

from __future__ import annotations

import itertools
import re

Points = list[tuple[str | None, str]]
"""(label as written or None, point text)"""

_INLINE_MARK = re.compile(r"(?:(?<=^)|(?<=[\s;:,.]))\(?(?P<l>[a-h]|[ivx]{1,4}|\d{1,2})\)\s+")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]


_ROMAN_VALUE = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(low: str) -> int:
    total = 0
    for a, b in itertools.zip_longest(low, low[1:], fillvalue=""):
        value = _ROMAN_VALUE[a]
        total += -value if b and _ROMAN_VALUE[b] > value else value
    return total


def ordinal(label: str) -> tuple[str, int]:
    """A label's family and place; a roman label past the common ones ("xl", "li") by its value,
    and any other label of several letters as no place at all."""
    low = label.lower()
    if low.isdigit():
        return "dec", int(low)
    if low in _ROMAN:
        return "roman", _ROMAN.index(low) + 1
    if len(low) == 1:
        return "alpha", ord(low) - 96
    if low and all(c in _ROMAN_VALUE for c in low):
        return "roman", _roman(low)
    return "alpha", 0


def follows(label: str, previous: str | None) -> bool:
    """Whether a list label continues the run ("3" after "2", a sub-list opening "1" after "b");
    "76" after "2" or "6" after "b" is the next item."""
    if previous is None or not label:
        return True
    fam, num = ordinal(label)
    pfam, pnum = ordinal(previous)
    return num == 1 if fam != pfam else num == pnum + 1


def label_family(label: str, previous: str | None) -> str:
    fam, _ = ordinal(label)
    if fam == "roman" and previous is not None:
        pfam, _ = ordinal(previous)
        if pfam == "alpha":
            return "alpha" if len(label) == 1 and previous.lower() == chr(ord(label.lower()) - 1) else "roman"
        if pfam == "roman" and len(label) == 1 and label.lower() not in ("i", "v", "x"):
            return "alpha"
        if len(label) == 1 and previous.lower() == chr(ord(label.lower()) - 1):
            return "alpha"
    return fam


_MAX_MARKS = 200
_MAX_RUN = 60
"""A list run into one sentence has a few dozen points at most; looking further would make a text
of nothing but "(a) (a) (a)" cost the square of its length."""


def split_inline(text: str) -> tuple[str, Points]:
    """Split "that (a) the report be noted; and (b) officers report back" into a stem and points.

    Only a run of markers counting up from (a), (i) or (1) splits, so "(if possible)" or a
    stray "(b)" inside a sentence does not; a list of one point is its stem's colon and "a)" ("That
    the Board: a) confirm the minutes ...")."""
    if ")" not in text:
        return text, []
    marks = list(itertools.islice(_INLINE_MARK.finditer(text), _MAX_MARKS))
    best: list[re.Match[str]] = []
    for start in range(len(marks)):
        fam, num = ordinal(marks[start].group("l"))
        if num != 1:
            continue
        run = [marks[start]]
        for m in marks[start + 1 : start + 1 + _MAX_RUN]:
            f2, n2 = ordinal(m.group("l"))
            if fam == "alpha" and f2 == "roman" and len(m.group("l")) == 1:
                f2, n2 = "alpha", ord(m.group("l").lower()) - 96
            if f2 == fam and n2 == len(run) + 1:
                run.append(m)
        if len(run) >= 2 and len(run) > len(best):
            best = run
        elif not best and text[: marks[start].start()].rstrip().endswith(":"):
            best = run[:1]
    if not best:
        return text, []
    stem = text[: best[0].start()]
    points = []
    for i, m in enumerate(best):
        end = best[i + 1].start() if i + 1 < len(best) else len(text)
        points.append((m.group("l"), trim(text[m.end() : end])))
    return stem.strip(), [(label, p) for label, p in points if p]


_TRAILING_JOIN = re.compile(r"(?:[;,]\s*|\s+)(?:and|or)$", re.I)


def trim(text: str) -> str:
    text = _TRAILING_JOIN.sub("", text.strip()).strip()
    return text.rstrip(";,").strip()
