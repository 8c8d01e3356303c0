"""Lines that sit where decisions sit but decide nothing: a mover and seconder in brackets
("(Cr Adams / Cr Brook)"), "Decision: None", a bare "AGREED RECOMMENDATIONS" heading with "TO THE
COUNCIL" and a lone paragraph number under it, and "BG to remain in attendance" (who stays in the
room is no task)."""

from __future__ import annotations

import pytest

from minutes.actors import actor_to
from minutes.extract import extract_text
from tests.minutes.test_fixture_minutes import read


async def test_only_the_real_decisions_are_read() -> None:
    e = await read("30_shire_council_near_misses.txt")
    assert [(r.minute, r.text, r.actionable) for r in e.resolutions] == [
        ("5", "That the minutes of the meeting held on 9 September 2031 be confirmed.", False),
        ("7", "That the Council adopt the revised risk management framework.", False),
        ("8", "That the Chief Executive write to the Minister about the road funding.", True),
    ]
    assert e.requests == []


@pytest.mark.parametrize(
    "label", ["Decision: None", "Decision: N/A", "Actions: none", "Decision: No decision required"]
)
def test_a_label_with_nothing_under_it_is_no_decision(label: str) -> None:
    doc = extract_text(f"Parish Council, 4 May 2031\n\n3. Footpaths\n\n{label}\n")
    assert doc.resolutions == []


def test_a_mover_line_after_a_point_is_not_a_point() -> None:
    doc = extract_text(
        "Shire Council, 4 May 2031\n\n3. Footpaths\n\nRESOLVED\n\n1. That the footpath plan be adopted.\n\n"
        "(Cr Adams / Cr Brook)\n\n2. That the Engineer report on costs to the next meeting.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That the footpath plan be adopted.",
        "That the Engineer report on costs to the next meeting.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "BG to remain in attendance awaiting the outcome.",
        "Clerk to withdraw for this item.",
        "KC to stay for item 9.",
    ],
)
def test_who_stays_or_leaves_the_room_is_no_task(line: str) -> None:
    assert actor_to(line) is None


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("The Chairman to respond to any questions relevant to the business of the Panel.", False),
        ("The Monitoring Officer to report on any petitions received.", False),
        ("The Clerk to write to any residents affected by the closure.", True),
        ("The Chair to report any correspondence received.", False),
        ("ES to collect any post from the club if any has arrived.", True),
        ("Clerk to obtain any permissions needed for the event.", True),
    ],
)
def test_a_standing_agenda_item_for_a_post_is_no_task(line: str, task: bool) -> None:
    assert (actor_to(line) is not None) is task
