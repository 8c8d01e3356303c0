"""A parish or town council's answer to a planning application, written as a notes line: "Mill
Farm - extension - recommend approval.", "H15-0575-21 4 Watergate Lane extension- no objection",
"25/0123/HH The Old Forge -Recommend Refusal". It is a recommendation to the planning authority,
which someone must send: an action. "Coachmans Cottage - approved by Parish Council" in a list of
planning decisions records the parish's own view, with nothing left to do."""

from __future__ import annotations

import re

_PLANNING_VIEW = re.compile(
    r"(?:^|[-–—]\s*|,\s+|\.\s+|(?<=[a-z0-9]\s)(?=(?-i:[A-Z])))(?:we\s+|the\s+(?:parish\s+|town\s+)?council\s+)?"
    r"(?:recommends?|recommended|supports?|supported)\s+(?:approval|refusal)\b"
    r"|\b(?:no\s+objections?|object(?:s|ed)?\s+to\s+the\s+application)\s*\.?$"
    r"|[,–—-]\s*(?:the\s+)?application\s+(?:was\s+)?(?:supported|not\s+supported|opposed)"
    r"(?:\s*,\s*(?:all\s+)?(?:councillors|members)\s+(?:agreed|in\s+favou?r))?\s*\.?$"
    r"|\b(?:raised|had|have|has|made)\s+no\s+objections?\s+to\s+(?:this|the)\s+(?:planning\s+)?application\s*\.?$"
    r"|\b(?:application\s+(?:was|is)|(?:(?:both|all|each)(?:\s+(?:of\s+the\s+)?applications?)?|it|they)\s+(?:to\s+be|were|was|are))"
    r"\s+recommended\s+for\s+"
    r"(?:approval|refusal)\s*\.?$",
    re.I,
)
"""Also the answer told in the passive ("The application was recommended for approval.", "... Cavenham
Road - both to be recommended for approval.", "... (13/00412/F), application supported, all Councillors
agreed")."""
_OWN_PLANNING_VIEW = re.compile(
    r"\s[-–—]\s*(?:approved|refused|supported|not\s+supported|objected\s+to)\s+by\s+(?:the\s+)?"
    r"(?:parish|town|community)\s+council\s*\.?$",
    re.I,
)
_NO_OBJECTION = re.compile(
    r"[-–—:]\s*no\s+objections?\s*\.?$"
    r"|\b(?:raised|had|have|has|made)\s+no\s+objections?\s+to\s+(?:this|the)\s+(?:planning\s+)?application\s*\.?$",
    re.I,
)
"""The answer written after the application, as a notes line closes: "extension- no objection", or
told of the members: "Members raised no objections to this application."."""


def planning_view(text: str) -> bool:
    return (
        _PLANNING_VIEW.search(text) is not None
        or _COUNCIL_VIEW.search(text) is not None
        or referenced_answer(text)
    ) and _REPORTED_VIEW.search(text) is None


_COUNCIL_VIEW = re.compile(
    r"(?:^|[-–—]\s*|[.;]\s+|(?<=[a-z0-9]\s)(?=(?-i:The)\s))(?:the\s+(?:parish\s+|town\s+|community\s+)?council|(?:the\s+)?councillors"
    r"|members|we)\s+(?:(?:supports?|supported|object(?:s|ed)?\s+(?:unanimously\s+)?to|voted\s+(?:unanimously\s+)?to\s+(?:support"
    r"|object\s+to))\s+(?:this|the)\s+(?:planning\s+)?application\b(?=\s*(?:[.;]|$|by\s+(?:a\s+)?(?:vote|majority)\b))"
    r"|object(?:s|ed)?\s+(?:unanimously\s+)?to\s+the\s+(?:retention|erection|demolition|removal|proposed|change\s+of\s+use)\b)",
    re.I,
)
"""The council's answer told as a sentence under the application, or on the line under it where a
list runs the lines together ("WD/31/1703/F – Perros, Church Lane Demolition of the dwelling The Council
support this application"): "The Council objects to this application.", "Councillors voted unanimously to
support this application", "The councillors objected to this application by a vote of 10 to 1.",
"The councillors objected unanimously to the retention of the windows."."""


def council_view_in(paragraph: str) -> bool:
    """Whether a paragraph holds the council's answer to an application as a sentence of its own."""
    return (
        "application" in paragraph.lower() and _COUNCIL_VIEW.search(paragraph) is not None
    ) or referenced_answer(paragraph)


_REPORTED_VIEW = re.compile(
    r"\b(?:reported|said|stated|advised|informed|confirmed|explained)\b[^.;]{0,80}?\bthat\b|\bhad\s+(?:offered|raised|made)\b",
    re.I,
)
"""Another body's view told in the discussion ("The Chairman reported that Historic England had
offered no objections."): the council has not answered yet."""


def answers_the_application(text: str) -> bool:
    """ "... extension - no objection", "15/01102/FUL 3 Thurleigh Road. Garage. No objections.": the
    parish's answer to send to the planning authority (a plain "The Committee raised no objection"
    tells the discussion)."""
    low = text.lower()
    if ("application" in low or "object" in low) and _COUNCIL_VIEW.search(text) is not None:
        return _REPORTED_VIEW.search(text) is None
    if referenced_answer(text):
        return _REPORTED_VIEW.search(text) is None
    if "objection" not in text.lower():
        return False
    return _NO_OBJECTION.search(text) is not None or (
        _APPLICATION_REF.match(text) is not None and _CLOSING_NO_OBJECTION.search(text) is not None
    )


_CLOSING_NO_OBJECTION = re.compile(r"\bno\s+objections?\s*\.?$", re.I)


def own_planning_view(text: str) -> bool:
    """The parish's view recorded in a list of planning decisions: nothing is left to do."""
    return "council" in text.lower() and _OWN_PLANNING_VIEW.search(text) is not None


_BARE_VIEW = re.compile(
    r"^(?:no\s+(?:objections?|observations?)|(?:we\s+)?(?:recommend(?:s|ed)?|support(?:s|ed)?)\s+(?:approval|refusal)"
    r"|(?:the\s+(?:parish\s+|town\s+|community\s+)?council|members)\s+(?:supports?|object(?:s|ed)?\s+to)\s+(?:this|the)\s+"
    r"(?:planning\s+)?application"
    r"|(?:the\s+(?:parish\s+|town\s+|community\s+)?council|members|councillors)\s+(?:had|has|have|raised)\s+no\s+objections?)\s*\.?$",
    re.I,
)
_APPLICATION_REF = re.compile(r"^(?:[A-Z]{1,3}[/ -]?)?\d{2,4}[/-]\d{3,6}(?:[/-][A-Z0-9]{2,8})*\b")
"""A planning application's reference ("15/00881/FUL", "H15-0575-21", "DC/21/01234")."""
_ANSWER = (
    r"(?:(?:the\s+)?(?:parish\s+|town\s+|community\s+)?council\s+)?"
    r"(?:objection|objects?|objected|support(?:s|ed)?)(?:\s*[.;]?\s*$|\s*[-–—:,]\s*\S[^–—]{0,160}$"
    r"|\s+(?:to\s+(?:this|the)\s+(?:planning\s+)?application\b|(?:on|upon)\s+(?:the\s+)?grounds?\b|due\s+to\b|because\b)[^–—]{0,160}$)"
)
_ANSWER_AFTER_DASH = re.compile(rf"(?:\s[-–—]\s*|\.\s+){_ANSWER}", re.I)
_ANSWER_SENTENCE = re.compile(rf"^{_ANSWER}", re.I)


def referenced_answer(text: str) -> bool:
    """ "26/00146/HH – 3 High St, new porch – Objection.", "... – Council objects on grounds of
    overdevelopment.", "... – Support", "... 12 dwellings. The Council objects on the grounds of highway
    safety.": the council's answer after a listed application, which the clerk sends to the planning
    authority, as "– No objection" is."""
    return _APPLICATION_REF.match(text) is not None and _ANSWER_AFTER_DASH.search(text) is not None


def view_closes_application(sentences: list[str], at: int) -> bool:
    """ "15/00881/FUL Lower School, Thurleigh Road. Installation of a games area. No objections.", "...
    12 dwellings. The Council objects on the grounds of highway safety.": the bare answer closes the
    application it answers, and the two are one decision."""
    return (
        at > 0
        and (_BARE_VIEW.match(sentences[at]) is not None or _ANSWER_SENTENCE.match(sentences[at]) is not None)
        and _APPLICATION_REF.match(sentences[0]) is not None
    )


def answers_application_above(text: str, above: str) -> bool:
    """A bare answer on the line under a listed application ("• 25/0123/FUL – Mill Farm" / "Rear
    extension" / "No objection"): the answer closes that application's entry."""
    return _BARE_VIEW.match(text) is not None and _APPLICATION_REF.match(above) is not None


_ANSWERS_BEFORE = re.compile(
    r"^(?:(?:both|all|each)(?:\s+(?:of\s+the\s+)?applications?)?|it|they)\s+(?:to\s+be|were|was|are)\s+recommended\s+for\s+"
    r"(?:approval|refusal)\s*\.?$",
    re.I,
)


def answers_applications_before(sentence: str) -> bool:
    """ "Both applications to be recommended for approval.": the answer names the applications only by
    pointing back at the sentences that list them, and is one decision with them."""
    return _ANSWERS_BEFORE.match(sentence) is not None
