"""The points of a decision list: numbered, lettered, roman or bulleted, one a line or run
together in one sentence ("that (a) ... and (b) ..."), under a stem ("That the Committee:-")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.headings import title_like
from minutes.lead_in import MANNER, MOVERS
from minutes.list_ends import LIST_GOES_ON, LIST_OPENS, dated_entry, ends_list, point_goes_on, said_whole
from minutes.list_labels import (
    AND_THAT,
    BULLET_RUN,
    DECIMAL_THAT,
    THAT_RUN,
    Points,
    counting_on,
    follows,
    label_family,
    restarts,
    split_inline,
    trim,
)
from minutes.named_lists import NAMES_A_LIST, with_its_list
from minutes.running_heads import running_head
from minutes.stem_forms import (
    BARE_SUBJECT,
    BARE_THAT,
    DASH_STEM,
    FOLLOWING_DASH,
    LEAD_IN_DASH,
    LEADS_POINT,
    STEM_END,
)
from minutes.stem_join import LONG_STEM, join_stem, that
from minutes.tags import Tag, Tagged
from minutes.text import MARKER_RE

_SUBLIST_ROW = re.compile(r"^(?=.{3,160}$)(?!(?:that|to)\b)[^.;]*[^.;:]$", re.I)
"""A short line under a point that opens a list ("be appointed to the groups –"): names, not a sentence."""
_ROW = re.compile(r"^(?=.{3,80}$)(?!(?:that|to)\b)(?:\S+\s+){0,7}[^\s.;:]*[^.;:\s]$", re.I)
"""A short line under a stem ending in a colon ("the following dates had been reserved:" over
"Friday 24 May 2031"): the rows of the point, not points of their own."""
_SUBLIST_LAST = re.compile(r"^(?=.{3,160}$)(?!(?:that|to)\b)[^.;]*[^.;:](?:;(?:\s+and)?|\.)$", re.I)
"""A row of that list closed by list punctuation ("Councillor A (Chair) and Councillor B;")."""


OUTCOME_ONLY = re.compile(
    r"^\s*[-–—:]?\s*(?:all\s+(?:were\s+)?in\s+favou?r|unanimous(?:ly)?|carried(?:\s+unanimously)?|all\s+agreed"
    r"|nem\.?\s*con\.?)\s*\.?\s*$",
    re.I,
)
"""A label whose only words are the vote ("Agreed – All in favour"): the decision is the item's
topic, and no list follows it."""


def collect(
    lines: Sequence[Tagged], i: int, rest: str, whole: str = "", *, that_only: bool = False
) -> tuple[Points, int]:
    """The points of one resolution block starting after its trigger line. `whole` is the trigger
    line itself, kept as the point when what follows the keyword is not a clause of its own
    ("The Committee resolved in terms of Section 50A(4) ... to exclude the press and public")."""
    points: Points = []
    leads = LEADS_POINT.match(rest.strip()) is not None
    manner = MANNER.match(rest) is not None
    rest = MANNER.sub("", rest).strip()
    rest = re.sub(
        r"^[:\-–—]?\s*\(\s*(?:unanimously|by\s+\d{1,3}\s+votes?\s+to\s+(?:\d{1,3}|none|nil)|nem\.?\s*con\.?|by\s+(?:assent|acclamation|consensus)|without\s+(?:dissent|a\s+vote))\s*\)",
        "",
        rest,
        flags=re.I,
    ).strip()
    rest = MOVERS.sub("", rest).lstrip(",:-–—. ").strip()
    stem = ""
    apart = False
    first: str | None = None
    if rest:
        if rest[0] in "•·▪●":
            runs = [run for run in BULLET_RUN.split(rest) if run]
        else:
            runs = THAT_RUN.split(rest) if rest[:5] == "That " and ". That " in rest else [rest]
        if len(runs) > 1:
            return [(None, that(run)) for run in runs], i
        s, inline = split_inline(rest)
        if inline:
            return [(label, join_stem(s, p)) for label, p in inline], i
        opening = _FIRST_INLINE.match(rest)
        if opening is not None and _continues_below(lines, i, opening.group("l")):
            stem, first = opening.group("stem"), opening.group("l")
            points.append((first, join_stem(stem, opening.group("body"))))
        elif (
            STEM_END.search(rest)
            or DASH_STEM.search(rest)
            or re.fullmatch(r"(?:that|to)\s*[:\-–—,]*", rest, re.I)
            or (_AUXILIARY_END.search(rest) and _continues_below(lines, i, None))
        ):
            stem = rest
        elif (LEAD_IN_DASH.search(rest) and _continues_below(lines, i, None)) or BARE_SUBJECT.fullmatch(rest):
            stem, apart = rest, True
        elif whole and not leads and not manner:
            points.append((None, that(whole)))
        else:
            points.append((None, that(rest)))
    if stem and not apart and NAMES_A_LIST.search(stem) is not None:
        found, j = _collect_lines(lines, i, list(points), stem, that_only, True, first)
        named = with_its_list(stem, found)
        if named is not None:
            return [(None, that(named))], j
    apart = apart or (bool(stem) and _REASONS.search(stem) is not None)
    found, j = _collect_lines(lines, i, points, stem, that_only, apart, first)
    if (
        len(found) == 1
        and not apart
        and len(stem.split()) > LONG_STEM
        and STEM_END.search(stem)
        and found[0][1] != that(STEM_END.sub("", stem).strip())
    ):
        label, point = found[0]
        return [(label, that(f"{stem.strip().rstrip(':-–— ')}: {point}"))], j
    if stem and _REASONS.search(stem) and len(found) > 1:
        head = STEM_END.sub("", stem).strip()
        listed = " ".join(f"{label}. {p}" if label else p for label, p in found)
        return [(None, that(f"{head}: {listed}"))], j
    return found, j


_AUXILIARY_END = re.compile(r"\b(?:be|are|is|shall|should|will|would)\s*[:\-–—,]*$", re.I)
""""RESOLVED: That PCSO Leason be" over "(1) welcomed to the parish;" "(2) requested to provide ...": the
clause goes on in every point, so it is their stem, not a point of its own."""
_FIRST_INLINE = re.compile(r"^(?P<stem>(?:that|to)?\s*[:\-–—]?\s*)\(?(?P<l>1|a|i)\)\s+(?P<body>\S.*)$", re.I)
""""RESOLVED to (1) agree to delegate ...;" with "(2) ..." on the next line: the list opens inline."""
_REASONS = re.compile(
    r"\bfor\s+the\s+following\s+reasons?\b|\bsubject\s+to\s+the\s+following\s+(?:conditions?|amendments?)\b",
    re.I,
)
""""That the application be DEFERRED for the following reasons:" over "1. To enable ...": the
numbered lines give the reasons for one decision (or its conditions), so they stay inside it."""


_OPENING_LABELS = frozenset({"1", "2", "a", "b", "i", "ii"})
"""Labels that may follow a point written on the trigger's own line ("RESOLVED that the report be
noted" then "(b) that ..."); "4. To hear from the candidates" after it is the next item."""
_NOT_A_LATER_POINT = re.compile(
    r"^(?:minute\s+\d|(?:the\s+)?(?:[\w'’.-]+\s+){0,3}(?:reported|advised|explained|informed|said|stated|presented)\b)",
    re.I,
)
"""A lettered line after a decision written on its trigger's line that is the next matter, not the
decision's next point: "(b) Minute 10(e) – Youth Club – ...", "(b) The Clerk reported that ..."."""


_TO_POINT = re.compile(r"(?:that|to)\b", re.I)
"""A point after which another unmarked "To ..." line is the next point ("RESOLVED: To note the
report." / "To approve the budget."); after a decision told whole ("Resolved: Councillor Wells was
elected as Chair.", "Decision: Noted.") a "To note ..." line is the next item's agenda text."""
_BARE_STEM = re.compile(r"(?:that|to)\s*[:\-–—,]*", re.I)
""""RESOLVED that:" over a plain paragraph: the stem says nothing but "that", so the paragraph is the
point, as it is under "RESOLVED:"."""


def _continues_below(lines: Sequence[Tagged], i: int, first: str | None) -> bool:
    """Whether the next line carries on a list: its next point, or (with no label yet) any point."""
    if i >= len(lines):
        return False
    m = MARKER_RE.match(lines[i].line.text)
    if m is None:
        return False
    label = m.group("label") or m.group("plabel") or ""
    return first is None or follows(label, first)


_ASIDE = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3}){1,3}\.?|\(\s*(?:cr|cllr|councillor)\.?\s+[^()/]{1,40}/\s*(?:cr|cllr|councillor)\.?\s+[^()/]{1,40}\))$",
    re.I,
)
"""Lines between a decision's label and its text that are no point: a paragraph number alone
("2.3") or who moved and seconded it ("(Cr Adams / Cr Brook)")."""
_CAPS_HEADING = re.compile(r"^(?!THAT\b)[A-Z][A-Z'’&-]*(?:\s+[A-Z'’&-]+){0,4}:?$")
""" "TO THE COUNCIL" over the recommendations an "AGREED RECOMMENDATIONS" block lists."""


def _next_item(lines: Sequence[Tagged], i: int, last: str) -> bool:
    """ "3. Plan" after "1. ...;" "2. ... ." and over a decision of its own: the next item of the
    minutes, numbered on from the list that closed with a full stop, not the list's third point."""
    if not last.rstrip().endswith(".") or lines[i].line.text.rstrip()[-1:] in ".;:,":
        return False
    after = lines[i + 1] if i + 1 < len(lines) else None
    return after is None or after.tag in (Tag.TRIGGER, Tag.NARRATIVE, Tag.ACTION, Tag.MOTION, Tag.RECORD)


def _collect_lines(
    lines: Sequence[Tagged],
    i: int,
    points: Points,
    stem: str,
    that_only: bool = False,
    apart: bool = False,
    first: str | None = None,
) -> tuple[Points, int]:
    n = len(lines)
    family: str | None = label_family(first, None) if first else None
    previous_label: str | None = first
    unmarked_that = bool(points)
    sublist = False
    rows: list[str] = []
    while i < n:
        t = lines[i]
        text = t.line.text
        bullet = t.line.bullet or dated_entry(t)
        heading = t.tag is Tag.HEADING
        if ends_list(t) and (points or stem or heading or t.hit.kind != "said"):
            break
        if not bullet and (
            _ASIDE.match(text)
            or (not points and not stem and _CAPS_HEADING.match(text))
            or (points and running_head(text) and point_goes_on(lines, i + 1, previous_label))
        ):
            i += 1
            continue
        m = MARKER_RE.match(text)
        if points and not m and not bullet and not heading:
            last_label, last = points[-1]
            if (sublist or LIST_OPENS.search(last)) and (
                _SUBLIST_ROW.match(text) or (sublist and _SUBLIST_LAST.match(text))
            ):
                points[-1] = (last_label, f"{last} {text}")
                sublist = True
                i += 1
                continue
        sublist = False
        if m and heading and not points:
            break
        if (
            m
            and points
            and heading
            and (
                text.isupper()
                or family is None
                or not follows(m.group("label") or "", previous_label)
                or _next_item(lines, i, points[-1][1])
                or (family.startswith("bullet") and (m.group("label") or "").lower() not in _OPENING_LABELS)
            )
        ):
            break
        if m or bullet:
            label = (m.group("label") or m.group("plabel")) if m else None
            if label is None and points and family is None and said_whole(points[-1][1], text):
                break
            if (
                label
                and points
                and previous_label is None
                and family is None
                and m is not None
                and (
                    label.lower() not in _OPENING_LABELS
                    or _NOT_A_LATER_POINT.match(text[m.end() :].strip()) is not None
                    or (text[-1:] not in ".;:," and title_like(text))
                )
            ):
                break
            body = text[m.end() :].strip() if m else text
            fam = f"bullet{t.line.glyph}" if label is None else label_family(label, previous_label)
            if (
                fam == "alpha"
                and label
                and previous_label
                and previous_label.isalpha()
                and label.isupper() != previous_label.isupper()
                and len(label) == len(previous_label) == 1
            ):
                fam = "alpha-nested"
            if family is None:
                family = fam
            if fam == family and restarts(label, previous_label, points):
                break
            if fam != family and points:
                last_label, last = points[-1]
                sep = " " if last.endswith(":") or not bullet else "; "
                points[-1] = (last_label, f"{last}{sep}{body if bullet else text}")
            else:
                s, inline = split_inline(body)
                if inline and len(inline) >= 2 and not s.strip():
                    points.extend((label, that(p)) for _, p in inline)
                elif label and (run := counting_on(label, body, m.group("marker") if m else "")):
                    points.extend((n, join_stem(stem, p) if stem and not apart else that(p)) for n, p in run)
                    previous_label = run[-1][0]
                    i += 1
                    continue
                else:
                    points.append((label, join_stem(stem, body) if stem and not apart else that(trim(body))))
                previous_label = label if fam == family else previous_label
            i += 1
            continue
        if not points and stem and STEM_END.search(stem) and not heading and _ROW.match(text):
            rows.append(text)
            i += 1
            continue
        if not points and (not stem or _BARE_STEM.fullmatch(stem)):
            if heading:
                break
            if BARE_THAT.fullmatch(text):
                stem = "that"
                i += 1
                continue
            if (STEM_END.search(text) or FOLLOWING_DASH.search(text)) and len(text.split()) <= 25:
                stem = text
                apart = not STEM_END.search(text)
                i += 1
                continue
            if len(text.split()) <= 150:
                if (decimal := DECIMAL_THAT.match(text)) is not None:
                    text = text[decimal.end() :]
                s, inline = split_inline(text)
                if inline:
                    points.extend((label, join_stem(s, p)) for label, p in inline)
                else:
                    points.append(
                        (None, that(f"that {text}" if stem and not re.match(r"that\b", text, re.I) else text))
                    )
                    unmarked_that = True
                i += 1
                continue
            break
        if unmarked_that and family is None and AND_THAT.match(text):
            points[-1] = (points[-1][0], f"{points[-1][1]} {text}")
            i += 1
            continue
        decimal = DECIMAL_THAT.match(text) if unmarked_that and family is None else None
        if decimal is not None:
            points.append((None, that(text[decimal.end() :])))
            i += 1
            continue
        if (
            unmarked_that
            and family is None
            and (
                re.match(r"^that\b", text, re.I)
                or (not that_only and re.match(r"^to\b", text, re.I) and _TO_POINT.match(points[-1][1]))
                or (not that_only and not heading and LIST_GOES_ON.search(points[-1][1]) is not None)
            )
        ):
            points.append((None, that(text)))
            i += 1
            continue
        if (
            family is not None
            and points
            and not bullet
            and not heading
            and point_goes_on(lines, i + 1, previous_label)
        ):
            last_label, last = points[-1]
            points[-1] = (last_label, f"{last} {text}")
            i += 1
            continue
        break
    if not points and rows:
        points.append((None, that(f"{stem.strip()} {' '.join(rows)}")))
    elif not points and len(STEM_END.sub("", stem).split()) >= 4:
        points.append((None, that(STEM_END.sub("", stem).strip())))
    return points, i
