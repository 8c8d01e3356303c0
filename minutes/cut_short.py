"""A point the document stops in the middle of.

Minutes often reach us as a page excerpt or a file cut at a size limit, so the text can end mid-word
("2. That the f", "Agreed: The Committee agr", "It was resolved to"). What is left of such a point
says nothing a committee decided; it is dropped. A point cut later ("That the Clerk writes to the
landowner about the hed") still says what was decided and is kept."""

from __future__ import annotations

import re

from minutes.model import Resolution

_ENDS_A_SENTENCE = frozenset(".!?)]\"'’”:;")
_WORD = re.compile(r"[A-Za-z]+")
_STEM_WORDS = frozenset(
    [
        "that",
        "it",
        "was",
        "were",
        "is",
        "be",
        "been",
        "resolved",
        "agreed",
        "decided",
        "to",
        "the",
        "a",
        "an",
        "of",
        "and",
        "by",
        "for",
        "in",
        "on",
        "with",
        "this",
        "these",
        "those",
        "following",
        "as",
        "we",
        "they",
        "committee",
        "council",
        "board",
        "panel",
        "cabinet",
        "commission",
        "group",
        "members",
        "sub-committee",
        "forum",
        "after",
        "following",
        "some",
        "further",
        "brief",
        "long",
        "discussion",
        "unanimously",
        "also",
    ]
)
"""The words of a decision's stem, and of the lead-in before it ("After discussion it was agreed that")."""
_WHOLE_OUTCOMES = frozenset(
    [
        "noted",
        "agreed",
        "approved",
        "carried",
        "accepted",
        "received",
        "adopted",
        "resolved",
        "deferred",
        "refused",
        "endorsed",
    ]
)
_TAIL = 400


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def left_unfinished(resolution: Resolution, document_tail: str) -> bool:
    """True when the document stops inside this point before it says anything: the text ends it,
    with no closing stop, and at most one word of it is more than the stem of a decision."""
    text = _collapsed(resolution.text)
    if not text or text[-1] in _ENDS_A_SENTENCE or not document_tail.lower().endswith(text[-40:].lower()):
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    content = [w for w in words if w not in _STEM_WORDS]
    if not content:
        return True
    return len(content) == 1 and content[0] not in _WHOLE_OUTCOMES


def without_cut_off_point(resolutions: list[Resolution], text: str) -> list[Resolution]:
    """The points, less the last one when the document stops inside it (see `left_unfinished`)."""
    if not resolutions:
        return resolutions
    tail = _collapsed(text[-_TAIL:])
    if not tail or tail[-1] in _ENDS_A_SENTENCE or not left_unfinished(resolutions[-1], tail):
        return resolutions
    return resolutions[:-1]
