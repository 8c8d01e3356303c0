"""Decisions written as a verb in capitals at the start of a line, under the body as header ("The
Board:" over "APPROVED the variation ...", "DELEGATED to the Chief Finance Officer authority to
...", "RATIFIED the decision ...", "NOTED the forecast."). Ratifying and noting are not actions; a
delegation to do one thing is, a standing delegation (a scheme of delegation, a limit) is not."""

from __future__ import annotations

import pytest

from minutes.classify import is_actionable
from minutes.triggers import trigger
from tests.minutes.test_fixture_minutes import read


async def test_capital_verbs_under_the_board_are_its_decisions() -> None:
    e = await read("29_health_board_capital_verbs.txt")
    assert [(r.minute, r.text.split()[0], r.actionable, r.owner) for r in e.resolutions] == [
        ("7", "APPROVED", False, None),
        ("7", "DELEGATED", True, "the Chief Finance Officer"),
        ("7", "RATIFIED", False, None),
        ("7", "NOTED", False, None),
        ("8", "DELEGATED", False, None),
        ("8", "APPROVED", False, None),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "RATIFIED the decision taken by the Chair under urgency",
        "ENDORSED the revised strategy",
        "ADOPTED the policy as amended",
    ],
)
def test_a_capital_verb_opens_a_decision_with_its_verb_kept(line: str) -> None:
    trig = trigger(line)
    assert trig is not None and trig.kind == "resolved" and trig.rest == line


@pytest.mark.parametrize("line", ["Ratified decisions were listed", "Deferred items: none"])
def test_the_same_word_in_ordinary_case_is_not_a_trigger(line: str) -> None:
    assert trigger(line) is None


def test_a_standing_delegation_is_not_a_task() -> None:
    assert not is_actionable(
        "DELEGATED to the Chief Executive the approval of contracts up to £500,000, as set out in the "
        "scheme of delegation."
    )
    assert is_actionable("DELEGATED to the Chief Finance Officer authority to agree the final contract sum.")


def test_a_body_that_homologated_or_ratified_a_decision_decided() -> None:
    from tests.minutes.helpers import parish_doc, points

    doc = parish_doc(
        "6. Payments", "The Board HOMOLOGATED the decision taken by the Chair to approve the offer."
    )
    assert points(doc) == [
        ("The Board HOMOLOGATED the decision taken by the Chair to approve the offer.", False)
    ]
