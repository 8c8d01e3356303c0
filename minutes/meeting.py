"""Which meeting a document records (committee, date) and its numbered items."""

from __future__ import annotations

import datetime as dt
import re

from minutes.dates import DATE_RE, first_date, parse_date
from minutes.dates import MONTH_PATTERN as _MONTH
from minutes.headings import title_case
from minutes.meeting_opening import LISTS_DATES, date_near_top, held_in_opening

_HELD = re.compile(
    r"^(?:held|date\s+of\s+meeting|meeting\s+date|date\s+held)\s*[:\-–]?\s*(?:on\s+)?(?P<rest>.+)$", re.I
)
_MEETING_OF = re.compile(
    r"^(?:draft\s+|confirmed\s+|unconfirmed\s+)?minutes?\s+of\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?meeting\s+of\s",
    re.I,
)
""""Minutes of the meeting of the NHS Chairs on 30 October 2017": the heading names a meeting of
somebody, even a body without a committee's name."""
_THIS_MEETING = re.compile(
    r"^this\s+is\s+a\s+meeting\s+of\s+(?:the\s+)?(?P<body>.+?)\s+held\s+on\s+(?P<rest>.+)$", re.I
)
"""A ModernGov meeting page's own first line: "This is a meeting of the Scrutiny Committee of Basingstoke
& Deane Borough Council held on the 19th Sep 2023." It dates the meeting, whatever minutes it confirms."""
_MINUTES_OF = re.compile(
    r"^(?:\d{1,3}/\d{2,4}\s+)?(?:draft\s+|confirmed\s+|unconfirmed\s+)?(?:minutes?|notes)\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+)?(?:(?:ordinary|extraordinary|special|annual|regular|monthly|statutory|virtual|remote|hybrid)\s+)?"
    r"(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>.+?)(?:(?:\s*[,(]\s*|\s+)(?:held|which\s+took\s+place|on|at)\b\s*(?P<rest>.*)"
    rf"|\s*(?:,|\s[-–])\s*(?P<dated>(?:[a-z]+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b).*))?$",
    re.I,
)
"""The heading of minutes: "Minutes of the meeting of the Audit Committee held on 4 May 2023", and
with the date after a comma or dash, as American minutes write it: "Minutes of the Town Board,
June 3, 2025"; also "MINUTES FOR THE CITY COUNCIL MEETING ON ...", "Notes of the Steering Group,
..." and a parish minute number before it ("18/06 MINUTES OF A MONTHLY MEETING ...")."""
_ITEM_NUMBER = re.compile(r"^(?:minute\s+)?\d{1,3}[.:)]?$", re.I)
"""A minute's number on the line above ("Minute 47" over "Minutes of Full Council held on 29 June"): the
minutes are that minute's, an earlier meeting's (an agenda pack's "Agenda Item No. 2" over the minutes
it carries is the cover of those minutes)."""
_ITEM_LINK = re.compile(r"\bpdf\s+[\d.]+\s*[km]b\b|\badditional\s+documents\s*:", re.I)
"""A meeting page's link to a document ("Minutes of the meeting held on 5 February 2024 PDF 166 KB",
"... Additional documents:"): an item about an earlier meeting, never the page's own heading."""
_MINUTES_DATED = re.compile(
    rf"(?:^|\s/\s)minutes\s*[-–:,]?\s+(?P<date>(?:[a-z]+day,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}})\b",
    re.I,
)
"""The heading "Minutes 3rd September 2031", alone or after its Welsh ("Cofnodion 3 Medi 2031 / Minutes 3rd
September 2031 Cyfarfod y Cyngor / Meeting of the Council")."""
_EARLIER = re.compile(r"^(?:the\s+)?(?:previous|last|preceding)\s+meetings?\b", re.I)
"""The item "Minutes of Previous Meeting" is not the heading of the document."""
_AGENDA_OF = re.compile(
    r"^(?:(?:notice\s+of\s+)?(?:a\s+)?meeting\s+of\s+(?:the\s+)?|agenda\s+(?:for|of)\s+(?:the\s+)?)(?P<body>.+)$",
    re.I,
)
_TITLE_DASH_DATE = re.compile(
    r"^(?:meeting\s*:\s*(?P<date1>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(?P<body1>[^()]{3,80}?)(?:\s*\(.*\))?"
    r"|(?P<body2>[^-–]{3,80}?)\s+[-–]\s+(?P<date2>(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+.{6,40}?\d{4}).*)$",
    re.I,
)
"""ModernGov page titles: "Planning Committee - Wednesday, 5th February, 2025 7.00 pm" (minutes page)
and "Meeting: 15/01/2025 - Executive (Item 84)" (issue history page)."""
_TOP_DATE = re.compile(
    rf"^(?:(?P<body>[^-–]{{3,80}}?)\s+[-–]\s+)?(?:[\d.:]+\s*(?:am|pm|a\.m\.|p\.m\.)\s*,?\s*)?(?:on\s+)?"
    rf"(?P<date>(?:[a-z]+day,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})"
    r"(?:,?\s*(?:at\s+)?[\d.:]+\s*(?:am|pm|a\.m\.|p\.m\.))?\.?(?:\s+(?:in|at)\s+(?:the\s+)?[^.]{2,80})?$",
    re.I,
)
"""The cover of a PDF with no "held on" line: a date line ("4.00pm 1 July 2021") or a title with a
date ("Corporate Scrutiny Panel – 30 January 2014") among the first lines."""
_COVER = re.compile(
    rf"\b(?:committee|commission|panel|board|cabinet|sub-committee|forum)\b.{{0,60}}?(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b",
    re.I,
)
"""A cover page whose lines were run together: "Policy & Resources Committee 4.00pm 1 July 2021 Hove Town Hall"."""
_PROSE = re.compile(r"\b(?:minutes|held|approve[sd]?|to\s+(?:receive|consider|note)|was|were)\b", re.I)
_DECISION_DATED = re.compile(r"^(?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d\d)\s+[-–]\s+\S")
"""A ModernGov "Issue - decisions" page: "09/01/2018 - Schedule of Meetings" dates the decision."""
_ITEM_LIST = re.compile(r"(?:^|\s)(?:items\s+)?(?:note\s+)?no\.?\s*\|?\s*item[\s|]*$", re.I)
"""A ModernGov meeting page's list of items starts here ("No. Item", "No. | Item |", or at the end of
the venue line it was run into): below it, "Minutes of the
meeting held on 20 September 2031" is an item's title, about the meeting before."""
_LIST_OPENER = re.compile(LISTS_DATES + r"\s*$", re.I)
"""A sentence that opens a list ("The new dates were:"): the dates under it are not the meeting's."""
_DATE_LABEL = re.compile(r"^(?:date|when)\s*[:\-–]\s*(?P<rest>.+)$", re.I)
_BODY_WORD = re.compile(
    r"\b(?:committee|commission|panel|board|cabinet|council|forum|executive|sub-committee|group|partnership|authority|assembly"
    r"|trustees?|governors|association|society)\b",
    re.I,
)


def _clean_body(body: str) -> str | None:
    body = re.sub(r"\s+", " ", body).strip(" ,.-–:")
    body = re.sub(
        r"^(?:(?:draft|approved)\s+)?minutes\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?",
        "",
        body,
        flags=re.I,
    )
    body = re.sub(r"\s+meeting$", "", body, flags=re.I)
    body = re.split(
        r"\s+(?:(?:was|were)\s+held\s+)?(?:held|on|at)\s+(?=\w*day\b|\d)", body, maxsplit=1, flags=re.I
    )[0]
    if not _BODY_WORD.search(body) or len(body.split()) > 12:
        return None
    return title_case(body)


def _dash_dated(text: str) -> bool:
    low = text[:90].lower()
    return low.startswith("meeting") or (("- " in low or "– " in low) and "day" in low)


def _bare_meeting(body: str) -> bool:
    return re.fullmatch(r"(?:the\s+)?(?:meeting|proceedings)(?:\s+being)?", body.strip(), re.I) is not None


def _title_above(lines: list[str], i: int) -> str | None:
    """ "HEALTH SCRUTINY PANEL" on its own line above "Minutes of the meeting held on ..."."""
    for text in reversed(lines[max(0, i - 3) : i]):
        if re.search(r"\bcouncil$", text, re.I):
            continue
        body = _clean_body(text)
        if body:
            return body
    return None


def meeting_header(lines: list[str]) -> tuple[str | None, dt.date | None]:
    """Committee and date of the meeting a document records.

    A "Held:" line or a "Minutes of the meeting of X held on DATE" heading wins over an agenda
    front page ("MEETING OF THE X", "DATE: ..."), because an agenda pack that carries the minutes
    of the previous meeting records that meeting.
    """
    committee: str | None = None
    held: dt.date | None = None
    agenda_committee: str | None = None
    agenda_date: dt.date | None = None
    posted: dt.date | None = None
    titled: dt.date | None = None
    page = bool(lines) and lines[0].startswith("---")
    text_at = next((k + 1 for k in range(1, min(len(lines), 40)) if "---" in lines[k]), 0) if page else 0
    in_items = False
    listed = False
    for i, raw in enumerate(lines[:400]):
        text = _unwrap(raw)
        if _ITEM_LIST.search(text):
            in_items = True
            continue
        front = _FRONT_KEY.match(text) if i < 40 else None
        if front is not None and not page and front.group("key").lower() == "date":
            front = None  # "Date: 12 February 2026, 10:00" under a title is the meeting's, as _DATE_LABEL reads it
        if front is not None:
            key, value = front.group("key").lower(), front.group("value")
            if key in ("start", "meeting_date"):
                held = held or first_date(value)
                continue
            if key == "date":
                posted = posted or first_date(value)
                continue
            if key == "title":
                titled = titled or first_date(value)
            text = value
            if not _MINUTES_OF.match(value) and agenda_committee is None:
                agenda_committee = _clean_body(_TITLE_TAIL.split(value, maxsplit=1)[0])
        ahead = lines[i + 1 : i + 3] if front is None else []
        maker = _DECISION_MAKER.match(text)
        if maker is not None and agenda_committee is None:
            agenda_committee = _clean_body(maker.group("body"))
            continue
        decided = _DECIDED_LABEL.match(text)
        if decided is not None:
            held = held or first_date(decided.group("rest"))
            continue
        t = _TITLE_DASH_DATE.match(text) if len(text) < 140 and _dash_dated(text) else None
        if t is not None:
            body = _clean_body(t.group("body1") or t.group("body2") or "")
            d = first_date(t.group("date1") or t.group("date2") or "")
            if (body or t.group("body1")) and d is not None:
                if agenda_committee is None:
                    agenda_committee = body or title_case(t.group("body1").strip())
                if agenda_date is None:
                    agenda_date = d
                continue
        if re.search(r"\bof(?: the)?$", text, re.I) and i + 1 < len(lines):
            text = f"{text} {lines[i + 1]}"
        m = _MINUTES_OF.match(text)
        if (
            m
            and not in_items
            and not text.lower().startswith(("the ", "that "))
            and not _EARLIER.match(m.group("body"))
        ):
            if _ITEM_LINK.search(text) or (i and _ITEM_NUMBER.match(lines[i - 1])):
                continue
            body = _clean_body(m.group("body"))
            if body and committee is None:
                committee = body
            rest = m.group("rest") or m.group("dated") or ""
            d = first_date(rest) or first_date(" ".join(ahead)[:120])
            bare = _bare_meeting(m.group("body"))
            if bare and i and (agenda_date or (posted and not page) or date_near_top(lines[text_at:i])):
                continue  # "Minutes of the meeting held on ...", an item under a dated front page
            if d and held is None and (body or committee or bare or i == 0 or _MEETING_OF.match(text)):
                held = d
                if committee is None and body is None:
                    committee = _title_above(lines, i)
            continue
        dated = _MINUTES_DATED.search(text) if i < 10 and held is None and "inutes" in text else None
        if dated is not None:
            held = first_date(dated.group("date"))
            continue
        h = _HELD.match(text) or (_THIS_MEETING.match(text) if text[:4].lower() == "this" else None)
        if h and held is None:
            held = first_date(h.group("rest"))
            continue
        a = _AGENDA_OF.match(text)
        if a and agenda_committee is None:
            agenda_committee = _clean_body(a.group("body"))
            continue
        dd = _DECISION_DATED.match(text) if i < 10 and agenda_date is None else None
        if dd is not None:
            agenda_date = first_date(dd.group("date"))
            continue
        dl = _DATE_LABEL.match(text)
        if dl and agenda_date is None:
            agenda_date = first_date(dl.group("rest"))
            continue
        listed = i > 0 and (
            _LIST_OPENER.search(lines[i - 1]) is not None or (listed and DATE_RE.match(text) is not None)
        )
        top = (
            _TOP_DATE.match(text)
            if i < 20 and agenda_date is None and len(text) < 120 and not listed
            else None
        )
        if top is not None:
            body = _clean_body(top.group("body")) if top.group("body") else _title_above(lines, i)
            if top.group("body") is None or body is not None:
                agenda_date = first_date(top.group("date"))
                if agenda_committee is None:
                    agenda_committee = body
            continue
        if (
            i < 6
            and agenda_date is None
            and len(text) < 200
            and _COVER.search(text)
            and not _PROSE.search(text)
        ):
            agenda_date = first_date(text)
            continue
        if i < 20 and agenda_date is None and not listed and not _PROSE.search(text[:60]):
            opening = DATE_RE.match(text)
            if opening is not None:
                agenda_date = parse_date(opening)
    if not page:
        return committee or agenda_committee, held or agenda_date or posted or date_near_top(
            lines
        ) or held_in_opening(lines)
    return committee or agenda_committee, held or agenda_date or titled or date_near_top(
        lines[text_at:]
    ) or held_in_opening(lines[text_at:]) or posted


def _unwrap(text: str) -> str:
    """A table row read as a line ("| Decision date | 5 Sep 2023 |") and a quoted front-matter
    value read as what they say."""
    if text.startswith("|"):
        cells = [c.strip() for c in text.strip("| ").split("|") if c.strip()]
        return ": ".join(cells[:2]) + (" " + " ".join(cells[2:]) if cells[2:] else "")
    return text


_FRONT_KEY = re.compile(
    r"^(?:-{3}\s*|\+{3}\s*)?(?P<key>title|name|date|start|meeting_date)\s*[:=]\s*[\"']?(?P<value>.*?)[\"']?\s*$",
    re.I,
)
"""Markdown front matter of minutes kept as web pages: `start: 2021-10-12T09:15` is the meeting,
`date:` is when the page was posted (used only when nothing else dates the meeting), `title:` is
read like any heading."""
_DECISION_MAKER = re.compile(r"^decision\s+maker\s*:\s*(?P<body>.{3,100})$", re.I)
"""A decision page names the body that decided: "Decision Maker: Executive"."""
_TITLE_TAIL = re.compile(r"\s*[:–]\s*|\s+-\s+|\s+(?:meeting|minutes)\b", re.I)
"""What follows a body's name in a page title: "Renal Imaging Group Meeting", "Board meeting: 2031-05-17"."""
_DECIDED_LABEL = re.compile(
    r"^(?:date\s+of\s+(?:the\s+)?decision|decision\s+date|(?:decided|made)\s+at\s+meeting|date\s+of\s+(?:the\s+)?meeting"
    r"|meeting\s+date)\s*[:\-–]*\s*(?P<rest>.+)$",
    re.I,
)
"""A decision page's own date: "Date of decision: 24/11/2020", "Decided at meeting: 24/11/2020 -
Executive", "Made at meeting: 20/06/2024 - Cabinet" (not "Publication date")."""
