"""The rule table: what each logical line of minutes is, first matching rule wins.

Each row names a form, the tag it gives (minutes/tags.py), the test, and lines it must and must
not match; tests/minutes/test_rules.py runs every example. To teach the reader a new council's
style, add a row (or an example to a row) here, a fixture in tests/fixtures/minutes, and score.
"""

from __future__ import annotations

import re

from minutes.commitments import commits_someone
from minutes.exempt import is_private_marker, is_public_marker
from minutes.headings import INLINE_HEADING, heading_line, item_heading, title_case
from minutes.lists import LIST_OPENS, STEM_END
from minutes.model import Item
from minutes.motions import outcome_line, vote_line
from minutes.narrative_decisions import split_decisions
from minutes.records import minutes_record
from minutes.tags import Hit, Rule, Tag, Tagged, tag_lines
from minutes.text import MARKER_RE, MD_HEADING, Line, sentences, strip_bullet
from minutes.triggers import (
    MIDLINE,
    RECOMMEND_STEM,
    RECOMMENDS_TO,
    REST_OK,
    may_start_inside,
    trigger,
)

_STOP = re.compile(
    r"^(?:supporting\s+documents|background\s+papers|the\s+meeting\s+(?:closed|ended|was\s+adjourned)|meeting\s+closed|"
    r"there\s+being\s+no\s+(?:other|further)\s+business|chair(?:man)?\s*$|signed\b|date\s+of\s+(?:the\s+)?next\s+meeting|"
    r"reasons?\s*(?:\(s\))?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|alternative\s+options?|"
    r"(?:the\s+)?[\w\s-]{0,40}\b(?:is|are)\s+(?:being\s+)?recommended\s+to\b)",
    re.I,
)


def _table_row(line: Line) -> Hit | None:
    return Hit() if line.table else None


def _item_heading(line: Line) -> Hit | None:
    if line.bullet:
        return None
    item = heading_line(line.text)
    return Hit(item=item) if item is not None else None


def _run_on_heading(line: Line) -> Hit | None:
    if line.bullet:
        return None
    m = INLINE_HEADING.match(line.text)
    if m is None:
        return None
    item = item_heading(f"{m.group('num')} {m.group('title')}")
    return Hit(item=item, rest=m.group("rest")) if item is not None else None


def _markdown_heading(line: Line) -> Hit | None:
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
    r"|nb|reasons?|proposed|seconded|moved|contact|venue|date|time|held|title|start|end|present|attendees|attendance"
    r"|in\s+attendance|apologies|chair|chairman|clerk|members|officers|councillors?|cllr|mr|mrs|ms|dr|question"
    r"|answer|response|reply|purpose|summary|background|location|email|tel|telephone|web|source|status"
    r"|decision\s+maker|decision\s+status|publication\s+date|date\s+of\s+decision|agenda|item|matters?|meeting"
    r"|issue|report|author|lead|ward|wards\s+affected|key\s+decision)$",
    re.I,
)


_DECIDES_WORD = re.compile(
    r"\b(?:resolved|agreed|decided|recommend\w*|decisions?|actions?|moved|proposed)\b", re.I
)


def _label_heading(line: Line) -> Hit | None:
    """ "Planning: ...", "Matters Arising: ...", "Any Other Business: ..." (parish minutes that
    run each item's title into its text)."""
    if line.bullet or ":" not in line.text[:60]:
        return None
    m = _LABEL_HEADING.match(line.text)
    if m is None or _NOT_A_TITLE.match(m.group("title")) or _DECIDES_WORD.search(m.group("title")):
        return None
    return Hit(item=Item(minute="", title=m.group("title")), rest=m.group("rest"))


def _exempt_marker(line: Line) -> Hit | None:
    text = line.text
    if is_public_marker(text):
        return Hit(kind="public")
    if is_private_marker(text):
        return Hit(kind="private")
    return None


def _decisions_in_sentences(line: Line) -> Hit | None:
    """A paragraph whose decisions are all written as sentences ("It was agreed that ...",
    "... and it was resolved to ..."), with no formal RESOLVED or list opening inside it."""
    text = line.text
    trig = None if line.bullet else trigger(text)
    if trig is not None and (trig.kind != "said" or LIST_OPENS.search(trig.rest) or not trig.rest.strip()):
        return None
    if trig is None and not line.bullet and may_start_inside(text):
        mid = MIDLINE.search(text)
        if mid is not None and not mid.group("lower"):
            return None
    body, _ = strip_bullet(text)
    decisions, _ = split_decisions(body)
    if not decisions or any(LIST_OPENS.search(d) for d in decisions):
        return None
    if trig is not None and not body.startswith(decisions[0]):
        return None
    return Hit(kind="said")


_FURNITURE = re.compile(
    r"^(?:additional\s+documents|accompanying\s+documents|is\s+(?:key\s+decision|subject\s+to\s+call[- ]?in)\b"
    r"|decision\s+status\b|decision\s+maker\b|publication\s+date\b|(?:view\s+)?directions$|back\s+to\s+(?:the\s+)?top"
    r"|no\s+action\(?s?\)?\s+(?:have|has)\s+been\s+added\b|loading\.*$|media$|items$|no\.?\s*\|?\s*item\b"
    r"|minutes\s*:$|contact\s*:|venue\s*:|(?:home\s*>\s*)?council\s+and\s+democracy\b|issue\s*-\s*meetings$"
    r"|agenda\s+item$|decision\s+details$|local\s+democracy$)",
    re.I,
)


def _agenda_furniture(line: Line) -> Hit | None:
    """The labels and links of a committee web page around the minutes, not minutes themselves."""
    if line.bullet or len(line.text) > 160 or not _FURNITURE.match(line.text):
        return None
    return Hit()


def _action_line(line: Line) -> Hit | None:
    if line.bullet:
        return None
    trig = trigger(line.text)
    return Hit(kind="action", rest=trig.rest) if trig is not None and trig.kind == "action" else None


def _decision_trigger(line: Line) -> Hit | None:
    if line.bullet:
        return None
    trig = trigger(line.text)
    if trig is None:
        return None
    return _trigger_hit(trig.kind, trig.rest)


def _trigger_hit(kind: str, rest: str, before: str = "", after: str = "", text: str | None = None) -> Hit:
    """`to` is the body a "Resolved to RECOMMEND: (to Council)" stem names ("" when it names none)."""
    recommend = RECOMMEND_STEM.match(rest)
    if recommend is not None:
        to = (recommend.group("to") or recommend.group("to2") or "").strip()
        return Hit(kind=kind, rest="", to=to, before=before, after=after, text=text)
    return Hit(kind=kind, rest=rest, before=before, after=after, text=text)


def _recommends_to(line: Line) -> Hit | None:
    if line.bullet or len(line.text) > 200:
        return None
    m = RECOMMENDS_TO.match(line.text)
    return Hit(kind="resolved", to=title_case(m.group("to").strip())) if m else None


def _decision_inside_paragraph(line: Line) -> Hit | None:
    text = line.text
    if line.bullet or not may_start_inside(text):
        return None
    mid = MIDLINE.search(text)
    if mid is None or mid.end() == 0:
        return None
    tail = text[mid.end() :]
    trig = trigger(tail)
    if trig is None or not REST_OK.match(trig.rest):
        return None
    head = MARKER_RE.sub("", text[: mid.start()].strip(), count=1)
    tail = tail.rstrip(" |")
    after = ""
    if mid.group("lower"):
        said = sentences(tail)
        tail, after = said[0], " ".join(said[1:])
    trig = trigger(tail)
    if trig is None:
        return None
    return _trigger_hit(trig.kind, trig.rest, before=head, after=after, text=tail)


def _minutes_confirmed(line: Line) -> Hit | None:
    if line.bullet:
        return None
    record = minutes_record(line.text)
    if record is None:
        return None
    said = sentences(record)
    return Hit(text=said[0], after=" ".join(said[1:]))


_RESOLUTION_CLAUSE = re.compile(
    r"^That\s+(?!(?:is|was|were|would|will|had|has|being|said|means?|seems?)\b)\S"
)
_BE_MOOD = re.compile(r"\bbe\s+(?:\w+ly\s+)?\w+", re.I)


def _resolution_clause(line: Line) -> Hit | None:
    """ "That the verbal update be noted." standing alone: a resolution whose RESOLVED label was
    lost (a web page puts it in a cell of its own, or prints none)."""
    text = line.text
    if line.bullet or not _RESOLUTION_CLAUSE.match(text) or len(text) > 1500:
        return None
    head = " ".join(text.split()[:40])
    if STEM_END.search(text) or _BE_MOOD.search(head) or commits_someone(text):
        return Hit(kind="that", rest=text)
    return None


_BODY_STEM = re.compile(
    r"^(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}(?:committee|commission|panel|board|cabinet|council|executive|group"
    r"|sub-committee|forum)\s*(?:(?:then|further|also|accordingly)\s*)?"
    r"(?:(?:noted|agreed|resolved|decided|approved|endorsed|instructed)\b[^:;.]{0,200}?)?:\s*[-–—]?\s*$",
    re.I,
)


def _body_stem(line: Line) -> Hit | None:
    """ "The Cabinet then:-", "The Committee noted the report and further:" over a list of
    decisions written without a subject ("(a) Agreed to ...", "(b) Instructed the Clerk to ...")."""
    if line.bullet or len(line.text) > 300 or not _BODY_STEM.match(line.text):
        return None
    return Hit(kind="stem")


def _block_end(line: Line) -> Hit | None:
    return Hit() if _STOP.match(line.text) else None


def _list_point(line: Line) -> Hit | None:
    return Hit() if line.bullet or MARKER_RE.match(line.text) else None


def _narrative(line: Line) -> Hit | None:
    return Hit()


RULES: tuple[Rule, ...] = (
    Rule(
        "table_row",
        Tag.TABLE,
        _table_row,
        examples=("| Action | Owner | Due |", "| 4 | Circulate the audit plan | Clerk | 1 May |"),
        counter=("Members noted the figures | pages 4-6",),
        why="A row of a markdown or flattened table; minutes/tables.py reads action tables.",
    ),
    Rule(
        "item_heading",
        Tag.HEADING,
        _item_heading,
        examples=(
            "15. MINUTES OF THE PREVIOUS MEETING",
            "Minute 45/23 – Budget Monitoring",
            "7 Date of next meeting",
            "Item 4: Highways Maintenance Plan",
        ),
        counter=(
            "3. That the report be noted.",
            "12 March 2031 Budget",
            "• 4. LIBRARY OPENING HOURS",
            "2. The Panel considered the report.",
        ),
        why="A numbered item title starts a new item (minute number and title).",
    ),
    Rule(
        "run_on_heading",
        Tag.HEADING,
        _run_on_heading,
        examples=("236 SICKNESS ABSENCE – The Chairman introduced the report.",),
        counter=("236 The Chairman introduced the report – briefly.",),
        why="A numbered capitals heading that runs on into its text: heading, then the text as a line.",
    ),
    Rule(
        "agenda_furniture",
        Tag.FURNITURE,
        _agenda_furniture,
        examples=(
            "Additional documents:",
            "Is subject to call in?: No",
            "No Action(s) have been added to this Agenda Item",
            "Decision status: Recommendations Approved",
            "Minutes:",
        ),
        counter=(
            "Minutes: RESOLVED that the minutes be confirmed.",
            "Supporting the Panel's work, officers reported.",
        ),
        why="Labels and links of a web page around the minutes: never a decision, never a request.",
    ),
    Rule(
        "markdown_heading",
        Tag.HEADING,
        _markdown_heading,
        examples=("### Actions", "## Transferring the domain to the Foundation"),
        counter=("#5 on the list was deferred.",),
        why="A markdown heading: an item with a title and no number (minutes kept as web pages).",
    ),
    Rule(
        "label_heading",
        Tag.HEADING,
        _label_heading,
        examples=(
            "Planning: Two applications were considered.",
            "Any Other Business: The bench needs repair.",
        ),
        counter=(
            "Minutes: RESOLVED that the minutes be confirmed.",
            "Decision: to approve the plan.",
            "Present: Cllr A Hale (Chair), Cllr B Ross",
            "Mr Hale said: the bench needs repair.",
        ),
        why="A short title run into its item's text (parish style): an item, and its text as a line.",
    ),
    Rule(
        "exempt_marker",
        Tag.EXEMPT,
        _exempt_marker,
        examples=("PART B - EXEMPT INFORMATION", "Public session", "EXCLUSION OF THE PRESS AND PUBLIC"),
        counter=("The exempt appendix was noted by members.",),
        why="A marker between items that opens or closes the private part of the meeting.",
    ),
    Rule(
        "decisions_in_sentences",
        Tag.NARRATIVE,
        _decisions_in_sentences,
        examples=(
            "It was agreed that the Clerk obtain three quotes for the fence.",
            "The Panel decided to issue an annual report.",
            "Members discussed the fence, and it was agreed that a note be circulated.",
            "• It was agreed that the bench be repainted.",
            "Cllr Rowe proposed the grant be paid, seconded Cllr Hale, all in favour.",
            "Following a long discussion about parking it was agreed that a notice be placed in the newsletter.",
            "Clerk to write to the landowner about the hedge.",
            "The hedge in Mill Lane is overgrown - clerk to contact the owner.",
            "The chairman is to contact Highways about the verge.",
        ),
        counter=(
            "RESOLVED that the report be noted.",
            "It was agreed:",
            "The Committee agreed that -",
            "Clerk to the Council: Ms A Byrne",
            "Members to consider the proposal for a review topic.",
            "Mr Hale to ask the school about parking.",
        ),
        why="Decisions told as sentences inside the discussion: they count where the item has no formal list.",
    ),
    Rule(
        "action_line",
        Tag.ACTION,
        _action_line,
        examples=(
            "ACTION: Chief Executive",
            "Action: Clerk to write to the landowner.",
            "Action. Dana Lee agreed to pass the complaint to the Parish Council.",
            "Actions agreed:",
        ),
        counter=("Actionable items were discussed.", "The action plan was noted."),
        why="An action written as such: who acts (on the decision above it) or what is to be done.",
    ),
    Rule(
        "decision_trigger",
        Tag.TRIGGER,
        _decision_trigger,
        examples=(
            "RESOLVED:",
            "RESOLVED that the report be noted.",
            "Resolved – That the minutes be confirmed.",
            "AGREED that –",
            "The Committee resolved to:",
            "Decision:",
            "Resolved to RECOMMEND: (to Council)",
            "It was RESOLVED that:",
        ),
        counter=(
            "Members agreed the budget with partners.",
            "• RESOLVED that the report be noted.",
            "The report was agreed by the Cabinet in 2019.",
        ),
        why="The formal words that open a decision block; the points follow (minutes/lists.py).",
    ),
    Rule(
        "recommends_to",
        Tag.TRIGGER,
        _recommends_to,
        examples=("RECOMMENDS TO THE PROJECT BOARD:", "The Panel recommends to Cabinet:"),
        counter=("The Panel recommends that the report be noted.",),
        why="A stem over points another body is asked to act on: they are actions due at that body.",
    ),
    Rule(
        "decision_inside_paragraph",
        Tag.TRIGGER,
        _decision_inside_paragraph,
        examples=(
            "The Chair moved the item. It was proposed by Cllr Ames, seconded by Cllr Bond and RESOLVED to "
            "approve the plan.",
            "Members discussed the station car park. AGREED – (a) to note the report; (b) to ask officers to "
            "report back.",
        ),
        counter=("The plan was proposed by Cllr Ames and seconded by Cllr Bond.",),
        why="A formal decision that starts inside a paragraph; the narrative before it is tagged apart.",
    ),
    Rule(
        "body_stem",
        Tag.TRIGGER,
        _body_stem,
        examples=(
            "The Cabinet then:-",
            "The Committee:",
            "The Area Committee noted the report and further:",
        ),
        counter=("The Committee heard that:", "Members raised the following points:"),
        why="The body that decides, over a list of decisions written without a subject.",
    ),
    Rule(
        "minutes_confirmed",
        Tag.RECORD,
        _minutes_confirmed,
        examples=(
            "The minutes of the meeting held on 4 May were confirmed as a correct record.",
            "The minutes were ACCEPTED as a true record.",
            "Minutes of the Meeting of 20th March: Signed as a correct record",
        ),
        counter=("The Committee was asked to confirm the minutes of the meeting held on 4 May.",),
        why="Minutes of an earlier meeting confirmed in a sentence: a decision, never an action.",
    ),
    Rule(
        "resolution_clause",
        Tag.TRIGGER,
        _resolution_clause,
        examples=(
            "That the verbal update be noted.",
            "That the Deputy Monitoring Officer prepare a response on behalf of the Panel.",
            "That the Executive Member be advised to:",
        ),
        counter=(
            "That was the view of most members.",
            "That evening the hall was full.",
            "• That the plan be noted.",
        ),
        why="A resolution standing alone, its RESOLVED label lost; under a list intro it is a proposal, not a decision.",
    ),
    Rule(
        "block_end",
        Tag.STOP,
        _block_end,
        examples=(
            "Supporting documents:",
            "Reasons for the decision: to keep the plan on track.",
            "The meeting closed at 8.40 pm.",
            "The Cabinet is recommended to:",
        ),
        counter=("The Chair closed the discussion and thanked officers.",),
        why="What ends a decision list: furniture after it, the reasons for it, the end of the meeting.",
    ),
    Rule(
        "vote_line",
        Tag.MOTION,
        vote_line,
        examples=("Proposed by: Alex", "Proposed: Cllr Hale; Seconded: Cllr Ross", "Moved by: Mrs Dunn"),
        counter=("Proposed by the Chair, the plan was discussed at length by all members present.",),
        why="A vote line under a proposal: the line (or heading) above it is the motion.",
    ),
    Rule(
        "outcome_line",
        Tag.MOTION,
        outcome_line,
        examples=(
            "Unanimously approved.",
            "Motion carried unanimously.",
            "Carried by 6 votes to 2.",
            "Lost.",
        ),
        counter=("Approved the recommendations of the Scrutiny Panel as set out in the report.",),
        why="The result of a vote on a line of its own; a lost motion is no decision.",
    ),
    Rule(
        "list_point",
        Tag.POINT,
        _list_point,
        examples=(
            "(a) the report be noted;",
            "ii. Officers circulate the figures.",
            "• Members discussed the site",
        ),
        counter=("Officers circulated the figures.",),
        why="A numbered, lettered, roman or bulleted point; under a trigger it is a resolution point.",
    ),
    Rule(
        "narrative",
        Tag.NARRATIVE,
        _narrative,
        examples=("The Director introduced the report.",),
        why="Everything else: discussion, read for decisions in sentences and for requests.",
    ),
)


def tag_document(lines: list[Line]) -> list[Tagged]:
    return tag_lines(lines, RULES)
