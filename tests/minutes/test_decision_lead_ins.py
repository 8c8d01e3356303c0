"""A body's decision after a lead-in, anywhere in its paragraph: "Furthermore, the Sub-Panel agreed
to ...", "In that regard, the Committee agreed that ...", "Following discussion, Members agreed
that ...". A lead-in that dates the decision or makes it conditional ("In 2019, the Cabinet agreed
...", "When it last met, the Board decided ...") reports an older decision or a hypothesis."""

from __future__ import annotations

import pytest

from minutes.decided_clause import decided_clause
from minutes.extract import extract_text
from tests.minutes.helpers import parish_doc
from tests.minutes.test_fixture_minutes import read, res


def _panel(*paragraphs: str) -> str:
    return (
        "Minutes of the Police and Crime Panel held on 9 September 2025\n\n" + "\n\n".join(paragraphs) + "\n"
    )


DECIDED = [
    (
        "The Chief Finance Officer presented the report. Furthermore, the Sub-Panel agreed to discuss the "
        "reserves policy with the Chief Constable at its next meeting.",
        "the Sub-Panel agreed to discuss",
    ),
    (
        "Members asked about the closures. In that regard, the Committee agreed that a conference call "
        "should be organised with the estates team.",
        "a conference call should be organised",
    ),
    (
        "Members discussed the reserves. Following discussion, Members agreed that the Clerk prepare a "
        "reserves policy for the next meeting.",
        "the Clerk prepare a reserves policy",
    ),
    (
        "The Chair thanked officers. However, the Board decided that the Secretary should write to the "
        "minister about the funding gap.",
        "the Secretary should write to the minister",
    ),
    (
        "After some discussion the Council agreed that the Clerk draft a reserves policy.",
        "the Clerk draft a reserves policy",
    ),
    (
        "The Council, after a long discussion, agreed that the Clerk write to the county about the verges.",
        "the Clerk write to the county",
    ),
    (
        "Members, having considered the letter, agreed that the Chairman reply to the resident.",
        "the Chairman reply to the resident",
    ),
]


@pytest.mark.parametrize(("paragraph", "fragment"), DECIDED)
def test_a_decision_after_a_lead_in_is_read(paragraph: str, fragment: str) -> None:
    [decision] = extract_text(_panel("4. Reserves", paragraph)).resolutions
    assert fragment in decision.text
    assert decision.actionable is True


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2019, the Panel agreed to close the front counter.",
        "When it last met, the Panel decided to review the estate.",
        "If funds allow, the Panel agreed that a second officer be recruited.",
        "The Board, when it last met, decided to review the estate.",
        "After the Cabinet agreed the budget in March, the Panel looked at the figures.",
        "Cllr Hale asked whether the Panel agreed that the precept was too high.",
    ],
)
def test_a_dated_or_conditional_lead_in_is_no_decision(paragraph: str) -> None:
    assert extract_text(_panel("4. Reserves", paragraph)).resolutions == []


def test_the_decided_clause_after_a_lead_in() -> None:
    assert decided_clause("In that regard, the Council agreed that the Clerk should order a bench.") == (
        "That the Clerk should order a bench."
    )
    assert decided_clause("In 2019, the Council agreed that the Clerk should order a bench.") is None


async def test_lead_ins_fixture() -> None:
    e = await read("40_committee_recommendation_lead_ins.txt")
    reserves = res(e, "discuss the reserves policy")
    assert (reserves.minute, reserves.actionable, reserves.due) == ("6", True, "next meeting")
    visit = res(e, "site visit should be arranged")
    assert (visit.minute, visit.actionable, visit.owner) == ("7", True, "Democratic Services")
    assert not [r for r in e.resolutions if "front counter" in r.text]


def test_a_long_lead_in_without_a_comma_before_the_body_decides() -> None:
    doc = parish_doc(
        "6. Recycling centre",
        "Following receipt of a letter from the District Council regarding their use of the recycling centre "
        "the Board agreed that the Clerk write to ask for firm proposals.",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("That the Clerk write to ask for firm proposals.", True)
    ]


def test_a_lead_in_before_an_older_decision_is_no_decision() -> None:
    doc = parish_doc(
        "6. Depot", "Following the fire at the depot the Council had agreed a new budget in 2019."
    )
    assert doc.resolutions == []


def test_agreed_with_a_comma_before_its_clause_is_a_decision() -> None:
    doc = extract_text(
        "Cabinet\nTuesday, 15 June 2032 7:00 pm\n"
        "16. Museum Site\nMinutes:\nReceived a report on the lottery bid.\n"
        "Agreed, to allow officers to proceed with commissioning consultants to prepare the bid.\n"
        "17. Naming of Blocks\nMinutes:\nReceived a report on the new development.\n"
        "Agreed, in order to allow the first units to be let, to:\n"
        "1. Name the blocks Ardleigh and Curfew houses and write to the residents; and\n"
        "2. Produce a guide to naming streets for the Town Centre.\n"
        "18. Parking\nMinutes:\nAgreed, the parking charges as set out in the report.\n"
    )
    got = [(r.text[:40], r.actionable) for r in doc.resolutions]
    assert got == [
        ("Agreed, to allow officers to proceed wit", True),
        ("That in order to allow the first units t", True),
        ("That in order to allow the first units t", True),
    ]


@pytest.mark.parametrize(
    ("paragraph", "decision"),
    [
        (
            "Councillor Reid suggested and Members agreed that the Panel invites the Leader to its next meeting.",
            "Members agreed that the Panel invites the Leader to its next meeting.",
        ),
        (
            "Arising from this report it was AGREED to write to the Scottish Government asking for a longer grant.",
            "Arising from this report it was AGREED to write to the Scottish Government asking for a longer grant.",
        ),
    ],
)
def test_who_suggested_it_or_what_it_arose_from_leads_into_the_agreement(
    paragraph: str, decision: str
) -> None:
    doc = parish_doc("4. Transport", paragraph)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(decision, True)]
    assert doc.requests == []


def test_minutes_quoted_in_markdown_read_as_the_text_they_quote() -> None:
    doc = parish_doc(
        "4. Transport",
        "> The Secretary reported on the fares review.\n>\n"
        "> Arising from this report it was AGREED to write to the Scottish\n"
        "> Government asking that they adopt the proposals, short and\n"
        "> longer-term.\n",
    )
    assert [r.text for r in doc.resolutions] == [
        "Arising from this report it was AGREED to write to the Scottish Government asking that they adopt "
        "the proposals, short and longer-term."
    ]


def test_an_agreement_after_its_lead_in_keeps_the_sentence_whole() -> None:
    doc = parish_doc("4. Annual report", "Following discussion, it was agreed that the report be noted.")
    assert [r.text for r in doc.resolutions] == [
        "Following discussion, it was agreed that the report be noted."
    ]


def test_a_decision_reported_from_the_meeting_where_it_was_taken_is_not_this_meetings() -> None:
    e = extract_text(
        "161 Response to the Call In of a Cabinet Decision\n\n"
        "The Head of Legal Services explained that the decision was called in and the call in meeting had been "
        "held on 9 January where it was resolved that the issue be referred back to Cabinet for reconsideration.\n\n"
        "(a) That the report be received; and\n\n"
        "(b) That the comments of the Scrutiny Committee be considered and incorporated into the scheduled "
        "report in February.\n"
    )
    assert [(r.text[:30], r.actionable) for r in e.resolutions] == [
        ("That the report be received", False),
        ("That the comments of the Scrut", True),
    ]


@pytest.mark.parametrize(
    "lead_in", ["Under minute 12,", "With reference to item 4(b),", "Further to minute 23/31,"]
)
def test_the_minute_a_matter_arises_from_leads_into_the_decision(lead_in: str) -> None:
    doc = parish_doc(
        "Matters arising", f"{lead_in} the Committee agreed that the Clerk would write to the bus company."
    )
    (decision,) = doc.resolutions
    assert (decision.actionable, decision.owner) == (True, "the Clerk")


@pytest.mark.parametrize("lead_in", ["In addition", "Additionally,", "Furthermore"])
def test_a_further_agreement_in_the_same_paragraph_is_a_decision_too(lead_in: str) -> None:
    doc = parish_doc(
        "5. Acting Clerk",
        "Following discussion it was agreed unanimously that Cllr Reed would answer the council's emails. "
        f"{lead_in} it was agreed that Cllr Hale would ask One Voice Wales about a locum clerk.",
    )
    assert [(r.actionable, r.owner) for r in doc.resolutions] == [(True, "Cllr Reed"), (True, "Cllr Hale")]
