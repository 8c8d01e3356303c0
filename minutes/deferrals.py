"""An item put off to a later meeting, told in a sentence with no RESOLVED label: "This item was
continued to the next meeting of the Group.", "The fence request was tabled until the July
meeting.", "The Board deferred the parking policy until the next meeting.", "Election of officers was
deferred to next meeting", "Community donations to be held over until January", a title and its outcome
"Appointment of Committees Deferred to next meeting.", "Community Action Northumberland – to be deferred to
next meeting."

"Tabled" means put off only in American minutes, and there only with the meeting it goes to: in
British minutes a paper "tabled at the meeting" was handed round."""

from __future__ import annotations

import re

from minutes.body_decisions import ADVERBS, FORMAL_BODY
from minutes.lead_in import LEAD_IN

_PUT_OFF = r"(?:deferred|continued|postponed|adjourned|held\s+over|carried\s+(?:forward|over)|rolled\s+(?:on|over|forward))"
_TO_A_MEETING = (
    r"\s+(?:(?:to|until|till)\s+(?:the\s+|a\s+|its\s+)?(?:next|future|later|subsequent|following"
    r"|(?-i:[A-Z])[a-z]+\s+(?:\d|meeting|board|session))"
    r"|(?:to|until|till)\s+(?:the|a|its)\s+(?:(?!(?:in|of|the|this)\b)[\w'’-]+\s+){1,3}?meeting\b"
    r"|(?:to|until|till)\s+(?:the\s+)?(?:results?|outcome|findings|completion|receipt|conclusion)\s+of\b"
    r"|to\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+){0,2}(?-i:Committee|Sub-Committee|Council|Board|Cabinet|Panel)\b"
    r"|(?:to|until|till)\s+(?:the\s+)?(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:'s|’s)?\b)"
)
_NAMED_ITEM = (
    r"(?:(?:this|the)\s+)?(?:item|matter|report|application|decision|action)|this|it"
    r"|(?:the\s+)?consideration\s+of\s+[^,.]{2,80}?"
)
_ITEM_PUT_OFF = re.compile(
    r"^(?:(?P<head>(?-i:[A-Z])[^.;:–—]{2,80}?)\s[-–—]\s+(?=(?-i:[A-Z])))?"
    r"(?:(?:because|as|since|following|after)\s+[^.;]{3,150}?,\s+|in\s+the\s+absence\s+of\s+[^.;,]{3,80}?,?\s+(?=this\b|the\b|it\b))?"
    rf"(?:(?P<named>{_NAMED_ITEM})\s+(?:was|is|has\s+been|(?:(?:would|will|should|shall)\s+)?be)\s+{_PUT_OFF}\b"
    rf"|(?P<subject>(?:(?:the|this|that|these|an?)\s+|(?!(?-i:It|He|She|They|We|The|This|That|These|An?)\s|(?:councillor|cllr|mrs?|ms|miss|dr)\b)(?=(?-i:[A-Z])))(?!meeting\s)(?:[\w'’/-]+\s+){{1,7}}?)"
    rf"(?:was|were|is|has\s+been|have\s+been|(?:would|will|should|shall)\s+be|(?<!\bso\s)(?<!\band\s)(?<!\bthen\s)to\s+be)\s+(?:{_PUT_OFF}|tabled){_TO_A_MEETING}"
    rf"|(?P<bare>(?-i:[A-Z])[a-z]+(?:\s+(?-i:[a-z]+)){{0,2}}|(?-i:Consideration|Discussion)\s+of\s+[^.;,]{{2,60}}?)"
    rf"\s+(?:deferred|postponed|held\s+over|carried\s+(?:forward|over)){_TO_A_MEETING}"
    rf"|(?P<title>(?-i:[A-Z])(?:[^.;:–—-]|\.(?=\d)){{2,80}}?)\s*(?:(?:\s[-–—]\s*)?(?-i:Deferred|DEFERRED|Postponed|POSTPONED|Held\s+over)"
    rf"|(?:\s[-–—]|,)\s*to\s+be\s+{_PUT_OFF}){_TO_A_MEETING}"
    r"|(?P<topic>(?-i:[A-Z])[^.;:–—]{2,80}?)(?:\s[-–—]|:-?)\s*(?:defer(?:red)?|postponed|held\s+over)"
    r"(?:\s+(?:until|till|to)\s+[^.;]{1,80})?\s*\.?$"
    r"|(?P<outcome>(?-i:Deferred|DEFERRED|Postponed|POSTPONED)\s+(?:until|till|to)\s+[^.;]{1,80}?\s*\.?$))",
    re.I,
)
"""An item put off: named ("the item was deferred", "Consideration of burial fees postponed to next
meeting"), by its subject with the meeting it goes to, or as a notes line's outcome after its topic
("Play equipment – Deferred to the March meeting", "To discuss the clock battery:- Defer.", "New play
equipment: Defer until the grant is known.", "Brambles near the garages - In the absence of Cllr Leamon
this is deferred to the next meeting"), the topic kept with it; or the outcome alone on the line under its
topic ("Deferred until we have more directors present.")."""
_BODY_PUTS_OFF = re.compile(
    rf"^{LEAD_IN}(?P<subject>(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){{0,5}}(?:{FORMAL_BODY}|members|trustees|governors))\s+"
    rf"{ADVERBS}(?:unanimously\s+)?(?:deferred|postponed|tabled)\s+[^.;]{{3,120}}?{_TO_A_MEETING}",
    re.I,
)


_WORDS = re.compile(
    r"defer|postpone|tabled\s[^.;]{0,120}?\b(?:to|until|till)\s|(?:continued|adjourned|held\s+over|carried\s+(?:forward|over)|rolled\s+(?:on|over|forward))\s+(?:to|until|till)\s",
    re.I,
)


_STEMS = (
    "defer",
    "postpon",
    "tabled",
    "continued",
    "adjourned",
    "held over",
    "carried forward",
    "carried over",
    "rolled",
)


def mentions_put_off(low: str) -> bool:
    """Cheap gate on a lower-cased paragraph: with none of these words it puts nothing off."""
    return any(stem in low for stem in _STEMS) and _WORDS.search(low) is not None


def put_off(sentence: str) -> int | None:
    """Where the decision to put an item off starts in the sentence, or None: a named item put
    off with or without a meeting ("The application was deferred."), anything else only with the
    meeting it goes to ("the fence request was deferred for a site visit" is an account, not a
    decision). The meeting itself adjourning is not an item put off."""
    if not mentions_put_off(sentence.lower()):
        return None
    m = _ITEM_PUT_OFF.match(sentence)
    if m is not None:
        return (
            0
            if m.group("head")
            else m.start("named")
            if m.group("named")
            else m.start("title")
            if m.group("title")
            else m.start("topic")
            if m.group("topic")
            else m.start("bare")
            if m.group("bare")
            else m.start("outcome")
            if m.group("outcome")
            else m.start("subject")
        )
    b = _BODY_PUTS_OFF.match(sentence)
    return b.start("subject") if b is not None else None
