"""Items of minutes run into one paragraph by a PDF's text layer ("160 Apologies RESOLVED that ...
161 Declarations None 162 Minutes RESOLVED that ..."): each decision ends where its item does."""

from __future__ import annotations

from minutes.run_on_items import split_run_on_items
from tests.minutes.helpers import parish_doc

_RUN_ON = (
    "160 Apologies for Absence RESOLVED that apologies from Councillors Reed and Hale be noted "
    "161 Declarations of Interest No declarations were made 162 Minutes of Meeting RESOLVED that the "
    "Chairman be authorised to sign, as a correct record, the minutes of the meeting held on 4 February "
    "163 Footpaths No warden present but RESOLVED that the clerk would write to the Trust about the stile. "
    "164 Also RESOLVED that the clerk will ask the County to trim the hedge at Mill Lane."
)


def test_each_decision_of_a_run_on_paragraph_ends_with_its_item() -> None:
    doc = parish_doc(_RUN_ON)
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("That apologies from Councillors Reed and Hale be noted", False, None),
        (
            "That the Chairman be authorised to sign, as a correct record, the minutes of the meeting held "
            "on 4 February",
            False,
            None,
        ),
        ("That the clerk would write to the Trust about the stile.", True, "the clerk"),
        ("That the clerk will ask the County to trim the hedge at Mill Lane.", True, "the clerk"),
    ]


def test_numbers_that_do_not_count_up_three_times_split_nothing() -> None:
    days = (
        "The hall is booked for the dance classes on 5 March, 6 March and 7 March, and the caretaker asked "
        "that 2 Members check the heating, as 3 Radiators were cold at the last event; the Clerk will pass "
        "this on to the hall committee together with the quote of 14 February for a new boiler and the list "
        "of repairs."
    )
    assert split_run_on_items(days) == days
    assert split_run_on_items(_RUN_ON).count("\n\n") == 4


def test_numbered_paragraphs_run_into_one_line_each_end_with_their_own_number() -> None:
    doc = parish_doc(
        "WORKING GROUP DRAFT MINUTES held at the Village Hall on 4th June 2031 Present Ann Reed (Chair) "
        "Welcome and Apologies 1. Ann Reed welcomed everyone to the meeting and noted apologies from Tom Hale. "
        "Matters arising 2. Under Paragraph 12, Nina Shaw noted that the survey had closed. "
        "3. Under Paragraph 14, the group agreed that Nina would liaise with Ben to invite the members of the "
        "Working Group to the next Local Plan meeting on 1st July. 4. Nina Shaw reported that the consultants "
        "had held a workshop with officials on the 2nd June, and that the workshop had gone well."
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        (
            "That Nina would liaise with Ben to invite the members of the Working Group to the next Local Plan "
            "meeting on 1st July.",
            True,
            "Nina",
        )
    ]


def test_a_lettered_decision_run_into_its_numbered_item_keeps_every_letter() -> None:
    doc = parish_doc(
        "40. Minutes RESOLVED: (a) THAT the tea fund be noted. (b) THAT the report be approved.",
        "41. Declarations of Interest Councillor Kirk declared an interest.",
    )
    assert [r.text for r in doc.resolutions] == [
        "That the tea fund be noted.",
        "That the report be approved.",
    ]
