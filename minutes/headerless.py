"""Decision lists with no RESOLVED over them: a page that lost its label ("(i) The progress be
noted; (ii) The outcomes be approved"), a decision notice written as imperatives ("1) Authorise
the Director to ...", "To note the report;"), or the words after "... seconded and it was"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from minutes.body_decisions import BODY_DECIDES
from minutes.headings import CAPITAL_VERB, PAGE_SECTION, bare_title
from minutes.list_labels import Points, follows, trim
from minutes.lists import collect
from minutes.stem_join import that
from minutes.tags import Tag, Tagged
from minutes.text import MARKER_RE
from minutes.triggers import without_initial_stops

_FIRST_LABELS = frozenset({"a", "i", "1"})
_MOST_LINES = 200
"""How far a list whose label was lost is read: each "(a)" line is tried as such a list's start, and
reading each to the end of the document was quadratic on a page of many lettered lines."""
_RESOLUTION_MOOD = re.compile(
    r"\bbe\s+(?:\w+ly\s+)?\w+|\b(?:is|are)\s+(?:not\s+)?(?:\w+ly\s+)?(?:[\w-]+ed|held|sent|made|put|set|kept|paid"
    r"|sought|brought|given|taken|done|shown|drawn|written|told)\b",
    re.I,
)
_SUBJUNCTIVE = re.compile(
    r"^(?:the\s+)?(?:(?!(?:was|were|is|are|has|had|have|would|will|should|could|may|might|must|can)\b)[\w'’&()/-]+\s+){1,12}?"
    r"be\s+(?:\w+ly\s+)?(?-i:[a-z]+)\b"
)
"""A point in the formula's mood with its "That" left out ("(2) The Governance Review Group be asked to
look at the timing of meetings" after "(1) That the notice be noted; and")."""
_NARRATED = re.compile(
    r"(?<!\bbe\s)\b(?:was|were|had|has\s+been|have\s+been|declared|advised|reported|said|stated|explained|asked|"
    r"confirmed|informed|commented|may|must|can)\b",
    re.I,
)
"""Verbs that tell an account of the meeting; "be reported to the Executive" asks for one."""
LIST_INTRO = re.compile(r"(?:[:\-–—]|\bas\s+follows|\bcompris(?:e|es|ing))\s*$", re.I)
"""A sentence that opens a list of facts: "... reported the following:", "... any disclosable pecuniary
interest they have in any item on the agenda which comprises" over the interests' numbered kinds."""
MINUTES_LABEL = re.compile(r"^(?:minutes|decisions?)\s*:?\s*$", re.I)


def _label(m: re.Match[str]) -> str:
    return (m.group("label") or m.group("plabel") or "").lower()


def _introduced(lines: Sequence[Tagged], i: int) -> bool:
    """Whether the line before opens a list of facts ("... reported the following:")."""
    if i == 0:
        return False
    before = lines[i - 1].text
    return (
        LIST_INTRO.search(before) is not None
        and not MINUTES_LABEL.match(before)
        and not PAGE_SECTION.match(before)
        and not _KEY_DECISION.match(before)
        and not _MOVERS.search(before)
    )


_MOVERS = re.compile(r"\b(?:proposed|moved)\s+by\b[^:]{1,160}?\bseconded\b[^:]{0,80}:\s*$", re.I)
"""Irish councils name the mover and the seconder over the motion ("It was proposed by Councillor
J. Bailey and seconded by Councillor L. McCarthy:" / "“That the minutes ... be ADOPTED and
APPROVED.”"): the colon opens the motion, not a list of facts."""


_KEY_DECISION = re.compile(r"^\(?key\s+decision\)?\s*:?\s*$", re.I)
""""(Key decision):" over a decision page's points marks the kind of decision; it introduces no
list of facts."""


def introduced(lines: Sequence[Tagged], i: int) -> bool:
    """Whether the line before opens a list of facts or an agenda's recommendations ("The
    Committee is asked to:", "Recommendations"): what follows is proposed, not decided."""
    return _introduced(lines, i) or (i > 0 and _AGENDA_INTRO.search(lines[i - 1].text) is not None)


_DECISION_FIELD = re.compile(
    r"^(?:(?:decision\s+maker|decision\s+status|is\s+key\s+decision\??)\s*:|issue\s*[-–]\s*decisions\s*$)",
    re.I,
)
"""A decision page's fields, or the title ModernGov gives a page of an issue's decisions ("Issue -
decisions")."""


def _on_decision_page(lines: Sequence[Tagged], i: int) -> bool:
    """A ModernGov decision page ("Decision Maker: Cabinet", "Decision status: ...") at the top:
    its first "That ..." list is the decision even where the page lost the "Decision:" label and
    the reasons follow with theirs lost too."""
    return any(_DECISION_FIELD.match(t.text) for t in lines[: min(i, 30)])


@dataclass
class ListScan:
    """What the reading of one document learned about its lost lists: a run of points longer than
    `_MOST_LINES` ended at none of its starts, so the starts inside it are not tried again (each try
    reads the run afresh)."""

    too_long_until: int = 0


def bare_list(lines: Sequence[Tagged], i: int, scan: ListScan | None = None) -> tuple[Points, int] | None:
    """A numbered list of resolution points whose RESOLVED label was lost (a ModernGov page puts
    it in a cell of its own).

    Taken only when the list opens at (a), (i) or 1, is not introduced by a sentence ending in a
    colon (a list of facts), runs to the end of the item, and its points read as decisions
    ("be noted", "are arranged") rather than as an account ("declared", "was", "may"). Points that
    each open with the formula "that ..." ("1) that officers contact the stakeholders") are
    decisions even when a clause inside them is told in the past ("as this was a ..."), and on a
    decision page whatever mood they are written in ("That the Council adopt the Pledge"). On a decision page a list under a sentence
    ending in a colon ("the following issues were raised:") is still the decision when every point
    reads as one ("be approved", "be recommended")."""
    line = lines[i].line
    m = MARKER_RE.match(line.text)
    if m is None or line.bullet:
        return None
    later = _label(m) not in _FIRST_LABELS
    if later and CAPITAL_VERB.match(line.text[m.end() :].strip()) is None:
        return None
    intro = _introduced(lines, i)
    decision_page = _on_decision_page(lines, i)
    if intro and not decision_page:
        return None
    if decision_page and _renumbered(lines, i, _label(m)):
        return None
    if scan is not None and i < scan.too_long_until:
        return None
    points, j = collect(lines[: _restart(lines, i, _label(m)) if decision_page else i + _MOST_LINES], i, "")
    if len(points) < 2:
        return None
    if scan is not None and j >= i + _MOST_LINES and j < len(lines):
        scan.too_long_until = j
    if intro:
        if _CONDITIONS.search(lines[i - 1].text):
            return None
        return (points, j) if all(_RESOLUTION_MOOD.search(p.split(" that ")[0]) for _, p in points) else None
    formula = all(
        re.match(r"that\b", p, re.I)
        or BODY_DECIDES.match(p)
        or _SUBJUNCTIVE.match(p)
        or (decision_page and _IMPERATIVE_POINT.match(p))
        for _, p in points
    )
    if all(CAPITAL_VERB.match(p) for _, p in points):
        return points, j
    if later:
        return None
    if (
        j < len(lines)
        and lines[j].tag not in (Tag.STOP, Tag.HEADING, Tag.FURNITURE)
        and not (_before_decision(lines, j) and len({label for label, _ in points}) == len(points))
        and lines[j].rule != "recommends_to"
        and not _title_over_minutes(lines, j)
        and not (formula and (decision_page or _all_resolved(lines, i, points)))
        and not (decision_page and all(_RESOLUTION_MOOD.search(p) for _, p in points))
    ):
        return None
    if not formula and any(_NARRATED.search(p) for _, p in points):
        return None
    if formula and (decision_page or (j < len(lines) and _REASONS.match(lines[j].text))):
        return points, j
    if not any(_RESOLUTION_MOOD.search(p) for _, p in points):
        return None
    return points, j


def _restart(lines: Sequence[Tagged], i: int, first: str) -> int:
    """Where a lost list's numbering starts again at its first label, on a decision page: its reasons
    ("1. To assist the Executive ...") follow its decisions ("1. That the working groups ...")
    numbered afresh with their heading lost; read as one list, the reasons made the decisions look
    like an account."""
    end = min(len(lines), i + _MOST_LINES)
    shape = _shape(lines[i].line.text)
    for k in range(i + 1, end):
        again = MARKER_RE.match(lines[k].line.text)
        if again is not None and _label(again) == first and _shape(lines[k].line.text) == shape:
            return k
    return end


def _renumbered(lines: Sequence[Tagged], i: int, first: str) -> bool:
    """Whether a list on a decision page numbers afresh a list above it under the same fields: the
    reasons for the decision ("1. Executive authority is required ..."), their heading lost."""
    shape = _shape(lines[i].line.text)
    for k in range(i - 1, max(-1, i - _MOST_LINES), -1):
        t = lines[k]
        if _DECISION_FIELD.match(t.text) or t.tag in (Tag.HEADING, Tag.TRIGGER):
            return False
        again = MARKER_RE.match(t.line.text)
        if again is not None and _label(again) == first and _shape(t.line.text) == shape:
            return True
    return False


def _shape(text: str) -> str:
    """A list marker's form with its label left out: "1." and "(1)" open different lists."""
    m = MARKER_RE.match(text)
    return re.sub(r"\w+", "#", m.group("marker").strip()) if m else ""


_MINUTES_SECTION = re.compile(r"^(?:minutes|decisions?)\s*:", re.I)


def _title_over_minutes(lines: Sequence[Tagged], j: int) -> bool:
    """The next item of a meeting page flattened to rows: its bare title over its "Minutes:" section
    ("Development of the Work Programme" over "Minutes: The Panel was advised ..."). The list ran to
    the end of its item."""
    return (
        j + 1 < len(lines)
        and _MINUTES_SECTION.match(lines[j + 1].text) is not None
        and bare_title(lines[j].text) is not None
    )


def _all_resolved(lines: Sequence[Tagged], i: int, points: Points) -> bool:
    """Every "That ..." point asks in a resolution's mood ("That the work programme be approved",
    "That the Committee is kept informed") and none tells the meeting's story: the list is the
    decision even where the item's account follows it, as a page that puts the decision first
    prints it; not under a line that announces a report's recommendations ("Recommendations of
    the report"), which are proposed, not decided."""
    if i > 0 and _RECOMMENDATIONS_ABOVE.search(lines[i - 1].text):
        return False
    return any(_RESOLUTION_MOOD.search(p) for _, p in points) and not any(
        _NARRATED.search(p.split(" that ")[0]) for _, p in points
    )


_RECOMMENDATIONS_ABOVE = re.compile(r"\brecommend|\bproposals?\b|\boptions?\b", re.I)


def _before_decision(lines: Sequence[Tagged], j: int) -> bool:
    """A lost list ends its item where the next decision starts: a decision table's row ("1. The
    work be noted. 2. Representation on the Group be approved." then "RESOLVED that the report be
    noted." for the next item)."""
    return lines[j].tag is Tag.TRIGGER and lines[j].hit.kind == "resolved"


_CONDITIONS = re.compile(r"\b(?:where|if|unless|when|provided\s+that)\s*:\s*$", re.I)
"""A list of conditions ("... bring the order into force except where:"), not of decisions."""

_REASONS = re.compile(r"^reasons?\s+for\s+(?:the\s+)?decisions?\b", re.I)
"""A decision page's "REASON FOR DECISION:" under a "(1) That ..." list: the list is the decision,
whatever mood its points are written in ("That Cabinet reviews and recommends ...")."""


_DECISION_VERB = (
    r"(?:note|agree|approve|confirm|recommend|authori[sz]e|delegate|endorse|adopt|accept|support|instruct|"
    r"refer|defer|appoint|request|receive|ratify|grant|refuse|reject)"
)
_IMPERATIVE_POINT = re.compile(rf"^(?=(?-i:[A-Z]))(?:to\s+)?{_DECISION_VERB}\b", re.I)
IMPERATIVE_START = re.compile(
    rf"^(?:\(?(?:\d{{1,2}}|[a-zA-Z]|[ivxlIVXL]{{1,5}})[.)]\s+)?(?=(?-i:[A-Z]))(?:to\s+)?{_DECISION_VERB}\b",
    re.I,
)
"""A line that opens (after any number) with a decision verb."""
_LIST_PUNCT = re.compile(r"(?:;|;\s*(?:and|or)|,\s*and)$", re.I)
_AGENDA_INTRO = re.compile(
    r"\b(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\b"
    r"|^(?:recommendations?|proposals?|options?|purpose(?:\s+of\s+(?:the\s+)?report)?)\s*[:\-–—]?$",
    re.I,
)
_TOLD = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|declared|advised|reported|said|stated|explained|informed)\b",
    re.I,
)


def imperative_list(lines: Sequence[Tagged], i: int) -> tuple[Points, int] | None:
    """Decision points written as imperatives with no RESOLVED label over them: "1) Authorise the
    Director to ...", "To note the report;" "To recommend the budget to Council.". Two or more in
    a row, each opening with a decision verb; unnumbered runs must carry list punctuation (";"
    between points) and numbered ones must be the whole list, so an agenda ("1) To receive
    apologies. 2) To note interests. 3) Public participation") does not read as decisions; an
    "is asked to:" or "Recommendations" introduction keeps the list out too."""
    text = lines[i].line.text
    if not IMPERATIVE_START.match(text):
        return None
    first = MARKER_RE.match(text)
    if not _IMPERATIVE_POINT.match(text[first.end() :].lstrip() if first else text):
        return None
    if _introduced(lines, i) or (i > 0 and _AGENDA_INTRO.search(lines[i - 1].text)):
        return None
    points: Points = []
    j = i
    marked: bool | None = None
    while j < len(lines):
        line = lines[j].line
        if line.table or line.bullet:
            break
        m = MARKER_RE.match(line.text)
        if marked is None:
            marked = m is not None
            if m is not None and _label(m) not in _FIRST_LABELS:
                return None
        if (m is not None) != marked:
            break
        body = line.text[m.end() :].strip() if m else line.text
        if not _IMPERATIVE_POINT.match(body) or _TOLD.search(body.split(",")[0]):
            break
        label = (m.group("label") or m.group("plabel")) if m else None
        points.append((label, that(trim(body))))
        j += 1
        if not marked and not _LIST_PUNCT.search(line.text):
            break
    if len(points) < 2:
        return None
    if marked and j < len(lines):
        nxt = MARKER_RE.match(lines[j].line.text)
        if nxt is not None and follows(nxt.group("label") or nxt.group("plabel") or "", points[-1][0]):
            return None
    return points, j


_LOST_KEYWORD = re.compile(r"(?:\bit\s+was|\bseconded\s+by\s+[^.;]{2,80}?\s+and(?:\s+it\s+was)?)$", re.I)


def after_lost_keyword(lines: Sequence[Tagged], i: int) -> tuple[Points, int] | None:
    """ "... moved and duly seconded and it was" then "To approve the guidance.": the RESOLVED that
    closed the sentence was lost (a page puts it in a cell of its own), so what follows is the decision."""
    if i == 0 or lines[i].line.bullet:
        return None
    before = lines[i - 1].text
    if not before.endswith((" was", " and")) or not _LOST_KEYWORD.search(without_initial_stops(before)):
        return None
    points, j = collect(lines, i, "")
    return (points, j) if points else None


_CARRIED_ABOVE = re.compile(
    r"\brecommendations?\b[^.]{0,120}?\b(?:was|were)\s+(?:[\w,]+\s+){0,6}?(?:carried|agreed|approved|adopted)"
    r"(?:\s+(?:unanimously|as\s+follows))?\s*[.:]?$",
    re.I,
)


def after_carried_recommendations(lines: Sequence[Tagged], i: int) -> tuple[Points, int] | None:
    """ "The recommendation as set out in the report was moved, seconded, voted on and carried."
    over "- To note the update ...", "- To approve the terms of reference ...": the points listed
    under it are what was carried."""
    if i == 0 or not (lines[i].line.bullet or MARKER_RE.match(lines[i].line.text)):
        return None
    if _CARRIED_ABOVE.search(lines[i - 1].text) is None:
        return None
    points, j = collect(lines, i, "")
    return (points, j) if points else None


_DECIMAL_POINT = re.compile(r"^(?P<major>\d{1,2})\.(?P<minor>\d{1,2})\.?\s+(?P<body>\S.*)$")


def decimal_imperatives(lines: Sequence[Tagged], i: int) -> tuple[Points, int] | None:
    """A decision notice numbered as its report's paragraphs: "1.1. Approve the responses ...; and"
    "1.2. Delegate authority to the officers ...": two or more in a row from x.1, each opening with a
    decision verb, not under a sentence that introduces them."""
    m = _DECIMAL_POINT.match(lines[i].line.text)
    if m is None or m.group("minor") != "1" or introduced(lines, i):
        return None
    points: Points = []
    j = i
    while j < len(lines) and (d := _DECIMAL_POINT.match(lines[j].line.text)) is not None:
        if d.group("major") != m.group("major") or int(d.group("minor")) != len(points) + 1:
            break
        body = d.group("body")
        if not _IMPERATIVE_POINT.match(body) or _TOLD.search(body.split(",")[0]):
            return None
        points.append((None, that(trim(body))))
        j += 1
    return (points, j) if len(points) >= 2 else None


def record_opens_list(lines: Sequence[Tagged], i: int) -> tuple[Points, int] | None:
    """A lost list whose first point confirms the minutes ("1. That the minutes of the meeting held
    on 13 September be approved as a correct record." over "2. That the Officer be requested to
    ..."): read alone, the confirmation left its list without a first point."""
    m = MARKER_RE.match(lines[i].line.text)
    if m is None or _label(m) not in _FIRST_LABELS or i + 1 >= len(lines):
        return None
    after = MARKER_RE.match(lines[i + 1].line.text)
    if (
        after is None
        or _label(after) == _label(m)
        or _shape(lines[i + 1].line.text) != _shape(lines[i].line.text)
    ):
        return None
    return bare_list(lines, i)


def headerless_list(
    lines: Sequence[Tagged], i: int, scan: ListScan | None = None
) -> tuple[Points, int] | None:
    return (
        bare_list(lines, i, scan)
        or imperative_list(lines, i)
        or decimal_imperatives(lines, i)
        or after_lost_keyword(lines, i)
        or after_carried_recommendations(lines, i)
    )
