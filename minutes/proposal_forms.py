"""How minutes tell a proposal carried, a vote, and an election in a sentence ("Mr A proposed
acceptance of the accounts, seconded by Mrs B and unanimously agreed", "Proposed Cllr A, seconded
Cllr B, all in favour.", "Cllr Moss was elected as Vice Chairman"): the forms narrative_decisions.py
reads a paragraph's decisions by; and a proposal under its own label, adopted by an outcome lines
below it ("Proposal: ..." over "Decision: Approved")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.sentence_split import sentences
from minutes.tags import Tag, Tagged

PROPOSED = re.compile(
    r"\bproposed\b[^.;]{0,300}?\bseconded\b[^.;]{0,300}\b(?:and|,)\s+(?:(?:it|this)\s+was\s+|was\s+|the\s+meeting\s+|members\s+)?"
    r"(?:(?:then\s+)?unanimously\s+|duly\s+)?(?:agreed|resolved|carried(?:\s+unanimously)?|approved"
    r"|all\s+(?:members\s+|councillors\s+)?(?:were\s+)?in\s+favou?r)"
    r"(?:\s+by\s+(?:the\s+meeting|all(?:\s+members)?|members|a\s+majority))?\s*[.!]?$"
    r"|^it\s+was\s+proposed\s+by\b[^.;]{0,300}?\bseconded\b[^.;]{0,300}?\b(?:agreed|resolved|carried(?:\s+unanimously)?"
    r"|in\s+favou?r)\s*,?\s+that\b"
    r"|^it\s+was\s+(?:proposed|moved)\s+and\s+(?:unanimously\s+)?(?:agreed|resolved|carried)(?:\s+unanimously)?\s*,?\s+that\b",
    re.I,
)
""""Mr A proposed acceptance of the accounts, seconded by Mrs B and unanimously agreed", "Cllr A
proposed the grant be paid, seconded Cllr B, all in favour", "It was proposed by Cllr A,
seconded by Cllr B and agreed that ...", "It was proposed and agreed that ...": the proposal, as
carried, is the decision."""
VOTE = re.compile(
    r"^(?:proposed|moved)(?:\s+by)?\s*:?\s*(?:(?:cllr\.?|councillor|mrs?|ms|dr)\s+)?(?-i:[A-Z])[\w.'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s*[,;.]?\s*(?:and\s+)?seconded(?:\s+by)?\s*:?\s*"
    r"(?:(?:cllr\.?|councillor|mrs?|ms|dr)\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s*[,;.]?"
    r"(?:\s*(?:and\s+)?(?:all\s+(?:members\s+|councillors\s+)?(?:were\s+)?in\s+favou?r|carried|agreed|resolved"
    r"|unanimous(?:ly)?(?:\s+(?:agreed|carried|resolved))?|nem\.?\s*con\.?)\b[^.;]{0,30})?\s*[.;]?$",
    re.I,
)
"""A bare vote after a sentence ("Proposed Cllr A, seconded Cllr B, all in favour.", "Proposed:
Cllr A; Seconded: Cllr B; All in favour"): the sentence before it was carried."""
PROPOSED_ALL_IN_FAVOUR = re.compile(
    r"\b(?:proposed|moved)\s+(?:that|to)\b[^.;]{3,300}?(?:,\s*|\s+)and\s+all\s+(?:members\s+|councillors\s+|present\s+)?"
    r"(?:were\s+)?in\s+favou?r\s*[.!]?$",
    re.I,
)
""""IP proposed that we hold this item over until the next meeting and all were in favour.": a
proposal with no seconder named, carried by all."""
ELECTED = re.compile(
    r"\b(?:(?:was|were|is)\s+)?(?:duly\s+)?(?:re-?)?elected\s+(?:as\s+|for\s+)?(?:the\s+)?(?:chair|vice|deputy|president"
    r"|secretary|treasurer)"
    r"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:appointed|confirmed)\s+as\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:chair\w*|vice[- ]chair\w*|representatives?|members?)\b"
    r"|\b(?:was|were)\s+(?:duly\s+)?(?:re-?)?elected\s+(?:unanimously|nem\.?\s*con\.?|by\s+(?:a\s+majority|acclamation))\s*\.?$",
    re.I,
)
""""Cllr Moss was elected as Vice Chairman", "Cllr Dixon was appointed as representative to the
Panel", "Cllr Broom was confirmed as Chair of the Task and Finish Group", "There were no other
nominations, Cllr Wilson was elected unanimously.": an election or an appointment is a decision of
the meeting."""
NOMINATION = re.compile(
    r"\bseconded\b[^.;]{0,80}?\bthat\s+(?:cllr\.?\s+|councillor\s+)?(?:[\w'’.-]+\s+){1,4}?be\s+(?:appointed\s+|elected\s+)?(?:as\s+)?"
    r"(?:the\s+)?(?:vice[- ]?|deputy\s+)?(?:chair\w*|r\.?f\.?o\.?|treasurer|secretary|president|mayor|representative)\b",
    re.I,
)
""""Cllr Mrs Penketh proposed and Cllr Mrs Patrick seconded that Cllr Wilson be Chairman": a
nomination, which the election told after it decides."""
CO_OPTED = re.compile(
    r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?co-opted\b"
    r"|^(?:the\s+)?(?:[\w'’.-]+\s+){0,3}(?:council|committee|board|members|councillors)\s+(?:then\s+|duly\s+|unanimously\s+)?co-opted\b"
    r"|\bmade\s+(?:him|her|them)sel(?:f|ves)\s+available\s+for\s+co-option\b",
    re.I,
)
""""Mrs A made herself available for co-option and was co-opted", "The Parish Council co-opted Mr
Ferguson as a new councillor": a co-option is the meeting's decision."""
PROPOSAL = re.compile(
    r"^(?:[\w'’.-]+\s+){1,4}(?:proposed|moved|suggested|(?:advised?|recommended)(?=\s+that\b))\s+(?:that\s+|to\s+)?"
    r"(?!adjourn)\S|^(?:a\s+)?motion\s+to\s+(?!adjourn)\S",
    re.I,
)
""""Tom proposed moving the release to March." then "Agreed.", "The clerk advised that we sign up to the
licence." then "All agreed.", "Motion to approve the consent agenda made by
Smith, seconded by Jones." then "Motion carried 4-0.": the vote carries the proposal. A motion to
adjourn ends the meeting and leaves nothing to follow up."""


_PROPOSAL_TITLES = frozenset({"proposal", "motion", "proposition"})
_VOTE_FIELDS = frozenset(
    {
        "votes",
        "vote",
        "in favour",
        "in favor",
        "against",
        "abstain",
        "abstentions",
        "proposer",
        "seconder",
        "notes",
    }
)
_LOOK_BACK = 6
_ADOPTED = re.compile(
    r"^\s*[-–—:]?\s*(?:(?:approved|agreed|carried|adopted|passed|accepted|resolved)(?:\s+unanimously)?)?\s*\.?\s*$",
    re.I,
)
"""An outcome that adopts what was put ("RESOLVED.", "Decision: Approved") and names nothing of its own."""
_LOST = re.compile(r"^\s*[-–—:]?\s*(?:rejected|lost|defeated|not\s+carried|fell|declined)\s*\.?\s*$", re.I)
_SECONDED_ON = re.compile(r",\s*(?:proposed|moved)\b", re.I)


def proposal_above(lines: Sequence[Tagged], i: int, rest: str) -> tuple[str | None] | None:
    """What an outcome with nothing of its own (`rest`: "", "Approved", "Rejected") at `lines[i]`
    decides, when a labelled proposal stands a few lines above it ("Proposal: To have the next
    edition printed ...", then "Proposed Cllr A, Seconded Cllr B and unanimously in favour." and
    "RESOLVED."; a project committee's "Proposal: spend €7.5k ..." over "Votes: ..." and "Decision:
    Approved"): (the motion's first sentence,) when it carried, (None,) when it fell, None when no
    proposal is above."""
    adopted = _ADOPTED.match(rest) is not None
    if not adopted and _LOST.match(rest) is None:
        return None
    for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        item = lines[j].hit.item if lines[j].tag is Tag.HEADING else None
        if item is None:
            continue
        title = item.title.strip().lower()
        if title in _VOTE_FIELDS:
            continue
        if title not in _PROPOSAL_TITLES:
            return None
        if j + 1 >= i or lines[j + 1].tag is Tag.HEADING:
            return None
        if not adopted:
            return (None,)
        said = sentences(lines[j + 1].text)[0]
        cut = _SECONDED_ON.search(said)
        return (said[: cut.start()] if cut else said,)
    return None
