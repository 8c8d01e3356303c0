"""Minutes of an earlier meeting confirmed in a sentence rather than under RESOLVED: still a
decision of the meeting, an action only when publishing them is left to do (an amendment is part of
the decision)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from minutes.classify import then_published
from minutes.lead_in import MOTION_LEAD
from minutes.model import Resolution
from minutes.point import Where, make_resolution, without_votes
from minutes.sentence_split import sentences
from minutes.tags import Tag, Tagged
from minutes.text import MARKER_RE
from minutes.triggers import BODY

MINUTES_RECORD = re.compile(
    r"^(?:with\s+no\s+further\s+(?:comments?|questions?|discussion|amendments?)\s*,\s*)?"
    r"(?:the\s+)?(?:decisions\s+and\s+)?(?:(?:draft|unconfirmed|confirmed)\s+)?(?:minutes?|(?:action\s+)?notes)\s+of\s+(?:the\s+)?"
    r"(?:(?:previous|last|adjourned|reconvened|special|extraordinary|annual|ordinary|informal)\s+){0,2}(?:meeting|proceedings)\b[^.]{0,160}?"
    r"\b(?:was|were)\s+(?:(?:duly|then|submitted|and|formally|also|read,?)\s+){0,3}(?:confirmed|approved|agreed|signed|accepted|adopted"
    r"|noted|received(?!\s+(?:late|after|too|only)\b))\b",
    re.I,
)
RECORD_CONFIRMED = re.compile(
    rf"^(?:that\s+)?(?:(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,4}}(?:sub-)?{BODY}\s+(?:noted\s+and\s+)?"
    r"(?:approve[sd]?|agree[sd]?|confirm(?:s|ed)?|accept(?:s|ed)?)\s+)?"
    r"(?:the\s+)?(?:decisions\s+and\s+)?(?:(?:last|previous|preceding)\s+)?(?:(?:exempt|confidential|restricted|draft|public|open)\s+)?(?:minutes?\b|records?\s+of\s+(?:its|the)\s+meetings?\b)(?:[^.:]{0,200}?(?:\b(?:was|were|be|is|are)\s+(?:(?:duly|then|formally|also|submitted|read,?|and|considered|deemed)\s+){0,2}"
    r"(?:confirmed|approved|agreed|signed|accepted|adopted|ratified|(?:held|taken)\s+as\s+read)\b"
    r"|\bas\s+an?\s+(?:correct|true|accurate)\s+record)"
    r"|\s+of\s+[^:.]{3,120}:\s*(?:signed|approved|agreed|confirmed|accepted)\b(?:[^.]{0,40}\b(?:correct|true|accurate)\s+record)?)",
    re.I,
)
"""Minutes confirmed in other wording: "The minutes of the X Committee held on ... were agreed and
signed", "The minutes were ACCEPTED as a true record", "That the minutes ... be approved as a correct
record and signed by the Chair", "The Committee approve the minutes ... as a correct record",
"Minutes of the Meeting of 20th March: Signed as a correct record", "Minutes of the AGM were read
and agreed", the Scottish "The minute of meeting of this Committee of 4 May was held as read", "The Committee
confirmed the exempt minutes ...", "The Sub-Panel noted and approved the records of its meetings
held on ...", "the Minutes were considered ratified as correct"."""
_BODY_APPROVED = re.compile(
    rf"^(?:that\s+)?(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,4}}(?:sub-)?{BODY}\s+(?:noted\s+and\s+)?"
    r"(?:approved|agreed|confirmed|accepted|adopted)\s+the\s+(?:(?:exempt|confidential|draft)\s+)?(?:minutes?|records?)\s+of\s+"
    r"(?:its|their|the)\s+(?:(?:previous|last)\s+)?meetings?\b",
    re.I,
)
"""The body as the subject needs no "as a correct record": "The Committee approved the minutes of
the meeting held on 4 May", "The Sub-Panel noted and approved the records of its meetings"."""
_BODY_RECEIVED = re.compile(
    r"^(?:the\s+)?(?:members|councillors|council|committee|board|meeting)\s+(?:received\s+and\s+noted|noted\s+and\s+received"
    r"|received|noted)\s+the\s+(?:(?:draft|approved|confirmed)\s+)?minutes\b",
    re.I,
)
"""Another committee's minutes received under an item that names them ("TO RECEIVE AND NOTE THE
MINUTES OF THE ALLOTMENT COMMITTEE" over "Members received and noted the minutes.")."""
_ASKED_TO = re.compile(
    r"\b(?:asked|invited|requested)\s+to\b|\bto\s+be\s+(?:confirmed|approved|agreed|signed)\b"
    r"|\s[-–—:]\s*to\s+(?:agree|approve|confirm|sign|adopt|accept)\b",
    re.I,
)
"""An agenda asking for the minutes to be confirmed, which is not their confirmation ("Minutes of the
Meeting held on 23rd March - to agree as an accurate record", an item's title); a task in the
sentence after a confirmation ("Minutes were approved. Clerk asked to clarify ...") is another matter."""


_SIGNED_RECORD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:these|they|the\s+minutes|which)\s+(?:had\s+been\s+(?:previously\s+)?circulated\s*,?\s*(?:and\s+)?)?"
    r"(?:were|was)\s+(?:(?:duly|then|unanimously)\s+)?(?:agreed|approved|confirmed|accepted)\s+and\s+signed\b"
    r"[^.]{0,80}?\b(?:true|correct|accurate)\s+record\b",
    re.I,
)
"""The parish wording after a sentence naming the minutes: "These had been circulated, were agreed
and signed by the Chairman as a true record."."""


_MINUTES_LABEL = re.compile(r"(?:^|(?<=\s))(?-i:Minutes):\s+(?=\S)")
"""A web page's "Minutes:" cell run on after the agenda's wording ("To approve as a correct record
the Minutes ... Contact: M Sage Minutes: That the Minutes ... were approved ...")."""


def labelled_record(text: str) -> tuple[str, str] | None:
    """The confirmation in the "Minutes:" cell of a flattened page row, and the text before it."""
    if "Minutes:" not in text:
        return None
    m = _MINUTES_LABEL.search(text)
    if m is None:
        return None
    record = minutes_record(text[m.end() :])
    return (text[: m.start()].strip(), record) if record is not None else None


BARE_APPROVAL = re.compile(
    r"^(?:the\s+)?minutes\s+(?:were\s+)?(?:also\s+)?(?:approved|accepted|adopted|confirmed)(?:\s+and\s+signed)?"
    r"(?:\s+as\s+(?:written|presented|amended|circulated|distributed|read|(?:an?\s+)?(?:correct|true|accurate)(?:\s+record)?))?\s*\.?$",
    re.I,
)
"""A board's minutes approved in two words, often a point of their own: "Minutes approved.",
"Minutes approved as presented", "Minutes accepted as correct."."""
_MINUTE_NUMBER = re.compile(r"^(?:\d{3,4}|(?-i:[A-Z]{1,4})?\s?\d{1,4}/\d{2,4})\.?\s+(?=[A-Z])")
"""A parish minute's number on the line it opens ("1203 Minutes of the meeting held on ...")."""
_SUBJECT_TO_LEAD = re.compile(r"^subject\s+to\s+[^,.:;]{3,80},\s*(?=the\s+minutes?\b)", re.I)
""""Subject to the following amendments, the minutes were agreed as a true record": the condition
written first."""


_NO_OBJECTION = re.compile(
    r"^(?:(?:there\s+being|since\s+there\s+(?:were|was)|as\s+there\s+(?:were|was)|with)\s+no\s+[^,.;:]{2,60}"
    r"|accordingly|therefore|subsequently)\s*,\s*(?=the\s+(?:(?:last|previous)\s+)?minutes?\b)",
    re.I,
)
""""There being no objection, the minutes of the last meeting were accepted", "Since there were no
objections or questions, the Minutes were considered ratified as correct", "Accordingly, the minutes
of the meeting ... were agreed": the vote, or a link word, written first."""


def minutes_record(text: str) -> str | None:
    """The sentence-worded confirmation a line opens with (its list marker cut), or None. A
    partnership or a network keeps "notes" of its meetings: "The notes of the meeting held on 14 May
    were agreed as an accurate record" is the same confirmation."""
    text = _MINUTE_NUMBER.sub("", text, count=1)
    quiet = _NO_OBJECTION.match(text)
    if quiet is not None:
        return text if minutes_record(text[quiet.end() :]) is not None else None
    lead = _SUBJECT_TO_LEAD.match(text) or (
        MOTION_LEAD.match(text) if text[:2] in ("Up", "On", "up", "on") else None
    )
    if lead is not None:
        return text if minutes_record(text[lead.end() :]) is not None else None
    if MINUTES_RECORD.match(text) or BARE_APPROVAL.match(text):
        return text
    if "signed" in text and "record" in text:
        signed = _SIGNED_RECORD.search(text)
        if signed is not None:
            return text[signed.start() :]
    head = text[:120].lower()
    if "minute" not in head and "records of" not in head:
        return None
    bare = MARKER_RE.sub("", text, count=1)
    if (
        RECORD_CONFIRMED.match(bare) or _BODY_APPROVED.match(bare) or _BODY_RECEIVED.match(bare)
    ) and not _ASKED_TO.search((sentences(bare) or [""])[0]):
        return bare
    return None


_AMENDMENTS_FOLLOW = re.compile(
    r"\b(?:subject\s+to|with)\s+the\s+following\s+(?:minor\s+)?(?:amendments?|corrections?|alterations?|changes?)\s*[:\-–—]*\s*$",
    re.I,
)
_MOST_AMENDMENTS = 12


def with_amendments(lines: list[Tagged], i: int) -> tuple[str, int]:
    """The confirmation at `lines[i]` and, when it ends "subject to the following amendments:", the
    amendments listed under it: they are part of the decision (one point, not actionable), not
    points or discussion of their own. Returns the text and the index after it."""
    text = lines[i].text
    j = i + 1
    if not _AMENDMENTS_FOLLOW.search(text):
        return text, j
    while (
        j < len(lines)
        and j - i <= _MOST_AMENDMENTS
        and lines[j].tag in (Tag.POINT, Tag.NARRATIVE)
        and lines[j].hit.kind != "said"
        and not lines[j].cut
    ):
        text = f"{text} {lines[j].text}"
        j += 1
    return text, j


_SIGNED_BY = re.compile(r"\bsigned\s+by\s+(?:the\s+)?(?P<who>[\w'’ -]{2,40}?)\s*(?:[.,;]|$|\s+as\b)", re.I)


def confirmed(text: str, where: Where, meeting_date: dt.date | None) -> Resolution:
    """Minutes confirmed: no action, unless publishing them is left to do, which falls to nobody
    named: "signed by the Chairman" tells who signed, not who publishes."""
    res = make_resolution(without_votes(text), None, where, meeting_date, actionable=then_published(text))
    signed = _SIGNED_BY.search(text)
    if (
        res.owner is not None
        and signed is not None
        and res.owner.lower().endswith(signed.group("who").lower())
    ):
        return replace(res, owner=None)
    return res


_MINUTES_TITLE = re.compile(
    r"^(?:(?:approval|confirmation|adoption)\s+of\s+(?:the\s+)?|(?:to\s+)?(?:approve|confirm|adopt|agree|sign)\s+(?:the\s+)?)?"
    r"minutes\b(?!\s+(?:of|from)\s+(?:other|outside))",
    re.I,
)
_APPROVED_ALONE = re.compile(
    r"^(?:approved|agreed|accepted|confirmed|adopted)(?:\s+and\s+signed)?(?:\s+as\s+(?:an?\s+)?(?:true|correct|accurate)"
    r"\s+record)?\s*\.?$"
    r"|^(?:these|they)\s+were\s+(?:duly\s+|unanimously\s+)?(?:approved|agreed|accepted|confirmed|adopted)\b[^.]{0,200}\.?$",
    re.I,
)


def approved_under_title(title: str, text: str) -> bool:
    """ "Approved and signed." alone under "4. MINUTES OF THE LAST MEETING HELD 30th January", "These
    were accepted and signed by the Vice Chairman" under "3. Approve the Minutes of the Meeting held
    on ...": the item's title says what was approved."""
    return _APPROVED_ALONE.match(text) is not None and _MINUTES_TITLE.match(title) is not None


def confirm_under_titles(tagged: list[Tagged]) -> list[Tagged]:
    """The tagged lines, with an approval standing alone under a minutes item's heading taken as
    the minutes confirmed."""
    out = list(tagged)
    for i in range(1, len(out)):
        t, above = out[i], out[i - 1]
        item = above.hit.item
        if t.tag is Tag.NARRATIVE and item is not None and approved_under_title(item.title, t.text):
            out[i] = replace(t, tag=Tag.RECORD, rule="minutes_confirmed")
    return out
