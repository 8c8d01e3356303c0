"""Parish minutes told as narrative: a co-option ("made herself available for co-option and was
co-opted"), minutes "circulated, agreed and signed by the Chairman as a true record" in the sentence
after the one naming them, and "It was agreed that since ... the Clerk would ..." (the Clerk acts,
not the clause before)."""

from __future__ import annotations

from minutes.owners import find_owner
from tests.minutes.test_fixture_minutes import read


async def test_parish_narrative_decisions() -> None:
    e = await read("31_parish_co_option_and_record.txt")
    assert [(r.minute, r.actionable, r.owner) for r in e.resolutions] == [
        ("1", False, None),
        ("2", False, None),
        ("3", True, "the Clerk"),
    ]
    assert e.resolutions[1].text == (
        "These had been circulated, were agreed and signed by the Chairman as a true record."
    )


def test_the_actor_after_a_clause_of_reason_owns_the_task() -> None:
    assert find_owner("That since the mower had broken the Clerk would obtain quotes.") == "the Clerk"
    assert find_owner("That the Clerk would obtain quotes since the mower had broken.") == "the Clerk"
