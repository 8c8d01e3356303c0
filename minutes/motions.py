"""Motions: a proposal moved and seconded, and the vote that carried it.

Three shapes: a sentence ("It was MOVED by Cllr A, seconded by Cllr B, to approve the grant.",
"MOTION: Hale moved, seconded by Ross, to adopt the agenda.", "Mr A proposed that Mrs B be elected
..., seconded by Mr C"); a vote line under the proposal ("Proposed by: Alex" then "Unanimously
approved."); and the outcome line itself. A motion that failed is no decision."""

from __future__ import annotations

import re

from minutes.tags import Hit
from minutes.text import Line

_NAME = (
    r"(?:(?:cllr\.?|councillor|mrs?\.?|ms\.?|dr\.?|alderman|the)\s+)?(?-i:[A-Z])[\w.'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:\s*\([^()]{1,60}\))?"
)
_MOVED = re.compile(
    rf"(?:^|(?<=,\s)|(?<=[.;:]\s))(?:motion\s*:\s*)?"
    rf"(?:(?:(?:it\s+was\s+)?moved\s+by\s+{_NAME}|(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?by\s+{_NAME}|{_NAME}\s+moved)"
    rf"\s*,?\s+(?:and\s+)?seconded\s+by\s+{_NAME}"
    rf"|{_NAME}\s+(?:moved|proposed)\s*,?\s+(?:and\s+)?{_NAME}\s+seconded)\s*,?\s+"
    r"(?:and\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?:carried|agreed|resolved)(?:\s+unanimously)?\s*,?\s+)?(?:to|that)\s+\S",
    re.I,
)
"""The American and Northern Irish form, where the motion is the sentence itself, with or without
a CARRIED after it: "MOVED by Councilman A, seconded by Councilman B, to approve the bills",
"Motion by Trustee A, seconded by Trustee B, to adjourn"; and the active voice, "Councillor A moved
and Councillor B seconded that ...", "Cllr A proposed, Cllr B seconded and it was agreed that ..."."""
_SECONDED = re.compile(
    r"^(?:(?!\b(?:asked|whether|if)\b)(?:[^.?]|\.(?=\d))){0,300}?\b(?:proposed|nominated)\b[^?]{0,300}?\bseconded\b",
    re.I,
)
""""Mr A proposed that Mrs B be elected, seconded by Mr C", "Payments proposed by Mr A seconded by
Mr B": a parish vote with no "carried" written after it."""
_SECOND_OF = re.compile(
    r"^(?:this|the\s+(?:proposal|motion|nomination))\s+was\s+(?:duly\s+)?seconded\b", re.I
)
""""This was seconded by Mr C and the proposal was agreed unanimously": the vote on the sentence before."""
_FAILED = re.compile(
    r"\b(?:motion|proposal|amendment|it)\s+(?:was\s+)?(?:failed|lost|defeated|fell|withdrawn|not\s+carried)\b"
    r"|^(?:failed|lost|defeated|not\s+carried)\b|\bwas\s+not\s+seconded\b",
    re.I,
)


def moved_at(sentence: str) -> int | None:
    """Where a moved-and-seconded motion starts in a sentence, or None."""
    low = sentence.lower()
    if ("moved" not in low and "motion" not in low and "proposed" not in low) or "seconded" not in low:
        return None
    m = _MOVED.search(sentence)
    return m.start() if m is not None else None


def seconded_proposal(sentence: str) -> bool:
    low = sentence.lower()
    if "seconded" not in low or ("proposed" not in low and "nominated" not in low):
        return False
    return (
        _SECONDED.search(sentence) is not None
        and _FAILED.search(sentence) is None
        and _NOMINATION.search(sentence) is None
    )


_NOMINATION = re.compile(
    rf"\bproposed\s+{_NAME}\s*,?\s+seconded(?:\s+by)?\s+{_NAME}\s*,?\s*(?:\d+\s+votes?)?\s*\.?$", re.I
)
""""Cllr A proposed Cllr B, seconded Cllr C, 5 votes": a nomination; the election is the decision."""


_BARE_VOTE = re.compile(
    rf"^{_NAME}\s+proposed\s*,?\s+(?:and\s+)?{_NAME}\s+seconded\s*[,;]?"
    r"(?:\s*(?:and\s+)?(?:all\s+in\s+favou?r|carried|agreed|unanimous(?:ly)?|nem\.?\s*con)\b[^.;]{0,30})?\s*[.;]?$",
    re.I,
)
""""Cllr A proposed, Cllr B seconded." on its own, or under an election "Cllr A proposed Cllr B
seconded" (A nominated): a vote on what is written before it, never a decision by itself."""


def bare_vote(sentence: str) -> bool:
    return "seconded" in sentence and _BARE_VOTE.match(sentence) is not None


def seconds_the_sentence_before(sentence: str) -> bool:
    return _SECOND_OF.match(sentence) is not None


def failed(sentence: str) -> bool:
    return _FAILED.search(sentence) is not None


_VOTE_LINE = re.compile(
    rf"^(?:proposed|moved|nominated)(?:\s+by)?\s*:\s*{_NAME}(?:\s*[,;.]?\s*(?:and\s+)?seconded(?:\s+by)?\s*:?\s*{_NAME})?\s*[.;]?$",
    re.I,
)
_OUTCOME_LINE = re.compile(
    r"^(?:the\s+)?(?:(?:motion|proposal|resolution)\s+)?(?:was\s+)?(?:unanimously\s+|duly\s+)?"
    r"(?P<how>approved|carried|agreed|passed|adopted|lost|defeated|failed|fell)"
    r"(?:\s+unanimously|\s+by\s+[^.]{1,40}|\s+nem\.?\s*con\.?|,\s+with\s+[^.]{1,80})?\.?$",
    re.I,
)


def vote_line(line: Line) -> Hit | None:
    """ "Proposed by: Alex" on a line of its own, under the proposal it moves."""
    if line.bullet or len(line.text) > 160:
        return None
    return Hit(kind="vote") if _VOTE_LINE.match(line.text) else None


def outcome_line(line: Line) -> Hit | None:
    """ "Unanimously approved.", "Motion carried unanimously.", "Lost." on a line of their own."""
    if line.bullet or len(line.text) > 160:
        return None
    m = _OUTCOME_LINE.match(line.text)
    if m is None:
        return None
    how = m.group("how").lower()
    return Hit(kind="lost" if how in ("lost", "defeated", "failed", "fell") else "carried")


_COUNCIL_MOTION = re.compile(
    rf"^(?P<amend>as\s+an\s+amendment\s*,\s*)?(?:{_NAME}\s*,\s*seconded\s+by\s+{_NAME}\s*,\s*moved"
    rf"|{_NAME}\s+moved\s*,\s*seconded\s+by\s+{_NAME}\s*,)\s+(?:as\s+an\s+amendment\s*,?\s+)?"
    r"(?P<what>that|to|not\s+to|approval|acceptance|rejection|refusal|deferral|the\s+recommendations?)\b",
    re.I,
)
"""The British council form: "Bailie A, seconded by Councillor B, moved that ...", "As an
amendment, the Convener, seconded by Councillor C, moved not to defer.": a motion, and amendments
to it, whose fate a division further down decides."""
_DIVISION = re.compile(
    r"\b(?:the\s+)?(?P<which>motion|amendment)\s+(?:was\s+)?(?:(?:declared|accordingly|duly|then)\s+)?"
    r"(?P<how>carried|agreed|passed|adopted|lost|defeated|fell|failed)\b",
    re.I,
)


def council_motion(line: Line) -> Hit | None:
    if line.bullet or "moved" not in line.text or len(line.text) > 2000:
        return None
    m = _COUNCIL_MOTION.match(line.text)
    if m is None:
        return None
    kind = "amendment" if m.group("amend") or " as an amendment" in line.text.lower() else "motion"
    what = m.group("what").lower()
    return Hit(kind=kind, rest=line.text[m.end() :].strip() if what == "that" else "")


def division(text: str) -> tuple[str, bool] | None:
    """Which of a motion and its amendment the vote decided, and whether it carried ("... whereupon
    the amendment was declared carried" -> ("amendment", True))."""
    if "motion" not in text.lower() and "amendment" not in text.lower():
        return None
    outcomes = list(_DIVISION.finditer(text))
    if not outcomes:
        return None
    last = outcomes[-1]
    return last.group("which").lower(), last.group("how").lower() not in (
        "lost",
        "defeated",
        "fell",
        "failed",
    )


MOTION_LEAD = re.compile(
    rf"^(?:motion\s*:\s*)?(?:(?:it\s+was\s+)?moved\s+by\s+{_NAME}|(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?by\s+{_NAME}"
    rf"|{_NAME}\s+moved)\s*,?\s+(?:and\s+)?seconded\s+by\s+{_NAME}\s*,?\s+",
    re.I,
)
"""Who moved and seconded a motion ("Motion by Park, seconded by Hart, "): not who acts on it."""
