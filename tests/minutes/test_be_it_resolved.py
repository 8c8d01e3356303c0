"""The American resolution: "Whereas" clauses giving the reasons, then "NOW, THEREFORE, BE IT
RESOLVED by the ... Board ..., that ..." and "BE IT FURTHER RESOLVED that ...". The reasons are
not decisions; each resolved clause is one."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text

_HEAD = (
    "Minutes of the Board of County Commissioners, April 7, 2031\n\n"
    "Whereas, the Sheriff's patrol vehicle has reached the end of its service; and\n\n"
    "Whereas, the purchase is within the budgeted amount;\n\n"
)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "NOW, THEREFORE, BE IT RESOLVED that the Auditor issue a warrant for the vehicle.",
            "That the Auditor",
        ),
        (
            "Now Therefore be it Resolved by the County Board of Commissioners that: the Auditor issue a warrant for the vehicle.",
            "That the Auditor",
        ),
        (
            "NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Ames, Iowa, that the Auditor issue a warrant for the vehicle.",
            "That the Auditor",
        ),
        ("THEREFORE BE IT RESOLVED, that the Auditor issue a warrant for the vehicle.", "That the Auditor"),
        (
            "Now Therefore Be It Resolved by the County Board authorizes the Auditor to issue a warrant for the vehicle.",
            "Now Therefore",
        ),
    ],
)
def test_the_resolved_clause_after_the_whereas_clauses_is_the_decision(opening: str, expected: str) -> None:
    doc = extract_text(
        _HEAD + opening + "\n\nBE IT FURTHER RESOLVED that the Clerk send a copy to the State.\n"
    )
    texts = [r.text for r in doc.resolutions]
    assert len(texts) == 2
    assert texts[0].startswith(expected) and texts[0].endswith("warrant for the vehicle.")
    assert texts[1] == "That the Clerk send a copy to the State."
    assert all(r.actionable for r in doc.resolutions)


def test_be_it_resolved_inside_a_sentence_is_not_a_decision() -> None:
    doc = extract_text(
        _HEAD + "The attorney explained what a clause beginning be it resolved means in law.\n"
    )
    assert doc.resolutions == []


def test_a_canadian_motion_its_movers_on_the_line_above() -> None:
    """Ontario councils number each motion, name its mover and seconder on one line, and give the
    resolution on the lines below, its further clauses opening "And that"."""
    doc = extract_text(
        "Council Meeting Minutes, Wednesday, March 5, 2031\n\n"
        "2. Adoption of Agenda:\n"
        "Motion No. C310305-1\n"
        "Moved by Pine, Seconded by Osler\n"
        "Be it resolved that the agenda for the Council meeting of Wednesday, March 5, 2031 be\n"
        "received and adopted;\n"
        "And that the correspondence, as listed on the\n"
        "agenda, be received.\n"
        "Carried.\n"
        "3. Roads:\n"
        "Motion No. C310305-2\n"
        "Moved by Osler, Seconded by Pine\n"
        "Be it resolved that staff report back on the cost of resurfacing Line 4.\n"
        "Carried.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (
            "That the agenda for the Council meeting of Wednesday, March 5, 2031 be received and adopted; "
            "And that the correspondence, as listed on the agenda, be received.",
            False,
        ),
        ("That staff report back on the cost of resurfacing Line 4.", True),
    ]


def test_a_western_canadian_resolution_its_clauses_opening_that_in_capitals() -> None:
    """A council's agenda page in Alberta gives the resolution as clauses in capitals, "THAT ... be
    approved; and" then "THAT Administration be directed to ...", with the mover under them."""
    doc = extract_text(
        "Regional Municipality of Ardley\n\nPartnership Framework with Improvement District No. 9\n\n"
        "THAT the Partnership Framework between the Municipality and the District be approved; and\n\n"
        "THAT Administration be directed to notify the Minister before April 1, 2031, that the Framework is"
        " complete.\n\nMeeting History\n\nMOVER: Phil Hale, Councillor SECONDER: Vera Moss, Councillor\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("That the Partnership Framework between the Municipality and the District be approved; and", False),
        (
            "That Administration be directed to notify the Minister before April 1, 2031, that the Framework is"
            " complete.",
            True,
        ),
    ]


def test_a_clause_in_capitals_that_shouts_or_opens_points_is_no_resolution_of_its_own() -> None:
    doc = extract_text(
        "Planning Committee, April 26, 2031\n\nRECOMMENDATION\n1. Warning to Purchasers of 469 East 10th Avenue\n"
        "Lise Hale, Owner, gave a history of the property. She acknowledged permits should have been obtained.\n"
        "MOVED BY Mayor Owen:\n"
        "THAT the Committee recommend to Council\n"
        "A. THAT the City Clerk be directed to file a notice against the title to the property.\nCARRIED\n"
    )
    assert [r.actionable for r in doc.resolutions if "City Clerk" in r.text] == [True]
    assert not any(r.text.rstrip(".").endswith("recommend to Council") for r in doc.resolutions)
