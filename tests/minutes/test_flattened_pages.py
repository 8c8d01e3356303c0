"""Web pages flattened to text: table rows, cells ending in pipes, sections run into one line."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes.extract import extract_text
from tests.minutes.helpers import (
    points,
)


def test_rows_of_a_flattened_minutes_table_each_hold_their_decision() -> None:
    doc = extract_text(
        "No. | Item |\n"
        "Minutes To approve the minutes of the meeting held on 2 June 2025. Minutes: RESOLVED that the minutes "
        "of the meeting held on 2 June 2025 are agreed as a correct record. |\n"
        "Matters arising Minutes: None. |\n"
        "Cabinet responses To consider responses. Minutes: RESOLVED that the following response be noted. |\n"
    )
    assert points(doc) == [
        ("That the minutes of the meeting held on 2 June 2025 are agreed as a correct record.", False),
        ("That the following response be noted.", False),
    ]


def test_a_page_that_put_each_word_of_the_decision_in_a_cell() -> None:
    doc = extract_text(
        "33 Joint Waste Partnership PDF 38 KB\nMinutes:\nThe report was considered.\n"
        "RESOLVED: |\nThat |\n1. |\nthe draft agreement be endorsed; |\n|\n"
        "2. |\nthe decision be communicated to the partner districts; and |\n|\n"
        "3. |\nthis will take effect from April |\n"
    )
    assert [(r.text, r.actionable, r.minute) for r in doc.resolutions] == [
        ("That the draft agreement be endorsed", False, "33"),
        ("That the decision be communicated to the partner districts", True, "33"),
        ("That this will take effect from April", False, "33"),
    ]


def test_an_items_sections_run_into_one_line() -> None:
    doc = extract_text(
        "Meeting: 12/03/2031 - Resources Committee (Item 41)\n41 Depot Relocation PDF 88 KB\n"
        "Contact: J Wren 01234 567890 Decision: i. Noted the business case;\n"
        "ii. Asked the Director of Place to consult the trade unions.\n"
    )
    assert (doc.committee, doc.meeting_date) == ("Resources Committee", dt.date(2031, 3, 12))
    assert [(r.text, r.minute) for r in doc.resolutions] == [
        ("Noted the business case", "41"),
        ("Asked the Director of Place to consult the trade unions.", "41"),
    ]
    assert doc.resolutions[1].owner == "the Director of Place"


def test_markdown_minutes_escapes_and_anchor_headings() -> None:
    doc = extract_text(
        "---\ntitle: Renal Group Meeting\nstart: 2031-07-08T13:00:00.000Z\n---\n\n"
        "### [](https://example.org/m#actions)Actions\n\n1\\. Send the template to all sites \\[closed]\n\n"
        "2\\. Members to send their protocols \\[new for members]\n"
    )
    assert doc.committee == "Renal Group" and doc.meeting_date == dt.date(2031, 7, 8)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("Send the template to all sites [closed]", False),
        ("Members to send their protocols [new for members]", True),
    ]


def test_web_page_furniture_is_never_a_decision() -> None:
    doc = extract_text(
        "Decision details\n\nDecision Maker: Executive\n\nIs subject to call in?: No\n\n"
        "No Action(s) have been added to this Agenda Item\n\nResolved – That the report be noted.\n"
    )
    assert doc.committee == "Executive"
    assert [r.text for r in doc.resolutions] == ["That the report be noted."]


_DECISION_PAGE = (
    "Decision Maker: Cabinet\nDecision status: Recommendations Approved\nIs Key decision?: No\n"
    "To present the review group's final report.\n"
    "1. That the recommendations set out in section 5 of the review group's report are approved.\n"
    "2. That an officer group be set up and led by the Director of Place and Regeneration to publish a timetable;\n"
    "{after}"
    "Publication date: 04/06/2031\nDate of decision: 04/06/2031\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "To make sure the findings are acted upon.\nDo nothing - the report would lie on the table.\n",
        "",
        "1. To make sure the findings are acted upon.\n2. To meet Procedure Rule 24.\n"
        "Other options considered and rejected by the Cabinet:\n",
    ],
)
def test_a_decision_page_that_lost_its_labels_keeps_its_that_list(after: str) -> None:
    """The page lost its "Decision:" and "Reasons:" cells: the "That ..." list is the decision
    whether or not the reasons follow it."""
    doc = extract_text(_DECISION_PAGE.format(after=after))
    assert [(r.text[:24], r.actionable, r.owner) for r in doc.resolutions] == [
        ("That the recommendations", False, None),
        ("That an officer group be", True, "the Director of Place and Regeneration"),
    ]


def test_a_decision_page_list_mixing_to_note_and_that() -> None:
    doc = extract_text(
        "Decision Maker: Cabinet\nDecision status: Recommendations Approved\nIs Key decision?: Yes\n"
        "To consider a report setting out the presentments accepted by Court Leet.\n"
        "(i) To note the presentments approved by the Court Leet Jury as set out in Appendix 1; and\n"
        "(ii) That individual Cabinet Members ensure that responses are made to presenters within their portfolios.\n"
        "The Executive has agreed that presentments will be reported to the Executive.\n"
        "Report author: Sam Reed\n"
    )
    assert [(r.minute, r.actionable, r.owner) for r in doc.resolutions] == [
        ("i", False, None),
        ("ii", True, "individual Cabinet Members"),
    ]


def test_an_issue_decisions_page_keeps_its_lettered_that_list() -> None:
    """ModernGov titles the page "Issue - decisions"; its points lost their "Decision:" label, and the
    second is written as an account ("would attend") though the committee decided it."""
    doc = extract_text(
        "Issue - decisions\n\nRecommendations Tracker\n\n12/09/2031 - Recommendations Tracker\n\n"
        "The Chair introduced the tracker, which followed the committee's recommendations.\n\n"
        "a. The Scrutiny Committee noted the progress of the previous recommendations.\n\n"
        "b. That, on 14 October, Councillor Okafor would attend the Cabinet to present the task group's report.\n"
    )
    assert [(r.minute, r.actionable) for r in doc.resolutions] == [("a", False), ("b", True)]


def test_the_kinds_of_interest_listed_under_disclosures_are_not_decisions() -> None:
    doc = extract_text(
        "Items\nNo. Item\n\n2.\n\nDisclosures of Interest\n\n"
        "Members are invited to disclose any disclosable pecuniary interest they have in any item on the agenda "
        "which comprises\n\n"
        "1          Details of any employment, office, trade, profession or vocation carried on for profit or gain.\n\n"
        "2          Details of any contract which is made between you and the authority.\n\n"
        "3          Details of any beneficial interest in land which is within the area of the authority.\n\n"
        "Minutes:\n\nThere were no disclosures of interest.\n"
    )
    assert doc.resolutions == []


def test_a_that_list_followed_by_discussion_is_not_a_decision_off_a_decision_page() -> None:
    doc = extract_text(
        "Agenda item 6\n\nRecommendations of the report\n"
        "1. That the strategy is approved.\n2. That the action plan is approved.\n"
        "Members asked about the timescale for consultation.\n"
    )
    assert doc.resolutions == []


def test_minutes_label_then_resolved_in_sentence_case_on_one_line() -> None:
    doc = extract_text(
        "To confirm the minutes of the meeting held on 14 March 2031.\n"
        "Minutes: Resolved that the minute of the meeting held on 14 March 2031 be agreed.\n"
        "Scrutiny Review - update\n"
        "Minutes: The Committee received a verbal update on the review.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That the minute of the meeting held on 14 March 2031 be agreed."
    ]


def test_a_bold_keyword_run_into_its_clause_still_opens_the_list() -> None:
    doc = extract_text(
        "Licensing Committee, 4 March 2031\n\n5. Sub-Committees\n\n"
        "RESOLVEDthat the Sub-Committees be restructured as follows:-\n\n"
        "(a) that the quorum be three Members;\n\n(b) that the Sub-Committees sit in rotation.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That the Sub-Committees be restructured as follows the quorum be three Members",
        "That the Sub-Committees be restructured as follows the Sub-Committees sit in rotation.",
    ]


def test_a_pdf_run_into_one_line_keeps_the_capital_resolved_after_an_item_title() -> None:
    doc = extract_text(
        "Present Cllrs Paul Fuller (Chairman), Julia Baker-Smith 40. Minutes RESOLVED : (a) THAT the Minutes of "
        "the meeting held on 7 November 2031 be confirmed. (b) THAT the Minutes of the meeting held on 3 January "
        "2032 be confirmed.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That the Minutes of the meeting held on 7 November 2031 be confirmed.",
        "That the Minutes of the meeting held on 3 January 2032 be confirmed.",
    ]
    assert extract_text("The report on the Minutes RESOLVED nothing new.\n").resolutions == []


def test_a_pdf_run_into_one_line_starts_each_bracketed_minute_and_its_page_footer_keeps_resolved() -> None:
    filler = (
        "Councillors Mrs A Ashby (Chairman), B Brook, C Crane, D Dale, E Eames, F Fenn and G Gale were present. "
        * 4
    )
    doc = extract_text(
        f"17 APRIL 2031 Minutes of a meeting of the PLANNING COMMITTEE held at Holt Road. {filler}"
        "(240) APOLOGIES FOR ABSENCE All Members were present. (241) MINUTES The Minutes of the meeting of the "
        "Committee held on 20 March 2031 were approved as a correct record and signed by the Chairman. (242) ITEMS "
        "OF URGENT BUSINESS The Development Manager asked to defer item 6 to allow the Parish Council to speak. "
        "Planning Committee 1 17 April 2031 RESOLVED That the following application be deferred: PF/31/0562 - "
        "Change of use; Hare & Hounds (243) DECLARATIONS OF INTEREST Councillor Brook declared an interest.\n"
    )
    assert [(r.minute, r.text, r.actionable) for r in doc.resolutions] == [
        ("241", "The Minutes of the meeting of the Committee held on 20 March 2031 were approved as a correct "
         "record and signed by the Chairman.", False),
        ("242", "That the following application be deferred: PF/31/0562 - Change of use; Hare & Hounds", True),
    ]  # fmt: skip


def test_a_parish_pdf_run_into_one_line_starts_each_minute_numbered_with_its_year() -> None:
    filler = "Present: Cllrs Ash, Birch, Cedar and Elm, the clerk and two members of the public. " * 8
    doc = extract_text(
        f"Minutes of the Fenby Parish Council meeting held on 4 November 2031. {filler}"
        "466/31 Drainage Fen Road PKO had spoken to the owners of 28 Fen Road about the ditch. Action: the clerk "
        "467/31 Grass Cutting Contract The contractor's response was received. It was AGREED not to impose any "
        "penalties at present. 468/31 Remembrance Day AGREED To donate £25 to the British Legion for the wreath. "
        "Budget for 2031/32 Precept was discussed at length.\n"
    )
    assert [r.text for r in doc.resolutions][-1] == "It was AGREED not to impose any penalties at present."


def test_a_lost_decision_run_into_one_line_ends_at_the_next_titles_minutes() -> None:
    doc = (
        "Venue: Council Chamber, Riverside House\nNo. | Item |\n"
        "Minutes of the previous meeting PDF 210 KB Minutes: DECIDED: That the minutes of the previous "
        "meeting held on 15 March 2032 be APPROVED. |\n"
        "Induction Briefing (Presentation) PDF 569 KB Minutes: The Panel received a presentation from the "
        "Head of Democratic Services.\n"
        "Members debated the role of the new sub-committee and the timescale for answers to questions.\n"
        "1) That the content of the presentation be noted; 2) For a copy of the presentation to be emailed to "
        "all members; 3) For answers to the questions to be provided after the meeting.\n"
        "Development of the Work Programme\n"
        "Minutes: The Panel was advised of the forthcoming priorities.\n"
    )
    got = [(r.text, r.actionable) for r in extract_text(doc).resolutions]
    assert got[1:] == [
        ("That the content of the presentation be noted", False),
        ("For a copy of the presentation to be emailed to all members", True),
        ("For answers to the questions to be provided after the meeting.", True),
    ]


def test_a_bracketed_number_inside_a_numbered_point_is_no_label() -> None:
    doc = (
        "Minutes of the Council held on 4 March 2032\n\n7. Cabinet Reports\nRESOLVED:\n"
        "1. That Cabinet Reports Nos. 8 and 9 be received and adopted. That the recommendation on policies "
        "(report no.9 item 2) be agreed.\n2. That the reports be published.\n"
    )
    assert [r.text for r in extract_text(doc).resolutions] == [
        "That Cabinet Reports Nos. 8 and 9 be received and adopted. That the recommendation on policies "
        "(report no.9 item 2) be agreed.",
        "That the reports be published.",
    ]


def test_a_decision_told_after_the_minutes_label_of_a_run_together_item() -> None:
    """ "Title Purpose. Minutes: This item was deferred ...": what follows the label is read as
    any paragraph is, so a deferral or a sentence that decides is found after it."""
    doc = extract_text(
        "Election of Vice Chair Under its terms of reference, the Panel elects its Vice Chair each year.\n"
        "Minutes: This item was deferred for consideration at the next meeting. Cllr Khan remained Vice "
        "Chair for the meeting.\n"
        "Announcements To receive any announcements.\n"
        "Minutes: The Chair thanked the outgoing Clerk.\n"
    )
    assert [(r.text, r.actionable, r.due) for r in doc.resolutions] == [
        ("This item was deferred for consideration at the next meeting.", True, "next meeting")
    ]


def test_a_parish_pdf_run_into_one_line_with_titles_in_capitals() -> None:
    """A PDF transcript on one line: a file name that says "Minutes-" before the heading, items
    numbered over titles in capitals, "Resolved:" after a sentence, and the chair's initials box at the
    page's foot run into the text."""
    doc = extract_text(
        "ASHBY-Minutes-18-03-31.Pdf\n\nASHBY-Minutes-18-03-31.Pdf ASHBY PARISH COUNCIL MINUTES OF THE MEETING OF "
        "THE COUNCIL HELD ON TUESDAY 18 MARCH 2031 AT THE VILLAGE HALL 7.30PM PRESENT: Parish Councillors: P. Adams "
        "(Chairman) A. Pearson IN ATTENDANCE: Mrs T. Williams (Clerk) 1. APOLOGIES None 2. PUBLIC PARTICIPATION "
        "No members of the public present 3. MINUTES OF LAST MEETING Resolved: The minutes of the meeting held on "
        "21 January 2031 were approved as a true record. 4. CORRESPONDENCE The County Council wish to hear whether "
        "a Good Neighbour Scheme would be of interest. Resolved: That the form enclosed with the letter be returned "
        "requesting more information about the scheme. Chairman’s Initials ……………………… 1 Ashby Visitor Centre "
        "reported on the new opening hours.\n"
    )
    assert doc.meeting_date == dt.date(2031, 3, 18)
    assert [(r.text, r.actionable) for r in doc.resolutions][-1] == (
        "That the form enclosed with the letter be returned requesting more information about the scheme.",
        True,
    )


def test_an_agreement_run_into_its_that_by_the_pdf_is_still_a_decision() -> None:
    doc = extract_text(
        "Notes of the Partnership Group, 4 March 2031\n\n"
        "4. Rural strategy. It was agreedthat Rob should follow up with the chair of the Rural Group.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("That Rob should follow up with the chair of the Rural Group.", True)
    ]


def test_bulleted_points_run_into_the_resolved_row_are_points_each() -> None:
    doc = extract_text(
        "6. Statement of Licensing Policy\n"
        "Minutes: Members discussed the draft policy.\n"
        "RESOLVED: · That the draft policy be the subject of public consultation, with officers reporting back. "
        "· That authority be delegated to the Licensing Manager to start the consultation. |\n"
    )
    assert points(doc) == [
        ("That the draft policy be the subject of public consultation, with officers reporting back.", True),
        ("That authority be delegated to the Licensing Manager to start the consultation.", False),
    ]


def test_a_sentence_wrapped_over_blank_lines_is_one_line_until_a_decision_opens() -> None:
    doc = extract_text(
        "12. Harbour dues\n\nRESOLVED:\n\n"
        "That the Harbour Management Committee recommends to the\n\n"
        "Harbour Board the approval of an increase in harbour dues of 1% for 2032/33.\n\n"
        "13. Minutes of the last meeting\n\nMinutes:\n\nMoved by the Chair,\n\nSeconded by Councillor Reed and\n\n"
        "Resolved - That the minutes of the meeting of 1st October be taken as read and signed as correct.\n"
    )
    assert points(doc) == [
        (
            "That the Harbour Management Committee recommends to the Harbour Board the approval of an increase "
            "in harbour dues of 1% for 2032/33.",
            True,
        ),
        ("That the minutes of the meeting of 1st October be taken as read and signed as correct.", False),
    ]
