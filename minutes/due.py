"""By when a resolution is to be done, as the minutes word it: "next meeting", "future meeting",
a day (ISO), or other words ("July 2025", "within six weeks", "before submission to Council")."""

from __future__ import annotations

import datetime as dt
import re

from minutes.commitments import deferred, deferred_to_a_meeting
from minutes.dates import first_date

_BEFORE_STEP = re.compile(
    r"\bbefore\s+(?:its\s+|their\s+|the\s+)?(?:submission|presentation|consideration|publication|referral)\s+"
    r"(?:to|by)\s+(?:the\s+)?(?:full\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}",
    re.I,
)
"""A deadline set by the next step rather than a date: "before submission to the Council"."""
_NEXT = re.compile(
    r"\bnext\s+(?:(?:available|scheduled|formal|ordinary|regular|full|special|(?-i:[A-Z])[\w-]*)\s+){0,3}"
    r"(?:meeting|committee|commission|panel|board|agenda|forum)\b",
    re.I,
)
_HELD_ON = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,8}?)?(?:(?:to\s+be\s+|which\s+will\s+be\s+|scheduled\s+(?:to\s+be\s+)?)?"
    r"held\s+)?(?:on|in)\s+(?P<when>.{3,40})",
    re.I,
)
""""the next meeting on 26 September", "the next meeting of the Joint Committee to be held on 21st
November": the day is the due date."""
_AGENDA_OF = re.compile(
    r"\b(?:agenda|meeting)\s+(?:(?:scheduled|arranged|planned|to\s+be\s+held)\s+)?(?:for|of|on)\s+(?P<when>.{3,40})|\b(?:the\s+)?(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?-i:[A-Z])[a-z]+(?:\s+\d{4})?)\s+(?:agenda|meeting)\b"
    r"|\b(?:the|its)\s+(?P<mday>(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}?(?:agenda|meeting)\b",
    re.I,
)
""""added to the agenda for 20 March", "the 23 January agenda would include", "deferred to the meeting
scheduled for 29 August", and month first as American minutes write it: "bring back a revised plan at
the April 15 meeting"."""
_TO_BODY = re.compile(
    r"\b(?:(?i:referred|recommended|recommends|recommend|commended|forwarded|escalated)(?:,\s*(?i:in\s+the\s+first\s+instance),)?"
    r"\s+(?:(?:them|it|this|these)\s+)?(?:back\s+)?(?i:to)\s+(?:(?i:the)\s+)?"
    r"|(?i:refers?)\s+(?:(?:the|this|these|that|them|it)\s+)?(?:[\w'’-]+\s+){0,4}?to\s+(?:the\s+)?"
    r"|(?i:report)s?\s+(?:annually|quarterly|regularly)\s+to\s+(?:the\s+)?"
    r"|(?i:recommendations?)\s+to\s+(?:the\s+)?"
    r"|(?i:recommend)(?:s|ed)?\s+(?:the\s+)?(?!that\b)[^.;,]{1,100}?\s+to\s+(?:the\s+)?"
    r"|(?i:recommend)(?:s|ed)?\s+that\s+(?:the\s+)?(?=(?:(?i:full)\s+)?(?-i:Council|Cabinet|Executive)\s+(?-i:[a-z]))"
    r"|submitted\s+to\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}[\w-]+['’]s\s+)?(?=(?-i:[A-Z])\w*\s+(?-i:[A-Z])|(?:full\s+)?(?-i:Council|Cabinet)\b))"
    r"(?P<body>(?i:full|parish|town)\s+(?i:council)|(?:full\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+(?:(?:and|&)\s+)?){0,5}(?-i:Council|Cabinet|Executive"
    r"|Committee|Board|Panel|Commission|Authority|Assembly|Mayor|Group))\b"
)
"""A matter sent to another body: that body's meeting is when it is next dealt with ("be referred
to Council to consider", "be submitted to the county council's Constitution Committee", "recommends
the approval of the Council Plan to Full Council", a parish's "resolved to recommend to full council",
"Recommendation to Full Council for ...", "recommend them to Cabinet", "be referred, in the first instance,
to the People and Communities Committee", "agreed to recommend that Full Council reaffirm its opposition")."""
_TASKED = re.compile(
    r"\btask(?:s|ed)?\s+(?:the\s+)?(?P<body>(?:(?-i:[A-Z])[\w'’&-]*\s+(?:(?:and|&|of|for)\s+)?){1,5}"
    r"(?-i:Committee|Board|Panel|Commission|Group|Council|Cabinet|Executive))\s+with\b"
)
"""A body given a task ("resolves to task the Transport and Environment Committee with exploring
..."): its meeting is when the matter next comes up."""
CONFIRMED_BY = re.compile(
    r"\b(?:(?:to\s+be|subject\s+to\s+(?:it\s+|its\s+)?being)\s+(?:confirmed|ratified|approved|endorsed)"
    r"|for\s+(?:approval|adoption|ratification|endorsement))\s+by\s+(?:the\s+)?"
    r"(?P<body>(?:full\s+)?(?:parish\s+|town\s+)?(?:council|committee|board|cabinet|executive))\b",
    re.I,
)
""""That the quote be accepted (to be confirmed by the full committee)", "RECOMMENDED for approval by
Council": the body that confirms it
is where it next comes up, and confirming it is a step still to take (classify.py)."""
_PRESENTED_TO = re.compile(
    r"\b(?:(?:presented|reported|sent|taken|put\s+forward|made)|present\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,2}?report)\s+to\s+(?:the\s+)?(?:next\s+)?"
    r"(?P<body>(?:full\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+){0,5}(?-i:Council|Cabinet|Executive)"
    r"|(?:(?-i:[A-Z])[\w'’&-]*\s+(?:(?:and|&|of|for)\s+)?){1,5}(?-i:Committee|Board|Panel|Commission|Authority|Assembly))\b"
)
"""Another body a matter goes to: "the approach to be presented to Cabinet", "be reported to the
Health and Wellbeing Board", "officers be authorised to present a report to Full Council", "a formal response be made to Scrutiny Committee"; the meeting's own
"Committee", unnamed, is not another body."""
_BODY_RECOMMENDED = re.compile(
    r"^(?:that\s+)?(?:the\s+)?(?P<body>(?:full\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+){0,3}?(?-i:Council|Cabinet|Executive))"
    r"\s+be\s+(?:recommended|requested|asked|invited)(?:\s+(?:to|that)\s|\s*[:\-–—]\s*(?:\(|$|(?-i:[A-Za-z])))",
    re.I,
)
""""That Council be recommended to approve the fees", "That Cabinet be requested to set up a working
group", "that the Cabinet be recommended: (a) ...": the body asked is when it is dealt with
(not "be recommended and supported to take steps", which the body is simply asked to do)."""
_EACH = re.compile(r"\b(?:at|to)\s+(?P<when>(?:each|every|all\s+future)\s+meetings?)\b", re.I)
_OPPORTUNITY = re.compile(
    r"\b(?:the\s+)?(?P<when>(?:next|earliest|first)\s+(?:appropriate|available|possible|convenient)\s+opportunity)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:(?:a\s+|the\s+)?future\s+(?:(?-i:[A-Z])[\w&'’-]*\s+(?:(?:and|&)\s+)?){0,5}(?:meeting|commission|committee|panel|board|session)s?"
    r"|(?:later|subsequent)\s+(?:(?-i:[A-Z])[\w&'’-]*\s+){0,3}meeting|"
    r"(?:when|once|as\s+soon\s+as)\s+(?:appropriate|available|possible|known|ready|complete|completed|finalised)|"
    r"in\s+due\s+course|report(?:ed)?\s+back|future\s+date|appropriate\s+time|"
    r"update\s+(?:the\s+)?(?:committee|commission|panel|board|sub-committee)|"
    r"(?:be\s+)?(?:submitted|presented|brought)\s+(?:back\s+)?to\s+(?:the|this)\s+(?:(?-i:[A-Z])[\w&'’-]*\s+){0,4}"
    r"(?:committee|commission|panel|board|sub-committee)\b(?!\s+(?:on|in)\s+\d)|"
    r"(?:further|another|new|follow-up)\s+reports?\s+(?:be|to\s+be|would\s+be|will\s+be)\s+(?:submitted|presented|brought|made|provided)\b|"
    r"receive\s+(?:a\s+)?(?:further|follow-up|progress)\s+(?:report|update)|"
    r"(?:brought|come|came)\s+back\s+to\s+(?-i:Committee|Board|Panel|Commission)\b(?!\s+(?:on|in)\s+\d))\b",
    re.I,
)
_BY_DATE = re.compile(
    r"\b(?:by\s+no\s+later\s+than|by|before|no\s+later\s+than|on\s+or\s+before|at\s+the\s+meeting\s+on|on|in|within|until|till)\s+(?P<when>.{3,40})",
    re.I,
)
_MONTH_YEAR = re.compile(
    r"\b(?:by|before|in|during|from|for|(?:to|at)\s+the)\s+(?P<when>(?:(?:the\s+)?end\s+of\s+|early\s+|late\s+|mid-?)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d)\b",
    re.I,
)
_CALLED_MEETING = re.compile(
    r"\b(?:at|to|until)\s+(?:the|an?)\s+(?P<when>(?:extraordinary|special|additional|reconvened|adjourned)\s+meeting)\b",
    re.I,
)
"""A meeting called for the matter ("to discuss this at the extraordinary meeting"): due then."""
_MONTH_ONLY = re.compile(
    r"\b(?:by|before|in|during|(?:to|at|until|till|attend)\s+the)\s+(?P<when>(?:(?:the\s+)?end\s+of\s+|early\s+|late\s+|mid-?)?"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+meeting(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*)?)?)\b(?!\s*\d)",
    re.I,
)
"""A month with no year ("a report ... to the Committee in October", "to the September meeting of
Council"): kept as written."""
_PUT_OFF_TO = re.compile(
    r"\b(?:defer(?:red)?|continued|postpone[d]?|tabl(?:e|ed)|adjourned|delay(?:ed)?)\b[^.;]{0,60}?\b(?:to|until|till)\s+(?:the\s+)?(?P<when>.{3,40})",
    re.I,
)
"""The day an item is put off to, written month first as American minutes do ("continued to the
September 22, 2031 Planning Commission meeting", "delay the review until June 27", "to table the fee
schedule until the April 7 meeting")."""
_NAMED_MEETING = re.compile(r"((?:(?!(?:in|of|the|this|next|future)\b)[\w'’-]+\s+){1,3}?meeting)\b", re.I)
"""The meeting an item is put off to, named by when it falls: "deferred to the summer term meeting"."""
_MONTH_DAY = re.compile(r"^((?-i:[A-Z])[a-z]{2,8}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4})")
_WITHIN = re.compile(
    r"\bwithin\s+(?:\w+\s+){1,3}(?:days|weeks|months|fortnight)\b|\b(?:as\s+a\s+matter\s+of\s+urgency|immediately)\b",
    re.I,
)


_HOW_MANY = (
    r"(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a\s+few|several)"
)
_PERIOD = re.compile(
    r"\bno\s+later\s+than\s+(?:\w+\s+){1,3}(?:days|weeks|months)(?:\s+from\s+(?:this|the)\s+meeting)?"
    rf"|\b(?:in|after)\s+{_HOW_MANY}(?:[-–]?\s*(?:and|or|to|[-–])\s*{_HOW_MANY})?(?:\s+|[-–])(?:days?|weeks?|months?|years?)(?:['’]s?\s+time)?(?=[\s.,;:)]|$)"
    r"|\bby\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?(?:week|month|year)|next\s+(?:week|month)|tomorrow)\b"
    r"|\bat\s+a\s+later\s+date\b"
    r"|\b(?:annually|quarterly|six-monthly|bi-annually|every\s+(?:\w+\s+)?(?:months?|weeks?|years?))\b",
    re.I,
)
"""When, told as a time from now or a period rather than a day: "no later than six months from this
meeting", "in 6- and 12-months' time", "after 1 year", "by the end of the week", "at a later
date", "quarterly"."""


_RECALLED = re.compile(
    r"\b(?:(?<!\bis\s)(?<!\bbe\s)(?<!\bare\s)held|reconvened|convened|met|adjourned|dated|took\s+place|(?:was|were)\s+(?:made|agreed|approved|received))"
    r"(?:\s+\w+){0,2}\s*$",
    re.I,
)
"""A day named after "held", "reconvened" or "dated" is one the text recalls ("the minutes of the
meeting held on 18 March"), whatever its year; "a special meeting is held on 8 December" sets one."""
_STARTS_WITH_DAY = re.compile(r"\W*(?:\w+day,?\s+)?(?:the\s+)?\d|\W*[A-Za-z]+\.?\s+\d")


def _day(when: str, meeting_date: dt.date | None) -> dt.date | None:
    """The day a phrase opens with ("26 September", "Tuesday 4 March 2025"); a day before
    the meeting is a date the text recalls, not one it sets."""
    if not _STARTS_WITH_DAY.match(when):
        return None
    d = first_date(when, after=meeting_date)
    if d is None or (meeting_date is not None and d < meeting_date):
        return None
    return d


_NEW_WORDING = re.compile(
    r"\bamend\w*\b[^.;]{0,80}?\b(?:to\s+(?:read|include|insert|add)|by\s+(?:inserting|adding))\b", re.I
)
"""An amendment gives the words to be written ("to amend Item 9 to read, 'the meeting on 11 May
would ...'"): a day inside those words is part of the wording, neither when the amendment is due nor a topic for a meeting."""


def without_new_wording(text: str) -> str:
    wording = _NEW_WORDING.search(text)
    return text if wording is None else text[: wording.end()]


_MOVERS_ASIDE = re.compile(
    r",\s*(?:on\s+the\s+(?:proposal|proposition|motion)\s+of|(?:proposed|moved)\s+by)\s+[^,;]{2,80}?,\s*"
    r"(?:and\s+)?seconded\s+by\s+[^,;]{2,80}?,\s*",
    re.I,
)
"""Who moved and seconded, told between the decision's words ("AGREED TO RECOMMEND, on the proposal of
Councillor Adair, seconded by Alderman Boyle, that the Council approves ..."), as Northern Irish
councils write it: read without them, the recommendation goes to the Council."""


def find_due(text: str, meeting_date: dt.date | None = None) -> str | None:
    text = _MOVERS_ASIDE.sub(" ", without_new_wording(text))
    nxt = _NEXT.search(text)
    if nxt:
        held = _HELD_ON.match(text, nxt.end())
        d = _day(held.group("when"), meeting_date) if held else None
        return d.isoformat() if d else "next meeting"
    for agenda in _AGENDA_OF.finditer(text):
        month_first = agenda.group("mday")
        when = _MONTH_DAY.sub(r"\2 \1", month_first, count=1) if month_first else None
        d = _day(when or agenda.group("when") or agenda.group("day"), meeting_date)
        if d is not None:
            return d.isoformat()
    by = _BY_DATE.search(text)
    while by:
        recalled = _RECALLED.search(text, max(0, by.start() - 200), by.start())
        d = None if recalled else _day(by.group("when"), meeting_date)
        if d is not None:
            return d.isoformat()
        by = _BY_DATE.search(text, by.start("when") + 1)
    put_off = _PUT_OFF_TO.search(text) if deferred(text) else None
    if put_off is not None:
        when = _MONTH_DAY.sub(r"\2 \1", put_off.group("when"), count=1)
        d = _day(when, meeting_date)
        if d is not None:
            return d.isoformat()
        named = _NAMED_MEETING.match(put_off.group("when"))
        if named is not None:
            return named.group(1)
    my = _MONTH_YEAR.search(text)
    if my:
        return my.group("when")
    body = (
        _TO_BODY.search(text)
        or _BODY_RECOMMENDED.match(text)
        or _PRESENTED_TO.search(text)
        or CONFIRMED_BY.search(text)
        or (_TASKED.search(text) if "task" in text else None)
    )
    if body:
        return body.group("body")
    month_meeting = _MONTH_ONLY.search(text)
    if month_meeting is not None and month_meeting.group("when").endswith("meeting"):
        return month_meeting.group("when")
    if _FUTURE.search(text) or deferred_to_a_meeting(text):
        return "future meeting"
    for pattern in (_EACH, _OPPORTUNITY, _MONTH_ONLY, _CALLED_MEETING):
        found = pattern.search(text)
        if found:
            return found.group("when")
    w = _WITHIN.search(text)
    if w:
        return w.group(0)
    p = _PERIOD.search(text)
    if p:
        return p.group(0)
    b = _BEFORE_STEP.search(text)
    if b:
        return b.group(0)
    return None
