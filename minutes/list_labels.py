"""List labels and lists run into one sentence: which label follows which ("3" after "2", "(ii)"
after "(i)", a roman "i" after "h" being a letter), and "that (a) the report be noted; and (b)
officers report back" split into its stem and points."""

from __future__ import annotations

import bisect
import functools
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


def restarts(label: str | None, previous: str | None, points: Points) -> bool:
    """A list numbered afresh ("(1)" after "(6)", when "(1)" was taken already): a list of its own, such
    as a decision page's reasons, whose heading the page lost, under its decisions."""
    if label is None or previous is None:
        return False
    fam, num = ordinal(label)
    pfam, pnum = ordinal(previous)
    low = label.lower()
    return (
        num == 1 and fam == pfam and pnum >= 2 and any(p is not None and p.lower() == low for p, _ in points)
    )


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
    the Board: a) confirm the minutes ..."). With no brackets, a run "1. ... 2. ..." straight after
    a colon splits too."""
    dotted = ": 1. " in text or text.startswith("1. ")
    if ")" not in text:
        return _split_dotted(text) if dotted else (text, [])
    if len(text) <= 5000:  # a lost list is read again from each of its starts (headerless.bare_list)
        stem, found = _split_inline_cached(text)
        points = list(found)
    else:
        stem, points = _split_inline(text)
    return _split_dotted(text) if dotted and not points else (stem, points)


@functools.lru_cache(maxsize=512)
def _split_inline_cached(text: str) -> tuple[str, tuple[tuple[str | None, str], ...]]:
    stem, points = _split_inline(text)
    return stem, tuple(points)


def _split_inline(text: str) -> tuple[str, Points]:
    marks = list(itertools.islice(_INLINE_MARK.finditer(text), _MAX_MARKS))
    labels = [m.group("l") for m in marks]
    places = [ordinal(label) for label in labels]
    # in a lettered list a lone roman letter is a letter ("i" after "h")
    lettered = [
        ("alpha", ord(label.lower()) - 96) if fam == "roman" and len(label) == 1 else (fam, num)
        for label, (fam, num) in zip(labels, places, strict=True)
    ]
    at = {"alpha": _positions(lettered), "other": _positions(places)}
    best: list[re.Match[str]] = []
    for start, (fam, num) in enumerate(places):
        if num != 1:
            continue
        where = at["alpha" if fam == "alpha" else "other"]
        run = [marks[start]]
        k, last = start, min(len(marks) - 1, start + _MAX_RUN)
        while (found := where.get((fam, len(run) + 1))) is not None:
            j = bisect.bisect_right(found, k)
            if j == len(found) or found[j] > last:
                break
            k = found[j]
            run.append(marks[k])
        if len(run) >= 2 and len(run) > len(best):
            best = run
        elif not best and _after_colon(text, marks[start].start()):
            best = run[:1]
    if not best:
        return text, []
    stem = text[: best[0].start()]
    points = []
    for i, m in enumerate(best):
        end = best[i + 1].start() if i + 1 < len(best) else len(text)
        points.append((m.group("l"), trim(text[m.end() : end])))
    return stem.strip(), [(label, p) for label, p in points if p]


_DOTTED_MARK = re.compile(r"(?:(?<=\s)|^)(?P<l>\d{1,2})\.\s+(?=[A-Z])")


def _split_dotted(text: str) -> tuple[str, Points]:
    """A numbered list run into one line after a colon, as a flattened page prints it ("RESOLVED to:
    1. Note the outcome ... 2. Agree the priorities ... 3. Agree ..."), or the points a trigger's label
    left ("1. That ... 2. That ..."): numbers counting up from 1."""
    run: list[re.Match[str]] = []
    for m in itertools.islice(_DOTTED_MARK.finditer(text), _MAX_MARKS):
        if not run:
            if m.group("l") == "1" and (m.start() == 0 or _after_colon(text, m.start())):
                run.append(m)
        elif int(m.group("l")) == len(run) + 1:
            run.append(m)
    if len(run) < 2:
        return text, []
    points: Points = []
    for i, m in enumerate(run):
        if i + 1 < len(run):
            end = run[i + 1].start()
        else:
            after = _AFTER_POINTS.search(text, m.end())
            end = after.start() if after is not None else len(text)
        points.append((m.group("l"), trim(text[m.end() : end])))
    return text[: run[0].start()].strip(), [(label, p) for label, p in points if p]


_AFTER_POINTS = re.compile(
    r"\s(?:Reasons?(?:\(s\))?(?:\s+for\s+(?:the\s+)?(?:decisions?|recommendations?))?|Other\s+options\s+considered)(?![a-z])[^:.]{0,60}:"
)
"""What a decision page prints after the points run into its line ("... as they may deem necessary.
Reason(s): 1. To enable ..."): not part of the last point."""


_REFERENCE_BEFORE = re.compile(
    r"\b(?:paragraphs?|paras?|sections?|items?|minutes?|appendix|appendices|annex|pages?|no|number|"
    r"recommendations?|options?|tables?|stages?|phases?|parts?|schedules?|points?|clauses?|rules?|"
    r"chapters?|figures?|levels?|tiers?|years?)\s*$",
    re.I,
)


def counting_on(label: str, body: str, marker: str = "") -> Points:
    """The points of a list run into its first labelled line ("1. Thanks the officers 2. Notes the
    update 3. Requests that ..."), as a page flattened from a table prints a list under "Resolved:
    The Committee": numbers counting up from 2 after the line's own "1.", or "2)" after "1)". A
    number after a word that cites ("paragraph 2. The ...") is a reference, not a label."""
    if ")" in marker and label.lower() in ("1", "a", "i") and ")" in body:
        stem, inline = split_inline(f"{label}) {body}")
        return inline if len(inline) >= 2 and not stem else []
    if label != "1" or " 2. " not in body:
        return []
    run: list[re.Match[str]] = []
    for m in itertools.islice(_DOTTED_MARK.finditer(body), _MAX_MARKS):
        if int(m.group("l")) == len(run) + 2 and not _REFERENCE_BEFORE.search(
            body, max(0, m.start() - 20), m.start()
        ):
            run.append(m)
    if not run:
        return []
    points: Points = [(label, trim(body[: run[0].start()]))]
    for i, m in enumerate(run):
        end = run[i + 1].start() if i + 1 < len(run) else len(body)
        points.append((m.group("l"), trim(body[m.end() : end])))
    return points if all(p for _, p in points) else []


def _positions(places: list[tuple[str, int]]) -> dict[tuple[str, int], list[int]]:
    """Where each label's place occurs, in order: a run is read by looking up its next number, not by
    reading every label after each "(a)" (a line of nothing but "a) a) a)" cost marks x run)."""
    out: dict[tuple[str, int], list[int]] = {}
    for k, place in enumerate(places):
        out.setdefault(place, []).append(k)
    return out


def _after_colon(text: str, pos: int) -> bool:
    """text[:pos].rstrip().endswith(":"), without copying the text before each label."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1 : pos] == ":"


_TRAILING_JOIN = re.compile(r"(?:[;,]\s*|\s+)(?:and|or)$", re.I)


def trim(text: str) -> str:
    text = _TRAILING_JOIN.sub("", text.strip()).strip()
    return text.rstrip(";,").strip()


THAT_RUN = re.compile(r"(?<=\.)\s+(?=That\s)")
"""Unmarked "That ..." points run into one line after their label ("RESOLVED – That Full Council be
recommended:   That a review be conducted.   That the Terms of Reference be approved."), as a
decision page's flattened cell gives them."""
BULLET_RUN = re.compile(r"^[•·▪●]\s+|\s+[•·▪●]\s+(?=\S)")
"""Bulleted points run into one line after their label ("RESOLVED: · That the draft be consulted on. ·
That the Committee delegate ..."), as a flattened page renders a cell's bullets."""


DECIMAL_THAT = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+(?=(?:that|to)\b)", re.I)
""""2.2 That any overspend be met from the contingency." after "2.1 That ...": the report's own
paragraph numbers on each point of a list, not an item heading."""


AND_THAT = re.compile(r"^and\s+(?:further\s+|also\s+)?that\b", re.I)
"""A resolution's further clause on its own line ("Be it resolved that the agenda be adopted;" over
"And that the correspondence be received."), as Canadian councils write it: the same resolution."""
