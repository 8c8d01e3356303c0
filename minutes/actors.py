"""Who minutes name to act, in the shape '<actor> to <verb phrase>': "Clerk to write to the owner",
"SL to ask the partners", "Staff to engage the auditors", "Dana Lee to circulate the notes",
"PA was to pursue this with the County Council", "Member to serve as the contact point".

One pattern for every kind of actor (a role, a team, staff or officers, initials, a person's name),
so an action note is read the same whoever it names. It is used for the decision a clause records
(minutes/narrative_decisions.py), its owner (minutes/owners.py) and action logs
(minutes/action_lines.py)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

TAG_INITIALS = r"(?!(?:NO|NONE|ANY|AND|THE|FOR|NEW|NOT|LOG)\b)(?-i:ALL|All|[A-Z]{2,4})(?:\s*(?:,|/|&|and)\s*(?-i:[A-Z]{2,4}))*"
"""Who an action tag with no colon names: initials ("RG", "ML/SM", "CB, JH and KW") or everyone."""
INITIALS_TAG = rf"(?:(?-i:Action|ACTION|action)S?\s+(?P<who>{TAG_INITIALS})|(?P<before>{TAG_INITIALS})\s+(?-i:Action|ACTION))"
"""The tag itself, the initials after the word or before it ("Action RG", "BW Action")."""

ROLE_WORD = (
    r"(?:clerk|chair(?:man|person|woman)?|vice[- ]chair(?:man|person|woman)?|secretary|treasurer|secretariat"
    r"|officers?|members?|council?lors?|staff|teams?|trustees|governors|directors?|managers?|leads?|partners"
    r"|co-?ordinators?|administrators?|conven[eo]rs?|advis[eo]rs?|representatives?|volunteers|everyone"
    r"|all|pms?|stewards?|lengthsm[ae]n|wardens?)"
)
"""The words of a post or a group that can be given a task (the last word of the actor)."""
_ROLE = (
    r"(?:(?:the|all|each|any|our|relevant)\s+)?(?:(?:town|parish|district|county|ward|deputy|assistant|committee|council|practice"
    rf"|project|senior|principal|lead|democratic|support|(?-i:[A-Z])[\w&'’.-]*(?<!-))\s+){{0,3}}{ROLE_WORD}"
)
_INITIAL = r"(?-i:[A-Z]{2,4}|[A-Z]\.\s?[A-Z](?:\.\s?[A-Z])?\.?)"
_INITIALS = rf"{_INITIAL}(?:\s*(?:/|&|,|and)\s*{_INITIAL}){{0,4}}"
"""Initials, alone or shared ("SL", "SS/FR/PC", "SV and EL"), with stops or without ("J.B", "R.T.")."""
_HONORIFIC = r"(?:mr|mrs|ms|miss|dr|cllr|clr|councillor|prof|pc|rev)\.?"
_PERSON = (
    rf"(?:{_HONORIFIC}\s+(?:(?-i:[A-Z])\.?\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"|(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z][a-z][\w'’-]*)|(?-i:(?![AI]\.?\s)[A-Z])\.?\s(?-i:[A-Z][a-z][\w'’-]+))"
)
"""A person: "Mr Hale", "Cllr J. Dunn", "Clr Legg", "Dana Lee", "C Shaw", "S. Hannant"."""
_PEOPLE = (
    r"(?:cllrs|councillors|messrs)\.?\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"(?:\s*(?:,|&|\band\b)\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?){1,4}"
)
"""Several named together after one plural title: "Cllrs Vine and Moore", "Councillors Reed, Hale & Cole"."""
ACTOR = rf"(?:{_PEOPLE}|{_PERSON}|{_ROLE}|{_INITIALS})"
JOINT_ACTOR = rf"{ACTOR}(?:\s*(?:,|/|&|\band\b|\bwith\b)\s*{ACTOR}){{0,3}}"
"""One actor or several sharing the task: "The Clerk and the Chair", "Cllr Cole and Cllr King",
"Dana Lee, Ravi Shah and the Treasurer", "Clerk with Cllr Jones and the Lengthsman"."""

NOT_AN_ACT = (
    r"(?:be|the|a|an|this|that|these|date|introduce|lead|chair|have|remain|stay|withdraw)\b"
    r"|present\b(?![^.;]{0,80}?\s(?:to|at)\s+(?:the\s+)?(?:next\b|future\b|(?-i:[A-Z])))"
    r"|(?:report|update|comment|declare|answer|raise|advise|feed\s+back)\s+(?:on\s+)?any\b|(?:respond|reply)\s+to\s+any\s+questions\b"
)
"""What follows "to" when the clause names a post ("Clerk to the Council"), a part of the agenda
("Chair to introduce", "Treasurer to present the accounts"), who stays or leaves the room ("BG to
remain in attendance") or a standing agenda item ("The Monitoring Officer to report on any
petitions received", "The Chairman to respond to any questions"), not a task. Presenting to a later meeting or another body is a task ("RG to
present her uniform report to FGB2", "to present at the next PPG meeting")."""
_BUSINESS = re.compile(
    r"(?:consider|note|receive|discuss|debate|agree|approve|comment|decide|determine|declare|vote"
    r"|give\s+notice\s+of\s+(?:any\s+)?interests?)\b",
    re.I,
)
_THE_MEETING = re.compile(r"\b(?:members?|councillors?|all|everyone|trustees|governors|directors)$", re.I)
"""The meeting's own members given its business ("Members to consider the proposal", "Councillors to
declare interests", "Members to give notice of any interest"): the agenda, not a task."""

_AT = r"(?:^|(?<=\s[-–—]\s)|(?<=[a-z)][-–—]\s)|(?<=;\s)|(?<=[.!?]\s)|(?<=:\s)|(?<=[a-z],\s)|(?<=[•▪●]\s))"
"""Where an action clause starts: a line or a sentence, or the tail after a dash ("The hedge is
overgrown - clerk to contact the owner", "Park inspection- clerk to get quotes") or a comma ("Plaque
discussed, Clerk to investigate."; initials after a comma, "..., HC to look at this", are a person's
note, not the meeting's task); a dash with no space after it is tried apart (_TIGHT_DASH), only
where the text has one."""
_REF = r"(?-i:[A-Z]{1,4})-?\d{1,4}(?:/\d{1,4})?[a-z]?[.:)]?\s+"
"""An action log's reference to an entry ("AP125 SL to ask ...", with the year: "A31/05 Secretary to
write ...")."""
_LEAD = (
    r"(?:(?:following|after)\s+(?:a\s+)?(?:\w+\s+)?discussion,?\s+|(?:it\s+was\s+agreed\s+(?:that\s+)?)"
    r"|(?-i:Agreed|AGREED)(?:\s*[:\-–—])?\s+(?:that\s+)?|(?-i:That|THAT)\s+(?=[^.;]{0,60}?\sto\s))?"
)
"""What may come before the actor: the discussion, or the agreement ("It was agreed that the Clerk
...", a parish's terse "Agreed Clerk to make further enquiries")."""

ENTRY_LABEL = re.compile(rf"^(?:actions?\s*[:.\-–—]\s*|{_REF}(?=\S))", re.I)
"""What an action entry may open with: a label ("Action: Clerk to ...") or the log's reference;
the task is what follows it."""

ACTOR_TO = re.compile(
    rf"(?:^{_REF}|{_AT}){_LEAD}(?P<who>{JOINT_ACTOR})\s+(?:(?:is|are|was|were)\s+)?to\s+(?:also\s+|then\s+)?"
    rf"(?!{NOT_AN_ACT})(?P<verb>(?-i:[a-z])[a-z-]+)\b",
    re.I,
)
_GATE = re.compile(r"\sto\s", re.I)
_TIGHT_DASH = re.compile(r"(?<=[a-z]{3})(?<!vice)[-–—](?=[A-Za-z])", re.I)
"""A dash run into the next word after a word of three letters or more ("bus shelter-clerk to
chase"), not a "Vice-Chair"."""
_ACTOR_AFTER_DASH = re.compile(
    rf"(?P<who>{JOINT_ACTOR})\s+(?:(?:is|are|was|were)\s+)?to\s+(?:also\s+|then\s+)?"
    rf"(?!{NOT_AN_ACT})(?P<verb>(?-i:[a-z])[a-z-]+)\b",
    re.I,
)


_MAY_START = re.compile(r"(?<=[-–—;.!?:,•▪●]\s)")
"""Every place an action clause can start besides the text's start (a superset of _AT's): trying
ACTOR_TO only there reads a long paragraph several times faster than scanning every character."""


def _clauses(text: str) -> Iterator[re.Match[str]]:
    """ACTOR_TO's matches, as `finditer` would give them."""
    end = 0
    for start in itertools.chain((0,), (m.start() for m in _MAY_START.finditer(text))):
        if start < end:
            continue
        m = ACTOR_TO.match(text, start)
        if m is not None:
            end = m.end()
            yield m


def actor_to(text: str) -> re.Match[str] | None:
    """The '<actor> to <verb>' clause of a sentence, if it has one."""
    if _GATE.search(text) is None:
        return None
    for m in _clauses(text):
        if _THE_MEETING.search(m.group("who")) and _BUSINESS.match(text, m.start("verb")):
            continue
        if text[max(0, m.start() - 2) : m.start()] == ", " and m.group("who").isupper():
            continue
        return m
    if "-" not in text and "–" not in text and "—" not in text:
        return None
    for dash in _TIGHT_DASH.finditer(text, 0, _TOPIC_CHARS):
        if text.count(" ", 0, dash.start()) > _TOPIC_WORDS:
            break
        task = _ACTOR_AFTER_DASH.match(text, dash.end())
        if task is not None and not (
            _THE_MEETING.search(task.group("who")) and _BUSINESS.match(text, task.start("verb"))
        ):
            return task
    return None


_TOPIC_WORDS = 8
_TOPIC_CHARS = 160
"""A task written after an unspaced dash follows a topic ("bus shelter-clerk to chase"); after a
sentence ("X asked for the codes to report-KC to action") the dash is the writer's aside."""


_ANY_DASH = re.compile(
    r"(?<!vice)(?<!officer\s)(?<!director\s)(?<!executive\s)(?<!manager\s)[-–—]\s*(?=[A-Za-z])", re.I
)
"""Not the dash of an officer's title ("the Chief Officer – Corporate Landlord to report back"): the
service after it is part of who acts."""


def task_after_a_dash(text: str) -> re.Match[str] | None:
    """The last '<actor> to <verb>' that opens right after a dash, spaced or not: "Millennium Wood
    is in a poor state – TD & AV to inspect", "pothole on mill lane - Clerk to report it"."""
    if "-" not in text and "–" not in text and "—" not in text:
        return None
    found = None
    for dash in _ANY_DASH.finditer(text, max(0, len(text) - 400)):
        m = _ACTOR_AFTER_DASH.match(text, dash.end())
        if m is not None and not (
            _THE_MEETING.search(m.group("who")) and _BUSINESS.match(text, m.start("verb"))
        ):
            found = m
    return found
