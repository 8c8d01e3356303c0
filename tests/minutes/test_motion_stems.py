"""Council motions worded in the present tense over their points ("This Council resolves to:"): the
council's decision when the motion carried, nothing to do when it was lost."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text

_MOTION = (
    "Minutes of the meeting of the Council held on 3 March 2031\n\n"
    "13. Motion on libraries\n\n"
    "Councillor Cole moved the following Motion:\n\n"
    "{stem}\n"
    "• Urgently write to the Secretary of State about library funding; and\n"
    "• Take all steps necessary to keep the branch libraries open.\n\n"
    "{outcome}\n\n"
    "14. Close\n"
)


@pytest.mark.parametrize(
    "stem",
    [
        "This Council resolves to:",
        "“This Council agrees to:",
        "Council therefore resolves:",
        "This Council notes the closures. This Council agrees to:",
        "This does not make sense. This Council agrees to:·",
    ],
)
def test_a_carried_motion_in_the_present_tense_decides_its_points(stem: str) -> None:
    doc = extract_text(
        _MOTION.format(stem=stem, outcome="Councillor Dale seconded the Motion. The Motion was carried.")
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("Urgently write to the Secretary of State about library funding", True),
        ("Take all steps necessary to keep the branch libraries open.", True),
    ]


@pytest.mark.parametrize(
    "outcome",
    [
        "Councillor Dale seconded the Motion. Upon being put to the vote the Motion was LOST.",
        "Councillor Dale seconded the Motion.\n\nUpon being put to the vote the Motion was lost.",
        "The Motion fell.",
    ],
)
def test_a_lost_motion_decides_nothing(outcome: str) -> None:
    doc = extract_text(_MOTION.format(stem="This Council resolves to:", outcome=outcome))
    assert doc.resolutions == []


def test_a_lost_amendment_does_not_sink_the_motion() -> None:
    doc = extract_text(
        _MOTION.format(
            stem="This Council resolves to:", outcome="The amendment was lost. The Motion was carried."
        )
    )
    assert [r.text[:7] for r in doc.resolutions if r.actionable] == ["Urgentl", "Take al"]


def test_a_motion_that_resolves_in_a_sentence_tasks_the_committee_it_names() -> None:
    doc = extract_text(
        "Notices of motion\n\n"
        "This Council recognises the benefits to the public of lower vehicle speeds.\n\n"
        "This Council resolves therefore to task the Transport Committee with exploring a 20mph limit "
        "on residential roads.\n\n"
        "Councillor Ann Cole Councillor Ben Hale\n"
    )
    assert [(r.actionable, r.text[:40]) for r in doc.resolutions] == [
        (True, "This Council resolves therefore to task ")
    ]
