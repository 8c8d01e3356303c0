"""Notes-style minutes give one task a line, by first name or role and with no full stop ("Liz to
send the rent reminders" over "Jill to purchase refreshments"): each line is a task of its own,
never the wrapped rest of the line above, and never a title over the lines below it. Who is present
comes from the attendance, numbered like any item ("1. Present: ..."), and not from the apologies
alone."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text
from minutes.people import first_names
from minutes.text import logical_lines

_NOTES = """Riverside Allotments Society
Committee Meeting
Tuesday 14th January 2031

1. Present: Jill Street (Chair), Keith Jones, Liz Hassall (Secretary)

2. Apologies: Tony Webb

5. Rents and AGM
Two plots are vacant
Liz to send rent reminders and nomination forms to all plotholders by email
Keith to check the crockery at the hut
Jill to purchase refreshments
Alan will not be continuing on the committee
"""


def test_each_task_line_is_an_action_of_its_own() -> None:
    e = extract_text(_NOTES)
    assert [(r.text, r.owner) for r in e.resolutions if r.actionable] == [
        ("Liz to send rent reminders and nomination forms to all plotholders by email", "Liz"),
        ("Keith to check the crockery at the hut", "Keith"),
        ("Jill to purchase refreshments", "Jill"),
    ]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Liz to check the hut\nJill to purchase refreshments", False),
        ("Drain blocked in North Lane\nClerk to contact Highways", False),
        ("Liz, Jill and Keith to confirm at the next meeting\nJill to buy cups", False),
        ("The hedge was reported to Mr\nJones to check the boundary", True),
        ("A letter from the Parish\nClerk to write to residents was read", True),
        ("A complaint was passed to\nJill to answer", True),
        ("Residents have raised the state of the verges,\nKeith to look at them", True),
    ],
)
def test_a_task_line_starts_anew_unless_the_line_above_runs_into_it(text: str, joined: bool) -> None:
    assert (len(logical_lines(text)) == 1) is joined


@pytest.mark.parametrize(
    ("attendance", "names"),
    [
        (
            "1.PRESENT: Roy, Carol, Roger and Syd\n2. Apologies: John, Helen",
            {"Roy", "Carol", "Roger", "Syd", "John", "Helen"},
        ),
        ("3) Members present: Ann Lee, Bob Hart", {"Ann", "Bob"}),
        ("504. Apologies for Absence: Chairman Siddall", set()),
        ("Apologies: John Smith, Helen Ford\nCouncillors: A. Philpott, S. Venton", set()),
    ],
)
def test_who_is_present_comes_from_a_numbered_attendance_not_the_apologies_alone(
    attendance: str, names: set[str]
) -> None:
    assert first_names(logical_lines(attendance)) == frozenset(names)


def test_a_task_given_by_surname_counts_where_no_attendance_names_those_present() -> None:
    e = extract_text(
        "Parish Council Meeting 5 March 2031\n\n504. Apologies for Absence: Chairman Siddall\n\n"
        "510. Village green\nThe pigeons are roosting in the shelter again.\nVenton to order the pigeon spikes.\n"
    )
    assert [(r.text, r.owner) for r in e.resolutions if r.actionable] == [
        ("Venton to order the pigeon spikes.", "Venton")
    ]


def test_a_plan_for_the_next_meeting_is_no_task() -> None:
    e = extract_text("Steering Group notes\n\nAOB\nAim to meet next in early September\nThanks to all.\n")
    assert not [r for r in e.resolutions if r.actionable]


def test_a_task_line_opening_with_its_action_reference_and_year() -> None:
    """An action log numbers its entries with the year ("A31/05"), as "AP12" without it."""
    e = extract_text(
        "Harbour Users Forum\nMinutes of the meeting held on 12 September 2031\n\n"
        "4. Moorings\nThe waiting list now stands at 46.\n"
        "A31/04 Harbour Master to publish the revised mooring charges on the website.\n"
        "A31/05 Secretary to write to the Marine Management Organisation about dredging.\n"
    )
    assert [(r.text, r.owner) for r in e.resolutions if r.actionable] == [
        ("Harbour Master to publish the revised mooring charges on the website.", "Harbour Master"),
        ("Secretary to write to the Marine Management Organisation about dredging.", "Secretary"),
    ]


def test_an_agreed_task_given_by_first_name_is_theirs() -> None:
    e = extract_text(
        "Riverside Tenants' and Residents' Association\nMinutes of the committee meeting, 2 November 2031\n\n"
        "Present: Jane Okafor (Chair), Bill Marsh (Treasurer), Priya Shah (Secretary), Ken Li\n\n"
        "3. Repairs\nResidents reported that the lift at Block B has been out of order for two weeks.\n"
        "Agreed: Priya to email the housing officer and copy in our councillor.\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in e.resolutions] == [
        ("Priya to email the housing officer and copy in our councillor.", True, "Priya")
    ]
