"""What each rule of minutes/rules.py tests a logical line for, and what it reads from it (a Hit);
the tests for a decision's trigger line are in minutes/trigger_matchers.py.

Kept apart from the table so the table reads as a list of forms with their examples."""

from __future__ import annotations

import re

from minutes.action_lines import names_only
from minutes.actors import TAG_INITIALS
from minutes.commitments import commits_someone
from minutes.exempt import is_private_marker, is_public_marker
from minutes.headings import INLINE_CAPS_HEADING, INLINE_HEADING, heading_line, item_heading
from minutes.lead_in import ON_A_MOTION
from minutes.list_ends import LIST_OPENS
from minutes.model import Item
from minutes.narrative_decisions import split_decisions
from minutes.page_text import without_number
from minutes.records import BARE_APPROVAL, labelled_record, minutes_record
from minutes.sentence_split import sentences
from minutes.stem_forms import STEM_END
from minutes.tags import Hit
from minutes.text import MARKER_RE, MD_HEADING, Line, strip_bullet
from minutes.trigger_matchers import NOTHING
from minutes.triggers import MIDLINE, may_start_inside, proposal_with_clause, trigger

_STOP = re.compile(
    r"^(?:supporting\s+documents|background\s+papers|the\s+meeting\s+(?:closed|ended|concluded|finished|was\s+(?:adjourned|closed))|meeting\s+(?:closed|concluded)|"
    r"there\s+being\s+no\s+(?:other|further)\s+business|chair(?:man)?\s*$|signed\b|date\s+of\s+(?:the\s+)?next\s+meeting|"
    r"reasons?\s*(?:\(s\))?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|alternative\s+options?|"
    r"(?:the\s+)?[\w\s-]{0,40}\b(?:is|are)\s+(?:being\s+)?recommended\s+to\b)",
    re.I,
)


def table_row(line: Line) -> Hit | None:
    return Hit() if line.table else None


def numbered_heading(line: Line) -> Hit | None:
    if line.bullet:
        return None
    item = heading_line(line.text)
    return Hit(item=item) if item is not None else None


def run_on_heading(line: Line) -> Hit | None:
    if line.bullet:
        return None
    m = INLINE_HEADING.match(line.text) or INLINE_CAPS_HEADING.match(line.text)
    if m is None:
        return None
    num, title = (
        (m.group("num"), m.group("title")) if m.group("num") else (m.group("bnum"), m.group("btitle"))
    )
    item = item_heading(f"{num} {title}")
    return Hit(item=item, rest=m.group("rest")) if item is not None else None


def markdown_heading(line: Line) -> Hit | None:
    m = MD_HEADING.match(line.text)
    if m is None:
        return None
    title = line.text[m.end() :].strip(" #:")
    return Hit(item=Item(minute="", title=title)) if title else None


_LABEL_HEADING = re.compile(
    r"^(?P<title>(?-i:[A-Z])[\w'’&/-]*(?:\s+(?:(?-i:[A-Z])[\w'’&/-]*|of|the|and|for|other|on|to|in|&)){0,4})"
    r"\s*:\s+(?P<rest>\S.*)$"
)
_NOT_A_TITLE = re.compile(
    r"^(?:minutes|decisions?|resolved|resolution|agreed|actions?|outcome|recommendations?|recommended|note|notes"
    r"|nb|reasons?|proposed|seconded|moved|motions?|contact|venue|date|time|held|title|start|end|present|attendees|attendance"
    r"|in\s+attendance|apologies|chair|chairman|clerk|members|officers|councillors?|cllr|mr|mrs|ms|dr|question"
    r"|answer|response|reply|purpose|summary|background|location|email|tel|telephone|web|source|status"
    r"|decision\s+maker|decision\s+status|publication\s+date|date\s+of\s+decision|agenda|item|matters?|meeting"
    r"|issue|report|author|lead|owners?|responsible|deadline|due(?:\s+date)?|target\s+date|timescale|ward|wards\s+affected"
    r"|key\s+decision|q|a)$",
    re.I,
)


_DECIDES_WORD = re.compile(
    r"\b(?:resolved|agreed|decided|voted|recommend\w*|decisions?|actions?|moved|proposed)\b", re.I
)


def label_heading(line: Line) -> Hit | None:
    """ "Planning: ...", "Matters Arising: ...", "Any Other Business: ..." (parish minutes that
    run each item's title into its text)."""
    if line.bullet or ":" not in line.text[:60]:
        return None
    m = _LABEL_HEADING.match(line.text)
    if m is None or _NOT_A_TITLE.match(m.group("title")) or _DECIDES_WORD.search(m.group("title")):
        return None
    if _BODY_COLON.match(line.text) or (line.text.endswith(")") and _ACTION_REF.search(line.text)):
        return None
    return Hit(item=Item(minute="", title=m.group("title")), rest=m.group("rest"))


def exempt_marker(line: Line) -> Hit | None:
    text = line.text
    if is_public_marker(text):
        return Hit(kind="public")
    if is_private_marker(text):
        return Hit(kind="private")
    return None


_THAT_BE = re.compile(
    r"^(?:That|THAT)\s+(?:(?!\b(?:would|will|should|could|must|may|might|shall|can|to)\s)[^.;:]){3,160}?\bbe\s+(?:\w+ly\s+)?\w+ed\b"
)
""""That Councillor Crosbie be elected as Chairman ...": a resolution in its own mood (no "would" or
"need to" before its "be") standing on its line, where a web page lost its RESOLVED label; the
resolution_clause rule reads it, as it reads "That the meetings be held at 5.30pm"."""
_THAT_BELOW = re.compile(
    r"\b(?:agreed|resolved|decided)\s+(?:that\s*$|(?:that\s+)?(?:the\s+)?[\w' -]{2,40}?\s(?:would|should|will|shall)\s*$)",
    re.I,
)
"""A decision whose clause is the list below it ("On a proposition by Mr James, seconded by Mrs Bratt it
was unanimously agreed that" over "1) ... 2) ...", "It was decided the parish council would" over
"1. Enquire ...; 2. Contact ..."): a trigger over points, not a sentence, though no colon opens the list."""


def decisions_in_sentences(line: Line) -> Hit | None:
    """A paragraph whose decisions are all written as sentences ("It was agreed that ...",
    "... and it was resolved to ..."), with no formal RESOLVED or list opening inside it."""
    text = line.text
    trig = None if line.bullet else trigger(text)
    if trig is not None and (trig.kind != "said" or LIST_OPENS.search(trig.rest) or not trig.rest.strip()):
        return None
    if trig is None and not line.bullet and may_start_inside(text):
        mid = MIDLINE.search(text)
        if mid is not None and not mid.group("lower") and not proposal_with_clause(mid):
            return None
    if text[:5] in ("That ", "THAT ") and _THAT_BE.match(text):
        return None
    body = without_number(strip_bullet(text)[0])
    decisions, _ = split_decisions(body)
    if not decisions or any(LIST_OPENS.search(d) or _THAT_BELOW.search(d) for d in decisions):
        return None
    if (
        trig is not None
        and not body.startswith(decisions[0])
        and not (_WHOLE.search(body) and _LEAD_IN_ONLY.fullmatch(body[: body.find(decisions[0])]))
    ):
        return None
    return Hit(kind="said")


_LEAD_IN_ONLY = re.compile(r"(?:after|following)\s+[^,.;:]{2,80}?,\s*", re.I)
"""What led to a decision told in a sentence ("Following a discussion, the committee agreed that
..."): the paragraph is still read sentence by sentence, so what follows the decision is not part of it."""
_WHOLE = re.compile(r"(?:[.!?)]|\bACTION)\s*$")
"""A paragraph that ends where its sentence does, or with its action tag: not one a page break cut."""


_FURNITURE = re.compile(
    r"^(?:additional\s+documents|accompanying\s+documents|is\s+(?:key\s+decision|subject\s+to\s+call[- ]?in)\b"
    r"|decision\s+status\b|decision\s+maker\b|publication\s+date\b|(?:view\s+)?directions$|back\s+to\s+(?:the\s+)?top"
    r"|no\s+action\(?s?\)?\s+(?:have|has)\s+been\s+added\b|loading\.*$|media$|items$|no\.?\s*\|?\s*item\b"
    r"|minutes\s*:$|contact\s*:|venue\s*:|(?:home\s*>\s*)?council\s+and\s+democracy\b|issue\s*-\s*meetings$"
    r"|agenda\s+item$|decision\s+details$|local\s+democracy$|voting\s+record$|recorded\s+vote$"
    r"|(?:•\s*)?view\s+recorded\s+vote\b"
    r"|[a-z]:\\[^|]{0,140}?\.(?:docx?|rtf|pdf)\b[^|]{0,20}$"
    r"|outcome\s*:\s*(?:recommendations?\s+(?:approved|agreed|adopted)|approved|agreed|noted|decision\s+made|for\s+(?:determination|information))"
    r"(?:\s+is\s+key\s+decision\b.*)?$)",
    re.I,
)


_SHARE = re.compile(r"^share\s+this\s+item$", re.I)
"""ModernGov's link under each item's title, which a page's text gives as a bullet."""


def agenda_furniture(line: Line) -> Hit | None:
    """The labels and links of a committee web page around the minutes, not minutes themselves."""
    if line.bullet:
        return Hit() if _SHARE.match(line.text) else None
    if len(line.text) > 160 or not _FURNITURE.match(line.text):
        return None
    return Hit()


_AGENDA_SUB_ITEM = re.compile(
    r"^\(?(?:[ivx]{1,5}|[a-h])[.)]\s+(?-i:To)\s+(?:consider|receive|discuss|review)\b[^.;]{3,300}?"
    r"\band\s+(?:to\s+)?(?:resolve|agree|decide|determine|approve)\b",
    re.I,
)


def agenda_sub_item(line: Line) -> Hit | None:
    """ "ii) To consider quotations for the stone and resolve on which to accept": a parish minute
    copies its agenda's sub-item over the decision; the wording is the business, not a point of
    the decision above it."""
    return Hit() if len(line.text) <= 400 and _AGENDA_SUB_ITEM.match(line.text) else None


_OWNER_LABEL = re.compile(
    r"^(?:action(?:ed)?\s+by|action\s+owner|lead(?:\s+officer)?|responsible(?:\s+officer)?|officer\s+responsible|owner)"
    r"\s*[:\-–—]\s*(?P<who>\S.{0,80}?)(?:\s*(?:[-–—,]\s*|\()(?P<deadline>(?:by|due|deadline)\b[^()]{1,40})\)?)?$",
    re.I,
)
""""Action by: Head of Procurement", "Lead officer: Clerk" under a decision: who acts on it, before any
deadline the tag gives ("Action by: Aisha Khan – by 31 August")."""
_BARE_OWNER_TAG = re.compile(rf"^(?-i:ACTION|Action)S?\s+(?P<who>{TAG_INITIALS})\s*\.?$")
""""Action RG/GP", "Action ALL" on a line of their own under a paragraph, as parish and community
councils tag it: initials or everyone, with no colon."""


_ACTION_REF = re.compile(
    r"\s\((?-i:ACTION|Action)(?:\s+(?:point|item))?\s*(?:no\.?\s*)?#?\s*\d[\w./-]{0,20}\)\s*\.?$", re.I
)
"""A task that carries its number in the action register at its end ("Geoff: send the brochures to
Trey (Action Point #20050110.03)", "The Clerk to write to the Trust (Action 12)")."""


def action_line(line: Line) -> Hit | None:
    """ "ACTION: Chief Executive", "Action: Clerk to write to the owner"; bulleted too ("• Action
    Item: Nancy to send the transcript"), when the label has a task after it."""
    if line.text.endswith(")") and len(line.text) < 400 and _ACTION_REF.search(line.text):
        return Hit(kind="action", rest=line.text)
    if line.bullet:
        trig = trigger(line.text)
        if trig is None or trig.kind != "action" or not trig.rest.strip() or NOTHING.match(trig.rest):
            return None
        return None if names_only(trig.rest.strip(" .;")) else Hit(kind="action", rest=trig.rest)
    label = _OWNER_LABEL.match(line.text)
    if label is not None and names_only(label.group("who").strip(" .")):
        return Hit(kind="owner", rest=label.group("who").strip(" ."), to=label.group("deadline"))
    bare = _BARE_OWNER_TAG.match(line.text) if len(line.text) < 40 else None
    if bare is not None:
        return Hit(kind="action", rest=bare.group("who"))
    trig = trigger(line.text)
    if trig is None or trig.kind != "action" or NOTHING.match(trig.rest):
        return None
    return Hit(kind="action", rest=trig.rest)


_TOLD = re.compile(r"\b(?:was|were)\b", re.I)
"""A bulleted confirmation told in the past ("- the minutes of the last meeting were accepted"), not
a point of a resolution ("• the minutes of the meeting be approved")."""


def minutes_confirmed(line: Line) -> Hit | None:
    if line.bullet:
        if BARE_APPROVAL.match(line.text):
            return Hit(text=line.text)
        told = minutes_record(line.text)
        return Hit(text=sentences(told)[0]) if told is not None and _TOLD.search(told[:250]) else None
    before = ""
    record = minutes_record(line.text)
    if record is None:
        labelled = labelled_record(line.text)
        if labelled is None:
            return None
        before, record = labelled
    said = sentences(record)
    return Hit(text=said[0], before=before, after=" ".join(said[1:]))


_RESOLUTION_CLAUSE = re.compile(
    r"^[“\"‘']?(?:That|THAT),?\s+(?!(?:is|was|were|would|will|had|has|being|said|means?|seems?)\b)\S"
)
_BE_MOOD = re.compile(r"\bbe\s+(?:\w+ly\s+)?\w+", re.I)
_EVENT_MOOD = re.compile(
    r"^\S+\s+(?:the|an?|this|these|its|their|any|all|further)\s+[^.;:]{2,120}?"
    r"(?<!\bwould)(?<!\bwill)(?<!\bcould)(?<!\bshould)(?<!\bmight)(?<!\bmay)(?<!\bcan)(?<!\bto)(?<!\bdid)(?<!\bnot)"
    r"\s+(?:take\s+place|proceed|go\s+ahead|commence|begin)\b",
    re.I,
)
"""An event decided in the subjunctive: "That an extended review of the arrangements take place
during 2014/15", "That the scheme proceed"."""


def resolution_clause(line: Line) -> Hit | None:
    """ "That the verbal update be noted." standing alone: a resolution whose RESOLVED label was
    lost (a web page puts it in a cell of its own, or prints none)."""
    text = line.text
    if line.bullet or not _RESOLUTION_CLAUSE.match(text) or len(text) > 1500:
        return None
    head = " ".join(text.split()[:40])
    if text.startswith("THAT"):
        stem_or_shouted = text.isupper() or STEM_END.search(text) is not None
        return None if stem_or_shouted or not _BE_MOOD.search(head) else Hit(kind="that", rest=text)
    if STEM_END.search(text) or _BE_MOOD.search(head) or commits_someone(text) or _EVENT_MOOD.match(head):
        return Hit(kind="that", rest=text)
    return None


_BODY_STEM = re.compile(
    r"^(?P<lead>(?:for|having|following|after|on|in\s+light\s+of)\s[^:;]{3,200}?,\s+)?"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+|(?:and|&)\s+(?=(?-i:[A-Z]))){0,5}(?:committee|commission|panel|board|cabinet"
    r"|council|executive|group|sub-committee|forum|(?-i:Body))\s*(?:(?:then|further|also|accordingly)\s*)?"
    r"(?:(?:noted|agreed|resolved|decided|approved|endorsed|instructed)\b[^:;.]{0,200}?)?(?:[:;]\s*[-–—]?|(?<=\w))\s*$",
    re.I,
)


_BARE_NAME = re.compile(r"^(?![Tt]hat\s)[\w'’&\s-]+$")
"""A body's name alone ("SHOTESHAM PARISH COUNCIL", "Public Forum") heads a page or an item; a stem
says what the body did ("The Cabinet then", "The Committee noted the report and further") or ends
with a colon ("That Cabinet" over its points is one)."""
_BODY_COLON = re.compile(
    r"^(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}(?:committee|commission|panel|board|cabinet|council|executive|group"
    r"|sub-committee|forum|governors|trustees)\s*:\s*[-–—]?\s*(?=\(?(?:a|i|1)\)\s)",
    re.I,
)
""""The Committee: (a) noted the update; (b) approved the quote": the stem and its points on one line."""


def body_stem(line: Line) -> Hit | None:
    """ "The Cabinet then:-", "The Committee noted the report and further:" over a list of
    decisions written without a subject ("(a) Agreed to ...", "(b) Instructed the Clerk to ..."),
    or with the list run on after the colon; a lead-in ("For the reasons stated in the report,
    Cabinet:") is cut off the stem, but not the motion it was carried on ("On a motion by Commr.
    Burhans, seconded by Commr. Carson and carried unanimously, the Board approved the following
    Contractor Bonds:"), which a sentence-told decision keeps too."""
    if line.bullet or len(line.text) > 300 or line.text[:3].lower() == "to ":
        return _run_on_stem(line)
    m = _BODY_STEM.match(line.text)
    if m is None or _BARE_NAME.match(line.text):
        return _run_on_stem(line)
    lead = m.group("lead")
    cut = lead is not None and ON_A_MOTION.match(lead) is None
    return Hit(kind="stem", text=line.text[m.end("lead") :] if cut else None)


def _run_on_stem(line: Line) -> Hit | None:
    text = line.text
    m = _BODY_COLON.match(text) if not line.bullet and len(text) <= 1500 and ":" in text[:80] else None
    if m is None:
        return None
    return Hit(kind="stem", rest=line.text[m.end() :], text=line.text[: m.end()].rstrip(" :-–—") + ":")


def block_end(line: Line) -> Hit | None:
    return Hit() if _STOP.match(line.text) else None


_DATED_ENTRY = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d\s*:\s+\S")
"""An entry of a log that opens with the day it was made ("2016-05-28: Paul to review the notes"), as a
board's action log lists what is still open from its earlier meetings."""


def list_point(line: Line) -> Hit | None:
    if line.bullet or MARKER_RE.match(line.text):
        return Hit()
    return Hit() if line.text[:2] in ("19", "20") and _DATED_ENTRY.match(line.text) else None


def narrative(line: Line) -> Hit | None:
    return Hit()
