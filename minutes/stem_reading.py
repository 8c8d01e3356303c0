"""A body's stem over its points ("The Committee noted the report and further:" over "(a) ...",
"The Committee: (a) noted the update; (b) approved the quote"), read for the state machine
(minutes/machine.py) through the few things it needs of it."""

from __future__ import annotations

from typing import Protocol

from minutes.list_labels import split_inline
from minutes.lists import collect
from minutes.named_lists import with_its_list
from minutes.reading import Reading
from minutes.stem_join import join_stem
from minutes.stem_points import reads_as_decision, stem_decides, stem_own
from minutes.tags import Tag, Tagged, vote_follows


class Reader(Protocol):
    out: Reading
    last_block: tuple[int, int] | None

    def point(self, text: str, label: str | None) -> None: ...

    def formal(self) -> None: ...

    def narrate(self, text: str) -> None: ...


def read_stem(reader: Reader, lines: list[Tagged], i: int) -> int:
    """ "The Committee noted the report and further:" over decision points: the stem is a
    point when it holds a decision of its own; a list of facts under it stays narrative, unless
    a bare "RESOLVED:" stands over the stem."""
    stem = lines[i].text
    own = stem_own(stem)
    decides = stem_decides(own)
    if lines[i].hit.rest:
        return _run_on_stem(reader, lines, i, own)
    plain, j = collect(lines, i + 1, "")
    named = with_its_list(stem, plain) if decides else None
    if named is not None:
        reader.formal()
        reader.point(named, None)
        return j
    resolved = i > 0 and (
        (lines[i - 1].tag is Tag.TRIGGER and not lines[i - 1].hit.rest.strip(" :-–—"))
        or vote_follows(lines, i - 1)
    )
    if not plain or not (resolved or all(reads_as_decision(p) for _, p in plain)):
        reader.narrate(stem)
        return i + 1
    reader.formal()
    points = plain if decides else collect(lines, i + 1, f"{own}:")[0]
    if decides:
        reader.point(own, None)
    start = len(reader.out.resolutions)
    for label, ptext in points:
        reader.point(ptext, label)
    reader.last_block = (start, len(reader.out.resolutions))
    return j


def _run_on_stem(reader: Reader, lines: list[Tagged], i: int, own: str) -> int:
    """ "The Committee: (a) noted the update; (b) approved the quote; (c) asked the SBM to ...":
    each point, with the body as its subject, when every point reads as a decision."""
    _, inline = split_inline(lines[i].hit.rest)
    if len(inline) < 2 or not all(reads_as_decision(p) for _, p in inline):
        reader.narrate(lines[i].line.text)
        return i + 1
    reader.formal()
    start = len(reader.out.resolutions)
    for label, ptext in inline:
        reader.point(join_stem(own, ptext), label)
    reader.last_block = (start, len(reader.out.resolutions))
    return i + 1
