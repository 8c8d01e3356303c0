"""Motions written as a label and their words: "Motion: move to approve ... Hancock, Denny. Approved.",
"Motion by Hocker to approve ...", and a "MOTION:" label over who moved and seconded, which decides
nothing itself; and a motion "supported" rather than seconded, as Michigan townships minute it."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text

_BOARD = "Minutes of the Valley Board of Education held on 4 March 2031\n\nCURRICULUM CHARGE\nA draft charge was discussed.\n"


@pytest.mark.parametrize(
    "motion",
    [
        "Motion: move to approve the revised Curriculum Charge as presented. Hocker, Graziano. Approved. Unanimous.",
        "Motion to approve the revised Curriculum Charge as presented. Hocker, Graziano. Approved 5-0.",
        "Motion by Hocker to approve the revised Curriculum Charge as presented. Seconded by Graziano. Carried.",
    ],
)
def test_a_motion_written_as_its_words_and_passed_is_a_decision(motion: str) -> None:
    doc = extract_text(f"{_BOARD}{motion}\nPUBLIC COMMENT\nNone.\n")
    [res] = doc.resolutions
    assert "approve the revised Curriculum Charge as presented" in res.text


@pytest.mark.parametrize(
    "motion",
    [
        "Motion to approve the revised Curriculum Charge as presented. Hocker, Graziano. Failed 2-3.",
        "Motion to approve the revised Curriculum Charge as presented will be considered in April.",
    ],
)
def test_a_motion_that_failed_or_was_not_voted_is_no_decision(motion: str) -> None:
    doc = extract_text(f"{_BOARD}{motion}\nPUBLIC COMMENT\nNone.\n")
    assert doc.resolutions == []


def test_a_motion_label_over_its_mover_and_seconder_decides_nothing() -> None:
    doc = extract_text(
        "Minutes of the Council held on 4 March 2031\n\n21. Motion on Speed Limits\n"
        "The Chairman informed the Council that the motion would be referred to the Executive.\n\n"
        "MOTION: Proposed by Councillor Brooks and seconded by Councillor Cottam.\n\n"
        "Councillor Brooks introduced the motion.\n"
    )
    assert all(not r.text.startswith("MOTION") for r in doc.resolutions)


def test_a_motion_supported_rather_than_seconded_is_moved_and_seconded() -> None:
    doc = extract_text(
        "Minutes of the Pine Township Board held on 4 March 2031\n\nAGENDA\n"
        "Carpenter moved to approve the agenda as presented. Leach supported. All Ayes. Motion Carried.\n"
        "DREDGING\nHudson moved that the Township Board work with the Bay Group to get on the dredge list. "
        "Nordquist supported. Roll Call Vote: Ayes all. Motion Carried.\n"
    )
    got = [(r.text[:40], r.actionable) for r in doc.resolutions]
    assert got == [
        ("Carpenter moved to approve the agenda as", False),
        ("Hudson moved that the Township Board wor", True),
    ]


def test_a_body_that_supported_a_proposal_seconds_nothing() -> None:
    doc = extract_text(
        "Minutes of the Pine Township Board held on 4 March 2031\n\nPARK\n"
        "The Board discussed the park plan. Members supported the idea of a new path.\n"
    )
    assert doc.resolutions == []
