"""Agreement written after what it agrees, as parish minutes do: a request told in one sentence
and "This was agreed" in the next ("Request by Mr T for a plaque in the Garden of Remembrance.
This was agreed at the appropriate cost"), or a notes line closed by its outcome ("Countryside
Agency - Common Land and Open Country - checked and agreed."), or a motion and "This was carried
unanimously." or "The motion passed unanimously (5-0)." after it. Either is a decision of the meeting;
an agreement dated elsewhere ("This was agreed at the last meeting", "... by the Cabinet") is not.
`CLOSES_DECISION` is a sentence that only closes the decision before it: its vote ("Carried.",
"Seconded by JP, and resolved.") or who acts on it ("Clerk to action.")."""

from __future__ import annotations

import re

from minutes.body_decisions import FORMAL_BODY

_AGREES_BEFORE = re.compile(
    r"^(?:the\s+)?motion\s+(?:was\s+)?(?:duly\s+|unanimously\s+)?(?:carried|passed|adopted)\b"
    r"|^(?:this|that|which|the\s+(?:request|proposal|application|suggestion|recommendation))\s+was\s+"
    r"(?:duly\s+|unanimously\s+|then\s+)?(?:agreed|approved|granted|accepted|supported|carried(?!\s+(?:forward|over|out|through))|passed)\b"
    r"(?!\s+(?:at\s+(?:the|a|its)\s+(?:last|previous|earlier)|previously|in\s+\d|by\s+the\s+(?-i:[A-Z])))"
    r"|^it\s+was\s+(?:duly\s+|unanimously\s+|then\s+)?(?:agreed|resolved|decided)\s+(?:that\s+)?"
    r"(?:this|it(?=\s+(?:should|would|could|will|can|must)\s+be\s+(?!(?:better|best|good|sensible|wise|useful|helpful"
    r"|appropriate|prudent|preferable|advisable|necessary|possible|worth)\b)))\s+(?:should|would|could|will|can|must|be)\b",
    re.I,
)
"""The second form names what it agrees only by pointing back to it: "Northwold Tennis Club has asked
to plant a hedge by the court. It was agreed this should be allowed." ("it would be better to wait"
is agreed on its own terms)."""
_AGREED_LINE = re.compile(
    r"\S\s[-–—]\s*(?:(?:checked|read|discussed|considered|reviewed)\s+and\s+)?(?:agreed|approved|accepted)\s*\.?$",
    re.I,
)


VOTE_ONLY = re.compile(
    r"\bvote\b|^(?:ayes?\b|nays?\b|all\s+in\s+favou?r\b|carried\b|unanimous)"
    r"|\bsecond(?:ed|s)?\s+(?:the\s+)?motion\b|^[\w.'’ ]{1,40}\s+second(?:ed|s)?\.?$|\badjourn",
    re.I,
)
"""A sentence that is itself a vote ("All in favor.", "Roll Call Vote: Ayes: ...", "Reyes second the
motion.") or a motion to adjourn: "Motion carried." after it agrees no proposal to follow up."""


def agrees_the_sentence_before(sentence: str) -> bool:
    """ "This was agreed ...": the sentence before it, as agreed, is the decision."""
    return ("was" in sentence or "otion" in sentence) and _AGREES_BEFORE.match(sentence) is not None


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
    r"^(?:(?:an?\s+)?(?:request|application)\s+(?:by|from)\b|[^.]{1,120}?\b(?:has|had|have)\s+(?:requested|asked\s+for|sought)"
    r"\s+permission\b)(?:[^.]{0,300}\.\s+|[^.]{0,300}?,?\s+and\s+(?=(?:this|that|which)\s))(?:(?:this|that|which|the\s+(?:request|application))"
    r"\s+was\s+(?:duly\s+|unanimously\s+)?(?:agreed|approved|granted|accepted)\b"
    r"|it\s+was\s+(?:unanimously\s+)?agreed\s+(?:that\s+)?(?:this|it)\s+(?:should|would|could|can)\s+be\s+(?:allowed|granted|permitted)\b)",
    re.I,
)


def granted_request(decision: str) -> bool:
    """ "Request by Mr T for a plaque ... This was agreed", "The Tennis Club has requested permission to
        plant a hedge ... It was agreed this should be allowed", "... had requested permission to attend the Budget
    Meeting and this was agreed": permission granted to the one who asked;
        the acting is theirs, not the council's (dev2 convention)."""
    return _GRANTED_REQUEST.match(decision) is not None


CLOSES_DECISION = re.compile(
    r"^(?:(?:upon|on|after)\s+(?:the|a)\s+vote\s*,?\s+|on\s+being\s+put\s+to\s+the\s+vote\s*,?\s+)?"
    r"(?:(?:the\s+)?(?:motion|proposal|resolution|amendment|recommendation)s?\s+(?:(?:was|were)\s+(?:declared\s+)?)?|it\s+was\s+)?"
    r"(?:unanimously\s+)?(?:carried|agreed|approved|passed|adopted)(?:\s+(?:unanimously|nem\.?\s*con\.?"
    r"|by\s+(?:an?\s+)?(?:(?:recorded|roll[- ]call|unanimous|majority)\s+)?vote\s+of\b[^.!]{0,400}|by\s+[^.;]{1,40}"
    r"|\(?\d{1,2}\s*[-–]\s*\d{1,2}\)?))?\s*[.!]?$"
    r"|^(?:(?:upon|on|after)\s+(?:the|a)\s+vote\s*,?\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:committee|council|panel|board|members"
    r"|meeting|group)\s+(?:then\s+)?voted\s+(?:unanimously\s+)?in\s+favou?r(?:\s+of\s+(?:the|this)\s+(?:proposal|motion))?\s*[.!]?$"
    r"|^seconded\s+(?:by\s+)?(?:(?:cllr\.?|councillor|mrs?\.?|ms\.?|dr\.?)\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}"
    r"\s*,?\s*(?:and\s+)?(?:resolved|agreed|carried)(?:\s+unanimously)?\s*\.?$"
    r"|^(?:the\s+)?vote\s+(?:was\s+)?unanimous\s*[;,]\s*(?:the\s+)?motion\s+(?:was\s+)?(?:carried|passed)\s*[.!]?$"
    r"|^(?:all\s+(?:ayes|voted\s+(?:aye|yes|in\s+favou?r))|(?:the\s+)?vote\s*(?:was\s*)?:?\s*\d{1,2}\s*[-–]\s*\d{1,2}"
    r"|ayes?\s*[:\-–]?\s*\d{1,2}\s*[,;]?\s*(?:nays?|noes|no)\s*[:\-–]?\s*\d{1,2})\b[^.;]{0,40}[.!]?$"
    r"|^(?:(?:mr|mrs|ms|dr|cllr|councillor|commissioner|trustee|selectman)\.?\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}"
    r"\s+seconded(?:\s+the\s+motion)?\s*,?\s*(?:and\s+)?(?:it|the\s+motion)\s+(?:passed|carried)"
    r"(?:\s+unanimously|\s+\d{1,2}\s*[-–]\s*\d{1,2})?\s*\.?$"
    r"|^\(\s*(?-i:[A-Z]{2,4})(?:\s*[/&,]\s*(?-i:[A-Z]{2,4}))*\s*\)\s*\.?$"
    r"|^(?:the\s+)?(?:clerk|chair(?:man)?|(?-i:[A-Z]{2,4})(?:\s*[/&]\s*(?-i:[A-Z]{2,4}))*)\s+to\s+action\s*\.?$"
    r"|^(?:(?:the\s+)?(?:meeting|members|councillors|council|committee)|all(?:\s+members|\s+councillors)?|everyone)\s+"
    r"(?:present\s+)?(?:were\s+)?(?:then\s+)?(?:unanimously\s+)?(?:agreed|in\s+(?:agreement|favou?r))(?:\s+unanimously)?(?:\s*[,–—-]?\s*(?:(?:by|on)\s+(?:a\s+)?)?show\s+of\s+hands)?\s*[.!]?$",
    re.I,
)
"""A sentence that only closes the decision before it: the vote ("Carried.", "Upon the vote, the
committee voted unanimously in favour of the proposal.", "The meeting unanimously agreed.", "All agreed.") or who acts on it ("(SS/FR/PC)", "Clerk to
action.")."""


_AGREED_AFTER = re.compile(
    r"\b(?:suggest(?:ed|ion)|propos(?:ed|al)|recommend(?:ed|ation)|asked|requested|put\s+forward)\b[^;]{3,300}?"
    r"(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(?:this|that|which|it)\s+was\s+(?:duly\s+|unanimously\s+|then\s+)?"
    r"(?:agreed|approved|accepted|supported)(?:\s+by\s+(?:all\s+)?(?:those\s+present|members|councillors|the\s+\w+))?"
    r"(?:\s+unanimously)?\s*[.!]?$",
    re.I,
)
_VOTED_FOR = re.compile(
    rf"^(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{FORMAL_BODY}|members|councillors|trustees|governors)\s+"
    r"(?:then\s+)?voted\s+(?:unanimously\s+)?in\s+favou?r\s+of\s+(?:the\s+)?(?:proposal|motion|recommendation|suggestion)s?"
    r"\s+(?:to|that)\s+\S",
    re.I,
)


_ALL_AGREED_TAIL = re.compile(
    r"\b(?:suggest(?:ed|ion)|propos(?:ed|al)|recommend(?:ed|ation))\s+(?:that|to)\b[^;]{3,300}?\s[-–—,;]\s*"
    r"(?:all|everyone|unanimously)\s+(?:were\s+)?(?:agreed|in\s+(?:favou?r|agreement))\s*[.!]?$",
    re.I,
)
"""The agreement closing the proposal's own sentence after a dash or comma: "Mrs Fisher proposed that
the matter would be discussed during the January meeting - all agreed."."""


def agreed_in_the_sentence(sentence: str) -> bool:
    """A proposal and its agreement in one sentence: "The Chair suggested that the item come back to
    the next meeting, which was agreed.", "Cllr Hale proposed a new bench, and this was agreed.",
    "Members voted in favour of the proposal to install a bench."."""
    low = sentence.lower()
    if "voted" in low and _VOTED_FOR.match(sentence):
        return True
    if ("all " in low or "unanimously" in low or "everyone" in low) and _ALL_AGREED_TAIL.search(sentence):
        return True
    return " was " in low and _AGREED_AFTER.search(sentence) is not None
