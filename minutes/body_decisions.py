"""How a body's own decision is told in plain words, with no RESOLVED label: the body named
(written out, or shortened as notes do), then what it did: "The Panel discussed its programme and
agreed that ...", "The Committee asked for a note ...", "The Council noted the report.", "Members
of the Fire Services Management Committee noted the report and endorsed the proposal in paragraph
7."."""

from __future__ import annotations

import re

from minutes.lead_in import INSTRUCTED_LEAD, LEAD_IN, MOTION_LEAD_IN

ADVERBS = r"(?:(?:also|further|then|therefore|subsequently|duly|formally|unanimously|accordingly)\s+){0,2}"
FORMAL_BODY = (
    r"(?:(?:sub-)?(?:committee|commission|panel|board|cabinet|council|executive|forum|group|cmte|cttee|ctte)"
    r"|(?-i:[A-Z]{1,4}[CBPG])\b)"
)
"""A body that decides, its name written out or shortened as notes do ("Cmte requested ...", "The AC
approved ...", "The HWB noted ...": an acronym ending in its Committee, Board, Panel or Group)."""
TALKED_AGREED = re.compile(
    r"\b(?:was|were)\s+(?:discussed|considered|reviewed|debated|amended|presented|circulated)\b[^.;]{0,40}?\band\s+(?:then\s+)?"
    r"(?:was\s+|were\s+)?(?:unanimously\s+)?(?:agreed|approved|accepted|adopted)\b(?!\s+(?:at|in|by\s+the\s+(?:cabinet|council))\b"
    r"|\s+previously)"
    rf"|^(?:the\s+)?(?:[\w'’-]+\s+|(?:and|&)\s+){{0,5}}?(?:{FORMAL_BODY}|members)\s+(?:then\s+)?"
    r"(?:discussed|considered|reviewed|debated|had\s+before\s+(?:it|them))\b[^.;]{0,120}?\band\s+(?:then\s+)?(?:unanimously\s+)?"
    r"(?:(?:agreed|resolved|decided)\s+(?:that|to)\s|(?-i:NOTED|APPROVED|AGREED|ENDORSED),?\s+(?:the|its|their|that|an?)\s)"
    r"|^(?:the\s+)?(?:members\s+of\s+(?:the\s+)?)?(?:(?:(?-i:[A-Z])[\w'’&-]*\s+|(?:and|&|of)\s+){0,6}?"
    rf"{FORMAL_BODY}|members|councillors|cllrs)\s+(?:noted|received|welcomed|considered)\s[^.;]{{0,120}}?\band\s+(?:then\s+)?"
    r"(?:endorsed|approved|agreed|supported|accepted|adopted)\s+(?:(?:the|its|their|a|an|this|these)\s|[a-z]+\s+(?:of|for)\s)"
    r"|^(?:the\s+)?(?:members\s+of\s+(?:the\s+)?)?(?:(?:(?-i:[A-Z])[\w'’&-]*\s+|(?:and|&|of)\s+){0,6}?"
    rf"{FORMAL_BODY}|members|councillors)\s+(?:noted|received|considered)\s[^.;]{{0,120}}?\band\s+(?:then\s+)?(?:agreed|resolved|decided)\s+(?:that|to)\s",
    re.I,
)
""""The draft budget was discussed in detail and agreed by all councillors": talked over, then
decided there and then; "The Panel discussed its work programme and agreed that a report ...": the
body talked it over and decided, its name capitalised or not ("the overview and scrutiny committee");
"Members of the Fire Services Management Committee noted the report and endorsed the proposal in
paragraph 7": received, then decided; "The Cabinet had before it, and NOTED, a report from ..."."""
BODY_ASKS = re.compile(
    rf"(?:^|,\s+|\band\s+)(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+|(?-i:[a-z]+)\s+(?={FORMAL_BODY}\s)){{0,4}}{FORMAL_BODY}\s+{ADVERBS}"
    r"(?:requested|asked\s+(?:for|that|officers|the)|called\s+for|instructed|directed)\b"
    rf"|^(?:the\s+)?(?:(?:committee|board|panel|council|group)\s+)?(?:members|councillors)\s+{ADVERBS}(?:asked|requested|instructed)\s+"
    r"(?:the\s+)?(?:(?:parish\s+|town\s+)?clerk|staff|officers)\s+to\s"
    rf"|^members\s+{ADVERBS}(?:asked|requested)\s+(?:that\s+)?(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:update|report|briefing|information)\b"
    rf"|(?:^|[,–—-]\s+|\band\s+)(?:the\s+)?meeting\s+{ADVERBS}(?:asked|requested|instructed)\s+"
    r"(?:the\s+)?(?:(?:parish\s+|town\s+)?clerk|staff|officers|secretary)\s+to\s",
    re.I,
)
"""The body itself asking for something ("The Committee asked for a note setting out what had been
achieved", "... and the Committee requested that this was actioned", "Committee members asked staff to
assist with a draft", "... – the meeting asked the Clerk to arrange ..."): where the item has no
formal list, that is its decision; under one, it is discussion."""
MOTION_BODY_ACTS = re.compile(
    rf"^(?:{MOTION_LEAD_IN})(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){{0,4}}(?:{FORMAL_BODY}|commissioners|trustees|directors)\s+"
    r"(?:(?:then|also|unanimously|further)\s+)*(?:approved|authori[sz]ed|directed|instructed|adopted|accepted|awarded|agreed"
    r"|declined|denied|tabled|deferred|continued|appointed|reappointed|scheduled|requested|ratified|endorsed)\b",
    re.I,
)
"""What a board did on a motion put and seconded, told with the body as subject: "ON MOTION by
Commissioner Wheeler, SECONDED by Commissioner Scurlock, the Board unanimously authorized staff to
schedule a public hearing" (American county boards)."""
BODY_DECIDES = re.compile(
    rf"^{LEAD_IN}(?P<subject>(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+|(?:and|&)\s+(?=(?-i:[A-Z]))){{0,5}}(?:{FORMAL_BODY}|governors|trustees|portfolio\s+holder|cabinet\s+member|executive\s+member))\s+{ADVERBS}"
    r"(?:(?:notes|agrees|approves|endorses|accepts|resolves|decides)\s+(?:(?:therefore|also|further),?\s+)?(?:that\s|to\s|(?:the|its|their|this|these|those|an?|all)\s)"
    r"|(?:(?:considered|scrutini[sz]ed|discussed|examined|reviewed|debated)\s+and\s+)?(?:noted|approved|endorsed|accepted|adopted|ratified|homologated|took\s+note\s+of|supported|selected|awarded"
    r"|granted|rejected|refused|declined)\s+(?:the|its|their|this|these|those|an?|all"
    r"|correspondence|receipt)\s"
    r"|did\s+not\s+(?:agree|approve|accept|support)\s"
    r"|recommend(?:s|ed)\s+(?:that|to)\s)",
    re.I,
)
"""A paragraph that closes an item with the body's decision in plain words and no label: "The
Committee notes the report and agrees the work programme.", "The Council noted the report.", "The
Committee Recommended That Members approve the wayleave" (a Northern Irish committee's decision).
Past "noted that ..." is an account of the discussion ("The Panel noted that the deadline was
Monday"), so only an object may follow a past verb; members noting something is discussion, but
governors and trustees are the board itself ("Governors noted the report."), and a portfolio holder or
cabinet member decides alone ("The Portfolio Holder approved the draft strategy.")."""
INSTRUCTED = re.compile(
    rf"^(?:\(?[a-z]\)\s+)?(?:(?-i:[A-Z])[^.;:]{{2,250}}?\s[-–—]\s+)?{LEAD_IN}{INSTRUCTED_LEAD}?"
    r"(?:also\s+)?(?:the\s+)?(?:(?:parish|town|deputy|assistant|acting)\s+)?(?:(?:clerk|officers?|chair(?:man)?|secretary|treasurer"
    r"|(?:chief\s+)?executive|director|manager|head\s+of\s+[\w ]{3,40}?)\s+(?:was|were|is|are|be)\s+(?:instructed|directed|told|asked|requested|tasked)"
    r"|(?:clerk|secretary|treasurer|officers?)\s+(?:instructed|directed|asked|requested|tasked))\s+"
    r"to\s*(?-i:[a-z])",
    re.I,
)
""""The Clerk was instructed to write to the landowner", "Also Clerk was told to make it clear ...", "The
Clerk was asked to convey the thanks of the Council", "This was noted and the Clerk was asked to write
...", "Following discussion, the Secretary was asked to ...", a parish's terse "Clerk asked to clarify
the position with Highways", or after the topic and a dash ("b) Courts Consultation – Clerk instructed
to write ..."): the body's instruction to the one who acts, told in the passive (a PDF may run "to"
into its verb: "asked toacquire")."""
CONSENSUS = re.compile(
    rf"^{LEAD_IN}(?:it\s+was\s+(?:the\s+)?|there\s+was\s+(?:a\s+|general\s+)?|the\s+)?(?:general\s+|board\s+|council\s+|committee\s+)?"
    rf"consensus(?:\s+(?:of|among|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{FORMAL_BODY}|members|trustees|governors|councillors))?"
    r"(?:\s+(?:was|is))?(?:\s+reached)?\s+(?:to|that)\s+(?!be\b)\S"
    rf"|^{LEAD_IN}(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){{0,5}}(?:{FORMAL_BODY}|members)\s+(?:reached|came\s+to)\s+(?:a\s+)?consensus\s+(?:to|that)\s+\S"
    rf"|^{LEAD_IN}there\s+was\s+(?:an?\s+)?(?:general\s+|unanimous\s+|full\s+)?agreement\s+(?:to|that)\s+(?!be\b)\S",
    re.I,
)
"""The American way of telling a decision taken without a vote: "Consensus of the Board was to hold a
hearing on June 2", "It was the consensus of the Council to ask staff for options", "The Board
reached consensus to ...", and the parish "There was unanimous agreement to support this application"."""


_DECIDING_WORDS = re.compile(
    r"note|agrees|approve|endorse|accept|resolves|decides|did\s+not|support|select|award|grant|reject|refuse|decline"
)


def closes_with_decision(paragraph: str) -> bool:
    """Whether the paragraph's last sentence, roughly cut, reads as a plain-worded decision: a
    cheap test (most paragraphs hold none of the verbs) before splitting it properly."""
    cut = paragraph.rfind(". ", 0, len(paragraph) - 2)
    closing = paragraph[cut + 2 :] if cut >= 0 else paragraph
    head = closing[:160].lower()
    if _DECIDING_WORDS.search(head) is None:
        return False
    return BODY_DECIDES.match(closing) is not None


REFERRED = re.compile(
    r"^(?:[^.;]{0,160}?,\s+)?(?:the\s+)?(?:subject\s+matter\s+of\s+the\s+)?"
    r"(?:petition|motion|matter|item|issue|question|proposal|complaint|request)s?\b[^.;]{0,160}?\b"
    r"(?:was|were|is|are|be|and)\s+(?:then\s+|therefore\s+|subsequently\s+|formally\s+)?referred\s+(?:back\s+)?to\s+"
    r"(?:the\s+)?(?-i:[A-Z])(?!ppendix|aragraph|age\b|ection)",
    re.I,
)
"""A matter the meeting sent on, told in the past ("In accordance with Procedure Rule 9 (3), the subject
matter of the petition was referred to the Strategic Director for investigation", "The motion was
moved by ... and referred to the Executive"): the referral is the decision, and a step still to take.
A member referred to a paragraph of the report is discussion."""
