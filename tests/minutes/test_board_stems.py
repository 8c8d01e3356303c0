"""A governing board's minutes (fixture 43): the board named as the subject ("Governors noted the
report."), its points run on after the colon ("The Board: (a) noted ...; (b) approved ..."), a list
approved as a whole ("The following policies were reviewed and approved:" over the policies), and
the questions governors ask, which decide nothing."""

from __future__ import annotations

from minutes.approved_lists import approved_list
from minutes.extract import extract_text
from minutes.rules import tag_document
from minutes.text import logical_lines
from tests.minutes.helpers import texts
from tests.minutes.test_fixture_minutes import read


async def test_governing_board_decisions() -> None:
    e = await read("43_school_governing_board.txt")
    got = [(r.text, r.actionable, r.owner, r.minute) for r in e.resolutions]
    assert got == [
        ("The minutes of the meeting held on 25 November 2031 were agreed as a true record and signed by the Chair.", False, None, "2"),
        ("Governors noted the report.", False, None, "3"),
        ("The following policies were reviewed and approved: Charging and remissions policy; Whistleblowing policy; "
         "Governor allowances policy", False, None, "4"),
        ("The Board noted the forecast outturn", False, None, "5"),
        ("The Board approved the virement to the premises budget", False, None, "5"),
        ("The Board asked the Business Manager to obtain quotes for the boiler.", True, "the Business Manager", "5"),
        ("Mrs Hale was appointed link governor for SEND.", False, None, "6"),
        ("The Clerk to book Prevent training for all governors.", True, "The Clerk", "6"),
    ]  # fmt: skip


async def test_questions_and_discussion_lists_are_no_decision() -> None:
    e = await read("43_school_governing_board.txt")
    said = " ".join(r.text for r in e.resolutions)
    assert "attendance" not in said and "nurture" not in said and "roof survey" not in said


def test_a_run_on_stem_of_facts_stays_discussion() -> None:
    doc = (
        "Minutes of the Resources Committee held on 4 March 2032\n\n5. Budget\n"
        "The Committee: (a) heard that the grant was late; (b) heard that the roof leaked.\n"
    )
    assert texts(doc) == []


def test_a_list_of_items_discussed_is_not_approved() -> None:
    lines = tag_document(logical_lines("The following items were discussed:\n• the roof\n• the car park\n"))
    assert approved_list(lines, 0) is None
    lines = tag_document(logical_lines("The following policies were adopted:\n• Charging policy\n"))
    assert approved_list(lines, 0) == ("The following policies were adopted: Charging policy", 2)


def test_a_body_stem_under_a_bare_resolved_is_read_whatever_its_verbs() -> None:
    """A ModernGov page sets "RESOLVED:" and "That Cabinet:" on lines of their own over the points;
    under RESOLVED the points are decisions even with a verb the stem rule does not list."""
    doc = extract_text(
        "5. Report from the Policy Overview Committee\n\nMinutes:\n\nRESOLVED:\n\nThat Cabinet:\n\n"
        "1.      Commemorates the report from the Committee on the review of youth services.\n\n"
        "2.      Endorses the recommendations of the Committee as set out in their report.\n\n"
        "Reasons for decision\n\nCabinet welcomed the review.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That Cabinet commemorates the report from the Committee on the review of youth services.",
        "That Cabinet endorses the recommendations of the Committee as set out in their report.",
    ]


def test_a_stem_of_facts_with_no_resolved_above_it_stays_discussion() -> None:
    doc = extract_text("5. Report\n\nThe Cabinet:\n\n1. Heard about the review.\n\n2. Saw the plans.\n")
    assert doc.resolutions == []


def test_the_body_alone_after_resolved_is_the_subject_of_its_numbered_points() -> None:
    doc = (
        "Minutes of the Community Overview Committee held on 4 March 2032\n\n"
        "5 Bus Services\nMembers discussed the evening timetable.\n"
        "Resolved: The Committee\n"
        "1. Thanks the operators for their presentations 2. Notes the timetable update "
        "3. Requests that the Transport Working Group reviews the evening services.\n"
        "6 Corporate Plan\nThe Leader introduced the plan.\n"
        "Resolved: Cabinet\n1. Agrees the plan as set out in the report\n2. Asks officers to publish the plan by 1 May.\n"
    )
    got = [(r.text, r.actionable) for r in extract_text(doc).resolutions]
    assert got == [
        ("Thanks the operators for their presentations", False),
        ("Notes the timetable update", False),
        ("Requests that the Transport Working Group reviews the evening services.", True),
        ("Agrees the plan as set out in the report", False),
        ("Asks officers to publish the plan by 1 May.", True),
    ]


def test_a_cited_paragraph_number_in_a_numbered_point_is_no_label() -> None:
    doc = (
        "Minutes of the Audit Committee held on 4 March 2032\n\n7 Treasury Report\n"
        "RESOLVED:\n1. That the changes set out in paragraph 2. The new limits be approved.\n"
        "2. That officers report on the limits to the next meeting.\n"
    )
    assert [r.text for r in extract_text(doc).resolutions] == [
        "That the changes set out in paragraph 2. The new limits be approved.",
        "That officers report on the limits to the next meeting.",
    ]


def test_a_clause_that_goes_on_in_each_point_is_their_stem() -> None:
    """ "RESOLVED: That PCSO Leason be" over "(1) welcomed ..." and "(2) requested to provide ...": each
    point finishes the clause, and the officer it names does what is asked."""
    doc = extract_text(
        "Minutes of Ashby Parish Council held on 1 November 2031\n\n5. Police\n\nRESOLVED: That PCSO Leason be\n\n"
        "(1) welcomed to Ashby;\n\n(2) requested to provide the Clerk with her shift pattern; and\n\n"
        "(3) requested to provide a photograph for the Parish Newsletter.\n\n6. Planning\n\nNone.\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("That PCSO Leason be welcomed to Ashby", False, None),
        ("That PCSO Leason be requested to provide the Clerk with her shift pattern", True, "PCSO Leason"),
        (
            "That PCSO Leason be requested to provide a photograph for the Parish Newsletter.",
            True,
            "PCSO Leason",
        ),
    ]


def test_a_board_stem_over_bullets_of_what_it_reviewed_and_approved() -> None:
    doc = extract_text(
        "Health and Wellbeing Board, 4 March 2032\n\n7. Healthy weight action plan\n"
        "The Board:\n\n"
        "·         Reviewed progress made with the action plan during the year;\n\n"
        "·         Discussed the refreshed action plan and suggested amendments;\n\n"
        "·         AGREED that the next update should be provided at the May 2032 meeting of the Board.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("The Board reviewed progress made with the action plan during the year", False),
        ("The Board discussed the refreshed action plan and suggested amendments", False),
        (
            "The Board AGREED that the next update should be provided at the May 2032 meeting of the Board.",
            True,
        ),
    ]


def test_a_body_stem_over_points_that_establish_and_refuse() -> None:
    e = extract_text(
        "Issue - decisions\n\n"
        "Applications to develop on Council land\n\n"
        "The committee:\n\n"
        "1.    Established a task group, as set out in the report, consisting of Councillors Attewell, Nichols "
        "and Sexton.\n\n"
        "2.    Agreed that Officers were not to pursue such applications until the Committee had approved a "
        "strategy.\n"
    )
    assert [(r.text[:39], r.actionable) for r in e.resolutions] == [
        ("The committee established a task group,", True),
        ("The committee agreed that Officers were", False),
    ]
