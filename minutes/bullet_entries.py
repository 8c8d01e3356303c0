"""A bulleted entry of meeting notes, or a lettered point of an item, read as one task: "• Highland Cross invite – John Stewart and his
wife to attend. MG to reply.", "• Ditch on left needs clearing. Contact THC." Such notes give the task
with what it is about, and the entry is what the meeting agreed."""

from __future__ import annotations

import re

from minutes.owners import role_action
from minutes.sentence_split import sentences
from minutes.text import ACTION_TAG, Line

_ENTRY_CHARS = 250
_BARE_TASK_WORDS = 4
"""A task of a few words ("MG to reply.") says nothing without the note before it."""
_IMPERATIVE = re.compile(
    r"^(?:ask|contact|e-?mail|write\s+to|chase(?:\s+up)?|remind|invite|inform|notify|phone|ring|obtain|arrange"
    r"|(?:order|request|book|report)(?!\s+(?:of|on|from|for|by|re)\b))\s+"
    r"(?![^.;]*\b(?:has|have|had|was|were|is|are|been|received)\b)"
    r"(?:(?:the|a|an)\s+)?(?-i:[A-Z])?[\w'’-]+",
    re.I,
)
"""A task written as a bare command at the end of an entry ("Contact THC.", "Ask contractor for advice
...", "Email KS to clarify ..."), not a noun that opens a statement ("Email received from ...", "Book
collection has been ...", "Report of missing road sign", "Request for donation")."""
_DASH = re.compile(r"\s[-–—]\s")
_NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?=[A-Z])")
_TAGGED = re.compile(rf"(?<=[.!?)])\s+(?P<tag>{ACTION_TAG})\s*$")
"""The tag naming who acts that closes an entry ("- The filler has not been painted. ACTION: REVOLUTION"):
the entry, whatever it says, is their task."""
_TAGGED_CHARS = 600
_DONE_TAG = re.compile(r"(?i:complete[d]?|closed|done|finished|ongoing)\W*$")
_TOPIC_ONLY = re.compile(
    r"^(?!.*\b(?:was|were|is|are|would|will|has|had|said|\w+ed|cllr|councillor|mrs?|ms|dr)\b)"
    r"(?-i:[A-Z])[\w'’&/()-]*(?:\s(?![-–—]\s)[\w'’&/()-]+){0,7}[.:]$",
    re.I,
)
"""What an entry is about, before what was decided on it ("e) Berry Avenue footbridge. It was Resolved to
defer to next meeting"): a few words, the entry's title, closed by its stop (a title run into "It was
agreed" with none is the heading the decision was read under); a topic with a note after a dash ("Footpath sign - still
waiting for an update.") is more than its topic."""
_LETTERED = re.compile(r"^\(?(?![ivx]\W)[a-z]\)\s*(?=[A-Z])|^(?![ivx]\W)[a-z]\.\s+(?=[A-Z])")
"""A lettered point ("c) ...", "c)Local ..."), not a roman one ("(i) ..."), whose parts the notes
number apart."""


def is_entry(line: Line) -> bool:
    """A bulleted line, or a lettered point of an item ("c) Local Development Plan – responses by 8
    September. Clerk to place on agenda for next meeting."): an entry the notes give whole. A
    numbered line is one only when it is a bare command ("8. Inform police of the vandalism ...",
    "I. Inform H/ways of concrete slab ..."), as parish notes number their errands."""
    if line.bullet or _LETTERED.match(line.text) is not None:
        return True
    numbered = _NUMBERED.match(line.text)
    return numbered is not None and _IMPERATIVE.match(line.text[numbered.end() :]) is not None


def whole_entry(bullet: str, decisions: list[str], rest: list[str]) -> tuple[list[str], list[str]]:
    """The entry as the decision when it closes with its task: a task too short to stand alone
    ("MG to reply."), or a bare command, or a tag naming who acts ("ACTION: JI"), or a decision told
    after no more than the entry's topic ("Berry Avenue footbridge. It was Resolved to defer ...").
    A task or decision in a sentence of its own after a note ("Drains - still blocked. The Clerk to
    contact Highways again.", "Cllr Hale objected. It was decided to defer ...") stays that sentence,
    as dev2 labels a Stoke Ferry clerk's "(d) Buckenham Drive - Mr Randall and Mrs Mann reported ...
    Clerk to confirm in writing ..."."""
    if not decisions and len(bullet) <= _TAGGED_CHARS and ("ction" in bullet or "CTION" in bullet):
        tag = _TAGGED.search(bullet)
        if tag is not None and _DONE_TAG.search(tag.group("tag")) is None:
            return [bullet], []
    if len(bullet) > _ENTRY_CHARS:
        return decisions, rest
    if not decisions:
        closing = sentences(bullet)[-1] if bullet.strip() else ""
        closing = _DASH.split(closing)[-1]
        return ([bullet], []) if _IMPERATIVE.match(closing) else (decisions, rest)
    if len(decisions) != 1 or not rest or not bullet.rstrip(" .").endswith(decisions[0].rstrip(" .")):
        return decisions, rest
    task = role_action(decisions[0])
    bare = task is not None and task.start() == 0 and len(decisions[0].split()) <= _BARE_TASK_WORDS
    if not bare and not _TOPIC_ONLY.match(" ".join(rest)):
        return decisions, rest
    return [bullet], []
