"""Minutes that reach us cut short (a page excerpt, a file cut at a size limit): a point the text
stops inside before it says anything is no decision; one cut later still is."""

from __future__ import annotations

import pytest

from minutes.cut_short import without_cut_off_point
from minutes.extract import extract_text
from minutes.model import Resolution

_HEAD = "Minutes of the Cabinet held on 4 June 2031\n\n5. Appointments\n\nRESOLVED:\n\n"
_FIRST = "1. That the appointment of Dana Ward as Secretary to the Cabinet be noted.\n\n"


@pytest.mark.parametrize(
    "cut",
    ["2. That the f", "2. It was resolved to", "2. The Cabinet agr", "2. That the appointment of"],
)
def test_a_point_the_text_stops_inside_is_dropped(cut: str) -> None:
    doc = extract_text(_HEAD + _FIRST + cut)
    assert [r.text for r in doc.resolutions] == [
        "That the appointment of Dana Ward as Secretary to the Cabinet be noted."
    ]


@pytest.mark.parametrize(
    ("cut", "kept"),
    [
        (
            "2. That the Clerk writes to the landowner about the hed",
            "That the Clerk writes to the landowner about the hed",
        ),
        ("2. That the report be noted", "That the report be noted"),
        ("2. That the f.", "That the f."),
    ],
)
def test_a_point_that_already_says_something_or_is_finished_is_kept(cut: str, kept: str) -> None:
    doc = extract_text(_HEAD + _FIRST + cut)
    assert [r.text for r in doc.resolutions][-1] == kept


def test_only_the_point_at_the_very_end_is_judged() -> None:
    doc = extract_text(_HEAD + "1. That the f\n\n2. That the Clerk write to the owner of the hedge")
    assert [r.text for r in doc.resolutions] == [
        "That the f",
        "That the Clerk write to the owner of the hedge",
    ]


def test_a_cut_point_recased_by_its_trigger_is_still_dropped() -> None:
    doc = extract_text(_HEAD + _FIRST + "3. Roads\n\nRESOLVED that the f")
    assert [r.text for r in doc.resolutions] == [
        "That the appointment of Dana Ward as Secretary to the Cabinet be noted."
    ]


def test_points_that_end_like_the_document_are_kept_but_the_last() -> None:
    first, last = Resolution("That the f", False), Resolution("That the f", False)
    assert without_cut_off_point([first, last], "RESOLVED 1. That the f 2. That the f") == [first]


def test_a_decision_in_prose_cut_after_its_lead_in_is_dropped() -> None:
    doc = extract_text(
        "Minutes of the Council held on 4 June 2031\n\n5. Workshops\n\n"
        "After discussion, it was agreed that the workshops would be held on Friday 19 March.\n\n"
        "6. First Council Meeting in April\n\nAfter discussion it was agreed that the first Council "
    )
    assert [r.text for r in doc.resolutions] == [
        "After discussion, it was agreed that the workshops would be held on Friday 19 March."
    ]


def test_a_decision_copy_the_excerpt_stops_inside_at_its_first_label_is_no_point() -> None:
    e = extract_text(
        "Housing Plan\n"
        "Decision: Cllr Bell MOVED, Cllr Dacres SECONDED and it was RESOLVED to: 1. Note the outcome of the "
        "consultation 2. Agree that delivery of the Plan is reported annually to the Housing Board. "
        "Minutes: Cllr Bell MOVED, Cllr Dacres SECONDED and it was RESOLVED to: 1. Note the outcome of the consul"
    )
    assert [r.text for r in e.resolutions] == [
        "Note the outcome of the consultation",
        "Agree that delivery of the Plan is reported annually to the Housing Board.",
    ]
