"""Tagging logical lines once, by the first rule of minutes/rules.py that matches.

Every later step (the state machine in minutes/machine.py, the list collector, the readers of
motions and action lines) looks at a line's tag instead of trying the patterns again, so what a
line *is* is decided in one place, and each rule carries the lines it must and must not match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from minutes.action_lines import ACTION_LOG_TITLE, LOG_IN_TITLE
from minutes.list_labels import follows
from minutes.model import Item
from minutes.text import MARKER_RE, Line


class Tag(StrEnum):
    TABLE = "table row"
    FURNITURE = "agenda furniture"
    HEADING = "item heading"
    EXEMPT = "exempt session marker"
    STOP = "end of a decision block"
    TRIGGER = "decision trigger"
    MOTION = "motion line"
    ACTION = "action line"
    RECORD = "minutes confirmed"
    POINT = "list point"
    NARRATIVE = "narrative"


@dataclass(frozen=True)
class Hit:
    """What a rule read from its line.

    `kind` and `rest` say what follows a trigger ("resolved", "said", "action", "decision", "stem"
    and the text after the keyword); `item` is the heading a line names; `before` and `after` are
    narrative cut off a line whose decision starts or ends inside it (they are tagged on their own)."""

    kind: str = ""
    rest: str = ""
    item: Item | None = None
    to: str | None = None
    """The body a recommendation is for; on an owner tag ("Action by: X – by 31 August"), its deadline."""
    before: str = ""
    after: str = ""
    text: str | None = None
    """The line's text with a prefix the rule cut off ("7.2 RESOLVED:" -> "RESOLVED:")."""


@dataclass(frozen=True)
class Tagged:
    line: Line
    tag: Tag
    rule: str
    hit: Hit
    cut: bool = False
    """Narrative cut off the line before (the rest of a paragraph whose decision started inside it):
    no list collector takes it as a further point."""

    @property
    def text(self) -> str:
        return self.hit.text if self.hit.text is not None else self.line.text

    @property
    def opens_block(self) -> bool:
        """A line that starts a decision of its own, which ends any list above it; a "That ..."
        clause is itself a point of the list above it when there is one."""
        if self.tag is Tag.TRIGGER:
            return self.hit.kind != "that"
        if self.tag is Tag.ACTION:
            return True
        return self.tag is Tag.MOTION or self.hit.kind == "said"


@dataclass(frozen=True)
class Rule:
    """One row of the table: a name, the tag it gives, how it matches, and its examples.

    `examples` must be tagged by this rule and `counter` must not (each is read as one logical
    line; "• " or "1. " in front make a bullet or a list point). tests/minutes/test_rules.py turns
    every example into a test case."""

    name: str
    tag: Tag
    match: Callable[[Line], Hit | None]
    examples: tuple[str, ...]
    counter: tuple[str, ...] = ()
    why: str = ""


def tag_line(line: Line, rules: Sequence[Rule]) -> Tagged:
    for rule in rules:
        hit = rule.match(line)
        if hit is not None:
            return Tagged(line, rule.tag, rule.name, hit)
    raise AssertionError("the last rule matches every line")


def tag_lines(lines: Sequence[Line], rules: Sequence[Rule]) -> list[Tagged]:
    """Tag each line; a line a rule cuts in parts (a heading running on into its text, a decision
    starting mid-paragraph) becomes one tagged line per part."""
    out: list[Tagged] = []
    for line in lines:
        _tag_into(out, line, rules, depth=0, cut=False)
    return out


def _tag_into(out: list[Tagged], line: Line, rules: Sequence[Rule], depth: int, cut: bool) -> None:
    tagged = tag_line(line, rules)
    hit = tagged.hit
    if depth < 3 and (hit.before or hit.after or (tagged.tag is Tag.HEADING and hit.rest)):
        if hit.before:
            _tag_into(out, Line(hit.before), rules, depth + 1, cut)
        if tagged.tag is Tag.HEADING:
            out.append(Tagged(line, Tag.HEADING, tagged.rule, Hit(item=hit.item), cut))
            _tag_into(out, Line(hit.rest), rules, depth + 1, cut)
        else:
            main = Hit(hit.kind, hit.rest, hit.item, hit.to, text=hit.text)
            out.append(Tagged(line, tagged.tag, tagged.rule, main, cut))
        if hit.after:
            _tag_into(out, Line(hit.after), rules, depth + 1, True)
        return
    out.append(Tagged(line, tagged.tag, tagged.rule, hit, cut) if cut else tagged)


def vote_follows(lines: Sequence[Tagged], i: int) -> bool:
    """A vote line ("Proposed: Cllr A, Seconded: Cllr B") at `i`, under the proposal before it."""
    return i < len(lines) and lines[i].rule == "vote_line"


def decided_below(lines: Sequence[Tagged], i: int) -> bool:
    """The vote lines from `i` stand over a decision of their own ("Proposed by Councillor A" /
    "Seconded by Councillor B" / "AND AGREED" / "“To confirm the minutes ...”", as Irish councils
    write; "Moved: Cr A" / "Seconded: Cr B" / "That Council" over its points, as Australian councils
    do; or "Moved by Councillor Taylor" / the motion / "CARRIED"): the line above them only
    names who moved it."""
    while vote_follows(lines, i):
        i += 1
    if i < len(lines) and (
        (lines[i].tag is Tag.TRIGGER and lines[i].hit.kind in ("resolved", "stem", "that"))
        or lines[i].tag is Tag.RECORD
        or lines[i].hit.kind == "said"
    ):
        return True
    return motion_below(lines, i - 1) is not None


_MOTION_LINES = 6


def motion_below(lines: Sequence[Tagged], i: int) -> int | None:
    """Where the outcome line closes a motion written under its mover ("Moved by Councillor Taylor" /
    "Direct the Director of Finance to report back ..." / "CARRIED", as Canadian and Australian
    minutes are laid out): the index of "CARRIED", or None. `i` is the last vote line, and a mover
    named by title without a colon heads the lines ("Proposed by: Cart" stands under its motion),
    unless the motion's own "THAT ..." follows ("Moved by: Councillor Smith" / "Seconded by:
    Councillor Jones" / "THAT Council receive the report ..." / "CARRIED")."""
    j = _under_movers(lines, i)
    if j is None:
        return None
    carried = j < len(lines) and lines[j].rule == "outcome_line" and lines[j].hit.kind == "carried"
    cut_off = j == len(lines) and _THAT.match(lines[i + 1].text) is not None
    return j if carried or cut_off else None


def lost_below(lines: Sequence[Tagged], i: int) -> int | None:
    """The index of "LOST" closing a motion written under its movers, as motion_below finds
    "CARRIED": the motion is no decision."""
    j = _under_movers(lines, i, clauses=True)
    lost = (
        j is not None and j < len(lines) and lines[j].rule == "outcome_line" and lines[j].hit.kind == "lost"
    )
    return j if lost else None


def _under_movers(lines: Sequence[Tagged], i: int, *, clauses: bool = False) -> int | None:
    """Where the lines of a motion under its vote lines (the last at `i`) end, or None; with
    `clauses`, its "That ..." lines count as the motion's too."""
    first = i
    while first > 0 and lines[first - 1].rule == "vote_line":
        first -= 1
    if lines[first].rule != "vote_line":
        return None
    if lines[first].hit.kind != "mover" and not (i + 1 < len(lines) and _THAT.match(lines[i + 1].text)):
        return None
    j = i + 1
    while (
        j < len(lines)
        and j <= i + _MOTION_LINES
        and (lines[j].tag in (Tag.NARRATIVE, Tag.POINT) or (clauses and lines[j].rule == "resolution_clause"))
    ):
        j += 1
    return j if j > i + 1 else None


_THAT = re.compile(r"^that\s", re.I)
"""A motion written "THAT ..." under its mover, where the page ends before the vote: an excerpt cut
short, whose motion is still the motion (the vote, had it failed, would be below)."""


def motion_fate(lines: Sequence[Tagged], i: int) -> str | None:
    """Why the proposal at `i`, with its vote line under it, is no decision of its own: "lost" (the
    vote or the outcome further down says so), "decided below" (a decision of its own follows the
    vote), or None when it carried."""
    if lines[i + 1].hit.kind == "lost":
        return "lost"
    if lines[i + 1].rule != "outcome_line" and decided_below(lines, i + 1):
        return "decided below"
    j = i + 2 if lines[i + 1].rule != "outcome_line" else len(lines)
    while j < len(lines) and j < i + 12 and lines[j].tag is not Tag.HEADING:
        if lines[j].rule == "outcome_line":
            return "lost" if lines[j].hit.kind == "lost" else None
        j += 1
    return None


def opens_log(lines: Sequence[Tagged], i: int, title: str) -> bool:
    """An "Actions" heading with a list under it: an action log."""
    return i + 1 < len(lines) and lines[i + 1].tag is Tag.POINT and ACTION_LOG_TITLE.match(title) is not None


def labels_a_log(lines: Sequence[Tagged], i: int) -> bool:
    """A label ending in a colon over a list, not a heading, that names action points ("Matters arising
    from Action Log:" over "• Neil to ask ...", "• Lindsay to check ..."): an action log all the same."""
    t = lines[i]
    return (
        len(t.text) <= 80
        and t.text.endswith(":")
        and not t.line.bullet
        and i + 1 < len(lines)
        and lines[i + 1].tag is Tag.POINT
        and LOG_IN_TITLE.search(t.text) is not None
    )


def sibling_after_decision(lines: Sequence[Tagged], i: int) -> bool:
    """The decision at `i` began inside a lettered sub-item of an agenda item ("a) It was NOTED
    that ... It was RESOLVED to approve ...") and the next line is that sub-item's sibling ("b) As
    per minute 5 a."): the decision is the one clause, and the siblings are not its points."""
    t = lines[i]
    own = MARKER_RE.match(t.line.text) if t.text != t.line.text else None
    if own is None or i + 1 >= len(lines) or t.hit.rest.rstrip().endswith((":", "-", "–", "—")):
        return False
    nxt = MARKER_RE.match(lines[i + 1].line.text)
    if nxt is None:
        return False
    label = nxt.group("label") or nxt.group("plabel") or ""
    return follows(label, own.group("label") or own.group("plabel") or "")
