"""Decisions of one member and recommendations of a panel (fixture 45): "The Executive Member for
Housing and Communities RESOLVED that ...", "The Leader of the Council DECIDED to ...", "The Panel
RECOMMENDED that the Cabinet ..." (another body is to act: an action), and a report's
recommendations adopted in a closing sentence ("Recommendations 1 to 3 were approved.")."""

from __future__ import annotations

import pytest

from minutes.closing_agreement import agreed_outcome_line
from minutes.triggers import trigger
from tests.minutes.test_fixture_minutes import read


async def test_executive_member_and_panel_decisions() -> None:
    e = await read("45_executive_member_and_recommendations.txt")
    got = [(r.text, r.actionable, r.owner, r.due, r.minute) for r in e.resolutions]
    assert got == [
        ("That the revised allocations policy be adopted from 1 April 2032.", False, None, None, "21"),
        ("To defer the parking review to the March meeting.", True, None, "March meeting", "22"),
        ("That the Cabinet approve the grants listed in Appendix A.", True, None, None, "23"),
        ("Recommendations 1 to 3 were approved.", False, None, None, "24"),
        ("That the Planning Policy Manager publish the revised timetable.", True, "the Planning Policy Manager", None, "25"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "The Executive Member for Housing RESOLVED that the policy be adopted.",
        "The Leader of the Council DECIDED to approve the bid.",
        "The Cabinet Member for Finance and Assets APPROVED that the lease be renewed.",
    ],
)
def test_a_member_named_by_office_decides(line: str) -> None:
    assert trigger(line) is not None


@pytest.mark.parametrize(
    ("sentence", "agreed"),
    [
        ("Recommendation agreed.", True),
        ("The recommendations were agreed as set out in the report.", True),
        ("Recommendations 1 to 3 were approved.", True),
        ("The recommendations were approved at the last meeting.", False),
        ("Recommendations from the review will be agreed in May.", False),
    ],
)
def test_recommendations_adopted_in_a_closing_sentence(sentence: str, agreed: bool) -> None:
    assert agreed_outcome_line(sentence) is agreed
