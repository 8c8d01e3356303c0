"""How text copied from a web page arrives: an item's sections run together on one line, a
paragraph number in front of a decision, and an excerpt that stops in the middle of its last point."""

from __future__ import annotations

import re

from minutes.actors import INITIALS_TAG
from minutes.model import Resolution
from minutes.planning_views import answers_application_above
from minutes.records import minutes_record
from minutes.text import ACTION_TAG, MARKER_RE, Line
from minutes.triggers import PARA_NUMBER, trigger

_SECTION_LABEL = re.compile(r"(?<=\S)\s+(?=Minutes\s*:\s+\S)|(?<=[.\d)])\s+(?=Decisions?\s*:\s+\S)")
"""A web page flattened to rows runs an item's title, its agenda text and its "Minutes:" or
"Decision:" section together on one line."""


def _split_sections(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        if line.table or line.bullet or ("Minutes:" not in line.text and "Decision" not in line.text):
            out.append(line)
            continue
        parts = _SECTION_LABEL.split(line.text)
        for k, part in enumerate(parts):
            label = re.match(r"(?:Minutes|Decisions?)\s*:\s+", part)
            rest = part[label.end() :] if label is not None else ""
            if label is not None and ((k and MARKER_RE.match(rest)) or rest[:5] in ("That ", "THAT ")):
                out.append(Line(part[: label.end()].strip()))
                out.append(Line(part[label.end() :]))
            else:
                out.append(Line(part) if k else Line(part, line.bullet, line.table, line.glyph))
    return out


_TRAILING_ACTION = re.compile(rf"(?<=[.!?)])\s+(?={ACTION_TAG}$)")
"""An action tag at the end of a paragraph, naming who does what the paragraph last says (a
list point reads its own tag: minutes/owners.py)."""


_TRAILING_INITIALS = re.compile(
    rf"(?<=[.!?)])\s+(?:[–—-]\s+)?{INITIALS_TAG}"
    r"(?:\s*\.?\s*(?=$|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+(?-i:[A-Z]))|\s*\.\s+(?=(?-i:[A-Z])))"
)
"""The tag as parish and community councils write it at the end of a paragraph, with no colon:
"... chase up. Action RG", "... written to individually. – Action ML/SM", "All agreed – action
JB.", and the initials first, "... for CCs to comment. BW Action. (2) Bonar Bridge ..." where the
next lettered point or sentence runs on ("... invitations will be issued. MG Action. GF will advise ...")."""


_PAREN_ACTION = re.compile(
    r"(?<=\S)\s*\(\s*(?:(?-i:ACTION|Action)S?(?:\s+(?-i:Points?|POINTS?))?\s*[:\-–]|(?-i:Action|ACTION)\s+(?-i:Points?|POINTS?)\b"
    r"|(?-i:Act|ACT)\b)\s*"
    r"(?P<who>(?-i:[A-Z])[\w'’.-]*(?:\s*(?:[,/&]\s*)?(?:(?-i:[A-Z])[\w'’.-]*|of|the|and|for)){0,7})"
    r"\s*\)\s*\.?(?:$|\s+(?=(?-i:[A-Z])|\d{1,3}\.?\s+(?-i:[A-Z])))"
)
"""The same tag in brackets: "The hedge needs cutting (Action: Clerk).", "... for the hedge. (ACTION: JB)",
the parish shorthand "Letter to be sent to confirm the planting. (Act Clerk)", "(Act NA&AP)", and
"(Action Point Cllr Sharp)"."""


def _split_action_tag(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for first in lines:
        rest: Line | None = first
        while rest is not None:
            head, rest = _tag_off(rest)
            out.extend(head)
    return out


_TAG_REACH = 240
"""How far from a line's end a closing "ACTION: ..." tag can start: looked for only there, a line
cut at each of its many tags is not searched whole again for each."""


def _tag_off(line: Line) -> tuple[list[Line], Line | None]:
    """The line up to its first action tag and the tag as a line of its own, and what follows
    the tag (read again: a paragraph of lettered points may tag each one)."""
    text = line.text
    plain = not (line.table or line.bullet or MARKER_RE.match(text))
    named = "ction" in text or "CTION" in text
    tagged = plain and (named or "(Act" in text or "(ACT" in text)
    m = _TRAILING_ACTION.search(text, max(0, len(text) - _TAG_REACH)) if tagged else None
    if m is not None:
        return [Line(text[: m.start()], line.bullet, line.table, line.glyph), Line(text[m.end() :])], None
    bare = _TRAILING_INITIALS.search(text) if named and not (line.table or line.bullet) else None
    if bare is not None:
        head = [
            Line(text[: bare.start()], line.bullet, line.table, line.glyph),
            Line(f"Action {bare.group('who') or bare.group('before')}"),
        ]
        return head, Line(text[bare.end() :]) if bare.end() < len(text) else None
    p = _PAREN_ACTION.search(text) if tagged and ")" in text else None
    if p is None:
        return [line], None
    before = text[: p.start()].rstrip()
    head = [
        Line(
            before if before.endswith((".", "!", "?")) else f"{before}.", line.bullet, line.table, line.glyph
        ),
        Line(f"Action: {p.group('who')}"),
    ]
    return head, Line(text[p.end() :]) if p.end() < len(text) else None


_TIGHT_LETTER = re.compile(r"^\(?[a-z]\)(?=[A-Z])")
""""c)Local Development Plan ...": a letter a PDF ran into the point's first word."""


def without_number(text: str) -> str:
    """A paragraph read for decisions without its number or letter ("5.2 The Board NOTED the report.",
    "a) The Council resolved to ..."), or without the "Minutes:" label a meeting page sets before
    what was minuted ("Minutes: This item was deferred to the next meeting.")."""
    if text[:1] in "Mm" and (label := _MINUTES_LABEL.match(text)) is not None:
        return text[label.end() :]
    if not (text[:1].isdigit() or text[:1] == "(" or text[1:2] in (".", ")") or text[2:3] in (".", ")")):
        return text
    if _INITIAL.match(text):
        return text
    if (minute := _MINUTE_NUMBER.match(text)) is not None:
        return text[minute.end() :]
    return _TIGHT_LETTER.sub("", MARKER_RE.sub("", PARA_NUMBER.sub("", text, count=1), count=1), count=1)


_MINUTES_LABEL = re.compile(r"^minutes\s*:\s+(?=\S)", re.I)
_INITIAL = re.compile(r"^[J-UWYZ]\.\s+[A-Z][a-z]")
"""A paragraph opening with a person's initial ("S. Farrow proposed acceptance of the accounts"):
letters that deep into the alphabet, and not Roman numerals, are rarely a paragraph's label."""
_MINUTE_NUMBER = re.compile(r"^\d{1,4}/\d{2,4}\.?\s+(?=[A-Z])")
"""A minute numbered within its year ("59/2003 The Cabinet instructed officers to report back ...")."""


_NOTED_THEN_LIST = re.compile(
    r"^(?P<noted>[^:]{0,200}?\b(?-i:NOTED)\b[^:]{1,300}?),?\s+and\s+(?P<listed>(?-i:AGREED|RESOLVED|DECIDED)\b[^.:]{0,40}:)\s*$"
)
""""The committee NOTED the requirement for an annual report, and AGREED the following:" over a list:
the noting is one decision, the list under "AGREED the following:" the others."""


_RUN_ON_MOTION = re.compile(
    r"(?<=\S)\s+(?=(?-i:Moved|MOVED)\s*\(\s*[^()/]{2,50}/)"
    r"|(?<=\b(?-i:carried|CARRIED|Carried))(?:\s*\([^()]{1,30}\))?\s+(?=\S)"
)
"""A page of motions run into one line ("... 1 APOLOGIES Moved (Mayor Dave Cull/Cr Chris Staynes): That the
Council: Accepts the apology from Cr Kate Wilson. Motion carried (CNL/2019/065) 2 CONFIRMATION OF AGENDA
Moved ..."): each motion starts a line and its outcome ends one."""


def _split_motions(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        text = line.text
        if len(text) < 300 or line.table or ("Moved (" not in text and "MOVED (" not in text):
            out.append(line)
            continue
        parts = [p for p in _RUN_ON_MOTION.split(text) if p and p.strip()]
        out.append(Line(parts[0], line.bullet, line.table, line.glyph))
        out.extend(Line(part.strip()) for part in parts[1:])
    return out


_MOTION_NUMBER = re.compile(r"^(?:\(\*\)\s*)?\d{1,3}[.)]?\s+(?=(?:moved|proposed)\b)", re.I)
"""A motion's number before its movers ("(*)2. Moved by J. Hertz, seconded by C. Chan:"), as boards
number their motions; "(*)" marks one carried with the consent items."""


_RUN_ON_PARAGRAPH = re.compile(
    r"(?<=[^\d£$€\s]\s)(?<!\bat\s)(?<!\bby\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\bpara\s)(?<!\bparagraph\s)"
    r"(?<!\bsection\s)(?<!\bitem\s)(?<!\bminute\s)(?<!\bminutes\s)(?<!\bpage\s)(?<!\bappendix\s)"
    r"(?=\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+(?-i:[A-Z](?:[a-z]|[A-Z]{1,3}\b)))"
    r"|(?<=[.!?]\s)(?=\d{1,3}\.\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+|\s+of\s)))"
    r"|(?<=[a-z.]\s)(?=\d{2,4}/?\d{0,2}\s+(?-i:[A-Z]{3,}\s+[A-Z]{2,}\s+[A-Z]{2,}))"
    r"|(?<=[a-z.]\s)(?=(?-i:[A-Z]{1,4})\s?\d{1,3}/\d{2}\s+(?-i:[A-Z][a-z]))"
    r"|(?<=[a-z.]\s)(?<!\bminute\s)(?<!\bminutes\s)(?=(?!(?:19|20)\d\d/)\d{2,4}/\d{2}\s+(?-i:[A-Z][a-z]+\s))"
    r"|(?<=[a-z.)]\s)(?=\(\d{1,4}\)\s+(?-i:[A-Z]{4,})\b)"
    r"|(?<=[a-z.)]\s)(?=\d{1,2}\.\s+(?-i:[A-Z][A-Z’'/&-]{3,})(?:\s+(?-i:[A-Z][A-Z’'/&-]*))*\s)",
    re.I,
)
"""Where a document flattened into one line starts its next numbered paragraph ("... introductions
were made. 1.2 Previous Minutes – 20/09/13 The previous minutes were confirmed ...", "... be
confirmed. 41. Declarations of Interest Councillor ...", "... signed as a true record 1360 MATTERS
ARISING FROM ..."): a decimal number with a capital after it, not a time, sum or reference, a whole
number after a sentence with a title after it, or a minute number with a title in capitals, a
board's own prefix ("TB65/13 Minutes of the meeting ..."), its year ("... Action: the clerk 467/02
Drainage Fen Road") or brackets ("... the Chairman. (242) ITEMS OF URGENT BUSINESS"), or a whole
number over a title in capitals ("... no members of the public present 3. MINUTES OF LAST MEETING")."""


_DECIMAL_PARAGRAPH = re.compile(r"^\d{1,2}\.\d{1,2}\s+(?-i:[A-Z]).{60,}\s\d{1,2}\.\d{1,2}\s+(?-i:[A-Z])")
"""A paragraph numbered "12.2" that holds "12.3 ..." further on: the numbered paragraphs of a
report ran into one line, however short."""


_DASH_ENTRY = re.compile(r"(?<=[\w.)])\s+[-–]\s+(?=(?-i:[A-Z][a-z]+)\s)")
"""Where a dashed list flattened into one line starts its next entry ("... to obtain and then display.
- The Council were asked for ...")."""


def _split_flattened(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        if (
            line.bullet
            and line.glyph in "-–"
            and len(line.text) > 300
            and len(_DASH_ENTRY.findall(line.text)) > 1
        ):
            parts = _DASH_ENTRY.split(line.text)
            out.extend(Line(part, True, line.table, line.glyph) for part in parts)
            continue
        if line.table or (len(line.text) < 600 and not _DECIMAL_PARAGRAPH.match(line.text)):
            out.append(line)
            continue
        parts = [p.strip() for p in _RUN_ON_PARAGRAPH.split(line.text) if p.strip()]
        out.append(Line(parts[0], line.bullet, line.table, line.glyph))
        out.extend(Line(part) for part in parts[1:])
    return out


_TAG_ENDS = re.compile(rf"(?:^|\s){ACTION_TAG}$")
_STATE_BELOW = re.compile(
    r"^(?-i:Action|ACTION)\s+(?P<state>complete[d]?|closed|done|ongoing|outstanding|open)\b\.?(?:\s*[-–—]\s*)?",
    re.I,
)


def _state_onto_entry(lines: list[Line]) -> list[Line]:
    """An action log's state written on the line under its entry ("1. Distribute the statement.
    Action – The Clerk" over "Action complete – Awaiting a reply from the County"): the state is the
    entry's, and the note after it is narrative of its own."""
    out: list[Line] = []
    for line in lines:
        below = _STATE_BELOW.match(line.text) if out and line.text[:6].lower() == "action" else None
        above = out[-1] if below is not None else None
        if above is None or below is None or not _TAG_ENDS.search(above.text[-_TAG_REACH:]):
            out.append(line)
            continue
        out[-1] = Line(
            f"{above.text.rstrip(' .')} Action {below.group('state').lower()}.",
            above.bullet,
            above.table,
            above.glyph,
        )
        if rest := line.text[below.end() :].strip():
            out.append(Line(rest))
    return out


def _view_onto_application(lines: list[Line]) -> list[Line]:
    """A council's answer on the line under the application it answers is part of that entry."""
    out: list[Line] = []
    for line in lines:
        if out and len(line.text) < 80 and answers_application_above(line.text, out[-1].text):
            above = out[-1]
            out[-1] = Line(f"{above.text} {line.text}", above.bullet, above.table, above.glyph)
        else:
            out.append(line)
    return out


def prepare(lines: list[Line]) -> list[Line]:
    """Cut a line where a web page ran an item's sections together, an action tag off the end of
    its paragraph, and a paragraph or motion number off a line that is a decision ("7.2 RESOLVED: That ...")."""
    out = []
    for line in _state_onto_entry(
        _split_action_tag(_split_sections(_split_motions(_split_flattened(_view_onto_application(lines)))))
    ):
        text = line.text
        both = (
            _NOTED_THEN_LIST.match(text)
            if "NOTED" in text and text.endswith(":") and len(text) < 600
            else None
        )
        if both is not None:
            out.append(Line(both.group("noted") + "."))
            line = Line(both.group("listed"))
        m = None if line.bullet else PARA_NUMBER.match(line.text) or _MOTION_NUMBER.match(line.text)
        if m is not None:
            rest = line.text[m.end() :]
            if trigger(rest) is not None or minutes_record(rest) is not None:
                line = Line(rest, line.bullet, line.table, line.glyph)
        out.append(line)
    return out


_CUT_OFF = re.compile(
    r"(?:\b(?:to|the|a|an|of|that|and|or|for|with|on|in|by|at|from|be)|\b(?-i:[A-Z][a-z]{0,2}))\s*$", re.I
)
"""How a point reads when the page it was copied from stops in the middle of it ("(2) agree that
the Exe", "AP133 DL to speak to")."""


def cut_off(resolutions: list[Resolution], lines: list[Line]) -> None:
    """An excerpt that stops inside its last point: that point says nothing yet."""
    if not resolutions or not lines:
        return
    last = resolutions[-1]
    tail = lines[-1].text
    if len(last.text.split()) <= 8 and tail.endswith(last.text[-12:]) and _CUT_OFF.search(last.text):
        resolutions.pop()
