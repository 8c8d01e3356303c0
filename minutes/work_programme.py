"""Does an action feed the work programme: is a topic, report or update to come to a future meeting
of this body (or a named body), or onto its programme (shared/eval/dev2/README.md, "work_programme")?"""

from __future__ import annotations

import re

from minutes.action_words import ONTO_PROGRAMME
from minutes.commitments import IN_MONTHS, deferred
from minutes.due import without_new_wording

_WORK_PROGRAMME = re.compile(
    r"\bwork\s+programme\b|\bforward\s+(?:work\s+)?plan\b|\b(?:future|next|later|subsequent)\s+(?:(?:formal|ordinary|full|available|scheduled|regular|appropriate|(?-i:[A-Z])[\w-]*)\s+){0,2}(?:meeting|commission|committee|panel|board|session|forum)s?\b"
    r"|\b(?:at|to)\s+(?:each|every|all\s+future)\s+meetings?\b|\breport\s+(?:[\w-]+\s+){1,3}back\b"
    r"|\bupdate\s+(?:the\s+)?(?:committee|commission|panel|board|sub-committee)\b"
    r"|\b(?:further|progress|regular)\s+reports?\s+(?:be|to\s+be)\s+(?:made|submitted|presented|brought)\b"
    r"|\bnext\s+agenda\b|\b(?:when|once)\s+(?:appropriate|available)\b|\breport(?:ed)?\s+back\b|\bcome\s+(?:back\s+)?to\b|\bbrought\s+(?:back\s+)?to\b"
    r"|\bbring\s+back\s+(?:(?:an?|the|further)\s+)?(?:[\w'’-]+\s+){0,2}?(?:report|plan|proposal|option|update|recommendation"
    r"|information|details|figures|cost|quote|policy|draft)s?\b|\bbring\s+(?:[\w'’-]+\s+){1,6}?back\s+(?:to|at|before)\s+"
    r"(?:the|a|this|its|council|committee|board)\b|\breturn\s+with\b"
    r"|\breturn\s+to\s+(?:the|this|a\s+future)\s+(?:[\w'’-]+\s+){0,3}?(?:committee|cabinet|panel|board|meeting)\b"
    r"|\bagenda\s+(?:would|will|should|shall|to)\s+include\b|\bagenda\s+for\s+(?:the\s+)?(?:next|future|\d)"
    r"|\b(?:added|put|placed)\s+(?:on|to|onto)\s+(?:the\s+|a\s+)?(?:[\w'’]+\s+){0,3}agenda\b"
    rf"|{ONTO_PROGRAMME}"
    r"|\b(?:submitted|presented)\s+(?:back\s+)?to\s+(?:the|this)\s+(?:committee|commission|panel|board|sub-committee)\b"
    r"|\b(?:receives?|request(?:s|ed)?|have)\s+(?:an?\s+)?(?:further\s+|detailed\s+|progress\s+|regular\s+)?(?:update|report)s?\b(?!\s+(?:be\s+)?(?:circulated|sent|emailed))"
    r"|\b(?:to|at|attend)\s+(?:the|its)\s+(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s+\d{4})?\s+(?:(?:(?-i:[A-Z])[\w-]*\s+){0,3}meeting|(?-i:Board|Committee|Panel|Cabinet|Commission|Council))\b"
    r"|\b(?:reports?|results?|findings|outcomes?|information|review|updates?|progress|feedback|evaluation)\b[^.;]{0,100}?"
    r"\b(?:be|and)\s+(?:also\s+)?(?:reported|presented)\s+(?:back\s+)?to\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w&'’-]*|and|of|&)\s+){0,6}?"
    r"(?:cabinet|council|committee|commission|board|panel|executive|forum)s?\b"
    r"|\b(?:updates?|reports?|briefings?)\b[^.;]{0,80}?\b(?:be|to\s+be)\s+(?:provided|presented|given|brought|submitted|made)\b"
    rf"[^.;]{{0,40}}?\b{IN_MONTHS}"
    r"|\b(?:to|at)\s+(?:the\s+|its\s+)?(?:[\w'’]+\s+){0,2}(?:meeting|committee|cabinet|panel|board|commission|executive)\s+(?:meeting\s+)?(?:on|in)\s+"
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}|(?-i:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b)",
    re.I,
)
_OUTSIDE = re.compile(
    r"\boutside\s+(?:of\s+)?the\s+meeting\b|\bby\s+e-?mail\b|\bcirculated\s+to\s+(?:all\s+)?members\b", re.I
)


_EXTRA_MEETING = re.compile(
    r"\b(?:special|additional|extra|extraordinary)\s+meeting\b[^.;]{0,120}?\bto\s+(?:consider|discuss|review|receive)\b",
    re.I,
)
"""A meeting called for a matter ("an additional meeting be arranged for early February to consider
..."): the matter is on the committee's programme."""


_OFF_PROGRAMME = re.compile(
    r"\b(?:deleted|removed|taken|dropped|withdrawn)\s+(?:from|off)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:work\s+programme|forward\s+plan)\b"
    r"|\b(?:regarding|concerning|about)\s+(?:the\s+)?(?:new\s+)?(?:work\s+programme|forward\s+plan)\s+item\b",
    re.I,
)
"""The work programme named without anything coming to a meeting: an item taken off it, or a
conversation about one of its items."""


def feeds_work_programme(text: str) -> bool:
    """Asks for a topic, report or update to come to a future meeting or onto the work programme."""
    text = _OFF_PROGRAMME.sub(" ", without_new_wording(text))
    if re.search(r"\bwork\s+programme\b|\bforward\s+plan\b", text, re.I) or deferred(text):
        return True
    if _EXTRA_MEETING.search(text):
        return True
    if _OUTSIDE.search(text) and not re.search(r"\b(?:future|next)\s+meeting", text, re.I):
        return False
    return _WORK_PROGRAMME.search(text) is not None
