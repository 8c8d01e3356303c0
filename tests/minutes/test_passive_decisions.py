"""Decisions told in the passive after a report ("The recommendations were approved.", "The report
was noted, as recommended.", "The terms of reference were accepted as fit for purpose.") and
"Members noted the foregoing.": each is the item's decision, none of them an action; a decision
reported from before ("had been approved", "was approved at the last meeting") is not one."""

from __future__ import annotations

from minutes.extract import extract_text
from tests.minutes.test_fixture_minutes import read


async def test_passive_decisions_are_the_items_decisions() -> None:
    e = await read("28_trust_committee_passive_decisions.txt")
    assert [(r.minute, r.text, r.actionable) for r in e.resolutions] == [
        ("1", "The minutes of the meeting held on 5 December 2030 were approved.", False),
        ("2", "The recommendations were approved.", False),
        ("3", "The report was noted, as recommended.", False),
        ("4", "The revised terms of reference were accepted as fit for purpose.", False),
        ("5", "Members noted the foregoing.", False),
    ]


def test_a_passive_decision_under_a_formal_list_is_discussion() -> None:
    doc = extract_text(
        "Audit Committee, 6 February 2031\n\n2. Internal Audit Report\n\n"
        "The recommendations were approved.\n\nRESOLVED: That the Director of Finance report progress "
        "on the recommendations to the next meeting.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That the Director of Finance report progress on the recommendations to the next meeting."
    ]


def test_a_list_opened_in_the_passive_is_not_itself_a_decision() -> None:
    doc = extract_text(
        "Parish Council, 6 February 2031\n\n4. Finance\n\nThe following payments were agreed:\n\n"
        "Some text that is not a list.\n"
    )
    assert doc.resolutions == []
