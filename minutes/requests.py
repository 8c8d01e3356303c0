"""Narrative follow-ups outside the formal resolution list: "The Chair requested that...",
"Officers agreed to circulate...", "... was also requested", "further information would be
provided to Members"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from minutes.classify import is_actionable
from minutes.commitments import commits, commits_someone
from minutes.due import find_due
from minutes.model import Request, Resolution
from minutes.owners import find_owner
from minutes.request_forms import PATTERN, first_form
from minutes.sentence_split import sentences
from minutes.service_process import describes_process
from minutes.text import strip_bullet

_NOT_PROMISED = re.compile(
    r"^\s*(?:if|unless|where\s+(?!appropriate\b))\b|\bdates\s+(?:will|would)\s+be\b"
    r"|\bduring\s+the\s+meeting\b|\bthere\s+and\s+then\b|\basked\s+that\s+it\s+be\s+noted\b"
    r"|(?<!\bfrom\s)(?<!\bof\s)\b(?:this|today['’]s|the\s+present)\s+meeting\b|\bleave\s+the\s+(?:room|meeting|chamber)\b"
    r"|\b(?:at|by)\s+(?:the|its)\s+(?:last|previous|earlier)\s+(?:[\w-]+\s+){0,3}meeting\b"
    r"|\basked\s+for\s+(?:any\s+)?(?:nominations|questions|comments|views|declarations)\b"
    r"|\bdeclarations?\s+of\s+interests?\b|\b(?:appointment|notification)\s+of\s+(?:any\s+)?substitute\s+members?\b"
    r"|\burgent\s+items?\s+of\s+business\b|\bin\s+accordance\s+with\s+(?:council\s+)?procedure\s+rules?\b"
    r"|\battendance\s+(?:register|sheet)\b|\bregisters?\s+a\s+request\s+that\s+the\s+matter\b|^questions\s+must\s+be\b"
    r"|\bverbal\s+(?:update|report)\b"
    r"|\b(?:if|where|as)\s+(?:requested|required|necessary|needed|appropriate)\b|^(?:after|once|following)\s+approval\b"
    r"|^consideration\s+was\s+given\s+to\b|\b(?:report|presentation)\s+which\s+(?:explained|outlined|set\s+out|described)\b",
    re.I,
)
"""The standing business of every agenda (declarations of interest, substitutes, urgent items,
questions under the procedure rules, the attendance register, the call-in rule "a ward councillor
registers a request that the matter be dealt with by Cabinet") is not a follow-up. Nor is a
condition ("If there were concerns, officers would speak to..."), meeting dates being sent
round, something done at the meeting itself (a verbal update, leaving the room, nominations; but
"the decisions from this meeting" are to be taken forward), or
what an earlier meeting agreed is no follow-up. Nor is a service offered on a condition ("a
translation will be provided if requested", "officers would, where appropriate, circulate
photographs"), or what a report under consideration explained ("Consideration was given to a
report which explained that ... would be ...")."""
_STANDING = re.compile(
    r"\bafter\s+(?:any|every|each)\b|\b(?:any|every|each)\s+time\b|\b(?:whenever|always|routinely)\b"
    r"|\bif\s+(?:there\s+(?:were|was|are|is)\s+)?any\b|\b(?:report|reports|reporting)\s+on\s+any\b"
    r"|\b(?:quarterly|monthly|annually|six-monthly|regularly|all\s+future\s+meetings)\b"
    r"|\bon\s+an?\s+(?:regular|quarterly|monthly|annual|ongoing)\s+basis\b",
    re.I,
)
"""A standing practice ("an officer will attend after any complaint", "would visit if there were any
concerns", an agenda's "to report on any petitions received", "would now be presented to the
Committee quarterly", "would be reported to all future meetings") is no follow-up."""
_UNNAMED = re.compile(r"(?:(?:and|but|so)\s+)?(?:this|it|these)\s+(?:would|will|shall|is|are)\b", re.I)
"""A follow-up whose subject is only "this" ("this would be checked.", "This will be decided at the
next meeting") names nothing to follow up once it stands apart from its paragraph."""
_QUESTION = re.compile(r"\b(?:whether|enquired|inquired|queried|asked\s+if)\b", re.I)
_ANSWER = re.compile(
    r"\b(?:informed|advised|confirmed|responded|replied|explained|said|stated|agreed|undertook|indicated)\b",
    re.I,
)
"""A follow-up inside a question ("asked whether the reviews would be reported back") is not one,
unless somebody's answer comes between the question and the follow-up."""
_LEANS_BACK = re.compile(
    r"^(?:(?-i:Will|Would)\s|(?:[\w'’.-]+\s+){1,3}(?:will|would)\s+(?:[\w-]+\s+){1,2}(?:this|it|that)\s*\.?$)",
    re.I,
)
"""A follow-up that leans on the sentence before it, with no subject ("Will report back at next
meeting.") or only "this" for its object ("Chair will consider this." after the query it
answers): the two sentences are the request."""
_TAIL = re.compile(r"\S+")
_DANGLING = re.compile(r"\b(?:to|for|of|the|a|an|and|or|forward|with|on|in|by|that)\W*$", re.I)


def _follow_up(sentence: str) -> tuple[str, re.Match[str]] | None:
    found = first_form(sentence)
    if found is None:
        return None
    name, m = found
    if _NOT_PROMISED.search(sentence) or _NOT_FOLLOW_UP.search(sentence):
        return None
    if name in ("will_do", "named_will_do", "will_be_done", "to_do") and _STANDING.search(sentence):
        return None
    if name in ("will_do", "named_will_do", "will_be_done", "to_be_done_heading") and describes_process(
        sentence
    ):
        return None
    if name in ("suggested", "it_was_requested") and not (
        is_actionable(sentence) or commits(sentence) or commits_someone(sentence)
    ):
        return None
    before = sentence[: m.start()]
    questions = list(_QUESTION.finditer(before))
    if questions and _ANSWER.search(before, questions[-1].end()) is None:
        return None
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return None
    return name, m


def _fragment(sentence: str, m: re.Match[str]) -> bool:
    """ "there was a specific request to bring forward." asks for nothing in particular."""
    tail = sentence[m.end() :]
    return len(_TAIL.findall(tail)) < 3 and _DANGLING.search(sentence) is not None


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


_REPORTED = re.compile(
    r"\b(?:advised|said|confirmed|explained|indicated|stated|reported|assured\s+(?:\w+\s+){0,2}?\w+"
    r"|informed\s+(?:\w+\s+){0,2}?\w+)\s+that\b",
    re.I,
)
"""Who gave the undertaking: "the City Surveyor advised that further work would be done and a
report would be submitted to ...": the follow-up in the second clause is still the officer's word."""


def _clause(sentence: str, start: int) -> str:
    """A long sentence whose follow-up sits in a later clause is cut to that clause; so is one whose
    doer opens the clause after ", but" ("only three could attend, but Democratic Services would
    ascertain ...")."""
    words_before = len(sentence[:start].split())
    but = sentence.rfind(", but ", 0, start)
    if but > 0 and but + 6 == start and words_before > 6 and not _BECAUSE.match(sentence):
        return sentence[start:].strip()
    if len(sentence.split()) <= 35 or words_before <= 8 or _BECAUSE.match(sentence):
        return sentence
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    reporters = [m.start() for m in _REPORTED.finditer(sentence, 0, start)]
    if reporters:
        cuts = [c for c in cuts if c <= reporters[-1]]
    while len(cuts) > 1 and _THAT_CLAUSE.match(sentence, cuts[-1]):
        cuts.pop()
    return sentence[cuts[-1] :].strip() or sentence


_CONTENT = re.compile(r"(?<![\w'’-])(?-i:[a-z])[a-z]{3,}")
_COMMON = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "were",
        "will",
        "would",
        "should",
        "which",
        "their",
        "there",
        "they",
        "them",
        "then",
        "than",
        "also",
        "into",
        "about",
        "after",
        "before",
        "such",
        "what",
        "when",
        "where",
        "while",
        "only",
        "other",
        "over",
        "some",
        "more",
        "most",
        "very",
        "made",
        "make",
        "further",
        "members",
        "member",
        "committee",
        "commission",
        "panel",
        "board",
        "council",
        "meeting",
        "officers",
        "officer",
        "chair",
        "chairman",
        "report",
        "requested",
        "request",
        "asked",
        "agreed",
        "noted",
    ]
)


def _words(text: str) -> set[str]:
    return {w[:5] for w in _CONTENT.findall(text) if w not in _COMMON}


def restates(text: str, resolution: str) -> bool:
    """Whether a narrative request says what a formal point of the same item says ("The Chair
    requested that the matter be brought back" beside "That the matter be brought back"): most of
    their words in common, names and roles aside (who asks or acts is said differently)."""
    return _Points([resolution]).restated_by(text)


def _shares_words(a: set[str], b: set[str]) -> bool:
    shared = len(a & b)
    return shared >= 4 and shared >= 0.6 * min(len(a), len(b))


class _Points:
    """The points of one item, their words and runs taken once: a request is compared with every
    point of its item, so taking them again for each request cost requests x points x words."""

    def __init__(self, points: Sequence[str]) -> None:
        self.words = [_words(p) for p in points]
        self.runs: set[str] = set().union(*(_runs(p) for p in points))

    def restated_by(self, text: str) -> bool:
        if not self.runs.isdisjoint(_runs(text)):
            return True
        a = _words(text)
        return any(_shares_words(a, b) for b in self.words)


_RUN = 6


def _runs(text: str) -> set[str]:
    """Runs of six words: a suggestion the meeting then made its decision copies the decision's
    phrase ("suggested that a Task and Finish Group be established to consider ..." beside "That
    the report be noted and a Task and Finish Group be established to develop ...") even where
    the rest of the two sentences differs."""
    words = _ANY_WORD.findall(text.lower())
    return {" ".join(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1)}


_ANY_WORD = re.compile(r"[\w'’]+")


def find_requests(
    narrative: list[tuple[str, str | None]],
    meeting_date: dt.date | None,
    resolutions: Sequence[Resolution] = (),
) -> list[Request]:
    out: list[Request] = []
    seen: set[str] = set()
    by_item: dict[str | None, list[str]] = {}
    for res in resolutions:
        by_item.setdefault(res.minute, []).append(res.text)
    all_points = [res.text for res in resolutions]
    compared: dict[str | None, _Points] = {}
    for text, minute in narrative:
        if len(text) < 16 or text.startswith("|"):
            continue
        body, _ = strip_bullet(text)
        body = re.sub(r"^\(?(?:\d{1,2}|[a-z]|[ivxl]{1,5})[.)]\s+", "", body, flags=re.I)
        if not PATTERN.found_in(body, body.lower()):
            continue
        said = sentences(body)
        for k, sentence in enumerate(said):
            if len(sentence.split()) < 4:
                continue
            found = _follow_up(sentence)
            if found is None or _fragment(sentence, found[1]):
                continue
            req = _clause(sentence, found[1].start())
            if k and _LEANS_BACK.match(sentence):
                req = f"{said[k - 1]} {sentence}"
            if _UNNAMED.match(req):
                if not k or _UNNAMED.match(said[k - 1]):
                    continue
                req = f"{said[k - 1]} {sentence}"
            if minute not in compared:
                compared[minute] = _Points(by_item.get(minute, ()) if minute is not None else all_points)
            if req in seen or compared[minute].restated_by(req):
                continue
            seen.add(req)
            out.append(
                Request(text=req, owner=find_owner(req), due=find_due(req, meeting_date), minute=minute)
            )
    return out
