"""A parish minute split into lettered, roman or numbered sub-items, each a sentence of its own:
the sub-items that tell a decision ("a) The Council resolved to approve ...", "(ii) It was agreed
that the Clerk ...") are its resolutions, the others discussion; "Clerk to action." closing a
decision names who acts on it (fixture 42)."""

from __future__ import annotations

import pytest

from tests.minutes.helpers import parish_doc, points
from tests.minutes.test_fixture_minutes import read


async def test_decisions_among_lettered_sub_items() -> None:
    e = await read("42_parish_lettered_sub_items.txt")
    got = [(r.text, r.actionable, r.owner, r.minute) for r in e.resolutions]
    assert got == [
        ("The minutes of the meeting held on 11 August 2031 were approved and signed by the Chairman.", False, None, "31/09"),
        ("The Council resolved to approve the payments listed in the schedule.", False, None, "32/09"),
        ("Resolved to move £4,000 to the play area reserve. Clerk to action.", True, "Clerk", "32/09"),
        ("That the Clerk report the stile to the County Council.", True, "the Clerk", "33/09"),
        ("It was resolved to accept the quote from Tilecraft for £2,300.", False, None, "34/09"),
    ]  # fmt: skip


async def test_reported_sub_items_and_listed_correspondence_are_no_decision() -> None:
    e = await read("42_parish_lettered_sub_items.txt")
    texts = " ".join(r.text for r in e.resolutions)
    for told in ("stile on footpath 12 was broken", "verge cutting", "roof repairs", "resurface Long Lane"):
        assert told not in texts


def test_who_acts_closes_the_decision_before_it() -> None:
    doc = parish_doc("12. Bus shelter", "b) It was agreed to replace the glass panel. JB to action.")
    assert points(doc) == [("It was agreed to replace the glass panel. JB to action.", True)]


def test_agenda_sub_items_over_their_decisions_are_no_points_of_them() -> None:
    doc = parish_doc(
        "2031-110 Allotments Task and Finish Group",
        "i) To consider quotations to build an approved access across the verge and resolve on which to accept.",
        "RESOLVED to unanimously accept contractor A as recommended by the Task and Finish Group.",
        "ii) To consider quotations for the supply of crushed stone for the access track and resolve on which to accept.",
        "RESOLVED to unanimously accept supplier A as recommended by the Task and Finish Group",
        "iii) To consider the budget for the allotments project and resolve accordingly.",
    )
    assert [text for text, _ in points(doc)] == [
        "To unanimously accept contractor A as recommended by the Task and Finish Group.",
        "To unanimously accept supplier A as recommended by the Task and Finish Group",
    ]


def test_a_resolution_after_a_dash_inside_a_line() -> None:
    doc = parish_doc(
        "2031-108 Apologies",
        "Cllr Lacy – RESOLVED unanimously to accept the apology and the reason for absence.",
        "Cllr Hale – the apology – RESOLVED later.",
    )
    assert [text for text, _ in points(doc)] == ["To accept the apology and the reason for absence."]


def test_resolved_with_a_comma_and_the_agenda_item_after_it() -> None:
    doc = parish_doc(
        "3. To confirm the minutes of the annual meeting held on 1st November 2031",
        "Resolved, that these minutes be agreed as a true and accurate record of the proceedings",
        "4. To hear from parties interested in the councillor vacancy and co-opt a new councillor if relevant",
        "Zoe Kelly expressed an interest after attending November's meeting.",
        "Resolved, proposed Cllr Klimowicz, seconded Cllr Jolly, that Zoe Kelly be co-opted to the office of "
        "parish councillor. Unanimously agreed",
    )
    got = [text for text, _ in points(doc)]
    assert got[0] == "Resolved, that these minutes be agreed as a true and accurate record of the proceedings"
    assert len(got) == 2 and "Zoe Kelly be co-opted" in got[1]


def test_matters_arising_after_a_decision_are_no_points_of_it() -> None:
    doc = parish_doc(
        "3 MATTERS ARISING The following arose:-",
        "(a) Minute 3 – Site Meeting for CCTV location –",
        "RESOLVED that the Clerk meet with Cllr. Mrs Beresford on site following the Council Meeting.",
        "(b) Minute 10(e) – Youth Club – The Clerk reported that he had asked the Youth Team for a report.",
        "(c) Minute 12(d) – Donation for Fun Day – Thanks were received for the £100 donation.",
        "6 DATA PROTECTION",
        "It was RESOLVED that the Council adopt the Clerk's proposals as its Retention Policy.",
        "(b) The Clerk reported that under the new Data Regulations persons were required to give consent.",
    )
    assert [text for text, _ in points(doc)] == [
        "That the Clerk meet with Cllr. Mrs Beresford on site following the Council Meeting.",
        "That the Council adopt the Clerk's proposals as its Retention Policy.",
    ]


def test_a_minute_number_with_its_year_starts_a_line_after_an_unstopped_resolution() -> None:
    doc = parish_doc(
        "44/31 To approve the annual accounts return and internal auditors report",
        "Resolved to approve annual accounts, return and internal auditors report\n"
        "45/31 To consider suspending all new projects for this year\n"
        "Following discussion, it was agreed to suspend all new projects for this financial year.",
    )
    first = next(text for text, _ in points(doc))
    assert first == "To approve annual accounts, return and internal auditors report"


@pytest.mark.parametrize("letter", ["c) ", "c)", "c. "])
def test_a_lettered_point_closing_with_a_task_of_its_own_gives_the_task(letter: str) -> None:
    doc = parish_doc(
        "4. Correspondence:",
        f"{letter}Local Development Plan – responses to be received by 8th September. Clerk to place on agenda"
        " for next meeting.",
        "d) Grounds maintenance – letter received.",
        "e) Footpath sign - still waiting for an update. The Clerk to chase up the appropriate department.",
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("Clerk to place on agenda for next meeting.", "Clerk"),
        ("The Clerk to chase up the appropriate department.", "The Clerk"),
    ]


def test_a_lettered_point_closing_with_a_task_too_short_to_stand_alone_is_the_decision_whole() -> None:
    doc = parish_doc(
        "4. Correspondence:",
        "c) Highland Cross invite – the Chairman and his wife to attend. MG to reply.",
    )
    assert [r.text for r in doc.resolutions] == [
        "Highland Cross invite – the Chairman and his wife to attend. MG to reply."
    ]


def test_a_lettered_point_naming_its_topic_then_its_decision_is_the_decision_whole() -> None:
    doc = parish_doc(
        "580) Community Matters:",
        "d) The tree on Berry Avenue is awaiting planning permission.",
        "e) Berry Avenue footbridge. It was Resolved to defer to next meeting.",
        "f) Bus shelter. Cllr Hale confirmed the glass had been replaced. It was Resolved to pay the invoice.",
    )
    assert [r.text for r in doc.resolutions] == [
        "Berry Avenue footbridge. It was Resolved to defer to next meeting.",
        "It was Resolved to pay the invoice.",
    ]


def test_an_escaped_dash_under_an_unfinished_line_carries_on_its_note() -> None:
    doc = parish_doc(
        "7. Correspondence",
        "c) Borough Council letter enclosing a request from young people for a skate park",
        "\\- clerk to reply stating no land is owned by the Parish Council for the purpose.",
        "The following groups were noted:",
        "\\- Youth Club - J Mills",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (
            "Borough Council letter enclosing a request from young people for a skate park - clerk to reply stating "
            "no land is owned by the Parish Council for the purpose.",
            True,
        )
    ]


def test_a_word_processors_o_bullet_opens_an_entry() -> None:
    doc = parish_doc(
        "9. Village Green and Sign:",
        "o It was decided to ask Cllr Hale how the design for the base of the sign was progressing.",
        "o The paperwork for the transfer of the Green has now been received.",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("It was decided to ask Cllr Hale how the design for the base of the sign was progressing.", True)
    ]
