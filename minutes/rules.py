"""The rule table: what each logical line of minutes is, first matching rule wins.

Each row names a form, the tag it gives (minutes/tags.py), the test, and lines it must and must
not match; tests/minutes/test_rules.py runs every example. To teach the reader a new council's
style, add a row (or an example to a row) here, a fixture in tests/fixtures/minutes, and score.
"""

from __future__ import annotations

from minutes.matchers import (
    action_line,
    agenda_furniture,
    block_end,
    body_stem,
    decision_inside_paragraph,
    decision_trigger,
    decisions_in_sentences,
    exempt_marker,
    label_heading,
    list_point,
    markdown_heading,
    minutes_confirmed,
    narrative,
    numbered_heading,
    recommends_to,
    resolution_clause,
    run_on_heading,
    table_row,
)
from minutes.motions import outcome_line, vote_line
from minutes.tags import Rule, Tag, Tagged, tag_lines
from minutes.text import Line

RULES: tuple[Rule, ...] = (
    Rule(
        "table_row",
        Tag.TABLE,
        table_row,
        examples=("| Action | Owner | Due |", "| 4 | Circulate the audit plan | Clerk | 1 May |"),
        counter=("Members noted the figures | pages 4-6",),
        why="A row of a markdown or flattened table; minutes/tables.py reads action tables.",
    ),
    Rule(
        "item_heading",
        Tag.HEADING,
        numbered_heading,
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
        run_on_heading,
        examples=("236 SICKNESS ABSENCE – The Chairman introduced the report.",),
        counter=("236 The Chairman introduced the report – briefly.",),
        why="A numbered capitals heading that runs on into its text: heading, then the text as a line.",
    ),
    Rule(
        "agenda_furniture",
        Tag.FURNITURE,
        agenda_furniture,
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
        markdown_heading,
        examples=("### Actions", "## Transferring the domain to the Foundation"),
        counter=("#5 on the list was deferred.",),
        why="A markdown heading: an item with a title and no number (minutes kept as web pages).",
    ),
    Rule(
        "label_heading",
        Tag.HEADING,
        label_heading,
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
        exempt_marker,
        examples=("PART B - EXEMPT INFORMATION", "Public session", "EXCLUSION OF THE PRESS AND PUBLIC"),
        counter=("The exempt appendix was noted by members.",),
        why="A marker between items that opens or closes the private part of the meeting.",
    ),
    Rule(
        "decisions_in_sentences",
        Tag.NARRATIVE,
        decisions_in_sentences,
        examples=(
            "It was agreed that the Clerk obtain three quotes for the fence.",
            "The Panel decided to issue an annual report.",
            "Members discussed the fence, and it was agreed that a note be circulated.",
            "• It was agreed that the bench be repainted.",
            "Cllr Rowe proposed the grant be paid, seconded Cllr Hale, all in favour.",
            "MOVED by Councilman Hoyt, seconded by Councilwoman Lund, to approve the bills as listed.",
            "Motion by Trustee Bell, seconded by Trustee Amos, to adjourn.",
            "Following a long discussion about parking it was agreed that a notice be placed in the newsletter.",
            "Clerk to write to the landowner about the hedge.",
            "The hedge in Mill Lane is overgrown - clerk to contact the owner.",
            "The chairman is to contact Highways about the verge.",
            "Mr Hale to ask the school about parking.",
            "AP14 JT to book the hall for the open day - ONGOING",
            "Staff to engage an internal audit firm.",
            "PA was to pursue the missing sign with the County Council.",
            "The Panel discussed its programme and agreed that a report on litter come to the March meeting.",
            "The poor turnout was noted but it was agreed that the survey go ahead.",
        ),
        counter=(
            "RESOLVED that the report be noted.",
            "It was agreed:",
            "The Committee agreed that -",
            "Clerk to the Council: Ms A Byrne",
            "Members to consider the proposal for a review topic.",
            "The Monitoring Officer to report on any petitions received.",
            "Subject to the weather the fete will go ahead.",
        ),
        why="Decisions told as sentences inside the discussion: they count where the item has no formal list.",
    ),
    Rule(
        "action_line",
        Tag.ACTION,
        action_line,
        examples=(
            "ACTION: Chief Executive",
            "Action: Clerk to write to the landowner.",
            "Action. Dana Lee agreed to pass the complaint to the Parish Council.",
            "Actions agreed:",
            "Action items",
            "Next steps:",
            "ACTION: dana to close the three stale issues",
        ),
        counter=(
            "Actionable items were discussed.",
            "The action plan was noted.",
            "Next steps for the project were discussed at length.",
        ),
        why="An action written as such: who acts (on the decision above it) or what is to be done.",
    ),
    Rule(
        "decision_trigger",
        Tag.TRIGGER,
        decision_trigger,
        examples=(
            "RESOLVED:",
            "RESOLVED that the report be noted.",
            "Resolved – That the minutes be confirmed.",
            "AGREED that –",
            "The Committee resolved to:",
            "Decision:",
            "Resolved to RECOMMEND: (to Council)",
            "It was RESOLVED that:",
            "NOTED",
            "The Lead Member RESOLVED to (1) approve the charges; and",
            "The Planning and Highways Committee APPROVED that:",
        ),
        counter=(
            "Members agreed the budget with partners.",
            "The Lead Member noted the charges.",
            "• RESOLVED that the report be noted.",
            "The report was agreed by the Cabinet in 2019.",
        ),
        why="The formal words that open a decision block; the points follow (minutes/lists.py).",
    ),
    Rule(
        "recommends_to",
        Tag.TRIGGER,
        recommends_to,
        examples=("RECOMMENDS TO THE PROJECT BOARD:", "The Panel recommends to Cabinet:"),
        counter=("The Panel recommends that the report be noted.",),
        why="A stem over points another body is asked to act on: they are actions due at that body.",
    ),
    Rule(
        "decision_inside_paragraph",
        Tag.TRIGGER,
        decision_inside_paragraph,
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
        body_stem,
        examples=(
            "The Cabinet then:-",
            "The Committee:",
            "The Area Committee noted the report and further:",
            "The Audit and Scrutiny Committee;",
        ),
        counter=("The Committee heard that:", "Members raised the following points:"),
        why="The body that decides, over a list of decisions written without a subject.",
    ),
    Rule(
        "minutes_confirmed",
        Tag.RECORD,
        minutes_confirmed,
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
        resolution_clause,
        examples=(
            "That the verbal update be noted.",
            "That the Monitoring Officer draft a reply to the complainant on the Panel's behalf.",
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
        block_end,
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
        list_point,
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
        narrative,
        examples=("The Director introduced the report.",),
        why="Everything else: discussion, read for decisions in sentences and for requests.",
    ),
)


def tag_document(lines: list[Line]) -> list[Tagged]:
    return tag_lines(lines, RULES)
