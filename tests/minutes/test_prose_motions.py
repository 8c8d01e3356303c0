"""Parish prose motions and narrative decisions whose task sits in a "that" clause: "Proposed by
Cllr A, seconded by Cllr B and agreed unanimously that the Clerk renew ...", "It was proposed by
Cllr A and seconded by Cllr B that the Clerk order ...", "The Sub-Panel agreed that officers should
prepare ...". The one named in the clause acts, never the mover or the seconder."""

from __future__ import annotations

import pytest

from minutes.decided_clause import decided_clause
from minutes.extract import _STARTS_NEW, extract_text
from minutes.text import logical_lines
from tests.minutes.helpers import only

CLAUSES = [
    (
        "Proposed by Cllr Patel, seconded by Cllr Moore and agreed unanimously that the Clerk renew the insurance.",
        "That the Clerk renew the insurance.",
    ),
    (
        "It was proposed by Cllr Moore and seconded by Cllr Patel that the Clerk order a new cabinet.",
        "That the Clerk order a new cabinet.",
    ),
    ("The Sub-Panel agreed that officers should prepare a policy.", "That officers should prepare a policy."),
    ("Agreed unanimously that the RFO pay the invoice.", "That the RFO pay the invoice."),
    ("It was resolved that TD and AV inspect the hedge.", "That TD and AV inspect the hedge."),
]
NOT_CLAUSES = [
    "The Clerk reported that the hedge had been cut.",
    "Members agreed the minutes.",
    "It was noted that the bench had been repaired.",
]


@pytest.mark.parametrize(("text", "clause"), CLAUSES)
def test_the_decided_clause(text: str, clause: str) -> None:
    assert decided_clause(text) == clause


@pytest.mark.parametrize("text", NOT_CLAUSES)
def test_no_decided_clause(text: str) -> None:
    assert decided_clause(text) is None


def _parish(*lines: str) -> str:
    return (
        "Minutes of the meeting of Lowfield Parish Council held on 9 September 2025\n\n"
        + "\n".join(lines)
        + "\n"
    )


def test_proposed_and_seconded_motions_name_who_acts() -> None:
    doc = extract_text(
        _parish(
            "4. Insurance",
            "Proposed by Cllr Patel, seconded by Cllr Moore and agreed unanimously that the Clerk renew the "
            "council's insurance with the current provider.",
            "",
            "5. Defibrillator",
            "It was proposed by Cllr Moore and seconded by Cllr Patel that the Clerk order a new defibrillator "
            "cabinet. This was agreed unanimously.",
            "",
            "6. Play area",
            "It was proposed by Cllr Vine, seconded by Cllr Dawson and RESOLVED that the Clerk and RFO arrange "
            "the repair of the swings.",
        )
    )
    insurance = only(doc, "renew the council's insurance")
    assert (insurance.actionable, insurance.owner) == (True, "the Clerk")
    cabinet = only(doc, "defibrillator cabinet")
    assert (cabinet.actionable, cabinet.owner) == (True, "the Clerk")
    swings = only(doc, "repair of the swings")
    assert (swings.actionable, swings.owner) == (True, "the Clerk and RFO")


def test_a_body_agreed_that_officers_should_act() -> None:
    doc = extract_text(
        _parish(
            "8. Enforcement",
            "The Sub-Panel agreed that officers should prepare a revised enforcement policy for consultation.",
        )
    )
    (policy,) = doc.resolutions
    assert (policy.actionable, policy.owner) == (True, "officers")


def test_a_motion_line_after_a_list_starts_its_own_line() -> None:
    lines = logical_lines(
        "Mrs J Hill, salary £412.20\nGreen Cuts Ltd, grass cutting £240.00\n"
        "Proposed by Cllr Patel, seconded by Cllr Moore and agreed that the Clerk renew the insurance.\n",
        starts_new=_STARTS_NEW,
    )
    assert lines[-1].text.startswith("Proposed by Cllr Patel")


@pytest.mark.parametrize("verb", ["moved", "proposed"])
def test_moved_seconded_and_resolved_over_the_resolution_on_the_next_line(verb: str) -> None:
    doc = extract_text(
        "MEETING OF THE COUNCIL\n16TH MAY, 2031\n\n2. APPOINTMENT OF DEPUTY MAYOR\n\n"
        f"It was {verb} by Councillor Hayes, seconded by Councillor J. Walsh and resolved –\n\n"
        "That Councillor Hall be appointed as Deputy Mayor until the next Annual Meeting of the Council.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (
            "That Councillor Hall be appointed as Deputy Mayor until the next Annual Meeting of the Council.",
            False,
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was proposed and agreed that the Clerk would write to the Highways Authority about the potholes.",
        "It was proposed and AGREED unanimously that the Clerk would write to the Highways Authority about the potholes.",
    ],
)
def test_proposed_and_agreed_with_nobody_named_is_the_decision(sentence: str) -> None:
    doc = extract_text(
        "Minutes of the Parish Council held on 3 March 2031\n\n5. Highways\n\n"
        f"Reports noted. {sentence}\n\n6. Close\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [(sentence, True, "the Clerk")]
    assert doc.requests == []


def test_on_motion_seconded_the_board_acted_is_the_boards_decision() -> None:
    e = extract_text(
        "PUBLIC HEARING - PROPOSED ORDINANCE\n\n"
        "Staff reviewed the comments received on the draft ordinance.\n\n"
        "ON MOTION by Commissioner Wheeler, SECONDED by Commissioner Scurlock, the Board unanimously authorized "
        "staff to schedule a public hearing on the ordinance for June 13 at 7:00 P.M.\n\n"
        "ON MOTION by Commissioner Bird, SECONDED by Commissioner Eggert, the Board unanimously approved the "
        "minutes of the meeting of May 2.\n"
    )
    assert [(r.text[:60], r.actionable, r.owner) for r in e.resolutions] == [
        ("ON MOTION by Commissioner Wheeler, SECONDED by Commissioner ", True, "staff"),
        ("ON MOTION by Commissioner Bird, SECONDED by Commissioner Egg", False, None),
    ]
