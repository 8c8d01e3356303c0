"""Minutes written in numbered paragraphs (fixture 49): a paragraph that tells the board's decision
("24.2 The Board NOTED the report.", "24.3 The Board APPROVED ...", "25.1 It was proposed,
seconded and agreed that ...") is read without its number; the paragraphs that tell the
discussion stay discussion."""

from __future__ import annotations

from minutes.decided_clause import decided_clause
from minutes.extract import extract_text
from minutes.page_text import without_number
from tests.minutes.helpers import parish_doc, points
from tests.minutes.test_fixture_minutes import read


async def test_decisions_in_numbered_paragraphs() -> None:
    e = await read("49_trust_board_numbered_paragraphs.txt")
    got = [(r.text, r.actionable, r.owner, r.due, r.minute) for r in e.resolutions]
    assert got == [
        ("The Board NOTED the report.", False, None, None, "24/31"),
        ("The Board APPROVED the revised elective recovery trajectory.", False, None, None, "24/31"),
        ("That the Chief Operating Officer would present a cancer deep dive in September.", True,
         "the Chief Operating Officer", "September", "24/31"),
        ("It was proposed, seconded and agreed that the Director of Estates publish the green plan on the Trust "
         "website.", True, "the Director of Estates", None, "25/31"),
    ]  # fmt: skip


def test_number_and_letter_cut_off() -> None:
    assert without_number("24.2 The Board NOTED the report.") == "The Board NOTED the report."
    assert without_number("(b) The bank reconciliation was noted.") == "The bank reconciliation was noted."
    assert without_number("2031 was a good year.") == "2031 was a good year."


def test_proposed_and_seconded_without_names() -> None:
    assert decided_clause("It was proposed, seconded and agreed that the Clerk order a new bench.") == (
        "That the Clerk order a new bench."
    )


def test_a_paragraph_numbered_under_the_next_whole_number_starts_the_next_item() -> None:
    """The heading of item 2 was lost: "2.1 ..." after item 1's RESOLVED still starts item 2, so its
    agreement is that item's decision, not discussion under item 1's formal list."""
    doc = extract_text(
        "Minutes of the Council Meeting held on 9 October 2031\n\n1. MINUTES\n\n"
        "1.1 It was proposed by Councillor Lee, seconded by Councillor Shaw and\n"
        "RESOLVED that the Minutes of the Council Meeting held on 11 September 2031 be taken as read and signed.\n\n"
        "2.1 The Chief Executive advised that there were no matters arising.\n\n"
        "2.4 Submitted an e-mail from Northern Water requesting dates for a presentation.\n\n"
        "2.4.1 It was agreed that Northern Water should be invited to attend the January meeting of the Council.\n"
    )
    assert [(r.minute, r.actionable) for r in doc.resolutions] == [("1", False), ("2", True)]


def test_resolved_points_numbered_as_report_paragraphs() -> None:
    doc = parish_doc(
        "506. Financial position",
        "RESOLVED:",
        "2.1 That the forecast revenue outturn for the General Fund be noted.",
        "2.2 That any remaining overspend be met from the corporate contingency budgets.",
        "2.3 That the Director of Resources report the final outturn to a future meeting.",
        "Reason for decision – to allow members to monitor the budget.",
    )
    assert points(doc) == [
        ("That the forecast revenue outturn for the General Fund be noted.", False),
        ("That any remaining overspend be met from the corporate contingency budgets.", False),
        ("That the Director of Resources report the final outturn to a future meeting.", True),
    ]


def test_to_points_numbered_as_report_paragraphs_under_a_label_ended_by_a_semicolon() -> None:
    doc = extract_text(
        "Decision details\n\nPublic Health Prevention Investment\n\nDecision Maker: Cabinet\n\n"
        "The Executive Mayor and Cabinet RESOLVED;\n\n"
        "2.1 to note that the Council has a one-off Public Health Grant Funding Reserve of £2m.\n\n"
        "2.2 to consider and approve the prevention investment objectives described in section 4.\n\n"
        "2.3 to note that a further report will be brought to Cabinet following further development.\n\n"
        "Publication date: 23/01/2031\n"
    )
    assert points(doc) == [
        ("To note that the Council has a one-off Public Health Grant Funding Reserve of £2m.", False),
        ("To consider and approve the prevention investment objectives described in section 4.", False),
        ("To note that a further report will be brought to Cabinet following further development.", True),
    ]


def test_numbered_paragraphs_that_decide_alike_are_each_a_decision() -> None:
    """A parish confirms several sets of minutes under one item, one numbered paragraph each, in
    the same words; a page that repeats one decision (under "Decision:" and "Minutes:") does not
    number the copies."""
    doc = extract_text(
        "3. Minutes of meetings\n"
        "3.1 Meeting of 22 November – It was RESOLVED to agree and sign the minutes as a true record.\n"
        "3.2 Extraordinary meeting of 4 January – It was RESOLVED to agree and sign the minutes as a true record.\n"
        "4. Reports\nIt was RESOLVED to note the report.\nIt was RESOLVED to note the report.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "It was RESOLVED to agree and sign the minutes as a true record.",
        "It was RESOLVED to agree and sign the minutes as a true record.",
        "To note the report.",
    ]
