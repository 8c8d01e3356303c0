"""Agreement written after what it agrees, as parish minutes do: a request told in one sentence
and "This was agreed" in the next ("Request by Mr T for a plaque in the Garden of Remembrance.
This was agreed at the appropriate cost"), or a notes line closed by its outcome ("Countryside
Agency - Common Land and Open Country - checked and agreed."). Either is a decision of the meeting;
an agreement dated elsewhere ("This was agreed at the last meeting", "... by the Cabinet") is not."""

from __future__ import annotations

import re

_AGREES_BEFORE = re.compile(
    r"^(?:this|that|which|the\s+(?:request|proposal|application|suggestion|recommendation))\s+was\s+"
    r"(?:duly\s+|unanimously\s+|then\s+)?(?:agreed|approved|granted|accepted|supported)\b"
    r"(?!\s+(?:at\s+(?:the|a|its)\s+(?:last|previous|earlier)|previously|in\s+\d|by\s+the\s+(?-i:[A-Z])))",
    re.I,
)
_AGREED_LINE = re.compile(
    r"\S\s[-–—]\s*(?:(?:checked|read|discussed|considered|reviewed)\s+and\s+)?(?:agreed|approved|accepted)\s*\.?$",
    re.I,
)


def agrees_the_sentence_before(sentence: str) -> bool:
    """ "This was agreed ...": the sentence before it, as agreed, is the decision."""
    return "was" in sentence and _AGREES_BEFORE.match(sentence) is not None


_RECOMMENDATIONS_AGREED = re.compile(
    r"^(?:the\s+|all\s+(?:the\s+)?)?(?:(?:officers?'?|report'?s?)\s+)?recommendations?"
    r"(?:\s+(?:\(?[a-z0-9]{1,4}\)?(?:\s*(?:,|and|&|to|-|–)\s*\(?[a-z0-9]{1,4}\)?){0,8}))?\s+(?:(?:was|were)\s+)?"
    r"(?:(?:duly|unanimously|then)\s+)?(?:agreed|approved|accepted|endorsed|adopted)"
    r"(?:\s+(?:unanimously|as\s+(?:set\s+out|recommended|printed|circulated)[^.;]{0,60}))?\s*\.?$",
    re.I,
)
"""A closing sentence that adopts what the report recommends: "Recommendation agreed.",
"Recommendations 1 to 3 were approved.", "The recommendations were agreed as set out in the report."."""


def agreed_outcome_line(sentence: str) -> bool:
    """ "Topic - checked and agreed.": a notes line closed by its agreement; "Recommendations
    agreed." after the discussion of a report."""
    if len(sentence) <= 200 and "ecommendation" in sentence and _RECOMMENDATIONS_AGREED.match(sentence):
        return True
    if len(sentence) > 300 or not ("-" in sentence or "–" in sentence or "—" in sentence):
        return False
    tail = sentence[-40:].lower()
    return ("agreed" in tail or "approved" in tail or "accepted" in tail) and _AGREED_LINE.search(
        sentence
    ) is not None


_GRANTED_REQUEST = re.compile(
    r"^(?:an?\s+)?(?:request|application)\s+(?:by|from)\b[^.]{0,300}\.\s+(?:this|that|which|the\s+(?:request|application))"
    r"\s+was\s+(?:duly\s+|unanimously\s+)?(?:agreed|approved|granted|accepted)\b",
    re.I,
)


def granted_request(decision: str) -> bool:
    """ "Request by Mr T for a plaque ... This was agreed": permission granted to the one who asked;
    the acting is theirs, not the council's (dev2 convention)."""
    return _GRANTED_REQUEST.match(decision) is not None
