"""Points that hand a power on or say who sits on a body: delegations, authorities and membership.
The conventions count none of them as an action, since what they allow is done, if at all, at the
discretion of the one authorised; unless the point also asks for a report back."""

from __future__ import annotations

import re

_STANDING = re.compile(
    r"\bauthori[sz]ed\s+(?:by\s+(?:the\s+)?\w+(?:\s+\w+)?\s+)?to\s+represent\b"
    r"|\b(?:be|is|are)\s+(?:hereby\s+)?(?:authori[sz]ed|approved|empowered|permitted)\s+to\b[^.;]{0,200}?\b(?:as\s+(?:necessary"
    r"|required|appropriate|needed)|as\s+the\s+need\s+arises|between\s+meetings|if\s+(?:necessary|required)"
    r"|where\s+(?:necessary|appropriate)|from\s+time\s+to\s+time|may\s+arise|on\s+an?\s+\w+(?:\s+by\s+\w+)?\s+basis)"
    r"|\b(?:be|is|are)\s+(?:hereby\s+)?(?:authori[sz]ed|approved|empowered|permitted)\s+to\s+continue\b"
    r"|\b(?:authority|powers?|functions?|responsibility)\s+(?:to\s+[^.;]{2,160}?\s+)?(?:be|is|are|was|were)\s+delegated\b"
    r"|(?<!\bof\s)(?<!\bunder\s)\bdelegat(?:e|es|ed|ing)\s+(?:its\s+|their\s+|the\s+)?(?:authority|powers?|functions?|responsibility)\b"
    r"|\bdelegat(?:e|es|ed|ing)\s+to\s+[^.;]{2,160}?\s(?:the\s+)?(?:right|powers?|ability|discretion)\s+to\b"
    r"|\bdelegat\w*\b[^.;]{0,200}?\b(?:scheme\s+of\s+delegation|up\s+to\s+(?:a\s+(?:value|limit)\s+of\s+)?£"
    r"|on\s+an\s+ongoing\s+basis|until\s+further\s+notice)",
    re.I,
)
"""A standing permission or a delegation, not a task: "be authorised to convene a further meeting
as necessary", "be authorised to vary the programme between meetings, as the need arises", "be
approved to continue to invite experts", "authority be delegated to the Director to consent to
...", "authority to take the necessary steps to implement the recommended next steps be delegated to the
Corporate Director", "agree to delegate the functions set out in Appendix 1", "DELEGATED to the CFO and CEO jointly
the right to extend this variation", "To delegate to the Area Highway Manager ... the ability to
resolve any problems encountered". Working up "the scope of delegated authority"
for others to approve is a task."""


_COMPOSED = re.compile(
    r"^(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:comprises?|consists?\s+of|(?:be|is|are)\s+(?:comprised|made\s+up|composed)\s+of)\s",
    re.I,
)
"""A body's make-up ("That the Panel comprises not more than 5 councillors from the Licensing Committee,
who have undertaken the appropriate training"): membership, as appointments are, not a task for the body
named."""


_AUTHORISED = re.compile(
    r"^(?:that\s+)?(?:(?!\b(?:and|but)\s(?!(?-i:[A-Z])))[^.;]){0,200}?\b(?:be|is|are)\s+(?:hereby\s+)?authori[sz]ed\s+to\b"
    r"|^(?:that\s+|to\s+)?(?:(?:the\s+)?(?:cabinet|council|committee|board|executive|panel)\s+)?authori[sz](?:e|es|ed)\s+(?:the\s+)?"
    r"(?-i:[A-Z])",
    re.I,
)
"""A point that only authorises an officer ("That the Chief Executive be authorised to make the necessary
amendments to the Constitution", "That Cabinet authorises the Executive Director for Resources to enter into
the agreements", "That the Interim Chief Executive, in consultation with the Portfolio Holder for Finance, Town
Centres and Growth, be authorised to complete the disposal", a decision page's "Authorised the Scrutiny Officer, in consultation with the Chair, to progress
..."): a delegation, which the conventions never count as an action, whether standing or for
one named thing; unless the point also asks for a report back."""
_HANDED_ON = re.compile(
    r"^(?:that\s+|to\s+)?(?:(?:the\s+)?(?:board|committee|cabinet|council|panel|executive)\s+)?delegat(?:e|es|ed)\s+(?!to\b)"
    r"[^.;]{2,120}?\bto\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?(?:director|officer|manager|chief|head|clerk|executive|leader"
    r"|chair(?:man)?|secretary|treasurer|sub-committee)\b",
    re.I,
)
"""A decision handed to an officer: "To delegate sign-off of the quarterly returns to the Director of
Adult Social Care", "That the Board delegates approval of the final plan to the Chief Executive"."""
_THEN_REPORTS = re.compile(
    r"\breport(?:s|ing)?\s+back\b|\b(?:next|future|subsequent)\s+meeting|\breport(?:s|ing)?\s+(?:to|on)\s+(?:the|this|a|its)\s"
    r"|\bcirculat|\bkeep\s+[^.;]{1,40}\s+(?:informed|updated)\b",
    re.I,
)


def delegates_only(text: str) -> bool:
    """A standing permission, a delegation, an authority given to an officer or a body's make-up, with no
    report back asked for."""
    if _STANDING.search(text) is not None:
        return True
    if _THEN_REPORTS.search(text) is not None:
        return False
    return (
        _AUTHORISED.match(text) is not None
        or _HANDED_ON.match(text) is not None
        or (_COMPOSED.match(text) is not None and " and that " not in text)
    )
