"""Narrative follow-ups outside the formal resolution list: "The Chair requested that...",
"Officers agreed to circulate...", "... was also requested", "further information would be
provided to Members"."""

from __future__ import annotations

import datetime as dt
import re

from minutes.classify import is_actionable
from minutes.due import find_due
from minutes.gated import Form, GatedPattern
from minutes.model import Request
from minutes.narrative_decisions import commits
from minutes.owners import find_owner
from minutes.text import sentences, strip_bullet

_WHO = (
    r"(?:the\s+)?(?:chair(?:man|person)?|vice[- ]chair(?:man)?|members?|committee|commission|panel|board|"
    r"councillors?\s+[A-Z][\w'-]+|cllr\.?\s+[A-Z][\w'-]+|councillors|(?:a\s+)?member)"
)
_REQUEST_FORMS = GatedPattern(
    (
        Form(
            rf"\b{_WHO}\s+(?:also\s+|further\s+|therefore\s+)?(?:requested|asked\s+(?:that|for|if|whether\s+officers|officers|the)|"
            rf"called\s+for|requested\s+that|urged\s+(?:officers|the))\b",
            words=("request", "asked", "called", "urged"),
        ),
        Form(r"\b(?:was|were)\s+(?:also\s+|further\s+)?requested\b", words=("requested",)),
        Form(
            r"\bit\s+was\s+(?:also\s+|further\s+)?(?:requested|agreed)\s+that\b",
            words=("requested", "agreed"),
        ),
        Form(
            r"\b(?:a|the|one|specific|further)\s+(?:specific\s+|further\s+|formal\s+)?request\s+(?:to|for|that)\b",
            words=("request",),
        ),
        Form(
            r"\b(?:officers?|the\s+(?:[\w-]+\s+){0,6}(?:director|officer|manager|head|lead|member|chief\s+executive|clerk)(?:\s+(?:of|for)\s+[\w ,&-]{3,60}?)?|he|she|they)\s+"
            r"(?:agreed|undertook|offered|promised|confirmed\s+(?:they|he|she)\s+would|said\s+(?:they|he|she)\s+would)\s+to\s+",
            words=("agreed", "undertook", "offered", "promised", "confirmed", "said"),
        ),
        Form(
            r"\b(?:officers?|the\s+(?:[\w-]+\s+){0,6}(?:director|officer|manager|head|lead|member|clerk)|he|she|they)\s+(?:would|will)\s+"
            r"(?:provide|circulate|share|send|report\s+back|bring|arrange|look\s+into|investigate|follow\s+(?:this\s+|it\s+)?up|write|feed\s*back|update\s+members"
            r"|check|confirm|find\s+out|clarify|ascertain|establish|chase|explore)\b",
            hint=r"w(?:ould|ill)\s+(?:provide|circulate|share|send|report|bring|arrange|look|investigate|follow|write|feed|update"
            r"|check|confirm|find|clarify|ascertain|establish|chase|explore)",
        ),
        Form(
            r"\b(?:would|will|to)\s+be\s+(?:provided|circulated|shared|sent|brought|reported\s+back|emailed|forwarded)\s+(?:back\s+)?(?:to|at|for)\s+"
            r"(?:all\s+)?(?:the\s+)?(?:members|councillors|committee|commission|panel|board|sub-committee|a\s+future|future|next|a\s+later|later)\b",
            hint=r"be\s+(?:provided|circulated|shared|sent|brought|reported|emailed|forwarded)",
        ),
        Form(
            r"\bwould\s+welcome\s+(?:an?\s+|further\s+)?(?:update|report|further|briefing|information)",
            words=("welcome",),
        ),
        Form(
            r"\bagreed\s+to\s+(?:provide|circulate|share|send|arrange|bring|report|investigate|look\s+into|follow\s+up|write|update|"
            r"invite|refer\s+to|include|add|contact|raise|feed\s*back|email|seek|delegate)\b",
            words=("agreed",),
        ),
        Form(
            r"(?:^|(?<=[.?!:]\s))(?-i:(?:[A-Z][\w'’-]+\s+){1,3}(?:and\s+(?:[A-Z][\w'’-]+\s+){1,3})?)"
            r"to\s+(?:provide|circulate|share|send|arrange|produce|prepare|draft|write|contact|investigate|look\s+into|"
            r"follow\s+up|report\s+back|bring|update|email|liaise|check|confirm|clarify|inform|obtain|place|order|chase|ask|speak)\b",
            hint=r"to\s+(?:provide|circulate|share|send|arrange|produce|prepare|draft|write|contact|investigate|look|"
            r"follow|report|bring|update|email|liaise|check|confirm|clarify|inform|obtain|place|order|chase|ask|speak)",
        ),
        Form(r"\bofficers\s+(?:were\s+)?asked\s+to\b", words=("asked",)),
    ),
    re.I,
)
_REQUEST = _REQUEST_FORMS.whole


_RECOMMENDED_OR_ADDED = re.compile(
    rf"\b{_WHO}\s+(?:also\s+)?recommended\s+that\b"
    r"|\b(?:addition|inclusion)\s+of\s+[^.;]{3,80}?\b(?:was|were)\s+(?:also\s+)?(?:supported|agreed)\b",
    re.I,
)
""""The Panel recommended that ward members be copied in", "Addition of quarterly reports was
supported". Kept apart from _REQUEST and tried only when its words are there: rare forms should
not slow the search every narrative paragraph goes through."""


def _recommended_or_added(text: str) -> re.Match[str] | None:
    low = text.lower()
    if "recommended" not in low and "addition" not in low and "inclusion" not in low:
        return None
    return _RECOMMENDED_OR_ADDED.search(text)


_SUPPORTS_ASKING = re.compile(
    r"\b(?:supportive\s+of|support(?:s|ed)?|in\s+favour\s+of)\s+(?:requesting|asking)\s+that\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)
""""The Chair was supportive of requesting that the Clerk write": asking for it, politely."""
_FOLLOW_UP_FORMS = GatedPattern(
    (
        Form(r"\baction\s*[:\u2013\u2014-]\s*(?:[A-Z][\w'’.]*\s+){1,4}to\s+[a-z]+", words=("action",)),
        Form(
            r"\b(?:the\s+)?(?:clerk|chair(?:man)?|officers?|cllr'?s?\.?\s+[A-Z][\w'-]+(?:\s*(?:&|and)\s*[A-Z][\w'-]+)?|he|she|they)\s+"
            r"(?:will|would)\s+(?:also\s+|then\s+)?(?:be\s+(?:discussing|reporting\s+back)|approach|liaise|contact|prepare|"
            r"undertake|make\s+(?:a|the|contact)|place|speak\s+to|meet\s+with|forward|write\s+to|obtain)\b",
            words=("will", "would"),
        ),
        Form(
            r"\b(?:will|would)\s+(?:be\s+(?:reported\s+on\s+(?:at|to)\s+(?:the|a)\s+(?:next|future|later)|"
            r"asked\s+to\s+(?!note|consider|agree|approve|comment|declare|leave|attend)[a-z]+|circulated|forwarded|sent\s+to|signed\s+by|posted\s+to|confirmed\s+in\s+due\s+course|"
            r"discussed\s+further|reassigned|reported\s+back|re-?circulated|presented\s+(?:in|at|to)\s+(?:the|a)\s+(?:next|future)|"
            r"an?\s+(?:[\w-]+\s+){0,2}(?:report|update|briefing)\s+(?:coming|brought|presented)\s+to)|"
            r"(?:also\s+)?report\s+(?:on\s+any|back|in\s+due\s+course)|"
            r"receive\s+(?:an?\s+)?(?:further\s+|progress\s+)?(?:update|report|briefing)\s+(?:on|about|from|at|when))\b",
            words=("will", "would"),
        ),
        Form(
            r"(?:^|(?<=[.?!:]\s))(?:[A-Z][\w'’]*\s+){1,3}to\s+be\s+(?:decided|listed|considered|discussed|agreed|brought)\s+(?:at|to|on)\s+"
            r"(?:a|the)?\s*(?:future|next|later)\b",
            hint=r"to\s+be\s+(?:decided|listed|considered|discussed|agreed|brought)",
        ),
        Form(
            r"\b(?:(?:officer|clerk|chair(?:man)?|manager|director|members?)\s+(?:was|were|as)|and|also|but)\s+(?:asked\s+to\s+"
            r"(?!note|consider|agree|approve|comment|declare|leave|attend)|(?:requested|asked)\s+that\b)",
            words=("asked", "requested"),
        ),
    ),
    re.I | re.M,
)
_FOLLOW_UP = _FOLLOW_UP_FORMS.whole
_FOLLOW_UP_WORDS = ("action", "will", "would", "asked", "requested", "to be")
_NOT_PROMISED = re.compile(r"^\s*(?:if|where|unless)\b|\bdates\s+(?:will|would)\s+be\b", re.I)
"""A condition ("If there were concerns, officers would speak to...") or meeting dates being sent
round is no follow-up."""
_QUESTION = re.compile(r"\b(?:whether|enquired|inquired|queried|asked\s+if)\b", re.I)
_ANSWER = re.compile(
    r"\b(?:informed|advised|confirmed|responded|replied|explained|said|stated|agreed|undertook|indicated)\b",
    re.I,
)
"""A follow-up inside a question ("asked whether the reviews would be reported back") is not one,
unless somebody's answer comes between the question and the follow-up."""


_CHAIR_SUGGESTS = re.compile(
    r"\b(?:chair(?:man|person)?|vice[- ]chair(?:man)?)\s+suggested\b"
    r"(?!\s+(?:that\s+)?(?:an?\s+|the\s+)?(?:additional\s+|further\s+|new\s+)?(?:recommendation|amendment|resolution|wording)s?\b)",
    re.I,
)
_CHAIR_SUGGESTED = re.compile(rf"^(?:the\s+)?{_CHAIR_SUGGESTS.pattern}", re.I)
""""Chair suggested ... the resulting work programme to be brought back to the next meeting": the
Chair's suggestion is the follow-up when it asks for something to be done."""


def _follow_up(sentence: str) -> re.Match[str] | None:
    m = _CHAIR_SUGGESTED.match(sentence)
    if m is not None and not (is_actionable(sentence) or commits(sentence)):
        m = None
    m = m or _REQUEST.search(sentence) or _SUPPORTS_ASKING.search(sentence) or _recommended_or_added(sentence)
    if (
        m is not None
        and _AGREED_THAT.match(m.group(0))
        and not (is_actionable(sentence) or commits(sentence))
    ):
        m = None
    if m is None:
        m = _FOLLOW_UP.search(sentence)
        if m is None or _NOT_PROMISED.search(sentence):
            return None
    before = sentence[: m.start()]
    questions = list(_QUESTION.finditer(before))
    if questions and _ANSWER.search(before, questions[-1].end()) is None:
        return None
    return m


_AGREED_THAT = re.compile(r"it\s+was\s+(?:also\s+|further\s+)?agreed\s+that", re.I)
"""A decision told in the discussion is a follow-up only when it asks for something to be done
("It was agreed that a note be circulated"), not "It was agreed that one meeting would be enough"."""


_CLAUSE_BREAK = re.compile(r"(?:,\s+|;\s+|\s+and\s+|\s+but\s+|\s+in\s+that\s+|\s+whereby\s+|\s+so\s+)", re.I)
_THAT_CLAUSE = re.compile(r"(?:and\s+)?that\b", re.I)
"""A clause that opens with "that" reports somebody's words: keep who said it."""
_NOT_FOLLOW_UP = re.compile(
    r"\b(?:you|your)\b|\bare\s+asked\s+to\b|\bplease\b"
    r"|\b(?:amendments?|corrections?)\s+(?:to\s+be\s+made|to\s+the\s+minutes)\b|\bminutes\b[^.]{0,60}\bbe\s+(?:amended|corrected)\b",
    re.I,
)
"""Nor is a correction to the minutes, made there and then."""

_BECAUSE = re.compile(r"(?:as|since|because|given\s+that)\s", re.I)
"""A sentence that opens with its reason ("As the Officer had still to meet them, the outcomes
would be reported ...") reads as one: the reason is part of the follow-up."""


def _clause(sentence: str, start: int) -> str:
    """A long sentence whose follow-up sits in a later clause is cut to that clause."""
    words_before = len(sentence[:start].split())
    if len(sentence.split()) <= 35 or words_before <= 8 or _BECAUSE.match(sentence):
        return sentence
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    while len(cuts) > 1 and _THAT_CLAUSE.match(sentence, cuts[-1]):
        cuts.pop()
    return sentence[cuts[-1] :].strip() or sentence


def find_requests(narrative: list[tuple[str, str | None]], meeting_date: dt.date | None) -> list[Request]:
    out: list[Request] = []
    seen: set[str] = set()
    for text, minute in narrative:
        if text.startswith("|"):
            continue
        low = text.lower()
        if (
            not _REQUEST_FORMS.found_in(text, low)
            and not ("requesting" in low and _SUPPORTS_ASKING.search(text))
            and (not any(w in low for w in _FOLLOW_UP_WORDS) or not _FOLLOW_UP_FORMS.found_in(text, low))
            and not ("suggested" in low and _CHAIR_SUGGESTS.search(text))
            and not (
                ("recommended" in low or "addition" in low or "inclusion" in low)
                and _recommended_or_added(text)
            )
        ):
            continue
        body, _ = strip_bullet(text)
        body = re.sub(r"^\(?(?:\d{1,2}|[a-z]|[ivxl]{1,5})[.)]\s+", "", body, flags=re.I)
        for sentence in sentences(body):
            m = _follow_up(sentence)
            if m is None or _NOT_FOLLOW_UP.search(sentence) or len(sentence.split()) < 4:
                continue
            req = _clause(sentence, m.start())
            if req in seen:
                continue
            seen.add(req)
            out.append(
                Request(text=req, owner=find_owner(req), due=find_due(req, meeting_date), minute=minute)
            )
    return out
